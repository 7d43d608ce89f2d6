"""Render blind31's data/*.json into the ten text shapes, the XLSX and the DOCX (docs/<doc>.*).

Own code; shares nothing with the parser or with any earlier corpus's renderer.  Story (README "Renderings"): a
county's 预算公开 site is scraped by a Node.js crawler (tools/crawler_dump.js, run for real with node) whose rows are
the cells' textContent; its developer's console.table print, its TSV debug dump (read by awk, sed, perl and paste, all
run for real) and its "导出CSV" endpoint give seven shapes.  The department's workbook (openpyxl, real merged cells)
is read by pandas and written out by pyarrow as TSV (run for real).  Two PDFs drawn by the code below (reportlab)
are read back by the real `pdftotext -layout`.  Usage: python render31.py <corpus folder>
"""

import glob
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
TOOLS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tools")
CATS = ("一级指标", "二级指标")
FIXED = (2025, 3, 1, 9, 0, 0)


def run(cmd, inp=None, shell=False):
    return subprocess.run(cmd, input=inp, capture_output=True, check=True, shell=shell).stdout


def project_rows(title, p):
    rows = [[title]]
    rows += [list(kv) for kv in p["header"]]
    rows.append(list(p["columns"]))
    rows += [list(r) for r in p["rows"]]
    return rows


def blocks(rows, j, first_cat):
    """Row ranges of merged blocks in category column j (二级 blocks also open where the 一级 opens)."""
    out = []
    for i, r in enumerate(rows):
        if i == 0 or r[j] != "" or (first_cat is not None and j != first_cat and r[first_cat] != ""):
            out.append([i, i])
        else:
            out[-1][1] = i
    return out


def cat_cols(cols):
    return [j for j, c in enumerate(cols) if c in CATS]


# ------------------------------------------------------------------ node crawler shapes (+ awk, sed, perl, paste)
def crawler_shapes(doc_id, doc, tmp):
    src = os.path.join(tmp, doc_id + ".json")
    with open(src, "w", encoding="utf-8") as f:
        json.dump(
            {"title": doc["title"], "projects": [project_rows(doc["title"], p) for p in doc["projects"]]},
            f,
            ensure_ascii=False,
        )
    js = os.path.join(TOOLS, "crawler_dump.js")
    out = {}
    out["pipe.txt"] = run(["node", js, src, "table"])
    tsv = run(["node", js, src, "tsv"])
    dump = os.path.join(tmp, doc_id + ".dump.tsv")
    with open(dump, "wb") as f:
        f.write(tsv)
    out["csv"] = run(["node", js, src, "csv"])
    out["pipe_bare.txt"] = run(["awk", "-F\t", "-v", "OFS= | ", "{$1=$1}1", dump])
    lines = run(["awk", "-F\t", "{for (i = 1; i <= NF; i++) print $i}", dump])
    out["lines.txt"] = lines
    out["lines_dropped.txt"] = run(["sed", "/^$/d"], inp=lines)
    flat = run(["perl", "-F\\t", "-lane", "print @F", dump])
    out["flat.txt"] = flat
    out["oneline.txt"] = run(["paste", "-sd", "", "-"], inp=flat)
    return out


