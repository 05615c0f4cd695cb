//! Pieces of the pages, each named for what the user sees.

mod ago;
mod expiry_ring;
mod new_login_notice;
mod qr_code;
mod signed_in;

pub use ago::ago;
pub use expiry_ring::ExpiryRing;
pub use new_login_notice::NewLoginNotice;
pub use qr_code::QrCode;
pub use signed_in::SignedIn;
