"""Render /work/blind60/data/<doc>.json into ten text shapes, an XLSX and a DOCX (own code; shares nothing with the
parser under test or with any earlier corpus's renderer).  Real tools run here: tclsh 8.6 (pipe), mawk (pipe_bare),
sqlite3 (lines, lines_dropped, flat), tclsh again (oneline).  Usage: python render60.py /work/blind60

The staged SHEET of a document (every shape starts from it): the title row [title]; per project its header pairs
[key, value], the grid header, the grid rows (merged continuation 一级/二级 cells ""), and an empty row [""]
between two projects.  W = the widest row of the document."""

import csv
import io
import json
import re
import os
import subprocess
import sys
import unicodedata
import zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
TMP = "/tmp/b60render"
CAT = ("一级指标", "二级指标")
FIXED = (2025, 1, 6, 9, 0, 0)


def sheet(doc):
    rows = [[doc["title"]]]
    for i, p in enumerate(doc["projects"]):
        if i:
            rows.append([""])
        rows += [list(kv) for kv in p["header"]]
        rows.append(list(p["columns"]))
        rows += [list(r) for r in p["rows"]]
    return rows


def run(cmd, inp=None):
    return subprocess.run(cmd, input=inp, capture_output=True, check=True).stdout


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


# ------------------------------------------------------------------ .tab.tsv: WPS 表格 clipboard pasted in Notepad
def tab(rows, W):
    """A rectangular range (every row padded to W with empty cells, trailing tabs kept), tab between cells, CRLF
    row ends (the last row too), a cell holding a line break quoted with "" and its LF kept inside; Notepad's
    'UTF-8 with BOM'."""
    out = []
    for r in rows:
        cells = r + [""] * (W - len(r))
        out.append("\t".join('"%s"' % c.replace('"', '""') if ("\n" in c or '"' in c) else c for c in cells))
    return ("\ufeff" + "\r\n".join(out) + "\r\n").encode("utf-8")


# ------------------------------------------------------------------ .pipe_bare.txt: mawk over the Notepad file
def pipe_bare(tabfile):
    return run(["mawk", "-F", "\t", "-v", "OFS=|", "{$1=$1; print}", tabfile])


# ------------------------------------------------------------------ .pipe.txt: tclsh Markdown for a ZenTao wiki page
TCL_PIPE = r"""
fconfigure stdin -encoding utf-8 -translation lf
fconfigure stdout -encoding utf-8 -translation lf
set first 1
while {[gets stdin line] >= 0} {
    set row [split $line "\x1f"]
    if {$line eq ""} { puts ""; set first 1; continue }
    set cells {}
    foreach c $row { lappend cells [string map {"|" "\\|" "\x1e" "<br>"} $c] }
    puts "| [join $cells { | }] |"
    if {$first} {
        set sep "|"
        foreach c $row { append sep " --- |" }
        puts $sep
        set first 0
    }
}
"""


def pipe(rows):
    # staged for Tcl as one row a line, cells parted by US (0x1f), an in-cell line break as RS (0x1e)
    src = "\n".join("\x1f".join(c.replace("\n", "\x1e") for c in r) for r in rows) + "\n"
    return run(["tclsh", os.path.join(TMP, "pipe.tcl")], src.encode("utf-8"))


# ------------------------------------------------------------------ .csv: CR-only rows (Excel for Mac's "CSV (Macintosh)")
def csv_mac(rows, W):
    """Own imitation of Excel for Mac's "CSV (Macintosh)" save: CR (0x0D) alone ends every row (the last too), a
    field quoted only when it holds a comma, a quote, a CR or an LF (an in-cell line break stays an LF inside the
    quotes), quotes doubled, every row padded to the range width W, UTF-8 without a BOM.  (python's csv module
    with lineterminator="\r" would leave an LF-holding field unquoted, so the quoting is written out here.)"""
    out = []
    for r in rows:
        cells = r + [""] * (W - len(r))
        out.append(",".join('"%s"' % c.replace('"', '""') if any(x in c for x in ',"\r\n') else c for c in cells))
    return "".join(x + "\r" for x in out).encode("utf-8")


