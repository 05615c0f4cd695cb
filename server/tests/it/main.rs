//! Integration tests, in one binary (each file under tests/ would link its own).
//! The Redis cases need `TEST_REDIS_URL`: `scripts/test` starts a redis-server
//! on a free loopback port and sets it.
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
mod cluster;
mod delivery;
mod errors;
mod hardening;
mod hostile;
mod http_api;
mod lifecycle;
mod login;
mod number_matching;
mod oidc;
mod openapi;
mod pages;
mod passkeys;
mod store_contract;
mod typed_code;
