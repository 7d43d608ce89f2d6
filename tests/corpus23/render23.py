"""Render data/<doc>.json of a blind corpus into ten text shapes and an XLSX (docs/<doc>.*).

My own renderer for blind23 (no code shared with the parser, with tests/corpus/render.py or any earlier
corpus's renderer).  Usage: python render23.py /work/blind23

One sheet model per project (model() below): the title; the header block (项目名称 | v; 主管部门 | v | 实施单位 | v;
项目属性 | v | 项目期 | v; other keys k | v; 项目资金（万元） merged DOWN over its money rows, each money row
`key-or-merged | money key | amount`; each goal k | v); the grid header; the grid with merged 一级/二级 blocks.
Each shape's story and exact choices are in README.md ("Renderings").
"""

import datetime
import io
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
DOCS = os.path.join(HERE, "docs")

GOALS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")
MONEY = "项目资金（万元）"
CATS = ("一级指标", "二级指标")
M = None  # a merged continuation cell


# ------------------------------------------------------------------ the sheet model
def header_rows(header):
    rows, i = [], 0
    while i < len(header):
        k, v = header[i]
        nxt = header[i + 1][0] if i + 1 < len(header) else None
        if (k, nxt) in (("主管部门", "实施单位"), ("项目属性", "项目期")):
            rows.append(("pair", [k, v, nxt, header[i + 1][1]]))
            i += 2
        elif k == MONEY:
            j, first = i + 1, True
            while j < len(header) and header[j][0] not in GOALS:
                rows.append(("money", [k if first else M, header[j][0], header[j][1]]))
                first = False
                j += 1
            i = j
        else:
            rows.append(("goal" if k in GOALS else "single", [k, v]))
            i += 1
    return rows


def grid_rows(columns, rows):
    cats = [columns.index(c) for c in CATS if c in columns]
    out = []
    for i, r in enumerate(rows):
        r = list(r)
        if i and len(cats) == 2:
            j1, j2 = cats
            top = r[j1] != ""
            if r[j1] == "":
                r[j1] = M
            if r[j2] == "" and not top:
                r[j2] = M
        out.append(r)
    return out


def blocks(grid, j):
    """[start, end] row ranges of the merged blocks of column j (a block = a labelled row and its M rows)."""
    out = []
    for i, r in enumerate(grid):
        if r[j] is M:
            out[-1][1] = i
        else:
            out.append([i, i])
    return out


def model(doc):
    out = []
    for p in doc["projects"]:
        out.append(
            {
                "title": doc["title"],
                "header": header_rows(p["header"]),
                "columns": p["columns"],
                "grid": grid_rows(p["columns"], p["rows"]),
                "cats": [p["columns"].index(c) for c in CATS if c in p["columns"]],
                "pairs": p["header"],
            }
        )
    return out


def sheet_rows(proj):
    """The project's rows as a sheet: title, header block, grid header, grid (M = merged continuation)."""
    rows = [[proj["title"]]]
    rows += [cells for _, cells in proj["header"]]
    rows.append(list(proj["columns"]))
    rows += proj["grid"]
    return rows


def staged(doc_model):
    """The whole document as one staging table: every row padded to the widest with NULL (M), a NULL row between
    projects. Merged continuations are NULL, an empty cell of its own is ''."""
    rows = []
    for k, proj in enumerate(doc_model):
        if k:
            rows.append([])
        rows += sheet_rows(proj)
    w = max(len(r) for r in rows)
    return [r + [M] * (w - len(r)) for r in rows], w


# ------------------------------------------------------------------ display width helpers
def cw(ch):
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def dw(s):
    return sum(cw(c) for c in s)


CLOSING = set("，。、；：）》”！？％")


def tokens(s):
    out, run = [], ""
    for ch in s:
        if cw(ch) == 1 and ch != " ":
            run += ch
            continue
        if run:
            out.append(run)
            run = ""
        out.append(ch)
    if run:
        out.append(run)
    return out


