//! Prints a generated theory whose mechanisms cross-link chains and lanes, for trying the
//! layout at scale: `cargo run --release --example tangled -- 1000 > /tmp/t.toml`.

fn main() {
    let items = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1000);
    print!("{}", verkan::synthetic::tangled(items));
}
