"""Render data/<doc>.json of blind54 into ten text shapes, an XLSX and a DOCX (docs/).  Own code; real tools run where
the story names one (python's csv module, GNU awk, GNU tr, GNU paste).  Usage: python render54.py /work/blind54"""

import csv
import glob
import io
import re
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
FIXED = (2025, 3, 18, 9, 30, 0)


def sheet(doc):
    """The budget system's rows: per project its header key/value rows (2 cells) and grid rows (grid width)."""
    out = []
    for p in doc["projects"]:
        rows = [list(kv) for kv in p["header"]] + [list(p["columns"])] + [list(r) for r in p["rows"]]
        out.append((p, rows, len(p["columns"])))
    return out


def pad(row, w):
    return row + [""] * (w - len(row))


def one_line(c):
    return c.replace("\n", " ")


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def write(path, text, enc="utf-8", bom=False):
    with open(path, "wb") as f:
        if bom:
            f.write(b"\xef\xbb\xbf")
        f.write(text.encode(enc))


# 1. csvlook -I --no-header-row (csvkit, own imitation): letter column names, widths by character count
def pipe(doc, parts):
    out = [doc["title"], ""]
    for p, rows, w in parts:
        rows = [[one_line(c) for c in pad(r, w)] for r in rows]
        names = [chr(ord("a") + j) for j in range(w)]
        wid = [max(len(x) for x in [names[j]] + [r[j] for r in rows]) for j in range(w)]
        line = lambda cells: "| " + " | ".join(c + " " * (wid[j] - len(c)) for j, c in enumerate(cells)) + " |"
        out.append(line(names))
        out.append("| " + " | ".join("-" * wid[j] for j in range(w)) + " |")
        out += [line(r) for r in rows]
        out.append("")
    return "\n".join(out)


