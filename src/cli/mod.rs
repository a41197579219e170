//! The command line: clap definitions and one file per subcommand.

mod build;
mod check;
mod coverage;
mod diff;
mod edit;
mod explain;
mod fmt;
pub mod help;
mod import;
#[cfg(feature = "lsp")]
mod lsp;
mod new;
mod progress;
mod render;
mod report;
#[cfg(feature = "serve")]
mod serve;
mod values;

use clap::{Parser, Subcommand, ValueEnum};
use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
use std::path::PathBuf;
use std::process::ExitCode;
use verkan::diagnostic::{self, Severity, Tally};
use verkan::locale::Language;
use verkan::source::Sources;
use verkan::t;
use verkan::{Error, Result};

/// Check, render and report theories of change (förändringsteorier).
///
/// A theory is one TOML file: resources and activities lead, through change mechanisms, to
/// short-, medium- and long-term effects, each measured by indicators. Start with
/// `verkan build`, which checks every theory under theories/ and draws its diagrams into out/.
#[derive(Debug, Parser)]
#[command(name = "verkan", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// The language of messages, summaries and new theories: sv or en. By default each
    /// theory's own `language` (messages about it), else LC_ALL / LC_MESSAGES / LANG.
    #[arg(long, value_enum, global = true, value_name = "LANG")]
    pub lang: Option<values::Lang>,
}

/// `--lang`, set once when the command line is read.
static CHOSEN_LANGUAGE: std::sync::OnceLock<Option<Language>> = std::sync::OnceLock::new();

/// The language the user asked for with `--lang`, if any.
fn chosen_language() -> Option<Language> {
    CHOSEN_LANGUAGE.get().copied().flatten()
}

/// Where files are read into: messages in `--lang`, else each theory's language, else the
/// environment's.
fn new_sources() -> Sources {
    let mut sources = Sources::new();
    sources.choose_language(chosen_language());
    sources.set_fallback_language(verkan::locale::from_env());
    sources
}

