//! Request, response and event bodies exactly as they travel (camelCase JSON).
//! Times are milliseconds since the Unix epoch.

use serde::{Deserialize, Serialize};

use super::user_code::{LoginCode, LoginCodeError};

/// `POST /api/qr/challenge` response.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ChallengeCreated {
    pub qr_id: String,
    pub qr_payload: String,
    pub expires_at: u64,
    pub ttl_ms: u64,
    pub server_time: u64,
    /// What to type on the phone when it cannot scan (`BCDF-GHJK`); it names
    /// the same challenge as the QR and ends with it.
    pub user_code: String,
}

/// `POST /api/qr/challenge` body: nothing is required, so `{}` and an empty
/// body are the same request. A page renewing its code names the one it
/// replaces, which stops working; other tabs' codes are left alone.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ChallengeRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<String>,
    /// The code is shown by a kiosk (a shared tablet): its login is always
    /// "this session only" and ends after `KIOSK_IDLE_SECS` unused.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub kiosk: bool,
    /// The app's pending sign-in (OpenID Connect, `/login?authorization=…`)
    /// this code is for: the phone names the app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<String>,
}

/// Who is asking to log in, as the approving device shows it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct Requester {
    pub browser: String,
    pub os: String,
    pub ip: String,
    pub created_at: u64,
}

/// A user as other parties may see it (never a password or its hash).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct User {
    pub id: String,
    pub display_name: String,
}

/// `POST /api/qr/inspect`, `/api/qr/deny`: exactly one of `token` (read
/// from the QR) and `userCode` (typed by the user).
// Its OpenAPI name stays `TokenRequest`, which apps' generated clients use.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = TokenRequest))]
#[serde(rename_all = "camelCase")]
pub struct CodeRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// `BCDF-GHJK`; case, spaces and dashes do not matter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_code: Option<String>,
}

impl CodeRequest {
    pub fn code(&self) -> Result<LoginCode, LoginCodeError> {
        LoginCode::from_fields(self.token.as_deref(), self.user_code.as_deref())
    }
}

/// `POST /api/qr/inspect` response: what the confirmation screen shows.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct InspectResponse {
    pub qr_id: String,
    pub expires_at: u64,
    pub requester: Requester,
    pub server_time: u64,
    /// The browsers this account has linked already, and how many it may:
    /// at the limit, approving must name one to log out (`dropSession`).
    pub linked_sessions: Vec<LinkedDevice>,
    pub max_linked_sessions: u32,
    /// The code is on a kiosk: the phone says so, and offers no "keep signed in".
    pub kiosk: bool,
    /// Whether the browser asking is on the phone's network (same /24 for
    /// IPv4, /48 for IPv6); `false`: the phone warns that the code may have
    /// been relayed from someone else's screen; `null`: unknown.
    pub same_network: Option<bool>,
    /// With number matching: the three numbers to offer. The browser shows
    /// one of them; only that one approves (`number`), any other denies.
    /// `null` when number matching is off.
    pub number_choices: Option<Vec<u8>>,
    /// When the account confirms logins with a passkey: the WebAuthn request
    /// options (`{ publicKey }`, binary fields in base64url) for
    /// `navigator.credentials.get`, made for this challenge and this phone.
    /// Approve must then carry the assertion (`passkey`); each inspect makes
    /// new options and the last ones count. `null`: no passkey is asked.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub passkey: Option<serde_json::Value>,
    /// `REQUIRE_USER_VERIFICATION`: every approval needs a passkey and this
    /// account has none yet; it must add one (`POST /api/passkeys`) first.
    #[serde(default)]
    pub passkey_missing: bool,
    /// The app this login signs in to (OpenID Connect), by the name people
    /// see: "Logging in to <app>". `null`: this site itself.
    #[serde(default)]
    pub app: Option<String>,
    /// The code is shown by a device signing in to `app` (a terminal, a TV,
    /// a command-line tool: docs/oidc.md, the device grant), not a browser:
    /// the phone asks "Log in on this device?", and `requester.browser`
    /// is the app's name.
    #[serde(default)]
    pub device: bool,
    /// The first time `app` asks for this account: what it will learn, by
    /// scope (`openid`: that it is this person, by an id; `profile`: the
    /// name and username). The phone must ask ("{app} wants to know it is
    /// you") and approving allows it, until withdrawn (`DELETE
    /// /api/apps/{clientId}`). `null`: nothing to ask (this site itself,
    /// an app allowed already, or one the operator marked first-party).
    #[serde(default)]
    pub consent: Option<Vec<String>>,
}

