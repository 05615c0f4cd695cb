//! The person's language at the edge: the language menu's form post (the
//! cookie, then a 303 back to the page), and the JSON API's error
//! `message` in the language its caller asks for (`Accept-Language`, the
//! menu's cookie, `?lang=`). The error `code`s stay English: apps switch
//! on them.

use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::{Redirect, Response};
use axum::Form;
use axum_extra::extract::CookieJar;
use serde::Deserialize;

use app::components::{sentence_in, Place};
use app::language::{requested, Lang};
use auth::cookies;
use auth::{rate, ApiError, Core};
use protocol::{return_path, ErrorBody};

use crate::api::extract::CallerInfo;

/// Changes of language one network may make a minute: enough for a
/// person trying them all, not for a script filling the store's counters.
const CHANGES_PER_MINUTE: u64 = 30;

#[derive(Deserialize)]
pub struct Choice {
    lang: String,
    #[serde(default)]
    next: String,
}

/// `POST /language` (`lang`, `next`): remembers the language and goes back
/// to the page (`next`, a path of this site; else `/`).
pub async fn choose(
    State(core): State<Core>,
    CallerInfo(caller): CallerInfo,
    jar: CookieJar,
    form: Result<Form<Choice>, axum::extract::rejection::FormRejection>,
) -> Result<(CookieJar, Redirect), ApiError> {
    let Form(choice) = form.map_err(|rejection| ApiError::BadRequest(rejection.body_text()))?;
    let lang = Lang::from_code(&choice.lang)
        .ok_or_else(|| ApiError::BadRequest("`lang` is not one of the site's languages".into()))?;
    rate::count(
        &core,
        &format!("rate:language:addr:{}", caller.network),
        Duration::from_secs(60),
        CHANGES_PER_MINUTE,
    )
    .await?;
    let cookie = cookies::language(lang.code(), &core.settings);
    let next = return_path::onward(&choice.next).unwrap_or("/");
    Ok((jar.add(cookie), Redirect::to(next)))
}

/// Rewrites the `message` of a JSON error (an `ApiError` marks its response
/// with its body) in the caller's language, its own text kept as `detail`;
/// which sentence depends on the endpoint (a 401 on `/api/auth/login` is a
/// wrong password).
pub async fn localize_errors(State(core): State<Core>, request: Request, next: Next) -> Response {
    let Some(place) = place(request.uri().path()) else {
        return next.run(request).await;
    };
    // What names the language, kept aside (cheap clones) and read only if
    // the answer is an error: most answers are not.
    let query = request.uri().query().map(str::to_owned);
    let mut asked = HeaderMap::new();
    for name in [header::ACCEPT_LANGUAGE, header::COOKIE] {
        for value in request.headers().get_all(&name) {
            asked.append(name.clone(), value.clone());
        }
    }
    let response = next.run(request).await;
    let Some(said) = response.extensions().get::<ErrorBody>().cloned() else {
        return response;
    };
    let lang = requested(query.as_deref(), &asked, &core.settings);
    let code = said.error;
    let retry = response
        .headers()
        .get(header::RETRY_AFTER)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse().ok());
    let body = ErrorBody {
        detail: Some(said.message),
        ..ErrorBody::new(code, sentence_in(lang, code, place, retry))
    };
    let Ok(json) = serde_json::to_vec(&body) else {
        return response;
    };
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.code()),
    );
    Response::from_parts(parts, Body::from(json))
}

/// Where in the flow an endpoint is, for the words of its errors; `None`
/// for an app's OpenID Connect endpoints, whose callers are programs that
/// read the RFCs' codes.
fn place(path: &str) -> Option<Place> {
    if path.starts_with("/oauth/") || path.starts_with("/.well-known/") {
        return None;
    }
    Some(match path {
        "/api/auth/login" | "/api/auth/passkey" | "/api/auth/passkey/options" => Place::SignIn,
        "/api/auth/register" => Place::SignUp,
        "/api/auth/recover" => Place::Recover,
        "/api/auth/password" => Place::Password,
        "/api/passkeys" | "/api/passkeys/options" | "/api/passkeys/remove" => Place::Passkeys,
        _ if path.starts_with("/api/session") => Place::Browser,
        _ => Place::Code,
    })
}
