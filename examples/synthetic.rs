//! Prints a generated theory for trying verkan at scale:
//! `cargo run --release --example synthetic -- tangled 1000 > /tmp/t.toml`
//! (mechanisms cross-linking chains and lanes), `-- chain 200000 [cycle]` (one long chain,
//! optionally closed into a loop) or `-- chains 300` (independent three-effect chains).

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let kind = args.first().map_or("tangled", String::as_str);
    let size = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(1000);
    let text = match kind {
        "tangled" => verkan::synthetic::tangled(size),
        "chain" => verkan::synthetic::chain(size, args.get(2).is_some_and(|a| a == "cycle")),
        "chains" => verkan::synthetic::theory(size),
        other => {
            eprintln!("error: unknown kind `{other}`; use tangled, chain or chains");
            std::process::exit(2);
        }
    };
    print!("{text}");
}
