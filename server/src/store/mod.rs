//! The backends of `auth::Store`: memory, and Redis (one, or a cluster).

pub mod memory;
pub mod redis;

use std::sync::Arc;

use auth::{Store, StoreError};

use crate::config::StoreConfig;

pub use self::memory::MemoryStore;
pub use self::redis::RedisStore;

/// The store the configuration names.
pub async fn open(config: &StoreConfig) -> Result<Arc<dyn Store>, StoreError> {
    Ok(match config {
        StoreConfig::Memory => Arc::new(MemoryStore::new()),
        StoreConfig::Redis(url) => Arc::new(RedisStore::connect(url).await?),
        StoreConfig::Cluster(seeds) => Arc::new(RedisStore::connect_cluster(seeds).await?),
    })
}
