"""blind18 renderer: ten text shapes and the XLSX from data/<doc>.json (own code, written from FORMS.md §2).

Usage: python render18.py [corpus folder]   (default: the folder of this file). Deterministic: no clock, no randomness.
"""

import csv
import io
import json
import math
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
CAT1, CAT2 = "一级指标", "二级指标"
GOAL_KEYS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")
MONEY_KEY = "项目资金（万元）"


# ------------------------------------------------------------------ my header-block layout (all shapes)
def header_rows(header):
    """A HORIZONTAL header block: the plain items three a row as a KEY ROW over a VALUE ROW; the money items as one key
    row (`项目资金（万元）` first) over one amount row (its own empty value first); each goal `key | text` on a row."""
    items = [tuple(kv) for kv in header]
    m = [k for k, _ in items].index(MONEY_KEY)
    plain = items[:m]
    rest = items[m + 1 :]
    money = [kv for kv in rest if kv[0] not in GOAL_KEYS]
    goals = [kv for kv in rest if kv[0] in GOAL_KEYS]
    rows = []
    for i in range(0, len(plain), 3):
        chunk = plain[i : i + 3]
        rows.append(("hk", [k for k, _ in chunk]))
        rows.append(("hv", [v for _, v in chunk]))
    rows.append(("hk", [MONEY_KEY] + [k for k, _ in money]))
    rows.append(("hv", [items[m][1]] + [v for _, v in money]))
    for k, v in goals:
        rows.append(("goal", [k, v]))
    return rows


def layout(doc):
    """[(project index or None, kind, cells)] in print order: the title once, then per project its header block,
    the grid header and the grid rows."""
    out = [(None, "title", [doc["title"]])]
    for i, p in enumerate(doc["projects"]):
        out += [(i, k, c) for k, c in header_rows(p["header"])]
        out.append((i, "ghead", list(p["columns"])))
        out += [(i, "grid", list(r)) for r in p["rows"]]
    return out


# ------------------------------------------------------------------ display width and wrapping
def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap(text, width):
    """Break text into lines of display width <= width; never between two ASCII letters/digits if avoidable."""
    if text == "":
        return []
    lines, cur = [], ""
    for ch in text:
        if cur and dw(cur + ch) > width:
            cut = len(cur)
            if ch.isascii() and ch.isalnum():
                j = len(cur)
                while j > 0 and cur[j - 1].isascii() and (cur[j - 1].isalnum() or cur[j - 1] in ".,"):
                    j -= 1
                if 0 < j < len(cur):
                    cut = j
            lines.append(cur[:cut])
            cur = cur[cut:]
        cur += ch
    lines.append(cur)
    return lines


