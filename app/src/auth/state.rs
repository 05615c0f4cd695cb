use std::sync::Arc;

use axum::extract::FromRef;
use leptos::config::LeptosOptions;

use super::tokens::Keys;
use super::{Settings, Store};

/// The one state every handler, server function and SSR page shares.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub store: Arc<dyn Store>,
    pub settings: Arc<Settings>,
    pub keys: Arc<Keys>,
}
