"""render5.py: my own renderer of blind5 data/<doc>.json into the text shapes and the XLSX (docs/).

Written from FORMS.md §2 only (the earlier renderers were not read).  Usage:
    python render5.py [/work/blind5]
Shapes per document: .pipe.txt .pipe_bare.txt .tab.tsv .csv .lines.txt .lines_dropped.txt
.aligned_top.txt .aligned_centered.txt .flat.txt .oneline.txt .xlsx  (the PDF: tools/render_pdf.py)
"""

import csv
import glob
import io
import json
import os
import re
import sys
import unicodedata

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
DOCS = os.path.join(HERE, "docs")

CAT = ("一级指标", "二级指标")
LONG = ("指标解释", "评(扣)分标准", "指标值确定依据", "偏差原因及改进措施")
GOAL_KEYS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")
MONEY_KEYS = ("实施期资金总额", "年度资金总额", "其中：财政拨款", "其他资金", "年初预算数", "全年预算数", "全年执行数")
BROKEN_HEADER_DOCS = ("blind5_02", "blind5_06", "blind5_08")  # `三级\n指标` in the one-cell-a-line shapes
MD_SEPARATOR_DOCS = ("blind5_03", "blind5_07")  # a markdown `| --- |` row under the grid header (pipe shapes)


# ------------------------------------------------------------------ the logical rows of a document
def header_rows(header):
    """The header block as printed rows: name/department/implementer one per row, 项目属性 with 项目期 on one
    row, the money rows under 项目资金（万元）, the goals under 总体目标 (one goal a row)."""
    rows, i = [], 0
    items = [tuple(kv) for kv in header]
    while i < len(items):
        k, v = items[i]
        if k == "项目属性" and i + 1 < len(items) and items[i + 1][0] == "项目期":
            rows.append(("pair", [k, v, items[i + 1][0], items[i + 1][1]]))
            i += 2
        elif k == "项目资金（万元）":
            j = i + 1
            first = True
            while j < len(items) and items[j][0] in MONEY_KEYS:
                rows.append(("money", [k if first else "", items[j][0], items[j][1]]))
                first = False
                j += 1
            i = j
        elif k in GOAL_KEYS:
            j, first = i, True
            while j < len(items) and items[j][0] in GOAL_KEYS:
                rows.append(("goal", ["总体目标" if first else "", items[j][0], items[j][1]]))
                first = False
                j += 1
            i = j
        else:
            rows.append(("kv", [k, v]))
            i += 1
    return rows


