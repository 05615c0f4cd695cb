//! The wire types the browser reads and writes, without serde. The page's
//! WASM reads what the browser's own `JSON.parse` made (`browser::from_json`),
//! so it carries no JSON parser, no serde visitors and none of the float
//! formatting their errors pull in: about a fifth of /login's bundle
//! (issue 8's size budget). The server keeps serde (`wire.rs`); the tests
//! here hold both to one shape, serde on one side and this on the other.

use super::wire::{
    BrowserEvent, ChallengeCreated, ChallengeRequest, ErrorBody, ErrorCode, EventFrame, PhoneEvent,
    SessionInfo, User,
};

/// A parsed JSON value as the readers need it: the browser's `JsValue`, and
/// `serde_json::Value` in the tests.
pub trait JsonValue: Sized {
    /// The member `name` of an object; `None` when it is absent or `null`.
    fn member(&self, name: &str) -> Option<Self>;
    /// The element at `index` of an array.
    fn element(&self, index: u32) -> Option<Self>;
    fn string(&self) -> Option<String>;
    fn number(&self) -> Option<f64>;
    fn boolean(&self) -> Option<bool>;
}

/// A type read from JSON: `None` when the value is not one.
pub trait FromJson: Sized {
    fn from_json(value: &impl JsonValue) -> Option<Self>;
}

/// The required member `name` of `value`.
pub fn get<T: FromJson>(value: &impl JsonValue, name: &str) -> Option<T> {
    T::from_json(&value.member(name)?)
}

/// The optional member `name` of `value`: `Some(None)` when it is absent or
/// `null` (serde's reading of an `Option` field), `None` when it is there but
/// not a `T`.
pub fn maybe<T: FromJson>(value: &impl JsonValue, name: &str) -> Option<Option<T>> {
    match value.member(name) {
        None => Some(None),
        Some(member) => T::from_json(&member).map(Some),
    }
}

impl FromJson for String {
    fn from_json(value: &impl JsonValue) -> Option<Self> {
        value.string()
    }
}

impl FromJson for bool {
    fn from_json(value: &impl JsonValue) -> Option<Self> {
        value.boolean()
    }
}

/// The largest integer a JSON number (an `f64` in the browser) holds exactly.
const MAX_EXACT: f64 = 9_007_199_254_740_991.0;

impl FromJson for u64 {
    fn from_json(value: &impl JsonValue) -> Option<Self> {
        let number = value.number()?;
        // Whole and in range, so the cast is exact.
        ((0.0..=MAX_EXACT).contains(&number) && number.fract() == 0.0).then_some(number as u64)
    }
}

impl FromJson for u8 {
    fn from_json(value: &impl JsonValue) -> Option<Self> {
        u8::try_from(u64::from_json(value)?).ok()
    }
}

impl FromJson for [u8; 3] {
    fn from_json(value: &impl JsonValue) -> Option<Self> {
        let at = |index| u8::from_json(&value.element(index)?);
        // Exactly three: a fourth element is another shape.
        value
            .element(3)
            .is_none()
            .then_some([at(0)?, at(1)?, at(2)?])
    }
}

impl FromJson for ErrorCode {
    fn from_json(value: &impl JsonValue) -> Option<Self> {
        Self::named(&value.string()?)
    }
}

impl FromJson for ErrorBody {
    fn from_json(value: &impl JsonValue) -> Option<Self> {
        Some(Self {
            error: get(value, "error")?,
            message: get(value, "message")?,
            detail: maybe(value, "detail")?,
        })
    }
}

impl FromJson for User {
    fn from_json(value: &impl JsonValue) -> Option<Self> {
        Some(Self {
            id: get(value, "id")?,
            display_name: get(value, "displayName")?,
        })
    }
}

impl FromJson for SessionInfo {
    fn from_json(value: &impl JsonValue) -> Option<Self> {
        Some(Self {
            session_id: get(value, "sessionId")?,
            user: get(value, "user")?,
            expires_at: get(value, "expiresAt")?,
        })
    }
}

