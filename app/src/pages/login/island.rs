//! The `LoginLive` island: what of `/login` lives in the browser.

use std::time::Duration;

use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use serde::Serialize;

use crate::calls::LoginStart;
use crate::components::{
    around, around_two, island_props, wait, ExpiryRing, IslandProps, SignedIn, MARKS,
};
use crate::live::{self, Listener};
use crate::qr;
use crate::t;
use crate::web::{self, when_visible, Timer};
use protocol::challenge::refresh_delay_ms;
use protocol::json::{get, maybe, FromJson, JsonValue};
use protocol::{BrowserEvent, ChallengeCreated, ErrorBody, User};

/// Renewals with nobody scanning before the page stops and waits for a click:
/// about three minutes, so an abandoned tab costs the server nothing.
const IDLE_BUDGET_MS: u64 = 180_000;

/// What the requesting browser shows.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Screen {
    Waiting,
    /// A phone opened the code and is signing in: the code waits for it.
    SigningIn,
    Scanned {
        device_name: String,
        /// With number matching: the number the phone must pick.
        number: Option<u8>,
        /// Whose phone it is (the account's display name).
        who: Option<String>,
    },
    SignedIn {
        user: User,
    },
    /// `wrong_number`: the phone picked another number than this page
    /// showed, rather than saying "Not me".
    Denied {
        wrong_number: bool,
    },
    /// Renewals stopped on an abandoned page.
    Paused,
    /// The phone approved; the session cookie is being set.
    Finishing,
    SigningOut,
    /// The session ended from elsewhere: why, in words (`signed_out_because`).
    SignedOut {
        because: String,
    },
}

/// The page's current code or session, and how to get the next one.
#[derive(Clone, Copy)]
struct Start {
    current: RwSignal<LoginStart>,
    failed: RwSignal<Option<ErrorBody>>,
    /// When the new code on its way was asked for (`web::now()` in whole
    /// milliseconds; 0: none is): a second click or timer meanwhile asks
    /// for none, unless the first request has hung for ten seconds. (A
    /// `u64` like `renewals`: an `Option<f64>` measured ~370 bytes more.)
    renewing: StoredValue<u64>,
    kiosk: bool,
    /// An app's pending sign-in (OpenID Connect), read from the page's
    /// address (`web::app_authorization`): each code is for it, and once
    /// signed in the page goes on to it instead of the signed-in view.
    authorization: Option<&'static str>,
    /// Where the page goes once signed in; `None`: the signed-in view.
    onward: Option<&'static str>,
    /// The site's name, which ends the tab's title.
    site: &'static str,
    /// Codes are drawn for the site's mark over them (`qr::svg`).
    mark: bool,
}

impl Start {
    /// Asks for a new code, which replaces the one on screen (and only it:
    /// other tabs of this browser keep theirs).
    fn renew(self) {
        let (asked, now) = (self.renewing.get_value(), web::now() as u64);
        if asked != 0 && now.saturating_sub(asked) < 10_000 {
            return;
        }
        self.renewing.set_value(now.max(1));
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(async move {
            let replaces = match self.current.get_untracked() {
                LoginStart::Code(created) => Some(created.qr_id),
                LoginStart::SignedIn(_) => None,
            };
            let request = protocol::ChallengeRequest {
                replaces,
                kiosk: self.kiosk,
                authorization: self.authorization.map(str::to_owned),
            };
            let answer = crate::calls::new_challenge(request).await;
            self.renewing.set_value(0);
            match answer {
                Ok(created) => {
                    self.failed.set(None);
                    self.current.set(LoginStart::Code(created));
                }
                Err(error) => self.failed.set(Some(error)),
            }
        });
        // Nothing renews on the server: the page there shows the first code.
        #[cfg(not(feature = "hydrate"))]
        let _ = (self.kiosk, self.authorization);
    }

    /// Shows the signed-in view if another tab signed this browser in.
    fn follow_other_tab(self) {
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(async move {
            if let Ok(session) = crate::calls::session().await {
                self.current.set(LoginStart::SignedIn(session));
            }
        });
    }
}

