//! `/l/{token}`: the page a phone's camera opens from the QR code, and
//! `/link`, where a phone that cannot scan types the code shown beside it
//! (`/l/{code}` is the same page). It shows who is asking and asks the user
//! to decide; nothing is approved without a tap. The decision is a plain form
//! (it works without JavaScript); the `DecisionLive` island adds the live
//! countdown and a pending state.

use leptos::either::{Either, EitherOf6};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::Serialize;

use crate::components::{
    ago, around_two, island_props, sentence, site_host, site_name, ConsentNote, IslandProps, Page,
    PhoneNav, Place, WithProps, MARKS,
};
use crate::functions::phone::{review_login, Review};
use crate::t;
use crate::web;
use protocol::json::{get, maybe, FromJson, JsonValue};
use protocol::{Entered, ErrorBody, ErrorCode, LinkedDevice, LoginCode};

#[component]
pub fn ApprovePage() -> impl IntoView {
    let params = use_params_map();
    let token = params.read_untracked().get("token").unwrap_or_default();
    let typed = matches!(LoginCode::parse(&token), Ok(LoginCode::Typed(_)));
    if typed && sent_from_elsewhere() {
        return Either::Left(
            view! { <LinkForm typed=Some(token) problem=Some(t!("approve-check-code"))/> },
        );
    }
    let typed = typed.then(|| token.clone());
    Either::Right(view! {
        <Page title=t!("approve-title") class="phone">
            <Review token typed/>
        </Page>
    })
}

/// Whether the page was opened from another site (`Sec-Fetch-Site`), even a
/// sibling subdomain. A typed code from there is only filled in, never
/// looked up: a hostile page could otherwise spend the account's tries at
/// typed codes, or open someone else's code, without the person typing it.
#[cfg(feature = "ssr")]
fn sent_from_elsewhere() -> bool {
    use_context::<http::request::Parts>().is_some_and(|parts| {
        parts
            .headers
            .get("sec-fetch-site")
            .is_some_and(|site| site == "cross-site" || site == "same-site")
    })
}

#[cfg(not(feature = "ssr"))]
fn sent_from_elsewhere() -> bool {
    false
}

/// `/link`: "Link with a code". The form asks for the code (a plain GET, so
/// it works without JavaScript); with `?code=` it is the confirmation.
#[component]
pub fn LinkPage() -> impl IntoView {
    let typed = use_query_map().read_untracked().get("code");
    let Some(text) = typed.clone() else {
        return Either::Right(view! { <LinkForm typed problem=None/> });
    };
    match LoginCode::entered(&text) {
        Ok(code) if !sent_from_elsewhere() => {
            // A typed code that names nothing is said so on this form.
            let typed = matches!(code, LoginCode::Typed(_)).then_some(text);
            Either::Left(view! {
                <Page title=t!("approve-title") class="phone">
                    <Review token=code.path_form() typed/>
                </Page>
            })
        }
        // What a typed code that another site sent the phone to asks first.
        Ok(_) => Either::Right(view! { <LinkForm typed problem=Some(t!("approve-check-code"))/> }),
        Err(wrong) => Either::Right(view! { <LinkForm typed problem=Some(not_a_code(&wrong))/> }),
    }
}

/// What is wrong with what was entered, in the person's terms.
fn not_a_code(wrong: &Entered) -> String {
    match wrong {
        Entered::Outside(characters) => {
            let quoted: Vec<String> = characters
                .chars()
                .map(|c| t!("approve-code-quoted", character = c.to_string()))
                .collect();
            t!(
                "approve-code-outside",
                letters = ALPHABET_SHOWN,
                characters = quoted.join(", "),
                count = quoted.len()
            )
        }
        Entered::Length(count) => t!("approve-code-length", count = *count),
        Entered::NoCodeInLink => t!("approve-code-no-code-in-link"),
    }
}

/// The code's alphabet as a person reads it (the message says the rest:
/// no vowels, no digits).
const ALPHABET_SHOWN: &str = "B C D F G H J K L M N P Q R S T V W X Z";

/// The form that asks for a typed code, with what was typed and, after a
/// problem, what to do.
#[component]
fn LinkForm(typed: Option<String>, problem: Option<String>) -> impl IntoView {
    view! {
        <Page title=t!("approve-link-title") class="phone">
            <PhoneNav current=""/>
            <CodeForm typed problem/>
        </Page>
    }
}