# ------------------------------------------------------------------ sqlite3 archive: lines, lines_dropped, flat
def sqlite_shapes(rows, doc_id):
    db = os.path.join(TMP, doc_id + ".sql")
    with open(db, "w", encoding="utf-8") as f:
        f.write("CREATE TABLE sheet(rn INTEGER PRIMARY KEY, cells TEXT);\n")
        for i, r in enumerate(rows, 1):
            f.write("INSERT INTO sheet VALUES(%d, '%s');\n" % (i, json.dumps(r, ensure_ascii=False).replace("'", "''")))
    q_lines = "SELECT j.value FROM sheet, json_each(sheet.cells) AS j ORDER BY sheet.rn, j.key;"
    q_drop = "SELECT j.value FROM sheet, json_each(sheet.cells) AS j WHERE j.value <> '' ORDER BY sheet.rn, j.key;"
    q_flat = "SELECT (SELECT group_concat(value, '') FROM json_each(sheet.cells)) FROM sheet ORDER BY rn;"
    out = {}
    for k, q in (("lines", q_lines), ("lines_dropped", q_drop), ("flat", q_flat)):
        out[k] = run(["sqlite3", "-batch", "-init", db, ":memory:", ".mode list", q], b"")
    return out


# ------------------------------------------------------------------ .oneline.txt: tclsh, a project a line
TCL_ONE = r"""
fconfigure stdin -encoding utf-8 -translation binary
fconfigure stdout -encoding utf-8 -translation lf
set text [encoding convertfrom utf-8 [read stdin]]
foreach part [split [string map [list "\n\n" "\x1d"] $text] "\x1d"] {
    puts [string map [list "\n" ""] $part]
}
"""


def oneline(flat):
    return run(["tclsh", os.path.join(TMP, "one.tcl")], flat)


# ------------------------------------------------------------------ aligned text (own imitation of a layout copy)
def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def wrap(text, width):
    out = []
    for para in text.split("\n"):
        line = ""
        for ch in para:
            if dw(line + ch) > width:
                out.append(line)
                line = ch
            else:
                line += ch
        out.append(line)
    return out or [""]


CAPS = {"一级指标": 12, "二级指标": 14, "三级指标": 24, "指标名称": 24, "指标内容": 24}
PAGE = 50  # lines of text a page


def pad(s, w):
    return s + " " * (w - dw(s))