/// What the page's island starts from.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub(super) struct LoginLiveData {
    pub(super) kiosk: bool,
    pub(super) start: LoginStart,
    pub(super) idle_ms: Option<u64>,
    /// Where a phone types the code (`host/link`).
    pub(super) code_page: String,
    /// Where the computer goes once signed in, if the site said.
    pub(super) onward: Option<String>,
    /// The site's name (`SITE_NAME`).
    pub(super) site: String,
    /// The site's mark over the code (`QR_MARK`).
    pub(super) mark: bool,
}

impl IslandProps for LoginLiveData {
    const ID: &'static str = "login-props";
}

impl FromJson for LoginLiveData {
    fn from_json(value: &impl JsonValue) -> Option<Self> {
        Some(Self {
            kiosk: get(value, "kiosk")?,
            start: get(value, "start")?,
            idle_ms: maybe(value, "idleMs")?,
            code_page: get(value, "codePage")?,
            onward: maybe(value, "onward")?,
            site: get(value, "site")?,
            mark: get(value, "mark")?,
        })
    }
}

/// Everything of `/login` that lives in the browser: the code that renews
/// itself, its expiry ring, the event feed, the signed-in view.
#[cfg_attr(any(feature = "ssr", feature = "login-islands"), island)]
#[cfg_attr(not(any(feature = "ssr", feature = "login-islands")), component)]
pub(super) fn LoginLive() -> impl IntoView {
    island_props().map(login_live)
}

fn login_live(
    LoginLiveData {
        kiosk,
        start,
        idle_ms,
        code_page,
        onward,
        site,
        mark,
    }: LoginLiveData,
) -> impl IntoView {
    let start = Start {
        current: RwSignal::new(start),
        failed: RwSignal::new(None),
        renewing: StoredValue::new(0),
        kiosk,
        authorization: web::app_authorization(),
        onward: onward.map(|path| &*String::leak(path)),
        site: String::leak(site),
        mark,
    };
    let screen = RwSignal::new(match start.current.get_untracked() {
        LoginStart::SignedIn(session) => Screen::SignedIn { user: session.user },
        LoginStart::Code(_) => Screen::Waiting,
    });
    let remaining_ms = RwSignal::new(None::<u64>);
    let renewals = StoredValue::new(0u64);
    let online = RwSignal::new(true);
    // A fresh code when the network is back.
    web::watch_network(online, move || start.renew());
    // Another tab of this browser may sign in while this one waits: when
    // the person looks at this one again, it follows.
    web::when_looked_at(move || {
        if matches!(screen.get_untracked(), Screen::Waiting | Screen::Paused) {
            start.follow_other_tab();
        }
    });
    // The screen changes when the new code arrives (the effect below): until
    // then the old one, declined or veiled, is not shown as if it could be used.
    let new_code = move || {
        renewals.set_value(0);
        start.renew();
    };

    // Browser only: each new start opens its event feed and its timers; the
    // cleanup closes them when the next one comes.
    Effect::new(move |previous: Option<()>| {
        web::mark_hydrated();
        match start.current.get() {
            LoginStart::SignedIn(session) => {
                screen.set(Screen::SignedIn { user: session.user });
                watch_session(screen, start, idle_ms);
            }
            LoginStart::Code(created) => {
                // Only a change draws the screen again (an open "Can't scan?"
                // stays open across renewals).
                if !matches!(
                    screen.get_untracked(),
                    Screen::SignedOut { .. } | Screen::Waiting
                ) {
                    screen.set(Screen::Waiting);
                }
                // The first code came with the page: its clock started at navigation.
                let arrived = if previous.is_none() { 0.0 } else { web::now() };
                let shown = Shown {
                    screen,
                    remaining_ms,
                    renewals,
                };
                watch_code(&created, arrived, shown, start);
                if kiosk {
                    web::keep_screen_awake();
                }
            }
        }
    });

    view! {
        {move || (!online.get()).then(|| view! {
            <div class="offline" role="alert">{t!("login-offline")}</div>
        })}
        <section class="login-card">
            {move || match screen.get() {
                Screen::SignedIn { user } => {
                    // A kiosk says that it signs itself out.
                    let note = idle_ms.map(|ms| t!("login-kiosk-idle", wait = wait(ms / 1000)));
                    let onward = start.onward.map(str::to_owned);
                    web::name_tab(&t!("login-heading-signed-in"), start.site);
                    Either::Left(view! { <SignedIn user note onward on_sign_out=move || sign_out(screen, start)/> })
                }
                other => Either::Right(view! { <CodeView screen=other start remaining=remaining_ms.into() new_code code_page=code_page.clone()/> }),
            }}
        </section>
    }
}

