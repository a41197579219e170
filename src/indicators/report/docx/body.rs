//! The body of the Word document: paragraphs in Word's built-in styles, tables whose header
//! row repeats on each page, and the diagram as an inline picture with its alternative text.

use super::package::{picture_names, Figure};
use crate::indicators::format::xml;
use std::fmt::Write as _;

/// Twips to EMU, the unit of drawings: 1 twip is 635 EMU.
const EMU_PER_TWIP: u64 = 635;
/// A4 in twips, portrait.
const A4: (u32, u32) = (11_906, 16_838);
/// The margin on every side: 2 cm.
const MARGIN: u32 = 1134;
/// Room for the heading, the caption and the key beside the diagram on its page, in twips.
const FIGURE_ROOM: u32 = 2800;

/// A page orientation of A4.
#[derive(Clone, Copy)]
pub enum Orientation {
    Portrait,
    Landscape,
}

impl Orientation {
    /// The page's width and height, in twips.
    fn page(self) -> (u32, u32) {
        match self {
            Orientation::Portrait => A4,
            Orientation::Landscape => (A4.1, A4.0),
        }
    }

    /// The text's width and height within the margins, in twips.
    pub fn text(self) -> (u32, u32) {
        let (w, h) = self.page();
        (w - 2 * MARGIN, h - 2 * MARGIN)
    }

    fn section(self) -> String {
        let (w, h) = self.page();
        let orient = match self {
            Orientation::Portrait => "",
            Orientation::Landscape => r#" w:orient="landscape""#,
        };
        format!(
            r#"<w:sectPr><w:pgSz w:w="{w}" w:h="{h}"{orient}/><w:pgMar w:top="{MARGIN}" w:right="{MARGIN}" w:bottom="{MARGIN}" w:left="{MARGIN}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>"#
        )
    }
}

pub struct Body {
    xml: String,
}

impl Body {
    pub fn new() -> Self {
        Self { xml: String::new() }
    }

    /// A paragraph in `style` (Normal when `None`); a line break in `text` stays one.
    pub fn paragraph(&mut self, style: Option<&str>, text: &str) {
        self.xml.push_str("<w:p>");
        if let Some(style) = style {
            let _ = write!(self.xml, r#"<w:pPr><w:pStyle w:val="{style}"/></w:pPr>"#);
        }
        runs(&mut self.xml, text, false);
        self.xml.push_str("</w:p>");
    }

    /// A heading of `level` (1–3), in Word's `heading N` style.
    pub fn heading(&mut self, level: u8, text: &str) {
        self.paragraph(Some(&format!("Heading{level}")), text);
    }

    /// One item of a bulleted list.
    pub fn bullet(&mut self, text: &str) {
        self.paragraph(Some("ListBullet"), text);
    }

    /// `Label: text`, the label bold; a label alone introduces what follows.
    pub fn labelled(&mut self, label: &str, text: &str) {
        self.xml.push_str("<w:p><w:pPr><w:keepNext/></w:pPr>");
        runs(&mut self.xml, &format!("{label}:"), true);
        if !text.is_empty() {
            runs(&mut self.xml, &format!(" {text}"), false);
        }
        self.xml.push_str("</w:p>");
    }

    /// A table of fixed column `widths` (twips) with `header` as its first row, repeated at the
    /// top of each page the table runs onto; no row breaks across a page.
    pub fn table(&mut self, widths: &[u32], header: &[&str], rows: &[Vec<String>]) {
        let total: u32 = widths.iter().sum();
        let _ = write!(
            self.xml,
            r#"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{total}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>"#
        );
        for w in widths {
            let _ = write!(self.xml, r#"<w:gridCol w:w="{w}"/>"#);
        }
        self.xml.push_str("</w:tblGrid>");
        let head: Vec<String> = header.iter().map(|h| h.to_string()).collect();
        self.row(widths, &head, true);
        for row in rows {
            self.row(widths, row, false);
        }
        // Word needs a paragraph between a table and what follows it.
        self.xml.push_str("</w:tbl><w:p/>");
    }

    fn row(&mut self, widths: &[u32], cells: &[String], header: bool) {
        self.xml.push_str("<w:tr><w:trPr><w:cantSplit/>");
        if header {
            self.xml.push_str("<w:tblHeader/>");
        }
        self.xml.push_str("</w:trPr>");
        for (text, width) in cells.iter().zip(widths) {
            let _ = write!(
                self.xml,
                r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>"#
            );
            if header {
                self.xml
                    .push_str(r#"<w:shd w:val="clear" w:color="auto" w:fill="E7ECF3"/>"#);
            }
            self.xml.push_str("</w:tcPr><w:p>");
            runs(&mut self.xml, text, header);
            self.xml.push_str("</w:p></w:tc>");
        }
        self.xml.push_str("</w:tr>");
    }

    /// Ends the section here: what came since the last break is laid out on `orientation`.
    pub fn section_break(&mut self, orientation: Orientation) {
        let _ = write!(
            self.xml,
            "<w:p><w:pPr>{}</w:pPr></w:p>",
            orientation.section()
        );
    }

    /// The `n`th picture (from 0) of the document, inline, as wide as the text of `page`
    /// times `share` (less when it would be too tall to share the page with its heading and
    /// caption), the PNG for every reader and the SVG for those that draw it, with `alt` as
    /// the text a screen reader says.
    pub fn figure(&mut self, n: usize, figure: &Figure, alt: &str, page: Orientation, share: f64) {
        let (_, _, png_id, svg_id) = picture_names(n);
        let id = n + 1;
        let (width, height) = (
            f64::from(figure.width.max(1)),
            f64::from(figure.height.max(1)),
        );
        let (text_width, text_height) = page.text();
        let tallest = f64::from(text_height - FIGURE_ROOM);
        let mut w = f64::from(text_width) * share;
        let mut h = w * height / width;
        if h > tallest {
            w *= tallest / h;
            h = tallest;
        }
        let (cx, cy) = ((w as u64) * EMU_PER_TWIP, (h as u64) * EMU_PER_TWIP);
        let alt = xml(alt);
        let _ = write!(
            self.xml,
            r#"<w:p><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{id}" name="diagram {id}" descr="{alt}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="{id}" name="diagram {id}" descr="{alt}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="{png_id}"><a:extLst><a:ext uri="{{96DAC541-7B7A-43D3-8B79-37D633B846F1}}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="{svg_id}"/></a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"#
        );
    }

    /// The document: its last section on A4 portrait with 2 cm margins.
    pub fn finish(self) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>{}{}</w:body></w:document>"#,
            self.xml,
            Orientation::Portrait.section()
        )
    }
}

/// The runs of `text`: one per line, with a break between.
fn runs(out: &mut String, text: &str, bold: bool) {
    let properties = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
    for (i, line) in text.split('\n').enumerate() {
        out.push_str("<w:r>");
        out.push_str(properties);
        if i > 0 {
            out.push_str("<w:br/>");
        }
        let _ = write!(
            out,
            r#"<w:t xml:space="preserve">{}</w:t></w:r>"#,
            xml(line)
        );
    }
}