impl FromJson for ChallengeCreated {
    fn from_json(value: &impl JsonValue) -> Option<Self> {
        Some(Self {
            qr_id: get(value, "qrId")?,
            qr_payload: get(value, "qrPayload")?,
            expires_at: get(value, "expiresAt")?,
            ttl_ms: get(value, "ttlMs")?,
            server_time: get(value, "serverTime")?,
            user_code: get(value, "userCode")?,
        })
    }
}

impl FromJson for EventFrame {
    fn from_json(value: &impl JsonValue) -> Option<Self> {
        Some(Self {
            event: get(value, "event")?,
            device_name: maybe(value, "deviceName")?,
            number: maybe(value, "number")?,
            display_name: maybe(value, "displayName")?,
            access_token: maybe(value, "accessToken")?,
            expires_in: maybe(value, "expiresIn")?,
            user: maybe(value, "user")?,
            reason: maybe(value, "reason")?,
            browser: maybe(value, "browser")?,
            os: maybe(value, "os")?,
            ip: maybe(value, "ip")?,
            at: maybe(value, "at")?,
            until: maybe(value, "until")?,
        })
    }
}

impl FromJson for BrowserEvent {
    fn from_json(value: &impl JsonValue) -> Option<Self> {
        EventFrame::from_json(value)?.try_into().ok()
    }
}

impl FromJson for PhoneEvent {
    fn from_json(value: &impl JsonValue) -> Option<Self> {
        EventFrame::from_json(value)?.try_into().ok()
    }
}

impl ChallengeRequest {
    /// The request's JSON body, as serde writes it (absent fields left out).
    pub fn to_json(&self) -> String {
        let mut members = Vec::new();
        if let Some(replaces) = &self.replaces {
            members.push(format!("\"replaces\":{}", quote(replaces)));
        }
        if self.kiosk {
            members.push("\"kiosk\":true".to_owned());
        }
        if let Some(authorization) = &self.authorization {
            members.push(format!("\"authorization\":{}", quote(authorization)));
        }
        format!("{{{}}}", members.join(","))
    }
}

