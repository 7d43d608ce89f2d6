r"""Render data/<doc>.json of blind42 into ten text shapes, an XLSX and a DOCX (own code driving real tools).

Story: the county's budget office keeps each document as ONE sheet (per project: the title row, the header pairs with
`项目资金（万元）` alone on its row, the grid header, the grid rows with merged continuation cells empty, an EMPTY row
between projects).  The text shapes are what the staff's tools make of that sheet:
  .pipe.txt           vim 9 in ex mode (run for real) over the padded TSV: `:%s/\t/ | /g`, `:%s/^/| /`, `:%s/$/ |/`
  .pipe_bare.txt      the vendor's Rust "导出竖线分隔" tool (tools/psv.rs, rustc, run for real): trailing empty cells
                      trimmed, cells joined by `|`, CRLF
  .tab.tsv            polars write_csv(separator="\t", quote_style="never", null_value="", line_terminator="\r\n",
                      include_header=False), every row padded to the sheet's width
  .csv                pyarrow.csv.write_csv of the sheet as a table of string columns c1…cW (empty cells null)
  .lines.txt          GNU ed (run for real) over the sheet's own-width TSV: `,s/<TAB>/<NEWLINE>/g`
  .lines_dropped.txt  vim (run for real) `:g/^$/d` over the lines file
  .aligned_top.txt    w3m -dump (run for real) of the web mirror's page, merged cells `valign="top"`
  .aligned_centered.txt  w3m -dump of the same page as first published (no valign: HTML's default, middle)
  .flat.txt           polars concat_str(pl.all(), ignore_nulls=True) over the sheet, a row a line
  .oneline.txt        vim (run for real) `:g/^./,/^$\|\%$/j!` over the flat text: one project a line
Usage: python render42.py [corpus folder]"""

import datetime
import glob
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import docx
import openpyxl
import polars as pl
import pyarrow as pa
import pyarrow.csv as pacsv
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
TOOLS = os.path.join(HERE, "tools")
PSV = os.path.join(TOOLS, "bin", "psv")
FIXED = datetime.datetime(2025, 3, 18, 9, 30, 0)
CAT = ("一级指标", "二级指标")


def sheet(doc):
    """The document's sheet: list of (kind, cells) rows in print order (kind: title, pair, money_head, grid_head,
    grid, blank)."""
    rows = []
    for i, p in enumerate(doc["projects"]):
        if i:
            rows.append(("blank", [""]))
        rows.append(("title", [doc["title"]]))
        for k, v in p["header"]:
            rows.append(("money_head", [k]) if k == "项目资金（万元）" else ("pair", [k, v]))
        rows.append(("grid_head", list(p["columns"])))
        for r in p["rows"]:
            rows.append(("grid", list(r)))
    return rows


def width(rows):
    return max(2, max(len(c) for _, c in rows))


def padded(rows):
    w = width(rows)
    return [c + [""] * (w - len(c)) for _, c in rows]


def run(cmd, **kw):
    subprocess.run(cmd, check=True, **kw)


def vim(path, *cmds):
    args = ["vim", "-es", "-u", "NONE", "-i", "NONE", "-N", "-c", "set enc=utf-8 fenc=utf-8 nofixeol"]
    for c in cmds:
        args += ["-c", c]
    args += ["-c", "wq", path]
    run(args)


# ---------------------------------------------------------------- delimited and one-cell-a-line shapes
def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def own_width_tsv(rows):
    return "".join("\t".join(c) + "\n" for _, c in rows)


def padded_tsv(rows):
    return "".join("\t".join(c) + "\n" for c in padded(rows))


def pipe(base, rows):
    out = base + ".pipe.txt"
    write_text(out, padded_tsv(rows))
    vim(out, r"%s/\t/ | /g", r"%s/^/| /", r"%s/$/ |/")


