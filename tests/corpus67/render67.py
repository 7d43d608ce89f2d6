"""blind67's renderings: data/<doc>.json -> docs/<doc>.{xlsx,docx,csv,tab.tsv,pipe_bare.txt,pipe.txt,lines.txt,
lines_dropped.txt,aligned_top.txt,aligned_centered.txt,flat.txt,oneline.txt}.

Own code that only STAGES the tables (the disclosure platform's sheet of each document and its web page) and runs
the real programs that write every shape (see README "Renderings"):
  node v20 + SheetJS CE 0.18.5 (vue-element-admin's Export2Excel helper)  -> .xlsx
  node + html-to-docx 1.8.0 over the page                                -> .docx
  unzip + xmlstarlet 1.6.1 over the .docx's word/document.xml            -> .lines.txt
  ripgrep 13.0.0 `rg -v '^$'`                                            -> .lines_dropped.txt
  ruby 3.1 csv 3.2.2 (a Rails mirror's CSV.generate)                      -> .csv
  Miller 6.6.0 `mlr --icsv --otsv -N cat`                                 -> .tab.tsv
  csvtool 2.4 `csvtool -u '|' cat`                                        -> .pipe_bare.txt
  ruby + terminal-table 3.0.2                                             -> .pipe.txt
  node + table 6.10.1 (gajus), spanning labels top / middle              -> .aligned_top.txt, .aligned_centered.txt
  xsltproc 1.1.35 --html over the page                                    -> .flat.txt
  ruby -00 (paragraph mode) over the flat text                            -> .oneline.txt
Usage: NPM_DIR=/tmp/b67/npm python render67.py [corpus folder]   (staging written to /tmp/b67/stage)
"""

import glob
import html
import json
import os
import subprocess
import sys
import zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS, TOOLS = (os.path.join(HERE, d) for d in ("data", "docs", "tools"))
STAGE = "/tmp/b67/stage"
NPM_DIR = os.environ.get("NPM_DIR", "/tmp/b67/npm")
CATS = ("一级指标", "二级指标")
LANDSCAPE = ("coded", "self_evaluation")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DATE = (2025, 3, 20, 9, 0, 0)


def colname(j):
    s = ""
    j += 1
    while j:
        j, rem = divmod(j - 1, 26)
        s = chr(65 + rem) + s
    return s


def a1(r0, c0, r1, c1):
    return "%s%d:%s%d" % (colname(c0), r0 + 1, colname(c1), r1 + 1)


def grid_rows(p):
    """The project's grid rows with every merged continuation cell of a 一级/二级 block None (own-empty cells stay "")."""
    cats = [j for j, c in enumerate(p["columns"]) if c in CATS]
    rows = []
    for r in p["rows"]:
        rows.append([None if (j in cats and v == "") else v for j, v in enumerate(r)])
    return cats, rows


