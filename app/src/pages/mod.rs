//! One module per page of the site.

mod app_sign_in;
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

pub use app_sign_in::AppNoticePage;
pub use approve::{ApprovePage, DecidedPage, LinkPage};
pub use devices::DevicesPage;
pub use home::Home;
pub use login::{KioskPage, LoginPage};
pub use not_found::NotFound;
pub use passkeys::PasskeysPage;
pub use password::PasswordPage;
pub use phone::{
    ActivityPage, PhoneHome, RecoverPage, RecoveryPage, SignInPage, SignOutPage, SignUpPage,
};
pub use phones::PhonesPage;
pub use scan::ScanPage;

use leptos::prelude::ReadUntracked;

use crate::components::{sentence, Place};
use protocol::ErrorCode;

/// A query value of the page's URL (`""` when absent).
fn query(name: &'static str) -> String {
    leptos_router::hooks::use_query_map()
        .read_untracked()
        .get(name)
        .unwrap_or_default()
}

/// The sentence for the `?error=…&retry=…` a form's redirect put in the URL.
fn error_from_query(place: Place) -> Option<String> {
    let retry = query("retry").parse().ok();
    ErrorCode::named(&query("error")).map(|code| sentence(code, place, retry))
}
