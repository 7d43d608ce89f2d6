"""check_shapes.py: every non-empty cell of data/<doc>.json survives in every text shape and the XLSX.

Own code, independent of render7.py (it imports nothing from it).  Usage:
    python tools/check_shapes.py /work/blind7 [docs-folder]
(the optional docs folder lets the check run on a damaged copy)."""

import csv
import glob
import io
import json
import os
import re
import sys
import unicodedata

from openpyxl import load_workbook

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
DOCS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(HERE, "docs")
SHAPES = (
    ".pipe.txt",
    ".pipe_bare.txt",
    ".tab.tsv",
    ".csv",
    ".lines.txt",
    ".lines_dropped.txt",
    ".aligned_top.txt",
    ".aligned_centered.txt",
    ".flat.txt",
    ".oneline.txt",
    ".xlsx",
    ".pdf",
    ".pdftotext.txt",
)


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def trim(row):
    row = [c.strip() for c in row]
    while row and row[-1] == "":
        row.pop()
    return row


def grid_in_rows(rows, grid, fill_ok=False):
    """The grid (header + rows) appears as consecutive rows (trailing empty cells ignored)."""
    want = [trim(r) for r in grid]
    for s in range(len(rows) - len(want) + 1):
        ok = True
        last = {}
        for k, w in enumerate(want):
            got = rows[s + k]
            if fill_ok:
                got = list(got) + [""] * (len(w) - len(got))
                for i, c in enumerate(w):
                    if c:
                        last[i] = c
                    elif got[i] and got[i] != last.get(i):
                        ok = False
                    elif got[i]:
                        got[i] = ""
                got = trim(got)
            if trim(got) != w:
                ok = False
                break
        if ok:
            return True
    return False


def header_cells(p):
    return [c for kv in p["header"] for c in kv if c]


def check_delimited(doc, rows, name, errs, fill_ok=False):
    flat = [c.strip() for r in rows for c in r]
    for p in doc["projects"]:
        if not grid_in_rows(rows, [p["columns"]] + p["rows"], fill_ok):
            errs.append("%s: grid of %s not found row for row" % (name, p["header"][0][1]))
        for c in header_cells(p):
            if c not in flat:
                errs.append("%s: header cell %r missing" % (name, c))
    if doc["title"] not in flat and not (name == "pipe" and ["# " + doc["title"]] in rows):
        errs.append("%s: title missing" % name)


def check_lines(doc, text, name, keep_empty, errs):
    ls = [l.rstrip(" \u3000") for l in text.split("\n")]
    pos = 0
    for p in doc["projects"]:
        start = pos
        for c in header_cells(p):
            if not any(find_joined(ls, i, c) for i in range(start, len(ls))):
                errs.append("%s: header cell %r missing" % (name, c))
        for r in [p["columns"]] + p["rows"]:
            for c in r:
                if not c.strip():
                    if keep_empty:
                        if pos >= len(ls) or ls[pos].strip():
                            errs.append("%s: empty cell expected at line %d" % (name, pos + 1))
                            return
                        pos += 1
                    continue
                # the next non-consumed lines (header block lines may come before the grid)
                k = next_match(ls, pos, c, first=(r is p["columns"] and c == r[0]))
                if k is None:
                    errs.append("%s: cell %r not found in order after line %d" % (name, c, pos + 1))
                    return
                pos = k
    return


def find_joined(ls, i, c, maxn=8):
    acc = ""
    for j in range(i, min(len(ls), i + maxn)):
        acc += ls[j].strip()
        if acc == c.replace("\n", ""):
            return j + 1
        if not c.replace("\n", "").startswith(acc):
            return None
    return None


def next_match(ls, pos, c, first):
    if first:  # the grid header: search forward
        for i in range(pos, len(ls)):
            k = find_joined(ls, i, c)
            if k:
                return k
        return None
    return find_joined(ls, pos, c)


def check_aligned(doc, text, name, errs):
    lines = [l for page in text.split("\f") for l in page.split("\n")]

    # display-column index of each line
    def pieces_at(i, col):
        line = lines[i]
        acc, x = "", 0
        out = None
        for ch_i, ch in enumerate(line):
            if x == col:
                rest = line[ch_i:]
                m = re.match(r"(.*?)(?=\s{2,}|$)", rest)
                return m.group(1)
            x += dw(ch)
        return out

    def found(c, from_line):
        c = c.strip()
        for i in range(from_line, len(lines)):
            line = lines[i]
            x = 0
            for ch_i in range(len(line)):
                if line.startswith(c[: min(len(c), 2)], ch_i) and (ch_i == 0 or line[ch_i - 1] == " "):
                    acc, j = "", i
                    while j < len(lines) and len(acc) < len(c):
                        piece = pieces_at(j, x)
                        if piece is None or piece == "":
                            break
                        acc += piece.strip()
                        if not c.startswith(acc):
                            break
                        j += 1
                    if acc == c:
                        return i
                x += dw(line[ch_i])
        return None

    pos = 0
    for p in doc["projects"]:
        for c in header_cells(p):
            if found(c, pos) is None:
                errs.append("%s: header cell %r missing" % (name, c))
        for r in [p["columns"]] + p["rows"]:
            name_cells = [c for c in r if c.strip()]
            row_line = None
            for c in name_cells:
                k = found(c, max(0, pos - 8))
                if k is None:
                    errs.append("%s: cell %r missing" % (name, c))
                    continue
                row_line = k if row_line is None else min(row_line, k)
            if row_line is not None:
                pos = row_line
    return


