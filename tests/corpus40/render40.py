"""Render blind40's data/<doc>.json into the ten text shapes, an XLSX and a DOCX (docs/).

Own code, written blind (no earlier renderer read).  Story: the county finance bureau's budget system keeps every
project as a block of one staging sheet (title row, header pairs with 项目资金（万元） alone on its row, grid header,
grid rows, merged 一级/二级 continuation cells NULL, an empty row between projects).  The text shapes are what real
tools on this machine make of that sheet or of the bureau's web page; each file's story is in README.md.
Usage: python render40.py /work/blind40   (byte-stable: run twice, same md5)
"""

import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

import pandas as pd

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
H2T = "/tmp/h2t"  # html2text 2025.4.15
PY = sys.executable
CAT = ("一级指标", "二级指标")


def load(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


def sheet(doc):
    """The staging sheet: rows of their own widths; None = a merged continuation cell or an empty cell."""
    rows = []
    for i, p in enumerate(doc["projects"]):
        if i:
            rows.append([])
        rows.append([doc["title"]])
        for k, v in p["header"]:
            rows.append([k, v if v != "" else None])
        rows.append(list(p["columns"]))
        for r in p["rows"]:
            rows.append([c if c != "" else None for c in r])
    return rows


def run(cmd, stdin=None, **kw):
    return subprocess.run(cmd, input=stdin, stdout=subprocess.PIPE, check=True, **kw).stdout


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


# ------------------------------------------------------------------ 1. pipe: html2text --pad-tables of the web page
def html_page(doc):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731
    out = ['<html><head><meta charset="utf-8"><title>%s</title></head><body>' % esc(doc["title"])]
    for p in doc["projects"]:
        out.append("<h3>%s</h3>" % esc(doc["title"]))
        out.append('<table border="1">')
        for k, v in p["header"]:
            out.append("<tr><td>%s</td><td>%s</td></tr>" % (esc(k), esc(v)))
        out.append("</table>")
        out.append('<table border="1">')
        out.append("<tr>%s</tr>" % "".join("<th>%s</th>" % esc(c) for c in p["columns"]))
        rows = p["rows"]
        cats = [j for j, c in enumerate(p["columns"]) if c in CAT]
        span = {}
        for j in cats:  # rowspan of each label cell (an 二级 block also closes where a 一级 opens)
            for i, r in enumerate(rows):
                if r[j] != "" or i == 0:
                    n = 1
                    while i + n < len(rows) and rows[i + n][j] == "" and not any(rows[i + n][k] for k in cats if k < j):
                        n += 1
                    span[(i, j)] = n
        for i, r in enumerate(rows):
            tds = []
            for j, c in enumerate(r):
                if j in cats:
                    if (i, j) not in span:
                        continue  # covered by a rowspan above
                    n = span[(i, j)]
                    tds.append("<td%s>%s</td>" % (' rowspan="%d"' % n if n > 1 else "", esc(c)))
                else:
                    tds.append("<td>%s</td>" % esc(c))
            out.append("<tr>%s</tr>" % "".join(tds))
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def pipe(doc, base):
    with tempfile.TemporaryDirectory() as t:
        page = os.path.join(t, "page.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write(html_page(doc))
        txt = run([PY, "-m", "html2text", "--pad-tables", page, "utf-8"], env={**os.environ, "PYTHONPATH": H2T})
    write(base + ".pipe.txt", txt)


# ------------------------------------------------------------------ 2. pipe_bare: jq join("|") over the staging JSON
def pipe_bare(rows, base):
    js = json.dumps(rows, ensure_ascii=False).encode("utf-8")
    write(base + ".pipe_bare.txt", run(["jq", "-r", '.[] | map(. // "") | join("|")'], stdin=js))


# ------------------------------------------------------------------ 3./5./6. sqlite3: tab-separated csv mode, cell lists
def stage(rows):
    w = max(len(r) for r in rows)
    sql = ["CREATE TABLE jx40(rn INTEGER, %s);" % ", ".join("c%d TEXT" % (i + 1) for i in range(w))]
    sql.append("CREATE TABLE jx40cell(rn INTEGER, cn INTEGER, v TEXT);")
    q = lambda s: "NULL" if s is None else "'" + s.replace("'", "''") + "'"  # noqa: E731
    for n, r in enumerate(rows, 1):
        cells = list(r) + [None] * (w - len(r))
        sql.append("INSERT INTO jx40 VALUES(%d, %s);" % (n, ", ".join(q(c) for c in cells)))
        for m, c in enumerate(r, 1):
            sql.append("INSERT INTO jx40cell VALUES(%d, %d, %s);" % (n, m, q(c)))
    return "\n".join(sql) + "\n", w


def sqlite(script):
    return run(["sqlite3", ":memory:"], stdin=script.encode("utf-8"))


def tab_and_lines(rows, base):
    ddl, w = stage(rows)
    cols = ", ".join("c%d" % (i + 1) for i in range(w))
    write(
        base + ".tab.tsv",
        sqlite(ddl + '.headers off\n.mode csv\n.separator "\\t"\nSELECT %s FROM jx40 ORDER BY rn;\n' % cols),
    )
    write(base + ".lines.txt", sqlite(ddl + ".mode list\n.nullvalue ''\nSELECT v FROM jx40cell ORDER BY rn, cn;\n"))
    write(
        base + ".lines_dropped.txt",
        sqlite(ddl + ".mode list\nSELECT v FROM jx40cell WHERE coalesce(v, '') <> '' ORDER BY rn, cn;\n"),
    )


# ------------------------------------------------------------------ 4. csv: pandas to_csv(QUOTE_NONNUMERIC)
def csv_shape(rows, base):
    w = max(len(r) for r in rows)
    df = pd.DataFrame([list(r) + [None] * (w - len(r)) for r in rows], dtype=object)
    buf = io.StringIO()
    df.to_csv(buf, index=False, header=False, quoting=csv.QUOTE_NONNUMERIC)
    write(base + ".csv", buf.getvalue().encode("utf-8"))


# ------------------------------------------------------------------ 9./10. flat: paste -d '\0' ; oneline: mawk ORS=""
def flat_and_oneline(rows, base):
    w = max(len(r) for r in rows)
    with tempfile.TemporaryDirectory() as t:
        files = []
        for j in range(w):
            fn = os.path.join(t, "col%02d" % (j + 1))
            with open(fn, "w", encoding="utf-8", newline="\n") as f:
                for r in rows:
                    f.write(((r[j] or "") if j < len(r) else "") + "\n")
            files.append(fn)
        flat = run(["paste", "-d", "\\0"] + files)
    write(base + ".flat.txt", flat)
    one = run(["mawk", 'BEGIN { ORS = "" } NF { print } !NF { print "\\n" } END { print "\\n" }'], stdin=flat)
    write(base + ".oneline.txt", one)


# ------------------------------------------------------------------ 7./8. aligned: the budget client's 文本打印 (own)
def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def wrap(s, width):
    out, cur = [], ""
    for ch in s or "":
        if dw(cur + ch) > width:
            out.append(cur)
            cur = ""
        cur += ch
    if cur or not out:
        out.append(cur)
    return out


SMALL = (
    "分值",
    "权重",
    "得分",
    "序号",
    "关系运算符",
    "比较运算符",
    "指标性质",
    "指标类型",
    "计量单位",
    "单位",
    "度量单位",
    "指标值符号",
)
LONGC = ("原因说明", "核实结果", "指标解释", "佐证材料清单", "目标设定理由", "1-7月执行情况")


def colw(c):
    if c in CAT:
        return 12
    if c in ("三级指标", "指标名称", "指标内容"):
        return 22
    if c in SMALL:
        return 8
    if c in LONGC:
        return 20
    return 14


MARGIN, GUT = 4, 2
PAGE = 56


def line_of(cells, widths):
    s, pos = " " * MARGIN, MARGIN
    for text, wd in zip(cells, widths):
        s += text
        pos += wd + GUT
        s = s + " " * max(0, pos - dw(s))
    return s.rstrip()


def aligned(doc, centred):
    pages, cur, pno = [], [], [1]

    def flush():
        cur.append("")
        cur.append(" " * 40 + "共%%PAGES%%页  第%d页" % pno[0])
        pages.append(cur[:])
        cur.clear()
        pno[0] += 1

    for pi, p in enumerate(doc["projects"]):
        cols = p["columns"]
        widths = [colw(c) for c in cols]
        items = []  # (kind, lines)
        tw = sum(widths) + GUT * (len(widths) - 1)
        title = doc["title"]
        items.append(("head", ["", " " * (MARGIN + max(0, (tw - dw(title)) // 2)) + title, ""]))
        items.append(("head", [" " * MARGIN + "编制单位：" + p["header"][1][1] + " " * 6 + "单位：万元"]))
        for k, v in p["header"]:
            vl = wrap(v, 70)
            ls = [line_of([k, vl[0]], [22, 70])] + [line_of(["", x], [22, 70]) for x in vl[1:]]
            items.append(("head", ls))
        hdr = [wrap(c, w) for c, w in zip(cols, widths)]
        hh = max(len(x) for x in hdr)
        hlines = [line_of([x[i] if i < len(x) else "" for x in hdr], widths) for i in range(hh)]
        rule = " " * MARGIN + "-" * tw
        items.append(("gridhead", [rule] + hlines + [rule]))
        cats = [j for j, c in enumerate(cols) if c in CAT]
        for r in p["rows"]:
            items.append(("row", r))
        # paginate
        grid_open = False
        k = 0
        while k < len(items):
            kind, payload = items[k]
            if kind != "row":
                need = len(payload)
                if kind == "gridhead":
                    need += 2  # never leave a grid header alone at a page foot
                if len(cur) + need > PAGE - 2:
                    flush()
                cur.extend(payload)
                grid_open = kind == "gridhead"
                k += 1
                continue
            # a run of rows that fits on this page
            part = []
            used = len(cur)
            while k < len(items) and items[k][0] == "row":
                r = items[k][1]
                cw = [wrap(c, w) for c, w in zip(r, widths)]
                h = max(len(cw[j]) for j in range(len(r)) if j not in cats or not centred)
                if used + h + 1 > PAGE - 2 and part:
                    break
                part.append((r, cw, h))
                used += h
                k += 1
            # labels per block within the part
            lab = {j: [None] * len(part) for j in cats}
            for j in cats:
                i = 0
                while i < len(part):
                    e = i + 1
                    while e < len(part) and part[e][0][j] == "" and not any(part[e][0][q] for q in cats if q < j):
                        e += 1
                    lab[j][i] = (i, e)
                    i = e
            # each block's label text (a block carried over from the page before: centred prints it again)
            texts = {}
            for j in cats:
                for i, be in enumerate(lab[j]):
                    if be is None:
                        continue
                    b, e = be
                    text = part[b][0][j]
                    if not text and centred and b == 0:
                        text = carried.get(j, "")
                    texts[(j, b)] = (e, wrap(text, widths[j]) if text else [])
            heights = [h for _, _, h in part]
            if centred:
                for (j, b), (e, wl) in texts.items():
                    tot = sum(heights[b:e])
                    if len(wl) > tot:
                        heights[e - 1] += len(wl) - tot
            lines = []
            for i, (r, cw, _) in enumerate(part):
                for x in range(heights[i]):
                    lines.append([cw[j][x] if (j not in cats and x < len(cw[j])) else "" for j in range(len(r))])
            starts = [sum(heights[:i]) for i in range(len(part))]
            for (j, b), (e, wl) in texts.items():
                tot = sum(heights[b:e])
                off = starts[b] + (max(0, (tot - len(wl)) // 2) if centred else 0)
                for x, piece in enumerate(wl):
                    lines[off + x][j] = piece
            for ln in lines:
                cur.append(line_of(ln, widths))
            for r, _, _ in part:
                for j in cats:
                    if r[j]:
                        carried[j] = r[j]
                        if j == cats[0] and len(cats) > 1:
                            carried[cats[1]] = r[cats[1]]
            cur.append(" " * MARGIN + "-" * tw)
            if k < len(items) and items[k][0] == "row":
                flush()
                cur.extend([" " * MARGIN + "（续表）"] + items_gridhead(cols, widths, tw))
                grid_open = True
        cur.append("")
    flush()
    n = len(pages)
    text = "\f".join("\n".join(pg).replace("%PAGES%", str(n)) + "\n" for pg in pages)
    return text.encode("utf-8")


carried = {}


def items_gridhead(cols, widths, tw):
    hdr = [wrap(c, w) for c, w in zip(cols, widths)]
    hh = max(len(x) for x in hdr)
    rule = " " * MARGIN + "-" * tw
    return [rule] + [line_of([x[i] if i < len(x) else "" for x in hdr], widths) for i in range(hh)] + [rule]


# ------------------------------------------------------------------ 11. xlsx, 12. docx
FIXED = (2025, 3, 1, 9, 0, 0)


def restamp(path):
    """Rewrite a zip with fixed member times (openpyxl and python-docx stamp the save time)."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            if name == "docProps/core.xml":  # openpyxl writes the save time as dcterms:modified
                blob = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*", rb"\g<1>2025-03-01T09:00:00Z", blob)
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, blob)


def xlsx(doc, base):
    import datetime

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    w = max(len(p["columns"]) for p in doc["projects"])
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    al = Alignment(wrap_text=True, vertical="center", horizontal="center")
    r0 = 1
    for pi, p in enumerate(doc["projects"]):
        if pi:
            r0 += 2  # two empty rows between projects
        ws.cell(r0, 1, doc["title"]).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=w)
        ws.cell(r0, 1).alignment = al
        r0 += 1
        for k, v in p["header"]:
            ws.cell(r0, 1, k)
            if v:
                ws.cell(r0, 2, v)
            ws.merge_cells(start_row=r0, start_column=2, end_row=r0, end_column=w)
            for c in range(1, w + 1):
                ws.cell(r0, c).border = box
                ws.cell(r0, c).alignment = al
            r0 += 1
        for j, c in enumerate(p["columns"], 1):
            cell = ws.cell(r0, j, c)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="D9E1F2")
            cell.border, cell.alignment = box, al
        r0 += 1
        rows = p["rows"]
        cats = [j for j, c in enumerate(p["columns"]) if c in CAT]
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                if c:
                    ws.cell(r0 + i, j + 1, c)
                ws.cell(r0 + i, j + 1).border = box
                ws.cell(r0 + i, j + 1).alignment = al
        for j in cats:
            i = 0
            while i < len(rows):
                e = i + 1
                while e < len(rows) and rows[e][j] == "" and not any(rows[e][q] for q in cats if q < j):
                    e += 1
                if e - i > 1:
                    ws.merge_cells(start_row=r0 + i, start_column=j + 1, end_row=r0 + e - 1, end_column=j + 1)
                i = e
        r0 += len(rows)
    for j in range(1, w + 1):
        ws.column_dimensions[chr(64 + j)].width = 16
    ws.column_dimensions["C"].width = 26
    wb.properties.creator = "预算管理一体化系统"
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    wb.save(base + ".xlsx")
    restamp(base + ".xlsx")


def docx(doc, base):
    import datetime

    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10)
    for pi, p in enumerate(doc["projects"]):
        if pi:
            d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        t = d.add_paragraph()
        t.add_run(doc["title"]).bold = True
        ht = d.add_table(rows=len(p["header"]), cols=2)
        ht.style = "Table Grid"
        for i, (k, v) in enumerate(p["header"]):
            ht.cell(i, 0).text = k
            ht.cell(i, 1).text = v
        d.add_paragraph("绩效指标")
        rows = p["rows"]
        g = d.add_table(rows=len(rows) + 1, cols=len(p["columns"]))
        g.style = "Table Grid"
        for j, c in enumerate(p["columns"]):
            g.cell(0, j).text = c
        cats = [j for j, c in enumerate(p["columns"]) if c in CAT]
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                if j not in cats:
                    g.cell(i + 1, j).text = c
        for j in cats:
            i = 0
            while i < len(rows):
                e = i + 1
                while e < len(rows) and rows[e][j] == "" and not any(rows[e][q] for q in cats if q < j):
                    e += 1
                top = g.cell(i + 1, j)
                if e - i > 1:
                    top = top.merge(g.cell(e, j))
                top.text = rows[i][j]
                i = e
        d.add_paragraph("")
    cp = d.core_properties
    cp.author = "预算管理一体化系统"
    cp.created = cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.last_modified_by = "预算管理一体化系统"
    cp.revision = 1
    d.save(base + ".docx")
    restamp(base + ".docx")


PAGE_USED = {}


def main():
    os.makedirs(DOCS, exist_ok=True)
    for fn in sorted(os.listdir(DATA)):
        doc_id = fn[:-5]
        doc = load(doc_id)
        base = os.path.join(DOCS, doc_id)
        rows = sheet(doc)
        pipe(doc, base)
        pipe_bare(rows, base)
        tab_and_lines(rows, base)
        csv_shape(rows, base)
        flat_and_oneline(rows, base)
        global PAGE
        for PAGE in range(56, 28, -1):  # the page shortened until a grid is split by a page break
            carried.clear()
            top = aligned(doc, False)
            carried.clear()
            cen = aligned(doc, True)
            if "（续表）".encode() in top and "（续表）".encode() in cen:
                break
        write(base + ".aligned_top.txt", top)
        write(base + ".aligned_centered.txt", cen)
        PAGE_USED[doc_id] = PAGE
        xlsx(doc, base)
        docx(doc, base)
        print(doc_id, "page length", PAGE)


if __name__ == "__main__":
    main()