/// The form itself: a plain GET, so it works without JavaScript. A QR's
/// link pasted whole is welcome too, so the field is not cut at a code's length.
#[component]
fn CodeForm(typed: Option<String>, problem: Option<String>) -> impl IntoView {
    view! {
        <h1>{t!("approve-link-title")}</h1>
        <p>{t!("approve-link-intro")}</p>
        {problem.map(|text| view! { <p class="error" role="alert">{text}</p> })}
        <form method="get" action="/link" class="link-code">
            <label>
                {t!("approve-code-label")}
                <input name="code" class="user-code-input" required autocomplete="off"
                    autocapitalize="characters" spellcheck="false" maxlength="256"
                    placeholder="BCDF-GHJK" aria-describedby="code-rule"
                    value=typed.unwrap_or_default()/>
            </label>
            <p class="hint" id="code-rule">{t!("approve-code-hint")}</p>
            <button type="submit">{t!("approve-continue")}</button>
        </form>
    }
}

/// Who is asking for the login that `token` (a QR's token or a typed code)
/// names, and the decision; or why there is nothing to decide. `typed`:
/// what the person typed, when they did, to give back with the form when
/// it names no code.
#[component]
fn Review(token: String, typed: Option<String>) -> impl IntoView {
    // After a decision that failed: why (a session limit, an expired code).
    let failed = use_query_map()
        .read_untracked()
        .get("error")
        .and_then(|code| ErrorCode::named(&code));
    let review = Resource::new(
        {
            let token = token.clone();
            move || token.clone()
        },
        review_login,
    );
    view! {
            <Suspense fallback=|| view! { <p class="muted">{t!("approve-checking")}</p> }>
                {move || {
                    let (token, typed) = (token.clone(), typed.clone());
                    Suspend::new(async move {
                        match review.await {
                            Ok(review) => EitherOf6::A(view! { <ConfirmScreen review token failed/> }),
                            Err(error) if error.error == ErrorCode::Unauthorized => {
                                EitherOf6::B(view! { <SignInFirst next=format!("/l/{token}")/> })
                            }
                            Err(error) if error.error == ErrorCode::AlreadyApproved => {
                                EitherOf6::C(view! { <AlreadyApproved/> })
                            }
                            // Unknown and expired are one answer (the server tells a
                            // guesser nothing); a person who typed it most likely mistyped.
                            Err(error) if error.error == ErrorCode::Expired && failed.is_none() && typed.is_some() => {
                                let shown = LoginCode::parse(&token)
                                    .ok()
                                    .and_then(|code| match code {
                                        LoginCode::Typed(code) => Some(code.display()),
                                        LoginCode::Scanned(_) => None,
                                    })
                                    .unwrap_or_default();
                                let problem = t!("approve-code-unknown", code = shown);
                                EitherOf6::E(view! { <PhoneNav current=""/> <CodeForm typed problem=Some(problem)/> })
                            }
                            Err(error) if error.error == ErrorCode::AlreadyUsed && failed.is_none() => {
                                EitherOf6::D(view! { <AlreadyUsed/> })
                            }
                            Err(error) => {
                                // After a wrong number the code is spent: say why, not just "used".
                                let error = match failed {
                                    Some(ErrorCode::WrongNumber) => ErrorBody::new(ErrorCode::WrongNumber, ""),
                                    _ => error.0,
                                };
                                EitherOf6::F(view! { <Problem error/> })
                            }
                        }
                    })
                }}
            </Suspense>
    }
}

