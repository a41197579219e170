//! `verkan build`: check every theory under a folder and, when none has errors, write its
//! diagrams and an index into the output folder.

use crate::diagnostic::{Diagnostic, Tally};
use crate::indicators::portfolio::{Portfolio, WORKBOOKS};
use crate::lints::LevelOverrides;
use crate::render::{self, Engine, Format, Page, RenderOptions, ViewOptions};
use crate::source::Sources;
use crate::Error;
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// What a build did.
pub struct Built {
    /// Every file read.
    pub sources: Sources,
    /// Every finding, of every theory.
    pub diagnostics: Vec<Diagnostic>,
    /// Theory files that could not be read: with any, nothing is written (see
    /// [`crate::folder`]).
    pub unreadable: Vec<Error>,
    /// Files written, relative to the output folder, in the order written.
    pub written: Vec<PathBuf>,
    /// What was left out and why (a PNG over the pixel budget).
    pub notes: Vec<crate::locale::Text>,
    /// How many theory files were found.
    pub theories: usize,
}

/// How a build draws and writes.
#[derive(Debug, Clone, Copy)]
pub struct BuildOptions {
    /// PNG resolution: pixels per SVG unit.
    pub scale: f32,
    /// Replace files in the output folder that no earlier build wrote.
    pub force: bool,
    /// Draw every diagram afresh, instead of keeping the order of the one already in the
    /// output folder.
    pub fresh: bool,
}

/// Checks and renders every theory under `input` into `out`. With any error, nothing is
/// written and the diagnostics say why. Files in `out` that no earlier build wrote (it keeps
/// a list, `.verkan-build`) are never replaced unless `force` is set. Each diagram keeps the
/// order of the drawing of the same theory already in `out`, unless `fresh` is set, so that
/// a diagram stays recognisable from one revision of its theory to the next.
pub fn build(
    input: &Path,
    out: &Path,
    overrides: &LevelOverrides,
    policy: &crate::DataPolicy,
    options: BuildOptions,
    tick: crate::folder::Tick,
) -> crate::Result<Built> {
    // Two steps per theory: checking it, and drawing and reporting it.
    let (mut built, theories) =
        check_all(input, overrides, policy, &mut |done, of| tick(done, 2 * of))?;
    if Tally::of(&built.diagnostics).errors > 0 || !built.unreadable.is_empty() {
        return Ok(built);
    }
    // Everything is made in memory first: a theory that fails to render leaves `out/` as it
    // was, instead of half written.
    let earlier = (!options.fresh).then_some(out);
    let (checked, of) = (built.theories, 2 * built.theories);
    let staged = stage(
        input,
        earlier,
        options.scale,
        &theories,
        &mut built,
        &mut |done| tick(checked + done, of),
    )?;
    built.written = write_staged(out, &staged, options.force)?;
    Ok(built)
}

/// A theory that compiled, with its own findings.
struct Checked {
    path: PathBuf,
    compiled: crate::compile::Compiled,
    tally: Tally,
    diagnostics: Vec<Diagnostic>,
}

/// Checks every theory under `input`: the build's findings, and the theories that compiled.
fn check_all(
    input: &Path,
    overrides: &LevelOverrides,
    policy: &crate::DataPolicy,
    tick: crate::folder::Tick,
) -> crate::Result<(Built, Vec<Checked>)> {
    let folder = crate::folder::check_all_telling(
        Sources::new(),
        &[input.to_path_buf()],
        overrides,
        policy,
        tick,
    )?;
    if folder.is_empty() {
        return Err(Error::Usage(crate::t!(
            "no-theories",
            paths = input.display().to_string()
        )));
    }
    let found = folder.found();
    let mut diagnostics = Vec::new();
    let mut theories = Vec::new();
    for entry in folder.theories {
        let checked = entry.checked;
        diagnostics.extend(checked.diagnostics.iter().cloned());
        let tally = Tally::of(&checked.diagnostics);
        if let Some(compiled) = checked.compiled {
            theories.push(Checked {
                path: entry.path,
                compiled,
                tally,
                diagnostics: checked.diagnostics,
            });
        }
    }
    let built = Built {
        sources: folder.sources,
        written: Vec::new(),
        notes: Vec::new(),
        theories: found,
        diagnostics,
        unreadable: folder.unreadable,
    };
    Ok((built, theories))
}

/// What one theory adds to the build: its files, its line in `index.md`, its section there,
/// and its line in the overview page.
struct Staged {
    files: Vec<(PathBuf, Vec<u8>)>,
    row: String,
    section: String,
    overview: crate::page::OverviewEntry,
}