def wrap(s, width):
    """Lines of s within width display columns: a narrow (ASCII-like) run is never broken unless it alone is wider
    than the column (then it is cut by character); a closing mark never starts a line (it stays at the end of the
    line before, overhanging the column by its width); a space at a line start or end is dropped."""
    if s == "":
        return []
    lines, cur = [], ""
    for t in tokens(s):
        if dw(cur) + dw(t) <= width:
            cur += t
            continue
        if t in CLOSING and cur:
            cur += t
            continue
        if cur.strip():
            lines.append(cur.rstrip())
        cur = "" if t == " " else t
        while dw(cur) > width:  # a run wider than the column: cut by character
            cut = ""
            for ch in cur:
                if dw(cut) + cw(ch) > width:
                    break
                cut += ch
            lines.append(cut)
            cur = cur[len(cut) :]
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def put(line, col, text):
    """Place text at display column col of line (a list of display cells)."""
    need = col + dw(text)
    while len(line) < need:
        line.append(" ")
    pos = col
    for ch in text:
        line[pos] = ch
        if cw(ch) == 2:
            line[pos + 1] = ""
        pos += cw(ch)


def flush(line):
    return "".join(line).rstrip()


# ------------------------------------------------------------------ .pipe.txt: Vimwiki tables
def vim_table(rows, header_rule):
    w = max(len(r) for r in rows)
    rows = [r + [""] * (w - len(r)) for r in rows]
    show = [["\\/" if c is M else c for c in r] for r in rows]
    widths = [max(dw(r[j]) for r in show) for j in range(w)]
    widths = [max(x, 3) for x in widths]
    out = []
    for i, r in enumerate(show):
        out.append("| " + " | ".join(c + " " * (widths[j] - dw(c)) for j, c in enumerate(r)) + " |")
        if header_rule and i == 0:
            out.append("|" + "|".join("-" * (x + 2) for x in widths) + "|")
    return out


def pipe(dm):
    out = []
    for k, proj in enumerate(dm):
        if k:
            out.append("")
        out.append("= %s =" % proj["title"])
        out.append("")
        out += vim_table([cells for _, cells in proj["header"]], False)
        out.append("")
        out += vim_table([list(proj["columns"])] + proj["grid"], True)
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ .pipe_bare.txt: Teradata BTEQ report export
def bteq(dm):
    rows, w = staged(dm)
    names = ["c%d" % (j + 1) for j in range(w)]
    show = [["?" if c is M else c for c in r] for r in rows]
    widths = [max([len(names[j])] + [len(r[j]) for r in show]) for j in range(w)]
    out = ["|".join(n.ljust(widths[j]) for j, n in enumerate(names)).rstrip()]
    out.append("|".join("-" * x for x in widths))
    for r in show:
        out.append("|".join(c.ljust(widths[j]) for j, c in enumerate(r)).rstrip())
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ .tab.tsv: SQL Server bcp queryout -c
def bcp(dm):
    rows, _ = staged(dm)
    out = []
    for r in rows:
        out.append("\t".join("" if c is M else (c if c != "" else "\x00") for c in r))
    return "\r\n".join(out) + "\r\n"


# ------------------------------------------------------------------ .csv: sqlite3 .mode quote (the real CLI)
def sqlite_quote(dm):
    rows, w = staged(dm)
    names = ["c%d" % (j + 1) for j in range(w)]
    sql = ["CREATE TABLE stg_jxmb(rn INTEGER PRIMARY KEY, %s);" % ", ".join(n + " TEXT" for n in names)]
    for i, r in enumerate(rows):
        vals = ["NULL" if c is M else "'" + c.replace("'", "''") + "'" for c in r]
        sql.append("INSERT INTO stg_jxmb VALUES(%d, %s);" % (i + 1, ", ".join(vals)))
    sql.append(".headers on")
    sql.append(".mode quote")
    sql.append("SELECT %s FROM stg_jxmb ORDER BY rn;" % ", ".join(names))
    res = subprocess.run(
        ["sqlite3", ":memory:"], input="\n".join(sql) + "\n", capture_output=True, text=True, check=True
    )
    return res.stdout


# ------------------------------------------------------------------ .lines.txt / .lines_dropped.txt: WPS 纯文本
def wps_lines(dm, drop):
    out = []
    for proj in dm:
        for r in sheet_rows(proj):
            for c in r:
                t = "" if c is M else c
                if drop and t == "":
                    continue
                out.append(t)
        if not drop:
            out.append("")  # the empty paragraph after each table
    return ("\r\n".join(out) + "\r\n").encode("gb18030")


