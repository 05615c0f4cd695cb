//! The router called in-process (tower `oneshot`), for tests that need no
//! real socket.

use std::sync::Arc;

use auth::Store;
use axum::body::Body;
use axum::http::{Request, Response};
use axum::Router;
use tower::ServiceExt as _;

use super::{memory_store, state};

pub fn memory_app() -> (Router, Arc<dyn Store>) {
    let store = memory_store();
    (server::routes::router(state(store.clone())), store)
}

pub async fn call(app: &Router, request: Request<Body>) -> Response<Body> {
    app.clone()
        .oneshot(request)
        .await
        .unwrap_or_else(|e| match e {})
}

pub async fn body_text(response: Response<Body>) -> String {
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned()
}

pub async fn body_json(response: Response<Body>) -> serde_json::Value {
    serde_json::from_str(&body_text(response).await).unwrap_or(serde_json::Value::Null)
}

pub fn post(uri: &str, body: impl Into<Body>) -> Request<Body> {
    Request::post(uri)
        .header("content-type", "application/json")
        .body(body.into())
        .unwrap_or_else(|e| panic!("{e}"))
}

pub fn get(uri: &str) -> Request<Body> {
    Request::get(uri)
        .body(Body::empty())
        .unwrap_or_else(|e| panic!("{e}"))
}
