"""blind65 renderings (own code; no code shared with the parser or with earlier renderers).

The documents sit in 示例市's budget platform; its staging holds each document as one sheet (title row; per project
its header pairs, grid header, grid rows with every merged continuation 一级/二级 cell NULL and own-empty cells "";
an all-NULL row between projects).  Every shape is written from it by a real program (see README):
  .xlsx           exceljs 4.4.0 (node)                 tools/export65.mjs xlsx
  .tab.tsv        csv-stringify 6.9.0 (node)           tools/export65.mjs tsv
  .csv            @fast-csv/format 5.0.8 (node)        tools/export65.mjs csv
  .pipe.txt       markdown-table 3.1.0 + string-width  tools/export65.mjs pipe
  .pipe_bare.txt  d3-dsv 3.0.2 dsvFormat("|")          tools/export65.mjs psv
  .aligned_*.txt  cli-table3 0.6.5 + wrap-ansi 10      tools/export65.mjs aligned_top / aligned_centered
  .docx           docxtpl 0.20.2 (python) on tools/template65.docx, a Subdoc per document
  .lines.txt      mammoth 1.13.0 extractRawText (node) of that .docx
  .lines_dropped  GNU sed 4.9 `sed '/./!d'` over the lines file
  .flat.txt       numpy.savetxt(fmt="%s", delimiter="") of each project's padded rows
  .oneline.txt    GNU ed `,j` / `w` over each project's flat rows
Usage: python render65.py [corpus folder]   (NPM_DIR=/tmp/b65/npm holds the npm packages)
"""

import datetime
import glob
import io
import json
import os
import subprocess
import sys
import zipfile

import numpy as np
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from docxtpl import DocxTemplate

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
TOOLS = os.path.join(HERE, "tools")
DOCS = os.path.join(HERE, "docs")
STAGE = "/tmp/b65/stage"
NPM = os.environ.get("NPM_DIR", "/tmp/b65/npm")
CATS = ("一级指标", "二级指标")


def staging(doc):
    """The staging sheet of one document: merged continuation 一级/二级 cells None."""
    projects = []
    for p in doc["projects"]:
        cats = [j for j, c in enumerate(p["columns"]) if c in CATS]
        rows = []
        for k, r in enumerate(p["rows"]):
            row = list(r)
            for j in cats:
                if k and row[j] == "":
                    row[j] = None
            rows.append(row)
        projects.append({"header": p["header"], "columns": p["columns"], "rows": rows})
    W = max(max(len(p["columns"]) for p in projects), 2)
    return {"title": doc["title"], "W": W, "projects": projects}


def node(mode, src, out):
    env = dict(os.environ, NPM_DIR=NPM)
    subprocess.run(["node", os.path.join(TOOLS, "export65.mjs"), mode, src, out], check=True, env=env)


def template():
    """The bureau's Word template: letterhead in the page header, A4, one `{{p body }}` paragraph."""
    path = os.path.join(TOOLS, "template65.docx")
    if not os.path.exists(path):
        from docx import Document

        d = Document()
        d.sections[0].header.paragraphs[0].text = "示例市预算公开文件"
        d.add_paragraph("{{p body }}")
        d.core_properties.author = "示例市财政局"
        d.save(path)
    return path


