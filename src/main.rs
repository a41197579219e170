//! The `verkan` command: a thin layer over the library.

mod cli;

use clap::FromArgMatches;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // clap prints `--help` while it parses: the language is chosen before.
    let matches = cli::help::command(cli::help::language(&args)).get_matches_from(args);
    match cli::Cli::from_arg_matches(&matches) {
        Ok(parsed) => cli::run(parsed),
        Err(error) => error.exit(),
    }
}