def aligned(doc, centred):
    out = []  # lines of the whole document, pages added afterwards
    marks = []  # (line index where a grid starts, header line text) for repeating the grid header
    out += ["", " " * 30 + doc["title"], ""]
    for p in doc["projects"]:
        for k, v in p["header"]:
            vl = wrap(v, 60)
            out.append(("    " + pad(k, 20) + vl[0]).rstrip())
            for x in vl[1:]:
                out.append(" " * 24 + x)
        cols, rows = p["columns"], p["rows"]
        widths = []
        for j, c in enumerate(cols):
            cap = CAPS.get(c, 16)
            widths.append(max(min(max(dw(x) for x in [c] + [r[j] for r in rows]), cap), dw(c) if dw(c) <= cap else cap))
        cells = [[wrap(x, widths[j]) for j, x in enumerate(r)] for r in rows]
        heads = [wrap(c, widths[j]) for j, c in enumerate(cols)]
        cat_j = [j for j, c in enumerate(cols) if c in CAT]

        def render(line_cells, n):
            lines = []
            for k in range(n):
                s = "  " + "   ".join(pad(lc[k] if k < len(lc) else "", widths[j]) for j, lc in enumerate(line_cells))
                lines.append(s.rstrip())
            return lines

        hlines = render(heads, max(len(h) for h in heads))
        out.append("")
        start = len(out)
        out += hlines
        # rows without their labels first, then labels laid over
        heights, grid = [], []
        for r, cr in zip(rows, cells):
            body = [([] if j in cat_j else cr[j]) for j in range(len(cols))]
            h = max([len(cr[j]) for j in range(len(cols)) if j not in cat_j] + [1])
            if not centred:
                h = max([h] + [len(cr[j]) for j in cat_j])
            heights.append(h)
            grid.append(body)
        # label blocks: (column, first row, row after the last); a label taller than its block's rows lengthens
        # the block's last row (the cell grows in the print)
        blocks = []
        for jj, j in enumerate(cat_j):
            i = 0
            while i < len(rows):
                e = i + 1
                while e < len(rows) and rows[e][j] == "" and not (jj == 1 and rows[e][cat_j[0]] != ""):
                    e += 1
                if rows[i][j] != "":
                    blocks.append((j, i, e))
                    need = len(cells[i][j]) - sum(heights[i:e])
                    if need > 0:
                        heights[e - 1] += need
                i = e
        lines_of = []  # per grid row its first line number within the grid
        n = 0
        for h in heights:
            lines_of.append(n)
            n += h
        canvas = [[[] for _ in cols] for _ in range(n)]  # per line, per column: one text piece or nothing
        for i, body in enumerate(grid):
            for j, lc in enumerate(body):
                for k, piece in enumerate(lc):
                    canvas[lines_of[i] + k][j] = [piece]
        for j, i, e in blocks:
            label = cells[i][j]
            a, b = lines_of[i], (lines_of[e] if e < len(rows) else n)
            first = a if not centred else a + max(0, (b - a - len(label)) // 2)
            for k, piece in enumerate(label):
                canvas[first + k][j] = [piece]
        for line in canvas:
            s = "  " + "   ".join(pad(line[j][0] if line[j] else "", widths[j]) for j in range(len(cols)))
            out.append(s.rstrip())
        marks.append((start, len(hlines), len(out)))
        out.append("")
    # pages: PAGE lines, then an empty line, the foot, a form feed; a grid cut by the page gets its header again
    pages, cur, page_no = [], [], 1
    i = 0
    while i < len(out):
        if len(cur) == PAGE:
            pages.append(cur)
            cur = []
            for s, hn, e in marks:
                if s + hn <= i < e:
                    cur += out[s : s + hn]
        cur.append(out[i])
        i += 1
    pages.append(cur)
    text = []
    for k, pg in enumerate(pages, 1):
        text += pg + ["", " " * 40 + "第 %d 页，共 %d 页" % (k, len(pages))]
    body = "\n".join(text).replace("第 1 页", "第 1 页")
    parts = body.split("\n")
    res, pg = [], 0
    for line in parts:
        res.append(line)
    txt = "\n".join(res) + "\n"
    # a form feed before each page but the first (after the foot line)
    for k in range(1, len(pages)):
        txt = txt.replace("第 %d 页，共 %d 页\n" % (k, len(pages)), "第 %d 页，共 %d 页\n\f" % (k, len(pages)), 1)
    return txt.encode("utf-8")


# ------------------------------------------------------------------ xlsx / docx
def fix_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":  # openpyxl stamps the save time over the workbook's own
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2025-01-06T09:00:00Z\g<2>", data
                )
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def xlsx(doc, path, W):
    import datetime

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    wb.properties.creator = "示例市财政局"
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 1, 6, 9, 0, 0)
    r = 1
    ws.cell(r, 1, doc["title"]).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=W)
    r += 1
    for pi, p in enumerate(doc["projects"]):
        if pi:
            r += 1
        for k, v in p["header"]:
            ws.cell(r, 1, k)
            if v != "":
                ws.cell(r, 2, v).alignment = Alignment(wrap_text=True)
            if W > 2:
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=W)
            r += 1
        for j, c in enumerate(p["columns"], 1):
            ws.cell(r, j, c).font = Font(bold=True)
        r += 1
        top = r
        for row in p["rows"]:
            for j, c in enumerate(row, 1):
                if c != "":
                    ws.cell(r, j, c).alignment = Alignment(wrap_text=True, vertical="center")
            r += 1
        for j, c in enumerate(p["columns"]):
            if c not in CAT:
                continue
            rows = p["rows"]
            i = 0
            while i < len(rows):
                e = i + 1
                while (
                    e < len(rows)
                    and rows[e][j] == ""
                    and not (c == "二级指标" and rows[e][0 if p["columns"][0] == "一级指标" else j - 1] != "")
                ):
                    e += 1
                if rows[i][j] != "" and e - i > 1:
                    ws.merge_cells(start_row=top + i, start_column=j + 1, end_row=top + e - 1, end_column=j + 1)
                i = e
    wb.save(path)
    fix_zip(path)


