"""Check that every cell of data/<doc>.json survives in every text shape, the XLSX and the DOCX of docs/.
Rebuilds each project's sheet rows from data/ (render38.sheet_rows) and parses each file back.
Usage: python tools/check_shapes.py /work/blind38 [docs_dir]"""

import csv, glob, io, json, os, sys
from collections import Counter

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
sys.path.insert(0, HERE)
from render38 import sheet_rows  # noqa: E402


def padded(rows):
    W = max(len(r) for r in rows[1:])
    return [r + [""] * (W - len(r)) for r in rows]


def ns(s):
    return Counter(c for c in s if not c.isspace())


def check_doc(doc, base):
    P = sheet_rows(doc)
    bad = []

    def rd(ext, enc="utf-8"):
        return open(base + ext, "rb").read().decode(enc)

    # pipe: 【title】 then bar rows of column -t
    got, cur = [], None
    for line in rd(".pipe.txt").split("\n"):
        if line.startswith("【"):
            cur = [[line[1:-1]]]
            got.append(cur)
        elif line.startswith("| "):
            cur.append([c.rstrip() for c in line[2:-2].split(" | ")])
    want = [[[p[0][0]]] + [[c.replace("\n", " ") for c in r] for r in padded(p)[1:]] for p in P]
    if got != want:
        bad.append(".pipe.txt")
    # pipe_bare: csv with '|'
    t = rd(".pipe_bare.txt")
    back = io.StringIO(newline="")
    rows = list(csv.reader(io.StringIO(t, newline=""), delimiter="|"))
    csv.writer(back, delimiter="|").writerows(rows)  # parsed back and written again: CRLF row ends, minimal quoting
    if rows != [r for p in P for r in p] or back.getvalue() != t:
        bad.append(".pipe_bare.txt")
    # tab: CRLF rows, tabs, padded per project
    if [l.split("\t") for l in rd(".tab.tsv").split("\r\n")] != [r for p in P for r in padded(p)]:
        bad.append(".tab.tsv")
    # csv: BOM, empty line between projects
    t = rd(".csv")
    want = []
    for i, p in enumerate(P):
        want += ([[]] if i else []) + p
    if not t.startswith("\ufeff") or list(csv.reader(io.StringIO(t[1:], newline=""))) != want:
        bad.append(".csv")
    # lines: every cell of the padded rows, a cell's line break a line of its own
    cells = [c for p in P for r in padded(p) for c in r]
    wl = "\n".join(cells).split("\n")
    gl = rd(".lines.txt").split("\n")
    if gl[-1] != "" or gl[:-1] != wl:
        bad.append(".lines.txt")
    gd = rd(".lines_dropped.txt").split("\n")
    if gd[-1] != "" or gd[:-1] != [l for l in wl if l]:
        bad.append(".lines_dropped.txt")
    # flat / oneline
    rowtexts = []
    for i, p in enumerate(P):
        rowtexts += ([""] if i else []) + ["".join(r).replace("\n", "") for r in p]
    if rd(".flat.txt").split("\n") != rowtexts + [""]:
        bad.append(".flat.txt")
    if rd(".oneline.txt").split("\n") != ["".join("".join(r).replace("\n", "") for r in p) for p in P] + [""]:
        bad.append(".oneline.txt")
    # aligned: every cell's characters present
    allc = ns("".join(c for p in P for r in p for c in r))
    for ext in (".aligned_top.txt", ".aligned_centered.txt"):
        g = ns(rd(ext))
        if any(g[k] < v for k, v in allc.items()):
            bad.append(ext)
    # xlsx
    from openpyxl import load_workbook

    ws = load_workbook(base + ".xlsx")["项目绩效目标"]
    gx = Counter(str(c.value) for row in ws.iter_rows() for c in row if c.value not in (None, ""))
    if gx != Counter(c for p in P for r in p for c in r if c) or not ws.merged_cells.ranges:
        bad.append(".xlsx")
    # docx: distinct cell texts (a merged cell repeats) and the titles
    from docx import Document

    d = Document(base + ".docx")
    gd = {c.text for t in d.tables for row in t.rows for c in row.cells if c.text}
    gd |= {p.text for p in d.paragraphs if p.text}
    if gd != {c for p in P for r in p for c in r if c}:
        bad.append(".docx")
    return bad


def check(docs_dir):
    out = {}
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        doc = json.load(open(path, encoding="utf-8"))
        out[doc_id] = check_doc(doc, os.path.join(docs_dir, doc_id))
    return out


if __name__ == "__main__":
    docs_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "docs")
    res = check(docs_dir)
    n = 0
    for k, v in res.items():
        n += 12
        print(k, "OK" if not v else "FAILED: " + " ".join(v))
    print("ALL OK (%d files)" % n if not any(res.values()) else "FAILED")
