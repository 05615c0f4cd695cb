use leptos::prelude::*;

use crate::components::{marked_sentence, Page, MARKS};
use crate::t;

#[component]
pub fn Home() -> impl IntoView {
    // The two links stand inside one sentence, wherever its translation puts them.
    let (sign_in, sign_up) = (t!("home-phone-signin"), t!("home-phone-signup"));
    let sentence = t!("home-phone", signin = MARKS[0], signup = MARKS[1]);
    let on_your_phone = marked_sentence(&sentence, 2, |which| {
        let (href, words) = match which {
            0 => ("/signin", sign_in.clone()),
            _ => ("/signup", sign_up.clone()),
        };
        view! { <a href=href>{words}</a> }
    });
    view! {
        <Page title=t!("home-title")>
            <h1>{t!("home-heading")}</h1>
            <p>{t!("home-intro")}</p>
            <p><a class="button" href="/login">{t!("home-login")}</a></p>
            <p class="muted">{on_your_phone}</p>
        </Page>
    }
}
