//! Pieces of the pages, each named for what the user sees.

mod account_page;
mod ago;
mod consent;
mod expiry_ring;
mod island_props;
#[cfg(feature = "ssr")]
mod language_menu;
mod local_times;
mod marks;
mod new_login_notice;
mod not_signed_in;
mod page;
mod phone_nav;
mod sentences;
mod signed_in;

pub use account_page::AccountPage;
pub use ago::ago;
pub use consent::{what_it_learns, ConsentNote};
pub use expiry_ring::ExpiryRing;
pub use island_props::{island_props, IslandProps, WithProps};
#[cfg(feature = "ssr")]
pub use language_menu::{LanguageMenu, LANGUAGE_PATH};
pub use local_times::LocalTimes;
pub use marks::{around, around_two, MARKS};
pub use new_login_notice::{new_login, NewLoginNotice};
pub use not_signed_in::NotSignedIn;
pub use page::{site_host, site_name, Page};
pub use phone_nav::PhoneNav;
pub use sentences::{sentence, sentence_in, wait, Place};
pub use signed_in::SignedIn;
