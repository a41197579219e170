//! Diagrams of a theory: the built-in layout drawn as SVG or PNG, or the graph as DOT
//! (optionally laid out by the system's Graphviz), Mermaid or JSON.

mod dot;
mod geometry;
mod lanes;
pub mod layout;
mod legend;
mod marks;
mod mermaid;
mod order;
mod pack;
mod page;
mod paged;
#[cfg(feature = "pdf")]
mod pdf;
#[cfg(feature = "pdf")]
mod pdf_tags;
mod plan;
mod png;
mod previous;
mod route;
mod svg;
pub mod text;
mod view;

pub use lanes::{lane_advice, LaneAdvice};
pub use layout::{layout, layout_like, Layout};
pub use marks::Marks;
pub use mermaid::{
    over_limits as mermaid_over_limits, MAX_EDGES as MERMAID_MAX_EDGES,
    MAX_TEXT_SIZE as MERMAID_MAX_TEXT_SIZE,
};
pub use page::{Fit, Page};
pub use paged::{Reading, Sheet};
pub use png::{png as rasterise, png_within_budget, PIXEL_BUDGET};
pub use previous::{Previous, Unusable};
pub use view::{select, View, ViewOptions};

use crate::compile::Compiled;
use crate::Error;

/// An output format of `verkan render`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The built-in layout as SVG.
    Svg,
    /// The built-in layout as PNG (see --scale).
    Png,
    /// Graphviz DOT source.
    Dot,
    /// A Mermaid flowchart for Markdown.
    Mermaid,
    /// The layout's geometry as data.
    Json,
    /// A vector PDF, fonts embedded (see --page for paper sizes).
    Pdf,
    /// The workshop page: one self-contained HTML file with the diagram, its details and
    /// controls (see `verkan::page`).
    Html,
}

impl Format {
    /// The format a file name's extension asks for.
    pub fn from_extension(path: &std::path::Path) -> Option<Self> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "svg" => Some(Format::Svg),
            "png" => Some(Format::Png),
            "dot" | "gv" => Some(Format::Dot),
            "mmd" | "mermaid" => Some(Format::Mermaid),
            "json" => Some(Format::Json),
            "pdf" => Some(Format::Pdf),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }

    /// Whether the output is text that can go to a terminal.
    pub fn is_text(self) -> bool {
        !matches!(self, Format::Png | Format::Pdf)
    }
}

/// Who lays the diagram out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Engine {
    /// verkan's own layout: needs nothing installed.
    #[default]
    Builtin,
    /// The system's Graphviz `dot`, through graphviz-rust.
    Graphviz,
}

/// Everything `render` needs besides the theory.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// What to write: SVG, PNG, PDF, HTML, DOT, Mermaid or JSON.
    pub format: Format,
    /// The built-in layout, or Graphviz.
    pub engine: Engine,
    /// What to show.
    pub view: ViewOptions,
    /// PNG resolution: pixels per SVG unit.
    pub scale: f32,
    /// Fit the picture to this page or screen (SVG, PNG and PDF of the built-in layout). A
    /// PDF too large for one legible page gets as many pages as it needs (see [`pages`]).
    pub page: Option<Page>,
    /// PDF only: the theory in words after the drawing, for readers who do not see it.
    pub with_text: bool,
}

/// Renders a checked theory.
pub fn render(compiled: &Compiled, options: &RenderOptions) -> crate::Result<Vec<u8>> {
    render_like(compiled, options, None)
}

/// [`render`], the built-in layout keeping the order of an earlier drawing where the theory
/// still allows (see [`Previous`]).
pub fn render_like(
    compiled: &Compiled,
    options: &RenderOptions,
    previous: Option<&Previous>,
) -> crate::Result<Vec<u8>> {
    render_marked(compiled, options, previous, &Marks::none())
}

