//! The `verkan` command: a thin layer over the library.

mod cli;

use clap::FromArgMatches;
use std::process::ExitCode;

// Reading a theory allocates many small values (the TOML tree, spans, ids); the system
// allocator spent about a third of a large check's time on them. mimalloc's version 2,
// without transparent huge pages: version 3 and huge pages took twice the memory, and the
// kernel's compaction for huge pages made some runs twice as slow.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // clap prints `--help` while it parses: the language is chosen before.
    let matches = cli::help::command(cli::help::language(&args)).get_matches_from(args);
    match cli::Cli::from_arg_matches(&matches) {
        Ok(parsed) => cli::run(parsed),
        Err(error) => error.exit(),
    }
}
