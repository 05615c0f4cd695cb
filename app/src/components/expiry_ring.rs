use leptos::prelude::*;

use crate::t;

/// A ring that empties as the QR code's lifetime runs out, with the seconds
/// left as text for everyone (screen readers included). The browser's clock
/// moves both, a few steps a second: a CSS animation would repaint the page
/// sixty times a second for as long as it is open (measured in headless
/// Chromium: about six times the CPU), a drain on a kiosk tablet showing its
/// code all day, and it needed an inline style, which the CSP now forbids.
#[component]
pub fn ExpiryRing(
    ttl_ms: u64,
    /// Milliseconds left; `None` until the browser's clock takes over.
    remaining_ms: Signal<Option<u64>>,
) -> impl IntoView {
    let left = move || remaining_ms.get().unwrap_or(ttl_ms).min(ttl_ms);
    // Worded at each tick (a few a second): a `Memo` to word it once a
    // second would add its machinery to the WASM for less work than that.
    let words = move || {
        let (before, number, after) = around_number(left().div_ceil(1000));
        view! { {before} <span class="expiry-seconds">{number}</span> {after} }
    };
    // The circle's length is 1000: the offset is the share gone, per mille.
    let gone = move || (1000 - left() * 1000 / ttl_ms.max(1)).to_string();
    view! {
        <div class="expiry">
            <svg
                class="expiry-ring"
                viewBox="0 0 36 36"
                aria-hidden="true"
            >
                <circle class="expiry-track" cx="18" cy="18" r="16"></circle>
                <circle
                    class="expiry-left"
                    cx="18"
                    cy="18"
                    r="16"
                    pathLength="1000"
                    stroke-dashoffset=gone
                ></circle>
            </svg>
            <p class="expiry-text" role="timer" aria-atomic="true">{words}</p>
        </div>
    }
}

/// "Valid for 8 more seconds", cut around its number, which stands in an
/// element of its own (`.expiry-seconds`): the text before it, the number
/// (its first run of digits), the text after. A translation that words the
/// number ("ثانيتان", two seconds) has it all before.
fn around_number(seconds: u64) -> (String, String, String) {
    let sentence = t!("expiry-left", n = seconds);
    // Bytes: a digit is one byte, and a byte search is all the WASM needs.
    let bytes = sentence.as_bytes();
    let Some(start) = bytes.iter().position(u8::is_ascii_digit) else {
        return (sentence, String::new(), String::new());
    };
    let end = bytes[start..]
        .iter()
        .position(|byte| !byte.is_ascii_digit())
        .map_or(bytes.len(), |length| start + length);
    (
        sentence[..start].to_owned(),
        sentence[start..end].to_owned(),
        sentence[end..].to_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_countdown_is_one_sentence_around_its_number() {
        let piece = |text: &str| text.to_owned();
        assert_eq!(
            around_number(42),
            (piece("Valid for "), piece("42"), piece(" more seconds"))
        );
        assert_eq!(
            around_number(1),
            (piece("Valid for "), piece("1"), piece(" more second"))
        );
    }
}
