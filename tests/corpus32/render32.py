"""Render blind32's data/*.json into the ten text shapes, the XLSX and the DOCX (docs/).  Own code; no parser code.

Story: the county runs a legacy Tcl/Tk 预算填报 client whose 导出 menu writes the project tables as text
(竖线分隔 and 制表符分隔, tools/export.tcl, run with the real tclsh); colleagues turned the tab export into other
shapes with perl and mawk one-liners (run for real); the staged rows were loaded into sqlite3 by the data office
(real sqlite3: `.mode box` and a group_concat per project); the department's workbook was shared as a Google Sheet
and downloaded as CSV (python's csv module writing Google's choices); a perl report script (tools/report.pl, real
perl formats) prints the space-aligned reports.  Usage: python render32.py /work/blind32
"""

import csv
import io
import json
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
DATA, DOCS, TOOLS = (os.path.join(HERE, x) for x in ("data", "docs", "tools"))
GOALS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")
FIXED = (2025, 3, 1, 9, 0, 0)


def sheet_rows(doc, p):
    """The project as the workbook lays it out: title, header pairs, money rows under a merged 项目资金（万元）
    key (`[项目资金（万元）, key, amount]`, then `["", key, amount]`), the grid header, the grid rows."""
    rows, marks = [[doc["title"]]], ["T"]
    money, first = False, False
    for k, v in p["header"]:
        if k == "项目资金（万元）":
            money, first = True, True
            continue
        if money and k in GOALS:
            money = False
        if money:
            rows.append(["项目资金（万元）" if first else "", k, v])
            marks.append("M")
            first = False
        else:
            rows.append([k, v])
            marks.append("H")
    rows.append(list(p["columns"]))
    marks.append("G")
    for r in p["rows"]:
        rows.append(list(r))
        marks.append("R")
    return rows, marks


