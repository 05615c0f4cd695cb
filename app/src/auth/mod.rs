//! Server side of the login (feature `ssr`): the state every handler shares,
//! the store contract, errors, and the steps of the flow. The HTTP edges
//! (server crate) and the SSR pages both call these functions.

pub mod challenges;
pub mod error;
pub mod requester;
pub mod settings;
pub mod state;
pub mod store;

pub use error::ApiError;
pub use settings::Settings;
pub use state::AppState;
pub use store::{Delivery, Store, StoreError, Subscription};

/// Milliseconds since the Unix epoch: the server's clock, the one that decides expiry.
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}
