//! Times `verkan render THEORY --format svg` beside Graphviz `dot -Tsvg` on verkan's own DOT
//! export of the same theory: both whole processes, writing SVG to standard output, run in
//! turn so that a machine that slows down slows both. Prints the fastest and the median of
//! each. The README's speed table comes from here:
//!
//! ```sh
//! cargo build --release --bin verkan --example vs_dot
//! target/release/examples/vs_dot theories/spira.toml tangled:1000 tangled:5000
//! ```
//!
//! `tangled:N` is the generated theory of about N items (`synthetic::tangled`).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

const RUNS: usize = 12;

fn main() -> ExitCode {
    let verkan = match std::env::current_exe() {
        Ok(exe) => exe.with_file_name("../verkan"),
        Err(e) => return fail(&format!("where am I: {e}")),
    };
    if !verkan.exists() {
        return fail("build the binary first: cargo build --release --bin verkan");
    }
    let dir = match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(e) => return fail(&e.to_string()),
    };
    for arg in std::env::args().skip(1) {
        let theory = match arg.strip_prefix("tangled:").map(str::parse::<usize>) {
            Some(Ok(items)) => {
                let path = dir.path().join(format!("tangled-{items}.toml"));
                if let Err(e) = std::fs::write(&path, verkan::synthetic::tangled(items)) {
                    return fail(&e.to_string());
                }
                path
            }
            Some(Err(_)) => return fail(&format!("{arg}: tangled:ITEMS takes a number")),
            None => PathBuf::from(&arg),
        };
        match compare(&verkan, &theory, dir.path()) {
            Ok(line) => println!("{arg}: {line}"),
            Err(e) => return fail(&format!("{arg}: {e}")),
        }
    }
    ExitCode::SUCCESS
}

fn compare(verkan: &Path, theory: &Path, dir: &Path) -> Result<String, String> {
    let dot_file = dir.join("theory.dot");
    let dot = Command::new(verkan)
        .args(["render", &theory.display().to_string(), "--format", "dot"])
        .stderr(Stdio::null())
        .output()
        .map_err(|e| e.to_string())?;
    std::fs::write(&dot_file, &dot.stdout).map_err(|e| e.to_string())?;
    let mut ours = Vec::new();
    let mut theirs = Vec::new();
    for _ in 0..RUNS {
        ours.push(time(Command::new(verkan).args([
            "render",
            &theory.display().to_string(),
            "--format",
            "svg",
        ]))?);
        theirs.push(time(Command::new("dot").arg("-Tsvg").arg(&dot_file))?);
    }
    let (ours, theirs) = (summary(&mut ours), summary(&mut theirs));
    Ok(format!(
        "verkan {:.1} ms (median {:.1}), dot {:.1} ms (median {:.1}): dot takes {:.1}× as long",
        ms(ours.0),
        ms(ours.1),
        ms(theirs.0),
        ms(theirs.1),
        theirs.0.as_secs_f64() / ours.0.as_secs_f64()
    ))
}

fn time(command: &mut Command) -> Result<Duration, String> {
    let start = Instant::now();
    let status = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|e| format!("{command:?}: {e}"))?;
    let elapsed = start.elapsed();
    if status.success() {
        Ok(elapsed)
    } else {
        Err(format!("{command:?} failed"))
    }
}

/// The fastest and the median.
fn summary(times: &mut [Duration]) -> (Duration, Duration) {
    times.sort();
    (times[0], times[times.len() / 2])
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn fail(message: &str) -> ExitCode {
    eprintln!("vs_dot: {message}");
    ExitCode::from(2)
}
