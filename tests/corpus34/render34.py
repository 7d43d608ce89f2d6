"""Render blind34's data/<doc>.json into docs/: ten text shapes, an XLSX and a DOCX (own code; real tools where
the story has one: jq, node, GNU sed, pdftotext).  Usage: python render34.py /work/blind34"""

import csv
import io
import json
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
FIXED = (2025, 3, 1, 9, 0, 0)


def rows_of(doc, p):
    """The workbook row layout: title, header pairs, money rows, grid header, grid rows."""
    out = [[doc["title"]]]
    money_first = True
    for k, v in p["header"]:
        if k == "项目资金（万元）":
            continue
        if k in MONEY:
            out.append(["项目资金（万元）" if money_first else "", k, v])
            money_first = False
        else:
            out.append([k, v])
    out.append(list(p["columns"]))
    out += [list(r) for r in p["rows"]]
    return out


def money_keys(doc):
    """The keys between 项目资金（万元） and the goals."""
    ks = set()
    for p in doc["projects"]:
        on = False
        for k, _ in p["header"]:
            if k == "项目资金（万元）":
                on = True
            elif k in ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况"):
                on = False
            elif on:
                ks.add(k)
    return ks


MONEY = set()


def run(cmd, inp):
    return subprocess.run(cmd, input=inp, stdout=subprocess.PIPE, check=True).stdout


def write(path, b):
    with open(path, "wb") as f:
        f.write(b)


JQ_MD = r"""
.[] |
  "### " + .title, "",
  "| " + ([range(.hw)] | map("") | join(" | ")) + " |",
  "| " + ([range(.hw)] | map("---") | join(" | ")) + " |",
  (.head[] as $r | $r + [range(.hw - ($r | length)) | ""] | "| " + (map(gsub("\\|"; "\\|")) | join(" | ")) + " |"),
  "",
  (.grid[0] | "| " + join(" | ") + " |"),
  (.grid[0] | "| " + (map("---") | join(" | ")) + " |"),
  (.grid[1:][] | "| " + (map(gsub("\\|"; "\\|")) | join(" | ")) + " |"),
  ""
"""

NODE = r"""
const fs = require('fs');
const [src, mode] = process.argv.slice(2);
const projects = JSON.parse(fs.readFileSync(src, 'utf8'));
const EOL = '\r\n';  // os.EOL on the crawler's Windows host
let out;
if (mode === 'bar') out = projects.map(p => p.map(r => r.join('|')).join(EOL)).join(EOL + EOL);
else if (mode === 'flat') out = projects.map(p => p.map(r => r.join('')).join(EOL)).join(EOL + EOL);
else out = projects.map(p => p.map(r => r.join('')).join('  ')).join(EOL) + EOL;
process.stdout.write(out);
"""


def r_quote(c):
    return "" if c == "" else '"' + c.replace("\\", "\\\\").replace('"', '\\"') + '"'


NUMLIKE = re.compile(r"^-?[\d,]+(\.\d+)?$")


def render_text(doc_id, doc):
    global MONEY
    MONEY = money_keys(doc)
    projs = [rows_of(doc, p) for p in doc["projects"]]
    W = max(len(r) for rs in projs for r in rs)
    base = os.path.join(DOCS, doc_id)
    # pipe: jq → GitLab Markdown
    jin = []
    for p, rs in zip(doc["projects"], projs):
        g0 = len(rs) - len(p["rows"]) - 1
        jin.append({"title": doc["title"], "head": rs[1:g0], "hw": 3, "grid": rs[g0:]})
    write(base + ".pipe.txt", run(["jq", "-r", JQ_MD], json.dumps(jin, ensure_ascii=False).encode()))
    # node crawler shapes: merged / empty cells are null in its JSON
    njs = json.dumps([[[c if c != "" else None for c in r] for r in rs] for rs in projs], ensure_ascii=False)
    tmp = "/tmp/b34_node_%s.json" % doc_id
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(njs)
    with open("/tmp/b34_crawler.js", "w") as f:
        f.write(NODE)
    bar = run(["node", "/tmp/b34_crawler.js", tmp, "bar"], b"")
    write(base + ".pipe_bare.txt", bar)
    write(base + ".flat.txt", run(["node", "/tmp/b34_crawler.js", tmp, "flat"], b""))
    write(base + ".oneline.txt", run(["node", "/tmp/b34_crawler.js", tmp, "oneline"], b""))
    # lines: GNU sed over the bar file; lines_dropped: sed deleting empty and lone-CR lines
    lines = run(["sed", "s/|/\\n/g"], bar)
    write(base + ".lines.txt", lines)
    write(base + ".lines_dropped.txt", run(["sed", "/^\\r\\?$/d"], lines))
    # tab: R write.table(sep="\t", quote=TRUE, na="", row.names=FALSE, col.names=FALSE) of the sheet (W wide)
    sheet = []
    for i, rs in enumerate(projs):
        if i:
            sheet.append([""] * W)
        sheet += [r + [""] * (W - len(r)) for r in rs]
    write(base + ".tab.tsv", "".join("\t".join(r_quote(c) for c in r) + "\n" for r in sheet).encode("utf-8"))
    # csv: the platform's export, numbers protected by a leading TAB
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for rs in projs:
        for r in rs:
            r = r + [""] * (W - len(r))
            w.writerow(["\t" + c if NUMLIKE.match(c) else c for c in r])
    write(base + ".csv", b"\xef\xbb\xbf" + s.getvalue().encode("utf-8"))
    return projs, W