# 2. LibreOffice Calc, Save As Text CSV, field delimiter |, string delimiter ", one sheet padded to its used width
def pipe_bare(doc, parts):
    W = max(w for _, _, w in parts)
    buf = io.StringIO()
    wr = csv.writer(buf, delimiter="|", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    wr.writerow(pad([doc["title"]], W))
    for i, (p, rows, w) in enumerate(parts):
        if i:
            wr.writerow([""] * W)
        for r in rows:
            wr.writerow(pad(r, W))
    return buf.getvalue()


# 3. mysql -B -N (batch, no column names): tab, NULL for empty cells, \n \t \\ escaped; title by echo
def tab(doc, parts):
    esc = lambda c: "NULL" if c == "" else c.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
    out = [doc["title"]]
    for p, rows, w in parts:
        out += ["\t".join(esc(c) for c in pad(r, w)) for r in rows]
    return "\n".join(out) + "\n"


# 4. OpenCSV CSVWriter defaults (the vendor's Java backend): every field quoted, "" inside, lineEnd \n, own widths
def csv_(doc, parts):
    buf = io.StringIO()
    wr = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
    wr.writerow([doc["title"]])
    for p, rows, w in parts:
        for r in rows:
            wr.writerow(r if len(r) == 2 and r[0] != p["columns"][0] else pad(r, w))
    return buf.getvalue()


# 5. LibreOffice Writer, Table > Convert > Table to Text (separator: paragraph), saved as Text (UTF-8 with BOM, LF)
def lines(doc, parts):
    out = []
    for p, rows, w in parts:
        out.append(doc["title"])
        for r in rows:
            for c in r:
                out += c.split("\n")
    return "\n".join(out) + "\n"


# 7/8. the budget system's 打印 → 导出文本 report (own imitation): fixed columns by display width, cells wrapped,
# two spaces between columns, page head every PAGE lines (title, 第 n 页, grid header repeated)
PAGE = 46


def wrap(s, width):
    out, cur = [], ""
    for piece in s.split("\n"):
        cur = ""
        for ch in piece:
            if dw(cur + ch) > width:
                out.append(cur)
                cur = ""
            cur += ch
        out.append(cur)
    return out or [""]


def aligned(doc, parts, centred):
    lines_out = []
    for p, rows, w in parts:
        cols = p["columns"]
        hdr = rows[: len(p["header"])]
        grid = p["rows"]
        lines_out.append(" " * 16 + doc["title"])
        lines_out.append("")
        for k, v in hdr:
            vl = wrap(v, 64) if v else [""]
            lines_out.append((k + " " * max(2, 24 - dw(k)) + vl[0]).rstrip())
            for x in vl[1:]:
                lines_out.append(" " * 24 + x)
        lines_out.append("")
        wid = [min(16, max(dw(x) for x in [cols[j]] + [r[j].replace("\n", "") for r in grid])) for j in range(w)]
        wid = [max(4, x) for x in wid]
        cat = [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标")]

        def emit(cells):
            wrapped = [wrap(c, wid[j]) if c else [""] for j, c in enumerate(cells)]
            n = max(len(x) for x in wrapped)
            return [[(wrapped[j][i] if i < len(wrapped[j]) else "") for j in range(w)] for i in range(n)]

        def join(pieces):
            return "".join(x + " " * (wid[j] - dw(x) + 2) for j, x in enumerate(pieces)).rstrip()

        lines_out += [join(x) for x in emit(cols)]
        body, start = [], []
        for r in grid:
            rr = [("" if j in cat else c) for j, c in enumerate(r)]
            start.append(len(body))
            body += emit(rr)
        end = start[1:] + [len(body)]
        for j in cat:
            i1 = cat[0]
            opens = [i for i, r in enumerate(grid) if r[j] != "" or r[i1] != ""]
            for bi, a in enumerate(opens):
                b = (opens[bi + 1] if bi + 1 < len(opens) else len(grid)) - 1
                if not grid[a][j]:
                    continue
                lab = wrap(grid[a][j], wid[j])
                first, last = start[a], end[b] - 1
                at = first if not centred else max(first, first + (last - first + 1 - len(lab)) // 2)
                for k, piece in enumerate(lab):
                    while at + k >= len(body):
                        body.append([""] * w)
                    body[at + k][j] = piece
        lines_out += [join(x) for x in body]
        lines_out.append("")
    # pages
    paged, n, page = [], 0, 1
    for ln in lines_out:
        if n == PAGE:
            paged += ["", " " * 40 + "第 %d 页" % page, "\f"]
            page += 1
            n = 0
        paged.append(ln)
        n += 1
    paged += ["", " " * 40 + "第 %d 页" % page]
    return "\n".join(paged) + "\n"


def run(cmd, data):
    return subprocess.run(cmd, input=data, stdout=subprocess.PIPE, check=True).stdout


# 9. flat: GNU tr -d '\t' over a plain unquoted TSV of the rows (cell line breaks removed), LF
def flat_tsv(doc, parts):
    out = [doc["title"]]
    for p, rows, w in parts:
        out += ["\t".join(c.replace("\n", "") for c in r) for r in rows]
    return "\n".join(out) + "\n"


def render(doc_id):
    doc = json.load(open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8"))
    parts = sheet(doc)
    b = os.path.join(DOCS, doc_id)
    write(b + ".pipe.txt", pipe(doc, parts))
    write(b + ".pipe_bare.txt", pipe_bare(doc, parts))
    write(b + ".tab.tsv", tab(doc, parts))
    write(b + ".csv", csv_(doc, parts))
    write(b + ".lines.txt", lines(doc, parts), bom=True)
    with open(b + ".lines_dropped.txt", "wb") as f:
        f.write(run(["awk", "NF"], open(b + ".lines.txt", "rb").read()))
    write(b + ".aligned_top.txt", aligned(doc, parts, False))
    write(b + ".aligned_centered.txt", aligned(doc, parts, True))
    flat_b = run(["tr", "-d", "\t"], flat_tsv(doc, parts).encode("utf-8"))
    write(b + ".flat.txt", flat_b.decode("utf-8"))
    # 10. oneline: GNU paste -sd '' over each project's flat lines (title glued before the first project)
    fl = flat_b.decode("utf-8").split("\n")
    out, k = [], 1
    for i, (p, rows, w) in enumerate(parts):
        chunk = fl[k : k + len(rows)]
        if i == 0:
            chunk = [fl[0]] + chunk
        k += len(rows)
        out.append(run(["paste", "-sd", ""], ("\n".join(chunk) + "\n").encode("utf-8")).decode("utf-8"))
    write(b + ".oneline.txt", "".join(out))
    xlsx(doc, parts, b + ".xlsx")
    docx(doc, parts, b + ".docx")


def fix_zip(path):
    zin = zipfile.ZipFile(path)
    items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":  # openpyxl stamps the save time into dcterms:modified
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-03-18T09:30:00Z", data)
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def xlsx(doc, parts, path):
    """openpyxl: one sheet per project (名称 项目1 …), title merged over the grid, header key in A and value merged
    B..last, grid with real merged 一级/二级 blocks, frozen under the grid header, print titles."""
    import datetime

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    wb.remove(wb.active)
    for i, (p, rows, w) in enumerate(parts):
        ws = wb.create_sheet("项目%d" % (i + 1))
        ws.cell(1, 1, doc["title"]).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=w)
        r0 = 2
        for k, v in p["header"]:
            ws.cell(r0, 1, k)
            if v:
                ws.cell(r0, 2, v)
            ws.merge_cells(start_row=r0, start_column=2, end_row=r0, end_column=w)
            r0 += 1
        for j, c in enumerate(p["columns"]):
            ws.cell(r0, j + 1, c).font = Font(bold=True)
        ws.freeze_panes = ws.cell(r0 + 1, 1)
        ws.print_title_rows = "%d:%d" % (r0, r0)
        g0 = r0 + 1
        for ri, r in enumerate(p["rows"]):
            for j, c in enumerate(r):
                if c:
                    ws.cell(g0 + ri, j + 1, c).alignment = Alignment(wrap_text=True, vertical="center")
        for j, c in enumerate(p["columns"]):
            if c not in ("一级指标", "二级指标"):
                continue
            other = p["columns"].index("一级指标")
            n = len(p["rows"])
            a = 0
            while a < n:
                b = a
                while b + 1 < n and p["rows"][b + 1][j] == "" and (c == "一级指标" or p["rows"][b + 1][other] == ""):
                    b += 1
                if b > a and p["rows"][a][j]:
                    ws.merge_cells(start_row=g0 + a, start_column=j + 1, end_row=g0 + b, end_column=j + 1)
                a = b + 1
    wb.properties.creator = "示例市财政预算管理一体化系统"
    wb.properties.created = wb.properties.modified = datetime.datetime(*FIXED)
    wb.save(path)
    fix_zip(path)


def docx(doc, parts, path):
    """python-docx: per project a heading paragraph, the header block as a 2-column table, a blank paragraph, then
    the grid as its own Table Grid table with 一级/二级 merged down; 10.5 pt 宋体."""
    import datetime

    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.size = Pt(10.5)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    for i, (p, rows, w) in enumerate(parts):
        d.add_paragraph(doc["title"])
        t = d.add_table(rows=len(p["header"]), cols=2)
        t.style = "Table Grid"
        for ri, (k, v) in enumerate(p["header"]):
            t.cell(ri, 0).text = k
            t.cell(ri, 1).text = v
        d.add_paragraph("")
        g = d.add_table(rows=len(p["rows"]) + 1, cols=w)
        g.style = "Table Grid"
        for j, c in enumerate(p["columns"]):
            g.cell(0, j).text = c
        for ri, r in enumerate(p["rows"]):
            for j, c in enumerate(r):
                if c:
                    g.cell(ri + 1, j).text = c
        for j, c in enumerate(p["columns"]):
            if c not in ("一级指标", "二级指标"):
                continue
            other = p["columns"].index("一级指标")
            n = len(p["rows"])
            a = 0
            while a < n:
                b = a
                while b + 1 < n and p["rows"][b + 1][j] == "" and (c == "一级指标" or p["rows"][b + 1][other] == ""):
                    b += 1
                if b > a and p["rows"][a][j]:
                    g.cell(a + 1, j).merge(g.cell(b + 1, j))
                a = b + 1
        d.add_paragraph("")
    cp = d.core_properties
    cp.author = "示例市财政局"
    cp.created = cp.modified = datetime.datetime(*FIXED)
    cp.last_modified_by = "示例市财政局"
    cp.revision = 1
    d.save(path)
    fix_zip(path)


def main():
    os.makedirs(DOCS, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(DATA, "*.json"))):
        render(os.path.splitext(os.path.basename(path))[0])


if __name__ == "__main__":
    main()
