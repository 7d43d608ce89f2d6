"""render6.py: the text shapes and the XLSX of the blind6 corpus, written from FORMS.md §2 (own code; no earlier
renderer was read).  Usage: python render6.py /work/blind6

Reads data/<doc>.json, writes docs/<doc>.{pipe.txt, pipe_bare.txt, tab.tsv, csv, lines.txt, lines_dropped.txt,
aligned_top.txt, aligned_centered.txt, flat.txt, oneline.txt, xlsx}.  The PDF and its pdftotext come from
tools/render_pdf.py.  Every choice is listed in README.md ("Renderings").
"""

import csv
import io
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")

CAT1, CAT2 = "一级指标", "二级指标"
MONEY_KEYS = (
    "实施期资金总额",
    "年度资金总额",
    "其中：财政拨款",
    "财政专户管理资金",
    "单位资金",
    "其他资金",
    "年初预算数",
    "全年预算数",
    "全年执行数",
)
PAIRS = {"主管部门": "实施单位", "项目属性": "项目期", "项目负责人": "联系电话"}
LONG_TEXT = ("指标解释", "评(扣)分标准", "指标值确定依据", "偏差原因及改进措施", "偏差原因分析及改进措施", "备注")
LANDSCAPE = ("coded", "self_evaluation")

# ---- per-document choices (README "Renderings")
TAB_REPEAT = ("blind6_02", "blind6_05", "blind6_07")  # tab.tsv: merged 一级/二级 filled on every row
CSV_HDR_BREAK = ("blind6_02", "blind6_04", "blind6_06", "blind6_08")  # csv: grid header names hold a line break
LINES_HDR_BREAK = ("blind6_01", "blind6_04", "blind6_07")  # lines: grid header names broken over two lines
LINES_WRAP = ("blind6_03", "blind6_05", "blind6_08")  # lines: long cells broken over lines as in the PDF cell
FLAT_SPLIT = ("blind6_01", "blind6_03", "blind6_05", "blind6_07")  # flat: long cells continue on the next line
FLAT_PAGE = ("blind6_02", "blind6_06")  # flat: a page break (page line + grid header again) inside project 2
XLSX_EXTRA = ("blind6_03", "blind6_07")  # xlsx: an unrelated 部门收支总表 sheet first
XLSX_FILL = ("blind6_04", "blind6_05", "blind6_08")  # xlsx: merged 一级/二级 unmerged and filled on every row

# header names broken in the one-cell-a-line shapes and in the CSV header row
BREAK = {
    "一级指标": "一级\n指标",
    "二级指标": "二级\n指标",
    "三级指标": "三级\n指标",
    "指标名称": "指标\n名称",
    "指标内容": "指标\n内容",
    "指标值": "指标\n值",
    "目标值": "目标\n值",
    "年度指标值": "年度\n指标值",
    "实施期指标值": "实施期\n指标值",
    "中期指标值": "中期\n指标值",
    "实际完成值": "实际\n完成值",
    "权重（%）": "权重\n（%）",
    "指标性质": "指标\n性质",
    "计算符号": "计算\n符号",
    "度量单位": "度量\n单位",
    "计量单位": "计量\n单位",
    "指标方向性": "指标\n方向性",
    "指标值及单位": "指标值及\n单位",
    "绩效标准": "绩效\n标准",
    "指标解释": "指标\n解释",
    "评(扣)分标准": "评(扣)\n分标准",
    "指标值确定依据": "指标值\n确定依据",
    "偏差原因及改进措施": "偏差原因及\n改进措施",
    "偏差原因分析及改进措施": "偏差原因分析\n及改进措施",
}