/// Every file of the build, in memory, in the order it is written.
fn stage(
    input: &Path,
    earlier: Option<&Path>,
    scale: f32,
    theories: &[Checked],
    built: &mut Built,
    tick: &mut dyn FnMut(usize),
) -> crate::Result<Vec<(PathBuf, Vec<u8>)>> {
    let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    // Scorecards, coverage and report data, computed once for every output that shows them:
    // the theory's report and workbook, the overview and the portfolio workbook.
    let members: Vec<(String, &crate::compile::Compiled)> = theories
        .iter()
        .map(|t| (t.path.display().to_string(), &t.compiled))
        .collect();
    let portfolio = Portfolio::new(&members, None);
    // The index speaks the overview's language: Swedish when any theory does.
    let language = portfolio.language;
    let say = |text: crate::locale::Text| text.render(language);
    let mut index = format!(
        "# {}\n\n{}\n\n{}\n|---|---|---|---|---|\n",
        say(crate::t!("index-title")),
        say(crate::t!(
            "index-built-from",
            input = input.display().to_string()
        )),
        say(crate::t!("index-columns")),
    );
    let mut sections = String::new();
    let mut overview = Vec::new();
    for (i, theory) in theories.iter().enumerate() {
        let staged = stage_theory(input, earlier, scale, theory, &portfolio, i, built)?;
        tick(i + 1);
        files.extend(staged.files);
        index.push_str(&staged.row);
        sections.push_str(&staged.section);
        overview.push(staged.overview);
    }
    // The whole portfolio as one workbook, for the steering group.
    let workbook = WORKBOOKS.then_some(PORTFOLIO_WORKBOOK);
    if let Some(name) = workbook {
        files.push((PathBuf::from(name), portfolio.workbook()?));
        let _ = writeln!(index, "\n{}", say(crate::t!("index-workbook", name = name)));
    }
    // The overview as a Word document, for the steering group's papers.
    let word = portfolio_docx(&portfolio)?.map(|bytes| {
        files.push((PathBuf::from(PORTFOLIO_DOCUMENT), bytes));
        let _ = writeln!(
            index,
            "\n{}",
            say(crate::t!("index-word", name = PORTFOLIO_DOCUMENT))
        );
        PORTFOLIO_DOCUMENT
    });
    index.push_str(&sections);
    files.push((PathBuf::from("index.md"), index.into_bytes()));
    files.push((
        PathBuf::from("index.html"),
        crate::page::overview(
            &overview,
            portfolio.language,
            false,
            crate::page::Beside { workbook, word },
            None,
        )
        .into_bytes(),
    ));
    Ok(files)
}

/// One theory's page, SVG, PNG, PDF, report and workbook; notes on what was scaled or left
/// out go to `built`. Its diagram keeps the order of the one in `earlier`, when there is one.
fn stage_theory(
    input: &Path,
    earlier: Option<&Path>,
    scale: f32,
    theory: &Checked,
    portfolio: &Portfolio,
    i: usize,
    built: &mut Built,
) -> crate::Result<Staged> {
    let Checked {
        path,
        compiled,
        tally,
        diagnostics,
    } = theory;
    let member = &portfolio.members[i];
    let stem = output_stem(input, path);
    let options = RenderOptions {
        format: Format::Svg,
        engine: Engine::Builtin,
        view: ViewOptions::full(),
        scale,
        page: None,
        with_text: false,
    };
    // Which theory failed is part of the message; the kind of failure is kept.
    let fail = |e: Error| match e {
        Error::Failed(m) => Error::Failed(crate::t!(
            "in-file",
            file = path.display().to_string(),
            message = m
        )),
        other => other,
    };
    let previous =
        earlier.and_then(|out| previous(&out.join(format!("{stem}.svg")), theory, built));
    let previous = previous.as_ref();
    // The PNG is rasterised from the same SVG, so the theory is laid out once.
    let svg = render::render_like(compiled, &options, previous).map_err(fail)?;
    let png = png_of(&svg, scale, path, &mut built.notes).map_err(fail)?;
    let pdf = print_pdf(compiled, &options, previous).map_err(fail)?;
    if let Some(advice) = render::lane_advice(compiled) {
        built.notes.push(advice.note(&path.display().to_string()));
    }
    let page = crate::page::theory(
        compiled,
        &built.sources,
        diagnostics,
        &crate::page::PageOptions {
            previous: previous.cloned(),
            ..crate::page::PageOptions::default()
        },
    )
    .map_err(fail)?;
    let overview = crate::page::OverviewEntry {
        name: compiled.theory.meta.name.clone(),
        period: compiled.theory.meta.period.clone(),
        file: path.display().to_string(),
        href: Some(format!("{stem}.html")),
        errors: tally.errors,
        warnings: tally.warnings,
        coverage: Some(member.coverage),
        summary: Some(member.card.summary),
        timeline: member.card.timeline.clone(),
        thumbnail: thumbnail(&svg),
    };
    let mut files = vec![
        (PathBuf::from(format!("{stem}.html")), page.into_bytes()),
        (PathBuf::from(format!("{stem}.svg")), svg),
    ];
    let pdf_link = offer(&mut files, format!("{stem}.pdf"), "PDF", pdf);
    let png_link = offer(&mut files, format!("{stem}.png"), "PNG", png);
    files.push((
        PathBuf::from(format!("{stem}-report.md")),
        member.card.markdown().into_bytes(),
    ));
    let docx = word_report(compiled, &member.card).map_err(fail)?;
    let word_link = offer(&mut files, format!("{stem}-report.docx"), "DOCX", docx);
    let workbook = WORKBOOKS
        .then(|| portfolio.workbook_of(Some(i)))
        .transpose()
        .map_err(fail)?;
    let workbook_link = offer(&mut files, format!("{stem}-report.xlsx"), "XLSX", workbook);
    let name = markdown_cell(&compiled.theory.meta.name);
    let language = portfolio.language;
    let row = format!(
        "| {name} | `{}` | [{}]({stem}.html) · [SVG]({stem}.svg){png_link}{pdf_link} | [{stem}-report.md]({stem}-report.md){workbook_link}{word_link} | {} |\n",
        path.display(),
        crate::t!("index-page").render(language),
        crate::t!(
            "index-check",
            errors = tally.errors,
            warnings = tally.warnings
        )
        .render(language),
    );
    Ok(Staged {
        files,
        row,
        section: format!("\n## {name}\n\n![{name}]({stem}.svg)\n"),
        overview,
    })
}

