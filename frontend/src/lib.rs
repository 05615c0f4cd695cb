//! Entry point of /login's and /kiosk's WASM bundle (cargo-leptos builds it):
//! hydrates the page's island, `LoginLive`. The phone pages have a bundle
//! of their own (`frontend-phone`).

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    app::hydrate_islands();
}
