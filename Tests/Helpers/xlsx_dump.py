#!/usr/bin/env python3
"""Test-only: opens a workbook with openpyxl, a reader Tally does not share
code with, and prints what a test asserts as JSON: sheet names, frozen panes,
autofilter, column widths, each cell's value, type, number format, boldness
and hyperlink location or target, the page header and footer, the printed
title rows, conditional formats, Excel tables, and the document properties. Charts, which
openpyxl does not read back, are listed from their own parts: type, title
and every range their series refer to."""
import json
import re
import sys
import zipfile

import openpyxl


def cell(c):
    link = None
    if c.hyperlink is not None:
        link = c.hyperlink.location or c.hyperlink.target
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
            "header": [ws.oddHeader.left.text, ws.oddHeader.center.text, ws.oddHeader.right.text],
            "footer": [ws.oddFooter.left.text, ws.oddFooter.center.text, ws.oddFooter.right.text],
            "print_rows": ws.print_title_rows,
            "tables": [{"ref": t.ref, "style": t.tableStyleInfo.name, "banded": bool(t.tableStyleInfo.showRowStripes),
                        "columns": [c.name for c in t.tableColumns]} for t in ws.tables.values()],
            "conditional": [{"range": str(r.sqref), "formulas": [f for rule in rules for f in rule.formula]}
                            for r, rules in ws.conditional_formatting._cf_rules.items()],
        })
    out["charts"] = charts(path)
    json.dump(out, sys.stdout, ensure_ascii=False)


def charts(path):
    """Each chart part: its type (bar, column, line or pie), its title, the
    ranges of its series (name, categories, values) in document order, and
    the 0-based [row, column] of the cell its drawing anchors it to."""
    found = []
    with zipfile.ZipFile(path) as z:
        anchors = {}
        for d in sorted(n for n in z.namelist() if re.fullmatch(r"xl/drawings/drawing\d+\.xml", n)):
            rels = z.read(d.replace("drawings/", "drawings/_rels/") + ".rels").decode("utf-8")
            targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="../charts/(chart\d+\.xml)"', rels))
            targets.update({k: v for v, k in re.findall(r'Target="../charts/(chart\d+\.xml)"[^>]*Id="(rId\d+)"', rels)})
            xml = z.read(d).decode("utf-8")
            for m in re.finditer(r"<xdr:from><xdr:col>(\d+)</xdr:col>.*?<xdr:row>(\d+)</xdr:row>.*?r:id=\"(rId\d+)\"", xml, re.S):
                anchors["xl/charts/" + targets[m.group(3)]] = [int(m.group(2)), int(m.group(1))]
        names = sorted(n for n in z.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n))
        for name in names:
            xml = z.read(name).decode("utf-8")
            kind = re.search(r"<c:(bar|line|pie)Chart>", xml).group(1)
            if kind == "bar" and '<c:barDir val="col"/>' in xml:
                kind = "column"
            title = "".join(re.findall(r"<c:title>.*?<a:t>(.*?)</a:t>", xml, re.S)) or None
            found.append({"part": name, "type": kind, "title": title, "ranges": re.findall(r"<c:f>(.*?)</c:f>", xml),
                          "anchor": anchors.get(name)})
    return found


if __name__ == "__main__":
    main(sys.argv[1])
