//! The portfolio as a Word document (`verkan report theories/ --format docx`, and `build`'s
//! `portfolio.docx`): what the overview page shows, for a steering group's papers. The
//! portfolio's table, then each theory with its diagram small, its effects by status in
//! words, and its attainment over time where it was measured more than once.

use super::body::{Body, Orientation};
use super::{figure_of, package, Figure};
use crate::indicators::portfolio::Portfolio;
use crate::t;
use crate::words::{labels, page_labels};

/// The effects by status as a bar, the overview page's, as a picture.
fn status_bar(counts: &crate::indicators::report::Counts) -> crate::Result<Figure> {
    const WIDTH: f64 = 320.0;
    const HEIGHT: f64 = 20.0;
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}">"#
    );
    for (x, width, status) in crate::indicators::report::bar_stretches(counts, WIDTH) {
        let (fill, stroke) = status.colours();
        svg.push_str(&format!(
            r#"<rect x="{x:.1}" y="0.5" width="{width:.1}" height="{}" fill="{fill}" stroke="{stroke}"/>"#,
            HEIGHT - 1.0
        ));
    }
    svg.push_str("</svg>");
    let png = crate::render::rasterise(&svg, 2.0)?;
    Ok(Figure {
        svg,
        png,
        width: (2.0 * WIDTH) as u32,
        height: (2.0 * HEIGHT) as u32,
    })
}

/// The portfolio's Word document, byte-identical for the same input.
pub fn portfolio_report(portfolio: &Portfolio<'_>) -> crate::Result<Vec<u8>> {
    let language = portfolio.language;
    let words = page_labels(language);
    let mut body = Body::new();
    body.paragraph(Some("Title"), words.overview);
    body.heading(1, labels(language).attainment);
    let (header, rows) = portfolio.rows();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    // The theory, then nine counts, as wide together as A4 portrait's text.
    let mut widths = vec![2042u32];
    widths.extend(std::iter::repeat_n(844, header.len() - 1));
    body.table(&widths, &header, &rows);
    let mut figures: Vec<Figure> = Vec::with_capacity(portfolio.members.len());
    for member in &portfolio.members {
        let card = &member.card;
        let theory = &member.compiled.theory;
        let heading = match &theory.meta.period {
            Some(period) => format!("{} ({period})", card.theory),
            None => card.theory.clone(),
        };
        body.heading(2, &heading);
        // Half the page wide: a PNG at one pixel per unit is sharp enough.
        let figure = figure_of(member.compiled, 1.0)?;
        let alt = t!("overview-thumbnail", name = card.theory.as_str()).render(language);
        body.figure(figures.len(), &figure, &alt, Orientation::Portrait, 0.5);
        figures.push(figure);
        // The effects by status as the overview page's bar, said in words too.
        let said = crate::indicators::report::counts_in_words(&card.summary, language);
        let bar = status_bar(&card.summary)?;
        body.figure(figures.len(), &bar, &said, Orientation::Portrait, 0.4);
        figures.push(bar);
        for line in card.summary_line().lines() {
            body.bullet(line);
        }
        card.over_time(&mut body);
    }
    let document = body.finish();
    let figures: Vec<&Figure> = figures.iter().collect();
    package::zip(&document, words.overview, language.document_tag(), &figures)
}
