"""Check every cell of data/ survives in every text shape, XLSX and DOCX (own code). Usage: check_shapes.py DIR"""

import csv, glob, io, json, os, sys, re
import openpyxl, docx

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
sys.path.insert(0, HERE)
import render48 as R


def check(doc_id):
    doc = json.load(open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8"))
    base = os.path.join(HERE, "docs", doc_id)
    W = R.width(doc)
    prj = [[[c.replace("\n", " ") for c in r] for r in rows] for rows in R.staged(doc)]
    own = [r for rows in prj for r in rows]
    padded = [r + [""] * (W - len(r)) for r in own]
    cells = [c for r in own for c in r]
    bad = []
    rd = lambda s: open(base + s, "rb").read()
    # pipe: tables, rule rows skipped, cells stripped
    got = [
        [c.strip() for c in l[2:-2].split(" | ")]
        for l in rd(".pipe.txt").decode().split("\n")
        if l.startswith("| ") and not re.match(r"^\| -+ ", l)
    ]
    if got != padded:
        bad.append("pipe")
    got = [l.split("|") for l in rd(".pipe_bare.txt").decode().split("\n") if l]
    if got != own:
        bad.append("pipe_bare")
    got = [l.split("\t") for l in rd(".tab.tsv").decode().split("\n") if l]
    if got != padded:
        bad.append("tab")
    got = list(csv.reader(io.StringIO(rd(".csv").decode("gb18030"), newline="")))
    if got != [r + [""] * (W - len(r)) for rows in R.staged(doc) for r in rows] or b"\r\n" not in rd(".csv"):
        bad.append("csv")
    lines = rd(".lines.txt").decode().split("\n")
    want = []
    for i, rows in enumerate(prj):
        if i:
            want.append("")
        want += [c for r in rows for c in r]
    if lines[:-1] != want:
        bad.append("lines")
    if rd(".lines_dropped.txt").decode().split("\n")[:-1] != [c for c in want if c.strip()]:
        bad.append("lines_dropped")
    for s in (".aligned_top.txt", ".aligned_centered.txt"):
        t = re.sub(r"\s", "", rd(s).decode())
        from collections import Counter

        need = Counter(re.sub(r"\s", "", "".join(cells)))
        have = Counter(t)
        if need - have:
            bad.append(s)
    fl = rd(".flat.txt").decode().split("\n")
    wantf = []
    for i, rows in enumerate(prj):
        if i:
            wantf.append("")
        wantf += ["".join(r) for r in rows]
    if fl[:-1] != wantf:
        bad.append("flat")
    ol = rd(".oneline.txt").decode().split("\n")[:-1]
    if ol != ["".join("".join(r) for r in rows) for rows in prj]:
        bad.append("oneline")
    wb = openpyxl.load_workbook(base + ".xlsx")
    xs = sorted(str(c.value) for row in wb.active.iter_rows() for c in row if c.value not in (None, ""))
    raw = [
        c
        for p in doc["projects"]
        for c in [doc["title"]]
        + [x for kv in p["header"] for x in kv]
        + p["columns"]
        + [x for r in p["rows"] for x in r]
    ]
    if xs != sorted(c for c in raw if c):
        bad.append("xlsx")
    if not wb.active.merged_cells.ranges:
        bad.append("xlsx merges")
    d = docx.Document(base + ".docx")
    seen = set()
    dtext = []
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                if c._tc in seen:
                    continue
                seen.add(c._tc)
                dtext.append(c.text)
    nonempty = [
        c
        for p in doc["projects"]
        for c in [x for kv in p["header"] for x in kv] + p["columns"] + [x for r in p["rows"] for x in r]
        if c
    ]
    from collections import Counter

    if Counter(nonempty) - Counter(dtext):
        bad.append("docx")
    return bad


ok = True
n = 0
for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
    doc_id = os.path.basename(path)[:-5]
    bad = check(doc_id)
    n += 12
    print(doc_id, "OK" if not bad else "BAD " + ", ".join(bad))
    ok = ok and not bad
print("ALL OK (%d files)" % n if ok else "FAILED")
