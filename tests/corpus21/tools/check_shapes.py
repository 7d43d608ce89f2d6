"""Cell-survival check of every text shape and the XLSX of corpus blind21.
Usage: python tools/check_shapes.py [/work/blind21]   (exit 1 and a list of problems on any damage)

The expected cells come from data/<doc>.json.  The sheet-positioned shapes (pipe, pipe_bare, tab, csv, xlsx) are read
back by their own format's rules (markdown pipe table with nan; str(None); Spark CSV with backslash escapes; CSV with
'-prefixed numbers; openpyxl) and compared cell for cell with the sheet layout (render21.sheet: positions only).
lines: every non-empty cell as a whole line, in order, and the exact line count of a python-docx walk.
flat / oneline: exact lines / JSON strings, recomputed here.  aligned_*: furniture removed, for every grid the
column slices of its lines concatenated per column equal that column's cells concatenated (labels once), and the
header block's characters equal the header cells' characters (multiset)."""

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
import render21 as R  # noqa: E402  (layout parameters and the sheet positions only)

PROBLEMS = []


def bad(doc_id, shape, msg):
    PROBLEMS.append("%s%s: %s" % (doc_id, shape, msg))


def nows(s):
    return re.sub(r"\s+", "", s)


def expect_sheet(doc):
    W, rows, merges, kinds = R.sheet(doc)
    return W, [["" if v is None else v for v in row] for row in rows], merges, kinds


def compare_rows(doc_id, shape, got, want):
    if len(got) != len(want):
        bad(doc_id, shape, "row count %d != %d" % (len(got), len(want)))
    for i, (g, w) in enumerate(zip(got, want)):
        if g != w:
            bad(doc_id, shape, "row %d: %r != %r" % (i, [x for x in g if x][:6], [x for x in w if x][:6]))
            return