/// What stands where the code is, in each screen.
#[derive(Clone, Copy, PartialEq)]
enum InPlace {
    /// The code, its countdown and its typed form: it can be used.
    Code,
    /// The code veiled, under "click for a new code" (paused).
    Veiled,
    /// No code (nobody should scan it), with "Show a new code".
    NewCodeButton,
    /// Nothing: the phone is confirming, or the page is busy.
    Nothing,
}

#[component]
fn CodeView(
    screen: Screen,
    start: Start,
    remaining: Signal<Option<u64>>,
    new_code: impl Fn() + Clone + Send + Sync + 'static,
    code_page: String,
) -> impl IntoView {
    let (heading, notice) = screen_words(&screen);
    // The tab is named after what the page shows.
    web::name_tab(&heading, start.site);
    let (number, initials) = match &screen {
        Screen::Scanned { number, who, .. } => (*number, who.as_deref().map(initials)),
        _ => (None, None),
    };
    let in_place = match screen {
        Screen::Waiting | Screen::SignedOut { .. } => InPlace::Code,
        Screen::Paused => InPlace::Veiled,
        Screen::SigningIn | Screen::Denied { .. } => InPlace::NewCodeButton,
        _ => InPlace::Nothing,
    };
    let again = new_code.clone();
    view! {
        {initials.map(|letters| view! { <div class="avatar" aria-hidden="true">{letters}</div> })}
        <h1>{heading}</h1>
        {notice.map(|text| view! { <p class="notice" role="status">{text}</p> })}
        // Its own status: a screen reader says the number too.
        {number.map(|n| view! { <p class="match-number" role="status">{n.to_string()}</p> })}
        <div class=if in_place == InPlace::Veiled { "qr-state paused" } else { "qr-state" }>
            {move || match (start.failed.get(), start.current.get()) {
                (Some(error), _) => {
                    let retry = again.clone();
                    EitherOf3::A(view! {
                        <div class="load-failed" role="alert">
                            <p>{error.message}</p>
                            <button on:click=move |_| retry()>{t!("login-try-again")}</button>
                        </div>
                    })
                }
                (None, LoginStart::Code(created)) if matches!(in_place, InPlace::Code | InPlace::Veiled) => {
                    let stopped = in_place == InPlace::Veiled;
                    EitherOf3::B(view! { <QrPanel created remaining stopped code_page=code_page.clone() marked=start.mark/> })
                }
                _ => EitherOf3::C(()),
            }}
            {matches!(in_place, InPlace::Veiled | InPlace::NewCodeButton).then(|| {
                let (class, label) = match in_place {
                    InPlace::Veiled => ("qr-reload", t!("login-new-code-veiled")),
                    _ => ("new-code", t!("login-new-code")),
                };
                let new_code = new_code.clone();
                view! { <button class=class on:click=move |_| new_code()>{label}</button> }
            })}
        </div>
        // How to use a code, only beside one that can be used.
        {(in_place == InPlace::Code).then(|| {
            // The phone's button, in bold inside the sentence.
            let (before, after) = around(&t!("login-step-approve", button = MARKS[0]));
            view! {
                <ol class="steps">
                    <li>{t!("login-step-open")}</li>
                    <li>{t!("login-step-scan")}</li>
                    <li>{before} <strong>{t!("login-step-approve-button")}</strong> {after}</li>
                </ol>
                <p class="newcomer">{t!("login-newcomer")}</p>
            }
        })}
    }
}