/// `POST /api/qr/approve`.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct ApproveRequest {
    /// Exactly one of `token` and `userCode`, as for inspect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_code: Option<String>,
    #[serde(default)]
    pub device_name: Option<String>,
    #[serde(default)]
    pub device_type: Option<String>,
    /// `false`: "this session only": the browser's cookie ends when it
    /// closes, and the session after a short idle time. Default `true`.
    #[serde(default)]
    pub keep_signed_in: Option<bool>,
    /// At the linked-session limit: the session to log out to make room.
    #[serde(default)]
    pub drop_session: Option<String>,
    /// With number matching: the number the user picked (required).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u8>,
    /// When inspect asked for a passkey: the `PublicKeyCredential` that
    /// `navigator.credentials.get` answered, as JSON (binary fields in
    /// base64url), e.g. from `credential.toJSON()`. Required then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub passkey: Option<serde_json::Value>,
}

impl ApproveRequest {
    pub fn code(&self) -> Result<LoginCode, LoginCodeError> {
        LoginCode::from_fields(self.token.as_deref(), self.user_code.as_deref())
    }
}

/// `{ "status": "authorized" }` or `{ "status": "denied" }`.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Authorized,
    Denied,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DecisionResponse {
    pub status: Decision,
}

/// A password as it travels in a request: the same JSON string, but its
/// `Debug` never shows it, so no log line or panic message can.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, format = Password))]
#[serde(transparent)]
pub struct Password(String);

impl Password {
    pub fn new(text: impl Into<String>) -> Self {
        Self(text.into())
    }

    /// The password itself, for the one place that hashes or checks it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(redacted)")
    }
}

/// `POST /api/auth/register`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct RegisterRequest {
    pub username: String,
    pub password: Password,
    #[serde(default)]
    pub display_name: Option<String>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserResponse {
    pub user: User,
}

/// `POST /api/auth/login`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct LoginRequest {
    pub username: String,
    pub password: Password,
    pub device_name: String,
    pub device_type: String,
}

/// `POST /api/auth/recover`: a forgotten password replaced with one of the
/// account's recovery codes; the device is signed in as by a login.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct RecoverRequest {
    pub username: String,
    /// One of the codes shown at sign-up, as typed (case, spaces and dashes
    /// do not matter).
    pub code: String,
    pub new_password: Password,
    pub device_name: String,
    pub device_type: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct LoginResponse {
    pub device_token: String,
    pub user: User,
}

/// One row of `GET /api/auth/sessions`: a phone (or app) signed in to the account.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct PhoneSession {
    pub session_id: String,
    pub device_name: String,
    pub device_type: String,
    pub created_at: u64,
    pub last_used_at: u64,
    /// The session making this request.
    pub current: bool,
}

/// One of the account's passkeys (`GET /api/passkeys`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct PasskeyInfo {
    /// The credential's id (base64url), as the authenticator names it.
    pub id: String,
    pub name: String,
    pub created_at: u64,
    pub last_used_at: Option<u64>,
    /// Made as a resident key (discoverable): it signs in without a
    /// username. `false` for a passkey added before that was asked; it
    /// still confirms approvals, and adding it again makes it discoverable.
    #[serde(default)]
    pub discoverable: bool,
}

/// `POST /api/passkeys/options`: the account's password, asked again before
/// a passkey is added (a phone left unlocked must not add its own).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct PasskeyOptionsRequest {
    pub password: Password,
}

/// `POST /api/passkeys`: the new credential, within 5 minutes of its options.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct AddPasskeyRequest {
    /// What `navigator.credentials.create` answered, as JSON (binary fields
    /// in base64url), e.g. from `credential.toJSON()`.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub credential: serde_json::Value,
    /// How the list names it; default: the phone's name.
    #[serde(default)]
    pub name: Option<String>,
}

/// `POST /api/passkeys/remove`: which, and the password again.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct RemovePasskeyRequest {
    pub id: String,
    pub password: Password,
}

