"""blind29 renderings: ten text shapes, an XLSX and a DOCX per document, from data/<doc>.json (own code).

Story: a county finance bureau's crawler stores every table it scrapes in SQLite, one row of cells a record
(`jx(id, proj, c1 … cW)`, a merged 一级/二级/对应任务 continuation cell NULL, an own-empty cell ''); analysts made the
shapes from it with the sqlite3 CLI (3.40.1) and coreutils/util-linux, and from the department's XLSX/DOCX.
Usage: python render29.py /work/blind29
"""

import csv
import io
import json
import re
import os
import subprocess
import sys
import unicodedata
import zipfile

import docx
import openpyxl
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Side
from openpyxl.utils import get_column_letter

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
MERGED = ("一级指标", "二级指标", "对应任务")  # columns whose "" below a label is a merged continuation (NULL)
PAIRS = (("主管部门", "实施单位"), ("项目属性", "项目期"))
FUND_KEY = "项目资金（万元）"


def sheet(doc):
    """The staged sheet: a list of (project index, kind, cells) with None for a merged continuation."""
    out = []
    for k, p in enumerate(doc["projects"]):
        out.append((k, "title", [doc["title"]]))
        out.append((k, "unit", ["单位：万元"]))
        h = p["header"]
        i = 0
        while i < len(h):
            key, v = h[i]
            nxt = h[i + 1] if i + 1 < len(h) else (None, None)
            if (key, nxt[0]) in PAIRS:
                out.append((k, "pair", [key, v, nxt[0], nxt[1]]))
                i += 2
            elif key == FUND_KEY:
                j, first = i + 1, True
                while j < len(h) and (
                    h[j][0].endswith("资金")
                    or h[j][0].endswith("资金总额")
                    or h[j][0].endswith("拨款")
                    or h[j][0].endswith("数")
                    or h[j][0] == "其他资金"
                ):
                    out.append((k, "money", [key if first else None, h[j][0], h[j][1]]))
                    first = False
                    j += 1
                i = j
            else:
                out.append((k, "kv", [key, v]))
                i += 1
        out.append((k, "ghead", list(p["columns"])))
        merged = [j for j, c in enumerate(p["columns"]) if c in MERGED]
        for ri, row in enumerate(p["rows"]):
            cells = list(row)
            for j in merged:
                if cells[j] == "" and ri > 0:
                    cells[j] = None
            out.append((k, "grid", cells))
    return out


def width(rows):
    return max(len(c) for _, _, c in rows)


def padded(rows, w):
    return [c + [None] * (w - len(c)) for _, _, c in rows]


def q(s):
    return "NULL" if s is None else "'" + s.replace("'", "''") + "'"


def sqlite(rows, w, script):
    """Load the staged sheet into the sqlite3 CLI and run `script` (real sqlite3)."""
    cols = ", ".join("c%d TEXT" % (i + 1) for i in range(w))
    sql = ["CREATE TABLE jx(id INTEGER PRIMARY KEY, proj INTEGER, %s);" % cols, "BEGIN;"]
    for n, ((k, _, _), cells) in enumerate(zip(rows, padded(rows, w))):
        sql.append("INSERT INTO jx VALUES(%d, %d, %s);" % (n + 1, k, ", ".join(q(c) for c in cells)))
    sql.append("COMMIT;")
    sql.append(script)
    r = subprocess.run(["sqlite3", ":memory:"], input="\n".join(sql).encode("utf-8"), capture_output=True, check=True)
    return r.stdout


def cols_sel(w):
    return ", ".join("c%d" % (i + 1) for i in range(w))


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


# ------------------------------------------------------------------ the shapes
def shape_pipe(rows, w, nproj):
    """sqlite3 `.mode table` (headers on, NULL as ''), one SELECT a project, a `.print` line between."""
    s = [".headers on", ".nullvalue ''", ".mode table"]
    for k in range(nproj):
        if k:
            s.append(".print ''")
        s.append("SELECT %s FROM jx WHERE proj=%d ORDER BY id;" % (cols_sel(w), k))
    return sqlite(rows, w, "\n".join(s))


def shape_tab(rows, w):
    """sqlite3 `.mode tabs`, no header line, NULL as ''."""
    return sqlite(rows, w, ".headers off\n.nullvalue ''\n.mode tabs\nSELECT %s FROM jx ORDER BY id;" % cols_sel(w))


