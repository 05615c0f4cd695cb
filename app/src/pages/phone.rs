//! The phone's own pages: sign in, sign up, the account, its activity. Plain
//! HTML forms: each posts to a server function, which answers with a
//! redirect to the page that shows the outcome, so they work without
//! JavaScript; where JavaScript runs, islands add what is live.

use leptos::either::{Either, EitherOf3, EitherOf4};
use leptos::prelude::*;

use super::{error_from_query, query};
use crate::components::{
    sentence, AccountPage, NewLoginNotice, NotSignedIn, Page, PhoneNav, Place,
};
use crate::functions::phone::{activity, phone_user, recovery_codes, sign_out_preview, Recovery};
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
        "signed_out" => Some("This phone is signed out, and so is every computer it had logged in."),
        "signed_out_kept" => Some("This phone is signed out. The computers it logged in stay signed in: another phone of yours can log them out under Linked devices."),
        _ => None,
    };
    let going_to_code = next.starts_with("/l/");
    // After a wrong password the name stays, and the password has the focus.
    let username = query("username");
    let retyping = !username.is_empty();
    let user = Resource::new(|| (), |_| phone_user());
    let onward = next.clone();
    view! {
        <Page title="Sign in" class="phone">
            <h1>"Sign in on this phone"</h1>
            {notice.map(|text| view! { <p class="notice" role="status">{text}</p> })}
            <Suspense fallback=|| ()>
                {move || {
                    let onward = onward.clone();
                    Suspend::new(async move {
                        user.await.ok().flatten().map(|user| view! {
                            <section class="signed-in-already" role="status">
                                <p>"You're signed in on this phone as " <strong>{user.display_name.clone()}</strong> "."</p>
                                <p><a class="button" href=onward>"Continue as " {user.display_name}</a></p>
                                <p class="muted">"To use another account on this phone, sign in with it below."</p>
                            </section>
                        })
                    })
                }}
            </Suspense>
            {going_to_code.then(|| view! {
                <p class="muted">"A computer is waiting for you: after signing in you go straight back to its code."</p>
            })}
            <FormError text=error_from_query(Place::SignIn)/>
            <form method="post" action="/api/web/sign-in">
                <label>"Username" <input name="username" autocomplete="username" autocapitalize="none" required value=username/></label>
                <label>"Password" <input name="password" type="password" autocomplete="current-password" required autofocus=retyping/></label>
                <input type="hidden" name="next" value=next.clone()/>
                <button type="submit">"Sign in"</button>
            </form>
            <p class="muted"><a href=format!("/recover?next={next}")>"Forgot your password?"</a></p>
            {super::passkeys::available().then(|| view! { <PasskeySignIn next=next.clone()/> })}
            <p class="muted">"No account? " <a href=format!("/signup?next={next}")>"Create one"</a></p>
        </Page>
    }
}

/// "Sign in with a passkey" instead of the password: the username above,
/// then the phone's own prompt. Shown by the page's script, which does it
/// (`public/passkey/passkey.js`); without JavaScript there is none.
#[component]
fn PasskeySignIn(next: String) -> impl IntoView {
    view! {
        <section id="passkey-sign-in" class="passkey-sign-in" hidden=true>
            <p class="muted">"Or, with a passkey on this phone:"</p>
            <form method="post" action="/api/web/passkey-sign-in" id="passkey-sign-in-form">
                <input type="hidden" name="ceremony"/>
                <input type="hidden" name="credential"/>
                <input type="hidden" name="next" value=next/>
                <p class="passkey-status" role="status"></p>
                <button type="submit" class="secondary">"Sign in with a passkey"</button>
            </form>
        </section>
        <script type="module" src="/passkey/passkey.js"></script>
    }
}

