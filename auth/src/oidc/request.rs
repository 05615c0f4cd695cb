//! The authorization request (`GET /oauth/authorize`), checked without I/O:
//! which errors go back to the app (RFC 6749 §4.1.2.1) and which only a
//! page may show (an unknown client or redirect URI: sending anything there
//! would make this server an open redirector). Also PKCE (RFC 7636).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::clients::Clients;
use super::errors::OAuthError;

/// Longest value of any parameter: state and nonce are the app's own, and
/// they are stored while the person scans.
pub const PARAM_MAX_CHARS: usize = 1024;
/// Most parameters a request may have, and the longest name: a request
/// is a dozen short names, and anything far past that is no app's.
pub const PARAMS_MAX: usize = 40;
pub const NAME_MAX_CHARS: usize = 64;
/// The whole request's names and values together.
pub const QUERY_MAX_CHARS: usize = 8192;

/// The parameters this server reads or knows to refuse: the only names an
/// `error_description` repeats (the app's own input is never echoed).
const KNOWN: &[&str] = &[
    "client_id",
    "redirect_uri",
    "response_type",
    "response_mode",
    "scope",
    "state",
    "nonce",
    "code_challenge",
    "code_challenge_method",
    "prompt",
    "max_age",
    "request",
    "request_uri",
    "id_token_hint",
    "login_hint",
    "ui_locales",
    "display",
    "acr_values",
    "claims",
];

/// `name` as an error description may say it: a known parameter's name,
/// else "a parameter".
fn shown(name: &str) -> &str {
    KNOWN
        .iter()
        .find(|known| **known == name)
        .copied()
        .unwrap_or("a parameter")
}

/// A checked request, kept while the person scans (`pending::begin`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct AuthRequest {
    pub client_id: String,
    pub redirect_uri: String,
    /// What is granted: what was asked and the client may have.
    pub scopes: Vec<String>,
    pub state: Option<String>,
    pub nonce: Option<String>,
    /// BASE64URL(SHA-256(code_verifier)); `None` only for a client
    /// registered with `require_pkce = false` that sent none.
    #[serde(default)]
    pub code_challenge: Option<String>,
    pub prompt: Prompt,
    /// Seconds: a sign-in older than this must be done again.
    pub max_age: Option<u64>,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prompt {
    /// Sign in only if needed.
    Default,
    /// Never show a page: `login_required` unless already signed in.
    None,
    /// Scan again even when signed in.
    Login,
}

/// Why a request was refused, and where to say so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The client or its redirect URI is unknown: only a page of this
    /// server may say so. `problem` names one of the page's sentences.
    Page { problem: &'static str },
    /// Sent back to the app's redirect URI with `error` and `state`.
    Redirect {
        redirect_uri: String,
        state: Option<String>,
        error: OAuthError,
        description: String,
    },
}

impl Refusal {
    /// The app's redirect URI with the error on it.
    pub fn redirect(
        redirect_uri: &str,
        state: Option<&str>,
        error: OAuthError,
        description: &str,
    ) -> Self {
        Self::Redirect {
            redirect_uri: redirect_uri.to_owned(),
            state: state.map(str::to_owned),
            error,
            description: description.to_owned(),
        }
    }
}

/// What a request's `scope` (space-separated) is granted: those of
/// `allowed` (the client's) it names. Scopes this server does not know, or
/// the client may not have, are left out (RFC 6749 §3.3); `None` when it
/// does not name `openid`.
pub fn granted_scopes(allowed: &[String], asked: &str) -> Option<Vec<String>> {
    let asked: Vec<&str> = asked.split(' ').filter(|s| !s.is_empty()).collect();
    asked.contains(&"openid").then(|| {
        allowed
            .iter()
            .filter(|s| asked.contains(&s.as_str()))
            .cloned()
            .collect()
    })
}