/// [`render_like`], with the check's errors marked on their boxes (see [`Marks`]).
pub fn render_marked(
    compiled: &Compiled,
    options: &RenderOptions,
    previous: Option<&Previous>,
    marks: &Marks,
) -> crate::Result<Vec<u8>> {
    let view = select(compiled, &options.view)?;
    let mut layout = layout_like(compiled, &view, &options.view, previous);
    marks.apply(&mut layout);
    write(compiled, options, &layout)
}

/// A layout as SVG, at its own size.
pub fn svg_of(layout: &Layout, title: &str) -> String {
    svg::svg(layout, title, None)
}

/// A PNG `width` pixels wide of a drawn SVG: a diagram's shape, for an overview.
pub fn thumbnail(svg: &str, width: u32) -> crate::Result<Vec<u8>> {
    png::thumbnail(svg, width)
}

/// The diagram as SVG and as PNG at `scale`, or at the largest scale the pixel budget allows:
/// for documents that embed both (a Word report shows the SVG where it can and the PNG
/// elsewhere).
pub fn svg_and_png(
    compiled: &Compiled,
    options: &ViewOptions,
    scale: f32,
) -> crate::Result<(String, Vec<u8>)> {
    let view = select(compiled, options)?;
    let layout = layout_like(compiled, &view, options, None);
    let svg = svg::svg(&layout, &compiled.theory.meta.name, None);
    let (png, _) = png::png_within_budget(&svg, scale, 0.1)?;
    Ok((svg, png))
}

/// A drawing, and what the next drawing of the theory keeps of it.
pub struct Drawn {
    /// The drawing, in the format asked for.
    pub bytes: Vec<u8>,
    /// What the next drawing keeps of it.
    pub previous: Previous,
}

/// [`render_like`], with what the next drawing keeps of this one: how `verkan serve` draws
/// each theory again from its last drawing, without reading that back.
pub fn draw(
    compiled: &Compiled,
    options: &RenderOptions,
    previous: Option<&Previous>,
    marks: &Marks,
) -> crate::Result<Drawn> {
    let view = select(compiled, &options.view)?;
    let mut layout = layout_like(compiled, &view, &options.view, previous);
    marks.apply(&mut layout);
    let bytes = write(compiled, options, &layout)?;
    Ok(Drawn {
        bytes,
        previous: Previous::of(&layout),
    })
}

/// The layout in the format asked for.
fn write(compiled: &Compiled, options: &RenderOptions, layout: &Layout) -> crate::Result<Vec<u8>> {
    let theory = &compiled.theory;
    let title = theory.meta.name.clone();
    let picture = matches!(options.format, Format::Svg | Format::Png | Format::Pdf);
    let builtin_pdf = options.engine == Engine::Builtin && options.format == Format::Pdf;
    if options.with_text && !builtin_pdf {
        return Err(Error::Usage(crate::t!("with-text-pdf-only")));
    }
    if builtin_pdf && (options.with_text || options.page.is_some()) {
        let page = options.page.unwrap_or(Page::A4Portrait);
        let one = page.fit(layout.width, layout.height);
        if !one.legible || options.with_text {
            return paged_pdf(compiled, options, page);
        }
    }
    let fit = match options.page {
        Some(_) if !picture || options.engine == Engine::Graphviz => {
            return Err(Error::Usage(crate::t!("page-not-here")))
        }
        Some(page) => Some(fit(compiled, options, layout, page)?),
        None => None,
    };
    match (options.engine, options.format) {
        (Engine::Builtin, Format::Svg) => Ok(svg::svg(layout, &title, fit.as_ref()).into_bytes()),
        (Engine::Builtin, Format::Png) => {
            png::png(&svg::svg(layout, &title, fit.as_ref()), options.scale)
        }
        (Engine::Builtin, Format::Pdf) => pdf(&svg::svg(layout, &title, fit.as_ref()), compiled),
        (_, Format::Dot) => Ok(dot::print(dot::graph(theory, layout)).into_bytes()),
        (_, Format::Mermaid) => Ok(mermaid::mermaid(theory, layout).into_bytes()),
        // The layout as data is an output of its own, above this module.
        (_, Format::Json) => Err(Error::Usage(crate::t!("json-needs-data"))),
        (_, Format::Html) => Err(Error::Usage(crate::t!("html-needs-page"))),
        (Engine::Graphviz, format) => graphviz(dot::graph(theory, layout), format, options.scale),
    }
}

