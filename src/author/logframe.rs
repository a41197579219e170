//! A logical framework (logframe), as EU and Sida projects keep it in Excel or Word, made
//! into a theory file (`verkan import logframe`): the rows for the overall objective, the
//! specific objective, the results (outputs) and the activities; the columns for the
//! intervention logic, indicators, baseline, target, sources of verification and assumptions.
//! The same in Swedish (*övergripande mål, projektmål, resultat, aktiviteter*;
//! *interventionslogik, indikatorer, utgångsvärde, målvärde, verifieringskällor, antaganden*).
//!
//! Objectives become long- and medium-term effects, results outputs, activities activities,
//! indicators keep their baseline, target and source, and assumptions become contexts. A
//! logframe states no mechanism, only its vertical logic ("if the results, then the
//! objective"), so that logic becomes mechanisms marked `draft = true`: `verkan check` then
//! lists exactly what the programme still has to say.

use crate::indicators::data::Dialect;
use crate::locale::Language;
use std::collections::BTreeSet;

/// A logframe's level: the row of the matrix an item stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Overall objective (impact): a long-term effect.
    Overall,
    /// Specific objective (project purpose, outcome): a medium-term effect.
    Specific,
    /// Results (outputs): what the activities deliver.
    Result,
    /// Activities.
    Activity,
}

/// The columns of a logframe matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Level,
    Logic,
    Indicators,
    Baseline,
    Target,
    Sources,
    Assumptions,
}

/// One row of the matrix: an item of its level, with its indicators and assumptions.
#[derive(Debug, Clone, Default)]
pub struct Row {
    /// Its level (the first column, or the last level named above it).
    pub level: Option<Level>,
    /// The intervention logic: the item's words.
    pub logic: String,
    /// Its indicators, one per line of the cell.
    pub indicators: Vec<String>,
    /// Baselines, one per indicator.
    pub baselines: Vec<String>,
    /// Targets, one per indicator.
    pub targets: Vec<String>,
    /// Sources of verification.
    pub sources: String,
    /// Assumptions, one per line.
    pub assumptions: Vec<String>,
}

/// A matrix read: its rows, and the language its headers are in.
#[derive(Debug)]
pub struct Matrix {
    /// The rows under the header, in order.
    pub rows: Vec<Row>,
    /// Swedish when its headers are.
    pub language: Language,
}

/// Why a table is no logframe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotALogframe {
    /// No row names at least the intervention logic and the indicators.
    NoHeader,
    /// A header, but no row of a known level under it.
    NoLevels,
}

fn fold(text: &str) -> String {
    let lower = text.trim().to_lowercase();
    let plain: String = lower
        .chars()
        .map(|c| match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            'é' => 'e',
            c => c,
        })
        .collect();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Which column a header names, in English or Swedish, as logframes word them.
fn field_of(header: &str) -> Option<Field> {
    let h = fold(header);
    let has = |words: &[&str]| words.iter().any(|w| h.contains(w));
    Some(if has(&["assumption", "antagand", "risk"]) {
        Field::Assumptions
    } else if has(&["source", "verification", "verifiering", "kallor", "kalla"]) {
        Field::Sources
    } else if has(&["baseline", "utgangs"]) {
        Field::Baseline
    } else if has(&["target", "malvarde", "mal "]) || h == "mal" {
        Field::Target
    } else if has(&["indicator", "indikator"]) {
        Field::Indicators
    } else if has(&[
        "logic",
        "logik",
        "narrative",
        "beskrivning",
        "resultatkedja",
        "results chain",
    ]) {
        Field::Logic
    } else if has(&["level", "niva"]) {
        Field::Level
    } else {
        return None;
    })
}

