//! Rate limits over time: fixed-window counters in the store, so that every
//! node counts the same. Each caller owns its counter's key and window.

use std::time::Duration;

use super::{ApiError, Core};

fn limited(window: Duration) -> ApiError {
    ApiError::rate_limited(window.as_secs().max(1))
}

/// Counts one more use of `key` in `window`; `rate_limited` past `limit`.
pub async fn count(core: &Core, key: &str, window: Duration, limit: u64) -> Result<u64, ApiError> {
    let count = core.store.increment(key, window).await?;
    if count > limit {
        return Err(limited(window));
    }
    Ok(count)
}

/// `rate_limited` when the counter (as the caller read it, with other keys
/// at once) has reached `limit` in its window; counts nothing.
pub fn judge(counter: Option<&[u8]>, window: Duration, limit: u64) -> Result<(), ApiError> {
    let count = counter
        .and_then(|raw| String::from_utf8_lossy(raw).parse::<u64>().ok())
        .unwrap_or(0);
    if count >= limit {
        return Err(limited(window));
    }
    Ok(())
}