/// The language of what a command says about a run: `--lang`, else the environment's, else
/// English. (Messages about one theory follow its language: see [`new_sources`].)
fn run_language(sources: Option<&Sources>) -> Language {
    match sources {
        Some(sources) => sources.run_language(),
        None => chosen_language()
            .or_else(verkan::locale::from_env)
            .unwrap_or(Language::En),
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check every theory under a folder and, if none has errors, write each one's workshop
    /// page, SVG, PNG, PDF and scorecard, and an overview (index.html, index.md), into the
    /// output folder.
    ///
    /// Nothing is written when a theory has errors; files are replaced atomically, so an
    /// interrupted build never leaves half a diagram behind.
    ///
    /// Examples:
    ///   verkan build                          # theories/ → out/
    ///   verkan build workshop/ -o handouts/
    #[command(verbatim_doc_comment)]
    Build(BuildArgs),
    /// Check theory files: references resolve, every effect is reached by a mechanism and has
    /// an outcome indicator, time runs forward, nothing dangles.
    ///
    /// Exits 0 when no errors are found, 1 when errors are (or warnings, with
    /// `--deny warnings`), 2 when a file cannot be read or the command line is wrong.
    ///
    /// Examples:
    ///   verkan check                          # every *.toml under theories/
    ///   verkan check theories/spira.toml
    ///   verkan check --deny warnings --format github theories/
    #[command(verbatim_doc_comment)]
    Check(CheckArgs),
    /// Draw one theory: columns in time order, a lane per perspective, numbered mechanisms.
    ///
    /// The format follows the output file's extension unless --format is given; without -o,
    /// text formats (svg, dot, mermaid, json) go to standard output.
    ///
    /// Examples:
    ///   verkan render theories/spira.toml -o spira.svg
    ///   verkan render theories/spira.toml -o spira.png --scale 2
    ///   verkan render theories/pa_vag.toml --perspective samverkan -o samverkan.svg
    ///   verkan render theories/spira.toml --focus stegforflyttning -o kedjan.svg
    ///   verkan render theories/spira.toml --format mermaid >> README.md
    #[command(verbatim_doc_comment)]
    Render(RenderArgs),
    /// A scorecard for a steering group: per effect, its indicators, target, values over the
    /// periods and status (met, on track, not met), with per-group values where disaggregated.
    /// Given a folder or several files, one scorecard across them: the portfolio.
    ///
    /// Headings follow the theory's language. Exits 1 if the theory has errors.
    ///
    /// Examples:
    ///   verkan report theories/stegen.toml
    ///   verkan report theories/spira.toml --format markdown > styrgrupp.md
    ///   verkan report theories/stegen.toml --period 2011 --format csv
    ///   verkan report theories/ --format markdown > portfolj.md
    ///   verkan report theories/ -o styrgrupp.xlsx
    #[command(verbatim_doc_comment)]
    Report(ReportArgs),
    /// Indicator coverage: the share of effects reached by a mechanism, with an outcome
    /// indicator, a target and a measurement, per theory, horizon and perspective.
    ///
    /// With --min, exits 1 when a theory's share is below it, so CI can gate on coverage.
    ///
    /// Examples:
    ///   verkan coverage
    ///   verkan coverage --min 80 --metric target theories/
    ///   verkan coverage --require measured theories/stegen.toml
    #[command(verbatim_doc_comment)]
    Coverage(CoverageArgs),
    /// Explain a rule: what it checks, why it matters, an example and how to fix it.
    ///
    /// Without a rule, lists every rule with its default level.
    ///
    /// Examples:
    ///   verkan explain
    ///   verkan explain effect-without-outcome-indicator
    #[command(verbatim_doc_comment)]
    Explain(ExplainArgs),
    /// Start a new theory: a commented file with every part of a theory of change in place
    /// (perspectives, a resource, activities, mechanisms, effects on three horizons, outcome
    /// indicators with targets) that passes `verkan check` as it is.
    ///
    /// Beside it goes theory.schema.json, which the file's `#:schema` line points editors at
    /// (VS Code with Even Better TOML, and other taplo-based editors) for completion and
    /// checking while typing. Never replaces a file.
    ///
    /// Examples:
    ///   verkan new "Mitt projekt"             # theories/mitt-projekt.toml, in Swedish
    ///   verkan new pilot --lang en --dir drafts/
    #[command(verbatim_doc_comment)]
    New(NewArgs),
    /// What changed in a theory's meaning: items, mechanisms, contexts and indicators added,
    /// removed, moved (horizon, perspective) or reworded; targets, findings and measurements
    /// changed. Formatting, comments and key order are not changes.
    ///
    /// Exits 0, or with --exit-code 1 when something changed.
    ///
    /// Examples:
    ///   verkan diff old/spira.toml theories/spira.toml
    ///   verkan diff theories/spira.toml --since HEAD~1
    ///   verkan diff theories/spira.toml --since main --format markdown   # a PR comment
    #[command(verbatim_doc_comment)]
    Diff(DiffArgs),
    /// Lay theory files out one way: sections in the format's order, keys in a fixed order,
    /// arrays wrapped at 100 columns, one blank line between tables; every comment kept, the
    /// meaning unchanged.
    ///
    /// With --check nothing is written: the files that would change are listed and the exit
    /// code is 1 if there are any (for CI and pre-commit).
    ///
    /// Examples:
    ///   verkan fmt                            # every *.toml under theories/
    ///   verkan fmt --check theories/
    #[command(verbatim_doc_comment)]
    Fmt(FmtArgs),
    /// Change a theory file by an edit: add, set, rename or remove items, as the workshop page
    /// does. Everything the edit does not touch stays as it was, comments included; a rename
    /// follows every reference, in the file and in its CSV data files.
    ///
    /// The edit is JSON of the edit.v1 format (`verkan schema edit.v1.schema.json`):
    ///   {"version": 1, "ops": [
    ///     {"op": "add", "kind": "effect", "id": "trygghet",
    ///      "fields": {"horizon": "short", "text": "Deltagarna känner sig trygga"}},
    ///     {"op": "set", "id": "trygghet", "field": "perspective", "value": "deltagare"},
    ///     {"op": "rename", "id": "trygghet", "to": "trygga-deltagare"},
    ///     {"op": "remove", "id": "gammal-insats"}]}
    /// An edit is applied whole or not at all: one that names an unknown id, gives a value the
    /// format does not allow or would break the theory changes nothing (exit code 2). Applied,
    /// it prints what changed and the check's summary, and exits as `check` does.
    ///
    /// Examples:
    ///   verkan edit theories/spira.toml --ops edit.json
    ///   echo '{"version":1,"ops":[{"op":"remove","id":"x"}]}' | verkan edit t.toml --ops -
    ///   verkan edit theories/spira.toml --ops edit.json --dry-run
    #[command(verbatim_doc_comment)]
    Edit(EditArgs),
    /// Make a theory file from a logical framework (logframe) kept in Excel or CSV: objectives
    /// as long- and medium-term effects, results as outputs, activities, indicators with their
    /// baseline, target and source, assumptions as contexts.
    ///
    /// The EU layout, in English or Swedish: rows for the overall objective (övergripande mål),
    /// the specific objective (projektmål), results and activities; columns for the
    /// intervention logic, indicators, baseline, target, sources of verification and
    /// assumptions. A logframe states no mechanism, so its vertical logic becomes mechanisms
    /// marked `draft = true`, and `verkan check` lists what the programme still has to say.
    /// Never replaces a file.
    ///
    /// Examples:
    ///   verkan import logframe ramverk.xlsx --name "På väg"
    ///   verkan import logframe logframe.csv -o theories/pilot.toml
    #[command(verbatim_doc_comment)]
    Import(ImportArgs),
    /// The JSON Schema of each machine format (diagnostics, report, coverage, layout, page,
    /// portfolio, diff, edit) and of the theory format itself (theory.schema.json, for editors).
    ///
    /// Every JSON output carries `version: 1`; within a version fields are only added.
    ///
    /// Examples:
    ///   verkan schema                         # list the schemas
    ///   verkan schema report.v1.schema.json   # print one
    ///   verkan schema theory.schema.json      # the theory format
    ///   verkan schema theory.schema.json --lang sv  # with Swedish descriptions
    ///   verkan schema --write schemas/        # write them all
    #[command(verbatim_doc_comment)]
    Schema(SchemaArgs),
    /// Serve a folder of theories to a workshop: the overview and each theory's page, updated
    /// in every open browser as soon as a theory or data file is saved.
    ///
    /// A file saved with errors keeps its last good diagram on the page, with the errors on
    /// top. Listens on 127.0.0.1 only, unless --host says otherwise; read-only. Ctrl-C stops.
    ///
    /// Examples:
    ///   verkan serve                          # theories/ at http://127.0.0.1:8000/
    ///   verkan serve workshop/ --port 8080 --open
    #[command(verbatim_doc_comment)]
    #[cfg(feature = "serve")]
    Serve(ServeArgs),
    /// A language server for editors, on standard input and output: `check`'s findings as
    /// you type, completion of keys, words and ids by kind, hover, go to definition, find
    /// references, rename, outline, quick fixes, formatting.
    ///
    /// An editor starts it; the README says how for VS Code, Neovim, Helix and Zed.
    ///
    /// Examples:
    ///   verkan lsp
    #[command(verbatim_doc_comment)]
    #[cfg(feature = "lsp")]
    Lsp(LspArgs),
}

/// `verkan lsp`'s options.
#[derive(Debug, clap::Args)]
#[cfg(feature = "lsp")]
pub struct LspArgs {
    /// Talk over standard input and output (the only way; accepted because editors' client
    /// libraries pass it).
    #[arg(long)]
    pub stdio: bool,
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The folder of theories.
    #[arg(default_value = "theories")]
    pub dir: PathBuf,
    /// The address to listen on. Anything but 127.0.0.1 or localhost lets others on the
    /// network read the theories.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: String,
    /// The port; 0 takes any free one.
    #[arg(long, default_value_t = 8000)]
    pub port: u16,
    /// Open the overview in the default browser.
    #[arg(long)]
    pub open: bool,
    /// Let the room's laptops join over the local network: listen on every address, and
    /// answer only requests that carry a secret, given in a join address and its QR code
    #[arg(long)]
    pub share: bool,
    #[command(flatten)]
    pub data: DataArgs,
}

/// Which data files a theory may make verkan read.
#[derive(Debug, clap::Args)]
pub struct DataArgs {
    /// Let theories read data files outside their own folder (by default a theory can only
    /// name CSV files in its folder tree).
    #[arg(long)]
    pub allow_data_outside: bool,
    /// The largest data file read, in MiB.
    #[arg(long, value_name = "MIB", default_value_t = 64)]
    pub max_data_size: u64,
    /// Read the rows and columns hidden in a workbook too (by default they are left out, and
    /// said so).
    #[arg(long)]
    pub include_hidden: bool,
}

impl DataArgs {
    pub fn policy(&self) -> verkan::DataPolicy {
        verkan::DataPolicy {
            allow_outside: self.allow_data_outside,
            max_bytes: self.max_data_size.saturating_mul(1024 * 1024),
            include_hidden: self.include_hidden,
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct FmtArgs {
    /// Theory files, or directories to search for *.toml files
    #[arg(default_value = "theories")]
    pub paths: Vec<PathBuf>,
    /// Write nothing; list the files that are not formatted and exit 1 if there are any
    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, clap::Args)]
pub struct EditArgs {
    /// The theory file to change
    pub theory: PathBuf,
    /// The edit: a file of edit.v1 JSON, or - for standard input
    #[arg(long)]
    pub ops: PathBuf,
    /// Write nothing: show what the edit would do and the check of the result
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub data: DataArgs,
}

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// What the file is
    #[arg(value_enum)]
    pub format: ImportFormat,
    /// The file: a workbook (.xlsx, its first sheet unless --sheet) or a CSV file
    pub file: PathBuf,
    /// The theory file to write (by default the input's name, as .toml, beside it)
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// The workbook's sheet
    #[arg(long)]
    pub sheet: Option<String>,
    /// The programme's name (by default the file's name)
    #[arg(long)]
    pub name: Option<String>,
}

/// The formats `verkan import` reads.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ImportFormat {
    /// A logical framework matrix (EU and Sida layout, English or Swedish)
    Logframe,
}

#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The old version (or, with --since, the theory file)
    pub old: PathBuf,
    /// The new version
    pub new: Option<PathBuf>,
    /// Compare the file with itself at this git revision (read with `git show`)
    #[arg(long, value_name = "REV")]
    pub since: Option<String>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: DiffFormat,
    /// Exit 1 when the meaning changed
    #[arg(long)]
    pub exit_code: bool,
    #[command(flatten)]
    pub data: DataArgs,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DiffFormat {
    /// A line per change
    Text,
    /// A table, for a pull-request comment
    Markdown,
    /// Versioned data (schemas/diff.v1.schema.json)
    Json,
}

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// The programme's name; the file is named after it. Its language is --lang (default sv).
    pub name: String,
    /// The folder to write into.
    #[arg(long, default_value = "theories")]
    pub dir: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// The schema to print, by file name.
    pub name: Option<String>,
    /// Write every schema into this folder.
    #[arg(long, value_name = "DIR", conflicts_with = "name")]
    pub write: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Theory files, or directories to search for *.toml files.
    #[arg(default_value = "theories")]
    pub paths: Vec<PathBuf>,
    /// How to print findings.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Do not report findings of RULE (repeatable).
    #[arg(long, value_name = "RULE")]
    pub allow: Vec<String>,
    /// Report findings of RULE as warnings (repeatable).
    #[arg(long, value_name = "RULE")]
    pub warn: Vec<String>,
    /// Report findings of RULE as errors; `--deny warnings` makes every warning an error (repeatable).
    #[arg(long, value_name = "RULE")]
    pub deny: Vec<String>,
    /// When to color human output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    #[command(flatten)]
    pub data: DataArgs,
}

