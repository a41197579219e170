//! Text from a theory file made safe for a terminal or a CI log: control characters (ESC, BEL,
//! C1 controls) and bidirectional overrides are replaced, so a theory cannot clear a screen,
//! plant a hyperlink or reorder what the reader sees.

use std::borrow::Cow;

/// Whether a character may not reach a terminal as it is.
fn is_hostile(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The text with every hostile character replaced by `?`, one `?` per byte, so that byte
/// offsets into it (the spans diagnostics point with) still fall on the same characters.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hostile) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_hostile(c) && c != '\r' {
            out.extend(std::iter::repeat_n('?', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_overrides_become_question_marks_of_the_same_length() {
        let hostile = "a\u{1b}]8;;http://x\u{7}b\u{202e}c\u{9b}d";
        let safe = printable(hostile);
        assert_eq!(safe.len(), hostile.len(), "byte offsets are kept");
        assert!(
            !safe.contains(['\u{1b}', '\u{7}', '\u{202e}', '\u{9b}']),
            "{safe}"
        );
        assert_eq!(
            printable("vanlig text\tmed tab\n"),
            "vanlig text\tmed tab\n"
        );
        assert_eq!(
            printable("crlf\r\n"),
            "crlf\r\n",
            "line ends stay line ends"
        );
    }
}
