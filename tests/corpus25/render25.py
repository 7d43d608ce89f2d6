"""blind25's renderer of the text shapes, the XLSX and the DOCX (own code; shares nothing with the parser or with any
earlier corpus's renderer).  Usage: python render25.py [corpus folder]   (default: the folder of this file)

Every shape starts from one sheet model per project (see `model`): the title; the header block (项目名称 | v;
主管部门 | v | 实施单位 | v; 项目属性 | v | 项目期 | v; other keys k | v; 项目资金（万元） merged DOWN over its money rows,
each money row `label | money key | amount`; each goal k | v); the grid header; the grid rows, where a 一级/二级 cell
below the first row of its block is MERGED (the marker M) and any other "" an empty cell of its own.
"""

import datetime
import io
import json
import os
import sys
import unicodedata
import zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")

M = None  # a merged continuation cell
CATS = ("一级指标", "二级指标")
GOALS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")
BROKEN_HEADER_DOCS = ("blind25_03", "blind25_05", "blind25_07")  # header cells typed with a soft line break


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


# ------------------------------------------------------------------ the sheet model
def model(doc, p):
    """[(kind, cells)]: kind in title, kv, kv4, money, goal, gh, row."""
    out = [("title", [doc["title"]])]
    items = p["header"]
    i = 0
    while i < len(items):
        k, v = items[i]
        nxt = items[i + 1][0] if i + 1 < len(items) else None
        if k in ("主管部门", "项目属性") and nxt in ("实施单位", "项目期"):
            out.append(("kv4", [k, v, items[i + 1][0], items[i + 1][1]]))
            i += 2
        elif k == "项目资金（万元）":
            j = i + 1
            while j < len(items) and items[j][0] not in GOALS:
                j += 1
            for m, (mk, mv) in enumerate(items[i + 1 : j]):
                out.append(("money", [k if m == 0 else M, mk, mv]))
            i = j
        else:
            out.append(("goal" if k in GOALS else "kv", [k, v]))
            i += 1
    cols = p["columns"]
    out.append(("gh", list(cols)))
    ci = [cols.index(c) for c in CATS if c in cols]
    for n, r in enumerate(p["rows"]):
        cells = list(r)
        for j in ci:
            if cells[j] == "" and n > 0:
                cells[j] = M
        out.append(("row", cells))
    return out


