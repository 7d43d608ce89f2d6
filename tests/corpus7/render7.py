"""render7.py: the ten text shapes and the XLSX of each blind7 document, from data/<doc>.json.

Own code, written from FORMS.md §2 (no earlier text renderer was read).  Usage: python render7.py [/work/blind7]"""

import csv
import io
import json
import os
import sys
import unicodedata

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")

CATS = ("一级指标", "二级指标")
LONG_TEXT = ("指标解释", "评(扣)分标准", "偏差原因及改进措施", "指标值确定依据", "备注")
MONEY_KEYS = (
    "实施期资金总额",
    "年度资金总额",
    "其中：财政拨款",
    "其他资金",
    "上级补助资金",
    "年初预算数",
    "全年预算数",
    "全年执行数",
)
GOAL_KEYS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")
PAIR_KEYS = {"项目属性": "项目期", "项目负责人": "联系电话"}

# per-document choices
SPACED_FLAT = ("blind7_02", "blind7_04", "blind7_06", "blind7_08")  # flat: cells separated by one space
TRAILING_TAB = ("blind7_03", "blind7_05", "blind7_07")  # tsv: every line ends with a tab (browser copy)
NARROW_HEADER = ("blind7_02", "blind7_06")  # lines: grid header names broken every 4 characters
WRAPPED_CELLS = ("blind7_04", "blind7_08")  # lines: cells over 20 characters broken every 20 characters
PAGE_TOP = {
    "blind7_01": 60,
    "blind7_02": 50,
    "blind7_03": 58,
    "blind7_04": 48,
    "blind7_05": 50,
    "blind7_06": 52,
    "blind7_07": 48,
    "blind7_08": 54,
}  # lines a page: every document has a grid cut by a page
PAGE_CENTRED = {
    "blind7_01": 72,
    "blind7_02": 60,
    "blind7_03": 66,
    "blind7_04": 58,
    "blind7_05": 60,
    "blind7_06": 70,
    "blind7_07": 58,
    "blind7_08": 64,
}
NUMBER_CELLS_XLSX = ("blind7_02", "blind7_04", "blind7_07")  # bare numbers stored as numbers with a format
FILLED_XLSX = ("blind7_05", "blind7_08")  # 二级 not merged: the label written on every row of its block


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


CLOSING = set("，。、；：！？）》”’%％)]」")


def wrap(text, width):
    """Wrap at display width; ASCII runs (numbers, Latin units) kept whole when they fit; no line starts with
    closing punctuation (the character before moves down with it)."""
    if not text:
        return [""]
    tokens, i = [], 0
    while i < len(text):
        j = i
        if text[i].isascii() and text[i] != " ":
            while j < len(text) and text[j].isascii() and text[j] != " ":
                j += 1
        else:
            j = i + 1
        tokens.append(text[i:j])
        i = j
    lines, cur, last = [], "", ""
    for t in tokens:
        if dw(cur + t) <= width or not cur:
            if dw(t) > width and not cur:  # a run too long for the column: cut by character
                for ch in t:
                    if dw(cur + ch) > width and cur:
                        lines.append(cur)
                        cur = ""
                    cur += ch
                last = ""
            else:
                cur += t
                last = t
        else:
            if t[0] in CLOSING and last and len(cur) > len(last):
                lines.append(cur[: -len(last)])
                cur = last + t
            else:
                lines.append(cur)
                cur = t
            last = t
    lines.append(cur)
    return lines


# ------------------------------------------------------------------ logical rows
def header_kinds(header):
    """The header block as (kind, cells) rows, in my layout: key/value rows; 项目属性/项目期 and 项目负责人/联系电话 as
    pairs; the money items COLUMN-WISE (a row of keys under 项目资金（万元）, then a row of amounts); goals as
    `总体目标 | key | text` (the 总体目标 key on the first goal row only)."""
    rows, items, i = [], list(header), 0
    seen_goal = False
    while i < len(items):
        k, v = items[i]
        nxt = items[i + 1] if i + 1 < len(items) else (None, None)
        if k in PAIR_KEYS and nxt[0] == PAIR_KEYS[k]:
            rows.append(("pair", [k, v, nxt[0], nxt[1]]))
            i += 2
        elif k == "项目资金（万元）":
            j = i + 1
            while j < len(items) and items[j][0] in MONEY_KEYS:
                j += 1
            money = items[i + 1 : j]
            rows.append(("money_keys", [k] + [m[0] for m in money]))
            rows.append(("money", [""] + [m[1] for m in money]))
            i = j
        elif k in GOAL_KEYS:
            rows.append(("goal", ["" if seen_goal else "总体目标", k, v]))
            seen_goal = True
            i += 1
        else:
            rows.append(("kv", [k, v]))
            i += 1
    return rows


