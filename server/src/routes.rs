//! The whole router: the JSON API under `/api`, health checks, the Leptos
//! pages, and the static files of the site.

use std::sync::OnceLock;

use axum::extract::{DefaultBodyLimit, MatchedPath, Request};
use axum::routing::{get, post};
use axum::Router;
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, AxumRouteListing, LeptosRoutes};
use tower_http::trace::TraceLayer;

use app::components::LANGUAGE_PATH;
use app::state::AppState;
use app::{shell, App};
use auth::settings::BODY_LIMIT_BYTES;

use crate::{api, edge, language, oauth, ops};

pub fn router(state: AppState) -> Router {
    let pages = pages();
    let context_state = state.clone();
    let routes = Router::new()
        .nest("/api", api::router())
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .route("/manifest.webmanifest", get(ops::manifest))
        .merge(oauth::router(&state.core))
        .route(LANGUAGE_PATH, post(language::choose))
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
        .layer(DefaultBodyLimit::max(BODY_LIMIT_BYTES));
    edge::wrap(routes, &state.core)
        .layer(TraceLayer::new_for_http().make_span_with(request_span))
        .with_state(state)
}

/// The app's pages, listed once per process. Listing renders the app with
/// every resource held back: a process-wide switch in leptos_server, so a
/// second listing while another router renders a page (tests run many
/// servers in one process) would leave that page's resources pending
/// forever, and the page would hang until the request timeout.
fn pages() -> Vec<AxumRouteListing> {
    static PAGES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    PAGES.get_or_init(|| generate_route_list(App)).clone()
}

/// The span of a request names its route template, never the raw URI: the
/// approve page's path carries a QR token, and logs must hold no token.
fn request_span(request: &Request) -> tracing::Span {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("(static file or unknown)", MatchedPath::as_str);
    tracing::info_span!("request", method = %request.method(), route)
}
