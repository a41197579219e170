//! Pages and screens: a diagram fitted to paper or to a projector, with its box text still
//! legible, or a refusal that names the views which would fit.

use super::layout::TEXT_SIZE;

/// A page or screen to fit the diagram to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// A4 landscape (297 × 210 mm).
    A4,
    /// A3 landscape (420 × 297 mm).
    A3,
    /// A4 portrait (210 × 297 mm).
    A4Portrait,
    /// A3 portrait (297 × 420 mm).
    A3Portrait,
    /// A 16:9 screen or projector, 1920 × 1080 pixels.
    Screen,
}

/// CSS pixels per millimetre: SVG and PDF readers both take 96 pixels to the inch.
pub(super) const PX_PER_MM: f64 = 96.0 / 25.4;
/// Box text below this is hard to read on paper held at arm's length.
pub(super) const MIN_PRINT_PT: f64 = 7.0;
/// Box text below this cannot be read from the back of a meeting room (1080p projector).
const MIN_SCREEN_PX: f64 = 14.0;

/// Where a diagram lands on a page.
#[derive(Debug, Clone)]
pub struct Fit {
    /// The page.
    pub page: Page,
    /// The page's size as the SVG's `width` and `height` attributes.
    pub width: String,
    /// The page's height, likewise.
    pub height: String,
    /// The viewBox that centres the diagram on the page with its margins.
    pub view_box: [f64; 4],
    /// Box text as it comes out, in `unit`.
    pub text: f64,
    /// `mm` on paper, `px` on a screen.
    pub unit: &'static str,
    /// Whether box text is large enough to read there.
    pub legible: bool,
}

impl Page {
    /// The page's size in CSS pixels and its margin.
    pub(super) fn size(self) -> (f64, f64, f64) {
        let mm = |w: f64, h: f64| (w * PX_PER_MM, h * PX_PER_MM, 10.0 * PX_PER_MM);
        match self {
            Page::A4 => mm(297.0, 210.0),
            Page::A3 => mm(420.0, 297.0),
            Page::A4Portrait => mm(210.0, 297.0),
            Page::A3Portrait => mm(297.0, 420.0),
            Page::Screen => (1920.0, 1080.0, 24.0),
        }
    }

    /// The page as the catalogues' `page-illegible` names it.
    pub fn key(self) -> &'static str {
        match self {
            Page::A4 => "a4",
            Page::A3 => "a3",
            Page::A4Portrait => "a4-portrait",
            Page::A3Portrait => "a3-portrait",
            Page::Screen => "screen",
        }
    }

    /// The page's name, as `--page` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Page::A4 => "A4",
            Page::A3 => "A3",
            Page::A4Portrait => "A4 portrait",
            Page::A3Portrait => "A3 portrait",
            Page::Screen => "a 16:9 screen",
        }
    }

    /// Fits a `width` × `height` diagram (in CSS pixels) to the page.
    pub fn fit(self, width: f64, height: f64) -> Fit {
        let (page_width, page_height, margin) = self.size();
        let scale =
            ((page_width - 2.0 * margin) / width).min((page_height - 2.0 * margin) / height);
        let (box_width, box_height) = (page_width / scale, page_height / scale);
        let view_box = [
            -(box_width - width) / 2.0,
            -(box_height - height) / 2.0,
            box_width,
            box_height,
        ];
        let (text, unit, legible) = match self {
            Page::Screen => {
                let px = TEXT_SIZE * scale;
                (px, "px", px >= MIN_SCREEN_PX)
            }
            _ => {
                // A CSS pixel is 0.75 pt.
                let pt = TEXT_SIZE * scale * 0.75;
                (pt, "pt", pt >= MIN_PRINT_PT)
            }
        };
        let (width, height) = match self {
            Page::Screen => ("1920".to_string(), "1080".to_string()),
            _ => (
                format!("{}mm", (page_width / PX_PER_MM).round()),
                format!("{}mm", (page_height / PX_PER_MM).round()),
            ),
        };
        Fit {
            page: self,
            width,
            height,
            view_box,
            text,
            unit,
            legible,
        }
    }

    /// The smallest legible box text on this page, in its unit.
    pub fn minimum(self) -> f64 {
        match self {
            Page::Screen => MIN_SCREEN_PX,
            _ => MIN_PRINT_PT,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_diagram_fits_and_keeps_its_proportions() {
        let fit = Page::A4.fit(500.0, 300.0);
        assert!(fit.legible);
        assert_eq!(fit.width, "297mm");
        assert_eq!(fit.height, "210mm");
        // The page's aspect, with the diagram centred.
        let [x, y, w, h] = fit.view_box;
        assert!((w / h - 297.0 / 210.0).abs() < 1e-9);
        assert!((x + w / 2.0 - 250.0).abs() < 1e-9 && (y + h / 2.0 - 150.0).abs() < 1e-9);
    }

    #[test]
    fn a_dense_diagram_on_a_projector_is_not_legible() {
        let fit = Page::Screen.fit(1500.0, 1900.0);
        assert!(!fit.legible, "{} px", fit.text);
        assert!(fit.text < MIN_SCREEN_PX);
    }
}
