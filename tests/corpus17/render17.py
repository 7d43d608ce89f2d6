"""blind17 renderer: the ten text shapes and the XLSX of every data/<doc>.json (my own code, written from FORMS.md §2).

Header block layout (all shapes): the title row; `项目名称：v` alone; the other items as `key：value` cells TWO PER ROW
in data order; `项目资金（万元）` then one `key：amount` cell per money item on ONE row; each goal `key：text` alone.
Run: python render17.py [/work/blind17]
"""

import csv
import io
import json
import os
import sys
import unicodedata
import zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
GOALS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")
PAGE_LINES = 40


# ------------------------------------------------------------------ the row model
def header_rows(header):
    rows, i, items = [], 0, list(header)
    pend = []
    while i < len(items):
        k, v = items[i]
        if k == "项目名称":
            rows.append([k + "：" + v])
        elif k == "项目资金（万元）":
            j = i + 1
            money = []
            while j < len(items) and items[j][0] not in GOALS:
                money.append(items[j][0] + "：" + items[j][1])
                j += 1
            if pend:
                rows.append(pend)
                pend = []
            rows.append([k] + money)
            i = j
            continue
        elif k in GOALS:
            if pend:
                rows.append(pend)
                pend = []
            rows.append([k + "：" + v])
        else:
            pend.append(k + "：" + v)
            if len(pend) == 2:
                rows.append(pend)
                pend = []
        i += 1
    if pend:
        rows.append(pend)
    return rows


def model(doc):
    """[(kind, cells)] per project: kind title/head/ghead/grid."""
    out = []
    for p in doc["projects"]:
        rows = [("title", [doc["title"]])]
        rows += [("head", r) for r in header_rows(p["header"])]
        rows.append(("ghead", list(p["columns"])))
        rows += [("grid", list(r)) for r in p["rows"]]
        out.append((p, rows))
    return out


# ------------------------------------------------------------------ helpers
def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


CLOSE = set("，。、；：）》」』”’%％)]}!?！？")
OPEN = set("（《「『“‘([{")


def wrap(text, width):
    """Break a cell into lines of at most `width` display columns: CJK anywhere, an ASCII run kept whole where it
    fits a line, a closing mark never starts a line."""
    if not text:
        return [""]
    toks, cur = [], ""
    for c in text:
        if ord(c) < 128 and c != " " and cur and ord(cur[-1]) < 128 and cur[-1] != " ":
            cur += c
        else:
            if cur:
                toks.append(cur)
            cur = c
    if cur:
        toks.append(cur)
    lines, line = [], ""
    for t in toks:
        if dw(line + t) <= width:
            line += t
            continue
        if dw(t) > width:  # an ASCII run longer than a line: cut it
            for c in t:
                if dw(line + c) > width:
                    lines.append(line)
                    line = ""
                line += c
            continue
        if t in CLOSE and line:  # carry the last character down with the closing mark
            lines.append(line[:-1])
            line = line[-1] + t
            continue
        lines.append(line)
        line = t
    lines.append(line)
    return [x for x in lines if x != ""] or [""]


def center(s, width):
    pad = width - dw(s)
    left = pad // 2
    return " " * left + s + " " * (pad - left)


def write(path, text, encoding="utf-8", newline="\n"):
    with open(path, "w", encoding=encoding, newline="") as f:
        f.write(text.replace("\n", newline))


