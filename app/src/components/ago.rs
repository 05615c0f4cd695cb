/// How long ago a moment `elapsed_ms` back was, in the words the phone's
/// pages use: "just now", "12 seconds ago", "5 min ago", "3 h ago", "2 days ago".
pub fn ago(elapsed_ms: u64) -> String {
    let seconds = elapsed_ms / 1000;
    let minutes = seconds / 60;
    match (seconds, minutes) {
        (0..=4, _) => "just now".into(),
        (5..=59, _) => format!("{seconds} seconds ago"),
        (_, 1..=59) => format!("{minutes} min ago"),
        (_, 60..=2879) => format!("{} h ago", minutes / 60),
        _ => format!("{} days ago", minutes / 1440),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_range_has_its_words() {
        assert_eq!(ago(0), "just now");
        assert_eq!(ago(12_000), "12 seconds ago");
        assert_eq!(ago(5 * 60_000 + 1), "5 min ago");
        assert_eq!(ago(3 * 3_600_000), "3 h ago");
        assert_eq!(ago(3 * 86_400_000), "3 days ago");
    }
}