#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// The folder of theories (or one theory file).
    #[arg(default_value = "theories")]
    pub input: PathBuf,
    /// The folder to write diagrams and index.md into; created if missing.
    #[arg(short, long, default_value = "out")]
    pub output: PathBuf,
    /// PNG resolution: 1 is one pixel per SVG unit, 2 suits slides and print.
    #[arg(long, default_value_t = 2.0)]
    pub scale: f32,
    /// Replace files in the output folder that verkan did not write (such as your own
    /// index.md); without it, build refuses.
    #[arg(long)]
    pub force: bool,
    /// Draw every diagram afresh; without it, each keeps the order of its drawing already
    /// in the output folder, so that a small edit moves little.
    #[arg(long)]
    pub fresh: bool,
    #[command(flatten)]
    pub data: DataArgs,
}

#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// The theory file to draw.
    pub theory: PathBuf,
    /// Where to write; the extension chooses the format (.svg .png .pdf .html .dot .mmd .json).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// The output format, when the file name does not say it.
    #[arg(long, value_enum)]
    pub format: Option<values::RenderFormat>,
    /// Who lays the diagram out: verkan itself, or the system's Graphviz `dot`.
    #[arg(long, value_enum, default_value_t = values::EngineArg::Builtin)]
    pub engine: values::EngineArg,
    /// PNG resolution: 1 is one pixel per SVG unit.
    #[arg(long, default_value_t = 2.0)]
    pub scale: f32,
    /// Show only this perspective's lane (repeatable).
    #[arg(long, value_name = "ID")]
    pub perspective: Vec<String>,
    /// Show only effects of this horizon (repeatable).
    #[arg(long, value_enum)]
    pub horizon: Vec<values::HorizonArg>,
    /// Show only what leads to, and follows from, this item.
    #[arg(long, value_name = "ID")]
    pub focus: Option<String>,
    /// Fit the picture to a page or screen, its text kept legible (SVG, PNG, PDF). A PDF
    /// that does not fit one page gets more: the whole diagram, each lane legibly, the
    /// mechanisms. An SVG or PNG that cannot fit is refused, naming the views that would.
    #[arg(long, value_enum, value_name = "PAGE")]
    pub page: Option<values::PageArg>,
    /// PDF only: the theory in words after the drawing (on A4 portrait unless --page).
    #[arg(long)]
    pub with_text: bool,
    /// Leave out the list of numbered mechanisms.
    #[arg(long)]
    pub no_legend: bool,
    /// Leave out the indicator badges on effects.
    #[arg(long)]
    pub no_indicators: bool,
    /// Draw like this earlier SVG drawing of the theory: the order of the boxes in every
    /// cell and of the markers in every gap is kept where the theory still allows. One that
    /// does not fit (missing, damaged, another theory) is a warning and a fresh layout.
    #[arg(long, value_name = "OLD.svg")]
    pub previous: Option<PathBuf>,
    #[command(flatten)]
    pub data: DataArgs,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The theory file; or several, or folders of them, for one scorecard across theories
    /// (the portfolio).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The output format; `-o` with a .md, .csv, .json or .xlsx name chooses it too.
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Write to this file instead of standard output (replaced atomically).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Report as of this period (e.g. 2011, 2019-H1): later measurements are left out.
    #[arg(long)]
    pub period: Option<String>,
    #[command(flatten)]
    pub data: DataArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Aligned text for the terminal.
    Table,
    /// A Markdown table for reports and wikis.
    Markdown,
    /// One row per indicator and group.
    Csv,
    /// The scorecard as data (versioned).
    Json,
    /// An Excel workbook: a sheet per theory, one with every measurement (needs -o).
    Xlsx,
    /// A Word report: the diagram, the scorecard, the mechanisms (one theory; needs -o).
    Docx,
    /// IATI 2.03 results, the standard funders use (one theory).
    Iati,
}

