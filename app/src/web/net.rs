//! The page's HTTP calls and WebSockets to its own site, and how it reads
//! their JSON. The phone pages' bundle makes them with gloo-net; /login's
//! keeps a few lines of its own over web-sys: gloo-net measured +4,322 bytes
//! gzip on /login, over its budget, and +2,443 on the phone's bundle, which
//! has room (scripts/size-budget). Both halves have the signatures below.
//!
//! - `http(method, url, bearer, json)`: an HTTP call to this site (the
//!   browser sends the cookies and the `Origin` the server checks); `None`
//!   when the network failed.
//! - `Socket::open(path)`: a WebSocket to `ws(s)://` + this page's host +
//!   `path`; `Socket::next` its next text message, `None` once it closed or
//!   failed (the callers reconnect).

use protocol::json::{FromJson, JsonValue};

#[cfg(not(feature = "login-islands"))]
pub use by_gloo::{http, Socket};
#[cfg(feature = "login-islands")]
pub use by_hand::{http, Socket};

/// What an HTTP call from the page got back.
pub struct Reply {
    pub ok: bool,
    pub text: String,
}

/// `text` as a `T`, parsed by the browser's own `JSON.parse` (why not
/// serde: `protocol::json`).
pub fn from_json<T: FromJson>(text: &str) -> Option<T> {
    T::from_json(&Parsed(js_sys::JSON::parse(text).ok()?))
}

/// A value `JSON.parse` made, read through the protocol's `JsonValue` (a
/// type of this crate: neither the trait nor `JsValue` is).
struct Parsed(wasm_bindgen::JsValue);

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

/// `ws(s)://` + this page's host + `path`.
fn socket_url(path: &str) -> String {
    let location = leptos::prelude::window().location();
    let scheme = if location.protocol().as_deref() == Ok("https:") {
        "wss"
    } else {
        "ws"
    };
    format!("{scheme}://{}{path}", location.host().unwrap_or_default())
}

#[cfg(not(feature = "login-islands"))]
mod by_gloo {
    use super::Reply;

    pub async fn http(
        method: &str,
        url: &str,
        bearer: Option<&str>,
        json: Option<&str>,
    ) -> Option<Reply> {
        let method = gloo_net::http::Method::from_bytes(method.as_bytes()).ok()?;
        let mut request = gloo_net::http::RequestBuilder::new(url).method(method);
        if let Some(token) = bearer {
            request = request.header("authorization", &format!("Bearer {token}"));
        }
        let request = match json {
            Some(body) => request
                .header("content-type", "application/json")
                .body(body)
                .ok()?,
            None => request.build().ok()?,
        };
        let response = request.send().await.ok()?;
        let text = response.text().await.ok()?;
        Some(Reply {
            ok: response.ok(),
            text,
        })
    }

    pub struct Socket(gloo_net::websocket::futures::WebSocket);

    impl Socket {
        pub fn open(path: &str) -> Option<Self> {
            gloo_net::websocket::futures::WebSocket::open(&super::socket_url(path))
                .ok()
                .map(Self)
        }

        pub async fn next(&mut self) -> Option<String> {
            use futures::StreamExt as _;
            use gloo_net::websocket::Message;
            loop {
                match self.0.next().await? {
                    Ok(Message::Text(text)) => return Some(text),
                    Ok(Message::Bytes(_)) => {}
                    Err(_) => return None,
                }
            }
        }
    }
}

#[cfg(feature = "login-islands")]
mod by_hand {
    use super::Reply;

    pub async fn http(
        method: &str,
        url: &str,
        bearer: Option<&str>,
        json: Option<&str>,
    ) -> Option<Reply> {
        use leptos::prelude::window;
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

    pub struct Socket {
        socket: web_sys::WebSocket,
        messages: futures::channel::mpsc::UnboundedReceiver<String>,
        _on_message: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::MessageEvent)>,
        _on_end: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::Event)>,
    }

    impl Socket {
        pub fn open(path: &str) -> Option<Self> {
            use wasm_bindgen::JsCast as _;
            let socket = web_sys::WebSocket::new(&super::socket_url(path)).ok()?;
            let (sender, messages) = futures::channel::mpsc::unbounded();
            let on_end = {
                let sender = sender.clone();
                wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
                    sender.close_channel();
                })
            };
            let on_message =
                wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
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

        pub async fn next(&mut self) -> Option<String> {
            use futures::StreamExt as _;
            self.messages.next().await
        }
    }

    impl Drop for Socket {
        fn drop(&mut self) {
            self.socket.set_onmessage(None);
            self.socket.set_onclose(None);
            self.socket.set_onerror(None);
            let _ = self.socket.close();
        }
    }
}
