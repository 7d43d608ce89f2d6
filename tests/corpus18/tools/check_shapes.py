"""Cell-survival check for blind18's ten text shapes and the XLSX (own code).

Every cell of data/<doc>.json must come back, in order, from each shape (in my header-block layout, render18.layout):
  pipe (Confluence), pipe_bare (SQL*Plus), tab (CR rows), csv (sep= line): parsed row for row, cell for cell;
  lines / lines_dropped: the lines joined give the cells joined (order kept; Word's inserted breaks removed), and the
     number of empty lines is right in .lines.txt;
  flat and aligned_top: furniture removed (running head, `n / m` foot, repeated grid header), then the lines are
     consumed row by row: each layout row must take whole lines whose non-space characters are exactly the row's
     (as a multiset: wrapped pieces interleave);
  aligned_centered: furniture removed, per project the non-space character multiset equals the cells' (labels move);
  oneline: the words (whitespace-split) equal the cells' words in order;
  xlsx: every non-empty cell, number formats applied, in row order.
Usage: python tools/check_shapes.py [corpus folder]; exit 1 on any problem.
"""

import collections
import csv
import io
import json
import os
import re
import sys

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render18 as R  # noqa: E402

PROBLEMS = []


def bad(doc_id, shape, msg):
    PROBLEMS.append("%s%s: %s" % (doc_id, shape, msg))


def rows_of(doc):
    return [cells for _, _, cells in R.layout(doc)]


def cmp_rows(doc_id, shape, got, want):
    if len(got) != len(want):
        bad(doc_id, shape, "%d rows, want %d" % (len(got), len(want)))
    for i, (g, w) in enumerate(zip(got, want)):
        if g != w:
            bad(doc_id, shape, "row %d: %r != %r" % (i, g[:8], w[:8]))
            return


def read(path, enc="utf-8"):
    with open(path, encoding=enc, newline="") as f:
        return f.read()


def ns(s):
    return collections.Counter(re.sub(r"\s+", "", s))


def check_pipe(doc_id, doc, text):
    got = []
    for ln in text.split("\n"):
        if ln.startswith("h3. "):
            got.append([ln[4:]])
        elif ln.startswith("||"):
            got.append([("" if c == " " else c) for c in ln[2:-2].split("||")])
        elif ln.startswith("|"):
            got.append([("" if c == " " else c) for c in ln[1:-1].split("|")])
        elif ln.strip():
            bad(doc_id, ".pipe.txt", "stray line %r" % ln)
    cmp_rows(doc_id, ".pipe.txt", got, rows_of(doc))


def check_pipe_bare(doc_id, doc, text):
    got, heading = [], None
    for ln in text.split("\n"):
        if not ln.strip() or re.fullmatch(r"\d+ rows selected\.", ln) or re.fullmatch(r"[-|]+", ln):
            if re.fullmatch(r"\d+ rows selected\.", ln):
                heading = None
            continue
        if heading is not None and ln == heading:
            continue  # the heading SQL*Plus repeats on every page
        cells = [c.rstrip() for c in ln.split("|")]
        got.append(cells)
        if heading is None and len(got) >= 2 and cells in [p["columns"] for p in doc["projects"]]:
            heading = ln
    cmp_rows(doc_id, ".pipe_bare.txt", got, rows_of(doc))


def check_tab(doc_id, doc, text):
    got = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
    want = [
        [R.goal_breaks(c) if k == "goal" and j == 1 else c for j, c in enumerate(cells)]
        for _, k, cells in R.layout(doc)
    ]
    if "\n" in re.sub(r'"[^"]*"', "", text):
        bad(doc_id, ".tab.tsv", "an LF outside a quoted cell (rows end with CR)")
    cmp_rows(doc_id, ".tab.tsv", got, want)


def check_csv(doc_id, doc, text):
    if not text.startswith("sep=,\r\n"):
        bad(doc_id, ".csv", "no sep= line")
    got = list(csv.reader(io.StringIO(text[7:], newline="")))
    cmp_rows(doc_id, ".csv", got, rows_of(doc))


def check_lines(doc_id, doc, text, dropped):
    shape = ".lines_dropped.txt" if dropped else ".lines.txt"
    ls = text.split("\n")[:-1]
    if "".join(ls) != "".join("".join(c) for c in rows_of(doc)):
        bad(doc_id, shape, "joined lines differ from the joined cells")
    empties = sum(1 for l in ls if l == "")
    want = 0 if dropped else sum(1 for cells in rows_of(doc) for c in cells if c == "")
    if empties != want:
        bad(doc_id, shape, "%d empty lines, want %d" % (empties, want))


