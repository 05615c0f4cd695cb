//! One module per page of the site.

mod home;
mod login;
mod not_found;

pub use home::Home;
pub use login::LoginPage;
pub use not_found::NotFound;
