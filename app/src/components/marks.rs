//! One translated sentence with elements inside it (a link, a name in
//! bold, a code): translators get the whole sentence and may put the
//! elements anywhere in it.

use leptos::prelude::IntoView;

/// Stand-ins for the elements (a link, a bold name or code) inside one
/// translated sentence: the message is formatted with `MARKS[i]` as the
/// value of element `i`, then cut at them (`around`, `cut`), so that
/// translators get the whole sentence and may put the elements anywhere in
/// it. Private-use characters: no text has them.
pub const MARKS: [&str; 2] = ["\u{e000}", "\u{e001}"];

/// A sentence formatted with `MARKS[0]` for its one element, cut there:
/// the text before the element and after it. A translation that left the
/// element out keeps it at the end.
pub fn around(sentence: &str) -> (String, String) {
    let mut pieces = cut(sentence, 1).into_iter().map(|(text, _)| text);
    (
        pieces.next().unwrap_or_default(),
        pieces.next().unwrap_or_default(),
    )
}

/// A sentence formatted with the first `elements` of `MARKS`, shown with
/// `element(i)` where its translation put mark `i`.
pub fn marked_sentence<V: IntoView>(
    sentence: &str,
    elements: usize,
    element: impl Fn(usize) -> V,
) -> Vec<(String, Option<V>)> {
    cut(sentence, elements)
        .into_iter()
        .map(|(text, which)| (text, which.map(&element)))
        .collect()
}

/// A sentence formatted with the first `elements` of `MARKS`, cut at them:
/// each piece of text, and which element follows it (`None` after the
/// last). An element a translation left out comes at the end.
fn cut(sentence: &str, elements: usize) -> Vec<(String, Option<usize>)> {
    let marks = &MARKS[..elements.min(MARKS.len())];
    let mut pieces = Vec::new();
    let mut shown = [false; MARKS.len()];
    let mut rest = sentence;
    while let Some((at, which)) = marks
        .iter()
        .enumerate()
        .filter_map(|(which, mark)| rest.find(mark).map(|at| (at, which)))
        .min()
    {
        pieces.push((rest[..at].to_owned(), Some(which)));
        shown[which] = true;
        rest = &rest[at + marks[which].len()..];
    }
    pieces.push((rest.to_owned(), None));
    let left_out = (0..marks.len()).filter(|&which| !shown[which]);
    pieces.extend(left_out.map(|which| (String::new(), Some(which))));
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_is_cut_where_its_elements_stand() {
        let (a, b) = (MARKS[0], MARKS[1]);
        assert_eq!(
            around(&format!("Sign in to {a}.")),
            (String::from("Sign in to "), String::from("."))
        );
        assert_eq!(
            around("No element"),
            (String::from("No element"), String::new())
        );
        let piece = |text: &str, which: Option<usize>| (text.to_owned(), which);
        assert_eq!(
            cut(&format!("Open {a} and type {b}."), 2),
            [
                piece("Open ", Some(0)),
                piece(" and type ", Some(1)),
                piece(".", None)
            ]
        );
        // A translation may swap them, or leave one out.
        assert_eq!(
            cut(&format!("{b} then {a}"), 2),
            [
                piece("", Some(1)),
                piece(" then ", Some(0)),
                piece("", None)
            ]
        );
        assert_eq!(
            cut(&format!("Only {b}"), 2),
            [piece("Only ", Some(1)), piece("", None), piece("", Some(0))]
        );
    }
}