/// The heading and the line under it that say where the login stands; the
/// heading also names the browser's tab.
fn screen_words(screen: &Screen) -> (String, Option<String>) {
    match screen {
        Screen::Scanned {
            who,
            device_name,
            number,
        } => {
            let heading = match who {
                Some(who) => t!("login-heading-check-phone", who = who),
                None => t!("login-heading-confirm"),
            };
            let notice = match number {
                None => t!("login-scanned-tap", device = device_name),
                Some(_) => t!("login-scanned-number", device = device_name),
            };
            (heading, Some(notice))
        }
        Screen::SigningIn => (
            t!("login-heading-signing-in"),
            Some(t!("login-signing-in-notice")),
        ),
        Screen::Finishing => (t!("login-heading-finishing"), None),
        Screen::SigningOut => (t!("login-heading-signing-out"), None),
        Screen::Denied { wrong_number } => (
            t!("login-heading-denied"),
            Some(if *wrong_number {
                t!("login-denied-wrong-number")
            } else {
                t!("login-denied-not-me")
            }),
        ),
        Screen::Paused => (t!("login-heading-paused"), Some(t!("login-paused-notice"))),
        Screen::SignedOut { because } => (
            t!("login-heading-signed-out"),
            Some(t!("login-signed-out-notice", because = because)),
        ),
        Screen::SignedIn { .. } => (t!("login-heading-signed-in"), None),
        Screen::Waiting => (t!("login-heading-waiting"), None),
    }
}

#[component]
fn QrPanel(
    created: ChallengeCreated,
    remaining: Signal<Option<u64>>,
    stopped: bool,
    code_page: String,
    marked: bool,
) -> impl IntoView {
    let user_code = created.user_code;
    let svg = qr::svg(&created.qr_payload, marked).unwrap_or_default();
    view! {
        <figure class="qr-panel">
            // The payload also in words, for a test or a tool reading the
            // page (anyone who sees the code can read it).
            <div
                class="qr-code"
                role="img"
                aria-label=t!("login-qr-label")
                data-qr-id=created.qr_id
                data-payload=created.qr_payload
                inner_html=svg
            ></div>
            {(!stopped).then(|| view! { <ExpiryRing ttl_ms=created.ttl_ms remaining_ms=remaining/> })}
            {(!stopped).then(|| {
                // The address and the code, in bold inside the sentence.
                let sentence = t!("login-no-camera", page = MARKS[0], code = MARKS[1]);
                let ([first, between, last], order) = around_two(&sentence);
                // One element type for both (no `Either` in the WASM).
                let bold = |which: usize| {
                    let (class, text) = match which {
                        0 => ("", code_page.clone()),
                        _ => ("user-code", user_code.clone()),
                    };
                    view! { <strong class=class>{text}</strong> }
                };
                let line = view! { {first} {bold(order[0])} {between} {bold(order[1])} {last} };
                view! { <figcaption class="user-code-line">{line}</figcaption> }
            })}
        </figure>
    }
}

/// What the page shows of its code, which the code's watcher keeps up.
#[derive(Clone, Copy)]
struct Shown {
    screen: RwSignal<Screen>,
    /// Milliseconds left on the code shown.
    remaining_ms: RwSignal<Option<u64>>,
    /// Codes renewed since the person last asked for one (the idle budget).
    renewals: StoredValue<u64>,
}

