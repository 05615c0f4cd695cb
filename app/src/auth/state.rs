use std::sync::Arc;

use axum::extract::FromRef;
use leptos::config::LeptosOptions;

use super::admission::Admission;
use super::tokens::Keys;
use super::{Settings, Store};

/// The one state every handler, server function and SSR page shares.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub store: Arc<dyn Store>,
    pub settings: Arc<Settings>,
    pub keys: Arc<Keys>,
    /// What this process admits at once (hashes, sockets, long polls).
    pub admission: Arc<Admission>,
}

impl AppState {
    pub fn new(
        leptos_options: LeptosOptions,
        store: Arc<dyn Store>,
        settings: Settings,
        keys: Keys,
    ) -> Self {
        Self {
            leptos_options,
            store,
            admission: Arc::new(Admission::new(&settings.limits)),
            settings: Arc::new(settings),
            keys: Arc::new(keys),
        }
    }
}
