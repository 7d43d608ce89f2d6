"""blind62 renderings (own code; shares nothing with the parser under test or with earlier corpora's renderers).

Usage: python render62.py /work/blind62

The story: the county's C/S 预算编审 client (a PowerBuilder program) keeps each document as ONE worksheet, laid out as
the national template prints it ("the sheet", W = the document's widest grid): per project the title row (merged
across W), the header block (项目名称 | value; 主管部门 | v | 实施单位 | v and 项目属性 | v | 项目期 | v side by side, and so
two extra keys; 项目资金（万元） merged down beside its money rows; 总体目标 merged down beside the period and annual goals
laid side by side), the grid header and the grid (merged 一级/二级 blocks merged down; a grid narrower than W has its
last cell merged to the right edge), and ONE EMPTY ROW between projects.  From it:

  .xls                 (intermediate, not kept in docs/) the client's "另存为 Excel 97-2003": xlwt 1.3, run for real
  .pipe.txt            a clerk's python script: xlrd 2.0 reads the .xls, texttable 1.7 draws each project's header
                       block and grid (run for real)
  .pipe_bare.txt       PowerBuilder DataWindow SaveAsFormattedText(file, EncodingUTF8!, "|", "") (own imitation)
  .tab.tsv             tablib 3.10 Dataset().load(xls, format="xls", headers=False).export("tsv") (run for real)
  .csv                 pgAdmin 4 Query Tool "Save results to file" of the staged sheet (own imitation)
  .lines.txt           xlrd script, every cell a line (run for real)
  .lines_dropped.txt   the same script skipping empty cells (run for real)
  .aligned_top.txt     tabulate 0.10 "plain" with maxcolwidths (run for real), paged by GNU pr (run for real)
  .aligned_centered.txt tabulate "simple", merged labels on their block's middle row, paged by GNU pr -F (real)
  .flat.txt            lxml 6 over the county's 政务公开 web page: a row's XPath string() a line (run for real)
  .oneline.txt         the same crawler: a project's title and table string() on one line (run for real)
  .xlsx                openpyxl (the sheet), .docx python-docx (a table a project)
"""

import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from html import escape

import lxml.html
import openpyxl
import tablib
import xlrd
import xlwt
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl.styles import Alignment, Font
from tabulate import tabulate
from texttable import Texttable

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
WORK = "/tmp/b62/render"  # intermediates (.xls, .html, pr input)
FIXED = (2025, 7, 8, 9, 30, 0)  # every zip entry's date and the pr input's mtime (Asia/Shanghai)

PERIOD_KEYS = ("项目期", "项目实施期")
GOAL_KEYS = ("实施期目标", "中期目标", "长期目标")
PLAIN_KEYS = (
    ("项目名称", "主管部门", "实施单位", "项目属性", "项目资金（万元）", "年度目标", "实际完成情况")
    + PERIOD_KEYS
    + GOAL_KEYS
)
CATS = ("一级指标", "二级指标")


