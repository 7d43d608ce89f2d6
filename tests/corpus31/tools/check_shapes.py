"""Check that every cell of data/<doc>.json survives in every rendering (own code; nothing shared with the parser).

Rebuilds each project's rows from data/ (title, header pairs, grid header, grid rows) and parses each file back:
pipe (node console.table: `│` cells, the (index) column and the column-number row dropped, quotes removed) cell
for cell; pipe_bare (awk, ` | ` between cells) cell for cell; csv (BOM, CRLF) cell for cell; tab.tsv (pyarrow,
every string quoted, empty cells empty) the non-empty cells row by row (the sheet's `单位：万元` rows and empty
rows passed over); lines = every cell a line; lines_dropped = every non-empty cell a line; flat = each row's cells
glued; oneline = the whole document glued; aligned_top / aligned_centered (real pdftotext): the multiset of
non-space characters equals the cells' (page feet `第 n 页` passed over); xlsx: the non-empty cells in sheet order;
docx: header and grid tables cell for cell (a merged cell's text on every row it spans).
Usage: python tools/check_shapes.py <corpus folder> [docs folder]
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
DOCS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(HERE, "docs")
CATS = ("一级指标", "二级指标")


def projects(doc):
    out = []
    for p in doc["projects"]:
        rows = [[doc["title"]]] + [list(kv) for kv in p["header"]] + [list(p["columns"])] + [list(r) for r in p["rows"]]
        out.append(rows)
    return out


def read(path, enc="utf-8"):
    with open(path, "rb") as f:
        return f.read().decode(enc)


def check_pipe(text, projs):
    got, want = [], []
    for rows in projs:
        want.append([rows[0][0]])
        W = max(len(r) for r in rows[1:])
        want += [r + [""] * (W - len(r)) for r in rows[1:]]
    heads = 0
    for line in text.split("\n"):
        if not line:
            continue
        if line[0] in "┌├└":
            continue
        if line[0] != "│":
            got.append([line])
            continue
        cells = [c.strip() for c in line.strip("│").split("│")]
        if cells[0] == "(index)":
            heads += 1
            continue
        cells = cells[1:]
        got.append([c[1:-1] if len(c) >= 2 and c[0] == c[-1] and c[0] in "'\"" else c for c in cells])
    return got == want and heads == len(projs)


def check_bare(text, projs):
    want = [" | ".join(r) for rows in projs for r in rows]
    return text.split("\n")[:-1] == want and text.endswith("\n")


def check_csv(raw, projs):
    if not raw.startswith("\ufeff") or "\n" in raw.replace("\r\n", ""):
        return False
    got = list(csv.reader(io.StringIO(raw[1:], newline="")))
    return got == [r for rows in projs for r in rows]


def check_tab(text, projs):
    got = [[c for c in r if c != ""] for r in csv.reader(io.StringIO(text, newline=""), delimiter="\t")]
    got = [r for r in got[1:] if r and r != ["单位：万元"]]  # (the first line: pyarrow's column names)
    return got == [[c for c in r if c != ""] for rows in projs for r in rows]


def check_lines(text, projs, drop):
    cells = [c for rows in projs for r in rows for c in r]
    if drop:
        cells = [c for c in cells if c != ""]
    return text == "".join(c + "\n" for c in cells)


def check_flat(text, projs):
    return text == "".join("".join(r) + "\n" for rows in projs for r in rows)


def check_oneline(text, projs):
    return text == "".join("".join(r) for rows in projs for r in rows) + "\n"


def chars(s):
    return collections.Counter(re.sub(r"\s+", "", s))


def check_aligned(text, projs):
    """Characters equal, up to the page feet and grid header rows repeated at the top of a page."""
    text = re.sub(r"第\s*\d+\s*页", "", text)
    got, want = chars(text), chars("".join(c for rows in projs for r in rows for c in r))
    if want - got:
        return False
    extra = got - want
    heads = [chars("".join(next(r for r in rows if len(r) == len(rows[-1])))) for rows in projs]  # grid headers
    for head in sorted(heads, key=lambda h: -sum(h.values())):
        while extra and not (head - extra):
            extra = extra - head
    return not extra


def check_xlsx(path, projs):
    from openpyxl import load_workbook

    ws = load_workbook(path).active
    got = [str(c) for row in ws.iter_rows(values_only=True) for c in row if c not in (None, "")]
    got = [c for c in got if c != "单位：万元"]
    return got == [c for rows in projs for r in rows for c in r if c != ""]


def check_docx(path, doc, projs):
    from docx import Document

    d = Document(path)
    paras = [p.text for p in d.paragraphs if p.text]
    if paras != [doc["title"]] * len(doc["projects"]):
        return False
    tables = d.tables
    if len(tables) != 2 * len(doc["projects"]):
        return False
    for i, p in enumerate(doc["projects"]):
        h = [[c.text for c in r.cells] for r in tables[2 * i].rows]
        if h != [list(kv) for kv in p["header"]]:
            return False
        g = [[c.text for c in r.cells] for r in tables[2 * i + 1].rows]
        want = [list(p["columns"])]
        carry = {}
        cat = [j for j, c in enumerate(p["columns"]) if c in CATS]
        for r in p["rows"]:
            orig, r = r, list(r)
            for j in cat:
                opens = orig[j] != "" or (j != cat[0] and orig[cat[0]] != "")
                if opens:
                    carry[j] = r[j]
                else:
                    r[j] = carry.get(j, "")
            want.append(r)
        if g != want:
            return False
    return True


def main():
    bad, n = [], 0
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        doc = json.load(open(path, encoding="utf-8"))
        projs = projects(doc)
        f = lambda suf: os.path.join(DOCS, doc_id + "." + suf)  # noqa: E731
        checks = {
            "pipe.txt": lambda: check_pipe(read(f("pipe.txt")), projs),
            "pipe_bare.txt": lambda: check_bare(read(f("pipe_bare.txt")), projs),
            "tab.tsv": lambda: check_tab(read(f("tab.tsv")), projs),
            "csv": lambda: check_csv(read(f("csv")), projs),
            "lines.txt": lambda: check_lines(read(f("lines.txt")), projs, False),
            "lines_dropped.txt": lambda: check_lines(read(f("lines_dropped.txt")), projs, True),
            "aligned_top.txt": lambda: check_aligned(read(f("aligned_top.txt")), projs),
            "aligned_centered.txt": lambda: check_aligned(read(f("aligned_centered.txt")), projs),
            "flat.txt": lambda: check_flat(read(f("flat.txt")), projs),
            "oneline.txt": lambda: check_oneline(read(f("oneline.txt")), projs),
            "xlsx": lambda: check_xlsx(f("xlsx"), projs),
            "docx": lambda: check_docx(f("docx"), doc, projs),
        }
        for suf, fn in checks.items():
            n += 1
            try:
                ok = fn()
            except Exception as e:  # a damaged file may not even parse
                ok = False
                print("   %s.%s: %s" % (doc_id, suf, e))
            if not ok:
                bad.append("%s.%s" % (doc_id, suf))
    for b in bad:
        print("FAIL", b)
    print("ALL OK (%d files)" % n if not bad else "FAILED %d of %d files" % (len(bad), n))
    return bad


if __name__ == "__main__":
    main()
