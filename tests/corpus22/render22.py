"""blind22 renderer: ten text shapes and the XLSX from data/<doc>.json (own code, written from FORMS.md §2).

Usage: python render22.py [/work/blind22]
All shapes start from one sheet model (model() below): per project the title, the header block in my layout
(项目名称 | v; 主管部门 | v | 实施单位 | v; 项目属性 | v | 项目期 | v; extra keys k | v; the money laid ACROSS one row:
项目资金（万元） | k1 | v1 | k2 | v2 …; each goal k | v), the grid header and the grid rows (merged 一级/二级 "" below
the first row of their block), a blank row between projects.  Deterministic: no clock, no randomness.
"""

import csv
import io
import json
import os
import sys
import unicodedata
import zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
LABELS = ("一级指标", "二级指标")


def load(doc_id):
    with open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


def header_rows(header):
    items, out, i = list(header), [], 0
    while i < len(items):
        k, v = items[i]
        nxt = items[i + 1] if i + 1 < len(items) else (None, None)
        if (k, nxt[0]) in (("主管部门", "实施单位"), ("项目属性", "项目期")):
            out.append([k, v, nxt[0], nxt[1]])
            i += 2
        elif k == "项目资金（万元）":
            row, i = [k], i + 1
            while i < len(items) and items[i][0] not in (
                "实施期目标",
                "长期目标",
                "中期目标",
                "年度目标",
                "实际完成情况",
            ):
                row += list(items[i])
                i += 1
            out.append(row)
        else:
            out.append([k, v])
            i += 1
    return out


def blocks(columns, rows):
    """{(row, col): n} for every label cell that opens a block of n rows; continuation cells are merged."""
    res = {}
    idx = [columns.index(c) for c in LABELS if c in columns]
    for pos, c in enumerate(idx):
        start = None
        for j, row in enumerate(rows + [None]):
            opens = row is None or row[c] != "" or any(row[p] != "" for p in idx[:pos])
            if opens:
                if start is not None:
                    res[(start, c)] = j - start
                start = j if row is not None and row[c] != "" else None
    return res


def model(doc):
    """List of projects; each a list of rows; a row = list of cells; a cell = (text, kind) with kind
    'v' (a cell of its own, text may be ''), 'm' (merged continuation of a label block)."""
    projects = []
    for p in doc["projects"]:
        rows = [[(doc["title"], "v")]]
        rows += [[(c, "v") for c in hr] for hr in header_rows(p["header"])]
        rows.append([(c, "v") for c in p["columns"]])
        bl = blocks(p["columns"], p["rows"])
        lab = [p["columns"].index(c) for c in LABELS if c in p["columns"]]
        grid = []
        for j, r in enumerate(p["rows"]):
            grid.append([(c, "m" if (i in lab and c == "") else "v") for i, c in enumerate(r)])
        projects.append({"rows": rows, "grid": grid, "blocks": bl, "columns": p["columns"], "label_cols": lab})
    return projects


def all_rows(proj):
    return proj["rows"] + proj["grid"]


def width(doc_model):
    return max(len(r) for p in doc_model for r in all_rows(p))


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


# ---------------------------------------------------------------- .pipe.txt: Textile (Redmine wiki) tables
def pipe(doc, m):
    out = []
    for p in m:
        out += ["h3. " + doc["title"], ""]
        for r in p["rows"][1:-1]:
            cells = []
            for i, (t, _) in enumerate(r):
                if i % 2 == 0 or (i > 0 and r[0][0] == "项目资金（万元）" and i % 2 == 1):
                    pass
                key = (i % 2 == 0) if r[0][0] != "项目资金（万元）" else (i == 0)
                cells.append(("_. " if key else "") + (t if t else " "))
            out.append("|" + "|".join(cells) + "|")
        out.append("")
        out.append("|" + "|".join("_. " + t for t, _ in p["rows"][-1]) + "|")
        for j, r in enumerate(p["grid"]):
            cells = []
            for i, (t, k) in enumerate(r):
                if k == "m":
                    continue
                n = p["blocks"].get((j, i), 1)
                cells.append(("/%d. " % n if n > 1 else "") + (t if t else " "))
            out.append("|" + "|".join(cells) + "|")
        out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------- .pipe_bare.txt: DB2 EXPORT … OF DEL MODIFIED BY COLDEL|
