#!/usr/bin/env python3
"""Test-only: opens a workbook with openpyxl, a reader Tally does not share
code with, and prints what a test asserts as JSON: sheet names, frozen panes,
autofilter, column widths, each cell's value, type, number format, boldness
and hyperlink location, and the document properties."""
import json
import sys

import openpyxl


def cell(c):
    link = c.hyperlink.location if c.hyperlink is not None else None
    value = c.value
    if value is not None and not isinstance(value, (str, int, float, bool)):
        value = str(value)
    return {"value": value, "type": c.data_type, "format": c.number_format,
            "bold": bool(c.font.b), "link": link}


def main(path):
    wb = openpyxl.load_workbook(path)
    p = wb.properties
    out = {
        "properties": {
            "title": p.title, "subject": p.subject, "creator": p.creator,
            "created": p.created.strftime("%Y-%m-%dT%H:%M:%SZ") if p.created else None,
        },
        "sheets": [],
    }
    for ws in wb.worksheets:
        out["sheets"].append({
            "name": ws.title,
            "freeze": ws.freeze_panes,
            "filter": ws.auto_filter.ref,
            "widths": {k: v.width for k, v in sorted(ws.column_dimensions.items()) if v.width},
            "rows": [[cell(c) for c in row] for row in ws.iter_rows()],
        })
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
