"""Render blind44's data/<doc>.json into ten text shapes, an XLSX and a DOCX (docs/).

Own code (no code shared with the parser or with any earlier corpus's renderer).  Real tools run where the story is
a real tool: GNU coreutils `cat` (the per-sheet tab exports joined), perl 5.36 (`.pipe_bare.txt`), GNU sed 4.9
(`.lines.txt`), GNU ed 1.19 (`.lines_dropped.txt`, `.oneline.txt`), vim 9.0 in Ex mode (`.flat.txt`).
Usage: python render44.py /work/blind44
"""

import glob
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
DOCS = os.path.join(HERE, "docs")
ENV = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")


# ------------------------------------------------------------------ the sheet: what the 预算一体化 system holds
def width(p):
    return max(len(p["columns"]), 2)


def sheet(p, title):
    """One project's rows as the system's sheet holds them: title, header pairs, grid header, grid rows."""
    w = width(p)
    rows = [[title]]
    rows += [[k, v] for k, v in p["header"]]
    rows.append(list(p["columns"]))
    rows += [list(r) for r in p["rows"]]
    return [r + [""] * (w - len(r)) for r in rows]


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, env=ENV, **kw)


# ------------------------------------------------------------------ .tab.tsv: LibreOffice per-sheet export + cat
def tab(doc, tmp):
    """soffice --convert-to 'txt:Text - txt - csv (StarCalc):9,34,76,1,,0,false,true,false,false,false,-1' writes
    one file per sheet (`<base>-项目1.txt` …): tab, `"` only where needed, UTF-8 without BOM, LF after every row,
    every row the sheet's used width.  The clerk joined them with `cat`."""
    parts = []
    for i, p in enumerate(doc["projects"], 1):
        out = []
        for r in sheet(p, doc["title"]):
            out.append("\t".join('"%s"' % c.replace('"', '""') if any(x in c for x in '\t"\n') else c for c in r))
        path = os.path.join(tmp, "x-项目%d.txt" % i)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write("\n".join(out) + "\n")
        parts.append(path)
    return run(["cat"] + parts, capture_output=True).stdout


# ------------------------------------------------------------------ .pipe.txt: an Obsidian note (Advanced Tables)
def md_table(rows):
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    wid = [max(3, max(len(r[j]) for r in rows)) for j in range(n)]  # JavaScript string length, not display width
    line = lambda r: "| " + " | ".join(c.replace("|", "\\|").ljust(wid[j]) for j, c in enumerate(r)) + " |"
    out = [line(rows[0]), "| " + " | ".join("-" * w for w in wid) + " |"]
    out += [line(r) for r in rows[1:]]
    return out


def pipe(doc):
    out = ["---", "tags: [预算公开, 绩效目标]", "source: 预算管理一体化系统", "---", "", "# " + doc["title"], ""]
    for p in doc["projects"]:
        h = dict(p["header"])
        out += ["## " + h["项目名称"], ""]
        out += md_table([list(kv) for kv in p["header"]]) + [""]
        out += md_table([list(p["columns"])] + [list(r) for r in p["rows"]]) + [""]
    return ("\n".join(out)).encode("utf-8")


# ------------------------------------------------------------------ .csv: PostgreSQL COPY … (FORMAT csv, HEADER)
def pg_csv(doc):
    """COPY (SELECT c1, …, cW FROM jx44 ORDER BY rn) TO STDOUT WITH (FORMAT csv, HEADER true): the loader stored
    every empty cell as NULL (openpyxl gives None), so NULL is written as nothing; a value is quoted only when it
    holds the delimiter, a quote, CR or LF; LF after every row; the header line names the columns."""
    rows = [r for p in doc["projects"] for r in sheet(p, doc["title"])]
    w = max(len(r) for r in rows)
    out = [",".join("c%d" % (j + 1) for j in range(w))]
    for r in rows:
        r = r + [""] * (w - len(r))
        out.append(",".join('"%s"' % c.replace('"', '""') if any(x in c for x in ',"\r\n') else c for c in r))
    return ("\n".join(out) + "\n").encode("utf-8")


# ------------------------------------------------------------------ aligned: links / elinks -dump of the web page
WIDTHS = {"一级指标": 10, "二级指标": 14, "三级指标": 24, "指标名称": 24, "指标内容": 24, "序号": 6}
VALUE = ("指标值", "年度指标值", "实施期指标值", "中期指标值", "指标值及单位", "目标值", "实际完成值")


def colw(name):
    if name in WIDTHS:
        return WIDTHS[name]
    if name in VALUE:
        return 18
    if dw(name) <= 8:
        return 10
    return 14


