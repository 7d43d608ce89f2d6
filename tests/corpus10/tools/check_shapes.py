"""Cell-survival check of the ten text shapes and the XLSX of blind10 (own code).

Every file is read back with a reader of its own kind (org/markdown bars, tabs, the csv module, lines, columns of
runs, openpyxl) and every cell of data/<doc>.json must come back, in order, as the rendering's layout puts it
(the layout rules: render10.header_rows for the header block, render10.merged_flags for merged 一级/二级 cells).
Usage: python tools/check_shapes.py [corpus folder]   -> prints OK / the problems per file, exit 1 on a problem.
"""

import csv
import io
import json
import os
import re
import sys

import openpyxl

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from render10 import ATTACHMENT, header_rows, merged_flags  # noqa: E402  (layout rules only)

NBSP, IDEO = "\u00a0", "\u3000"


def dw(s):
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def rtrim(r):
    r = list(r)
    while r and r[-1] == "":
        r.pop()
    return r


class Doc:
    def __init__(self, doc_id):
        with open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8") as f:
            self.d = json.load(f)
        self.id = doc_id
        self.title = self.d["title"]
        self.projects = self.d["projects"]

    def grid(self, p):
        return [p["columns"]] + p["rows"]


def read(doc_id, suffix):
    with open(os.path.join(HERE, "docs", doc_id + suffix), encoding="utf-8", newline="") as f:
        return f.read()


# ------------------------------------------------------------------ delimited shapes
def tables_from_bars(text, outer):
    """Tables (lists of rows) of an org table (outer bars) or a padded bar table without outer bars."""
    tables, cur = [], []
    for line in text.split("\n"):
        is_row = line.startswith("|") if outer else ("|" in line)
        if not is_row:
            if cur:
                tables.append(cur)
                cur = []
            continue
        if re.fullmatch(r"\|?[-+|]+\|?", line):
            continue  # hline / separator
        if outer:
            assert line.endswith(" |"), line
            cells = line[2:-2].split(" | ")
        else:
            cells = line.split("|")
        cur.append([c.strip() for c in cells])
    if cur:
        tables.append(cur)
    return tables


def check_bars(doc, text, outer):
    probs = []
    tables = tables_from_bars(text, outer)
    if len(tables) != 2 * len(doc.projects):
        return ["%d tables, expected %d" % (len(tables), 2 * len(doc.projects))]
    for k, p in enumerate(doc.projects):
        ht, gt = tables[2 * k], tables[2 * k + 1]
        exp_h = [rtrim(r) for r in header_rows(p["header"])]
        if [rtrim(r) for r in ht] != exp_h:
            probs.append("project %d header block differs" % k)
        exp_g = doc.grid(p)
        if len(gt) != len(exp_g):
            probs.append("project %d: %d grid rows, expected %d" % (k, len(gt), len(exp_g)))
        for a, b in zip(gt, exp_g):
            if a != b:
                probs.append("project %d grid row differs: %s / %s" % (k, a, b))
    titles = text.count(doc.title)
    if titles != len(doc.projects):
        probs.append("title printed %d times" % titles)
    return probs


def expected_tab(doc):
    out = []
    for n, p in enumerate(doc.projects):
        if n:
            out.append([""])
        out.append([doc.title])
        out += header_rows(p["header"])
        out.append(p["columns"])
        for r, f in zip(p["rows"], merged_flags(p["columns"], p["rows"])):
            out.append([c for c, m in zip(r, f) if not m])
    return out


def check_tab(doc, text):
    if not text.endswith("\n") or "\r" in text:
        return ["line ends"]
    got = [line.split("\t") for line in text[:-1].split("\n")]
    exp = expected_tab(doc)
    probs = ["line %d: %s / %s" % (i + 1, a, b) for i, (a, b) in enumerate(zip(got, exp)) if a != b]
    if len(got) != len(exp):
        probs.append("%d lines, expected %d" % (len(got), len(exp)))
    return probs


def check_csv(doc, text):
    probs = []
    if "\r" in text:
        probs.append("CR in the file")
    if text.startswith("\ufeff"):
        probs.append("BOM")
    rows = list(csv.reader(io.StringIO(text)))
    buf = io.StringIO()
    csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows)
    if buf.getvalue() != text:
        probs.append("not every field quoted / not LF")
    exp = []
    for n, p in enumerate(doc.projects):
        if n:
            exp.append([])
        h = header_rows(p["header"])
        w = max(len(r) for r in h)
        exp += [r + [""] * (w - len(r)) for r in h]
        exp.append([])
        exp += doc.grid(p)
    got = [[c.replace("\n", "") for c in r] for r in rows]
    for i, (a, b) in enumerate(zip(got, exp)):
        if a != b:
            probs.append("row %d: %s / %s" % (i + 1, a, b))
    if len(got) != len(exp):
        probs.append("%d rows, expected %d" % (len(got), len(exp)))
    return probs