/// Adds a file the build may or may not make (a PDF needs the `pdf` feature, a PNG the pixel
/// budget), and its link for the index: ` · [PDF](spira.pdf)`, or nothing.
fn offer(
    files: &mut Vec<(PathBuf, Vec<u8>)>,
    name: String,
    label: &str,
    bytes: Option<Vec<u8>>,
) -> String {
    match bytes {
        Some(bytes) => {
            let link = format!(" · [{label}]({name})");
            files.push((PathBuf::from(name), bytes));
            link
        }
        None => String::new(),
    }
}

/// Writes the staged files into `out`, each atomically, and the list of what was written.
/// Only files an earlier build wrote may be replaced: a hand-written `index.md` in the
/// output folder is the user's, not ours.
fn write_staged(
    out: &Path,
    staged: &[(PathBuf, Vec<u8>)],
    force: bool,
) -> crate::Result<Vec<PathBuf>> {
    let previous = read_manifest(out);
    let foreign: Vec<String> = staged
        .iter()
        .filter(|(name, _)| out.join(name).exists() && !previous.contains(name))
        .map(|(name, _)| name.display().to_string())
        .collect();
    if !foreign.is_empty() && !force {
        return Err(Error::Usage(crate::t!(
            "build-foreign-files",
            folder = out.display().to_string(),
            files = foreign.join(", ")
        )));
    }
    std::fs::create_dir_all(out).map_err(|e| Error::io("create", out, e))?;
    // A build killed mid-write leaves its temporary files; this one clears those older than a
    // minute in the folders it writes to (younger ones may be another build's, going on now).
    let mut folders: Vec<PathBuf> = staged
        .iter()
        .map(|(name, _)| {
            out.join(name)
                .parent()
                .map_or_else(|| out.to_path_buf(), Path::to_path_buf)
        })
        .collect();
    folders.sort();
    folders.dedup();
    for folder in &folders {
        crate::output::remove_stale_temporaries(folder, std::time::Duration::from_secs(60));
    }
    let mut written = Vec::new();
    for (name, bytes) in staged {
        if let Some(parent) = out.join(name).parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io("create", parent, e))?;
        }
        crate::output::write_atomic(&out.join(name), bytes)?;
        written.push(name.clone());
    }
    let manifest: String = written
        .iter()
        .map(|name| format!("{}\n", name.display()))
        .collect();
    crate::output::write_atomic(&out.join(MANIFEST), manifest.as_bytes())?;
    Ok(written)
}

/// A picture of the diagram 180 pixels wide, as a `data:` URI for the overview (whose
/// policy admits no other image); none when it cannot be drawn, which the PNG says anyway.
fn thumbnail(svg: &[u8]) -> Option<String> {
    use base64::Engine as _;
    let svg = std::str::from_utf8(svg).ok()?;
    let png = render::thumbnail(svg, 180).ok()?;
    Some(format!(
        "data:image/png;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(png)
    ))
}