def shape_pipe_bare(rows, w, nproj):
    """each project's `.mode tabs` output through util-linux `column -t -s $'\\t' -o ' | '`; a blank line between."""
    out = []
    for k in range(nproj):
        tsv = sqlite(
            rows,
            w,
            ".headers off\n.nullvalue ''\n.mode tabs\nSELECT %s FROM jx WHERE proj=%d ORDER BY id;" % (cols_sel(w), k),
        )
        r = subprocess.run(
            ["column", "-t", "-s", "\t", "-o", " | "],
            input=tsv,
            capture_output=True,
            check=True,
            env=dict(os.environ, LC_ALL="C.UTF-8"),
        )
        out.append(r.stdout)
    return b"\n".join(out)


def shape_lines(tab):
    """`tr '\\t' '\\n' < x.tab.tsv`: every cell (padding included) a line."""
    return subprocess.run(["tr", "\\t", "\\n"], input=tab, capture_output=True, check=True).stdout


def shape_lines_dropped(lines):
    """`grep -v '^[[:space:]]*$'`."""
    return subprocess.run(["grep", "-v", "^[[:space:]]*$"], input=lines, capture_output=True, check=True).stdout


def shape_aligned_top(rows, w):
    """sqlite3 `.mode column --wrap 14 --wordwrap off --noquote`, headers on: columns by CHARACTER count (sqlite
    3.40 does not measure CJK width), cells wrapped every 14 characters, top-aligned."""
    return sqlite(
        rows,
        w,
        ".headers on\n.nullvalue ''\n.mode column --wrap 14 --wordwrap off --noquote\n"
        "SELECT %s FROM jx ORDER BY id;" % cols_sel(w),
    )


def shape_flat(rows, w):
    """sqlite3 list mode of `coalesce(c1,'')||coalesce(c2,'')||…`: a row a line, cells glued."""
    expr = "||".join("coalesce(c%d,'')" % (i + 1) for i in range(w))
    return sqlite(rows, w, ".headers off\n.mode list\nSELECT %s FROM jx ORDER BY id;" % expr)


def shape_oneline(rows, w, nproj):
    """per project: its cells one a line piped into `xargs` (echo): one line a project, cells one space apart,
    empty cells gone, runs of spaces inside a cell one space."""
    out = []
    for k in range(nproj):
        cells = [c or "" for (kk, _, _), r in zip(rows, padded(rows, w)) if kk == k for c in r]
        r = subprocess.run(["xargs"], input=("\n".join(cells) + "\n").encode("utf-8"), capture_output=True, check=True)
        out.append(r.stdout)
    return b"".join(out)


# ------------------------------------------------------------------ aligned_centered: a GRP-U8 report print
PAGE_LINES = 44
CENTRE_WIDTH = {
    "序号": 6,
    "一级指标": 12,
    "二级指标": 14,
    "三级指标": 24,
    "指标内容": 24,
    "指标名称": 24,
    "对应任务": 12,
}


def wrap(s, wd):
    lines, cur = [], ""
    for ch in s:
        if dw(cur + ch) > wd:
            lines.append(cur)
            cur = ""
        cur += ch
    if cur or not lines:
        lines.append(cur)
    return lines


def cell_width(name):
    if name in CENTRE_WIDTH:
        return CENTRE_WIDTH[name]
    if name in ("权重", "分值", "得分", "符号", "计算符号", "指标性质", "计量单位", "度量单位"):
        return 8
    return 16


def put(line, col, text):
    line = line + " " * max(0, col - dw(line))
    return line + text


