//! One module per page of the site.

mod approve;
mod devices;
mod home;
mod login;
mod not_found;
mod phone;

pub use approve::ApprovePage;
pub use devices::DevicesPage;
pub use home::Home;
pub use login::{KioskPage, LoginPage};
pub use not_found::NotFound;
pub use phone::{ActivityPage, PhoneHome, SignInPage, SignUpPage};
