"""Cell-survival check of the ten text shapes and the XLSX of blind19 (own code).

Reads each shape back with a reader of its own kind and compares with the rows of data/<doc>.json in the
render19 layout (title, fill-down header rows, grid header, grid rows).  Usage:
    python tools/check_shapes.py [/work/blind19]
Exit 1 and a list of problems when any cell is lost, changed or out of order.
"""

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
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from render19 import CATS, hdr_merged, layout, merged_flags, sheet_rows  # noqa: E402

FOOT = re.compile(r"^\s*第 \d+ 页 共 \d+ 页\s*$")


def rows_of(doc):
    out = []
    for p, rows in layout(doc):
        out += [c for kind, c in rows]
    return out


def first_diff(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return "row %d: %r != %r" % (i, x, y)
    if len(a) != len(b):
        return "row count %d != %d" % (len(a), len(b))
    return None


def check_pipe(doc, text):
    got, group = [], None
    for line in text.split("\n"):
        m = re.match(r"^====== (.*) ======$", line)
        if m:
            got.append([m.group(1)])
            continue
        if not line or line[0] not in "^|":
            continue
        cells = [c[1:-1] if c.startswith(" ") and c.endswith(" ") else c for c in re.split(r"[\^|]", line)[1:-1]]
        got.append(cells)
    # undo ::: (fill-down for header groups, "" for merged grid cells)
    prev = None
    for c in got:
        if c and c[0] == ":::" and prev is not None and len(c) == 3:
            c[0] = prev
        prev = c[0] if len(c) == 3 else None
        for j, x in enumerate(c):
            if x == ":::":
                c[j] = ""
    return first_diff(got, rows_of(doc))


def check_sqlcmd(doc, text):
    got, lines = [], text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line == "" or re.match(r"^\(\d+ rows affected\)$", line) or re.fullmatch(r"-+(\|-+)*", line):
            i += 1
            continue
        got.append(line.split("|"))
        i += 1
    return first_diff(got, rows_of(doc))


def norm_sheet(rows):
    out = []
    for r in rows:
        r = list(r)
        while r and r[-1] == "":
            r.pop()
        out.append(r)
    return out


def check_tsv(doc, text):
    if "\r" in text:
        return "CR in TSV"
    lines = text.split("\n")
    if lines[-1] != "":
        return "no final LF"
    w = set(len(x.split("\t")) for x in lines[:-1])
    if len(w) != 1:
        return "rows of unequal width %s" % sorted(w)
    return first_diff(norm_sheet([x.split("\t") for x in lines[:-1]]), norm_sheet(sheet_rows(doc)))


def check_csv(doc, text):
    rows = list(csv.reader(io.StringIO(text)))
    head, body = rows[0], rows[1:]
    if head[0] != "" or any(h != "...%d" % (j + 1) for j, h in enumerate(head[1:])):
        return "bad header %r" % head[:3]
    # NA must be unquoted, strings quoted: re-read the raw lines for that
    for k, line in enumerate(text.split("\n")[1:-1]):
        if not re.fullmatch(r'(?:"(?:[^"]|"")*"|NA)(?:,(?:"(?:[^"]|"")*"|NA))*', line) or re.search(
            r'(^|,)"NA"(,|$)', line
        ):
            return "quoting broken on line %d" % (k + 2)
    got = []
    for n, r in enumerate(body):
        if r[0] != str(n + 1):
            return "row name %r at row %d" % (r[0], n + 1)
        got.append(["" if x == "NA" else x for x in r[1:]])
    return first_diff(norm_sheet(got), norm_sheet(sheet_rows(doc)))


def check_lines(doc, text, dropped):
    lines = text.split("\n")[:-1]
    rows = rows_of(doc)
    cells = [x for r in rows for x in r]
    if dropped:
        if "" in lines:
            return "empty line in lines_dropped"
        return None if "".join(lines) == "".join(cells) and all(x in "".join(cells) for x in lines) else "text differs"
    if "".join(lines) != "".join(cells):
        return "joined text differs"
    empties = sum(1 for x in lines if x == "")
    want = sum(1 for x in cells if x == "") + len(rows)
    if empties != want:
        return "empty lines %d != %d" % (empties, want)
    # row by row: every row's cells, then exactly one empty line
    k = 0
    for r in rows:
        for x in r:
            if x == "":
                if lines[k] != "":
                    return "line %d: expected an empty cell" % (k + 1)
                k += 1
                continue
            acc = ""
            while acc != x:
                if k >= len(lines) or not x.startswith(acc + lines[k]) or lines[k] == "":
                    return "line %d: cell %r broken" % (k + 1, x)
                acc += lines[k]
                k += 1
        if lines[k] != "":
            return "line %d: no row-end line" % (k + 1)
        k += 1
    return None


def chars(s):
    return collections.Counter(ch for ch in s if not ch.isspace())


def strip_aligned(text):
    out = []
    for page in text.split("\f"):
        for line in page.split("\n"):
            if FOOT.match(line):
                continue
            out.append(line)
    return out


def check_aligned(doc, text, centered):
    lines = [x for x in strip_aligned(text) if x.strip()]
    rows = []
    for p, rs in layout(doc):
        rows += [(kind, c) for kind, c in rs]
    if centered:
        got = chars("".join(lines))
        hm = []
        for p, rs in layout(doc):
            hm += hdr_merged(rs)
        want = chars("".join("".join(c[1:] if hm[n] else c) for n, (kind, c) in enumerate(rows)))
        # continuation pages repeat their grid header, 续表, and the running 一级/二级 labels: allow those
        extra = got - want
        missing = want - got
        if missing:
            return "characters missing: %r" % "".join(sorted(missing.elements()))[:80]
        return None
    k, last_head = 0, None
    for kind, c in rows:
        want = chars("".join(c))
        if kind == "hdr" and len(c) == 3:
            pass
        if not want:
            continue
        while True:
            # skip furniture: 续表 and a repeated grid header
            if k < len(lines) and lines[k].strip() == "续表":
                k += 1
                acc = collections.Counter()
                while k < len(lines) and acc != chars("".join(last_head or [])):
                    acc += chars(lines[k])
                    k += 1
                continue
            break
        acc = collections.Counter()
        start = k
        while k < len(lines) and acc != want:
            acc += chars(lines[k])
            k += 1
            if not (acc - want) == collections.Counter() and acc != want:
                break
        if acc != want:
            # the fill-down group cell is printed once per group: retry without it
            if kind == "hdr" and len(c) == 3:
                k = start
                want2 = chars("".join(c[1:]))
                acc = collections.Counter()
                while k < len(lines) and acc != want2:
                    acc += chars(lines[k])
                    k += 1
                    if acc - want2:
                        break
                if acc == want2:
                    continue
            return "line %d: row %r not found (%r)" % (
                start + 1,
                c[:3],
                lines[start][:60] if start < len(lines) else "",
            )
        if kind == "head":
            last_head = c
    if k != len(lines):
        return "left over lines from %d: %r" % (k + 1, lines[k][:60])
    return None


def check_flat(doc, text):
    got = [x for x in text.split("\n") if x != ""]
    want = ["".join(c) for c in rows_of(doc)]
    want = [x for x in want if x != ""]
    return first_diff(got, want)


def check_oneline(doc, text):
    if text.count("\n") != 1 or not text.endswith("\n"):
        return "not one line"
    want = " ".join("".join(c) for c in rows_of(doc))
    return (
        None
        if text[:-1] == want
        else "text differs at %d"
        % next((i for i, (a, b) in enumerate(zip(text, want)) if a != b), min(len(text), len(want)))
    )


def check_xlsx(doc, path):
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.worksheets[0]
    got = []
    for row in ws.iter_rows(values_only=True):
        vals = [str(v) for v in row if v is not None]
        if vals:
            got.append(vals)
    want = []
    for p, rows in layout(doc):
        flags = merged_flags(p)
        hm = hdr_merged(rows)
        gi = 0
        for n, (kind, c) in enumerate(rows):
            if kind == "row":
                want.append([x for j, x in enumerate(c) if x != "" and not flags[gi][j]])
                gi += 1
            elif kind == "hdr" and len(c) == 3 and hm[n]:
                want.append([x for x in c[1:] if x != ""])
            else:
                want.append([x for x in c if x != ""])
    want = [w for w in want if w]
    return first_diff(got, want)


def main():
    problems = 0
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        doc = json.load(open(path, encoding="utf-8"))
        base = os.path.join(HERE, "docs", doc_id)

        def rd(suf):
            with open(base + suf, encoding="utf-8", newline="") as f:
                return f.read()

        results = {
            ".pipe.txt": check_pipe(doc, rd(".pipe.txt")),
            ".pipe_bare.txt": check_sqlcmd(doc, rd(".pipe_bare.txt")),
            ".tab.tsv": check_tsv(doc, rd(".tab.tsv")),
            ".csv": check_csv(doc, rd(".csv")),
            ".lines.txt": check_lines(doc, rd(".lines.txt"), False),
            ".lines_dropped.txt": check_lines(doc, rd(".lines_dropped.txt"), True),
            ".aligned_top.txt": check_aligned(doc, rd(".aligned_top.txt"), False),
            ".aligned_centered.txt": check_aligned(doc, rd(".aligned_centered.txt"), True),
            ".flat.txt": check_flat(doc, rd(".flat.txt")),
            ".oneline.txt": check_oneline(doc, rd(".oneline.txt")),
            ".xlsx": check_xlsx(doc, base + ".xlsx"),
        }
        for suf, res in results.items():
            if res:
                problems += 1
                print("PROBLEM", doc_id + suf, res)
    print("ALL OK" if not problems else "%d problems" % problems)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
