//! Machine output as versioned data: one module of types per format (diagnostics, report,
//! coverage, layout), separate from the internal types, so that refactoring verkan never
//! changes what a script parses.
//!
//! Every format carries `version: 1`. Within a version fields may be added, never renamed,
//! retyped or removed. Numbers are numbers, rounded to what the data warrants; enums are
//! kebab-case strings; items appear with their ids; breakdowns are objects keyed by id.
//! The JSON Schema of each format is generated from these types ([`schemas`]) and kept in
//! `schemas/` in the repository, where a test holds it equal to the types.

mod common;
pub mod coverage;
pub mod diagnostics;
pub mod diff;
pub mod layout;
pub mod page;
pub mod portfolio;
pub mod report;
pub mod sarif;

pub(crate) use crate::number::round;
pub use common::*;

use serde::Serialize;

/// The version every machine format has now.
pub const VERSION: u32 = 1;

/// Pretty JSON with a final newline: what verkan prints and writes.
pub fn to_string(value: &impl Serialize) -> String {
    let mut json = serde_json::to_string_pretty(value).expect("output types serialize");
    json.push('\n');
    json
}

/// The JSON Schema of every machine format, by file name in `schemas/`.
pub fn schemas() -> Vec<(&'static str, serde_json::Value)> {
    fn of<T: schemars::JsonSchema>() -> serde_json::Value {
        let mut schema = serde_json::to_value(schemars::schema_for!(T)).expect("schemas serialize");
        crate::document::plain_enums(&mut schema);
        schema
    }
    vec![
        ("coverage.v1.schema.json", of::<coverage::Coverage>()),
        ("diagnostic.v1.schema.json", of::<diagnostics::Diagnostic>()),
        ("diff.v1.schema.json", of::<diff::Diff>()),
        ("edit.v1.schema.json", of::<crate::edit::Edit>()),
        ("layout.v1.schema.json", of::<layout::Layout>()),
        ("page.v1.schema.json", of::<page::Page>()),
        ("portfolio.v1.schema.json", of::<portfolio::Portfolio>()),
        ("report.v1.schema.json", of::<report::Report>()),
        ("theory.schema.json", crate::document::json_schema()),
    ]
}
