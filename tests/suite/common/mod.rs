//! Helpers shared by the integration tests.
#![allow(dead_code)]

use codespan_reporting::term::termcolor::NoColor;
use verkan::diagnostic::{emit_human, Diagnostic};
use verkan::lints::LevelOverrides;
use verkan::source::Sources;

pub mod hostile;

/// Checks `text` as a file called `name` and returns the sources and findings.
pub fn check_text(name: &str, text: &str) -> (Sources, Vec<Diagnostic>) {
    check_with(name, text, &LevelOverrides::new())
}

/// Checked, its messages shown in English whatever the theory's language.
pub fn check_with(
    name: &str,
    text: &str,
    overrides: &LevelOverrides,
) -> (Sources, Vec<Diagnostic>) {
    check_in(name, text, overrides, verkan::locale::Language::En)
}

/// Checked, its messages shown in `language`.
pub fn check_in(
    name: &str,
    text: &str,
    overrides: &LevelOverrides,
    language: verkan::locale::Language,
) -> (Sources, Vec<Diagnostic>) {
    let mut sources = Sources::new();
    sources.choose_language(Some(language));
    let file = sources.add(name, text);
    let checked = verkan::check(&mut sources, file, overrides);
    (sources, checked.diagnostics)
}

/// The human output, without colour, as a user would see it.
pub fn render(sources: &Sources, diagnostics: &[Diagnostic]) -> String {
    let mut out = NoColor::new(Vec::new());
    emit_human(&mut out, sources, diagnostics).expect("writing to memory cannot fail");
    String::from_utf8(out.into_inner()).expect("diagnostics are UTF-8")
}

/// Removes the table `[header]` and its sub-tables such as `[[header.measurements]]` (each up
/// to the next table or section comment) from a theory's text.
pub fn remove_table(text: &str, header: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    let sub_tables = format!("[{}.", &header[..header.len() - 1]);
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') || trimmed.starts_with("# ---") {
            skipping = (trimmed.starts_with(header) && trimmed[header.len()..].trim().is_empty())
                || trimmed.starts_with(&sub_tables);
        }
        if !skipping {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The bundled theories, as (file name, text).
pub fn seed_theories() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("theories");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("theories/ exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = format!("theories/{}", p.file_name().unwrap().to_string_lossy());
            (name, std::fs::read_to_string(&p).expect("theory is UTF-8"))
        })
        .collect()
}

/// Graphviz's `dot`, when installed; under CI its absence is a failure, elsewhere a skip.
pub fn has_dot(test: &str) -> bool {
    std::process::Command::new("dot").arg("-V").output().is_ok()
        || skipped(test, "Graphviz (`dot`) on PATH")
}

/// A tool .ci/run installs is missing: under CI a failure, elsewhere a line saying `test` was
/// skipped. Returns false, for `has_…() || skipped(…)`.
pub fn skipped(test: &str, tool: &str) -> bool {
    assert_ne!(
        std::env::var("CI").as_deref(),
        Ok("true"),
        "CI=true but {tool} is missing: .ci/run installs it"
    );
    eprintln!("skipped: {test} (no {tool}; .ci/run installs it)");
    false
}

/// Whether python3 can import `module` (from the PyPI package `package`), an independent
/// reader of what verkan writes; under CI its absence is a failure, elsewhere a skip that
/// names `test`.
pub fn has_python_module(module: &str, package: &str, test: &str) -> bool {
    std::process::Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .status()
        .is_ok_and(|s| s.success())
        || skipped(test, &format!("python3 with {package}"))
}

/// Runs `tests/tools/TOOL` with `args` and returns what it printed, which must start with
/// "ok": the tools print their failures and exit 1.
pub fn python_tool(tool: &str, args: &[&std::ffi::OsStr]) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = std::process::Command::new("python3")
        .arg(root.join("tests/tools").join(tool))
        .args(args)
        .output()
        .expect("python3 runs");
    let said = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success() && said.starts_with("ok"),
        "{tool}: {said}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    said
}

