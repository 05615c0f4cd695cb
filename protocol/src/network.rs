//! Whether two addresses are on one network, as a person would mean it: the
//! same /24 for IPv4, the same /48 for IPv6 (one site's allocation). The
//! phone's confirmation screen warns when the browser asking is elsewhere:
//! a code relayed from someone else's screen (QRLJacking) comes from their
//! network, not the phone's.

use std::net::IpAddr;

/// `Some(true)` when `a` and `b` are on one network, `Some(false)` when they
/// are not, `None` when either is not an address (unknown).
pub fn same_network(a: &str, b: &str) -> Option<bool> {
    let (a, b) = (parse(a)?, parse(b)?);
    Some(match (a, b) {
        (IpAddr::V4(a), IpAddr::V4(b)) => a.octets()[..3] == b.octets()[..3],
        (IpAddr::V6(a), IpAddr::V6(b)) => a.segments()[..3] == b.segments()[..3],
        _ => false,
    })
}

/// An address, IPv4-mapped IPv6 read as the IPv4 it is.
fn parse(text: &str) -> Option<IpAddr> {
    let ip: IpAddr = text.trim().parse().ok()?;
    Some(match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        IpAddr::V4(_) => ip,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv4_compares_the_slash_24() {
        assert_eq!(same_network("192.0.2.10", "192.0.2.200"), Some(true));
        assert_eq!(same_network("192.0.2.10", "192.0.3.10"), Some(false));
        assert_eq!(same_network("10.1.2.3", "198.51.100.7"), Some(false));
    }

    #[test]
    fn ipv6_compares_the_slash_48() {
        assert_eq!(
            same_network("2001:db8:1:2::1", "2001:db8:1:ffff::2"),
            Some(true)
        );
        assert_eq!(same_network("2001:db8:1::1", "2001:db8:2::1"), Some(false));
    }

    #[test]
    fn mapped_ipv4_is_ipv4_and_families_differ() {
        assert_eq!(same_network("::ffff:192.0.2.1", "192.0.2.99"), Some(true));
        assert_eq!(same_network("192.0.2.1", "2001:db8::1"), Some(false));
    }

    #[test]
    fn an_unknown_address_tells_nothing() {
        assert_eq!(same_network("unknown", "192.0.2.1"), None);
        assert_eq!(same_network("192.0.2.1", ""), None);
    }
}
