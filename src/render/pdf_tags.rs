//! What a screen reader and a PDF reader's title bar need of the diagram's PDF: the document's
//! title (shown instead of the file name) and language, and a tagged structure in which each
//! page's drawing is one figure with an alternative text that says what the theory is and
//! lists its mechanisms. Written into svg2pdf's file with lopdf, before it is made canonical.

use super::paged::Reading;
use lopdf::{dictionary, Document, Object, ObjectId, StringFormat};

/// What the PDF says about itself.
pub struct About<'a> {
    /// The document's title: the theory's name.
    pub title: &'a str,
    /// Its language tag: `sv-SE`, `en-GB`.
    pub language: &'a str,
    /// The figure's alternative text.
    pub alt: &'a str,
}

/// Tags every page's content as a figure with `about.alt`, and sets the title, the language,
/// `MarkInfo` and `DisplayDocTitle`.
pub fn tag(document: &mut Document, about: &About) -> lopdf::Result<()> {
    let count = document.get_pages().len();
    let figure = Reading::Figure(about.alt.to_string());
    tag_pages(document, about, &vec![&figure; count])
}

/// Tags each page as `readings` says, in page order: a drawing as one figure with its
/// alternative text; a page of text line by line, each a heading (`H2`) or a paragraph
/// (`P`) in reading order, the page number an artifact. Sets the title, the language,
/// `MarkInfo` and `DisplayDocTitle`.
pub fn tag_pages(
    document: &mut Document,
    about: &About,
    readings: &[&Reading],
) -> lopdf::Result<()> {
    let pages: Vec<ObjectId> = document.get_pages().into_values().collect();
    let root_id = document.new_object_id();
    let top_id = document.new_object_id();
    let mut elements = Vec::new();
    let mut numbers = Vec::new();
    for (index, page) in pages.iter().enumerate() {
        let reading = readings.get(index).copied();
        let marked = match reading {
            Some(Reading::Text(lines)) => mark_lines(document, *page, lines)?,
            _ => None,
        };
        let mut on_page = Vec::new();
        match (reading, marked) {
            (Some(Reading::Text(_)), Some(roles)) => {
                for (mcid, heading) in roles.into_iter().enumerate() {
                    on_page.push(document.add_object(dictionary! {
                        "Type" => "StructElem",
                        "S" => if heading { "H2" } else { "P" },
                        "P" => Object::Reference(top_id),
                        "Pg" => Object::Reference(*page),
                        "K" => mcid as i64,
                    }));
                }
            }
            _ => {
                mark_content(document, *page)?;
                let alt = match reading {
                    Some(Reading::Figure(alt)) => alt.as_str(),
                    _ => about.alt,
                };
                on_page.push(document.add_object(dictionary! {
                    "Type" => "StructElem",
                    "S" => "Figure",
                    "P" => Object::Reference(top_id),
                    "Pg" => Object::Reference(*page),
                    "K" => 0,
                    "Alt" => text(alt),
                }));
            }
        }
        if let Ok(Object::Dictionary(page)) = document.get_object_mut(*page) {
            page.set("StructParents", index as i64);
        }
        numbers.push(Object::Integer(index as i64));
        numbers.push(Object::Array(
            on_page.iter().map(|&e| Object::Reference(e)).collect(),
        ));
        elements.extend(on_page);
    }
    document.objects.insert(
        top_id,
        Object::Dictionary(dictionary! {
            "Type" => "StructElem",
            "S" => "Document",
            "P" => Object::Reference(root_id),
            "K" => elements.iter().map(|&e| Object::Reference(e)).collect::<Vec<_>>(),
        }),
    );
    document.objects.insert(
        root_id,
        Object::Dictionary(dictionary! {
            "Type" => "StructTreeRoot",
            "K" => Object::Reference(top_id),
            "ParentTree" => dictionary! { "Nums" => numbers },
            "ParentTreeNextKey" => pages.len() as i64,
        }),
    );
    let catalog = document.catalog_mut()?;
    catalog.set("StructTreeRoot", Object::Reference(root_id));
    catalog.set("MarkInfo", dictionary! { "Marked" => true });
    catalog.set("Lang", text(about.language));
    catalog.set(
        "ViewerPreferences",
        dictionary! { "DisplayDocTitle" => true },
    );
    let info = document.add_object(dictionary! { "Title" => text(about.title) });
    document.trailer.set("Info", Object::Reference(info));
    Ok(())
}