def docx(doc_id, S, out):
    tpl = DocxTemplate(template())
    sd = tpl.new_subdoc()
    for i, p in enumerate(S["projects"]):
        if i:
            sd.add_paragraph("")
        h = sd.add_paragraph(S["title"])
        h.runs[0].font.size = Pt(15)
        h.runs[0].font.bold = True
        w = len(p["columns"])
        t = sd.add_table(rows=len(p["header"]) + 1 + len(p["rows"]), cols=w)
        t.style = "Table Grid"
        for k, (key, val) in enumerate(p["header"]):
            t.cell(k, 0).text = key
            cell = t.cell(k, 1).merge(t.cell(k, w - 1)) if w > 2 else t.cell(k, 1)
            cell.text = val
        g = len(p["header"])
        for j, c in enumerate(p["columns"]):
            t.cell(g, j).text = c
            t.cell(g, j).paragraphs[0].runs[0].font.bold = True
        for k, r in enumerate(p["rows"]):
            for j, v in enumerate(r):
                if v is not None:
                    t.cell(g + 1 + k, j).text = v
        for j, c in enumerate(p["columns"]):  # merge each label with the NULL cells under it (python-docx merge)
            if c not in CATS:
                continue
            k = 0
            while k < len(p["rows"]):
                e = k
                while e + 1 < len(p["rows"]) and p["rows"][e + 1][j] is None:
                    e += 1
                if e > k:
                    top = t.cell(g + 1 + k, j)
                    text = top.text
                    m = top.merge(t.cell(g + 1 + e, j))
                    m.text = text  # merge() joins the cells' paragraphs; keep the label once
                k = e + 1
    tpl.render({"body": sd})
    sec = tpl.docx.sections[0]
    if doc_id.endswith(("_02", "_05")):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    cp = tpl.docx.core_properties
    cp.author = cp.last_modified_by = "示例市财政局"
    cp.created = cp.modified = datetime.datetime(2025, 3, 18, 10, 0, 0)
    cp.revision = 1
    tpl.save(out)


def fix_zip_dates(path):
    """Repack a zip (xlsx, docx) with every member dated 2025-03-18 10:00, so that a rerun gives the same bytes
    (exceljs and python's zipfile date the members now); the members' bytes and order are unchanged."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 18, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = item.external_attr
            zout.writestr(info, zin.read(item.filename))
    os.replace(tmp, path)


def flat(S, out):
    """numpy.savetxt of each project's rows (title first), padded with '' to the staging width; a row a line."""
    buf = io.StringIO()
    for i, p in enumerate(S["projects"]):
        rows = [[S["title"]]] + [list(kv) for kv in p["header"]] + [p["columns"]] + p["rows"]
        arr = np.array([[("" if v is None else v) for v in r] + [""] * (S["W"] - len(r)) for r in rows], dtype=object)
        if i:
            buf.write("\n")
        np.savetxt(buf, arr, fmt="%s", delimiter="", newline="\n", encoding="utf-8")
    open(out, "w", encoding="utf-8", newline="").write(buf.getvalue())
    return buf.getvalue()


def oneline(S, out):
    """GNU ed `,j` joins every line of each project's flat file into one; the projects' lines are then concatenated."""
    lines = []
    for k, p in enumerate(S["projects"]):
        tmp = os.path.join(STAGE, "oneline_p%d.txt" % k)
        one = {"title": S["title"], "W": S["W"], "projects": [p]}
        flat(one, tmp)
        subprocess.run(["ed", "-s", tmp], input=",j\nw\nq\n", text=True, check=True)
        lines.append(open(tmp, encoding="utf-8").read())
    open(out, "w", encoding="utf-8", newline="").write("".join(lines))


def main():
    os.makedirs(STAGE, exist_ok=True)
    os.makedirs(DOCS, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        doc = json.load(open(path, encoding="utf-8"))
        S = staging(doc)
        st = os.path.join(STAGE, doc_id + ".stage.json")
        json.dump(S, open(st, "w", encoding="utf-8"), ensure_ascii=False)
        o = lambda ext: os.path.join(DOCS, doc_id + ext)  # noqa: E731
        node("xlsx", st, o(".xlsx"))
        fix_zip_dates(o(".xlsx"))
        node("tsv", st, o(".tab.tsv"))
        node("csv", st, o(".csv"))
        node("pipe", st, o(".pipe.txt"))
        node("psv", st, o(".pipe_bare.txt"))
        node("aligned_top", st, o(".aligned_top.txt"))
        node("aligned_centered", st, o(".aligned_centered.txt"))
        docx(doc_id, S, o(".docx"))
        fix_zip_dates(o(".docx"))
        node("lines", o(".docx"), o(".lines.txt"))
        with open(o(".lines_dropped.txt"), "w", encoding="utf-8") as f:
            subprocess.run(["sed", "/./!d", o(".lines.txt")], stdout=f, check=True)
        flat(S, o(".flat.txt"))
        oneline(S, o(".oneline.txt"))
        print(doc_id)


if __name__ == "__main__":
    main()
