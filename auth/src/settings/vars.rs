//! Every environment variable the server reads (but Leptos's own `LEPTOS_*`,
//! read with `Leptos.toml`: server `site.rs`): its name, the values it
//! takes, its default and what it means. The reader (server `config.rs`),
//! its tests, the defaults of [`Settings::local`](super::Settings::local)
//! and the README's tables all come from this one list.

/// One variable.
#[derive(Debug)]
pub struct Var {
    pub name: &'static str,
    pub takes: Takes,
    pub default: Unset,
    /// What it does, as the README's table says it.
    pub meaning: &'static str,
    pub table: Table,
}

/// The values a variable takes.
#[derive(Debug, Clone, Copy)]
pub enum Takes {
    /// A whole number from `min` to `max`.
    Number { min: u64, max: u64 },
    /// A number of seconds from `min` to `max`.
    Seconds { min: u64, max: u64 },
    /// `true` or `false` (also `1`/`0`, `yes`/`no`, `on`/`off`).
    Flag,
    /// Anything else: what a bad value's error says it expects.
    Text { expected: &'static str },
}

/// What a variable is when unset.
#[derive(Debug, Clone, Copy)]
pub enum Unset {
    /// This number (of `Number` or `Seconds`).
    Is(u64),
    /// This flag.
    Flag(bool),
    /// This text.
    Text(&'static str),
    /// Unset, or worked out at start-up: the README's words for it.
    Said(&'static str),
}

/// Which of the README's tables lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// What the site is and how it behaves.
    Site,
    /// What one client address, or the node, may do.
    Limits,
}

impl Var {
    /// The default of a number or a duration, if fixed (`None`: worked out
    /// at start-up).
    pub const fn fixed(&self) -> Option<u64> {
        match self.default {
            Unset::Is(n) => Some(n),
            _ => None,
        }
    }

    /// The smallest and largest value of a number or a duration.
    pub const fn range(&self) -> Option<(u64, u64)> {
        match self.takes {
            Takes::Number { min, max } | Takes::Seconds { min, max } => Some((min, max)),
            Takes::Flag | Takes::Text { .. } => None,
        }
    }

    pub const fn flag(&self) -> Option<bool> {
        match self.default {
            Unset::Flag(on) => Some(on),
            _ => None,
        }
    }

    pub const fn text(&self) -> Option<&'static str> {
        match self.default {
            Unset::Text(text) => Some(text),
            _ => None,
        }
    }

    /// What a bad value's error says the variable expects.
    pub fn expected(&self) -> String {
        match self.takes {
            Takes::Number { min, max } => format!("a whole number from {min} to {max}"),
            Takes::Seconds { min, max } => format!("a whole number of seconds from {min} to {max}"),
            Takes::Flag => "true or false".into(),
            Takes::Text { expected } => expected.into(),
        }
    }
}

// The defaults of `Settings::local` (and the server's own) are read from
// these rows inside `const` blocks, through the four functions below: a row
// without a fixed default of the right kind fails the build, never a run.

/// The default of a variable in seconds, as a duration.
#[allow(clippy::expect_used)] // only in `const` blocks: a compile-time check
pub const fn secs(var: &Var) -> std::time::Duration {
    std::time::Duration::from_secs(var.fixed().expect("a fixed number of seconds"))
}

/// The default of a variable that counts things.
#[allow(clippy::expect_used)] // only in `const` blocks: a compile-time check
pub const fn count(var: &Var) -> u64 {
    var.fixed().expect("a fixed number")
}

#[allow(clippy::expect_used)] // only in `const` blocks: a compile-time check
pub const fn flag(var: &Var) -> bool {
    var.flag().expect("a flag")
}

#[allow(clippy::expect_used)] // only in `const` blocks: a compile-time check
pub const fn text(var: &Var) -> &'static str {
    var.text().expect("a text")
}

const fn var(
    name: &'static str,
    takes: Takes,
    default: Unset,
    table: Table,
    meaning: &'static str,
) -> Var {
    Var {
        name,
        takes,
        default,
        meaning,
        table,
    }
}

const fn seconds(min: u64, max: u64) -> Takes {
    Takes::Seconds { min, max }
}

const fn number(min: u64, max: u64) -> Takes {
    Takes::Number { min, max }
}

const fn words(expected: &'static str) -> Takes {
    Takes::Text { expected }
}

use Table::{Limits, Site};
use Unset::{Is, Said};