def load(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


def write(doc_id, ext, text, newline="\n", bom=False):
    with open(
        os.path.join(DOCS, doc_id + "." + ext), "w", encoding="utf-8-sig" if bom else "utf-8", newline=newline
    ) as f:
        f.write(text)


# ------------------------------------------------------------------ table model
def header_rows(header):
    """The header block as printed rows: pairs on one row (主管部门/实施单位, 项目属性/项目期, 项目负责人/联系电话),
    the money items TWO a row under 项目资金（万元） (key on the first money row only), each goal a row of its own."""
    out, i = [], 0
    while i < len(header):
        k, v = header[i]
        if k in PAIRS and i + 1 < len(header) and header[i + 1][0] == PAIRS[k]:
            out.append([k, v, header[i + 1][0], header[i + 1][1]])
            i += 2
        elif k == "项目资金（万元）":
            assert v == ""
            j = i + 1
            while j < len(header) and header[j][0] in MONEY_KEYS:
                j += 1
            money = header[i + 1 : j]
            for m in range(0, len(money), 2):
                row = [k if m == 0 else ""] + list(money[m])
                if m + 1 < len(money):
                    row += list(money[m + 1])
                out.append(row)
            i = j
        else:
            out.append([k, v])
            i += 1
    return out


def cat_cols(columns):
    return [j for j, c in enumerate(columns) if c in (CAT1, CAT2)]


def blocks(rows, columns):
    """{column index: [(first row, last row), ...]} for the merged 一级/二级 cells.  A block opens on a non-empty
    cell (an 二级 block also where a 一级 block opens) and runs over the empty cells below."""
    cats = cat_cols(columns)
    out = {}
    for n, j in enumerate(cats):
        bl = []
        for i, r in enumerate(rows):
            opens = i == 0 or r[j] != "" or (n == 1 and r[cats[0]] != "")
            if opens:
                bl.append([i, i])
            else:
                bl[-1][1] = i
        out[j] = bl
    return out


def filled(rows, columns):
    """Rows with the merged 一级/二级 labels repeated on every row of their block."""
    out = [list(r) for r in rows]
    for j, bl in blocks(rows, columns).items():
        for a, b in bl:
            for i in range(a + 1, b + 1):
                if out[i][j] == "":
                    out[i][j] = out[a][j]
    return out


def blank(s):
    return s.strip() == ""


# ------------------------------------------------------------------ delimited shapes
def pipe(doc_id, doc):
    """A PDF-to-Markdown converter's output: `## title`, then per project ONE table (header block and grid, as a
    ruled-table reader sees them when they touch), every row as wide as the widest, no spaces inside the bars,
    a `|---|` separator under the first row."""
    out = []
    for p in doc["projects"]:
        rows = header_rows(p["header"]) + [p["columns"]] + p["rows"]
        w = max(len(r) for r in rows)
        out.append("## " + doc["title"])
        out.append("")
        for n, r in enumerate(rows):
            cells = list(r) + [""] * (w - len(r))
            out.append("|" + "|".join(c.strip() for c in cells) + "|")
            if n == 0:
                out.append("|" + "|".join(["---"] * w) + "|")
        out.append("")
    write(doc_id, "pipe.txt", "\n".join(out))


def pipe_bare(doc_id, doc):
    """Cells joined by a bare `|`, no outer bars, trailing empty cells of a row left out."""
    out = [doc["title"]]
    for p in doc["projects"]:
        for r in header_rows(p["header"]) + [p["columns"]] + p["rows"]:
            cells = [c.strip() for c in r]
            while cells and cells[-1] == "":
                cells.pop()
            out.append("|".join(cells))
    write(doc_id, "pipe_bare.txt", "\n".join(out) + "\n")


def widest(doc):
    return max(len(r) for p in doc["projects"] for r in header_rows(p["header"]) + [p["columns"]])


def tab(doc_id, doc):
    """Tab-separated (a spreadsheet's 'save as text'): every row padded to the document's widest row, a row of
    empty cells between projects; in TAB_REPEAT documents the merged 一级/二级 cells are filled on every row."""
    w = widest(doc)
    out = ["\t".join([doc["title"]] + [""] * (w - 1))]
    for n, p in enumerate(doc["projects"]):
        if n:
            out.append("\t" * (w - 1))
        rows = filled(p["rows"], p["columns"]) if doc_id in TAB_REPEAT else p["rows"]
        for r in header_rows(p["header"]) + [p["columns"]] + rows:
            out.append("\t".join(list(r) + [""] * (w - len(r))))
    write(doc_id, "tab.tsv", "\n".join(out) + "\n")


def csv_shape(doc_id, doc):
    """Excel's 'CSV UTF-8': a BOM, CRLF, rows padded to the widest row, minimal quoting; in CSV_HDR_BREAK documents
    the grid header names hold the line break typed in their cells (`一级\\n指标`); goals keep a line break after
    each `；` that ends a numbered item."""
    w = widest(doc)
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\r\n")
    wr.writerow([doc["title"]] + [""] * (w - 1))
    for n, p in enumerate(doc["projects"]):
        if n:
            wr.writerow([""] * w)
        for r in header_rows(p["header"]):
            cells = [re.sub(r"；(?=\d+\.)", "；\n", c) for c in r]
            wr.writerow(cells + [""] * (w - len(cells)))
        cols = [BREAK.get(c, c) if doc_id in CSV_HDR_BREAK else c for c in p["columns"]]
        wr.writerow(cols + [""] * (w - len(cols)))
        for r in p["rows"]:
            wr.writerow(list(r) + [""] * (w - len(r)))
    write(doc_id, "csv", buf.getvalue(), newline="", bom=True)


# ------------------------------------------------------------------ one cell a line
def lines_cells(doc_id, p):
    """(text lines of one cell) for every cell of a project, header block first."""
    out = []
    for r in header_rows(p["header"]):
        for c in r:
            if doc_id in LINES_WRAP and dw(c) > 60:
                out.append(wrap(c, 60))
            else:
                out.append([c])
    for c in p["columns"]:
        out.append(BREAK.get(c, c).split("\n") if doc_id in LINES_HDR_BREAK else [c])
    for r in p["rows"]:
        for j, c in enumerate(r):
            col = p["columns"][j]
            if doc_id in LINES_WRAP and col in LONG_TEXT and dw(c) > 32:
                out.append(wrap(c, 32))
            elif doc_id in LINES_WRAP and col in ("三级指标", "指标名称", "指标内容") and dw(c) > 28:
                out.append(wrap(c, 26))
            else:
                out.append([c])
    return out


def lines(doc_id, doc, drop):
    """One cell a line (empty cells as empty lines, or dropped); line-end noise: every 7th non-empty line ends with
    an ASCII space, every 13th with an ideographic space."""
    out = [doc["title"]]
    for p in doc["projects"]:
        for pieces in lines_cells(doc_id, p):
            for s in pieces:
                if drop and blank(s):
                    continue
                out.append(s.strip() if blank(s) else s)
    k = 0
    for i, s in enumerate(out):
        if s:
            k += 1
            if k % 13 == 0:
                out[i] = s + "\u3000"
            elif k % 7 == 0:
                out[i] = s + " "
    write(doc_id, "lines_dropped.txt" if drop else "lines.txt", "\n".join(out) + "\n")


# ------------------------------------------------------------------ space-aligned (pdftotext -layout imitation)
CLOSE = set("，。、；：？！）》」』”’%％,.;:)]")
OPEN = set("（《「『“‘([")
COLW = {  # display columns (CJK = 2) per header name, scaled to fill the page's table width
    "序号": 5,
    CAT1: 10,
    CAT2: 12,
    "三级指标": 22,
    "指标名称": 22,
    "指标内容": 22,
    "指标值": 14,
    "目标值": 14,
    "年度指标值": 15,
    "实施期指标值": 15,
    "中期指标值": 15,
    "实际完成值": 12,
    "分值": 5,
    "得分": 5,
    "权重": 5,
    "权重（%）": 6,
    "指标性质": 8,
    "计算符号": 8,
    "符号": 5,
    "度量单位": 8,
    "计量单位": 8,
    "指标方向性": 6,
    "指标值及单位": 17,
    "绩效标准": 8,
    "指标解释": 20,
    "评(扣)分标准": 16,
    "指标值确定依据": 14,
    "偏差原因及改进措施": 20,
    "偏差原因分析及改进措施": 20,
    "备注": 14,
}
GAP = 2


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def tokens(text):
    """Units that are never broken: ASCII runs (numbers, units, codes), else single characters."""
    return re.findall(r"[!-~]+|\s|.", text)


def wrap(text, width):
    """Greedy wrap at display width; ASCII runs kept whole where they fit; a line never starts with closing
    punctuation (the character before moves down with it) nor ends with an opening bracket."""
    text = text.strip()
    if not text:
        return []
    toks = []
    for t in tokens(text):
        if t.isspace():
            toks.append(" ")
        elif dw(t) > width:
            toks += list(t)
        else:
            toks.append(t)
    out, cur = [], []
    for t in toks:
        if t == " " and not cur:
            continue
        if cur and dw("".join(cur) + t) > width:
            carry = [t]
            if t[0] in CLOSE and len(cur) > 1 and dw(cur[-1] + t) <= width:
                carry.insert(0, cur.pop())
            while len(cur) > 1 and cur[-1][-1] in OPEN and dw("".join([cur[-1]] + carry)) <= width:
                carry.insert(0, cur.pop())
            out.append("".join(cur).rstrip())
            cur = carry
            while cur and cur[0] == " ":
                cur.pop(0)
        else:
            cur.append(t)
    if cur:
        out.append("".join(cur).rstrip())
    return [x for x in out if x]


class Canvas:
    def __init__(self):
        self.lines = []

    def put(self, line, x, text):
        while len(self.lines) <= line:
            self.lines.append([])
        self.lines[line].append((x, text))

    def render(self, keep_trailing_to=None):
        out = []
        for items in self.lines:
            col = 0
            s = ""
            for x, text in sorted(items):
                if x < col:
                    x = col + GAP  # never glue two cells
                s += " " * (x - col) + text
                col = x + dw(text)
            if keep_trailing_to and col < keep_trailing_to and s.strip():
                s += " " * (keep_trailing_to - col)
            out.append(s)
        return out


def geometry(columns, table_w):
    w = [COLW.get(c, 10) for c in columns]
    tot = sum(w)
    widths = [max(6, int(round(table_w * x / tot))) for x in w]
    xs, x = [], 0
    for v in widths:
        xs.append(x)
        x += v
    return xs, [v - GAP for v in widths]


HB_POS = (0, 0.17, 0.40, 0.57, 0.80)  # header block columns, as fractions of the table width


def hb_spans(n):
    if n == 2:
        return [(0, 1), (1, 5)]
    if n == 3:
        return [(0, 1), (1, 2), (2, 3)]
    if n == 4:
        return [(0, 1), (1, 3), (3, 4), (4, 5)]
    return [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)]


