use leptos::prelude::*;
use serde::Serialize;

use super::{island_props, IslandProps, WithProps};
use crate::live;
use crate::t;
use crate::web;
use protocol::json::{maybe, FromJson, JsonValue};
use protocol::PhoneEvent;

/// On the phone's pages: "New login: Chrome on Linux, 203.0.113.7" the
/// moment a browser is linked to the account. With `then_load`, that page
/// is loaded instead (`/devices?new`: the list, which must show the new
/// login, rendered again with its notice).
#[component]
pub fn NewLoginNotice(then_load: Option<String>) -> impl IntoView {
    view! { <WithProps props=NewLoginLiveData { then_load }><NewLoginLive/></WithProps> }
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
struct NewLoginLiveData {
    then_load: Option<String>,
}

impl IslandProps for NewLoginLiveData {
    const ID: &'static str = "new-login-props";
}

impl FromJson for NewLoginLiveData {
    fn from_json(value: &impl JsonValue) -> Option<Self> {
        Some(Self {
            then_load: maybe(value, "thenLoad")?,
        })
    }
}

/// The island: it listens.
#[cfg_attr(any(feature = "ssr", feature = "phone-islands"), island)]
#[cfg_attr(not(any(feature = "ssr", feature = "phone-islands")), component)]
fn NewLoginLive() -> impl IntoView {
    island_props().map(|NewLoginLiveData { then_load }| notice(then_load))
}

fn notice(then_load: Option<String>) -> impl IntoView {
    let latest = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        web::mark_hydrated();
        let then_load = then_load.clone();
        let feed = live::account_events(move |event| match event {
            PhoneEvent::NewLogin {
                browser, os, ip, ..
            } => match &then_load {
                Some(path) => web::replace_page(path),
                None => latest.set(Some(new_login(&browser, &os, &ip))),
            },
        });
        on_cleanup(move || drop(feed));
    });
    view! {
        <div class="new-login-slot" aria-live="polite">
            {move || latest.get().map(|text| view! { <p class="new-login" role="status">{text}</p> })}
        </div>
    }
}

/// The notice's words, also said by a page rendered after a new login
/// (and by the island: `notice-` is in the phone's islands' words).
pub fn new_login(browser: &str, os: &str, ip: &str) -> String {
    t!("notice-new-login", browser = browser, os = os, ip = ip)
}

#[cfg(test)]
mod tests {
    use super::*;
    use protocol::json::assert_reads_back;

    #[test]
    fn the_island_reads_what_the_server_hands_it() {
        for then_load in [None, Some("/devices?new".to_owned())] {
            assert_reads_back(&NewLoginLiveData { then_load });
        }
    }
}
