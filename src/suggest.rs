//! "Did you mean" suggestions.

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

#[cfg(test)]
mod tests {
    use super::closest;

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
