use leptos::prelude::*;

use crate::browser;
use crate::live;
use crate::protocol::PhoneEvent;

/// On the phone's pages: "New login: Chrome on Linux, 203.0.113.7" the
/// moment a browser is linked to the account (an island: it listens). With
/// `then_load`, that page is loaded instead (`/devices?new`: the list, which
/// must show the new login, rendered again with its notice).
#[island]
pub fn NewLoginNotice(then_load: Option<String>) -> impl IntoView {
    let latest = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        browser::mark_hydrated();
        let then_load = then_load.clone();
        let feed = live::account_events(move |event| match event {
            PhoneEvent::NewLogin {
                browser, os, ip, ..
            } => match &then_load {
                Some(path) => browser::replace_page(path),
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

/// The notice's words, also said by a page rendered after a new login.
pub fn new_login(browser: &str, os: &str, ip: &str) -> String {
    format!("New login: {browser} on {os}, {ip}")
}
