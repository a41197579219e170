//! Diagrams of a theory: the built-in layout drawn as SVG or PNG, or the graph as DOT
//! (optionally laid out by the system's Graphviz), Mermaid or JSON.

mod dot;
mod geometry;
pub mod layout;
mod mermaid;
mod order;
mod pack;
mod plan;
mod png;
mod route;
mod svg;
pub mod text;
mod view;

pub use layout::{layout, Layout};
pub use png::png as rasterise;

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
    /// Only through `--engine graphviz`.
    Pdf,
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
}

/// Renders a checked theory.
pub fn render(compiled: &Compiled, options: &RenderOptions) -> crate::Result<Vec<u8>> {
    let theory = &compiled.theory;
    let view = select(compiled, &options.view)?;
    let layout = layout(compiled, &view, &options.view);
    let title = theory.meta.name.clone();
    match (options.engine, options.format) {
        (Engine::Builtin, Format::Svg) => Ok(svg::svg(&layout, &title).into_bytes()),
        (Engine::Builtin, Format::Png) => png::png(&svg::svg(&layout, &title), options.scale),
        (Engine::Builtin, Format::Pdf) => Err(Error::Usage(
            "PDF needs Graphviz: use `--engine graphviz`, or render SVG or PNG".to_string(),
        )),
        (_, Format::Dot) => Ok(dot::print(dot::graph(theory, &layout)).into_bytes()),
        (_, Format::Mermaid) => Ok(mermaid::mermaid(theory, &layout).into_bytes()),
        (_, Format::Json) => Ok(crate::json::to_string(&crate::json::layout::Layout::new(
            compiled, &layout,
        ))
        .into_bytes()),
        (Engine::Graphviz, format) => graphviz(dot::graph(theory, &layout), format, options.scale),
    }
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
    let dpi = CommandArg::Custom(format!("-Gdpi={}", (96.0 * scale).round()));
    graphviz_rust::exec(
        graph,
        &mut graphviz_rust::printer::PrinterContext::default(),
        vec![gv_format.into(), dpi],
    )
    .map_err(|e| Error::Failed(format!("Graphviz failed: {e}")))
}