# ------------------------------------------------------------------ the sheet
def header_rows(header, W):
    """The header block as sheet rows of W cells, with merges (r0, c0, r1, c1) relative to the block."""
    rows, merges = [], []
    h = W // 2  # the second key's column in a row of two pairs

    def single(k, v):
        r = len(rows)
        rows.append([k, v] + [""] * (W - 2))
        if W > 2:
            merges.append((r, 1, r, W - 1))

    def pair(k1, v1, k2, v2):
        r = len(rows)
        row = [""] * W
        row[0], row[1], row[h], row[h + 1] = k1, v1, k2, v2
        rows.append(row)
        if h - 1 > 1:
            merges.append((r, 1, r, h - 1))
        if W - 1 > h + 1:
            merges.append((r, h + 1, r, W - 1))

    def is_extra(k):
        return k not in PLAIN_KEYS

    i = 0
    items = [tuple(kv) for kv in header]
    while i < len(items):
        k, v = items[i]
        nk = items[i + 1][0] if i + 1 < len(items) else None
        if (k, nk) == ("主管部门", "实施单位") or (k == "项目属性" and nk in PERIOD_KEYS):
            pair(k, v, *items[i + 1])
            i += 2
        elif is_extra(k) and nk is not None and is_extra(nk) and not money_started(items, i):
            pair(k, v, *items[i + 1])
            i += 2
        elif k == "项目资金（万元）":
            j = i + 1
            while j < len(items) and items[j][0] not in GOAL_KEYS + ("年度目标",):
                j += 1
            r0 = len(rows)
            for m, (mk, mv) in enumerate(items[i + 1 : j]):
                r = len(rows)
                rows.append([k if m == 0 else "", mk, mv] + [""] * (W - 3))
                merges.append((r, 2, r, W - 1))
            if len(rows) - 1 > r0:
                merges.append((r0, 0, len(rows) - 1, 0))
            i = j
        elif k in GOAL_KEYS and nk == "年度目标":
            r = len(rows)
            a = ["总体目标", k] + [""] * (W - 2)
            b = ["", v] + [""] * (W - 2)
            a[h], b[h] = "年度目标", items[i + 1][1]
            rows += [a, b]
            merges.append((r, 0, r + 1, 0))
            for rr in (r, r + 1):
                if h - 1 > 1:
                    merges.append((rr, 1, rr, h - 1))
                if W - 1 > h:
                    merges.append((rr, h, rr, W - 1))
            i += 2
        else:
            single(k, v)
            i += 1
    return rows, merges


def money_started(items, i):
    return any(k == "项目资金（万元）" for k, _ in items[:i])


def blocks(rows, col, col1):
    """[start, end] of the merged blocks of category column col (col1 = the 一级 column)."""
    out = []
    for i, r in enumerate(rows):
        if i == 0 or r[col] != "" or (col != col1 and r[col1] != ""):
            out.append([i, i])
        else:
            out[-1][1] = i
    return out


def sheet(doc):
    """The document's worksheet: rows (W cells, "" for empty and hidden merged cells), merges, and per project the row
    ranges of its parts."""
    W = max(len(p["columns"]) for p in doc["projects"])
    assert W >= 4
    rows, merges, parts = [], [], []
    for pi, p in enumerate(doc["projects"]):
        if pi:
            rows.append([""] * W)
        part = {"title": len(rows)}
        rows.append([doc["title"]] + [""] * (W - 1))
        merges.append((len(rows) - 1, 0, len(rows) - 1, W - 1))
        hr, hm = header_rows(p["header"], W)
        base = len(rows)
        rows += hr
        merges += [(a + base, b, c + base, d) for a, b, c, d in hm]
        part["header"] = (base, len(rows))
        n = len(p["columns"])
        part["grid_header"] = len(rows)
        base = len(rows) + 1
        for cells in [p["columns"]] + p["rows"]:
            rows.append(list(cells) + [""] * (W - n))
            if n < W:
                merges.append((len(rows) - 1, n - 1, len(rows) - 1, W - 1))
        part["grid"] = (base, len(rows))
        cats = [j for j, c in enumerate(p["columns"]) if c in CATS]
        if len(cats) == 2:
            for j in cats:
                for a, b in blocks(p["rows"], j, cats[0]):
                    if b > a:
                        merges.append((base + a, j, base + b, j))
        parts.append(part)
    return W, rows, merges, parts


def hidden(merges):
    """Cells covered by a merge other than its top-left one."""
    out = set()
    for a, b, c, d in merges:
        for r in range(a, c + 1):
            for k in range(b, d + 1):
                if (r, k) != (a, b):
                    out.add((r, k))
    return out


# ------------------------------------------------------------------ files
def fix_zip(path):
    """Rewrite a zip (xlsx, docx) with fixed entry dates so that renders are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with the time of saving
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-07-08T09:30:00Z", data)
            ni = zipfile.ZipInfo(info.filename, date_time=FIXED)
            ni.compress_type = zipfile.ZIP_DEFLATED
            ni.external_attr = info.external_attr
            z.writestr(ni, data)


def write_xls(path, rows, merges):
    """The client's 另存为 Excel 97-2003 (xlwt, for real): every cell text, merged ranges merged."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("绩效目标表")
    hid = hidden(merges)
    tops = {(a, b): (a, b, c, d) for a, b, c, d in merges}
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if (r, c) in hid:
                continue
            if (r, c) in tops:
                a, b, cc, d = tops[(r, c)]
                ws.write_merge(a, cc, b, d, v)
            elif v != "":
                ws.write(r, c, v)
    wb.save(path)


