"""blind39: every cell survives in every shape.  Rebuild the sheet rows from data/ and parse each file back."""

import csv, io, json, os, sys, glob, re, zipfile, collections
import openpyxl, docx

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from render39 import sheet_rows, trim

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")


def check(doc_id):
    doc = json.load(open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8"))
    base = os.path.join(HERE, "docs", doc_id)
    rows = sheet_rows(doc)
    W = max(len(r) for r in rows)
    padded = [r + [""] * (W - len(r)) for r in rows]
    bad = []
    raw = open(base + ".tab.tsv", "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        bad.append("tab: no BOM")
    got = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), dialect="excel-tab"))
    if got != padded:
        bad.append("tab: rows differ")
    if raw.count(b"\n") != raw.count(b"\r\n"):
        bad.append("tab: bare LF")
    raw = open(base + ".csv", "rb").read()
    got = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    if got != [trim(r) for r in rows]:
        bad.append("csv: rows differ")
    if not raw.startswith(b"\xef\xbb\xbf"):
        bad.append("csv: no BOM")
    lines = open(base + ".pipe.txt", encoding="utf-8").read().split("\n")[:-1]
    got = [[c.strip() for c in l[1:-1].split("|")] for l in lines]
    if [trim(g) for g in got] != [trim([c.strip() for c in r]) for r in padded if any(r)]:
        bad.append("pipe: rows differ")
    lines = open(base + ".pipe_bare.txt", encoding="utf-8").read().split("\n")[:-1]
    if [l.split("|") for l in lines] != padded:
        bad.append("pipe_bare: rows differ")
    lines = open(base + ".lines.txt", "rb").read().decode("utf-8-sig").split("\n")
    want = [c for r in padded for c in r]
    got = [l.rstrip("\r") for l in lines][: len(want)]
    if got != want:
        bad.append("lines: cells differ")
    lines = open(base + ".lines_dropped.txt", "rb").read().decode("utf-8-sig").split("\n")[:-1]
    if [l.rstrip("\r") for l in lines] != [c for c in want if c]:
        bad.append("lines_dropped: cells differ")
    flat = open(base + ".flat.txt", encoding="utf-8").read()
    if flat != "".join("".join(r) + "\n" for r in rows):
        bad.append("flat differs")
    one = open(base + ".oneline.txt", encoding="utf-8").read()
    if one != "".join("".join(r) for r in rows) or "\n" in one:
        bad.append("oneline differs")
    for sh in ("aligned_top", "aligned_centered"):
        txt = collections.Counter(re.sub(r"\s", "", open(base + "." + sh + ".txt", encoding="utf-8").read()))
        need = collections.Counter(re.sub(r"\s", "", "".join(c for r in rows for c in r)))
        if need - txt:
            bad.append(sh + ": characters missing %r" % (need - txt))
    wb = openpyxl.load_workbook(base + ".xlsx")
    vals = collections.Counter(
        str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value not in (None, "")
    )
    need = collections.Counter(c for r in rows for c in r if c)
    if need - vals:
        bad.append("xlsx: cells missing %r" % list(need - vals)[:5])
    if not any(ws.merged_cells.ranges for ws in wb):
        bad.append("xlsx: no merged cells")
    d = docx.Document(base + ".docx")
    texts = set(c.text for t in d.tables for r in t.rows for c in r.cells) | set(p.text for p in d.paragraphs)
    miss = set(c for r in rows for c in r if c) - texts
    if miss:
        bad.append("docx: missing %r" % list(miss)[:5])
    return bad


if __name__ == "__main__":
    n = 0
    allok = True
    for f in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        d = os.path.basename(f)[:-5]
        b = check(d)
        n += 12
        print(d, "OK" if not b else b)
        allok &= not b
    print("ALL OK (%d files)" % n if allok else "FAILED")