pub const LISTEN_ADDR: Var = var(
    "LISTEN_ADDR",
    words("an address like 127.0.0.1:3000"),
    Said("Leptos `site-addr` (`127.0.0.1:3000`)"),
    Site,
    "address to listen on",
);
pub const PUBLIC_URL: Var = var(
    "PUBLIC_URL",
    words("an http(s) origin without path, like https://login.example.com"),
    Said("`http://` + listen address"),
    Site,
    "the site's origin: phones reach it, QR links are `PUBLIC_URL/l/{token}` (keep the host ≤ 24 characters for a small QR), and every request that changes state must come from a page of it (open the site by this name, not another)",
);
pub const SITE_NAME: Var = var(
    "SITE_NAME",
    words("a name"),
    Said("the host of `PUBLIC_URL`"),
    Site,
    "the site's name as people read it: atop every page, in the tab's title, and on the phone's \"Logging in to …\" (which then shows the host beside it); 64 characters at most",
);
pub const AFTER_LOGIN_URL: Var = var(
    "AFTER_LOGIN_URL",
    words("an http(s) URL, or a path of this site like /app"),
    Said("unset: the signed-in view"),
    Site,
    "where a computer goes once signed in on `/login`: a URL, or a path of this site; a page that sends the computer to `/login?next=/some/path` (a plain path of this site) goes back there instead",
);
pub const QR_SCHEME: Var = var(
    "QR_SCHEME",
    words("a URL scheme of lowercase letters, digits, + - . (like myapp)"),
    Said("unset"),
    Site,
    "custom scheme for native apps: QR says `{scheme}://qr-auth?token=…`",
);
pub const REDIS_URL: Var = var(
    "REDIS_URL",
    words("a redis://, rediss:// or unix:// URL (unset for the in-memory store)"),
    Said("unset: in-memory store"),
    Site,
    "`redis://host:port` (`rediss://` for TLS, `redis://user:password@…`) to share state between nodes",
);
pub const REDIS_CLUSTER_URLS: Var = var(
    "REDIS_CLUSTER_URLS",
    words("redis:// URLs of cluster nodes, separated by commas"),
    Said("unset"),
    Site,
    "instead of `REDIS_URL`: a Redis Cluster, a few of its nodes' URLs separated by commas (it learns the others); see \"Running on a Redis Cluster\"",
);
pub const QR_TTL_SECS: Var = var(
    "QR_TTL_SECS",
    seconds(2, 600),
    Is(60),
    Site,
    "lifetime of a QR code",
);
pub const QR_MARK: Var = var(
    "QR_MARK",
    Takes::Flag,
    Unset::Flag(false),
    Site,
    "`true`: the site's mark (`favicon.svg` in the site's root: replace it with your own) over the centre of the QR code, which is then drawn at error correction H (a little denser) so that every reader still reads it",
);
pub const ACCESS_TOKEN_TTL_SECS: Var = var(
    "ACCESS_TOKEN_TTL_SECS",
    seconds(30, 86_400),
    Is(15 * 60),
    Site,
    "lifetime of an access token",
);
pub const SESSION_IDLE_SECS: Var = var(
    "SESSION_IDLE_SECS",
    seconds(60, 400 * 86_400),
    Is(30 * 86_400),
    Site,
    "a web or phone session unused this long ends; each use restarts the period",
);
pub const TEMPORARY_SESSION_IDLE_SECS: Var = var(
    "TEMPORARY_SESSION_IDLE_SECS",
    seconds(60, 86_400),
    Is(30 * 60),
    Site,
    "idle period of a \"this session only\" login",
);
pub const MAX_LINKED_SESSIONS: Var = var(
    "MAX_LINKED_SESSIONS",
    number(1, 100),
    Is(5),
    Site,
    "browsers one account may have logged in; one more asks the phone which to drop",
);
pub const KIOSK_IDLE_SECS: Var = var(
    "KIOSK_IDLE_SECS",
    seconds(2, 86_400),
    Is(120),
    Site,
    "a signed-in `/kiosk` left untouched this long signs out; the server ends its session this long after its last request, whatever the page does",
);
pub const KIOSK_PASSKEYS: Var = var(
    "KIOSK_PASSKEYS",
    Takes::Flag,
    Unset::Flag(false),
    Site,
    "`true`: `/kiosk` offers \"Use a passkey\" beside its QR code too; off by default, so that a shared tablet never keeps a passkey prompt for the next person (a switch for the page: a browser that does not say it is a kiosk signs in as any computer)",
);
pub const JWT_KEY_PATH: Var = var(
    "JWT_KEY_PATH",
    words("a file path"),
    Unset::Text("data/jwt-ed25519.pem"),
    Site,
    "Ed25519 signing key of access tokens and session cookies, created on first start (mode 0600); every node must share it. When an `OIDC_CLIENTS` client asks for RS256, the provider's RSA key is kept beside it (`.rs256.pem` in place of its extension), made and shared alike",
);
pub const NUMBER_MATCHING: Var = var(
    "NUMBER_MATCHING",
    Takes::Flag,
    Unset::Flag(false),
    Site,
    "`true`: once scanned the computer shows a number, and the phone must pick it among three to log in; a wrong pick refuses the login",
);
pub const REQUIRE_USER_VERIFICATION: Var = var(
    "REQUIRE_USER_VERIFICATION",
    Takes::Flag,
    Unset::Flag(false),
    Site,
    "`true`: every login a phone approves needs one of the account's passkeys (fingerprint, face or PIN); an account without one must add one first. Without it, only accounts that have a passkey are asked. Passkeys need `PUBLIC_URL` to be a domain name (`http://localhost:3000` locally), not an IP address",
);
pub const PASSKEY_ORIGINS: Var = var(
    "PASSKEY_ORIGINS",
    words("origins separated by commas (android:apk-key-hash:…), and a PUBLIC_URL that passkeys work with"),
    Said("none"),
    Site,
    "origins besides `PUBLIC_URL` that passkey answers may come from, separated by commas: native apps (`android:apk-key-hash:…`)",
);
pub const OIDC_CLIENTS: Var = var(
    "OIDC_CLIENTS",
    words("a readable TOML file of [[client]] tables (docs/oidc.md)"),
    Said("unset: no OpenID Connect"),
    Site,
    "a TOML file of the apps that sign in through this server ([docs/oidc.md](docs/oidc.md)); a bad file stops start-up naming the client and the problem; SIGHUP reads it again",
);
pub const OIDC_KEY_GENERATION: Var = var(
    "OIDC_KEY_GENERATION",
    number(1, 1_000_000),
    Is(1),
    Site,
    "which generation of the provider's keys signs ID and logout tokens; the one before and the one after are published too, so raising it by one on every node rotates the keys without a token failing ([docs/oidc.md](docs/oidc.md), \"Key rotation\")",
);
pub const DEVICE_POLL_SECS: Var = var(
    "DEVICE_POLL_SECS",
    seconds(1, 60),
    Is(5),
    Site,
    "how often a device signing in by the phone (the device grant, [docs/oidc.md](docs/oidc.md)) may ask whether it was approved; one that asks sooner is told `slow_down`",
);
pub const DEVICE_CODE_TTL_SECS: Var = var(
    "DEVICE_CODE_TTL_SECS",
    seconds(60, 1800),
    Is(600),
    Site,
    "lifetime of a device's code (the device grant, [docs/oidc.md](docs/oidc.md)): how long the person has to confirm it on the phone; shorter leaves a relayed code less time",
);
pub const COOKIE_SECURE: Var = var(
    "COOKIE_SECURE",
    Takes::Flag,
    Said("`true` when `PUBLIC_URL` is https"),
    Site,
    "`Secure` flag on cookies, and their `__Host-` prefix",
);
pub const TRUST_PROXY: Var = var(
    "TRUST_PROXY",
    Takes::Flag,
    Unset::Flag(false),
    Site,
    "take the client IP from `X-Forwarded-For` (behind a reverse proxy)",
);
pub const APP_ENV: Var = var(
    "APP_ENV",
    words("development or production"),
    Unset::Text("production"),
    Site,
    "`development` creates the demo account (`scripts/run` and the tests ask for it)",
);
pub const METRICS_ADDR: Var = var(
    "METRICS_ADDR",
    words("an address like 127.0.0.1:9100"),
    Said("unset: no metrics"),
    Site,
    "address of a second listener serving `GET /metrics` (Prometheus text), e.g. `127.0.0.1:9100`; keep it off the public network",
);
pub const LOG_FORMAT: Var = var(
    "LOG_FORMAT",
    words("text or json"),
    Unset::Text("text"),
    Site,
    "`json` for one JSON object per line",
);
pub const RUST_LOG: Var = var(
    "RUST_LOG",
    words("a log filter like info,server=debug"),
    Unset::Text("info"),
    Site,
    "log filter, e.g. `info,server=debug`",
);