def strip_furniture(doc, text):
    out = []
    heads = [R.compose_row(p["columns"], [R.col_width(c) for c in p["columns"]], "center") for p in doc["projects"]]
    for page in text.split("\f"):
        ls = page.split("\n")
        body = [l for l in ls[1:] if not re.fullmatch(r"\s*\d+ / \d+", l)]  # ls[0]: the running head
        if not re.search(r"部门(预算|决算)公开$", ls[0]):
            out.append("!no running head")
        nonblank = [l for l in body if l.strip()]
        for h in heads:
            if nonblank[: len(h)] == h and out:  # the grid header repeated at the top of a continuation page
                k = body.index(h[0])
                body = body[:k] + body[k + len(h) :]
                break
        out += body
    return out


def consume(doc_id, shape, doc, lines_):
    ls = [l for l in lines_ if l.strip()]
    i = 0
    for cells in rows_of(doc):
        want = ns("".join(cells))
        if not want:
            continue
        got = collections.Counter()
        while i < len(ls) and sum(got.values()) < sum(want.values()):
            got += ns(ls[i])
            i += 1
        if got != want:
            bad(doc_id, shape, "row %r: characters differ" % cells[:3])
            return
    if i != len(ls):
        bad(doc_id, shape, "%d lines left over" % (len(ls) - i))


def check_centered(doc_id, doc, lines_):
    got = ns("".join(lines_))
    want = ns("".join("".join(c) for c in rows_of(doc)))
    if got != want:
        bad(
            doc_id,
            ".aligned_centered.txt",
            "character multiset differs: +%r -%r" % (dict(got - want), dict(want - got)),
        )


def check_oneline(doc_id, doc, text):
    if text.count("\n") != 1:
        bad(doc_id, ".oneline.txt", "not one line")
    if text[:-1].split(" ") != [w for cells in rows_of(doc) for c in cells for w in c.split()]:
        bad(doc_id, ".oneline.txt", "words differ")


def shown(cell):
    v, fmt = cell.value, cell.number_format
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        dec = len(fmt.split(".")[1]) if "." in fmt else 0
        return ("{:,.%df}" if "," in fmt else "{:.%df}").replace("%d", str(dec)).format(v)
    return v


def check_xlsx(doc_id, doc, path):
    from openpyxl import load_workbook

    ws = load_workbook(path).active
    got = [shown(c) for row in ws.iter_rows() for c in row if c.value not in (None, "")]
    want = [c for cells in rows_of(doc) for c in cells if c != ""]
    if got != want:
        k = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
        bad(
            doc_id,
            ".xlsx",
            "cell %d: %r != %r (%d vs %d cells)" % (k, got[k : k + 1], want[k : k + 1], len(got), len(want)),
        )


def main():
    data, docs = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
    n = 0
    for name in sorted(os.listdir(data)):
        doc_id = name[:-5]
        doc = json.load(open(os.path.join(data, name), encoding="utf-8"))
        f = lambda suf: read(os.path.join(docs, doc_id + suf))  # noqa: E731
        for cells in rows_of(doc):
            if any("|" in c for c in cells):
                bad(doc_id, "", "a cell holds | (the pipe shapes cannot be parsed back)")
        check_pipe(doc_id, doc, f(".pipe.txt"))
        check_pipe_bare(doc_id, doc, f(".pipe_bare.txt"))
        check_tab(doc_id, doc, f(".tab.tsv"))
        check_csv(doc_id, doc, f(".csv"))
        check_lines(doc_id, doc, f(".lines.txt"), False)
        check_lines(doc_id, doc, f(".lines_dropped.txt"), True)
        consume(doc_id, ".flat.txt", doc, f(".flat.txt").split("\n"))
        top = strip_furniture(doc, f(".aligned_top.txt"))
        consume(doc_id, ".aligned_top.txt", doc, top)
        check_centered(doc_id, doc, strip_furniture(doc, f(".aligned_centered.txt")))
        check_oneline(doc_id, doc, f(".oneline.txt"))
        check_xlsx(doc_id, doc, os.path.join(docs, doc_id + ".xlsx"))
        n += 1
    for p in PROBLEMS:
        print(p)
    print("%d documents × 11 files: %s" % (n, "ALL OK" if not PROBLEMS else "%d PROBLEMS" % len(PROBLEMS)))
    sys.exit(1 if PROBLEMS else 0)


if __name__ == "__main__":
    main()
