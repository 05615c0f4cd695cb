use leptos::prelude::*;

#[cfg(feature = "hydrate")]
use crate::t;

/// Shows every `<time data-at>` of the page (rendered in UTC by the server,
/// which does not know the reader's time zone) in the reader's own time
/// zone, written the way the page's language writes dates, and says so
/// where the page says which zone its times are in (`.time-zone`).
#[cfg_attr(any(feature = "ssr", feature = "phone-islands"), island)]
#[cfg_attr(not(any(feature = "ssr", feature = "phone-islands")), component)]
pub fn LocalTimes() -> impl IntoView {
    Effect::new(move |_| {
        crate::web::mark_hydrated();
        #[cfg(feature = "hydrate")]
        localize();
    });
}

#[cfg(feature = "hydrate")]
fn localize() {
    use wasm_bindgen::{JsCast as _, JsValue};
    // The page's language (`<html lang>`), so that dates read like its words.
    let lang = crate::language::lang().code();
    let Ok(times) = document().query_selector_all("time[data-at]") else {
        return;
    };
    for index in 0..times.length() {
        let Some(element) = times
            .item(index)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let Some(at) = element
            .get_attribute("data-at")
            .and_then(|at| at.parse::<f64>().ok())
        else {
            continue;
        };
        let date = js_sys::Date::new(&JsValue::from_f64(at));
        let text: String = date.to_locale_string(lang, &JsValue::UNDEFINED).into();
        element.set_text_content(Some(&text));
    }
    if let Ok(Some(note)) = document().query_selector(".time-zone") {
        note.set_text_content(Some(&t!("times-your-zone")));
    }
}
