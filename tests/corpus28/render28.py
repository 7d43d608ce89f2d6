"""blind28 renderer (own code; shares nothing with the parser or with earlier renderers).
Usage: python render28.py <corpus folder>   (writes docs/<doc>.* from data/<doc>.json)

Story: a crawler saved each published document's tables as JSON ({"title", "tables": [{"rows": [[cell|null, …]]}]},
one table a project: title row, 单位 row, header block, grid header, grid; a merged continuation cell null, an empty
cell of its own "").  Analysts then made the text shapes from that JSON and from the department's XLSX/DOCX with
the real tools on this machine (polars, duckdb, jq, awk, util-linux column) or, where no tool is here, an exact
imitation (the FineReport PDF read back by pdftotext, a Go crawler's log line)."""

import datetime
import io
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

import duckdb
import openpyxl
import polars as pl
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Side
from openpyxl.utils import get_column_letter

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
DATA, DOCS, TMP = os.path.join(ROOT, "data"), os.path.join(ROOT, "docs"), "/tmp/b28render"
CATS = ("一级指标", "二级指标")
FIXED = datetime.datetime(2025, 3, 14, 9, 30, 0)


# ------------------------------------------------------------------ staging (the crawler's JSON rows)
def stage_project(title, p):
    rows = [[title], ["单位：万元"]]
    h = p["header"]
    i = 0
    while i < len(h):
        k, v = h[i]
        nk = h[i + 1][0] if i + 1 < len(h) else None
        if k in ("主管部门", "项目属性") and nk in ("实施单位", "项目期"):
            rows.append([k, v, nk, h[i + 1][1]])
            i += 2
            continue
        if k == "项目资金（万元）":
            j, first = i + 1, True
            while j < len(h) and not (h[j][0].endswith("目标") or h[j][0] == "实际完成情况"):
                rows.append([k if first else None, h[j][0], h[j][1]])
                first = False
                j += 1
            i = j
            continue
        rows.append([k, v])
        i += 1
    rows.append(list(p["columns"]))
    cats = [j for j, c in enumerate(p["columns"]) if c in CATS]
    for r in p["rows"]:
        rows.append([None if (j in cats and c == "") else c for j, c in enumerate(r)])
    return rows


