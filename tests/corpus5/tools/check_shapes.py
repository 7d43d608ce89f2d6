"""Cell-survival check of the text shapes and the XLSX made by render5.py (own code).

For every document and every shape: every non-empty cell of data/ (title, header keys and values, grid
header names, grid cells) must come back:
- pipe, pipe_bare, tab, flat, oneline: as a substring of the file, exactly;
- csv: as a parsed CSV cell, line breaks inside cells removed;
- lines, lines_dropped: as a line (grid header names of the broken-header documents joined first);
- aligned_top, aligned_centered: every wrapped piece of the cell (at some column width the renderer uses)
  as a substring of the file, and the pieces joined give the cell;
- xlsx: as the text a cell shows (its value through its number format).
Also: 13 files per document.  Usage: python tools/check_shapes.py [/work/blind5]
"""

import csv
import glob
import os
import sys

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
sys.path.insert(0, HERE)
import render5  # noqa: E402

SUFFIXES = [
    ".pipe.txt",
    ".pipe_bare.txt",
    ".tab.tsv",
    ".csv",
    ".lines.txt",
    ".lines_dropped.txt",
    ".aligned_top.txt",
    ".aligned_centered.txt",
    ".flat.txt",
    ".oneline.txt",
    ".xlsx",
    ".pdf",
    ".pdftotext.txt",
]


def cells_of(doc):
    out = [doc["title"]]
    for p in doc["projects"]:
        out += [s for kv in p["header"] for s in kv]
        out += p["columns"]
        out += [c for r in p["rows"] for c in r]
    return [c for c in out if c]


def check(doc_id):
    doc = render5.load(doc_id)
    cells = cells_of(doc)
    base = os.path.join(HERE, "docs", doc_id)
    problems = []
    for suf in SUFFIXES:
        if not os.path.exists(base + suf):
            problems.append("missing " + suf)
    for suf in (".pipe.txt", ".pipe_bare.txt", ".tab.tsv", ".flat.txt", ".oneline.txt"):
        text = open(base + suf, encoding="utf-8", newline="").read()
        for c in cells:
            if c not in text:
                problems.append("%s lacks %r" % (suf, c))
    with open(base + ".csv", encoding="utf-8", newline="") as f:
        got = {c.replace("\n", "") for row in csv.reader(f) for c in row}
    for c in cells:
        if c not in got:
            problems.append(".csv lacks %r" % c)
    for suf in (".lines.txt", ".lines_dropped.txt"):
        lines = [l.rstrip("\u3000") for l in open(base + suf, encoding="utf-8").read().split("\n")]
        joined = set(lines) | {a + b for a, b in zip(lines, lines[1:])}
        for c in cells:
            if c not in joined:
                problems.append("%s lacks %r" % (suf, c))
    for mode in ("top", "centered"):
        text = open(base + ".aligned_%s.txt" % mode, encoding="utf-8").read()
        a = render5.Aligned(mode)
        widths = sorted({a.colw(n) for n in render5.COLW_CHAR} | set(range(4 * a.k, 200)))
        for c in cells:
            ok = False
            for w in widths:
                pieces = render5.wrap(c, w, a.wf)
                if "".join(pieces) == c and all(pc in text for pc in pieces):
                    ok = True
                    break
            if not ok:
                problems.append(".aligned_%s lacks %r" % (mode, c))
    from openpyxl import load_workbook

    ws = load_workbook(base + ".xlsx").active
    shown = set()
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            fmt = None if cell.number_format == "General" else cell.number_format
            shown.add(render5.shown(cell.value, fmt) if not isinstance(cell.value, str) else cell.value)
    for c in cells:
        if c not in shown:
            problems.append(".xlsx lacks %r" % c)
    return problems


def main():
    bad = 0
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.splitext(os.path.basename(path))[0]
        pr = check(doc_id)
        print(doc_id, "OK" if not pr else "PROBLEMS")
        for p in pr:
            print("   !", p)
        bad += len(pr)
    print("ALL OK" if not bad else "FAILED (%d)" % bad)


if __name__ == "__main__":
    main()
