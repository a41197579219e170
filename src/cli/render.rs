use super::{drawable_one, print, RenderArgs};
use std::process::ExitCode;
use verkan::render::{Format, RenderOptions, ViewOptions};
use verkan::t;
use verkan::{Error, Result};

pub fn run(args: &RenderArgs) -> Result<ExitCode> {
    let format = match (args.format, &args.output) {
        (Some(format), _) => format.into(),
        (None, Some(path)) => Format::from_extension(path).ok_or_else(|| {
            Error::Usage(t!(
                "unknown-extension",
                path = path.display().to_string(),
                extensions = ".svg, .png, .pdf, .html, .dot, .mmd, .json"
            ))
        })?,
        (None, None) => Format::Svg,
    };
    if !format.is_text() && args.output.is_none() {
        return Err(Error::Usage(t!(
            "binary-needs-output",
            example = "spira.png"
        )));
    }

    if format == Format::Html {
        return page(args);
    }
    let Some((checked, marks)) = drawable_one(&args.theory, &args.data)? else {
        return Ok(ExitCode::from(1));
    };
    let compiled = checked.compiled.expect("a drawable theory compiled");
    let options = RenderOptions {
        format,
        engine: args.engine.into(),
        view: ViewOptions {
            perspectives: args.perspective.clone(),
            horizons: args.horizon.iter().map(|&h| h.into()).collect(),
            focus: args.focus.clone(),
            legend: !args.no_legend,
            indicators: !args.no_indicators,
            unassigned_only: false,
        },
        scale: args.scale,
        page: args.page.map(Into::into),
        with_text: args.with_text,
    };
    let language = super::chosen_language().unwrap_or(compiled.theory.meta.language);
    let previous = args.previous.as_ref().and_then(|path| {
        verkan::render::Previous::load(path, &compiled)
            .map_err(|unusable| {
                let warning = t!(
                    "previous-unusable",
                    file = args.theory.display().to_string(),
                    previous = path.display().to_string(),
                    reason = unusable.reason()
                );
                eprintln!("{}", t!("warning", warning = warning).render(language));
            })
            .ok()
    });
    let bytes = match format {
        Format::Json => verkan::json::layout::render_like(&compiled, &options, previous.as_ref())?,
        _ => verkan::render::render_marked(&compiled, &options, previous.as_ref(), &marks)?,
    };
    let full_view = options.view.perspectives.is_empty()
        && options.view.horizons.is_empty()
        && options.view.focus.is_none();
    let own_layout = options.engine == verkan::render::Engine::Builtin
        && matches!(
            format,
            Format::Svg | Format::Png | Format::Pdf | Format::Json
        );
    if full_view && own_layout {
        if let Some(advice) = verkan::render::lane_advice(&compiled) {
            let note = advice.note(&args.theory.display().to_string());
            eprintln!(
                "{}",
                t!("note", note = note)
                    .render(super::chosen_language().unwrap_or(compiled.theory.meta.language))
            );
        }
    }
    if format == Format::Mermaid {
        // Written anyway: a viewer with raised limits shows it; the default ones do not.
        for warning in verkan::render::mermaid_over_limits(&String::from_utf8_lossy(&bytes)) {
            eprintln!(
                "{}",
                t!("warning", warning = warning)
                    .render(super::chosen_language().unwrap_or(compiled.theory.meta.language))
            );
        }
    }
    match &args.output {
        Some(path) => verkan::output::write_atomic(path, &bytes)?,
        None => print(&bytes)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// The workshop page: the diagram with the check's warnings, the text version and the
/// scorecard, in one file.
fn page(args: &RenderArgs) -> Result<ExitCode> {
    if verkan::render::Engine::from(args.engine) != verkan::render::Engine::Builtin
        || args.page.is_some()
    {
        return Err(Error::Usage(t!("html-own-layout")));
    }
    let (sources, checked) = super::check_one(&args.theory, &args.data)?;
    super::print_error_findings(&sources, &checked.diagnostics);
    let Some(compiled) = checked.drawable() else {
        return Ok(ExitCode::from(1));
    };
    let html = verkan::page::theory(
        compiled,
        &sources,
        &checked.diagnostics,
        &verkan::page::PageOptions::default(),
    )?;
    match &args.output {
        Some(path) => verkan::output::write_atomic(path, html.as_bytes())?,
        None => print(html)?,
    }
    Ok(ExitCode::SUCCESS)
}