# ------------------------------------------------------------------ pipe: pandoc -t asciidoc
def pipe(doc):
    out = []
    for p, rows in model(doc):
        head = [c for k, c in rows if k == "head"]
        w = max(len(r) for r in head)
        out.append("." + doc["title"])
        out.append('[width="100%%",cols="%s",]' % ",".join(["%d%%" % (100 // w)] * w))
        out.append("|===")
        for r in head:
            out.append("|" + " |".join(r + [""] * (w - len(r))))
        out.append("|===")
        out.append("")
        n = len(p["columns"])
        out.append('[width="100%%",cols="%s",options="header",]' % ",".join(["%d%%" % (100 // n)] * n))
        out.append("|===")
        for k, r in rows:
            if k in ("ghead", "grid"):
                out.append("|" + " |".join(r))
        out.append("|===")
        out.append("")
    return "\n".join(out)


# ------------------------------------------------------------------ pipe_bare: sqlcmd -s"|" -W, NULL for empty
def pipe_bare(doc):
    out = []
    for p, rows in model(doc):
        out.append(doc["title"])
        head = [c for k, c in rows if k == "head"]
        w = max(len(r) for r in head)
        for r in head:
            r = r + [""] * (w - len(r))
            out.append("|".join(c if c else "NULL" for c in r))
        out.append("")
        out.append("(%d rows affected)" % len(head))
        out.append("")
        cols = p["columns"]
        out.append("|".join(cols))
        out.append("|".join("-" * len(c) for c in cols))
        for r in p["rows"]:
            out.append("|".join(c if c else "NULL" for c in r))
        out.append("")
        out.append("(%d rows affected)" % len(p["rows"]))
        out.append("")
    return "\n".join(out)


# ------------------------------------------------------------------ tab: WPS "文本文件(制表符分隔)", GB18030, CRLF, padded
def tab(doc):
    allrows = [c for _, rows in model(doc) for _, c in rows]
    w = max(len(r) for r in allrows)
    return "".join("\t".join(r + [""] * (w - len(r))) + "\r\n" for r in allrows)


# ------------------------------------------------------------------ csv: a PHP admin export, ="…" on number-like cells
def numlike(c):
    s = c.replace(",", "").replace(".", "", 1).lstrip("-")
    return s.isdigit()


def csv_shape(doc):
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\n")
    for _, rows in model(doc):
        for _, r in rows:
            wr.writerow(['="%s"' % c if numlike(c) else c for c in r])
    return "\ufeff" + buf.getvalue()


# ------------------------------------------------------------------ lines: Word "Save as Plain Text", CRLF, \f per project
def lines(doc, drop):
    out = []
    for i, (_, rows) in enumerate(model(doc)):
        first = True
        for _, r in rows:
            for c in r:
                if drop and c == "":
                    continue
                out.append(("\f" if i and first else "") + c)
                first = False
    return "".join(x + "\r\n" for x in out)


# ------------------------------------------------------------------ aligned: my pdftotext -layout imitation
WIDTHS = {
    "序号": 6,
    "一级指标": 12,
    "二级指标": 14,
    "三级指标": 28,
    "指标名称": 28,
    "指标内容": 28,
    "指标值": 18,
    "目标值": 18,
    "年度指标值": 18,
    "实施期指标值": 18,
    "中期指标值": 18,
    "长期指标值": 18,
    "指标值及单位": 18,
    "实际完成值": 16,
    "指标性质": 8,
    "计算符号": 8,
    "符号": 6,
    "度量单位": 10,
    "计量单位": 10,
    "权重": 6,
    "分值": 6,
    "得分": 6,
    "权重（%）": 10,
    "指标方向性": 10,
    "绩效标准": 10,
}
GAP, MARGIN = 2, 2


def colw(c):
    return max(WIDTHS.get(c, 24), dw(c))


def layout_row(cells, widths, vcenter=False):
    """The lines of one table row: every cell wrapped in its column and each of its lines centred horizontally."""
    wrapped = [wrap(c, w) for c, w in zip(cells, widths)]
    h = max(len(x) for x in wrapped)
    grid = []
    for x in wrapped:
        top = (h - len(x)) // 2 if vcenter else 0
        grid.append([""] * top + x + [""] * (h - len(x) - top))
    out = []
    for li in range(h):
        s = " " * MARGIN + (" " * GAP).join(
            center(grid[ci][li], widths[ci]) if grid[ci][li] else " " * widths[ci] for ci in range(len(cells))
        )
        out.append(s.rstrip())
    return out


def aligned(doc, centered):
    """Return the list of pages (lists of lines) and, per project, where its grid rows start (for flat)."""
    body = []  # (line, tag) tag: None, ("ghead", cols) or ("row",...)
    for p, rows in model(doc):
        cols = p["columns"]
        widths = [colw(c) for c in cols]
        total = sum(widths) + GAP * (len(widths) - 1)
        for k, r in rows:
            if k == "title":
                body.append((center(r[0], total + MARGIN).rstrip(), None))
                body.append(("", None))
            elif k == "head":
                sw = (total - GAP * (len(r) - 1)) // len(r)
                ws = [sw] * len(r)
                for ln in layout_row(r, ws):
                    body.append((ln, None))
        hl = layout_row(cols, widths, vcenter=True)
        body += [(ln, ("ghead", hl)) for ln in hl]
        # grid rows; in the centred shape the 一级/二级 labels are laid over their block afterwards
        cat = [i for i, c in enumerate(cols) if c in ("一级指标", "二级指标")]
        grid_rows = [list(r) for r in p["rows"]]
        row_lines = []
        for r in grid_rows:
            cells = list(r)
            if centered:
                for ci in cat:
                    cells[ci] = ""
            row_lines.append(layout_row(cells, widths, vcenter=centered))
        if centered:  # a block shorter than its label grows (blank lines after its last row)
            for ci in cat:
                ri = 0
                while ri < len(grid_rows):
                    if not grid_rows[ri][ci]:
                        ri += 1
                        continue
                    b = ri
                    while b + 1 < len(grid_rows) and not grid_rows[b + 1][ci]:
                        b += 1
                    need = len(wrap(grid_rows[ri][ci], widths[ci])) - sum(len(row_lines[k]) for k in range(ri, b + 1))
                    row_lines[b] += [""] * max(0, need)
                    ri = b + 1
        starts = []
        for lns in row_lines:
            starts.append(len(body))
            body += [(ln, ("row", hl)) for ln in lns]
        starts.append(len(body))
        if centered:
            for ci in cat:
                blocks = []
                for ri, r in enumerate(grid_rows):
                    if r[ci]:
                        blocks.append([r[ci], ri, ri])
                    elif blocks:
                        blocks[-1][2] = ri
                    # (a label-less row before the first label belongs to no block)
                x0 = MARGIN + sum(widths[:ci]) + GAP * ci
                for label, a, b in blocks:
                    first, last = starts[a], starts[b + 1] - 1
                    lab = wrap(label, widths[ci])
                    n = last - first + 1
                    top = first + max(0, (n - len(lab)) // 2)
                    for j, piece in enumerate(lab):
                        li = min(top + j, last) if top + j <= last else top + j
                        if li >= len(body):
                            break
                        line, tag = body[li]
                        line = line.ljust(0)
                        # place piece at display column x0 (centred in the column)
                        body[li] = (put(line, x0, center(piece, widths[ci])), tag)
        body.append(("", None))
    # paginate: PAGE_LINES lines per page incl. 2 foot lines; grid header repeated at a continuation page
    pages, cur, last_head = [], [], None
    room = PAGE_LINES - 2
    for line, tag in body:
        if len(cur) >= room:
            pages.append(cur)
            cur = []
            if tag and tag[0] == "row":
                cur += list(tag[1])
        cur.append(line)
    pages.append(cur)
    return pages


def put(line, x, text):
    """Write text into line at display column x (the columns there are spaces)."""
    # walk the line by display columns
    out, col = [], 0
    chars = list(line)
    i = 0
    while i < len(chars) and col < x:
        out.append(chars[i])
        col += dw(chars[i])
        i += 1
    if col < x:
        out.append(" " * (x - col))
    # skip the display width of text in the old line
    need, skipped = dw(text), 0
    while i < len(chars) and skipped < need:
        skipped += dw(chars[i])
        i += 1
    return ("".join(out) + text + "".join(chars[i:])).rstrip()


def aligned_text(doc, centered):
    pages = aligned(doc, centered)
    out = []
    for n, pg in enumerate(pages, 1):
        out += pg
        out.append("")
        out.append(center("第 %d 页" % n, 80).rstrip())
        out.append("\f" if n < len(pages) else "")
    return "\n".join(out).replace("\n\f\n", "\n\f")


# ------------------------------------------------------------------ flat: a PDF copy, rows glued, page furniture kept
def flat(doc):
    """One row a line, cells glued (merged and empty cells give nothing); as a PDF copy of the whole file, the page
    foot `第 n 页` and the repeated grid header come in after every 34 lines when a grid runs on."""
    res, n = [], 1
    for p, rows in model(doc):
        for k, r in rows:
            g = "".join(r)
            if not g:
                continue
            res.append(g)
            if len(res) % 34 == 0 and k == "grid" and r is not rows[-1][1]:
                res.append("第 %d 页" % n)
                n += 1
                res.append("".join(p["columns"]))
    res.append("第 %d 页" % n)
    return "\n".join(res) + "\n"


# ------------------------------------------------------------------ oneline: innerText written out with JSON escapes
def oneline(doc):
    rows = ["\t".join(r) for _, rs in model(doc) for _, r in rs]
    s = json.dumps("\n".join(rows), ensure_ascii=False)[1:-1]
    return s + "\n"


# ------------------------------------------------------------------ xlsx: the grid of each project as an Excel Table
def xlsx(doc, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    from openpyxl.worksheet.table import Table, TableStyleInfo

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    r = 1
    wrapa = Alignment(wrap_text=True, vertical="center")
    for n, (p, rows) in enumerate(model(doc), 1):
        w = len(p["columns"])
        for k, cells in rows:
            if k == "title":
                ws.cell(r, 1, cells[0]).alignment = Alignment(horizontal="center")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=w)
                r += 1
            elif k == "head":
                for ci, c in enumerate(cells):
                    ws.cell(r, ci + 1, c).alignment = wrapa
                if len(cells) < w:
                    ws.merge_cells(start_row=r, start_column=len(cells), end_row=r, end_column=w)
                r += 1
            elif k == "ghead":
                r += 1  # a blank row before the grid
                top = r
                for ci, c in enumerate(cells):
                    ws.cell(r, ci + 1, c)
                r += 1
            else:
                for ci, c in enumerate(cells):
                    if c != "":
                        ws.cell(r, ci + 1, c).alignment = wrapa
                r += 1
        from openpyxl.utils import get_column_letter

        t = Table(displayName="绩效指标%d" % n, ref="A%d:%s%d" % (top, get_column_letter(w), r - 1))
        t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        ws.add_table(t)
        r += 1
    for i, wd in enumerate((14, 16, 30, 18, 18, 12, 12, 12, 12), 1):
        from openpyxl.utils import get_column_letter

        ws.column_dimensions[get_column_letter(i)].width = wd
    import datetime

    fixed = datetime.datetime(2025, 3, 1, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "blind17"
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re

                data = re.sub(
                    rb"<dcterms:modified[^>]*>[^<]*<",
                    b'<dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-01T09:00:00Z<',
                    data,
                )
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def main():
    for name in sorted(os.listdir(DATA)):
        if not name.endswith(".json"):
            continue
        d = name[:-5]
        with open(os.path.join(DATA, name), encoding="utf-8") as f:
            doc = json.load(f)
        base = os.path.join(DOCS, d)
        write(base + ".pipe.txt", pipe(doc))
        write(base + ".pipe_bare.txt", pipe_bare(doc))
        with open(base + ".tab.tsv", "w", encoding="gb18030", newline="") as f:
            f.write(tab(doc))
        write(base + ".csv", csv_shape(doc))
        with open(base + ".lines.txt", "w", encoding="utf-8", newline="") as f:
            f.write(lines(doc, False))
        with open(base + ".lines_dropped.txt", "w", encoding="utf-8", newline="") as f:
            f.write(lines(doc, True))
        write(base + ".aligned_top.txt", aligned_text(doc, False))
        write(base + ".aligned_centered.txt", aligned_text(doc, True))
        write(base + ".flat.txt", flat(doc))
        write(base + ".oneline.txt", oneline(doc))
        xlsx(doc, base + ".xlsx")
        print(d)


if __name__ == "__main__":
    main()
