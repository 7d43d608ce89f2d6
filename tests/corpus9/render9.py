"""Render every <corpus>/data/<doc>.json into the text shapes and the XLSX of FORMS.md §2 (docs/<doc>.*).

Own code for blind9, written from FORMS.md §2 (no earlier renderer was read).  The PDF comes from
tools/render_pdf.py.  Usage: python render9.py [/work/blind9]

Header block ("flow" layout, used by every shape): `项目名称 | v` alone; the other key/value items (主管部门, 实施单位,
项目属性, 项目期, 项目负责人, 联系电话 …) FLOW three pairs to a row; `项目资金（万元）` heads a row of up to three money
pairs, further money pairs continue on the next row under an empty key cell; each goal a row `key | text`.
The title is printed ONCE per document (not per project), and `单位：万元` once per project above its header block.
"""

import csv
import io
import json
import os
import re
import sys
import unicodedata
import zipfile
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
DOCS = os.path.join(HERE, "docs")

CAT = ("一级指标", "二级指标")
NAMES = ("三级指标", "指标名称", "指标内容")
GOALS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")
MONEY = (
    "实施期资金总额",
    "年度资金总额",
    "其中：财政拨款",
    "其他资金",
    "中央补助资金",
    "省级补助资金",
    "本级财政资金",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "执行率",
)
FREE = ("指标解释", "评(扣)分标准", "偏差原因及改进措施", "指标值确定依据", "备注")
UNIT_LINE = "单位：万元"

# per-document choices
GLUE_SPACE_DOCS = ("blind9_02", "blind9_04", "blind9_06", "blind9_08")  # flat: a vanished merged cell leaves a space
GOAL_BREAK_DOCS = ("blind9_02", "blind9_05", "blind9_08")  # lines: goal cells broken at `；` (typed line breaks)
LABEL_BREAK_DOCS = ("blind9_04", "blind9_07")  # lines: a category with points broken before its bracket
WIDE = ("coded", "self_evaluation")