def pipe_bare(doc, m):
    w, out = width(m), []
    for n, p in enumerate(m):
        if n:
            out.append("|" * (w - 1))
        for r in all_rows(p):
            cells = ['"%s"' % t.replace('"', '""') if k == "v" else "" for t, k in r] + [""] * (w - len(r))
            out.append("|".join(cells))
    return "\n".join(out) + "\n"


def padded(m, fill=False):
    w, rows = width(m), []
    for n, p in enumerate(m):
        if n:
            rows.append([""] * w)
        for r in p["rows"]:
            rows.append([t for t, _ in r] + [""] * (w - len(r)))
        last = {}
        for r in p["grid"]:
            cells = []
            for i, (t, k) in enumerate(r):
                if fill and i in p["label_cols"]:
                    if t:
                        last[i] = t
                        for later in p["label_cols"]:
                            if later > i:
                                last.pop(later, None)
                    t = t or last.get(i, "")
                cells.append(t)
            rows.append(cells + [""] * (w - len(r)))
    return rows


def letters(n):
    out = []
    for i in range(n):
        s, i = "", i + 1
        while i:
            i, rem = divmod(i - 1, 26)
            s = chr(97 + rem) + s
        out.append(s)
    return out


# ---------------------------------------------------------------- .tab.tsv: csvkit `in2csv -I --no-header-row | csvformat -T`
def tab(doc, m):
    buf = io.StringIO()
    wr = csv.writer(buf, delimiter="\t", lineterminator="\n")
    wr.writerow(letters(width(m)))
    wr.writerows(padded(m))
    return buf.getvalue()


# ---------------------------------------------------------------- .csv: a BI tool's export after "Fill Down" on the label columns
def csv_shape(doc, m):
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\r\n")
    wr.writerow(["Column%d" % (i + 1) for i in range(width(m))])
    wr.writerows(padded(m, fill=True))
    return "\ufeff" + buf.getvalue()


# ---------------------------------------------------------------- .lines.txt: Google Docs "Download → Plain text (.txt)"
def lines(doc, m, drop=False):
    out = []
    for n, p in enumerate(m):
        if n:
            out.append("")
        for r in all_rows(p):
            out += [t for t, _ in r]
    if drop:
        out = [x for x in out if x.strip()]
    return "\ufeff" + "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------- aligned shapes (pdftotext -layout imitation)
CAPS = {"三级指标": 22, "指标内容": 22, "指标名称": 22, "一级指标": 10, "二级指标": 12, "序号": 4}
VALUE_COLS = (
    "指标值",
    "年度指标值",
    "实施期指标值",
    "长期指标值",
    "中期指标值",
    "目标值",
    "指标值及单位",
    "实际完成值",
)
SMALL = ("符号", "计算符号", "指标性质", "计量单位", "度量单位", "权重", "权重（%）", "分值", "得分", "绩效标准")
PAGE = 50
GUT = 2


def cap(col):
    if col in CAPS:
        return CAPS[col]
    if col in VALUE_COLS:
        return 18
    if col in SMALL:
        return 8
    return 16


def wrap(text, w):
    """Wrap by display width; an ASCII run is never broken (it overflows the column, as a PDF cell would not
    break `1,650元/航次`'s digits)."""
    if not text:
        return [""]
    tokens, cur = [], ""
    for ch in text:
        if ord(ch) < 128 and ch != " " and cur and ord(cur[-1]) < 128:
            cur += ch
        else:
            if cur:
                tokens.append(cur)
            cur = ch
    tokens.append(cur)
    out, line = [], ""
    for t in tokens:
        if line and dw(line + t) > w:
            out.append(line)
            line = t
        else:
            line += t
    out.append(line)
    return out


