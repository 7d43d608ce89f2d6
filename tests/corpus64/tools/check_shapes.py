"""Check every blind64 rendering against the sheet model (render64.sheet), itself checked against data/ first.

    python tools/check_shapes.py CORPUS_DIR [DOCS_DIR]

Exit status 1 and one line per problem where a file does not hold every cell as its story says.
"""

import collections
import csv
import io
import json
import os
import sys
import zipfile

CORPUS = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
DOCS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(CORPUS, "docs")
sys.path.insert(0, CORPUS)
import render64  # noqa: E402

render64.DATA = os.path.join(CORPUS, "data")


def filled(rows, merges):
    out = [list(r) for r in rows]
    for r0, c0, r1, c1 in merges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                out[r][c] = rows[r0][c0]
    return out


def chars(text):
    return collections.Counter(ch for ch in text if not ch.isspace())


def check_model(doc, W, rows, parts):
    probs = []
    for p, part in zip(doc["projects"], parts):
        head = [c for r in rows[part["head0"] : part["head1"]] for c in r if c]
        for k, v in p["header"]:
            for s in (k, v):
                if s and s not in head:
                    probs.append("model: header cell %r missing" % s)
        if rows[part["ghead"]][: len(p["columns"])] != p["columns"]:
            probs.append("model: grid header")
        g0, g1 = part["grid"]
        for want, got in zip(p["rows"], rows[g0:g1]):
            if got[: len(want)] != want or any(got[len(want) :]):
                probs.append("model: grid row %r" % want[:4])
        if g1 - g0 != len(p["rows"]):
            probs.append("model: grid row count")
    return probs


def check_doc(doc_id):
    doc = render64.load(doc_id)
    W, rows, merges, parts = render64.sheet(doc)
    fill = filled(rows, merges)
    probs = [(doc_id + ".model", m) for m in check_model(doc, W, rows, parts)]
    f = lambda ext: os.path.join(DOCS, doc_id + ext)  # noqa: E731
    rd = lambda ext: open(f(ext), encoding="utf-8", newline="").read()  # noqa: E731

    def bad(ext, msg):
        probs.append((doc_id + ext, msg))

    def cmp(ext, got, want):
        if got != want:
            for i, (a, b) in enumerate(zip(got, want)):
                if a != b:
                    bad(ext, "row %d: %r != %r" % (i, a, b))
                    break
            else:
                bad(ext, "row count %d != %d" % (len(got), len(want)))

    blocks_ = [rows[p["head0"] : p["head1"]] + rows[p["ghead"] : p["end"]] for p in parts]
    # .pipe.txt: terminaltables, LF, title in each header table's top border
    text = rd(".pipe.txt")
    if "\r" in text:
        bad(".pipe.txt", "CR found")
    got = [[c.strip() for c in ln[1:-1].split("|")] for ln in text.split("\n") if ln.startswith("|")]
    cmp(".pipe.txt", got, [r for b in blocks_ for r in b])
    if sum(1 for ln in text.split("\n") if ln.startswith("+" + doc["title"] + "-")) != len(parts):
        bad(".pipe.txt", "title borders")
    # .pipe_bare.txt: Java writer, CRLF, no BOM
    raw = open(f(".pipe_bare.txt"), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf") or not raw.endswith(b"\r\n"):
        bad(".pipe_bare.txt", "BOM or ending")
    lines = raw.decode("utf-8").split("\r\n")[:-1]
    cmp(".pipe_bare.txt", [ln.split("|") for ln in lines], rows)
    # .tab.tsv: petl totsv (excel-tab, CRLF)
    text = rd(".tab.tsv")
    cmp(".tab.tsv", list(csv.reader(io.StringIO(text), dialect="excel-tab")), rows)
    if text.count("\r\n") != len(rows):
        bad(".tab.tsv", "CRLF count")
    # .csv: pyexcel, merged ranges filled; the empty row between projects kept
    text = rd(".csv")
    cmp(".csv", list(csv.reader(io.StringIO(text))), fill)
    # lines
    want = [c for r in rows for c in r]
    cmp(".lines.txt", rd(".lines.txt").split("\n")[:-1], want)
    cmp(".lines_dropped.txt", rd(".lines_dropped.txt").split("\n")[:-1], [c for c in want if c])
    # aligned: the multiset of non-space characters (the dash rule of the compact style left out)
    cells = "".join(doc["title"] + "".join("".join(r) for r in b) for b in blocks_)
    for ext in (".aligned_top.txt", ".aligned_centered.txt"):
        t = "\n".join(ln for ln in rd(ext).split("\n") if ln.strip(" -"))
        if chars(t) != chars(cells):
            d1, d2 = chars(t) - chars(cells), chars(cells) - chars(t)
            bad(ext, "characters differ: extra %s missing %s" % (dict(d1), dict(d2)))
    # flat / oneline (yq)
    want = []
    for p in parts:
        want += [doc["title"]] + ["".join(rows[r]) for r in range(p["head0"], p["end"])] + [""]
    cmp(".flat.txt", rd(".flat.txt").split("\n")[:-1], want)
    want = [doc["title"] + "".join("".join(rows[r]) for r in range(p["head0"], p["end"])) for p in parts]
    cmp(".oneline.txt", rd(".oneline.txt").split("\n")[:-1], want)
    # xlsx
    import openpyxl

    wb = openpyxl.load_workbook(f(".xlsx"))
    ws = wb.active
    got = [
        [("" if ws.cell(r + 1, c + 1).value is None else str(ws.cell(r + 1, c + 1).value)) for c in range(W)]
        for r in range(len(rows))
    ]
    cmp(".xlsx", got, rows)
    if ws.max_row != len(rows) or ws.max_column != W:
        bad(".xlsx", "dimensions")
    mg = {(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1) for m in ws.merged_cells.ranges}
    if mg != set(merges):
        bad(".xlsx", "merges differ")
    # docx: one table a project, each grid position reads its merge's top-left
    import docx

    d = docx.Document(f(".docx"))
    if len(d.tables) != len(parts):
        bad(".docx", "table count")
    for t, p in zip(d.tables, parts):
        got = [[t.cell(i, c).text for c in range(W)] for i in range(len(t.rows))]
        cmp(".docx", got, fill[p["head0"] : p["end"]])
    # pdftotext: every data cell's characters
    cells = "".join(s for p in doc["projects"] for kv in p["header"] for s in kv)
    cells += "".join(s for p in doc["projects"] for s in p["columns"] + [c for r in p["rows"] for c in r])
    miss = chars(cells) - chars(rd(".pdftotext.txt"))
    if miss:
        bad(".pdftotext.txt", "characters missing: %s" % dict(miss))
    return probs


def main():
    ids = sorted(os.path.splitext(x)[0] for x in os.listdir(os.path.join(CORPUS, "data")) if x.endswith(".json"))
    probs = []
    for doc_id in ids:
        probs += check_doc(doc_id)
    for file, msg in probs:
        print("PROBLEM %s: %s" % (file, msg))
    n = len(ids) * 13
    print("ALL OK (%d files)" % n if not probs else "FAILED: %d problems" % len(probs))
    return probs


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
