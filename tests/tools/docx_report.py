"""The Word report verkan writes, read by an independent reader (python-docx): the title and
language are the theory's, headings use Word's built-in heading styles (so a table of
contents finds them), every table repeats its header row on each page and fits A4 portrait,
the diagram has its alternative text and carries the SVG beside the PNG, and it sits on a
landscape page of its own.
Run by tests/suite/docx.rs: python3 docx_report.py REPORT.docx NAME LANGUAGE
"""
import sys

import docx
from docx.oxml.ns import qn
from docx.shared import Cm

SVG_BLIP = "{http://schemas.microsoft.com/office/drawing/2016/SVG/main}svgBlip"


def main(path, name, language):
    document = docx.Document(path)
    failures = []

    def check(ok, what):
        if not ok:
            failures.append(what)

    core = document.core_properties
    check(core.title == name, f"title {core.title!r} is the theory's name")
    check(core.language == language, f"language {core.language!r}")
    styles = document.styles
    default_lang = styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    check(default_lang is not None and default_lang.get(qn("w:val")) == language,
          "the text's language, for spelling")
    paragraphs = document.paragraphs
    check(paragraphs[0].style.name == "Title" and paragraphs[0].text == name, "a title first")
    headings = [p for p in paragraphs if p.style.name.startswith("Heading")]
    check(len([h for h in headings if h.style.name == "Heading 1"]) >= 3, "chapters in Heading 1")
    check(any(h.style.name == "Heading 2" for h in headings), "sections in Heading 2")
    for style in {p.style.name: p.style for p in headings}.values():
        check(style.builtin, f"{style.name} is Word's built-in style")

    sections = document.sections
    check(any(s.orientation == 1 for s in sections), "a landscape page for the diagram")
    for s in sections:
        long, short = max(s.page_width, s.page_height), min(s.page_width, s.page_height)
        check(abs(long - Cm(29.7)) < Cm(0.1) and abs(short - Cm(21.0)) < Cm(0.1), "A4")
    portrait = [s for s in sections if s.orientation == 0][-1]
    text_width = portrait.page_width - portrait.left_margin - portrait.right_margin

    tables = document.tables
    check(len(tables) >= 1, "the scorecard as tables")
    for t, table in enumerate(tables):
        first = table.rows[0]._tr
        check(first.find(qn("w:trPr")) is not None
              and first.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None,
              f"table {t}: its header row repeats on each page")
        widths = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        check(sum(widths) * 635 <= text_width, f"table {t}: fits A4 portrait")
        check(len(table.rows) >= 2, f"table {t}: rows under its header")

    pictures = document.inline_shapes
    check(len(pictures) == 1, "the diagram, once")
    if pictures:
        inline = pictures[0]._inline
        descr = inline.docPr.get("descr") or ""
        check(len(descr) > 40 and name in descr, "the diagram's alternative text names the theory")
        check(inline.find(".//" + SVG_BLIP) is not None, "the SVG beside the PNG")

    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print(f"ok {name}: {len(headings)} headings, {len(tables)} tables, {len(sections)} sections")


if __name__ == "__main__":
    main(*sys.argv[1:])
