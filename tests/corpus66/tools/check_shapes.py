"""Check that every shape in docs/ holds every cell of data/ (own code).  Usage: python tools/check_shapes.py [corpus]

Each shape is read back the way its writer wrote it and compared with the staged sheet (render66.stage, rebuilt here
from data/<doc>.json):
- .pipe_bare.txt (xlscat -s '|'): split at '|', row for row, every row W cells, a NULL or merged-away cell empty;
- .tab.tsv (Commons CSV TDF): python's csv module (tab, '"', CRLF), row for row;
- .csv (Ruby's CSV): byte for byte against Ruby's rules (nil nothing, "" as "", quotes only where needed, LF);
- .pipe.txt (Miller --opprint --barred): rule lines skipped, cells between ' | ', the key line 1..W first;
- .lines.txt / .lines_dropped.txt (xmlstarlet), .flat.txt / .oneline.txt (xsltproc): byte for byte against what the
  query and stylesheets make of the Word table model (title paragraph, one table a project, html-to-docx's empty
  paragraph after each table, a merged label's continuation cells present and empty);
- .aligned_top.txt / .aligned_centered.txt (table 6.9.0): the multiset of non-space characters;
- .xlsx: the multiset of non-empty cell values and the merged ranges; .docx: its paragraphs and every table's cells;
- .pdftotext.txt: the multiset of non-space characters, leaving out the 部门收支总表 page, page numbers `- n -`, each
  project's title and the PDF's 总体目标 label, and the grid header repeated on a continued page.
"""

import collections
import csv
import glob
import io
import json
import os
import re
import sys
import zipfile

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render66 import stage  # noqa: E402

W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def blank(row):
    return ["" if c is None else c for c in row]


def chars(texts):
    return collections.Counter(ch for t in texts for ch in t if not ch.isspace())


def diff(a, b):
    d = (a - b) + (b - a)
    return dict(list(d.items())[:8])


def word_model(st):
    """Lines of the Word file as the xmlstarlet query gives them: body paragraphs and table cells in order."""
    out = []
    for i, p in enumerate(st["projects"]):
        if i:
            out.append("")  # the <p></p> between projects
        out.append(st["title"])
        cells = []
        for r in p["pairs"]:
            cells.append(blank(st["rows"][r][:2]))
        cells.append(st["rows"][p["head"]][: p["w"]])
        for r in range(p["grid"][0], p["grid"][1] + 1):
            cells.append(blank(st["rows"][r][: p["w"]]))
        out.append(cells)
        out.append("")  # html-to-docx's paragraph after a table
    return out


