//! The phone's own pages: sign in, sign up, the account, its activity. Plain
//! HTML forms: each posts to a server function, which answers with a
//! redirect to the page that shows the outcome, so they work without
//! JavaScript; where JavaScript runs, islands add what is live.

use leptos::either::{Either, EitherOf3, EitherOf4};
use leptos::prelude::*;

use super::{error_from_query, query};
use crate::components::{
    around, sentence, AccountPage, NewLoginNotice, NotSignedIn, Page, PhoneNav, Place, MARKS,
};
use crate::functions::phone::{activity, phone_user, recovery_codes, sign_out_preview, Recovery};
use crate::t;
use protocol::{return_path, AuditEvent, AuditKind, LinkedDevice};

/// An error under a form, announced to screen readers.
#[component]
fn FormError(text: Option<String>) -> impl IntoView {
    text.map(|text| view! { <p class="error" role="alert">{text}</p> })
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let next = return_path::or_default(Some(&query("next")));
    let notice = match query("notice").as_str() {
        "signed_out" => Some(t!("phone-signed-out")),
        "signed_out_kept" => Some(t!("phone-signed-out-kept")),
        _ => None,
    };
    let going_to_code = next.starts_with("/l/");
    // After a wrong password the name stays, and the password has the focus.
    let username = query("username");
    let retyping = !username.is_empty();
    let passkeys = super::passkeys::available();
    let username_autofill = if passkeys {
        "username webauthn"
    } else {
        "username"
    };
    let user = Resource::new(|| (), |_| phone_user());
    let onward = next.clone();
    let (no_account, no_account_after) = around(&t!("phone-no-account", link = MARKS[0]));
    view! {
        <Page title=t!("phone-sign-in-title") class="phone">
            <h1>{t!("phone-sign-in-heading")}</h1>
            {notice.map(|text| view! { <p class="notice" role="status">{text}</p> })}
            <Suspense fallback=|| ()>
                {move || {
                    let onward = onward.clone();
                    Suspend::new(async move {
                        user.await.ok().flatten().map(|user| {
                            let (before, after) = around(&t!("phone-signed-in-already", name = MARKS[0]));
                            view! {
                                <section class="signed-in-already" role="status">
                                    <p>{before} <strong>{user.display_name.clone()}</strong> {after}</p>
                                    <p><a class="button" href=onward>{t!("phone-continue-as", name = &user.display_name)}</a></p>
                                    <p class="muted">{t!("phone-other-account")}</p>
                                </section>
                            }
                        })
                    })
                }}
            </Suspense>
            {going_to_code.then(|| view! {
                <p class="muted">{t!("phone-sign-in-code-waiting")}</p>
            })}
            <FormError text=error_from_query(Place::SignIn)/>
            <form method="post" action="/api/web/sign-in">
                // "webauthn": the browser may offer the phone's passkeys in
                // this field's autofill (`passkey.js`).
                <label>{t!("phone-username")} <input name="username" autocomplete=username_autofill autocapitalize="none" required value=username/></label>
                <label>{t!("phone-password")} <input name="password" type="password" autocomplete="current-password" required autofocus=retyping/></label>
                <input type="hidden" name="next" value=next.clone()/>
                <button type="submit">{t!("phone-sign-in-button")}</button>
            </form>
            <p class="muted"><a href=format!("/recover?next={next}")>{t!("phone-forgot-password")}</a></p>
            {passkeys.then(|| view! { <PasskeySignIn next=next.clone()/> })}
            <p class="muted">{no_account} <a href=format!("/signup?next={next}")>{t!("phone-create-one")}</a> {no_account_after}</p>
        </Page>
    }
}

/// "Sign in with a passkey" instead of the password: no username, the
/// phone's own prompt offers the passkeys it holds for this site. Shown by
/// the page's script, which does it (`public/passkey/passkey.js`); without
/// JavaScript there is none.
#[component]
fn PasskeySignIn(next: String) -> impl IntoView {
    view! {
        <section id="passkey-sign-in" class="passkey-sign-in" hidden=true>
            <p class="muted">{t!("phone-passkey-or")}</p>
            <form method="post" action="/api/web/passkey-sign-in" id="passkey-sign-in-form">
                <input type="hidden" name="ceremony"/>
                <input type="hidden" name="credential"/>
                <input type="hidden" name="next" value=next/>
                <p class="passkey-status" role="status"></p>
                <button type="submit" class="secondary">{t!("phone-passkey-sign-in")}</button>
            </form>
        </section>
        <script type="module" src="/passkey/passkey.js"></script>
    }
}

