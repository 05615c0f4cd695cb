//! `GET /metrics` in the Prometheus text format, on its own listener
//! (`METRICS_ADDR`), never on the public one: the figures describe the
//! deployment, not a user's business. What is measured is named in
//! `auth::metrics`.

use std::net::SocketAddr;
use std::time::Duration;

use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder};

use auth::metrics::{APPROVE_TO_NOTIFY, APPROVE_TO_NOTIFY_BUCKETS, DESCRIPTIONS};

/// How often histograms are folded into what `/metrics` reports.
const UPKEEP: Duration = Duration::from_secs(5);

/// Installs the recorder and serves it on `listener` (bound by the caller,
/// so that a bad `METRICS_ADDR` stops start-up). Runs until the process ends.
pub fn serve(listener: tokio::net::TcpListener) -> Result<SocketAddr, String> {
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    let handle = PrometheusBuilder::new()
        .set_buckets_for_metric(
            Matcher::Full(APPROVE_TO_NOTIFY.into()),
            &APPROVE_TO_NOTIFY_BUCKETS,
        )
        .and_then(PrometheusBuilder::install_recorder)
        .map_err(|e| e.to_string())?;
    for (name, help) in DESCRIPTIONS {
        metrics::describe_counter!(name, help);
    }
    let upkeep = handle.clone();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(UPKEEP);
        loop {
            every.tick().await;
            upkeep.run_upkeep();
        }
    });
    let router = Router::new().route("/metrics", get(move || std::future::ready(handle.render())));
    tokio::spawn(async move {
        if let Err(error) = axum::serve(listener, router).await {
            tracing::error!(%error, "metrics listener stopped");
        }
    });
    Ok(address)
}