def expected_lines(doc, dropped):
    out = []
    for p in doc.projects:
        out.append(doc.title)
        for r in header_rows(p["header"]):
            out += r
        out += p["columns"]
        for r, f in zip(p["rows"], merged_flags(p["columns"], p["rows"])):
            out += [c if c else ("" if m else IDEO) for c, m in zip(r, f)]
    if dropped:
        out = [x for x in out if x not in ("", IDEO)]
    return out


def check_lines(doc, text, dropped):
    if not text.endswith("\n"):
        return ["no final line end"]
    got = text[:-1].split("\n")
    exp = expected_lines(doc, dropped)
    for i, (a, b) in enumerate(zip(got, exp)):
        if a != b:
            return ["line %d: %r, expected %r" % (i + 1, a, b)]
    if len(got) != len(exp):
        return ["%d lines, expected %d" % (len(got), len(exp))]
    return []


# ------------------------------------------------------------------ flat and oneline
def glued_row(r, f, empty):
    return "".join((c if c else empty) for c, m in zip(r, f) if not m)


def check_flat(doc, text):
    exp = []
    for p in doc.projects:
        exp.append(doc.title)
        exp += ["".join(c if c else NBSP for c in r) for r in header_rows(p["header"])]
        exp.append("".join(p["columns"]))
        exp += [glued_row(r, f, NBSP) for r, f in zip(p["rows"], merged_flags(p["columns"], p["rows"]))]
    got = text[:-1].split("\n") if text.endswith("\n") else ["<no final line end>"]
    for i, (a, b) in enumerate(zip(got, exp)):
        if a != b:
            return ["line %d: %r, expected %r" % (i + 1, a, b)]
    if len(got) != len(exp):
        return ["%d lines, expected %d" % (len(got), len(exp))]
    return []


def check_oneline(doc, text):
    if text.count("\n") != 1 or not text.endswith("\n"):
        return ["not one line"]
    s = text[:-1]
    m = re.search(r"/(\d+)$", s)
    if not m or not s.endswith("%s/%s" % (m.group(1), m.group(1))):
        return ["no final page number"]
    pages = int(m.group(1))
    s = s[: -len("%d/%d" % (pages, pages))]  # (glued to the last cell: `82/2` is weight 8 and page 2/2)
    # page furniture inside, page by page: the foot `n/m`, then the grid header again (a break inside a grid) or
    # the title (a project that starts a new page)
    pos = 0
    heads = ["".join(p["columns"]) for p in doc.projects]
    for n in range(1, pages):
        tok = "%d/%d" % (n, pages)
        cands = [(s.find(tok + h, pos), len(tok + h)) for h in heads] + [(s.find(tok + doc.title, pos), len(tok))]
        cands = [x for x in cands if x[0] >= 0]
        if not cands:
            return ["page break %s not found" % tok]
        at, ln = min(cands)
        s = s[:at] + s[at + ln :]
        pos = at
    exp = ATTACHMENT
    for p in doc.projects:
        exp += doc.title + "单位：万元" + "".join("".join(r) for r in header_rows(p["header"]))
        exp += "".join(p["columns"]) + "".join("".join(r) for r in p["rows"])
    if s != exp:
        i = next((k for k in range(min(len(s), len(exp))) if s[k] != exp[k]), min(len(s), len(exp)))
        return ["differs at %d: %r / %r" % (i, s[i : i + 30], exp[i : i + 30])]
    return []


# ------------------------------------------------------------------ aligned shapes
RUN = re.compile(r"\S+(?: \S+)*")


def runs(line):
    """(display column, text) of each run of text separated by 2+ spaces."""
    out = []
    for m in RUN.finditer(line):
        out.append((dw(line[: m.start()]), m.group()))
    return out


