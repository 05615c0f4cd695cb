//! One module per page of the site.

mod approve;
mod home;
mod login;
mod not_found;
mod phone;

pub use approve::ApprovePage;
pub use home::Home;
pub use login::LoginPage;
pub use not_found::NotFound;
pub use phone::{ActivityPage, PhoneHome, SignInPage, SignUpPage};
