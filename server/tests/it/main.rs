//! Integration tests, in one binary (each file under tests/ would link its own).
//! The Redis cases need `TEST_REDIS_URL` and the Redis Cluster cases
//! `TEST_REDIS_CLUSTER_URLS`: `scripts/test` starts a redis-server and a
//! cluster of six on free loopback ports and sets both.
//!
//! Drivers live in `support/` (a browser, a phone, a real server); each
//! other file is the scenarios of one concern.

// Test code fails by panicking, drivers included; it reads TEST_REDIS_URL.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::disallowed_methods
)]

mod support;

mod admin;
// Early in name (after admin's two tests), so its failover tests (45 s
// between them, mostly waiting) start among the first rather than last:
// libtest starts tests in name order.
mod cluster;
mod delivery;
mod errors;
mod hardening;
mod hostile;
mod http_api;
mod languages;
mod lifecycle;
mod login;
mod nodes;
mod number_matching;
mod oidc;
mod openapi;
mod pages;
mod passkeys;
mod store_contract;
mod typed_code;
