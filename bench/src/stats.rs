//! Errors counted by kind, latency percentiles, and the server's memory.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Duration;

use protocol::ErrorBody;
use serde::Serialize;

/// Why one step failed, as a short kind: the kinds are few (HTTP status and
/// error code, socket closed, timeout, …), so they can be counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure(pub String);

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Failure {}

impl Failure {
    pub fn new(kind: impl Into<String>) -> Self {
        Self(kind.into())
    }

    /// `"{stage}: HTTP {status} {code}"`, the code from the protocol's
    /// error body (`{ "error": CODE, … }`) when `body` is one.
    pub fn http(stage: &str, status: u16, body: &str) -> Self {
        match serde_json::from_str::<ErrorBody>(body) {
            Ok(error) => Self(format!("{stage}: HTTP {status} {}", error.error.name())),
            Err(_) => Self(format!("{stage}: HTTP {status}")),
        }
    }

    pub fn io(stage: &str, error: &std::io::Error) -> Self {
        Self(format!("{stage}: {:?}", error.kind()))
    }

    /// A request that got no HTTP answer: connect, timeout, or the
    /// connection's I/O error kind.
    pub fn transport(stage: &str, error: &reqwest::Error) -> Self {
        let what = if error.is_timeout() {
            "timed out".to_owned()
        } else if error.is_connect() {
            format!("connect failed{}", io_kind(error))
        } else if error.is_body() || error.is_decode() {
            format!("reading the body failed{}", io_kind(error))
        } else {
            format!("no answer{}", io_kind(error))
        };
        Self(format!("{stage}: {what}"))
    }

    pub fn ws(stage: &str, error: &tokio_tungstenite::tungstenite::Error) -> Self {
        use tokio_tungstenite::tungstenite::Error as E;
        let what = match error {
            E::ConnectionClosed | E::AlreadyClosed => "closed".to_owned(),
            E::Io(io) => format!("{:?}", io.kind()),
            E::Protocol(p) => format!("protocol: {p}"),
            E::Capacity(_) => "capacity".to_owned(),
            E::Http(response) => format!("HTTP {}", response.status().as_u16()),
            _ => "other".to_owned(),
        };
        Self(format!("{stage}: {what}"))
    }
}

/// The innermost I/O error kind behind `error`, as `" (Kind)"`.
fn io_kind(error: &(dyn std::error::Error + 'static)) -> String {
    let mut source = error.source();
    let mut kind = None;
    while let Some(inner) = source {
        if let Some(io) = inner.downcast_ref::<std::io::Error>() {
            kind = Some(io.kind());
        }
        source = inner.source();
    }
    kind.map(|k| format!(" ({k:?})")).unwrap_or_default()
}

/// Counts by kind, shared between tasks.
#[derive(Default)]
pub struct Tally(Mutex<BTreeMap<String, u64>>);

impl Tally {
    pub fn add(&self, kind: &str) {
        if let Ok(mut counts) = self.0.lock() {
            *counts.entry(kind.to_owned()).or_default() += 1;
        }
    }

    pub fn snapshot(&self) -> BTreeMap<String, u64> {
        self.0.lock().map(|c| c.clone()).unwrap_or_default()
    }

    pub fn total(&self) -> u64 {
        self.snapshot().values().sum()
    }
}

/// `count kind, count kind` (or "none").
pub fn describe(counts: &BTreeMap<String, u64>) -> String {
    if counts.is_empty() {
        return "none".into();
    }
    counts
        .iter()
        .map(|(kind, n)| format!("{n} × {kind}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Percentiles of a set of durations, in milliseconds.
#[derive(Serialize, Clone, Copy, Default)]
pub struct Percentiles {
    pub n: usize,
    pub p50: f64,
    pub p90: f64,
    pub p99: f64,
    pub max: f64,
}

impl Percentiles {
    pub fn of(samples: &mut [Duration]) -> Self {
        samples.sort_unstable();
        let at = |p: f64| -> f64 {
            if samples.is_empty() {
                return 0.0;
            }
            // Nearest rank: the smallest sample with p % of them at or below
            // it (counts are far below 2^52, so the float is exact).
            let rank = ((p / 100.0) * samples.len() as f64).ceil() as usize;
            let index = rank.clamp(1, samples.len()) - 1;
            samples.get(index).map_or(0.0, |d| ms(*d))
        };
        Self {
            n: samples.len(),
            p50: at(50.0),
            p90: at(90.0),
            p99: at(99.0),
            max: samples.last().map_or(0.0, |d| ms(*d)),
        }
    }

    pub fn describe(&self) -> String {
        format!(
            "p50 {:.2}  p90 {:.2}  p99 {:.2}  max {:.2} ms",
            self.p50, self.p90, self.p99, self.max
        )
    }
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The resident memory of process `pid` in KiB (`VmRSS` of /proc/PID/status).
pub fn rss_kib(pid: u32) -> anyhow::Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    parse_rss(&status).ok_or_else(|| anyhow::anyhow!("/proc/{pid}/status has no VmRSS line"))
}

fn parse_rss(status: &str) -> Option<u64> {
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// The open-file limit of this process (`Max open files` in /proc/self/limits).
pub fn open_file_limit() -> Option<u64> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    limits
        .lines()
        .find(|line| line.starts_with("Max open files"))?
        .split_whitespace()
        .nth(3)?
        .parse()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let mut samples: Vec<Duration> = (1..=100).rev().map(Duration::from_millis).collect();
        let p = Percentiles::of(&mut samples);
        assert_eq!((p.p50, p.p90, p.p99, p.max), (50.0, 90.0, 99.0, 100.0));
        assert_eq!(Percentiles::of(&mut []).n, 0);
    }

    #[test]
    fn reads_vmrss() {
        let status = "Name:\tserver\nVmPeak:\t  999 kB\nVmRSS:\t   12345 kB\n";
        assert_eq!(parse_rss(status), Some(12345));
    }

    #[test]
    fn failures_name_status_and_code() {
        let body = r#"{ "error": "session_limit", "message": "…" }"#;
        assert_eq!(
            Failure::http("approve", 409, body).0,
            "approve: HTTP 409 session_limit"
        );
        assert_eq!(Failure::http("x", 502, "").0, "x: HTTP 502");
        assert_eq!(
            Failure::http("x", 409, r#"{"error":"no_such"}"#).0,
            "x: HTTP 409"
        );
    }
}
