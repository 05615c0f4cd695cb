//! The phone's own pages: sign in, sign up, the account, its activity.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::browser;
use crate::components::NewLoginNotice;
use crate::functions::phone::{activity, phone_user, SignIn, SignOut, SignUp, SignedIn};
use crate::protocol::{return_path, AuditEvent, AuditKind, ErrorBody};

/// The page this sign-in should lead back to, as the query names it: only
/// pages of the app (the server checks it again before it is followed).
fn next_path() -> impl Fn() -> String + Copy {
    let query = use_query_map();
    move || return_path::or_default(query.read().get("next").as_deref())
}

/// What a sign-in or sign-up form leads to: on success, the page the
/// server named; on failure, the error under the form.
fn follow_result(
    result: impl Get<Value = Option<Result<SignedIn, ErrorBody>>> + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let outcome = result.clone();
    Effect::new(move |_| {
        if let Some(Ok(signed_in)) = outcome.get() {
            browser::go(&signed_in.next);
        }
    });
    move || {
        result
            .get()
            .and_then(Result::err)
            .map(|e| view! { <p class="error" role="alert">{e.message}</p> })
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let action = ServerAction::<SignIn>::new();
    let next = next_path();
    view! {
        <main class="phone">
            <h1>"Sign in"</h1>
            <ActionForm action>
                <label>"Username" <input name="username" autocomplete="username" autocapitalize="none" required/></label>
                <label>"Password" <input name="password" type="password" autocomplete="current-password" required/></label>
                <input type="hidden" name="next" value=next/>
                <button type="submit" disabled=action.pending()>"Sign in"</button>
            </ActionForm>
            {follow_result(action.value())}
            <p class="muted">"No account? " <a href=move || format!("/signup?next={}", next())>"Create one"</a></p>
        </main>
    }
}

#[component]
pub fn SignUpPage() -> impl IntoView {
    let action = ServerAction::<SignUp>::new();
    let next = next_path();
    view! {
        <main class="phone">
            <h1>"Create an account"</h1>
            <ActionForm action>
                <label>"Username" <input name="username" autocomplete="username" autocapitalize="none" required minlength="3" maxlength="32"/></label>
                <label>"Display name" <input name="display_name" autocomplete="name" maxlength="64"/></label>
                <label>"Password" <input name="password" type="password" autocomplete="new-password" required minlength="8"/></label>
                <input type="hidden" name="next" value=next/>
                <button type="submit" disabled=action.pending()>"Create account"</button>
            </ActionForm>
            {follow_result(action.value())}
        </main>
    }
}

/// `/phone`: the signed-in phone's home.
#[component]
pub fn PhoneHome() -> impl IntoView {
    let user = Resource::new(|| (), |_| phone_user());
    let sign_out = ServerAction::<SignOut>::new();
    Effect::new(move |_| {
        if let Some(Ok(())) = sign_out.value().get() {
            browser::go("/signin");
        }
    });
    view! {
        <main class="phone">
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match user.await {
                        Ok(Some(user)) => view! {
                            <NewLoginNotice/>
                            <h1>"Hello, " {user.display_name}</h1>
                            <p>"To log in on a computer, open its login page and scan the code with this phone's camera."</p>
                            <p>
                                <a href="/devices">"Linked devices"</a> " \u{00b7} "
                                <a href="/activity">"Recent activity"</a> " \u{00b7} "
                                <a href="/phones">"Signed-in phones"</a> " \u{00b7} "
                                <a href="/password">"Change password"</a>
                            </p>
                            <ActionForm action=sign_out>
                                <button type="submit" class="secondary">"Sign out of this phone"</button>
                            </ActionForm>
                        }.into_any(),
                        _ => view! {
                            <h1>"Not signed in"</h1>
                            <a class="button" href="/signin">"Sign in"</a>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </main>
    }
}

/// `/activity`: every step of the account's logins, newest first.
#[component]
pub fn ActivityPage() -> impl IntoView {
    let events = Resource::new(|| (), |_| activity());
    view! {
        <main class="phone">
            <NewLoginNotice on_news=move |()| events.refetch()/>
            <h1>"Recent activity"</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match events.await {
                        Ok(events) => view! {
                            <ul class="activity">
                                {events.into_iter().map(|e| view! { <ActivityLine event=e/> }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(error) => view! { <p class="error">{error.message}</p> <a href="/signin?next=/activity">"Sign in"</a> }.into_any(),
                    }
                })}
            </Suspense>
        </main>
    }
}

#[component]
fn ActivityLine(event: AuditEvent) -> impl IntoView {
    let what = match event.kind {
        AuditKind::Created => "Login code shown",
        AuditKind::Scanned => "Code scanned",
        AuditKind::Approved => "New login approved",
        AuditKind::Denied => "Login declined",
        AuditKind::Expired => "Code expired",
        AuditKind::TokenIssued => "Browser received its session",
        AuditKind::Revoked => "Browser signed out",
        AuditKind::SignedIn => "Phone signed in",
        AuditKind::FailedSignIn => "Failed sign-in attempt",
        AuditKind::PasswordChanged => "Password changed",
    };
    view! {
        <li class="activity-line" data-kind=format!("{:?}", event.kind)>
            <strong>{what}</strong>
            " "
            <span class="muted">{event.detail}</span>
            <span class="muted small">{format!(" \u{00b7} {} \u{00b7} ", event.ip)}<time data-at=event.at.to_string()>{event.at.to_string()}</time></span>
        </li>
    }
}