# ------------------------------------------------------------------ .flat.txt: content-stream copy
def flat(dm):
    out = []
    for proj in dm:
        out.append(proj["title"])
        for kind, cells in proj["header"]:
            if kind == "money" and cells[0] is M:
                out.append("".join(cells[1:]))
            elif kind == "money":
                out.append("".join(cells[1:]) + cells[0])  # the merged key painted after its first row
            else:
                out.append("".join(cells))
        out.append("".join(proj["columns"]))
        grid = proj["grid"]
        late = {}  # row -> labels painted after the row's cells
        for j in proj["cats"]:
            for a, b in blocks(grid, j):
                if b > a:
                    late.setdefault(a, []).append(j)
        for i, r in enumerate(grid):
            line = "".join(c for j, c in enumerate(r) if c is not M and j not in late.get(i, []))
            line += "".join(r[j] for j in late.get(i, []))
            out.append(line)
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ .oneline.txt: JSON Lines, a project a line
def jsonl(dm):
    out = []
    for proj in dm:
        rec = {"文件标题": proj["title"]}
        for k, v in proj["pairs"]:
            rec[k] = v
        items, last = [], {}
        for r in proj["grid"]:
            row = {}
            for j, c in enumerate(r):
                if c is M:
                    c = last[j]  # rowspan expanded by the scraper
                row[proj["columns"][j]] = c
                last[j] = c
            items.append(row)
        rec["绩效指标"] = items
        out.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ aligned: pdftotext -layout of a Chrome print
MARGIN, GUT = 5, 3
KEY_W, SUB_W = 22, 22
PAGE_BODY = 56
PRINTED = "2025/3/14 10:26"
SMALL = {"度量单位", "计量单位", "指标性质", "计算符号", "符号", "权重", "权重（%）", "分值", "绩效标准"}
VALUES = {"指标值", "目标值", "年度指标值", "实施期指标值", "长期指标值", "中期指标值", "指标值及单位", "实际完成值"}
NAMES = {"三级指标", "指标名称", "指标内容"}


def col_width(name):
    if name == "序号":
        return 6
    if name == "一级指标":
        return 12
    if name == "二级指标":
        return 14
    if name in NAMES:
        return 24
    if name in VALUES:
        return 18
    if name == "得分":
        return 6
    if name in SMALL:
        return 10
    if name == "监测频次":
        return 12
    return 20  # free text


def grid_geometry(columns):
    widths = [col_width(c) for c in columns]
    starts, x = [], 0
    for w in widths:
        starts.append(x)
        x += w + GUT
    return widths, starts, x - GUT


def lay_rows(cells_rows, widths, centred, label_cols=(), grid=None):
    """Lines of a table: each row as tall as its tallest cell; cells top-aligned (centred=False) or vertically
    centred in their row rounding down (centred=True). Label columns: with centred=False the label stays in its
    block's first row; with centred=True it is lifted out and centred over its block's lines (rounding down; a
    block shorter than its label grows at its last row). Returns a list of rows, each a list of lines, each line a
    list of (column index, text)."""
    wrapped = [[wrap("" if c is M else c, widths[j]) for j, c in enumerate(r)] for r in cells_rows]
    lift = set(label_cols) if centred else set()
    heights = []
    for r in wrapped:
        heights.append(max([1] + [len(x) for j, x in enumerate(r) if j not in lift]))
    if lift:
        for j in lift:
            for a, b in blocks(grid, j):
                need = len(wrapped[a][j])
                have = sum(heights[a : b + 1])
                if need > have:
                    heights[b] += need - have
    rows = []
    for i, r in enumerate(wrapped):
        lines = [[] for _ in range(heights[i])]
        for j, parts in enumerate(r):
            if j in lift:
                continue
            off = (heights[i] - len(parts)) // 2 if centred else 0
            for k, t in enumerate(parts):
                lines[off + k].append((j, t))
        rows.append(lines)
    for j in lift:
        for a, b in blocks(grid, j):
            parts = wrapped[a][j]
            flat_lines = [(i, k) for i in range(a, b + 1) for k in range(heights[i])]
            off = (len(flat_lines) - len(parts)) // 2
            for k, t in enumerate(parts):
                i, kk = flat_lines[off + k]
                rows[i][kk].append((j, t))
    return rows