def wrap(s, w):
    lines, cur = [], ""
    for ch in s:
        if dw(cur + ch) > w:
            lines.append(cur)
            cur = ""
        cur += ch
    if cur or not lines:
        lines.append(cur)
    return [l for l in lines] if s else []


def blocks(rows, j, stop=None):
    """(start, end) row ranges of the merged label blocks in column j (a block ends where j or stop is set again)."""
    if j is None:
        return []
    out, start = [], None
    for i, r in enumerate(rows):
        if r[j] or (stop is not None and r[stop]):
            if start is not None:
                out.append((start, i))
            start = i if r[j] else None
    if start is not None:
        out.append((start, len(rows)))
    return out


def grid_lines(cols, rows, margin, gap, centred):
    cw = [colw(c) for c in cols]
    i1 = cols.index("一级指标") if "一级指标" in cols else None
    i2 = cols.index("二级指标") if "二级指标" in cols else None
    labels = [j for j in (i1, i2) if j is not None]
    wrapped = [[wrap(c, cw[j]) for j, c in enumerate(r)] for r in rows]
    hgt = [max([1] + [len(x) for j, x in enumerate(w) if j not in labels]) for w in wrapped]
    bl = {}
    for j, stop in ((i1, None), (i2, i1)):
        if j is None:
            continue
        bl[j] = blocks(rows, j, stop)
        for a, b in bl[j]:
            need = len(wrapped[a][j]) - sum(hgt[a:b])
            if need > 0:
                hgt[b - 1] += need
    starts = [sum(hgt[:i]) for i in range(len(rows))]
    total = sum(hgt)
    cells = [[""] * len(cols) for _ in range(total)]
    for i, w in enumerate(wrapped):
        for j, x in enumerate(w):
            if j in labels:
                continue
            for k, t in enumerate(x):
                cells[starts[i] + k][j] = t
    for j, bs in bl.items():
        for a, b in bs:
            lab = wrapped[a][j]
            span = sum(hgt[a:b])
            off = (span - len(lab)) // 2 if centred else 0
            for k, t in enumerate(lab):
                cells[starts[a] + off + k][j] = t
    head = [wrap(c, cw[j]) for j, c in enumerate(cols)]
    hh = max(len(x) for x in head)
    out = []
    for k in range(hh):
        out.append(
            " " * margin
            + (" " * gap)
            .join(
                ((head[j][k] if k < len(head[j]) else "") + " " * cw[j])[: len(head[j][k]) if k < len(head[j]) else 0]
                + " " * (cw[j] - dw(head[j][k] if k < len(head[j]) else ""))
                for j in range(len(cols))
            )
            .rstrip()
        )
    out.append(" " * margin + "-" * (sum(cw) + gap * (len(cols) - 1)))
    for line in cells:
        out.append(" " * margin + (" " * gap).join(t + " " * (cw[j] - dw(t)) for j, t in enumerate(line)).rstrip())
    return out


def aligned(doc, centred):
    margin, gap, kw = (3, 3, 26) if centred else (1, 2, 24)
    out = []
    for p in doc["projects"]:
        out += ["", " " * (margin + 14) + doc["title"], ""]
        for k, v in p["header"]:
            vl = wrap(v, 60) or [""]
            out.append((" " * margin + k + " " * (kw - dw(k)) + vl[0]).rstrip())
            out += [" " * (margin + kw) + x for x in vl[1:]]
        out.append("")
        out += grid_lines(p["columns"], p["rows"], margin, gap, centred)
    return ("\n".join(out) + "\n").encode("utf-8")