#[component]
pub fn SignUpPage() -> impl IntoView {
    let next = return_path::or_default(Some(&query("next")));
    let going_to_code = next.starts_with("/l/");
    let (have_account, have_account_after) = around(&t!("phone-have-account", link = MARKS[0]));
    view! {
        <Page title=t!("phone-sign-up-title") class="phone">
            <h1>{t!("phone-sign-up-title")}</h1>
            {going_to_code.then(|| view! {
                <p class="muted">{t!("phone-sign-up-code-waiting")}</p>
            })}
            <FormError text=error_from_query(Place::SignUp)/>
            <form method="post" action="/api/web/sign-up">
                <label>
                    {t!("phone-username")}
                    <input name="username" autocomplete="username" autocapitalize="none" required
                        minlength="3" maxlength="32" pattern="[A-Za-z0-9._\\-]{3,32}"
                        aria-describedby="username-rule" value=query("username")/>
                </label>
                <p class="hint" id="username-rule">{t!("phone-username-rule")}</p>
                <label>{t!("phone-display-name")} <input name="display_name" autocomplete="name" maxlength="64" value=query("display_name")/></label>
                <label>
                    {t!("phone-password")}
                    <input name="password" type="password" autocomplete="new-password" required minlength="8" aria-describedby="password-rule"/>
                </label>
                <p class="hint" id="password-rule">{t!("phone-password-rule")}</p>
                <input type="hidden" name="next" value=next.clone()/>
                <button type="submit">{t!("phone-sign-up-button")}</button>
            </form>
            <p class="muted">{have_account} <a href=format!("/signin?next={next}")>{t!("phone-sign-in-link")}</a> {have_account_after}</p>
        </Page>
    }
}

/// `/phone`: the signed-in phone's home.
#[component]
pub fn PhoneHome() -> impl IntoView {
    let user = Resource::new(|| (), |_| phone_user());
    view! {
        <Page title=t!("phone-home-title") class="phone">
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match user.await {
                        Ok(Some(user)) => Either::Left({
                            let (recovery, recovery_after) = around(&t!("phone-home-recovery", link = MARKS[0]));
                            view! {
                                <PhoneNav current="/phone"/>
                                <NewLoginNotice then_load=None/>
                                <h1>{t!("phone-home-hello", name = user.display_name)}</h1>
                                <p>{t!("phone-home-intro")}</p>
                                <p class="link-actions">
                                    <a class="button" href="/scan">{t!("phone-home-scan")}</a>
                                    " "
                                    <a class="button secondary" href="/link">{t!("phone-home-link")}</a>
                                </p>
                                <p>{recovery}<a href="/recovery">{t!("phone-home-recovery-link")}</a>{recovery_after}</p>
                                <p class="sign-out"><a class="button secondary" href="/signout">{t!("phone-home-sign-out")}</a></p>
                            }
                        }),
                        _ => Either::Right(view! {
                            <NotSignedIn why=t!("phone-home-not-signed-in")/>
                        }),
                    }
                })}
            </Suspense>
        </Page>
    }
}

/// `/recover`: a forgotten password replaced with one of the recovery
/// codes shown at sign-up; and what to do without one.
#[component]
pub fn RecoverPage() -> impl IntoView {
    let next = return_path::or_default(Some(&query("next")));
    view! {
        <Page title=t!("phone-forgot-password") class="phone">
            <h1>{t!("phone-forgot-password")}</h1>
            <p>{t!("phone-recover-intro")}</p>
            <FormError text=error_from_query(Place::Recover)/>
            <form method="post" action="/api/web/recover">
                <label>{t!("phone-username")} <input name="username" autocomplete="username" autocapitalize="none" required value=query("username")/></label>
                <label>
                    {t!("phone-recovery-code")}
                    <input name="code" class="user-code-input" required autocomplete="off" autocapitalize="characters"
                        spellcheck="false" maxlength="64" placeholder="BCDF-GHJK-LMNP"/>
                </label>
                <label>
                    {t!("phone-new-password")}
                    <input name="password" type="password" autocomplete="new-password" required minlength="8" aria-describedby="recover-rule"/>
                </label>
                <p class="hint" id="recover-rule">{t!("phone-recover-rule")}</p>
                <input type="hidden" name="next" value=next.clone()/>
                <button type="submit">{t!("phone-recover-button")}</button>
            </form>
            <h2>{t!("phone-recover-no-code")}</h2>
            <p class="muted">{t!("phone-recover-no-code-help", account = t!("nav-account"), password = t!("nav-password"))}</p>
            <p class="muted"><a href=format!("/signin?next={next}")>{t!("phone-back-to-sign-in")}</a></p>
        </Page>
    }
}

