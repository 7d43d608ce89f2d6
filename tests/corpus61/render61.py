"""Render blind61's data/<doc>.json into ten text shapes, an XLSX and a DOCX (own code; openpyxl, python-docx,
GNU paste and GNU grep run for real).  Usage: python render61.py /work/blind61

The story: the county's budget system keeps each document as ONE worksheet (the "sheet": the title in row 1 merged
across the grid width W, per project its header pairs (key in A, value merged B..W), the grid header and the grid
rows (merged 一级/二级 blocks vertically merged), an empty row between projects).  The shapes are what staff and
scripts make of that sheet; see README.md, "Renderings".
"""

import io
import re
import os
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
import json
import glob

import openpyxl
from openpyxl.styles import Alignment, Font

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
CATS = ("一级指标", "二级指标")
FIXED = (2025, 3, 1, 9, 0, 0)


def load(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


def width_of(doc):
    return max(max(len(p["columns"]) for p in doc["projects"]), 2)


def sheet(doc):
    """The sheet as rows of W cells ('' empty), with a row kind: title, pair, head, grid, gap; and the project."""
    W = width_of(doc)
    out = [("title", -1, [doc["title"]] + [""] * (W - 1))]
    for k, p in enumerate(doc["projects"]):
        if k:
            out.append(("gap", k, [""] * W))
        for key, val in p["header"]:
            out.append(("pair", k, [key, val] + [""] * (W - 2)))
        out.append(("head", k, list(p["columns"]) + [""] * (W - len(p["columns"]))))
        for r in p["rows"]:
            out.append(("grid", k, list(r) + [""] * (W - len(r))))
    return out


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap(s, w):
    """Cut s into lines of at most w display columns (anywhere: CJK text wraps between any two characters)."""
    if not s:
        return [""]
    lines, cur = [], ""
    for c in s:
        if dw(cur + c) > w:
            lines.append(cur)
            cur = c
        else:
            cur += c
    lines.append(cur)
    return lines


def pad(s, w):
    return s + " " * (w - dw(s))


def write(path, text, encoding="utf-8", newline="\n"):
    with open(path, "w", encoding=encoding, newline="") as f:
        f.write(text.replace("\n", newline))


# ------------------------------------------------------------------ 1. pipe: knitr::kable(format = "pipe")
def kable(header, rows):
    cols = len(header)
    w = [max([dw(header[j])] + [dw(r[j]) for r in rows] + [3]) for j in range(cols)]
    line = lambda cells: "|" + "|".join(pad(c, w[j]) for j, c in enumerate(cells)) + "|"  # noqa: E731
    out = [line(header), "|" + "|".join(":" + "-" * (w[j] - 1) for j in range(cols)) + "|"]
    out += [line(r) for r in rows]
    return out


def r_pipe(doc):
    out = []
    for k, p in enumerate(doc["projects"]):
        hb = [list(kv) for kv in p["header"]]
        out += ["", "", "Table: " + doc["title"], ""] + kable(hb[0], hb[1:])
        out += ["", ""] + kable(p["columns"], p["rows"])
    return "\n".join(out[2:]) + "\n"


# ------------------------------------------------------------------ 2. pipe_bare: Redshift UNLOAD DELIMITER '|' NULL AS ''
def r_pipe_bare(doc):
    return "".join("|".join(cells) + "\n" for _, _, cells in sheet(doc))


# ------------------------------------------------------------------ 3. tab: bq extract --field_delimiter=tab --print_header
def tsv_field(s):
    if any(c in s for c in '\t"\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def r_tab(doc):
    W = width_of(doc)
    out = ["\t".join(["rn"] + ["c%02d" % (j + 1) for j in range(W)])]
    for n, (_, _, cells) in enumerate(sheet(doc), 1):
        out.append("\t".join([str(n)] + [tsv_field(c) for c in cells]))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ 4. csv: SSMS "Save Results As…" (no quoting, NULL)
def r_csv(doc):
    return "\ufeff" + "".join(",".join(c if c else "NULL" for c in cells) + "\r\n" for _, _, cells in sheet(doc))


# ------------------------------------------------------------------ xlsx (openpyxl) and the scripts run over it
def blocks(rows, j, first_cat):
    out = []
    for i, r in enumerate(rows):
        opens = i == 0 or r[j] != "" or (j != first_cat and r[first_cat] != "")
        if opens:
            out.append([i, i])
        else:
            out[-1][1] = i
    return out


def fix_zip(path):
    """Rewrite a zip with fixed member dates (openpyxl and python-docx stamp the clock)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items = [
        (n, re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-03-01T09:00:00Z", d)) for n, d in items
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)


def r_xlsx(doc, path):
    import datetime

    W = width_of(doc)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    bold = Font(bold=True)
    rn = 1
    ws.cell(1, 1, doc["title"]).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=W)
    rn = 2
    for k, p in enumerate(doc["projects"]):
        if k:
            rn += 1  # the empty row between projects
        for key, val in p["header"]:
            ws.cell(rn, 1, key)
            if val:
                ws.cell(rn, 2, val)
            ws.merge_cells(start_row=rn, start_column=2, end_row=rn, end_column=W)
            rn += 1
        for j, c in enumerate(p["columns"]):
            ws.cell(rn, j + 1, c).font = bold
        rn += 1
        top = rn
        for r in p["rows"]:
            for j, v in enumerate(r):
                if v != "":
                    ws.cell(rn, j + 1, v).alignment = Alignment(vertical="center", wrap_text=True)
            rn += 1
        cat = [j for j, c in enumerate(p["columns"]) if c in CATS]
        if cat:
            for j in cat:
                for a, b in blocks(p["rows"], j, cat[0]):
                    if b > a:
                        ws.merge_cells(start_row=top + a, start_column=j + 1, end_row=top + b, end_column=j + 1)
    for j in range(W):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = 16
    t = datetime.datetime(2025, 3, 1, 9, 0, 0)
    wb.properties.creator = "示例市某某县预算管理一体化系统"
    wb.properties.created = t
    wb.properties.modified = t
    wb.save(path)
    fix_zip(path)


def r_docx(doc, path):
    import datetime

    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.size = Pt(9)
    for k, p in enumerate(doc["projects"]):
        d.add_paragraph(doc["title"])
        W = len(p["columns"])
        n = len(p["header"]) + 1 + len(p["rows"])
        t = d.add_table(rows=n, cols=W)
        t.style = "Table Grid"
        for i, (key, val) in enumerate(p["header"]):
            t.cell(i, 0).text = key
            m = t.cell(i, 1).merge(t.cell(i, W - 1))
            m.text = val
        h = len(p["header"])
        for j, c in enumerate(p["columns"]):
            t.cell(h, j).text = c
        for i, r in enumerate(p["rows"]):
            for j, v in enumerate(r):
                if v:
                    t.cell(h + 1 + i, j).text = v
        cat = [j for j, c in enumerate(p["columns"]) if c in CATS]
        for j in cat:
            for a, b in blocks(p["rows"], j, cat[0]):
                if b > a:
                    t.cell(h + 1 + a, j).merge(t.cell(h + 1 + b, j))
        d.add_paragraph("")
    t0 = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp = d.core_properties
    cp.author = "示例市某某县财政局"
    cp.created = t0
    cp.modified = t0
    cp.last_modified_by = "示例市某某县财政局"
    cp.revision = 1
    d.save(path)
    fix_zip(path)


def xlsx_rows(path):
    """The real script: openpyxl iter_rows(values_only=True) over the workbook."""
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    return [list(r) for r in ws.iter_rows(values_only=True)]


# 5./6. lines: `for row in ws.iter_rows(values_only=True): for v in row: print("" if v is None else v)`
def r_lines(rows):
    return "".join(("" if v is None else str(v)) + "\n" for r in rows for v in r)


def r_lines_dropped(rows):
    return "".join(str(v) + "\n" for r in rows for v in r if v is not None)


# 9. flat: `print("".join(str(v) for v in row if v is not None))`
def r_flat(rows):
    return "".join("".join(str(v) for v in r if v is not None) + "\n" for r in rows)


# 10. oneline: each project's part of the flat text through `paste -sd ''`, then `grep -H '' part files`
def r_oneline(doc_id, flat):
    lines = flat.split("\n")[:-1]
    parts, cur = [], []
    for ln in lines:
        if ln == "" and cur:  # the empty row between projects
            parts.append(cur)
            cur = []
        elif ln != "":
            cur.append(ln)
    parts.append(cur)
    with tempfile.TemporaryDirectory() as tmp:
        names = []
        for k, part in enumerate(parts, 1):
            src = os.path.join(tmp, "src%d" % k)
            with open(src, "w", encoding="utf-8") as f:
                f.write("\n".join(part) + "\n")
            name = "%s_p%d.txt" % (doc_id, k)
            with open(os.path.join(tmp, name), "wb") as f:
                f.write(subprocess.run(["paste", "-sd", "", src], check=True, capture_output=True).stdout)
            names.append(name)
        out = subprocess.run(["grep", "-H", "", *names], cwd=tmp, check=True, capture_output=True).stdout
    return out.decode("utf-8")


# ------------------------------------------------------------------ 7./8. aligned: ABBYY FineReader "Save as TXT"
GRID_W = {"一级指标": 12, "二级指标": 14, "三级指标": 22, "指标内容": 22, "指标名称": 24, "序号": 6}
LONG = ("偏差原因及改进措施", "未达标原因及补救措施", "扣分情形", "指标值测算口径", "数据溯源途径")
PAGE_LINES = 36
GUT = "   "


def col_width(c, cells):
    if c in GRID_W:
        return GRID_W[c]
    want = max([dw(x) for x in cells] + [dw(c)])
    return min(want, 20 if c in LONG else 14)


def grid_lines(p, centered):
    cols = p["columns"]
    rows = p["rows"]
    widths = [col_width(c, [r[j] for r in rows]) for j, c in enumerate(cols)]
    cat = [j for j, c in enumerate(cols) if c in CATS]
    head = [wrap(c, widths[j]) for j, c in enumerate(cols)]
    hn = max(len(x) for x in head)

    def join(cells_lines, n):
        out = []
        for i in range(n):
            parts = [pad(cl[i] if i < len(cl) else "", widths[j]) for j, cl in enumerate(cells_lines)]
            out.append(GUT.join(parts).rstrip())
        return out

    header = join(head, hn)
    # rows: wrapped cells; in the centred form the labels are laid afterwards over their blocks' lines
    wrapped = []
    for r in rows:
        wl = []
        for j, v in enumerate(r):
            wl.append([] if (centered and j in cat) else wrap(v, widths[j]) if v else [])
        wrapped.append(wl)
    heights = [max([1] + [len(x) for x in wl]) for wl in wrapped]
    if centered and cat:
        for j in cat:
            for a, b in blocks(rows, j, cat[0]):
                lab = rows[a][j]
                if not lab:
                    continue
                ll = wrap(lab, widths[j])
                total = sum(heights[a : b + 1])
                if len(ll) > total:
                    heights[b] += len(ll) - total
                    total = len(ll)
                off = (total - len(ll) + 1) // 2  # rounding up: the lower of two middles
                # place label lines into the rows of the block at line offset off
                pos = []
                for i in range(a, b + 1):
                    pos += [(i, t) for t in range(heights[i])]
                for t, text in enumerate(ll):
                    i, line_in_row = pos[off + t]
                    cl = wrapped[i][j]
                    while len(cl) <= line_in_row:
                        cl.append("")
                    cl[line_in_row] = text
    body = []
    for wl, h in zip(wrapped, heights):
        body.append(join(wl, h))
    return header, body


def header_lines(p):
    out = []
    for k, v in p["header"]:
        vl = wrap(v, 66) if v else [""]
        out.append((pad(k, 18) + vl[0]).rstrip())
        out += [(" " * 18 + x).rstrip() for x in vl[1:]]
    return out


def r_aligned(doc, centered):
    pages, cur = [], []
    head_of = None
    for k, p in enumerate(doc["projects"]):
        block = ["", " " * 16 + doc["title"], ""] + header_lines(p) + [""]
        if cur and len(cur) + len(block) + 6 > PAGE_LINES:
            pages.append(cur)
            cur = []
        cur += block
        header, body = grid_lines(p, centered)
        cur += header
        for rl in body:
            if len(cur) + len(rl) > PAGE_LINES:
                pages.append(cur)
                cur = list(header)  # the grid header repeats on the next page
            cur += rl
        head_of = header
    pages.append(cur)
    text = "\f".join("\n".join(pg) + "\n" for pg in pages)
    return "\ufeff" + text.replace("\n", "\r\n")


def main():
    os.makedirs(DOCS, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(DATA, "*.json"))):
        doc_id = os.path.splitext(os.path.basename(path))[0]
        doc = load(doc_id)
        base = os.path.join(DOCS, doc_id)
        write(base + ".pipe.txt", r_pipe(doc))
        write(base + ".pipe_bare.txt", r_pipe_bare(doc))
        write(base + ".tab.tsv", r_tab(doc))
        with open(base + ".csv", "w", encoding="utf-8", newline="") as f:
            f.write(r_csv(doc))
        r_xlsx(doc, base + ".xlsx")
        r_docx(doc, base + ".docx")
        rows = xlsx_rows(base + ".xlsx")
        write(base + ".lines.txt", r_lines(rows))
        write(base + ".lines_dropped.txt", r_lines_dropped(rows))
        flat = r_flat(rows)
        write(base + ".flat.txt", flat)
        write(base + ".oneline.txt", r_oneline(doc_id, flat))
        with open(base + ".aligned_top.txt", "w", encoding="utf-8", newline="") as f:
            f.write(r_aligned(doc, False))
        with open(base + ".aligned_centered.txt", "w", encoding="utf-8", newline="") as f:
            f.write(r_aligned(doc, True))
        print(doc_id)


if __name__ == "__main__":
    main()