pub const CHALLENGES_PER_MINUTE: Var = var(
    "CHALLENGES_PER_MINUTE",
    number(1, 100_000),
    Is(60),
    Limits,
    "QR codes asked for in a minute",
);
pub const SIGN_INS_PER_MINUTE: Var = var(
    "SIGN_INS_PER_MINUTE",
    number(1, 100_000),
    Is(30),
    Limits,
    "sign-in attempts in a minute (and, fixed, 10 per username in 15 minutes, counted before the password is checked)",
);
pub const SIGN_UPS_PER_HOUR: Var = var(
    "SIGN_UPS_PER_HOUR",
    number(1, 100_000),
    Is(20),
    Limits,
    "accounts created in an hour",
);
pub const CODE_MISSES_PER_MINUTE: Var = var(
    "CODE_MISSES_PER_MINUTE",
    number(1, 100_000),
    Is(30),
    Limits,
    "unknown or expired codes presented to inspect/approve/deny; beyond it every code is refused to that address for the rest of the minute",
);
pub const USER_CODE_MISSES_PER_HOUR: Var = var(
    "USER_CODE_MISSES_PER_HOUR",
    number(1, 100_000),
    Is(20),
    Limits,
    "wrong typed codes (`userCode`, the 8 letters under the QR) one address may try in an hour; beyond it typed codes are refused to it for the rest of the hour (10 an hour per account, fixed)",
);
pub const SOCKETS_PER_ADDRESS: Var = var(
    "SOCKETS_PER_ADDRESS",
    number(1, 1_000_000),
    Is(200),
    Limits,
    "WebSockets open at once (and, fixed, 4 per challenge)",
);
pub const LONG_POLLS_PER_ADDRESS: Var = var(
    "LONG_POLLS_PER_ADDRESS",
    number(1, 1_000_000),
    Is(50),
    Limits,
    "long polls open at once",
);
pub const PASSWORD_HASH_SLOTS: Var = var(
    "PASSWORD_HASH_SLOTS",
    number(1, 256),
    Said("the cores"),
    Limits,
    "password hashes computed at once by this node (each about 19 MiB and a good part of a CPU-second)",
);
pub const PASSWORD_HASH_QUEUE: Var = var(
    "PASSWORD_HASH_QUEUE",
    number(0, 10_000),
    Said("4 × the cores"),
    Limits,
    "requests that may wait for a hashing slot; beyond them `503 unavailable`, `Retry-After: 1`",
);
pub const REQUEST_TIMEOUT_SECS: Var = var(
    "REQUEST_TIMEOUT_SECS",
    seconds(35, 600),
    Is(40),
    Limits,
    "a request, its body included (long polls wait up to 30)",
);
pub const HEADER_READ_TIMEOUT_SECS: Var = var(
    "HEADER_READ_TIMEOUT_SECS",
    seconds(1, 600),
    Is(15),
    Limits,
    "the time a client has to send a request head; idle kept-alive connections close after it",
);
pub const MAX_CONNECTIONS: Var = var(
    "MAX_CONNECTIONS",
    number(16, 10_000_000),
    Said("the open-file limit − 256"),
    Limits,
    "connections this node holds at once, WebSockets included; more wait to be accepted",
);
pub const SOCKET_IDLE_SECS: Var = var(
    "SOCKET_IDLE_SECS",
    seconds(2, 3600),
    Is(60),
    Limits,
    "a WebSocket that answers no ping this long is closed",
);