def pad(s, w):
    return s + " " * max(0, w - dw(s))


def grid_lines(p, centered):
    cols = p["columns"]
    widths = []
    for i, c in enumerate(cols):
        longest = max([dw(c)] + [dw(r[i][0]) for r in p["grid"]])
        widths.append(max(4, min(cap(c), longest)))
    wrapped = [[wrap(t, widths[i]) for i, (t, _) in enumerate(r)] for r in p["grid"]]
    heights = [max(len(c) for c in r) for r in wrapped]
    head = [wrap(c, widths[i]) for i, c in enumerate(cols)]
    hh = max(len(c) for c in head)

    def render(cellrows, h):
        return [
            "".join(pad(c[k] if k < len(c) else "", widths[i] + GUT) for i, c in enumerate(cellrows)).rstrip()
            for k in range(h)
        ]

    header = render(head, hh)
    starts = [sum(heights[:j]) for j in range(len(heights))]
    total = sum(heights)
    canvas = [[[] for _ in cols] for _ in range(total)]
    for j, r in enumerate(wrapped):
        for i, c in enumerate(r):
            if centered and i in p["label_cols"]:
                continue
            for k, piece in enumerate(c):
                canvas[starts[j] + k][i] = piece
    if centered:
        for (j, i), n in p["blocks"].items():
            lab = wrapped[j][i]
            span = sum(heights[j : j + n])
            top = starts[j] + (span - len(lab)) // 2
            for k, piece in enumerate(lab):
                canvas[top + k][i] = piece
    body = []
    for ln in canvas:
        body.append("".join(pad(c if isinstance(c, str) else "", widths[i] + GUT) for i, c in enumerate(ln)).rstrip())
    row_of_line = []
    for j, h in enumerate(heights):
        row_of_line += [j] * h
    return header, body, row_of_line, widths


def header_text(p):
    out = []
    for r in p["rows"][1:-1]:
        cells = [t for t, _ in r]
        if cells[0] == "项目资金（万元）":
            out.append(
                "项目资金（万元）："
                + "    ".join("%s %s" % (cells[i], cells[i + 1]) for i in range(1, len(cells) - 1, 2))
            )
        elif len(cells) == 4:
            out.append("%s：%s    %s：%s" % tuple(cells))
        elif cells[0] in ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况"):
            ind = dw(cells[0]) + 2
            for k, piece in enumerate(wrap(cells[1], 76 - ind)):
                out.append((cells[0] + "：" if k == 0 else " " * ind) + piece)
        else:
            out.append("%s：%s" % (cells[0], cells[1]))
    return out


def aligned(doc, m, centered):
    pages, cur = [], []
    for p in m:
        header, body, row_of_line, _ = grid_lines(p, centered)
        block = ["", "  " + doc["title"], ""] + header_text(p) + [""]
        if len(cur) + len(block) + len(header) + 3 > PAGE:
            pages.append(cur)
            cur = []
        cur += block + header
        k = 0
        while k < len(body):
            j = row_of_line[k]
            e = k
            while e < len(body) and row_of_line[e] == j:
                e += 1
            if len(cur) + (e - k) > PAGE:
                pages.append(cur)
                cur = list(header)
            cur += body[k:e]
            k = e
    pages.append(cur)
    out = []
    n = len(pages)
    for i, pg in enumerate(pages):
        head = pad("部门预算公开·绩效目标", 60) + "单位：万元"
        foot = " " * 36 + "%d/%d" % (i + 1, n)
        out.append("\n".join([head] + pg + ["", foot]))
    return "\f".join(out) + "\n"