def check_doc(doc_id):
    probs = []
    doc = json.load(open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8"))
    st = stage(doc)
    rows, W = st["rows"], st["W"]
    base = os.path.join(HERE, "docs", doc_id)
    want = [blank(r) for r in rows]

    def read(ext):
        with open(base + ext, "rb") as f:
            return f.read().decode("utf-8")

    # the staging itself holds every data cell
    flat_stage = collections.Counter(c for r in rows for c in r if c)
    for p in doc["projects"]:
        for s in [x for kv in p["header"] for x in kv] + p["columns"] + [c for r in p["rows"] for c in r]:
            if s and flat_stage[s] == 0:
                probs.append("staging lacks %r" % s)
    # xlscat
    got = [line.split("|") for line in read(".pipe_bare.txt").split("\n")[:-1]]
    if got != want:
        probs.append("pipe_bare: %s" % first_diff(got, want))
    # Commons CSV TDF
    t = read(".tab.tsv")
    got = list(csv.reader(io.StringIO(t, newline=""), delimiter="\t", quotechar='"'))
    if got != want or not t.endswith("\r\n") or t.count("\r\n") != len(rows):
        probs.append("tab: %s" % first_diff(got, want))

    # Ruby CSV
    def rb(c):
        if c is None:
            return ""
        if c == "":
            return '""'
        return '"%s"' % c.replace('"', '""') if re.search(r'[,"\r\n]', c) else c

    if read(".csv") != "".join(",".join(rb(c) for c in r) + "\n" for r in rows):
        got = list(csv.reader(io.StringIO(read(".csv"), newline="")))
        probs.append("csv: %s" % first_diff(got, want))
    # Miller barred
    got = []
    for line in read(".pipe.txt").split("\n"):
        if line.startswith("| ") and line.endswith(" |"):
            got.append([c.strip() for c in line[2:-2].split(" | ")])
        elif line and not re.fullmatch(r"\+[-+]+\+", line):
            probs.append("pipe: stray line %r" % line[:40])
    if got != [[str(i + 1) for i in range(W)]] + want:
        probs.append("pipe: %s" % first_diff(got[1:], want))
    # the Word model: lines, lines_dropped, flat, oneline
    model = word_model(st)
    lines, flat, one = [], [], []
    for item in model:
        if isinstance(item, str):
            lines.append(item)
            flat.append(item)
        else:
            title = lines[-1]
            for r in item:
                lines += r
                flat.append("".join(r))
            one.append(title + "".join("".join(r) for r in item))
    for ext, exp in (
        (".lines.txt", lines),
        (".lines_dropped.txt", [x for x in lines if x]),
        (".flat.txt", flat),
        (".oneline.txt", one),
    ):
        got = read(ext)
        if got != "".join(x + "\n" for x in exp):
            probs.append("%s: %s" % (ext, first_diff(got.split("\n")[:-1], exp)))
    # the console prints: every character of every cell
    texts = []
    for p in st["projects"]:
        texts.append(st["title"])
        for r in p["pairs"] + [p["head"]] + list(range(p["grid"][0], p["grid"][1] + 1)):
            texts += [c for c in rows[r] if c]
    for ext in (".aligned_top.txt", ".aligned_centered.txt"):
        a, b = chars([read(ext)]), chars(texts)
        if a != b:
            probs.append("%s characters differ: %s" % (ext, diff(a, b)))
    # xlsx: values and merges
    from openpyxl import load_workbook

    ws = load_workbook(base + ".xlsx").worksheets[0]
    got = collections.Counter(str(c.value) for r in ws.iter_rows() for c in r if c.value not in (None, ""))
    exp = collections.Counter(c for r in rows for c in r if c)
    if got != exp:
        probs.append("xlsx values differ: %s" % dict(list(((got - exp) + (exp - got)).items())[:6]))
    if len(ws.merged_cells.ranges) != len(st["merges"]):
        probs.append("xlsx merges %d, want %d" % (len(ws.merged_cells.ranges), len(st["merges"])))
    # docx: paragraphs and tables, read with ElementTree
    import xml.etree.ElementTree as ET

    body = ET.fromstring(zipfile.ZipFile(base + ".docx").read("word/document.xml")).find(W_NS + "body")
    got = []
    for el in body:
        if el.tag == W_NS + "p":
            got.append("".join(t.text or "" for t in el.iter(W_NS + "t")))
        elif el.tag == W_NS + "tbl":
            got.append(
                [
                    ["".join(t.text or "" for t in tc.iter(W_NS + "t")) for tc in tr.findall(W_NS + "tc")]
                    for tr in el.findall(W_NS + "tr")
                ]
            )
    if got != model:
        probs.append("docx differs from the model")
    # pdftotext
    pages = read(".pdftotext.txt").split("\f")
    if doc_id in EXTRA_TABLE_DOCS:
        pages = pages[1:]
    text = "\n".join(re.sub(r"(?m)^\s*-\s*\d+\s*-\s*$", "", pg) for pg in pages)
    exp = []
    for p in doc["projects"]:
        exp.append(doc["title"])
        exp += [s for kv in p["header"] for s in kv] + p["columns"] + [c for r in p["rows"] for c in r]
        if any(k in GOAL_KEYS for k, _ in p["header"]):
            exp.append("总体目标")
        exp += p["columns"] * (len(PARTS.get(p["header"][0][1], [1])) - 1)
    a, b = chars([text]), chars(exp)
    if a != b:
        probs.append("pdftotext characters differ: %s" % diff(a, b))
    return probs


def first_diff(got, want):
    for i, (a, b) in enumerate(zip(got, want)):
        if a != b:
            return "line %d: got %r want %r" % (i + 1, a, b)
    return "length %d, want %d" % (len(got), len(want))


def main():
    global EXTRA_TABLE_DOCS, GOAL_KEYS
    import check_pdf  # the grid parts of each PDF (a continued grid repeats its header)
    from render_pdf import EXTRA_TABLE_DOCS, GOAL_KEYS

    check_pdf.HERE = HERE
    ok, n = True, 0
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        parts = {p["header"][0][1]: p["_parts"] for p in check_pdf.check(doc_id)[0]["projects"]}
        PARTS.clear()
        PARTS.update(parts)
        probs = check_doc(doc_id)
        n += 14
        print("%s: %s" % (doc_id, "OK" if not probs else "PROBLEMS"))
        for pr in probs:
            print("   !", pr)
            ok = False
    print("ALL OK (%d files)" % n if ok else "FAILED")
    return 0 if ok else 1


PARTS = {}
EXTRA_TABLE_DOCS, GOAL_KEYS = {}, ()

if __name__ == "__main__":
    sys.exit(main())
