//! Names that people read on a confirmation screen, a device list or a log
//! line: device names, display names, user agents. Whatever a client sends,
//! what is shown can neither hide text nor reorder it.

/// Longest device name or display name kept, in characters.
pub const NAME_MAX_CHARS: usize = 64;
/// Longest user agent kept, in characters.
pub const AGENT_MAX_CHARS: usize = 256;

/// `raw` without control, bidirectional-override, zero-width or other
/// invisible characters, with every run of white space made one space,
/// trimmed, and cut to `max_chars` characters.
pub fn clean(raw: &str, max_chars: usize) -> String {
    let mut out = String::with_capacity(raw.len().min(max_chars * 4));
    let mut kept = 0;
    let mut pending_space = false;
    for c in raw.chars() {
        if kept == max_chars {
            break;
        }
        if c.is_whitespace() || c.is_control() {
            // Line breaks and tabs would split a log line or a screen row.
            pending_space = !out.is_empty();
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        if pending_space {
            if kept + 1 == max_chars {
                break;
            }
            out.push(' ');
            kept += 1;
            pending_space = false;
        }
        out.push(c);
        kept += 1;
    }
    out
}

/// Characters that draw nothing or change how the text around them is
/// ordered: a name made of them could pass for another.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}'                  // soft hyphen
        | '\u{034F}'                // combining grapheme joiner
        | '\u{061C}'                // Arabic letter mark
        | '\u{115F}' | '\u{1160}'   // Hangul fillers
        | '\u{17B4}' | '\u{17B5}'   // Khmer inherent vowels
        | '\u{180B}'..='\u{180F}'   // Mongolian selectors and vowel separator
        | '\u{200B}'..='\u{200F}'   // zero-width space/joiners, LRM, RLM
        | '\u{202A}'..='\u{202E}'   // bidi embeddings and overrides
        | '\u{2060}'..='\u{206F}'   // word joiner, invisible operators, bidi isolates
        | '\u{3164}'                // Hangul filler
        | '\u{FE00}'..='\u{FE0E}'   // variation selectors (FE0F keeps emoji in colour)
        | '\u{FEFF}'                // zero-width no-break space
        | '\u{FFA0}'                // halfwidth Hangul filler
        | '\u{FFF9}'..='\u{FFFB}'   // interlinear annotation
        | '\u{1D173}'..='\u{1D17A}' // musical formatting
        | '\u{E0000}'..='\u{E0FFF}' // tags and supplementary variation selectors
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn spoofing_characters_are_removed() {
        // "Pixel" then a right-to-left override that would show "lexiP".
        assert_eq!(clean("Pixel\u{202E}8 evil", 64), "Pixel8 evil");
        assert_eq!(clean("Ch\u{200B}rome\u{FEFF}", 64), "Chrome");
        assert_eq!(clean("a\nb\tc\r\n  d", 64), "a b c d");
        assert_eq!(clean("\u{2066}x\u{2069}", 64), "x");
        assert_eq!(clean("  \u{0}\u{7}  ", 64), "");
        // A zero-width joiner is invisible too, even inside an emoji.
        assert_eq!(clean("Ada 👩\u{200D}💻", 64), "Ada 👩💻");
    }

    #[test]
    fn length_is_capped_in_characters() {
        assert_eq!(clean(&"é".repeat(100), 64).chars().count(), 64);
        assert_eq!(clean("abc def", 4), "abc");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        #[test]
        fn a_clean_label_has_nothing_invisible_and_respects_its_cap(raw in any::<String>(), max in 0usize..80) {
            let label = clean(&raw, max);
            prop_assert!(label.chars().count() <= max);
            prop_assert!(!label.chars().any(|c| c.is_control() || is_invisible(c)));
            prop_assert!(!label.starts_with(' ') && !label.ends_with(' '));
            prop_assert!(!label.contains("  "));
            prop_assert!(label.chars().all(|c| c == ' ' || !c.is_whitespace()));
            // Cleaning is idempotent: what is shown is what is stored.
            prop_assert_eq!(clean(&label, max), label.clone());
        }
    }
}