#[component]
pub fn SignUpPage() -> impl IntoView {
    let next = return_path::or_default(Some(&query("next")));
    let going_to_code = next.starts_with("/l/");
    view! {
        <Page title="Create an account" class="phone">
            <h1>"Create an account"</h1>
            {going_to_code.then(|| view! {
                <p class="muted">"A computer is waiting for you: once your account is made you go straight back to its code."</p>
            })}
            <FormError text=error_from_query(Place::SignUp)/>
            <form method="post" action="/api/web/sign-up">
                <label>
                    "Username"
                    <input name="username" autocomplete="username" autocapitalize="none" required
                        minlength="3" maxlength="32" pattern="[A-Za-z0-9._\\-]{3,32}"
                        aria-describedby="username-rule" value=query("username")/>
                </label>
                <p class="hint" id="username-rule">"3 to 32 letters, digits, dots, dashes or underscores."</p>
                <label>"Display name" <input name="display_name" autocomplete="name" maxlength="64" value=query("display_name")/></label>
                <label>
                    "Password"
                    <input name="password" type="password" autocomplete="new-password" required minlength="8" aria-describedby="password-rule"/>
                </label>
                <p class="hint" id="password-rule">"At least 8 characters."</p>
                <input type="hidden" name="next" value=next.clone()/>
                <button type="submit">"Create account"</button>
            </form>
            <p class="muted">"Have an account? " <a href=format!("/signin?next={next}")>"Sign in"</a></p>
        </Page>
    }
}