def read_text(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def check_pipe(doc_id, doc, text):
    W, want, _, _ = expect_sheet(doc)
    ls = text.split("\n")[:-1]
    if not re.match(r"^\|\s+\|\s+0\s+\|", ls[0]) or not ls[1].startswith("|---"):
        bad(doc_id, ".pipe.txt", "header/separator line")
    got = []
    for i, ln in enumerate(ls[2:]):
        cells = [c.strip() for c in ln[2:-2].split(" | ")]
        if cells[0] != str(i):
            bad(doc_id, ".pipe.txt", "index %r at line %d" % (cells[0], i + 3))
        got.append(["" if c == "nan" else c for c in cells[1:]])
    compare_rows(doc_id, ".pipe.txt", got, want)


def check_pipe_bare(doc_id, doc, text):
    W, want, _, _ = expect_sheet(doc)
    got = [["" if c == "None" else c for c in ln.split("|")] for ln in text.split("\n")[:-1]]
    compare_rows(doc_id, ".pipe_bare.txt", got, want)


def spark_split(line):
    cells, cur, i, quoted = [], "", 0, False
    raw = []
    while i <= len(line):
        ch = line[i] if i < len(line) else "\t"
        if quoted:
            if ch == "\\" and i + 1 < len(line):
                cur += line[i + 1]
                i += 2
                continue
            if ch == '"':
                quoted = False
                i += 1
                continue
            cur += ch
        elif ch == "\t":
            cells.append(cur)
            raw.append(cur == "" and line[max(0, i - 2) : i] == '""')
            cur = ""
        elif ch == '"' and cur == "":
            quoted = True
        else:
            cur += ch
        i += 1
    return cells, raw


def check_tab(doc_id, doc, text):
    W, want, _, kinds = expect_sheet(doc)
    ls = text.split("\n")[:-1]
    if ls[0] != "\t".join("_c%d" % j for j in range(W)):
        bad(doc_id, ".tab.tsv", "Spark header line")
    got = []
    _, rows, _, _ = R.sheet(doc)
    for k, ln in enumerate(ls[1:]):
        cells, quoted_empty = spark_split(ln)
        got.append(cells)
        if k < len(rows):
            for j, v in enumerate(rows[k]):
                own_empty = v == "" and kinds[k] == "grid"
                if j < len(quoted_empty) and own_empty != quoted_empty[j]:
                    bad(doc_id, ".tab.tsv", 'row %d col %d: "" marker wrong' % (k, j))
    compare_rows(doc_id, ".tab.tsv", got, want)


def check_csv(doc_id, doc, text):
    W, want, _, _ = expect_sheet(doc)
    if "\r\n" not in text:
        bad(doc_id, ".csv", "no CRLF")
    got = []
    for row in csv.reader(io.StringIO(text, newline="")):
        cells = [c[1:] if c.startswith("'") and R.NUMLIKE.match(c[1:]) else c for c in row]
        got.append(cells + [""] * (W - len(cells)))
    compare_rows(doc_id, ".csv", got, want)


def check_xlsx(doc_id, doc, path):
    from openpyxl import load_workbook

    W, want, merges, _ = expect_sheet(doc)
    ws = load_workbook(path, rich_text=True).active
    got = []
    for row in ws.iter_rows(min_row=1, max_row=len(want), max_col=W):
        got.append(["" if c.value is None else str(c.value) for c in row])
    compare_rows(doc_id, ".xlsx", got, want)
    have = {(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1) for m in ws.merged_cells.ranges}
    if have != set(merges):
        bad(doc_id, ".xlsx", "merged ranges differ (%d vs %d)" % (len(have), len(merges)))


def cells_in_order(doc):
    """Every printed cell of a document in reading order (title, header keys/values, grid header, grid cells;
    merged continuations skipped)."""
    out = []
    for p in doc["projects"]:
        out.append(doc["title"])
        for k, v in p["header"]:
            out += [k, v]
        out += p["columns"]
        for row in p["rows"]:
            out += row
    return [c for c in out if c]


def check_lines(doc_id, doc, text, drop):
    shape = ".lines_dropped.txt" if drop else ".lines.txt"
    ls = text.split("\n")[:-1]
    k = 0
    for c in cells_in_order(doc):
        while k < len(ls) and ls[k] != c:
            k += 1
        if k == len(ls):
            bad(doc_id, shape, "cell %r missing or out of order" % c)
            return
        k += 1
    n = 0
    for kind, obj in R.word_tables(doc):
        n += 1 if kind == "para" else sum(1 for row in obj for t in row if not drop or t.strip())
    if n != len(ls):
        bad(doc_id, shape, "line count %d != %d" % (len(ls), n))
    if drop and any(not x.strip() for x in ls):
        bad(doc_id, shape, "empty line")


def flat_expected(doc):
    out = []
    for p in doc["projects"]:
        out.append(doc["title"])
        items = p["header"]
        i = 0
        while i < len(items):
            k, v = items[i]
            if k == R.MONEY:
                j = i + 1
                while j < len(items) and items[j][0] not in R.GOALS:
                    j += 1
                money = items[i + 1 : j]
                n = len(money)
                for m, (mk, mv) in enumerate(money):
                    pre = R.MONEY if (n % 2 == 1 and m == n // 2) else ""
                    out.append(pre + mk + mv)
                    if n % 2 == 0 and m == n // 2 - 1:
                        out.append(R.MONEY)
                i = j
            elif i + 1 < len(items) and (k, items[i + 1][0]) in R.PAIRS:
                out.append(k + v + items[i + 1][0] + items[i + 1][1])
                i += 2
            else:
                out.append(k + v)
                i += 1
        cols = p["columns"]
        out.append("".join(cols))
        if R.CAT1 not in cols:
            out += ["".join(r) for r in p["rows"]]
            continue
        c1 = cols.index(R.CAT1)
        rows = p["rows"]
        spans = []
        for c in (c1, c1 + 1):
            start = None
            for i2, r in enumerate(rows + [None]):
                opens = r is None or r[c] or (c == c1 + 1 and r[c1])
                if opens and start is not None:
                    spans.append((start, i2 - 1, rows[start][c]))
                    start = None
                if r is not None and r[c]:
                    start = i2
        at = collections.defaultdict(list)
        for s, e, t in sorted(
            spans, key=lambda x: (x[0] + x[1], 0 if x[2] == rows[x[0]][c1] and rows[x[0]][c1] else 1)
        ):
            at[s + e].append(t)
        for i2, r in enumerate(rows):
            out.append("".join(r[:c1]) + "".join(at.get(2 * i2, [])) + "".join(r[c1 + 2 :]))
            if 2 * i2 + 1 in at:
                out.append("".join(at[2 * i2 + 1]))
    return out


def check_flat(doc_id, doc, text):
    got, want = text.split("\n")[:-1], flat_expected(doc)
    if got != want:
        for i, (g, w) in enumerate(zip(got, want)):
            if g != w:
                bad(doc_id, ".flat.txt", "line %d: %r != %r" % (i + 1, g[:40], w[:40]))
                return
        bad(doc_id, ".flat.txt", "line count %d != %d" % (len(got), len(want)))


def check_oneline(doc_id, doc, text):
    if text.count("\n") != 1:
        bad(doc_id, ".oneline.txt", "not one line")
    try:
        got = json.loads(text)
    except ValueError as e:
        bad(doc_id, ".oneline.txt", "not JSON: %s" % e)
        return
    want = []
    for p in doc["projects"]:
        want.append(doc["title"])
        items, i, money_first = p["header"], 0, True
        while i < len(items):
            k, v = items[i]
            if k == R.MONEY:
                i += 1
                continue
            if i + 1 < len(items) and (k, items[i + 1][0]) in R.PAIRS:
                want.append(k + v + items[i + 1][0] + items[i + 1][1])
                i += 2
                continue
            if items[i - 1][0] == R.MONEY:
                want.append(R.MONEY + k + v)
            else:
                want.append(k + v)
            i += 1
        want.append("".join(p["columns"]))
        want += ["".join(r) for r in p["rows"]]
    if got != want:
        bad(doc_id, ".oneline.txt", "rows differ: %d vs %d" % (len(got), len(want)))


def slices(line, xs, ends):
    pos, out = 0, [""] * len(xs)
    for ch in line:
        for j, (a, b) in enumerate(zip(xs, ends)):
            if a <= pos < b:
                out[j] += ch
        pos += R.dw(ch)
    return [s.strip() for s in out]


def check_aligned(doc_id, doc, text, shape):
    pages = text.split("\f")
    body = []
    for pg in pages:
        ls = pg.split("\n")[:-1]
        if not re.match(r"^\s+第\d+页/共\d+页$", ls[-1]) or "单位：万元" not in ls[0]:
            bad(doc_id, shape, "page furniture")
        body += ls[2:-2]
    # cut into projects at the title lines
    starts = [i for i, ln in enumerate(body) if ln.strip() == doc["title"]]
    if len(starts) != len(doc["projects"]):
        bad(doc_id, shape, "titles %d" % len(starts))
        return
    for pi, p in enumerate(doc["projects"]):
        seg = body[starts[pi] + 1 : starts[pi + 1] if pi + 1 < len(starts) else len(body)]
        cols = p["columns"]
        ws = [R.colwidth(c) for c in cols]
        xs, x = [], R.MARGIN
        for w in ws:
            xs.append(x)
            x += w + R.GUT
        ends = xs[1:] + [10**6]
        hpieces = [R.wrap(c, w) for c, w in zip(cols, ws)]
        hfirst = [h[0] for h in hpieces]
        hn = max(len(h) for h in hpieces)
        gi = next((i for i, ln in enumerate(seg) if slices(ln, xs, ends) == hfirst), None)
        if gi is None:
            bad(doc_id, shape, "grid header of project %d not found" % (pi + 1))
            continue
        head = "".join(seg[:gi])
        want_head = "".join(k + v for k, v in p["header"])
        if collections.Counter(nows(head)) != collections.Counter(nows(want_head)):
            bad(doc_id, shape, "header block characters of project %d" % (pi + 1))
        streams = [""] * len(cols)
        i = gi
        while i < len(seg):
            if slices(seg[i], xs, ends) == hfirst:
                i += hn
                continue
            for j, s in enumerate(slices(seg[i], xs, ends)):
                streams[j] += s
            i += 1
        for j, c in enumerate(cols):
            want = "".join(r[j] for r in p["rows"])
            if nows(streams[j]) != nows(want):
                bad(
                    doc_id,
                    shape,
                    "project %d column %s: %r != %r" % (pi + 1, c, nows(streams[j])[:30], nows(want)[:30]),
                )


def main():
    docs = os.path.join(HERE, "docs")
    n = 0
    for name in sorted(os.listdir(os.path.join(HERE, "data"))):
        doc_id = name[:-5]
        with open(os.path.join(HERE, "data", name), encoding="utf-8") as f:
            doc = json.load(f)
        base = os.path.join(docs, doc_id)
        check_pipe(doc_id, doc, read_text(base + ".pipe.txt"))
        check_pipe_bare(doc_id, doc, read_text(base + ".pipe_bare.txt"))
        check_tab(doc_id, doc, read_text(base + ".tab.tsv"))
        check_csv(doc_id, doc, read_text(base + ".csv"))
        check_lines(doc_id, doc, read_text(base + ".lines.txt"), False)
        check_lines(doc_id, doc, read_text(base + ".lines_dropped.txt"), True)
        check_aligned(doc_id, doc, read_text(base + ".aligned_top.txt"), ".aligned_top.txt")
        check_aligned(doc_id, doc, read_text(base + ".aligned_centered.txt"), ".aligned_centered.txt")
        check_flat(doc_id, doc, read_text(base + ".flat.txt"))
        check_oneline(doc_id, doc, read_text(base + ".oneline.txt"))
        check_xlsx(doc_id, doc, base + ".xlsx")
        n += 1
    for p in PROBLEMS:
        print(p)
    print("%d documents x 11 files: %s" % (n, "ALL OK" if not PROBLEMS else "%d problems" % len(PROBLEMS)))
    sys.exit(1 if PROBLEMS else 0)


if __name__ == "__main__":
    main()