/// Every variable, in the README's order.
pub const ALL: &[&Var] = &[
    &LISTEN_ADDR,
    &PUBLIC_URL,
    &SITE_NAME,
    &AFTER_LOGIN_URL,
    &QR_SCHEME,
    &REDIS_URL,
    &REDIS_CLUSTER_URLS,
    &QR_TTL_SECS,
    &QR_MARK,
    &ACCESS_TOKEN_TTL_SECS,
    &SESSION_IDLE_SECS,
    &JWT_KEY_PATH,
    &TEMPORARY_SESSION_IDLE_SECS,
    &MAX_LINKED_SESSIONS,
    &KIOSK_IDLE_SECS,
    &KIOSK_PASSKEYS,
    &NUMBER_MATCHING,
    &REQUIRE_USER_VERIFICATION,
    &PASSKEY_ORIGINS,
    &OIDC_CLIENTS,
    &OIDC_KEY_GENERATION,
    &DEVICE_POLL_SECS,
    &DEVICE_CODE_TTL_SECS,
    &COOKIE_SECURE,
    &TRUST_PROXY,
    &APP_ENV,
    &METRICS_ADDR,
    &LOG_FORMAT,
    &RUST_LOG,
    &CHALLENGES_PER_MINUTE,
    &SIGN_INS_PER_MINUTE,
    &SIGN_UPS_PER_HOUR,
    &CODE_MISSES_PER_MINUTE,
    &USER_CODE_MISSES_PER_HOUR,
    &SOCKETS_PER_ADDRESS,
    &LONG_POLLS_PER_ADDRESS,
    &PASSWORD_HASH_SLOTS,
    &PASSWORD_HASH_QUEUE,
    &REQUEST_TIMEOUT_SECS,
    &HEADER_READ_TIMEOUT_SECS,
    &MAX_CONNECTIONS,
    &SOCKET_IDLE_SECS,
];