#[derive(Debug, clap::Args)]
pub struct CoverageArgs {
    /// Theory files, or directories to search for *.toml files.
    #[arg(default_value = "theories")]
    pub paths: Vec<PathBuf>,
    /// Exit 1 when any theory's share (see --metric) is below PCT percent.
    #[arg(long, value_name = "PCT", value_parser = percent)]
    pub min: Option<f64>,
    /// Which share --min applies to.
    #[arg(long, value_enum, default_value_t = values::MetricArg::OutcomeIndicator)]
    pub metric: values::MetricArg,
    /// Exit 1 while any outcome indicator has no measurement.
    #[arg(long, value_enum)]
    pub require: Option<Requirement>,
    #[arg(long, value_enum, default_value_t = CoverageFormat::Table)]
    pub format: CoverageFormat,
    #[command(flatten)]
    pub data: DataArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Requirement {
    /// Every outcome indicator has at least one measurement.
    Measured,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CoverageFormat {
    Table,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// The rule's name, as shown in brackets in a diagnostic.
    pub rule: Option<String>,
}

/// Output formats for diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// rustc-style, with the source line underlined.
    Human,
    /// One JSON object per line (the summary goes to stderr).
    Json,
    /// GitHub Actions workflow annotations.
    Github,
    /// SARIF 2.1.0, for GitHub code scanning and other tools (the summary goes to stderr).
    Sarif,
    /// GitLab's Code Quality report, for the merge-request widget (the summary goes to stderr).
    Gitlab,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

/// Runs the command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    let _ = CHOSEN_LANGUAGE.set(cli.lang.map(Language::from));
    let result = match cli.command {
        Command::Build(args) => build::run(&args),
        Command::Check(args) => check::run(&args),
        Command::Render(args) => render::run(&args),
        Command::Report(args) => report::run(&args),
        Command::Coverage(args) => coverage::run(&args),
        Command::Explain(args) => explain::run(&args),
        Command::Schema(args) => schema(&args),
        Command::New(args) => new::run(&args),
        Command::Diff(args) => diff::run(&args),
        Command::Fmt(args) => fmt::run(&args),
        Command::Edit(args) => edit::run(&args),
        Command::Import(args) => import::run(&args),
        #[cfg(feature = "serve")]
        Command::Serve(args) => serve::run(&args),
        #[cfg(feature = "lsp")]
        Command::Lsp(_) => lsp::run(),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            let language = run_language(None);
            eprintln!("{}", t!("error", error = error.text()).render(language));
            ExitCode::from(error.exit_code())
        }
    }
}