/// `text` as a JSON string.
fn quote(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            c if c < ' ' => quoted.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// serde's values read the same way: what the tests compare the browser's
/// reading with, and what a Rust client that has serde may read with.
impl JsonValue for serde_json::Value {
    fn member(&self, name: &str) -> Option<Self> {
        self.get(name).filter(|v| !v.is_null()).cloned()
    }
    fn element(&self, index: u32) -> Option<Self> {
        self.as_array()?.get(usize::try_from(index).ok()?).cloned()
    }
    fn string(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }
}

/// What serde writes (the server), `FromJson` reads back the same (the
/// browser). For the tests of every type the browser reads, here and in
/// the `app` crate (feature `test-support`).
#[cfg(any(test, feature = "test-support"))]
#[allow(clippy::unwrap_used, clippy::panic)] // a test's assertion
pub fn assert_reads_back<T>(value: &T)
where
    T: serde::Serialize + FromJson + PartialEq + std::fmt::Debug,
{
    let json = serde_json::to_value(value).unwrap();
    assert_eq!(T::from_json(&json).as_ref(), Some(value), "{json}");
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;

    fn user() -> User {
        User {
            id: "u1".into(),
            display_name: "Ada \"L\" \u{e9}".into(),
        }
    }

    fn created() -> ChallengeCreated {
        ChallengeCreated {
            qr_id: "q1".into(),
            qr_payload: "https://example.test/l/abc".into(),
            expires_at: 1_790_000_060_000,
            ttl_ms: 60_000,
            server_time: 1_790_000_000_000,
            user_code: "BCDF-GHJK".into(),
        }
    }

    #[test]
    fn reads_what_the_server_writes() {
        assert_reads_back(&user());
        assert_reads_back(&created());
        assert_reads_back(&SessionInfo {
            session_id: "s1".into(),
            user: user(),
            expires_at: MAX_EXACT as u64,
        });
        for code in ErrorCode::ALL {
            assert_reads_back(&ErrorBody::new(code, "words"));
        }
        for event in [
            BrowserEvent::Pending,
            BrowserEvent::QrSigningIn { until: 300_000 },
            BrowserEvent::QrScanned {
                device_name: "Pixel".into(),
                number: None,
                display_name: None,
            },
            BrowserEvent::QrScanned {
                device_name: "Pixel".into(),
                number: Some(42),
                display_name: Some("Ada \"L\" \u{e9}".into()),
            },
            BrowserEvent::QrAuthorized {
                access_token: "t".into(),
                expires_in: 900,
                user: user(),
            },
            BrowserEvent::QrDenied { reason: None },
            BrowserEvent::QrDenied {
                reason: Some("wrong_number".into()),
            },
            BrowserEvent::QrExpired,
            BrowserEvent::SessionRevoked {
                reason: "removed_by_phone".into(),
            },
        ] {
            assert_reads_back(&event);
        }
        assert_reads_back(&PhoneEvent::NewLogin {
            browser: "Chrome".into(),
            os: "Linux".into(),
            ip: "203.0.113.7".into(),
            at: 1_790_000_000_000,
        });
        let choices: [u8; 3] = [7, 42, 255];
        assert_reads_back(&choices);
    }

    /// What serde refuses, this refuses too.
    #[test]
    fn refuses_what_serde_refuses() {
        let refused = |json: Value| {
            assert!(
                serde_json::from_value::<ChallengeCreated>(json.clone()).is_err(),
                "serde takes {json}"
            );
            assert_eq!(ChallengeCreated::from_json(&json), None, "{json}");
        };
        let good = serde_json::to_value(created()).unwrap();
        for (field, bad) in [
            ("qrId", json!(null)),
            ("qrId", json!(7)),
            ("ttlMs", json!(-1)),
            ("ttlMs", json!(1.5)),
            ("ttlMs", json!("60000")),
            ("expiresAt", json!(1e300)),
        ] {
            let mut json = good.clone();
            json[field] = bad;
            refused(json);
        }
        let mut missing = good;
        missing.as_object_mut().unwrap().remove("userCode");
        refused(missing);
        refused(json!("a string"));
        refused(json!([1, 2]));

        // An event of an unknown kind, or lacking its kind's field.
        assert_eq!(BrowserEvent::from_json(&json!({"event": "nonsense"})), None);
        assert_eq!(
            BrowserEvent::from_json(&json!({"event": "qr_scanned"})),
            None
        );
        assert_eq!(
            BrowserEvent::from_json(
                &json!({"event": "qr_scanned", "deviceName": "P", "number": 300})
            ),
            None
        );
        assert_eq!(PhoneEvent::from_json(&json!({"event": "qr_denied"})), None);
        assert_eq!(ErrorCode::from_json(&json!("no_such_code")), None);
        for choices in [json!([1, 2]), json!([1, 2, 3, 4]), json!([1, 2, 256])] {
            assert_eq!(<[u8; 3]>::from_json(&choices), None, "{choices}");
        }
    }

    #[test]
    fn writes_what_the_server_reads() {
        for request in [
            ChallengeRequest::default(),
            ChallengeRequest {
                replaces: Some("q\"1\\\u{1}\u{e9}".into()),
                kiosk: true,
                authorization: Some("a1".into()),
            },
            ChallengeRequest {
                replaces: None,
                kiosk: false,
                authorization: Some("a1".into()),
            },
        ] {
            let text = request.to_json();
            assert_eq!(
                serde_json::from_str::<ChallengeRequest>(&text).unwrap(),
                request
            );
            assert_eq!(text, serde_json::to_string(&request).unwrap_or_default());
        }
    }
}