def load(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


def width(doc):
    return max(len(r) for p in doc["projects"] for r in sheet_rows(doc, p)[0])


def run(cmd, data, **kw):
    return subprocess.run(cmd, input=data, stdout=subprocess.PIPE, check=True, **kw).stdout


def feed(doc):
    """Rows for the Tcl and perl tools: a mark, then cells, split by \\x1f; records end with \\x1e."""
    out = []
    for p in doc["projects"]:
        rows, marks = sheet_rows(doc, p)
        out += ["\x1f".join([m] + r) for m, r in zip(marks, rows)]
        out.append("P")
    return ("\x1e".join(out) + "\x1e").encode("utf-8")


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def fix_zip(path):
    """Byte-stable office files: fixed zip dates and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-03-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def render(doc_id):
    doc = load(doc_id)
    base = os.path.join(DOCS, doc_id)
    W = width(doc)
    fed = feed(doc)
    # --- the Tcl client's two exports (real tclsh): bars, and tabs; CRLF, UTF-8, rows of their own widths
    tcl = os.path.join(TOOLS, "export.tcl")
    write(base + ".pipe_bare.txt", run(["tclsh", tcl, "|"], fed))
    tsv = run(["tclsh", tcl, "\t"], fed)
    write(base + ".tab.tsv", tsv)
    # --- one cell a line: perl -F'\t' -lane 'print for @F' (real perl) over the CRLF tab export
    lines = run(["perl", "-F\\t", "-lane", "print for @F"], tsv)
    write(base + ".lines.txt", lines)
    write(base + ".lines_dropped.txt", run(["perl", "-ne", "print if /\\S/"], lines))
    # --- flat: mawk, fields glued, the CR taken off (real mawk)
    flat = run(["mawk", "-F\t", "-v", "OFS=", '{sub(/\\r$/, ""); $1 = $1; print}'], tsv)
    write(base + ".flat.txt", flat)
    # --- sqlite3: the staged table (p, n, c1..cW)
    cols = ", ".join("c%d" % (i + 1) for i in range(W))
    sql = ["CREATE TABLE jx(p INTEGER, n INTEGER, %s);" % ", ".join("c%d TEXT" % (i + 1) for i in range(W))]
    flat_rows = flat.decode("utf-8").split("\n")
    k = 0
    sql_flat = ["CREATE TABLE flat(p INTEGER, n INTEGER, t TEXT);"]
    for pi, p in enumerate(doc["projects"], 1):
        rows, _ = sheet_rows(doc, p)
        for n, r in enumerate(rows, 1):
            vals = [c.replace("'", "''") for c in r] + [""] * (W - len(r))
            sql.append("INSERT INTO jx VALUES(%d, %d, %s);" % (pi, n, ", ".join("'%s'" % v for v in vals)))
            sql_flat.append("INSERT INTO flat VALUES(%d, %d, '%s');" % (pi, n, flat_rows[k].replace("'", "''")))
            k += 1
        k += 1  # the empty line the export writes after each project
    box = sql + [".mode box", ".headers on"]
    for pi in range(1, len(doc["projects"]) + 1):
        box.append("SELECT %s FROM jx WHERE p = %d ORDER BY n;" % (cols, pi))
    write(base + ".pipe.txt", run(["sqlite3"], ("\n".join(box) + "\n").encode("utf-8")))
    one = sql_flat + [
        ".mode list",
        "SELECT p, group_concat(t, '') FROM (SELECT p, t FROM flat ORDER BY p, n) GROUP BY p ORDER BY p;",
    ]
    write(base + ".oneline.txt", run(["sqlite3"], ("\n".join(one) + "\n").encode("utf-8")))
    # --- Google Sheets "Download → CSV": no BOM, CRLF, every row padded to the sheet width, minimal quoting
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for pi, p in enumerate(doc["projects"]):
        if pi:
            w.writerow([""] * W)
        for r in sheet_rows(doc, p)[0]:
            w.writerow(r + [""] * (W - len(r)))
    write(base + ".csv", s.getvalue().encode("utf-8"))
    # --- the perl report (real perl formats), labels at the top / centred on their block's middle record
    rep = os.path.join(TOOLS, "report.pl")
    write(base + ".aligned_top.txt", run(["perl", rep, "top"], fed))
    write(base + ".aligned_centered.txt", run(["perl", rep, "centered"], fed))
    xlsx(doc, base + ".xlsx", W)
    docx(doc, base + ".docx")


def blocks(rows, j):
    out = []
    for i, r in enumerate(rows):
        if i == 0 or r[j] != "" or (j == 1 and r[0] != ""):
            out.append([i, i])
        else:
            out[-1][1] = i
    return out


def xlsx(doc, path, W):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "项目绩效目标"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    at = 1
    for p in doc["projects"]:
        rows, marks = sheet_rows(doc, p)
        cats = p["columns"][:2] == ["一级指标", "二级指标"]
        g0 = None
        money0 = None
        for r, m in zip(rows, marks):
            for j, v in enumerate(r):
                c = ws.cell(at, j + 1, v if v != "" else None)
                c.alignment = Alignment(wrap_text=True, vertical="center")
                c.border = box
                if m == "G":
                    c.font = Font(bold=True)
            if m == "T":
                ws.merge_cells(start_row=at, start_column=1, end_row=at, end_column=W)
                ws.cell(at, 1).font = Font(bold=True, size=14)
                ws.cell(at, 1).alignment = Alignment(horizontal="center")
            elif m == "H":
                ws.merge_cells(start_row=at, start_column=2, end_row=at, end_column=W)
            elif m == "M":
                ws.merge_cells(start_row=at, start_column=3, end_row=at, end_column=W)
                if r[0]:
                    money0 = at
                last_money = at
            elif m == "G":
                g0 = at
            at += 1
        if money0 and last_money > money0:
            ws.merge_cells(start_row=money0, start_column=1, end_row=last_money, end_column=1)
        if cats:
            grid = [list(x) for x in p["rows"]]
            for j in (0, 1):
                for a, b in blocks(grid, j):
                    if b > a:
                        ws.merge_cells(start_row=g0 + 1 + a, start_column=j + 1, end_row=g0 + 1 + b, end_column=j + 1)
        at += 1
    for j in range(W):
        ws.column_dimensions[chr(65 + j)].width = 16
    wb.properties.creator = "示例市某某县财政局"
    wb.save(path)
    fix_zip(path)


def docx(doc, path):
    import docx as D
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = D.Document()
    for pi, p in enumerate(doc["projects"]):
        if pi:
            d.add_page_break()
        h = d.add_paragraph(doc["title"])
        h.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rows, marks = sheet_rows(doc, p)
        hdr = [(r, m) for r, m in zip(rows, marks) if m in ("H", "M")]
        t = d.add_table(rows=len(hdr), cols=3)
        t.style = "Table Grid"
        for i, (r, m) in enumerate(hdr):
            if m == "H":
                t.cell(i, 0).text = r[0]
                t.cell(i, 1).text = r[1]
                t.cell(i, 1).merge(t.cell(i, 2))
            else:
                t.cell(i, 0).text = r[0]
                t.cell(i, 1).text = r[1]
                t.cell(i, 2).text = r[2]
        # the money key cell merged down over its rows
        ms = [i for i, (r, m) in enumerate(hdr) if m == "M"]
        if len(ms) > 1:
            top = t.cell(ms[0], 0)
            merged = top.merge(t.cell(ms[-1], 0))
            for para in merged.paragraphs[1:]:
                para._element.getparent().remove(para._element)
        d.add_paragraph("")
        cols = p["columns"]
        g = d.add_table(rows=1 + len(p["rows"]), cols=len(cols))
        g.style = "Table Grid"
        for j, c in enumerate(cols):
            g.cell(0, j).text = c
        for i, r in enumerate(p["rows"], 1):
            for j, v in enumerate(r):
                if v:
                    g.cell(i, j).text = v
        if cols[:2] == ["一级指标", "二级指标"]:
            grid = [list(x) for x in p["rows"]]
            for j in (0, 1):
                for a, b in blocks(grid, j):
                    if b > a:
                        m = g.cell(1 + a, j).merge(g.cell(1 + b, j))
                        for para in m.paragraphs[1:]:
                            para._element.getparent().remove(para._element)
    d.core_properties.author = "示例市某某县财政局"
    d.save(path)
    fix_zip(path)


def main():
    os.makedirs(DOCS, exist_ok=True)
    for f in sorted(os.listdir(DATA)):
        if f.endswith(".json"):
            render(f[:-5])
            print(f[:-5])


if __name__ == "__main__":
    main()
