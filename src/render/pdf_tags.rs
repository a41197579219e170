//! What a screen reader and a PDF reader's title bar need of the diagram's PDF: the document's
//! title (shown instead of the file name) and language, and a tagged structure in which each
//! page's drawing is one figure with an alternative text that says what the theory is and
//! lists its mechanisms. Written into svg2pdf's file with lopdf, before it is made canonical.

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
    let pages: Vec<ObjectId> = document.get_pages().into_values().collect();
    let root_id = document.new_object_id();
    let top_id = document.new_object_id();
    let mut figures = Vec::new();
    for (index, page) in pages.iter().enumerate() {
        mark_content(document, *page)?;
        let figure = document.add_object(dictionary! {
            "Type" => "StructElem",
            "S" => "Figure",
            "P" => Object::Reference(top_id),
            "Pg" => Object::Reference(*page),
            "K" => 0,
            "Alt" => text(about.alt),
        });
        if let Ok(Object::Dictionary(page)) = document.get_object_mut(*page) {
            page.set("StructParents", index as i64);
        }
        figures.push((index, figure));
    }
    let numbers: Vec<Object> = figures
        .iter()
        .flat_map(|&(index, figure)| {
            [
                Object::Integer(index as i64),
                Object::Array(vec![Object::Reference(figure)]),
            ]
        })
        .collect();
    document.objects.insert(
        top_id,
        Object::Dictionary(dictionary! {
            "Type" => "StructElem",
            "S" => "Document",
            "P" => Object::Reference(root_id),
            "K" => figures.iter().map(|&(_, f)| Object::Reference(f)).collect::<Vec<_>>(),
        }),
    );
    document.objects.insert(
        root_id,
        Object::Dictionary(dictionary! {
            "Type" => "StructTreeRoot",
            "K" => Object::Reference(top_id),
            "ParentTree" => dictionary! { "Nums" => numbers },
            "ParentTreeNextKey" => figures.len() as i64,
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