def shape_aligned_centered(doc):
    """用友 GRP-U8 预算管理's report preview printed to PDF and read back with `pdftotext -layout` (own imitation):
    a page head `打印时间：2025-03-14` / the report name, the header block as `key：value` lines, the grid in display
    columns (CJK = 2) three spaces apart, every cell centred vertically in its row (rounding down), merged 一级/二级/
    对应任务 labels centred over their block's lines within each page, the grid header again on a new page, the foot
    `第 n 页 / 共 m 页`; CRLF line ends, a form feed between pages."""
    body = []  # list of (kind, lines) blocks: 'text' lines or 'grid' for a project grid
    for p in doc["projects"]:
        t = doc["title"]
        body.append(("text", [" " * max(0, (100 - dw(t)) // 2) + t, " " * 90 + "单位：万元"]))
        hl = []
        for k, v in p["header"]:
            hl.append(k + "：" + v if v else k + "：")
        body.append(("text", hl + [""]))
        body.append(("grid", p))
        body.append(("text", [""]))
    pages, cur = [], []
    for kind, obj in body:
        if kind == "text":
            for ln in obj:
                if len(cur) >= PAGE_LINES:
                    pages.append(cur)
                    cur = []
                cur.append(ln)
            continue
        p = obj
        cols = p["columns"]
        wds = [cell_width(c) for c in cols]
        pos = [0]
        for x in wds[:-1]:
            pos.append(pos[-1] + x + 3)
        merged = [j for j, c in enumerate(cols) if c in MERGED]

        def line_of(cells):  # cells: list of strings per column
            ln = ""
            for j, s in enumerate(cells):
                if s:
                    ln = put(ln, pos[j], s)
            return ln.rstrip()

        head = [wrap(c, wds[j]) for j, c in enumerate(cols)]
        hh = max(len(x) for x in head)
        head_lines = [line_of([x[i] if i < len(x) else "" for x in head]) for i in range(hh)]
        # rows: wrapped own cells (merged columns left out, laid afterwards)
        rws = []
        for r in p["rows"]:
            wr = [[] if j in merged else wrap(s, wds[j]) if s else [] for j, s in enumerate(r)]
            h = max([len(x) for x in wr] + [1] + [len(wrap(r[j], wds[j])) for j in merged if r[j]])
            rws.append((r, wr, h))

        # page parts
        def start_part():
            nonlocal cur
            if len(cur) + hh + 1 > PAGE_LINES:
                pages.append(cur)
                cur = []
            cur.extend(head_lines)

        start_part()
        part = []  # (row index, first line index in cur)
        parts = [part]

        for ri, (r, wr, h) in enumerate(rws):
            if len(cur) + h > PAGE_LINES:
                parts.append(None)
                pages.append(cur)
                cur = []
                start_part()
                part = []
                parts.append(part)
            base = len(cur)
            lines = [""] * h
            for j, x in enumerate(wr):
                off = (h - len(x)) // 2
                for i, s in enumerate(x):
                    lines[off + i] = put(lines[off + i], pos[j], s) if False else lines[off + i]
            # build line by line with all columns in order
            grid = [["" for _ in cols] for _ in range(h)]
            for j, x in enumerate(wr):
                off = (h - len(x)) // 2
                for i, s in enumerate(x):
                    grid[off + i][j] = s
            cur.extend(["\x00ROW%d" % ri] * 0)
            for g in grid:
                cur.append(g)
            part.append((ri, base, h))
        # lay merged labels per page part, centred over their block's lines in that part
        # collect parts with their page object
        # (the parts list holds rows appended to pages in order; re-find them through markers)
        label_runs = []
        for j in merged:
            lab, runs = None, []
            for ri, (r, _, _) in enumerate(rws):
                if r[j] and (ri == 0 or r[j] != ""):
                    lab = r[j]
                    runs.append([lab, [ri]])
                elif j == merged[-1] and len(merged) > 1 and False:
                    pass
                else:
                    if runs:
                        runs[-1][1].append(ri)
            # an 二级 block also closes where the 一级 opens
            label_runs.append((j, runs))
        # map row -> (page list, base, h)
        rowloc = {}
        allpages = pages + [cur]
        pi_of = {}
        for pg in allpages:
            for i, ln in enumerate(pg):
                pass
        # rows were appended as lists; locate them by identity
        ident = {}
        for pidx, pg in enumerate(allpages):
            for i, ln in enumerate(pg):
                if isinstance(ln, list):
                    ident.setdefault(id(ln), (pidx, i))
        for ri, (r, wr, h) in enumerate(rws):
            pass
        # recover each row's first line from the parts bookkeeping
        flat_parts = [x for x in parts if x]
        locs = {}
        for prt in flat_parts:
            for ri, base, h in prt:
                locs[ri] = (base, h)
        # page index of each row: find its first grid list object
        row_page = {}
        for pidx, pg in enumerate(allpages):
            pass
        for prt in flat_parts:
            pass
        # we stored lists in pages; find them by scanning in order
        seq = []
        for pidx, pg in enumerate(allpages):
            for i, ln in enumerate(pg):
                if isinstance(ln, list):
                    seq.append((pidx, i))
        k = 0
        for ri, (r, wr, h) in enumerate(rws):
            row_page[ri] = seq[k]
            k += h
        for j, runs in label_runs:
            for lab, ris in runs:
                # split the run by page
                groups = {}
                for ri in ris:
                    groups.setdefault(row_page[ri][0], []).append(ri)
                first = True
                for pidx, g in sorted(groups.items()):
                    if not first and False:
                        continue
                    pg = allpages[pidx]
                    top = row_page[g[0]][1]
                    bot = row_page[g[-1]][1] + rws[g[-1]][2] - 1
                    wl = wrap(lab, wds[j])
                    off = top + (bot - top + 1 - len(wl)) // 2
                    for i, s in enumerate(wl):
                        pg[off + i][j] = s
                    first = False
        # turn the row lists into text
        for pg in allpages:
            for i, ln in enumerate(pg):
                if isinstance(ln, list):
                    pg[i] = line_of(ln)
        if cur is not allpages[-1]:
            pass
    pages.append(cur)
    n = len(pages)
    out = []
    for i, pg in enumerate(pages):
        lines = ["打印时间：2025-03-14 10:26" + " " * 60 + "用友GRP-U8 预算管理"] + [""] + pg
        lines += [""] * (PAGE_LINES + 2 - len(lines)) + [" " * 48 + "第 %d 页 / 共 %d 页" % (i + 1, n)]
        out.append("\r\n".join(lines) + "\r\n")
    return "\f".join(out).encode("utf-8")


# ------------------------------------------------------------------ XLSX and DOCX
def make_xlsx(doc, rows, w, path):
    """openpyxl: ONE sheet `绩效目标表`, the projects stacked with an empty row between; title merged across, header
    values merged to the right edge (pairs in halves), `项目资金（万元）` merged down its money rows, REAL merged
    一级/二级/对应任务 blocks; each project's rows grouped (outline level 1) under its title row; an autofilter on the
    LAST project's grid header; fixed document dates (byte-stable)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    al = Alignment(wrap_text=True, vertical="center")
    rr = 1
    last_head = None
    prev = None
    money_start = None
    for (k, kind, cells), pc in zip(rows, padded(rows, w)):
        if prev is not None and k != prev:
            rr += 1  # an empty row between projects
        prev = k
        for j, c in enumerate(cells):
            if c is not None:
                ce = ws.cell(row=rr, column=j + 1, value=c)
                ce.alignment = al
                ce.border = bd
                ce.number_format = "@"
        if kind == "title":
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=w)
        elif kind == "unit":
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=w)
        elif kind == "kv":
            ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=w)
        elif kind == "pair" and w >= 6:
            h = w // 2
            ws.cell(row=rr, column=3, value=None)
            ws.cell(row=rr, column=4, value=None)
            for jj, vv in ((h + 1, cells[2]), (h + 2, cells[3])):
                ce = ws.cell(row=rr, column=jj, value=vv)
                ce.alignment, ce.border, ce.number_format = al, bd, "@"
            ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=h)
            ws.merge_cells(start_row=rr, start_column=h + 2, end_row=rr, end_column=w)
        elif kind == "money":
            if cells[0] is not None:
                money_start = rr
            ws.merge_cells(start_row=rr, start_column=3, end_row=rr, end_column=w)
        if kind != "money" and money_start is not None:
            if rr - 1 > money_start:
                ws.merge_cells(start_row=money_start, start_column=1, end_row=rr - 1, end_column=1)
            money_start = None
        if kind == "ghead":
            last_head = rr
            ghead = cells
            grid_start = rr + 1
            blocks = {j: None for j, c in enumerate(cells) if c in MERGED}
        if kind == "grid":
            for j in blocks:
                if cells[j] is not None:
                    blocks[j] = rr
            # close blocks at the project end or when the next row opens a block
        ws.row_dimensions[rr].outlineLevel = 0 if kind == "title" else 1
        rr += 1
    # merges of the category blocks: rescan the sheet
    r = 1
    while r <= ws.max_row:
        if ws.cell(row=r, column=1).value is not None and any(
            ws.cell(row=r, column=j + 1).value in MERGED for j in range(w)
        ):
            head = [ws.cell(row=r, column=j + 1).value for j in range(w)]
            cols = [j for j, c in enumerate(head) if c in MERGED]
            end = r + 1
            while (
                end <= ws.max_row
                and any(ws.cell(row=end, column=j + 1).value not in (None,) for j in range(w))
                and ws.cell(row=end, column=1).value != doc["title"]
            ):
                end += 1
            for j in cols:
                a = None
                for x in range(r + 1, end):
                    v = ws.cell(row=x, column=j + 1).value
                    if v is not None:
                        if a is not None and x - 1 > a:
                            ws.merge_cells(start_row=a, start_column=j + 1, end_row=x - 1, end_column=j + 1)
                        a = x
                if a is not None and end - 1 > a:
                    ws.merge_cells(start_row=a, start_column=j + 1, end_row=end - 1, end_column=j + 1)
            r = end
        r += 1
    for j in range(w):
        ws.column_dimensions[get_column_letter(j + 1)].width = 16
    if last_head:
        ws.auto_filter.ref = "A%d:%s%d" % (last_head, get_column_letter(w), last_head)
    wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2025, 3, 14, 9, 0, 0)
    wb.properties.creator = "GRP-U8"
    buf = io.BytesIO()
    wb.save(buf)
    write(path, restamp(buf.getvalue()))


def restamp(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps `modified` with the clock: fix it
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-03-14T09:00:00Z", body)
                body = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2025-03-14T09:00:00Z", body)
            z.writestr(zi, body)
    return out.getvalue()


def make_docx(doc, path):
    """python-docx: per project a centred title, `单位：万元` right, the header block as a 2-column table (money keys
    `项目资金（万元）` + key in one cell `项目资金（万元）—年度资金总额`? no: key | value rows as printed), then the grid
    as its own `Table Grid` table with 一级/二级/对应任务 blocks merged down (vMerge); landscape for coded and
    self-evaluation documents; 仿宋 10.5 pt; fixed core dates."""
    d = docx.Document()
    if doc["variant"] in ("coded", "self_evaluation"):
        sec = d.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    st = d.styles["Normal"]
    st.font.name = "仿宋"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")
    for k, p in enumerate(doc["projects"]):
        if k:
            d.add_paragraph("")
        t = d.add_paragraph(doc["title"])
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        u = d.add_paragraph("单位：万元")
        u.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        ht = d.add_table(rows=0, cols=2)
        ht.style = "Table Grid"
        for key, v in p["header"]:
            c = ht.add_row().cells
            c[0].text, c[1].text = key, v
        d.add_paragraph("")
        cols = p["columns"]
        gt = d.add_table(rows=1 + len(p["rows"]), cols=len(cols))
        gt.style = "Table Grid"
        for j, c in enumerate(cols):
            gt.cell(0, j).text = c
        merged = [j for j, c in enumerate(cols) if c in MERGED]
        for i, r in enumerate(p["rows"]):
            for j, v in enumerate(r):
                if j not in merged or v:
                    gt.cell(i + 1, j).text = v
        for j in merged:
            a = None
            n = len(p["rows"])
            for i in range(n + 1):
                opens = (
                    i == n
                    or p["rows"][i][j] != ""
                    or (
                        j == merged[-1]
                        and len(merged) > 1
                        and cols[j] == "二级指标"
                        and p["rows"][i][cols.index("一级指标")] != ""
                    )
                )
                if opens:
                    if a is not None and i - 1 > a:
                        gt.cell(a + 1, j).merge(gt.cell(i, j))
                    a = i
    d.core_properties.created = d.core_properties.modified = __import__("datetime").datetime(2025, 3, 14, 9, 0, 0)
    d.core_properties.author = "示例"
    buf = io.BytesIO()
    d.save(buf)
    write(path, restamp(buf.getvalue()))


def main():
    os.makedirs(DOCS, exist_ok=True)
    for fn in sorted(os.listdir(DATA)):
        doc_id = fn[:-5]
        doc = json.load(open(os.path.join(DATA, fn), encoding="utf-8"))
        rows = sheet(doc)
        w = width(rows)
        n = len(doc["projects"])
        base = os.path.join(DOCS, doc_id)
        write(base + ".pipe.txt", shape_pipe(rows, w, n))
        write(base + ".pipe_bare.txt", shape_pipe_bare(rows, w, n))
        tab = shape_tab(rows, w)
        write(base + ".tab.tsv", tab)
        lines = shape_lines(tab)
        write(base + ".lines.txt", lines)
        write(base + ".lines_dropped.txt", shape_lines_dropped(lines))
        write(base + ".aligned_top.txt", shape_aligned_top(rows, w))
        write(base + ".aligned_centered.txt", shape_aligned_centered(doc))
        write(base + ".flat.txt", shape_flat(rows, w))
        write(base + ".oneline.txt", shape_oneline(rows, w, n))
        make_xlsx(doc, rows, w, base + ".xlsx")
        wb = openpyxl.load_workbook(base + ".xlsx")
        s = io.StringIO()
        cw = csv.writer(s, dialect="unix")
        for row in wb["绩效目标表"].iter_rows(values_only=True):
            cw.writerow(["" if v is None else v for v in row])
        write(base + ".csv", s.getvalue().encode("utf-8"))
        make_docx(doc, base + ".docx")
        print(doc_id, w)


if __name__ == "__main__":
    main()
