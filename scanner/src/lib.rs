//! Reads a QR code from a camera frame, for the phone's `/scan` page when
//! the browser has no `BarcodeDetector` (Chromium on desktop Linux and
//! Windows, Firefox, Safari before 17). Built by `scripts/build-wasm` into
//! `target/site/scan/`, apart from the islands' WASM: only `/scan` loads it.

use wasm_bindgen::prelude::wasm_bindgen;

/// The text of the first QR code found in an RGBA frame (`width` × `height`,
/// as `CanvasRenderingContext2D.getImageData` gives it), or `undefined`.
#[wasm_bindgen]
pub fn decode(width: u32, height: u32, rgba: &[u8]) -> Option<String> {
    let (w, h) = (usize::try_from(width).ok()?, usize::try_from(height).ok()?);
    if w.checked_mul(h)?.checked_mul(4)? != rgba.len() {
        return None;
    }
    // Luma (BT.601), computed once per frame.
    let grey: Vec<u8> = rgba
        .chunks_exact(4)
        .map(|p| {
            let y = 299 * u32::from(p[0]) + 587 * u32::from(p[1]) + 114 * u32::from(p[2]);
            u8::try_from(y / 1000).unwrap_or(u8::MAX)
        })
        .collect();
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| grey[y * w + x]);
    image
        .detect_grids()
        .into_iter()
        .find_map(|grid| grid.decode().ok().map(|(_, text)| text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use qrcode::{Color, QrCode};

    /// `text` as a camera would see it: `scale` pixels per module, a quiet
    /// zone, dark on light, in RGBA.
    fn frame(text: &str, scale: usize) -> (u32, u32, Vec<u8>) {
        let code = QrCode::new(text.as_bytes()).unwrap();
        let modules = code.width();
        let side = (modules + 8) * scale;
        let colors = code.to_colors();
        let mut rgba = Vec::with_capacity(side * side * 4);
        for y in 0..side {
            for x in 0..side {
                let (mx, my) = ((x / scale).wrapping_sub(4), (y / scale).wrapping_sub(4));
                let dark = mx < modules && my < modules && colors[my * modules + mx] == Color::Dark;
                let v = if dark { 20 } else { 235 };
                rgba.extend_from_slice(&[v, v, v, 255]);
            }
        }
        let side = u32::try_from(side).unwrap();
        (side, side, rgba)
    }

    #[test]
    fn reads_a_login_code_as_the_page_draws_it() {
        let payload = "https://login.example.com/l/AAAAAAAAAAAAAAAAAAAAAA";
        for scale in [3, 6] {
            let (w, h, rgba) = frame(payload, scale);
            assert_eq!(
                decode(w, h, &rgba).as_deref(),
                Some(payload),
                "scale {scale}"
            );
        }
    }

    #[test]
    fn a_frame_without_a_code_or_of_the_wrong_size_reads_nothing() {
        let blank = vec![200u8; 64 * 48 * 4];
        assert_eq!(decode(64, 48, &blank), None);
        assert_eq!(decode(64, 49, &blank), None);
        assert_eq!(decode(u32::MAX, u32::MAX, &blank), None);
        assert_eq!(decode(0, 0, &[]), None);
    }
}
