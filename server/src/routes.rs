//! The whole router: the JSON API under `/api`, health checks, the Leptos
//! pages, and the static files of the site.

use axum::extract::DefaultBodyLimit;
use axum::routing::get;
use axum::Router;
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower_http::trace::TraceLayer;

use app::auth::settings::BODY_LIMIT_BYTES;
use app::auth::AppState;
use app::{shell, App};

use crate::{api, ops};

pub fn router(state: AppState) -> Router {
    let pages = generate_route_list(App);
    let context_state = state.clone();
    Router::new()
        .nest("/api", api::router())
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .leptos_routes_with_context(
            &state,
            pages,
            move || provide_context(context_state.clone()),
            {
                let options = state.leptos_options.clone();
                move || shell(options.clone())
            },
        )
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(DefaultBodyLimit::max(BODY_LIMIT_BYTES))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