/// Marks each line of a text page as its own marked content, MCID 0, 1, … in order, and
/// what follows the last line (the page number) as an artifact. svg2pdf writes each glyph
/// as its own `q BT … ET Q`, so a line is a run of such blocks on one baseline. `None` when
/// the page is not made so (then it is tagged as a figure).
fn mark_lines(
    document: &mut Document,
    page: ObjectId,
    lines: &[bool],
) -> lopdf::Result<Option<Vec<bool>>> {
    use lopdf::content::{Content, Operation};
    let data = document.get_page_content(page);
    let content = Content::decode(&data)?;
    let ops = content.operations;
    // (first op, last op, baseline) of each glyph block.
    let mut blocks: Vec<(usize, usize, f32)> = Vec::new();
    let mut i = 0;
    while i + 1 < ops.len() {
        if ops[i].operator == "q" && ops[i + 1].operator == "BT" {
            let end = (i + 2..ops.len()).find(|&j| ops[j].operator == "ET");
            let Some(end) = end.filter(|&e| ops.get(e + 1).is_some_and(|o| o.operator == "Q"))
            else {
                return Ok(None);
            };
            let y = ops[i..end]
                .iter()
                .find(|o| o.operator == "Tm")
                .and_then(|o| o.operands.get(5))
                .and_then(|v| v.as_float().ok())
                .unwrap_or(f32::NAN);
            blocks.push((i, end + 1, y));
            i = end + 2;
        } else {
            i += 1;
        }
    }
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut last: Option<(usize, f32)> = None;
    for &(start, end, y) in &blocks {
        match (runs.last_mut(), last) {
            (Some(run), Some((previous_end, previous_y)))
                if start == previous_end + 1 && (y - previous_y).abs() < 0.01 =>
            {
                run.1 = end;
            }
            _ => runs.push((start, end)),
        }
        last = Some((end, y));
    }
    if runs.len() != lines.len() + 1 {
        return Ok(None);
    }
    let mut marked = Vec::with_capacity(ops.len() + 2 * runs.len());
    let mut run = 0;
    for (n, op) in ops.into_iter().enumerate() {
        if run < runs.len() && n == runs[run].0 {
            marked.push(if run < lines.len() {
                let tag = if lines[run] { "H2" } else { "P" };
                Operation::new(
                    "BDC",
                    vec![
                        Object::Name(tag.into()),
                        Object::Dictionary(dictionary! { "MCID" => run as i64 }),
                    ],
                )
            } else {
                Operation::new("BMC", vec![Object::Name(b"Artifact".to_vec())])
            });
        }
        marked.push(op);
        if run < runs.len() && n == runs[run].1 {
            marked.push(Operation::new("EMC", vec![]));
            run += 1;
        }
    }
    let encoded = Content { operations: marked }.encode()?;
    document.change_page_content(page, encoded)?;
    Ok(Some(lines.to_vec()))
}

/// The page's content, all of it, as the marked content of the figure with MCID 0.
fn mark_content(document: &mut Document, page: ObjectId) -> lopdf::Result<()> {
    let contents = document.get_page_contents(page);
    let (Some(first), Some(last)) = (contents.first().copied(), contents.last().copied()) else {
        return Ok(());
    };
    for (id, before, after) in [
        (
            first,
            b"/Figure <</MCID 0>> BDC\n".as_slice(),
            b"".as_slice(),
        ),
        (last, b"".as_slice(), b"\nEMC\n".as_slice()),
    ] {
        if let Ok(Object::Stream(stream)) = document.get_object_mut(id) {
            let mut content = stream
                .decompressed_content()
                .unwrap_or(stream.content.clone());
            content.splice(0..0, before.iter().copied());
            content.extend_from_slice(after);
            stream.set_plain_content(content);
            let _ = stream.compress();
        }
    }
    Ok(())
}

/// A PDF text string: UTF-16BE with its byte-order mark, so any language's letters survive.
fn text(words: &str) -> Object {
    let mut bytes = vec![0xfe, 0xff];
    for unit in words.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}
