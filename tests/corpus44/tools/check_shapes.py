"""Check that every cell of data/<doc>.json survives in every text shape, the XLSX and the DOCX (own code).

Each file is parsed back by the rules of its story and compared with rows rebuilt from data/ (not from render44.py).
Usage: python tools/check_shapes.py /work/blind44 [docs-dir]
Exit status 1 and one line per fault when anything is off."""

import collections
import csv
import glob
import html
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.abspath(sys.argv[1])
DOCS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(HERE, "docs")
faults = []


def rows_of(doc):
    """Per project: title, header pairs, grid header, grid rows, each padded to the project's width."""
    out = []
    for p in doc["projects"]:
        w = max(len(p["columns"]), 2)
        rs = [[doc["title"]]] + [list(kv) for kv in p["header"]] + [list(p["columns"])] + [list(r) for r in p["rows"]]
        out.append([r + [""] * (w - len(r)) for r in rs])
    return out


def fault(path, msg):
    faults.append("%s: %s" % (os.path.basename(path), msg))


def read(path):
    with open(path, "rb") as f:
        return f.read()


def chars(s):
    return collections.Counter(re.sub(r"\s", "", s))


def check(doc_id, doc):
    projs = rows_of(doc)
    flat_rows = [r for p in projs for r in p]
    base = os.path.join(DOCS, doc_id)
    tsv_text = "".join("\t".join(r) + "\n" for r in flat_rows)
    # .tab.tsv: LF, tab, no quoting needed
    b = read(base + ".tab.tsv")
    if b != tsv_text.encode("utf-8"):
        got = [l.split("\t") for l in b.decode("utf-8", "replace").split("\n")[:-1]]
        bad = [i for i, (x, y) in enumerate(zip(got, flat_rows)) if x != y]
        fault(base + ".tab.tsv", "rows differ (first at line %s; %d lines vs %d)" % (bad[:1], len(got), len(flat_rows)))
    # .pipe_bare.txt
    b = read(base + ".pipe_bare.txt").decode("utf-8", "replace")
    got = [l.split("|") for l in b.split("\n")[:-1]]
    if got != flat_rows:
        fault(base + ".pipe_bare.txt", "rows differ")
    # .pipe.txt: Obsidian tables, header block table then grid table per project
    b = read(base + ".pipe.txt").decode("utf-8", "replace")
    tables, cur = [], []
    for l in b.split("\n"):
        if l.startswith("|"):
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", l)[1:-1]]
            if not all(re.fullmatch(r"-{3,}", c) for c in cells):
                cur.append([c.replace("\\|", "|") for c in cells])
        elif cur:
            tables.append(cur)
            cur = []
    if cur:
        tables.append(cur)
    want = []
    for p in doc["projects"]:
        want.append([list(kv) for kv in p["header"]])
        want.append([list(p["columns"])] + [list(r) for r in p["rows"]])
    if tables != want:
        fault(base + ".pipe.txt", "tables differ")
    # .csv
    b = read(base + ".csv").decode("utf-8", "replace")
    got = list(csv.reader(io.StringIO(b)))
    w = max(len(r) for r in flat_rows)
    if (
        got[0] != ["c%d" % (j + 1) for j in range(w)]
        or [r[: len(x)] for r, x in zip(got[1:], flat_rows)] != flat_rows
        or len(got) != len(flat_rows) + 1
        or any(c for r, x in zip(got[1:], flat_rows) for c in r[len(x) :])
    ):
        fault(base + ".csv", "rows differ")
    # .lines.txt / .lines_dropped.txt
    cells = [c for r in flat_rows for c in r]
    b = read(base + ".lines.txt").decode("utf-8", "replace")
    if b.split("\n")[:-1] != cells:
        fault(base + ".lines.txt", "cells differ")
    b = read(base + ".lines_dropped.txt").decode("utf-8", "replace")
    if b.split("\n")[:-1] != [c for c in cells if c]:
        fault(base + ".lines_dropped.txt", "cells differ")
    # .flat.txt / .oneline.txt
    flat = ["".join(r) for r in flat_rows]
    b = read(base + ".flat.txt").decode("utf-8", "replace")
    if b.split("\n")[:-1] != flat:
        fault(base + ".flat.txt", "lines differ")
    b = read(base + ".oneline.txt").decode("utf-8", "replace")
    if b.split("\n")[:-1] != ["".join("".join(r) for r in p) for p in projs]:
        fault(base + ".oneline.txt", "project lines differ")
    # aligned: every non-space character of the cells (multiset), nothing else but the rule line
    want = chars("".join(cells))
    for s in ("aligned_top", "aligned_centered"):
        b = read(base + ".%s.txt" % s).decode("utf-8", "replace")
        got = chars("\n".join(l for l in b.split("\n") if not re.fullmatch(r"\s*-{10,}", l)))
        if got != want:
            fault(base + ".%s.txt" % s, "characters differ: missing %s extra %s" % (dict(want - got), dict(got - want)))
    # xlsx: the shared/inline strings and merges
    z = zipfile.ZipFile(base + ".xlsx")
    xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    ss = z.read("xl/sharedStrings.xml").decode("utf-8") if "xl/sharedStrings.xml" in z.namelist() else ""
    strs = [re.sub(r"<[^>]+>", "", x) for x in re.findall(r"<si>(.*?)</si>", ss, re.S)]
    strs = [html.unescape(x) for x in strs]
    vals = [strs[int(v)] for v in re.findall(r'<c [^>]*t="s"[^>]*><v>(\d+)</v>', xml)]
    vals += [html.unescape(v) for v in re.findall(r'<c [^>]*t="inlineStr"[^>]*><is><t[^>]*>([^<]*)</t>', xml)]
    if collections.Counter(vals) != collections.Counter(c for c in cells if c):
        fault(base + ".xlsx", "cell values differ")
    nmerge = len(re.findall(r"<mergeCell ", xml))
    spans = 0
    for p in doc["projects"]:
        spans += 1 + len(p["header"])
        for name, stop in (("一级指标", None), ("二级指标", "一级指标")):
            if name not in p["columns"]:
                continue
            j = p["columns"].index(name)
            k = p["columns"].index(stop) if stop else None
            starts = [i for i, r in enumerate(p["rows"]) if r[j] or (k is not None and r[k])]
            ends = starts[1:] + [len(p["rows"])]
            spans += sum(1 for a, e in zip(starts, ends) if p["rows"][a][j] and e - a > 1)
    if nmerge != spans:
        fault(base + ".xlsx", "merged ranges %d, want %d" % (nmerge, spans))
    # docx: every cell text once (merged cells once)
    z = zipfile.ZipFile(base + ".docx")
    xml = z.read("word/document.xml").decode("utf-8")
    tcs = [
        html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", tc)))
        for tc in re.findall(r"<w:tc>(.*?)</w:tc>", xml, re.S)
    ]
    wantd = collections.Counter(c for p in doc["projects"] for kv in p["header"] for c in kv if c)
    wantd += collections.Counter(c for p in doc["projects"] for c in p["columns"])
    wantd += collections.Counter(c for p in doc["projects"] for r in p["rows"] for c in r if c)
    if collections.Counter(t for t in tcs if t) != wantd:
        fault(base + ".docx", "cell texts differ")
    if xml.count(doc["title"]) != len(projs):
        fault(base + ".docx", "titles")


def main():
    n = 0
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        with open(path, encoding="utf-8") as f:
            check(doc_id, json.load(f))
        n += 12
    for f in faults:
        print(f)
    print("ALL OK (%d files)" % n if not faults else "%d FAULTS" % len(faults))
    sys.exit(1 if faults else 0)


if __name__ == "__main__":
    main()
