"""The workbook verkan writes, read by an independent reader (openpyxl): every sheet prints
landscape, one page wide, its header row repeated, the theory's name and the date above and
the page number below; every table is an Excel table; numbers are numbers with a format.
Run by tests/suite/spreadsheets.rs: python3 workbook.py WORKBOOK.xlsx
"""
import sys

import openpyxl


def main(path):
    book = openpyxl.load_workbook(path)
    failures = []

    def check(ok, what):
        if not ok:
            failures.append(what)

    for sheet in book.worksheets:
        name = sheet.title
        check(sheet.page_setup.orientation == "landscape", f"{name}: landscape")
        check(sheet.sheet_properties.pageSetUpPr.fitToPage, f"{name}: fitted to the page")
        check(str(sheet.page_setup.fitToHeight) == "0", f"{name}: as many pages down as needed")
        check(sheet.print_title_rows == "$1:$1", f"{name}: the header row on every page")
        check(bool(sheet.oddHeader.left.text), f"{name}: a title in the header")
        check("&D" in (sheet.oddHeader.right.text or ""), f"{name}: the date in the header")
        check("&P" in (sheet.oddFooter.center.text or ""), f"{name}: the page in the footer")
        check(sheet.freeze_panes == "A2", f"{name}: the header row frozen")
        tables = list(sheet.tables.values())
        check(len(tables) == 1, f"{name}: one Excel table")
        if tables:
            check(tables[0].ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}",
                  f"{name}: the table covers the sheet ({tables[0].ref})")
    header = lambda sheet: [c.value for c in sheet[1]]
    measured = book["Mätningar"]
    columns = header(measured)
    for wanted in ["Teori", "Indikator", "Period", "Värde", "Källa", "Anmärkning"]:
        check(wanted in columns, f"Mätningar: column {wanted}")
    value = columns.index("Värde") + 1
    numbers = [measured.cell(r, value) for r in range(2, measured.max_row + 1)
               if isinstance(measured.cell(r, value).value, (int, float))]
    check(len(numbers) > 0, "Mätningar: values are numbers")
    check(all(c.number_format != "General" for c in numbers), "Mätningar: values have a format")
    card = book["Stegen"]
    columns = header(card)
    check("Utkast" in columns, "Stegen: a column marks drafts")
    target = columns.index("Mål") + 1
    targets = [card.cell(r, target) for r in range(2, card.max_row + 1)]
    numeric = [c for c in targets if isinstance(c.value, (int, float))]
    check(len(numeric) > 0 and all("≥" in c.number_format or "≤" in c.number_format
                                   or "↑" in c.number_format or "↓" in c.number_format for c in numeric),
          "Stegen: targets are numbers shown with their sign")
    for failure in failures:
        print(f"FAIL  {failure}")
    print(f"ok    {len(book.worksheets)} sheets read by openpyxl {openpyxl.__version__}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