def render_line(items, starts):
    line = []
    for j, t in sorted(items):
        put(line, MARGIN + starts[j], t)
    return flush(line)


def header_lines(proj, twp, centred):
    """The mirror's header table: two columns (key | value spanning), a money row three (项目资金（万元） merged down
    over the money rows | money key | amount); pairs of the print (主管部门/实施单位, 项目属性/项目期) one row each."""
    hs = [0, KEY_W + GUT, KEY_W + GUT + SUB_W + GUT]
    vw = twp - hs[1]
    cells_rows, money = [], []
    for kind, cells in proj["header"]:
        if kind == "pair":
            cells_rows += [cells[:2], cells[2:]]
        elif kind == "money":
            money.append(len(cells_rows))
            cells_rows.append(cells)
        else:
            cells_rows.append(cells)
    widths = {0: KEY_W, 1: vw}
    wrapped = []
    for i, cells in enumerate(cells_rows):
        if i in money:
            wrapped.append([wrap("" if cells[0] is M else cells[0], KEY_W), wrap(cells[1], SUB_W), wrap(cells[2], 14)])
        else:
            wrapped.append([wrap(c, widths[j]) for j, c in enumerate(cells)])
    heights = [
        max([1] + [len(x) for j, x in enumerate(r) if not (i in money and j == 0)]) for i, r in enumerate(wrapped)
    ]
    rows = []
    for i, r in enumerate(wrapped):
        lines = [[] for _ in range(heights[i])]
        for j, parts in enumerate(r):
            if i in money and j == 0:
                continue
            off = (heights[i] - len(parts)) // 2 if centred else 0
            for q, t in enumerate(parts):
                lines[off + q].append((hs[j], t))
        rows.append(lines)
    if money:
        a, b = money[0], money[-1]
        parts = wrapped[a][0]
        slots = [(i, q) for i in range(a, b + 1) for q in range(heights[i])]
        off = (len(slots) - len(parts)) // 2 if centred else 0
        for q, t in enumerate(parts):
            i, qq = slots[off + q]
            rows[i][qq].append((0, t))
    out = []
    for lines in rows:
        text = []
        for items in lines:
            line = []
            for pos, t in sorted(items):
                put(line, MARGIN + pos, t)
            text.append(flush(line))
        out.append(text)
    return out


