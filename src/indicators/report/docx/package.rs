//! The parts of a Word document around its body: content types, relationships, styles,
//! numbering, settings and properties, and the zip they travel in. Written by hand from
//! ECMA-376 so that every style is Word's built-in one (a report's own table of contents
//! finds the headings) and the diagram can carry its SVG beside the PNG, as Word does.

use crate::indicators::format::xml;
use std::io::Write;

/// The diagram as the document embeds it: the SVG, and the PNG that readers without SVG
/// support show.
pub struct Figure {
    /// The diagram as SVG.
    pub svg: String,
    /// The same diagram as PNG.
    pub png: Vec<u8>,
    /// Its width in pixels, for the aspect ratio.
    pub width: u32,
    /// Its height in pixels.
    pub height: u32,
}

/// The media names and relationship ids of the `n`th picture (from 0): `diagram.png` and
/// `rIdPng` for the first, `diagram-2.png` and `rIdPng2` for the second, and so on.
pub fn picture_names(n: usize) -> (String, String, String, String) {
    let suffix = if n == 0 {
        String::new()
    } else {
        format!("{}", n + 1)
    };
    let dashed = if n == 0 {
        String::new()
    } else {
        format!("-{}", n + 1)
    };
    (
        format!("diagram{dashed}.png"),
        format!("diagram{dashed}.svg"),
        format!("rIdPng{suffix}"),
        format!("rIdSvg{suffix}"),
    )
}

/// The whole package, byte-identical for the same input: every entry has the zip format's
/// earliest date, so no clock gets into the file.
pub fn zip(body: &str, title: &str, language: &str, figures: &[&Figure]) -> crate::Result<Vec<u8>> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let mut part = |name: &str, bytes: &[u8]| -> crate::Result<()> {
        out.start_file(name, options)
            .map_err(|e| failed(e.to_string()))?;
        out.write_all(bytes).map_err(|e| failed(e.to_string()))?;
        Ok(())
    };
    part("[Content_Types].xml", CONTENT_TYPES.as_bytes())?;
    part("_rels/.rels", ROOT_RELATIONSHIPS.as_bytes())?;
    part("docProps/core.xml", core(title, language).as_bytes())?;
    part("docProps/app.xml", APP.as_bytes())?;
    part(
        "word/_rels/document.xml.rels",
        relationships(figures.len()).as_bytes(),
    )?;
    part("word/styles.xml", styles(language).as_bytes())?;
    part("word/settings.xml", settings(language).as_bytes())?;
    part("word/numbering.xml", NUMBERING.as_bytes())?;
    for (n, figure) in figures.iter().enumerate() {
        let (png, svg, _, _) = picture_names(n);
        part(&format!("word/media/{png}"), &figure.png)?;
        part(&format!("word/media/{svg}"), figure.svg.as_bytes())?;
    }
    part("word/document.xml", body.as_bytes())?;
    let cursor = out.finish().map_err(|e| failed(e.to_string()))?;
    Ok(cursor.into_inner())
}

fn failed(error: String) -> crate::Error {
    crate::Error::Failed(crate::t!("docx-write-failed", error = error))
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="svg" ContentType="image/svg+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"#;

const ROOT_RELATIONSHIPS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"#;

const APP: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>verkan</Application></Properties>"#;

/// The title and language a file manager, a screen reader and the accessibility check read.
fn core(title: &str, language: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{}</dc:title><dc:language>{language}</dc:language><dc:creator>verkan</dc:creator></cp:coreProperties>"#,
        xml(title)
    )
}

fn relationships(figures: usize) -> String {
    let images: String = (0..figures)
        .map(|n| {
            let (png, svg, png_id, svg_id) = picture_names(n);
            format!(
                r#"<Relationship Id="{png_id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/{png}"/><Relationship Id="{svg_id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/{svg}"/>"#
            )
        })
        .collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>{images}</Relationships>"#
    )
}

/// Word's built-in styles by their built-in names (`heading 1`, `Title`, `caption`, `Table
/// Grid`, `Quote`, `List Bullet`), so Word lists them as its own and its table of contents
/// picks the headings up; the document's language is the theory's, so spelling is checked
/// in it.
fn styles(language: &str) -> String {
    let heading = |level: u8, size: u8, before: u16| {
        format!(
            r#"<w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="120"/><w:outlineLvl w:val="{}"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3A5F"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>"#,
            level - 1
        )
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="{language}" w:eastAsia="{language}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3A5F"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>{}{}{}<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:qFormat/><w:rPr><w:i/><w:color w:val="44546A"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="29"/><w:qFormat/><w:pPr><w:ind w:left="567" w:right="567"/></w:pPr><w:rPr><w:i/><w:color w:val="404040"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/></w:pPr></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:left w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:right w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/></w:tblBorders></w:tblPr></w:style></w:styles>"#,
        heading(1, 32, 360),
        heading(2, 26, 240),
        heading(3, 22, 200),
    )
}

fn settings(language: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/><w:themeFontLang w:val="{language}"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"#
    )
}

/// One bullet list: a dot, indented a quarter inch.
const NUMBERING: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;