/// The mandatory confirmation: which site, the requester's browser, OS, IP
/// and time, then the decision.
#[component]
fn ConfirmScreen(review: Review, token: String, failed: Option<ErrorCode>) -> impl IntoView {
    let asked_ago = review
        .login
        .server_time
        .saturating_sub(review.login.requester.created_at);
    // Rounded up, and counted down from hydration: the page says "expired"
    // a little after the server would, never before (a reload then shows it).
    let seconds_left = review
        .login
        .expires_at
        .saturating_sub(review.login.server_time)
        .div_ceil(1000);
    let requester = review.login.requester;
    let kiosk = review.login.kiosk;
    let max = review.login.max_linked_sessions;
    let linked = review.login.linked_sessions;
    let at_limit = linked.len() >= usize::try_from(max).unwrap_or(usize::MAX);
    let problem = failed.map(|code| sentence(code, Place::Code, None));
    let choices = review
        .login
        .number_choices
        .and_then(|c| <[u8; 3]>::try_from(c).ok());
    let passkey = review.login.passkey.map(|options| options.to_string());
    let (site, host) = (site_name(), site_host());
    let app = review.login.app.clone();
    // A device (a terminal, a TV) signing in to the app: named by the app,
    // since what it says of itself could be anything.
    let device = review.login.device;
    // The first time this app asks for this account, the phone asks too.
    let consent = app
        .clone()
        .zip(review.login.consent)
        .map(|(app, scopes)| view! { <ConsentNote app scopes/> });
    let (question, kind) = match (device, kiosk) {
        (true, _) => (
            t!("approve-question-device"),
            t!("approve-requester-device"),
        ),
        (false, true) => (
            t!("approve-question-kiosk"),
            t!("approve-requester-browser"),
        ),
        (false, false) => (
            t!("approve-question-computer"),
            t!("approve-requester-browser"),
        ),
    };
    // The site (and the app) in bold, where the language puts them.
    let banner = match app {
        Some(app) => with_bold(
            &t!("approve-banner-app", site = MARKS[0], app = MARKS[1]),
            &[site.clone(), app],
        ),
        None => with_bold(
            &t!("approve-banner", site = MARKS[0]),
            std::slice::from_ref(&site),
        ),
    };
    let signed_in_as = with_bold(
        &t!("approve-signed-in-as", name = MARKS[0]),
        &[review.user.display_name],
    );
    let what_asks = if device { "device" } else { "computer" };
    let decision = if review.login.passkey_missing {
        Either::Left(view! { <AddPasskeyFirst token/> })
    } else {
        let linked = if at_limit { linked } else { Vec::new() };
        Either::Right(
            view! { <Decision token kiosk device linked max seconds_left choices passkey/> },
        )
    };
    view! {
        <section class="confirm" aria-labelledby="confirm-title">
            // What is granted: this site's sign-in, for the app if one asks.
            <p class="site-banner">{banner}
                {(site != host).then(|| view! { <span class="site-host">{format!(" \u{b7} {host}")}</span> })}
            </p>
            <h1 id="confirm-title">{question}</h1>
            {consent}
            <p class="muted">{signed_in_as}</p>
            <dl class="requester">
                <dt>{kind}</dt><dd class="requester-browser">{requester.browser}</dd>
                <dt>{t!("approve-requester-system")}</dt><dd class="requester-os">{requester.os}</dd>
                <dt>{t!("approve-requester-ip")}</dt><dd class="requester-ip">{requester.ip}</dd>
                <dt>{t!("approve-requester-asked")}</dt><dd><WithProps props=AskedLiveData { ago_ms: asked_ago }><AskedLive/></WithProps></dd>
            </dl>
            {match review.login.same_network {
                Some(false) => view! {
                    <p class="warning elsewhere" role="alert">
                        <strong>{t!("approve-elsewhere", kind = what_asks)}</strong>
                        {format!(" {}", t!("approve-elsewhere-advice", kind = what_asks))}
                    </p>
                }.into_any(),
                _ if device => view! {
                    <p class="warning">{t!("approve-warning-device")}</p>
                }.into_any(),
                _ => view! {
                    <p class="warning">{t!("approve-warning-screen")}</p>
                }.into_any(),
            }}
            {problem.map(|text| view! { <p class="error" role="alert">{text}</p> })}
            {decision}
        </section>
    }
}

