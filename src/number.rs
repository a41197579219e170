//! Numbers as verkan shows them, in machine output and in messages alike.

/// `v` rounded to `decimals` places, so that `171.64999999999998` reads `171.65`.
pub(crate) fn round(v: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    let rounded = (v * scale).round() / scale;
    // -0.0 prints as "-0.0"; nothing verkan measures is negative zero.
    if rounded == 0.0 {
        0.0
    } else {
        rounded
    }
}

/// The number of a value written as approximate (`≈ 25 %`, `ca 25`, `ca. 25`, `cirka 25`,
/// `ungefär 25`, `~25`): the text after the word or sign, or `None` when the value is not
/// marked approximate. Only a word standing alone counts, so `cat` is not `ca t`.
pub(crate) fn approximately(text: &str) -> Option<&str> {
    let text = text.trim_start();
    for sign in ["≈", "~"] {
        if let Some(rest) = text.strip_prefix(sign) {
            return Some(rest.trim_start());
        }
    }
    let lower = text.to_lowercase();
    for word in [
        "ca.",
        "ca",
        "cirka",
        "ungefär",
        "approx.",
        "approximately",
        "about",
        "c.",
    ] {
        if lower.starts_with(word) {
            // The words are ASCII but for `ä`, whose capital is as long: the same bytes.
            let Some(rest) = text.get(word.len()..) else {
                continue;
            };
            if rest.starts_with(|c: char| c.is_whitespace())
                || (word.ends_with('.') && !rest.is_empty())
            {
                return Some(rest.trim_start());
            }
        }
    }
    None
}

#[cfg(test)]
mod approximately_tests {
    use super::approximately;

    #[test]
    fn approximate_values_are_told_by_their_word_or_sign() {
        for (written, number) in [
            ("≈ 25 %", "25 %"),
            ("≈25", "25"),
            ("~ 0,5", "0,5"),
            ("ca 25", "25"),
            ("Ca. 25 %", "25 %"),
            ("ca.25", "25"),
            ("cirka 1 200", "1 200"),
            ("ungefär 40", "40"),
            ("about 30", "30"),
        ] {
            assert_eq!(approximately(written), Some(number), "{written}");
        }
        for exact in ["25", "25 %", "cat", "cab 2", "ungefärlig", "", "c"] {
            assert_eq!(approximately(exact), None, "{exact}");
        }
    }
}
