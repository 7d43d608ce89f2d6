"""Check that every cell of data/<doc>.json survives in each text shape and the XLSX that render9.py wrote.

Own code.  Uses render9.py only for the LAYOUT parameters it chose (the flow layout of the header block, the column
positions of the aligned shapes, the per-document option lists, the number formats of the XLSX); every shape is
read back from the file and compared with the data.
Usage: python tools/check_shapes.py [/work/blind9]
"""

import csv
import io
import os
import re
import sys

from openpyxl import load_workbook

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render9 as R  # noqa: E402

R.DATA = os.path.join(HERE, "data")


def trim(cells):
    cells = list(cells)
    while cells and cells[-1] == "":
        cells.pop()
    return cells


def expected_rows(doc):
    return [trim(c) for k, c in R.doc_rows(doc)]


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


# ------------------------------------------------------------------ delimited
def md_cells(line, outer):
    s = line.rstrip()
    if outer:
        if not (s.startswith("|") and s.endswith("|")):
            return None
        s = s[1:-1]
    elif "|" not in s:
        return None
    parts = re.split(r"(?<!\\)\|", s)
    return [p.strip().replace("\\|", "|").replace("<br>", "") for p in parts]


def check_md(doc, text, outer):
    rows = []
    for ln in text.split("\n"):
        c = md_cells(ln, outer)
        if c is None or all(re.fullmatch(r":?-{3,}:?", x) for x in c if x) and any(c):
            continue
        rows.append(trim(c))
    want = [r for k, r in zip([k for k, _ in R.doc_rows(doc)], expected_rows(doc)) if k in ("header", "columns", "row")]
    return ordered_rows(want, rows)


def ordered_rows(want, got):
    """Every wanted row, in order, as a row of got (consecutive rows of a table)."""
    probs, k = [], 0
    for w in want:
        while k < len(got) and got[k] != w:
            k += 1
        if k == len(got):
            probs.append("row not found in order: %r" % (w[:4],))
            k = 0
        else:
            k += 1
    return probs


def check_tsv(doc, text):
    rows = list(csv.reader(io.StringIO(text), delimiter="\t"))
    probs = []
    width = max(len(r) for r in R.doc_rows(doc) for r in [r[1]])
    if rows[0] != [""] + [str(k) for k in range(width)]:
        probs.append("column-number line wrong")
    body = []
    for i, r in enumerate(rows[1:]):
        if r[0] != str(i):
            probs.append("row number %r at line %d" % (r[0], i + 2))
        body.append(trim(r[1:]))
    if body != expected_rows(doc):
        probs += ordered_rows(expected_rows(doc), body) or ["extra or missing rows"]
    return probs


def check_csv(doc, text):
    probs = []
    if not text.startswith("\ufeff"):
        probs.append("no BOM")
    if "\n" in text.replace("\r\n", ""):
        probs.append("a bare LF")
    body = [trim(r) for r in csv.reader(io.StringIO(text[1:]))]
    if body != expected_rows(doc):
        probs += ordered_rows(expected_rows(doc), body) or ["extra or missing rows"]
    for ln in text[1:].split("\r\n"):  # text cells quoted, number cells not
        for quoted, f in fields(ln):
            if f and not quoted and not R.NUMLIKE.match(f):
                probs.append("unquoted text field %r" % f)
            if quoted and R.NUMLIKE.match(f) and "," not in f:
                probs.append("quoted number %r" % f)
    return probs


def fields(line):
    """(quoted?, text) of each field of a CSV line, read character by character."""
    out, i, n = [], 0, len(line)
    while i <= n:
        if i < n and line[i] == '"':
            j, buf = i + 1, []
            while j < n:
                if line[j] == '"' and j + 1 < n and line[j + 1] == '"':
                    buf.append('"')
                    j += 2
                elif line[j] == '"':
                    break
                else:
                    buf.append(line[j])
                    j += 1
            out.append((True, "".join(buf)))
            i = j + 2  # past the closing quote and the comma
        else:
            j = line.find(",", i)
            j = n if j < 0 else j
            out.append((False, line[i:j]))
            i = j + 1
    return out