/// `/recovery`: right after sign-up (or after asking for new ones), the
/// account's recovery codes, shown this once; afterwards how many are left,
/// and new ones for the password.
#[component]
pub fn RecoveryPage() -> impl IntoView {
    let next = return_path::or_default(Some(&query("next")));
    let recovered = !query("recovered").is_empty();
    let codes = Resource::new(|| (), |_| recovery_codes());
    view! {
        <Page title=t!("phone-recovery-title") class="phone">
            <Suspense fallback=|| ()>
                {move || {
                    let next = next.clone();
                    Suspend::new(async move {
                    match codes.await {
                        Ok(Recovery::New(codes)) => EitherOf4::A(view! {
                            <h1>{t!("phone-recovery-save-heading")}</h1>
                            <p>{t!("phone-recovery-save-intro", forgot = t!("phone-forgot-password"))}</p>
                            <p class="warning">{t!("phone-recovery-shown-once")}</p>
                            <ol class="recovery-codes">
                                {codes.into_iter().map(|code| view! { <li><code>{code}</code></li> }).collect_view()}
                            </ol>
                            <p><a class="button" href=next>{t!("phone-recovery-saved")}</a></p>
                        }),
                        Ok(Recovery::Left(left)) => EitherOf4::B(view! {
                            <PhoneNav current=""/>
                            {recovered.then(|| view! {
                                <p class="notice" role="status">{t!("phone-recovered")}</p>
                            })}
                            <h1>{t!("phone-recovery-title")}</h1>
                            <p>{t!("phone-recovery-left", n = left)}</p>
                            <FormError text=error_from_query(Place::Password)/>
                            <form method="post" action="/api/web/new-recovery-codes">
                                <label>{t!("phone-password")} <input name="password" type="password" autocomplete="current-password" required/></label>
                                <button type="submit" class="secondary">{t!("phone-recovery-new-button")}</button>
                            </form>
                            <p class="muted">{t!("phone-recovery-replace")}</p>
                            <p><a href=next>{t!("phone-recovery-done")}</a></p>
                        }),
                        Ok(Recovery::NotSignedIn) => EitherOf4::C(view! {
                            <NotSignedIn why=t!("phone-recovery-not-signed-in")/>
                        }),
                        // The store did not answer: say so, do not pretend the phone is out.
                        Err(error) => EitherOf4::D(view! {
                            <h1>{t!("phone-recovery-title")}</h1>
                            <FormError text=Some(sentence(error.error, Place::Account, None))/>
                        }),
                    }
                })}}
            </Suspense>
        </Page>
    }
}

/// `/signout`: what signing this phone out does, asked before it is done:
/// the computers it logged in are named, and the person chooses whether
/// they are logged out too (the default) or stay signed in.
#[component]
pub fn SignOutPage() -> impl IntoView {
    let computers = Resource::new(|| (), |_| sign_out_preview());
    view! {
        <Page title=t!("phone-sign-out-title") class="phone">
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match computers.await {
                        Ok(Some(computers)) => EitherOf3::A(view! {
                            <PhoneNav current=""/>
                            <h1>{t!("phone-sign-out-heading")}</h1>
                            <FormError text=error_from_query(Place::Account)/>
                            <SignOutChoice computers/>
                            <p><a href="/phone">{t!("phone-sign-out-cancel")}</a></p>
                        }),
                        Ok(None) => EitherOf3::B(view! {
                            <NotSignedIn why=t!("phone-sign-out-not-signed-in")/>
                        }),
                        // The store did not answer: say so, do not pretend the phone is out.
                        Err(error) => EitherOf3::C(view! {
                            <h1>{t!("phone-sign-out-heading")}</h1>
                            <FormError text=Some(sentence(error.error, Place::Account, None))/>
                        }),
                    }
                })}
            </Suspense>
        </Page>
    }
}

