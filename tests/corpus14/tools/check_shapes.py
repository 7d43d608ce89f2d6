"""Cell-survival check of blind14's ten text shapes and the XLSX (own code, independent of render14.py: it
reads the files back with their own format's rules and compares with data/).

Usage: python tools/check_shapes.py [corpus folder] [docs folder]   (exit 1 on any problem)

Expected cell sequence per document: per project the title, the header block's keys and non-empty values in
data order, the grid header names, every non-empty grid cell row by row.
"""

import csv
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
DOCS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(HERE, "docs")
CATS = ("一级指标", "二级指标")
PAGE_LINES = 46
problems = []


def bad(doc, shape, msg):
    problems.append("%s %s: %s" % (doc, shape, msg))


def ns(s):
    return re.sub(r"\s+", "", s)


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def header_cells(p):
    out = []
    for k, v in p["header"]:
        out.append(k)
        if v != "":
            out.append(v)
    return out


def expected(doc):
    seq = []
    for p in doc["projects"]:
        seq.append(doc["title"])
        seq += header_cells(p)
        seq += p["columns"]
        seq += [c for r in p["rows"] for c in r if c != ""]
    return seq


def compare(doc_id, shape, got, want):
    if got == want:
        return
    for i, (g, w) in enumerate(zip(got, want)):
        if g != w:
            bad(doc_id, shape, "cell %d: got %r, want %r" % (i, g, w))
            return
    bad(doc_id, shape, "%d cells, want %d" % (len(got), len(want)))


def read(path, enc="utf-8"):
    with open(path, "rb") as f:
        return f.read().decode(enc)


# ------------------------------------------------------------------ shapes
def check_pipe(d, doc):
    got, widths = [], None
    for line in read(os.path.join(DOCS, d + ".pipe.txt")).split("\n"):
        if line.startswith("* "):
            got.append(line[2:])
            widths = None
        elif line.startswith("|-"):
            if not re.fullmatch(r"\|(-+\+)*-+\|", line):
                bad(d, "pipe", "bad org rule line %r" % line)
        elif line.startswith("|"):
            if widths is not None and dw(line) != widths:
                bad(d, "pipe", "row width %d != %d: %r" % (dw(line), widths, line[:40]))
            widths = dw(line)
            if not line.endswith(" |"):
                bad(d, "pipe", "row not closed: %r" % line[:40])
            got += [c.strip() for c in line[1:-1].split("|") if c.strip()]
        else:
            widths = None
    compare(d, "pipe", got, expected(doc))


def check_pipe_bare(d, doc):
    got = []
    for line in read(os.path.join(DOCS, d + ".pipe_bare.txt")).split("\n"):
        got += [c for c in line.split("|") if c != ""]
    compare(d, "pipe_bare", got, expected(doc))


def check_tab(d, doc):
    raw = open(os.path.join(DOCS, d + ".tab.tsv"), "rb").read()
    if not raw.startswith(b"\xff\xfe"):
        bad(d, "tab", "no UTF-16LE BOM")
    text = raw.decode("utf-16")
    if "\n" in text.replace("\r\n", ""):
        bad(d, "tab", "a bare LF outside CRLF")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
    if len({len(r) for r in rows if r}) != 1:
        bad(d, "tab", "rows not padded to the used range")
    compare(d, "tab", [c for r in rows for c in r if c != ""], expected(doc))


def check_csv(d, doc):
    text = read(os.path.join(DOCS, d + ".csv"))
    for line in text.split("\n"):
        for m in re.finditer(r'(?:^|,)([^",]*)(?=,|$)', line):
            if " " in m.group(1):
                bad(d, "csv", "unquoted field with a space %r" % m.group(1))
    rows = list(csv.reader(io.StringIO(text, newline="")))
    compare(d, "csv", [c for r in rows for c in r if c != ""], expected(doc))


def check_lines(d, doc, dropped):
    shape = "lines_dropped" if dropped else "lines"
    lines = read(os.path.join(DOCS, d + (".lines_dropped.txt" if dropped else ".lines.txt"))).split("\n")
    if lines[-1] != "":
        bad(d, shape, "no final newline")
    lines = lines[:-1]
    if dropped and any(x.strip() == "" for x in lines):
        bad(d, shape, "an empty line")
    if not dropped:  # every cell a line: the count must be exact
        want_n = sum(
            1 + len(header_cells_all(p)) + len(p["columns"]) + sum(len(r) for r in p["rows"]) for p in doc["projects"]
        )
        if len(lines) != want_n:
            bad(d, shape, "%d lines, want %d (one a cell)" % (len(lines), want_n))
    compare(d, shape, [x for x in lines if x not in ("", "\u3000")], expected(doc))


def header_cells_all(p):
    """cells of the header block rows as laid out (empty money value on the key row left out)."""
    out = []
    for k, v in p["header"]:
        out.append(k)
        if not (k == "项目资金（万元）" and v == ""):
            out.append(v)
    return out


