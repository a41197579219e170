//! Text measured in the font the diagrams are drawn with, so wrapped lines fit their boxes
//! (å, ä and ö included) whatever fonts the machine has.

use std::sync::OnceLock;
use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_segmentation::UnicodeSegmentation;

/// The font family named in SVG output; its metrics are what every width here is measured in.
/// Verdana, close in width, stands in where DejaVu Sans is not installed.
pub const FONT_FAMILY: &str = "DejaVu Sans, Verdana, sans-serif";

/// The regular and bold faces embedded in the binary, used for measuring and for PNG output.
pub fn font_data() -> [&'static [u8]; 2] {
    [dejavu::sans::regular(), dejavu::sans::bold()]
}

struct Metrics {
    faces: [ttf_parser::Face<'static>; 2],
    units_per_em: f64,
    // Advances of Latin-1, looked up once; anything else is read from the face on demand.
    latin1: [Vec<f64>; 2],
    fallback: f64,
}

fn metrics() -> &'static Metrics {
    static METRICS: OnceLock<Metrics> = OnceLock::new();
    METRICS.get_or_init(|| {
        let faces = font_data()
            .map(|data| ttf_parser::Face::parse(data, 0).expect("the embedded font parses"));
        let latin1 = [0, 1].map(|f| {
            (0u32..256)
                .map(|c| {
                    char::from_u32(c)
                        .and_then(|c| advance(&faces[f], c))
                        .unwrap_or(0.0)
                })
                .collect()
        });
        Metrics {
            units_per_em: f64::from(faces[0].units_per_em()),
            fallback: advance(&faces[0], 'M').unwrap_or(1000.0),
            latin1,
            faces,
        }
    })
}

fn advance(face: &ttf_parser::Face, c: char) -> Option<f64> {
    face.glyph_index(c)
        .and_then(|g| face.glyph_hor_advance(g))
        .map(f64::from)
}

/// Width in pixels of `text` at `size` pixels, measured per grapheme cluster: what a reader
/// sees as one character ("é" as e + accent, a flag, a family emoji joined by ZWJ) is drawn as
/// one, so it is measured as one.
pub fn width(text: &str, size: f64, bold: bool) -> f64 {
    let m = metrics();
    let face = usize::from(bold);
    // Below U+0300, where the combining marks begin, every character is a cluster of its own
    // but for CR LF: most labels need no segmenting.
    let mut units = 0.0;
    for c in text.chars() {
        if (c as u32) >= 0x300 || c == '\r' {
            units = text.graphemes(true).map(|g| cluster(g, bold)).sum();
            break;
        }
        units += match m.latin1[face].get(c as usize) {
            Some(&w) if w > 0.0 => w,
            _ => advance(&m.faces[face], c).unwrap_or(m.fallback * 1.6),
        };
    }
    units * size / m.units_per_em
}

/// The advance of one grapheme cluster, in font units.
fn cluster(grapheme: &str, bold: bool) -> f64 {
    let m = metrics();
    let face = usize::from(bold);
    // Emoji and scripts the font lacks are drawn from another font: measure them wide, so
    // they never spill out of a box. A cluster of such characters (ZWJ sequences, flags,
    // skin tones) is one picture, not one per character.
    let missing = m.fallback * 1.6;
    let mut units = 0.0;
    for c in grapheme.chars() {
        match m.latin1[face].get(c as usize) {
            Some(&w) if w > 0.0 => units += w,
            _ => match advance(&m.faces[face], c) {
                Some(w) => units += w,
                None if grapheme.len() > c.len_utf8() => return missing,
                None => units += missing,
            },
        }
    }
    units
}

#[derive(Debug)]
struct Word<'a> {
    text: &'a str,
    width: f64,
    /// The space after the word: none inside "arbete/studier", where a line may still break.
    space: f64,
}

