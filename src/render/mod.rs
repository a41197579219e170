//! Diagrams of a theory: the built-in layout drawn as SVG or PNG, or the graph as DOT
//! (optionally laid out by the system's Graphviz), Mermaid or JSON.

mod dot;
mod geometry;
pub mod layout;
mod mermaid;
mod order;
mod pack;
mod page;
#[cfg(feature = "pdf")]
mod pdf;
mod plan;
mod png;
mod route;
mod svg;
pub mod text;
mod view;

pub use layout::{layout, Layout};
pub use mermaid::{
    over_limits as mermaid_over_limits, MAX_EDGES as MERMAID_MAX_EDGES,
    MAX_TEXT_SIZE as MERMAID_MAX_TEXT_SIZE,
};
pub use page::{Fit, Page};
pub use png::{png as rasterise, png_within_budget, PIXEL_BUDGET};
#[cfg(feature = "xlsx")]
pub(crate) use svg::status_colours;

pub use view::{select, View, ViewOptions};

use crate::compile::Compiled;
use crate::Error;

/// An output format of `verkan render`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
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
    pub format: Format,
    pub engine: Engine,
    pub view: ViewOptions,
    pub scale: f32,
    /// Fit the picture to this page or screen (SVG, PNG and PDF of the built-in layout).
    pub page: Option<Page>,
}

/// Renders a checked theory.
pub fn render(compiled: &Compiled, options: &RenderOptions) -> crate::Result<Vec<u8>> {
    let theory = &compiled.theory;
    let view = select(compiled, &options.view)?;
    let layout = layout(compiled, &view, &options.view);
    let title = theory.meta.name.clone();
    let picture = matches!(options.format, Format::Svg | Format::Png | Format::Pdf);
    let fit = match options.page {
        Some(_) if !picture || options.engine == Engine::Graphviz => {
            return Err(Error::Usage(
                "--page fits the built-in layout's SVG, PNG or PDF to a page: leave it out for other formats and for `--engine graphviz`".to_string(),
            ))
        }
        Some(page) => Some(fit(compiled, options, &layout, page)?),
        None => None,
    };
    match (options.engine, options.format) {
        (Engine::Builtin, Format::Svg) => Ok(svg::svg(&layout, &title, fit.as_ref()).into_bytes()),
        (Engine::Builtin, Format::Png) => {
            png::png(&svg::svg(&layout, &title, fit.as_ref()), options.scale)
        }
        (Engine::Builtin, Format::Pdf) => pdf(&svg::svg(&layout, &title, fit.as_ref())),
        (_, Format::Dot) => Ok(dot::print(dot::graph(theory, &layout)).into_bytes()),
        (_, Format::Mermaid) => Ok(mermaid::mermaid(theory, &layout).into_bytes()),
        (_, Format::Json) => Ok(crate::json::to_string(&crate::json::layout::Layout::new(
            compiled, &layout,
        ))
        .into_bytes()),
        (_, Format::Html) => Err(Error::Usage(
            "a workshop page carries the check's findings too: make it with `verkan::page::theory`"
                .to_string(),
        )),
        (Engine::Graphviz, format) => graphviz(dot::graph(theory, &layout), format, options.scale),
    }
}

/// Whether this verkan was built with the built-in PDF (cargo feature `pdf`, on by default).
pub const PDF: bool = cfg!(feature = "pdf");

#[cfg(feature = "pdf")]
fn pdf(svg: &str) -> crate::Result<Vec<u8>> {
    pdf::pdf(svg)
}

#[cfg(not(feature = "pdf"))]
fn pdf(_svg: &str) -> crate::Result<Vec<u8>> {
    Err(Error::MissingTool(
        "this verkan was built without PDF support (cargo feature `pdf`): rebuild it with the default features, or use `--engine graphviz`".to_string(),
    ))
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
                fitting.push(format!("`{flags}` ({:.1} {})", other.text, other.unit));
                break;
            }
        }
    }
    let advice = if fitting.is_empty() {
        "No single perspective fits either: try `--focus ID`, a `--horizon`, or a larger page."
            .to_string()
    } else {
        format!("Views that fit: {}.", fitting.join(", "))
    };
    Err(Error::TooLarge(format!(
        "on {} the box text of `{}` would be {:.1} {}, below the legible {} {}. {advice}",
        page.name(),
        theory.meta.name,
        fit.text,
        fit.unit,
        page.minimum(),
        fit.unit,
    )))
}

fn graphviz(
    graph: graphviz_rust::dot_structures::Graph,
    format: Format,
    scale: f32,
) -> crate::Result<Vec<u8>> {
    use graphviz_rust::cmd::{CommandArg, Format as GvFormat};
    png::check_scale(scale)?;
    if std::process::Command::new("dot")
        .arg("-V")
        .output()
        .is_err()
    {
        return Err(Error::MissingTool("Graphviz is not installed (no `dot` on PATH): install it, or leave out `--engine graphviz` to use the built-in layout".to_string()));
    }
    let gv_format = match format {
        Format::Svg => GvFormat::Svg,
        Format::Png => GvFormat::Png,
        Format::Pdf => GvFormat::Pdf,
        _ => unreachable!("text formats are handled before Graphviz is called"),
    };
    let mut args = vec![gv_format.into()];
    // Resolution is a raster notion: SVG and PDF keep Graphviz's own points.
    if format == Format::Png {
        args.push(CommandArg::Custom(format!(
            "-Gdpi={}",
            (96.0 * scale).round()
        )));
    }
    graphviz_rust::exec(
        graph,
        &mut graphviz_rust::printer::PrinterContext::default(),
        args,
    )
    .map_err(|e| Error::Failed(format!("Graphviz failed: {e}")))
}
