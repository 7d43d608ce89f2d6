"""render10.py: the ten text shapes and the XLSX of the blind10 corpus, from data/<doc>.json.

Own code, written from FORMS.md §2 (no earlier renderer read).  Deterministic: run twice, byte-identical files.
Usage: python render10.py [corpus folder]      (default: the folder of this file)

Header block layout used by every shape (my choice, see README "Renderings"):
  - the header items flow TWO PAIRS A ROW in data order: `项目名称 | v | 主管部门 | v`, `实施单位 | v | 项目属性 | v`,
    `项目期 | v | 项目负责人 | v`, `联系电话 | v` (a last odd pair alone);
  - `项目资金（万元）` alone on a row, then a row of the money KEYS and a row of their AMOUNTS (column-wise);
  - each goal as its key alone on a row and its text alone on the next row (a merged heading row over a merged
    text row, as the national 申报表 prints 年度绩效目标).
"""

import csv
import io
import json
import os
import sys
import unicodedata
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.table import Table, TableStyleInfo

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
CAT = ("一级指标", "二级指标")
LANDSCAPE = ("coded", "self_evaluation")
MONEY_KEYS = ("实施期资金总额", "年度资金总额", "其中：财政拨款", "其他资金", "年初预算数", "全年预算数", "全年执行数")
GOAL_KEYS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")
ATTACHMENT = "附件2"  # the attachment label a budget PDF prints on its first page (aligned shapes, oneline)
# column weights (as the PDF prints them) for the aligned shapes and the CSV's cell wrapping
WEIGHT = {
    "序号": 0.7, "一级指标": 1.5, "二级指标": 1.7, "三级指标": 3.0, "指标内容": 3.0, "指标名称": 3.2,
    "指标值": 2.2, "目标值": 2.2, "实施期指标值": 2.3, "长期指标值": 2.3, "中期指标值": 2.3, "年度指标值": 2.3,
    "实际完成值": 1.6, "分值": 0.8, "得分": 0.8, "权重": 0.8, "权重（%）": 0.9, "指标性质": 1.0, "计算符号": 1.0,
    "符号": 0.8, "度量单位": 1.0, "计量单位": 1.0, "指标方向性": 1.1, "指标值及单位": 2.4, "绩效标准": 1.4,
    "指标解释": 3.0, "评(扣)分标准": 3.0, "指标值确定依据": 2.0, "偏差原因及改进措施": 3.0, "备注": 1.6,
}  # fmt: skip
LONG_TEXT = ("指标解释", "评(扣)分标准", "偏差原因及改进措施", "指标值确定依据", "备注")


