"""blind15 renderer: ten text shapes and the XLSX of every data/<doc>.json (my own code, written from FORMS.md §2).

Header block layout (all shapes): [项目名称, v]; [主管部门, v, 实施单位, v]; [项目属性, v, 项目期, v]; extra items two
pairs a row; [项目资金（万元）]; money items two pairs a row; each goal [key, text].  The document title before each
project.  Deterministic: no dates, no randomness; the XLSX zip entries get a fixed timestamp.
"""

import csv
import html
import io
import json
import os
import sys
import unicodedata
import zipfile

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
CATS = ("一级指标", "二级指标")
NBSP = "\u00a0"
RUNNING_HEAD = "部门预算公开材料"
PAGE_LINES = 54  # lines a page, running head and foot included


# ------------------------------------------------------------------ model
def header_rows(header):
    h = [list(kv) for kv in header]
    keys = [k for k, _ in h]
    i_money = keys.index("项目资金（万元）")
    rows = [[h[0][0], h[0][1]], h[1] + h[2], h[3] + h[4]]
    extra = h[5:i_money]
    for j in range(0, len(extra), 2):
        rows.append(sum(extra[j : j + 2], []))
    rows.append(["项目资金（万元）"])
    money, goals = [], []
    for k, v in h[i_money + 1 :]:
        (goals if k in ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况") else money).append([k, v])
    for j in range(0, len(money), 2):
        rows.append(sum(money[j : j + 2], []))
    rows += goals
    return rows


def projects(doc):
    for p in doc["projects"]:
        yield doc["title"], header_rows(p["header"]), p["columns"], p["rows"]


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


# ------------------------------------------------------------------ 1 pipe: prettytable-style, centred cells
def centre(s, w):
    pad = w - dw(s)
    left = pad // 2
    return " " * left + s + " " * (pad - left)


def pretty(rows, with_header):
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    ws = [max(dw(r[i]) for r in rows) for i in range(n)]
    rule = "+" + "+".join("-" * (w + 2) for w in ws) + "+"
    out = [rule]
    for k, r in enumerate(rows):
        out.append("|" + "|".join(" " + centre(c, w) + " " for c, w in zip(r, ws)) + "|")
        if with_header and k == 0:
            out.append(rule)
    out.append(rule)
    return out


def r_pipe(doc):
    out = []
    for title, hrows, cols, rows in projects(doc):
        out.append(title)
        out += pretty(hrows, False)
        out += pretty([cols] + rows, True)
        out.append("")
    return "\n".join(out)


# ------------------------------------------------------------------ 2 pipe_bare: psql \pset format unaligned
def r_pipe_bare(doc):
    out = []
    for title, hrows, cols, rows in projects(doc):
        out.append(title)  # \echo
        n = max(len(r) for r in hrows)
        out.append("|".join(["栏目", "内容", "栏目2", "内容2"][:n]))  # the query's column names
        for r in hrows:
            out.append("|".join(r + [""] * (n - len(r))))
        out.append("(%d rows)" % len(hrows))
        out.append("")
        out.append("|".join(cols))
        for r in rows:
            out.append("|".join(r))
        out.append("(%d rows)" % len(rows))
        out.append("")
    return "\n".join(out)


# ------------------------------------------------------------------ 3 tab: xlsx2csv -d tab -a (a sheet per project)
def r_tab(doc):
    buf = io.StringIO()
    for k, (title, hrows, cols, rows) in enumerate(projects(doc), 1):
        buf.write("-------- %d - 项目%d\n" % (k, k))
        table = [[title]] + hrows + [cols] + rows
        n = max(len(r) for r in table)
        w = csv.writer(buf, delimiter="\t", lineterminator="\n")
        for r in table:
            w.writerow(r + [""] * (n - len(r)))
    return buf.getvalue()


# ------------------------------------------------------------------ 4 csv: a portal's export, numbers kept as text by a TAB
def numeric(s):
    return s != "" and all(c in "0123456789.,%" for c in s) and any(c.isdigit() for c in s)


def r_csv(doc):
    out = []
    for title, hrows, cols, rows in projects(doc):
        for r in [[title]] + hrows + [cols] + rows:
            cells = []
            for c in r:
                if numeric(c):
                    cells.append('"\t%s"' % c)
                elif any(ch in c for ch in ',"\n'):
                    cells.append('"%s"' % c.replace('"', '""'))
                else:
                    cells.append(c)
            out.append(",".join(cells))
    return "\r\n".join(out) + "\r\n"


# ------------------------------------------------------------------ 5/6 lines: a CMS print view, &nbsp; in empty cells
def cell_seq(doc):
    seq = []
    for title, hrows, cols, rows in projects(doc):
        seq.append(title)
        for r in hrows + [cols] + rows:
            seq += r
    return seq


def r_lines(doc):
    return "\n".join(c if c else NBSP for c in cell_seq(doc)) + "\n"


def r_lines_dropped(doc):
    return "\n".join(c for c in cell_seq(doc) if c) + "\n"


# ------------------------------------------------------------------ 7/8 aligned: pdftotext -layout imitation
WIDTH = {
    "序号": 6,
    "一级指标": 14,
    "二级指标": 16,
    "三级指标": 30,
    "指标名称": 30,
    "指标内容": 30,
    "绩效标准": 10,
    "权重": 8,
    "分值": 8,
    "得分": 8,
    "权重（%）": 10,
    "指标性质": 10,
    "计算符号": 10,
    "符号": 8,
    "度量单位": 10,
    "计量单位": 10,
    "指标方向性": 12,
}
LONG = ("评分标准", "偏差原因分析及改进措施", "数据来源", "指标值说明", "备注")
GAP = 2
HB = [0, 20, 62, 82]  # header block column starts (key, value, key, value)
HB_END = 130


def width(c):
    return WIDTH.get(c, 24 if c in LONG else 20)


def wrap(s, w):
    """A CJK line breaker: breaks anywhere, ASCII included; a closing mark never starts a line."""
    lines, cur = [], ""
    for ch in s:
        if dw(cur + ch) > w and cur and ch not in "，。、；）)%％":
            lines.append(cur)
            cur = ""
        cur += ch
    if cur or not lines:
        lines.append(cur)
    return lines


def render_line(parts):
    """parts: [(display col, text)] -> one string, text placed at display columns."""
    s, cur = "", 0
    for col, text in sorted(parts):
        if not text:
            continue
        if col < cur:
            col = cur + 1
        s += " " * (col - cur) + text
        cur = col + dw(text)
    return s.rstrip()


def header_block_lines(hrows):
    lines = []
    for r in hrows:
        spans = []
        if len(r) == 2:
            spans = [(HB[0], HB[1] - GAP, r[0]), (HB[1], HB_END - HB[1], r[1])]
        else:
            for k, c in enumerate(r):
                end = HB[k + 1] - GAP if k + 1 < len(HB) else HB_END
                spans.append((HB[k], end - HB[k] if k < 3 else HB_END - HB[k], c))
        cells = [(col, wrap(c, w)) for col, w, c in spans]
        h = max(len(x) for _, x in cells)
        for i in range(h):
            lines.append(render_line([(col, x[i]) for col, x in cells if i < len(x)]))
    return lines


def grid_rows(cols, rows, centred):
    starts, x = [], 0
    for c in cols:
        starts.append(x)
        x += width(c) + GAP
    cat_idx = [i for i, c in enumerate(cols) if c in CATS]
    # cell lines without labels in the centred shape
    cells = []
    for r in rows:
        cells.append([wrap(c, width(cols[i])) if not (centred and i in cat_idx) else [""] for i, c in enumerate(r)])
    heights = [max(len(x) for x in cl) for cl in cells]
    labels = {}  # (row, line) -> [(col, text)]
    if centred:
        for i in cat_idx:
            blocks, cur = [], None
            for k, r in enumerate(rows):
                new = r[i] != "" or (i != cat_idx[0] and r[cat_idx[0]] != "")
                if new or cur is None:
                    cur = [k, k, r[i]]
                    blocks.append(cur)
                else:
                    cur[1] = k
            for a, b, text in blocks:
                if not text:
                    continue
                lab = wrap(text, width(cols[i]))
                total = sum(heights[a : b + 1])
                if total < len(lab):
                    heights[b] += len(lab) - total
                    total = len(lab)
                s = (total - len(lab)) // 2
                pos = [(k, j) for k in range(a, b + 1) for j in range(heights[k])]
                for n, t in enumerate(lab):
                    labels.setdefault(pos[s + n], []).append((starts[i], t))
    out = []
    for k, cl in enumerate(cells):
        h = heights[k]
        lines = []
        for j in range(h):
            parts = []
            for i, x in enumerate(cl):
                off = h - len(x) if (centred and len(x) < h) else 0  # centred shape: short cells at the row's bottom
                if 0 <= j - off < len(x):
                    parts.append((starts[i], x[j - off]))
            parts += labels.get((k, j), [])
            lines.append(render_line(parts))
        out.append(lines)
    head = [wrap(c, width(c)) for c in cols]
    hh = max(len(x) for x in head)
    hlines = [render_line([(starts[i], x[j]) for i, x in enumerate(head) if j < len(x)]) for j in range(hh)]
    return hlines, out


def r_aligned(doc, centred):
    pages, cur = [], []
    room = PAGE_LINES - 3  # head, blank, foot

    def new_page():
        nonlocal cur
        pages.append(cur)
        cur = []

    for title, hrows, cols, rows in projects(doc):
        block = ["", " " * 30 + title, ""] + header_block_lines(hrows) + [""]
        if len(cur) + len(block) + 6 > room:
            new_page()
        cur += block
        hlines, grows = grid_rows(cols, rows, centred)
        cur += hlines
        for g in grows:
            if len(cur) + len(g) > room:
                new_page()
                cur += hlines
            cur += g
        cur.append("")
    pages.append(cur)
    out = []
    n = len(pages)
    for k, p in enumerate(pages, 1):
        page = [" " * 56 + RUNNING_HEAD, ""] + p + [""] * (room - len(p))
        page.append(" " * 120 + "第 %d 页" % k)
        out.append("\n".join(page))
    return "\f".join(out) + "\n"


# ------------------------------------------------------------------ 9 flat: a PDF reader's copy, labels at their block's middle
def mid_labels(cols, rows):
    """Rows with the 一级/二级 labels moved to the middle row of their block (rounding down)."""
    rows = [list(r) for r in rows]
    cat_idx = [i for i, c in enumerate(cols) if c in CATS]
    for i in cat_idx:
        blocks, cur = [], None
        for k, r in enumerate(rows):
            new = r[i] != "" or (i != cat_idx[0] and rows[k][cat_idx[0]] != "" and k != 0)
            if new or cur is None:
                cur = [k, k, r[i]]
                blocks.append(cur)
            else:
                cur[1] = k
        moved = [list(r) for r in rows]
        for a, b, text in blocks:
            for k in range(a, b + 1):
                moved[k][i] = ""
            moved[(a + b) // 2][i] = text
        rows = [[moved[k][j] if j == i else rows[k][j] for j in range(len(cols))] for k in range(len(rows))]
    return rows


def r_flat(doc):
    out = []
    for title, hrows, cols, rows in projects(doc):
        out.append(title)
        out += ["".join(r) for r in hrows]
        out.append("".join(cols))
        out += ["".join(r) for r in mid_labels(cols, rows)]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ 10 oneline: an HTML text field, rows joined by <br/>
def r_oneline(doc):
    rows = []
    for title, hrows, cols, grid in projects(doc):
        rows.append(title)
        rows += ["".join(r) for r in hrows]
        rows.append("".join(cols))
        rows += ["".join(r) for r in grid]
    return "<br/>".join(html.escape(r, quote=False) for r in rows) + "\n"


# ------------------------------------------------------------------ 11 xlsx
def r_xlsx(doc, path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    ws.oddHeader.center.text = doc["title"]  # the title only in the print header
    ws.oddFooter.right.text = "第 &P 页，共 &N 页"
    wrap_al = Alignment(wrap_text=True, vertical="center")
    width_all = max(len(p["columns"]) for p in doc["projects"])
    width_all = max(width_all, 4)
    row = 1
    for title, hrows, cols, rows in projects(doc):
        for r in hrows:
            if len(r) == 2:
                ws.cell(row, 1, r[0])
                ws.cell(row, 2, r[1])
                ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=width_all)
            elif len(r) == 1:
                ws.cell(row, 1, r[0])
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width_all)
            else:
                half = max(2, width_all // 2)
                ws.cell(row, 1, r[0])
                ws.cell(row, 2, r[1])
                if half > 2:
                    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=half)
                if len(r) > 2:
                    ws.cell(row, half + 1, r[2])
                    ws.cell(row, half + 2, r[3] if len(r) > 3 else "")
                    if width_all > half + 2:
                        ws.merge_cells(start_row=row, start_column=half + 2, end_row=row, end_column=width_all)
            row += 1
        for i, c in enumerate(cols, 1):
            ws.cell(row, i, c)
        row += 1
        first = row
        for r in rows:
            for i, c in enumerate(r, 1):
                if c != "":
                    ws.cell(row, i, c).alignment = wrap_al
            row += 1
        for i, c in enumerate(cols, 1):
            if c in CATS:
                start = None
                for k in range(first, row + 1):
                    v = ws.cell(k, i).value if k < row else "END"
                    other = (
                        ws.cell(k, cols.index("一级指标") + 1).value
                        if (c == "二级指标" and "一级指标" in cols and k < row)
                        else None
                    )
                    if v is not None or other is not None:
                        if start is not None and k - 1 > start:
                            ws.merge_cells(start_row=start, start_column=i, end_row=k - 1, end_column=i)
                        start = k if v is not None and v != "END" else None
        row += 1
    for i in range(1, width_all + 1):
        ws.column_dimensions[get_column_letter(i)].width = 16
    ws.print_title_rows = None
    tmp = io.BytesIO()
    wb.save(tmp)
    zin = zipfile.ZipFile(io.BytesIO(tmp.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda x: x.filename):
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re

                data = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\w+>", b"", data)
            zi = zipfile.ZipInfo(info.filename, (2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def main():
    for f in sorted(os.listdir(DATA)):
        if not f.endswith(".json"):
            continue
        doc_id = f[:-5]
        doc = json.load(open(os.path.join(DATA, f), encoding="utf-8"))
        shapes = {
            ".pipe.txt": r_pipe(doc) + "\n",
            ".pipe_bare.txt": r_pipe_bare(doc),
            ".tab.tsv": r_tab(doc),
            ".csv": r_csv(doc),
            ".lines.txt": r_lines(doc),
            ".lines_dropped.txt": r_lines_dropped(doc),
            ".aligned_top.txt": r_aligned(doc, False),
            ".aligned_centered.txt": r_aligned(doc, True),
            ".flat.txt": r_flat(doc),
            ".oneline.txt": r_oneline(doc),
        }
        for suf, text in shapes.items():
            with open(os.path.join(DOCS, doc_id + suf), "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        r_xlsx(doc, os.path.join(DOCS, doc_id + ".xlsx"))
        print(doc_id)


if __name__ == "__main__":
    main()