impl Fragment for Word<'_> {
    fn width(&self) -> f64 {
        self.width
    }
    fn whitespace_width(&self) -> f64 {
        self.space
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Wraps `text` into lines no wider than `max_width` pixels. Lines break at spaces and after
/// slashes and dashes; explicit line breaks are kept; a word longer than a line is split
/// between characters.
const NO_BREAK: char = '\u{a0}';

/// Units that belong to the number before them: "80 %" must not break into "80" and "%".
const UNITS: [&str; 22] = [
    "%",
    "‰",
    "procent",
    "procentenheter",
    "kr",
    "kronor",
    "tkr",
    "mnkr",
    "mdkr",
    "SEK",
    "st",
    "år",
    "dagar",
    "dygn",
    "veckor",
    "månader",
    "timmar",
    "tim",
    "h",
    "min",
    "km",
    "kg",
];

/// The text with a no-break space between a number and its unit, and inside a number grouped
/// by spaces the Swedish way ("1 000"), so wrapping never separates them.
pub fn keep_together(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous = None;
    for (i, c) in text.char_indices() {
        if c == ' ' && previous.is_some_and(|p: char| p.is_ascii_digit()) {
            let rest = &text[i + 1..];
            let rest = match rest.char_indices().nth(16) {
                Some((end, _)) => &rest[..end],
                None => rest,
            };
            let next_word = rest
                .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | ')'))
                .next()
                .unwrap_or("");
            let grouped = next_word.len() >= 3
                && next_word.chars().take(3).all(|d| d.is_ascii_digit())
                && !next_word.chars().nth(3).is_some_and(|d| d.is_ascii_digit());
            if UNITS.contains(&next_word) || grouped {
                out.push(NO_BREAK);
                previous = Some(c);
                continue;
            }
        }
        out.push(c);
        previous = Some(c);
    }
    out
}

