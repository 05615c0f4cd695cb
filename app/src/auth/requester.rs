//! Who is behind a request, in the words the phone shows: browser, OS, IP.

use std::net::{IpAddr, SocketAddr};

use axum::http::{header, HeaderMap};

use crate::protocol::Requester;

/// Where a request came from: what audit events and confirmation screens show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Client {
    pub ip: String,
    pub user_agent: String,
}

impl Client {
    pub fn from_request(headers: &HeaderMap, peer: Option<SocketAddr>, trust_proxy: bool) -> Self {
        let user_agent = headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .chars()
            .take(512)
            .collect();
        Self {
            ip: client_ip(headers, peer, trust_proxy)
                .map_or_else(|| "unknown".into(), |ip| ip.to_string()),
            user_agent,
        }
    }

    /// The requester as the approving phone shows it, seen at `now`.
    pub fn requester(&self, now: u64) -> Requester {
        let (browser, os) = describe_agent(&self.user_agent);
        Requester {
            browser: browser.to_owned(),
            os: os.to_owned(),
            ip: self.ip.clone(),
            created_at: now,
        }
    }
}

/// The token of an `Authorization: Bearer …` header.
pub fn bearer(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_owned())
}

/// The client's address: the socket's peer, or behind a trusted reverse proxy
/// the last address it appended to `X-Forwarded-For`.
pub fn client_ip(
    headers: &HeaderMap,
    peer: Option<SocketAddr>,
    trust_proxy: bool,
) -> Option<IpAddr> {
    let forwarded = trust_proxy
        .then(|| headers.get("x-forwarded-for")?.to_str().ok())
        .flatten()
        .and_then(|list| list.rsplit(',').next())
        .and_then(|last| last.trim().parse().ok());
    forwarded.or(peer.map(|p| p.ip()))
}

/// Browser and OS names from a User-Agent string. Order matters: Edge and
/// Opera also say "Chrome", Chrome also says "Safari", Android also says "Linux".
pub fn describe_agent(agent: &str) -> (&'static str, &'static str) {
    const BROWSERS: &[(&str, &str)] = &[
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("SamsungBrowser/", "Samsung Internet"),
        ("Firefox/", "Firefox"),
        ("FxiOS/", "Firefox"),
        ("CriOS/", "Chrome"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
    ];
    const SYSTEMS: &[(&str, &str)] = &[
        ("Windows", "Windows"),
        ("iPhone", "iOS"),
        ("iPad", "iPadOS"),
        ("Android", "Android"),
        ("CrOS", "ChromeOS"),
        ("Mac OS X", "macOS"),
        ("Linux", "Linux"),
    ];
    let find = |table: &[(&str, &'static str)]| {
        table
            .iter()
            .find(|(needle, _)| agent.contains(needle))
            .map_or("Unknown", |(_, name)| *name)
    };
    (find(BROWSERS), find(SYSTEMS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_agents_are_named() {
        let cases = [
            ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36", ("Chrome", "Linux")),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0", ("Edge", "Windows")),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1", ("Safari", "iOS")),
            ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36", ("Chrome", "Android")),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.1; rv:121.0) Gecko/20100101 Firefox/121.0", ("Firefox", "macOS")),
            ("curl/8.0", ("Unknown", "Unknown")),
        ];
        for (agent, expected) in cases {
            assert_eq!(describe_agent(agent), expected, "{agent}");
        }
    }

    #[test]
    fn forwarded_address_is_used_only_behind_a_trusted_proxy() {
        let mut headers = HeaderMap::new();
        headers.insert(
            "x-forwarded-for",
            "198.51.100.1, 203.0.113.7"
                .parse()
                .unwrap_or_else(|_| unreachable!()),
        );
        let peer: Option<SocketAddr> = "10.0.0.2:5000".parse().ok();
        assert_eq!(client_ip(&headers, peer, false), "10.0.0.2".parse().ok());
        assert_eq!(client_ip(&headers, peer, true), "203.0.113.7".parse().ok());
    }
}
