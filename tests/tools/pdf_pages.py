"""A paged PDF as pypdf reads it, summarised as JSON after "ok " for tests/suite/pages.rs: each page's size
in points, its text, and the structure elements on it (their roles, and a figure's
alternative text); and the document's title, language and tagged flag.
Run: python3 pdf_pages.py FILE.pdf
"""
import json
import sys

import pypdf


def main(path):
    reader = pypdf.PdfReader(path)
    root = reader.trailer["/Root"]
    document = root["/StructTreeRoot"].get_object()["/K"].get_object()
    page_numbers = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)}
    pages = [
        {
            "size": [round(float(page.mediabox.width)), round(float(page.mediabox.height))],
            "text": page.extract_text(),
            "roles": [],
            "alt": [],
            "marked": page.get_contents().get_data().count(b"/MCID"),
        }
        for page in reader.pages
    ]
    for element in document["/K"]:
        element = element.get_object()
        n = page_numbers[element.raw_get("/Pg").idnum]
        pages[n]["roles"].append(element["/S"][1:])
        if "/Alt" in element:
            pages[n]["alt"].append(element["/Alt"])
    print(
        "ok "
        + json.dumps(
            {
                "title": reader.metadata.title if reader.metadata else None,
                "language": root.get("/Lang"),
                "tagged": bool(root["/MarkInfo"]["/Marked"]),
                "pages": pages,
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main(*sys.argv[1:])
