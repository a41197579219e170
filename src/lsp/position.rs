//! Byte offsets in a file's text and the line/character positions an editor speaks.
//!
//! LSP counts characters in UTF-16 code units unless the client agrees to UTF-8 at
//! `initialize`; Swedish text (å, ä, ö) is one unit either way, but an emoji or a
//! mathematical sign is not, so both counts are kept right.

use crate::source::Span;
use lsp_types::{Position, Range};

/// How the client counts a line's characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 bytes.
    Utf8,
    /// UTF-16 code units: the protocol's default.
    Utf16,
}

/// Where each line of one text starts, to turn offsets into positions and back.
#[derive(Debug, Clone)]
pub struct Lines {
    starts: Vec<usize>,
    encoding: Encoding,
}

impl Lines {
    /// The lines of `text`.
    pub fn new(text: &str, encoding: Encoding) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Lines { starts, encoding }
    }

    /// The position of a byte offset (clamped to the text, and back to a character
    /// boundary).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let before = &text[self.starts[line]..offset];
        let character = match self.encoding {
            Encoding::Utf8 => before.len(),
            Encoding::Utf16 => before.encode_utf16().count(),
        };
        Position::new(line as u32, character as u32)
    }

    /// The byte offset of a position; a line past the end is the end of the text and a
    /// character past a line's end is that line's end, as the protocol asks.
    pub fn offset(&self, text: &str, position: Position) -> usize {
        let Some(&start) = self.starts.get(position.line as usize) else {
            return text.len();
        };
        let end = self
            .starts
            .get(position.line as usize + 1)
            .map_or(text.len(), |&next| next - 1);
        let line = &text[start..end];
        let wanted = position.character as usize;
        let mut counted = 0;
        for (i, c) in line.char_indices() {
            if counted >= wanted {
                return start + i;
            }
            counted += match self.encoding {
                Encoding::Utf8 => c.len_utf8(),
                Encoding::Utf16 => c.len_utf16(),
            };
        }
        end
    }

    /// The range of a byte span.
    pub fn range(&self, text: &str, span: &Span) -> Range {
        Range::new(
            self.position(text, span.start),
            self.position(text, span.end),
        )
    }

    /// The byte span of a range.
    pub fn span(&self, text: &str, range: Range) -> Span {
        let start = self.offset(text, range.start);
        start..self.offset(text, range.end).max(start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_and_positions_round_trip_in_both_counts() {
        let text = "a = \"å😀b\"\nnext";
        for encoding in [Encoding::Utf8, Encoding::Utf16] {
            let lines = Lines::new(text, encoding);
            for (offset, _) in text.char_indices() {
                let position = lines.position(text, offset);
                assert_eq!(
                    lines.offset(text, position),
                    offset,
                    "{encoding:?} {offset}"
                );
            }
        }
        let utf16 = Lines::new(text, Encoding::Utf16);
        let b = text.find('b').unwrap();
        assert_eq!(utf16.position(text, b), Position::new(0, 8));
        let utf8 = Lines::new(text, Encoding::Utf8);
        assert_eq!(utf8.position(text, b), Position::new(0, 11));
        assert_eq!(utf8.offset(text, Position::new(1, 99)), text.len());
        assert_eq!(utf8.offset(text, Position::new(7, 0)), text.len());
    }
}