/// Follows one code: its events, its countdown, and its renewal a little
/// before expiry (not while the phone is confirming it, not in a hidden tab,
/// not past the idle budget, which a kiosk does not have).
fn watch_code(created: &ChallengeCreated, arrived: f64, shown: Shown, start: Start) {
    let Shown {
        screen,
        remaining_ms,
        renewals,
    } = shown;
    let budget_ms = (!start.kiosk).then_some(IDLE_BUDGET_MS);
    let deadline = arrived + created.expires_at.saturating_sub(created.server_time) as f64;
    let left = move || (deadline - web::now()).max(0.0) as u64;
    remaining_ms.set(Some(left()));
    let ticker = set_interval_with_handle(
        move || remaining_ms.set(Some(left())),
        Duration::from_millis(250),
    );

    let max_renewals = budget_ms.map_or(u64::MAX, |budget| budget.div_ceil(created.ttl_ms.max(1)));
    let renew = move || {
        if matches!(
            screen.get_untracked(),
            Screen::Waiting | Screen::SignedOut { .. }
        ) {
            if renewals.get_value() >= max_renewals {
                screen.set(Screen::Paused);
            } else {
                renewals.update_value(|n| *n += 1);
                start.renew();
            }
        }
    };
    let refresh = Timer::new();
    when_visible(refresh, refresh_delay_ms(left(), created.ttl_ms), renew);

    let feed: Listener = live::challenge_events(&created.qr_id, move |event| match event {
        BrowserEvent::QrSigningIn { .. } => screen.set(Screen::SigningIn),
        BrowserEvent::QrScanned {
            device_name,
            number,
            display_name,
        } => screen.set(Screen::Scanned {
            device_name,
            number,
            who: display_name,
        }),
        BrowserEvent::QrAuthorized { access_token, .. } => {
            screen.set(Screen::Finishing);
            finish_login(access_token, screen, start);
        }
        BrowserEvent::QrDenied { reason } => screen.set(Screen::Denied {
            wrong_number: reason.as_deref() == Some("wrong_number"),
        }),
        // Expired while the phone was confirming, or while the tab slept.
        BrowserEvent::QrExpired => {
            if !matches!(
                screen.get_untracked(),
                Screen::Paused | Screen::Denied { .. }
            ) {
                screen.set(Screen::Waiting);
                when_visible(refresh, 0, renew);
            }
        }
        BrowserEvent::Pending | BrowserEvent::SessionRevoked { .. } => {}
    });
    on_cleanup(move || {
        drop(feed);
        if let Ok(handle) = ticker {
            handle.clear();
        }
        refresh.cancel();
    });
}

/// While signed in: back to a fresh code the moment the session is revoked;
/// with `idle_ms` (kiosk), also after that long without a touch or a key.
/// The server ends a kiosk's session by itself after the same time without
/// a request, so touches also tell it the kiosk is in use (a few times per
/// idle period at most).
fn watch_session(screen: RwSignal<Screen>, start: Start, idle_ms: Option<u64>) {
    if let Some(idle_ms) = idle_ms {
        let timer = Timer::new();
        let last_told = StoredValue::new(web::now());
        let restart = move || {
            timer.start(idle_ms, move || sign_out(screen, start));
            if web::now() - last_told.get_value() > idle_ms as f64 / 4.0 {
                last_told.set_value(web::now());
                keep_alive();
            }
        };
        restart();
        let touched = window_event_listener(leptos::ev::pointerdown, move |_| restart());
        let typed = window_event_listener(leptos::ev::keydown, move |_| restart());
        on_cleanup(move || {
            timer.cancel();
            touched.remove();
            typed.remove();
        });
    }
    let feed = live::session_events(move |event| {
        // Only a revocation from elsewhere: this page's own sign-out has
        // already left the signed-in screen and fetches its code itself.
        let signed_in = matches!(screen.get_untracked(), Screen::SignedIn { .. });
        if let (BrowserEvent::SessionRevoked { reason }, true) = (event, signed_in) {
            screen.set(Screen::SignedOut {
                because: signed_out_because(&reason),
            });
            start.renew();
        }
    });
    on_cleanup(move || drop(feed));
}

/// "AL" for "Ada Lovelace": the letters of a display name's first two
/// words, capitalised where ASCII (full Unicode case tables would cost the
/// page's bundle about 7 KB for a letter or two).
fn initials(name: &str) -> String {
    name.split(' ')
        .filter_map(|word| word.chars().next())
        .take(2)
        .map(|letter| letter.to_ascii_uppercase())
        .collect()
}

