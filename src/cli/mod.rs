//! The command line: clap definitions and one file per subcommand.

mod check;
mod explain;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

/// Check, render and report theories of change (förändringsteorier).
///
/// A theory is one TOML file: resources and activities lead, through change mechanisms,
/// to short-, medium- and long-term effects, each measured by indicators.
#[derive(Debug, Parser)]
#[command(name = "verkan", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
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
    /// Explain a rule: what it checks, why it matters, an example and how to fix it.
    ///
    /// Without a rule, lists every rule with its default level.
    ///
    /// Examples:
    ///   verkan explain
    ///   verkan explain effect-without-outcome-indicator
    #[command(verbatim_doc_comment)]
    Explain(ExplainArgs),
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

/// Runs the command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Explain(args) => explain::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}
