//! The page's plumbing, in one place: its clock, timers, visibility, network
//! state, wake lock, navigation and the backoff of its retries. Each browser
//! function (`hydrate`) has a server twin beside it (`ssr`): effects never
//! run on the server, so the twins only keep the shared page code compiling.

use std::time::Duration;

use leptos::prelude::*;

#[cfg(feature = "hydrate")]
mod net;
#[cfg(feature = "hydrate")]
pub use net::{from_json, http, Socket};

/// A panic's message and place in the browser's console: a release build
/// then aborts with only "unreachable" of its own. A few lines rather than
/// `console_error_panic_hook` (its stack capture and formatting), 501 bytes
/// less gzip on /login.
#[cfg(feature = "hydrate")]
pub fn report_panics() {
    #[wasm_bindgen::prelude::wasm_bindgen(js_namespace = console)]
    extern "C" {
        fn error(message: &str, file: &str, line: u32);
    }
    std::panic::set_hook(Box::new(|panic| {
        let (file, line) = panic
            .location()
            .map_or(("", 0), |at| (at.file(), at.line()));
        let payload = panic.payload();
        let message = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str));
        error(message.unwrap_or("panic"), file, line);
    }));
}

/// Milliseconds on the page's monotonic clock (`performance.now()`): what
/// countdowns and "how long ago" on the page are measured with, never the
/// device's wall clock, which may be off.
#[cfg(feature = "hydrate")]
pub fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

#[cfg(not(feature = "hydrate"))]
pub fn now() -> f64 {
    0.0
}

/// The tab is not shown (another tab, a minimised window).
#[cfg(feature = "hydrate")]
pub fn hidden() -> bool {
    document().hidden()
}

#[cfg(not(feature = "hydrate"))]
pub fn hidden() -> bool {
    false
}

#[cfg(feature = "hydrate")]
pub fn online() -> bool {
    window().navigator().on_line()
}

#[cfg(not(feature = "hydrate"))]
pub fn online() -> bool {
    true
}

/// Asks the Screen Wake Lock API, where the browser has it, to keep a
/// kiosk's screen on (it lapses when the tab hides; each renewal asks again).
#[cfg(feature = "hydrate")]
pub fn keep_screen_awake() {
    use wasm_bindgen::JsCast as _;
    let navigator = window().navigator();
    let Ok(wake_lock) = js_sys::Reflect::get(&navigator, &"wakeLock".into()) else {
        return;
    };
    let Ok(request) = js_sys::Reflect::get(&wake_lock, &"request".into()) else {
        return;
    };
    if let Some(request) = request.dyn_ref::<js_sys::Function>() {
        let _ = request.call1(&wake_lock, &"screen".into());
    }
}

#[cfg(not(feature = "hydrate"))]
pub fn keep_screen_awake() {}

/// Marks the page as running its WASM (`<html data-hydrated="true">`),
/// which the browser tests wait for.
#[cfg(feature = "hydrate")]
pub fn mark_hydrated() {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-hydrated", "true");
    }
}

#[cfg(not(feature = "hydrate"))]
pub fn mark_hydrated() {}

/// The app's pending sign-in (OpenID Connect) this page is for: the id in
/// its address, `/login?authorization={id}`, which the server wrote. Read
/// once per page and kept for its life (leaked, so that it is `Copy`).
#[cfg(feature = "hydrate")]
pub fn app_authorization() -> Option<&'static str> {
    let query = window().location().search().ok()?;
    let id = query.strip_prefix("?authorization=")?.split('&').next()?;
    let id = id.to_owned();
    Some(String::leak(id))
}

#[cfg(not(feature = "hydrate"))]
pub fn app_authorization() -> Option<&'static str> {
    None
}

/// Loads `path` in place of the current page (no new history entry): the
/// server renders it again with what just changed.
#[cfg(feature = "hydrate")]
pub fn replace_page(path: &str) {
    let _ = window().location().replace(path);
}

#[cfg(not(feature = "hydrate"))]
pub fn replace_page(path: &str) {
    let _ = path;
}

/// A wait of up to `max_ms`, different on every page: when a node stops,
/// its pages reconnect at once but not all in the same millisecond.
#[cfg(feature = "hydrate")]
pub fn spread_ms(max_ms: u64) -> u64 {
    // Truncation is the intent: a whole number of ms in 0..max_ms.
    (js_sys::Math::random() * max_ms as f64) as u64
}

