//! `/devices` on the phone: every browser this account is logged in on, and
//! the power to log any of them out, live.

use leptos::prelude::*;

use crate::components::{ago, NewLoginNotice};
use crate::functions::phone::{linked_devices, Unlink};
use crate::protocol::LinkedDevice;

#[component]
pub fn DevicesPage() -> impl IntoView {
    let unlink = ServerAction::<Unlink>::new();
    // Read again after every log-out.
    let linked = Resource::new(move || unlink.version().get(), |_| linked_devices());
    view! {
        <main class="phone">
            <NewLoginNotice on_news=move |()| linked.refetch()/>
            <h1>"Linked devices"</h1>
            <p class="muted">"Browsers you logged in by scanning a code. Log out any you do not recognise."</p>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match linked.await {
                        Ok(linked) if linked.devices.is_empty() => {
                            view! { <p class="empty">"No browser is logged in with this account."</p> }.into_any()
                        }
                        Ok(linked) => {
                            let now = linked.server_time;
                            view! {
                                <ul class="devices">
                                    {linked.devices.into_iter().map(|d| view! { <DeviceRow device=d now unlink/> }).collect_view()}
                                </ul>
                                <ActionForm action=unlink>
                                    <button type="submit" class="secondary danger">"Log out all browsers"</button>
                                </ActionForm>
                            }.into_any()
                        }
                        Err(error) => view! {
                            <p class="error">{error.message}</p>
                            <a href="/signin?next=/devices">"Sign in"</a>
                        }.into_any(),
                    }
                })}
            </Transition>
        </main>
    }
}

#[component]
fn DeviceRow(device: LinkedDevice, now: u64, unlink: ServerAction<Unlink>) -> impl IntoView {
    let since = |at: u64| ago(now.saturating_sub(at));
    let session_id = device.session_id.clone();
    view! {
        <li class="device" data-session-id=device.session_id>
            <div>
                <strong>{format!("{} on {}", device.browser, device.os)}</strong>
                <div class="muted small">{format!("{} \u{00b7} linked {} by {}", device.ip, since(device.created_at), device.approved_by)}</div>
                <div class="muted small">{format!("last active {}", since(device.last_seen_at))}</div>
            </div>
            <ActionForm action=unlink>
                <input type="hidden" name="session_id" value=session_id/>
                <button type="submit" class="secondary">"Log out"</button>
            </ActionForm>
        </li>
    }
}