/// Options for `navigator.credentials.get`, and the ceremony they belong to.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct PasskeySignInOptions {
    /// Names this sign-in for `POST /api/auth/passkey` (5 minutes, once).
    pub ceremony: String,
    /// `{ publicKey }`, binary fields in base64url.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub options: serde_json::Value,
}

/// `POST /api/auth/passkey`: sign in with a passkey instead of the password.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct PasskeySignInRequest {
    pub ceremony: String,
    /// What `navigator.credentials.get` answered, as JSON.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub credential: serde_json::Value,
    pub device_name: String,
    pub device_type: String,
}

/// `POST /api/session/passkey`: a browser signs itself in with a passkey
/// (the computer's own, or a phone's over the browser's hybrid transport),
/// as a phone's approval would have signed it in.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct PasskeyLoginRequest {
    /// From `POST /api/auth/passkey/options`, asked by this same browser.
    pub ceremony: String,
    /// What `navigator.credentials.get` answered, as JSON.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub credential: serde_json::Value,
    /// `false` (the default): "this session only".
    #[serde(default)]
    pub keep_signed_in: bool,
    /// Asked from `/kiosk`: refused unless `KIOSK_PASSKEYS`; the session is
    /// then a kiosk's (this session only, its short idle period).
    #[serde(default)]
    pub kiosk: bool,
    /// An app's sign-in waiting on this browser's `/login?authorization=…`:
    /// it is allowed the account (consent), and `/oauth/continue/{id}` then
    /// goes back to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<String>,
}

/// `POST /api/auth/password`: the other phone sessions end.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct PasswordChange {
    pub current_password: Password,
    pub new_password: Password,
}

/// `GET /api/session`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct SessionInfo {
    pub session_id: String,
    pub user: User,
    pub expires_at: u64,
}

/// One row of `GET /api/devices`: a web session this account linked.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct LinkedDevice {
    pub session_id: String,
    pub browser: String,
    pub os: String,
    pub ip: String,
    pub created_at: u64,
    pub last_seen_at: u64,
    /// The name of the phone that approved it.
    pub approved_by: String,
    /// The name a phone gave it (`PUT /api/devices/{sessionId}/name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The app (OpenID Connect) it was signed in for, by its name; absent:
    /// this site itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// A kiosk's login (this session only, ends when left alone).
    #[serde(default)]
    pub kiosk: bool,
    /// Signed in on the browser itself with a passkey, no phone approving:
    /// `approvedBy` is the passkey's name.
    #[serde(default)]
    pub passkey: bool,
}

/// One row of `GET /api/apps`: an app (OpenID Connect client) this
/// account allowed to know it, and what it may learn.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct AllowedApp {
    pub client_id: String,
    /// Its name, as people see it.
    pub name: String,
    /// `openid`, and `profile` for the name and username.
    pub scopes: Vec<String>,
    pub allowed_at: u64,
}

/// `PUT /api/devices/{sessionId}/name`: what to call a linked browser.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NameRequest {
    /// Up to 64 characters; empty: back to "browser on system".
    pub name: String,
}

/// `POST /api/session/token`: a fresh access token for a logged-in browser.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct AccessToken {
    pub access_token: String,
    pub expires_in: u64,
}

/// What a requesting browser hears (WebSocket text frames, long-poll bodies).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
// Fields are camelCase variant by variant (not `rename_all_fields`), which
// the OpenAPI derive reads too.
#[serde(tag = "event", rename_all = "snake_case", try_from = "EventFrame")]
pub enum BrowserEvent {
    /// Long poll only: nothing happened before the wait ran out.
    Pending,
    /// A phone opened the code before it was signed in: the code waits for
    /// that phone until `until` (ms since the epoch, the server's clock),
    /// past its own expiry; the page stops renewing it meanwhile.
    QrSigningIn {
        until: u64,
    },
    #[serde(rename_all = "camelCase")]
    QrScanned {
        device_name: String,
        /// With number matching: the number to show, which the phone must pick.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        number: Option<u8>,
        /// The display name of the account whose phone scanned: the page
        /// asks that person to check their phone.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        display_name: Option<String>,
    },
    #[serde(rename_all = "camelCase")]
    QrAuthorized {
        access_token: String,
        expires_in: u64,
        user: User,
    },
    /// `reason`: `wrong_number` when the phone picked another number than
    /// the browser shows (number matching); absent when it said "Not me".
    QrDenied {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    QrExpired,
    SessionRevoked {
        reason: String,
    },
}

impl BrowserEvent {
    /// Its `event` field.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::QrSigningIn { .. } => "qr_signing_in",
            Self::QrScanned { .. } => "qr_scanned",
            Self::QrAuthorized { .. } => "qr_authorized",
            Self::QrDenied { .. } => "qr_denied",
            Self::QrExpired => "qr_expired",
            Self::SessionRevoked { .. } => "session_revoked",
        }
    }

    /// The event's name when more may follow it (`qr_signing_in`,
    /// `qr_scanned`): what a long poll says it has heard (`seen`).
    pub fn under_way(&self) -> Option<&'static str> {
        matches!(self, Self::QrSigningIn { .. } | Self::QrScanned { .. }).then(|| self.name())
    }
}