def check_aligned(doc, text):
    probs = []
    pages = text.split("\n\f")
    npages = len(pages)
    lines = []
    for n, pg in enumerate(pages, 1):
        pl = pg.rstrip("\n").split("\n")
        if pl[-1].strip() != "%d/%d" % (n, npages) or pl[-2] != "":
            probs.append("page %d: no footer %d/%d" % (n, n, npages))
        lines += pl[:-2]
    # furniture
    lines = [x for x in lines if x.strip() not in (ATTACHMENT, doc.title, "单位：万元") and x.strip() != ""]
    starts = [i for i, x in enumerate(lines) if x.strip().startswith("项目名称")]
    if len(starts) != len(doc.projects):
        return probs + ["%d project starts, expected %d" % (len(starts), len(doc.projects))]
    starts.append(len(lines))
    for k, p in enumerate(doc.projects):
        region = lines[starts[k] : starts[k + 1]]
        head_runs = [t for _, t in runs(region[0])]
        # the grid header line: its runs are the column names
        gi = next((i for i, x in enumerate(region) if [t for _, t in runs(x)] == p["columns"]), None)
        if gi is None:
            probs.append("project %d: grid header line not found" % k)
            continue
        colpos = [c for c, _ in runs(region[gi])]
        head = region[:gi]
        body = [x for x in region[gi + 1 :] if [t for _, t in runs(x)] != p["columns"]]
        # header block: every cell found in order in the stream of the column position it starts at
        streams = {}
        for x in head:
            for c, t in runs(x):
                streams.setdefault(c, []).append(t)
        st = {c: "".join(v) for c, v in streams.items()}
        for r in header_rows(p["header"]):
            for cell in r:
                cell = cell.replace(" ", "")
                hit = next((c for c, s in st.items() if s.replace(" ", "").startswith(cell)), None)
                if cell and hit is None:
                    probs.append("project %d header cell %r not found in order" % (k, cell[:20]))
                    continue
                if cell:
                    s = st[hit].replace(" ", "")
                    st[hit] = s[len(cell) :]
        rest = [c for c, s in st.items() if s]
        if rest:
            probs.append("project %d header text left over: %s" % (k, [st[c][:20] for c in rest]))
        # grid: runs by column, streams equal to the column's cells glued
        cols = {c: [] for c in colpos}
        for x in body:
            for c, t in runs(x):
                owner = max((q for q in colpos if q <= c), default=None)
                if owner is None or c - owner > 1 and owner != c:
                    # a run that does not start at a column start
                    probs.append("project %d: run %r at column %d off the grid columns" % (k, t[:12], c))
                    continue
                cols[owner].append(t)
        flags = merged_flags(p["columns"], p["rows"])
        for j, c in enumerate(colpos):
            exp = "".join(r[j] for r, f in zip(p["rows"], flags) if not f[j]).replace(" ", "")
            got = "".join(cols[c]).replace(" ", "")
            if got != exp:
                i = next((q for q in range(min(len(got), len(exp))) if got[q] != exp[q]), min(len(got), len(exp)))
                probs.append(
                    "project %d column %s differs at %d: %r / %r"
                    % (k, p["columns"][j], i, got[i : i + 15], exp[i : i + 15])
                )
    return probs


# ------------------------------------------------------------------ XLSX
def check_xlsx(doc):
    probs = []
    wb = openpyxl.load_workbook(os.path.join(HERE, "docs", doc.id + ".xlsx"))
    ws = wb.active
    got = []
    for row in ws.iter_rows():
        vals = [str(c.value) for c in row if c.value is not None]
        if vals:
            got.append(vals)
    exp = []
    for p in doc.projects:
        exp.append([doc.title])
        exp += [[c for c in r if c] for r in header_rows(p["header"])]
        exp.append(p["columns"])
        exp += [[c for c in r if c] for r in p["rows"] if any(r)]
    for i, (a, b) in enumerate(zip(got, exp)):
        if a != b:
            probs.append("row %d: %s / %s" % (i + 1, a, b))
            break
    if len(got) != len(exp):
        probs.append("%d non-empty rows, expected %d" % (len(got), len(exp)))
    if len(ws.tables) != len(doc.projects):
        probs.append("%d Excel tables, expected %d" % (len(ws.tables), len(doc.projects)))
    for t in ws.tables.values():
        for rng in ws.merged_cells.ranges:
            a = openpyxl.worksheet.cell_range.CellRange(t.ref)
            if not a.isdisjoint(rng):
                probs.append("merged cell %s inside table %s" % (rng, t.ref))
    return probs


# ------------------------------------------------------------------ main
def main():
    bad = 0
    ids = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "data")) if f.endswith(".json"))
    for doc_id in ids:
        doc = Doc(doc_id)
        results = {
            ".pipe.txt": check_bars(doc, read(doc_id, ".pipe.txt"), True),
            ".pipe_bare.txt": check_bars(doc, read(doc_id, ".pipe_bare.txt"), False),
            ".tab.tsv": check_tab(doc, read(doc_id, ".tab.tsv")),
            ".csv": check_csv(doc, read(doc_id, ".csv")),
            ".lines.txt": check_lines(doc, read(doc_id, ".lines.txt"), False),
            ".lines_dropped.txt": check_lines(doc, read(doc_id, ".lines_dropped.txt"), True),
            ".aligned_top.txt": check_aligned(doc, read(doc_id, ".aligned_top.txt")),
            ".aligned_centered.txt": check_aligned(doc, read(doc_id, ".aligned_centered.txt")),
            ".flat.txt": check_flat(doc, read(doc_id, ".flat.txt")),
            ".oneline.txt": check_oneline(doc, read(doc_id, ".oneline.txt")),
            ".xlsx": check_xlsx(doc),
        }
        for suffix, probs in results.items():
            if probs:
                bad += 1
                print("%s%s: %d problem(s)" % (doc_id, suffix, len(probs)))
                for x in probs[:4]:
                    print("    " + x)
        if not any(results.values()):
            print("%s: OK (11 shapes)" % doc_id)
    print("ALL OK" if not bad else "%d file(s) with problems" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
