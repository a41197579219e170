//! SVG → PDF in-process with svg2pdf, from the same drawing tree as the PNG: vector throughout,
//! the embedded fonts subset into the file, so `-o x.pdf` needs nothing installed.
//!
//! svg2pdf writes its objects and resource dictionaries in hash-map order, which changes from
//! run to run. The file is therefore rewritten in one canonical order (objects numbered as they
//! are reached from the trailer, dictionary keys sorted), so the same theory always gives the
//! same bytes.

use lopdf::{Dictionary, Document, Object, ObjectId, Stream};
use std::collections::{BTreeMap, HashMap, VecDeque};

/// A PDF of an SVG document, titled and tagged as `about` says. One CSS pixel is 1/96 inch,
/// so a page made for A3 prints on A3.
pub fn pdf(svg: &str, about: &super::pdf_tags::About) -> crate::Result<Vec<u8>> {
    let tree = super::png::tree(svg)?;
    let page = svg2pdf::PageOptions { dpi: 96.0 };
    let bytes = svg2pdf::to_pdf(&tree, svg2pdf::ConversionOptions::default(), page)
        .map_err(|e| crate::Error::Failed(crate::t!("pdf-failed", error = e.to_string())))?;
    let fail =
        |e: lopdf::Error| crate::Error::Failed(crate::t!("pdf-failed", error = e.to_string()));
    let mut document = Document::load_mem(&bytes).map_err(fail)?;
    super::pdf_tags::tag(&mut document, about, svg).map_err(fail)?;
    canonical(document, bytes.len())
}

/// A PDF of several pages, each its own SVG document (see [`super::paged`]), titled and
/// tagged page by page: a drawing as a figure, a page of text line by line.
pub fn pdf_sheets(
    sheets: &[super::paged::Sheet],
    about: &super::pdf_tags::About,
) -> crate::Result<Vec<u8>> {
    let fail =
        |e: lopdf::Error| crate::Error::Failed(crate::t!("pdf-failed", error = e.to_string()));
    let mut documents = Vec::with_capacity(sheets.len());
    let mut size = 0;
    for sheet in sheets {
        let tree = super::png::tree(&sheet.svg)?;
        let page = svg2pdf::PageOptions { dpi: 96.0 };
        let bytes = svg2pdf::to_pdf(&tree, svg2pdf::ConversionOptions::default(), page)
            .map_err(|e| crate::Error::Failed(crate::t!("pdf-failed", error = e.to_string())))?;
        size += bytes.len();
        documents.push(Document::load_mem(&bytes).map_err(fail)?);
    }
    let mut document = merged(documents);
    let pages: Vec<(&super::paged::Reading, &str)> = sheets
        .iter()
        .map(|s| (&s.reading, s.svg.as_str()))
        .collect();
    super::pdf_tags::tag_pages(&mut document, about, &pages).map_err(fail)?;
    canonical(document, size)
}

/// One document of the pages of several, in order. Each page keeps what it inherited from
/// its own page tree (its media box and resources), written on the page itself.
fn merged(documents: Vec<Document>) -> Document {
    let mut out = Document::with_version("1.7");
    let pages_id = out.new_object_id();
    let mut kids = Vec::new();
    for mut document in documents {
        document.renumber_objects_with(out.max_id + 1);
        out.max_id = document.max_id;
        let pages: Vec<ObjectId> = document.get_pages().into_values().collect();
        let tree_nodes: Vec<ObjectId> = document
            .objects
            .iter()
            .filter(|(_, o)| {
                let kind = o
                    .as_dict()
                    .ok()
                    .and_then(|d| d.get(b"Type").ok())
                    .and_then(|t| t.as_name().ok());
                matches!(kind, Some(b"Pages" | b"Catalog"))
            })
            .map(|(id, _)| *id)
            .collect();
        let inherited: Vec<(Vec<u8>, Object)> = tree_nodes
            .iter()
            .filter_map(|id| document.objects.get(id)?.as_dict().ok())
            .flat_map(|d| d.iter().map(|(k, v)| (k.clone(), v.clone())))
            .filter(|(k, _)| {
                matches!(
                    k.as_slice(),
                    b"MediaBox" | b"Resources" | b"CropBox" | b"Rotate"
                )
            })
            .collect();
        for id in &tree_nodes {
            document.objects.remove(id);
        }
        for page in &pages {
            if let Some(Object::Dictionary(dict)) = document.objects.get_mut(page) {
                for (key, value) in &inherited {
                    if !dict.has(key) {
                        dict.set(key.clone(), value.clone());
                    }
                }
                dict.set("Parent", Object::Reference(pages_id));
            }
        }
        kids.extend(pages.iter().map(|&p| Object::Reference(p)));
        out.objects.extend(document.objects);
    }
    let count = kids.len() as i64;
    out.objects.insert(
        pages_id,
        Object::Dictionary(
            lopdf::dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count },
        ),
    );
    let catalog = out.add_object(
        lopdf::dictionary! { "Type" => "Catalog", "Pages" => Object::Reference(pages_id) },
    );
    out.trailer.set("Root", Object::Reference(catalog));
    out
}

