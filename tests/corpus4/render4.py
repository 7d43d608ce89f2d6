"""render4.py: an independent renderer of the text shapes of a 项目支出绩效目标表 (blind4).

Written from /work/shared/FORMS.md §2 only (no earlier renderer was read).  Reads data/<doc>.json and writes
docs/<doc>.<shape> for the shapes listed in SHAPES.  The PDF (and its pdftotext) is made by tools/render_pdf.py.
Every choice is documented in README.md ("The renderer's choices").
Usage: /work/venv/bin/python render4.py [corpus folder, default: this file's folder]
"""

import csv
import glob
import io
import json
import os
import sys
import unicodedata

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
DOCS = os.path.join(HERE, "docs")

CAT = ("一级指标", "二级指标")
LONG_TEXT = ("指标解释", "评(扣)分标准", "偏差原因及改进措施", "指标值确定依据")
NAME_COLS = ("三级指标", "指标内容", "指标名称")
GOAL_KEYS = ("实施期目标", "长期目标", "中期目标")
FUNDING_KEYS = ("实施期资金总额", "年度资金总额", "其中：财政拨款", "其他资金")

# per-document settings
BROKEN_HEADER_DOCS = ("blind4_02", "blind4_05", "blind4_07")  # one-cell-a-line: grid header names broken 一级\n指标
MD_SEPARATOR_DOCS = ("blind4_01", "blind4_05")  # .pipe.txt: a markdown | --- | row under the grid header
REPEAT_LABEL_DOCS = ("blind4_02",)  # aligned: a block cut by a page prints its label again (as the PDF)
WIDE_VARIANTS = ("coded", "self_evaluation")
PAGE_LINES = {"portrait": 56, "landscape": 42}  # text lines per page before the footer (aligned shapes)
GAP = 3  # spaces between columns in the aligned shapes (>= 2 always)

COL_W = {  # display columns (CJK = 2) per grid column, aligned shapes
    "序号": 6,
    "一级指标": 10,
    "二级指标": 14,
    "三级指标": 26,
    "指标内容": 26,
    "指标名称": 26,
    "指标值": 16,
    "目标值": 16,
    "年度指标值": 18,
    "实施期指标值": 18,
    "长期指标值": 18,
    "中期指标值": 18,
    "指标值及单位": 18,
    "绩效标准": 10,
    "指标性质": 8,
    "计算符号": 8,
    "符号": 6,
    "度量单位": 10,
    "计量单位": 10,
    "权重": 6,
    "分值": 6,
    "得分": 6,
    "实际完成值": 12,
    "指标方向性": 10,
    "指标解释": 28,
    "评(扣)分标准": 28,
    "指标值确定依据": 18,
    "偏差原因及改进措施": 28,
}


# ------------------------------------------------------------------ shared: the rows of cells of a document
def header_rows(header):
    """The header block as printed in a Word table: rows of cells (pairs side by side, money rows under
    项目资金（万元）, the two goals side by side under 总体目标)."""
    rows, items, i = [], list(header), 0
    while i < len(items):
        k, v = items[i]
        nxt = items[i + 1] if i + 1 < len(items) else (None, None)
        if k in ("主管部门", "项目属性") and nxt[0] in ("实施单位", "项目期"):
            rows.append([k, v, nxt[0], nxt[1]])
            i += 2
        elif k == "项目资金（万元）":
            j = i + 1
            while j < len(items) and items[j][0] in FUNDING_KEYS:
                rows.append([k if j == i + 1 else "", items[j][0], items[j][1]])
                j += 1
            i = j
        elif k in GOAL_KEYS and nxt[0] == "年度目标":
            rows.append(["总体目标", k, nxt[0]])
            rows.append(["", v, nxt[1]])
            i += 2
        else:
            rows.append([k, v])
            i += 1
    return rows


def doc_rows(doc):
    """[(kind, cells)] for the whole document; kind in title, header, gridhead, grid, blank."""
    out = [("title", [doc["title"]])]
    for p in doc["projects"]:
        out.append(("blank", []))
        out += [("header", r) for r in header_rows(p["header"])]
        out.append(("gridhead", list(p["columns"])))
        out += [("grid", list(r)) for r in p["rows"]]
    return out


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in s)


