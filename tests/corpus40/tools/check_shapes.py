"""Check that every cell of data/<doc>.json survives in every text shape, the XLSX and the DOCX (own code).

Usage: python tools/check_shapes.py /work/blind40 [docs-folder]   (the folder defaults to <corpus>/docs)
Each file is parsed back and compared with the staging sheet rebuilt from data/ (as render40.py builds it)."""

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
CAT = ("一级指标", "二级指标")


def sheet(doc):
    rows = []
    for i, p in enumerate(doc["projects"]):
        if i:
            rows.append([])
        rows.append([doc["title"]])
        for k, v in p["header"]:
            rows.append([k, v])
        rows.append(list(p["columns"]))
        rows += [list(r) for r in p["rows"]]
    return rows


def pad(rows):
    w = max(len(r) for r in rows)
    return [r + [""] * (w - len(r)) for r in rows]


def nows(s):
    return re.sub(r"\s+", "", s)


def check(doc_id):
    doc = json.load(open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8"))
    rows = sheet(doc)
    base = os.path.join(DOCS, doc_id)
    out = []

    def rd(ext):
        with open(base + ext, "rb") as f:
            return f.read()

    # pipe: html2text --pad-tables; cells under a rowspan are absent, so compare the non-empty cells in order
    txt = rd(".pipe.txt").decode("utf-8")
    got = []
    for ln in txt.split("\n"):
        if ln.startswith("|") and not re.fullmatch(r"\|[-|]+\|", ln):
            got += [nows(c) for c in ln.strip().strip("|").split("|") if nows(c)]
    want = [nows(c) for r in rows if len(r) != 1 for c in r if nows(c)]
    if got != want:
        i = next((k for k, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
        out.append(".pipe.txt: cell %d got %r want %r" % (i, got[i : i + 1], want[i : i + 1]))
    if txt.count("### " + doc["title"]) != len(doc["projects"]):
        out.append(".pipe.txt: title headings")
    # pipe_bare: jq join("|"), rows of their own widths
    got = [ln.split("|") if ln else [] for ln in rd(".pipe_bare.txt").decode("utf-8").split("\n")[:-1]]
    if got != rows:
        out.append(".pipe_bare.txt: rows differ (%s)" % first_diff(got, rows))
    # tab.tsv: sqlite3 csv mode with a tab separator, CRLF, W cells a row
    raw = rd(".tab.tsv")
    if raw.replace(b"\r\n", b"").count(b"\n") or not raw.endswith(b"\r\n"):
        out.append(".tab.tsv: line ends not CRLF")
    got = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline=""), delimiter="\t"))
    if got != pad(rows):
        out.append(".tab.tsv: rows differ (%s)" % first_diff(got, pad(rows)))
    # csv: pandas QUOTE_NONNUMERIC, LF, W cells a row, every field quoted
    raw = rd(".csv").decode("utf-8")
    if "\r" in raw:
        out.append(".csv: CR found")
    got = list(csv.reader(io.StringIO(raw, newline="")))
    if got != pad(rows):
        out.append(".csv: rows differ (%s)" % first_diff(got, pad(rows)))
    if any(not (ln.startswith('"') and ln.endswith('"')) for ln in raw.split("\n")[:-1]):
        out.append(".csv: a field not quoted")
    # lines / lines_dropped: sqlite3 list mode of the cell table
    cells = [c for r in rows for c in r]
    got = rd(".lines.txt").decode("utf-8").split("\n")
    if got[-1] != "" or got[:-1] != cells:
        out.append(".lines.txt: lines differ (%s)" % first_diff(got[:-1], cells))
    got = rd(".lines_dropped.txt").decode("utf-8").split("\n")
    if got[-1] != "" or got[:-1] != [c for c in cells if c]:
        out.append(".lines_dropped.txt: lines differ (%s)" % first_diff(got[:-1], [c for c in cells if c]))
    # flat / oneline: byte for byte
    flat = "".join("".join(r) + "\n" for r in rows)
    if rd(".flat.txt").decode("utf-8") != flat:
        out.append(
            ".flat.txt: differs (%s)" % first_diff(rd(".flat.txt").decode("utf-8").split("\n"), flat.split("\n"))
        )
    one = "".join("".join(part.split("\n")) + "\n" for part in flat.split("\n\n"))
    if rd(".oneline.txt").decode("utf-8") != one:
        out.append(".oneline.txt: differs")
    # aligned: every cell's non-space characters are in the file (multiset)
    for ext in (".aligned_top.txt", ".aligned_centered.txt"):
        have = collections.Counter(nows(rd(ext).decode("utf-8")))
        need = collections.Counter()
        for p in doc["projects"]:
            for k, v in p["header"]:
                need.update(nows(k + v))
            for r in p["rows"]:
                need.update(nows("".join(r)))
        short = need - have
        if short:
            out.append("%s: characters missing %r" % (ext, "".join(sorted(short.elements()))[:40]))
        for p in doc["projects"]:
            for r in p["rows"]:
                for j, c in enumerate(r):
                    if (
                        p["columns"][j] not in CAT
                        and len(c) <= 6
                        and c
                        and nows(c) not in nows(rd(ext).decode("utf-8"))
                    ):
                        out.append("%s: short cell %r not found" % (ext, c))
    # xlsx: every non-empty cell (multiset) and merged ranges
    from openpyxl import load_workbook

    wb = load_workbook(base + ".xlsx")
    ws = wb.active
    got = collections.Counter(str(c.value) for row in ws.iter_rows() for c in row if c.value not in (None, ""))
    want = collections.Counter(c for r in rows for c in r if c)
    if got != want:
        out.append(
            ".xlsx: cells differ (missing %r, extra %r)"
            % (list((want - got).elements())[:3], list((got - want).elements())[:3])
        )
    if not ws.merged_cells.ranges:
        out.append(".xlsx: no merged cells")
    # docx: every cell text present
    from docx import Document

    d = Document(base + ".docx")
    texts = collections.Counter()
    from docx.table import _Cell

    for t in d.tables:
        for tr in t._tbl.tr_lst:
            for tc in tr.tc_lst:
                texts[_Cell(tc, t).text] += 1
    paras = [p.text for p in d.paragraphs]
    want = collections.Counter(c for p in doc["projects"] for kv in p["header"] for c in kv if c)
    want.update(c for p in doc["projects"] for c in p["columns"])
    want.update(c for p in doc["projects"] for r in p["rows"] for c in r if c)
    short = want - texts
    if short:
        out.append(".docx: cells missing %r" % list(short.elements())[:3])
    if paras.count(doc["title"]) != len(doc["projects"]):
        out.append(".docx: titles")
    return out


def first_diff(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return "line %d: %r vs %r" % (i + 1, x, y)
    return "lengths %d vs %d" % (len(a), len(b))


def main():
    bad = 0
    n = 0
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        probs = check(doc_id)
        n += 12
        for p in probs:
            print(doc_id + p if p.startswith(".") else doc_id + ": " + p)
        bad += len(probs)
    print("ALL OK (%d files)" % n if not bad else "PROBLEMS: %d" % bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