/// The same document with its objects numbered in the order a breadth-first walk from the
/// trailer reaches them, following dictionary keys in sorted order, and every dictionary's
/// keys sorted.
fn canonical(mut document: Document, size: usize) -> crate::Result<Vec<u8>> {
    let mut order: Vec<ObjectId> = Vec::with_capacity(document.objects.len());
    let mut number: HashMap<ObjectId, ObjectId> = HashMap::new();
    let mut queue: VecDeque<ObjectId> = VecDeque::new();
    let visit = |id: ObjectId,
                 queue: &mut VecDeque<ObjectId>,
                 number: &mut HashMap<ObjectId, ObjectId>,
                 order: &mut Vec<ObjectId>| {
        if let std::collections::hash_map::Entry::Vacant(slot) = number.entry(id) {
            slot.insert((order.len() as u32 + 1, 0));
            order.push(id);
            queue.push_back(id);
        }
    };
    let mut found = Vec::new();
    references(&Object::Dictionary(document.trailer.clone()), &mut found);
    for id in found {
        visit(id, &mut queue, &mut number, &mut order);
    }
    while let Some(id) = queue.pop_front() {
        let mut found = Vec::new();
        if let Some(object) = document.objects.get(&id) {
            references(object, &mut found);
        }
        for id in found {
            visit(id, &mut queue, &mut number, &mut order);
        }
    }
    // Objects nothing refers to keep their relative order, after the rest.
    let unreached: Vec<ObjectId> = document
        .objects
        .keys()
        .filter(|id| !number.contains_key(id))
        .copied()
        .collect();
    for id in unreached {
        number.insert(id, (order.len() as u32 + 1, 0));
        order.push(id);
    }
    let mut objects = BTreeMap::new();
    for id in &order {
        if let Some(object) = document.objects.remove(id) {
            objects.insert(number[id], renumber(object, &number));
        }
    }
    document.objects = objects;
    document.max_id = order.len() as u32;
    let trailer = std::mem::take(&mut document.trailer);
    document.trailer = sorted(trailer, &number);
    let mut out = Vec::with_capacity(size);
    document
        .save_to(&mut out)
        .map_err(|e| crate::Error::Failed(crate::t!("pdf-failed", error = e.to_string())))?;
    Ok(out)
}

/// The objects `object` refers to, dictionary keys in sorted order.
fn references(object: &Object, found: &mut Vec<ObjectId>) {
    match object {
        Object::Reference(id) => found.push(*id),
        Object::Array(items) => items.iter().for_each(|o| references(o, found)),
        Object::Dictionary(d) => dictionary_references(d, found),
        Object::Stream(s) => dictionary_references(&s.dict, found),
        _ => {}
    }
}

fn dictionary_references(dictionary: &Dictionary, found: &mut Vec<ObjectId>) {
    let mut entries: Vec<(&Vec<u8>, &Object)> = dictionary.iter().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    for (_, value) in entries {
        references(value, found);
    }
}

fn renumber(object: Object, number: &HashMap<ObjectId, ObjectId>) -> Object {
    match object {
        Object::Reference(id) => Object::Reference(number.get(&id).copied().unwrap_or(id)),
        Object::Array(items) => {
            Object::Array(items.into_iter().map(|o| renumber(o, number)).collect())
        }
        Object::Dictionary(d) => Object::Dictionary(sorted(d, number)),
        Object::Stream(s) => {
            let dict = sorted(s.dict, number);
            let mut stream = Stream::new(dict, s.content);
            stream.allows_compression = s.allows_compression;
            stream.start_position = None;
            Object::Stream(stream)
        }
        other => other,
    }
}

fn sorted(dictionary: Dictionary, number: &HashMap<ObjectId, ObjectId>) -> Dictionary {
    let mut entries: Vec<(Vec<u8>, Object)> = dictionary.into_iter().collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = Dictionary::new();
    for (key, value) in entries {
        out.set(key, renumber(value, number));
    }
    out
}
