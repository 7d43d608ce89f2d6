"""Cell-survival check of the blind8 text shapes and the XLSX (own code).  Usage: python tools/check_shapes.py DIR

For every document in DIR/data, every non-empty cell (title, header keys and values, grid header names, grid
cells) must come back from each of the 11 rendered files, in order where the shape keeps order:
- pipe.txt (tabulate grid), pipe_bare.txt (psql), tab.tsv, csv: each grid (header + rows) as CONSECUTIVE rows, cell
  for cell (line breaks inside cells removed; in the csv of the middle-label documents the 一级/二级 labels are
  expected on the middle row of their block, computed here); header keys and values as cells;
- lines.txt: every grid cell in order as the next line (grid header names as the next 1-3 lines joined), every
  empty cell as an empty line; lines_dropped.txt the same without the empty lines; header keys/values as lines;
- aligned_top / aligned_centered: page furniture removed, then per grid the COLUMN STREAMS (the text between
  a column's start and the next column's start, read down the lines) must equal the column's cells in order
  (header rows repeated on a continuation page dropped; in the centred shape a label may be printed once per
  part of its block); header keys/values as pieces at one column on consecutive lines;
- flat.txt: every row's cells glued as a line of its own (labels filled where the document fills them; in the
  wrapped documents after the wrap is undone, with every line at most 42 characters);
- oneline.txt: one line holding, in order, the title, header keys and values and the glued grid;
- xlsx: the grid cells at their rows (merged cells read as empty below their first row), header cells as cells.
Column starts of the aligned shapes are taken from render8's layout parameters (grid_widths, starts).
"""

import csv
import json
import os
import re
import sys

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render8  # noqa: E402  (layout parameters only)

MIDDLE = render8.MIDDLE_LABEL_CSV_DOCS
FILLED = render8.FILLED_FLAT_DOCS
WRAPPED = render8.WRAPPED_FLAT_DOCS
BREAK3 = render8.HEADER_BREAK3_DOCS


def nw(s):
    return re.sub(r"\s+", "", s or "")


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def header_cells(p):
    return [s for kv in p["header"] for s in kv if s]


def find_consecutive(rows, want):
    """Index where `want` (list of rows) appears as consecutive rows of `rows` (cells compared whitespace-free,
    trailing empty cells ignored), or None."""

    def norm(r):
        r = [nw(c) for c in r]
        while r and r[-1] == "":
            r.pop()
        return r

    R = [norm(r) for r in rows]
    W = [norm(r) for r in want]
    for i in range(len(R) - len(W) + 1):
        if R[i : i + len(W)] == W:
            return i
    return None


