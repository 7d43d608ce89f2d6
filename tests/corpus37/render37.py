"""Render blind37's data/<doc>.json into ten text shapes, an XLSX and a DOCX (own code + real tools).
Usage: python render37.py /work/blind37
Real tools run: perl 5.36 (.pipe.txt), html2text 2025.4.15 (.pipe_bare.txt), sqlite3 3.40.1 (.tab.tsv),
mawk (.lines.txt), GNU grep (.lines_dropped.txt), tclsh (.flat.txt, .oneline.txt); python's csv (.csv)."""

import csv
import io
import json
import os
import subprocess
import sys
import unicodedata
import zipfile

import docx
import openpyxl
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
TMP = "/tmp/r37"
H2T = "/tmp/h2t"
CATS = ("一级指标", "二级指标")


def sheet_rows(p, title):
    """The department's sheet of one project: title, header pairs (项目资金（万元） alone), grid header, rows."""
    rows = [[title]]
    for k, v in p["header"]:
        rows.append([k] if (k == "项目资金（万元）" and v == "") else [k, v])
    rows.append(list(p["columns"]))
    rows += [list(r) for r in p["rows"]]
    return rows


def load(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


def run(cmd, inp=None):
    return subprocess.run(cmd, input=inp, capture_output=True, check=True).stdout


def one_line(s):  # a cell's own line breaks, as a tab export keeps them: replaced by nothing? no: by a space
    return s.replace("\n", " ")


# ------------------------------------------------------------------ staging: TSVs
def tsv_padded(doc):
    """Every row padded to the DOCUMENT's widest row; a row of empty cells between projects."""
    W = max(len(r) for p in doc["projects"] for r in sheet_rows(p, doc["title"]))
    out = []
    for i, p in enumerate(doc["projects"]):
        if i:
            out.append([""] * W)
        for r in sheet_rows(p, doc["title"]):
            out.append([one_line(c) for c in r] + [""] * (W - len(r)))
    return W, out


def tsv_unpadded(doc):
    out = []
    for i, p in enumerate(doc["projects"]):
        if i:
            out.append(None)
        out += [[one_line(c) for c in r] for r in sheet_rows(p, doc["title"])]
    return out


# ------------------------------------------------------------------ shapes by real tools
def pipe(doc):
    """perl -F'\\t' -lane over the padded TSV: -a's split drops TRAILING empty fields."""
    W, rows = tsv_padded(doc)
    tsv = "".join("\t".join(r) + "\n" for r in rows).encode()
    return run(["perl", "-F\\t", "-lane", 'print "|", join("|", @F), "|"'], tsv)


def html_page(doc):
    h = ['<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head><body>' % doc["title"]]
    for p in doc["projects"]:
        h.append("<h3>%s</h3>" % doc["title"])
        h.append('<table border="1">')
        for r in sheet_rows(p, doc["title"])[1:]:
            h.append(
                "<tr>"
                + "".join("<td>%s</td>" % c.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>") for c in r)
                + "</tr>"
            )
        h.append("</table>")
    h.append("</body></html>\n")
    return "\n".join(h)


def pipe_bare(doc):
    path = os.path.join(TMP, "page.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(html_page(doc))
    env = dict(os.environ, PYTHONPATH=H2T)
    return subprocess.run(
        [sys.executable, "-m", "html2text", "--body-width=0", path], capture_output=True, check=True, env=env
    ).stdout


def tab(doc):
    """sqlite3 .mode tabs .headers on over the staged table jx37(c1…cW), NULL for an empty cell."""
    W, rows = tsv_padded(doc)
    db = os.path.join(TMP, "jx37.db")
    if os.path.exists(db):
        os.remove(db)
    cols = ", ".join("c%d TEXT" % (j + 1) for j in range(W))
    sql = ["CREATE TABLE jx37(rn INTEGER PRIMARY KEY, %s);" % cols]
    for i, r in enumerate(rows):
        vals = ", ".join("NULL" if c == "" else "'" + c.replace("'", "''") + "'" for c in r)
        sql.append("INSERT INTO jx37 VALUES(%d, %s);" % (i + 1, vals))
    run(["sqlite3", db], "\n".join(sql).encode())
    q = "SELECT %s FROM jx37 ORDER BY rn;" % ", ".join("c%d" % (j + 1) for j in range(W))
    return run(["sqlite3", "-cmd", ".mode tabs", "-cmd", ".headers on", db, q])


def csv_shape(doc):
    """python csv.writer, lineterminator '\\n', QUOTE_MINIMAL; rows of own widths; an empty row between projects;
    goal cells keep the Word line breaks of the department's cells as CRLF inside the quoted field."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for i, p in enumerate(doc["projects"]):
        if i:
            w.writerow([])
        for r in sheet_rows(p, doc["title"]):
            w.writerow([c.replace("；", "；\r\n") if r[0] in ("年度目标", "实际完成情况") else c for c in r])
    return buf.getvalue().encode("utf-8")


def lines(doc):
    """mawk over the padded TSV (no header): a cell a line, an EMPTY line after every row."""
    W, rows = tsv_padded(doc)
    tsv = "".join("\t".join(r) + "\n" for r in rows).encode()
    return run(["mawk", "-F\t", '{for (i = 1; i <= NF; i++) print $i; print ""}'], tsv)


def lines_dropped(lines_bytes):
    return subprocess.run(["grep", "-v", "^$"], input=lines_bytes, capture_output=True).stdout


TCL_FLAT = r"""
fconfigure stdin -encoding utf-8 -translation lf
fconfigure stdout -encoding utf-8 -translation lf
while {[gets stdin line] >= 0} { puts [join [split $line "\t"] ""] }
"""
TCL_ONELINE = r"""
fconfigure stdin -encoding utf-8 -translation lf
fconfigure stdout -encoding utf-8 -translation lf
set buf ""
while {[gets stdin line] >= 0} {
    if {$line eq ""} { puts $buf; set buf ""; continue }
    append buf [join [split $line "\t"] ""]
}
if {$buf ne ""} { puts $buf }
"""


def tcl(script, doc):
    rows = tsv_unpadded(doc)
    tsv = "".join(("" if r is None else "\t".join(r)) + "\n" for r in rows).encode()
    path = os.path.join(TMP, "s.tcl")
    with open(path, "w") as f:
        f.write(script)
    return run(["tclsh", path], tsv)


# ------------------------------------------------------------------ aligned (own imitation)
def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap(s, w):
    out, cur = [], ""
    for c in s.replace("\n", ""):
        if dw(cur + c) > w:
            out.append(cur)
            cur = c
        else:
            cur += c
    out.append(cur)
    return out


def width_of(col):
    if col in CATS:
        return 10
    if col in ("三级指标", "指标名称", "指标内容"):
        return 22
    if "指标值" in col or col in ("实际完成值", "前三季度完成值", "预计全年完成值", "省级下达值"):
        return 16
    if col in ("权重", "分值", "得分", "序号", "指标序号", "运算关系", "比对符", "计量单元", "单位符号"):
        return 8
    return 14


def pad(s, w):
    return s + " " * (w - dw(s))


PAGE = 48


def aligned(doc, centered):
    """A 预算编制系统's "导出TXT" print (own imitation): left margin 2, gutter 3, display widths, wrapped cells;
    header block `key` at 2 and its value at 20, wrapped at 70; pages of 48 lines, the grid header repeated,
    `第n页` right-aligned at the foot, form feed.  centered: the 一级/二级 labels lifted off their rows and laid
    on their block's middle line (rounding UP), a long label's pieces around it."""
    body = []  # list of (lines, is_grid_row, grid_header_lines)
    for pi, p in enumerate(doc["projects"]):
        body.append((["", " " * 30 + doc["title"], ""], None))
        for k, v in p["header"]:
            pieces = wrap(v, 70) if v else [""]
            body.append((["  " + pad(k, 18) + pieces[0]] + ["  " + " " * 18 + x for x in pieces[1:]], None))
        cols = p["columns"]
        ws = [width_of(c) for c in cols]

        def fmt(cells_lines):
            n = max(len(x) for x in cells_lines)
            out = []
            for i in range(n):
                parts = [pad(x[i] if i < len(x) else "", w) for x, w in zip(cells_lines, ws)]
                out.append(("  " + "   ".join(parts)).rstrip())
            return out

        ghead = fmt([wrap(c, w) for c, w in zip(cols, ws)])
        body.append((ghead, "head"))
        ci = [j for j, c in enumerate(cols) if c in CATS]
        rows = p["rows"]
        if not centered:
            for r in rows:
                body.append((fmt([wrap(c, w) for c, w in zip(r, ws)]), ghead))
        else:
            # lines per row without labels, then the labels laid over their blocks
            rl = [fmt([wrap("" if j in ci else c, w) for j, (c, w) in enumerate(zip(r, ws))]) for r in rows]
            blocks = []  # (column index, first row, end row, label pieces)
            for j in ci:
                b = 0
                while b < len(rows):
                    e = b + 1
                    while e < len(rows) and rows[e][j] == "" and not (j != ci[0] and rows[e][ci[0]] != ""):
                        e += 1
                    if rows[b][j]:
                        blocks.append((j, b, e, wrap(rows[b][j], ws[j])))
                    b = e
            for j, b, e, pieces in blocks:  # a block as tall as its label: empty lines under its last row
                have = sum(len(rl[i]) for i in range(b, e))
                rl[e - 1] += [""] * max(0, len(pieces) - have)
            starts = [0]
            for x in rl:
                starts.append(starts[-1] + len(x))
            flat = [ln for x in rl for ln in x]
            owner = [i for i, x in enumerate(rl) for _ in x]
            for j, b, e, pieces in blocks:
                off = 2 + sum(w + 3 for w in ws[:j])
                first, last = starts[b], starts[e] - 1
                mid = (first + last + 1) // 2
                top = max(first, min(mid - (len(pieces) - 1) // 2, last - len(pieces) + 1))
                for k, piece in enumerate(pieces):
                    li = top + k
                    ln = flat[li]
                    ln = ln + " " * max(0, off + dw(piece) - dw(ln))
                    pre, acc = "", 0
                    for c in ln:
                        if acc >= off:
                            break
                        pre += c
                        acc += dw(c)
                    rem, acc = ln[len(pre) :], 0
                    while rem and acc < dw(piece):
                        acc += dw(rem[0])
                        rem = rem[1:]
                    flat[li] = (pre + piece + " " * (acc - dw(piece)) + rem).rstrip()
            grid = [[] for _ in rows]
            for li, ln in enumerate(flat):
                grid[owner[li]].append(ln)
            for x in grid:
                body.append((x, ghead))
    # paginate
    pages, cur, last_head = [], [], None
    for lines_, kind in body:
        if kind == "head":
            last_head = lines_
        if len(cur) + len(lines_) > PAGE - 2:
            pages.append(cur)
            cur = []
            if isinstance(kind, list):
                cur += kind
        cur += lines_
    pages.append(cur)
    out = []
    for n, pg in enumerate(pages, 1):
        pg = pg + [""] * (PAGE - 1 - len(pg))
        out.append("\n".join(pg) + "\n" + " " * 100 + "第%d页\n" % n)
    return "\f".join(out).encode("utf-8")


# ------------------------------------------------------------------ xlsx / docx
def xlsx(doc, path):
    """openpyxl: ONE sheet `附表3-2` (the budget book's appendix number), projects stacked with an empty row between;
    the header block two pairs a row where the PDF pairs them (主管部门|实施单位, 项目属性|项目期), other values merged
    across; 项目资金（万元） merged DOWN over its money rows; real merged 一级/二级 blocks; thin borders."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附表3-2"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    W = max(max(len(p["columns"]) for p in doc["projects"]), 4)
    row = 1
    for pi, p in enumerate(doc["projects"]):
        if pi:
            row += 1
        ws.cell(row, 1, doc["title"]).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=W)
        row += 1
        items = list(p["header"])
        i = 0
        while i < len(items):
            k, v = items[i]
            nxt = items[i + 1] if i + 1 < len(items) else (None, None)
            if k in ("主管部门", "项目属性") and nxt[0] in ("实施单位", "项目期") and W >= 4:
                for j, s in enumerate((k, v, nxt[0], nxt[1])):
                    ws.cell(row, j + 1, s)
                if W > 4:
                    ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=W)
                i += 2
                row += 1
            elif k == "项目资金（万元）":
                j = i + 1
                while j < len(items) and items[j][0] not in (
                    "实施期目标",
                    "长期目标",
                    "中期目标",
                    "年度目标",
                    "实际完成情况",
                ):
                    j += 1
                money = items[i + 1 : j]
                ws.cell(row, 1, k)
                for m, (mk, mv) in enumerate(money):
                    ws.cell(row + m, 2, mk)
                    ws.cell(row + m, 3, mv)
                    if W > 3:
                        ws.merge_cells(start_row=row + m, start_column=3, end_row=row + m, end_column=W)
                if len(money) > 1:
                    ws.merge_cells(start_row=row, start_column=1, end_row=row + len(money) - 1, end_column=1)
                row += max(1, len(money))
                i = j
            else:
                ws.cell(row, 1, k)
                ws.cell(row, 2, v)
                ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=W)
                row += 1
                i += 1
        for j, c in enumerate(p["columns"]):
            ws.cell(row, j + 1, c).font = Font(bold=True)
        row += 1
        first = row
        for r in p["rows"]:
            for j, c in enumerate(r):
                if c != "":
                    ws.cell(row, j + 1, c)
            row += 1
        cats = [j for j, c in enumerate(p["columns"]) if c in CATS]
        for j in cats:
            b = 0
            rows = p["rows"]
            while b < len(rows):
                e = b + 1
                while e < len(rows) and rows[e][j] == "" and not (j != cats[0] and rows[e][cats[0]] != ""):
                    e += 1
                if e - b > 1 and rows[b][j] != "":
                    ws.merge_cells(start_row=first + b, start_column=j + 1, end_row=first + e - 1, end_column=j + 1)
                b = e
    for rr in ws.iter_rows(min_row=1, max_row=row - 1, max_col=W):
        for c in rr:
            c.border = bd
            c.alignment = Alignment(wrap_text=True, vertical="center")
    for j in range(W):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = 16
    wb.properties.creator = "预算编制系统"
    wb.save(path)
    fix_zip(path)


def fix_zip(path):
    """Fixed zip dates and core times, so that two runs give the same bytes."""
    import re

    zin = zipfile.ZipFile(path)
    items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-03-01T08:00:00Z", data)
            zi = zipfile.ZipInfo(name, (2025, 3, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def docx_file(doc, path):
    """python-docx, A4 portrait; per project the title, a 4-column header table (pairs side by side where the PDF
    pairs them), then the grid as its own `Table Grid` table with 一级/二级 merged DOWN; a page break between."""
    d = docx.Document()
    d.core_properties.author = "预算编制系统"
    import datetime

    d.core_properties.created = d.core_properties.modified = datetime.datetime(2025, 3, 1, 8, 0, 0)
    st = d.styles["Normal"]
    st.font.size = Pt(9)
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for pi, p in enumerate(doc["projects"]):
        if pi:
            d.add_page_break()
        d.add_paragraph(doc["title"])
        items = list(p["header"])
        t = d.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        i = 0
        while i < len(items):
            k, v = items[i]
            nxt = items[i + 1] if i + 1 < len(items) else (None, None)
            cells = t.add_row().cells
            if k in ("主管部门", "项目属性") and nxt[0] in ("实施单位", "项目期"):
                for c, s in zip(cells, (k, v, nxt[0], nxt[1])):
                    c.text = s
                i += 2
            else:
                cells[0].text = k
                m = cells[1].merge(cells[3])
                m.text = v
                i += 1
        cols = p["columns"]
        g = d.add_table(rows=1 + len(p["rows"]), cols=len(cols))
        g.style = "Table Grid"
        for j, c in enumerate(cols):
            g.cell(0, j).text = c
        for i, r in enumerate(p["rows"]):
            for j, c in enumerate(r):
                if c != "":
                    g.cell(i + 1, j).text = c
        cats = [j for j, c in enumerate(cols) if c in CATS]
        rows = p["rows"]
        for j in cats:
            b = 0
            while b < len(rows):
                e = b + 1
                while e < len(rows) and rows[e][j] == "" and not (j != cats[0] and rows[e][cats[0]] != ""):
                    e += 1
                if e - b > 1 and rows[b][j] != "":
                    text = rows[b][j]
                    m = g.cell(b + 1, j).merge(g.cell(e, j))
                    for para in m.paragraphs[1:]:
                        para._element.getparent().remove(para._element)
                    m.paragraphs[0].text = text
                b = e
    d.save(path)
    fix_zip(path)


def main():
    os.makedirs(TMP, exist_ok=True)
    os.makedirs(DOCS, exist_ok=True)
    for fn in sorted(os.listdir(DATA)):
        doc_id = fn[:-5]
        doc = load(doc_id)
        base = os.path.join(DOCS, doc_id)
        outs = {
            ".pipe.txt": pipe(doc),
            ".pipe_bare.txt": pipe_bare(doc),
            ".tab.tsv": tab(doc),
            ".csv": csv_shape(doc),
        }
        outs[".lines.txt"] = lines(doc)
        outs[".lines_dropped.txt"] = lines_dropped(outs[".lines.txt"])
        outs[".aligned_top.txt"] = aligned(doc, False)
        outs[".aligned_centered.txt"] = aligned(doc, True)
        outs[".flat.txt"] = tcl(TCL_FLAT, doc)
        outs[".oneline.txt"] = tcl(TCL_ONELINE, doc)
        for suf, b in outs.items():
            with open(base + suf, "wb") as f:
                f.write(b)
        xlsx(doc, base + ".xlsx")
        docx_file(doc, base + ".docx")
        print(doc_id)


if __name__ == "__main__":
    main()
