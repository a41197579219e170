//! Drawing generated theories of about 1 000 and 5 000 items whose mechanisms cross-link
//! chains and lanes (`synthetic::tangled`): time for SVG, PNG and PDF with criterion, and the
//! peak memory of each, counted by this binary's allocator and printed before the timings.
//! Where Graphviz is installed, `dot -Tsvg` on verkan's DOT export of the same theory is timed
//! beside them.
//!
//! The goals: PNG under 500 MB at any size (a picture over the pixel budget is refused before
//! it is drawn), and layout time that grows about linearly with the theory.
//! Run: `cargo bench --bench render`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use verkan::compile::Compiled;
use verkan::render::{self, Engine, Format, RenderOptions, ViewOptions};

/// The system allocator, counting bytes in use and their high-water mark.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged to the system allocator, which the caller's contract
        // for `layout` already satisfies.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `alloc` above with this `layout`.
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn compiled(items: usize) -> Compiled {
    let text = verkan::synthetic::tangled(items);
    let mut sources = verkan::source::Sources::new();
    let file = sources.add("bench.toml", text);
    let checked = verkan::check(&mut sources, file, &verkan::lints::LevelOverrides::new());
    checked.compiled.expect("a generated theory compiles")
}

fn options(format: Format) -> RenderOptions {
    RenderOptions {
        format,
        engine: Engine::Builtin,
        view: ViewOptions::full(),
        // The CLI's default.
        scale: 2.0,
        page: None,
        with_text: false,
    }
}

/// Renders once and reports the peak memory above what was in use before.
fn peak(theory: &Compiled, format: Format) -> (usize, String) {
    let before = IN_USE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let outcome = match render::render(theory, &options(format)) {
        Ok(bytes) => format!("{} kB written", bytes.len() / 1024),
        Err(e) => format!("refused: {e}"),
    };
    (PEAK.load(Ordering::Relaxed) - before, outcome)
}

fn render(c: &mut Criterion) {
    let has_dot = std::process::Command::new("dot").arg("-V").output().is_ok();
    let mut group = c.benchmark_group("render");
    group.sample_size(10);
    for items in [1_000, 5_000] {
        let theory = compiled(items);
        for (name, format) in [
            ("svg", Format::Svg),
            ("png", Format::Png),
            ("pdf", Format::Pdf),
        ] {
            let (bytes, outcome) = peak(&theory, format);
            println!(
                "peak memory, {name} of {items} items: {:.1} MB ({outcome})",
                bytes as f64 / 1e6
            );
            group.bench_with_input(BenchmarkId::new(name, items), &theory, |b, theory| {
                b.iter(|| render::render(theory, &options(format)))
            });
        }
        // A PNG actually drawn: at the largest scale within the pixel budget, as `build` does.
        let svg =
            String::from_utf8(render::render(&theory, &options(Format::Svg)).unwrap()).unwrap();
        let before = IN_USE.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let (png, scale) = render::png_within_budget(&svg, 2.0, 0.05).expect("a PNG within budget");
        println!(
            "peak memory, png of {items} items drawn at scale {scale}: {:.1} MB ({} kB written)",
            (PEAK.load(Ordering::Relaxed) - before) as f64 / 1e6,
            png.len() / 1024
        );
        group.bench_with_input(
            BenchmarkId::new("png-within-budget", items),
            &svg,
            |b, svg| b.iter(|| render::png_within_budget(svg, 2.0, 0.05)),
        );
        if has_dot {
            let dot = render::render(&theory, &options(Format::Dot)).expect("DOT");
            group.bench_with_input(
                BenchmarkId::new("graphviz-dot-svg", items),
                &dot,
                |b, dot| {
                    b.iter(|| {
                        use std::io::Write;
                        let mut child = std::process::Command::new("dot")
                            .arg("-Tsvg")
                            .stdin(std::process::Stdio::piped())
                            .stdout(std::process::Stdio::piped())
                            .spawn()
                            .expect("dot runs");
                        child.stdin.take().unwrap().write_all(dot).unwrap();
                        child.wait_with_output().unwrap()
                    })
                },
            );
        } else {
            println!("skipped: dot -Tsvg beside verkan (no Graphviz `dot` on PATH)");
        }
    }
    group.finish();
}

/// One long chain of effects, and the same closed into a loop (`synthetic::chain`): the deep
/// graphs that once overflowed the stack. SVG time should grow about tenfold from 10 000 to
/// 100 000 effects.
fn chain(c: &mut Criterion) {
    let mut group = c.benchmark_group("chain");
    group.sample_size(10);
    for effects in [10_000, 100_000] {
        for cycle in [false, true] {
            let text = verkan::synthetic::chain(effects, cycle);
            let mut sources = verkan::source::Sources::new();
            let file = sources.add("chain.toml", text);
            let checked = verkan::check(&mut sources, file, &verkan::lints::LevelOverrides::new());
            let theory = checked.compiled.expect("a chain compiles");
            let name = if cycle { "loop-svg" } else { "chain-svg" };
            group.bench_with_input(BenchmarkId::new(name, effects), &theory, |b, theory| {
                b.iter(|| render::render(theory, &options(Format::Svg)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, render, chain);
criterion_main!(benches);
