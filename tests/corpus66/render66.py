"""Render every data/<doc>.json of this corpus into its text shapes, XLSX and DOCX with real programs (own code).

Story: the documents sit in 示例县's 预算公开 platform, whose staging holds each document as ONE sheet: the title a row
of one cell; per project its header key/value pairs, the grid header and the grid rows, a merged continuation
一级/二级 cell NULL and an own-empty cell ""; an all-NULL row between projects.  From it:
  .xlsx            perl tools/xlsx66.pl (Excel::Writer::XLSX 1.10, the data centre's report batch)
  .pipe_bare.txt   xlscat -s '|' of the .xlsx (Spreadsheet::Read 0.87's example tool, a journalist's conversion)
  .tab.tsv         java Tsv66 (Apache Commons CSV 1.9, CSVFormat.TDF: the data-exchange job)
  .csv             ruby tools/csv66.rb (Ruby 3.1's CSV library, defaults: a newsroom script)
  .pipe.txt        mlr --icsv --implicit-csv-header --opprint --barred cat (Miller 6.6.0) of that .csv
  .docx            node tools/export66.mjs docx (html-to-docx 1.8.0: the portal's "导出Word" of its HTML table)
  .lines.txt       xmlstarlet sel over the .docx's word/document.xml: every table cell a line
  .lines_dropped   the same xmlstarlet query restricted to cells holding text
  .flat.txt        xsltproc tools/flat66.xsl over word/document.xml: a paragraph or a table row a line
  .oneline.txt     xsltproc tools/oneline66.xsl: a project (its title and its table) a line
  .aligned_*.txt   node tools/export66.mjs aligned top|middle (table 6.9.0, spanning labels aligned top/middle)
Usage: python render66.py [corpus folder]   (NPM_DIR: the folder holding node_modules; staging in /tmp/b66/stage)
"""

import glob
import io
import json
import os
import subprocess
import sys
import zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS, TOOLS = os.path.join(HERE, "data"), os.path.join(HERE, "docs"), os.path.join(HERE, "tools")
STAGE = "/tmp/b66/stage"
NPM_DIR = os.environ.get("NPM_DIR", "/tmp/b66/npm")
XLSCAT = "/usr/share/doc/libspreadsheet-read-perl/examples/xlscat"
CAT = ("一级指标", "二级指标")
LANDSCAPE = ("coded", "self_evaluation")
FIXED = (2025, 3, 18, 10, 0, 0)  # zip members re-dated so that reruns give the same bytes


def stage(doc):
    """The platform's staged sheet of one document."""
    W = max(2, *(len(p["columns"]) for p in doc["projects"]))
    rows, merges, head_rows, projects = [[doc["title"]] + [None] * (W - 1)], [[0, 0, 0, W - 1]], [], []
    for i, p in enumerate(doc["projects"]):
        if i:
            rows.append([None] * W)
        w = len(p["columns"])
        info = {"pairs": [], "w": w}
        for k, v in p["header"]:
            r = len(rows)
            rows.append([k, v] + [None] * (W - 2))
            if w > 2:
                merges.append([r, 1, r, w - 1])
            info["pairs"].append(r)
        info["head"] = len(rows)
        head_rows.append(len(rows))
        rows.append(list(p["columns"]) + [None] * (W - w))
        first = len(rows)
        cats = [j for j, c in enumerate(p["columns"]) if c in CAT]
        for row in p["rows"]:
            cells = list(row)
            for j in cats:
                if cells[j] == "":
                    cells[j] = None  # a merged continuation cell: NULL in the staging
            rows.append(cells + [None] * (W - w))
        info["grid"] = [first, len(rows) - 1]
        # merged 一级/二级 blocks (an 二级 block also starts at every 一级 start)
        spans = []
        for n, j in enumerate(cats):
            start = None
            for r in range(first, len(rows)):
                opens = rows[r][j] is not None or (n == 1 and rows[r][cats[0]] is not None)
                if opens:
                    if start is not None and r - 1 > start:
                        spans.append([start, j, r - 1, j])
                    start = r
            if start is not None and len(rows) - 1 > start:
                spans.append([start, j, len(rows) - 1, j])
        merges += spans
        info["spans"] = spans
        projects.append(info)
    return {
        "title": doc["title"],
        "W": W,
        "rows": rows,
        "merges": merges,
        "head_rows": head_rows,
        "projects": projects,
        "landscape": doc["variant"] in LANDSCAPE,
    }


