"""Check that every cell of data/<doc>.json survives in each text shape and the XLSX (own code; it reads the
files as a user would, it does not import render6.py).  Usage: python tools/check_shapes.py /work/blind6

Cells: the title, every header key and value, every grid header name and every grid cell (cells that are
empty or whitespace only are skipped).  "Survives" means, per shape:
- pipe.txt, pipe_bare.txt: a cell of some line split at `|` (stripped); the title inside some line;
- tab.tsv: a cell of some line split at tabs;
- csv: a cell of the CSV (utf-8-sig), line breaks inside the cell removed;
- lines.txt, lines_dropped.txt: one line, or 2-6 consecutive lines joined (whitespace and U+3000 removed);
- aligned_top.txt, aligned_centered.txt: the cell, whitespace removed, is the concatenation of text segments
  (runs separated by 2+ spaces) on consecutive lines (a gap of at most 2 lines) that overlap in columns
  (display width); each grid row as a whole must also keep its cells in column order on its lines;
- flat.txt: every grid row's non-empty cells glued are contiguous in the file with line breaks removed, and every
  header key and value is too; in the one-row-a-line sense, the first cell of every grid row starts a line;
- oneline.txt: project k's line holds every header key/value and the glued grid (whitespace removed);
- xlsx: the shown text (number formats applied) of some cell of some sheet.
Also: 13 files per document, and rows in each delimited shape in data order.
"""

import csv
import glob
import json
import os
import re
import sys
import unicodedata

import openpyxl

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
SHAPES = (
    "pipe.txt",
    "pipe_bare.txt",
    "tab.tsv",
    "csv",
    "lines.txt",
    "lines_dropped.txt",
    "aligned_top.txt",
    "aligned_centered.txt",
    "flat.txt",
    "oneline.txt",
    "xlsx",
    "pdf",
    "pdftotext.txt",
)


def ws(s):
    return re.sub(r"[\s\u3000]+", "", s or "")


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def doc_cells(doc):
    """(kind, text) for every non-empty cell."""
    out = [("title", doc["title"])]
    for p in doc["projects"]:
        for k, v in p["header"]:
            out += [("header", k), ("header", v)]
        out += [("column", c) for c in p["columns"]]
        out += [("grid", c) for r in p["rows"] for c in r]
    return [(k, t) for k, t in out if t.strip()]


def split_cells(text, sep):
    return {c.strip() for line in text.splitlines() for c in line.split(sep)}


def check_delimited(doc, text, sep, name, problems):
    cells = split_cells(text, sep)
    for kind, t in doc_cells(doc):
        if kind == "title":
            if t not in text:
                problems.append("%s: title missing" % name)
        elif t.strip() not in cells:
            problems.append("%s: cell %r missing" % (name, t))
    # rows in order: each grid row's non-empty cells appear in order in one line
    lines_ = text.splitlines()
    k = 0
    for p in doc["projects"]:
        for r in p["rows"]:
            want = [c.strip() for c in r if c.strip()]
            while k < len(lines_):
                got = [c.strip() for c in lines_[k].split(sep) if c.strip()]
                k += 1
                if got == want or (got[: len(want)] == want) or _subseq(want, got):
                    break
            else:
                problems.append("%s: row %r not found in order" % (name, want))
                return


def _subseq(want, got):
    it = iter(got)
    return all(any(w == g for g in it) for w in want) and len(got) - len(want) <= 2


def check_csv(doc, path, problems):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    cells = {c.replace("\r", "").replace("\n", "").strip() for r in rows for c in r}
    for kind, t in doc_cells(doc):
        if t.strip() not in cells:
            problems.append("csv: cell %r missing" % t)
    flat_rows = [[c.replace("\r", "").replace("\n", "").strip() for c in r] for r in rows]
    k = 0
    for p in doc["projects"]:
        for r in p["rows"]:
            want = [c.strip() for c in r if c.strip()]
            while k < len(flat_rows) and [c for c in flat_rows[k] if c] != want:
                k += 1
            if k == len(flat_rows):
                problems.append("csv: row %r not found in order" % want)
                return
            k += 1
    with open(path, "rb") as f:
        if not f.read(3) == b"\xef\xbb\xbf":
            problems.append("csv: no BOM")


def check_lines(doc, text, name, problems):
    """Every cell, in data order, is the next non-empty line or the join of the next 2-6 non-empty lines (empty
    lines are skipped: they are empty cells, or gaps); so order and multiplicity are checked too."""
    ls = [ws(x) for x in text.splitlines()]
    ls = [x for x in ls if x]
    seq = [ws(t) for kind, t in doc_cells(doc)]
    i = 0
    slack = 3  # only a few stray lines (page numbers, noise) may stand between cells
    for c in seq:
        start = i
        ok = False
        while i < len(ls) and not ok:
            acc = ""
            for k in range(6):
                if i + k >= len(ls):
                    break
                acc += ls[i + k]
                if acc == c:
                    i += k + 1
                    ok = True
                    break
                if not c.startswith(acc):
                    break
            if not ok:
                i += 1
                if i - start > slack:
                    break
        if not ok:
            problems.append("%s: cell %r not the next line(s) in order" % (name, c))
            i = start
            slack = 12  # resynchronise after a miss
        else:
            slack = 3


def segments(text):
    """(line number, start column, end column, text) of runs separated by 2+ spaces (display columns)."""
    out = []
    for n, line in enumerate(text.replace("\f", "\n").split("\n")):
        line = line.replace("\u3000", " ")
        for m in re.finditer(r"\S+(?: \S+)*", line):
            start = dwidth(line[: m.start()])
            out.append((n, start, start + dwidth(m.group()), m.group()))
    return out