def check_aligned(d, doc, which):
    shape = "aligned_" + which
    text = read(os.path.join(DOCS, "%s.aligned_%s.txt" % (d, which)))
    pages = text[:-1].split("\n\f") if text.endswith("\n") else [text]
    lines = []
    for k, pg in enumerate(pages):
        pl = pg.split("\n")
        if len(pl) != PAGE_LINES + 1:
            bad(d, shape, "page %d has %d lines" % (k + 1, len(pl)))
        if pl[-1].strip() != "%d/%d" % (k + 1, len(pages)):
            bad(d, shape, "page %d foot %r" % (k + 1, pl[-1]))
        lines += pl[:-1]
    pi = -1
    projects = doc["projects"]
    head_txt, grid, starts = [], None, None
    results = [{"head": [], "grid": []} for _ in projects]
    for line in lines:
        if line.strip() == doc["title"]:
            pi += 1
            grid = None
            continue
        if pi < 0 or not line.strip():
            continue
        p = projects[pi]
        toks = re.split(r" {2,}", line.strip())
        if toks == p["columns"]:
            if grid is None:
                grid = True
                starts, x = [], 0
                pos = 0
                for t in p["columns"]:
                    i = line.index(t, pos)
                    starts.append(dw(line[:i]))
                    pos = i + len(t)
            elif dw(line[: line.index(p["columns"][0])]) != starts[0]:
                bad(d, shape, "repeated grid header moved")
            continue
        if grid is None:
            results[pi]["head"].append(line)
        else:
            results[pi]["grid"].append((line, starts))
    for p, res in zip(projects, results):
        if ns("".join(res["head"])) != ns("".join(header_cells(p))):
            bad(d, shape, "header block text differs: %s" % p["header"][0][1])
        cols = [""] * len(p["columns"])
        for line, st in res["grid"]:
            x, bounds = 0, st[1:] + [10**6]
            for ch in line:
                j = max(i for i, s in enumerate(st) if x >= s) if x >= st[0] else None
                if ch != " ":
                    if j is None:
                        bad(d, shape, "text left of the grid: %r" % line)
                        break
                    if x + dw(ch) > bounds[j]:
                        bad(d, shape, "text across a column boundary: %r" % line)
                        break
                    cols[j] += ch
                x += dw(ch)
        for j, c in enumerate(p["columns"]):
            want = ns("".join(r[j] for r in p["rows"]))
            if cols[j] != want:
                bad(d, shape, "column %s differs: %r vs %r" % (c, cols[j][:60], want[:60]))


def filled_rows(p):
    out, l1, l2 = [], "", ""
    cols = p["columns"]
    for r in p["rows"]:
        r = list(r)
        if "一级指标" in cols:
            j = cols.index("一级指标")
            if r[j]:
                l1, l2 = r[j], ""
            r[j] = l1
        if "二级指标" in cols:
            j = cols.index("二级指标")
            if r[j]:
                l2 = r[j]
            r[j] = l2
        out.append(r)
    return out


def header_rows_glued(p):
    return None  # the flat and oneline shapes glue whole header rows; compared as one string per project


def check_flat(d, doc):
    text = read(os.path.join(DOCS, d + ".flat.txt"))
    blocks = text.split(doc["title"] + "\n")[1:]
    if len(blocks) != len(doc["projects"]):
        bad(d, "flat", "%d project titles" % len(blocks))
        return
    for p, b in zip(doc["projects"], blocks):
        lines = [x for x in b.split("\n") if x != ""]
        n = len(p["rows"]) + 1
        grid, head = lines[-n:], lines[:-n]
        if ns("".join(head)) != ns("".join(header_cells(p))):
            bad(d, "flat", "header block differs: %s" % p["header"][0][1])
        want = ["".join(p["columns"])] + ["".join(r) for r in filled_rows(p)]
        for g, w in zip(grid, want):
            if g != w:
                bad(d, "flat", "row %r != %r" % (g[:50], w[:50]))
                break


def check_oneline(d, doc):
    text = read(os.path.join(DOCS, d + ".oneline.txt"))
    if text.count("\n") != 1 or not text.endswith("\n"):
        bad(d, "oneline", "not one line")
    segs = text[:-1].split("\\n")
    got_rows = []
    pi = -1
    head = {}
    for s in segs:
        if s == doc["title"]:
            pi += 1
            head[pi] = []
            continue
        head[pi].append(s)
    for k, p in enumerate(doc["projects"]):
        segs = head.get(k, [])
        n = len(p["rows"]) + 1
        grid, hb = segs[-n:], segs[:-n]
        if ns("".join(hb)) != ns("".join(header_cells(p))):
            bad(d, "oneline", "header block differs")
        want = ["".join(p["columns"])] + ["".join(r) for r in p["rows"]]
        if grid != want:
            bad(d, "oneline", "grid rows differ in %s" % p["header"][0][1])


def shown(cell):
    v, f = cell.value, cell.number_format
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if f.endswith("%"):
        dec = len(f.split(".")[1]) - 1 if "." in f else 0
        return ("%." + str(dec) + "f%%") % (v * 100)
    if f.startswith("#,##0"):
        dec = len(f.split(".")[1]) if "." in f else 0
        return format(v, ",." + str(dec) + "f")
    if f.startswith("0."):
        return ("%." + str(len(f) - 2) + "f") % v
    return str(v)


def check_xlsx(d, doc):
    wb = openpyxl.load_workbook(os.path.join(DOCS, d + ".xlsx"))
    ws = wb.active
    got = []
    for row in ws.iter_rows():
        got += [shown(c) for c in row if shown(c) != ""]
    compare(d, "xlsx", got, expected(doc))
    if "一级指标" in doc["projects"][0]["columns"] and not ws.merged_cells.ranges:
        bad(d, "xlsx", "no merged cells")


def main():
    ids = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "data")) if f.endswith(".json"))
    for d in ids:
        doc = json.load(open(os.path.join(HERE, "data", d + ".json"), encoding="utf-8"))
        check_pipe(d, doc)
        check_pipe_bare(d, doc)
        check_tab(d, doc)
        check_csv(d, doc)
        check_lines(d, doc, False)
        check_lines(d, doc, True)
        check_aligned(d, doc, "top")
        check_aligned(d, doc, "centered")
        check_flat(d, doc)
        check_oneline(d, doc)
        check_xlsx(d, doc)
    for p in problems:
        print(p)
    print("%d documents × 11 files: %s" % (len(ids), "ALL OK" if not problems else "%d PROBLEMS" % len(problems)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