# ------------------------------------------------------------------ XLSX
def render_xlsx(doc_id, doc, projs, W):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "2025绩效目标"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    al = Alignment(wrap_text=True, vertical="center")
    row = 1
    for p, rs in zip(doc["projects"], projs):
        cols = p["columns"]
        n = len(cols)
        ws.cell(row, 1, rs[0][0]).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=W)
        row += 1
        g0 = len(rs) - len(p["rows"]) - 1
        head = rs[1:g0]
        mstart = None
        for r in head:
            if len(r) == 3:  # money row
                if r[0]:
                    mstart = row
                ws.cell(row, 1, r[0] or None)
                ws.cell(row, 2, r[1])
                ws.cell(row, 3, r[2])
                if W > 3:
                    ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=W)
            else:
                if mstart is not None:
                    ws.merge_cells(start_row=mstart, start_column=1, end_row=row - 1, end_column=1)
                    mstart = None
                ws.cell(row, 1, r[0])
                ws.cell(row, 2, r[1])
                ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=W)
            for c in range(1, W + 1):
                ws.cell(row, c).border = bd
                ws.cell(row, c).alignment = al
            row += 1
        gh = row
        for j, c in enumerate(cols):
            ws.cell(row, j + 1, c).font = Font(bold=True)
        row += 1
        for r in p["rows"]:
            for j, c in enumerate(r):
                if c != "":
                    ws.cell(row, j + 1, c)
            row += 1
        for rr in range(gh, row):
            for c in range(1, n + 1):
                ws.cell(rr, c).border = bd
                ws.cell(rr, c).alignment = al
        # real merged 一级/二级 blocks
        for name in ("一级指标", "二级指标"):
            if name not in cols:
                continue
            j = cols.index(name)
            j1 = cols.index("一级指标") if "一级指标" in cols else None
            start = None
            for i, r in enumerate(p["rows"] + [None]):
                opens = r is None or r[j] != "" or (j1 is not None and j != j1 and r[j1] != "")
                if opens:
                    if start is not None and i - 1 > start:
                        ws.merge_cells(start_row=gh + 1 + start, start_column=j + 1, end_row=gh + i, end_column=j + 1)
                    start = i
        row += 1
    for c in range(1, W + 1):
        ws.column_dimensions[get_column_letter(c)].width = 16
    ws.column_dimensions["C"].width = 26
    ws.freeze_panes = None
    path = os.path.join(DOCS, doc_id + ".xlsx")
    wb.save(path)
    fix_zip(path)


