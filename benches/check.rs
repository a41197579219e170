//! How long `check` takes on generated theories of growing size: parse, lower, compile and run
//! every rule. The goal is about a second for 100 000 items, and time that grows linearly.
//! And how long one edit to Spira takes, applied and checked again (`verkan edit`, and each
//! edit in the workshop): the goal is under 20 ms.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use verkan::lints::LevelOverrides;
use verkan::source::Sources;
use verkan::synthetic::{theory, ITEMS_PER_CHAIN};

fn check(c: &mut Criterion) {
    let mut group = c.benchmark_group("check");
    group.sample_size(10);
    for items in [1_000, 10_000, 100_000] {
        let text = theory(items / ITEMS_PER_CHAIN);
        group.throughput(Throughput::Elements(items as u64));
        group.bench_with_input(BenchmarkId::from_parameter(items), &text, |b, text| {
            b.iter(|| {
                let mut sources = Sources::new();
                let file = sources.add("bench.toml", text.as_str());
                let checked = verkan::check(&mut sources, file, &LevelOverrides::new());
                assert!(checked.diagnostics.is_empty());
                checked
            })
        });
    }
    group.finish();
}

fn edit(c: &mut Criterion) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("theories/spira.toml");
    let text = std::fs::read_to_string(&path).expect("the bundled theory");
    let edit = verkan::edit::parse(
        r#"{"version": 1, "ops": [{"op": "set", "id": "upplevd-skillnad", "field": "text", "value": "Nya ord"}]}"#,
    )
    .expect("an edit");
    let read = |p: &std::path::Path| std::fs::read(p);
    c.bench_function("edit/spira-set-text", |b| {
        b.iter(|| verkan::edit::apply(&path, &text, None, &edit, &read).expect("applied"))
    });
}

criterion_group!(benches, check, edit);
criterion_main!(benches);
