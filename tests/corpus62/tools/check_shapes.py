"""Check that every rendering in docs/ holds every cell (own code).

Usage: python tools/check_shapes.py /work/blind62 [docs_dir]

The reference is the sheet model of render62.py (rows of W cells, merges), itself checked against data/<doc>.json
(every header key and value, grid header and grid cell).  Each text shape is read back with an independent reader:
  pipe (texttable)        cells between the bars of each |…| line, rule lines skipped, stripped of padding
  pipe_bare (PowerBuilder) BOM, CRLF, split at "|"
  tab (tablib)            python csv with tab, CRLF
  csv (pgAdmin)           python csv; the names line zd01…; every non-empty field quoted, empty fields bare
  lines / lines_dropped   one cell a line / one non-empty cell a line
  aligned top / centred   pr page heads, form feeds and tabulate's dash rules removed: the multiset of non-space
                          characters EQUALS that of the sheet's cells
  flat / oneline          line for line
  xlsx                    openpyxl: cell for cell, merges
  docx                    python-docx: cell for cell (merged cells read at their top-left)
  pdftotext               the multiset of non-space characters holds every data cell's
"""

import csv
import io
import json
import os
import re
import sys
import zipfile
from collections import Counter

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
DOCS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(HERE, "docs")
sys.path.insert(0, HERE)
from render62 import hidden, sheet  # noqa: E402

PR_HEAD = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d +\S+\.txt +Page \d+$")


def chars(texts):
    c = Counter()
    for t in texts:
        c.update(ch for ch in t if not ch.isspace())
    return c


def read(path, mode="r"):
    if mode == "rb":
        with open(path, "rb") as f:
            return f.read()
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def check_sheet(doc, rows, parts):
    probs = []
    for p, part in zip(doc["projects"], parts):
        hcells = [c for r in rows[part["header"][0] : part["header"][1]] for c in r]
        for k, v in p["header"]:
            for s in (k, v):
                if s and s not in hcells:
                    probs.append("sheet lacks header cell %r" % s)
        W = len(rows[0])
        want = [list(c) + [""] * (W - len(c)) for c in [p["columns"]] + p["rows"]]
        got = rows[part["grid_header"] : part["grid"][1]]
        if got != want:
            probs.append("sheet grid differs from data")
    return probs


def check_pipe(text, rows, parts):
    lines = text.split("\n")
    tables, cur, plain = [], [], []
    for ln in lines:
        if ln.startswith("|"):
            cur.append([c.strip() for c in ln[1:-1].split("|")])
        elif ln.startswith("+"):
            continue
        else:
            if cur:
                tables.append(cur)
                cur = []
            if ln:
                plain.append(ln)
    if cur:
        tables.append(cur)
    probs = []
    if len(tables) != 2 * len(parts):
        return ["%d tables, want %d" % (len(tables), 2 * len(parts))]
    for k, part in enumerate(parts):
        if plain[k] != rows[part["title"]][0]:
            probs.append("title %d: %r" % (k, plain[k]))
        if tables[2 * k] != rows[part["header"][0] : part["header"][1]]:
            probs.append("header block %d differs" % k)
        if tables[2 * k + 1] != rows[part["grid_header"] : part["grid"][1]]:
            probs.append("grid %d differs" % k)
    if len(plain) != len(parts):
        probs.append("stray text lines: %r" % plain[len(parts) :])
    return probs


def check_pipe_bare(raw, rows):
    if not raw.startswith("\ufeff"):
        return ["no BOM"]
    body = raw[1:]
    if not body.endswith("\r\n") or "\n" in body.replace("\r\n", ""):
        return ["line ends not CRLF"]
    got = [ln.split("|") for ln in body[:-2].split("\r\n")]
    return [] if got == rows else ["rows differ"]


def check_tab(raw, rows):
    if "\n" in raw.replace("\r\n", ""):
        return ["line ends not CRLF"]
    got = list(csv.reader(io.StringIO(raw), delimiter="\t"))
    return [] if got == rows else ["rows differ"]


def check_csv(raw, rows):
    probs = []
    if raw.startswith("\ufeff"):
        probs.append("BOM")
    got = list(csv.reader(io.StringIO(raw)))
    W = len(rows[0])
    if got[0] != ["zd%02d" % (i + 1) for i in range(W)]:
        probs.append("names line %r" % got[0])
    if got[1:] != rows:
        probs.append("rows differ")
    field = re.compile(r'"(?:[^"]|"")*"|[^,]*')
    for n, line in enumerate(raw.split("\r\n")[:-1]):
        pos, fields = 0, []
        while True:
            m = field.match(line, pos)
            fields.append(m.group(0))
            pos = m.end()
            if pos >= len(line):
                break
            if line[pos] != ",":
                probs.append("line %d: bad field at %d" % (n, pos))
                break
            pos += 1
            if pos == len(line):
                fields.append("")
                break
        for f in fields:
            if f and not (f.startswith('"') and f.endswith('"')):
                probs.append("line %d: unquoted field %r" % (n, f))
    return probs


