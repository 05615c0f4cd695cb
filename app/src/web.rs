//! The page's plumbing, in one place: its clock, timers, visibility, network
//! state, wake lock, navigation and the backoff of its retries. Each browser
//! function (`hydrate`) has a server twin beside it (`ssr`): effects never
//! run on the server, so the twins only keep the shared page code compiling.

use std::time::Duration;

use leptos::prelude::*;

#[cfg(feature = "hydrate")]
use protocol::json::{FromJson, JsonValue};

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

/// What an HTTP call from the page got back.
#[cfg(feature = "hydrate")]
pub struct Reply {
    pub ok: bool,
    pub text: String,
}

/// An HTTP call from the page to its own site: the browser sends the cookies
/// and the `Origin` the server checks. `None` when the network failed.
#[cfg(feature = "hydrate")]
pub async fn http(
    method: &str,
    url: &str,
    bearer: Option<&str>,
    json: Option<&str>,
) -> Option<Reply> {
    use wasm_bindgen::{JsCast as _, JsValue};
    use wasm_bindgen_futures::JsFuture;

    let init = web_sys::RequestInit::new();
    init.set_method(method);
    let headers = web_sys::Headers::new().ok()?;
    if let Some(token) = bearer {
        headers
            .set("authorization", &format!("Bearer {token}"))
            .ok()?;
    }
    if let Some(body) = json {
        headers.set("content-type", "application/json").ok()?;
        init.set_body(&JsValue::from_str(body));
    }
    init.set_headers(&headers);
    let request = web_sys::Request::new_with_str_and_init(url, &init).ok()?;
    let response: web_sys::Response = JsFuture::from(window().fetch_with_request(&request))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    let text = JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    Some(Reply {
        ok: response.ok(),
        text,
    })
}

/// `text` as a `T`, parsed by the browser's own `JSON.parse` (why not
/// serde: `protocol::json`).
#[cfg(feature = "hydrate")]
pub fn from_json<T: FromJson>(text: &str) -> Option<T> {
    T::from_json(&Parsed(js_sys::JSON::parse(text).ok()?))
}

/// A value `JSON.parse` made, read through the protocol's `JsonValue` (a
/// type of this crate: neither the trait nor `JsValue` is).
#[cfg(feature = "hydrate")]
struct Parsed(wasm_bindgen::JsValue);

#[cfg(feature = "hydrate")]
impl JsonValue for Parsed {
    fn member(&self, name: &str) -> Option<Self> {
        if !self.0.is_object() {
            return None;
        }
        let member = js_sys::Reflect::get(&self.0, &name.into()).ok()?;
        (!member.is_undefined() && !member.is_null()).then_some(Self(member))
    }

    fn element(&self, index: u32) -> Option<Self> {
        if !js_sys::Array::is_array(&self.0) {
            return None;
        }
        let element = js_sys::Reflect::get_u32(&self.0, index).ok()?;
        (!element.is_undefined()).then_some(Self(element))
    }

    fn string(&self) -> Option<String> {
        self.0.as_string()
    }

    fn number(&self) -> Option<f64> {
        self.0.as_f64()
    }

    fn boolean(&self) -> Option<bool> {
        self.0.as_bool()
    }
}

/// A WebSocket to this site: its text messages, until it closes.
#[cfg(feature = "hydrate")]
pub struct Socket {
    socket: web_sys::WebSocket,
    messages: futures::channel::mpsc::UnboundedReceiver<String>,
    _on_message: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_end: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::Event)>,
}

#[cfg(feature = "hydrate")]
impl Socket {
    /// Opens `ws(s)://` + this page's host + `path`.
    pub fn open(path: &str) -> Option<Self> {
        use wasm_bindgen::JsCast as _;
        let location = window().location();
        let scheme = if location.protocol().as_deref() == Ok("https:") {
            "wss"
        } else {
            "ws"
        };
        let url = format!("{scheme}://{}{path}", location.host().unwrap_or_default());
        let socket = web_sys::WebSocket::new(&url).ok()?;
        let (sender, messages) = futures::channel::mpsc::unbounded();
        let on_end = {
            let sender = sender.clone();
            wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
                sender.close_channel();
            })
        };
        let on_message = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                if let Some(text) = event.data().as_string() {
                    let _ = sender.unbounded_send(text);
                }
            },
        );
        socket.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        socket.set_onclose(Some(on_end.as_ref().unchecked_ref()));
        socket.set_onerror(Some(on_end.as_ref().unchecked_ref()));
        Some(Self {
            socket,
            messages,
            _on_message: on_message,
            _on_end: on_end,
        })
    }

    /// The next text message; `None` once the socket has closed.
    pub async fn next(&mut self) -> Option<String> {
        use futures::StreamExt as _;
        self.messages.next().await
    }
}

#[cfg(feature = "hydrate")]
impl Drop for Socket {
    fn drop(&mut self) {
        self.socket.set_onmessage(None);
        self.socket.set_onclose(None);
        self.socket.set_onerror(None);
        let _ = self.socket.close();
    }
}