def load(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


def project_rows(p):
    """[(kind, cells)] for one project: header rows, the grid header ('gridhead'), the grid rows ('grid')."""
    out = list(header_rows(p["header"]))
    out.append(("gridhead", list(p["columns"])))
    out += [("grid", list(r)) for r in p["rows"]]
    return out


# ------------------------------------------------------------------ delimited shapes
def md_sep(n):
    return "| " + " | ".join("---" for _ in range(n)) + " |"


def pipe(doc_id, doc, outer):
    lines = [doc["title"], "单位：万元"]
    for p in doc["projects"]:
        for kind, cells in project_rows(p):
            if outer:
                lines.append("| " + " | ".join(cells) + " |")
            else:
                lines.append(" | ".join(cells).rstrip())
            if kind == "gridhead" and doc_id in MD_SEPARATOR_DOCS and outer:
                lines.append(md_sep(len(cells)))
        lines.append("")
    return "\n".join(lines) + "\n"


def tab(doc):
    lines = [doc["title"]]
    for p in doc["projects"]:
        for _, cells in project_rows(p):
            lines.append("\t".join(cells))
    return "\r\n".join(lines) + "\r\n"  # an Excel export: CRLF


def csv_break(text, kind, col):
    """Line breaks inside cells, as a spreadsheet keeps them (alt-enter)."""
    if kind == "goal":
        return re.sub(r"([；;])(?=\d+[.、])", "\\1\n", text)
    if kind == "grid" and col in LONG and len(text) > 24:
        m = re.search(r"[，；]", text[6:])
        if m:
            k = 6 + m.end()
            return text[:k] + "\n" + text[k:]
    return text


def to_csv(doc):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([doc["title"]])
    for p in doc["projects"]:
        broke_name = False
        for kind, cells in project_rows(p):
            if kind == "grid":
                cells = [csv_break(c, kind, p["columns"][j]) for j, c in enumerate(cells)]
                # one long name per project broken in the middle (a wrapped cell typed with alt-enter)
                for j, c in enumerate(p["columns"]):
                    if c in ("三级指标", "指标名称", "指标内容") and not broke_name and len(cells[j]) >= 14:
                        k = len(cells[j]) // 2
                        if all(ord(ch) > 0x2E80 for ch in cells[j][k - 1 : k + 1]):
                            cells[j] = cells[j][:k] + "\n" + cells[j][k:]
                            broke_name = True
            elif kind == "goal":
                cells = [csv_break(c, kind, None) for c in cells]
            w.writerow(cells)
        w.writerow([])
    return buf.getvalue()


# ------------------------------------------------------------------ one cell a line
def break_header(name):
    if len(name) < 4:
        return name
    if len(name) == 4:
        return name[:2] + "\n" + name[2:]
    if name.endswith("及单位"):
        return name[:-3] + "\n" + name[-3:]
    if "及" in name:
        k = name.index("及") + 1
        return name[:k] + "\n" + name[k:]
    k = (len(name) + 1) // 2
    return name[:k] + "\n" + name[k:]


def lines_shape(doc_id, doc, dropped):
    out = [doc["title"]]
    n = 0
    for p in doc["projects"]:
        for kind, cells in project_rows(p):
            for c in cells:
                if kind == "gridhead" and doc_id in BROKEN_HEADER_DOCS:
                    c = break_header(c)
                if c == "":
                    if not dropped:
                        out.append("")
                    continue
                n += 1
                out.append(c + ("\u3000" if n % 9 == 0 else ""))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ flattened
def flat(doc):
    out = [doc["title"]]
    for p in doc["projects"]:
        for kind, cells in project_rows(p):
            if kind == "kv":
                out.append("%s：%s" % tuple(cells))
            elif kind == "pair":
                out.append("%s：%s" % (cells[0], cells[1]))
                out.append("%s：%s" % (cells[2], cells[3]))
            elif kind in ("money", "goal"):
                if cells[0]:
                    out.append(cells[0])
                out.append("%s：%s" % (cells[1], cells[2]))
            else:
                out.append("".join(cells))
    return "\n".join(out) + "\n"


def oneline(doc):
    out = [doc["title"]]
    for p in doc["projects"]:
        head, grid = [], []
        for kind, cells in project_rows(p):
            if kind in ("kv", "pair", "money", "goal"):
                head.append(" ".join(c for c in cells if c))
            else:
                grid.append("".join(cells))
        out.append("   ".join(head))
        out.append("".join(grid))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ space-aligned (pdftotext -layout imitation)
def wide(ch):
    return unicodedata.east_asian_width(ch) in ("W", "F")


def width_fn(metric):
    if metric == "char":
        return len
    return lambda s: sum(2 if wide(ch) else 1 for ch in s)


CLOSING = set("，。、；：）》”’%％)")
OPENING = set("（《“‘(")


def tokens(text):
    return re.findall(r"[\x21-\x7e]+(?: [\x21-\x7e]+)*|.", text)


def wrap(text, width, wf):
    """Greedy wrap by character; ASCII runs kept whole when they fit; closing punctuation may overhang;
    an opening bracket never ends a line."""
    if text == "":
        return []
    lines, cur = [], ""
    for t in tokens(text):
        if wf(t) > width:  # an ASCII run longer than the column: cut it
            for ch in t:
                if cur and wf(cur + ch) > width:
                    carry = ""
                    while cur and (cur.endswith(" ") or ch == " " or carry.startswith(" ")) and len(cur) > 1:
                        carry, cur = cur[-1] + carry, cur[:-1]  # never break beside a space (it would be lost)
                        if not cur.endswith(" ") and not carry.startswith(" "):
                            break
                    lines.append(cur)
                    cur = carry
                cur += ch
            continue
        if cur and wf(cur + t) > width and t not in CLOSING:
            if cur[-1] in OPENING:
                lines.append(cur[:-1])
                cur = cur[-1]
            else:
                lines.append(cur)
                cur = ""
        cur += t
    if cur:
        lines.append(cur)
    return lines


COLW_CHAR = {
    "序号": 5,
    "一级指标": 9,
    "二级指标": 10,
    "三级指标": 16,
    "指标名称": 16,
    "指标内容": 16,
    "指标值": 12,
    "年度指标值": 12,
    "实施期指标值": 12,
    "长期指标值": 12,
    "中期指标值": 12,
    "指标值及单位": 13,
    "实际完成值": 10,
    "指标性质": 5,
    "计算符号": 5,
    "符号": 4,
    "度量单位": 6,
    "计量单位": 6,
    "权重": 4,
    "分值": 4,
    "得分": 4,
    "指标方向性": 5,
    "绩效标准": 6,
    "备注": 10,
    "指标解释": 17,
    "评(扣)分标准": 16,
    "指标值确定依据": 12,
    "偏差原因及改进措施": 18,
}


class Aligned:
    def __init__(self, mode):
        self.mode = mode  # "top" or "centered"
        self.metric = "char" if mode == "top" else "disp"
        self.wf = width_fn(self.metric)
        self.k = 1 if self.metric == "char" else 2
        self.gap = 2 if mode == "top" else 3
        self.margin = 0 if mode == "top" else 2
        self.page_len = None

    def colw(self, name):
        return COLW_CHAR.get(name, 10) * self.k

    # -- a table part: rows of cells at x positions, merged labels over row ranges
    def place(self, rows, labels, first_line_labels=True):
        """rows: [[(x, w, text, halign)]]; labels: [(x, w, r0, r1, text)].
        Returns lines (strings).  Positions are in half lines (y2) so a centred label may fall between lines."""
        wrapped = [[(x, w, wrap(t, w, self.wf), a) for x, w, t, a in r] for r in rows]
        heights = [max([len(c[2]) for c in r] + [1]) for r in wrapped]
        lab_lines = [(x, w, r0, r1, wrap(t, w, self.wf)) for x, w, r0, r1, t in labels if t]
        for x, w, r0, r1, ll in lab_lines:  # a label taller than its rows makes the last row taller
            h = sum(heights[r0 : r1 + 1])
            if len(ll) > h:
                heights[r1] += len(ll) - h
        starts, y = [], 0
        for h in heights:
            starts.append(y)
            y += h
        items = []
        for r, hr, st in zip(wrapped, heights, starts):
            for x, w, ll, a in r:
                off = 0 if self.mode == "top" else (hr - len(ll)) // 2
                for i, s in enumerate(ll):
                    items.append((2 * (st + off + i), x, w, s, a))
        for x, w, r0, r1, ll in lab_lines:
            st = starts[r0]
            h = sum(heights[r0 : r1 + 1])
            off2 = 0 if self.mode == "top" else (h - len(ll))  # in half lines
            for i, s in enumerate(ll):
                items.append((2 * st + off2 + 2 * i, x, w, s, "c" if self.mode == "centered" else "l"))
        return self.emit(items)

    def emit(self, items):
        by = {}
        for y2, x, w, s, a in items:
            by.setdefault(y2, []).append((x, w, s, a))
        out = []
        for y2 in sorted(by):
            line, cur = "", 0
            for x, w, s, a in sorted(by[y2]):
                sw = self.wf(s)
                if a == "c" and sw < w:
                    x += (w - sw) // 2
                x += self.margin
                if cur > 0 and cur > x - 2:
                    x = cur + 2
                line += " " * (x - cur) + s
                cur = x + sw
            out.append(line)
        return out

    # -- the header block
    def header_lines(self, p, total):
        kw = 8 * self.k
        rows, labels = [], []
        hr = header_rows(p["header"])
        for idx, (kind, cells) in enumerate(hr):
            if kind == "kv":
                rows.append([(0, kw, cells[0], "l"), (kw + self.gap, total - kw - self.gap, cells[1], "l")])
            elif kind == "pair":
                vw = (total - 2 * kw - 3 * self.gap) // 2
                x2 = kw + self.gap + vw + self.gap
                rows.append(
                    [
                        (0, kw, cells[0], "l"),
                        (kw + self.gap, vw, cells[1], "l"),
                        (x2, kw, cells[2], "l"),
                        (x2 + kw + self.gap, total - x2 - kw - self.gap, cells[3], "l"),
                    ]
                )
            else:
                sw = 7 * self.k if kind == "money" else 6 * self.k
                rows.append(
                    [
                        (kw + self.gap, sw, cells[1], "l"),
                        (kw + sw + 2 * self.gap, total - kw - sw - 2 * self.gap, cells[2], "l"),
                    ]
                )
                if cells[0]:
                    r1 = idx
                    while r1 + 1 < len(hr) and hr[r1 + 1][0] == kind and hr[r1 + 1][1][0] == "":
                        r1 += 1
                    labels.append((0, kw, idx, r1, cells[0]))
        return self.place(rows, labels)

    # -- the grid, paginated
    def grid_geometry(self, cols):
        xs, x = [], 0
        for c in cols:
            xs.append(x)
            x += self.colw(c) + self.gap
        return xs, x - self.gap

    def grid_parts(self, p, room_first, room_page):
        """Split the grid rows into page parts; returns [(a, b)] row ranges."""
        cols = p["columns"]
        heights = []
        for r in p["rows"]:
            heights.append(max([len(wrap(t, self.colw(c), self.wf)) for c, t in zip(cols, r) if c not in CAT] + [1]))
        head_h = max(len(wrap(c, self.colw(c), self.wf)) for c in cols)
        parts, a, room = [], 0, room_first
        while a < len(heights):
            used, b = head_h, a
            while b < len(heights) and used + heights[b] + 1 <= room:  # +1: slack for a tall label
                used += heights[b]
                b += 1
            if b == a:
                if room == room_page:
                    b = a + 1
                else:
                    parts.append((a, a))  # nothing fits: the grid starts on the next page
                    room = room_page
                    continue
            parts.append((a, b))
            a, room = b, room_page
        return parts

    def grid_part_lines(self, p, a, b):
        cols = p["columns"]
        xs, total = self.grid_geometry(cols)
        head = self.place(
            [[(xs[j], self.colw(c), c, "c" if self.mode == "centered" else "l") for j, c in enumerate(cols)]], []
        )
        rows = p["rows"][a:b]
        cat_idx = [j for j, c in enumerate(cols) if c in CAT]
        grid_rows, labels = [], []
        for r in rows:
            cells = []
            for j, c in enumerate(cols):
                if j in cat_idx:
                    continue
                al = "l" if (self.mode == "top" or c in LONG) else "c"
                cells.append((xs[j], self.colw(cols[j]), r[j], al))
            grid_rows.append(cells)
        for k, j in enumerate(cat_idx):
            # blocks over the whole grid, cut to this part
            blocks = []
            for i, r in enumerate(p["rows"]):
                opens = i == 0 or r[j] != "" or (k == 1 and r[cat_idx[0]] != "")
                if opens:
                    blocks.append([i, i])
                else:
                    blocks[-1][1] = i
            for r0, r1 in blocks:
                s0, s1 = max(r0, a), min(r1, b - 1)
                if s0 > s1:
                    continue
                text = p["rows"][r0][j]
                if s0 != r0 and self.mode == "top":
                    continue  # the continuation of a merged cell is empty
                labels.append((xs[j], self.colw(cols[j]), s0 - a, s1 - a, text))
        return head + self.place(grid_rows, labels)

    def render(self, doc):
        landscape = doc["variant"] in ("coded", "self_evaluation")
        self.page_len = (27 if landscape else 52) if self.mode == "top" else (30 if landscape else 28)
        pages, cur = [], []
        total_w = max(self.grid_geometry(p["columns"])[1] for p in doc["projects"])
        tw = self.wf(doc["title"])
        cur.append(" " * max(0, (total_w - tw) // 2 + self.margin) + doc["title"])
        cur.append(" " * max(0, total_w - self.wf("单位：万元") + self.margin) + "单位：万元")
        cur.append("")

        def new_page():
            nonlocal cur
            pages.append(cur)
            cur = []

        for pi, p in enumerate(doc["projects"]):
            _, gw = self.grid_geometry(p["columns"])
            hl = self.header_lines(p, max(gw, 64 * self.k))  # the header table is as wide as the page
            if pi:
                cur.append("")
            if len(cur) + len(hl) + 6 > self.page_len:
                new_page()
            cur += hl
            parts = self.grid_parts(p, self.page_len - len(cur), self.page_len)
            for k, (a, b) in enumerate(parts):
                if a == b:
                    new_page()
                    continue
                if k and parts[k - 1][0] != parts[k - 1][1]:
                    new_page()
                cur += self.grid_part_lines(p, a, b)
        pages.append(cur)
        out = []
        n = len(pages)
        for i, pg in enumerate(pages):
            body = list(pg)
            for j in range(len(body)):
                if self.mode == "top" and j % 9 == 8 and body[j]:
                    body[j] += "  "
                if self.mode == "centered" and j % 11 == 10 and body[j]:
                    body[j] += "\u3000"
            body += [""] * max(1, self.page_len - len(body))
            if self.mode == "top":
                foot = "第 %d 页 共 %d 页" % (i + 1, n)
                body.append(" " * max(0, total_w - self.wf(foot)) + foot)
            else:
                foot = "- %d -" % (i + 1)
                body.append(" " * ((total_w - len(foot)) // 2 + self.margin) + foot)
            out.append("\n".join(body) + "\n")
        return "\f".join(out)


# ------------------------------------------------------------------ XLSX
NUM = re.compile(r"^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")


def xl_value(text):
    """A cell that is a plain number goes in as a number with the format that shows it as printed."""
    m = NUM.match(text)
    if not m or (len(text) > 1 and text[0] == "0" and text[1] != "."):
        return text, None
    dec = m.group(3)
    v = float(text.replace(",", "")) if dec else int(text.replace(",", ""))
    if "," in text:
        fmt = "#,##0" + ("." + "0" * (len(dec) - 1) if dec else "")
    elif dec and dec.endswith("0"):
        fmt = "0." + "0" * (len(dec) - 1)
    else:
        fmt = None
    return v, fmt


def shown(v, fmt):
    """What the sheet shows for a value written by xl_value (used by the survival check)."""
    if fmt is None:
        return str(v) if not isinstance(v, float) else repr(v)
    dec = len(fmt.split(".")[1]) if "." in fmt else 0
    s = ("{:,.%df}" if fmt.startswith("#,##0") else "{:.%df}") % dec
    return s.format(v)


def xlsx(doc, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    ncol = max(len(p["columns"]) for p in doc["projects"])
    wrap_al = Alignment(wrap_text=True, vertical="center")
    row = 1
    ws.cell(row, 1, doc["title"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    row += 1
    ws.cell(row, ncol, "单位：万元")
    row += 1

    def put(r, c, text):
        v, fmt = xl_value(text) if text else (None, None)
        cell = ws.cell(r, c, v)
        if fmt:
            cell.number_format = fmt
        cell.alignment = wrap_al
        return cell

    for p in doc["projects"]:
        n = len(p["columns"])
        hr = header_rows(p["header"])
        first_of = {}
        for kind, cells in hr:
            if kind == "kv":
                put(row, 1, cells[0])
                put(row, 2, cells[1])
                ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=n)
            elif kind == "pair":
                half = max(3, n // 2 + 1)
                put(row, 1, cells[0])
                put(row, 2, cells[1])
                if half - 1 > 2:
                    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=half - 1)
                put(row, half, cells[2])
                put(row, half + 1, cells[3])
                if n > half + 1:
                    ws.merge_cells(start_row=row, start_column=half + 1, end_row=row, end_column=n)
            else:
                if cells[0]:
                    put(row, 1, cells[0])
                    first_of[kind] = row
                put(row, 2, cells[1])
                put(row, 3, cells[2])
                if n > 3:
                    ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=n)
                nxt = hr.index((kind, cells)) + 1
                if nxt >= len(hr) or hr[nxt][0] != kind or hr[nxt][1][0]:
                    if row > first_of[kind]:
                        ws.merge_cells(start_row=first_of[kind], start_column=1, end_row=row, end_column=1)
            row += 1
        for j, c in enumerate(p["columns"]):
            put(row, j + 1, c)
        row += 1
        g0 = row
        cat_idx = [j for j, c in enumerate(p["columns"]) if c in CAT]
        for r in p["rows"]:
            for j, t in enumerate(r):
                put(row, j + 1, t)
            row += 1
        for k, j in enumerate(cat_idx):
            blocks = []
            for i, r in enumerate(p["rows"]):
                if i == 0 or r[j] != "" or (k == 1 and r[cat_idx[0]] != ""):
                    blocks.append([i, i])
                else:
                    blocks[-1][1] = i
            for a, b in blocks:
                if b > a:
                    ws.merge_cells(start_row=g0 + a, start_column=j + 1, end_row=g0 + b, end_column=j + 1)
        row += 1
    for j in range(1, ncol + 1):
        ws.column_dimensions[chr(64 + j)].width = 16
    wb.save(path)


# ------------------------------------------------------------------ main
def render(doc_id):
    doc = load(doc_id)
    base = os.path.join(DOCS, doc_id)
    shapes = {
        ".pipe.txt": pipe(doc_id, doc, True),
        ".pipe_bare.txt": pipe(doc_id, doc, False),
        ".tab.tsv": tab(doc),
        ".csv": to_csv(doc),
        ".lines.txt": lines_shape(doc_id, doc, False),
        ".lines_dropped.txt": lines_shape(doc_id, doc, True),
        ".aligned_top.txt": Aligned("top").render(doc),
        ".aligned_centered.txt": Aligned("centered").render(doc),
        ".flat.txt": flat(doc),
        ".oneline.txt": oneline(doc),
    }
    for suf, text in shapes.items():
        with open(base + suf, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    xlsx(doc, base + ".xlsx")
    return shapes


def main():
    for path in sorted(glob.glob(os.path.join(DATA, "*.json"))):
        doc_id = os.path.splitext(os.path.basename(path))[0]
        render(doc_id)
        print(doc_id)


if __name__ == "__main__":
    main()
