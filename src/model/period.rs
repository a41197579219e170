//! Reporting periods as evaluators write them: a year, a month, a quarter, a half-year, a
//! tertial (the four-month period Swedish public bodies report in), or a range of these.

use std::fmt;

/// A span of whole months, from the first month of `start` to the last of `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    /// Months since year 0 (January = 0): sortable, and easy to compare.
    pub start: i32,
    /// The last month, counted likewise.
    pub end: i32,
}

impl Period {
    /// Reads `2011`, `2019-12`, `2019-Q3`, `2019-H1`, `2019-T2`, or `A/B` for any two of these.
    pub fn parse(text: &str) -> Option<Period> {
        let text = text.trim();
        if let Some((from, to)) = text.split_once('/') {
            let (from, to) = (Self::parse_single(from)?, Self::parse_single(to)?);
            return (from.start <= to.end).then_some(Period {
                start: from.start,
                end: to.end,
            });
        }
        Self::parse_single(text)
    }

    fn parse_single(text: &str) -> Option<Period> {
        let text = text.trim();
        let (year, rest) = match text.split_once('-') {
            Some((year, rest)) => (year, Some(rest)),
            None => (text, None),
        };
        if year.len() != 4 {
            return None;
        }
        let year: i32 = year.parse().ok()?;
        let months = |first: i32, count: i32| Period {
            start: year * 12 + first,
            end: year * 12 + first + count - 1,
        };
        let Some(rest) = rest else {
            return Some(months(0, 12));
        };
        let (kind, number) = rest.split_at(
            rest.chars()
                .next()
                .filter(char::is_ascii_alphabetic)
                .map_or(0, char::len_utf8),
        );
        let number: i32 = number.parse().ok()?;
        match kind.to_ascii_uppercase().as_str() {
            "" if (1..=12).contains(&number) && rest.len() == 2 => Some(months(number - 1, 1)),
            "Q" if (1..=4).contains(&number) => Some(months((number - 1) * 3, 3)),
            "H" if (1..=2).contains(&number) => Some(months((number - 1) * 6, 6)),
            "T" if (1..=3).contains(&number) => Some(months((number - 1) * 4, 4)),
            _ => None,
        }
    }

    /// Whether this period ends after `other` ends (ties: the longer one counts as later).
    pub fn sort_key(self) -> (i32, i32) {
        (self.end, -self.start)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let month = |m: i32| format!("{}-{:02}", m.div_euclid(12), m.rem_euclid(12) + 1);
        write!(f, "{}/{}", month(self.start), month(self.end))
    }
}

#[cfg(test)]
mod tests {
    use super::Period;

    #[test]
    fn reads_the_ways_evaluators_write_periods() {
        let p = |s: &str| Period::parse(s).map(|p| p.to_string());
        assert_eq!(p("2011").as_deref(), Some("2011-01/2011-12"));
        assert_eq!(p("2019-12").as_deref(), Some("2019-12/2019-12"));
        assert_eq!(p("2019-Q3").as_deref(), Some("2019-07/2019-09"));
        assert_eq!(p("2019-h2").as_deref(), Some("2019-07/2019-12"));
        assert_eq!(p("2010-T2").as_deref(), Some("2010-05/2010-08"));
        assert_eq!(p("2017-01/2019-12").as_deref(), Some("2017-01/2019-12"));
    }

    #[test]
    fn rejects_what_is_not_a_period() {
        for bad in [
            "",
            "11",
            "2019-13",
            "2019-Q5",
            "2019-1",
            "våren 2019",
            "2020/2019",
            "2019-T4",
            "2019-00",
        ] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
    }
}
