//! The axum server: routes, HTTP API, configuration, store backends.
//! `main.rs` only wires these together; tests build the same router.

pub mod api;
pub mod config;
pub mod edge;
pub mod language;
pub mod metrics;
pub mod oauth;
pub mod ops;
pub mod routes;
pub mod serve;
pub mod site;
pub mod store;
pub mod telemetry;
