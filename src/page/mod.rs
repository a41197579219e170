//! The workshop page: one self-contained HTML file per theory (the built-in SVG inline, the
//! versioned page data and the script embedded, nothing fetched from anywhere), and the
//! portfolio overview that links them. `verkan render --format html`, `verkan build` and
//! `verkan serve` all make their pages here.
//!
//! Everything a reader sees without the script is static HTML written by
//! [maud](https://maud.lambda.xyz), which escapes every text it is given: the text version of
//! the diagram (each item with its mechanisms, indicators and measurements), the scorecard
//! and the check's diagnostics. The script adds interaction on top (panel, filters, search,
//! paths, projector mode, live reload) and builds nothing from markup strings.

mod chart;
mod csp;
mod detail;
mod overview;

pub use overview::{overview, Beside, Join, OverviewEntry};

use crate::compile::Compiled;
use crate::diagnostic::{Diagnostic, Severity};
use crate::json;
use crate::render::{self, Engine, Format, RenderOptions, ViewOptions};
use crate::source::Sources;
use crate::words::{page_labels, PageLabels};
use maud::{html, Markup, PreEscaped, DOCTYPE};

const STYLE: &str = include_str!("page.css");
// One script, so one hash in the page's policy: the editing forms, then the page.
const SCRIPT: &str = concat!(include_str!("forms.js"), include_str!("page.js"));

/// How a page is made.
#[derive(Debug, Default)]
pub struct PageOptions {
    /// Served by `verkan serve`: the page listens for changes and may fetch from its origin.
    pub live: bool,
    /// The errors of the file's newest version, when the page shows an older good one.
    pub stale: Vec<json::diagnostics::Diagnostic>,
    /// An earlier drawing of the theory, whose order the diagram keeps (see
    /// [`render::Previous`]).
    pub previous: Option<render::Previous>,
    /// The server's secret for its edit API (`verkan serve`): with it, the page edits.
    pub token: Option<String>,
}

/// The workshop page of a checked theory. `diagnostics` are its check's findings (warnings,
/// since a theory with errors has no diagram).
pub fn theory(
    compiled: &Compiled,
    sources: &Sources,
    diagnostics: &[Diagnostic],
    options: &PageOptions,
) -> crate::Result<String> {
    made(compiled, sources, diagnostics, options).map(|made| made.html)
}

/// A theory's page, the parts of it that change with the theory, and what the next drawing of
/// the theory keeps of its diagram.
pub struct Made {
    /// The whole page.
    pub html: String,
    /// The parts a live page replaces when the theory changes.
    pub parts: Parts,
    /// What the next drawing keeps of the diagram.
    pub previous: render::Previous,
    /// The page's data (`page.v1`), as the edit API answers it.
    pub data: String,
}

/// The parts of a page that change with its theory, each as the HTML of one element, by the
/// selector the page's script finds it with. A served page asks for the parts it lacks after
/// a change, and swaps in only those.
#[derive(Debug, Clone, Default)]
pub struct Parts(Vec<Part>);

#[derive(Debug, Clone)]
struct Part {
    selector: &'static str,
    hash: String,
    html: String,
}

impl Parts {
    fn push(&mut self, selector: &'static str, html: String) {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(html.as_bytes());
        let hash = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
        self.0.push(Part {
            selector,
            hash,
            html,
        });
    }

    fn html(&self, selector: &str) -> &str {
        self.0
            .iter()
            .find(|p| p.selector == selector)
            .map_or("", |p| p.html.as_str())
    }

    /// Each part's hash, by selector: what the page knows it has.
    fn hashes(&self) -> std::collections::BTreeMap<&'static str, &str> {
        self.0
            .iter()
            .map(|p| (p.selector, p.hash.as_str()))
            .collect()
    }

    /// The parts whose hash is not among `have`, and every part's hash, as the JSON a served
    /// page reads (`GET /spira.html?parts=…`).
    pub fn missing(&self, have: &[&str]) -> String {
        let parts: std::collections::BTreeMap<&str, &str> = self
            .0
            .iter()
            .filter(|p| !have.contains(&p.hash.as_str()))
            .map(|p| (p.selector, p.html.as_str()))
            .collect();
        serde_json::json!({ "parts": parts, "hashes": self.hashes() }).to_string()
    }
}