/// The sign-out form: one button with no computer to think of, else the
/// computers listed and two buttons, the one that logs them out first.
#[component]
fn SignOutChoice(computers: Vec<LinkedDevice>) -> impl IntoView {
    let count = computers.len();
    if count == 0 {
        return Either::Left(view! {
            <p>{t!("phone-sign-out-no-computer")}</p>
            <form method="post" action="/api/web/sign-out">
                <button type="submit">{t!("phone-sign-out-button")}</button>
            </form>
        });
    }
    Either::Right(view! {
        <p>{t!("phone-sign-out-computers", n = count)}</p>
        <ul class="sign-out-computers">
            {computers
                .into_iter()
                .map(|c| view! { <li>{t!("phone-sign-out-computer", browser = c.browser, os = c.os, ip = c.ip)}</li> })
                .collect_view()}
        </ul>
        <form method="post" action="/api/web/sign-out" class="sign-out-choice">
            <button type="submit">{t!("phone-sign-out-all", n = count)}</button>
            <button type="submit" class="secondary" name="keep_computers" value="yes">
                {t!("phone-sign-out-keep", n = count)}
            </button>
        </form>
    })
}

/// Logins shown per page of `/activity`.
const LOGINS_PER_PAGE: usize = 10;

/// `/activity`: the account's logins, newest first: each login one entry
/// (from code to session), its steps in plain words, paged.
#[component]
pub fn ActivityPage() -> impl IntoView {
    let events = Resource::new(|| (), |_| activity());
    let page: usize = query("page").parse().unwrap_or(1).max(1);
    view! {
        <AccountPage title=t!("phone-activity-title") path="/activity" data=events body=move |events| {
            let groups = group(events);
            let pages = groups.len().div_ceil(LOGINS_PER_PAGE).max(1);
            let shown: Vec<_> = groups.into_iter().skip((page - 1) * LOGINS_PER_PAGE).take(LOGINS_PER_PAGE).collect();
            view! {
                <NewLoginNotice then_load=None/>
                <h1>{t!("phone-activity-title")}</h1>
                <p class="muted">{t!("phone-activity-intro")} " " <span class="time-zone">{t!("phone-activity-utc")}</span></p>
                {if shown.is_empty() {
                    Either::Left(view! { <p class="empty">{t!("phone-activity-empty")}</p> })
                } else {
                    Either::Right(view! {
                        <ul class="activity">
                            {shown.into_iter().map(|group| view! { <ActivityGroup group/> }).collect_view()}
                        </ul>
                    })
                }}
                <nav class="pages" aria-label=t!("phone-activity-pages")>
                    {(page > 1).then(|| view! { <a href=format!("/activity?page={}", page - 1)>{t!("phone-activity-newer")}</a> })}
                    <span>{t!("phone-activity-page", page = page, pages = pages)}</span>
                    {(page < pages).then(|| view! { <a href=format!("/activity?page={}", page + 1)>{t!("phone-activity-older")}</a> })}
                </nav>
                <crate::components::LocalTimes/>
            }
        }/>
    }
}

/// The events of one login (one code), or one event on its own.
struct Group {
    events: Vec<AuditEvent>,
}

/// Groups the events (newest first) by the code they belong to.
fn group(events: Vec<AuditEvent>) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for event in events {
        let same = event.qr_id.is_some()
            && groups.last().is_some_and(|g| {
                g.events.first().and_then(|e| e.qr_id.as_ref()) == event.qr_id.as_ref()
            });
        match groups.last_mut() {
            Some(last) if same => last.events.push(event),
            _ => groups.push(Group {
                events: vec![event],
            }),
        }
    }
    groups
}

/// What a step is, in plain words.
fn what(kind: AuditKind) -> String {
    match kind {
        AuditKind::Created => t!("phone-event-created"),
        AuditKind::Scanned => t!("phone-event-scanned"),
        AuditKind::Approved => t!("phone-event-approved"),
        AuditKind::Denied => t!("phone-event-denied"),
        AuditKind::Expired => t!("phone-event-expired"),
        AuditKind::TokenIssued => t!("phone-event-token-issued"),
        AuditKind::Revoked => t!("phone-event-revoked"),
        AuditKind::SignedIn => t!("phone-event-signed-in"),
        AuditKind::FailedSignIn => t!("phone-event-failed-sign-in"),
        AuditKind::PasswordChanged => t!("phone-event-password-changed"),
        AuditKind::PasskeyAdded => t!("phone-event-passkey-added"),
        AuditKind::PasskeyRemoved => t!("phone-event-passkey-removed"),
        AuditKind::PasskeyRefused => t!("phone-event-passkey-refused"),
        AuditKind::AppSignedIn => t!("phone-event-app-signed-in"),
    }
}

