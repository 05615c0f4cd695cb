//! QR code → inline SVG, the same code on the server (first paint) and in WASM
//! (every refresh).
//!
//! With the site's mark (`QR_MARK`) the code is drawn at error correction H,
//! and the page lays the mark over its centre (`style/main.css`, `.qr-mark`):
//! H restores 30 % of the code's words, the mark hides about 6 % of its area.

use qrcode::{Color, EcLevel, QrCode};

/// Modules of light margin around the code, as the QR standard asks.
const QUIET_ZONE: usize = 4;

/// The code of `payload`: at error correction H when the page covers its
/// centre with the site's mark, M otherwise (a smaller code).
fn code(payload: &str, marked: bool) -> Option<QrCode> {
    let level = if marked { EcLevel::H } else { EcLevel::M };
    QrCode::with_error_correction_level(payload.as_bytes(), level).ok()
}

/// The SVG of `payload`: one path of dark modules on a light square,
/// colours fixed so that a dark page theme cannot invert them. `None` when
/// the payload does not fit in a QR code.
pub fn svg(payload: &str, marked: bool) -> Option<String> {
    let code = code(payload, marked)?;
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

/// The QR version (1–40) that `payload` needs.
pub fn version(payload: &str, marked: bool) -> Option<i16> {
    match code(payload, marked)?.version() {
        qrcode::Version::Normal(v) => Some(v),
        qrcode::Version::Micro(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_has_quiet_zone_and_fixed_colours() {
        let svg = svg("https://example.com/l/AAAAAAAAAAAAAAAAAAAAAA", false).unwrap_or_default();
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
        assert_eq!(version(&payload, false), Some(4));
    }

    /// Where the page lays the mark: `inset: 40%` of the code's square.
    const MARK_INSET_PERCENT: usize = 40;

    #[test]
    fn the_page_lays_the_mark_where_the_tests_read_through_it() {
        let css = include_str!("../../style/main.css");
        let rule = css
            .split(".qr-mark .qr-code::after {")
            .nth(1)
            .and_then(|rest| rest.split('}').next())
            .unwrap_or_default();
        assert!(
            rule.contains(&format!("inset: {MARK_INSET_PERCENT}%;")),
            "{rule}"
        );
    }

    /// The code as a screen shows it with the site's mark over its centre
    /// (`public/favicon.svg` on a white tile), in grey levels, `scale`
    /// pixels a module.
    fn marked_frame(payload: &str, scale: usize) -> (usize, Vec<u8>) {
        let code = code(payload, true).unwrap_or_else(|| panic!("{payload}"));
        let width = code.width();
        let colors = code.to_colors();
        let side = (width + 2 * QUIET_ZONE) * scale;
        let (from, to) = (
            side * MARK_INSET_PERCENT / 100,
            side - side * MARK_INSET_PERCENT / 100,
        );
        let tile = to - from;
        let mut grey = vec![255u8; side * side];
        for y in 0..side {
            for x in 0..side {
                grey[y * side + x] = if (from..to).contains(&x) && (from..to).contains(&y) {
                    // The favicon fills the tile's central 76 %: blue (grey
                    // 93) with the three white finder squares and a dot of
                    // its 16-unit grid.
                    let margin = tile * 12 / 100;
                    let (u, v) = (x - from, y - from);
                    let inside = (margin..tile - margin).contains(&u)
                        && (margin..tile - margin).contains(&v);
                    let (gu, gv) = (
                        (u.saturating_sub(margin)) * 16 / (tile - 2 * margin),
                        (v.saturating_sub(margin)) * 16 / (tile - 2 * margin),
                    );
                    let white = [(3, 3, 4), (9, 3, 4), (3, 9, 4), (10, 10, 2)].iter().any(
                        |&(sx, sy, n)| (sx..sx + n).contains(&gu) && (sy..sy + n).contains(&gv),
                    );
                    if inside && !white {
                        93
                    } else {
                        255
                    }
                } else {
                    let (mx, my) = (
                        (x / scale).wrapping_sub(QUIET_ZONE),
                        (y / scale).wrapping_sub(QUIET_ZONE),
                    );
                    let dark = mx < width && my < width && colors[my * width + mx] == Color::Dark;
                    if dark {
                        0
                    } else {
                        255
                    }
                };
            }
        }
        (side, grey)
    }

    #[test]
    fn a_marked_code_still_reads_for_every_host_length() {
        let token = "AAAAAAAAAAAAAAAAAAAAAA";
        let mut payloads: Vec<String> = (1..=60)
            .map(|n| format!("https://{}/l/{token}", "h".repeat(n)))
            .collect();
        payloads.push(format!("com.example.login://qr-auth?token={token}"));
        for payload in &payloads {
            for scale in [3, 5] {
                let (side, grey) = marked_frame(payload, scale);
                let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
                    grey[y * side + x]
                });
                let read = image
                    .detect_grids()
                    .into_iter()
                    .find_map(|grid| grid.decode().ok().map(|(_, text)| text));
                assert_eq!(read.as_deref(), Some(payload.as_str()), "scale {scale}");
            }
        }
    }

    #[test]
    fn the_mark_costs_a_larger_code() {
        let payload = "https://login.example.com/l/AAAAAAAAAAAAAAAAAAAAAA";
        assert_eq!(version(payload, false), Some(4));
        assert_eq!(version(payload, true), Some(5));
    }

    #[test]
    fn different_payloads_draw_different_codes() {
        assert_ne!(svg("https://h/l/a", false), svg("https://h/l/b", false));
    }
}