def middle(cols, rows):
    rows = [list(r) for r in rows]
    j1 = cols.index("一级指标") if "一级指标" in cols else None
    j2 = cols.index("二级指标") if "二级指标" in cols else None
    for j in (j1, j2):
        if j is None:
            continue
        starts = [i for i, r in enumerate(rows) if r[j] != "" or (j == j2 and j1 is not None and r[j1] != "")]
        for k, a in enumerate(starts):
            b = (starts[k + 1] if k + 1 < len(starts) else len(rows)) - 1
            lab = rows[a][j]
            rows[a][j] = ""
            rows[(a + b) // 2][j] = lab
    return rows


# ------------------------------------------------------------------ delimited
def check_rows(name, rows, doc, probs, middle_labels=False, title_line=False):
    flat_cells = {nw(c) for r in rows for c in r}
    for pi, p in enumerate(doc["projects"]):
        for s in header_cells(p):
            if nw(s) not in flat_cells:
                probs.append("%s: header cell %r missing" % (name, s))
        g = middle(p["columns"], p["rows"]) if middle_labels else p["rows"]
        if find_consecutive(rows, [p["columns"]] + g) is None:
            probs.append("%s: grid of project %d not found as consecutive rows" % (name, pi + 1))
    if nw(doc["title"]) not in flat_cells and not title_line:
        probs.append("%s: title missing" % name)


def parse_pipe(text):
    return [[c.strip() for c in ln.strip()[1:-1].split("|")] for ln in text.split("\n") if ln.startswith("|")]


def parse_psql(text, doc, probs):
    rows = []
    for ln in text.split("\n"):
        if "|" in ln and not ln.startswith("-"):
            rows.append([c.strip() for c in ln.split("|")])
    counts = [int(m) for m in re.findall(r"^\((\d+) rows\)$", text, re.M)]
    if counts != [len(p["rows"]) for p in doc["projects"]]:
        probs.append("pipe_bare: row counts %r" % counts)
    for p in doc["projects"]:
        for k, v in p["header"]:
            if [k, v] not in rows:
                probs.append("pipe_bare: header line %r | %r missing" % (k, v))
    return rows


# ------------------------------------------------------------------ one cell a line
def check_lines(name, text, doc, doc_id, probs, keep_empty):
    if doc_id in render8.CRLF_LINES_DOCS:
        if "\n" in text.replace("\r\n", ""):
            probs.append("%s: not CRLF throughout" % name)
        text = text.replace("\r\n", "\n")
    L = [x.rstrip("\t ") for x in text.split("\n")]
    pos = 0
    for pi, p in enumerate(doc["projects"]):
        # header cells as lines before the grid
        for s in header_cells(p):
            if s not in L[pos:]:
                probs.append("%s: header cell %r not a line" % (name, s))
        # grid header names: the next 1-3 lines joined
        seq = p["columns"]
        start = None
        for i in range(pos, len(L)):
            if L[i] and seq[0].startswith(L[i]):
                k, ok = i, True
                for c in seq:
                    for n in (1, 2, 3):
                        if "".join(L[k : k + n]) == c:
                            k += n
                            break
                    else:
                        ok = False
                        break
                if ok:
                    start = k
                    break
        if start is None:
            probs.append("%s: grid header of project %d not found" % (name, pi + 1))
            continue
        k = start
        for r in p["rows"]:
            for c in r:
                if c == "":
                    if keep_empty:
                        if L[k] != "":
                            probs.append("%s: empty line expected at %d" % (name, k + 1))
                            return
                        k += 1
                    continue
                if L[k] != c:
                    probs.append("%s: line %d %r, want %r" % (name, k + 1, L[k], c))
                    return
                k += 1
        pos = k


# ------------------------------------------------------------------ aligned
def dw(s):
    return render8.dw(s)


def slice_dw(line, a, b=None):
    """Characters of line whose display column lies in [a, b)."""
    out, x = [], 0
    for c in line:
        if x >= a and (b is None or x < b):
            out.append(c)
        x += dw(c)
    return "".join(out)


def strip_furniture(text, top):
    pages = text.split("\f")
    out = []
    for pg in pages:
        ls = pg.split("\n")
        if ls and ls[0] == "":
            ls = ls[1:]  # the newline before the form feed
        if top:
            if ls[0].strip() != "示例市部门预算公开":
                raise ValueError("running head missing")
            ls = ls[2:]
        foot = [i for i, x in enumerate(ls) if x.strip()][-1]
        if not re.fullmatch(r"\s*(第 \d+ 页|— \d+ —)", ls[foot]):
            raise ValueError("footer missing: %r" % ls[foot])
        out.append(ls[:foot])
    return out


def check_aligned(name, text, doc, probs, centred):
    try:
        pages = strip_furniture(text, not centred)
    except ValueError as e:
        probs.append("%s: %s" % (name, e))
        return
    margin = 0 if centred else 3
    lines_ = [(pn, x) for pn, pg in enumerate(pages) for x in pg]
    titles = [i for i, (_, x) in enumerate(lines_) if doc["title"] in x]
    if len(titles) != len(doc["projects"]):
        probs.append("%s: %d title lines" % (name, len(titles)))
        return
    for pi, p in enumerate(doc["projects"]):
        lo, hi = titles[pi], (titles[pi + 1] if pi + 1 < len(titles) else len(lines_))
        region = lines_[lo:hi]
        cols = p["columns"]
        wid, gap = render8.grid_widths(doc, cols, centred)
        ss = render8.starts(wid, gap, margin)
        bounds = [(ss[j], ss[j + 1] if j + 1 < len(ss) else None) for j in range(len(cols))]

        def streams(ls):
            return [nw("".join(slice_dw(x, a, b) for x in ls)) for a, b in bounds]

        # the grid header group: h lines whose streams are the header names
        g0 = None
        for i in range(len(region)):
            for h in (1, 2, 3, 4):
                if streams([x for _, x in region[i : i + h]]) == [nw(c) for c in cols]:
                    g0, gh = i, h
                    break
            if g0 is not None:
                break
        if g0 is None:
            probs.append("%s: grid header of project %d not found" % (name, pi + 1))
            continue
        head_lines = [x for _, x in region[g0 : g0 + gh]]
        # header block: pieces at one column on consecutive lines
        block = [x for _, x in region[:g0]]
        for s in header_cells(p) + [doc["title"]]:
            if not pieces_found(block, nw(s)):
                probs.append("%s: header cell %r not found as pieces" % (name, s))
        body, i = [], g0 + gh
        while i < len(region):
            if [x for _, x in region[i : i + gh]] == head_lines and region[i][0] != region[i - 1][0]:
                i += gh  # header repeated on a continuation page
                continue
            body.append(region[i][1])
            i += 1
        got = streams(body)
        for j, c in enumerate(cols):
            want = [nw(r[j]) for r in p["rows"]]
            if centred and c in ("一级指标", "二级指标") and "一级指标" in cols:
                labs = [x for x in want if x]
                pat = "".join("(?:%s){1,2}" % re.escape(x) for x in labs)
                if not re.fullmatch(pat, got[j]):
                    probs.append("%s: project %d column %s stream differs" % (name, pi + 1, c))
            elif got[j] != "".join(want):
                probs.append(
                    "%s: project %d column %s stream differs: %r vs %r"
                    % (name, pi + 1, c, got[j][:80], "".join(want)[:80])
                )


def pieces_found(block, t):
    for l0, line in enumerate(block):
        x = 0
        cols_ = []
        for c in line:
            cols_.append(x)
            x += dw(c)
        for k, c in enumerate(line):
            if not t.startswith(c):
                continue
            col, rem, l = cols_[k], t, l0
            while rem and l < len(block):
                s = nw(slice_dw(block[l], col))
                n = 0
                while n < len(s) and n < len(rem) and s[n] == rem[n]:
                    n += 1
                if n == 0:
                    break
                rem, l = rem[n:], l + 1
            if not rem:
                return True
    return False


# ------------------------------------------------------------------ flat / oneline
def filled(cols, rows):
    j1 = cols.index("一级指标") if "一级指标" in cols else None
    j2 = cols.index("二级指标") if "二级指标" in cols else None
    out, lab = [], {}
    for r in rows:
        r = list(r)
        if j1 is not None and r[j1]:
            lab = {}
        for j in (j1, j2):
            if j is None:
                continue
            if r[j]:
                lab[j] = r[j]
            else:
                r[j] = lab.get(j, "")
        out.append(r)
    return out


def segments(joined, title, n):
    """The text of each project: from its title to the next title."""
    pos, out = [], []
    k = joined.find(title)
    while k >= 0:
        pos.append(k)
        k = joined.find(title, k + len(title))
    if len(pos) != n:
        return None
    return [joined[a : (pos[i + 1] if i + 1 < len(pos) else len(joined))] for i, a in enumerate(pos)]


def check_flat(text, doc, doc_id, probs):
    L = text.rstrip("\n").split("\n")
    if doc_id in WRAPPED:
        if any(len(x) > render8.FLAT_WRAP for x in L):
            probs.append("flat: a line longer than the wrap")
        joined = "".join(L)
    else:
        joined = "\n".join(L) + "\n"
    segs = segments(joined, doc["title"], len(doc["projects"]))
    if segs is None:
        probs.append("flat: titles")
        return
    for p, seg in zip(doc["projects"], segs):
        rows = filled(p["columns"], p["rows"]) if doc_id in FILLED else p["rows"]
        g0 = seg.find("".join(p["columns"]))
        for s in header_cells(p):
            if s not in seg[: max(g0, 0)]:
                probs.append("flat: header cell %r missing" % s)
        pos = g0
        for r in [p["columns"]] + rows:
            g = "".join(r)
            if doc_id in WRAPPED:
                k = seg.find(g, pos)
            else:
                k = seg.find("\n" + g + "\n", pos - 1)
                k = k + 1 if k >= 0 else k
            if k < 0:
                probs.append("flat: row %r not found" % g[:40])
            else:
                pos = k + len(g)


def check_oneline(text, doc, probs):
    if text.count("\n") != 1 or not text.endswith("\n"):
        probs.append("oneline: not one line")
    segs = segments(text, doc["title"], len(doc["projects"]))
    if segs is None:
        probs.append("oneline: titles")
        return
    for p, seg in zip(doc["projects"], segs):
        g = "".join(p["columns"]) + "".join("".join(r) for r in p["rows"])
        g0 = seg.find(g)
        if g0 < 0:
            probs.append("oneline: glued grid of %r missing" % p["header"][0][1])
        for s in header_cells(p):
            if s not in seg[: max(g0, 0)]:
                probs.append("oneline: header cell %r missing" % s)


# ------------------------------------------------------------------ xlsx
def check_xlsx(path, doc, probs):
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.active
    rows = [["" if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)]
    cells = {nw(c) for r in rows for c in r}
    for pi, p in enumerate(doc["projects"]):
        for s in header_cells(p) + [doc["title"]]:
            if nw(s) not in cells:
                probs.append("xlsx: header cell %r missing" % s)
        want = [p["columns"]] + p["rows"]
        grid = [r[1 : 1 + len(p["columns"])] for r in rows]
        if find_consecutive(grid, want) is None:
            probs.append("xlsx: grid of project %d not found" % (pi + 1))


def check(doc_id):
    doc = json.load(open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8"))
    d = lambda ext: os.path.join(HERE, "docs", doc_id + ext)  # noqa: E731
    probs = []
    pt = read(d(".pipe.txt"))
    check_rows("pipe", parse_pipe(pt), doc, probs, title_line=pt.split("\n").count(doc["title"]) == 2)
    bt = read(d(".pipe_bare.txt"))
    check_rows("pipe_bare", parse_psql(bt, doc, probs), doc, probs, title_line=bt.split("\n").count(doc["title"]) == 2)
    tab = read(d(".tab.tsv"))
    if tab.count("\r\n") < sum(len(p["rows"]) + 1 for p in doc["projects"]):
        probs.append("tab: rows not ended by CRLF")
    rows = [[c.replace("\n", "") for c in r] for r in csv.reader(tab.splitlines(keepends=True), delimiter="\t")]
    check_rows("tab", rows, doc, probs)
    rows = [[c.replace("\n", "") for c in r] for r in csv.reader(read(d(".csv")).splitlines(keepends=True))]
    check_rows("csv", rows, doc, probs, middle_labels=doc_id in MIDDLE)
    check_lines("lines", read(d(".lines.txt")), doc, doc_id, probs, True)
    check_lines("lines_dropped", read(d(".lines_dropped.txt")), doc, doc_id, probs, False)
    check_aligned("aligned_top", read(d(".aligned_top.txt")), doc, probs, False)
    check_aligned("aligned_centered", read(d(".aligned_centered.txt")), doc, probs, True)
    check_flat(read(d(".flat.txt")), doc, doc_id, probs)
    check_oneline(read(d(".oneline.txt")), doc, probs)
    check_xlsx(d(".xlsx"), doc, probs)
    return probs


def main():
    ok = True
    for name in sorted(os.listdir(os.path.join(HERE, "data"))):
        if not name.endswith(".json"):
            continue
        doc_id = name[:-5]
        probs = check(doc_id)
        print(doc_id, "OK" if not probs else "PROBLEMS")
        for pr in probs:
            print("   !", pr)
        ok = ok and not probs
    print("ALL OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