def pad(s, w, how="left"):
    gap = max(0, w - dw(s))
    if how == "center":
        return " " * (gap // 2) + s + " " * (gap - gap // 2)
    return s + " " * gap


NAME_COLS = ("三级指标", "指标内容", "指标名称")
SMALL = ("序号", "分值", "得分", "权重", "权重（%）", "符号", "计算符号", "指标性质", "是否核心指标")
LONG = ("偏差原因", "评分方法", "核验方式", "指标类别")


def col_width(name):
    if name in NAME_COLS:
        return 26
    if name == CAT1:
        return 10
    if name == CAT2:
        return 14
    if name in SMALL:
        return 8
    if name in LONG:
        return 18
    return 16


# ------------------------------------------------------------------ 1 pipe: Confluence wiki markup
def pipe(doc):
    out = []
    for pi, kind, cells in layout(doc):
        if kind == "title":
            out.append("h3. " + cells[0])
            continue
        if kind == "hk" and cells[0] in ("项目名称",):
            out.append("")
        if kind == "ghead" or kind == "hk":
            out.append("||" + "||".join(c or " " for c in cells) + "||")
        else:
            out.append("|" + "|".join(c or " " for c in cells) + "|")
        if kind == "goal" and cells[0] == doc_last_goal(doc, pi):
            out.append("")
    return "\n".join(out) + "\n"


def doc_last_goal(doc, pi):
    return [k for k, _ in doc["projects"][pi]["header"] if k in GOAL_KEYS][-1]


# ------------------------------------------------------------------ 2 pipe_bare: Oracle SQL*Plus, COLSEP '|', PAGESIZE 14
PAGESIZE = 14


def pipe_bare(doc):
    out = []
    for pi, p in enumerate(doc["projects"]):
        if pi == 0:
            out.append(doc["title"])  # PROMPT
        for kind, cells in header_rows(p["header"]):
            out.append("|".join(cells))  # PROMPT lines: no padding
        cols = p["columns"]
        w = [max([len(cols[j])] + [len(r[j]) for r in p["rows"]]) for j in range(len(cols))]
        head = "|".join(c.ljust(w[j]) for j, c in enumerate(cols)).rstrip()
        rule = "|".join("-" * w[j] for j in range(len(cols)))
        body = ["|".join(c.ljust(w[j]) for j, c in enumerate(r)).rstrip() for r in p["rows"]]
        per_page = PAGESIZE - 3  # the blank line, the heading and the rule count in the page
        for k in range(0, len(body), per_page):
            out += ["", head, rule] + body[k : k + per_page]
        out += ["", "%d rows selected." % len(body), ""]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ 3 tab: Excel for Mac "Tab Delimited Text"
def goal_breaks(text):
    """The typed line breaks (Alt+Enter) of a numbered goal cell: before `2.`, `3.` … after `；`."""
    return re.sub(r"；(?=\d+\.)", "；\n", text)


def tab(doc):
    def q(c):  # Excel quotes a cell that holds a tab, a quote or a typed line break
        return '"%s"' % c.replace('"', '""') if re.search('[\t"\n\r]', c) else c

    out = []
    for pi, kind, cells in layout(doc):
        if kind == "goal":
            cells = [cells[0], goal_breaks(cells[1])]
        out.append("\t".join(q(c) for c in cells) + "\r")
    return "".join(out)


# ------------------------------------------------------------------ 4 csv: an export with Excel's `sep=,` hint line
def csv_shape(doc):
    buf = io.StringIO()
    buf.write("sep=,\r\n")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for pi, kind, cells in layout(doc):
        w.writerow(cells)
    return buf.getvalue()


# ------------------------------------------------------------------ 5/6 lines: Word "Save as Plain Text" + "Insert line breaks"
def cell_widths(kind, cells, columns):
    if kind == "title":
        return [60]
    if kind in ("ghead", "grid"):
        return [col_width(c) for c in columns]
    if kind == "goal":
        return [12, 60]
    return [24] * len(cells)


def lines(doc, drop_empty=False):
    out = []
    for pi, kind, cells in layout(doc):
        cols = doc["projects"][pi]["columns"] if pi is not None else None
        for c, wdt in zip(cells, cell_widths(kind, cells, cols)):
            parts = wrap(c, wdt)
            if not parts:
                if not drop_empty:
                    out.append("")
                continue
            out += parts
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ 7/8 aligned: pdftotext -layout imitation
MARGIN, GUTTER, BODY = 6, 3, 40


def running_head(doc, total_w):
    t = doc["title"]
    head = t[: t.index("年") + 1] + ("部门决算公开" if doc["variant"] == "self_evaluation" else "部门预算公开")
    return " " * (MARGIN + max(0, total_w - dw(head))) + head


def compose_row(cells, widths, align="left", valign="top", nlines=None):
    wrapped = [wrap(c, w) for c, w in zip(cells, widths)]
    n = nlines or max([1] + [len(x) for x in wrapped])
    grid = []
    for x in wrapped:
        off = (n - len(x)) // 2 if valign == "middle" else 0
        grid.append([""] * off + x + [""] * (n - off - len(x)))
    rows = []
    for i in range(n):
        s = " " * MARGIN + (" " * GUTTER).join(pad(grid[j][i], widths[j], align) for j in range(len(cells)))
        rows.append(s.rstrip())
    return rows


def header_block_lines(p, total_w):
    out = []
    for kind, cells in header_rows(p["header"]):
        if kind == "goal":
            widths = [12, total_w - 12 - GUTTER]
        else:
            n = len(cells)
            wd = (total_w - GUTTER * (n - 1)) // n
            widths = [wd] * n
        out.append(compose_row(cells, widths))
    return out


def grid_units(p, centered):
    """[(lines, is_header)] per grid row; in the centered shape the merged labels are laid over their block."""
    cols = p["columns"]
    widths = [col_width(c) for c in cols]
    cats = [j for j, c in enumerate(cols) if c in (CAT1, CAT2)]
    rows = [list(r) for r in p["rows"]]
    head = compose_row(cols, widths, "center")
    if not centered or not cats:
        return widths, head, [compose_row(r, widths) for r in rows]
    labels = {j: [r[j] for r in rows] for j in cats}
    stripped = [[("" if j in cats else c) for j, c in enumerate(r)] for r in rows]
    height = [max([1] + [len(wrap(c, w)) for c, w in zip(r, widths)]) for r in stripped]

    def blocks(j):
        out = []
        for i, r in enumerate(rows):
            opens = i == 0 or r[j] != "" or (j == cats[-1] and len(cats) > 1 and r[cats[0]] != "")
            if opens:
                out.append([i, i])
            else:
                out[-1][1] = i
        return out

    for j in reversed(cats):  # 二级 first, then 一级: a block grows when its label is taller than it
        for a, b in blocks(j):
            need = len(wrap(labels[j][a], widths[j]))
            have = sum(height[a : b + 1])
            if need > have:
                height[b] += need - have
    place = {}  # (row, line in row, column) -> label line
    for j in cats:
        for a, b in blocks(j):
            lab = wrap(labels[j][a], widths[j])
            total = sum(height[a : b + 1])
            start = math.ceil((total - len(lab)) / 2)  # rounding UP
            pos = [(i, k) for i in range(a, b + 1) for k in range(height[i])]
            for t, line in enumerate(lab):
                place[pos[start + t] + (j,)] = line
    units = []
    for i, r in enumerate(stripped):
        lines_ = compose_row(r, widths, "left", "middle", height[i])
        new = []
        for k, ln in enumerate(lines_):
            cells = []
            wrapped = [wrap(c, w) for c, w in zip(r, widths)]
            n = height[i]
            for j, w in enumerate(widths):
                x = wrapped[j]
                off = (n - len(x)) // 2
                piece = (([""] * off + x + [""] * n)[k]) if j not in cats else place.get((i, k, j), "")
                cells.append(pad(piece, w))
            new.append((" " * MARGIN + (" " * GUTTER).join(cells)).rstrip())
        units.append(new)
    return widths, head, units


def aligned(doc, centered):
    pages, cur = [], []
    total_w = None

    def room():
        return BODY - len(cur)

    for pi, p in enumerate(doc["projects"]):
        widths, head, units = grid_units(p, centered)
        total_w = sum(widths) + GUTTER * (len(widths) - 1)
        block = []
        if pi == 0:
            block.append(" " * MARGIN + pad(doc["title"], total_w, "center").rstrip())
            block.append("")
        else:
            block += ["", ""]  # the title is printed once, above the first project
        for u in header_block_lines(p, total_w):
            block += u
        block.append("")
        if len(block) + len(head) + len(units[0]) > room():
            pages.append(cur)
            cur = []
        cur += block + head
        for u in units:
            if len(u) > room():
                pages.append(cur)
                cur = list(head)
            cur += u
    pages.append(cur)
    m = len(pages)
    out = []
    for n, pg in enumerate(pages, 1):
        body = [running_head(doc, total_w), ""] + pg + [""] * (BODY - len(pg))
        foot = "%d / %d" % (n, m)
        body += ["", " " * (MARGIN + total_w - len(foot)) + foot]
        out.append("\n".join(body) + "\n")
    return "\f".join(out)


# ------------------------------------------------------------------ 9 flat: a PDF viewer's copy by VISUAL lines
def flat(doc):
    out = []
    for pi, kind, cells in layout(doc):
        cols = doc["projects"][pi]["columns"] if pi is not None else None
        wrapped = [wrap(c, w) for c, w in zip(cells, cell_widths(kind, cells, cols))]
        n = max([0] + [len(x) for x in wrapped])
        for i in range(n):
            out.append("".join(x[i] if i < len(x) else "" for x in wrapped))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ 10 oneline: whitespace-collapsed textContent
def oneline(doc):
    words = []
    for pi, kind, cells in layout(doc):
        for c in cells:
            words += c.split()
    return " ".join(words) + "\n"


# ------------------------------------------------------------------ 11 xlsx
NUM = re.compile(r"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")


def typed(text):
    """A cell that is a plain number is typed as a number with the format that shows it as printed."""
    if not NUM.match(text) or (len(text) > 1 and text[0] == "0" and text[1] != "."):
        return text, None
    dec = len(text.split(".")[1]) if "." in text else 0
    comma = "," in text
    v = float(text.replace(",", "")) if dec else int(text.replace(",", ""))
    fmt = ("#,##0" if comma else "0") + ("." + "0" * dec if dec else "")
    return v, fmt


def xlsx(doc, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    width = max(len(p["columns"]) for p in doc["projects"])
    row = 1
    for pi, kind, cells in layout(doc):
        if kind == "title":
            ws.cell(row, 1, cells[0]).font = Font(size=14, bold=True)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
            ws.cell(row, 1).alignment = Alignment(horizontal="center")
            row += 1
            continue
        if kind == "hk" and cells[0] == "项目名称" and pi:
            row += 1  # a blank row between projects
        start_grid = kind == "grid" and row
        for j, c in enumerate(cells, 1):
            if c == "" and kind == "grid":
                continue
            v, fmt = typed(c)
            cell = ws.cell(row, j, v)
            if fmt:
                cell.number_format = fmt
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        if kind == "goal":
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=width)
        row += 1
    # merged 一级/二级 blocks, per project
    r0 = 2
    for pi, p in enumerate(doc["projects"]):
        r0 += (1 if pi else 0) + len(header_rows(p["header"]))
        first = r0 + 1
        cats = [j for j, c in enumerate(p["columns"]) if c in (CAT1, CAT2)]
        for j in cats:
            a = None
            for i, rr in enumerate(p["rows"] + [None]):
                opens = rr is None or rr[j] != "" or (j == cats[-1] and len(cats) > 1 and rr[cats[0]] != "")
                if opens:
                    if a is not None and i - 1 > a:
                        ws.merge_cells(start_row=first + a, start_column=j + 1, end_row=first + i - 1, end_column=j + 1)
                    a = i
        r0 = first + len(p["rows"])
    for j in range(1, width + 1):
        ws.column_dimensions[chr(64 + j)].width = 16
    ws.print_title_rows = None
    wb.properties.creator = "blind18"
    import datetime

    fixed = datetime.datetime(2025, 3, 1, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>",
                    b'<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-01T09:00:00Z</dcterms:modified>',
                    data,
                )
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


# ------------------------------------------------------------------ main
SHAPES = {
    ".pipe.txt": pipe,
    ".pipe_bare.txt": pipe_bare,
    ".tab.tsv": tab,
    ".csv": csv_shape,
    ".lines.txt": lines,
    ".lines_dropped.txt": lambda d: lines(d, True),
    ".aligned_top.txt": lambda d: aligned(d, False),
    ".aligned_centered.txt": lambda d: aligned(d, True),
    ".flat.txt": flat,
    ".oneline.txt": oneline,
}


def main():
    os.makedirs(DOCS, exist_ok=True)
    for name in sorted(os.listdir(DATA)):
        if not name.endswith(".json"):
            continue
        doc_id = name[:-5]
        with open(os.path.join(DATA, name), encoding="utf-8") as f:
            doc = json.load(f)
        for suf, fn in SHAPES.items():
            with open(os.path.join(DOCS, doc_id + suf), "w", encoding="utf-8", newline="") as f:
                f.write(fn(doc))
        xlsx(doc, os.path.join(DOCS, doc_id + ".xlsx"))
        print(doc_id)


if __name__ == "__main__":
    main()