/// The README's table of `table`'s variables, in Markdown.
pub fn markdown(table: Table) -> String {
    let head = match table {
        Table::Site => "| variable | default | values | meaning |",
        Table::Limits => {
            "| variable | default | values | what one client address (or the node) may do |"
        }
    };
    let mut out = format!("{head}\n| --- | --- | --- | --- |\n");
    for var in ALL.iter().filter(|var| var.table == table) {
        let default = match var.default {
            Is(n) => match var.takes {
                Takes::Seconds { .. } => format!("`{n}`{}", spelled(n)),
                _ => format!("`{n}`"),
            },
            Unset::Flag(on) => format!("`{on}`"),
            Unset::Text(text) => format!("`{text}`"),
            Said(words) => words.to_owned(),
        };
        let values = match var.takes {
            Takes::Number { min, max } => format!("{}–{}", grouped(min), grouped(max)),
            Takes::Seconds { min, max } => format!("{}–{} s", grouped(min), grouped(max)),
            Takes::Flag => "`true`, `false`".into(),
            Takes::Text { expected } => expected.replace('|', "\\|"),
        };
        out.push_str(&format!(
            "| `{}` | {default} | {values} | {} |\n",
            var.name, var.meaning
        ));
    }
    out
}

/// ` (30 days)` for a whole number of days or hours of seconds.
fn spelled(seconds: u64) -> String {
    let (n, unit) = match seconds {
        s if s >= 86_400 && s.is_multiple_of(86_400) => (s / 86_400, "day"),
        s if s >= 3600 && s.is_multiple_of(3600) => (s / 3600, "hour"),
        s if s >= 60 && s.is_multiple_of(60) => (s / 60, "minute"),
        _ => return String::new(),
    };
    format!(" ({n} {unit}{})", if n == 1 { "" } else { "s" })
}

/// `100000` as `100,000`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_each_default_fits_what_the_variable_takes() {
        let mut names: Vec<_> = ALL.iter().map(|var| var.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ALL.len(), "a variable listed twice");
        for var in ALL {
            match (var.takes, var.default) {
                (Takes::Number { min, max } | Takes::Seconds { min, max }, Is(n)) => {
                    assert!(
                        (min..=max).contains(&n),
                        "{}: {n} outside {min}..={max}",
                        var.name
                    )
                }
                (Takes::Flag, Unset::Flag(_)) | (_, Said(_)) => {}
                (Takes::Text { .. }, Unset::Text(_)) => {}
                (takes, default) => panic!("{}: {default:?} for {takes:?}", var.name),
            }
        }
    }

    #[test]
    fn tables_spell_ranges_and_durations_for_people() {
        assert_eq!(grouped(10_000_000), "10,000,000");
        assert_eq!(grouped(600), "600");
        assert_eq!(spelled(30 * 86_400), " (30 days)");
        assert_eq!(spelled(3600), " (1 hour)");
        assert_eq!(spelled(45), "");
        let site = markdown(Table::Site);
        assert!(
            site.contains("| `QR_TTL_SECS` | `60` (1 minute) | 2–600 s | lifetime of a QR code |"),
            "{site}"
        );
        assert!(!site.contains("CHALLENGES_PER_MINUTE"));
    }
}
