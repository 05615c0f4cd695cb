use leptos::prelude::*;

use crate::live;
use crate::protocol::PhoneEvent;

/// On the phone's pages: "New login: Chrome on Linux, 203.0.113.7" the
/// moment a browser is linked to the account. `on_news` lets a page refresh
/// what it lists.
#[component]
pub fn NewLoginNotice(#[prop(optional, into)] on_news: Option<Callback<()>>) -> impl IntoView {
    let latest = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let feed = live::account_events(move |event| match event {
            PhoneEvent::NewLogin {
                browser, os, ip, ..
            } => {
                latest.set(Some(format!("New login: {browser} on {os}, {ip}")));
                if let Some(on_news) = on_news {
                    on_news.run(());
                }
            }
        });
        on_cleanup(move || drop(feed));
    });
    move || {
        latest
            .get()
            .map(|text| view! { <div class="new-login" role="status">{text}</div> })
    }
}