/// What a signed-in phone hears on `GET /api/auth/ws`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "event", rename_all = "snake_case", try_from = "EventFrame")]
pub enum PhoneEvent {
    /// A browser was just linked to this account.
    NewLogin {
        browser: String,
        os: String,
        ip: String,
        at: u64,
    },
}

/// An event as it arrives, every field of every kind optional. Both event
/// enums decode through it, with serde on the server and `json::FromJson`
/// in the browser, so both read one shape with one set of rules.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct EventFrame {
    pub(super) event: String,
    pub(super) device_name: Option<String>,
    pub(super) number: Option<u8>,
    pub(super) display_name: Option<String>,
    pub(super) access_token: Option<String>,
    pub(super) expires_in: Option<u64>,
    pub(super) user: Option<User>,
    pub(super) reason: Option<String>,
    pub(super) browser: Option<String>,
    pub(super) os: Option<String>,
    pub(super) ip: Option<String>,
    pub(super) at: Option<u64>,
    pub(super) until: Option<u64>,
}

const MISSING_FIELD: &str = "an event lacks a field of its kind";

impl TryFrom<EventFrame> for BrowserEvent {
    type Error = &'static str;

    fn try_from(frame: EventFrame) -> Result<Self, Self::Error> {
        Ok(match frame.event.as_str() {
            "pending" => Self::Pending,
            "qr_signing_in" => Self::QrSigningIn {
                until: frame.until.ok_or(MISSING_FIELD)?,
            },
            "qr_scanned" => Self::QrScanned {
                device_name: frame.device_name.ok_or(MISSING_FIELD)?,
                number: frame.number,
                display_name: frame.display_name,
            },
            "qr_authorized" => Self::QrAuthorized {
                access_token: frame.access_token.ok_or(MISSING_FIELD)?,
                expires_in: frame.expires_in.ok_or(MISSING_FIELD)?,
                user: frame.user.ok_or(MISSING_FIELD)?,
            },
            "qr_denied" => Self::QrDenied {
                reason: frame.reason,
            },
            "qr_expired" => Self::QrExpired,
            "session_revoked" => Self::SessionRevoked {
                reason: frame.reason.ok_or(MISSING_FIELD)?,
            },
            _ => return Err("not a browser event"),
        })
    }
}

impl TryFrom<EventFrame> for PhoneEvent {
    type Error = &'static str;

    fn try_from(frame: EventFrame) -> Result<Self, Self::Error> {
        match frame.event.as_str() {
            "new_login" => Ok(Self::NewLogin {
                browser: frame.browser.ok_or(MISSING_FIELD)?,
                os: frame.os.ok_or(MISSING_FIELD)?,
                ip: frame.ip.ok_or(MISSING_FIELD)?,
                at: frame.at.ok_or(MISSING_FIELD)?,
            }),
            _ => Err("not a phone event"),
        }
    }
}

/// One line of an account's activity (audit trail).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct AuditEvent {
    pub kind: AuditKind,
    pub at: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_id: Option<String>,
    pub ip: String,
    pub user_agent: String,
    /// Free text: the browser and OS of a login, a device name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub detail: String,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AuditKind {
    Created,
    Scanned,
    Approved,
    Denied,
    Expired,
    TokenIssued,
    Revoked,
    SignedIn,
    FailedSignIn,
    PasswordChanged,
    PasskeyAdded,
    PasskeyRemoved,
    /// A phone's passkey did not confirm an approval.
    PasskeyRefused,
    /// An app (OpenID Connect) was given this account's sign-in.
    AppSignedIn,
}