/// Whether this verkan was built with the built-in PDF (cargo feature `pdf`, on by default).
pub const PDF: bool = cfg!(feature = "pdf");

#[cfg(feature = "pdf")]
fn pdf(svg: &str, compiled: &Compiled) -> crate::Result<Vec<u8>> {
    let theory = &compiled.theory;
    let language = theory.meta.language;
    let alt = figure_alt(theory);
    pdf::pdf(
        svg,
        &pdf_tags::About {
            title: &theory.meta.name,
            language: language.document_tag(),
            alt: &alt,
        },
    )
}

/// What the diagram shows, for a reader who cannot see it: the theory in one sentence, then
/// each mechanism by its number with what the evaluation found.
#[cfg(feature = "pdf")]
fn figure_alt(theory: &crate::model::Theory) -> String {
    let language = theory.meta.language;
    let mut alt = crate::t!(
        "pdf-figure-alt",
        name = theory.meta.name.as_str(),
        activities = theory.activities.len(),
        mechanisms = theory.mechanisms.len(),
        effects = theory.effects.len()
    )
    .render(language);
    for m in 0..theory.mechanisms.len() {
        alt.push_str(&format!(
            "\n{}. {}",
            m + 1,
            crate::words::mechanism_with_verdict(theory, m)
        ));
    }
    alt
}

#[cfg(not(feature = "pdf"))]
fn pdf(_svg: &str, _compiled: &Compiled) -> crate::Result<Vec<u8>> {
    Err(Error::MissingTool(crate::t!("pdf-unsupported")))
}

/// The pages of a PDF of the theory on `page`: the whole diagram, each lane legibly, the
/// mechanisms, and the theory in words when `with_text`: each a [`Sheet`].
pub fn pages(
    compiled: &Compiled,
    view: &ViewOptions,
    page: Page,
    with_text: bool,
) -> crate::Result<Vec<Sheet>> {
    #[cfg(feature = "pdf")]
    let alt = figure_alt(&compiled.theory);
    #[cfg(not(feature = "pdf"))]
    let alt = compiled.theory.meta.name.clone();
    paged::sheets(compiled, view, page, &alt, with_text)
}

#[cfg(feature = "pdf")]
fn paged_pdf(compiled: &Compiled, options: &RenderOptions, page: Page) -> crate::Result<Vec<u8>> {
    let theory = &compiled.theory;
    let sheets = pages(compiled, &options.view, page, options.with_text)?;
    pdf::pdf_sheets(
        &sheets,
        &pdf_tags::About {
            title: &theory.meta.name,
            language: theory.meta.language.document_tag(),
            alt: "",
        },
    )
}

#[cfg(not(feature = "pdf"))]
fn paged_pdf(_: &Compiled, _: &RenderOptions, _: Page) -> crate::Result<Vec<u8>> {
    Err(Error::MissingTool(crate::t!("pdf-unsupported")))
}