/// Which level a row's first cell names.
fn level_of(cell: &str) -> Option<Level> {
    let c = fold(cell);
    let has = |words: &[&str]| words.iter().any(|w| c.contains(w));
    Some(
        if has(&["overall", "overgripande", "impact", "langsiktig", "goal"]) {
            Level::Overall
        } else if has(&[
            "specific",
            "purpose",
            "projektmal",
            "syfte",
            "specifik",
            "outcome",
        ]) {
            Level::Specific
        } else if has(&["result", "output", "prestation", "leverans"]) {
            Level::Result
        } else if has(&["activit", "aktivitet", "insats"]) {
            Level::Activity
        } else {
            return None;
        },
    )
}

/// A cell's lines, bullets taken off.
fn lines(cell: &str) -> Vec<String> {
    cell.lines()
        .map(|l| {
            l.trim()
                .trim_start_matches(['•', '-', '–', '*', '·'])
                .trim()
        })
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// The matrix in CSV text (a sheet made CSV, or a CSV file).
pub fn read(text: &str) -> Result<Matrix, NotALogframe> {
    let dialect = Dialect::of(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(dialect.separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let records: Vec<Vec<String>> = reader
        .records()
        .filter_map(Result::ok)
        .map(|r| r.iter().map(str::to_string).collect())
        .collect();
    let header_at = records
        .iter()
        .position(|r| {
            let fields: Vec<_> = r.iter().filter_map(|c| field_of(c)).collect();
            fields.contains(&Field::Logic) && fields.contains(&Field::Indicators)
        })
        .ok_or(NotALogframe::NoHeader)?;
    let header = &records[header_at];
    let mut fields: Vec<Option<Field>> = header.iter().map(|h| field_of(h)).collect();
    // The level's column is often headed by nothing: the first column before the logic.
    if let Some(first) = fields.first_mut() {
        if first.is_none() {
            *first = Some(Field::Level);
        }
    }
    let swedish = header.iter().any(|h| {
        ["interventionslogik", "indikator", "antagand", "verifiering"]
            .iter()
            .any(|w| fold(h).contains(w))
    });
    let mut rows = Vec::new();
    let mut level = None;
    for record in &records[header_at + 1..] {
        let cell = |f: Field| {
            fields
                .iter()
                .position(|x| *x == Some(f))
                .and_then(|i| record.get(i))
                .map(|c| c.trim().to_string())
                .unwrap_or_default()
        };
        if let Some(named) = level_of(&cell(Field::Level)) {
            level = Some(named);
        }
        let row = Row {
            level,
            logic: cell(Field::Logic),
            indicators: lines(&cell(Field::Indicators)),
            baselines: lines(&cell(Field::Baseline)),
            targets: lines(&cell(Field::Target)),
            sources: cell(Field::Sources),
            assumptions: lines(&cell(Field::Assumptions)),
        };
        if row.level.is_some() && !(row.logic.is_empty() && row.indicators.is_empty()) {
            rows.push(row);
        }
    }
    if rows.is_empty() {
        return Err(NotALogframe::NoLevels);
    }
    Ok(Matrix {
        rows,
        language: if swedish { Language::Sv } else { Language::En },
    })
}

/// A TOML string, quoted and escaped.
fn quoted(text: &str) -> String {
    toml::Value::String(text.replace(['\n', '\r'], " ")).to_string()
}

/// Ids from words: the first few, plain, unique in `taken`.
fn id(words: &str, fallback: &str, taken: &mut BTreeSet<String>) -> String {
    let short: String = words
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    let stem = super::file_name(&short)
        .map(|f| f.trim_end_matches(".toml").to_string())
        .filter(|s| s.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        .unwrap_or_else(|| fallback.to_string());
    let mut candidate = stem.clone();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{stem}-{n}");
        n += 1;
    }
    taken.insert(candidate.clone());
    candidate
}

/// The number a cell gives, and whether it is a percentage: `45 %`, `ca 1 200`, `2019: 30,5 %`.
/// A percentage first, else a number that is not a year, else the first.
fn number(cell: &str) -> Option<(f64, bool)> {
    let mut found = Vec::new();
    let mut rest = cell;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let from = &rest[start..];
        let end = from
            .find(|c: char| !(c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '\u{a0}')))
            .unwrap_or(from.len());
        let digits = from[..end].trim().trim_end_matches([',', '.']);
        if let Ok(value) = (Dialect { separator: b';' }).number(digits) {
            found.push((value, from[end..].trim_start().starts_with('%')));
        }
        rest = &from[end..];
    }
    let year = |v: f64| v.fract() == 0.0 && (1900.0..=2100.0).contains(&v);
    found
        .iter()
        .find(|(_, percent)| *percent)
        .or_else(|| found.iter().find(|(v, _)| !year(*v)))
        .or(found.first())
        .copied()
}

/// The words a new theory says in its language.
struct Words {
    perspective: (&'static str, &'static str),
    source: &'static str,
    lower: &'static str,
    upper: &'static str,
    baseline_words: &'static str,
    target_words: &'static str,
}

fn words(language: Language) -> Words {
    match language {
        Language::Sv => Words {
            perspective: ("programmet", "Programmet"),
            source: "importerad med verkan import logframe",
            lower: "Om resultaten levereras och antagandena håller, nås projektmålet (logframens vertikala logik; programmet har ännu inte sagt varför)",
            upper: "Om projektmålet nås och antagandena håller, bidrar det till det övergripande målet (logframens vertikala logik; programmet har ännu inte sagt varför)",
            baseline_words: "Utgångsvärde i logframen",
            target_words: "Målvärde i logframen",
        },
        Language::En => Words {
            perspective: ("programme", "The programme"),
            source: "imported with verkan import logframe",
            lower: "If the results are delivered and the assumptions hold, the specific objective is reached (the logframe's vertical logic; the programme has not yet said why)",
            upper: "If the specific objective is reached and the assumptions hold, it contributes to the overall objective (the logframe's vertical logic; the programme has not yet said why)",
            baseline_words: "Baseline in the logframe",
            target_words: "Target in the logframe",
        },
    }
}

/// The theory file of a logframe, named `name`, from the file `from`.
pub fn theory(matrix: &Matrix, name: &str, from: &str, language: Language) -> String {
    let w = words(language);
    let mut taken = BTreeSet::new();
    let lang = match language {
        Language::Sv => "sv",
        Language::En => "en",
    };
    let mut out = format!(
        "#:schema ./theory.schema.json\n[theory]\nname = {}\nlanguage = \"{lang}\"\nsources = [{}]\n\n[perspectives]\n{} = {}\n",
        quoted(name),
        quoted(&format!("{from} ({})", w.source)),
        w.perspective.0,
        quoted(w.perspective.1),
    );
    let mut ids = |level: Level, fallback: &str| -> Vec<(String, &Row)> {
        matrix
            .of(level)
            .map(|r| (id(&r.logic, fallback, &mut taken), r))
            .collect()
    };
    let levels = Levels {
        overall: ids(Level::Overall, "overgripande-mal"),
        specific: ids(Level::Specific, "projektmal"),
        results: ids(Level::Result, "resultat"),
        activities: ids(Level::Activity, "aktivitet"),
    };
    items(&mut out, &levels, &w);
    out.push_str(&mechanisms(matrix, &levels, &w, &mut taken));
    for (kind, items) in [
        ("outcome", &levels.overall),
        ("outcome", &levels.specific),
        ("output", &levels.results),
    ] {
        for (measures, row) in items.iter() {
            indicators(&mut out, measures, kind, row, &w, &mut taken);
        }
    }
    out
}

impl Matrix {
    /// The rows of a level that name an item.
    fn of(&self, level: Level) -> impl Iterator<Item = &Row> {
        self.rows
            .iter()
            .filter(move |r| r.level == Some(level) && !r.logic.is_empty())
    }
}

/// Each level's items, with their ids.
struct Levels<'m> {
    overall: Vec<(String, &'m Row)>,
    specific: Vec<(String, &'m Row)>,
    results: Vec<(String, &'m Row)>,
    activities: Vec<(String, &'m Row)>,
}

/// The activities, outputs and effects.
fn items(out: &mut String, levels: &Levels, w: &Words) {
    let lane = w.perspective.0;
    for (id, row) in &levels.activities {
        out.push_str(&format!(
            "\n[activities.{id}]\nperspective = \"{lane}\"\ntext = {}\n",
            quoted(&row.logic)
        ));
    }
    for (id, row) in &levels.results {
        let from: Vec<String> = producers(&row.logic, &levels.activities)
            .iter()
            .map(|a| quoted(a))
            .collect();
        out.push_str(&format!(
            "\n[outputs.{id}]\nperspective = \"{lane}\"\ntext = {}\nfrom = [{}]\n",
            quoted(&row.logic),
            from.join(", ")
        ));
    }
    for (horizon, items) in [("medium", &levels.specific), ("long", &levels.overall)] {
        for (id, row) in items.iter() {
            out.push_str(&format!(
                "\n[effects.{id}]\nhorizon = \"{horizon}\"\nperspective = \"{lane}\"\ntext = {}\n",
                quoted(&row.logic)
            ));
        }
    }
}

/// The vertical logic as draft mechanisms (results to the specific objective, it to the
/// overall one), each with the assumptions of the level below as its contexts; then the
/// contexts.
fn mechanisms(matrix: &Matrix, levels: &Levels, w: &Words, taken: &mut BTreeSet<String>) -> String {
    let mut out = String::new();
    let mut contexts = String::new();
    let below: Vec<&(String, &Row)> = if levels.results.is_empty() {
        levels.activities.iter().collect()
    } else {
        levels.results.iter().collect()
    };
    let purpose = if levels.specific.is_empty() {
        &levels.overall
    } else {
        &levels.specific
    };
    let steps = [
        (below, purpose, w.lower, "vertikal-logik", Level::Activity),
        (
            levels.specific.iter().collect(),
            &levels.overall,
            w.upper,
            "vertikal-logik-upp",
            Level::Overall,
        ),
    ];
    let list = |items: Vec<&String>| {
        items
            .iter()
            .map(|i| quoted(i))
            .collect::<Vec<_>>()
            .join(", ")
    };
    for (from, to, text, name, also) in steps {
        if from.is_empty() || to.is_empty() {
            continue;
        }
        let rows = from.iter().map(|(_, r)| *r).chain(matrix.of(also));
        let mut context_ids = Vec::new();
        for assumption in rows.flat_map(|r| r.assumptions.iter()) {
            let id = id(assumption, "antagande", taken);
            contexts.push_str(&format!(
                "\n[contexts.{id}]\nkind = \"structural\"\ninfluence = \"enabling\"\ntext = {}\n",
                quoted(assumption)
            ));
            context_ids.push(id);
        }
        let mechanism = id(name, name, taken);
        out.push_str(&format!(
            "\n[mechanisms.{mechanism}]\ntext = {}\nfrom = [{}]\nto = [{}]\n",
            quoted(text),
            list(from.iter().map(|(i, _)| i).collect()),
            list(to.iter().map(|(i, _)| i).collect()),
        ));
        if !context_ids.is_empty() {
            out.push_str(&format!(
                "contexts = [{}]\n",
                list(context_ids.iter().collect())
            ));
        }
        out.push_str("draft = true\n");
    }
    out + &contexts
}

/// The activities that deliver a result: by the logframe's numbering (activity 1.2 under
/// result 1) where every activity has one, else all of them.
fn producers(result: &str, activities: &[(String, &Row)]) -> Vec<String> {
    let number = |text: &str| -> Option<String> {
        let token = text.split_whitespace().next()?;
        let digits = token
            .trim_start_matches(|c: char| c.is_alphabetic())
            .trim_end_matches([':', ')', '.']);
        (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '.'))
            .then(|| digits.to_string())
    };
    let mine = number(result);
    let parents: Vec<Option<String>> = activities
        .iter()
        .map(|(_, a)| number(&a.logic).and_then(|n| n.split('.').next().map(str::to_string)))
        .collect();
    if let (Some(mine), true) = (&mine, parents.iter().all(Option::is_some)) {
        let found: Vec<String> = activities
            .iter()
            .zip(&parents)
            .filter(|(_, p)| p.as_deref() == Some(mine.trim_end_matches('.')))
            .map(|((id, _), _)| id.clone())
            .collect();
        if !found.is_empty() {
            return found;
        }
    }
    activities.iter().map(|(id, _)| id.clone()).collect()
}

/// A row's indicators, with baseline and target where the logframe gives a number, and the
/// logframe's words above each as a comment where it does not.
fn indicators(
    out: &mut String,
    measures: &str,
    kind: &str,
    row: &Row,
    w: &Words,
    taken: &mut BTreeSet<String>,
) {
    for (i, text) in row.indicators.iter().enumerate() {
        let id = id(text, "indikator", taken);
        let baseline = row
            .baselines
            .get(i)
            .or(row.baselines.first().filter(|_| row.indicators.len() == 1));
        let target = row
            .targets
            .get(i)
            .or(row.targets.first().filter(|_| row.indicators.len() == 1));
        out.push('\n');
        for (words, cell) in [(w.baseline_words, baseline), (w.target_words, target)] {
            if let Some(cell) = cell.filter(|c| number(c).is_none()) {
                out.push_str(&format!("# {words}: {}\n", cell.replace('\n', " ")));
            }
        }
        out.push_str(&format!(
            "[indicators.{id}]\nmeasures = \"{measures}\"\nkind = \"{kind}\"\ntext = {}\n",
            quoted(text)
        ));
        let target = target.and_then(|t| number(t).map(|n| (n, t)));
        let baseline = baseline.and_then(|b| number(b));
        let percent = target.is_some_and(|((_, p), _)| p) || baseline.is_some_and(|(_, p)| p);
        if percent {
            out.push_str("unit = \"percent\"\n");
        }
        if let Some(((value, _), words)) = target {
            let folded = fold(words);
            let direction = if [
                "max", "hogst", "under", "≤", "<", "minska", "reduce", "decrease",
            ]
            .iter()
            .any(|x| folded.contains(x))
            {
                "at_most"
            } else {
                "at_least"
            };
            out.push_str(&format!(
                "target = {{ value = {value}, direction = \"{direction}\" }}\n"
            ));
        }
        if let Some((value, _)) = baseline {
            out.push_str(&format!("baseline = {{ value = {value} }}\n"));
        }
        if !row.sources.is_empty() {
            out.push_str(&format!("source = {}\n", quoted(&row.sources)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_found_in_a_logframes_words() {
        assert_eq!(number("45 %"), Some((45.0, true)));
        assert_eq!(number("ca 1 200 deltagare"), Some((1200.0, false)));
        assert_eq!(number("2019: 30,5%"), Some((30.5, true)));
        assert_eq!(number("2021"), Some((2021.0, false)));
        assert_eq!(number("ökning"), None);
    }

    #[test]
    fn levels_and_columns_in_both_languages() {
        assert_eq!(level_of("Övergripande mål"), Some(Level::Overall));
        assert_eq!(level_of("Specific objective"), Some(Level::Specific));
        assert_eq!(level_of("Projektmål"), Some(Level::Specific));
        assert_eq!(level_of("Results"), Some(Level::Result));
        assert_eq!(level_of("Aktiviteter"), Some(Level::Activity));
        assert_eq!(
            field_of("Objectively verifiable indicators"),
            Some(Field::Indicators)
        );
        assert_eq!(field_of("Verifieringskällor"), Some(Field::Sources));
        assert_eq!(field_of("Målvärde"), Some(Field::Target));
        assert_eq!(field_of("Utgångsvärde"), Some(Field::Baseline));
        assert_eq!(field_of("Antaganden"), Some(Field::Assumptions));
        assert_eq!(field_of("Interventionslogik"), Some(Field::Logic));
    }
}