def docx(doc, path):
    import datetime

    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.core_properties.author = "示例市财政局"
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2025, 1, 6, 9, 0, 0)
    d.core_properties.last_modified_by = "示例市财政局"
    st = d.styles["Normal"]
    st.font.size = Pt(9)
    for p in doc["projects"]:
        d.add_paragraph(doc["title"])
        cols = p["columns"]
        W = len(cols)
        t = d.add_table(rows=len(p["header"]) + 1 + len(p["rows"]), cols=W)
        t.style = "Table Grid"
        for i, (k, v) in enumerate(p["header"]):
            t.cell(i, 0).text = k
            m = t.cell(i, 1).merge(t.cell(i, W - 1)) if W > 2 else t.cell(i, 1)
            m.text = v
        h0 = len(p["header"])
        for j, c in enumerate(cols):
            t.cell(h0, j).text = c
        top = h0 + 1
        for i, row in enumerate(p["rows"]):
            for j, c in enumerate(row):
                if c != "":
                    t.cell(top + i, j).text = c
        rows = p["rows"]
        for j, c in enumerate(cols):
            if c not in CAT:
                continue
            i = 0
            while i < len(rows):
                e = i + 1
                while (
                    e < len(rows)
                    and rows[e][j] == ""
                    and not (c == "二级指标" and "一级指标" in cols and rows[e][cols.index("一级指标")] != "")
                ):
                    e += 1
                if rows[i][j] != "" and e - i > 1:
                    text = rows[i][j]
                    m = t.cell(top + i, j).merge(t.cell(top + e - 1, j))
                    m.text = text
                i = e
        d.add_paragraph("")
    d.save(path)
    fix_zip(path)


def main():
    os.makedirs(TMP, exist_ok=True)
    os.makedirs(DOCS, exist_ok=True)
    with open(os.path.join(TMP, "pipe.tcl"), "w") as f:
        f.write(TCL_PIPE)
    with open(os.path.join(TMP, "one.tcl"), "w") as f:
        f.write(TCL_ONE)
    for fn in sorted(os.listdir(DATA)):
        doc_id = fn[:-5]
        doc = json.load(open(os.path.join(DATA, fn), encoding="utf-8"))
        rows = sheet(doc)
        W = max(len(r) for r in rows)
        base = os.path.join(DOCS, doc_id)
        write(base + ".tab.tsv", tab(rows, W))
        write(base + ".pipe_bare.txt", pipe_bare(base + ".tab.tsv"))
        write(base + ".pipe.txt", pipe(rows))
        write(base + ".csv", csv_mac(rows, W))
        sq = sqlite_shapes(rows, doc_id)
        write(base + ".lines.txt", sq["lines"])
        write(base + ".lines_dropped.txt", sq["lines_dropped"])
        write(base + ".flat.txt", sq["flat"])
        write(base + ".oneline.txt", oneline(sq["flat"]))
        write(base + ".aligned_top.txt", aligned(doc, False))
        write(base + ".aligned_centered.txt", aligned(doc, True))
        xlsx(doc, base + ".xlsx", W)
        docx(doc, base + ".docx")
        print(doc_id, "ok")


if __name__ == "__main__":
    main()
