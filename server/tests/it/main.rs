//! Integration tests, in one binary (each file under tests/ would link its own).
//! The Redis cases need `TEST_REDIS_URL`: `scripts/test` starts a redis-server
//! on a free loopback port and sets it.

mod admin;
mod flow;
mod http_api;
mod pages;
mod store_contract;
mod support;