def fix_zip(path):
    """Byte-stable: fixed zip dates, fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, b in items:
            if name == "docProps/core.xml":
                b = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-03-01T09:00:00Z", b)
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)
    write(path, out.getvalue())


# ------------------------------------------------------------------ DOCX
def render_docx(doc_id, doc, projs):
    import datetime

    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.styles["Normal"].font.size = Pt(10)
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    d.core_properties.author = "某某科"
    for pi, (p, rs) in enumerate(zip(doc["projects"], projs)):
        t = d.add_paragraph()
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run_ = t.add_run(doc["title"])
        run_.bold = True
        run_.font.size = Pt(15)
        g0 = len(rs) - len(p["rows"]) - 1
        money = []
        for r in rs[1:g0]:
            if len(r) == 3:
                money.append("%s %s" % (r[1], r[2]))
                continue
            if money:
                d.add_paragraph("项目资金（万元）：" + "；".join(money))
                money = []
            d.add_paragraph("%s：%s" % (r[0], r[1]))
        cols = p["columns"]
        tb = d.add_table(rows=1 + len(p["rows"]), cols=len(cols))
        tb.style = "Table Grid"
        trPr = tb.rows[0]._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader")
        h.set(qn("w:val"), "true")
        trPr.append(h)
        for j, c in enumerate(cols):
            tb.cell(0, j).text = c
        for i, r in enumerate(p["rows"]):
            for j, c in enumerate(r):
                tb.cell(i + 1, j).text = c
        for name in ("一级指标", "二级指标"):
            if name not in cols:
                continue
            j = cols.index(name)
            j1 = cols.index("一级指标") if "一级指标" in cols else None
            start = None
            for i, r in enumerate(p["rows"] + [None]):
                opens = r is None or r[j] != "" or (j1 is not None and j != j1 and r[j1] != "")
                if opens:
                    if start is not None and i - 1 > start:
                        txt = p["rows"][start][j]
                        m = tb.cell(start + 1, j).merge(tb.cell(i, j))
                        for par in list(m.paragraphs)[1:]:
                            par._element.getparent().remove(par._element)
                        m.paragraphs[0].text = txt
                    start = i
        if pi + 1 < len(doc["projects"]):
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    path = os.path.join(DOCS, doc_id + ".docx")
    d.save(path)
    fix_zip(path)


# ------------------------------------------------------------------ three-line-table print → pdftotext -layout
def render_aligned(doc_id, doc, projs, valign, suffix):
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    wide = max(len(p["columns"]) for p in doc["projects"]) >= 7
    ps = landscape(A4) if wide else A4
    width = ps[0] - 4 * cm
    st = ParagraphStyle("c", fontName=F, fontSize=9.5, leading=12.5, alignment=TA_LEFT, wordWrap="CJK")
    sth = ParagraphStyle("h", parent=st, alignment=TA_CENTER)
    stt = ParagraphStyle("t", parent=st, fontSize=14, leading=18, alignment=TA_CENTER)
    story = []
    for p, rs in zip(doc["projects"], projs):
        story += [Paragraph(escape(doc["title"]), stt), Spacer(1, 6)]
        g0 = len(rs) - len(p["rows"]) - 1
        hd = [[Paragraph(escape(c), st) for c in r + [""] * (3 - len(r))] for r in rs[1:g0]]
        hst = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), F)]
        for i, r in enumerate(rs[1:g0]):
            if len(r) == 2:
                hst.append(("SPAN", (1, i), (2, i)))
        story += [Table(hd, colWidths=[width * 0.18, width * 0.22, width * 0.60], style=TableStyle(hst)), Spacer(1, 8)]
        cols = p["columns"]
        wts = [
            3.0
            if c in ("三级指标", "指标名称", "指标内容")
            else 0.8
            if c in ("序号", "分值", "得分", "权重", "比较符", "指标性质", "度量单位", "计量单位")
            else 1.6
            for c in cols
        ]
        cw = [width * x / sum(wts) for x in wts]
        data = [[Paragraph(escape(c), sth) for c in cols]] + [[Paragraph(escape(c), st) for c in r] for r in p["rows"]]
        cmd = [
            ("VALIGN", (0, 0), (-1, -1), valign),
            ("FONTNAME", (0, 0), (-1, -1), F),
            ("LINEABOVE", (0, 0), (-1, 0), 1.2, "black"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, "black"),
            ("LINEBELOW", (0, -1), (-1, -1), 1.2, "black"),
        ]
        for name in ("一级指标", "二级指标"):
            if name not in cols:
                continue
            j = cols.index(name)
            j1 = cols.index("一级指标") if "一级指标" in cols else None
            start = None
            for i, r in enumerate(p["rows"] + [None]):
                opens = r is None or r[j] != "" or (j1 is not None and j != j1 and r[j1] != "")
                if opens:
                    if start is not None and i - 1 > start:
                        cmd.append(("SPAN", (j, start + 1), (j, i)))
                    start = i
        story += [Table(data, colWidths=cw, repeatRows=1, style=TableStyle(cmd)), Spacer(1, 16)]
    pdf = "/tmp/b34_%s_%s.pdf" % (doc_id, suffix)
    SimpleDocTemplate(
        pdf,
        pagesize=ps,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=1.8 * cm,
        bottomMargin=1.8 * cm,
        title=doc["title"],
        author="",
        creator="",
        producer="",
        invariant=1,
    ).build(story)
    subprocess.run(["pdftotext", "-layout", pdf, os.path.join(DOCS, doc_id + ".aligned_%s.txt" % suffix)], check=True)


def main():
    os.makedirs(DOCS, exist_ok=True)
    for fn in sorted(os.listdir(DATA)):
        doc_id = fn[:-5]
        doc = json.load(open(os.path.join(DATA, fn), encoding="utf-8"))
        projs, W = render_text(doc_id, doc)
        render_xlsx(doc_id, doc, projs, W)
        render_docx(doc_id, doc, projs)
        render_aligned(doc_id, doc, projs, "TOP", "top")
        render_aligned(doc_id, doc, projs, "MIDDLE", "centered")
        print(doc_id)


if __name__ == "__main__":
    main()