def stage(doc_id, doc):
    W = max(max(len(p["columns"]), 2) for p in doc["projects"])
    sheet, merges, projects = [[doc["title"]] + [None] * (W - 1)], [a1(0, 0, 0, W - 1)], []
    page = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8"><title>%s</title></head><body>' % html.escape(doc["title"]),
        "<h2>%s</h2>" % html.escape(doc["title"]),
    ]

    def cell(v, tag="td", span=""):
        t = html.escape(v).replace("\n", "<br/>")
        return "<%s%s>%s</%s>" % (tag, span, t, tag)

    for i, p in enumerate(doc["projects"]):
        cats, rows = grid_rows(p)
        w = len(p["columns"])
        if i:
            sheet.append([None] * W)
            page.append("<p></p>")
        page.append('<table border="1" cellspacing="0" cellpadding="4">')
        for k, v in p["header"]:
            merges.append(a1(len(sheet), 1, len(sheet), W - 1))
            sheet.append([k, v] + [None] * (W - 2))
            page.append("<tr>%s%s</tr>" % (cell(k), cell(v, span=' colspan="%d"' % (w - 1))))
        sheet.append(list(p["columns"]) + [None] * (W - w))
        page.append("<tr>%s</tr>" % "".join(cell(c, "th") for c in p["columns"]))
        top = len(sheet)
        span = {}  # (row, col) -> rows its label spans
        for j in cats:
            start = None
            for k in range(len(rows) + 1):
                if k == len(rows) or rows[k][j] is not None:
                    if start is not None and k - start > 1:
                        span[(start, j)] = k - start
                        merges.append(a1(top + start, j, top + k - 1, j))
                    start = k
        for k, r in enumerate(rows):
            sheet.append(r + [None] * (W - w))
            tds = []
            for j, v in enumerate(r):
                if v is None:
                    continue
                n = span.get((k, j))
                tds.append(cell(v, span=' rowspan="%d" colspan="1"' % n if n else ""))
            page.append("<tr>%s</tr>" % "".join(tds))
        page.append("</table>")
        projects.append({"header": p["header"], "columns": p["columns"], "rows": rows, "cats": cats})
    page.append("</body></html>")
    os.makedirs(STAGE, exist_ok=True)
    hp = os.path.join(STAGE, doc_id + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write("\n".join(page) + "\n")
    st = {
        "title": doc["title"],
        "landscape": doc["variant"] in LANDSCAPE,
        "W": W,
        "sheet": sheet,
        "merges": merges,
        "projects": projects,
        "html": hp,
    }
    sp = os.path.join(STAGE, doc_id + ".json")
    with open(sp, "w", encoding="utf-8") as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
    return sp, hp


def redate(path):
    """Rewrite a zip (xlsx/docx) with every member dated DATE, so that reruns give the same bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def run(cmd, out=None, **kw):
    if out is None:
        subprocess.run(cmd, check=True, **kw)
        return
    with open(out, "wb") as f:
        subprocess.run(cmd, check=True, stdout=f, **kw)


def render(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        doc = json.load(f)
    sp, hp = stage(doc_id, doc)
    d = lambda ext: os.path.join(DOCS, doc_id + ext)  # noqa: E731
    env = dict(os.environ, NPM_DIR=NPM_DIR)
    mjs, rb = os.path.join(TOOLS, "export67.mjs"), os.path.join(TOOLS, "export67.rb")
    # the portal: 导出Excel, 导出Word
    run(["node", mjs, "xlsx", sp, d(".xlsx")], env=env)
    redate(d(".xlsx"))
    run(["node", mjs, "docx", sp, d(".docx")], env=env)
    redate(d(".docx"))
    # a researcher's xmlstarlet one-liner over the Word file; ripgrep over its output
    xml = subprocess.run(["unzip", "-p", d(".docx"), "word/document.xml"], check=True, capture_output=True).stdout
    run(
        [
            "xmlstarlet",
            "sel",
            "-N",
            "w=" + W_NS,
            "-t",
            "-m",
            "//w:body/w:p | //w:tc",
            "-m",
            ".//w:t",
            "-v",
            ".",
            "-b",
            "-n",
        ],
        d(".lines.txt"),
        input=xml,
    )
    run(["rg", "-v", "^$", d(".lines.txt")], d(".lines_dropped.txt"))
    # the Rails mirror's CSV; Miller and csvtool over it
    run(["ruby", rb, "csv", sp], d(".csv"))
    run(["mlr", "--icsv", "--otsv", "-N", "cat", d(".csv")], d(".tab.tsv"))
    run(["csvtool", "-u", "|", "cat", d(".csv")], d(".pipe_bare.txt"))
    # prints: terminal-table (ruby), table (node)
    run(["ruby", rb, "pipe", sp], d(".pipe.txt"))
    run(["node", mjs, "top", sp, d(".aligned_top.txt")], env=env)
    run(["node", mjs, "centered", sp, d(".aligned_centered.txt")], env=env)
    # the search indexer: xsltproc over the page, ruby's paragraph mode over its text
    run(["xsltproc", "--html", os.path.join(TOOLS, "flat67.xsl"), hp], d(".flat.txt"))
    run(["ruby", "-00", "-ne", 'puts $_.delete("\\n")', d(".flat.txt")], d(".oneline.txt"))


def main():
    os.makedirs(DOCS, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(DATA, "*.json"))):
        doc_id = os.path.splitext(os.path.basename(path))[0]
        render(doc_id)
        print(doc_id)


if __name__ == "__main__":
    main()