/// The internal reason code of a logout, in plain words.
fn reason(code: &str) -> Option<String> {
    Some(match code {
        "removed_by_phone" => t!("phone-reason-removed-by-phone"),
        "signed_out" => t!("phone-reason-signed-out"),
        "account_disabled" => t!("phone-reason-account-disabled"),
        "replaced_by_new_login" => t!("phone-reason-replaced-by-new-login"),
        "password_changed" => t!("phone-reason-password-changed"),
        "expired" => t!("phone-reason-expired"),
        "signed_out_by_app" => t!("phone-reason-signed-out-by-app"),
        "passkey" => t!("phone-reason-passkey"),
        "recovery_code" => t!("phone-reason-recovery-code"),
        "passkey_refused" => t!("phone-reason-passkey-refused"),
        _ => return None,
    })
}

/// The detail of a step without its internal reason code: `Chrome on
/// Linux, 1.2.3.4 (removed_by_phone)` reads `Chrome on Linux, 1.2.3.4:
/// logged out from this phone`.
fn detail(event: &AuditEvent) -> String {
    let text = &event.detail;
    // The reason, where there is one, closes the detail: `… (code)`.
    let coded = text
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once(" ("))
        .and_then(|(said, code)| Some((said, reason(code)?)));
    match coded {
        Some(("", why)) => why,
        Some((said, why)) => t!("phone-activity-detail", detail = said, reason = why),
        None => text.clone(),
    }
}

#[component]
fn ActivityGroup(group: Group) -> impl IntoView {
    // The newest step names the login; the others follow, smaller.
    let mut events = group.events.into_iter();
    let head = events.next();
    let steps: Vec<AuditEvent> = events.collect();
    head.map(|head| {
        let detail = detail(&head);
        view! {
            <li class="activity-line" data-kind=format!("{:?}", head.kind)>
                <strong>{what(head.kind)}</strong>
                {(!detail.is_empty()).then(|| view! { " " <span class="muted">{detail}</span> })}
                <div class="muted small">
                    {head.ip.clone()} " \u{00b7} " <Moment at=head.at/>
                </div>
                {(!steps.is_empty()).then(|| view! {
                    <ul class="steps-of-login">
                        {steps.into_iter().map(|step| view! {
                            <li>{what(step.kind)} " \u{00b7} " <Moment at=step.at/></li>
                        }).collect_view()}
                    </ul>
                })}
            </li>
        }
    })
}

/// A moment, in UTC on the server, written as the page's language writes a
/// date; the page's `LocalTimes` island shows it in the reader's own time
/// zone.
#[component]
fn Moment(at: u64) -> impl IntoView {
    let seconds = at / 1000;
    let (days, rest) = (seconds / 86_400, seconds % 86_400);
    let (year, month, day) = civil_from_days(days);
    let (hour, minute, second) = (rest / 3600, rest % 3600 / 60, rest % 60);
    let text = t!(
        "time-moment",
        year = year,
        month = month,
        day = day,
        hour = format!("{hour:02}"),
        minute = format!("{minute:02}"),
    );
    view! { <time datetime=format!("{year}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}Z") data-at=at.to_string()>{text}</time> }
}

/// The calendar date of `days` since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_the_calendars() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_723), (2024, 1, 1));
        assert_eq!(civil_from_days(20_788), (2026, 12, 1));
    }

    #[test]
    fn internal_reasons_become_words() {
        let worded = |text: &str| {
            detail(&AuditEvent {
                kind: AuditKind::Revoked,
                at: 0,
                user_id: None,
                qr_id: None,
                ip: "1.2.3.4".into(),
                user_agent: String::new(),
                detail: text.into(),
            })
        };
        assert_eq!(
            worded("Chrome, Linux, 1.2.3.4 (removed_by_phone)"),
            "Chrome, Linux, 1.2.3.4: logged out from this phone"
        );
        assert_eq!(worded("Pixel 8 (passkey)"), "Pixel 8: with a passkey");
        assert_eq!(worded(" (recovery_code)"), "with a recovery code");
        assert_eq!(
            worded("ada (passkey_refused)"),
            "ada: a passkey was refused"
        );
        // An earlier record's words, and a code the page does not know.
        assert_eq!(worded("Pixel 8, with a passkey"), "Pixel 8, with a passkey");
        assert_eq!(worded("Pixel 8 (unknown)"), "Pixel 8 (unknown)");
    }
}
