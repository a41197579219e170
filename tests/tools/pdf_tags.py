"""The diagram's PDF as a screen reader's PDF library sees it (pypdf): the document's title and
language, marked as tagged, the title shown instead of the file name, each page's drawing
one figure in the structure tree with an alternative text naming the theory, and the words
of the drawing after it, its title a heading and each box's words a paragraph.
Run by tests/suite/render.rs: python3 pdf_tags.py DIAGRAM.pdf NAME LANGUAGE
"""
import sys

import pypdf


def main(path, name, language):
    reader = pypdf.PdfReader(path)
    root = reader.trailer["/Root"]
    failures = []

    def check(ok, what):
        if not ok:
            failures.append(what)

    check(reader.metadata is not None and reader.metadata.title == name, "the title")
    check(root.get("/Lang") == language, f"the language {root.get('/Lang')!r}")
    check(bool(root["/MarkInfo"]["/Marked"]), "marked as tagged")
    check(bool(root["/ViewerPreferences"]["/DisplayDocTitle"]), "the title shown")
    document = root["/StructTreeRoot"].get_object()["/K"].get_object()
    check(document["/S"] == "/Document", "a Document element")
    elements = [k.get_object() for k in document["/K"]]
    figures = [e for e in elements if e["/S"] == "/Figure"]
    check(len(figures) == len(reader.pages), "a figure per page")
    for figure in figures:
        check(name in figure["/Alt"] and len(figure["/Alt"]) > 60, "its alternative text")
    headings = [e for e in elements if e["/S"] == "/H1"]
    check(len(headings) == len(reader.pages), "the title a heading")
    paragraphs = [e for e in elements if e["/S"] == "/P"]
    check(len(paragraphs) > 20, f"the boxes' words as paragraphs ({len(paragraphs)})")
    for page in reader.pages:
        check(b"/MCID 0" in page.get_contents().get_data(), "the page's content marked")
    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print(f"ok {name}: {len(reader.pages)} page(s)")


if __name__ == "__main__":
    main(*sys.argv[1:])
