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

/// Tags the one page of a diagram's PDF, drawn from `svg` (see [`tag_pages`]).
pub fn tag(document: &mut Document, about: &About, svg: &str) -> lopdf::Result<()> {
    let figure = Reading::Figure(about.alt.to_string());
    tag_pages(document, about, &[(&figure, svg)])
}

/// A line's part in the document's structure, from its `<text>` element's class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The theory's name.
    H1,
    /// A column heading, the legend's title, a text page's heading.
    H2,
    /// A lane's name.
    H3,
    /// A box's words, the banner, a legend entry, a caption, a text page's line.
    P,
    /// What a screen reader skips: badges' symbols, the markers' numbers, page numbers.
    Artifact,
}

impl Role {
    fn of(class: &str) -> Role {
        match class.split_whitespace().next().unwrap_or_default() {
            "title" => Role::H1,
            "heading" | "heading-text" | "legend-title" => Role::H2,
            "lane-label" => Role::H3,
            "banner" | "box-text" | "legend-text" | "legend-key" | "body" | "caption" => Role::P,
            _ => Role::Artifact,
        }
    }

    fn tag(self) -> &'static str {
        match self {
            Role::H1 => "H1",
            Role::H2 => "H2",
            Role::H3 => "H3",
            Role::P => "P",
            Role::Artifact => "Artifact",
        }
    }
}

/// A line of text on a page: its role, its baseline, and which `<text>` it is part of.
type Line = (Role, f32, usize);

/// Each line of text a page's SVG writes, in document order, with its role, baseline and
/// `<text>`: a `<text>` is as many lines as it has `<tspan>`s that move down (`dy` not 0).
pub fn text_roles(svg: &str) -> Option<Vec<Line>> {
    let document = roxmltree::Document::parse(svg).ok()?;
    let mut lines = Vec::new();
    let texts = document.descendants().filter(|n| n.has_tag_name("text"));
    for (element, text) in texts.enumerate() {
        let words: String = text.descendants().filter_map(|n| n.text()).collect();
        if words.trim().is_empty() {
            continue;
        }
        let role = Role::of(text.attribute("class").unwrap_or_default());
        let mut y: f64 = text.attribute("y").and_then(|y| y.parse().ok())?;
        lines.push((role, y as f32, element));
        for tspan in text.children().filter(|c| c.has_tag_name("tspan")).skip(1) {
            let dy: f64 = tspan
                .attribute("dy")
                .and_then(|dy| dy.parse().ok())
                .unwrap_or(0.0);
            if dy != 0.0 {
                y += dy;
                lines.push((role, y as f32, element));
            }
        }
    }
    Some(lines)
}