def aligned(dm, doc_id, centred):
    tw = max(grid_geometry(p["columns"])[2] for p in dm)
    pw = MARGIN + tw + MARGIN
    units = []  # (lines, is a grid row, the grid header line): units are never split by a page
    for k, proj in enumerate(dm):
        widths, starts, twp = grid_geometry(proj["columns"])
        t = proj["title"]
        title = [" " * (MARGIN + max(0, (twp - dw(t)) // 2)) + t, ""]
        hrows = header_lines(proj, twp, centred)
        units.append(([""] * 2 * bool(k) + title + hrows[0], False, None))  # the title kept with the first row
        units += [(lines, False, None) for lines in hrows[1:]]
        head = render_line([(j, c) for j, c in enumerate(proj["columns"])], starts)
        grows = lay_rows(proj["grid"], widths, centred, proj["cats"], proj["grid"])
        units.append(([head] + [render_line(items, starts) for items in grows[0]], True, head))
        units += [([render_line(items, starts) for items in lines], True, head) for lines in grows[1:]]
    pages, body = [], []
    for lines, is_grid, head in units:
        if len(body) + len(lines) > PAGE_BODY:
            pages.append(body)
            body = []
            while lines and lines[0] == "":
                lines = lines[1:]
            if is_grid and lines[0] != head:
                body.append(head)  # the <thead> repeated on the next page
        body += lines
    pages.append(body)
    n = len(pages)
    url = "http://www.example.gov.cn/zwgk/czzj/bmys/2025/%s.html" % doc_id.replace("blind23_", "t20250314_")
    htitle = dm[0]["title"] + "_示例市某某区人民政府门户网站"
    text = []
    for k, body in enumerate(pages):
        top = []
        put(top, 0, PRINTED)
        put(top, max(dw(PRINTED) + 4, (pw - dw(htitle)) // 2), htitle)
        foot = []
        put(foot, 0, url)
        num = "%d/%d" % (k + 1, n)
        put(foot, pw - dw(num), num)
        lines = [flush(top), ""] + body + [""] * (PAGE_BODY - len(body)) + ["", flush(foot)]
        text.append("\n".join(lines) + "\n\f")
    return "".join(text)


# ------------------------------------------------------------------ .xlsx
FIXED = datetime.datetime(2025, 3, 14, 10, 26, 0)


def xlsx(dm, path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "导出数据"
    width = max(len(p["columns"]) for p in dm)
    r = 1
    wrap_al = Alignment(wrap_text=True, vertical="center")
    for k, proj in enumerate(dm):
        if k:
            r += 1  # a blank row between projects
        ws.cell(r, 1, proj["title"]).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
        r += 1
        for text in header_texts(proj):
            c = ws.cell(r, 1, text)
            c.alignment = wrap_al
            c.number_format = "@"
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
            r += 1
        for j, name in enumerate(proj["columns"]):
            ws.cell(r, j + 1, name).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        r += 1
        g0 = r
        for row in proj["grid"]:
            for j, c in enumerate(row):
                if c is M or c == "":
                    continue
                cell = ws.cell(r, j + 1, c)
                cell.number_format = "@"
                cell.alignment = wrap_al
            ws.row_dimensions[r].outline_level = 1
            r += 1
        for j in proj["cats"]:
            for a, b in blocks(proj["grid"], j):
                if b > a:
                    ws.merge_cells(start_row=g0 + a, start_column=j + 1, end_row=g0 + b, end_column=j + 1)
    for j in range(width):
        ws.column_dimensions[get_column_letter(j + 1)].width = 16
    ws.sheet_properties.outlinePr.summaryBelow = False
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "budget-export"
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps `modified` with the time of saving
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*<", rb"<dcterms:modified\1>2025-03-14T10:26:00Z<", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 10, 26, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def header_texts(proj):
    """The header block as the export prints it: one merged cell a row, `key：value`, pairs joined by two
    ideographic spaces, the money items in ONE cell after 项目资金（万元）：, joined by `；`."""
    out, money = [], []
    for kind, cells in proj["header"]:
        if kind == "pair":
            out.append("%s：%s　　%s：%s" % tuple(cells))
        elif kind == "money":
            if cells[0] is not M:
                out.append(None)  # placeholder for the money row
            money.append("%s %s" % (cells[1], cells[2]))
        else:
            out.append("%s：%s" % tuple(cells))
    return [MONEY + "：" + "；".join(money) if t is None else t for t in out]


# ------------------------------------------------------------------ main
def main():
    for name in sorted(os.listdir(DATA)):
        if not name.endswith(".json"):
            continue
        doc_id = name[:-5]
        with open(os.path.join(DATA, name), encoding="utf-8") as f:
            doc = json.load(f)
        dm = model(doc)
        base = os.path.join(DOCS, doc_id)
        texts = {
            ".pipe.txt": pipe(dm),
            ".pipe_bare.txt": bteq(dm),
            ".csv": sqlite_quote(dm),
            ".flat.txt": flat(dm),
            ".oneline.txt": jsonl(dm),
            ".aligned_top.txt": aligned(dm, doc_id, False),
            ".aligned_centered.txt": aligned(dm, doc_id, True),
        }
        for ext, t in texts.items():
            with open(base + ext, "w", encoding="utf-8", newline="") as f:
                f.write(t)
        with open(base + ".tab.tsv", "w", encoding="utf-8", newline="") as f:
            f.write(bcp(dm))
        with open(base + ".lines.txt", "wb") as f:
            f.write(wps_lines(dm, False))
        with open(base + ".lines_dropped.txt", "wb") as f:
            f.write(wps_lines(dm, True))
        xlsx(dm, base + ".xlsx")
        print(doc_id)


if __name__ == "__main__":
    main()
