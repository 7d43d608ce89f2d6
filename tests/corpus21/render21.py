"""render21.py: my own renderer of the ten text shapes and the XLSX of corpus blind21 (written from FORMS.md §2,
without reading any earlier renderer).  Usage: python render21.py [/work/blind21]

Every shape starts from one SHEET model of a document (the workbook a department would keep): per project the
title, the header block, the grid; merged cells known.  The shapes are what real tools make of that workbook / of its
Word and PDF prints (see README.md, "Renderings")."""

import io
import json
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
CAT1, CAT2 = "一级指标", "二级指标"
GOALS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")
PAIRS = (("主管部门", "实施单位"), ("项目属性", "项目期"), ("经办人", "联系方式"))
MONEY = "项目资金（万元）"


# ------------------------------------------------------------------ helpers
def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def load(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


def blocks(rows, col, c1=None):
    """(start, end) row ranges of the merged blocks of a category column (a label opens a block; an 一级 label
    also closes the 二级 block above)."""
    out, start = [], None
    for i, row in enumerate(rows):
        if row[col] or (c1 is not None and col == c1 + 1 and row[c1]):
            if start is not None:
                out.append((start, i - 1))
            start = i if row[col] else None
    if start is not None:
        out.append((start, len(rows) - 1))
    return out


def header_rows(header):
    """The header block as logical rows: ("kv", k, v) | ("pair", k1, v1, k2, v2) | ("money", [(k, v)...])."""
    out, i, items = [], 0, list(header)
    while i < len(items):
        k, v = items[i]
        nxt = items[i + 1] if i + 1 < len(items) else (None, None)
        if (k, nxt[0]) in PAIRS:
            out.append(("pair", k, v, nxt[0], nxt[1]))
            i += 2
        elif k == MONEY:
            j = i + 1
            while j < len(items) and items[j][0] not in GOALS and items[j][0] != "项目名称":
                j += 1
            out.append(("money", items[i + 1 : j]))
            i = j
        else:
            out.append(("kv", k, v))
            i += 1
    return out


# ------------------------------------------------------------------ the sheet model
def sheet(doc):
    """rows: list of lists of W cells; a cell is a str (possibly "" = an empty cell of its own) or None (covered by a
    merge, or padding).  merges: (r1, c1, r2, c2) 0-based.  kinds: per row 'title'|'head'|'gridhead'|'grid'|'blank'."""
    W = max(max(len(p["columns"]) for p in doc["projects"]), 4)
    rows, merges, kinds, own = [], [], [], []

    def add(cells, kind):
        cells = list(cells) + [None] * (W - len(cells))
        rows.append(cells)
        kinds.append(kind)
        return len(rows) - 1

    for pi, p in enumerate(doc["projects"]):
        if pi:
            add([], "blank")
        r = add([doc["title"]], "title")
        merges.append((r, 0, r, W - 1))
        for hr in header_rows(p["header"]):
            if hr[0] == "kv":
                r = add([hr[1], hr[2]], "head")
                merges.append((r, 1, r, W - 1))
            elif hr[0] == "pair":
                h = max(2, W // 2)
                r = add([hr[1], hr[2]] + [None] * (h - 2) + [hr[3], hr[4]], "head")
                if h > 2:
                    merges.append((r, 1, r, h - 1))
                if W - 1 > h + 1:
                    merges.append((r, h + 1, r, W - 1))
            else:
                first = len(rows)
                for m, (mk, mv) in enumerate(hr[1]):
                    r = add([MONEY if m == 0 else None, mk, mv], "head")
                    merges.append((r, 2, r, W - 1))
                if len(hr[1]) > 1:
                    merges.append((first, 0, len(rows) - 1, 0))
        add(p["columns"], "gridhead")
        g0 = len(rows)
        for row in p["rows"]:
            add(row, "grid")
        cols = p["columns"]
        if CAT1 in cols:
            for col in (cols.index(CAT1), cols.index(CAT2)):
                for s, e in blocks(p["rows"], col, cols.index(CAT1)):
                    if e > s:
                        merges.append((g0 + s, col, g0 + e, col))
                    for i in range(s + 1, e + 1):
                        rows[g0 + i][col] = None  # covered by the merge
    return W, rows, merges, kinds


# ------------------------------------------------------------------ XLSX (openpyxl)
def write_xlsx(doc_id, doc, path):
    from openpyxl import Workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import Alignment, Border, Font, Side

    W, rows, merges, kinds = sheet(doc)
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    grid_cat = set()
    for r1, c1, r2, c2 in merges:
        if c1 == c2 and r2 > r1 and kinds[r1] == "grid":
            grid_cat.add((r1, c1))
    cat_cols = {}
    for i, (cells, kind) in enumerate(zip(rows, kinds)):
        for j, v in enumerate(cells):
            if kind == "blank":
                continue
            c = ws.cell(row=i + 1, column=j + 1)
            if kind != "title":
                c.border = box
            if v is None or v == "":
                continue
            m = re.match(r"^(.*?指标)\s*([（(][^）)]*[）)]分?|\s*\d+分)$", v)
            if kind == "grid" and m:  # points printed in red, as the template's rich text
                c.value = CellRichText(
                    [TextBlock(InlineFont(), m.group(1)), TextBlock(InlineFont(color="FFFF0000"), v[len(m.group(1)) :])]
                )
            else:
                c.value = v
            c.number_format = "@"
            if kind == "title":
                c.font = Font(bold=True, size=14)
                c.alignment = Alignment(horizontal="center")
            elif kind == "gridhead":
                c.font = Font(bold=True)
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            else:
                c.alignment = Alignment(vertical="center", wrap_text=True)
    for i, kind in enumerate(kinds):  # category columns: vertical (stacked) text, as the form prints them
        if kind == "gridhead":
            for j, v in enumerate(rows[i]):
                if v in (CAT1, CAT2):
                    cat_cols.setdefault(i, []).append(j)
    for gh, cols in cat_cols.items():
        i = gh + 1
        while i < len(rows) and kinds[i] == "grid":
            for j in cols:
                ws.cell(row=i + 1, column=j + 1).alignment = Alignment(
                    horizontal="center", vertical="center", textRotation=255, wrap_text=True
                )
            i += 1
    for r1, c1, r2, c2 in merges:
        ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
    for j in range(W):
        ws.column_dimensions[chr(65 + j)].width = 14 if j else 16
    ws.page_setup.orientation = "landscape" if doc["variant"] in ("coded", "self_evaluation") else "portrait"
    wb.properties.creator = "示例市某某区财政局"
    import datetime

    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 1, 20, 9, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    # byte-stable: rewrite the zip with fixed entry dates
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time into dcterms:modified
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-20T09:00:00Z", data)
            zout.writestr(zi, data)


# ------------------------------------------------------------------ pipe: pandas read_excel(header=None).to_markdown()
def pipe(doc):
    W, rows, merges, kinds = sheet(doc)
    table = [["nan" if (v is None or v == "") else v for v in row] for row in rows]
    head = [""] + [str(j) for j in range(W)]
    body = [[str(i)] + row for i, row in enumerate(table)]
    widths = [max(dw(x) for x in col) for col in zip(head, *body)]

    def line(cells, right0=True):
        out = []
        for j, (c, w) in enumerate(zip(cells, widths)):
            pad = " " * (w - dw(c))
            out.append(pad + c if j == 0 else c + pad)
        return "| " + " | ".join(out) + " |"

    sep = "|" + "|".join(("-" * (w + 1) + ":") if j == 0 else (":" + "-" * (w + 1)) for j, w in enumerate(widths)) + "|"
    return "\n".join([line(head), sep] + [line(b) for b in body]) + "\n"


# ------------------------------------------------------------------ pipe_bare: "|".join(str(c.value)) over openpyxl rows
def pipe_bare(doc):
    W, rows, merges, kinds = sheet(doc)
    return "".join("|".join("None" if (v is None or v == "") else v for v in row) + "\n" for row in rows)


# ------------------------------------------------------------------ tab: Spark DataFrameWriter.csv(sep="\t", header=True)
def spark_field(v, own_empty):
    if v is None:
        return ""
    if v == "":
        return '""' if own_empty else ""
    if any(ch in v for ch in '"\t\n\r') or v.startswith(" ") or v.endswith(" "):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return v


def tab(doc):
    W, rows, merges, kinds = sheet(doc)
    out = ["\t".join("_c%d" % j for j in range(W))]
    for row, kind in zip(rows, kinds):
        out.append("\t".join(spark_field(v, kind == "grid") for v in row))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ csv: a report system's export, numbers prefixed with '
NUMLIKE = re.compile(r"^[\d,]+(\.\d+)?%?$")


def csv_text(doc):
    import csv

    W, rows, merges, kinds = sheet(doc)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        cells = ["" if v is None else ("'" + v if NUMLIKE.match(v) else v) for v in row]
        while cells and cells[-1] == "":
            cells.pop()
        w.writerow(cells)
    return buf.getvalue()


# ------------------------------------------------------------------ lines: python-docx of the Word print
def word_tables(doc):
    """The Word document: per project a title paragraph, a header-block table (4 columns) and the grid table; each
    table as rows of GRID POSITIONS, every position holding the text of the cell that covers it (python-docx's
    row.cells gives a merged cell once per position it spans)."""
    out = []
    for p in doc["projects"]:
        out.append(("para", doc["title"]))
        t = []
        for hr in header_rows(p["header"]):
            if hr[0] == "kv":
                t.append([hr[1], hr[2], hr[2], hr[2]])
            elif hr[0] == "pair":
                t.append([hr[1], hr[2], hr[3], hr[4]])
            else:
                for mk, mv in hr[1]:
                    t.append([MONEY, mk, mv, mv])
        out.append(("table", t))
        cols, g = p["columns"], [list(p["columns"])]
        c1 = cols.index(CAT1) if CAT1 in cols else None
        l1 = l2 = ""
        for row in p["rows"]:
            row = list(row)
            if c1 is not None:
                if row[c1]:
                    l1, l2 = row[c1], ""
                if row[c1 + 1]:
                    l2 = row[c1 + 1]
                row[c1], row[c1 + 1] = l1, l2
            g.append(row)
        out.append(("table", g))
    return out


def lines(doc, drop):
    out = []
    for kind, obj in word_tables(doc):
        if kind == "para":
            out.append(obj)
            continue
        for row in obj:
            for text in row:
                if drop and not text.strip():
                    continue
                out.append(text)
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ aligned: pdftotext -layout imitation
CLOSE = set("，。、；：）)》”’%％」』！？")
SMALL = (
    "指标性质",
    "计算符号",
    "符号",
    "度量单位",
    "计量单位",
    "分值",
    "得分",
    "权重",
    "权重（%）",
    "指标类型",
    "绩效标准",
)
TEXTS = (
    "计分方法",
    "指标值来源",
    "监测方式",
    "责任单位",
    "标准依据",
    "差异原因说明",
    "偏差原因及改进措施",
    "完成情况说明",
    "数据核查方式",
    "指标值确定依据",
)


def colwidth(name):
    if name == "序号":
        return 6
    if name == CAT1:
        return 10
    if name == CAT2:
        return 12
    if name in ("三级指标", "指标名称", "指标内容"):
        return 24
    if name in SMALL:
        return 8
    if name in TEXTS:
        return 18
    return 16


def wrap(text, width):
    """Display-width wrapping: never inside a run of ASCII letters/digits (a number with its Latin unit) when the run
    can move whole to the next line; closing punctuation never starts a line (kinsoku: it stays, overflowing)."""
    out, cur, cw = [], "", 0
    i = 0
    while i < len(text):
        ch = text[i]
        w = dw(ch)
        if cw + w > width and cur:
            if ch in CLOSE:
                cur += ch
                i += 1
                out.append(cur)
                cur, cw = "", 0
                continue
            m = re.search(r"[0-9A-Za-z.,:/\-]+$", cur)
            if m and ch.isascii() and ch.isalnum() and m.start() > 0:
                out.append(cur[: m.start()])
                cur = cur[m.start() :]
                cw = dw(cur)
            else:
                out.append(cur)
                cur, cw = "", 0
        cur += ch
        cw += w
        i += 1
    if cur or not out:
        out.append(cur)
    return out


def place(line, x, text):
    """Write text into a display-column line at display column x."""
    cur = dw(line)
    if cur < x:
        line += " " * (x - cur)
    return line + text


def center(text, width):
    return " " * max(0, (width - dw(text)) // 2) + text


MARGIN, GUT, PAGE = 3, 3, 52


def aligned(doc, centred):
    wide = doc["variant"] in ("coded", "self_evaluation")
    pagew = 160 if wide else 110
    dept = doc["projects"][0]["header"][1][1]
    body = []  # list of (line, unit) where unit groups lines that must stay on one page; ('H', cols) = grid header
    for p in doc["projects"]:
        body.append(([""], "sep"))
        body.append(([" " * max(0, (pagew - dw(doc["title"])) // 2) + doc["title"]], "title"))
        kw = 12
        vx = MARGIN + kw + GUT
        for hr in header_rows(p["header"]):
            if hr[0] == "kv":
                kl, vl = wrap(hr[1], kw), wrap(hr[2], pagew - vx)
                n = max(len(kl), len(vl))
                ls = []
                for i in range(n):
                    ln = place("", MARGIN, kl[i] if i < len(kl) else "")
                    ln = place(ln, vx, vl[i] if i < len(vl) else "")
                    ls.append(ln.rstrip())
                body.append((ls, "head"))
            elif hr[0] == "pair":
                half = (pagew - MARGIN) // 2
                ln = place("", MARGIN, hr[1])
                ln = place(ln, vx, hr[2])
                ln = place(ln, MARGIN + half, hr[3])
                ln = place(ln, MARGIN + half + kw + GUT, hr[4])
                body.append(([ln.rstrip()], "head"))
            else:
                kl = wrap(MONEY, kw)
                n = max(len(kl), len(hr[1]))
                ls = []
                for i in range(n):
                    ln = place("", MARGIN, kl[i] if i < len(kl) else "")
                    if i < len(hr[1]):
                        ln = place(ln, vx, hr[1][i][0])
                        ln = place(ln, vx + 18, hr[1][i][1])
                    ls.append(ln.rstrip())
                body.append((ls, "head"))
        cols = p["columns"]
        ws = [colwidth(c) for c in cols]
        xs, x = [], MARGIN
        for w in ws:
            xs.append(x)
            x += w + GUT
        # grid header: names wrapped in their columns, centred
        hl = [wrap(c, w) for c, w in zip(cols, ws)]
        hlines = []
        for i in range(max(len(h) for h in hl)):
            ln = ""
            for h, cx, w in zip(hl, xs, ws):
                if i < len(h):
                    ln = place(ln, cx, center(h[i], w))
            hlines.append(ln.rstrip())
        cats = [cols.index(CAT1), cols.index(CAT2)] if CAT1 in cols else []
        # each grid row's wrapped cells (category cells handled per mode)
        rowcells = []
        for row in p["rows"]:
            cl = []
            for j, (v, w) in enumerate(zip(row, ws)):
                if j in cats and centred:
                    cl.append([])
                    continue
                parts = wrap(v, w) if v else []
                if cols[j] in SMALL or cols[j] == "序号" or j in cats:
                    parts = [center(s, w) for s in parts] if (centred or cols[j] in SMALL) else parts
                cl.append(parts)
            rowcells.append(cl)
        heights = [max(1, max(len(c) for c in cl)) for cl in rowcells]
        extra = {}  # centred labels: (row index, line offset) -> [(col, text)]
        if centred and cats:
            for col in cats:
                for s, e in blocks(p["rows"], col, cats[0]):
                    lab = wrap(p["rows"][s][col], ws[col])
                    total = sum(heights[s : e + 1])
                    if len(lab) > total:  # the block grows at its last row
                        heights[e] += len(lab) - total
                        total = len(lab)
                    top = (total - len(lab)) // 2
                    for k, piece in enumerate(lab):
                        off, ri = top + k, s
                        while off >= heights[ri]:
                            off -= heights[ri]
                            ri += 1
                        extra.setdefault((ri, off), []).append((col, center(piece, ws[col])))
        body.append((hlines, ("H", tuple(hlines))))
        for ri, cl in enumerate(rowcells):
            ls = []
            for k in range(heights[ri]):
                ln = ""
                items = [(j, cl[j][k]) for j in range(len(cols)) if k < len(cl[j])]
                items += extra.get((ri, k), [])
                for j, text in sorted(items):
                    ln = place(ln, xs[j], text)
                ls.append(ln.rstrip())
            body.append((ls, ("G", tuple(hlines))))
    # pagination
    pages, cur, cur_header = [], [], None
    room = PAGE - 4
    for ls, unit in body:
        is_grid = isinstance(unit, tuple) and unit[0] == "G"
        need = len(ls)
        if len(cur) + need > room and cur:
            pages.append(cur)
            cur = []
            if is_grid:
                cur = list(unit[1])
        if unit == "sep" and not cur:
            continue
        cur.extend(ls)
    if cur:
        pages.append(cur)
    out = []
    n = len(pages)
    for i, pg in enumerate(pages):
        headl = place(" " * MARGIN + dept, pagew - dw("单位：万元"), "单位：万元")
        foot = "第%d页/共%d页" % (i + 1, n)
        text = [headl, ""] + pg + [""] * (room - len(pg)) + ["", " " * (pagew - dw(foot)) + foot]
        out.append("\n".join(text) + "\n")
    return "\f".join(out)


# ------------------------------------------------------------------ flat: a PDF copy in y order, labels where their centre falls
def glued_rows_flat(doc):
    out = []
    for p in doc["projects"]:
        out.append(doc["title"])
        for hr in header_rows(p["header"]):
            if hr[0] == "kv":
                out.append(hr[1] + hr[2])
            elif hr[0] == "pair":
                out.append("".join(hr[1:]))
            else:
                out.extend(
                    centred_lines(
                        [[mk, mv] for mk, mv in hr[1]], [(0, len(hr[1]) - 1, MONEY)], lambda r, lab: lab + "".join(r)
                    )
                )
        cols = p["columns"]
        out.append("".join(cols))
        if CAT1 in cols:
            c1, c2 = cols.index(CAT1), cols.index(CAT2)
            labels = [(s, e, p["rows"][s][c]) for c in (c1, c2) for s, e in blocks(p["rows"], c, c1)]
            # a label on a row's line stands where its column is: after the cells left of it (序号), before the rest
            out.extend(centred_lines(p["rows"], labels, lambda r, lab: "".join(r[:c1]) + lab + "".join(r[c2 + 1 :])))
        else:
            out.extend("".join(r) for r in p["rows"])
    return out


def centred_lines(rows, labels, glue):
    """labels (start, end, text) in column order; a label sits at the vertical centre of its block: on a row's line
    (glued before it) when the block has an odd number of rows, on a line of its own between two rows otherwise."""
    slots = {}
    for s, e, t in labels:
        slots.setdefault(s + e, []).append(t)
    out = []
    for i, r in enumerate(rows):
        out.append(glue(r, "".join(slots.get(2 * i, []))))
        if 2 * i + 1 in slots:
            out.append("".join(slots[2 * i + 1]))
    return out


def flat(doc):
    return "\n".join(glued_rows_flat(doc)) + "\n"


# ------------------------------------------------------------------ oneline: a JSON array of glued rows, written raw
def oneline(doc):
    rows = []
    for p in doc["projects"]:
        rows.append(doc["title"])
        for hr in header_rows(p["header"]):
            if hr[0] == "kv":
                rows.append(hr[1] + hr[2])
            elif hr[0] == "pair":
                rows.append("".join(hr[1:]))
            else:
                rows.append(MONEY + hr[1][0][0] + hr[1][0][1])
                rows.extend(mk + mv for mk, mv in hr[1][1:])
        rows.append("".join(p["columns"]))
        rows.extend("".join(r) for r in p["rows"])
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":")) + "\n"


# ------------------------------------------------------------------ main
SHAPES = {
    ".pipe.txt": pipe,
    ".pipe_bare.txt": pipe_bare,
    ".tab.tsv": tab,
    ".csv": csv_text,
    ".lines.txt": lambda d: lines(d, False),
    ".lines_dropped.txt": lambda d: lines(d, True),
    ".aligned_top.txt": lambda d: aligned(d, False),
    ".aligned_centered.txt": lambda d: aligned(d, True),
    ".flat.txt": flat,
    ".oneline.txt": oneline,
}


def main():
    os.makedirs(DOCS, exist_ok=True)
    for name in sorted(os.listdir(DATA)):
        doc_id = name[:-5]
        doc = load(doc_id)
        for suffix, fn in SHAPES.items():
            with open(os.path.join(DOCS, doc_id + suffix), "w", encoding="utf-8", newline="") as f:
                f.write(fn(doc))
        write_xlsx(doc_id, doc, os.path.join(DOCS, doc_id + ".xlsx"))
        print(doc_id)


if __name__ == "__main__":
    main()
