use leptos::prelude::*;

use crate::components::{around_two, Page, MARKS};
use crate::t;

#[component]
pub fn Home() -> impl IntoView {
    // The two links stand inside one sentence, wherever its translation puts them.
    let (sign_in, sign_up) = (t!("home-phone-signin"), t!("home-phone-signup"));
    let sentence = t!("home-phone", signin = MARKS[0], signup = MARKS[1]);
    let ([first, between, last], order) = around_two(&sentence);
    let link = |which: usize| {
        let (href, words) = match which {
            0 => ("/signin", sign_in.clone()),
            _ => ("/signup", sign_up.clone()),
        };
        view! { <a href=href>{words}</a> }
    };
    let on_your_phone = view! { {first} {link(order[0])} {between} {link(order[1])} {last} };
    view! {
        <Page title=t!("home-title")>
            <h1>{t!("home-heading")}</h1>
            <p>{t!("home-intro")}</p>
            <p><a class="button" href="/login">{t!("home-login")}</a></p>
            <p class="muted">{on_your_phone}</p>
        </Page>
    }
}