# ------------------------------------------------------------------ xlsx / docx
def fix_zip(path):
    """Rewrite a zip with fixed member dates (byte-stable output)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":  # openpyxl writes the save time into dcterms:modified
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-03-06T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def label_spans(p):
    cols, rows = p["columns"], p["rows"]
    i1 = cols.index("一级指标") if "一级指标" in cols else None
    i2 = cols.index("二级指标") if "二级指标" in cols else None
    return [(j, a, b) for j, stop in ((i1, None), (i2, i1)) if j is not None for a, b in blocks(rows, j, stop)]


def xlsx(doc, path):
    import datetime

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    r0 = 1
    for p in doc["projects"]:
        w = width(p)
        ws.cell(r0, 1, doc["title"]).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=w)
        r0 += 1
        for k, v in p["header"]:
            ws.cell(r0, 1, k)
            if v:
                ws.cell(r0, 2, v)
            ws.merge_cells(start_row=r0, start_column=2, end_row=r0, end_column=w)
            r0 += 1
        for j, c in enumerate(p["columns"], 1):
            x = ws.cell(r0, j, c)
            x.font = Font(bold=True)
            x.fill = PatternFill("solid", fgColor="D9D9D9")
        r0 += 1
        g0 = r0
        for r in p["rows"]:
            for j, c in enumerate(r, 1):
                if c:
                    ws.cell(r0, j, c).alignment = Alignment(wrap_text=True, vertical="center")
            r0 += 1
        for j, a, b in label_spans(p):
            if b - a > 1:
                ws.merge_cells(start_row=g0 + a, start_column=j + 1, end_row=g0 + b - 1, end_column=j + 1)
        r0 += 1  # an empty row between projects
    wb.properties.creator = "示例市预算管理一体化系统"
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 3, 6, 9, 0, 0)
    wb.save(path)
    fix_zip(path)


def docx(doc, path):
    import datetime

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for p in doc["projects"]:
        t = d.add_paragraph(doc["title"])
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        hb = d.add_table(rows=0, cols=2)
        hb.style = "Table Grid"
        for k, v in p["header"]:
            c = hb.add_row().cells
            c[0].text, c[1].text = k, v
        d.add_paragraph("")
        cols = p["columns"]
        g = d.add_table(rows=1 + len(p["rows"]), cols=len(cols))
        g.style = "Table Grid"
        for j, c in enumerate(cols):
            g.cell(0, j).text = c
        for i, r in enumerate(p["rows"], 1):
            for j, c in enumerate(r):
                if c:
                    g.cell(i, j).text = c
        for j, a, b in label_spans(p):
            if b - a > 1:
                top = g.cell(1 + a, j)
                text = top.text
                m = top.merge(g.cell(b, j))
                for para in m.paragraphs[1:]:
                    para._element.getparent().remove(para._element)
                m.paragraphs[0].text = text
        d.add_paragraph("")
    cp = d.core_properties
    cp.author = "示例市预算管理一体化系统"
    cp.created = cp.modified = datetime.datetime(2025, 3, 6, 9, 0, 0)
    cp.last_modified_by = "绩效科"
    cp.revision = 1
    d.save(path)
    fix_zip(path)


# ------------------------------------------------------------------ main
def main():
    os.makedirs(DOCS, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(DATA, "*.json"))):
        doc_id = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        base = os.path.join(DOCS, doc_id)
        tmp = tempfile.mkdtemp(prefix="r44")
        try:
            tsv = tab(doc, tmp)
            with open(base + ".tab.tsv", "wb") as f:
                f.write(tsv)
            with open(base + ".pipe.txt", "wb") as f:
                f.write(pipe(doc))
            with open(base + ".pipe_bare.txt", "wb") as f:  # perl -pe 's/\t/|/g'
                run(["perl", "-pe", "s/\\t/|/g", base + ".tab.tsv"], stdout=f)
            with open(base + ".csv", "wb") as f:
                f.write(pg_csv(doc))
            with open(base + ".lines.txt", "wb") as f:  # GNU sed: every tab a line break
                run(["sed", "s/\\t/\\n/g", base + ".tab.tsv"], stdout=f)
            shutil.copy(base + ".lines.txt", base + ".lines_dropped.txt")  # GNU ed: g/^$/d
            run(["ed", "-s", base + ".lines_dropped.txt"], input=b"g/^$/d\nw\nq\n")
            shutil.copy(base + ".tab.tsv", base + ".flat.txt")  # vim Ex mode: :%s/\t//g
            run(
                ["vim", "-es", "-u", "NONE", "-i", "NONE", "-N", "-c", "%s/\\t//ge", "-c", "wq", base + ".flat.txt"],
                stdin=subprocess.DEVNULL,
            )
            # GNU ed: each project's lines of the flat text joined (bottom project first, so addresses hold)
            n, spans = 1, []
            for p in doc["projects"]:
                k = len(sheet(p, doc["title"]))
                spans.append((n, n + k - 1))
                n += k
            shutil.copy(base + ".flat.txt", base + ".oneline.txt")
            script = "".join("%d,%dj\n" % s for s in reversed(spans)) + "w\nq\n"
            run(["ed", "-s", base + ".oneline.txt"], input=script.encode())
            with open(base + ".aligned_top.txt", "wb") as f:
                f.write(aligned(doc, False))
            with open(base + ".aligned_centered.txt", "wb") as f:
                f.write(aligned(doc, True))
            xlsx(doc, base + ".xlsx")
            docx(doc, base + ".docx")
        finally:
            shutil.rmtree(tmp)
        print(doc_id)


if __name__ == "__main__":
    main()