/// The decision: "Not me" and "Log in" (with the keep-signed-in choice, and
/// at the linked-browser limit the one to log out), each a plain form; the
/// buttons, associated to them by id, are the island.
#[component]
fn Decision(
    token: String,
    kiosk: bool,
    /// A device signing in to an app, not a browser.
    device: bool,
    /// Filled only at the limit: the browsers one of which must make room.
    linked: Vec<LinkedDevice>,
    max: u32,
    seconds_left: u64,
    /// With number matching: the numbers to offer instead of one "Log in".
    choices: Option<[u8; 3]>,
    /// When the account confirms logins with a passkey: the options (JSON)
    /// the page's script hands to the phone's authenticator on "Log in".
    passkey: Option<String>,
) -> impl IntoView {
    let at_limit = !linked.is_empty();
    let deny_token = token.clone();
    let asks_passkey = passkey.is_some().then(|| {
        if choices.is_some() {
            t!("approve-passkey-numbers")
        } else {
            t!("approve-passkey-log-in")
        }
    });
    view! {
        <form method="post" action="/api/web/decide" id="approve" class="decide-approve" data-passkey=passkey>
            <input type="hidden" name="token" value=token/>
            <input type="hidden" name="approve" value="true"/>
            {asks_passkey.map(|note| view! {
                <input type="hidden" name="passkey"/>
                <p class="passkey-note">{note}</p>
                <noscript><p class="notice">{t!("approve-passkey-needs-js")}</p></noscript>
                <script type="module" src="/passkey/passkey.js"></script>
            })}
            {if kiosk {
                Either::Left(view! {
                    <p class="kiosk-note" role="note">
                        {with_bold(
                            &t!("approve-kiosk-note", kiosk = MARKS[0]),
                            &[t!("approve-kiosk-note-lead")],
                        )}
                    </p>
                })
            } else {
                Either::Right(view! {
                    <div class="keep">
                        <input type="checkbox" id="keep_signed_in" name="keep_signed_in" value="true" checked/>
                        <label for="keep_signed_in">{if device { t!("approve-keep-device") } else { t!("approve-keep-browser") }}</label>
                        <p class="muted small">{if device {
                            t!("approve-keep-hint-device")
                        } else {
                            t!("approve-keep-hint-browser")
                        }}</p>
                    </div>
                })
            }}
            {at_limit.then(|| view! { <MakeRoom linked max/> })}
        </form>
        <form method="post" action="/api/web/decide" id="deny">
            <input type="hidden" name="token" value=deny_token/>
            <input type="hidden" name="approve" value="false"/>
        </form>
        {match choices {
            None => Either::Left(view! { <DecisionButtons seconds_left choices/> }),
            // The numbers are one group, named by its question.
            Some(_) => Either::Right(view! {
                <div class="numbers" role="group" aria-labelledby="match-question">
                    <p class="match-question" id="match-question">
                        <strong>{t!("approve-match-question")}</strong>
                        {format!(" {}", t!("approve-match-tap"))}
                    </p>
                    <DecisionButtons seconds_left choices/>
                </div>
            }),
        }}
    }
}

/// How long ago the computer asked, kept true while the page is open.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
struct AskedLiveData {
    ago_ms: u64,
}

impl IslandProps for AskedLiveData {
    const ID: &'static str = "asked-props";
}

impl FromJson for AskedLiveData {
    fn from_json(value: &impl JsonValue) -> Option<Self> {
        Some(Self {
            ago_ms: get(value, "agoMs")?,
        })
    }
}

#[cfg_attr(any(feature = "ssr", feature = "phone-islands"), island)]
#[cfg_attr(not(any(feature = "ssr", feature = "phone-islands")), component)]
fn AskedLive() -> impl IntoView {
    island_props().map(|AskedLiveData { ago_ms }| {
        let since = RwSignal::new(0u64);
        Effect::new(move |_| {
            let opened = web::now();
            let ticker = set_interval_with_handle(
                move || since.set((web::now() - opened) as u64),
                std::time::Duration::from_secs(1),
            );
            on_cleanup(move || {
                if let Ok(handle) = ticker {
                    handle.clear();
                }
            });
        });
        view! { <span class="asked">{move || ago(ago_ms + since.get())}</span> }
    })
}

