//! Protocol v1 (docs/protocol.md): what crosses the wire and the rules every
//! party follows. Pure: no I/O, no clock, no randomness — callers pass those in,
//! so a phone-app developer can read these files beside the document.

pub mod challenge;
pub mod json;
pub mod label;
pub mod network;
pub mod number_match;
pub mod recovery_code;
pub mod return_path;
pub mod token;
pub mod user_code;
pub mod wire;

pub use challenge::{Challenge, ChallengeError, ChallengeState, Outcome};
pub use number_match::{NumberError, NumberMatch};
pub use recovery_code::RecoveryCode;
pub use token::{
    AuthCode, BindingSecret, DeviceCode, HoldSecret, QrToken, RefreshToken, TokenFormatError,
};
pub use user_code::{Entered, LoginCode, LoginCodeError, UserCode};
pub use wire::*;