/// Checks the query of an authorization request against the registered
/// clients. Each parameter at most once.
pub fn parse(pairs: &[(String, String)], clients: &Clients) -> Result<AuthRequest, Refusal> {
    let page = |problem| Refusal::Page { problem };
    // The value of `name`, if given once; `Err` if given twice.
    let once = |name: &str| -> Result<Option<&str>, ()> {
        let mut values = pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str());
        let first = values.next();
        match values.next() {
            Some(_) => Err(()),
            None => Ok(first.filter(|v| !v.is_empty())),
        }
    };
    let client_id = once("client_id")
        .map_err(|()| page("unknown_client"))?
        .ok_or(page("unknown_client"))?;
    let client = clients.find(client_id).ok_or(page("unknown_client"))?;
    let redirect_uri = once("redirect_uri")
        .map_err(|()| page("bad_redirect_uri"))?
        .filter(|uri| client.redirect_uris.iter().any(|r| r == uri))
        .ok_or(page("bad_redirect_uri"))?;
    // From here on, errors go back to the app.
    let state = once("state").ok().flatten().map(str::to_owned);
    let refuse = |error, description: &str| {
        Refusal::redirect(redirect_uri, state.as_deref(), error, description)
    };
    let total: usize = pairs
        .iter()
        .map(|(name, value)| name.chars().count() + value.chars().count())
        .sum();
    if pairs.len() > PARAMS_MAX || total > QUERY_MAX_CHARS {
        return Err(refuse(
            OAuthError::InvalidRequest,
            &format!(
                "more than {PARAMS_MAX} parameters, or more than {QUERY_MAX_CHARS} characters"
            ),
        ));
    }
    let mut values = std::collections::HashMap::new();
    for (name, value) in pairs {
        if name.chars().count() > NAME_MAX_CHARS {
            return Err(refuse(
                OAuthError::InvalidRequest,
                &format!("a parameter name is longer than {NAME_MAX_CHARS} characters"),
            ));
        }
        if values.insert(name.as_str(), value.as_str()).is_some() {
            return Err(refuse(
                OAuthError::InvalidRequest,
                &format!("{} is given more than once", shown(name)),
            ));
        }
        if value.chars().count() > PARAM_MAX_CHARS {
            return Err(refuse(
                OAuthError::InvalidRequest,
                &format!(
                    "{} is longer than {PARAM_MAX_CHARS} characters",
                    shown(name)
                ),
            ));
        }
    }
    let get = |name: &str| values.get(name).copied().filter(|v| !v.is_empty());
    if get("request").is_some() {
        return Err(refuse(
            OAuthError::RequestNotSupported,
            "request objects are not supported",
        ));
    }
    if get("request_uri").is_some() {
        return Err(refuse(
            OAuthError::RequestUriNotSupported,
            "request_uri is not supported",
        ));
    }
    match get("response_type") {
        Some("code") => {}
        None => {
            return Err(refuse(
                OAuthError::InvalidRequest,
                "response_type is missing",
            ))
        }
        Some(_) => {
            return Err(refuse(
                OAuthError::UnsupportedResponseType,
                "only response_type=code is supported",
            ))
        }
    }
    if get("response_mode").is_some_and(|mode| mode != "query") {
        return Err(refuse(
            OAuthError::InvalidRequest,
            "only response_mode=query is supported",
        ));
    }
    let Some(scopes) = granted_scopes(&client.scopes, get("scope").unwrap_or_default()) else {
        return Err(refuse(
            OAuthError::InvalidScope,
            "scope must include openid",
        ));
    };
    let code_challenge = match (get("code_challenge"), get("code_challenge_method")) {
        (None, None) if !client.require_pkce => None,
        (None, Some(_)) if !client.require_pkce => {
            return Err(refuse(
                OAuthError::InvalidRequest,
                "code_challenge_method without a code_challenge",
            ))
        }
        (None, _) => {
            return Err(refuse(
                OAuthError::InvalidRequest,
                "PKCE is required: code_challenge is missing",
            ))
        }
        (Some(_), method) if method != Some("S256") => {
            return Err(refuse(
                OAuthError::InvalidRequest,
                "code_challenge_method must be S256",
            ))
        }
        (Some(challenge), _) if !is_s256_challenge(challenge) => {
            return Err(refuse(
                OAuthError::InvalidRequest,
                "code_challenge is not a base64url SHA-256 digest",
            ))
        }
        (Some(challenge), _) => Some(challenge.to_owned()),
    };
    let words: Vec<&str> = get("prompt")
        .unwrap_or_default()
        .split(' ')
        .filter(|s| !s.is_empty())
        .collect();
    let prompt = if words.contains(&"none") {
        if words.len() > 1 {
            return Err(refuse(OAuthError::InvalidRequest, "prompt=none goes alone"));
        }
        Prompt::None
    } else if words.contains(&"login") {
        Prompt::Login
    } else {
        Prompt::Default
    };
    let max_age =
        match get("max_age") {
            None => None,
            Some(raw) => Some(raw.parse::<u64>().map_err(|_| {
                refuse(OAuthError::InvalidRequest, "max_age is a number of seconds")
            })?),
        };
    Ok(AuthRequest {
        client_id: client.id.clone(),
        redirect_uri: redirect_uri.to_owned(),
        scopes,
        state: state.clone(),
        nonce: get("nonce").map(str::to_owned),
        code_challenge,
        prompt,
        max_age,
    })
}