/// Declares `ErrorCode` from one list of its variants and their names on
/// the wire, each written once: the enum, `ALL` and the names (two arrays,
/// which the browser's bundle reads in fewer bytes than one of pairs).
macro_rules! error_codes {
    ($($(#[$doc:meta])* $code:ident = $name:literal,)*) => {
        /// The `error` field of every error body.
        // Its (de)serialisation is written out over `ErrorCode::NAMES`
        // rather than derived, which the browser's reader (`json.rs`) shares.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[cfg_attr(
            feature = "openapi",
            derive(utoipa::ToSchema),
            schema(rename_all = "snake_case")
        )]
        pub enum ErrorCode {
            $($(#[$doc])* $code,)*
        }

        impl ErrorCode {
            const COUNT: usize = [$($name,)*].len();
            /// Every code, in declaration order.
            pub const ALL: [Self; Self::COUNT] = [$(Self::$code,)*];
            /// Their names on the wire, in the same order.
            const NAMES: [&'static str; Self::COUNT] = [$($name,)*];
        }
    };
}

error_codes! {
    InvalidQr = "invalid_qr",
    BadRequest = "bad_request",
    Unauthorized = "unauthorized",
    BindingMismatch = "binding_mismatch",
    CrossSite = "cross_site",
    NotFound = "not_found",
    Timeout = "timeout",
    AlreadyUsed = "already_used",
    /// The account asking approved this challenge itself: its browser is
    /// signed in (a phone's Back, a link opened again).
    AlreadyApproved = "already_approved",
    UsernameTaken = "username_taken",
    SessionLimit = "session_limit",
    /// Number matching: the phone picked another number than the browser's.
    WrongNumber = "wrong_number",
    /// The account confirms logins with a passkey and the request had none.
    PasskeyRequired = "passkey_required",
    /// The passkey's answer did not verify (or the phone could not give one).
    PasskeyRefused = "passkey_refused",
    Expired = "expired",
    TooLarge = "too_large",
    RateLimited = "rate_limited",
    Internal = "internal",
    Unavailable = "unavailable",
}

impl ErrorCode {
    /// The code's name on the wire (`invalid_qr`).
    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }

    /// The code named `name`, if there is one.
    pub fn named(name: &str) -> Option<Self> {
        Self::NAMES
            .iter()
            .position(|n| *n == name)
            .map(|at| Self::ALL[at])
    }

    /// The HTTP status that carries this code (the protocol's error table).
    pub fn status(self) -> u16 {
        match self {
            Self::InvalidQr | Self::BadRequest => 400,
            Self::Unauthorized => 401,
            Self::BindingMismatch
            | Self::CrossSite
            | Self::WrongNumber
            | Self::PasskeyRequired
            | Self::PasskeyRefused => 403,
            Self::NotFound => 404,
            Self::Timeout => 408,
            Self::AlreadyUsed
            | Self::AlreadyApproved
            | Self::UsernameTaken
            | Self::SessionLimit => 409,
            Self::Expired => 410,
            Self::TooLarge => 413,
            Self::RateLimited => 429,
            Self::Internal => 500,
            Self::Unavailable => 503,
        }
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = std::borrow::Cow::<str>::deserialize(deserializer)?;
        Self::named(&name).ok_or_else(|| serde::de::Error::custom("an unknown error code"))
    }
}

/// `{ "error": CODE, "message": "human text", "detail": "developer text" }`:
/// `message` is for the person, in the caller's language; `detail`, where
/// the server has one, says in English what exactly was wrong, for the
/// developer.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    pub error: ErrorCode,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl ErrorBody {
    pub fn new(error: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            error,
            message: message.into(),
            detail: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_body_uses_the_protocol_codes() {
        let body = ErrorBody::new(ErrorCode::InvalidQr, "not a QR token");
        let json = serde_json::to_value(&body).unwrap_or_default();
        assert_eq!(
            json,
            serde_json::json!({ "error": "invalid_qr", "message": "not a QR token" })
        );
        assert_eq!(ErrorCode::InvalidQr.status(), 400);
        assert_eq!(ErrorCode::Expired.status(), 410);
        assert_eq!(ErrorCode::BindingMismatch.status(), 403);
    }

    /// The table names each code once, in order, in snake case of its
    /// variant, and reads back what it writes.
    #[test]
    fn every_error_code_has_its_snake_case_name() {
        for (at, code) in ErrorCode::ALL.into_iter().enumerate() {
            assert_eq!(code as usize, at, "{code:?} out of order");
            let mut snake = String::new();
            for c in format!("{code:?}").chars() {
                if c.is_uppercase() && !snake.is_empty() {
                    snake.push('_');
                }
                snake.push(c.to_ascii_lowercase());
            }
            assert_eq!(code.name(), snake);
            let json = serde_json::to_value(code).unwrap();
            assert_eq!(json, serde_json::json!(snake));
            assert_eq!(serde_json::from_value::<ErrorCode>(json).unwrap(), code);
        }
        assert!(serde_json::from_str::<ErrorCode>(r#""nonsense""#).is_err());
        assert!(serde_json::from_str::<ErrorCode>("3").is_err());
    }

    #[test]
    fn events_have_the_event_field_first_and_camel_case_fields() {
        let event = BrowserEvent::QrAuthorized {
            access_token: "t".into(),
            expires_in: 900,
            user: User {
                id: "u".into(),
                display_name: "Ada".into(),
            },
        };
        let text = serde_json::to_string(&event).unwrap();
        assert!(
            text.starts_with(r#"{"event":"qr_authorized","accessToken":"t","expiresIn":900"#),
            "{text}"
        );
        let scanned = serde_json::to_string(&BrowserEvent::QrScanned {
            device_name: "Pixel".into(),
            number: None,
            display_name: None,
        })
        .unwrap();
        assert_eq!(scanned, r#"{"event":"qr_scanned","deviceName":"Pixel"}"#);
        let matched = BrowserEvent::QrScanned {
            device_name: "Pixel".into(),
            number: Some(42),
            display_name: Some("Ada".into()),
        };
        let text = serde_json::to_string(&matched).unwrap();
        assert_eq!(
            text,
            r#"{"event":"qr_scanned","deviceName":"Pixel","number":42,"displayName":"Ada"}"#
        );
        assert_eq!(
            serde_json::from_str::<BrowserEvent>(&text).unwrap(),
            matched
        );
        assert_eq!(
            serde_json::to_string(&BrowserEvent::QrExpired).unwrap(),
            r#"{"event":"qr_expired"}"#
        );
    }

    #[test]
    fn an_events_name_is_its_event_field() {
        let user = User {
            id: "u".into(),
            display_name: "Ada".into(),
        };
        for event in [
            BrowserEvent::Pending,
            BrowserEvent::QrSigningIn { until: 1 },
            BrowserEvent::QrScanned {
                device_name: "Pixel".into(),
                number: None,
                display_name: None,
            },
            BrowserEvent::QrAuthorized {
                access_token: "t".into(),
                expires_in: 1,
                user,
            },
            BrowserEvent::QrDenied { reason: None },
            BrowserEvent::QrExpired,
            BrowserEvent::SessionRevoked {
                reason: "expired".into(),
            },
        ] {
            assert_eq!(serde_json::to_value(&event).unwrap()["event"], event.name());
        }
    }

    #[test]
    fn a_password_travels_as_a_plain_string_and_never_shows_in_debug() {
        let request = LoginRequest {
            username: "ada".into(),
            password: Password::new("correct horse"),
            device_name: "Pixel".into(),
            device_type: "android".into(),
        };
        let json = serde_json::to_value(&request).unwrap();
        assert_eq!(json["password"], "correct horse");
        assert_eq!(
            serde_json::from_value::<LoginRequest>(json).unwrap(),
            request
        );
        assert!(!format!("{request:?}").contains("correct horse"));
    }

    #[test]
    fn challenge_created_is_camel_case() {
        let created = ChallengeCreated {
            qr_id: "q".into(),
            qr_payload: "https://h/l/t".into(),
            expires_at: 2,
            ttl_ms: 1,
            server_time: 1,
            user_code: "BCDF-GHJK".into(),
        };
        let json = serde_json::to_value(&created).unwrap_or_default();
        for key in [
            "qrId",
            "qrPayload",
            "expiresAt",
            "ttlMs",
            "serverTime",
            "userCode",
        ] {
            assert!(json.get(key).is_some(), "{key} missing in {json}");
        }
    }
}
