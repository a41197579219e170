//! The columns of a measurement sheet (a CSV file or a sheet of a workbook), by every name
//! people give them: English and Swedish, with the usual synonyms (`anmärkning`, `kommentar`
//! and `anteckning` for a note; `mått` and `utfall` for a value), in any case, with or without
//! the Swedish letters (`Varde`, `KÄLLA`).

use crate::locale::Language;

/// A column of a measurement sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The indicator's id.
    Indicator,
    /// The period measured.
    Period,
    /// The group of the indicator's breakdown, or empty.
    Group,
    /// The number, or words for a qualitative indicator.
    Value,
    /// The count measured, for a share.
    Numerator,
    /// The count it is a share of.
    Denominator,
    /// The evaluation's verdict on the target (`met`, `delvis uppnått`, …).
    Assessment,
    /// Whether the number was computed by whoever wrote the sheet (`✓`, `ja`, `yes`).
    Derived,
    /// Where the value comes from.
    Source,
    /// A remark on the value.
    Note,
    /// The theory's name: in a sheet of several theories (verkan's own workbook), the rows of
    /// the others are left to them.
    Theory,
    /// The indicator's words, for the people reading the sheet; not read.
    Text,
    /// The unit, for the people reading the sheet; not read (the theory's indicator says it).
    Unit,
}

impl Column {
    /// Every column, in the order the help lists them.
    pub const ALL: [Column; 13] = [
        Column::Indicator,
        Column::Period,
        Column::Group,
        Column::Value,
        Column::Numerator,
        Column::Denominator,
        Column::Assessment,
        Column::Derived,
        Column::Source,
        Column::Note,
        Column::Theory,
        Column::Text,
        Column::Unit,
    ];

    /// Its name in `language`, as the help and the diagnostics give it and verkan's own
    /// workbook heads it.
    pub fn name_in(self, language: Language) -> &'static str {
        let (en, sv) = self.names();
        match language {
            Language::En => en,
            Language::Sv => sv,
        }
    }

    /// Its English name.
    pub fn name(self) -> &'static str {
        self.names().0
    }

    fn names(self) -> (&'static str, &'static str) {
        match self {
            Column::Indicator => ("indicator", "indikator"),
            Column::Period => ("period", "period"),
            Column::Group => ("group", "grupp"),
            Column::Value => ("value", "värde"),
            Column::Numerator => ("numerator", "täljare"),
            Column::Denominator => ("denominator", "nämnare"),
            Column::Assessment => ("assessment", "bedömning"),
            Column::Derived => ("derived", "beräknat"),
            Column::Source => ("source", "källa"),
            Column::Note => ("note", "anmärkning"),
            Column::Theory => ("theory", "teori"),
            Column::Text => ("what is measured", "vad som mäts"),
            Column::Unit => ("unit", "enhet"),
        }
    }

    /// Other names people write, folded (see [`fold`]).
    fn synonyms(self) -> &'static [&'static str] {
        match self {
            Column::Indicator => &["indicator id", "indikator id", "id"],
            Column::Period => &["tidsperiod", "year", "ar"],
            Column::Group => &["subgroup", "undergrupp"],
            Column::Value => &["matt", "utfall", "result", "resultat"],
            Column::Assessment => &["verdict", "omdome"],
            Column::Derived => &["computed", "beraknad"],
            Column::Source => &["underlag"],
            Column::Note => &["notes", "comment", "remark", "anteckning", "kommentar"],
            Column::Text => &["text", "indicator text", "indikatortext"],
            Column::Numerator | Column::Denominator | Column::Theory | Column::Unit => &[],
        }
    }

    /// Read for the people looking at the sheet, never into a measurement.
    pub fn informational(self) -> bool {
        matches!(self, Column::Text | Column::Unit)
    }
}

/// A header as people type it, made comparable: lower case, å and ä as a, ö as o, é as e,
/// `_` and `-` as spaces, spaces collapsed, a trailing colon dropped.
fn fold(name: &str) -> String {
    let lower = name.trim().trim_end_matches(':').to_lowercase();
    let plain: String = lower
        .chars()
        .map(|c| match c {
            'å' | 'ä' | 'á' | 'à' => 'a',
            'ö' | 'ø' | 'ó' => 'o',
            'é' | 'è' | 'ë' => 'e',
            'ü' => 'u',
            '_' | '-' => ' ',
            c => c,
        })
        .collect();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Which column a header names, by any of its names.
pub fn column_of(name: &str) -> Option<Column> {
    let folded = fold(name);
    if folded.is_empty() {
        return None;
    }
    Column::ALL.into_iter().find(|c| {
        let (en, sv) = c.names();
        fold(en) == folded || fold(sv) == folded || c.synonyms().contains(&folded.as_str())
    })
}

/// Every column a sheet may have, in `language` with the other language's name beside it:
/// `indikator (indicator), period, grupp (group), …`.
pub fn listed(language: Language) -> String {
    let other = match language {
        Language::En => Language::Sv,
        Language::Sv => Language::En,
    };
    Column::ALL
        .iter()
        .map(|c| {
            let (here, there) = (c.name_in(language), c.name_in(other));
            if here == there {
                here.to_string()
            } else {
                format!("{here} ({there})")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every name a header may have, for suggesting the nearest to one that is none of them.
pub fn all_names() -> Vec<&'static str> {
    Column::ALL
        .iter()
        .flat_map(|c| {
            let (en, sv) = c.names();
            [en, sv]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_read_as_people_type_them() {
        for (header, column) in [
            ("indicator", Column::Indicator),
            ("Indikator-ID", Column::Indicator),
            ("VÄRDE", Column::Value),
            ("Varde", Column::Value),
            ("Mått", Column::Value),
            ("utfall", Column::Value),
            ("Anmärkning", Column::Note),
            ("anmarkning", Column::Note),
            ("Kommentar", Column::Note),
            ("anteckning", Column::Note),
            ("Källa:", Column::Source),
            ("underlag", Column::Source),
            ("Nämnare", Column::Denominator),
            ("Bedömning", Column::Assessment),
            ("Teori", Column::Theory),
            ("Vad som mäts", Column::Text),
            ("År", Column::Period),
        ] {
            assert_eq!(column_of(header), Some(column), "{header}");
        }
        assert_eq!(column_of("kolumn"), None);
        assert_eq!(column_of(""), None);
    }

    #[test]
    fn the_help_lists_both_languages_in_the_theorys_first() {
        let sv = listed(Language::Sv);
        assert!(
            sv.starts_with("indikator (indicator), period, grupp (group)"),
            "{sv}"
        );
        let en = listed(Language::En);
        assert!(en.contains("note (anmärkning)"), "{en}");
    }
}