/// [`theory`], with its parts and what the next drawing keeps.
pub fn made(
    compiled: &Compiled,
    sources: &Sources,
    diagnostics: &[Diagnostic],
    options: &PageOptions,
) -> crate::Result<Made> {
    let theory = &compiled.theory;
    let language = theory.meta.language;
    let words = page_labels(language);
    let drawn = render::draw(
        compiled,
        &RenderOptions {
            format: Format::Svg,
            engine: Engine::Builtin,
            view: ViewOptions::full(),
            scale: 1.0,
            page: None,
            with_text: false,
        },
        options.previous.as_ref(),
        &render::Marks::of(compiled, diagnostics),
    )?;
    let svg = String::from_utf8(drawn.bytes).expect("the SVG writer writes UTF-8");
    let diagnostics: Vec<json::diagnostics::Diagnostic> = diagnostics
        .iter()
        .map(|d| json::diagnostics::Diagnostic::new(sources, d))
        .collect();
    let data = json::page::Page::new(compiled, diagnostics);
    let items = detail::Items::new(compiled);
    let title = match &theory.meta.period {
        Some(period) => format!("{} ({period})", theory.meta.name),
        None => theory.meta.name.clone(),
    };
    let mut parts = Parts::default();
    parts.push(TITLE, html! { h1 { (title) } }.into_string());
    parts.push(
        "#live-errors",
        stale_errors(&options.stale, words).into_string(),
    );
    parts.push(
        "#diagram",
        html! {
            figure #diagram aria-label=(format!("{}: {}", words.diagram, theory.meta.name)) {
                (PreEscaped(&svg))
            }
        }
        .into_string(),
    );
    parts.push(
        "#diagnostics",
        diagnostics_section(&data.diagnostics, &items, words).into_string(),
    );
    parts.push(
        "#scorecard",
        detail::scorecard(compiled, words).into_string(),
    );
    parts.push(
        "#text",
        detail::text_version(compiled, &items, words).into_string(),
    );
    parts.push(DATA, data_script(&data).into_string());
    let part = |selector| PreEscaped(parts.html(selector));
    let body = html! {
        a.skip href="#text" { (words.skip) }
        header.toolbar {
            (part(TITLE))
            (controls(compiled, words))
        }
        (part("#live-errors"))
        main #main {
            (part("#diagram"))
            aside #panel tabindex="-1" aria-label=(words.text_version) hidden {
                button #panel-close type="button" { (words.close) }
                div #panel-body {}
            }
        }
        (part("#diagnostics"))
        (part("#scorecard"))
        (part("#text"))
        @if options.live {
            script #verkan-parts type="application/json" {
                (PreEscaped(script_json(&parts.hashes())))
            }
        }
    };
    let html = document(
        &title,
        crate::locale::Language::code(language),
        body,
        PreEscaped(parts.html(DATA).to_string()),
        words,
        options.live,
        options.token.as_deref(),
    );
    Ok(Made {
        html,
        parts,
        previous: drawn.previous,
        data: json::to_string(&data),
    })
}

/// The selectors of the page's title and of its data.
const TITLE: &str = "header.toolbar h1";
const DATA: &str = "#verkan-data";

/// The page's data for its script, as versioned JSON.
pub(super) fn data_script(data: &impl serde::Serialize) -> Markup {
    html! { script #verkan-data type="application/json" { (PreEscaped(script_json(data))) } }
}

/// A page with no diagram: the file has errors and no earlier version was good, or (`note`)
/// the diagram could not be made.
pub fn errors_only(
    name: &str,
    language: crate::locale::Language,
    errors: &[json::diagnostics::Diagnostic],
    note: Option<&str>,
    options: &PageOptions,
) -> String {
    let words = page_labels(language);
    let body = html! {
        header.toolbar { h1 { (name) } }
        @if let Some(note) = note { p.note role="alert" { (note) } }
        (stale_errors(errors, words))
    };
    document(
        name,
        crate::locale::Language::code(language),
        body,
        data_script(&()),
        words,
        options.live,
        None,
    )
}

/// The page around a body: the policy that lets only this page's own script and style run,
/// the data and the words for the script.
fn document(
    title: &str,
    lang: &str,
    body: Markup,
    data: Markup,
    words: &PageLabels,
    live: bool,
    token: Option<&str>,
) -> String {
    let policy = csp::policy(SCRIPT, STYLE, live);
    html! {
        (DOCTYPE)
        html lang=(lang) {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(policy);
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content=(concat!("verkan ", env!("CARGO_PKG_VERSION")));
                @if let Some(token) = token {
                    meta name="verkan-token" content=(token);
                }
                title { (title) " – verkan" }
                style { (PreEscaped(STYLE)) }
            }
            body data-live=[live.then_some("true")] {
                (body)
                (data)
                script #verkan-words type="application/json" { (PreEscaped(script_json(words))) }
                script { (PreEscaped(SCRIPT)) }
            }
        }
    }
    .into_string()
}

/// JSON that cannot end the `<script>` element it sits in: `<`, `>` and `&` (which JSON
/// only has inside strings) as `\u` escapes, which `JSON.parse` reads back unchanged.
fn script_json(value: &impl serde::Serialize) -> String {
    let json = serde_json::to_string(value).expect("page data serializes");
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out
}