/// Tags each page, in order: its text line by line as headings and paragraphs in the order
/// the SVG writes them (boxes by column, the legend after), what is only symbols as
/// artifacts, and a drawing's page also as a figure with its alternative text. Where a
/// page's lines cannot be told apart, the whole page is one figure. Sets the title, the
/// language, `MarkInfo` and `DisplayDocTitle`.
pub fn tag_pages(
    document: &mut Document,
    about: &About,
    pages_read: &[(&Reading, &str)],
) -> lopdf::Result<()> {
    let pages: Vec<ObjectId> = document.get_pages().into_values().collect();
    let root_id = document.new_object_id();
    let top_id = document.new_object_id();
    let mut elements = Vec::new();
    let mut numbers = Vec::new();
    for (index, page) in pages.iter().enumerate() {
        let (reading, svg) = pages_read
            .get(index)
            .copied()
            .unwrap_or((&Reading::Text, ""));
        let marked = match text_roles(svg) {
            Some(roles) => mark_text(document, *page, &roles)?,
            None => None,
        };
        let alt = match reading {
            Reading::Figure(alt) => Some(alt.as_str()),
            Reading::Text => None,
        };
        let mut on_page = Vec::new();
        // Each element, with the MCIDs it holds in order: the parent tree lists, per MCID,
        // its element.
        let mut parents: Vec<ObjectId> = Vec::new();
        let mut add =
            |document: &mut Document, tag: &str, kids: Option<Vec<i64>>, alt: Option<&str>| {
                let mut element = dictionary! {
                    "Type" => "StructElem",
                    "S" => Object::Name(tag.as_bytes().to_vec()),
                    "P" => Object::Reference(top_id),
                    "Pg" => Object::Reference(*page),
                };
                let count = kids.as_ref().map_or(0, Vec::len);
                match kids.as_deref() {
                    Some([one]) => element.set("K", *one),
                    Some(many) => element.set(
                        "K",
                        many.iter().map(|&k| Object::Integer(k)).collect::<Vec<_>>(),
                    ),
                    None => {}
                }
                if let Some(alt) = alt {
                    element.set("Alt", text(alt));
                }
                let id = document.add_object(element);
                on_page.push(id);
                parents.extend(std::iter::repeat_n(id, count));
            };
        match marked {
            Some(roles) => {
                // The drawing as a whole, said in words, before its words one by one.
                if let Some(alt) = alt {
                    add(document, "Figure", None, Some(alt));
                }
                // One element per `<text>` (a box's words), its lines its marked contents.
                let mut mcid = 0;
                for group in roles.chunk_by(|a, b| a.1 == b.1) {
                    let ids: Vec<i64> = (mcid..mcid + group.len() as i64).collect();
                    mcid += group.len() as i64;
                    add(document, group[0].0.tag(), Some(ids), None);
                }
            }
            None => {
                mark_content(document, *page)?;
                add(
                    document,
                    "Figure",
                    Some(vec![0]),
                    Some(alt.unwrap_or(about.alt)),
                );
            }
        }
        let kids: Vec<ObjectId> = on_page.clone();
        if let Ok(Object::Dictionary(page)) = document.get_object_mut(*page) {
            page.set("StructParents", index as i64);
        }
        let with_content: Vec<Object> = parents.iter().map(|&id| Object::Reference(id)).collect();
        numbers.push(Object::Integer(index as i64));
        numbers.push(Object::Array(with_content));
        elements.extend(kids);
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

/// Marks each line of a page's text as its own marked content (MCID 0, 1, … for the lines
/// that are read, `Artifact` for the rest), given each line's role and baseline in order.
/// svg2pdf writes each glyph as its own `q BT … ET Q`, a `<text>` as a group of them: a line
/// is a run of glyphs of one group on one baseline. Lines of one role side by side on one
/// baseline (the legend's key) may come as one run. The roles of the lines marked with an
/// MCID, in order; `None` when the runs do not line up with the lines (the page is then
/// tagged as one figure).
fn mark_text(
    document: &mut Document,
    page: ObjectId,
    lines: &[Line],
) -> lopdf::Result<Option<Vec<(Role, usize)>>> {
    use lopdf::content::{Content, Operation};
    let data = document.get_page_content(page);
    let ops = Content::decode(&data)?.operations;
    let runs = match glyph_runs(&ops) {
        Some(runs) => runs,
        None => return Ok(None),
    };
    // Each run's line, in order: a run takes the next line if the baselines agree, and the
    // lines after it of the same role and baseline that no later run takes.
    let close = |a: f32, b: f32| (a - b).abs() < 0.05;
    let mut roles = Vec::with_capacity(runs.len());
    let mut k = 0;
    for (r, &(_, _, y)) in runs.iter().enumerate() {
        let Some(&(role, line_y, element)) = lines.get(k) else {
            return Ok(None);
        };
        if !close(y, line_y) {
            return Ok(None);
        }
        roles.push((role, element));
        k += 1;
        let next = runs.get(r + 1).map(|run| run.2);
        while lines.get(k).is_some_and(|&(other, other_y, _)| {
            other == role && close(other_y, y) && next.is_none_or(|n| !close(n, other_y))
        }) {
            k += 1;
        }
    }
    if k != lines.len() {
        return Ok(None);
    }
    let mut marked = Vec::with_capacity(ops.len() + 2 * runs.len());
    let mut read = Vec::new();
    let mut run = 0;
    for (n, op) in ops.into_iter().enumerate() {
        if run < runs.len() && n == runs[run].0 {
            marked.push(match roles[run] {
                (Role::Artifact, _) => {
                    Operation::new("BMC", vec![Object::Name(b"Artifact".to_vec())])
                }
                (role, element) => {
                    let mcid = read.len() as i64;
                    read.push((role, element));
                    Operation::new(
                        "BDC",
                        vec![
                            Object::Name(role.tag().into()),
                            Object::Dictionary(dictionary! { "MCID" => mcid }),
                        ],
                    )
                }
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
    Ok(Some(read))
}

/// The runs of glyph blocks in a content stream: (first op, last op, baseline). Blocks join a
/// run when they share a baseline and a `<text>`'s group: between them the nesting of `q`
/// does not fall below the group's (svg2pdf nests text, chunk, glyph).
fn glyph_runs(ops: &[lopdf::content::Operation]) -> Option<Vec<(usize, usize, f32)>> {
    let mut runs: Vec<(usize, usize, f32)> = Vec::new();
    let mut depth: i32 = 0;
    // The depth a block started at, and the lowest depth since the last block ended.
    let mut last: Option<(i32, f32)> = None;
    let mut lowest = 0;
    let mut i = 0;
    while i < ops.len() {
        let op = &ops[i];
        if op.operator == "q" && ops.get(i + 1).is_some_and(|o| o.operator == "BT") {
            let end = (i + 2..ops.len()).find(|&j| ops[j].operator == "ET")?;
            if ops.get(end + 1).is_none_or(|o| o.operator != "Q") {
                return None;
            }
            let y = ops[i..end]
                .iter()
                .find(|o| o.operator == "Tm")
                .and_then(|o| o.operands.get(5))
                .and_then(|v| v.as_float().ok())?;
            let joins = last.is_some_and(|(d, previous_y)| {
                d == depth && lowest >= depth - 2 && (y - previous_y).abs() < 0.05
            });
            match runs.last_mut() {
                Some(run) if joins => run.1 = end + 1,
                _ => runs.push((i, end + 1, y)),
            }
            last = Some((depth, y));
            lowest = depth;
            i = end + 2;
            continue;
        }
        match op.operator.as_str() {
            "q" => depth += 1,
            "Q" => depth -= 1,
            _ => {}
        }
        lowest = lowest.min(depth);
        i += 1;
    }
    Some(runs)
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
