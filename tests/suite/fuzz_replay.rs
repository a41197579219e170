//! The fuzz targets' seed corpus replayed on every test run: each bundled theory and rule
//! fixture, whole and cut short, through exactly what the fuzz targets do with an input
//! (`fuzz/fuzz_targets/common.rs`: check, every emitter, every built-in format, the page, the
//! reports). The coverage-guided runs that mutate these seeds are `.ci/fuzz`'s; this keeps
//! what they start from passing on the stable toolchain, in the one test build.

#[path = "../../fuzz/fuzz_targets/common.rs"]
mod exercise;

use std::path::{Path, PathBuf};

fn seeds() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut seeds: Vec<PathBuf> = std::fs::read_dir(root.join("theories"))
        .expect("theories/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    for rule in std::fs::read_dir(root.join("tests/rules")).expect("tests/rules/") {
        for fixture in std::fs::read_dir(rule.expect("entry").path()).expect("fixture folder") {
            let path = fixture.expect("entry").path();
            if path.extension().is_some_and(|e| e == "toml") {
                seeds.push(path);
            }
        }
    }
    seeds.sort();
    seeds
}

#[test]
fn every_seed_of_the_fuzz_corpus_goes_through_every_output() {
    let seeds = seeds();
    assert!(seeds.len() > 40, "found {} seeds", seeds.len());
    for seed in &seeds {
        let text = std::fs::read_to_string(seed).expect("seed is UTF-8");
        exercise::exercise(&text);
        // Cut at a line in the middle too: the half-written file an editor saves.
        let lines: Vec<&str> = text.lines().collect();
        exercise::exercise(&lines[..lines.len() / 2].join("\n"));
    }
}