/// Waits `ms` milliseconds (browser only: the feeds' retries).
#[cfg(feature = "hydrate")]
pub async fn sleep(ms: u64) {
    let (done, wait) = futures::channel::oneshot::channel::<()>();
    set_timeout(
        move || {
            let _ = done.send(());
        },
        Duration::from_millis(ms),
    );
    let _ = wait.await;
}

/// A restartable one-shot timer owned by the page.
#[derive(Clone, Copy)]
pub struct Timer(StoredValue<Option<TimeoutHandle>>);

impl Timer {
    pub fn new() -> Self {
        Self(StoredValue::new(None))
    }

    /// Runs `action` after `delay_ms`, replacing what was pending.
    pub fn start(self, delay_ms: u64, action: impl FnOnce() + 'static) {
        self.cancel();
        let handle = set_timeout_with_handle(action, Duration::from_millis(delay_ms));
        self.0.try_set_value(handle.ok());
    }

    pub fn cancel(self) {
        if let Some(handle) = self.0.try_get_value().flatten() {
            handle.clear();
        }
    }
}

impl Default for Timer {
    fn default() -> Self {
        Self::new()
    }
}

/// Runs `action` after `delay_ms`, or as soon after as the tab is visible: a
/// hidden tab does nothing until someone looks at it again.
pub fn when_visible(
    timer: Timer,
    delay_ms: u64,
    action: impl Fn() + Clone + Send + Sync + 'static,
) {
    timer.start(delay_ms, move || {
        if hidden() {
            when_visible(timer, 1_000, action);
        } else {
            action();
        }
    });
}

/// Names the browser's tab `what`, the site's name after it, as the server
/// names its pages ("page · site").
#[cfg(feature = "hydrate")]
pub fn name_tab(what: &str, site: &str) {
    if let Some(document) = window().document() {
        document.set_title(&[what, site].join(" \u{b7} "));
    }
}

#[cfg(not(feature = "hydrate"))]
pub fn name_tab(_: &str, _: &str) {}

/// Calls `looked_at` each time the person comes back to this tab (it
/// becomes visible, or its window gets the focus).
pub fn when_looked_at(looked_at: impl Fn() + Clone + 'static) {
    Effect::new(move |_| {
        let again = looked_at.clone();
        let shown = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if !hidden() {
                again();
            }
        });
        let looked_at = looked_at.clone();
        let focused = window_event_listener(leptos::ev::focus, move |_| looked_at());
        on_cleanup(move || {
            shown.remove();
            focused.remove();
        });
    });
}

/// Follows the browser's network state into `online`, and calls `back`
/// each time the network returns.
pub fn watch_network(online: RwSignal<bool>, back: impl Fn() + Clone + 'static) {
    Effect::new(move |_| {
        online.set(self::online());
        let lost = window_event_listener(leptos::ev::offline, move |_| online.set(false));
        let back = back.clone();
        let returned = window_event_listener(leptos::ev::online, move |_| {
            online.set(true);
            back();
        });
        on_cleanup(move || {
            lost.remove();
            returned.remove();
        });
    });
}

/// Exponential backoff between retries: 0.5 s, doubling, at most 8 s;
/// back to the start once something worked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Backoff(u64);

impl Backoff {
    const FIRST_MS: u64 = 500;
    const MAX_MS: u64 = 8_000;

    pub fn new() -> Self {
        Self(Self::FIRST_MS)
    }

    /// The wait before the next retry; the one after it is longer.
    pub fn next_ms(&mut self) -> u64 {
        let wait = self.0;
        self.0 = (self.0 * 2).min(Self::MAX_MS);
        wait
    }

    pub fn reset(&mut self) {
        self.0 = Self::FIRST_MS;
    }
}

impl Default for Backoff {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_to_its_ceiling_and_starts_over_after_a_success() {
        let mut backoff = Backoff::new();
        let waits: Vec<u64> = (0..7).map(|_| backoff.next_ms()).collect();
        assert_eq!(waits, [500, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
        backoff.reset();
        assert_eq!(backoff.next_ms(), 500);
    }
}