def load(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


def doc_ids():
    return sorted(f[:-5] for f in os.listdir(DATA) if f.endswith(".json"))


# ------------------------------------------------------------------ the header block in rows
def header_rows(header):
    """[[cells…], …] in my flow layout."""
    rows, flow, money, i = [], [], [], 0
    items = [tuple(kv) for kv in header]
    out = []
    while i < len(items):
        k, v = items[i]
        if k == "项目名称":
            out.append([k, v])
        elif k == "项目资金（万元）":
            j = i + 1
            while j < len(items) and items[j][0] in MONEY:
                j += 1
            money = items[i + 1 : j]
            for m in range(0, len(money), 3):
                row = [k if m == 0 else ""]
                for mk, mv in money[m : m + 3]:
                    row += [mk, mv]
                out.append(row)
            i = j
            continue
        elif k in GOALS:
            out.append([k, v])
        else:
            flow.append((k, v))
            nxt = items[i + 1][0] if i + 1 < len(items) else None
            if len(flow) == 3 or nxt is None or nxt in GOALS or nxt == "项目资金（万元）":
                out.append([c for kv in flow for c in kv])
                flow = []
        i += 1
    return out


def grid(p):
    return p["columns"], [list(r) for r in p["rows"]]


def doc_rows(doc):
    """All rows of the document as printed in the delimited shapes: [(kind, cells)]."""
    out = [("title", [doc["title"]])]
    for pi, p in enumerate(doc["projects"]):
        if pi:
            out.append(("blank", []))
        out.append(("unit", [UNIT_LINE]))
        for hr in header_rows(p["header"]):
            out.append(("header", hr))
        cols, rows = grid(p)
        out.append(("columns", list(cols)))
        for r in rows:
            out.append(("row", r))
    return out


# ------------------------------------------------------------------ display width and wrapping
def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


NO_START = set("，。；、：）》”’%％)]!?！？·")
NO_END = set("（《“‘([")
ASCII_RUN = re.compile(r"[A-Za-z0-9.,%％\-+/:²³μ~～℃()≤≥<>=]+")


def tokens(s):
    """Split into wrap units: ASCII/number runs whole, every other character alone."""
    out, i = [], 0
    while i < len(s):
        m = ASCII_RUN.match(s, i)
        if m and m.end() > i:
            out.append(m.group())
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def wrap(s, width):
    if not s:
        return []
    if dw(s) <= width:
        return [s]
    lines, cur = [], []
    for t in tokens(s):
        if dw(t) > width:  # a run longer than the column: cut it by character
            for ch in t:
                if cur and dw("".join(cur) + ch) > width:
                    lines.append(cur)
                    cur = []
                cur.append(ch)
            continue
        if cur and dw("".join(cur) + t) > width:
            if t[0] in NO_START and len(cur) > 1:  # kinsoku: carry the previous unit down with it
                carry = cur.pop()
                lines.append(cur)
                cur = [carry]
            elif cur[-1] in NO_END and len(cur) > 1:
                carry = cur.pop()
                lines.append(cur)
                cur = [carry]
            else:
                lines.append(cur)
                cur = []
        cur.append(t)
    if cur:
        lines.append(cur)
    return ["".join(x) for x in lines]


def put(line, x, text):
    """Write text at display column x of line (a str), padding with spaces."""
    w = dw(line)
    if w < x:
        line += " " * (x - w)
    return line + text


# ------------------------------------------------------------------ aligned layout
GRID_W = {
    "序号": 5,
    "一级指标": 12,
    "二级指标": 14,
    "三级指标": 26,
    "指标名称": 26,
    "指标内容": 26,
    "指标性质": 8,
    "计算符号": 8,
    "符号": 6,
    "指标值": 16,
    "目标值": 16,
    "年度指标值": 18,
    "实施期指标值": 18,
    "中期指标值": 18,
    "长期指标值": 18,
    "度量单位": 10,
    "计量单位": 10,
    "权重": 6,
    "分值": 6,
    "得分": 6,
    "权重（%）": 10,
    "实际完成值": 16,
    "指标方向性": 10,
    "指标值及单位": 18,
    "绩效标准": 10,
}
GAP = 3
KEY_W = 16


def page_width(doc):
    return 170 if doc["variant"] in WIDE else 114


def grid_positions(doc, p):
    """(x, width) of each grid column: base widths per header, free-text columns take the rest."""
    cols = p["columns"]
    total = page_width(doc)
    base = [GRID_W.get(c, 0) for c in cols]
    free = [j for j, c in enumerate(cols) if c in FREE]
    rest = total - sum(base) - GAP * (len(cols) - 1)
    for j in free:
        base[j] = max(12, rest // len(free))
    if not free and rest > 0:  # widen the name and value columns to fill the line
        j = next(j for j, c in enumerate(cols) if c in NAMES)
        vals = [k for k, c in enumerate(cols) if c in ("指标值", "目标值", "年度指标值", "指标值及单位")]
        give = rest // 2 if vals else rest
        base[j] += rest - give
        for k in vals:
            base[k] += give // len(vals)
    xs, x = [], 0
    for w in base:
        xs.append((x, w))
        x += w + GAP
    return xs


def header_positions(doc, row):
    """(x, width) of each cell of a header row in my flow layout."""
    total = page_width(doc)
    if len(row) == 2:  # 项目名称, a goal, or a lone pair: the key, then the value over the rest of the line
        return [(0, KEY_W), (KEY_W + GAP, total - KEY_W - GAP)]
    if len(row) % 2 == 1:  # a money row: the key column (or its empty continuation), then up to three pairs
        part = (total - KEY_W - GAP) // 3
        out = [(0, KEY_W)]
        for m in range((len(row) - 1) // 2):
            x0 = KEY_W + GAP + m * part
            out += [(x0, 14), (x0 + 14 + GAP, part - 14 - 2 * GAP)]
        return out
    part = total // 3  # flow rows: three pairs at thirds of the width
    out = []
    for m in range(len(row) // 2):
        x0 = m * part
        out += [(x0, KEY_W), (x0 + KEY_W + GAP, part - KEY_W - 2 * GAP)]
    return out


def blocks(cols, rows):
    """For each category column index: list of (start, end) blocks (a block opens on a non-empty cell; an 二级 block
    also opens where a 一级 opens)."""
    out = {}
    idx = [j for j, c in enumerate(cols) if c in CAT]
    j1 = cols.index("一级指标") if "一级指标" in cols else None
    for j in idx:
        b = []
        for i, r in enumerate(rows):
            opens = i == 0 or r[j] != "" or (cols[j] == "二级指标" and j1 is not None and r[j1] != "")
            if opens:
                b.append([i, i])
            else:
                b[-1][1] = i
        out[j] = b
    return out


def lay_row(cells, pos, valign="top", height=None):
    """Lines of one table row: each cell wrapped in its column; valign top or centre (rounding up)."""
    wrapped = [wrap(c, w) for c, (x, w) in zip(cells, pos)]
    h = max([len(w) for w in wrapped] + [1])
    if height:
        h = max(h, height)
    lines = [""] * h
    for wl, (x, w) in zip(wrapped, pos):
        off = 0 if valign == "top" else (h - len(wl) + 1) // 2
        for k, t in enumerate(wl):
            lines[off + k] = put(lines[off + k], x, t)
    return [ln.rstrip() for ln in lines]


def grid_units(doc, p, centred):
    """The grid as units [(row index or None for the header, [lines])].  In the centred shape the merged labels are
    left out here (laid over their blocks by paginate) and a block shorter than its wrapped label makes its last row
    taller."""
    cols, rows = grid(p)
    pos = grid_positions(doc, p)
    cat = [j for j, c in enumerate(cols) if c in CAT]
    units = [(None, lay_row(cols, pos))]
    laid = []
    for i, r in enumerate(rows):
        cells = list(r)
        if centred:
            for j in cat:
                cells[j] = ""
        laid.append(lay_row(cells, pos, "centre" if centred else "top"))
    if centred:
        for j, bs in blocks(cols, rows).items():
            for a, b in bs:
                need = len(wrap(rows[a][j], pos[j][1]))
                have = sum(len(laid[i]) for i in range(a, b + 1))
                if have < need:
                    cells = list(rows[b])
                    for jj in cat:
                        cells[jj] = ""
                    laid[b] = lay_row(cells, pos, "centre", len(laid[b]) + need - have)
    for i, ln in enumerate(laid):
        units.append((i, ln))
    return units


def label_need(doc, p, i):
    """Lines the labels in force at row i need (for the first row of a continuation part)."""
    cols, rows = grid(p)
    pos = grid_positions(doc, p)
    need = 1
    for j, bs in blocks(cols, rows).items():
        for a, b in bs:
            if a <= i <= b and rows[a][j]:
                need = max(need, len(wrap(rows[a][j], pos[j][1])))
    return need


def paginate(doc, page_len, centred):
    """Lay the whole document out in pages of at most page_len content lines.  Rows never split; a grid going on
    over a page repeats its header row, and in the centred shape a block cut by the page prints its label again in
    the part on the new page.  Returns (pages, splits)."""
    W = page_width(doc)
    pages, cur = [], []
    splits = []

    def newpage():
        nonlocal cur
        pages.append(cur)
        cur = []

    title = doc["title"]
    cur.append(" " * max(0, (W - dw(title)) // 2) + title)
    cur.append("")
    for pi, p in enumerate(doc["projects"]):
        # header block: never split
        hb = [" " * (W - dw(UNIT_LINE)) + UNIT_LINE]
        for hr in header_rows(p["header"]):
            hb += lay_row(hr, header_positions(doc, hr))
        if pi:
            hb = [""] + hb
        if len(cur) + len(hb) + 4 > page_len:
            newpage()
        cur += hb
        cur.append("")
        cols, rows = grid(p)
        pos = grid_positions(doc, p)
        units = grid_units(doc, p, centred)
        head = units[0][1]
        cat = [j for j, c in enumerate(cols) if c in CAT]
        bl = blocks(cols, rows)
        part = []  # (row index, start line in page) of the rows in this page part
        cur += head
        part_rows = []

        def flush_labels(part_rows):
            """centred shape: lay the merged labels over the lines of their block within this part."""
            if not centred or not part_rows:
                return
            first_i = part_rows[0][0]
            for j in cat:
                for a, b in bl[j]:
                    lo, hi = max(a, first_i), min(b, part_rows[-1][0])
                    if lo > hi:
                        continue
                    label = rows[a][j]
                    if not label:
                        continue
                    start = next(s for i, s, n in part_rows if i == lo)
                    end = next(s + n - 1 for i, s, n in part_rows if i == hi)
                    x, w = pos[j]
                    wl = wrap(label, w)
                    span = end - start + 1
                    off = start + (span - len(wl) + 1) // 2
                    if span < len(wl):
                        raise ValueError("label %r taller than its block part" % label)
                    off = max(start, min(off, end - len(wl) + 1))
                    for k, t in enumerate(wl):
                        cur[off + k] = relayout(cur[off + k], x, t)

        def short_at_end(part_rows):
            """Would the last block of this part be shorter than its label (centred shape)?"""
            if not centred:
                return False
            first_i, last_i = part_rows[0][0], part_rows[-1][0]
            for j in cat:
                for a, b in bl[j]:
                    if a <= last_i <= b and rows[a][j]:
                        lo = max(a, first_i)
                        have = sum(n for i, s0, n in part_rows if lo <= i <= last_i)
                        if have < len(wrap(rows[a][j], pos[j][1])) and b > last_i:
                            return True
            return False

        queue = list(units[1:])
        while queue:
            i, lines = queue.pop(0)
            if len(cur) + len(lines) > page_len:
                pending = []
                while len(part_rows) > 1 and short_at_end(part_rows):
                    pi_, s0, n = part_rows.pop()
                    pending.insert(0, (pi_, cur[s0 : s0 + n]))
                    del cur[s0:]
                flush_labels(part_rows)
                newpage()
                cur += head
                part_rows = []
                queue = pending + [(i, lines)] + queue
                i, lines = queue.pop(0)
                splits.append((pi, i))
                if centred and len(lines) < label_need(doc, p, i):
                    cells = list(p["rows"][i])
                    for jj in cat:
                        cells[jj] = ""
                    lines = lay_row(cells, pos, "centre", label_need(doc, p, i))
            part_rows.append((i, len(cur), len(lines)))
            cur += lines
        flush_labels(part_rows)
    pages.append(cur)
    return pages, splits


def cut_at(line, x):
    """Character index in line where display column x starts (len(line) if beyond)."""
    w = 0
    for k, c in enumerate(line):
        if w >= x:
            return k
        w += dw(c)
    return len(line)


def relayout(old, x, label):
    """Put label at display column x of old line, keeping every other character at its display column."""
    k = cut_at(old, x)
    left = old[:k]
    left = left + " " * (x - dw(left))
    right = old[k:]
    # the right part starts with spaces up to the next cell; keep its absolute position
    lead = len(right) - len(right.lstrip(" "))
    rest = right[lead:]
    if not rest:
        return left + label
    rest_x = x + lead  # display column where rest started (left part ended at x)
    gap = rest_x - (x + dw(label))
    if gap < 2:
        raise ValueError("label collides with the next cell: %r" % old)
    return left + label + " " * gap + rest


def aligned(doc, doc_id, centred):
    portrait = doc["variant"] not in WIDE
    start = 58 if portrait else 40
    W = page_width(doc)
    chosen = None
    for page_len in list(range(start, 20, -1)):
        pages, splits = paginate(doc, page_len, centred)
        if any(i >= 3 and len(doc["projects"][q]["rows"]) - i >= 3 for q, i in splits):
            chosen = (page_len, pages, splits)
            break
    if chosen is None:
        page_len = start
        pages, splits = paginate(doc, page_len, centred)
        chosen = (page_len, pages, splits)
    page_len, pages, splits = chosen
    out = []
    n = len(pages)
    for k, pg in enumerate(pages, 1):
        body = [ln.rstrip() for ln in pg]
        body += [""] * (page_len - len(body))
        if centred:
            foot = "- %d -" % k
            body += ["", " " * (W - dw(foot)) + foot]
        else:
            body += ["", "共%d页 第%d页" % (n, k)]
        out.append("\n".join(body))
    return "\n\f".join(out) + "\n", page_len, splits


# ------------------------------------------------------------------ delimited shapes
def md_cell(s):
    return s.replace("|", "\\|")


def pipe(doc, doc_id):
    """A Word-to-Markdown converter's pipe tables: the title in bold, then per project the header block and the grid
    as two tables, each with a `:---:` alignment row under its first row (centred category columns, left otherwise),
    empty cells `| |`, no padding; typed line breaks in goal and free-text cells as `<br>`."""
    out = ["**%s**" % doc["title"], ""]
    for p in doc["projects"]:
        out += [UNIT_LINE, ""]
        hr = header_rows(p["header"])
        width = max(len(r) for r in hr)
        for k, r in enumerate(hr):
            cells = [md_cell(br_goal(c, r, j)) for j, c in enumerate(r)] + [""] * (width - len(r))
            out.append(md_row(cells))
            if k == 0:
                out.append("|" + "|".join([":---"] * width) + "|")
        out.append("")
        cols, rows = grid(p)
        out.append("| " + " | ".join(cols) + " |")
        out.append("|" + "|".join(":---:" if c in CAT or c == "序号" else ":---" for c in cols) + "|")
        for r in rows:
            out.append(md_row([md_cell(br_free(c, cols[j])) for j, c in enumerate(r)]))
        out.append("")
    return "\n".join(out)


def md_row(cells):
    return re.sub(r"\|  (?=\|)", "| ", "| " + " | ".join(cells) + " |")


def br_goal(c, row, j):
    if row[0] in GOALS and j == 1:
        return re.sub(r"；(?=\d+\.)", "；<br>", c)
    return c


def br_free(c, col):
    if col in FREE:
        return c.replace("；", "；<br>")
    return c


def pipe_bare(doc, doc_id):
    """Markdown WITHOUT outer pipes (a GFM writer's compact style): `a | b | c`, a `--- | ---` row under each table's
    first row, empty cells as nothing (a row may start with ` | `)."""
    out = [doc["title"], ""]
    for p in doc["projects"]:
        out += [UNIT_LINE, ""]
        hr = header_rows(p["header"])
        width = max(len(r) for r in hr)
        for k, r in enumerate(hr):
            cells = [md_cell(c) for c in r] + [""] * (width - len(r))
            out.append(" | ".join(cells).rstrip())
            if k == 0:
                out.append(" | ".join(["---"] * width))
        out.append("")
        cols, rows = grid(p)
        out.append(" | ".join(cols))
        out.append(" | ".join(["---"] * len(cols)))
        for r in rows:
            out.append(" | ".join(md_cell(c) for c in r).rstrip())
        out.append("")
    return "\n".join(out)


def tsv(doc, doc_id):
    """pandas `read_excel(header=None).to_csv(sep="\\t")`: a first line of column numbers, every row led by its row
    number, rows padded to the sheet width, empty rows kept (blank between projects), QUOTE_MINIMAL."""
    rows = [cells for kind, cells in doc_rows(doc)]
    width = max(len(r) for r in rows)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow([""] + [str(k) for k in range(width)])
    for i, r in enumerate(rows):
        w.writerow([str(i)] + list(r) + [""] * (width - len(r)))
    return buf.getvalue()


NUMLIKE = re.compile(r"^-?\d{1,3}(,\d{3})*(\.\d+)?%?$|^-?\d+(\.\d+)?%?$")


def csv_text(doc, doc_id):
    """LibreOffice Calc "Text CSV" with `Quote all text cells`: UTF-8 with a BOM, CRLF, text cells quoted, cells that
    are numbers shown as formatted and unquoted (quoted only if the shown text holds a comma), empty cells empty,
    every row as wide as the used range (trailing commas); an empty row between projects."""
    rows = [cells for kind, cells in doc_rows(doc)]
    width = max(len(r) for r in rows)
    out = []
    for r in rows:
        cells = list(r) + [""] * (width - len(r))
        f = []
        for c in cells:
            if c == "":
                f.append("")
            elif NUMLIKE.match(c):
                f.append('"%s"' % c if "," in c else c)
            else:
                f.append('"%s"' % c.replace('"', '""'))
        out.append(",".join(f))
    return "\ufeff" + "\r\n".join(out) + "\r\n"


def lines(doc, doc_id, drop):
    """One cell a line (a Word table converted to text, one paragraph per cell).  Body-text paragraphs (goals and
    free-text cells) keep Word's first-line indent as two ideographic spaces; in GOAL_BREAK_DOCS goal cells hold a
    typed line break after each `；`; in LABEL_BREAK_DOCS a category with points holds one before its bracket."""
    out = []
    for kind, cells in doc_rows(doc):
        if kind == "blank":
            continue
        cols = None
        for j, c in enumerate(cells):
            t = c
            if kind == "header" and cells[0] in GOALS and j == 1 and t:
                if doc_id in GOAL_BREAK_DOCS:
                    t = re.sub(r"；", "；\n", t).rstrip("\n")
                t = "\u3000\u3000" + t
            if kind == "row":
                col = current_cols[j]
                if col in FREE and t:
                    t = "\u3000\u3000" + t
                if col in CAT and doc_id in LABEL_BREAK_DOCS and re.search(r"[（(]\d+分[)）]$", t):
                    t = re.sub(r"([（(]\d+分[)）])$", r"\n\1", t)
            if drop and t.strip() == "":
                continue
            out.append(t)
        if kind == "columns":
            current_cols = cells
    return "\n".join(out) + "\n"


def flat(doc, doc_id):
    """No delimiter: header rows glued with an ideographic space between a key and its value, one header row a line;
    the grid header glued; each grid row glued, merged (empty) cells vanishing, except in GLUE_SPACE_DOCS where each
    vanished cell leaves one ASCII space (a PDF copy that kept the gap)."""
    out = [doc["title"]]
    for p in doc["projects"]:
        out.append(UNIT_LINE)
        for hr in header_rows(p["header"]):
            if hr[0] == "":
                hr = hr[1:]
            parts = []
            for k in range(0, len(hr) - 1, 2):
                parts.append(hr[k] + "\u3000" + hr[k + 1])
            if len(hr) % 2 == 1:  # money row: the key alone first
                parts = [hr[0]] + ["%s\u3000%s" % (hr[k], hr[k + 1]) for k in range(1, len(hr) - 1, 2)]
            out.append("".join(parts))
        cols, rows = grid(p)
        out.append("".join(cols))
        for r in rows:
            if doc_id in GLUE_SPACE_DOCS:
                out.append("".join(c if c else " " for c in r).rstrip())
            else:
                out.append("".join(r))
    return "\n".join(out) + "\n"


def oneline(doc, doc_id):
    """One line per project, projects separated by an empty line: the title, a space, the header items glued
    key+value and separated by single spaces, a space, the whole grid (header row and rows) glued."""
    out = []
    for p in doc["projects"]:
        items = []
        for hr in header_rows(p["header"]):
            cells = [c for c in hr if c != ""]
            if hr[0] == "项目资金（万元）":
                items.append(cells[0])
                cells = cells[1:]
            for k in range(0, len(cells) - 1, 2):
                items.append(cells[k] + cells[k + 1])
        cols, rows = grid(p)
        g = "".join(cols) + "".join("".join(r) for r in rows)
        out.append(doc["title"] + " " + " ".join(items) + " " + g)
    return "\n\n".join(out) + "\n"


# ------------------------------------------------------------------ xlsx
NUMERIC_COLS = (
    "序号",
    "指标值",
    "年度指标值",
    "实施期指标值",
    "中期指标值",
    "长期指标值",
    "目标值",
    "实际完成值",
    "权重",
    "分值",
    "得分",
    "权重（%）",
)


def as_number(s):
    """(value, number_format) when Excel would store the text as a number, else None."""
    if not NUMLIKE.match(s):
        return None
    pct = s.endswith("%")
    body = s[:-1] if pct else s
    comma = "," in body
    num = float(body.replace(",", ""))
    dec = len(body.split(".")[1]) if "." in body else 0
    fmt = ("#,##0" if comma else "0") + ("." + "0" * dec if dec else "")
    if pct:
        return round(num / 100, dec + 2), fmt + "%"
    if num == int(num) and dec == 0:
        return int(num), "General" if not comma else fmt
    return num, fmt


def shown(value, fmt):
    """The text Excel shows for a number stored by as_number (used by the checker)."""
    if fmt == "General":
        return str(value)
    pct = fmt.endswith("%")
    f = fmt[:-1] if pct else fmt
    v = value * 100 if pct else value
    dec = len(f.split(".")[1]) if "." in f else 0
    s = ("{:,.%df}" if f.startswith("#,##0") else "{:.%df}") % dec
    return s.format(v) + ("%" if pct else "")


FIRST_COL = 3  # the table starts in column C


def xlsx(doc, doc_id, path):
    """One sheet `项目支出绩效`; the table starts in column C (A and B empty); the title merged across the grid width
    once; per project `单位：万元` right-aligned, the header block in the flow layout (the last value of a short row
    merged to the grid's right edge), then the grid with a TWO-ROW header where it has categories: `绩效指标` merged
    over 一级指标/二级指标/name, the other header names merged down over both rows; REAL merged cells for 一级/二级
    blocks; numbers stored as numbers where Excel would (money, bare numbers, weights, scores, 序号) with a format that
    shows them as printed; two empty rows between projects."""
    wb = Workbook()
    ws = wb.active
    ws.title = "项目支出绩效"
    width = max(max(len(p["columns"]) for p in doc["projects"]), 7)
    c0 = FIRST_COL
    row = 1
    ws.cell(row, c0, doc["title"]).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=row, start_column=c0, end_row=row, end_column=c0 + width - 1)
    ws.cell(row, c0).alignment = Alignment(horizontal="center")
    row += 2
    for pi, p in enumerate(doc["projects"]):
        if pi:
            row += 2
        ws.cell(row, c0 + width - 1, UNIT_LINE).alignment = Alignment(horizontal="right")
        row += 1
        for hr in header_rows(p["header"]):
            for j, c in enumerate(hr):
                if c == "":
                    continue
                num = as_number(c) if (j % 2 == 0 and hr[0] in ("项目资金（万元）", "")) or False else None
                cell = ws.cell(row, c0 + j)
                if num and hr[0] in ("项目资金（万元）", "") and j > 0:
                    cell.value, cell.number_format = num
                else:
                    cell.value = c
                cell.alignment = Alignment(wrap_text=True, vertical="center")
            if len(hr) < width:
                ws.merge_cells(start_row=row, start_column=c0 + len(hr) - 1, end_row=row, end_column=c0 + width - 1)
            row += 1
        cols, rows = grid(p)
        two = "一级指标" in cols
        if two:
            grp = [j for j, c in enumerate(cols) if c in CAT or c in NAMES]
            a, b = min(grp), max(grp)
            ws.cell(row, c0 + a, "绩效指标")
            ws.merge_cells(start_row=row, start_column=c0 + a, end_row=row, end_column=c0 + b)
            for j, c in enumerate(cols):
                if a <= j <= b:
                    ws.cell(row + 1, c0 + j, c)
                else:
                    ws.cell(row, c0 + j, c)
                    ws.merge_cells(start_row=row, start_column=c0 + j, end_row=row + 1, end_column=c0 + j)
            for j in range(len(cols)):
                for rr in (row, row + 1):
                    ws.cell(rr, c0 + j).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            row += 2
        else:
            for j, c in enumerate(cols):
                ws.cell(row, c0 + j, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            row += 1
        top = row
        for r in rows:
            for j, c in enumerate(r):
                if c == "":
                    continue
                cell = ws.cell(row, c0 + j)
                num = as_number(c) if cols[j] in NUMERIC_COLS else None
                if num:
                    cell.value, cell.number_format = num
                else:
                    cell.value = c
                cell.alignment = Alignment(wrap_text=True, vertical="center")
            row += 1
        bl = blocks(cols, rows)
        for j, bs in bl.items():
            for a2, b2 in bs:
                if b2 > a2:
                    ws.merge_cells(start_row=top + a2, start_column=c0 + j, end_row=top + b2, end_column=c0 + j)
    ws.column_dimensions["A"].width = 2
    ws.column_dimensions["B"].width = 2
    for j in range(width):
        ws.column_dimensions[get_column_letter(c0 + j)].width = 16
    wb.properties.created = datetime(2025, 3, 1, 9, 0, 0)
    wb.properties.modified = datetime(2025, 3, 1, 9, 0, 0)
    wb.properties.creator = "示例市财政局"
    wb.save(path)
    # byte-stable: rewrite the zip with fixed timestamps
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":  # openpyxl stamps the save time as modified: fix it
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-03-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ------------------------------------------------------------------ main
def write(path, text, newline="\n"):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def main():
    os.makedirs(DOCS, exist_ok=True)
    info = {}
    for doc_id in doc_ids():
        doc = load(doc_id)
        base = os.path.join(DOCS, doc_id)
        write(base + ".pipe.txt", pipe(doc, doc_id) + "\n")
        write(base + ".pipe_bare.txt", pipe_bare(doc, doc_id) + "\n")
        write(base + ".tab.tsv", tsv(doc, doc_id))
        write(base + ".csv", csv_text(doc, doc_id))
        write(base + ".lines.txt", lines(doc, doc_id, False))
        write(base + ".lines_dropped.txt", lines(doc, doc_id, True))
        top, lt, st = aligned(doc, doc_id, False)
        cen, lc, sc = aligned(doc, doc_id, True)
        write(base + ".aligned_top.txt", top)
        write(base + ".aligned_centered.txt", cen)
        write(base + ".flat.txt", flat(doc, doc_id))
        write(base + ".oneline.txt", oneline(doc, doc_id))
        xlsx(doc, doc_id, base + ".xlsx")
        info[doc_id] = (lt, st, lc, sc)
        print(doc_id, "aligned_top page", lt, "splits", st, "| centred page", lc, "splits", sc)
    return info


if __name__ == "__main__":
    main()