/// Checks one theory file; prints its errors and gives `None` when it has any. What
/// `render` and `report` start with.
fn compile_one(
    path: &std::path::Path,
    data: &DataArgs,
) -> Result<Option<verkan::compile::Compiled>> {
    let (sources, checked) = check_one(path, data)?;
    Ok(report_errors(&sources, checked))
}

/// One theory file checked, with the files it read, under the command line's data policy.
fn check_one(path: &std::path::Path, data: &DataArgs) -> Result<(Sources, verkan::Checked)> {
    let mut sources = new_sources();
    let checked = verkan::check_path_with(
        &mut sources,
        path,
        &verkan::lints::LevelOverrides::new(),
        &data.policy(),
    )?;
    Ok((sources, checked))
}

/// Checks one theory file to draw it: prints its errors, and gives the theory with its errors
/// as marks for its boxes when it can be drawn at all ([`verkan::Checked::drawable`]). What
/// `render` starts with.
fn drawable_one(
    path: &std::path::Path,
    data: &DataArgs,
) -> Result<Option<(verkan::Checked, verkan::render::Marks)>> {
    let (sources, checked) = check_one(path, data)?;
    let errors = print_error_findings(&sources, &checked.diagnostics);
    let Some(compiled) = checked.drawable() else {
        return Ok(None);
    };
    if errors {
        let note = t!("drawn-with-errors", file = path.display().to_string());
        eprintln!("{}", t!("note", note = note).render(sources.run_language()));
    }
    let marks = verkan::render::Marks::of(compiled, &checked.diagnostics);
    Ok(Some((checked, marks)))
}