/// `text` wrapped into lines no wider than `max_width`, measured in the built-in font.
pub fn wrap(text: &str, size: f64, bold: bool, max_width: f64) -> Vec<String> {
    let space = width(" ", size, bold);
    let mut lines = Vec::new();
    let text = keep_together(text);
    // Reused from word to word: a diagram wraps thousands of labels.
    let mut pieces = Vec::new();
    for paragraph in text.split('\n') {
        let mut words: Vec<Word> = Vec::new();
        // A no-break space joins what must stay on one line (see `keep_together`).
        let breaks = |c: char| c.is_whitespace() && c != NO_BREAK;
        for word in paragraph.split(breaks).filter(|w| !w.is_empty()) {
            pieces.clear();
            for part in word.split_inclusive(['/', '–', '—']) {
                split_long_word(part, size, bold, max_width, &mut pieces);
            }
            let last = pieces.len().saturating_sub(1);
            for (i, &(piece, piece_width)) in pieces.iter().enumerate() {
                words.push(Word {
                    text: piece,
                    width: piece_width,
                    space: if i == last { space } else { 0.0 },
                });
            }
        }
        if words.is_empty() {
            lines.push(String::new());
            continue;
        }
        for line in wrap_first_fit(&words, &[max_width]) {
            let mut text = String::new();
            for (i, word) in line.iter().enumerate() {
                text.push_str(word.text);
                if i + 1 < line.len() && word.space > 0.0 {
                    text.push(' ');
                }
            }
            lines.push(text);
        }
    }
    while lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// Pushes `word`, or its pieces when it is wider than a line, each with its width.
fn split_long_word<'a>(
    word: &'a str,
    size: f64,
    bold: bool,
    max_width: f64,
    out: &mut Vec<(&'a str, f64)>,
) {
    let whole = width(word, size, bold);
    if whole <= max_width {
        out.push((word, whole));
        return;
    }
    let mut start = 0;
    let mut used = 0.0;
    // Between clusters only: splitting a ZWJ sequence or a letter from its accent would draw
    // pieces of pictures.
    for (i, grapheme) in word.grapheme_indices(true) {
        let w = cluster(grapheme, bold) * size / metrics().units_per_em;
        if used + w > max_width && i > start {
            let piece = &word[start..i];
            out.push((piece, width(piece, size, bold)));
            start = i;
            used = 0.0;
        }
        used += w;
    }
    let piece = &word[start..];
    out.push((piece, width(piece, size, bold)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_their_units_and_groups() {
        assert_eq!(keep_together("80 % ska"), "80\u{a0}% ska");
        assert_eq!(keep_together("1 000 kr"), "1\u{a0}000\u{a0}kr");
        assert_eq!(keep_together("under 3 år, sedan"), "under 3\u{a0}år, sedan");
        // Two numbers in a list, or a number before an ordinary word, may break.
        assert_eq!(keep_together("2 och 3 deltagare"), "2 och 3 deltagare");
        assert_eq!(keep_together("år 2019 12 personer"), "år 2019 12 personer");
        // However narrow the box, "100 %" stays on one line.
        let lines = wrap("Andelen ska vara 100 % vid slutet", 11.5, false, 60.0);
        assert!(lines.iter().any(|l| l.contains("100\u{a0}%")), "{lines:?}");
    }

    #[test]
    fn swedish_letters_have_their_own_widths() {
        assert!(width("å", 12.0, false) > 0.0);
        assert!(width("ÅÄÖ", 12.0, false) > width("...", 12.0, false));
        assert!(width("Effekter", 12.0, true) > width("Effekter", 12.0, false));
    }

    #[test]
    fn wrapped_lines_fit_and_keep_every_word() {
        let text = "Deltagarna upplever att insatsen har gjort skillnad: positiva upplevelser, framtidstro och känslan av hopp";
        let lines = wrap(text, 12.0, false, 150.0);
        assert!(lines.len() > 3);
        for line in &lines {
            assert!(width(line, 12.0, false) <= 150.0, "{line}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn lines_break_after_slashes_without_losing_them() {
        let lines = wrap("Deltagare/målgrupp", 13.0, true, 100.0);
        assert_eq!(lines, ["Deltagare/", "målgrupp"]);
    }

    #[test]
    fn overlong_words_are_split() {
        let lines = wrap(
            "https://www.samordningsforbundet-nils.se/utvardering/",
            12.0,
            false,
            80.0,
        );
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| width(l, 12.0, false) <= 80.0));
    }

    #[test]
    fn a_word_of_ten_thousand_letters_fills_lines_that_fit() {
        let word = "a".repeat(10_000);
        let lines = wrap(&word, 12.0, false, 150.0);
        assert_eq!(lines.concat(), word, "nothing lost");
        assert!(lines.iter().all(|l| width(l, 12.0, false) <= 150.0));
        // Full lines, not one letter per line.
        let per_line = word.len() / lines.len();
        assert!(per_line >= 15, "{per_line} letters per line");
    }

    #[test]
    fn pictures_and_accents_are_never_split() {
        let family = "👨\u{200d}👩\u{200d}👧\u{200d}👦";
        let flag = "🇸🇪";
        let accented = "e\u{301}";
        for unit in [family, flag, accented] {
            let word = unit.repeat(40);
            let lines = wrap(&word, 12.0, false, 60.0);
            assert!(lines.len() > 1, "{unit}: wrapped");
            assert_eq!(lines.concat(), word);
            for line in &lines {
                assert_eq!(line.len() % unit.len(), 0, "{unit} split in {line:?}");
                assert!(line.chars().next() == unit.chars().next(), "{line:?}");
            }
        }
        // A family is one picture: measured as one wide character, not four.
        assert!(width(family, 12.0, false) < 2.0 * width("M", 12.0, false));
        assert_eq!(width(flag, 12.0, false), width(family, 12.0, false));
        assert_eq!(width(accented, 12.0, false), width("e", 12.0, false));
    }
}