/// Search, filters, path steps and projector mode. Every control is a real form control with
/// a label, so keyboard and screen readers reach them.
fn controls(compiled: &Compiled, words: &PageLabels) -> Markup {
    let theory = &compiled.theory;
    let language = theory.meta.language;
    let labels = crate::words::labels(language);
    use crate::compile::attainment::Status;
    // Items without a perspective share a lane of their own ("Övrigt"); resources have
    // their own column outside the lanes.
    let other_lane = theory.items().any(|item| {
        detail::is_box(item)
            && !matches!(item, crate::model::ItemRef::Resource(_))
            && theory.perspective_of(item).is_none()
    });
    html! {
        div.controls role="search" {
            label for="search" { (words.search) }
            input #search type="search" autocomplete="off";
            output #search-count for="search" aria-live="polite" {}
        }
        details.filters {
            summary { (words.filters) }
            div.filter-panel {
            fieldset data-filter="perspective" {
                legend { (words.perspective) }
                @for p in &theory.perspectives {
                    label { input type="checkbox" checked value=(p.id); " " (p.label) }
                }
                @if other_lane {
                    label { input type="checkbox" checked value=""; " " (labels.other_lane) }
                }
            }
            fieldset data-filter="horizon" {
                legend { (words.horizon) }
                @for (value, horizon) in [("short", crate::model::Horizon::Short), ("medium", crate::model::Horizon::Medium), ("long", crate::model::Horizon::Long)] {
                    label { input type="checkbox" checked value=(value); " " (labels.horizon(horizon)) }
                }
            }
            fieldset data-filter="status" {
                legend { (words.status) }
                @for status in Status::ALL {
                    label {
                        input type="checkbox" checked value=(status.as_str());
                        " " (status.symbol()) " " (status.label(language))
                    }
                }
            }
            }
        }
        div.controls {
            label for="steps" { (words.steps) }
            input #steps type="number" min="1" max="20" value="3";
            button #show-all type="button" { (words.show_all) }
            button #projector type="button" aria-pressed="false" { (words.projector) }
        }
        div.controls.present {
            button #present type="button" aria-pressed="false" { (words.present) }
        }
        div.controls.zoom role="group" aria-label=(words.zoom) {
            button #zoom-out type="button" aria-label=(words.zoom_out) title=(words.zoom_out) { "−" }
            button #zoom-fit type="button" { (words.zoom_fit) }
            button #zoom-in type="button" aria-label=(words.zoom_in) title=(words.zoom_in) { "+" }
        }
        div.controls {
            label.projector-only for="lane" { (words.lane) }
            select.projector-only #lane {
                option value="*" { (words.all_lanes) }
                @for p in &theory.perspectives {
                    option value=(p.id) { (p.label) }
                }
            }
        }
        p.projector-only.keys { (words.keys) }
    }
}

/// The newest version's errors, above the last good diagram (`verkan serve`).
fn stale_errors(errors: &[json::diagnostics::Diagnostic], words: &PageLabels) -> Markup {
    html! {
        div #live-errors role="alert" hidden[errors.is_empty()] {
            @if !errors.is_empty() {
                h2 { (words.errors_title) }
                ul {
                    @for d in errors {
                        li { (diagnostic_line(d, words)) }
                    }
                }
            }
        }
    }
}

fn diagnostic_line(d: &json::diagnostics::Diagnostic, words: &PageLabels) -> Markup {
    let severity = match d.severity {
        json::diagnostics::Severity::Error => words.error,
        json::diagnostics::Severity::Warning => words.warning,
    };
    html! {
        span.severity { (severity) } " "
        code { (d.rule) } ": " (d.message)
        " " span.place { "(" (d.file) ":" (d.line) ":" (d.column) ")" }
        @if let Some(help) = &d.help { br; span.help { (help) } }
    }
}

/// The check's findings, each with a button to the items it names.
fn diagnostics_section(
    diagnostics: &[json::diagnostics::Diagnostic],
    items: &detail::Items,
    words: &PageLabels,
) -> Markup {
    html! {
        section #diagnostics aria-labelledby="diagnostics-title" {
            h2 #diagnostics-title { (words.check) }
            @if diagnostics.is_empty() {
                p { (words.no_findings) }
            } @else {
                ul {
                    @for d in diagnostics {
                        li.(match d.severity { json::diagnostics::Severity::Error => "error", json::diagnostics::Severity::Warning => "warning" }) {
                            (diagnostic_line(d, words))
                            @for (index, text) in items.named_by(d) {
                                " "
                                button.show type="button" data-show=(index) {
                                    (words.show_in_diagram) ": " (text)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Whether a diagnostic is an error: what `verkan serve` shows over the last good diagram.
pub fn is_error(d: &Diagnostic) -> bool {
    d.severity == Severity::Error
}
