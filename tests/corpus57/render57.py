"""blind57 text shapes, XLSX and DOCX (own code; written without reading any earlier renderer).

Story: the city 数据局 loads every department's 绩效目标表 workbook (one sheet: the title row, per project the header
block as key/value rows and the grid, an empty row between projects) into its data lake as a staging table
jx57(p, rn, c1 … cW) of strings: an own-empty cell (a merged continuation cell too) is the empty string '', a cell
beyond a row's own width is NULL; the empty row between projects is all NULL.  Staff take the tables out with the
lake's clients (impala-shell, the Trino CLI), with Gnumeric's ssconvert, and with coreutils/util-linux/grep/mawk.

Usage: python render57.py /work/blind57
"""

import io
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

import docx
import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
DOC_IDS = ["blind57_%02d" % i for i in range(1, 9)]
CAT = ("一级指标", "二级指标")
FIXED = (2025, 3, 14, 9, 30, 0)


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def load(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


def sheet(doc):
    """The staged rows: lists of own cells ('' empty); [] = the all-NULL row between projects.
    Returns rows, W and, per row, the project number (1-based) it belongs to."""
    rows, proj = [[doc["title"]]], [1]
    for k, p in enumerate(doc["projects"], 1):
        if k > 1:
            rows.append([])
            proj.append(k - 1)
        for key, val in p["header"]:
            rows.append([key, val])
            proj.append(k)
        rows.append(list(p["columns"]))
        proj.append(k)
        for r in p["rows"]:
            rows.append(list(r))
            proj.append(k)
    W = max(len(r) for r in rows)
    return rows, W, proj


def padded(r, W, null="NULL"):
    return [c for c in r] + [null] * (W - len(r))


def run(cmd, data):
    return subprocess.run(cmd, input=data, stdout=subprocess.PIPE, check=True).stdout


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


# ------------------------------------------------------------------ .pipe.txt: impala-shell's pretty output
def impala_pretty(rows, W, nrows_note):
    cols = ["c%d" % i for i in range(1, W + 1)]
    body = [padded(r, W) for r in rows]
    wid = [max([dw(cols[j])] + [dw(r[j]) for r in body]) for j in range(W)]
    rule = "+" + "+".join("-" * (w + 2) for w in wid) + "+"

    def line(cells, centre=False):
        out = []
        for c, w in zip(cells, wid):
            gap = w - dw(c)
            if centre:
                left = gap // 2
                out.append(" " + " " * left + c + " " * (gap - left) + " ")
            else:
                out.append(" " + c + " " * gap + " ")
        return "|" + "|".join(out) + "|"

    out = [rule, line(cols, True), rule] + [line(r) for r in body] + [rule]
    out.append("Fetched %d row(s) in %s" % (len(body), nrows_note))
    return out


def pipe(doc_id, doc):
    rows, W, proj = sheet(doc)
    out = []
    for k in range(1, len(doc["projects"]) + 1):
        part = [r for r, p in zip(rows, proj) if p == k and r]
        out.append(
            "[dl-impala-02.example:21000] jx> select c1, ..., c%d from jx57 where doc = '%s' and p = %d order by rn;"
            % (W, doc_id, k)
        )
        out.append("Query: select c1, ..., c%d from jx57 where doc = '%s' and p = %d order by rn" % (W, doc_id, k))
        out += impala_pretty(part, W, "0.%02ds" % (11 + 7 * k))
        out.append("")
    return ("\n".join(out) + "\n").encode("utf-8")


# ------------------------------------------------------------------ .pipe_bare.txt: the Trino CLI, ALIGNED
def pipe_bare(doc_id, doc):
    rows, W, proj = sheet(doc)
    cols = ["c%d" % i for i in range(1, W + 1)]
    out = []
    for k in range(1, len(doc["projects"]) + 1):
        body = [padded(r, W) for r, p in zip(rows, proj) if p == k and r]
        wid = [max([dw(cols[j])] + [dw(r[j]) for r in body]) for j in range(W)]
        hdr = []
        for c, w in zip(cols, wid):
            gap = w - dw(c)
            hdr.append(" " * (gap // 2) + c + " " * (gap - gap // 2))
        out.append(" " + " | ".join(hdr) + " ")
        out.append("+".join("-" * (w + 2) for w in wid))
        for r in body:
            out.append(" " + " | ".join(c + " " * (w - dw(c)) for c, w in zip(r, wid)) + " ")
        out.append("(%d rows)" % len(body))
        out.append("")
    return ("\n".join(out) + "\n").encode("utf-8")


# ------------------------------------------------------------------ .tab.tsv: impala-shell -B --print_header
def tab(doc_id, doc):
    rows, W, proj = sheet(doc)
    out = ["\t".join("c%d" % i for i in range(1, W + 1))]
    out += ["\t".join(padded(r, W)) for r in rows]
    return ("\n".join(out) + "\n").encode("utf-8")


# ------------------------------------------------------------------ .csv: Gnumeric ssconvert of the XLSX
def csv_field(c):
    if any(ch in c for ch in ',"\n\r') or (c and (c[0] == " " or c[-1] == " ")):
        return '"' + c.replace('"', '""') + '"'
    return c


def csv_shape(doc_id, doc):
    rows, W, proj = sheet(doc)
    out = [",".join(csv_field(c) for c in padded(r, W, "")) for r in rows]
    return ("\n".join(out) + "\n").encode("utf-8")


# ------------------------------------------------------------------ .lines / .lines_dropped: GNU tr, GNU grep
def lines(tsv):
    return run(["tr", "\t", "\n"], tsv)


def lines_dropped(ls):
    return run(["grep", "-vx", "-e", "", "-e", "NULL"], ls)


# ------------------------------------------------------------------ .aligned_*: util-linux column over extractor rows
def middle_labels(cols, grid):
    """tabula-like placement: a merged 一级/二级 label lands on the middle row of its block ((n-1)//2)."""
    g = [list(r) for r in grid]
    for j, c in enumerate(cols):
        if c not in CAT:
            continue
        starts = [
            i
            for i, r in enumerate(grid)
            if r[j] != "" or (c == "二级指标" and "一级指标" in cols and r[cols.index("一级指标")] != "")
        ]
        if c == "二级指标":
            i1 = cols.index("一级指标") if "一级指标" in cols else None
            starts = sorted({i for i, r in enumerate(grid) if r[j] != "" or (i1 is not None and r[i1] != "")})
        for n, a in enumerate(starts):
            b = (starts[n + 1] if n + 1 < len(starts) else len(grid)) - 1
            lab = grid[a][j]
            g[a][j] = ""
            g[a + (b - a) // 2][j] = lab
    return g


def column_t(rows, wrap, width):
    tsv = ("\n".join("\t".join(r) for r in rows) + "\n").encode("utf-8")
    cmd = ["column", "-t", "-s", "\t", "-c", str(width)]
    if wrap:
        cmd += ["-W", ",".join(str(j + 1) for j in wrap)]
    return run(cmd, tsv).decode("utf-8")


def aligned(doc, centred):
    out = []
    for k, p in enumerate(doc["projects"]):
        if k:
            out.append("\n")
        out.append(doc["title"] + "\n\n")
        out.append(column_t([list(kv) if kv[1] else [kv[0]] for kv in p["header"]], [1], 120))
        out.append("\n")
        cols = p["columns"]
        grid = [list(r) for r in p["rows"]]
        if centred:
            grid = middle_labels(cols, grid)
        wrap = [
            j
            for j, c in enumerate(cols)
            if c not in CAT
            and c not in ("序号", "权重", "分值", "得分", "判定关系", "值比较", "单位（量纲）", "度量单位")
        ]
        out.append(column_t([cols] + grid, wrap, 150))
    return "".join(out).encode("utf-8")


# ------------------------------------------------------------------ .flat / .oneline: GNU sed, mawk
def plain_tsv(doc):
    rows, W, proj = sheet(doc)
    return ("\n".join("\t".join(r) for r in rows) + "\n").encode("utf-8"), proj


def flat(doc):
    tsv, proj = plain_tsv(doc)
    return run(["sed", "s/\t//g"], tsv)


def oneline(doc, flat_bytes):
    ls = flat_bytes.decode("utf-8").split("\n")[:-1]
    parts, cur = [], []
    for l in ls:
        if l == "":
            parts.append(cur)
            cur = []
        else:
            cur.append(l)
    parts.append(cur)
    out = b""
    for part in parts:
        out += run(["mawk", "-v", "ORS= ", "1"], ("\n".join(part) + "\n").encode("utf-8")) + b"\n"
    return out


# ------------------------------------------------------------------ .xlsx and .docx
def fix_zip(path):
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time as modified
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-03-14T09:30:00Z", data)
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    write(path, buf.getvalue())


def blocks(grid, cols):
    """(col index, first row, last row) of every merged 一级/二级 block with more than one row."""
    out = []
    i1 = cols.index("一级指标") if "一级指标" in cols else None
    for j, c in enumerate(cols):
        if c not in CAT:
            continue
        starts = [i for i, r in enumerate(grid) if r[j] != "" or (c == "二级指标" and i1 is not None and r[i1] != "")]
        for n, a in enumerate(starts):
            b = (starts[n + 1] if n + 1 < len(starts) else len(grid)) - 1
            if b > a:
                out.append((j, a, b))
    return out


def xlsx(doc_id, doc):
    import datetime

    rows, W, proj = sheet(doc)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    wb.properties.creator = "示例市财政局预算编审系统"
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 3, 14, 9, 30, 0)
    r0 = 1
    ws.cell(1, 1, doc["title"]).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=W)
    r0 = 2
    for k, p in enumerate(doc["projects"]):
        if k:
            r0 += 1
        for key, val in p["header"]:
            ws.cell(r0, 1, key)
            if val:
                ws.cell(r0, 2, val)
            ws.merge_cells(start_row=r0, start_column=2, end_row=r0, end_column=W)
            r0 += 1
        for j, c in enumerate(p["columns"]):
            ws.cell(r0, j + 1, c).font = Font(bold=True)
        r0 += 1
        for i, r in enumerate(p["rows"]):
            for j, c in enumerate(r):
                if c != "":
                    ws.cell(r0 + i, j + 1, c).alignment = Alignment(vertical="center", wrap_text=True)
        for j, a, b in blocks(p["rows"], p["columns"]):
            ws.merge_cells(start_row=r0 + a, start_column=j + 1, end_row=r0 + b, end_column=j + 1)
        r0 += len(p["rows"])
    for j in range(W):
        ws.column_dimensions[get_column_letter(j + 1)].width = 14 if j < 2 else 22
    path = os.path.join(DOCS, doc_id + ".xlsx")
    wb.save(path)
    fix_zip(path)


def docx_file(doc_id, doc):
    import datetime

    d = docx.Document()
    d.core_properties.author = "示例市财政局"
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2025, 3, 14, 9, 30, 0)
    d.core_properties.last_modified_by = "示例市财政局"
    d.core_properties.revision = 1
    st = d.styles["Normal"]
    st.font.size = Pt(9)
    for k, p in enumerate(doc["projects"]):
        para = d.add_paragraph(doc["title"])
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        cols = p["columns"]
        W = len(cols)
        t = d.add_table(rows=len(p["header"]) + 1 + len(p["rows"]), cols=W)
        t.style = "Table Grid"
        for i, (key, val) in enumerate(p["header"]):
            t.cell(i, 0).text = key
            m = t.cell(i, 1).merge(t.cell(i, W - 1))
            m.text = val
        h = len(p["header"])
        for j, c in enumerate(cols):
            t.cell(h, j).text = c
        for i, r in enumerate(p["rows"]):
            for j, c in enumerate(r):
                t.cell(h + 1 + i, j).text = c
        for j, a, b in blocks(p["rows"], cols):
            lab = p["rows"][a][j]
            m = t.cell(h + 1 + a, j).merge(t.cell(h + 1 + b, j))
            m.text = lab
        d.add_paragraph("")
    path = os.path.join(DOCS, doc_id + ".docx")
    d.save(path)
    fix_zip(path)


def main():
    os.makedirs(DOCS, exist_ok=True)
    for doc_id in DOC_IDS:
        doc = load(doc_id)
        base = os.path.join(DOCS, doc_id)
        write(base + ".pipe.txt", pipe(doc_id, doc))
        write(base + ".pipe_bare.txt", pipe_bare(doc_id, doc))
        t = tab(doc_id, doc)
        write(base + ".tab.tsv", t)
        write(base + ".csv", csv_shape(doc_id, doc))
        ls = lines(t)
        write(base + ".lines.txt", ls)
        write(base + ".lines_dropped.txt", lines_dropped(ls))
        write(base + ".aligned_top.txt", aligned(doc, False))
        write(base + ".aligned_centered.txt", aligned(doc, True))
        f = flat(doc)
        write(base + ".flat.txt", f)
        write(base + ".oneline.txt", oneline(doc, f))
        xlsx(doc_id, doc)
        docx_file(doc_id, doc)
        print(doc_id)


if __name__ == "__main__":
    main()
