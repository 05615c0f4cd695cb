//! Who is behind a request, in the words the phone shows: browser, OS, IP.

use std::net::{IpAddr, SocketAddr};

use axum::http::{header, HeaderMap};

use protocol::label::{self, AGENT_MAX_CHARS};
use protocol::Requester;

/// Where a request came from: what audit events and confirmation screens show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Caller {
    pub ip: String,
    /// What per-address limits count by: the address, or for IPv6 its /64
    /// (one subscriber's network, as an address is for IPv4).
    pub network: String,
    pub user_agent: String,
}

impl Caller {
    /// What a phone signing in on the site's own pages is called ("Chrome on
    /// Android"), in its linked-devices and signed-in-phones lists.
    pub fn device_name(&self) -> String {
        let (browser, os) = describe_agent(&self.user_agent);
        format!("{browser} on {os}")
    }

    pub fn from_request(headers: &HeaderMap, peer: Option<SocketAddr>, trust_proxy: bool) -> Self {
        let user_agent = headers
            .get(header::USER_AGENT)
            .map(|v| String::from_utf8_lossy(v.as_bytes()))
            .map(|agent| label::clean(&agent, AGENT_MAX_CHARS))
            .unwrap_or_default();
        let ip = client_ip(headers, peer, trust_proxy);
        Self {
            ip: ip.map_or_else(|| "unknown".into(), |ip| ip.to_string()),
            network: ip.map_or_else(|| "unknown".into(), network_of),
            user_agent,
        }
    }

    /// A client the server itself acts for (admin commands).
    pub fn operator(name: &str) -> Self {
        Self {
            ip: "admin".into(),
            network: "admin".into(),
            user_agent: name.into(),
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

/// The per-address limits' key for `ip`: IPv4 as is, IPv6 by its /64.
fn network_of(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
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
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        #[test]
        fn any_user_agent_header_gives_a_clean_bounded_description(raw in any::<Vec<u8>>()) {
            let mut headers = HeaderMap::new();
            if let Ok(value) = axum::http::HeaderValue::from_bytes(&raw) {
                headers.insert(header::USER_AGENT, value);
            }
            let client = Caller::from_request(&headers, "127.0.0.1:1".parse().ok(), false);
            prop_assert!(client.user_agent.chars().count() <= AGENT_MAX_CHARS);
            prop_assert_eq!(label::clean(&client.user_agent, AGENT_MAX_CHARS), client.user_agent.clone());
            let (browser, os) = describe_agent(&client.user_agent);
            prop_assert!(!browser.is_empty() && !os.is_empty());
        }

        #[test]
        fn any_forwarded_for_header_yields_an_address_or_the_peer(raw in any::<Vec<u8>>()) {
            let mut headers = HeaderMap::new();
            if let Ok(value) = axum::http::HeaderValue::from_bytes(&raw) {
                headers.insert("x-forwarded-for", value);
            }
            let peer: Option<SocketAddr> = "10.0.0.2:5000".parse().ok();
            let ip = client_ip(&headers, peer, true);
            prop_assert!(ip.is_some());
        }
    }

    #[test]
    fn ipv6_clients_are_limited_by_their_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::9".parse().unwrap();
        assert_eq!(network_of(a), network_of(b));
        assert_eq!(network_of(a), "2001:db8:1:2::/64");
        assert_eq!(network_of("::ffff:192.0.2.1".parse().unwrap()), "192.0.2.1");
        assert_eq!(network_of("192.0.2.1".parse().unwrap()), "192.0.2.1");
    }

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