def load(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


def staged(doc):
    """The whole document as ONE sheet: every project's model rows, an all-NULL row between projects, every row
    padded with NULL to the document's widest row."""
    rows = []
    for i, p in enumerate(doc["projects"]):
        if i:
            rows.append([])
        rows += [c for _, c in model(doc, p)]
    w = max(len(r) for r in rows)
    return [r + [M] * (w - len(r)) for r in rows], w


# ------------------------------------------------------------------ pipe: reStructuredText grid tables (Sphinx)
def rst_grid(nrows, ncols, cells, header_rows=0):
    """cells: {(r, c): (text, rowspan, colspan)} for the top-left of each cell; every position covered once."""
    owner = {}
    for (r, c), (t, rs, cs) in cells.items():
        for a in range(r, r + rs):
            for b in range(c, c + cs):
                assert (a, b) not in owner
                owner[(a, b)] = (r, c)
    assert len(owner) == nrows * ncols
    w = [3] * ncols
    for (r, c), (t, rs, cs) in sorted(cells.items(), key=lambda x: x[1][2]):
        need = dw(t) + 2
        have = sum(w[c : c + cs]) + cs - 1
        if need > have:
            w[c + cs - 1] += need - have
    pos = [0]
    for x in w:
        pos.append(pos[-1] + x + 1)

    def rule(r):  # the line above row r (r == nrows: the bottom)
        ch = "=" if header_rows and r == header_rows else "-"
        seg = []
        for c in range(ncols):
            brk = r == 0 or r == nrows or owner[(r, c)] != owner[(r - 1, c)]
            seg.append(brk)
        line = []
        for c in range(ncols + 1):
            left = seg[c - 1] if c > 0 else None
            right = seg[c] if c < ncols else None
            vb_above = r > 0 and (c == 0 or c == ncols or owner[(r - 1, c - 1)] != owner[(r - 1, c)])
            vb_below = r < nrows and (c == 0 or c == ncols or owner[(r, c - 1)] != owner[(r, c)])
            if left or right:
                line.append("+" if (vb_above or vb_below) else ch)
            else:
                line.append("|" if (vb_above or vb_below) else " ")
            if c < ncols:
                line.append((ch if seg[c] else " ") * w[c])
        return "".join(line)

    out = []
    for r in range(nrows):
        out.append(rule(r))
        line = "|"
        c = 0
        while c < ncols:
            o = owner[(r, c)]
            t, rs, cs = cells[o]
            span = o[1] + cs - c
            width = sum(w[c : c + span]) + span - 1
            text = (" " + t) if o[0] == r else ""
            line += text + " " * (width - dw(text)) + "|"
            c += span
        out.append(line)
    out.append(rule(nrows))
    return out


def shape_pipe(doc):
    out = []
    for p in doc["projects"]:
        mod = model(doc, p)
        title = mod[0][1][0]
        out += [title, "=" * dw(title), ""]
        hrows = [c for k, c in mod if k in ("kv", "kv4", "money", "goal")]
        cells = {}
        r = 0
        for kind, c in mod:
            if kind in ("kv", "goal"):
                cells[(r, 0)] = (c[0], 1, 1)
                cells[(r, 1)] = (c[1], 1, 3)
            elif kind == "kv4":
                for j in range(4):
                    cells[(r, j)] = (c[j], 1, 1)
            elif kind == "money":
                if c[0] is not M:
                    n = 1
                    while r + n < len(hrows) and mod[1 + r + n][0] == "money" and mod[1 + r + n][1][0] is M:
                        n += 1
                    cells[(r, 0)] = (c[0], n, 1)
                cells[(r, 1)] = (c[1], 1, 1)
                cells[(r, 2)] = (c[2], 1, 2)
            else:
                continue
            r += 1
        out += rst_grid(len(hrows), 4, cells) + [""]
        grid = [c for k, c in mod if k in ("gh", "row")]
        ncols = len(grid[0])
        cells = {}
        for i, row in enumerate(grid):
            for j, t in enumerate(row):
                if t is M:
                    continue
                n = 1
                while i + n < len(grid) and grid[i + n][j] is M:
                    n += 1
                cells[(i, j)] = (t, n, 1)
        out += rst_grid(len(grid), ncols, cells, header_rows=1) + [""]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ pipe_bare: Stata `export delimited, delimiter("|")`
def stata_cell(t):
    t = "" if t is M else t
    if any(ch in t for ch in '|"\n'):
        return '"' + t.replace('"', '""') + '"'
    return t


def shape_pipe_bare(doc):
    rows, w = staged(doc)
    names = [col_letter(i) for i in range(w)]
    lines = ["|".join(names)] + ["|".join(stata_cell(c) for c in r) for r in rows]
    return "\n".join(lines) + "\n"


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, m = divmod(i - 1, 26)
        s = chr(65 + m) + s
    return s


# ------------------------------------------------------------------ tab: a Hive text table's file (^A between fields, \N NULL)
def shape_tab(doc):
    rows, _ = staged(doc)
    return "".join("\x01".join("\\N" if c is M else c for c in r) + "\n" for r in rows)


# ------------------------------------------------------------------ csv: LibreOffice Calc, string delimiter ' , quote all text cells
def is_number(t):
    import re

    return bool(re.fullmatch(r"\d+(\.\d+)?|\d{1,3}(,\d{3})+(\.\d+)?", t))


def lo_cell(t):
    if t is M or t == "":
        return ""
    if is_number(t) and "," not in t:
        return t
    return "'" + t.replace("'", "''") + "'"


def shape_csv(doc):
    rows, _ = staged(doc)
    return "".join(",".join(lo_cell(c) for c in r) + "\n" for r in rows)


# ------------------------------------------------------------------ lines: LibreOffice Writer, `soffice --headless --convert-to txt`
def doc_cells(doc, p, broken):
    """The cells of the Word/Docs layout, one a line: the title, the header table (a horizontally merged cell is one
    cell; a vertically merged continuation an empty cell), an empty paragraph, the grid table, an empty paragraph."""
    out = []
    for kind, c in model(doc, p):
        if kind == "title":
            out.append(c[0])
        elif kind == "gh":
            out.append("")
            for name in c:
                out.append(break_header(name) if broken else name)
        else:
            out += ["" if x is M else x for x in c]
    out.append("")
    return out


def break_header(name):
    if len(name) >= 4:
        k = 2 if name.startswith(("一级", "二级", "三级")) else len(name) // 2
        return name[:k] + "\n" + name[k:]
    return name


def shape_lines(doc, doc_id):
    out = []
    for p in doc["projects"]:
        out += doc_cells(doc, p, doc_id in BROKEN_HEADER_DOCS)
    return "\n".join(out) + "\n"


def shape_lines_dropped(doc, doc_id):
    out = []
    for p in doc["projects"]:
        out += doc_cells(doc, p, doc_id in BROKEN_HEADER_DOCS)
    lines = [ln for x in out for ln in x.split("\n") if ln != ""]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ aligned: the print engine
WEIGHTS = {
    "序号": 5,
    "一级指标": 12,
    "二级指标": 14,
    "三级指标": 22,
    "指标名称": 22,
    "指标内容": 22,
    "指标值": 16,
    "目标值": 16,
    "年度指标值": 16,
    "实施期指标值": 16,
    "长期指标值": 14,
    "中期指标值": 14,
    "实际完成值": 12,
    "分值": 5,
    "得分": 5,
    "权重": 5,
    "权重（%）": 9,
    "指标性质": 8,
    "度量单位": 8,
    "计量单位": 8,
    "指标值及单位": 16,
    "绩效标准": 9,
}
FREE = 18  # the free-text columns


def wrap(text, width):
    """Wrap at display width; ASCII runs kept whole where they fit; a closing mark never starts a line."""
    if text == "":
        return []
    toks, cur = [], ""
    for ch in text:
        if ord(ch) < 128 and ch != " " and cur and ord(cur[-1]) < 128 and cur[-1] != " ":
            cur += ch
        else:
            if cur:
                toks.append(cur)
            cur = ch
    toks.append(cur)
    lines, line = [], ""
    for t in toks:
        if dw(line + t) <= width:
            line += t
            continue
        if line and t in "，。、；：）》”":
            line, t = line[:-1], line[-1] + t
        if dw(t) > width:  # a token longer than the column
            for ch in t:
                if dw(line + ch) > width:
                    lines.append(line)
                    line = ""
                line += ch
            continue
        lines.append(line)
        line = t
    if line:
        lines.append(line)
    return lines


def compose(pieces):
    """pieces: [(display position, text)] -> one line."""
    s, at = "", 0
    for x, t in sorted(pieces):
        if not t:
            continue
        assert x >= at, (x, at, t, pieces)
        s += " " * (x - at) + t
        at = x + dw(t)
    return s.rstrip()


class Print:
    def __init__(self, margin, gap, total, page, head, foot, label_mode, valign, unit_line):
        self.margin, self.gap, self.total, self.page = margin, gap, total, page
        self.head, self.foot = head, foot  # functions (page, pages) -> list of lines
        self.label_mode, self.valign, self.unit_line = label_mode, valign, unit_line

    def widths(self, cols):
        w = [WEIGHTS.get(c, FREE) for c in cols]
        avail = self.total - self.gap * (len(cols) - 1)
        w = [max(dw(c), 4, int(avail * x / sum(w))) for c, x in zip(cols, w)]
        return w

    def header_block(self, doc, p):
        K = 18
        m, g, T = self.margin, self.gap, self.total
        V4 = (T - 2 * K - 3 * g) // 2
        out = []
        mod = model(doc, p)
        title = mod[0][1][0]
        out.append(" " * (m + max(0, (T - dw(title)) // 2)) + title)
        if self.unit_line:
            out.append(" " * (m + T - dw("单位：万元")) + "单位：万元")
        for kind, c in mod[1:]:
            if kind in ("kv", "goal"):
                vl = wrap(c[1], T - K - g) or [""]
                for i, v in enumerate(vl):
                    out.append(compose([(m, c[0] if i == 0 else ""), (m + K + g, v)]))
            elif kind == "kv4":
                for x in c:
                    assert dw(x) <= V4, x
                out.append(
                    compose([(m, c[0]), (m + K + g, c[1]), (m + K + g + V4 + g, c[2]), (m + 2 * K + 3 * g + V4, c[3])])
                )
            elif kind == "money":
                out.append(compose([(m, "" if c[0] is M else c[0]), (m + K + g, c[1]), (m + K + g + V4 + g, c[2])]))
        return out

    def grid_units(self, p):
        """[(kind, lines)] per grid row, labels laid over the lines (top of block or centred)."""
        cols = p["columns"]
        w = self.widths(cols)
        starts, x = [], self.margin
        for cw in w:
            starts.append(x)
            x += cw + self.gap
        hdr = compose(list(zip(starts, cols)))
        ci = [cols.index(c) for c in CATS if c in cols]
        rows = p["rows"]
        cells_lines, heights = [], []
        for r in rows:
            cl = {}
            for j, t in enumerate(r):
                if j in ci:
                    continue
                cl[j] = wrap(t, w[j])
            h = max([len(v) for v in cl.values()] + [1])
            cells_lines.append(cl)
            heights.append(h)
        # label blocks
        labels = {}  # (row, col) -> wrapped label lines, placed below
        for j in ci:
            col = cols.index("一级指标") == j
            i = 0
            while i < len(rows):
                a = i
                i += 1
                while (
                    i < len(rows)
                    and rows[i][j] == ""
                    and not (not col and "一级指标" in cols and rows[i][cols.index("一级指标")] != "")
                ):
                    i += 1
                lab = wrap(rows[a][j], w[j])
                need = len(lab) - sum(heights[a:i])
                if need > 0:
                    heights[i - 1] += need
                labels[(a, j)] = (i, lab)
        # lay out lines
        offs = [0]
        for h in heights:
            offs.append(offs[-1] + h)
        grid = [dict() for _ in range(offs[-1])]
        for n, cl in enumerate(cells_lines):
            for j, ls in cl.items():
                if self.valign == "bottom":
                    s0 = offs[n] + heights[n] - len(ls)
                elif self.valign == "center":
                    s0 = offs[n] + (heights[n] - len(ls)) // 2
                else:
                    s0 = offs[n]
                for k, t in enumerate(ls):
                    grid[s0 + k][j] = t
        for (a, j), (b, lab) in labels.items():
            span = offs[b] - offs[a]
            s0 = offs[a] if self.label_mode == "top" else offs[a] + (span - len(lab)) // 2
            for k, t in enumerate(lab):
                grid[s0 + k][j] = t
        units = []
        for n in range(len(rows)):
            units.append([compose([(starts[j], t) for j, t in grid[L].items()]) for L in range(offs[n], offs[n + 1])])
        return hdr, units

    def render(self, doc):
        pages, cur = [], []
        body = self.page - len(self.head(1, 1)) - len(self.foot(1, 1))

        def new_page():
            nonlocal cur
            pages.append(cur)
            cur = []

        for i, p in enumerate(doc["projects"]):
            hb = self.header_block(doc, p)
            hdr, units = self.grid_units(p)
            block = ([""] if i and cur else []) + hb + [""] + [hdr]
            if len(cur) + len(block) + len(units[0]) + len(units[1]) > body:
                new_page()
                block = hb + [""] + [hdr]
            cur += block
            for u in units:
                if len(cur) + len(u) > body:
                    new_page()
                    cur.append(hdr)
                cur += u
        pages.append(cur)
        n = len(pages)
        out = []
        for k, pg in enumerate(pages, 1):
            lines = self.head(k, n) + pg + [""] * (body - len(pg)) + self.foot(k, n)
            out.append("\n".join(lines) + "\n")
        return "\f".join(out)


def excel_print(doc):
    """An Excel workbook printed to PDF and read back by pdftotext -layout: cells BOTTOM-aligned (Excel's default),
    the merged 一级/二级 cells set to Top by their author; the sheet's header (its tab name, centred) and footer
    `第 n 页，共 m 页` (centred)."""
    T, m = 140, 6
    head = lambda k, n: [" " * (m + (T - dw("绩效目标表")) // 2) + "绩效目标表", ""]  # noqa: E731
    foot = lambda k, n: ["", " " * (m + (T - dw("第 %d 页，共 %d 页" % (k, n))) // 2) + "第 %d 页，共 %d 页" % (k, n)]  # noqa: E731
    return Print(m, 2, T, 46, head, foot, "top", "bottom", False).render(doc)


def word_print(doc):
    """A Word file printed landscape: running head (the department left, 2025年部门预算公开 right), foot `第n页` centred;
    merged labels vertically centred over their blocks, every other cell vertically centred in its row; a
    `单位：万元` line right-aligned under each title."""
    T, m = 176, 12
    dept = doc["projects"][0]["header"][1][1]
    right = "部门预算公开"

    def head(k, n):
        return [" " * m + dept + " " * (T - dw(dept) - dw(right)) + right, ""]

    def foot(k, n):
        s = "第%d页" % k
        return ["", " " * (m + (T - dw(s)) // 2) + s]

    return Print(m, 3, T, 28, head, foot, "center", "center", True).render(doc)


# ------------------------------------------------------------------ flat: a WeChat article's tables copied on a phone
def shape_flat(doc):
    acct = doc["projects"][0]["header"][1][1]
    out = [doc["title"], "原创 %s 2025年02月18日 09:30 广东" % acct]
    for p in doc["projects"]:
        for kind, c in model(doc, p):
            out.append("".join("" if x is M else x for x in c))
    return "".join(ln + "\n\n" for ln in out)


# ------------------------------------------------------------------ oneline: a page script's `tables.push([...]);` lines
def js_str(t):
    return "'" + t.replace("\\", "\\\\").replace("'", "\\'") + "'"


def js_row(cells):
    parts = ["" if c is M else js_str(c) for c in cells]
    s = ",".join(parts)
    if cells and cells[-1] is M:
        s += ","  # a trailing hole needs its own comma
    return "[" + s + "]"


def shape_oneline(doc):
    lines = []
    for p in doc["projects"]:
        rows = [c for _, c in model(doc, p)]
        lines.append("tables.push([" + ",".join(js_row(r) for r in rows) + "]);")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ xlsx
def shape_xlsx(doc, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    W = max(len(p["columns"]) for p in doc["projects"])
    W = max(W, 4)
    r = 1
    for p in doc["projects"]:
        mod = model(doc, p)
        ws.cell(r, 1, mod[0][1][0])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=W)
        r += 1
        half = max(2, (W - 1) // 2)
        money_start = None
        for kind, c in mod[1:]:
            if kind in ("kv", "goal"):
                ws.cell(r, 1, c[0])
                ws.cell(r, 2, c[1])
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=W)
            elif kind == "kv4":
                ws.cell(r, 1, c[0])
                ws.cell(r, 2, c[1])
                if half > 2:
                    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=half)
                ws.cell(r, half + 1, c[2])
                ws.cell(r, half + 2, c[3])
                if W > half + 2:
                    ws.merge_cells(start_row=r, start_column=half + 2, end_row=r, end_column=W)
            elif kind == "money":
                if c[0] is not M:
                    ws.cell(r, 1, c[0])
                    money_start = r
                ws.cell(r, 2, c[1])
                ws.cell(r, 3, c[2])
                if W > 3:
                    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=W)
            elif kind == "gh":
                for j, t in enumerate(c):
                    ws.cell(r, j + 1, t)
            elif kind == "row":
                for j, t in enumerate(c):
                    if t is not M:
                        ws.cell(r, j + 1, t)
            if kind != "money" and money_start is not None:
                if r - 1 > money_start:
                    ws.merge_cells(start_row=money_start, start_column=1, end_row=r - 1, end_column=1)
                money_start = None
            r += 1
        # vertical merges of the grid's label blocks
        first = r - len(p["rows"])
        cols = p["columns"]
        for j, name in enumerate(cols):
            if name not in CATS:
                continue
            rows = [c for k, c in mod if k == "row"]
            i = 0
            while i < len(rows):
                a = i
                i += 1
                while i < len(rows) and rows[i][j] is M:
                    i += 1
                if i - a > 1:
                    ws.merge_cells(start_row=first + a, start_column=j + 1, end_row=first + i - 1, end_column=j + 1)
        r += 1  # a blank row between projects
    for row in ws.iter_rows(min_row=1, max_row=r, max_col=W):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.number_format = "@"
    ws.page_setup.orientation = "landscape"
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    stamp = datetime.datetime(2025, 2, 18, 9, 30, 0)
    wb.properties.created = stamp
    wb.properties.modified = stamp
    buf = io.BytesIO()
    wb.save(buf)
    restamp(buf.getvalue(), path, stamp)


def restamp(raw, path, stamp):
    """Fixed zip entry dates and core-property times (openpyxl and python-docx stamp the save time)."""
    import re

    zin = zipfile.ZipFile(io.BytesIO(raw))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-02-18T09:30:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


# ------------------------------------------------------------------ docx: the department's Word file
def shape_docx(doc, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = Document()
    sec = d.sections[0]
    if doc["variant"] in ("coded", "self_evaluation"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(2.0))
    for n, p in enumerate(doc["projects"]):
        mod = model(doc, p)
        if n:
            d.add_page_break()
        t = d.add_paragraph()
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = t.add_run(mod[0][1][0])
        run.bold = True
        run.font.size = Pt(16)
        u = d.add_paragraph("单位：万元")
        u.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        hrows = [(k, c) for k, c in mod if k in ("kv", "kv4", "money", "goal")]
        tb = d.add_table(rows=len(hrows), cols=4)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        money_start = None
        for i, (kind, c) in enumerate(hrows):
            row = tb.rows[i].cells
            if kind in ("kv", "goal"):
                row[0].text = c[0]
                mc = row[1].merge(row[3])
                mc.text = c[1]
            elif kind == "kv4":
                for j in range(4):
                    row[j].text = c[j]
            elif kind == "money":
                if c[0] is not M:
                    money_start = i
                row[1].text = c[1]
                mc = row[2].merge(row[3])
                mc.text = c[2]
            if money_start is not None and (i + 1 == len(hrows) or hrows[i + 1][0] != "money"):
                top = tb.cell(money_start, 0)
                if i > money_start:
                    top = top.merge(tb.cell(i, 0))
                top.text = "项目资金（万元）"
                money_start = None
        d.add_paragraph()
        cols = p["columns"]
        rows = [c for k, c in mod if k == "row"]
        g = d.add_table(rows=len(rows) + 1, cols=len(cols))
        g.style = "Table Grid"
        for j, name in enumerate(cols):
            g.cell(0, j).text = name
        for i, r in enumerate(rows):
            for j, t in enumerate(r):
                if t is not M and t != "":
                    g.cell(i + 1, j).text = t
        for j, name in enumerate(cols):
            if name not in CATS:
                continue
            i = 0
            while i < len(rows):
                a = i
                i += 1
                while i < len(rows) and rows[i][j] is M:
                    i += 1
                if i - a > 1:
                    label = rows[a][j]
                    mc = g.cell(a + 1, j).merge(g.cell(i, j))
                    mc.text = label
    stamp = datetime.datetime(2025, 2, 18, 9, 30, 0)
    d.core_properties.created = stamp
    d.core_properties.modified = stamp
    d.core_properties.author = "示例财务科"
    d.core_properties.last_modified_by = "示例财务科"
    d.core_properties.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    restamp(buf.getvalue(), path, stamp)


# ------------------------------------------------------------------ main
def write(path, text, encoding="utf-8"):
    with open(path, "w", encoding=encoding, newline="") as f:
        f.write(text)


def main():
    ids = sorted(f[:-5] for f in os.listdir(DATA) if f.endswith(".json"))
    for doc_id in ids:
        doc = load(doc_id)
        base = os.path.join(DOCS, doc_id)
        write(base + ".pipe.txt", shape_pipe(doc))
        write(base + ".pipe_bare.txt", shape_pipe_bare(doc))
        write(base + ".tab.tsv", shape_tab(doc))
        write(base + ".csv", shape_csv(doc))
        write(base + ".lines.txt", shape_lines(doc, doc_id))
        write(base + ".lines_dropped.txt", shape_lines_dropped(doc, doc_id))
        write(base + ".aligned_top.txt", excel_print(doc))
        write(base + ".aligned_centered.txt", word_print(doc))
        write(base + ".flat.txt", shape_flat(doc))
        write(base + ".oneline.txt", shape_oneline(doc))
        shape_xlsx(doc, base + ".xlsx")
        shape_docx(doc, base + ".docx")
        print(doc_id)


if __name__ == "__main__":
    main()