def pipe_bare(base, rows):
    with open(base + ".pipe_bare.txt", "wb") as f:
        f.write(
            subprocess.run([PSV], input=padded_tsv(rows).encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout
        )


def frame(rows):
    pr = padded(rows)
    w = len(pr[0])
    cols = ["c%d" % (j + 1) for j in range(w)]
    data = {c: [r[j] if r[j] != "" else None for r in pr] for j, c in enumerate(cols)}
    return cols, data


def tab(base, rows):
    cols, data = frame(rows)
    df = pl.DataFrame(data, schema={c: pl.String for c in cols})
    df.write_csv(
        base + ".tab.tsv",
        separator="\t",
        quote_style="never",
        null_value="",
        line_terminator="\r\n",
        include_header=False,
    )


def csv_(base, rows):
    cols, data = frame(rows)
    t = pa.table({c: pa.array(data[c], type=pa.string()) for c in cols})
    pacsv.write_csv(t, base + ".csv")


def lines(base, rows):
    out = base + ".lines.txt"
    write_text(out, own_width_tsv(rows))
    run(["ed", "-s", out], input=",s/\t/\\\n/g\nw\nq\n".encode("utf-8"))
    drop = base + ".lines_dropped.txt"
    shutil.copyfile(out, drop)
    vim(drop, "g/^$/d")


def flat(base, rows):
    cols, data = frame(rows)
    df = pl.DataFrame(data, schema={c: pl.String for c in cols})
    s = df.select(pl.concat_str(pl.all(), ignore_nulls=True).alias("t"))["t"].to_list()
    out = base + ".flat.txt"
    write_text(out, "".join((x or "") + "\n" for x in s))
    one = base + ".oneline.txt"
    shutil.copyfile(out, one)
    vim(one, r"g/^./,/^$\|\%$/j!")


# ---------------------------------------------------------------- the web mirror's page, dumped by w3m
def spans(prow, cols):
    """Row spans of the merged 一级/二级 cells: {(i, j): n} for the first row of each block, and the set of
    covered cells."""
    cats = [j for j, c in enumerate(cols) if c in CAT]
    start, covered = {}, set()
    for j in cats:
        i = 0
        while i < len(prow):
            if prow[i][j] != "" or i == 0:
                n = 1
                while i + n < len(prow) and prow[i + n][j] == "" and not (j != cats[0] and prow[i + n][cats[0]] != ""):
                    n += 1
                if prow[i][j] != "":
                    start[(i, j)] = n
                    for k in range(1, n):
                        covered.add((i + k, j))
                i += n
            else:
                i += 1
    return start, covered


def page(doc, valign_top):
    e = html.escape
    va = ' valign="top"' if valign_top else ""
    out = ['<html><head><meta charset="utf-8"><title>%s</title></head><body>' % e(doc["title"])]
    for p in doc["projects"]:
        out.append("<h3>%s</h3>" % e(doc["title"]))
        out.append('<p align="right">单位：万元</p>')
        out.append('<table border="0" cellspacing="0" cellpadding="3" width="100%">')
        for k, v in p["header"]:
            out.append("<tr><td>%s</td><td>%s</td></tr>" % (e(k), e(v)))
        out.append("</table>")
        out.append('<table border="0" cellspacing="0" cellpadding="3" width="100%">')
        out.append("<tr>%s</tr>" % "".join("<th>%s</th>" % e(c) for c in p["columns"]))
        start, covered = spans(p["rows"], p["columns"])
        for i, r in enumerate(p["rows"]):
            tds = []
            for j, c in enumerate(r):
                if (i, j) in covered:
                    continue
                if (i, j) in start and start[(i, j)] > 1:
                    tds.append('<td rowspan="%d"%s>%s</td>' % (start[(i, j)], va, e(c)))
                else:
                    tds.append("<td>%s</td>" % e(c))
            out.append("<tr>%s</tr>" % "".join(tds))
        out.append("</table><br>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def aligned(base, doc):
    for suffix, top in ((".aligned_top.txt", True), (".aligned_centered.txt", False)):
        with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8", delete=False) as f:
            f.write(page(doc, top))
            tmp = f.name
        res = subprocess.run(
            ["w3m", "-dump", "-cols", "132", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", tmp],
            stdout=subprocess.PIPE,
            check=True,
            env={**os.environ, "HOME": tempfile.gettempdir()},
        )
        os.unlink(tmp)
        with open(base + suffix, "wb") as f:
            f.write(res.stdout)


# ---------------------------------------------------------------- XLSX and DOCX
def fix_zip(path):
    """Rewrite the zip with fixed member dates (byte-stable output)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":  # openpyxl stamps `modified` with the time of saving
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-03-18T09:30:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def xlsx(base, doc, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出绩效目标表"
    w = width(rows)
    r0 = 1
    for p in doc["projects"]:
        if r0 > 1:
            r0 += 1  # an empty row between projects
        ws.cell(r0, 1, doc["title"]).font = Font(name="宋体", size=14, bold=True)
        ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=w)
        ws.cell(r0, 1).alignment = Alignment(horizontal="center")
        r0 += 1
        for k, v in p["header"]:
            ws.cell(r0, 1, k)
            if k != "项目资金（万元）":
                ws.cell(r0, 2, v)
                if w > 2:
                    ws.merge_cells(start_row=r0, start_column=2, end_row=r0, end_column=w)
            r0 += 1
        for j, c in enumerate(p["columns"]):
            ws.cell(r0, j + 1, c).font = Font(bold=True)
        r0 += 1
        start, covered = spans(p["rows"], p["columns"])
        for i, r in enumerate(p["rows"]):
            for j, c in enumerate(r):
                if c != "":
                    ws.cell(r0 + i, j + 1, c).alignment = Alignment(vertical="center", wrap_text=True)
        for (i, j), n in start.items():
            if n > 1:
                ws.merge_cells(start_row=r0 + i, start_column=j + 1, end_row=r0 + i + n - 1, end_column=j + 1)
        r0 += len(p["rows"])
    for j in range(w):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = 18 if j < 3 else 14
    wb.properties.creator = "县级预算公开汇编"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(base + ".xlsx")
    fix_zip(base + ".xlsx")


def docx_(base, doc):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10)
    for pi, p in enumerate(doc["projects"]):
        if pi:
            d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        d.add_paragraph(doc["title"])
        ht = d.add_table(rows=0, cols=2)
        ht.style = "Table Grid"
        for k, v in p["header"]:
            cells = ht.add_row().cells
            cells[0].text, cells[1].text = k, v
        d.add_paragraph("")
        cols = p["columns"]
        gt = d.add_table(rows=1 + len(p["rows"]), cols=len(cols))
        gt.style = "Table Grid"
        for j, c in enumerate(cols):
            gt.cell(0, j).text = c
        for i, r in enumerate(p["rows"]):
            for j, c in enumerate(r):
                if c != "":
                    gt.cell(i + 1, j).text = c
        start, covered = spans(p["rows"], cols)
        for (i, j), n in start.items():
            if n > 1:
                a = gt.cell(i + 1, j)
                m = a.merge(gt.cell(i + n, j))
                for extra in m.paragraphs[1:]:
                    extra._element.getparent().remove(extra._element)
        d.add_paragraph("")
    cp = d.core_properties
    cp.author, cp.created, cp.modified, cp.last_modified_by, cp.revision = "县级预算公开汇编", FIXED, FIXED, "", 1
    d.save(base + ".docx")
    fix_zip(base + ".docx")


def main():
    os.makedirs(DOCS, exist_ok=True)
    if not os.path.exists(PSV):
        os.makedirs(os.path.dirname(PSV), exist_ok=True)
        run(["rustc", "-O", os.path.join(TOOLS, "psv.rs"), "-o", PSV])
    for path in sorted(glob.glob(os.path.join(DATA, "*.json"))):
        doc_id = os.path.splitext(os.path.basename(path))[0]
        doc = json.load(open(path, encoding="utf-8"))
        rows = sheet(doc)
        base = os.path.join(DOCS, doc_id)
        pipe(base, rows)
        pipe_bare(base, rows)
        tab(base, rows)
        csv_(base, rows)
        lines(base, rows)
        flat(base, rows)
        aligned(base, doc)
        xlsx(base, doc, rows)
        docx_(base, doc)
        print(doc_id)


if __name__ == "__main__":
    main()
