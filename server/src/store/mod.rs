//! The two backends of `app::auth::Store`.

pub mod memory;
pub mod redis;

use std::sync::Arc;

use app::auth::{Store, StoreError};

pub use self::memory::MemoryStore;
pub use self::redis::RedisStore;

/// The store the configuration names: Redis when `redis_url` is set, else memory.
pub async fn open(redis_url: Option<&str>) -> Result<Arc<dyn Store>, StoreError> {
    Ok(match redis_url {
        Some(url) => Arc::new(RedisStore::connect(url).await?),
        None => Arc::new(MemoryStore::new()),
    })
}