/// The diagram fitted to `page`, or, when its box text would be too small to read there, an
/// error that names the views which would fit.
fn fit(
    compiled: &Compiled,
    options: &RenderOptions,
    layout: &Layout,
    page: Page,
) -> crate::Result<Fit> {
    let fit = page.fit(layout.width, layout.height);
    if fit.legible {
        return Ok(fit);
    }
    // Alternatives, from the least taken away: the legend left out; one perspective, with the
    // legend if that fits, else without.
    let theory = &compiled.theory;
    let mut candidates: Vec<Vec<(String, ViewOptions)>> = Vec::new();
    let size = |text: f64, unit: &str| format!("{text:.1} {unit}");
    if options.view.legend {
        candidates.push(vec![(
            "--no-legend".to_string(),
            ViewOptions {
                legend: false,
                ..options.view.clone()
            },
        )]);
    }
    for perspective in &theory.perspectives {
        if !options.view.perspectives.is_empty()
            && !options.view.perspectives.contains(&perspective.id)
        {
            continue;
        }
        let one = ViewOptions {
            perspectives: vec![perspective.id.clone()],
            ..options.view.clone()
        };
        let mut tries = vec![(format!("--perspective {}", perspective.id), one.clone())];
        if options.view.legend {
            tries.push((
                format!("--perspective {} --no-legend", perspective.id),
                ViewOptions {
                    legend: false,
                    ..one
                },
            ));
        }
        candidates.push(tries);
    }
    let mut fitting = Vec::new();
    for tries in candidates {
        for (flags, view) in tries {
            let Ok(selected) = select(compiled, &view) else {
                continue;
            };
            let other = {
                let l = layout::layout(compiled, &selected, &view);
                page.fit(l.width, l.height)
            };
            if other.legible {
                fitting.push(format!("`{flags}` ({})", size(other.text, other.unit)));
                break;
            }
        }
    }
    Err(Error::TooLarge(crate::t!(
        "page-illegible",
        page = page.key(),
        theory = &theory.meta.name,
        size = size(fit.text, fit.unit),
        minimum = format!("{} {}", page.minimum(), fit.unit),
        fits = if fitting.is_empty() { "no" } else { "yes" },
        fitting = fitting.join(", ")
    )))
}

/// How long Graphviz may take before verkan stops it: a theory from a pull request must not
/// hold a CI job for as long as `dot` cares to run. `VERKAN_GRAPHVIZ_SECONDS` changes it.
const GRAPHVIZ_SECONDS: u64 = 120;

fn graphviz(
    graph: graphviz_rust::dot_structures::Graph,
    format: Format,
    scale: f32,
) -> crate::Result<Vec<u8>> {
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};
    png::check_scale(scale)?;
    let flag = match format {
        Format::Svg => "-Tsvg",
        Format::Png => "-Tpng",
        Format::Pdf => "-Tpdf",
        _ => unreachable!("text formats are handled before Graphviz is called"),
    };
    let mut command = Command::new("dot");
    command.arg(flag);
    // Resolution is a raster notion: SVG and PDF keep Graphviz's own points.
    if format == Format::Png {
        command.arg(format!("-Gdpi={}", (96.0 * scale).round()));
    }
    // Run directly, the graph on stdin: no temporary file, and a time limit.
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::MissingTool(crate::t!("graphviz-missing")),
            _ => Error::Failed(crate::t!("graphviz-cannot-run", error = e.to_string())),
        })?;
    let source = dot::print(graph).into_bytes();
    let mut stdin = child.stdin.take().expect("piped");
    // Written and read on their own threads, so that neither side waits for the other.
    let writer = std::thread::spawn(move || stdin.write_all(&source));
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let output = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        stdout.read_to_end(&mut bytes).map(|_| bytes)
    });
    let errors = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let limit = std::env::var("VERKAN_GRAPHVIZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(GRAPHVIZ_SECONDS);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(limit);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Error::Failed(crate::t!(
                    "graphviz-timeout",
                    limit = limit.to_string()
                )));
            }
            Err(e) => {
                return Err(Error::Failed(crate::t!(
                    "graphviz-failed",
                    error = e.to_string()
                )))
            }
        }
    };
    let _ = writer.join();
    let bytes = output
        .join()
        .expect("the reading thread does not panic")
        .map_err(|e| Error::Failed(crate::t!("graphviz-failed", error = e.to_string())))?;
    let errors = errors.join().unwrap_or_default();
    if !status.success() {
        return Err(Error::Failed(crate::t!(
            "graphviz-failed",
            error = errors.trim()
        )));
    }
    Ok(bytes)
}