def header_rows(header):
    return [c for _, c in header_kinds(header)]


def project_rows(p):
    return header_rows(p["header"]), [p["columns"]] + p["rows"]


def load(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


def write(doc_id, ext, text, newline="\n"):
    with open(os.path.join(DOCS, doc_id + ext), "w", encoding="utf-8", newline="") as f:
        f.write(text.replace("\n", newline) if newline != "\n" else text)


# ------------------------------------------------------------------ delimited shapes
def md_table(rows):
    """A pretty-printed markdown table: every row padded to the table's width, cells padded to the column's
    display width, a separator row under the first row."""
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    w = [max(3, max(dw(r[c]) for r in rows)) for c in range(n)]
    out = []
    for k, r in enumerate(rows):
        out.append("| " + " | ".join(c + " " * (w[i] - dw(c)) for i, c in enumerate(r)) + " |")
        if k == 0:
            out.append("|" + "|".join("-" * (x + 2) for x in w) + "|")
    return out


def pipe(doc):
    out = ["# " + doc["title"], ""]
    for p in doc["projects"]:
        hdr, grid = project_rows(p)
        out += md_table(hdr) + [""] + md_table(grid) + [""]
    return "\n".join(out)


def pipe_bare(doc):
    out = [doc["title"]]
    for p in doc["projects"]:
        hdr, grid = project_rows(p)
        for r in hdr + grid:
            out.append(" | ".join(r).rstrip())
    return "\n".join(out) + "\n"


def tsv(doc_id, doc):
    tail = "\t" if doc_id in TRAILING_TAB else ""
    out = [doc["title"] + tail]
    for p in doc["projects"]:
        hdr, grid = project_rows(p)
        for r in hdr + grid:
            out.append("\t".join(r) + tail)
        out.append(tail)
    return "\n".join(out) + "\n"


def csv_text(doc):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow([doc["title"]])
    for p in doc["projects"]:
        hdr, grid = project_rows(p)
        cols = grid[0]
        for r in hdr:
            w.writerow(r)
        w.writerow(cols)
        for r in grid[1:]:
            cells = []
            for c, v in zip(cols, r):
                if c in LONG_TEXT and len(v) > 24 and "，" in v[6:]:
                    k = v.index("，", 6) + 1
                    v = v[:k] + "\n" + v[k:]
                cells.append(v)
            w.writerow(cells)
    return buf.getvalue()


# ------------------------------------------------------------------ one cell a line
def lines(doc_id, doc, drop):
    out = [doc["title"]]
    n = 0
    for p in doc["projects"]:
        hdr, grid = project_rows(p)
        for k, r in enumerate(hdr + grid):
            is_grid_header = k == len(hdr)
            for c in r:
                if drop and not c.strip():
                    continue
                if is_grid_header and doc_id in NARROW_HEADER and len(c) > 4:
                    c = "\n".join(c[i : i + 4] for i in range(0, len(c), 4))
                elif doc_id in WRAPPED_CELLS and len(c) > 20:
                    c = "\n".join(c[i : i + 20] for i in range(0, len(c), 20))
                if c:
                    n += 1
                    if n % 5 == 0:
                        c += "  "  # trailing spaces left by the copy
                out.append(c)
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ space-aligned shapes
GAP = 2
CAP = {"三级指标": 28, "指标名称": 28, "指标内容": 28, "一级指标": 12, "二级指标": 14}


def col_widths(grid):
    ws = []
    for c, name in enumerate(grid[0]):
        cap = CAP.get(name, 24 if name in LONG_TEXT else 18)
        ws.append(max(4, min(cap, max(dw(r[c]) for r in grid))))
    return ws


def place(line_cells, total):
    """line_cells: [(col_pos, text)] → one line."""
    s = ""
    for pos, t in sorted(line_cells):
        if not t:
            continue
        if dw(s) < pos:
            s += " " * (pos - dw(s))
        elif s:
            s += " " * GAP
        s += t
    return s


def render_block(cells, positions, widths, valign_mid=False):
    """A row: each cell wrapped in its column; lines top-aligned or vertically centred (rounding down)."""
    wrapped = [wrap(c, w) if c else [] for c, w in zip(cells, widths)]
    h = max(1, max(len(x) for x in wrapped))
    out = [[] for _ in range(h)]
    for pos, wl in zip(positions, wrapped):
        off = (h - len(wl)) // 2 if valign_mid else 0
        for k, t in enumerate(wl):
            out[off + k].append((pos, t))
    return out


def header_lines(hdr, total, centred):
    res = []
    kw = 18
    for kind, r in hdr:
        if kind == "kv":
            pos, wid = [0, kw], [kw - GAP, total - kw]
        elif kind == "goal":
            pos, wid = [0, kw, kw + 14], [kw - GAP, 12, total - kw - 14]
        elif kind == "pair":
            half = total // 2
            pos, wid = [0, kw, half, half + kw], [kw - GAP, half - kw - GAP, kw - GAP, total - half - kw]
        else:  # money rows: keys/amounts column-wise
            n = len(r) - 1
            cw = (total - kw) // max(1, n)
            pos, wid = [0] + [kw + i * cw for i in range(n)], [kw - GAP] + [cw - GAP] * n
        res.append(render_block(r, pos, wid, centred))
    return res


def grid_parts(grid, centred):
    """The grid's rows as blocks of lines; merged labels (empty cells below a block's first row) laid over."""
    widths = col_widths(grid)
    positions, x = [], 0
    for w in widths:
        positions.append(x)
        x += w + GAP
    total = x - GAP
    head = render_block(grid[0], positions, widths, centred)
    rows = grid[1:]
    cat_idx = [grid[0].index(c) for c in CATS if c in grid[0]]
    blocks = []
    for ri, r in enumerate(rows):
        cells = list(r)
        if centred:
            for ci in cat_idx:
                cells[ci] = ""  # laid over later
        b = render_block(cells, positions, widths, centred)
        if centred:
            b.append([])  # the blank line after every grid row belongs to the row
        blocks.append(b)
    if centred:
        head.append([])
    return head, blocks, positions, widths, total, cat_idx


def lay_labels(rows, blocks, first, last, positions, widths, cat_idx, shown_from):
    """Centre each merged label over the lines of its block within rows first..last (label printed in the part that
    holds its block's first row only)."""
    for ci in cat_idx:
        r = first
        while r <= last:
            # block start: the row with a label, or the first row of the part continuing a block
            s = r
            e = s
            while e + 1 <= last and rows[e + 1][ci] == "":
                e += 1
            label = rows[s][ci]
            if label:
                wl = wrap(label, widths[ci])
                lines_n = sum(len(blocks[k]) for k in range(s, e + 1))
                while lines_n < len(wl):
                    blocks[e].append([])
                    lines_n += 1
                start = (lines_n - len(wl)) // 2
                flat = [(k, j) for k in range(s, e + 1) for j in range(len(blocks[k]))]
                for n, t in enumerate(wl):
                    k, j = flat[start + n]
                    blocks[k][j].append((positions[ci], t))
            r = e + 1


def aligned(doc_id, doc, centred):
    total_portrait = 100
    page_len = (PAGE_CENTRED if centred else PAGE_TOP)[doc_id]
    pages, cur = [], []

    def room(n):
        return page_len - 2 - len(cur) >= n

    def newpage():
        nonlocal cur
        pages.append(cur)
        cur = []

    cur.append(" " * 30 + doc["title"])
    cur.append("")
    for pi, p in enumerate(doc["projects"]):
        hdr, grid = project_rows(p)
        head, blocks, positions, widths, total, cat_idx = grid_parts(grid, centred)
        hl = header_lines(header_kinds(p["header"]), max(total, total_portrait), centred)
        hlines = [place(l, 0) for b in hl for l in b]
        if pi:
            cur.append("")
            if not room(len(hlines) + 4):
                newpage()
            cur.append(" " * 30 + doc["title"])
            cur.append("")
        if not room(len(hlines)):
            newpage()
        cur += hlines
        cur.append("")
        rows = grid[1:]
        # paginate at row boundaries
        parts, start = [], 0
        used = len(cur) + len(head)
        if centred:
            # heights before labels; a label taller than its block is rare here (checked by check_shapes)
            pass
        for k, b in enumerate(blocks):
            if used + len(b) > page_len - 2 and k > start:
                parts.append((start, k - 1))
                start = k
                used = len(head)
            used += len(b)
        parts.append((start, len(blocks) - 1))
        if centred:
            for a, z in parts:
                lay_labels(rows, blocks, a, z, positions, widths, cat_idx, a)
        for n, (a, z) in enumerate(parts):
            if n:
                newpage()
            cur += [place(l, 0) for l in head]
            for k in range(a, z + 1):
                cur += [place(l, 0) for l in blocks[k]]
    pages.append(cur)
    out = []
    m = len(pages)
    for i, pg in enumerate(pages):
        pg = pg + [""] * max(0, page_len - 2 - len(pg))
        foot = ("-%d-" % (i + 1)) if centred else ("第%d页 共%d页" % (i + 1, m))
        pg += ["", " " * 44 + foot]
        out.append("\n".join(l.rstrip() if centred else l for l in pg))
    return "\n\f".join(out) + "\n"


# ------------------------------------------------------------------ flattened shapes
def flat(doc_id, doc):
    sep = " " if doc_id in SPACED_FLAT else ""
    out = [doc["title"]]
    for p in doc["projects"]:
        hdr, grid = project_rows(p)
        for r in hdr:
            out.append(" ".join(c for c in r if c))
        for r in grid:
            out.append(sep.join(c for c in r if c))
    return "\n".join(out) + "\n"


def oneline(doc):
    """Title on its own line; per project ONE line: 项目名称, the glued grid, then the rest of the header block with
    the goals first, items `key：value` separated by one space (CRLF line ends)."""
    out = [doc["title"]]
    for p in doc["projects"]:
        h = p["header"]
        items = ["%s：%s" % (k, v) if v else k for k, v in h if k == "项目名称"]
        grid = "".join(c for r in [p["columns"]] + p["rows"] for c in r)
        rest = [kv for kv in h if kv[0] in GOAL_KEYS] + [
            kv for kv in h if kv[0] not in GOAL_KEYS and kv[0] != "项目名称"
        ]
        tail = ["%s：%s" % (k, v) if v else k for k, v in rest]
        out.append(" ".join(items) + " " + grid + " " + " ".join(tail))
    return "\r\n".join(out) + "\r\n"


# ------------------------------------------------------------------ workbook
def number_of(v):
    t = v.replace(",", "")
    try:
        if t.isdigit() or (t.count(".") == 1 and t.replace(".", "").isdigit()):
            if "." in t:
                dec = len(t.split(".")[1])
                return float(t), ("#,##0." if "," in v else "0.") + "0" * dec
            return int(t), "#,##0" if "," in v else "0"
    except ValueError:
        pass
    return None


def xlsx(doc_id, doc):
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    ncol = max(len(p["columns"]) for p in doc["projects"])
    last = 1 + ncol  # column A is an empty margin; the table starts in B
    row = 1
    ws.cell(row, 2, doc["title"]).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=last)
    row += 1
    ws.cell(row, last, "单位：万元")
    row += 1
    for p in doc["projects"]:
        hdr, grid = project_rows(p)
        first_money = None
        goal_rows = []
        for kind, r in header_kinds(p["header"]):
            row += 1
            if kind == "kv":
                ws.cell(row, 2, r[0])
                ws.cell(row, 3, r[1])
                ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=last)
            elif kind == "goal":
                ws.cell(row, 2, r[0] or None)
                ws.cell(row, 3, r[1])
                ws.cell(row, 4, r[2])
                ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=last)
                goal_rows.append(row)
            elif kind == "pair":
                mid = 2 + max(2, (last - 1) // 2)
                ws.cell(row, 2, r[0])
                ws.cell(row, 3, r[1])
                if mid - 1 > 3:
                    ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=mid - 1)
                ws.cell(row, mid, r[2])
                ws.cell(row, mid + 1, r[3])
                if last > mid + 1:
                    ws.merge_cells(start_row=row, start_column=mid + 1, end_row=row, end_column=last)
            else:  # money rows, column-wise from C
                if r[0]:
                    first_money = row
                    ws.cell(row, 2, r[0])
                for i, v in enumerate(r[1:]):
                    if v:
                        ws.cell(row, 3 + i, v)
                if not r[0] and first_money:
                    ws.merge_cells(start_row=first_money, start_column=2, end_row=row, end_column=2)
        if len(goal_rows) > 1:
            ws.merge_cells(start_row=goal_rows[0], start_column=2, end_row=goal_rows[-1], end_column=2)
        row += 1
        cols = grid[0]
        for c, name in enumerate(cols):
            ws.cell(row, 2 + c, name).font = Font(bold=True)
        starts = {}
        for r in grid[1:]:
            row += 1
            for c, v in enumerate(r):
                name = cols[c]
                if v == "":
                    continue
                if doc_id in NUMBER_CELLS_XLSX and name not in CATS and number_of(v) is not None:
                    num, fmt = number_of(v)
                    cell = ws.cell(row, 2 + c, num)
                    cell.number_format = fmt
                else:
                    ws.cell(row, 2 + c, v)
        # merged category blocks
        base = row - len(grid) + 2
        for ci, name in enumerate(cols):
            if name not in CATS:
                continue
            k = 0
            rows = grid[1:]
            while k < len(rows):
                e = k
                while (
                    e + 1 < len(rows)
                    and rows[e + 1][ci] == ""
                    and (name == "一级指标" or rows[e + 1][cols.index("一级指标")] == "")
                ):
                    e += 1
                if rows[k][ci] and e > k:
                    if doc_id in FILLED_XLSX and name == "二级指标":
                        for j in range(k + 1, e + 1):
                            ws.cell(base + j, 2 + ci, rows[k][ci])
                    else:
                        ws.merge_cells(start_row=base + k, start_column=2 + ci, end_row=base + e, end_column=2 + ci)
                k = e + 1
        row += 2
    ws.column_dimensions["A"].width = 2
    for c in range(2, last + 1):
        ws.column_dimensions[get_column_letter(c)].width = 16
    for r in ws.iter_rows():
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    out = os.path.join(DOCS, doc_id + ".xlsx")
    wb.properties.creator = "blind corpus"
    import datetime

    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 1, 15, 9, 0, 0)
    wb.save(out)
    stabilise(out)


def stabilise(path):
    """Fixed zip timestamps and document dates, so that two runs give the same bytes."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-01-15T09:00:00Z", data)
            z.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 15, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)


def main():
    os.makedirs(DOCS, exist_ok=True)
    for f in sorted(os.listdir(DATA)):
        if not f.endswith(".json"):
            continue
        doc_id = f[:-5]
        doc = load(doc_id)
        write(doc_id, ".pipe.txt", pipe(doc) + "\n")
        write(doc_id, ".pipe_bare.txt", pipe_bare(doc), "\r\n")
        write(doc_id, ".tab.tsv", tsv(doc_id, doc))
        write(doc_id, ".csv", csv_text(doc))
        write(doc_id, ".lines.txt", lines(doc_id, doc, False))
        write(doc_id, ".lines_dropped.txt", lines(doc_id, doc, True))
        write(doc_id, ".aligned_top.txt", aligned(doc_id, doc, False))
        write(doc_id, ".aligned_centered.txt", aligned(doc_id, doc, True))
        write(doc_id, ".flat.txt", flat(doc_id, doc))
        write(doc_id, ".oneline.txt", oneline(doc))
        xlsx(doc_id, doc)
        print(doc_id)


if __name__ == "__main__":
    main()
