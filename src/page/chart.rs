//! A small chart of an indicator's values over its periods, against its target: drawn only
//! when there are two or more numbers for the whole population. The table beside it holds
//! the same numbers, so the chart is hidden from screen readers.

use crate::indicators::format;
use crate::locale::Language;
use crate::model::{Direction, Indicator};
use crate::words::PageLabels;
use maud::{html, Markup};

const WIDTH: f64 = 260.0;
const HEIGHT: f64 = 110.0;
const PAD_LEFT: f64 = 44.0;
const PAD: f64 = 14.0;

pub fn chart(indicator: &Indicator, language: Language, words: &PageLabels) -> Markup {
    let mut points: Vec<(&crate::model::Period, &str, f64)> = indicator
        .measurements
        .iter()
        .filter(|m| m.group.is_none())
        .filter_map(|m| {
            Some((
                m.parsed_period.as_ref()?,
                m.period.as_str(),
                m.value_in(&indicator.unit)?,
            ))
        })
        .collect();
    if points.len() < 2 {
        return html! {};
    }
    points.sort_by(|a, b| a.0.start.cmp(&b.0.start).then(a.0.end.cmp(&b.0.end)));
    let target = indicator
        .target
        .as_ref()
        .filter(|t| t.direction != Direction::Increase && t.direction != Direction::Decrease)
        .and_then(|t| t.value);
    let values = points.iter().map(|p| p.2).chain(target);
    let (mut low, mut high) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), v| {
        (l.min(v), h.max(v))
    });
    low = low.min(0.0);
    if high <= low {
        high = low + 1.0;
    }
    let x = |i: usize| PAD_LEFT + (WIDTH - PAD_LEFT - PAD) * i as f64 / (points.len() - 1) as f64;
    let y = |v: f64| HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * (v - low) / (high - low);
    let line: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{:.1},{:.1}", x(i), y(p.2)))
        .collect();
    let label = |v: f64| format::value(v, &indicator.unit, language);
    html! {
        figure.chart aria-hidden="true" {
            svg xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {WIDTH} {HEIGHT}")) width=(WIDTH) height=(HEIGHT) {
                title { (words.chart) }
                line x1=(PAD_LEFT) y1=(y(low)) x2=(WIDTH - PAD) y2=(y(low)) stroke="#9aa5ad" {}
                text x=(PAD_LEFT - 4.0) y=(y(high) + 4.0) text-anchor="end" font-size="10" { (label(high)) }
                text x=(PAD_LEFT - 4.0) y=(y(low) + 4.0) text-anchor="end" font-size="10" { (label(low)) }
                @if let Some(t) = target {
                    line.target x1=(PAD_LEFT) y1=(y(t)) x2=(WIDTH - PAD) y2=(y(t)) stroke="#2e7d32" stroke-dasharray="4 3" {}
                }
                polyline points=(line.join(" ")) fill="none" stroke="#2f4858" stroke-width="2" {}
                @for (i, p) in points.iter().enumerate() {
                    circle cx=(format!("{:.1}", x(i))) cy=(format!("{:.1}", y(p.2))) r="3" fill="#2f4858" {}
                }
                text x=(PAD_LEFT) y=(HEIGHT - 1.0) font-size="10" { (points[0].1) }
                text x=(WIDTH - PAD) y=(HEIGHT - 1.0) font-size="10" text-anchor="end" { (points[points.len() - 1].1) }
            }
        }
    }
}
