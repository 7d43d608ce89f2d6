"""Render data/<doc>.json of blind58 into ten text shapes, an XLSX and a DOCX (own code; polars, duckdb and pandas
run for real).  Usage: python render58.py /work/blind58

Story: the district's 预算绩效管理系统 keeps each project as rows of its own widths (title 1 cell, header key/value
2 cells, grid rows the grid's width, merged continuation 一级/二级 cells empty); staff and scripts take it out.
"""

import csv
import io
import json
import os
import sys
import unicodedata
import zipfile

import duckdb
import openpyxl
import pandas as pd
import polars as pl
from docx import Document
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
CATS = ("一级指标", "二级指标")
FIXED = (2025, 1, 6, 9, 30, 0)


def load(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


def sheet(doc):
    """Rows as the system holds them: (kind, cells, merged flags); merged = a continuation 一级/二级 cell."""
    out = [("title", [doc["title"]], [False])]
    for p in doc["projects"]:
        for k, v in p["header"]:
            out.append(("pair", [k, v], [False, False]))
        out.append(("head", list(p["columns"]), [False] * len(p["columns"])))
        cat = [j for j, c in enumerate(p["columns"]) if c in CATS]
        for r in p["rows"]:
            out.append(("grid", list(r), [j in cat and r[j] == "" for j in range(len(r))]))
    return out


def projects(doc):
    """The sheet cut per project (the title row goes with the first)."""
    rows = sheet(doc)
    parts, cur = [], [rows[0]]
    for row in rows[1:]:
        if row[0] == "pair" and row[1][0] == "项目名称" and any(x[0] == "grid" for x in cur):
            parts.append(cur)
            cur = []
        cur.append(row)
    parts.append(cur)
    return parts


def width(doc):
    return max(len(p["columns"]) for p in doc["projects"])


def write(path, data):
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


# ---------------------------------------------------------------- pipe: Joplin rich-text editor → Markdown
def pipe(doc):
    """Joplin's rich-text editor saving a pasted Word table (turndown + GFM plugin, own imitation): a table with no
    <th> row gets an EMPTY header row, then `| --- |`; `|` escaped `\\|`; a line break in a cell `<br>`; an empty
    cell `|  |`; each project's table as wide as its grid; a blank line between tables; LF."""
    out = ["# " + doc["title"], ""]
    for part in projects(doc):
        rows = [r for r in part if r[0] != "title"]
        w = max(len(r[1]) for r in rows)
        esc = lambda s: s.replace("|", "\\|").replace("\n", "<br>")  # noqa: E731
        out.append("| " + " | ".join([""] * w) + " |")
        out.append("| " + " | ".join(["---"] * w) + " |")
        for _, cells, _m in rows:
            cells = cells + [""] * (w - len(cells))
            out.append("| " + " | ".join(esc(c) for c in cells) + " |")
        out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------- pipe_bare: polars write_csv(separator="|")
def padded_frame(doc, null_merged=True):
    W = width(doc)
    cols = ["column_%d" % i for i in range(W)]
    recs = []
    for _, cells, merged in sheet(doc):
        row = [None if (m and null_merged) else c for c, m in zip(cells, merged)] + [None] * (W - len(cells))
        recs.append(row)
    return cols, recs


def pipe_bare(doc, path):
    cols, recs = padded_frame(doc)
    df = pl.DataFrame(recs, schema={c: pl.String for c in cols}, orient="row")
    df.write_csv(path, separator="|", null_value="")


# ---------------------------------------------------------------- tab: LibreOffice Calc copy → gedit
def tab(doc):
    """LibreOffice Calc: the used range copied (Ctrl+C) and pasted into gedit, saved UTF-8, LF (own imitation with
    python's csv excel-tab dialect): every row padded to the used range's width with tabs, a cell quoted only when
    it holds a tab, a quote or a line break; a final line end."""
    W = width(doc)
    s = io.StringIO()
    w = csv.writer(s, dialect="excel-tab", lineterminator="\n")
    for _, cells, _m in sheet(doc):
        w.writerow(cells + [""] * (W - len(cells)))
    return s.getvalue()


# ---------------------------------------------------------------- csv: duckdb COPY TO
def stage(con, doc, name):
    W = width(doc)
    con.execute(
        "CREATE OR REPLACE TABLE %s (rn INTEGER, %s)" % (name, ", ".join("c%02d VARCHAR" % i for i in range(1, W + 1)))
    )
    for rn, (_, cells, merged) in enumerate(sheet(doc), 1):
        row = [None if m else c for c, m in zip(cells, merged)] + [None] * (W - len(cells))
        con.execute("INSERT INTO %s VALUES (%s)" % (name, ", ".join(["?"] * (W + 1))), [rn] + row)
    return W


def csv_duckdb(doc, path):
    """duckdb 2.0.1 (run for real): the sheet staged as jx58(rn, c01…cW), merged and padding cells NULL, then
    COPY (SELECT c01…cW ORDER BY rn) TO 'x.csv' (HEADER false): NULL written as nothing, an empty string as `""`,
    a field quoted when it holds `,` `"` or a line break, LF."""
    con = duckdb.connect()
    W = stage(con, doc, "jx58")
    con.execute(
        "COPY (SELECT %s FROM jx58 ORDER BY rn) TO '%s' (HEADER false)"
        % (", ".join("c%02d" % i for i in range(1, W + 1)), path)
    )
    con.close()


# ---------------------------------------------------------------- lines: duckdb unnest, one cell a line
def cells_query(doc, dropped):
    con = duckdb.connect()
    con.execute("CREATE TABLE cell (rn INTEGER, cn INTEGER, v VARCHAR)")
    for rn, (_, cells, merged) in enumerate(sheet(doc), 1):
        for cn, (c, m) in enumerate(zip(cells, merged), 1):
            con.execute("INSERT INTO cell VALUES (?, ?, ?)", [rn, cn, None if m else c])
    where = "WHERE v IS NOT NULL AND v <> ''" if dropped else ""
    rows = con.execute("SELECT coalesce(v, '') FROM cell %s ORDER BY rn, cn" % where).fetchall()
    con.close()
    return "".join(r[0] + "\n" for r in rows)


# ---------------------------------------------------------------- aligned: a legacy 报表 print to text
def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def wrap(s, w):
    lines, cur = [], ""
    for ch in s:
        if dw(cur + ch) > w:
            lines.append(cur)
            cur = ""
        cur += ch
    if cur or not lines:
        lines.append(cur)
    return lines


def pad(s, w):
    return s + " " * (w - dw(s))


COLW = {"一级指标": 12, "二级指标": 14, "三级指标": 24, "指标名称": 24, "序号": 6}
PAGE = 56


def aligned(doc, centred):
    """A 财政 legacy 报表 system's "打印到文本文件" (own imitation): display width (CJK 2), left margin 1, two spaces
    between columns; per project the title centred over 100 columns, the header block as `key` in a 22-column field
    and its value wrapped at 76; the grid under a rule of `=` and its header, a rule of `-` under the header, cells
    wrapped in place in columns as wide as their widest cell up to 12/14/24/16; merged 一级/二级 printed on the
    first line of their block (top) or on the middle line of the block's lines (centred, rounding down); a page
    is 56 lines, its foot `第 n 页` and a form feed, the grid header repeated under the next page's top; CRLF."""
    lines = []
    for p in doc["projects"]:
        lines.append("")
        t = doc["title"]
        lines.append(" " * max(1, (100 - dw(t)) // 2) + t)
        lines.append("")
        for k, v in p["header"]:
            vl = wrap(v, 76) if v else [""]
            lines.append((" " + pad(k, 22) + "  " + vl[0]).rstrip())
            for x in vl[1:]:
                lines.append(" " * 25 + x)
        cols = p["columns"]
        ws = []
        for j, c in enumerate(cols):
            cap = COLW.get(c, 16)
            ws.append(min(cap, max([dw(c)] + [dw(r[j]) for r in p["rows"]])))
            ws[-1] = max(ws[-1], 4)
        rule = " " + "=" * (sum(ws) + 2 * (len(ws) - 1))
        headl = [
            " " + "  ".join(pad(x, w) for x, w in zip(row, ws)).rstrip()
            for row in zip(*pad_cells([wrap(c, w) for c, w in zip(cols, ws)]))
        ]
        head = [rule] + headl + [" " + "-" * (sum(ws) + 2 * (len(ws) - 1))]
        lines.append("")
        lines += [("HEAD", x) for x in head]
        cat = [j for j, c in enumerate(cols) if c in CATS]
        # wrapped rows
        wr = []
        for r in p["rows"]:
            cells = [wrap(c, w) if j not in cat else [c] for j, (c, w) in enumerate(zip(r, ws))]
            wr.append(cells)
        # category blocks
        place = {}
        for j in cat:
            blocks, cur = [], None
            for i, r in enumerate(p["rows"]):
                opens = r[j] != "" or (j == cat[-1] and len(cat) > 1 and r[cat[0]] != "")
                if opens or cur is None:
                    cur = [i, i]
                    blocks.append(cur)
                else:
                    cur[1] = i
            for a, b in blocks:
                label = p["rows"][a][j]
                place[(a, j)] = ("label", label, a, b)
        heights = [max(len(c) for j, c in enumerate(cells) if j not in cat) for cells in wr]
        # label line positions
        cells_at = {}
        for (a, j), (_, label, a0, b0) in place.items():
            lab = wrap(label, ws[j]) if label else []
            if not lab:
                continue
            if centred:
                total = sum(heights[a0 : b0 + 1])
                mid = max(0, (total - len(lab)) // 2)
            else:
                mid = 0
            # line index inside the block → (row, line)
            for k, piece in enumerate(lab):
                pos = mid + k
                i = a0
                while i < b0 and pos >= heights[i]:
                    pos -= heights[i]
                    i += 1
                if pos >= heights[i]:
                    heights[i] = pos + 1
                cells_at[(i, j, pos)] = piece
        for i, cells in enumerate(wr):
            for ln in range(heights[i]):
                row = []
                for j, w in enumerate(ws):
                    if j in cat:
                        row.append(cells_at.get((i, j, ln), ""))
                    else:
                        row.append(cells[j][ln] if ln < len(cells[j]) else "")
                lines.append(("ROW", " " + "  ".join(pad(x, w) for x, w in zip(row, ws)).rstrip(), head))
        lines.append("")
    # paginate
    out, n, page = [], 0, 1
    cur_head = None
    for item in lines:
        if isinstance(item, tuple):
            kind, text = item[0], item[1]
            if kind == "HEAD":
                cur_head = None
            if kind == "ROW":
                cur_head = item[2]
        else:
            kind, text = "TEXT", item
        if n >= PAGE - 2:
            out.append("")
            out.append(" " * 46 + "第 %d 页" % page)
            out.append("\f")
            page += 1
            n = 0
            if kind == "ROW" and cur_head:
                for h in cur_head:
                    out.append(h)
                    n += 1
        out.append(text)
        n += 1
    out.append("")
    out.append(" " * 46 + "第 %d 页" % page)
    text = "\r\n".join(out) + "\r\n"
    return text.replace("\r\n\f\r\n", "\r\n\f")


def pad_cells(lists):
    h = max(len(x) for x in lists)
    return [x + [""] * (h - len(x)) for x in lists]


# ---------------------------------------------------------------- flat and oneline: pandas str.cat
def flat(doc):
    """pandas 3.1.1 (run for real): the sheet's rows of their own widths as a frame (object dtype, padding NaN),
    `df.fillna("").agg("".join, axis=1).str.cat(sep="\\n")`: a row a line, its cells glued with nothing, merged and
    empty cells giving nothing; LF and a final line end."""
    W = width(doc)
    recs = [cells + [None] * (W - len(cells)) for _, cells, _m in sheet(doc)]
    df = pd.DataFrame(recs, dtype=object)
    s = df.fillna("").agg("".join, axis=1)
    return s.str.cat(sep="\n") + "\n"


def oneline(doc):
    """Each project's part of the flat file through GNU sed -z 's/\\n//g' (NUL-separated records, so the whole part
    is one record and every line end goes; imitated with str.replace): ONE PROJECT A LINE, the document title glued
    before the first project's 项目名称; the lines joined with LF, a final LF."""
    out = []
    for part in projects(doc):
        W = width(doc)
        recs = [cells + [None] * (W - len(cells)) for _, cells, _m in part]
        s = pd.DataFrame(recs, dtype=object).fillna("").agg("".join, axis=1)
        out.append(s.str.cat(sep="\n").replace("\n", ""))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- xlsx and docx
def fix_zip(path):
    """Fixed zip entry dates, so the file is byte-stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re

                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-06T09:30:00Z", data)
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def xlsx(doc, path):
    """openpyxl: one sheet `绩效目标` for the whole document; the title merged across A..last (bold 14) on row 1;
    per project its header block (key in A, value merged B..last, wrapped), its grid header (bold) and rows with
    real merged 一级/二级 blocks (vertical centre), an empty row between projects; column widths set."""
    import datetime

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标"
    W = width(doc)
    ws.cell(1, 1, doc["title"]).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=W)
    row = 2
    for p in doc["projects"]:
        for k, v in p["header"]:
            ws.cell(row, 1, k)
            ws.cell(row, 2, v if v != "" else None).alignment = Alignment(wrap_text=True)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=W)
            row += 1
        for j, c in enumerate(p["columns"], 1):
            ws.cell(row, j, c).font = Font(bold=True)
        row += 1
        top = row
        cat = [j for j, c in enumerate(p["columns"]) if c in CATS]
        for r in p["rows"]:
            for j, c in enumerate(r, 1):
                if c != "":
                    ws.cell(row, j, c)
            row += 1
        for j in cat:
            i = 0
            rows = p["rows"]
            while i < len(rows):
                k = i + 1
                while (
                    k < len(rows) and rows[k][j] == "" and not (j == cat[-1] and len(cat) > 1 and rows[k][cat[0]] != "")
                ):
                    k += 1
                if k - i > 1 and rows[i][j] != "":
                    ws.merge_cells(start_row=top + i, start_column=j + 1, end_row=top + k - 1, end_column=j + 1)
                    ws.cell(top + i, j + 1).alignment = Alignment(vertical="center", wrap_text=True)
                i = k
        row += 1
    for j in range(1, W + 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = 18
    wb.properties.creator = "示例市预算绩效管理系统"
    wb.properties.created = wb.properties.modified = datetime.datetime(*FIXED)
    wb.save(path)
    fix_zip(path)


def docx_file(doc, path):
    """python-docx: 10 pt; per project the title paragraph, a `Table Grid` table of the header block (key | value),
    an empty paragraph, then a second `Table Grid` table of the grid with 一级/二级 merged DOWN."""
    import datetime

    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    for p in doc["projects"]:
        d.add_paragraph(doc["title"])
        t = d.add_table(rows=len(p["header"]), cols=2)
        t.style = "Table Grid"
        for i, (k, v) in enumerate(p["header"]):
            t.cell(i, 0).text = k
            t.cell(i, 1).text = v
        d.add_paragraph("")
        cols = p["columns"]
        g = d.add_table(rows=1 + len(p["rows"]), cols=len(cols))
        g.style = "Table Grid"
        for j, c in enumerate(cols):
            g.cell(0, j).text = c
        for i, r in enumerate(p["rows"], 1):
            for j, c in enumerate(r):
                if c != "":
                    g.cell(i, j).text = c
        cat = [j for j, c in enumerate(cols) if c in CATS]
        rows = p["rows"]
        for j in cat:
            i = 0
            while i < len(rows):
                k = i + 1
                while (
                    k < len(rows) and rows[k][j] == "" and not (j == cat[-1] and len(cat) > 1 and rows[k][cat[0]] != "")
                ):
                    k += 1
                if k - i > 1 and rows[i][j] != "":
                    g.cell(i + 1, j).merge(g.cell(k, j))
                i = k
        d.add_paragraph("")
    cp = d.core_properties
    cp.author = "示例市预算绩效管理系统"
    cp.created = cp.modified = datetime.datetime(*FIXED)
    cp.last_modified_by = ""
    cp.revision = 1
    d.save(path)
    fix_zip(path)


def main():
    os.makedirs(DOCS, exist_ok=True)
    for name in sorted(os.listdir(DATA)):
        doc_id = name[:-5]
        doc = load(doc_id)
        b = os.path.join(DOCS, doc_id)
        write(b + ".pipe.txt", pipe(doc))
        pipe_bare(doc, b + ".pipe_bare.txt")
        write(b + ".tab.tsv", tab(doc))
        csv_duckdb(doc, b + ".csv")
        write(b + ".lines.txt", cells_query(doc, False))
        write(b + ".lines_dropped.txt", cells_query(doc, True))
        write(b + ".aligned_top.txt", aligned(doc, False))
        write(b + ".aligned_centered.txt", aligned(doc, True))
        write(b + ".flat.txt", flat(doc))
        write(b + ".oneline.txt", oneline(doc))
        xlsx(doc, b + ".xlsx")
        docx_file(doc, b + ".docx")
        print(doc_id)


if __name__ == "__main__":
    main()
