//! QR code → inline SVG, the same code on the server (first paint) and in WASM
//! (every refresh).

use qrcode::{Color, EcLevel, QrCode};

/// Modules of light margin around the code, as the QR standard asks.
const QUIET_ZONE: usize = 4;

/// The SVG of `payload` at error correction M: one path of dark modules on a
/// light square, colours fixed so that a dark page theme cannot invert them.
/// `None` when the payload does not fit in a QR code.
pub fn svg(payload: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let size = width + 2 * QUIET_ZONE;
    let colors = code.to_colors();
    // One subpath per horizontal run of dark modules keeps the markup small.
    let mut path = String::with_capacity(width * width);
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            let run = row[x..].iter().take_while(|c| **c == Color::Dark).count();
            if run > 0 {
                let (left, top) = (x + QUIET_ZONE, y + QUIET_ZONE);
                path.push_str(&format!("M{left} {top}h{run}v1h-{run}z"));
            }
            x += run.max(1);
        }
    }
    Some(format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges" aria-hidden="true" focusable="false"><rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d="{path}"/></svg>"##
    ))
}

/// The QR version (1–40) that `payload` needs at error correction M.
pub fn version(payload: &str) -> Option<i16> {
    let code = QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M).ok()?;
    match code.version() {
        qrcode::Version::Normal(v) => Some(v),
        qrcode::Version::Micro(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_has_quiet_zone_and_fixed_colours() {
        let svg = svg("https://example.com/l/AAAAAAAAAAAAAAAAAAAAAA").unwrap_or_default();
        // This payload needs version 3, 29 modules wide: 37 with 4 on each side.
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains(r#"viewBox="0 0 37 37""#), "{svg}");
        assert!(svg.contains(r##"fill="#fff""##) && svg.contains(r##"fill="#000""##));
        // The top-left finder pattern's first row: 7 dark modules at the quiet zone's edge.
        assert!(svg.contains("M4 4h7v1h-7z"), "{svg}");
    }

    #[test]
    fn protocol_payload_fits_version_4_for_a_24_character_host() {
        let host = "abcdefghijklmnopqrstuvwx";
        assert_eq!(host.len(), 24);
        let payload = format!("https://{host}/l/AAAAAAAAAAAAAAAAAAAAAA");
        assert_eq!(version(&payload), Some(4));
    }

    #[test]
    fn different_payloads_draw_different_codes() {
        assert_ne!(svg("https://h/l/a"), svg("https://h/l/b"));
    }
}
