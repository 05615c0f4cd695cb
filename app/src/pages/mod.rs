//! One module per page of the site.

mod approve;
mod devices;
mod home;
mod login;
mod not_found;
mod passkeys;
mod password;
mod phone;
mod phones;
mod scan;

pub use approve::{ApprovePage, DecidedPage, LinkPage};
pub use devices::DevicesPage;
pub use home::Home;
pub use login::{KioskPage, LoginPage};
pub use not_found::NotFound;
pub use passkeys::PasskeysPage;
pub use password::PasswordPage;
pub use phone::{ActivityPage, PhoneHome, SignInPage, SignUpPage};
pub use phones::PhonesPage;
pub use scan::ScanPage;