def write(doc_id, suffix, text):
    with open(os.path.join(DOCS, doc_id + suffix), "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ------------------------------------------------------------------ delimited shapes
def pipe(doc_id, doc, bare):
    lines = []
    for kind, cells in doc_rows(doc):
        if kind == "title":
            lines.append(cells[0])
        elif kind == "blank":
            lines.append("")
        else:
            s = " | ".join(cells)
            lines.append(s if bare else "| " + s + " |")
            if kind == "gridhead" and not bare and doc_id in MD_SEPARATOR_DOCS:
                lines.append("|" + "|".join([" --- "] * len(cells)) + "|")
    return "\n".join(lines) + "\n"


def tab(doc_id, doc):
    lines = []
    for kind, cells in doc_rows(doc):
        if kind == "blank":
            lines.append("")
        else:
            lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def break_text(s, at=("，", "；", "。", "、")):
    """An alt-enter line break after the first punctuation mark past the 8th character (long texts)."""
    for i, c in enumerate(s):
        if i >= 8 and c in at and i < len(s) - 2:
            return s[: i + 1] + "\n" + s[i + 1 :]
    return s


def break_goal(s):
    """Numbered goals: a line break before each `2.`, `3.` … item."""
    out = s
    for n in range(2, 10):
        out = out.replace("；%d." % n, "；\n%d." % n)
    return out


def break_name(s):
    """An alt-enter break in the middle of a long name, between two CJK characters."""
    m = len(s) // 2
    for d in range(0, len(s) // 2):
        for i in (m + d, m - d):
            if 1 < i < len(s) - 1 and dw(s[i - 1]) == 2 and dw(s[i]) == 2 and s[i] not in "，。、；：）》”":
                return s[:i] + "\n" + s[i:]
    return s


def csv_shape(doc_id, doc):
    rows = []
    width = max(len(c) for _, c in doc_rows(doc))
    cur_cols, names_broken = None, set()
    for kind, cells in doc_rows(doc):
        cells = list(cells)
        if kind == "header":
            if cells[0] == "" and len(cells) == 3 and cells[1] and not cells[1] in FUNDING_KEYS:
                cells = [cells[0], break_goal(cells[1]), break_goal(cells[2])]
        if kind == "gridhead":
            cur_cols = cells
            longest = None
        if kind == "grid":
            for j, c in enumerate(cur_cols):
                if c in LONG_TEXT and len(cells[j]) > 20:
                    cells[j] = break_text(cells[j])
            jn = next(j for j, c in enumerate(cur_cols) if c in NAME_COLS)
            key = id(cur_cols)
            if len(cells[jn]) >= 13 and key not in names_broken:  # the first long name of each project
                cells[jn] = break_name(cells[jn])
                names_broken.add(key)
        rows.append(cells + [""] * (width - len(cells)))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ------------------------------------------------------------------ one cell a line
def broken_header(name):
    if len(name) <= 3:
        return name
    if name.endswith("指标"):
        return name[:-2] + "\n指标"
    return name[:-2] + "\n" + name[-2:]


def lines_shape(doc_id, doc, dropped):
    out = []
    n = 0
    for kind, cells in doc_rows(doc):
        if kind == "blank":
            continue
        for c in cells:
            if kind == "gridhead" and doc_id in BROKEN_HEADER_DOCS:
                c = broken_header(c)
            if c == "" and dropped:
                continue
            n += 1
            # some lines end in an ideographic space (copied from a Word table), never inside a cell
            out.append(c + ("\u3000" if c and n % 11 == 5 and "\n" not in c else ""))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ flattened
def flat(doc_id, doc):
    """One row a line, no delimiter at all: cells glued; the header block one key+value (glued) a line;
    merged (empty) 一级/二级 cells simply vanish."""
    out = []
    i = 0
    goal_keys = []
    for kind, cells in doc_rows(doc):
        if kind == "blank":
            continue
        if kind == "header":
            if len(cells) == 2:
                out.append(cells[0] + cells[1])
            elif len(cells) == 4:
                out += [cells[0] + cells[1], cells[2] + cells[3]]
            elif cells[1] in FUNDING_KEYS:
                if cells[0]:
                    out.append(cells[0])
                out.append(cells[1] + cells[2])
            elif cells[0] == "总体目标":
                out.append("总体目标")
                goal_keys = cells[1:]
            else:
                out += [k + v for k, v in zip(goal_keys, cells[1:])]
            continue
        i += 1
        line = "".join(cells)
        out.append(line + (" " if i % 6 == 3 else ""))  # a trailing space now and then
    return "\n".join(out) + "\n"


def oneline(doc_id, doc):
    """The title on a line; per project the header block on ONE line (key：value items separated by one
    space), then the whole grid (header and rows) glued on ONE line."""
    out = [doc["title"]]
    for p in doc["projects"]:
        out.append(" ".join("%s：%s" % (k, v) if v else k for k, v in p["header"]))
        out.append("".join("".join(c) for c in [p["columns"]] + p["rows"]))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ space-aligned (pdftotext -layout imitation)
PUNCT_TAIL = "，。、；：）》”％%"


def tokens(s):
    out, buf = [], ""
    for c in s:
        if dw(c) == 1 and not c.isspace():
            buf += c
        else:
            if buf:
                out.append(buf)
                buf = ""
            out.append(c)
    if buf:
        out.append(buf)
    return out


def wrap(s, width):
    """Wrap at a display width: CJK anywhere, ASCII runs (numbers, units) kept whole, closing punctuation
    never starts a line (it may overhang by one character)."""
    if not s:
        return []
    lines, cur = [], ""
    for t in tokens(s):
        if dw(cur) + dw(t) <= width or not cur:
            if dw(t) > width and not cur:  # a run longer than the column: hard break
                while dw(t) > width:
                    lines.append(t[:width])
                    t = t[width:]
            cur += t
        elif t in PUNCT_TAIL:
            cur += t
        else:
            lines.append(cur)
            cur = t
    if cur:
        lines.append(cur)
    for i in range(len(lines) - 1):  # an opening bracket never ends a line: it moves down
        if lines[i][-1] in "（《“(" and len(lines[i]) > 1:
            lines[i], lines[i + 1] = lines[i][:-1], lines[i][-1] + lines[i + 1]
    return lines


class Canvas:
    """Lines addressed by half-line keys: 2*i is line i, 2*i+1 a line of its own between lines i and i+1
    (where pdftotext puts text whose baseline falls between two rows)."""

    def __init__(self):
        self.segs = {}

    def put(self, key, x, text):
        self.segs.setdefault(key, []).append((x, text))

    def lines(self, nlines):
        keys = sorted(set(range(0, 2 * nlines, 2)) | set(self.segs))
        out = []
        for k in keys:
            line = ""
            for x, t in sorted(self.segs.get(k, [])):
                if dw(line) > x - 2 and line:  # keep two spaces at least (never glue two cells)
                    x = dw(line) + 2
                line += " " * (x - dw(line)) + t
            out.append(line.rstrip())
        return out


def place(cv, x, width, top, height, lines, center_v, center_h):
    """Put wrapped lines into a cell box [top, top+height) at column x."""
    k = len(lines)
    off2 = (height - k) if center_v else 0  # in half lines
    for t, s in enumerate(lines):
        key = 2 * top + off2 + 2 * t
        xx = x + ((width - dw(s)) // 2 if center_h else 0)
        cv.put(key, xx, s)


def blocks(rows, j, j1):
    """[a, b] row ranges of the merged blocks of category column j (j1: the 一级 column, or None)."""
    out = []
    for i, r in enumerate(rows):
        if i == 0 or r[j] != "" or (j1 is not None and j != j1 and r[j1] != ""):
            out.append([i, i])
        else:
            out[-1][1] = i
    return out


def grid_part(columns, rows, x0, centered, carried=None):
    """Render the grid header and rows (one page's part) as text lines."""
    widths = [COL_W.get(c, 12) for c in columns]
    xs, x = [], x0
    for w in widths:
        xs.append(x)
        x += w + GAP
    cats = [j for j, c in enumerate(columns) if c in CAT]
    j1 = cats[0] if cats and columns[cats[0]] == "一级指标" else None
    rows = [list(r) for r in rows]
    if carried:
        for j, lab in carried.items():
            if rows[0][j] == "":
                rows[0][j] = lab
    # header row
    cv = Canvas()
    hl = [wrap(c, w) for c, w in zip(columns, widths)]
    hh = max(len(h) for h in hl)
    for j, h in enumerate(hl):
        place(cv, xs[j], widths[j], 0, hh, h, centered, centered)
    # row heights from the ordinary cells
    wrapped = [[wrap(c, widths[j]) for j, c in enumerate(r)] for r in rows]
    heights = [max([1] + [len(wr[j]) for j in range(len(columns)) if j not in cats]) for wr in wrapped]
    bl = {j: blocks(rows, j, j1) for j in cats}
    for j in cats:  # a label longer than its block makes the block's last row taller
        for a, b in bl[j]:
            need = len(wrapped[a][j]) - sum(heights[a : b + 1])
            if need > 0:
                heights[b] += need
    tops, t = [], hh
    for h in heights:
        tops.append(t)
        t += h
    for i, wr in enumerate(wrapped):
        for j in range(len(columns)):
            if j in cats:
                continue
            ch = centered and columns[j] not in LONG_TEXT
            place(cv, xs[j], widths[j], tops[i], heights[i], wr[j], centered, ch)
    for j in cats:
        for a, b in bl[j]:
            if rows[a][j] == "":
                continue
            height = sum(heights[a : b + 1])
            place(cv, xs[j], widths[j], tops[a], height, wrapped[a][j], centered, centered)
    return cv.lines(t), xs[-1] + widths[-1]


def running_labels(columns, rows, upto, carried):
    cats = [j for j, c in enumerate(columns) if c in CAT]
    lab = dict(carried or {})
    for r in rows[: upto + 1]:
        if cats and r[cats[0]] != "" and len(cats) > 1:
            lab[cats[1]] = ""
        for j in cats:
            if r[j] != "":
                lab[j] = r[j]
    return {j: v for j, v in lab.items() if v}


def header_block(header, x0, total, centered):
    """The header block as a 4-column ruled table would come out of pdftotext -layout."""
    k1, k2 = 18, 14
    v = (total - x0 - k1 - k2 - 3 * GAP) // 2
    xs = [x0, x0 + k1 + GAP, x0 + k1 + GAP + v + GAP, x0 + k1 + GAP + v + GAP + k2 + GAP]
    wide = total - xs[1]
    cv, line = Canvas(), 0
    rows = header_rows(header)
    i = 0
    while i < len(rows):
        r = rows[i]
        if len(r) == 2:
            lines = wrap(r[1], wide)
            cv.put(2 * line, xs[0], r[0])
            place(cv, xs[1], wide, line, len(lines), lines, False, False)
            line += max(1, len(lines))
        elif len(r) == 4:
            a, b = wrap(r[1], v), wrap(r[3], total - xs[3])
            h = max(1, len(a), len(b))
            for x, w, ls in ((xs[0], k1, [r[0]]), (xs[1], v, a), (xs[2], k2, [r[2]]), (xs[3], total - xs[3], b)):
                place(cv, x, w, line, h, ls, centered, False)
            line += h
        elif r[0] == "总体目标":
            g = rows[i + 1]
            a, b = wrap(g[1], v + GAP + 4), wrap(g[2], total - xs[2] - 6)
            h = max(len(a), len(b))
            place(cv, xs[0], k1, line, 1 + h, ["总体目标"], centered, False)
            cv.put(2 * line, xs[1], r[1])
            cv.put(2 * line, xs[2] + 6, r[2])
            place(cv, xs[1], v, line + 1, h, a, False, False)
            place(cv, xs[2] + 6, 0, line + 1, h, b, False, False)
            line += 1 + h
            i += 1
        else:  # money rows under 项目资金（万元）
            j = i
            while (
                j < len(rows)
                and len(rows[j]) == 3
                and rows[j][0] in ("", "项目资金（万元）")
                and (rows[j][1] in FUNDING_KEYS)
            ):
                cv.put(2 * (line + j - i), xs[1], rows[j][1])
                cv.put(2 * (line + j - i), xs[2], rows[j][2])
                j += 1
            n = j - i
            place(cv, xs[0], k1, line, n, [r[0]], centered, False)
            line += n
            i = j - 1
        i += 1
    return cv.lines(line)


def aligned(doc_id, doc, centered):
    wide = doc["variant"] in WIDE_VARIANTS
    page_len = PAGE_LINES["landscape" if wide else "portrait"]
    x0 = 4 if centered else 2
    total = max(sum(COL_W.get(c, 12) + GAP for c in p["columns"]) - GAP + x0 for p in doc["projects"])
    total = max(total, 96)
    pages, cur = [], []

    def newpage():
        nonlocal cur
        pages.append(cur)
        cur = []

    title = " " * ((total - dw(doc["title"])) // 2) + doc["title"]
    cur += [title, " " * (total - 10) + "单位：万元", ""]
    for pi, p in enumerate(doc["projects"]):
        hb = header_block(p["header"], x0, total, centered)
        if pi:
            hb = [""] + hb
        if len(cur) + len(hb) + 6 > page_len:
            newpage()
        cur += hb
        rows, carried, start = p["rows"], None, 0
        while start < len(rows):
            room = page_len - len(cur)
            n = len(rows) - start
            while n > 0:
                part, _ = grid_part(p["columns"], rows[start : start + n], x0, centered, carried)
                if len(part) <= room:
                    break
                n -= 1
            if n < 2 and n < len(rows) - start:
                newpage()
                continue
            cur += part
            if start + n < len(rows):
                lab = running_labels(p["columns"], rows, start + n - 1, None)
                carried = lab if doc_id in REPEAT_LABEL_DOCS else None
                newpage()
            start += n
    if cur:
        newpage()
    out = []
    for k, pg in enumerate(pages):
        lines = list(pg)
        for m, ln in enumerate(lines):  # copy damage: a few lines keep trailing spaces
            if ln and m % 13 == 7:
                lines[m] = ln + ("\u3000" if centered else "   ")
        lines += [""] * (page_len - len(lines))
        foot = ("第 %d 页，共 %d 页" % (k + 1, len(pages))) if centered else ("- %d -" % (k + 1))
        lines.append(" " * ((total - dw(foot)) // 2) + foot)
        out.append("\n".join(lines) + "\n\f")
    return "".join(out)


# ------------------------------------------------------------------ xlsx
def xlsx(doc_id, doc):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "项目支出绩效目标表"
    ncol = max(max(len(p["columns"]) for p in doc["projects"]), 3)
    r = 1
    ws.cell(r, 1, doc["title"])
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    r += 1
    for p in doc["projects"]:
        r += 1
        groups = []
        for row in header_rows(p["header"]):
            if len(row) == 2:
                ws.cell(r, 1, row[0])
                ws.cell(r, 2, row[1])
                if ncol > 2:
                    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
            elif len(row) == 4:  # key/value pairs: one per sheet row (the sheet is as wide as the grid)
                for kk, vv in ((row[0], row[1]), (row[2], row[3])):
                    ws.cell(r, 1, kk)
                    ws.cell(r, 2, vv)
                    if ncol > 2:
                        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
                    r += 1
                continue
            else:  # money / goals: key in A (merged down), sub-key in B, value from C
                if row[0]:
                    ws.cell(r, 1, row[0])
                    groups.append([r, r])
                else:
                    groups[-1][1] = r
                ws.cell(r, 2, row[1])
                ws.cell(r, 3, row[2])
                if ncol > 3:
                    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=ncol)
            r += 1
        for a, b in groups:
            if b > a:
                ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
        # grid
        cols = p["columns"]
        for j, c in enumerate(cols):
            ws.cell(r, j + 1, c)
        r += 1
        first = r
        for row in p["rows"]:
            for j, c in enumerate(row):
                if c != "":
                    ws.cell(r, j + 1, c)
            r += 1
        cats = [j for j, c in enumerate(cols) if c in CAT]
        j1 = cats[0] if cats and cols[cats[0]] == "一级指标" else None
        for j in cats:
            for a, b in blocks(p["rows"], j, j1):
                if b > a and p["rows"][a][j] != "":
                    ws.merge_cells(start_row=first + a, start_column=j + 1, end_row=first + b, end_column=j + 1)
    # money/goal merges: done above in a simple way; unmerge overlapping is avoided by construction
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    for j in range(1, ncol + 1):
        ws.column_dimensions[get_column_letter(j)].width = 16
    wb.save(os.path.join(DOCS, doc_id + ".xlsx"))


# ------------------------------------------------------------------
SHAPES = (
    ".pipe.txt",
    ".pipe_bare.txt",
    ".tab.tsv",
    ".csv",
    ".lines.txt",
    ".lines_dropped.txt",
    ".aligned_top.txt",
    ".aligned_centered.txt",
    ".flat.txt",
    ".oneline.txt",
    ".xlsx",
)


def render(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        doc = json.load(f)
    write(doc_id, ".pipe.txt", pipe(doc_id, doc, False))
    write(doc_id, ".pipe_bare.txt", pipe(doc_id, doc, True))
    write(doc_id, ".tab.tsv", tab(doc_id, doc))
    write(doc_id, ".csv", csv_shape(doc_id, doc))
    write(doc_id, ".lines.txt", lines_shape(doc_id, doc, False))
    write(doc_id, ".lines_dropped.txt", lines_shape(doc_id, doc, True))
    write(doc_id, ".aligned_top.txt", aligned(doc_id, doc, False))
    write(doc_id, ".aligned_centered.txt", aligned(doc_id, doc, True))
    write(doc_id, ".flat.txt", flat(doc_id, doc))
    write(doc_id, ".oneline.txt", oneline(doc_id, doc))
    xlsx(doc_id, doc)


def main():
    os.makedirs(DOCS, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(DATA, "*.json"))):
        doc_id = os.path.splitext(os.path.basename(path))[0]
        render(doc_id)
        print(doc_id)


if __name__ == "__main__":
    main()