def load(doc_id):
    doc = json.load(open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8"))
    tables = [stage_project(doc["title"], p) for p in doc["projects"]]
    return doc, tables


def write(path, data):
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


# ------------------------------------------------------------------ shapes
def crawler_json(doc, tables):
    return json.dumps({"title": doc["title"], "tables": [{"rows": t} for t in tables]}, ensure_ascii=False)


def run(cmd, stdin=None):
    return subprocess.run(cmd, input=stdin, capture_output=True, check=True).stdout


def shape_pipe(tables):
    """polars 1.x/2.x DataFrame printed with tbl_formatting ASCII_MARKDOWN (a notebook's stdout saved)."""
    out = []
    cfg = dict(tbl_formatting="ASCII_MARKDOWN", tbl_rows=-1, tbl_cols=-1, fmt_str_lengths=1000, tbl_width_chars=30000)
    for t in tables:
        w = max(len(r) for r in t)
        df = pl.DataFrame(
            [r + [None] * (w - len(r)) for r in t],
            orient="row",
            schema=[("column_%d" % i, pl.String) for i in range(w)],
        )
        with pl.Config(**cfg):
            out.append(str(df))
    return "\n\n".join(out) + "\n"


def sheet_rows(tables):
    rows = []
    for t in tables:
        rows += t
    w = max(len(r) for r in rows)
    return [r + [None] * (w - len(r)) for r in rows], w


def shape_pipe_bare(tables, path):
    """duckdb COPY … TO (DELIMITER '|', HEADER) of the sheet as read_xlsx(header=false, all_varchar=true) gives it:
    columns named by Excel letters, every empty cell NULL."""
    rows, w = sheet_rows(tables)
    names = [get_column_letter(i + 1) for i in range(w)]
    df = pl.DataFrame(
        [[c if c != "" else None for c in r] for r in rows], orient="row", schema=[(n, pl.String) for n in names]
    )
    con = duckdb.connect()
    con.register("sheet", df.to_arrow())
    con.execute("COPY sheet TO '%s' (DELIMITER '|', HEADER)" % path)
    con.close()


def shape_csv(tables):
    """polars DataFrame(rows, orient='row') of the crawler's rows, write_csv(include_bom=True): UTF-8 BOM, LF,
    quoting only where needed, null → nothing, "" → \"\"."""
    rows, w = sheet_rows(tables)
    df = pl.DataFrame(rows, orient="row", schema=[("column_%d" % i, pl.String) for i in range(w)])
    buf = io.BytesIO()
    df.write_csv(buf, include_bom=True)
    return buf.getvalue()


def shape_flat(tables):
    """duckdb `SELECT concat(COLUMNS(*)) FROM sheet` (concat skips NULLs), each result row printed."""
    rows, w = sheet_rows(tables)
    df = pl.DataFrame(rows, orient="row", schema=[("c%d" % i, pl.String) for i in range(w)])
    con = duckdb.connect()
    con.register("sheet", df.to_arrow())
    got = con.execute("SELECT concat(%s) FROM sheet" % ", ".join("c%d" % i for i in range(w))).fetchall()
    con.close()
    return "".join(g[0] + "\n" for g in got)


def go_v(rows):
    """Go's fmt %v of a [][]string: [[a b] [c  d]] (an empty string leaves nothing between its spaces)."""
    return "[" + " ".join("[" + " ".join(c if c is not None else "" for c in r) + "]" for r in rows) + "]"


def shape_oneline(doc_id, tables):
    """a Go crawler's log: log.Printf("%s 表%d %v", docID, n, rows), one PROJECT a line, the log's date prefix."""
    out = []
    for n, t in enumerate(tables, 1):
        out.append("2025/03/14 09:%02d:%02d %s 表%d %s\n" % (31 + n, 7 * n, doc_id, n, go_v(t)))
    return "".join(out)


# ---- aligned_centered: FineReport's PDF (cells centred both ways) read back by pdftotext -layout (own imitation)
WIDTH = {"序号": 8, "一级指标": 12, "二级指标": 18, "三级指标": 28, "指标名称": 28, "指标内容": 28}


def colw(c):
    if c in WIDTH:
        return WIDTH[c]
    if "指标值" in c or c == "目标值":
        return 18
    if c in ("权重", "分值", "得分"):
        return 6
    return max(10, min(20, dw(c)))


def wrap(text, width):
    lines, cur = [], ""
    for part in text.split("\n"):
        cur = ""
        for tok in re.findall(r"[0-9A-Za-z.%]+|.", part, re.S):  # an ASCII run is not broken unless it must be
            if dw(tok) > width:
                tok_chars = list(tok)
            else:
                tok_chars = [tok]
            for t in tok_chars:
                if cur and dw(cur + t) > width:
                    lines.append(cur)
                    cur = ""
                cur += t
        lines.append(cur)
    return lines or [""]


def place(lines, height, top):
    pad = top if top is not None else (height - len(lines)) // 2
    return [""] * pad + lines + [""] * (height - len(lines) - pad)


def lay(cells, widths, centre, MARGIN, GAP):
    """one block of lines from cells [(text, width)], each centred vertically (rounding down) or at the top."""
    wrapped = [wrap(t or "", w) for t, w in zip(cells, widths)]
    h = max(len(x) for x in wrapped)
    cols = [place(x, h, None if centre else 0) for x in wrapped]
    return [line_of([c[i] for c in cols], widths, MARGIN, GAP) for i in range(h)]


def line_of(pieces, widths, MARGIN, GAP):
    s = " " * MARGIN
    for j, (p, w) in enumerate(zip(pieces, widths)):
        s += p + " " * (w - dw(p)) + (" " * GAP if j < len(widths) - 1 else "")
    return s.rstrip()


def shape_aligned(doc, centre, PAGE, MARGIN, GAP):
    pages, cur = [], []

    def emit(block, repeat=None):
        nonlocal cur
        if len(cur) + len(block) > PAGE:
            pages.append(cur)
            cur = list(repeat or [])
        cur += block

    for p in doc["projects"]:
        cols = p["columns"]
        widths = [colw(c) for c in cols]
        total = sum(widths) + GAP * (len(widths) - 1)
        emit(
            [
                " " * MARGIN + " " * max(0, (total - dw(doc["title"])) // 2) + doc["title"],
                "",
                " " * MARGIN + " " * (total - dw("单位：万元")) + "单位：万元",
            ]
        )
        kw, vw = 18, total - 18 - GAP
        for row in stage_project(doc["title"], p)[2:]:
            if row == cols:
                break
            if len(row) == 4:
                hw = (total - 2 * GAP - 2 * 18) // 2
                emit(lay(row, [18, hw, 18, hw], centre, MARGIN, GAP))
            elif len(row) == 3:
                emit(lay([row[0] or "", row[1] + "  " + row[2]], [kw, vw], centre, MARGIN, GAP))
            else:
                emit(lay(row, [kw, vw], centre, MARGIN, GAP))
        head = lay(cols, widths, centre, MARGIN, GAP)
        emit([""] + head)
        # row blocks; the category labels are laid afterwards over each page part of their block
        cats = [j for j, c in enumerate(cols) if c in CATS]
        rowlines = []
        for r in p["rows"]:
            cells = ["" if (j in cats and centre) else c for j, c in enumerate(r)]
            rowlines.append(lay(cells, widths, centre, MARGIN, GAP))
        # paginate rows (never split a row), remembering the part each row falls in
        part_rows, parts = [], []
        for i, block in enumerate(rowlines):
            if len(cur) + len(block) > PAGE:
                parts.append(part_rows)
                pages.append(cur)
                cur = list(head)
                part_rows = []
            start = len(cur)
            cur += block
            part_rows.append((i, len(pages), start, len(block)))
        parts.append(part_rows)
        # labels: per category column, per block, per page part: centred over the part's lines (rounding down)
        for j in cats if centre else []:
            blocks, open_ = [], None
            for i, r in enumerate(p["rows"]):
                opens = r[j] != "" or (j == cats[-1] and len(cats) > 1 and r[cats[0]] != "")
                if opens or open_ is None:
                    open_ = [r[j], i, i]
                    blocks.append(open_)
                else:
                    open_[2] = i
            for label, a, b in blocks:
                if not label:
                    continue
                for part in parts:
                    span = [x for x in part if a <= x[0] <= b]
                    if not span:
                        continue
                    pg, top = span[0][1], span[0][2]
                    height = sum(x[3] for x in span)
                    lines = wrap(label, widths[j])
                    off = max(0, (height - len(lines)) // 2)
                    page = cur if pg == len(pages) else pages[pg]
                    col0 = MARGIN + sum(widths[:j]) + GAP * j
                    for k, text in enumerate(lines):
                        idx = top + off + k
                        while idx >= len(page):
                            page.append("")
                        ln = page[idx]
                        ln = ln + " " * max(0, col0 - dw(ln)) if dw(ln) < col0 else ln
                        page[idx] = put(ln, col0, text, widths[j])
        emit([""])
    pages.append(cur)
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, 1):
        if centre:  # FineReport's foot
            body = [l.rstrip() for l in pg] + [""] * (PAGE - len(pg))
            out.append("\n".join(body) + "\n\n" + " " * 60 + "第 %d 页 共 %d 页\n" % (i, n))
        else:  # Generic / Text Only: the page's lines, CRLF, a form feed ends every page
            out.append("".join(l.rstrip() + "\r\n" for l in pg) + "\f")
    return "\f".join(out) if centre else "".join(out)


def put(line, col0, text, width):
    """write text at display column col0 of line (the cells there are blank: merged label columns)."""
    cells, pos = [], 0
    for ch in line:
        cells.append((pos, ch))
        pos += dw(ch)
    left = "".join(ch for p, ch in cells if p < col0)
    right_start = col0 + width
    right = "".join(ch for p, ch in cells if p >= right_start)
    mid = text + " " * (width - dw(text))
    return (left + " " * (col0 - dw(left)) + mid + right).rstrip()


# ------------------------------------------------------------------ XLSX and DOCX (byte-stable)
def restamp(path):
    zin = zipfile.ZipFile(path)
    items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    stamp = b"2025-03-14T09:30:00Z"  # openpyxl writes the save time as dcterms:modified; fixed here
    items = [
        (
            n,
            re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*", rb"\g<1>" + stamp, d)
            if n == "docProps/core.xml"
            else d,
        )
        for n, d in items
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def shape_xlsx(doc, tables, path):
    """a budget system's export: a sheet per project named by its project code (XM2025-0n), real merges, the grid
    header frozen and set as the print titles."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    for n, (p, t) in enumerate(zip(doc["projects"], tables), 1):
        ws = wb.create_sheet("XM2025-%02d" % n)
        W = len(p["columns"])
        gh = None
        for i, row in enumerate(t, 1):
            if row == p["columns"]:
                gh = i
            for j, v in enumerate(row, 1):
                if v is not None:
                    c = ws.cell(i, j, v)
                    c.alignment = Alignment(wrap_text=True, vertical="center")
                    c.number_format = "@"
            if i == 1:
                ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=W)
                ws.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
            elif i == 2:
                ws.cell(2, 1).value = None
                ws.cell(2, W, "单位：万元")
            elif gh is None and len(row) < W:
                last = len(row)
                if len(row) == 4:  # pairs: key, value, key, value over W columns
                    half = W // 2
                    ws.cell(i, 3).value = None
                    ws.cell(i, 4).value = None
                    ws.cell(i, half + 1, row[2])
                    ws.cell(i, half + 2, row[3])
                    if half > 2:
                        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=half)
                    if W > half + 2:
                        ws.merge_cells(start_row=i, start_column=half + 2, end_row=i, end_column=W)
                elif last < W:
                    ws.merge_cells(start_row=i, start_column=last, end_row=i, end_column=W)
        # money label merged down
        money = [i for i, r in enumerate(t, 1) if len(r) == 3 and (r[0] == "项目资金（万元）" or r[0] is None)]
        if len(money) > 1:
            ws.merge_cells(start_row=money[0], start_column=1, end_row=money[-1], end_column=1)
        # grid merges
        cats = [j for j, c in enumerate(p["columns"]) if c in CATS]
        for j in cats:
            start = None
            for i in range(gh + 1, len(t) + 1):
                v = t[i - 1][j]
                if v is not None:
                    if start and i - 1 > start:
                        ws.merge_cells(start_row=start, start_column=j + 1, end_row=i - 1, end_column=j + 1)
                    start = i
            if start and len(t) > start:
                ws.merge_cells(start_row=start, start_column=j + 1, end_row=len(t), end_column=j + 1)
        for row in ws.iter_rows(min_row=3, max_row=len(t), max_col=W):
            for c in row:
                c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        ws.freeze_panes = ws.cell(gh + 1, 1)
        ws.print_title_rows = "%d:%d" % (gh, gh)
        for j, c in enumerate(p["columns"], 1):
            ws.column_dimensions[get_column_letter(j)].width = max(8, min(30, colw(c) + 2))
    wb.properties.created = wb.properties.modified = FIXED
    wb.properties.creator = "budget"
    wb.save(path)
    restamp(path)


def shade_merge_down(table, col, a, b):
    if b > a:
        table.cell(a, col).merge(table.cell(b, col))


def shape_docx(doc, tables, path):
    """the department's Word file laid out as ONE table per project: the header block rows and the grid in the same
    table (the grid's width), header values merged across, 一级/二级 merged down; title above, 单位 right."""
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for n, (p, t) in enumerate(zip(doc["projects"], tables)):
        if n:
            d.add_paragraph("")
        tp = d.add_paragraph(doc["title"])
        tp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        up = d.add_paragraph("单位：万元")
        up.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        W = len(p["columns"])
        body = t[2:]
        table = d.add_table(rows=len(body), cols=W)
        table.style = "Table Grid"
        gh = body.index(p["columns"])
        money = [i for i, r in enumerate(body[:gh]) if len(r) == 3]
        for i, row in enumerate(body):
            if i < gh:
                if len(row) == 4:
                    half = W // 2
                    a = table.cell(i, 0)
                    a.text = row[0]
                    v1 = table.cell(i, 1).merge(table.cell(i, max(1, half - 1)))
                    v1.text = row[1]
                    table.cell(i, half).text = row[2]
                    v2 = table.cell(i, min(W - 1, half + 1)).merge(table.cell(i, W - 1))
                    v2.text = row[3]
                elif len(row) == 3:
                    if row[0] is not None:
                        table.cell(i, 0).text = row[0]
                    table.cell(i, 1).text = row[1]
                    table.cell(i, 2).merge(table.cell(i, W - 1)).text = row[2]
                else:
                    table.cell(i, 0).text = row[0]
                    table.cell(i, 1).merge(table.cell(i, W - 1)).text = row[1]
            else:
                for j, v in enumerate(row):
                    if v:
                        cell = table.cell(i, j)
                        parts = v.split("\n")
                        cell.text = parts[0]
                        for extra in parts[1:]:
                            cell.add_paragraph(extra)
        if len(money) > 1:
            table.cell(money[0], 0).merge(table.cell(money[-1], 0))
        # header row repeats on every page
        trPr = table.rows[gh]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        th.set(qn("w:val"), "true")
        trPr.append(th)
        cats = [j for j, c in enumerate(p["columns"]) if c in CATS]
        for j in cats:
            start = None
            for i in range(gh + 1, len(body)):
                if body[i][j] is not None:
                    if start is not None:
                        shade_merge_down(table, j, start, i - 1)
                    start = i
            if start is not None:
                shade_merge_down(table, j, start, len(body) - 1)
    cp = d.core_properties
    cp.created = cp.modified = FIXED
    cp.author = cp.last_modified_by = "budget"
    cp.revision = 1
    d.save(path)
    restamp(path)


# ------------------------------------------------------------------ main
def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(TMP, exist_ok=True)
    for f in sorted(os.listdir(DATA)):
        doc_id = f[:-5]
        doc, tables = load(doc_id)
        base = os.path.join(DOCS, doc_id)
        js = os.path.join(TMP, doc_id + ".json")
        write(js, crawler_json(doc, tables))
        write(base + ".pipe.txt", shape_pipe(tables))
        shape_pipe_bare(tables, base + ".pipe_bare.txt")
        write(base + ".tab.tsv", run(["jq", "-r", ".tables[].rows[] | @tsv", js]))
        write(base + ".csv", shape_csv(tables))
        lines = run(["jq", "-r", '.tables[].rows[][] | . // ""', js])
        write(base + ".lines.txt", lines)
        write(base + ".lines_dropped.txt", run(["awk", "NF"], lines))
        write(base + ".aligned_top.txt", shape_aligned(doc, False, 60, 0, 2).encode("gb18030"))
        write(base + ".aligned_centered.txt", shape_aligned(doc, True, 46, 4, 3))
        write(base + ".flat.txt", shape_flat(tables))
        write(base + ".oneline.txt", shape_oneline(doc_id, tables))
        shape_xlsx(doc, tables, base + ".xlsx")
        shape_docx(doc, tables, base + ".docx")
        print(doc_id)


if __name__ == "__main__":
    main()
