//! `/phones`: the phones (and apps) signed in to this account, and the power
//! to sign any other one out, with the browsers it approved.

use leptos::prelude::*;

use crate::components::ago;

use crate::functions::phone::{phone_sessions, SignOutPhone};
use crate::protocol::PhoneSession;

#[component]
pub fn PhonesPage() -> impl IntoView {
    let sign_out = ServerAction::<SignOutPhone>::new();
    let phones = Resource::new(move || sign_out.version().get(), |_| phone_sessions());
    view! {
        <main class="phone">
            <h1>"Signed-in phones"</h1>
            <p class="muted">"Every phone or app that can approve logins for this account. Sign out any you do not have with you."</p>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match phones.await {
                        Ok(phones) => {
                            let now = phones.server_time;
                            view! {
                                <ul class="devices">
                                    {phones.sessions.into_iter().map(|p| view! { <PhoneRow phone=p now sign_out/> }).collect_view()}
                                </ul>
                            }.into_any()
                        }
                        Err(error) => view! {
                            <p class="error">{error.message}</p>
                            <a href="/signin?next=/phones">"Sign in"</a>
                        }.into_any(),
                    }
                })}
            </Transition>
            {move || sign_out.value().get().and_then(Result::err).map(|e| view! { <p class="error" role="alert">{e.message}</p> })}
            <p><a href="/phone">"Back to your account"</a></p>
        </main>
    }
}

#[component]
fn PhoneRow(phone: PhoneSession, now: u64, sign_out: ServerAction<SignOutPhone>) -> impl IntoView {
    let since = |at: u64| ago(now.saturating_sub(at));
    let session_id = phone.session_id.clone();
    view! {
        <li class="device phone-session" data-session-id=phone.session_id>
            <div>
                <strong>{phone.device_name}</strong>
                {phone.current.then(|| view! { <span class="badge">" this phone"</span> })}
                <div class="muted small">{format!("signed in {} \u{00b7} last active {}", since(phone.created_at), since(phone.last_used_at))}</div>
            </div>
            {(!phone.current).then(|| view! {
                <ActionForm action=sign_out>
                    <input type="hidden" name="session_id" value=session_id/>
                    <button type="submit" class="secondary">"Sign out"</button>
                </ActionForm>
            })}
        </li>
    }
}
