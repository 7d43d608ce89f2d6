"""Cell-survival check of blind15's ten text shapes and XLSX: every cell of data/ back, in order.
Usage: python tools/check_shapes.py [corpus folder] ; exit 1 and a list of problems on any damage.
Positions (column widths, header-block layout) come from render15.py; the cells come from data/."""

import csv
import html
import io
import json
import os
import re
import sys
import unicodedata

import openpyxl

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render15 as R  # noqa: E402

NBSP = "\u00a0"
problems = []


def bad(doc, shape, msg):
    problems.append("%s %s: %s" % (doc, shape, msg))


def ws(s):
    return re.sub(r"\s+", "", s)


def first_diff(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return "item %d: %r != %r" % (i, x, y)
    return "length %d != %d" % (len(a), len(b))


def expect_rows(doc):
    rows = []
    for title, hrows, cols, grid in R.projects(doc):
        rows.append(("title", [title]))
        rows += [("hb", r) for r in hrows]
        rows.append(("cols", cols))
        rows += [("grid", r) for r in grid]
    return rows


def check_pipe(doc_id, doc, text):
    got, exp = [], []
    for kind, r in expect_rows(doc):
        exp.append(r if kind == "title" else r)
    for line in text.split("\n"):
        if line.startswith("+"):
            if not re.fullmatch(r"\+(-+\+)+", line):
                bad(doc_id, "pipe", "bad rule line %r" % line[:40])
            continue
        if line.startswith("|"):
            if not line.endswith("|"):
                bad(doc_id, "pipe", "row without closing bar %r" % line[:40])
            got.append([c.strip() for c in line[1:-1].split("|")])
        elif line:
            got.append([line])
    # header-block rows are padded to the block's widest row: compare without trailing empties
    norm = lambda rows: [list(r[: max([i + 1 for i, c in enumerate(r) if c] or [0])]) for r in rows]  # noqa: E731
    if norm(got) != norm(exp):
        bad(doc_id, "pipe", first_diff(norm(got), norm(exp)))


def check_pipe_bare(doc_id, doc, text):
    got = []
    for line in text.split("\n"):
        if not line or re.fullmatch(r"\(\d+ rows\)", line) or line.startswith("栏目|"):
            continue
        got.append(line.split("|") if "|" in line else [line])
    exp = [r for _, r in expect_rows(doc)]
    norm = lambda rows: [r[: max([i + 1 for i, c in enumerate(r) if c] or [0])] for r in rows]  # noqa: E731
    if norm(got) != norm(exp):
        bad(doc_id, "pipe_bare", first_diff(norm(got), norm(exp)))


def check_delim(doc_id, doc, text, shape):
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t" if shape == "tab" else ","))
    got = []
    for r in rows:
        if shape == "tab" and r and r[0].startswith("-------- "):
            continue
        if shape == "csv":
            r = [c[1:] if c.startswith("\t") else c for c in r]
        while r and r[-1] == "":
            r = r[:-1]
        got.append(r)
    exp = [r[: max([i + 1 for i, c in enumerate(r) if c] or [0])] for _, r in expect_rows(doc)]
    if got != exp:
        bad(doc_id, shape, first_diff(got, exp))
    if shape == "csv" and "\r\n" not in text:
        bad(doc_id, shape, "no CRLF")


def check_lines(doc_id, doc, text, dropped):
    seq = R.cell_seq(doc)
    lines = text.split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    if dropped:
        exp = [c for c in seq if c]
        if "" in lines or NBSP in lines:
            bad(doc_id, "lines_dropped", "an empty line")
    else:
        exp = [c if c else NBSP for c in seq]
    if lines != exp:
        bad(doc_id, "lines_dropped" if dropped else "lines", first_diff(lines, exp))


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def slice_dw(line, a, b):
    """The characters of line whose display position starts in [a, b)."""
    out, x = "", 0
    for ch in line:
        if a <= x < b:
            out += ch
        x += dw(ch)
    return out


def check_aligned(doc_id, doc, text, centred):
    shape = "aligned_centered" if centred else "aligned_top"
    pages = text.rstrip("\n").split("\f")
    body = []
    for k, p in enumerate(pages, 1):
        ls = p.split("\n")
        if len(ls) != R.PAGE_LINES:
            bad(doc_id, shape, "page %d has %d lines" % (k, len(ls)))
        if ls[0].strip() != R.RUNNING_HEAD or ls[-1].strip() != "第 %d 页" % k:
            bad(doc_id, shape, "page %d furniture" % k)
        body += ls[2:-1]
    i = 0
    for title, hrows, cols, grid in R.projects(doc):
        while i < len(body) and body[i].strip() != title:
            i += 1
        if i == len(body):
            bad(doc_id, shape, "title not found: %s" % title)
            return
        i += 2
        # header block: region texts per line group
        for r in hrows:
            need = len(R.header_block_lines([r]))
            lines = body[i : i + need]
            i += need
            bounds = (
                [(0, R.HB[1])]
                if len(r) <= 2
                else [(R.HB[k], R.HB[k + 1] if k + 1 < 4 else 10**6) for k in range(len(r))]
            )
            if len(r) == 2:
                bounds = [(0, R.HB[1]), (R.HB[1], 10**6)]
            if len(r) == 1:
                bounds = [(0, 10**6)]
            got = ["".join(ws(slice_dw(l, a, b)) for l in lines) for a, b in bounds]
            if got != [ws(c) for c in r]:
                bad(doc_id, shape, "header block %s: %s" % (r[0], first_diff(got, [ws(c) for c in r])))
        i += 1
        hlines, _ = R.grid_rows(cols, grid, centred)
        starts, x = [], 0
        for c in cols:
            starts.append(x)
            x += R.width(c) + R.GAP
        bounds = [(s, starts[k + 1] if k + 1 < len(starts) else 10**6) for k, s in enumerate(starts)]
        colt = [""] * len(cols)
        if body[i : i + len(hlines)] != hlines:
            bad(doc_id, shape, "grid header of %s" % title)
        i += len(hlines)
        while i < len(body) and body[i].strip() != "":
            if body[i : i + len(hlines)] == hlines:
                i += len(hlines)
                continue
            for k, (a, b) in enumerate(bounds):
                colt[k] += ws(slice_dw(body[i], a, b))
            i += 1
        while True:  # a page break inside the grid: page padding, then the repeated grid header
            j = i
            while j < len(body) and body[j].strip() == "":
                j += 1
            if j == i or body[j : j + len(hlines)] != hlines:
                break
            i = j + len(hlines)
            while i < len(body) and body[i].strip() != "":
                if body[i : i + len(hlines)] == hlines:
                    i += len(hlines)
                    continue
                for k, (a, b) in enumerate(bounds):
                    colt[k] += ws(slice_dw(body[i], a, b))
                i += 1
        exp = ["".join(ws(r[k]) for r in grid) for k in range(len(cols))]
        if colt != exp:
            bad(doc_id, shape, "grid of %s: %s" % (title[:10], first_diff(colt, exp)))


def check_flat(doc_id, doc, text):
    exp = []
    for title, hrows, cols, grid in R.projects(doc):
        exp.append(title)
        exp += ["".join(r) for r in hrows]
        exp.append("".join(cols))
        exp += ["".join(r) for r in R.mid_labels(cols, grid)]
    got = text.rstrip("\n").split("\n")
    if got != exp:
        bad(doc_id, "flat", first_diff(got, exp))
    # every label once per block, nothing lost: the glued text holds every cell
    if ws("".join(got)).count("") and sorted(ws("".join(got))) != sorted(ws("".join(R.cell_seq(doc)))):
        bad(doc_id, "flat", "characters lost or added")


def check_oneline(doc_id, doc, text):
    if text.count("\n") != 1:
        bad(doc_id, "oneline", "not one line")
    got = [html.unescape(x) for x in text.rstrip("\n").split("<br/>")]
    if re.search(r"[<>](?!br/>)", text.replace("<br/>", "")):
        bad(doc_id, "oneline", "unescaped < or >")
    exp = []
    for title, hrows, cols, grid in R.projects(doc):
        exp.append(title)
        exp += ["".join(r) for r in hrows]
        exp.append("".join(cols))
        exp += ["".join(r) for r in grid]
    if got != exp:
        bad(doc_id, "oneline", first_diff(got, exp))


def check_xlsx(doc_id, doc, path):
    wb = openpyxl.load_workbook(path)
    ws_ = wb.active
    if ws_.oddHeader.center.text != doc["title"]:
        bad(doc_id, "xlsx", "title not in the print header")
    got = [str(c.value) for row in ws_.iter_rows() for c in row if c.value not in (None, "")]
    exp = [c for c in R.cell_seq(doc)[0:] if c]
    exp = [c for c in exp if c != doc["title"]]
    # merged continuation cells are empty in the sheet: the label stays once per block (as in data/)
    if got != exp:
        bad(doc_id, "xlsx", first_diff(got, exp))


def main():
    data = os.path.join(HERE, "data")
    docs = os.path.join(HERE, "docs")
    n = 0
    for f in sorted(os.listdir(data)):
        doc_id = f[:-5]
        doc = json.load(open(os.path.join(data, f), encoding="utf-8"))
        rd = lambda suf: open(os.path.join(docs, doc_id + suf), encoding="utf-8", newline="").read()  # noqa: E731
        check_pipe(doc_id, doc, rd(".pipe.txt"))
        check_pipe_bare(doc_id, doc, rd(".pipe_bare.txt"))
        check_delim(doc_id, doc, rd(".tab.tsv"), "tab")
        check_delim(doc_id, doc, rd(".csv"), "csv")
        check_lines(doc_id, doc, rd(".lines.txt"), False)
        check_lines(doc_id, doc, rd(".lines_dropped.txt"), True)
        check_aligned(doc_id, doc, rd(".aligned_top.txt"), False)
        check_aligned(doc_id, doc, rd(".aligned_centered.txt"), True)
        check_flat(doc_id, doc, rd(".flat.txt"))
        check_oneline(doc_id, doc, rd(".oneline.txt"))
        check_xlsx(doc_id, doc, os.path.join(docs, doc_id + ".xlsx"))
        n += 1
    for p in problems:
        print(p)
    print("%d documents x 11 files: %s" % (n, "ALL OK" if not problems else "%d problems" % len(problems)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
