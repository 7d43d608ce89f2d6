"""Own check: every cell of data/ survives in every text shape, XLSX and DOCX (parse each file back)."""

import csv
import io
import json
import os
import sys
from collections import Counter

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
DOCS = os.path.join(HERE, "docs")


def projects(doc):
    out = []
    for p in doc["projects"]:
        rows = [[doc["title"]]] + [[k, v] if v != "" else [k] for k, v in p["header"]] + [list(p["columns"])]
        out.append(rows + [list(r) for r in p["rows"]])
    return out


def pad(rows, w):
    return [r + [""] * (w - len(r)) for r in rows]


def check(doc_id):
    doc = json.load(open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8"))
    ps = projects(doc)
    W = max(len(r) for p in ps for r in p)
    b = os.path.join(DOCS, doc_id)
    rd = lambda ext: open(b + ext, "rb").read()
    bad = []
    # pipe: "| a | b |" rows, empty line between projects
    got = [
        [ln[2:-2].split(" | ") for ln in blk.split("\n") if ln]
        for blk in rd(".pipe.txt").decode().rstrip("\n").split("\n\n")
    ]
    if got != ps:
        bad.append("pipe")
    # pipe_bare: CRLF, padded to W, a row of W empty cells between projects
    want = "\r\n".join("\r\n".join("|".join(r) for r in pad(p, W)) for p in ps)
    want = want.replace(
        "\r\n" + "|".join([ps[1][0][0]] + [""] * (W - 1)),
        "\r\n" + "|" * (W - 1) + "\r\n" + "|".join([ps[1][0][0]] + [""] * (W - 1)),
        1,
    )
    if rd(".pipe_bare.txt").decode() != want + "\r\n":
        bad.append("pipe_bare")
    # tab: paste output, each project padded to its own width
    tsv = "\n".join("\n".join("\t".join(r) for r in pad(p, max(len(r) for r in p))) + "\n" for p in ps)
    if rd(".tab.tsv").decode() != tsv:
        bad.append("tab")
    # csv: JSON-quoted cells, CRLF
    text = rd(".csv").decode()
    blocks = text.rstrip("\r\n").split("\r\n\r\n")
    try:
        got = [[json.loads("[" + ln + "]") for ln in blk.split("\r\n")] for blk in blocks]
    except ValueError:
        got = None
    if got != ps or text.count("\n") != text.count("\r\n"):
        bad.append("csv")
    # lines: every cell of the padded rows a line, an empty line between projects
    lines = rd(".lines.txt").decode().split("\n")
    want = tsv.replace("\t", "\n").split("\n")
    if lines != want:
        bad.append("lines")
    dropped = rd(".lines_dropped.txt").decode().split("\n")
    if [x for x in dropped if x] != [x for x in want if x]:
        bad.append("lines_dropped")
    # flat / oneline
    flat = "\n\n".join("\n".join("".join(r) for r in p) for p in ps) + "\n"
    if rd(".flat.txt").decode() != flat:
        bad.append("flat")
    one = "".join("".join("".join(r) for r in p) + "\n" for p in ps)
    if rd(".oneline.txt").decode() != one:
        bad.append("oneline")
    # aligned: the multiset of non-space characters holds every cell's
    allc = Counter("".join(c for p in ps for r in p for c in r).replace(" ", ""))
    for ext in (".aligned_top.txt", ".aligned_centered.txt"):
        have = Counter(rd(ext).decode().replace(" ", "").replace("\n", "").replace("\f", ""))
        if any(have[c] < n for c, n in allc.items()):
            bad.append(ext)
    # xlsx: every non-empty cell in sheet order
    from openpyxl import load_workbook

    ws = load_workbook(b + ".xlsx").active
    vals = [str(c.value) for row in ws.iter_rows() for c in row if c.value not in (None, "")]
    want = [c for p in ps for r in p for c in r if c != ""]
    if vals != want or not ws.merged_cells.ranges:
        bad.append("xlsx")
    # docx
    from docx import Document

    d = Document(b + ".docx")
    txt = []
    for t in d.tables:
        seen = []
        for row in t.rows:
            for c in row.cells:
                if any(c._tc is s for s in seen):
                    continue
                seen.append(c._tc)
                if c.text:
                    txt.append(c.text)
    want = [c for p in ps for r in p[1:] for c in r if c != ""]
    if Counter(txt) != Counter(want):
        bad.append("docx")
    return bad


def main():
    ok = True
    n = 0
    for fn in sorted(os.listdir(os.path.join(HERE, "data"))):
        bad = check(fn[:-5])
        n += 12
        print(fn[:-5], "OK" if not bad else "BAD " + ", ".join(bad))
        ok &= not bad
    print("ALL OK (%d files)" % n if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
