//! What an island starts from. Islands here take no props of leptos's kind:
//! leptos decodes those in the browser with serde_json, the cost
//! `protocol::json` keeps out of the WASM. The server renders an island like
//! any component, so it hands the values over as context; it also writes
//! them as JSON on a hidden element, where the island reads them in the
//! browser.

use leptos::prelude::*;
use serde::Serialize;

use protocol::json::FromJson;

/// Values an island starts from (one island of a kind per page).
pub trait IslandProps: Serialize + FromJson + Clone + Send + Sync + 'static {
    /// The id of the element that carries them.
    const ID: &'static str;
}

/// Renders `children` (the island) with `props` for it.
#[component]
pub fn WithProps<P: IslandProps>(props: P, children: Children) -> impl IntoView {
    // Plain strings and numbers: serde_json cannot fail on them.
    let json = serde_json::to_string(&props).unwrap_or_default();
    provide_context(props);
    view! { <div hidden id=P::ID data-props=json></div> {children()} }
}

/// Inside the island: its values (`None` only if a page forgot `WithProps`).
pub fn island_props<P: IslandProps>() -> Option<P> {
    #[cfg(feature = "hydrate")]
    {
        let element = document().get_element_by_id(P::ID)?;
        crate::web::from_json(&element.get_attribute("data-props")?)
    }
    #[cfg(not(feature = "hydrate"))]
    {
        use_context::<P>()
    }
}