# ---------------------------------------------------------------- .flat.txt: a PDF copy (labels at the block's middle, rounding up)
def flat_label_rows(p):
    where = {}
    for (j, i), n in p["blocks"].items():
        where.setdefault(j + n // 2, []).append(i)
    return where


def flat(doc, m):
    out = []
    for p in m:
        out.append(doc["title"])
        for r in p["rows"][1:-1]:
            cells = [t for t, _ in r]
            if cells[0] in ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况"):
                pieces = wrap(cells[1], 38)
                out.append(cells[0] + pieces[0])
                out += pieces[1:]
            else:
                out.append("".join(cells))
        out.append("".join(p["columns"]))
        where = flat_label_rows(p)
        for j, r in enumerate(p["grid"]):
            labels = {i: p["grid"][jj][i][0] for (jj, i), n in p["blocks"].items() if jj + n // 2 == j}
            out.append("".join(labels.get(i, "") if i in p["label_cols"] else t for i, (t, _) in enumerate(r)))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- .oneline.txt: an Excel range pasted into an <input>
def oneline(doc, m):
    rows = padded(m)
    return "".join("\t".join(r) for r in rows) + "\n"


# ---------------------------------------------------------------- .xlsx
def xlsx(doc, m, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter
    import datetime

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for n, p in enumerate(m):
        ws = wb.create_sheet("第%d个项目" % (n + 1))
        w = max(len(r) for r in all_rows(p))
        r0 = 1
        for k, r in enumerate(p["rows"]):
            for i, (t, _) in enumerate(r):
                c = ws.cell(row=r0 + k, column=i + 1, value=t if t != "" else None)
                c.number_format = "@"
                c.alignment = Alignment(wrap_text=True, vertical="center")
                if k:
                    c.border = box
            if len(r) < w:
                ws.merge_cells(start_row=r0 + k, start_column=len(r), end_row=r0 + k, end_column=w)
            if k == 0:
                ws.cell(row=r0, column=1).font = Font(bold=True, size=14)
        g0 = r0 + len(p["rows"])
        for c in range(1, len(p["columns"]) + 1):
            ws.cell(row=g0 - 1, column=c).font = Font(bold=True)
        for j, r in enumerate(p["grid"]):
            for i, (t, k) in enumerate(r):
                if k == "m":
                    continue
                c = ws.cell(row=g0 + j, column=i + 1, value=t if t != "" else None)
                c.number_format = "@"
                c.border = box
                c.alignment = Alignment(wrap_text=True, vertical="center")
        for (j, i), cnt in p["blocks"].items():
            if cnt > 1:
                ws.merge_cells(start_row=g0 + j, start_column=i + 1, end_row=g0 + j + cnt - 1, end_column=i + 1)
        for i in range(1, w + 1):
            ws.column_dimensions[get_column_letter(i)].width = 16
        ws.freeze_panes = ws.cell(row=g0, column=1)
    fixed = datetime.datetime(2025, 2, 20, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "blind22"
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re

                data = re.sub(
                    rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>",
                    b'<dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-20T09:00:00Z</dcterms:modified>',
                    data,
                )
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 2, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def main():
    docs = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "data")) if f.endswith(".json"))
    for d in docs:
        doc = load(d)
        m = model(doc)
        base = os.path.join(HERE, "docs", d)
        shapes = {
            ".pipe.txt": pipe(doc, m),
            ".pipe_bare.txt": pipe_bare(doc, m),
            ".tab.tsv": tab(doc, m),
            ".csv": csv_shape(doc, m),
            ".lines.txt": lines(doc, m),
            ".lines_dropped.txt": lines(doc, m, drop=True),
            ".aligned_top.txt": aligned(doc, m, False),
            ".aligned_centered.txt": aligned(doc, m, True),
            ".flat.txt": flat(doc, m),
            ".oneline.txt": oneline(doc, m),
        }
        for suf, text in shapes.items():
            with open(base + suf, "w", encoding="utf-8", newline="") as f:
                f.write(text)
        xlsx(doc, m, base + ".xlsx")
        print(d)


if __name__ == "__main__":
    main()