def redate(path):
    """Rewrite a zip (xlsx/docx) with fixed member dates, same members and bytes otherwise."""
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            z = zipfile.ZipInfo(info.filename, FIXED)
            z.compress_type = zipfile.ZIP_DEFLATED
            z.external_attr = 0o600 << 16
            out.writestr(z, src.read(info.filename))
    src.close()
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def run(cmd, out=None, **kw):
    res = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if out:
        with open(out, "wb") as f:
            f.write(res.stdout)
    return res.stdout


JBUILD = "/tmp/b66/jbuild"
JAVA_CP = "/usr/share/java/commons-csv.jar:" + JBUILD


def main():
    os.makedirs(JBUILD, exist_ok=True)
    run(["javac", "-d", JBUILD, "-cp", "/usr/share/java/commons-csv.jar", os.path.join(TOOLS, "Tsv66.java")])
    # the node tools run from the folder that holds their npm packages
    with open(os.path.join(TOOLS, "export66.mjs"), "rb") as f, open(os.path.join(NPM_DIR, "export66.mjs"), "wb") as g:
        g.write(f.read())
    os.makedirs(STAGE, exist_ok=True)
    os.makedirs(DOCS, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(DATA, "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        doc = json.load(open(path, encoding="utf-8"))
        st = stage(doc)
        sp = os.path.join(STAGE, doc_id + ".json")
        with open(sp, "w", encoding="utf-8") as f:
            json.dump(st, f, ensure_ascii=False)
        base = os.path.join(DOCS, doc_id)
        # .xlsx: the report batch; .pipe_bare.txt: xlscat of it
        run(["perl", os.path.join(TOOLS, "xlsx66.pl"), sp, base + ".xlsx"])
        redate(base + ".xlsx")
        run(["perl", XLSCAT, "-s", "|", base + ".xlsx"], base + ".pipe_bare.txt")
        # .tab.tsv: the data-exchange job (Commons CSV TDF) over the staged cells
        cells = os.path.join(STAGE, doc_id + ".cells")
        with open(cells, "w", encoding="utf-8") as f:
            for row in st["rows"]:
                assert not any(c and ("\n" in c or "\x1f" in c) for c in row)
                f.write("\x1f".join("\x1e" if c is None else c for c in row) + "\n")
        run(["java", "-cp", JAVA_CP, "Tsv66", cells, base + ".tab.tsv"])
        # .csv: the newsroom's Ruby script; .pipe.txt: Miller's barred print of that CSV
        run(["ruby", os.path.join(TOOLS, "csv66.rb"), sp, base + ".csv"])
        run(
            ["mlr", "--icsv", "--implicit-csv-header", "--opprint", "--barred", "cat", base + ".csv"],
            base + ".pipe.txt",
        )
        # .docx: html-to-docx; lines, lines_dropped (xmlstarlet), flat, oneline (xsltproc) from its document.xml
        run(["node", os.path.join(NPM_DIR, "export66.mjs"), "docx", sp, base + ".docx"])
        redate(base + ".docx")
        xml = os.path.join(STAGE, doc_id + ".document.xml")
        run(["unzip", "-p", base + ".docx", "word/document.xml"], xml)
        ns = ["-N", "w=http://schemas.openxmlformats.org/wordprocessingml/2006/main"]
        run(
            ["xmlstarlet", "sel", *ns, "-t", "-m", "//w:body/w:p | //w:tc", "-m", ".//w:t", "-v", ".", "-b", "-n", xml],
            base + ".lines.txt",
        )
        run(
            [
                "xmlstarlet",
                "sel",
                *ns,
                "-t",
                "-m",
                "//w:body/w:p[.//w:t != ''] | //w:tc[.//w:t != '']",
                "-m",
                ".//w:t",
                "-v",
                ".",
                "-b",
                "-n",
                xml,
            ],
            base + ".lines_dropped.txt",
        )
        run(["xsltproc", os.path.join(TOOLS, "flat66.xsl"), xml], base + ".flat.txt")
        run(["xsltproc", os.path.join(TOOLS, "oneline66.xsl"), xml], base + ".oneline.txt")
        # .aligned_top.txt / .aligned_centered.txt: the console print (table 6.9.0)
        run(["node", os.path.join(NPM_DIR, "export66.mjs"), "aligned", sp, base + ".aligned_top.txt", "top"])
        run(["node", os.path.join(NPM_DIR, "export66.mjs"), "aligned", sp, base + ".aligned_centered.txt", "middle"])
        print(doc_id)


if __name__ == "__main__":
    main()