# ------------------------------------------------------------------ one cell a line
def check_lines(doc, doc_id, text, drop):
    got = text.split("\n")
    if got and got[-1] == "":
        got.pop()
    probs, k = [], 0
    for kind, cells in R.doc_rows(doc):
        if kind == "blank":
            continue
        for c in cells:
            if c == "":
                if drop:
                    continue
                if k >= len(got) or got[k] != "":
                    probs.append("empty line expected at %d" % (k + 1))
                    return probs
                k += 1
                continue
            acc = ""
            while k < len(got) and len(acc) < len(c):
                acc += got[k].lstrip("\u3000")
                k += 1
            if acc != c:
                probs.append("cell %r read as %r (line %d)" % (c, acc, k))
                return probs
    if k != len(got):
        probs.append("%d lines left over" % (len(got) - k))
    return probs


# ------------------------------------------------------------------ aligned
def segments(line):
    """(display x, text) of each run separated by two or more spaces."""
    out = []
    for m in re.finditer(r"\S+(?: \S+)*", line):
        out.append((R.dw(line[: m.start()]), m.group()))
    return out


def in_order(stream, cells, what):
    probs, pos = [], 0
    s = re.sub(r"\s+", "", "".join(stream))
    for c in cells:
        c = re.sub(r"\s+", "", c)
        if not c:
            continue
        k = s.find(c, pos)
        if k < 0:
            probs.append("%s: %r not found in order" % (what, c))
        else:
            pos = k + len(c)
    return probs


def check_aligned(doc, text, centred):
    probs = []
    lines = []
    for page in text.split("\f"):
        pl = page.split("\n")
        lines += [ln for ln in pl if not re.fullmatch(r"\s*(共\d+页 第\d+页|- \d+ -)\s*", ln)]
    # project regions
    starts = [i for i, ln in enumerate(lines) if ln.startswith("项目名称")]
    if len(starts) != len(doc["projects"]):
        return ["%d 项目名称 lines for %d projects" % (len(starts), len(doc["projects"]))]
    for q, p in enumerate(doc["projects"]):
        a = starts[q]
        b = starts[q + 1] - 1 if q + 1 < len(starts) else len(lines)
        cols = p["columns"]
        gpos = R.grid_positions(doc, p)
        hdr_line = next(
            i
            for i in range(a, b)
            if [t for x, t in segments(lines[i])][:1] == [R.wrap(cols[0], gpos[0][1])[0]]
            and segments(lines[i])[0][0] == 0
            and not lines[i].startswith("项目")
        )
        # header block: streams by x
        streams = {}
        for ln in lines[a:hdr_line]:
            for x, t in segments(ln):
                streams.setdefault(x, []).append(t)
        for hr in R.header_rows(p["header"]):
            for c, (x, w) in zip(hr, R.header_positions(doc, hr)):
                if c:
                    probs += in_order(streams.get(x, []), [c], "header x=%d" % x)
        # grid: streams by column start
        xs = [x for x, w in gpos]
        streams = {x: [] for x in xs}
        for ln in lines[hdr_line:b]:
            for x, t in segments(ln):
                if x not in streams:
                    if t.strip() and not t.startswith("单位"):
                        probs.append("piece %r at x=%d, no column starts there" % (t, x))
                    continue
                streams[x].append(t)
        for j, (x, w) in enumerate(gpos):
            cells = [cols[j]] + [r[j] for r in p["rows"] if r[j]]
            probs += in_order(streams[x], cells, "%s column %s" % (p["header"][0][1][-8:], cols[j]))
    return probs


# ------------------------------------------------------------------ flat and oneline
def check_flat(doc, doc_id, text):
    got = text.rstrip("\n").split("\n")
    want = [doc["title"]]
    for p in doc["projects"]:
        want.append(R.UNIT_LINE)
        for hr in R.header_rows(p["header"]):
            cells = hr[1:] if hr[0] == "" else hr
            if len(cells) % 2 == 1:
                want.append(cells[0] + "".join(cells[k] + "\u3000" + cells[k + 1] for k in range(1, len(cells), 2)))
            else:
                want.append("".join(cells[k] + "\u3000" + cells[k + 1] for k in range(0, len(cells), 2)))
        want.append("".join(p["columns"]))
        for r in p["rows"]:
            if doc_id in R.GLUE_SPACE_DOCS:
                want.append("".join(c if c else " " for c in r).rstrip())
            else:
                want.append("".join(r))
    probs = []
    for k, (w, g) in enumerate(zip(want, got)):
        if w != g:
            probs.append("line %d: %r != %r" % (k + 1, g[:40], w[:40]))
    if len(want) != len(got):
        probs.append("%d lines, %d wanted" % (len(got), len(want)))
    return probs