def header_band(p, table_w, centered):
    """Lines of the header block: each row as tall as its tallest cell; top shape: cells on the row's first line,
    项目资金（万元） on the first money row; centred shape: cells vertically centred in their row (rounding down
    this time), keys horizontally centred in their part, 项目资金（万元） centred over its money rows, a blank line
    between rows."""
    pos = [int(table_w * f) for f in HB_POS] + [table_w]
    rows = header_rows(p["header"])
    keys = {k for k, _ in p["header"]} | {"项目资金（万元）"}
    cells = []
    for r in rows:
        spans = hb_spans(len(r))
        cells.append([(pos[a], pos[b] - pos[a] - GAP, wrap(c, pos[b] - pos[a] - GAP)) for c, (a, b) in zip(r, spans)])
    heights = [max([1] + [len(ls) for _, _, ls in row]) for row in cells]
    sep = 1 if centered else 0
    cv = Canvas()
    top = 0
    money_at = None
    for ri, row in enumerate(cells):
        h = heights[ri]
        for ci, (x, w, ls) in enumerate(row):
            text = rows[ri][ci]
            if ci == 0 and text == "项目资金（万元）":
                money_at = (ri, top)
                continue
            off = (h - len(ls)) // 2 if centered else 0
            for k, s in enumerate(ls):
                dx = (w - dw(s)) // 2 if centered and text in keys else 0
                cv.put(top + off + k, x + dx, s)
        top += h + sep
    if money_at:
        ri, t0 = money_at
        n = 1
        while ri + n < len(rows) and rows[ri + n][0] == "" and len(rows[ri + n]) in (3, 5):
            n += 1
        span = sum(heights[ri : ri + n]) + (n - 1) * sep
        ls = wrap("项目资金（万元）", pos[1] - GAP)
        off = (span - len(ls)) // 2 if centered else 0
        for k, s in enumerate(ls):
            cv.put(t0 + off + k, 0, s)
    return cv.render()


