//! Writes a generated theory to standard output, for timing verkan beside Graphviz `dot` on
//! the same theory (the README's performance section):
//!
//! ```sh
//! cargo run --release --example synthetic -- tangled 1000 > t1000.toml
//! cargo run --release --example synthetic -- chains 100000 > c100000.toml
//! ```

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (shape, items) = match args.as_slice() {
        [shape, items] => match items.parse::<usize>() {
            Ok(items) => (shape.as_str(), items),
            Err(_) => return usage(),
        },
        _ => return usage(),
    };
    let text = match shape {
        "tangled" => verkan::synthetic::tangled(items),
        "chains" => verkan::synthetic::theory(items / verkan::synthetic::ITEMS_PER_CHAIN),
        _ => return usage(),
    };
    match std::io::stdout().write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("synthetic: {e}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("usage: synthetic tangled|chains ITEMS");
    ExitCode::from(2)
}
