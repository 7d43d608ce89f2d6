"""Cell-survival check of the ten text shapes and the XLSX (uses render16.rows_of for the cell order)."""

import collections, csv, glob, io, json, os, sys

HERE = os.path.abspath(sys.argv[1])
sys.path.insert(0, HERE)
from render16 import rows_of  # noqa: E402

bad = []


def chk(name, got, want):
    if got != want:
        i = next((k for k, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
        bad.append("%s: differs at item %d: %r vs %r" % (name, i, got[i : i + 1], want[i : i + 1]))


for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
    d = os.path.basename(path)[:-5]
    doc = json.load(open(path, encoding="utf-8"))
    projs = rows_of(doc)
    rows = [c for p in projs for k, c in p]
    cells = [x for r in rows for x in r]
    f = lambda s: open(os.path.join(HERE, "docs", d + "." + s), encoding="utf-8", newline="").read()
    chk(d + " pipe_bare", [l.split(" | ") for l in f("pipe_bare.txt").splitlines()], rows)
    chk(d + " tsv", [l.split("\t") for l in f("tab.tsv").splitlines()], rows)
    chk(d + " csv", list(csv.reader(io.StringIO(f("csv")))), rows)
    pipe = [l[2:-2].split(" | ") for l in f("pipe.txt").splitlines() if l.startswith("| ")]
    chk(d + " pipe", pipe, [r for r in rows if len(r) > 1 or r == [""]])
    chk(d + " lines", [l for l in f("lines.txt").splitlines() if l != "----------"], cells)
    chk(
        d + " lines_dropped",
        [l for l in f("lines_dropped.txt").splitlines() if l != "----------"],
        [x for x in cells if x],
    )
    chk(d + " flat", f("flat.txt").splitlines(), ["".join(r) for r in rows])
    chk(d + " oneline", f("oneline.txt"), " ".join("".join(r) for r in rows) + "\n")
    for s in ("aligned_top.txt", "aligned_centered.txt"):
        lines = f(s).replace("\f", "").splitlines()
        furn = [l for l in lines if l.strip().startswith("- ") and l.strip().endswith(" -")]
        body = [l for l in lines if l not in furn]
        if any(len(l) and len(l) > 200 for l in body):
            bad.append(d + " " + s + ": overlong line")
        chk(d + " " + s + " chars", sorted("".join(body).replace(" ", "")), sorted("".join(cells).replace(" ", "")))
    from openpyxl import load_workbook

    wb = load_workbook(os.path.join(HERE, "docs", d + ".xlsx"))
    got = [str(c) for ws in wb.worksheets for r in ws.iter_rows(values_only=True) for c in r if c not in (None, "")]
    chk(d + " xlsx", got, [x for x in cells if x])
print("\n".join(bad) or "ALL OK")
sys.exit(1 if bad else 0)