def check_aligned(doc, text, name, problems):
    segs = segments(text)
    by_line = {}
    for s in segs:
        by_line.setdefault(s[0], []).append(s)

    def chain(seg, rest):
        if not rest:
            return True
        n, a, b, _ = seg
        for m in (n + 1, n + 2, n + 3):
            for s2 in by_line.get(m, []):
                if s2[2] < a - 8 or s2[1] > b + 8:
                    continue
                t2 = ws(s2[3])
                if t2 and rest.startswith(t2) and chain(s2, rest[len(t2) :]):
                    return True
        return False

    def found(t):
        c = ws(t)
        for s in segs:
            t1 = ws(s[3])
            if t1 and c.startswith(t1) and chain(s, c[len(t1) :]):
                return True
        return False

    for kind, t in doc_cells(doc):
        if not found(t):
            problems.append("%s: cell %r not found as wrapped pieces" % (name, t))

    def starts(t, lo, hi):
        c = ws(t)
        return [
            s[0]
            for s in segs
            if lo <= s[0] <= hi and ws(s[3]) and c.startswith(ws(s[3])) and chain(s, c[len(ws(s[3])) :])
        ]

    # rows in order: each row's name (the first non-category cell) after the previous row's, and the row's other
    # non-empty cells starting within 6 lines of it
    line = -1
    for p in doc["projects"]:
        cats = [j for j, c in enumerate(p["columns"]) if c in ("一级指标", "二级指标")]
        for r in p["rows"]:
            cells = [(j, c) for j, c in enumerate(r) if j not in cats and c.strip()]
            if not cells:
                continue
            key = max(cells, key=lambda jc: len(ws(jc[1])))[1]
            hits = starts(key, line + 1, 10**9)
            if not hits:
                problems.append("%s: row %r not found after line %d" % (name, [c for _, c in cells], line))
                continue
            at = hits[0]
            for j, c in cells:
                if not starts(c, at - 6, at + 6):
                    problems.append("%s: cell %r not near its row (line %d)" % (name, c, at))
            line = at - 1 if False else at


def check_flat(doc, text, problems):
    flat = ws(text)
    line_starts = [ws(x) for x in text.splitlines()]
    for p in doc["projects"]:
        for k, v in p["header"]:
            for s in (k, v):
                if ws(s) and ws(s) not in flat:
                    problems.append("flat: header cell %r missing" % s)
        if ws("".join(p["columns"])) not in flat:
            problems.append("flat: grid header missing")
        for r in p["rows"]:
            glued = ws("".join(r))
            if glued and glued not in flat:
                problems.append("flat: row %r not contiguous" % glued)
            first = next((ws(c) for c in r if ws(c)), "")
            if first and not any(x.startswith(first[: max(1, min(len(first), 6))]) for x in line_starts):
                problems.append("flat: no line starts with the row's first cell %r" % first)
    if ws(doc["title"]) not in flat:
        problems.append("flat: title missing")


def check_oneline(doc, text, problems):
    ls = [ws(x) for x in text.splitlines() if x.strip()]
    if len(ls) != len(doc["projects"]):
        problems.append("oneline: %d lines for %d projects" % (len(ls), len(doc["projects"])))
        return
    for line, p in zip(ls, doc["projects"]):
        for k, v in p["header"]:
            for s in (k, v):
                if ws(s) not in line:
                    problems.append("oneline: header cell %r missing" % s)
        grid = ws("".join(p["columns"]) + "".join("".join(r) for r in p["rows"]))
        if grid not in line:
            problems.append("oneline: glued grid missing")


def shown(cell):
    """The text a spreadsheet shows for a cell (the formats render6 may write)."""
    v, fmt = cell.value, cell.number_format
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return str(v)
    if fmt.endswith("%"):
        dec = len(fmt.split(".")[1]) - 1 if "." in fmt else 0
        return ("{:.%df}" % dec).format(v * 100) + "%"
    dec = len(fmt.split(".")[1]) if "." in fmt else 0
    s = ("{:,.%df}" if "," in fmt else "{:.%df}") % dec
    if fmt == "General":
        return str(v)
    return s.format(v)


def check_xlsx(doc, path, problems):
    wb = openpyxl.load_workbook(path)
    texts = set()
    for sh in wb.worksheets:
        for row in sh.iter_rows():
            for c in row:
                texts.add(ws(shown(c)))
    for kind, t in doc_cells(doc):
        if ws(t) not in texts:
            problems.append("xlsx: cell %r not shown by any cell" % t)


def main():
    ok = True
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        d = os.path.join(HERE, "docs", doc_id + ".")
        problems = []
        for s in SHAPES:
            if not os.path.exists(d + s):
                problems.append("missing file %s" % s)
        check_delimited(doc, read(d + "pipe.txt"), "|", "pipe", problems)
        check_delimited(doc, read(d + "pipe_bare.txt"), "|", "pipe_bare", problems)
        check_delimited(doc, read(d + "tab.tsv"), "\t", "tab", problems)
        check_csv(doc, d + "csv", problems)
        check_lines(doc, read(d + "lines.txt"), "lines", problems)
        check_lines(doc, read(d + "lines_dropped.txt"), "lines_dropped", problems)
        check_aligned(doc, read(d + "aligned_top.txt"), "aligned_top", problems)
        check_aligned(doc, read(d + "aligned_centered.txt"), "aligned_centered", problems)
        check_flat(doc, read(d + "flat.txt"), problems)
        check_oneline(doc, read(d + "oneline.txt"), problems)
        check_xlsx(doc, d + "xlsx", problems)
        print("%s: %s" % (doc_id, "OK" if not problems else "%d PROBLEMS" % len(problems)))
        for pr in problems:
            print("   !", pr)
        ok = ok and not problems
    print("ALL OK" if ok else "FAILED")


if __name__ == "__main__":
    main()