# ------------------------------------------------------------------ shared structure
def load(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


def header_rows(header):
    """The header block in my layout: a list of rows (lists of cell texts)."""
    rows, pairs, i = [], [], 0
    items = [tuple(kv) for kv in header]
    while i < len(items):
        k, v = items[i]
        if k == "项目资金（万元）":
            if pairs:
                rows.append(pairs)
                pairs = []
            j = i + 1
            while j < len(items) and items[j][0] in MONEY_KEYS:
                j += 1
            rows.append([k])
            rows.append([mk for mk, _ in items[i + 1 : j]])
            rows.append([mv for _, mv in items[i + 1 : j]])
            i = j
            continue
        if k in GOAL_KEYS:
            if pairs:
                rows.append(pairs)
                pairs = []
            rows.append([k])
            rows.append([v])
        else:
            pairs += [k, v]
            if len(pairs) == 4:
                rows.append(pairs)
                pairs = []
        i += 1
    if pairs:
        rows.append(pairs)
    return rows


def merged_flags(columns, rows):
    """flags[i][j] True where cell (i, j) is the continuation of a merged 一级/二级 block (an "" cell under a label)."""
    cats = [j for j, c in enumerate(columns) if c in CAT]
    flags = [[False] * len(columns) for _ in rows]
    if not cats:
        return flags
    j1 = cats[0] if columns[cats[0]] == "一级指标" else None
    for j in cats:
        for i, r in enumerate(rows):
            if i == 0 or r[j] != "":
                continue
            if columns[j] == "二级指标" and j1 is not None and r[j1] != "":
                continue  # a new 一级 block starts: its 二级 cell is its own (empty) cell
            flags[i][j] = True
    return flags


def blocks(columns, rows, j):
    """Row ranges [a, b] of the merged blocks of category column j."""
    flags = merged_flags(columns, rows)
    out = []
    for i in range(len(rows)):
        if not flags[i][j]:
            out.append([i, i])
        else:
            out[-1][1] = i
    return out


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


# ------------------------------------------------------------------ wrapping (aligned shapes, CSV)
CLOSING = set("，。、；：？！）》」』”’%％,.;:)]")
OPENING = set("（《「『“‘([")


def is_ascii_run(ch):
    return ord(ch) < 128 and ch not in " "


def tokens(text):
    """ASCII runs (numbers, Latin words, `1,500`, `GB`) stay whole; every other character is a token."""
    out, cur = [], ""
    for ch in text:
        if is_ascii_run(ch):
            cur += ch
        else:
            if cur:
                out.append(cur)
                cur = ""
            out.append(ch)
    if cur:
        out.append(cur)
    return out


def wrap(text, width, metric=dw):
    """Lines of at most `width` (display metric), a closing mark never starts a line, an opening one never ends one."""
    if metric(text) <= width:
        return [text] if text else []
    lines, cur = [], []
    for t in tokens(text):
        if cur and metric("".join(cur) + t) > width:
            carry = []
            if t[0] in CLOSING and len(cur) > 1:
                carry = [cur.pop()]
            while len(cur) > 1 and cur[-1] in OPENING:
                carry.insert(0, cur.pop())
            lines.append("".join(cur))
            cur = carry
        cur.append(t)
    if cur:
        lines.append("".join(cur))
    return lines


# ------------------------------------------------------------------ 1. org-mode table (.pipe.txt)
def org_table(rows, hline_after=None):
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    w = [max(dw(r[j]) for r in rows) for j in range(n)]
    out = []
    for i, r in enumerate(rows):
        out.append("| " + " | ".join(c + " " * (w[j] - dw(c)) for j, c in enumerate(r)) + " |")
        if hline_after is not None and i == hline_after:
            out.append("|" + "+".join("-" * (x + 2) for x in w) + "|")
    return out


def shape_pipe(doc):
    out = []
    for p in doc["projects"]:
        out.append("* " + doc["title"])
        out.append("")
        out += org_table(header_rows(p["header"]))
        out.append("")
        out += org_table([p["columns"]] + p["rows"], hline_after=0)
        out.append("")
    return "\n".join(out)


# ------------------------------------------------------------------ 2. aligned markdown without outer pipes
def bare_table(rows):
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    w = [max(3, max(dw(r[j]) for r in rows)) for j in range(n)]
    out = []
    for i, r in enumerate(rows):
        out.append(" | ".join(c + " " * (w[j] - dw(c)) for j, c in enumerate(r)).rstrip())
        if i == 0:
            out.append("-|-".join("-" * x for x in w))
    return out


def shape_pipe_bare(doc):
    out = []
    for p in doc["projects"]:
        out.append(doc["title"])
        out.append("")
        out += bare_table(header_rows(p["header"]))
        out.append("")
        out += bare_table([p["columns"]] + p["rows"])
        out.append("")
    return "\n".join(out)


# ------------------------------------------------------------------ 3. browser copy of an HTML table (.tab.tsv)
def shape_tab(doc):
    """A web mirror's HTML tables copied from the browser: a rowspan cell exists only on its first row, so the rows
    under a merged 一级/二级 label have FEWER cells (the later cells shift left); colspans give one cell."""
    out = []
    for n, p in enumerate(doc["projects"]):
        if n:
            out.append("")
        out.append(doc["title"])
        out += ["\t".join(r) for r in header_rows(p["header"])]
        out.append("\t".join(p["columns"]))
        flags = merged_flags(p["columns"], p["rows"])
        for r, f in zip(p["rows"], flags):
            out.append("\t".join(c for c, m in zip(r, f) if not m))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ 4. a PDF table extractor's CSV (.csv)
def pdf_chars(doc):
    return 88 if doc["variant"] in LANDSCAPE else 56  # CJK characters across the PDF table


def cell_wrap_width(columns, j, total):
    w = [WEIGHT.get(c, 1.5) for c in columns]
    return max(2, int(total * w[j] / sum(w)) - 1)


def pdf_wrapped(text, chars):
    """A cell as the extractor returns it: the lines the PDF cell wrapped to, joined by \\n (CJK = 1, ASCII = 1/2)."""
    return "\n".join(wrap(text, 2 * chars)) if text else ""


def shape_csv(doc):
    buf = io.StringIO()
    wr = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
    total = pdf_chars(doc)
    for n, p in enumerate(doc["projects"]):
        if n:
            buf.write("\n")
        hrows = header_rows(p["header"])
        width = max(len(r) for r in hrows)
        for r in hrows:
            per = total // len(r) if len(r) > 1 else total
            wr.writerow([pdf_wrapped(c, per - 1) for c in r] + [""] * (width - len(r)))
        buf.write("\n")
        cols = p["columns"]
        wr.writerow([pdf_wrapped(c, cell_wrap_width(cols, j, total)) for j, c in enumerate(cols)])
        for r in p["rows"]:
            wr.writerow([pdf_wrapped(c, cell_wrap_width(cols, j, total)) for j, c in enumerate(r)])
    return buf.getvalue()


# ------------------------------------------------------------------ 5/6. one cell a line
IDEO = "\u3000"


def shape_lines(doc, dropped=False):
    """Word's "convert table to text" (paragraph marks): a merged continuation cell gives an EMPTY line; an empty
    cell of its own holds the full-width space its author typed in it (a line of U+3000)."""
    out = []
    for p in doc["projects"]:
        out.append(doc["title"])
        for r in header_rows(p["header"]):
            out += r
        out += p["columns"]
        flags = merged_flags(p["columns"], p["rows"])
        for r, f in zip(p["rows"], flags):
            for c, m in zip(r, f):
                out.append(c if c else ("" if m else IDEO))
    if dropped:
        out = [x for x in out if x not in ("", IDEO)]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ 7/8. pdftotext -layout imitation
GAP = 4
MARGIN = 6


def page_width(doc):
    return 168 if doc["variant"] in LANDSCAPE else 120


PAGE_START = {"top": 60, "centered": 56}  # content lines a page at most (the footer comes after them)


def page_lines(doc, centered):
    """The page length: the first from PAGE_START down (portrait; landscape 12 fewer) at which some grid is cut by
    a page with at least 3 of its rows on each side; PAGE_START if none."""
    key = "centered" if centered else "top"
    start = PAGE_START[key] - (12 if doc["variant"] in LANDSCAPE else 0)
    if "_plen" not in doc:
        doc["_plen"] = {}
    if key not in doc["_plen"]:
        doc["_plen"][key] = start
        for n in range(start, 30, -1):
            doc["_plen"][key] = n
            _, breaks = paginate(doc, centered)
            if any(3 <= i <= len(doc["projects"][pi]["rows"]) - 3 for pi, i in breaks):
                break
        else:
            doc["_plen"][key] = start
    return doc["_plen"][key]


def grid_widths(doc, columns):
    total = page_width(doc) - MARGIN - GAP * (len(columns) - 1)
    w = [WEIGHT.get(c, 1.5) for c in columns]
    out = [max(dw(c), int(total * x / sum(w))) for c, x in zip(columns, w)]
    return out


def place(line, col, text):
    """Write text at display column col of a line (list of display cells)."""
    cur = dw("".join(line))
    if cur < col:
        line.append(" " * (col - cur))
    line.append(text)


def render_lines(cells_at):
    """cells_at: list of (col, text) for one physical line -> string."""
    parts = []
    for col, text in sorted(cells_at):
        place(parts, col, text)
    return "".join(parts).rstrip()


def header_lines(doc, header):
    """The header block laid out: pairs at quarter positions, money items in equal columns, goals full width."""
    width = page_width(doc) - MARGIN
    out = []
    for r in header_rows(header):
        if len(r) == 1:
            pieces = [[(MARGIN, t) for t in wrap(r[0], width)]]
        elif is_money_row(r):
            colw = width // len(r)
            pieces = [[(MARGIN + j * colw, t) for t in wrap(c, colw - GAP)] for j, c in enumerate(r)]
        else:
            half, kw = width // 2, 16
            pieces = []
            for j, c in enumerate(r):
                base = MARGIN + (j // 2) * half + (j % 2) * kw
                colw = kw - 2 if j % 2 == 0 else half - kw - GAP
                pieces.append([(base, t) for t in wrap(c, colw)])
        h = max(len(x) for x in pieces) if pieces else 1
        for k in range(h):
            out.append(render_lines([x[k] for x in pieces if k < len(x)]))
    return out


def is_money_row(r):
    return all(k in MONEY_KEYS for k in r) or _is_amount_row(r)


def _is_amount_row(r):
    return all(c.replace(",", "").replace(".", "").isdigit() for c in r if c)


def grid_parts(doc, p, centered):
    """The grid as rows of physical lines, and the merged-label overlay: returns (header_lines, rows) where rows is a
    list of dicts {lines: [[(col, text)...] per line], block starts}."""
    cols, rows = p["columns"], p["rows"]
    widths = grid_widths(doc, cols)
    starts, x = [], MARGIN
    for w in widths:
        starts.append(x)
        x += w + GAP
    flags = merged_flags(cols, rows)
    cats = [j for j, c in enumerate(cols) if c in CAT]
    # header line(s)
    hp = [[(starts[j], t) for t in wrap(c, widths[j])] for j, c in enumerate(cols)]
    hh = max(len(x) for x in hp)
    head = [render_lines([x[k] for x in hp if k < len(x)]) for k in range(hh)]
    # rows without the category cells; heights
    body = []
    for i, r in enumerate(rows):
        pieces = {}
        for j, c in enumerate(r):
            if j in cats:
                continue
            pieces[j] = wrap(c, widths[j])
        h = max([len(v) for v in pieces.values()] + [1])
        body.append({"pieces": pieces, "h": h})
    # category labels: make every block tall enough for its wrapped label
    labels = {}
    for j in cats:
        for a, b in blocks(cols, rows, j):
            lab = wrap(rows[a][j], widths[j])
            need = len(lab) - sum(body[i]["h"] for i in range(a, b + 1))
            if need > 0:
                body[b]["h"] += need
            labels[(j, a)] = (b, lab)
    return cols, starts, widths, cats, flags, head, body, labels


def layout_grid(doc, p, centered):
    """Physical lines of the grid rows (no header), with the row index each line belongs to, and for each line the
    label pieces placed; the label of a block is centred (centered) or on its first line (top)."""
    cols, starts, widths, cats, flags, head, body, labels = grid_parts(doc, p, centered)
    # lines per row
    row_lines = []
    for i, b in enumerate(body):
        lines = [[] for _ in range(b["h"])]
        for j, ls in b["pieces"].items():
            off = (b["h"] - len(ls)) // 2 if (centered and cols[j] not in LONG_TEXT) else 0
            for k, t in enumerate(ls):
                lines[off + k].append((starts[j], t))
        row_lines.append(lines)
    # overlay labels
    for (j, a), (b, lab) in labels.items():
        flat = [(i, k) for i in range(a, b + 1) for k in range(len(row_lines[i]))]
        off = (len(flat) - len(lab)) // 2 if centered else 0
        for k, t in enumerate(lab):
            i, kk = flat[off + k]
            row_lines[i][kk].append((starts[j], t))
    return head, row_lines


def paginate(doc, centered):
    """The document's pages of lines (aligned shapes) and, for the oneline shape, the page breaks found:
    [(project index, data row index before which the page broke)]."""
    plen = doc["_plen"]["centered" if centered else "top"]
    W = page_width(doc)
    pages, cur, breaks = [], [], []

    def newpage():
        nonlocal cur
        pages.append(cur)
        cur = []

    cur.append(" " * MARGIN + ATTACHMENT)
    for pi, p in enumerate(doc["projects"]):
        title = doc["title"]
        pad = max(0, (W - dw(title)) // 2)
        hb = [" " * pad + title, "", " " * (W - dw("单位：万元")) + "单位：万元"] + header_lines(doc, p["header"])
        head, row_lines = layout_grid(doc, p, centered)
        first = hb + [""] + head + [render_lines(x) for x in row_lines[0]]
        if cur and len(cur) + 1 + len(first) > plen:
            newpage()
            breaks.append((pi, 0))
        if cur and pi:
            cur.append("")
        cur += first
        for i in range(1, len(row_lines)):
            lines = [render_lines(x) for x in row_lines[i]]
            if len(cur) + len(lines) > plen:
                newpage()
                breaks.append((pi, i))
                cur += head
            cur += lines
    pages.append(cur)
    return pages, breaks


def footer(n, m, W):
    s = "%d/%d" % (n, m)
    return " " * (W - dw(s)) + s


def shape_aligned(doc, centered):
    plen = page_lines(doc, centered)
    pages, _ = paginate(doc, centered)
    W = page_width(doc)
    out = []
    for n, pg in enumerate(pages, 1):
        body = pg + [""] * (plen - len(pg))
        out.append("\n".join(body + ["", footer(n, len(pages), W)]))
    return "\n\f".join(out) + "\n"


# ------------------------------------------------------------------ 9. flattened (a scraper's get_text of HTML rows)
NBSP = "\u00a0"


def shape_flat(doc):
    """Each <tr> of the web mirror on a line with the text of its cells glued (BeautifulSoup get_text()): a merged
    label exists on its first row only; an empty cell of its own is `&nbsp;` and leaves a NO-BREAK SPACE U+00A0."""
    out = []
    for p in doc["projects"]:
        out.append(doc["title"])
        for r in header_rows(p["header"]):
            out.append("".join(c if c else NBSP for c in r))
        out.append("".join(p["columns"]))
        flags = merged_flags(p["columns"], p["rows"])
        for r, f in zip(p["rows"], flags):
            out.append("".join((c if c else NBSP) for c, m in zip(r, f) if not m))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ 10. the whole PDF copied onto one line
def shape_oneline(doc):
    """Select-all in a PDF viewer pasted into a one-line field: everything glued, the page furniture included where
    the pages (of the aligned_top layout) break: the foot `n/m`, then the grid header again."""
    page_lines(doc, False)
    pages, breaks = paginate(doc, False)
    m = len(pages)
    page = 1
    s = ATTACHMENT
    for pi, p in enumerate(doc["projects"]):
        if (pi, 0) in breaks:  # the project starts a new page
            s += "%d/%d" % (page, m)
            page += 1
        s += doc["title"] + "单位：万元"
        for r in header_rows(p["header"]):
            s += "".join(r)
        s += "".join(p["columns"])
        for i, r in enumerate(p["rows"]):
            if i and (pi, i) in breaks:
                s += "%d/%d" % (page, m) + "".join(p["columns"])
                page += 1
            s += "".join(r)
    s += "%d/%d" % (m, m)
    return s + "\n"


# ------------------------------------------------------------------ 11. XLSX: the grids as Excel tables
FIXED = (2025, 1, 1, 0, 0, 0)


def shape_xlsx(doc, path):
    import datetime

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标"
    text = Alignment(wrap_text=True, vertical="center")
    row = 1
    for n, p in enumerate(doc["projects"], 1):
        cols = p["columns"]
        width = max(len(cols), 4)
        ws.cell(row, 1, doc["title"])
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        row += 1
        for r in header_rows(p["header"]):
            if len(r) == 1:
                ws.cell(row, 1, r[0]).alignment = text
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
            elif len(r) == 4 and not is_money_row(r):
                half = width // 2
                ws.cell(row, 1, r[0])
                ws.cell(row, 2, r[1]).alignment = text
                if half > 2:
                    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=half)
                ws.cell(row, half + 1, r[2])
                ws.cell(row, half + 2, r[3]).alignment = text
                if width > half + 2:
                    ws.merge_cells(start_row=row, start_column=half + 2, end_row=row, end_column=width)
            elif len(r) == 2 and not is_money_row(r):
                ws.cell(row, 1, r[0])
                ws.cell(row, 2, r[1]).alignment = text
                ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=width)
            else:
                for j, c in enumerate(r, 1):
                    ws.cell(row, j, c).number_format = "@"
            row += 1
        top = row
        for j, c in enumerate(cols, 1):
            ws.cell(row, j, c)
        for r in p["rows"]:
            row += 1
            for j, c in enumerate(r, 1):
                cell = ws.cell(row, j, c if c != "" else None)
                cell.number_format = "@"
                cell.alignment = text
        ref = "A%d:%s%d" % (top, chr(ord("A") + len(cols) - 1), row)
        t = Table(displayName="Table%d" % n, ref=ref)
        t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        ws.add_table(t)
        row += 2
    for j, w in enumerate((12, 16, 30, 16, 14, 12, 12, 12, 12, 16), 1):
        ws.column_dimensions[chr(ord("A") + j - 1)].width = w
    stamp = datetime.datetime(2025, 1, 1)
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.creator = "blind10"
    raw = io.BytesIO()
    wb.save(raw)
    # byte-stable: rewrite the zip with fixed timestamps
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re

                data = re.sub(rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>",
                              b'<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:modified>',
                              data)  # fmt: skip
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)


# ------------------------------------------------------------------ main
SHAPES = {
    ".pipe.txt": shape_pipe,
    ".pipe_bare.txt": shape_pipe_bare,
    ".tab.tsv": shape_tab,
    ".csv": shape_csv,
    ".lines.txt": lambda d: shape_lines(d),
    ".lines_dropped.txt": lambda d: shape_lines(d, True),
    ".aligned_top.txt": lambda d: shape_aligned(d, False),
    ".aligned_centered.txt": lambda d: shape_aligned(d, True),
    ".flat.txt": shape_flat,
    ".oneline.txt": shape_oneline,
}


def main():
    os.makedirs(DOCS, exist_ok=True)
    for name in sorted(os.listdir(DATA)):
        doc_id = name[:-5]
        doc = load(doc_id)
        doc["_id"] = doc_id
        for suffix, fn in SHAPES.items():
            with open(os.path.join(DOCS, doc_id + suffix), "w", encoding="utf-8", newline="") as f:
                f.write(fn(doc))
        shape_xlsx(doc, os.path.join(DOCS, doc_id + ".xlsx"))
        print(doc_id)


if __name__ == "__main__":
    main()
