//! The one state every handler, server function and SSR page shares: the
//! login's [`Core`] beside Leptos's options.

use axum::extract::FromRef;
use leptos::config::LeptosOptions;

use auth::Core;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub core: Core,
}

/// The state, where a page or a server function is being rendered on the
/// server (`None` elsewhere).
pub fn current() -> Option<AppState> {
    leptos::prelude::use_context::<AppState>()
}
