//! Entry point of the phone pages' WASM bundle (`/l/{token}`, `/link`,
//! `/phone`, `/devices`, `/activity`; built by `scripts/build-wasm`):
//! hydrates their islands, `DecisionLive`, `NewLoginLive` and `LocalTimes`.
//! A bundle of its own, so that /login loads only its own island.

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    app::hydrate_islands();
}