/// Prints a checked theory's errors (with a summary) to stderr and returns the theory only
/// when it has none.
fn report_errors(sources: &Sources, checked: verkan::Checked) -> Option<verkan::compile::Compiled> {
    if print_error_findings(sources, &checked.diagnostics) {
        return None;
    }
    checked.compiled
}

/// Prints the findings at error level among `diagnostics`, with a summary, to stderr; whether
/// there were any.
fn print_error_findings(sources: &Sources, diagnostics: &[verkan::diagnostic::Diagnostic]) -> bool {
    let errors: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .cloned()
        .collect();
    if !errors.is_empty() {
        print_errors(sources, &errors);
    }
    !errors.is_empty()
}

/// The folder policy's last step (see [`verkan::folder`]): each file that could not be read,
/// said after everything else, and exit status 2 when there was one.
fn report_unreadable(folder: &verkan::folder::Folder) -> Option<ExitCode> {
    say_unreadable(&folder.unreadable, folder.sources.run_language())
}

fn say_unreadable(unreadable: &[Error], language: verkan::locale::Language) -> Option<ExitCode> {
    for error in unreadable {
        eprintln!("{}", t!("error", error = error.text()).render(language));
    }
    let code = unreadable.first().map(|e| e.exit_code());
    code.map(ExitCode::from)
}

