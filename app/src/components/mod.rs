//! Pieces of the pages, each named for what the user sees.

mod expiry_ring;
mod qr_code;

pub use expiry_ring::ExpiryRing;
pub use qr_code::QrCode;