/// How many pages LibreOffice prints `file` on (converting it to PDF in `dir`), or `None`
/// (said, naming `what`) where no LibreOffice that reads it is installed: optional, as
/// .ci/run does not install it.
pub fn pages_printed_by_libreoffice(
    file: &std::path::Path,
    dir: &std::path::Path,
    what: &str,
) -> Option<usize> {
    let printed = std::process::Command::new("soffice")
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir)
        .arg(file)
        .output();
    let pdf = dir.join(file.with_extension("pdf").file_name()?);
    match printed {
        Ok(out) if out.status.success() && pdf.exists() => {
            let pdf = std::fs::read(pdf).ok()?;
            Some(
                pdf.windows(11)
                    .filter(|w| w.starts_with(b"/Type/Page") && w[10] != b's')
                    .count(),
            )
        }
        _ => {
            eprintln!(
                "skipped: {what} printed by LibreOffice (no soffice that reads it; optional)"
            );
            None
        }
    }
}

/// Runs the `verkan` binary in `dir`, without colour.
pub fn verkan_in(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_verkan"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("the binary runs")
}

/// Output bytes as text, any bad UTF-8 shown as U+FFFD.
pub fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `verkan render` as the command line does it: the layout's JSON from `json::layout`, every
/// other format from `render`.
pub fn render_any(
    compiled: &verkan::compile::Compiled,
    options: &verkan::render::RenderOptions,
) -> verkan::Result<Vec<u8>> {
    match options.format {
        verkan::render::Format::Json => verkan::json::layout::render(compiled, options),
        _ => verkan::render::render(compiled, options),
    }
}

/// Per box of a drawing verkan made: its column and the height of its centre below the top
/// of the lane band it stands in, read from the SVG's data attributes.
pub fn box_centres(svg: &str) -> std::collections::HashMap<String, (String, f64)> {
    let document = roxmltree::Document::parse(svg).expect("an SVG document");
    let number = |node: roxmltree::Node, name: &str| -> f64 {
        node.attribute(name)
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0)
    };
    fn rect<'a, 'i>(node: roxmltree::Node<'a, 'i>) -> roxmltree::Node<'a, 'i> {
        node.descendants()
            .find(|d| d.tag_name().name() == "rect")
            .expect("a rect")
    }
    let class = |node: roxmltree::Node, name: &str| {
        node.attribute("class")
            .is_some_and(|c| c.split_whitespace().any(|w| w == name))
    };
    let lanes: Vec<(f64, f64)> = document
        .descendants()
        .filter(|n| class(*n, "lane-band"))
        .map(|n| {
            let r = rect(n);
            (number(r, "y"), number(r, "y") + number(r, "height"))
        })
        .collect();
    document
        .descendants()
        .filter(|n| class(*n, "item"))
        .map(|n| {
            let r = rect(n);
            let (top, height) = (number(r, "y"), number(r, "height"));
            let lane_top = lanes
                .iter()
                .find(|(low, high)| *low <= top && top < *high)
                .map_or(lanes[0].0, |(low, _)| *low);
            let id = n.attribute("data-id").expect("data-id").to_string();
            let column = n.attribute("data-column").expect("data-column").to_string();
            (id, (column, top + height / 2.0 - lane_top))
        })
        .collect()
}

/// How many boxes of `before` changed column or moved more than 8 px within their lane.
pub fn boxes_moved(before: &str, after: &str) -> usize {
    let (a, b) = (box_centres(before), box_centres(after));
    a.iter()
        .filter(|(id, (column, y))| {
            b.get(*id)
                .is_some_and(|(c, y2)| c != column || (y - y2).abs() > 8.0)
        })
        .count()
}

/// A theory's text without effect `id`: the effect, every `from`/`to` reference to it and
/// the indicators that measure it.
pub fn without_effect(text: &str, id: &str) -> String {
    let mut doc: toml_edit::DocumentMut = text.parse().expect("a theory is TOML");
    doc["effects"].as_table_mut().expect("effects").remove(id);
    for (_, mechanism) in doc["mechanisms"]
        .as_table_mut()
        .expect("mechanisms")
        .iter_mut()
    {
        for side in ["from", "to"] {
            if let Some(ids) = mechanism.get_mut(side).and_then(|t| t.as_array_mut()) {
                ids.retain(|v| v.as_str() != Some(id));
            }
        }
    }
    doc["indicators"]
        .as_table_mut()
        .expect("indicators")
        .retain(|_, i| i.get("measures").and_then(|m| m.as_str()) != Some(id));
    doc.to_string()
}
