//! `/l/{token}`: the page a phone's camera opens from the QR code. It shows
//! who is asking and asks the user to decide; nothing is approved without a tap.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::ago;
use crate::functions::phone::{review_login, DecideLogin, Review};
use crate::protocol::{Decision, ErrorBody, ErrorCode};

#[component]
pub fn ApprovePage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let review = Resource::new(token, review_login);
    let decide = ServerAction::<DecideLogin>::new();

    view! {
        <main class="phone">
            <Suspense fallback=|| view! { <p class="muted">"Checking the code\u{2026}"</p> }>
                {move || Suspend::new(async move {
                    match (review.await, decide.value().get()) {
                        (_, Some(Ok(decision))) => view! { <Decided decision/> }.into_any(),
                        (_, Some(Err(error))) => view! { <Problem error/> }.into_any(),
                        (Ok(review), None) => view! { <ConfirmScreen review token=token() decide/> }.into_any(),
                        (Err(error), None) if error.error == ErrorCode::Unauthorized => {
                            let next = format!("/l/{}", token());
                            view! { <SignInFirst next/> }.into_any()
                        }
                        (Err(error), None) => view! { <Problem error/> }.into_any(),
                    }
                })}
            </Suspense>
        </main>
    }
}

/// The mandatory confirmation: the requester's browser, OS, IP and time.
#[component]
fn ConfirmScreen(
    review: Review,
    token: String,
    decide: ServerAction<DecideLogin>,
) -> impl IntoView {
    let asked_ago = review
        .login
        .server_time
        .saturating_sub(review.login.requester.created_at);
    let seconds_left = review
        .login
        .expires_at
        .saturating_sub(review.login.server_time)
        / 1000;
    let requester = review.login.requester;
    let kiosk = review.login.kiosk;
    let max = review.login.max_linked_sessions;
    let linked = review.login.linked_sessions;
    let at_limit = linked.len() >= usize::try_from(max).unwrap_or(usize::MAX);
    // Until the page is live a tap would post the form without JavaScript
    // and land on a bare JSON answer: the buttons wait for hydration.
    let live = RwSignal::new(false);
    Effect::new(move |_| live.set(true));
    let pending = decide.pending();
    let blocked = move || pending.get() || !live.get();
    let deny_token = token.clone();
    view! {
        <section class="confirm" aria-labelledby="confirm-title">
            <h1 id="confirm-title">{if kiosk { "Log in on this kiosk?" } else { "Log in on this computer?" }}</h1>
            <p class="muted">"Signed in here as " <strong>{review.user.display_name}</strong></p>
            <dl class="requester">
                <dt>"Browser"</dt><dd class="requester-browser">{requester.browser}</dd>
                <dt>"System"</dt><dd class="requester-os">{requester.os}</dd>
                <dt>"IP address"</dt><dd class="requester-ip">{requester.ip}</dd>
                <dt>"Asked"</dt><dd>{ago(asked_ago)}</dd>
                <dt>"Code valid for"</dt><dd>{format!("{seconds_left} more seconds")}</dd>
            </dl>
            <p class="warning">"Only continue if you are in front of that screen and just opened the login page."</p>
            {if kiosk {
                view! {
                    <p class="kiosk-note" role="note">
                        <strong>"This is a kiosk"</strong>
                        ", a shared screen: it signs out by itself when nobody touches it for a while."
                    </p>
                }.into_any()
            } else {
                // These inputs belong to the "Log in" form below (form="approve").
                view! {
                    <label class="keep">
                        <input type="checkbox" name="keep_signed_in" value="true" checked form="approve"/>
                        " Keep this browser signed in"
                    </label>
                    <p class="muted small">"Untick on a shared computer: it signs out when the browser closes or sits unused."</p>
                }.into_any()
            }}
            {at_limit.then(|| view! { <MakeRoom linked max/> })}
            <div class="decide">
                <ActionForm action=decide>
                    <input type="hidden" name="token" value=deny_token/>
                    <input type="hidden" name="approve" value="false"/>
                    <button type="submit" class="secondary deny" disabled=blocked>"Not me"</button>
                </ActionForm>
                <ActionForm action=decide attr:id="approve">
                    <input type="hidden" name="token" value=token/>
                    <input type="hidden" name="approve" value="true"/>
                    <button type="submit" class="approve" disabled=blocked>"Log in"</button>
                </ActionForm>
            </div>
        </section>
    }
}

/// At the linked-session limit: which browser to log out to make room.
#[component]
fn MakeRoom(linked: Vec<crate::protocol::LinkedDevice>, max: u32) -> impl IntoView {
    view! {
        <fieldset class="make-room">
            <legend>{format!("This account is logged in on {max} browsers, the most allowed. Log one out to make room:")}</legend>
            {linked
                .into_iter()
                .map(|d| view! {
                    <label>
                        <input type="radio" name="drop_session" value=d.session_id required form="approve"/>
                        {format!(" {} on {}, {}", d.browser, d.os, d.ip)}
                    </label>
                })
                .collect_view()}
        </fieldset>
    }
}

#[component]
fn Decided(decision: Decision) -> impl IntoView {
    let (class, title, text) = match decision {
        Decision::Authorized => (
            "outcome approved",
            "Done",
            "The computer is now logged in. You can put your phone away.",
        ),
        Decision::Denied => (
            "outcome denied",
            "Login declined",
            "Nothing was logged in. If you did not try to log in, someone may have shown you their code.",
        ),
    };
    view! {
        <section class=class role="status">
            <h1>{title}</h1>
            <p>{text}</p>
            <a href="/phone">"Back to your account"</a>
        </section>
    }
}

/// Every way a code can fail, each with its own words.
#[component]
pub fn Problem(error: ErrorBody) -> impl IntoView {
    let (class, title, text) = match error.error {
        ErrorCode::InvalidQr => (
            "outcome invalid",
            "Not a login code",
            "This link is not a login QR code of this site.",
        ),
        ErrorCode::Expired => (
            "outcome expired",
            "This code has expired",
            "Codes last a minute. Scan the new code on the computer's screen.",
        ),
        ErrorCode::AlreadyUsed => (
            "outcome used",
            "This code was already used",
            "Each code works once. Scan the new code on the computer's screen.",
        ),
        ErrorCode::SessionLimit => (
            "outcome error",
            "Too many logged-in browsers",
            "Open the code again and choose a browser to log out.",
        ),
        ErrorCode::Unavailable => (
            "outcome network",
            "Cannot reach the server",
            "Check your connection, then try again.",
        ),
        _ => ("outcome error", "Something went wrong", "Please try again."),
    };
    view! {
        <section class=class role="alert">
            <h1>{title}</h1>
            <p>{text}</p>
            <p class="muted small">{error.message}</p>
        </section>
    }
}

#[component]
fn SignInFirst(next: String) -> impl IntoView {
    let sign_in = format!("/signin?next={next}");
    let sign_up = format!("/signup?next={next}");
    view! {
        <section class="outcome">
            <h1>"Sign in to approve"</h1>
            <p>"A computer wants to log in with your account. Sign in on this phone first; the code waits for you."</p>
            <a class="button" href=sign_in>"Sign in"</a>
            " "
            <a href=sign_up>"Create an account"</a>
        </section>
    }
}