/// `/phone`: the signed-in phone's home.
#[component]
pub fn PhoneHome() -> impl IntoView {
    let user = Resource::new(|| (), |_| phone_user());
    view! {
        <Page title="Your account" class="phone">
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match user.await {
                        Ok(Some(user)) => Either::Left(view! {
                            <PhoneNav current="/phone"/>
                            <NewLoginNotice then_load=None/>
                            <h1>"Hello, " {user.display_name}</h1>
                            <p>"To log in on a computer, open its login page and scan its code: with this phone's camera app, or here."</p>
                            <p class="link-actions">
                                <a class="button" href="/scan">"Scan a code"</a>
                                " "
                                <a class="button secondary" href="/link">"Link with a code"</a>
                            </p>
                            <p><a href="/recovery">"Recovery codes"</a>" \u{b7} for a forgotten password"</p>
                            <p class="sign-out"><a class="button secondary" href="/signout">"Sign out of this phone…"</a></p>
                        }),
                        _ => Either::Right(view! {
                            <NotSignedIn why="Sign in to log in on computers with this phone."/>
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
        <Page title="Forgot your password?" class="phone">
            <h1>"Forgot your password?"</h1>
            <p>"Type one of the recovery codes you saved when you made the account, and choose a new password. Each code works once."</p>
            <FormError text=error_from_query(Place::Recover)/>
            <form method="post" action="/api/web/recover">
                <label>"Username" <input name="username" autocomplete="username" autocapitalize="none" required value=query("username")/></label>
                <label>
                    "Recovery code"
                    <input name="code" class="user-code-input" required autocomplete="off" autocapitalize="characters"
                        spellcheck="false" maxlength="64" placeholder="BCDF-GHJK-LMNP"/>
                </label>
                <label>
                    "New password"
                    <input name="password" type="password" autocomplete="new-password" required minlength="8" aria-describedby="recover-rule"/>
                </label>
                <p class="hint" id="recover-rule">"At least 8 characters. Your other phones are signed out, as after any change of password, and this one is signed in."</p>
                <input type="hidden" name="next" value=next.clone()/>
                <button type="submit">"Set the new password"</button>
            </form>
            <h2>"No recovery code?"</h2>
            <p class="muted">"Sign in with a passkey, if this phone has one for this site. Or, on another phone that is still signed in, change the password under Account, then Password."</p>
            <p class="muted"><a href=format!("/signin?next={next}")>"Back to sign in"</a></p>
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
        <Page title="Recovery codes" class="phone">
            <Suspense fallback=|| ()>
                {move || {
                    let next = next.clone();
                    Suspend::new(async move {
                    match codes.await {
                        Ok(Recovery::New(codes)) => EitherOf4::A(view! {
                            <h1>"Save your recovery codes"</h1>
                            <p>"If you forget your password, one of these codes lets you set a new one: on the sign-in page, choose \u{201c}Forgot your password?\u{201d}. Each works once."</p>
                            <p class="warning">"They are shown only now. Write them down or keep them in a password manager, not on this phone alone."</p>
                            <ol class="recovery-codes">
                                {codes.into_iter().map(|code| view! { <li><code>{code}</code></li> }).collect_view()}
                            </ol>
                            <p><a class="button" href=next>"I saved them: continue"</a></p>
                        }),
                        Ok(Recovery::Left(left)) => EitherOf4::B(view! {
                            <PhoneNav current=""/>
                            {recovered.then(|| view! {
                                <p class="notice" role="status">"Your new password is set, and this phone is signed in. Your other phones were signed out."</p>
                            })}
                            <h1>"Recovery codes"</h1>
                            <p>{match left {
                                0 => "You have no unused recovery code left. Make new ones now.".to_owned(),
                                1 => "You have 1 unused recovery code.".to_owned(),
                                n => format!("You have {n} unused recovery codes."),
                            }}</p>
                            <FormError text=error_from_query(Place::Password)/>
                            <form method="post" action="/api/web/new-recovery-codes">
                                <label>"Password" <input name="password" type="password" autocomplete="current-password" required/></label>
                                <button type="submit" class="secondary">"Make new codes"</button>
                            </form>
                            <p class="muted">"New codes replace the old ones, used or not."</p>
                            <p><a href=next>"Done"</a></p>
                        }),
                        Ok(Recovery::NotSignedIn) => EitherOf4::C(view! {
                            <NotSignedIn why="Sign in to see your recovery codes. Forgot your password? Use one of them on the sign-in page."/>
                        }),
                        // The store did not answer: say so, do not pretend the phone is out.
                        Err(error) => EitherOf4::D(view! {
                            <h1>"Recovery codes"</h1>
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
        <Page title="Sign out" class="phone">
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match computers.await {
                        Ok(Some(computers)) => EitherOf3::A(view! {
                            <PhoneNav current=""/>
                            <h1>"Sign out of this phone?"</h1>
                            <FormError text=error_from_query(Place::Account)/>
                            <SignOutChoice computers/>
                            <p><a href="/phone">"Cancel"</a></p>
                        }),
                        Ok(None) => EitherOf3::B(view! {
                            <NotSignedIn why="This phone is not signed in: there is nothing to sign out of."/>
                        }),
                        // The store did not answer: say so, do not pretend the phone is out.
                        Err(error) => EitherOf3::C(view! {
                            <h1>"Sign out of this phone?"</h1>
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
    let noun = if count == 1 { "computer" } else { "computers" };
    if count == 0 {
        return Either::Left(view! {
            <p>"No computer that this phone logged in is still signed in."</p>
            <form method="post" action="/api/web/sign-out">
                <button type="submit">"Sign out"</button>
            </form>
        });
    }
    Either::Right(view! {
        <p>"This phone logged in " {count} " " {noun} " that " {if count == 1 { "is" } else { "are" }} " still signed in:"</p>
        <ul class="sign-out-computers">
            {computers
                .into_iter()
                .map(|c| view! { <li>{c.browser} " on " {c.os} " · " {c.ip}</li> })
                .collect_view()}
        </ul>
        <form method="post" action="/api/web/sign-out" class="sign-out-choice">
            <button type="submit">{format!("Sign out and log out {count} {noun}")}</button>
            <button type="submit" class="secondary" name="keep_computers" value="yes">
                {format!("Sign out, keep the {noun} signed in")}
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
        <AccountPage title="Activity" path="/activity" data=events body=move |events| {
            let groups = group(events);
            let pages = groups.len().div_ceil(LOGINS_PER_PAGE).max(1);
            let shown: Vec<_> = groups.into_iter().skip((page - 1) * LOGINS_PER_PAGE).take(LOGINS_PER_PAGE).collect();
            view! {
                <NewLoginNotice then_load=None/>
                <h1>"Activity"</h1>
                <p class="muted">"What happened with this account, newest first. " <span class="time-zone">"Times are in UTC."</span></p>
                {if shown.is_empty() {
                    Either::Left(view! { <p class="empty">"Nothing yet."</p> })
                } else {
                    Either::Right(view! {
                        <ul class="activity">
                            {shown.into_iter().map(|group| view! { <ActivityGroup group/> }).collect_view()}
                        </ul>
                    })
                }}
                <nav class="pages" aria-label="Pages of activity">
                    {(page > 1).then(|| view! { <a href=format!("/activity?page={}", page - 1)>"Newer"</a> })}
                    <span>{format!("Page {page} of {pages}")}</span>
                    {(page < pages).then(|| view! { <a href=format!("/activity?page={}", page + 1)>"Older"</a> })}
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
fn what(kind: AuditKind) -> &'static str {
    match kind {
        AuditKind::Created => "Login code shown",
        AuditKind::Scanned => "Code scanned",
        AuditKind::Approved => "New login approved",
        AuditKind::Denied => "Login declined",
        AuditKind::Expired => "Code expired",
        AuditKind::TokenIssued => "Computer logged in",
        AuditKind::Revoked => "Computer logged out",
        AuditKind::SignedIn => "Phone signed in",
        AuditKind::FailedSignIn => "Failed sign-in attempt",
        AuditKind::PasswordChanged => "Password changed",
        AuditKind::PasskeyAdded => "Passkey added",
        AuditKind::PasskeyRemoved => "Passkey removed",
        AuditKind::PasskeyRefused => "Passkey did not confirm the login",
        AuditKind::AppSignedIn => "Signed in to an app",
    }
}

/// The detail of a step without its internal reason code: `Chrome on
/// Linux, 1.2.3.4 (removed_by_phone)` reads `Chrome on Linux, 1.2.3.4:
/// logged out from this phone`.
fn detail(event: &AuditEvent) -> String {
    let reasons = [
        ("(removed_by_phone)", ": logged out from this phone"),
        ("(signed_out)", ": signed out"),
        ("(account_disabled)", ": the account was disabled"),
        ("(replaced_by_new_login)", ": made room for a new login"),
        ("(password_changed)", ": the password was changed"),
        ("(expired)", ": unused for too long"),
        ("(signed_out_by_app)", ": an app logged it out"),
    ];
    reasons
        .iter()
        .fold(event.detail.clone(), |text, (code, words)| {
            text.replace(&format!(" {code}"), words)
        })
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

/// A moment, in UTC on the server; the page's `LocalTimes` island shows it in
/// the reader's own time zone.
#[component]
fn Moment(at: u64) -> impl IntoView {
    let seconds = at / 1000;
    let (days, rest) = (seconds / 86_400, seconds % 86_400);
    let (year, month, day) = civil_from_days(days);
    let text = format!(
        "{year}-{month:02}-{day:02} {:02}:{:02} UTC",
        rest / 3600,
        rest % 3600 / 60
    );
    view! { <time datetime=format!("{year}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", rest / 3600, rest % 3600 / 60, rest % 60) data-at=at.to_string()>{text}</time> }
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
        let event = AuditEvent {
            kind: AuditKind::Revoked,
            at: 0,
            user_id: None,
            qr_id: None,
            ip: "1.2.3.4".into(),
            user_agent: String::new(),
            detail: "Chrome on Linux, 1.2.3.4 (removed_by_phone)".into(),
        };
        assert_eq!(
            detail(&event),
            "Chrome on Linux, 1.2.3.4: logged out from this phone"
        );
    }
}