def check_oneline(doc, text):
    got = [ln for ln in text.rstrip("\n").split("\n")]
    probs = []
    if len(got) != 2 * len(doc["projects"]) - 1 or any(got[k] for k in range(1, len(got), 2)):
        return ["not one line per project with empty lines between"]
    for p, ln in zip(doc["projects"], got[::2]):
        if not ln.startswith(doc["title"] + " "):
            probs.append("title missing")
        g = "".join(p["columns"]) + "".join("".join(r) for r in p["rows"])
        if not ln.endswith(" " + g):
            probs.append("glued grid not at the end of the line")
        head = ln[: len(ln) - len(g)]
        pos = 0
        for k, v in p["header"]:
            for s in (k, v):
                i = head.find(s, pos) if s else pos
                if i < 0:
                    probs.append("header %r not in order" % s)
                else:
                    pos = i + len(s)
    return probs


# ------------------------------------------------------------------ xlsx
def check_xlsx(doc, path):
    ws = load_workbook(path).active
    c0 = R.FIRST_COL
    grid = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            v = cell.value
            text = v if isinstance(v, str) else R.shown(v, cell.number_format)
            grid[(cell.row, cell.column)] = text
    probs = []
    if any(c < c0 for r, c in grid):
        probs.append("cells left of column C")
    texts = set(grid.values())
    for p in doc["projects"]:
        for k, v in p["header"]:
            for s in (k, v):
                if s and s not in texts:
                    probs.append("header cell %r missing" % s)
        for c in p["columns"]:
            if c not in texts:
                probs.append("grid header %r missing" % c)
        rows = sorted({r for r, c in grid})
        k = 0
        for r in p["rows"]:
            want = {c0 + j: v for j, v in enumerate(r) if v}
            while (
                k < len(rows)
                and {c: grid[(rows[k], c)] for c in range(c0, c0 + len(r)) if (rows[k], c) in grid} != want
            ):
                k += 1
            if k == len(rows):
                probs.append("grid row %r not found in order" % (r[:4],))
                k = 0
            else:
                k += 1
    return probs


def main():
    ok = True
    for doc_id in R.doc_ids():
        doc = R.load(doc_id)
        base = os.path.join(HERE, "docs", doc_id)
        res = {
            "pipe": check_md(doc, read(base + ".pipe.txt"), True),
            "pipe_bare": check_md(doc, read(base + ".pipe_bare.txt"), False),
            "tab": check_tsv(doc, read(base + ".tab.tsv")),
            "csv": check_csv(doc, read(base + ".csv")),
            "lines": check_lines(doc, doc_id, read(base + ".lines.txt"), False),
            "lines_dropped": check_lines(doc, doc_id, read(base + ".lines_dropped.txt"), True),
            "aligned_top": check_aligned(doc, read(base + ".aligned_top.txt"), False),
            "aligned_centered": check_aligned(doc, read(base + ".aligned_centered.txt"), True),
            "flat": check_flat(doc, doc_id, read(base + ".flat.txt")),
            "oneline": check_oneline(doc, read(base + ".oneline.txt")),
            "xlsx": check_xlsx(doc, base + ".xlsx"),
        }
        bad = {k: v for k, v in res.items() if v}
        print("%s: %s" % (doc_id, "OK" if not bad else "PROBLEMS in " + ", ".join(bad)))
        for k, v in bad.items():
            ok = False
            for pr in v[:5]:
                print("   %s: %s" % (k, pr))
    print("ALL OK" if ok else "FAILED")


if __name__ == "__main__":
    main()
