use crate::t;

/// How long ago a moment `elapsed_ms` back was, in the words the phone's
/// pages use: "just now", "12 seconds ago", "5 min ago", "3 h ago", "2 days ago".
/// Also said inside the phone's islands (`ago-` is in their words).
pub fn ago(elapsed_ms: u64) -> String {
    let seconds = elapsed_ms / 1000;
    let minutes = seconds / 60;
    match (seconds, minutes) {
        (0..=4, _) => t!("ago-now"),
        (5..=59, _) => t!("ago-seconds", n = seconds),
        (_, 1..=59) => t!("ago-minutes", n = minutes),
        (_, 60..=2879) => t!("ago-hours", n = minutes / 60),
        _ => t!("ago-days", n = minutes / 1440),
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