fn print_errors(sources: &Sources, diagnostics: &[verkan::diagnostic::Diagnostic]) {
    let mut err = StandardStream::stderr(stderr_color());
    let _ = diagnostic::emit_human(&mut err, sources, diagnostics);
    let tally = Tally::of(diagnostics);
    eprintln!(
        "{}",
        t!("summary-errors", errors = tally.errors).render(run_language(Some(sources)))
    );
}

fn stderr_color() -> ColorChoice {
    use std::io::IsTerminal;
    if std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        ColorChoice::Auto
    } else {
        ColorChoice::Never
    }
}

/// The terminal's width for tables, or 120 columns when output is not a terminal.
fn table_width() -> u16 {
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        if let Some(columns) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
            return columns;
        }
    }
    120
}

/// Writes to stdout; a reader that stops early (`| head`) is not an error.
fn print(text: impl AsRef<[u8]>) -> Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_ref()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::Output(e)),
        _ => Ok(()),
    }
}

fn schema(args: &SchemaArgs) -> Result<ExitCode> {
    let mut schemas = verkan::json::schemas();
    // The theory format's descriptions are for people typing a theory: in `--lang` when
    // given. The files in `schemas/` stay English.
    if let Some(language) = chosen_language() {
        for (name, schema) in &mut schemas {
            if *name == "theory.schema.json" {
                *schema = verkan::document::json_schema_in(language);
            }
        }
    }
    if let Some(dir) = &args.write {
        std::fs::create_dir_all(dir).map_err(|e| Error::io("create", dir, e))?;
        for (name, schema) in &schemas {
            verkan::output::write_atomic(
                &dir.join(name),
                verkan::json::to_string(schema).as_bytes(),
            )?;
        }
        eprintln!(
            "{}",
            t!(
                "schema-wrote",
                count = schemas.len(),
                folder = dir.display().to_string()
            )
            .render(run_language(None))
        );
        return Ok(ExitCode::SUCCESS);
    }
    match &args.name {
        None => {
            let names: String = schemas
                .iter()
                .map(|(name, _)| format!("{name}\n"))
                .collect();
            print(names)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(name) => match schemas.iter().find(|(n, _)| n == name) {
            Some((_, schema)) => {
                print(verkan::json::to_string(schema))?;
                Ok(ExitCode::SUCCESS)
            }
            None => Err(Error::Usage(t!("no-such-schema", name = name.as_str()))),
        },
    }
}

/// A percentage from 0 to 100: `NaN` would make every comparison false and pass any gate.
fn percent(text: &str) -> std::result::Result<f64, String> {
    // `80`, `80%`, `80 %` and the Swedish `80,5` all mean what they say.
    let number = text.trim().trim_end_matches('%').trim().replace(',', ".");
    match number.parse::<f64>() {
        Ok(p) if (0.0..=100.0).contains(&p) => Ok(p),
        _ => Err(format!("`{text}` is not a percentage from 0 to 100")),
    }
}