def place_cell(cv, line0, h, x, w, ls, centered, left):
    off = (h - len(ls) + 1) // 2 if centered else 0  # round UP: the lower of two middle lines
    for k, s in enumerate(ls):
        dx = 0 if (left or not centered) else (w - dw(s)) // 2
        cv.put(line0 + off + k, x + dx, s)


def aligned_text(doc, centered, page_len):
    """pdftotext -layout imitation (display metric, CJK = 2).  Top shape: dense rows (no blank line between grid
    rows), merged labels on their block's first line, `续表` and the grid header at the top of a page that goes on
    with a grid, footer `n / m`, grid lines padded with spaces to the table's right edge.  Centred shape: a blank
    line after every grid row, cells and labels vertically centred rounding UP (a one-line value beside a two-line
    name sits on the name's SECOND line), short cells horizontally centred, a label cut by a page printed once,
    centred in the part on the first page; footer the bare page number; every 10th line of a page ends with
    U+3000."""
    landscape = doc["variant"] in LANDSCAPE
    page_w = 164 if landscape else 116
    margin = 4 if centered else 2
    table_w = page_w - 2 * margin
    room = page_len - 3  # the footer takes the last three lines
    sep = 1 if centered else 0
    pages, cur = [], []
    split = False

    for p in doc["projects"]:
        title = doc["title"]
        tl = [" " * max(0, (page_w - dw(title)) // 2) + title, " " * (page_w - dw("单位：万元") - 2) + "单位：万元"]
        hb = [(" " * margin + s) if s.strip() else "" for s in header_band(p, table_w, centered)]
        cols, rows = p["columns"], p["rows"]
        xs, ws = geometry(cols, table_w)
        cats = cat_cols(cols)
        hdr = [wrap(c, ws[j]) for j, c in enumerate(cols)]
        body = [[wrap(c, ws[j]) for j, c in enumerate(r)] for r in rows]
        heights = [max([1] + [len(body[i][j]) for j in range(len(cols)) if j not in cats]) for i in range(len(rows))]
        hh = max(len(x) for x in hdr)
        bl = blocks(rows, cols)

        cv = Canvas()
        for j, ls in enumerate(hdr):
            place_cell(cv, 0, hh, margin + xs[j], ws[j], ls, centered, False)
        grid_header = cv.render() + ([""] if centered else [])
        cont = ([] if centered else ["续表"]) + grid_header

        def part_lines(i, j):
            h = {r: heights[r] for r in range(i, j)}
            labels = []
            for c in cats:
                for a, b in bl[c]:
                    if a < i or a >= j:
                        continue  # a label is printed where its block starts
                    last = min(b, j - 1)
                    ls = wrap(rows[a][c], ws[c])
                    span = sum(h[r] + sep for r in range(a, last + 1)) - sep
                    if len(ls) > span:
                        h[last] += len(ls) - span
                        span = len(ls)
                    labels.append((c, a, ls, span))
            cv = Canvas()
            line_of, line = {}, 0
            for r in range(i, j):
                line_of[r] = line
                for c in range(len(cols)):
                    if c not in cats:
                        place_cell(cv, line, h[r], margin + xs[c], ws[c], body[r][c], centered, cols[c] in LONG_TEXT)
                line += h[r] + sep
            for c, a, ls, span in labels:
                place_cell(cv, line_of[a], span, margin + xs[c], ws[c], ls, centered, False)
            out = cv.render(keep_trailing_to=None if centered else margin + table_w)
            while len(out) < line:
                out.append("")
            return out

        need = len(tl) + 1 + len(hb) + 1 + len(grid_header) + len(part_lines(0, min(2, len(rows))))
        if cur and len(cur) + 1 + need > room:
            pages.append(cur)
            cur = []
        if cur:
            cur.append("")
        cur += tl + [""] + hb + [""] + grid_header
        i = 0
        while i < len(rows):
            best = None
            for j in range(i + 1, len(rows) + 1):
                ls = part_lines(i, j)
                if len(cur) + len(ls) <= room:
                    best = (j, ls)
                else:
                    break
            if best is None:
                if cur == cont:
                    best = (i + 1, part_lines(i, i + 1))  # a row taller than a page: print it anyway
                else:
                    pages.append(cur)
                    cur = list(cont)
                    split = True
                    continue
            j, ls = best
            cur += ls
            i = j
            if i < len(rows):
                pages.append(cur)
                cur = list(cont)
                split = True
    if cur:
        pages.append(cur)
    n = len(pages)
    out = []
    for k, pg in enumerate(pages, 1):
        body_ = pg[:]
        while body_ and body_[-1].strip() == "":
            body_.pop()
        if centered:
            foot = " " * ((page_w - dw(str(k))) // 2) + str(k)
            body_ = [s + ("\u3000" if (m + 1) % 10 == 0 and s.strip() else "") for m, s in enumerate(body_)]
        else:
            foot = " " * ((page_w - dw("%d / %d" % (k, n))) // 2) + "%d / %d" % (k, n)
        out.append("\n".join(body_ + ["", "", foot]) + "\n")
    return "\f".join(out), split


def aligned(doc_id, doc, centered):
    """Page length: centred 42 lines (portrait) / 30 (landscape); top: the first of 50, 52, … 70, then 48, 46, … 24
    (landscape 36, 38, … 50, then 34, … 20) at which some project's grid crosses a page."""
    landscape = doc["variant"] in LANDSCAPE
    if centered:
        text, _ = aligned_text(doc, True, 30 if landscape else 42)
    else:
        base, top = (36, 50) if landscape else (50, 70)
        for n in list(range(base, top + 1, 2)) + list(range(base - 2, 19, -2)):
            text, split = aligned_text(doc, False, n)
            if split:
                break
    write(doc_id, "aligned_centered.txt" if centered else "aligned_top.txt", text)


# ------------------------------------------------------------------ flattened
def flat_row(doc_id, columns, r):
    """A grid row glued; in FLAT_SPLIT documents a cell of 15 or more characters continues on the next line after
    what its PDF column holds on one line (display width 24 for names and values, 28 for free text, ASCII runs
    such as `10` or `GB/T 27770-2011` never cut), as a copy-paste from a PDF gives; merged (empty) cells vanish."""
    out = [""]
    for j, c in enumerate(r):
        c = c.strip()
        if not c:
            continue
        if doc_id in FLAT_SPLIT and len(c) >= 15:
            pieces = wrap(c, 28 if columns[j] in LONG_TEXT else 24)
            out[-1] += pieces[0]
            out += pieces[1:]
        else:
            out[-1] += c
    return out


def flat(doc_id, doc):
    """No delimiter.  Header block `key:value` (ASCII colon), one pair a line; the money items on ONE line after
    `项目资金（万元）:` with single spaces between key and amount and between items; the grid header glued."""
    out = [doc["title"]]
    for pi, p in enumerate(doc["projects"]):
        h = p["header"]
        i = 0
        while i < len(h):
            k, v = h[i]
            if k == "项目资金（万元）":
                j = i + 1
                items = []
                while j < len(h) and h[j][0] in MONEY_KEYS:
                    items.append(h[j][0] + " " + h[j][1])
                    j += 1
                out.append(k + ":" + " ".join(items))
                i = j
                continue
            out.append(k + ":" + v)
            i += 1
        out.append("".join(p["columns"]))
        for n, r in enumerate(p["rows"]):
            if doc_id in FLAT_PAGE and pi == 1 and n == 9:
                out += ["第2页", "".join(p["columns"])]
            out += flat_row(doc_id, p["columns"], r)
    write(doc_id, "flat.txt", "\n".join(out) + "\n")


def oneline(doc_id, doc):
    """One line per project: the title, an ideographic space, the header block as `key：value` items joined by `；`
    (money items joined by `，`, amount glued to its key), an ideographic space, then the whole grid glued."""
    out = []
    for p in doc["projects"]:
        h = p["header"]
        items, i = [], 0
        while i < len(h):
            k, v = h[i]
            if k == "项目资金（万元）":
                j = i + 1
                money = []
                while j < len(h) and h[j][0] in MONEY_KEYS:
                    money.append(h[j][0] + h[j][1])
                    j += 1
                items.append(k + "：" + "，".join(money))
                i = j
                continue
            items.append(k + "：" + v)
            i += 1
        grid = "".join(p["columns"]) + "".join("".join(c.strip() for c in r) for r in p["rows"])
        out.append(doc["title"] + "\u3000" + "；".join(items) + "\u3000" + grid)
    write(doc_id, "oneline.txt", "\n".join(out) + "\n")


# ------------------------------------------------------------------ XLSX
NUM = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
PCT = re.compile(r"^\d+(\.\d+)?%$")
NUMERIC_COLS = ("指标值", "权重", "权重（%）", "分值", "得分", "实际完成值", "年度指标值", "目标值", "序号")


def as_number(text):
    """(value, number format) when a spreadsheet would hold the text as a number showing the same text."""
    t = text.strip()
    if t != text or not t:
        return None
    if PCT.match(t):
        dec = len(t[:-1].split(".")[1]) if "." in t else 0
        v = Decimal(t[:-1]) / 100
        return float(v), "0%" if dec == 0 else "0." + "0" * dec + "%"
    if NUM.match(t):
        dec = len(t.split(".")[1]) if "." in t else 0
        grp = "," in t
        v = Decimal(t.replace(",", ""))
        fmt = ("#,##0" if grp else "0") + ("." + "0" * dec if dec else "")
        return (int(v) if dec == 0 else float(v)), fmt
    return None


def put(ws, row, col, text, numeric=False, bold=False, wrap_=True, align="center"):
    c = ws.cell(row=row, column=col)
    num = as_number(text) if numeric else None
    if num:
        c.value, c.number_format = num
    else:
        c.value = text if text != "" else None
    c.alignment = Alignment(wrap_text=wrap_, vertical="center", horizontal=align)
    if bold:
        c.font = Font(bold=True)
    return c


def budget_sheet(wb):
    ws = wb.create_sheet("部门收支总表")
    ws["A1"] = "2025年部门收支总表"
    ws.merge_cells("A1:D1")
    ws["D2"] = "单位：万元"
    rows = [
        ("收入项目", "金额", "支出项目", "金额"),
        ("一般公共预算拨款收入", 2386.4, "一般公共服务支出", 1208.55),
        ("政府性基金预算拨款收入", 0, "公共安全支出", 96.3),
        ("事业收入", 126.8, "社会保障和就业支出", 412.75),
        ("其他收入", 35.6, "卫生健康支出", 831.2),
        ("本年收入合计", 2548.8, "本年支出合计", 2548.8),
    ]
    for i, r in enumerate(rows, 3):
        for j, v in enumerate(r, 1):
            c = ws.cell(row=i, column=j, value=v)
            if isinstance(v, (int, float)):
                c.number_format = "#,##0.00"
    for col, w in zip("ABCD", (24, 14, 24, 14)):
        ws.column_dimensions[col].width = w


def xlsx(doc_id, doc):
    """One sheet per project (`表1`, `表2`; XLSX_EXTRA: a 部门收支总表 sheet first); title merged across, `单位：万元`
    in the last column; the header block in the same five-part layout as the text shapes (values merged across);
    the grid with REAL merged cells for 一级/二级 blocks (XLSX_FILL: unmerged, the label on every row); amounts,
    bare numbers of the value/weight/score columns and plain percentages stored as NUMBERS with a number format
    that shows them as printed (`95%` → 0.95 with `0%`, `1,260.00` → 1260 with `#,##0.00`)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    if doc_id in XLSX_EXTRA:
        budget_sheet(wb)
    for pi, p in enumerate(doc["projects"], 1):
        ws = wb.create_sheet("表%d" % pi)
        cols = p["columns"]
        n = max(len(cols), 5)
        put(ws, 1, 1, doc["title"], bold=True)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
        put(ws, 2, n, "单位：万元", align="right")
        row = 3
        for r in header_rows(p["header"]):
            if len(r) == 2:
                spans = [(1, 1), (2, n)]
            elif len(r) == 4:
                m = max(3, (n + 1) // 2 + 1)
                spans = [(1, 1), (2, m - 1), (m, m), (m + 1, n)]
            else:
                spans = [(1, 1), (2, 2), (3, 3), (4, 4), (5, n)][: len(r)]
                if len(r) == 3:
                    spans[-1] = (3, n)
            for c, (a, b) in zip(r, spans):
                money = c and any(c == v for k, v in p["header"] if k in MONEY_KEYS)
                put(ws, row, a, c, numeric=bool(money), align="left" if len(c) > 30 else "center")
                if b > a:
                    ws.merge_cells(start_row=row, start_column=a, end_row=row, end_column=b)
            row += 1
        # 项目资金（万元） merged down over its money rows
        first = [i for i in range(3, row) if ws.cell(row=i, column=1).value == "项目资金（万元）"]
        if first:
            a = first[0]
            b = a
            while (
                b + 1 < row
                and ws.cell(row=b + 1, column=1).value is None
                and ws.cell(row=b + 1, column=2).value in MONEY_KEYS
            ):
                b += 1
            if b > a:
                ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
        for j, c in enumerate(cols, 1):
            put(ws, row, j, c, bold=True)
        row += 1
        g0 = row
        rows = filled(p["rows"], cols) if doc_id in XLSX_FILL else p["rows"]
        for r in rows:
            for j, c in enumerate(r, 1):
                put(
                    ws,
                    row,
                    j,
                    c,
                    numeric=cols[j - 1] in NUMERIC_COLS,
                    align="left" if cols[j - 1] in LONG_TEXT else "center",
                )
            row += 1
        if doc_id not in XLSX_FILL:
            for j, bl in blocks(p["rows"], cols).items():
                for a, b in bl:
                    if b > a:
                        ws.merge_cells(start_row=g0 + a, start_column=j + 1, end_row=g0 + b, end_column=j + 1)
        for j in range(1, n + 1):
            name = cols[j - 1] if j <= len(cols) else ""
            ws.column_dimensions[get_column_letter(j)].width = max(8, COLW.get(name, 10) * 0.9)
    wb.save(os.path.join(DOCS, doc_id + ".xlsx"))


def main():
    for name in sorted(os.listdir(DATA)):
        if not name.endswith(".json"):
            continue
        doc_id = name[:-5]
        doc = load(doc_id)
        pipe(doc_id, doc)
        pipe_bare(doc_id, doc)
        tab(doc_id, doc)
        csv_shape(doc_id, doc)
        lines(doc_id, doc, False)
        lines(doc_id, doc, True)
        aligned(doc_id, doc, False)
        aligned(doc_id, doc, True)
        flat(doc_id, doc)
        oneline(doc_id, doc)
        xlsx(doc_id, doc)
        print(doc_id)


if __name__ == "__main__":
    main()
