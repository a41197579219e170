//! The built-in layout alone, on generated theories of 100, 1 000, 5 000 and 20 000 items
//! whose mechanisms cross-link chains and lanes (`synthetic::tangled`): a fresh layout, and
//! one drawn from the earlier drawing after a workshop's edit (an effect added), as `verkan
//! serve` and `verkan build` draw. The goal: time that grows as n log n, and a redraw from
//! the earlier drawing no slower than a fresh one.
//! Run: `cargo bench --bench layout`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use verkan::compile::Compiled;
use verkan::render::{self, Previous, ViewOptions};

fn compiled(text: &str) -> Compiled {
    let mut sources = verkan::source::Sources::new();
    let file = sources.add("bench.toml", text);
    let checked = verkan::check(&mut sources, file, &verkan::lints::LevelOverrides::new());
    checked.compiled.expect("a generated theory compiles")
}

/// The theory with one more short-term effect, reached from its first activity.
fn edited(text: &str) -> String {
    format!(
        "{text}\n[effects.ny]\nhorizon = \"short\"\nperspective = \"deltagare\"\ntext = \"En ny effekt\"\n\n\
         [mechanisms.m-ny]\ntext = \"Varför\"\nfrom = [\"a0\"]\nto = [\"ny\"]\n\n\
         [indicators.i-ny]\nmeasures = \"ny\"\nkind = \"outcome\"\ntext = \"Andel\"\n"
    )
}

fn layout(c: &mut Criterion) {
    let mut group = c.benchmark_group("layout");
    group.sample_size(10);
    let view = ViewOptions::full();
    for items in [100, 1_000, 5_000, 20_000] {
        let text = verkan::synthetic::tangled(items);
        let theory = compiled(&text);
        let selected = render::select(&theory, &view).expect("the full view");
        group.throughput(Throughput::Elements(items as u64));
        group.bench_with_input(BenchmarkId::new("fresh", items), &theory, |b, theory| {
            b.iter(|| render::layout(theory, &selected, &view))
        });
        let previous = Previous::of(&render::layout(&theory, &selected, &view));
        let after = compiled(&edited(&text));
        let selected = render::select(&after, &view).expect("the full view");
        group.bench_with_input(BenchmarkId::new("previous", items), &after, |b, after| {
            b.iter(|| render::layout_like(after, &selected, &view, Some(&previous)))
        });
    }
    group.finish();
}

criterion_group!(benches, layout);
criterion_main!(benches);