/// The theory's Word report, or `None` in a verkan built without Word support (cargo
/// feature `docx`).
fn word_report(
    compiled: &crate::compile::Compiled,
    card: &crate::indicators::report::Scorecard,
) -> crate::Result<Option<Vec<u8>>> {
    #[cfg(feature = "docx")]
    return crate::indicators::report::docx::word_report(compiled, card).map(Some);
    #[cfg(not(feature = "docx"))]
    {
        let _ = (compiled, card);
        Ok(None)
    }
}

/// The PNG of a theory's SVG. A theory too large for a PNG at the asked scale gets one at the
/// largest scale down to half that fits the pixel budget; beyond that, its SVG and report only.
/// The notes say which.
fn png_of(
    svg: &[u8],
    scale: f32,
    path: &Path,
    notes: &mut Vec<crate::locale::Text>,
) -> crate::Result<Option<Vec<u8>>> {
    match render::png_within_budget(&String::from_utf8_lossy(svg), scale, scale / 2.0) {
        Ok((png, used)) => {
            if used < scale {
                notes.push(crate::t!(
                    "build-png-scaled",
                    file = path.display().to_string(),
                    used = used,
                    scale = scale
                ));
            }
            Ok(Some(png))
        }
        Err(Error::TooLarge(reason)) => {
            notes.push(crate::t!(
                "build-no-png",
                file = path.display().to_string(),
                reason = reason
            ));
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// The PDF for print, or `None` when this verkan has no PDF support (cargo feature `pdf`).
/// The drawing an earlier build left at `svg`, when it fits the theory; none when there is no
/// file; a note and none when the file cannot guide the new drawing.
fn previous(svg: &Path, theory: &Checked, built: &mut Built) -> Option<render::Previous> {
    if !svg.exists() {
        return None;
    }
    render::Previous::load(svg, &theory.compiled)
        .map_err(|unusable| {
            built.notes.push(crate::t!(
                "previous-unusable",
                file = theory.path.display().to_string(),
                previous = svg.display().to_string(),
                reason = unusable.reason()
            ));
        })
        .ok()
}

fn print_pdf(
    compiled: &crate::compile::Compiled,
    options: &RenderOptions,
    previous: Option<&render::Previous>,
) -> crate::Result<Option<Vec<u8>>> {
    if !render::PDF {
        return Ok(None);
    }
    // The PDF for print, on A3: one page, landscape or portrait, when the whole diagram with
    // its legend is legible there; else as many landscape A3 pages as legibility needs (the
    // whole diagram, each lane, the mechanisms: see `render::pages`).
    let legible_on = |page: Page| {
        render::select(compiled, &options.view).is_ok_and(|view| {
            let drawn = render::layout(compiled, &view, &options.view);
            page.fit(drawn.width, drawn.height).legible
        })
    };
    let page = [Page::A3, Page::A3Portrait]
        .into_iter()
        .find(|&page| legible_on(page))
        .unwrap_or(Page::A3);
    let attempt = RenderOptions {
        format: Format::Pdf,
        page: Some(page),
        with_text: false,
        ..options.clone()
    };
    let pdf = render::render_like(compiled, &attempt, previous)?;
    Ok(Some(pdf))
}

/// The workbook of every theory's scorecard that `build` writes.
const PORTFOLIO_WORKBOOK: &str = "portfolio.xlsx";

/// The overview as a Word document that `build` writes.
const PORTFOLIO_DOCUMENT: &str = "portfolio.docx";

#[cfg(feature = "docx")]
fn portfolio_docx(portfolio: &Portfolio) -> crate::Result<Option<Vec<u8>>> {
    crate::indicators::report::docx::portfolio_report(portfolio).map(Some)
}

#[cfg(not(feature = "docx"))]
fn portfolio_docx(_: &Portfolio) -> crate::Result<Option<Vec<u8>>> {
    Ok(None)
}

/// The list of files the last build wrote into an output folder, one per line.
const MANIFEST: &str = ".verkan-build";

fn read_manifest(out: &Path) -> std::collections::HashSet<PathBuf> {
    std::fs::read_to_string(out.join(MANIFEST))
        .unwrap_or_default()
        .lines()
        .map(PathBuf::from)
        .collect()
}

/// `theories/sub/spira.toml` under `theories/` becomes `sub/spira`: the output keeps the
/// input's folders, so two theory files never share output names (`a-b.toml` and `a/b.toml`
/// become `a-b` and `a/b`). Components are joined with `/`, which serves both as a path and as
/// a Markdown link.
fn output_stem(input: &Path, path: &Path) -> String {
    let relative = match path.strip_prefix(input) {
        Ok(relative) if !relative.as_os_str().is_empty() => relative.with_extension(""),
        _ => PathBuf::from(path.file_stem().unwrap_or_default()),
    };
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

fn markdown_cell(text: &str) -> String {
    crate::indicators::report::markdown_text(text)
}