/// Why the session ended, in a person's words: only what did happen
/// (`session_revoked` reasons, docs/protocol.md).
fn signed_out_because(reason: &str) -> String {
    match reason {
        "signed_out" => t!("login-signed-out-signed-out"),
        "phone_signed_out" => t!("login-signed-out-phone-signed-out"),
        "removed_by_phone" => t!("login-signed-out-removed-by-phone"),
        "replaced_by_new_login" => t!("login-signed-out-replaced"),
        "password_changed" => t!("login-signed-out-password-changed"),
        "account_disabled" => t!("login-signed-out-account-disabled"),
        "expired" => t!("login-signed-out-expired"),
        _ => t!("login-signed-out-other"),
    }
}

/// Trades the pushed access token for the session cookie, then shows the
/// signed-in view (or a fresh code if that failed).
fn finish_login(access_token: String, screen: RwSignal<Screen>, start: Start) {
    #[cfg(feature = "hydrate")]
    leptos::task::spawn_local(async move {
        match crate::calls::open_session(&access_token).await {
            Ok(session) => match (start.authorization, start.onward) {
                (Some(id), _) => web::replace_page(&format!("/oauth/continue/{id}")),
                (None, Some(onward)) => web::replace_page(onward),
                (None, None) => start.current.set(LoginStart::SignedIn(session)),
            },
            Err(_) => {
                screen.set(Screen::Waiting);
                start.renew();
            }
        }
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = (access_token, screen, start);
}

/// Tells the server this signed-in page is in use (a kiosk being touched).
fn keep_alive() {
    #[cfg(feature = "hydrate")]
    leptos::task::spawn_local(async {
        let _ = crate::calls::keep_session_alive().await;
    });
}

fn sign_out(screen: RwSignal<Screen>, start: Start) {
    screen.set(Screen::SigningOut);
    #[cfg(feature = "hydrate")]
    leptos::task::spawn_local(async move {
        let _ = crate::calls::sign_out().await;
        screen.set(Screen::Waiting);
        start.renew();
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = start;
}

#[cfg(test)]
mod tests {
    use super::*;
    use protocol::json::assert_reads_back;
    use protocol::SessionInfo;

    #[test]
    fn the_page_names_whose_phone_to_check() {
        assert_eq!(initials("Ada Lovelace King"), "AL");
        assert_eq!(initials("  ada "), "A");
        assert_eq!(initials(""), "");
        let scanned = |who: Option<&str>| Screen::Scanned {
            device_name: "Pixel".into(),
            number: None,
            who: who.map(str::to_owned),
        };
        assert_eq!(
            screen_words(&scanned(Some("Ada"))).0,
            "Check your phone, Ada"
        );
        assert_eq!(screen_words(&scanned(None)).0, "Confirm on your phone");
    }

    #[test]
    fn a_signed_out_page_blames_only_what_happened() {
        assert!(signed_out_because("expired").starts_with("Nobody used this browser"));
        assert!(signed_out_because("signed_out").contains("another tab"));
        assert!(signed_out_because("removed_by_phone").starts_with("Your phone logged"));
        for reason in [
            "signed_out",
            "expired",
            "account_disabled",
            "revoked",
            "anything",
        ] {
            assert!(!signed_out_because(reason).contains("phone"), "{reason}");
        }
    }

    #[test]
    fn the_island_reads_what_the_server_hands_it() {
        let user = User {
            id: "u1".into(),
            display_name: "Ada".into(),
        };
        let created = ChallengeCreated {
            qr_id: "q1".into(),
            qr_payload: "https://example.test/l/abc".into(),
            expires_at: 60_000,
            ttl_ms: 60_000,
            server_time: 0,
            user_code: "BCDF-GHJK".into(),
        };
        for ((start, idle_ms), onward) in [
            (LoginStart::Code(created), None),
            (
                LoginStart::SignedIn(SessionInfo {
                    session_id: "s1".into(),
                    user,
                    expires_at: 1,
                }),
                Some(120_000),
            ),
        ]
        .into_iter()
        .zip([Some("/app?id=1".to_owned()), None])
        {
            assert_reads_back(&LoginLiveData {
                kiosk: idle_ms.is_some(),
                start,
                idle_ms,
                code_page: "example.test/link".into(),
                onward: onward.clone(),
                site: "Example".into(),
                mark: onward.is_some(),
            });
        }
    }
}