def check_flat(doc, text, name, errs):
    ls = text.split("\n")
    for p in doc["projects"]:
        for r in [p["columns"]] + p["rows"]:
            cells = [c for c in r if c]
            if not any(l.strip() in ("".join(cells), " ".join(cells)) for l in ls):
                errs.append("%s: row %r not on a line of its own" % (name, "".join(cells)[:30]))
        for c in header_cells(p):
            if c not in text:
                errs.append("%s: header cell %r missing" % (name, c))


def check_oneline(doc, text, name, errs):
    if "\r\n" not in text:
        errs.append("%s: CRLF expected" % name)
    ls = text.split("\r\n")
    for p in doc["projects"]:
        grid = "".join(c for r in [p["columns"]] + p["rows"] for c in r)
        line = [l for l in ls if p["header"][0][1] in l]
        if len(line) != 1:
            errs.append("%s: project line of %s" % (name, p["header"][0][1]))
            continue
        line = line[0]
        if grid not in line:
            errs.append("%s: glued grid of %s" % (name, p["header"][0][1]))
        for k, v in p["header"]:
            if (k + "：" + v if v else k) not in line:
                errs.append("%s: header item %s missing" % (name, k))


def shown(cell):
    v = cell.value
    if v is None:
        return ""
    if isinstance(v, (int, float)):
        fmt = cell.number_format
        dec = len(fmt.split(".")[1]) if "." in fmt else 0
        s = ("{:,.%df}" if "," in fmt else "{:.%df}") % dec
        return s.format(v)
    return str(v)


def check_xlsx(doc, path, name, errs):
    wb = load_workbook(path)
    rows = []
    for ws in wb.worksheets:
        for r in ws.iter_rows():
            rows.append([shown(c) for c in r][1:])  # column A is a margin
    check_delimited(doc, rows, name, errs, fill_ok=True)


def check(doc_id):
    errs = []
    with open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8") as f:
        doc = json.load(f)
    base = os.path.join(DOCS, doc_id)
    for s in SHAPES:
        if not os.path.exists(base + s):
            errs.append("missing " + s)
    t = read(base + ".pipe.txt")
    rows = [
        [c.strip() for c in l.strip()[1:-1].split("|")]
        for l in t.split("\n")
        if l.startswith("|") and not re.match(r"^\|[-|]+\|$", l)
    ] + [[l] for l in t.split("\n") if l.startswith("# ")]
    check_delimited(doc, rows, "pipe", errs)
    t = read(base + ".pipe_bare.txt")
    if "\r\n" not in t:
        errs.append("pipe_bare: CRLF expected")
    check_delimited(doc, [l.split("|") for l in t.split("\r\n")], "pipe_bare", errs)
    t = read(base + ".tab.tsv")
    check_delimited(doc, [l.split("\t") for l in t.split("\n")], "tab", errs)
    t = read(base + ".csv")
    check_delimited(doc, [[c.replace("\n", "") for c in r] for r in csv.reader(io.StringIO(t))], "csv", errs)
    check_lines(doc, read(base + ".lines.txt"), "lines", True, errs)
    check_lines(doc, read(base + ".lines_dropped.txt"), "lines_dropped", False, errs)
    check_aligned(doc, read(base + ".aligned_top.txt"), "aligned_top", errs)
    check_aligned(doc, read(base + ".aligned_centered.txt"), "aligned_centered", errs)
    check_flat(doc, read(base + ".flat.txt"), "flat", errs)
    check_oneline(doc, read(base + ".oneline.txt"), "oneline", errs)
    check_xlsx(doc, base + ".xlsx", "xlsx", errs)
    return errs


def main():
    bad = 0
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        errs = check(doc_id)
        print(doc_id, "OK" if not errs else "FAIL")
        for e in errs[:40]:
            print("   ", e)
        bad += bool(errs)
    print("ALL OK" if not bad else "%d document(s) FAIL" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
