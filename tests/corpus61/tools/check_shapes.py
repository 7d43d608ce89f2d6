"""Check that every cell of data/<doc>.json survives in every rendering (own code).

Usage: python tools/check_shapes.py /work/blind61 [docs_dir]
Rebuilds the sheet rows from data/ (render61.sheet) and parses each file back: kable tables at their bars, the
Redshift unload at `|`, the BigQuery TSV with python's csv (names line and rn column cut), the SSMS CSV at `,` with
`NULL` empty, lines / lines_dropped / flat / oneline line for line, the XLSX cell for cell (openpyxl), the DOCX table
cells (python-docx), and for the space-aligned texts and pdftotext the multiset of non-space characters (every grid
and header cell's characters must be there).  Prints one line per failing file and ALL OK or FAILED.
"""

import collections
import csv
import glob
import io
import json
import os
import re
import sys

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
DOCS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(HERE, "docs")
sys.argv = sys.argv[:2]
sys.path.insert(0, HERE)
import render61  # noqa: E402


def read(path, enc="utf-8"):
    with open(path, encoding=enc, newline="") as f:
        return f.read()


def check_doc(doc_id):
    doc = json.load(open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8"))
    sh = [cells for _, _, cells in render61.sheet(doc)]
    base = os.path.join(DOCS, doc_id)
    bad = {}

    def expect(shape, ok, why=""):
        if not ok:
            bad[shape] = why

    # pipe (kable)
    got = []
    for ln in read(base + ".pipe.txt").split("\n"):
        if ln.startswith("|") and not ln.startswith("|:"):
            got.append([c.rstrip() for c in ln[1:-1].split("|")])
    want = []
    for p in doc["projects"]:
        want += [list(kv) for kv in p["header"]] + [p["columns"]] + [list(r) for r in p["rows"]]
    expect("pipe.txt", got == want, "kable rows differ")
    # pipe_bare (Redshift)
    got = [ln.split("|") for ln in read(base + ".pipe_bare.txt").split("\n")[:-1]]
    expect("pipe_bare.txt", got == sh, "unload rows differ")
    # tab (BigQuery)
    rows = list(csv.reader(io.StringIO(read(base + ".tab.tsv")), delimiter="\t"))
    expect(
        "tab.tsv",
        [r[1:] for r in rows[1:]] == sh and [r[0] for r in rows[1:]] == [str(i) for i in range(1, len(sh) + 1)],
        "tsv rows differ",
    )
    # csv (SSMS)
    t = read(base + ".csv")
    ok = t.startswith("\ufeff") and t.endswith("\r\n")
    got = [[("" if c == "NULL" else c) for c in ln.split(",")] for ln in t[1:].split("\r\n")[:-1]]
    assert not any("," in c or c == "NULL" or "\n" in c for r in sh for c in r)
    expect("csv", ok and got == sh, "csv rows differ")
    # lines, lines_dropped, flat, oneline
    cells = [c for r in sh for c in r]
    expect("lines.txt", read(base + ".lines.txt").split("\n")[:-1] == cells, "lines differ")
    expect(
        "lines_dropped.txt",
        read(base + ".lines_dropped.txt").split("\n")[:-1] == [c for c in cells if c],
        "lines differ",
    )
    expect("flat.txt", read(base + ".flat.txt").split("\n")[:-1] == ["".join(r) for r in sh], "flat rows differ")
    parts, cur = [], []
    for kind, k, r in render61.sheet(doc):
        if kind == "gap":
            parts.append(cur)
            cur = []
        else:
            cur += r
    parts.append(cur)
    want = ["%s_p%d.txt:%s" % (doc_id, i, "".join(p)) for i, p in enumerate(parts, 1)]
    expect("oneline.txt", read(base + ".oneline.txt").split("\n")[:-1] == want, "oneline differs")
    # aligned and pdftotext: multiset of non-space characters
    need = collections.Counter()
    for p in doc["projects"]:
        for s in [c for kv in p["header"] for c in kv] + list(p["columns"]) + [c for r in p["rows"] for c in r]:
            need.update(re.sub(r"\s", "", s))
    for shape in ("aligned_top.txt", "aligned_centered.txt", "pdftotext.txt"):
        have = collections.Counter(re.sub(r"\s", "", read(base + "." + shape)))
        lack = need - have
        expect(shape, not lack, "lacks %r" % "".join(sorted(lack.elements()))[:40])
    # xlsx
    import openpyxl

    ws = openpyxl.load_workbook(base + ".xlsx").active
    got = [["" if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)]
    expect("xlsx", got == sh, "sheet cells differ")
    # docx
    import docx

    d = docx.Document(base + ".docx")
    texts = collections.Counter()
    seen = set()
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                texts[c.text] += 1  # a merged cell is given for every grid position it covers
    want_docx = collections.Counter(
        s
        for p in doc["projects"]
        for s in [c for kv in p["header"] for c in kv] + list(p["columns"]) + [c for r in p["rows"] for c in r]
        if s
    )
    lack = {s for s in want_docx if texts[s] == 0}
    expect("docx", not lack, "lacks %s" % sorted(lack)[:3])
    return bad


def main():
    n, failed = 0, []
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.splitext(os.path.basename(path))[0]
        bad = check_doc(doc_id)
        n += 13
        for shape, why in sorted(bad.items()):
            failed.append("%s.%s" % (doc_id, shape))
            print("FAIL %s.%s: %s" % (doc_id, shape, why))
    print("ALL OK (%d files)" % n if not failed else "FAILED (%d of %d files)" % (len(failed), n))
    return failed


if __name__ == "__main__":
    main()
