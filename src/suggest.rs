//! "Did you mean" suggestions.

use crate::locale::Text;

/// The candidate closest to `word`, if any is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let mut best: Option<(f64, &str)> = None;
    for candidate in candidates {
        let score = strsim::jaro_winkler(&word.to_lowercase(), &candidate.to_lowercase());
        if score >= 0.8 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, c)| c)
}

/// Suggestions for many misspellings at once, in bounded time: each word is looked up once,
/// and past a total number of comparisons no more are made (the findings stay, without a
/// "did you mean"). Without this, thousands of unknown names against thousands of candidates
/// would take minutes.
pub struct Suggester {
    comparisons_left: usize,
    seen: std::collections::HashMap<String, Option<String>>,
}

impl Default for Suggester {
    fn default() -> Self {
        Suggester {
            comparisons_left: 2_000_000,
            seen: std::collections::HashMap::new(),
        }
    }
}

impl Suggester {
    /// The closest candidate, as [`closest`], while the budget lasts.
    pub fn closest<'a>(
        &mut self,
        word: &str,
        candidates: impl ExactSizeIterator<Item = &'a str>,
    ) -> Option<String> {
        if let Some(known) = self.seen.get(word) {
            return known.clone();
        }
        if candidates.len() > self.comparisons_left {
            return None;
        }
        self.comparisons_left -= candidates.len();
        let best = closest(word, candidates).map(str::to_string);
        self.seen.insert(word.to_string(), best.clone());
        best
    }
}

/// Up to `max` names as `` `a`, `b` ``, and how many more there are.
pub fn listed<'a>(names: impl ExactSizeIterator<Item = &'a str>, max: usize) -> Text {
    let total = names.len();
    let shown: Vec<String> = names.take(max).map(|n| format!("`{n}`")).collect();
    crate::t!(
        "listed",
        names = shown.join(", "),
        more = total.saturating_sub(max)
    )
}

#[cfg(test)]
mod tests {
    use super::{closest, listed, Suggester};

    #[test]
    fn the_suggester_looks_each_word_up_once_and_stops_at_its_budget() {
        let mut s = Suggester {
            comparisons_left: 3,
            seen: Default::default(),
        };
        let words = ["horizon", "text"];
        assert_eq!(
            s.closest("horizn", words.iter().copied()),
            Some("horizon".into())
        );
        assert_eq!(
            s.closest("horizn", words.iter().copied()),
            Some("horizon".into()),
            "cached"
        );
        assert_eq!(s.closest("txt", words.iter().copied()), None, "over budget");
    }

    #[test]
    fn long_lists_are_cut() {
        let names = ["a", "b", "c", "d"];
        assert_eq!(
            listed(names.iter().copied(), 2).en(),
            "`a`, `b`, and 2 more"
        );
        assert_eq!(listed(names.iter().copied(), 9).en(), "`a`, `b`, `c`, `d`");
        assert_eq!(
            listed(names.iter().copied(), 2).render(crate::locale::Language::Sv),
            "`a`, `b` och 2 till"
        );
    }

    #[test]
    fn suggests_near_typos_only() {
        assert_eq!(
            closest("horizn", ["horizon", "text", "perspective"]),
            Some("horizon")
        );
        assert_eq!(closest("forrehab", ["forehab", "stod"]), Some("forehab"));
        assert_eq!(closest("zzz", ["horizon", "text"]), None);
    }
}