# ------------------------------------------------------------------ XLSX (openpyxl) and the pyarrow TSV read from it
def fix_zip(path):
    """Rewrite a zip package with fixed member dates (byte-stable output)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":  # openpyxl stamps dcterms:modified with the time of saving
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-03-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write_xlsx(doc_id, doc, path):
    import datetime

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    W = max(max(len(p["columns"]) for p in doc["projects"]), 2)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    left = Alignment(wrap_text=True, vertical="center", horizontal="left")
    r = 1
    for p in doc["projects"]:
        ws.cell(r, 1, doc["title"]).font = Font(size=14, bold=True)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=W)
        r += 1
        ws.cell(r, 1, "单位：万元").alignment = Alignment(horizontal="right")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=W)
        r += 1
        for k, v in p["header"]:
            ws.cell(r, 1, k).alignment = wrap
            if v != "":
                ws.cell(r, 2, v).alignment = left
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=W)
            for c in range(1, W + 1):
                ws.cell(r, c).border = box
            r += 1
        cols = p["columns"]
        for j, c in enumerate(cols):
            ws.cell(r, j + 1, c).alignment = wrap
            ws.cell(r, j + 1).font = Font(bold=True)
            ws.cell(r, j + 1).border = box
        r += 1
        top = r
        for row in p["rows"]:
            for j, c in enumerate(row):
                if c != "":
                    ws.cell(r, j + 1, c)
                ws.cell(r, j + 1).alignment = wrap
                ws.cell(r, j + 1).border = box
            r += 1
        cc = cat_cols(cols)
        for j in cc:
            for a, b in blocks(p["rows"], j, cc[0] if cc else None):
                if b > a:
                    ws.merge_cells(start_row=top + a, start_column=j + 1, end_row=top + b, end_column=j + 1)
        r += 1  # an empty row between projects
    for j in range(W):
        ws.column_dimensions[chr(65 + j)].width = 16
    ws.column_dimensions["C"].width = 26
    stamp = datetime.datetime(2025, 3, 1, 9, 0, 0)
    wb.properties.created = wb.properties.modified = stamp
    wb.properties.creator = "示例市某某县财政局"
    wb.save(path)
    fix_zip(path)


def write_arrow_tsv(xlsx, path):
    import pandas as pd
    import pyarrow as pa
    import pyarrow.csv as pacsv

    df = pd.read_excel(xlsx, header=None, dtype=str)
    table = pa.Table.from_pandas(df, preserve_index=False)
    buf = io.BytesIO()
    pacsv.write_csv(table, buf, write_options=pacsv.WriteOptions(delimiter="\t"))
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ------------------------------------------------------------------ DOCX (python-docx)
def write_docx(doc_id, doc, path):
    import datetime

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = Document()
    for i, p in enumerate(doc["projects"]):
        h = d.add_paragraph(doc["title"])
        h.alignment = WD_ALIGN_PARAGRAPH.CENTER
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in p["header"]:
            c = t.add_row().cells
            c[0].text, c[1].text = k, v
        d.add_paragraph("")
        cols = p["columns"]
        g = d.add_table(rows=1 + len(p["rows"]), cols=len(cols))
        g.style = "Table Grid"
        for j, c in enumerate(cols):
            g.cell(0, j).text = c
        for ri, row in enumerate(p["rows"]):
            for j, c in enumerate(row):
                g.cell(ri + 1, j).text = c
        cc = cat_cols(cols)
        for j in cc:
            for a, b in blocks(p["rows"], j, cc[0]):
                if b > a:
                    m = g.cell(a + 1, j).merge(g.cell(b + 1, j))
                    for para in m.paragraphs[1:]:  # merge() keeps each merged cell's empty paragraph: drop them
                        if not para.text:
                            para._element.getparent().remove(para._element)
        if i + 1 < len(doc["projects"]):
            d.add_page_break()
    stamp = datetime.datetime(2025, 3, 1, 9, 0, 0)
    d.core_properties.created = d.core_properties.modified = stamp
    d.core_properties.author = "示例市某某县财政局"
    d.save(path)
    fix_zip(path)


# ------------------------------------------------------------------ two PDFs read back by the real pdftotext -layout
def aligned(doc_id, doc, tmp, valign):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    import reportlab
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdfmetrics.registerFont(TTFont("Vera", os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf")))
    top = valign == "TOP"
    size = 9 if top else 10
    st = ParagraphStyle("c", fontName="STSong-Light", fontSize=size, leading=size * 1.35, wordWrap="CJK")
    tst = ParagraphStyle("t", parent=st, fontSize=13, leading=17, alignment=1)

    def P(s, style=st):
        s = escape(s)
        for ch in "²³·":  # not in STSong-Light's encoding: drawn with reportlab's bundled Vera, text layer kept
            s = s.replace(ch, '<font name="Vera">%s</font>' % ch)
        return Paragraph(s, style)

    pagesize = A4 if top else landscape(A4)
    width = pagesize[0] - 3.2 * cm
    story = []
    for p in doc["projects"]:
        story += [P(doc["title"], tst), Spacer(1, 6)]
        hdr = [[P(k), P(v)] for k, v in p["header"]]
        story.append(
            Table(
                hdr,
                colWidths=[width * 0.22, width * 0.78],
                style=TableStyle(
                    [("VALIGN", (0, 0), (-1, -1), valign)]
                    + ([] if top else [("GRID", (0, 0), (-1, -1), 0.4, colors.black)])
                ),
            )
        )
        story.append(Spacer(1, 4))
        cols = p["columns"]
        wts = [{"三级指标": 3, "指标内容": 3, "指标名称": 3.2, "序号": 0.9}.get(c, 1.6) for c in cols]
        colw = [width * w / sum(wts) for w in wts]
        data = [[P(c) for c in cols]] + [[P(c) for c in row] for row in p["rows"]]
        cmds = [("VALIGN", (0, 0), (-1, -1), valign), ("LEFTPADDING", (0, 0), (-1, -1), 4)]
        if not top:
            cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.black))
        cc = cat_cols(cols)
        for j in cc:
            for a, b in blocks(p["rows"], j, cc[0]):
                if b > a:
                    cmds.append(("SPAN", (j, a + 1), (j, b + 1)))
        story.append(Table(data, colWidths=colw, repeatRows=1, style=TableStyle(cmds)))
        story.append(Spacer(1, 18))
    pdf = os.path.join(tmp, "%s.%s.pdf" % (doc_id, valign))

    def foot(canv, d):
        canv.saveState()
        canv.setFont("STSong-Light", 8)
        canv.drawCentredString(pagesize[0] / 2, 0.9 * cm, "第 %d 页" % d.page)
        canv.restoreState()

    SimpleDocTemplate(
        pdf,
        pagesize=pagesize,
        leftMargin=1.6 * cm,
        rightMargin=1.6 * cm,
        topMargin=1.5 * cm,
        bottomMargin=1.6 * cm,
        title=doc["title"],
        author="x",
        creator="x",
        producer="x",
        invariant=1,
    ).build(story, onFirstPage=foot, onLaterPages=foot)
    opts = ["-layout", "-nopgbrk"] if top else ["-layout", "-eol", "dos"]
    return run(["pdftotext"] + opts + [pdf, "-"])


def main():
    os.makedirs(DOCS, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted(glob.glob(os.path.join(DATA, "*.json"))):
            doc_id = os.path.basename(path)[:-5]
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
            out = crawler_shapes(doc_id, doc, tmp)
            out["aligned_top.txt"] = aligned(doc_id, doc, tmp, "TOP")
            out["aligned_centered.txt"] = aligned(doc_id, doc, tmp, "MIDDLE")
            for suf, data in out.items():
                with open(os.path.join(DOCS, "%s.%s" % (doc_id, suf)), "wb") as f:
                    f.write(data)
            xlsx = os.path.join(DOCS, doc_id + ".xlsx")
            write_xlsx(doc_id, doc, xlsx)
            write_arrow_tsv(xlsx, os.path.join(DOCS, doc_id + ".tab.tsv"))
            write_docx(doc_id, doc, os.path.join(DOCS, doc_id + ".docx"))
            print(doc_id)


if __name__ == "__main__":
    main()
