//! One translated sentence with elements inside it (a link, a name in
//! bold, a code): translators get the whole sentence and may put the
//! elements anywhere in it.

/// Stand-ins for the elements (a link, a bold name or code) inside one
/// translated sentence: the message is formatted with `MARKS[i]` as the
/// value of element `i`, then cut at them (`around`, `around_two`), so that
/// translators get the whole sentence and may put the elements anywhere in
/// it. Control characters, which no text has; ASCII, so that finding one
/// is a plain byte search (a `&str` or `char` search would put core's
/// searchers in the WASM).
pub const MARKS: [char; 2] = ['\u{1}', '\u{2}'];

/// Where `mark` is in `sentence`.
fn find(sentence: &str, mark: char) -> Option<usize> {
    sentence
        .bytes()
        .position(|byte| u32::from(byte) == u32::from(mark))
}

/// A sentence formatted with `MARKS[0]` for its one element, cut there:
/// the text before the element and after it. A translation that left the
/// element out keeps it at the end.
pub fn around(sentence: &str) -> (String, String) {
    match find(sentence, MARKS[0]) {
        Some(at) => (sentence[..at].to_owned(), sentence[at + 1..].to_owned()),
        None => (sentence.to_owned(), String::new()),
    }
}

/// A sentence formatted with `MARKS[0]` and `MARKS[1]` for its two
/// elements, cut at them: its three pieces of text, and which element
/// stands after the first piece and which after the second (a translation
/// may swap them; one it left out comes at the end). Fixed in shape, so that
/// an island shows it without a list's machinery in its WASM.
pub fn around_two(sentence: &str) -> ([String; 3], [usize; 2]) {
    let at = |which: usize| find(sentence, MARKS[which]).unwrap_or(sentence.len());
    let order = if at(0) <= at(1) { [0, 1] } else { [1, 0] };
    let (first, second) = (at(order[0]), at(order[1]));
    // Past a mark (the end of the sentence stays the end).
    let past = |at: usize| (at + 1).min(sentence.len());
    let pieces = [
        sentence[..first].to_owned(),
        sentence[past(first)..second.max(past(first))].to_owned(),
        sentence[past(second).max(past(first))..].to_owned(),
    ];
    (pieces, order)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_is_cut_where_its_elements_stand() {
        let (a, b) = (MARKS[0], MARKS[1]);
        let own = |pieces: [&str; 3]| pieces.map(str::to_owned);
        assert_eq!(
            around(&format!("Sign in to {a}.")),
            (String::from("Sign in to "), String::from("."))
        );
        assert_eq!(
            around("No element"),
            (String::from("No element"), String::new())
        );
        assert_eq!(
            around_two(&format!("Open {a} and type {b}.")),
            (own(["Open ", " and type ", "."]), [0, 1])
        );
        // A translation may swap them, or leave one out.
        assert_eq!(
            around_two(&format!("{b} then {a}")),
            (own(["", " then ", ""]), [1, 0])
        );
        assert_eq!(
            around_two(&format!("Only {b} here")),
            (own(["Only ", " here", ""]), [1, 0])
        );
        assert_eq!(around_two("None"), (own(["None", "", ""]), [0, 1]));
    }
}