def check_aligned(raw, rows):
    keep = []
    for ln in raw.replace("\f", "\n").split("\n"):
        if PR_HEAD.match(ln) or re.fullmatch(r"[- ]+", ln):
            continue
        keep.append(ln)
    got, want = chars(keep), chars(c for r in rows for c in r)
    if got == want:
        return []
    return ["characters differ: missing %r extra %r" % (dict(want - got), dict(got - want))]


def model_flat(rows, parts):
    out = []
    for k, part in enumerate(parts):
        if k:
            out.append("")
        out.append(rows[part["title"]][0])
        out += ["".join(r) for r in rows[part["title"] + 1 : part["grid"][1]]]
    return out


def check_xlsx(path, rows, merges):
    import openpyxl

    wb = openpyxl.load_workbook(path)
    ws = wb.active
    probs = []
    hid = hidden(merges)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            x = ws.cell(row=r + 1, column=c + 1).value
            if (r, c) in hid:
                continue
            if (x or "") != v:
                probs.append("cell %d,%d: %r want %r" % (r + 1, c + 1, x, v))
    got = {(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1) for m in ws.merged_cells.ranges}
    if got != set(merges):
        probs.append("merges differ")
    if ws.max_row != len(rows) and any(rows[-1]):
        probs.append("row count %d" % ws.max_row)
    return probs


def check_docx(path, rows, merges, parts):
    from docx import Document

    d = Document(path)
    probs = []
    hid = hidden(merges)
    W = len(rows[0])
    if len(d.tables) != len(parts):
        return ["%d tables" % len(d.tables)]
    paras = [p.text for p in d.paragraphs if p.text]
    for t, part in zip(d.tables, parts):
        if rows[part["title"]][0] not in paras:
            probs.append("title missing")
        first = part["title"] + 1
        for r in range(first, part["grid"][1]):
            for c in range(W):
                if (r, c) in hid:
                    continue
                if t.cell(r - first, c).text != rows[r][c]:
                    probs.append("cell %d,%d: %r want %r" % (r, c, t.cell(r - first, c).text, rows[r][c]))
    return probs


def check_pdftotext(raw, doc):
    cells = [doc["title"]]
    for p in doc["projects"]:
        cells += [s for kv in p["header"] for s in kv] + p["columns"] + [s for r in p["rows"] for s in r]
    got, want = chars([raw]), chars(cells)
    miss = want - got
    return [] if not miss else ["missing characters %r" % dict(miss)]


def main():
    ok, n = True, 0
    for name in sorted(os.listdir(os.path.join(HERE, "data"))):
        if not name.endswith(".json"):
            continue
        doc_id = name[:-5]
        with open(os.path.join(HERE, "data", name), encoding="utf-8") as f:
            doc = json.load(f)
        W, rows, merges, parts = sheet(doc)
        base = os.path.join(DOCS, doc_id)
        cells = [c for r in rows for c in r]
        res = {"sheet": check_sheet(doc, rows, parts)}
        res["pipe.txt"] = check_pipe(read(base + ".pipe.txt"), rows, parts)
        res["pipe_bare.txt"] = check_pipe_bare(read(base + ".pipe_bare.txt"), rows)
        res["tab.tsv"] = check_tab(read(base + ".tab.tsv"), rows)
        res["csv"] = check_csv(read(base + ".csv"), rows)
        lines = read(base + ".lines.txt")
        res["lines.txt"] = [] if lines == "".join(c + "\n" for c in cells) else ["lines differ"]
        dropped = read(base + ".lines_dropped.txt")
        res["lines_dropped.txt"] = [] if dropped == "".join(c + "\n" for c in cells if c) else ["lines differ"]
        for ext in ("aligned_top.txt", "aligned_centered.txt"):
            res[ext] = check_aligned(read(base + "." + ext), rows)
        flat = model_flat(rows, parts)
        res["flat.txt"] = [] if read(base + ".flat.txt") == "\n".join(flat) + "\n" else ["lines differ"]
        one = [rows[p["title"]][0] + "".join("".join(r) for r in rows[p["title"] + 1 : p["grid"][1]]) for p in parts]
        res["oneline.txt"] = [] if read(base + ".oneline.txt") == "\n".join(one) + "\n" else ["lines differ"]
        try:
            res["xlsx"] = check_xlsx(base + ".xlsx", rows, merges)
        except Exception as e:  # a damaged zip or XML
            res["xlsx"] = ["unreadable: %s" % e]
        try:
            res["docx"] = check_docx(base + ".docx", rows, merges, parts)
        except Exception as e:
            res["docx"] = ["unreadable: %s" % e]
        res["pdftotext.txt"] = check_pdftotext(read(base + ".pdftotext.txt"), doc)
        for ext, probs in res.items():
            n += ext != "sheet"
            if probs:
                ok = False
                print("%s.%s: FAILED %s" % (doc_id, ext, "; ".join(probs)[:300]))
    print("ALL OK (%d files)" % n if ok else "FAILED")
    return ok


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