def read_xls(path):
    bk = xlrd.open_workbook(path)
    return bk.sheet_by_index(0)


def pipe_texttable(sh, parts, doc):
    """A clerk's script: xlrd rows of each project, texttable tables (header block without a header row, the grid
    with the grid header as its header), the title printed above; text cells as typed (dtype 't'), left-aligned,
    max_width 0 (no wrapping).  Texttable centres header cells (its default header alignment)."""
    W = sh.ncols
    out = []
    for part in parts:
        row = lambda r: [sh.cell_value(r, c) for c in range(W)]  # noqa: E731
        out.append(sh.cell_value(part["title"], 0))
        out.append("")
        t = Texttable(max_width=0)
        t.set_deco(Texttable.BORDER | Texttable.HLINES | Texttable.VLINES)
        t.set_cols_dtype(["t"] * W)
        t.set_cols_align(["l"] * W)
        t.add_rows([row(r) for r in range(*part["header"])], header=False)
        out.append(t.draw())
        out.append("")
        t = Texttable(max_width=0)
        t.set_cols_dtype(["t"] * W)
        t.set_cols_align(["l"] * W)
        t.header(row(part["grid_header"]))
        t.add_rows([row(r) for r in range(*part["grid"])], header=False)
        out.append(t.draw())
        out.append("")
    return "\n".join(out)


def pipe_bare_pb(rows):
    """PowerBuilder SaveAsFormattedText(ls_file, EncodingUTF8!, "|", "") of the external DataWindow d_jx62 (W string
    columns, empty header band): separator "|", quote character "" (none), line ending ~r~n (the default), a UTF-8
    BOM; every sheet row W fields, an empty field for an empty cell."""
    return "\ufeff" + "".join("|".join(r) + "\r\n" for r in rows)


def tsv_tablib(xls_path):
    with open(xls_path, "rb") as f:
        d = tablib.Dataset().load(f, format="xls", headers=False)
    return d.export("tsv")


def csv_pgadmin(rows):
    """pgAdmin 4 Query Tool, "Save results to file" of SELECT zd01…zdW FROM ods_jx62 WHERE wjbh = … ORDER BY hh
    (preferences: CSV field separator ",", CSV quote character '"', CSV quoting "Strings", replace null values with
    nothing; Results grid "Include column names"): a header line of the quoted column names; every text value in
    double quotes (a quote doubled), NULL (an empty or merged cell, the empty row between projects) as nothing;
    python csv's line terminator CRLF; UTF-8 without BOM."""
    W = len(rows[0])
    q = lambda s: '"' + s.replace('"', '""') + '"'  # noqa: E731
    out = [",".join(q("zd%02d" % (i + 1)) for i in range(W))]
    out += [",".join(q(v) if v != "" else "" for v in r) for r in rows]
    return "".join(line + "\r\n" for line in out)


def lines_xlrd(sh, drop):
    """for r in range(sh.nrows): for c in range(sh.ncols): print(sh.cell_value(r, c)) (drop: skip empty/blank cells)."""
    out = []
    for r in range(sh.nrows):
        for c in range(sh.ncols):
            if drop and (sh.cell_type(r, c) in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK) or sh.cell_value(r, c) == ""):
                continue
            out.append(str(sh.cell_value(r, c)) + "\n")
    return "".join(out)


WIDTH = {"一级指标": 10, "二级指标": 12, "三级指标": 22, "指标内容": 22, "指标名称": 24, "序号": 6}
LONG = (
    "偏差产生原因及应对措施",
    "指标值释义",
    "对应建设内容",
    "实施区域",
    "完成值核实方式",
    "数据采集点",
    "标准值出处",
)


def colwidths(header):
    return [WIDTH.get(c, 18 if c in LONG else 12) for c in header]


