//! How long `check` takes on generated theories of growing size: parse, lower, compile and run
//! every rule. The goal is about a second for 100 000 items, and time that grows linearly.

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

criterion_group!(benches, check);
criterion_main!(benches);