/// Whether a sign-in made at `signed_in_at` (ms) serves this request now.
/// One made since the request was asked (at `asked_at`) always does: it is
/// the scan the request asked for (`max_age=0` included, which no clock
/// could meet otherwise). An older one, neither with `prompt=login` nor
/// when older than `max_age`.
pub fn sign_in_serves(
    request: &AuthRequest,
    signed_in_at: u64,
    asked_at: Option<u64>,
    now: u64,
) -> bool {
    if asked_at.is_some_and(|asked| signed_in_at >= asked) {
        return true;
    }
    let fresh_enough = request
        .max_age
        .is_none_or(|max_age| now.saturating_sub(signed_in_at) <= max_age.saturating_mul(1000));
    fresh_enough && request.prompt != Prompt::Login
}

fn is_s256_challenge(challenge: &str) -> bool {
    challenge.len() == 43
        && URL_SAFE_NO_PAD
            .decode(challenge)
            .is_ok_and(|digest| digest.len() == 32)
}

/// Whether `verifier` (43 to 128 unreserved characters) is the one whose
/// S256 digest is `challenge`.
pub fn pkce_matches(challenge: &str, verifier: &str) -> bool {
    let well_formed = (43..=128).contains(&verifier.len())
        && verifier
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b));
    well_formed && URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes())) == challenge
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oidc::clients::{ClientEntry, ClientFile};

    const CB: &str = "https://app.example/callback";
    // BASE64URL(SHA-256(VERIFIER)), computed apart (Python hashlib).
    const CHALLENGE: &str = "rCoC8h7sbVSUhWu8ZLt6jgEW64QutQMEdnNQP0KRO88";
    const VERIFIER: &str = "dBjftJeZ4CVP-mJ92K9Wg7lMZTi9cjwOnDvBIGLR4QM";

    fn clients() -> Clients {
        Clients::new(ClientFile {
            clients: vec![ClientEntry::new("app", "App", CB)],
        })
        .unwrap()
    }

    fn good() -> Vec<(String, String)> {
        [
            ("response_type", "code"),
            ("client_id", "app"),
            ("redirect_uri", CB),
            ("scope", "openid profile email"),
            ("state", "s1"),
            ("nonce", "n1"),
            ("code_challenge", CHALLENGE),
            ("code_challenge_method", "S256"),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
    }

    fn with(name: &str, value: &str) -> Vec<(String, String)> {
        let mut pairs: Vec<_> = good().into_iter().filter(|(k, _)| k != name).collect();
        pairs.push((name.into(), value.into()));
        pairs
    }

    fn error_of(pairs: &[(String, String)]) -> &'static str {
        match parse(pairs, &clients()).unwrap_err() {
            Refusal::Redirect {
                error,
                state,
                redirect_uri,
                ..
            } => {
                assert_eq!(redirect_uri, CB);
                assert_eq!(state.as_deref(), Some("s1"));
                error.as_str()
            }
            Refusal::Page { problem } => problem,
        }
    }

    #[test]
    fn a_good_request_is_granted_the_known_scopes() {
        let request = parse(&good(), &clients()).unwrap();
        assert_eq!(request.scopes, ["openid", "profile"]);
        assert_eq!(request.nonce.as_deref(), Some("n1"));
        assert_eq!(request.prompt, Prompt::Default);
    }

    #[test]
    fn an_unknown_client_or_redirect_uri_gets_a_page_never_a_redirect() {
        assert_eq!(error_of(&with("client_id", "other")), "unknown_client");
        assert_eq!(
            error_of(&with("redirect_uri", "https://evil.example/cb")),
            "bad_redirect_uri"
        );
        assert_eq!(
            error_of(&with("redirect_uri", &format!("{CB}/"))),
            "bad_redirect_uri"
        );
        let mut twice = good();
        twice.push(("redirect_uri".into(), CB.into()));
        assert_eq!(error_of(&twice), "bad_redirect_uri");
    }

    #[test]
    fn other_errors_go_back_to_the_app() {
        assert_eq!(
            error_of(&with("response_type", "token")),
            "unsupported_response_type"
        );
        assert_eq!(error_of(&with("scope", "profile")), "invalid_scope");
        assert_eq!(
            error_of(&with("code_challenge_method", "plain")),
            "invalid_request"
        );
        assert_eq!(
            error_of(&with("code_challenge", "short")),
            "invalid_request"
        );
        let no_pkce: Vec<_> = good()
            .into_iter()
            .filter(|(k, _)| k != "code_challenge")
            .collect();
        assert_eq!(error_of(&no_pkce), "invalid_request");
        assert_eq!(error_of(&with("prompt", "none login")), "invalid_request");
        assert_eq!(error_of(&with("max_age", "soon")), "invalid_request");
        assert_eq!(error_of(&with("request", "eyJ")), "request_not_supported");
        assert_eq!(
            error_of(&with("nonce", &"n".repeat(PARAM_MAX_CHARS + 1))),
            "invalid_request"
        );
        let mut twice = good();
        twice.push(("scope".into(), "openid".into()));
        assert_eq!(error_of(&twice), "invalid_request");
        let mut many = good();
        many.extend((0..PARAMS_MAX).map(|i| (format!("x{i}"), "1".into())));
        assert_eq!(error_of(&many), "invalid_request");
        let mut long = good();
        long.extend((0..9).map(|i| (format!("x{i}"), "v".repeat(PARAM_MAX_CHARS))));
        assert_eq!(error_of(&long), "invalid_request");
        assert_eq!(
            error_of(&with(&"n".repeat(NAME_MAX_CHARS + 1), "1")),
            "invalid_request"
        );
    }

    /// An error description names a parameter this server knows, never
    /// what the request sent: the app's redirect URI shows it.
    #[test]
    fn an_error_description_never_repeats_the_request() {
        let described = |pairs: &[(String, String)]| match parse(pairs, &clients()) {
            Err(Refusal::Redirect { description, .. }) => description,
            other => panic!("{other:?}"),
        };
        let mut twice = good();
        twice.push(("<b>hi</b>".into(), "1".into()));
        twice.push(("<b>hi</b>".into(), "2".into()));
        assert_eq!(described(&twice), "a parameter is given more than once");
        let long = with("<script>", &"v".repeat(PARAM_MAX_CHARS + 1));
        assert!(!described(&long).contains("script"));
        let mut state = good();
        state.push(("state".into(), "s".into()));
        assert_eq!(described(&state), "state is given more than once");
    }

    #[test]
    fn a_client_registered_without_pkce_may_leave_it_out_but_not_send_it_wrong() {
        let (_, digest) = crate::oidc::clients::new_secret([7; 32]);
        let legacy = Clients::new(ClientFile {
            clients: vec![ClientEntry {
                secret_sha256: Some(digest),
                scopes: vec!["openid".into()],
                require_pkce: false,
                ..ClientEntry::new("app", "App", CB)
            }],
        })
        .unwrap();
        let no_pkce: Vec<_> = good()
            .into_iter()
            .filter(|(k, _)| !k.starts_with("code_challenge"))
            .collect();
        let request = parse(&no_pkce, &legacy).unwrap();
        assert_eq!(request.code_challenge, None);
        assert_eq!(
            parse(&good(), &legacy).unwrap().code_challenge.as_deref(),
            Some(CHALLENGE),
            "a challenge sent is kept, and checked at the token endpoint"
        );
        let method_alone: Vec<_> = good()
            .into_iter()
            .filter(|(k, _)| k != "code_challenge")
            .collect();
        for half_pkce in [with("code_challenge_method", "plain"), method_alone] {
            assert!(
                matches!(
                    parse(&half_pkce, &legacy),
                    Err(Refusal::Redirect {
                        error: OAuthError::InvalidRequest,
                        ..
                    })
                ),
                "{half_pkce:?}"
            );
        }
    }

    #[test]
    fn pkce_needs_the_verifier_of_the_challenge() {
        assert!(pkce_matches(CHALLENGE, VERIFIER));
        assert!(!pkce_matches(CHALLENGE, &VERIFIER[1..]));
        assert!(!pkce_matches(CHALLENGE, &format!("{VERIFIER}A")));
        assert!(!pkce_matches(CHALLENGE, ""));
    }

    #[test]
    fn prompt_login_and_max_age_ask_for_a_fresh_sign_in() {
        let mut request = parse(&good(), &clients()).unwrap();
        assert!(sign_in_serves(&request, 1_000, None, 10_000_000));
        request.max_age = Some(60);
        assert!(sign_in_serves(&request, 1_000, None, 61_000));
        assert!(!sign_in_serves(&request, 1_000, None, 61_001));
        // max_age=0: only the scan made for this request serves, however
        // long ago it was by the time the browser comes back.
        request.max_age = Some(0);
        assert!(!sign_in_serves(&request, 1_000, Some(1_500), 2_000));
        assert!(sign_in_serves(&request, 1_600, Some(1_500), 9_000));
        request.max_age = None;
        request.prompt = Prompt::Login;
        assert!(!sign_in_serves(&request, 1_000, None, 2_000));
        assert!(!sign_in_serves(&request, 1_000, Some(1_500), 2_000));
        assert!(sign_in_serves(&request, 1_600, Some(1_500), 2_000));
    }
}