/// The two buttons and the code's time left. In the browser it counts the
/// seconds down, says when the code has expired (and takes the buttons
/// away), and shows that a tap is being answered.
#[component]
fn DecisionButtons(seconds_left: u64, choices: Option<[u8; 3]>) -> impl IntoView {
    view! { <WithProps props=DecisionLiveData { seconds_left, choices }><DecisionLive/></WithProps> }
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
struct DecisionLiveData {
    seconds_left: u64,
    choices: Option<[u8; 3]>,
}

impl IslandProps for DecisionLiveData {
    const ID: &'static str = "decision-props";
}

impl FromJson for DecisionLiveData {
    fn from_json(value: &impl JsonValue) -> Option<Self> {
        Some(Self {
            seconds_left: get(value, "secondsLeft")?,
            choices: maybe(value, "choices")?,
        })
    }
}

#[cfg_attr(any(feature = "ssr", feature = "phone-islands"), island)]
#[cfg_attr(not(any(feature = "ssr", feature = "phone-islands")), component)]
fn DecisionLive() -> impl IntoView {
    island_props().map(
        |DecisionLiveData {
             seconds_left,
             choices,
         }| decision(seconds_left, choices),
    )
}

fn decision(seconds_left: u64, choices: Option<[u8; 3]>) -> impl IntoView {
    let left = RwSignal::new(seconds_left);
    let pending = RwSignal::new(false);
    Effect::new(move |_| {
        web::mark_hydrated();
        let started = web::now();
        let ticker = set_interval_with_handle(
            move || {
                let gone = ((web::now() - started) / 1000.0) as u64;
                left.set(seconds_left.saturating_sub(gone));
            },
            std::time::Duration::from_millis(500),
        );
        on_cleanup(move || {
            if let Ok(handle) = ticker {
                handle.clear();
            }
        });
    });
    let expired = move || left.get() == 0;
    // After the click has submitted its form: disabling the button within
    // the click would cancel the submission.
    let tapped = move |_| set_timeout(move || pending.set(true), std::time::Duration::ZERO);
    // With number matching each number is a "Log in" of its own; only the
    // computer's approves.
    let number = move |n: u8| {
        let (value, label) = (n.to_string(), n.to_string());
        view! {
            <button type="submit" form="approve" name="number" value=value class="approve number"
                disabled=move || pending.get() || expired() on:click=tapped>{label}</button>
        }
    };
    view! {
        <p class="valid-for" role="timer" aria-live="off">
            {move || if expired() {
                t!("decision-expired")
            } else {
                t!("decision-valid-for", n = left.get())
            }}
        </p>
        <div class="decide">
            <button type="submit" form="deny" class="secondary deny" disabled=move || pending.get() || expired() on:click=tapped>{t!("decision-not-me")}</button>
            {match choices {
                None => Either::Left(view! {
                    <button type="submit" form="approve" class="approve" disabled=move || pending.get() || expired() on:click=tapped>
                        {move || if pending.get() { t!("decision-logging-in") } else { t!("decision-log-in") }}
                    </button>
                }),
                Some([a, b, c]) => Either::Right((number(a), number(b), number(c))),
            }}
        </div>
    }
}

/// `REQUIRE_USER_VERIFICATION` and the account has no passkey: it cannot
/// approve until it adds one; "Not me" still works.
#[component]
fn AddPasskeyFirst(token: String) -> impl IntoView {
    view! {
        <p class="warning passkey-missing" role="alert">
            {t!("approve-passkey-missing")}
        </p>
        <p><a class="button" href="/passkeys">{t!("approve-add-passkey")}</a></p>
        <form method="post" action="/api/web/decide">
            <input type="hidden" name="token" value=token/>
            <input type="hidden" name="approve" value="false"/>
            <button type="submit" class="secondary deny">{t!("decision-not-me")}</button>
        </form>
    }
}

/// At the linked-session limit: which browser to log out to make room.
#[component]
fn MakeRoom(linked: Vec<LinkedDevice>, max: u32) -> impl IntoView {
    view! {
        <fieldset class="make-room">
            <legend>{t!("approve-make-room", max = max)}</legend>
            {linked
                .into_iter()
                .map(|d| {
                    let label = t!("approve-make-room-browser", browser = &d.browser, os = &d.os, ip = &d.ip);
                    view! {
                        <label>
                            <input type="radio" name="drop_session" value=d.session_id required/>
                            {format!(" {label}")}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// `/decided?outcome=authorized|denied`: where a decision lands.
#[component]
pub fn DecidedPage() -> impl IntoView {
    let authorized =
        use_query_map().read_untracked().get("outcome").as_deref() == Some("authorized");
    let (class, title, text, page_title) = if authorized {
        (
            "outcome approved",
            t!("approve-done-heading"),
            t!("approve-done-text"),
            t!("approve-done-title"),
        )
    } else {
        (
            "outcome denied",
            t!("approve-declined-heading"),
            t!("approve-declined-text"),
            t!("approve-declined-title"),
        )
    };
    view! {
        <Page title=page_title class="phone">
            <section class=class role="status">
                <h1>{title}</h1>
                <p>{text}</p>
                <p><a class="button" href="/phone">{t!("approve-back-to-account")}</a></p>
            </section>
            <PhoneNav current=""/>
        </Page>
    }
}

/// A code this account approved already (the phone went Back after
/// "Done", or opened the link again): no failure, the computer is in.
#[component]
fn AlreadyApproved() -> impl IntoView {
    view! {
        <section class="outcome approved" role="status">
            <h1>{t!("approve-already-approved")}</h1>
            <p>{t!("approve-already-approved-text")}</p>
            <p><a class="button" href="/phone">{t!("approve-back-to-account")}</a></p>
            <p><a href="/devices">{t!("approve-see-computers")}</a></p>
        </section>
    }
}

/// A code that was used already: the computer may well be signed in.
#[component]
fn AlreadyUsed() -> impl IntoView {
    view! {
        <section class="outcome used" role="alert">
            <h1>{t!("approve-already-used")}</h1>
            <p>{t!("approve-already-used-text")}</p>
            <p><a class="button" href="/devices">{t!("approve-see-computers")}</a></p>
        </section>
    }
}

/// Every way a code can fail, each with its own words and a way on.
#[component]
pub fn Problem(error: ErrorBody) -> impl IntoView {
    let (class, title) = match error.error {
        ErrorCode::InvalidQr => ("outcome invalid", t!("approve-problem-invalid-qr")),
        ErrorCode::RateLimited => ("outcome error", t!("approve-problem-rate-limited")),
        ErrorCode::WrongNumber => ("outcome denied", t!("approve-problem-wrong-number")),
        ErrorCode::Expired => ("outcome expired", t!("approve-problem-expired")),
        ErrorCode::AlreadyUsed => ("outcome used", t!("approve-already-used")),
        ErrorCode::AlreadyApproved => ("outcome approved", t!("approve-already-approved")),
        ErrorCode::SessionLimit => ("outcome error", t!("approve-problem-session-limit")),
        ErrorCode::Unavailable => ("outcome network", t!("approve-problem-unavailable")),
        _ => ("outcome error", t!("approve-problem-other")),
    };
    let text = sentence(error.error, Place::Code, None);
    // An expired code has a successor on the computer's screen.
    let way_on = match error.error {
        ErrorCode::Expired => Either::Left(view! {
            <p><a class="button big" href="/scan">{t!("approve-scan-new-code")}</a></p>
            <p><a href="/phone">{t!("approve-back-to-account")}</a></p>
        }),
        _ => Either::Right(view! {
            <p><a class="button" href="/phone">{t!("approve-back-to-account")}</a></p>
        }),
    };
    view! {
        <section class=class role="alert">
            <h1>{title}</h1>
            <p>{text}</p>
            {way_on}
            <p><a href="/link">{t!("approve-type-code-instead")}</a></p>
        </section>
    }
}

#[component]
fn SignInFirst(next: String) -> impl IntoView {
    let sign_in = format!("/signin?next={next}");
    let sign_up = format!("/signup?next={next}");
    view! {
        <section class="outcome">
            <h1>{t!("approve-sign-in-heading")}</h1>
            <p>{t!("approve-sign-in-text")}</p>
            <a class="button" href=sign_in>{t!("approve-sign-in")}</a>
            " "
            <a href=sign_up>{t!("approve-create-account")}</a>
        </section>
    }
}

/// `text` (formatted with `MARKS[i]` in the place of `values[i]`) with each
/// value in `<strong>`.
fn with_bold(text: &str, values: &[String]) -> impl IntoView {
    let ([first, between, last], order) = around_two(text);
    let bold = |which: usize| {
        values
            .get(which)
            .map(|value| view! { <strong>{value.clone()}</strong> })
    };
    view! { {first} {bold(order[0])} {between} {bold(order[1])} {last} }
}

#[cfg(test)]
mod tests {
    use super::*;
    use protocol::json::assert_reads_back;

    #[test]
    fn the_island_reads_what_the_server_hands_it() {
        for choices in [None, Some([3, 57, 91])] {
            assert_reads_back(&AskedLiveData { ago_ms: 12_345 });
            assert_reads_back(&DecisionLiveData {
                seconds_left: 42,
                choices,
            });
        }
    }
}
