//! `verkan check --format sarif` (SARIF 2.1.0, what GitHub code scanning and many other tools
//! read) and `--format gitlab` (GitLab's Code Quality report, shown in the merge-request
//! widget). Both are made from the same [`Diagnostic`]s as `--format json`, and share one
//! fingerprint: the rule, the file and what the rule found (the ids it names), not the line,
//! so a finding keeps its identity when lines above it move.

use super::diagnostics::{Diagnostic, Fact, Severity};
use crate::model::LintLevel;
use crate::source::Sources;
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use std::io::Write;

/// The schema SARIF files name, as the standard publishes it.
const SARIF_SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The SARIF log of one run of `verkan check`, pretty-printed.
pub fn emit_sarif(
    out: &mut dyn Write,
    sources: &Sources,
    diagnostics: &[crate::diagnostic::Diagnostic],
) -> std::io::Result<()> {
    let language = sources.run_language();
    let rules: Vec<serde_json::Value> = crate::rules::RULES
        .iter()
        .map(|rule| {
            let summary = rule.summary().render(language);
            let level = match rule.default_level {
                LintLevel::Deny => "error",
                LintLevel::Warn => "warning",
                LintLevel::Allow => "none",
            };
            json!({
                "id": rule.name(),
                // A name apart from the id, as SARIF asks: `UnresolvedReference`.
                "name": format!("{:?}", rule.id),
                "shortDescription": { "text": summary },
                "fullDescription": { "text": summary },
                "help": {
                    "text": rule.explanation_in(language),
                    "markdown": rule.explanation_in(language),
                },
                "defaultConfiguration": { "level": level },
            })
        })
        .collect();
    let index = |name: &str| crate::rules::RULES.iter().position(|r| r.name() == name);
    let results: Vec<serde_json::Value> = fingerprinted(sources, diagnostics)
        .into_iter()
        .map(|(data, fingerprint)| {
            let mut text = data.message.clone();
            if let Some(help) = &data.help {
                text.push_str(&format!("\n{help}"));
            }
            let related: Vec<serde_json::Value> = data
                .labels
                .iter()
                .filter(|l| !l.primary)
                .enumerate()
                .map(|(i, l)| {
                    json!({
                        "id": i,
                        "physicalLocation": physical(&l.file, l.line, l.column, l.end_line, l.end_column),
                        "message": { "text": l.message },
                    })
                })
                .collect();
            let mut result = json!({
                "ruleId": data.rule,
                "level": level(data.severity),
                "message": { "text": text },
                "locations": [{
                    "physicalLocation": physical(&data.file, data.line, data.column, data.end_line, data.end_column),
                    "message": { "text": data.label },
                }],
                "partialFingerprints": { "verkan/v1": fingerprint },
                "properties": { "facts": data.facts, "language": data.language },
            });
            if let Some(i) = index(&data.rule) {
                result["ruleIndex"] = json!(i);
            }
            if !related.is_empty() {
                result["relatedLocations"] = json!(related);
            }
            result
        })
        .collect();
    let log = json!({
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "verkan",
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            // Columns count characters, as every other verkan output does.
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

/// One issue of GitLab's Code Quality report.
#[derive(Debug, Serialize)]
struct Issue {
    description: String,
    check_name: String,
    fingerprint: String,
    severity: &'static str,
    location: IssueLocation,
}

#[derive(Debug, Serialize)]
struct IssueLocation {
    path: String,
    lines: Lines,
}

#[derive(Debug, Serialize)]
struct Lines {
    begin: usize,
}

/// GitLab's Code Quality report: a JSON array of issues.
pub fn emit_gitlab(
    out: &mut dyn Write,
    sources: &Sources,
    diagnostics: &[crate::diagnostic::Diagnostic],
) -> std::io::Result<()> {
    let issues: Vec<Issue> = fingerprinted(sources, diagnostics)
        .into_iter()
        .map(|(data, fingerprint)| {
            Issue {
                description: format!("{} ({})", data.message, data.rule),
                check_name: data.rule,
                fingerprint,
                // GitLab's scale: an error stops the theory, a warning is worth a look.
                severity: match data.severity {
                    Severity::Error => "major",
                    Severity::Warning => "minor",
                },
                location: IssueLocation {
                    path: relative(&data.file),
                    lines: Lines { begin: data.line },
                },
            }
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &issues)?;
    writeln!(out)
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

fn physical(
    file: &str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
) -> serde_json::Value {
    json!({
        "artifactLocation": artifact(file),
        "region": {
            "startLine": line,
            "startColumn": column,
            "endLine": end_line,
            "endColumn": end_column,
        },
    })
}

/// A file as SARIF names it: relative to the checkout (`%SRCROOT%`, where code scanning
/// resolves it), or a `file:` URI when the path given was absolute.
fn artifact(file: &str) -> serde_json::Value {
    if std::path::Path::new(file).is_absolute() {
        json!({ "uri": format!("file://{}", uri_path(&file.replace('\\', "/"))) })
    } else {
        json!({ "uri": uri_path(&relative(file)), "uriBaseId": "%SRCROOT%" })
    }
}

/// The path with `/` separators and without a leading `./`.
fn relative(file: &str) -> String {
    let slashed = file.replace('\\', "/");
    slashed.trim_start_matches("./").to_string()
}

/// A path as the path of a URI: every byte but the unreserved ones and `/` percent-encoded.
fn uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Each diagnostic as data, with its fingerprint: a hash of the rule, the file and the facts,
/// with a count added when two findings would otherwise share one.
fn fingerprinted(
    sources: &Sources,
    diagnostics: &[crate::diagnostic::Diagnostic],
) -> Vec<(Diagnostic, String)> {
    let mut seen = std::collections::HashMap::<String, usize>::new();
    diagnostics
        .iter()
        .map(|d| {
            let data = Diagnostic::new(sources, d);
            let mut hasher = Sha256::new();
            hasher.update(data.rule.as_bytes());
            hasher.update([0]);
            hasher.update(relative(&data.file).as_bytes());
            for (name, fact) in &data.facts {
                hasher.update([0]);
                hasher.update(name.as_bytes());
                match fact {
                    Fact::Text(t) => hasher.update(t.as_bytes()),
                    Fact::List(l) => hasher.update(l.join("\u{1f}").as_bytes()),
                }
            }
            if data.facts.is_empty() {
                // A finding without facts (unreadable text) is known by its words.
                hasher.update([0]);
                hasher.update(data.message.as_bytes());
            }
            let hash: String = hasher.finalize()[..16]
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            let count = seen.entry(hash.clone()).or_default();
            *count += 1;
            let fingerprint = match *count {
                1 => hash,
                n => format!("{hash}-{n}"),
            };
            (data, fingerprint)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uris_with_everything_but_unreserved_characters_encoded() {
        assert_eq!(
            uri_path("theories/på väg.toml"),
            "theories/p%C3%A5%20v%C3%A4g.toml"
        );
        assert_eq!(relative("./theories\\spira.toml"), "theories/spira.toml");
        assert_eq!(artifact("/srv/x y.toml")["uri"], "file:///srv/x%20y.toml");
    }
}