def aligned_tabulate(sh, parts, fmt, centred):
    """The report script: per project the title, the header block as a "plain" tabulate table (no header row; keys 16
    wide, values wrapped at 40, other columns 16), an empty line, the grid as a tabulate table (fmt; grid header as
    headers; maxcolwidths per column) and two empty lines.  centred: each merged 一级/二级 label moved from its block's
    first row to the block's middle row (rounding down: first + (n-1)//2)."""
    W = sh.ncols
    out = []
    for part in parts:
        row = lambda r: [sh.cell_value(r, c) for c in range(W)]  # noqa: E731
        out.append(sh.cell_value(part["title"], 0))
        out.append("")
        hrows = [row(r) for r in range(*part["header"])]
        hw = [16, 40] + [16] * (W - 2)
        out.append(tabulate(hrows, tablefmt="plain", maxcolwidths=hw, disable_numparse=True))
        out.append("")
        head = row(part["grid_header"])
        grows = [row(r) for r in range(*part["grid"])]
        if centred:
            cats = [j for j, c in enumerate(head) if c in CATS]
            if len(cats) == 2:
                spans = [(j, a, b) for j in cats for a, b in blocks(grows, j, cats[0])]  # before any label moves
                for j, a, b in spans:
                    if b > a:
                        lab = grows[a][j]
                        grows[a][j] = ""
                        grows[a + (b - a) // 2][j] = lab
        out.append(tabulate(grows, headers=head, tablefmt=fmt, maxcolwidths=colwidths(head), disable_numparse=True))
        out.append("")
        out.append("")
    return "\n".join(out)


def pr(text, name, args):
    """GNU pr over the report file (mtime fixed, TZ Asia/Shanghai, C locale): its page heads (date, file name,
    Page n) and feet."""
    os.makedirs(WORK, exist_ok=True)
    path = os.path.join(WORK, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    env = dict(os.environ, TZ="Asia/Shanghai", LC_ALL="C")
    subprocess.run(["touch", "-d", "2025-07-08 09:30", path], check=True, env=env)
    res = subprocess.run(["pr"] + args + [name], cwd=WORK, env=env, capture_output=True, check=True)
    return res.stdout


def html_page(doc, W_unused=None):
    """The county's 政务公开 page: the document title as <h2>, per project a <p class="bt"> title and ONE <table> (the
    project's sheet rows; merged cells as rowspan/colspan, covered cells left out), minified: no whitespace between
    tags (the CMS compresses its pages)."""
    W, rows, merges, parts = sheet(doc)
    hid = hidden(merges)
    span = {(a, b): (c - a + 1, d - b + 1) for a, b, c, d in merges}
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body>' % escape(doc["title"])]
    out.append('<div class="zw"><h2>%s</h2>' % escape(doc["title"]))
    for part in parts:
        out.append('<p class="bt">%s</p><table class="jxmb" border="1">' % escape(rows[part["title"]][0]))
        for r in range(part["title"] + 1, part["grid"][1]):
            tds = []
            for c in range(W):
                if (r, c) in hid:
                    continue
                rs, cs = span.get((r, c), (1, 1))
                attr = (' rowspan="%d"' % rs if rs > 1 else "") + (' colspan="%d"' % cs if cs > 1 else "")
                tds.append("<td%s>%s</td>" % (attr, escape(rows[r][c])))
            out.append("<tr>" + "".join(tds) + "</tr>")
        out.append("</table>")
    out.append("</div></body></html>")
    return "".join(out)


def crawl(page):
    """The crawler (lxml, for real): per project the title's text and each <tr>'s string(.) (flat), or the title and
    the table's string(.) on one line (oneline)."""
    tree = lxml.html.fromstring(page)
    flat, one = [], []
    for k, p in enumerate(tree.xpath('//p[@class="bt"]')):
        table = p.getnext()
        if k:
            flat.append("")
        flat.append(p.text_content())
        flat += [tr.xpath("string(.)") for tr in table.iter("tr")]
        one.append(p.text_content() + table.xpath("string(.)"))
    return "\n".join(flat) + "\n", "\n".join(one) + "\n"


def write_xlsx(path, doc, W, rows, merges):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    hid = hidden(merges)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v != "" and (r, c) not in hid:
                cell = ws.cell(row=r + 1, column=c + 1, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="center")
    for a, b, c, d in merges:
        ws.merge_cells(start_row=a + 1, start_column=b + 1, end_row=c + 1, end_column=d + 1)
    for r, row in enumerate(rows):
        if row[0] == doc["title"]:
            ws.cell(row=r + 1, column=1).font = Font(bold=True, size=14)
            ws.cell(row=r + 1, column=1).alignment = Alignment(horizontal="center")
    for c in range(W):
        ws.column_dimensions[openpyxl.utils.get_column_letter(c + 1)].width = 16
    import datetime

    t = datetime.datetime(*FIXED)
    wb.properties.creator = "示例县预算编审系统"
    wb.properties.created = t
    wb.properties.modified = t
    wb.save(path)
    fix_zip(path)


def write_docx(path, doc):
    """python-docx: per project the title paragraph and ONE 'Table Grid' table laid out as the sheet (W columns)."""
    W, rows, merges, parts = sheet(doc)
    d = Document()
    st = d.styles["Normal"]
    st.font.size = Pt(9)
    hid_top = {}
    for a, b, c, e in merges:
        hid_top[(a, b)] = (c, e)
    for part in parts:
        para = d.add_paragraph(rows[part["title"]][0])
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        first, last = part["title"] + 1, part["grid"][1]
        t = d.add_table(rows=last - first, cols=W)
        t.style = "Table Grid"
        hid = hidden(merges)
        for r in range(first, last):
            for c in range(W):
                if (r, c) in hid:
                    continue
                cell = t.cell(r - first, c)
                if (r, c) in hid_top:
                    rr, cc = hid_top[(r, c)]
                    cell = cell.merge(t.cell(rr - first, cc))
                cell.text = rows[r][c]
        d.add_paragraph("")
    import datetime

    cp = d.core_properties
    cp.author = "示例县预算编审系统"
    cp.created = cp.modified = datetime.datetime(*FIXED)
    cp.last_modified_by = "示例县预算编审系统"
    cp.revision = 1
    d.save(path)
    fix_zip(path)


def render(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        doc = json.load(f)
    W, rows, merges, parts = sheet(doc)
    os.makedirs(WORK, exist_ok=True)
    xls = os.path.join(WORK, doc_id + ".xls")
    write_xls(xls, rows, merges)
    sh = read_xls(xls)
    assert sh.ncols == W and sh.nrows == len(rows), (doc_id, sh.ncols, W, sh.nrows, len(rows))
    base = os.path.join(DOCS, doc_id)

    def put(ext, text, newline=""):
        with open(base + ext, "w", encoding="utf-8", newline=newline) as f:
            f.write(text)

    put(".pipe.txt", pipe_texttable(sh, parts, doc) + "\n")
    put(".pipe_bare.txt", pipe_bare_pb(rows))
    put(".tab.tsv", tsv_tablib(xls))
    put(".csv", csv_pgadmin(rows))
    put(".lines.txt", lines_xlrd(sh, False))
    put(".lines_dropped.txt", lines_xlrd(sh, True))
    top = aligned_tabulate(sh, parts, "plain", False)
    with open(base + ".aligned_top.txt", "wb") as f:
        f.write(pr(top, doc_id + ".txt", ["-l", "64"]))
    cen = aligned_tabulate(sh, parts, "simple", True)
    with open(base + ".aligned_centered.txt", "wb") as f:
        f.write(pr(cen, doc_id + ".txt", ["-F", "-l", "58"]))
    page = html_page(doc)
    with open(os.path.join(WORK, doc_id + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    flat, one = crawl(page)
    put(".flat.txt", flat)
    put(".oneline.txt", one)
    write_xlsx(base + ".xlsx", doc, W, rows, merges)
    write_docx(base + ".docx", doc)
    return doc_id


def main():
    os.makedirs(DOCS, exist_ok=True)
    for name in sorted(os.listdir(DATA)):
        if name.endswith(".json"):
            print(render(name[:-5]))


if __name__ == "__main__":
    main()
