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

/// Takes a place in each miss counter before the attempt they guard: each
/// is counted first and judged by the count it got back, so concurrent
/// guesses cannot all pass a limit that each saw unreached. `rate_limited`
/// past any limit. A hit gives the places back ([`refund`]); a miss keeps them.
pub async fn reserve(core: &Core, counters: &[(String, Duration, u64)]) -> Result<(), ApiError> {
    let counts = futures::future::try_join_all(
        counters
            .iter()
            .map(|(key, window, _)| core.store.increment(key, *window)),
    )
    .await?;
    for ((_, window, limit), count) in counters.iter().zip(counts) {
        if count > *limit {
            return Err(limited(*window));
        }
    }
    Ok(())
}

/// Gives back the places [`reserve`] took: the attempt was no miss.
pub async fn refund(core: &Core, counters: &[(String, Duration, u64)]) -> Result<(), ApiError> {
    futures::future::try_join_all(counters.iter().map(|(key, ..)| core.store.decrement(key)))
        .await?;
    Ok(())
}
