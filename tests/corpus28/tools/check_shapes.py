"""Own check that every cell survives in every text shape, the XLSX and the DOCX (blind28).
Usage: python tools/check_shapes.py /work/blind28     Rebuilds the staged rows from data/ (render28.stage_project)
and parses each file back."""

import csv
import glob
import io
import os
import re
import sys

import openpyxl
from docx import Document

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
sys.path.insert(0, ROOT)
import render28 as R  # noqa: E402

D = os.path.join(ROOT, "docs")


def e(c):
    return "" if c is None else c


def check(doc_id):
    doc, tables = R.load(doc_id)
    base = os.path.join(D, doc_id)
    prob = []
    allrows = [r for t in tables for r in t]
    W = max(len(r) for r in allrows)
    # pipe (polars ASCII_MARKDOWN): every table line's cells, a cell's line k on table line k
    txt = open(base + ".pipe.txt", encoding="utf-8").read()
    got = [[c.strip() for c in ln[2:-2].split(" | ")] for ln in txt.split("\n") if ln.startswith("| ")]
    want = []
    for t in tables:
        w = max(len(r) for r in t)
        want.append(["column_%d" % i for i in range(w)])
        want.append(["---"] * w)
        want.append(["str"] * w)
        for r in t:
            r = r + [None] * (w - len(r))
            parts = [("null" if c is None else c).split("\n") for c in r]
            for k in range(max(len(p) for p in parts)):
                want.append([p[k] if k < len(p) else "" for p in parts])
    if got != want:
        prob.append("pipe differs")
    # pipe_bare (duckdb COPY '|'): header letters, rows padded, empty → nothing
    rows = list(
        csv.reader(io.StringIO(open(base + ".pipe_bare.txt", encoding="utf-8", newline="").read()), delimiter="|")
    )
    if rows[0] != [R.get_column_letter(i + 1) for i in range(W)] or rows[1:] != [
        [e(c) for c in r] + [""] * (W - len(r)) for r in allrows
    ]:
        prob.append("pipe_bare differs")
    # tab (jq @tsv): own widths, \n escaped
    lines = open(base + ".tab.tsv", encoding="utf-8").read().split("\n")[:-1]
    got = [[c.replace("\\n", "\n") for c in ln.split("\t")] for ln in lines]
    if got != [[e(c) for c in r] for r in allrows]:
        prob.append("tab differs")
    # csv (polars, BOM): header column_i; null → nothing, "" → ""
    raw = open(base + ".csv", "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        prob.append("csv: no BOM")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    if rows[0] != ["column_%d" % i for i in range(W)] or rows[1:] != [
        [e(c) for c in r] + [""] * (W - len(r)) for r in allrows
    ]:
        prob.append("csv differs")
    n_empty = sum(1 for r in allrows for c in r if c == "")
    if raw.decode("utf-8-sig").count('""') < n_empty:
        prob.append("csv: empty strings not quoted")
    # lines / lines_dropped
    lines_txt = open(base + ".lines.txt", encoding="utf-8").read()
    if lines_txt != "".join(e(c) + "\n" for r in allrows for c in r):
        prob.append("lines differs")
    dropped = open(base + ".lines_dropped.txt", encoding="utf-8").read()
    if dropped != "".join(ln + "\n" for ln in lines_txt.split("\n")[:-1] if ln.strip()):
        prob.append("lines_dropped differs")
    # flat (duckdb concat) and oneline (Go %v)
    if open(base + ".flat.txt", encoding="utf-8").read() != "".join("".join(c for c in r if c) + "\n" for r in allrows):
        prob.append("flat differs")
    one = open(base + ".oneline.txt", encoding="utf-8").read()
    for n, t in enumerate(tables, 1):
        if " 表%d %s\n" % (n, R.go_v(t)) not in one:
            prob.append("oneline project %d differs" % n)
    # aligned: per project, per grid column, the display-column slices of the grid lines glued == the cells glued
    for name, enc, centre, margin, gap in (
        ("aligned_top", "gb18030", False, 0, 2),
        ("aligned_centered", "utf-8", True, 4, 3),
    ):
        text = open(base + "." + name + ".txt", encoding=enc, newline="").read().replace("\r\n", "\n")
        lines = [ln for ln in text.replace("\f", "\n").split("\n")]
        for p in doc["projects"]:
            cols = p["columns"]
            widths = [R.colw(c) for c in cols]
            head = R.lay(cols, widths, centre, margin, gap)
            idx = [
                i for i in range(len(lines) - len(head) + 1) if lines[i : i + len(head)] == [h.rstrip() for h in head]
            ]
            if not idx:
                prob.append("%s: grid header of %s not found" % (name, p["header"][0][1]))
                continue
            body = []
            for k, i in enumerate(idx):
                j = i + len(head)
                while j < len(lines) and lines[j].strip() and "第 " not in lines[j]:
                    body.append(lines[j])
                    j += 1
                # a continuation page of THIS project only if the next header block has not begun
            starts = [margin + sum(widths[:j]) + gap * j for j in range(len(cols))]
            for j, c in enumerate(cols):
                got = "".join(slice_dw(ln, starts[j], widths[j]).strip() for ln in body)
                want = "".join(re.sub(r"\s", "", r[j]) for r in p["rows"])
                got = re.sub(r"\s", "", got)
                if centre and c in R.CATS:  # FineReport repeats a label in the part of its block on a new page
                    for lab in {re.sub(r"\s", "", r[j]) for r in p["rows"] if r[j]}:
                        while lab + lab in got:
                            got = got.replace(lab + lab, lab)
                if not got.startswith(want) and want not in got:
                    prob.append("%s: column %s of %s differs" % (name, c, p["header"][0][1]))
    # xlsx: a sheet per project, cells and merges
    wb = openpyxl.load_workbook(base + ".xlsx")
    if len(wb.sheetnames) != len(tables):
        prob.append("xlsx sheet count")
    for ws, p, t in zip(wb.worksheets, doc["projects"], tables):
        gh = t.index(p["columns"]) + 1
        for i in range(gh, len(t) + 1):
            for j, v in enumerate(t[i - 1], 1):
                if e(ws.cell(i, j).value) != e(v):
                    prob.append("xlsx %s r%d c%d" % (ws.title, i, j))
        for k, v in [kv for kv in p["header"] if kv[1]]:
            vals = {str(c.value) for row in ws.iter_rows(max_row=gh) for c in row if c.value is not None}
            if k not in vals and k != "项目资金（万元）" or v not in vals:
                prob.append("xlsx header %s" % k)
    # docx: the grid part of each project's table, merged labels read as the text of their merged cell
    dx = Document(base + ".docx")
    for tb, p, t in zip(dx.tables, doc["projects"], tables):
        body = t[2:]
        gh = body.index(p["columns"])
        cats = [j for j, c in enumerate(p["columns"]) if c in R.CATS]
        lab = {}
        for i in range(gh, len(body)):
            row = body[i]
            for j, v in enumerate(row):
                want = v if v is not None else lab.get(j, "")
                if j in cats and v is not None:
                    lab[j] = v
                if tb.cell(i, j).text != e(want):
                    prob.append("docx %s r%d c%d" % (p["header"][0][1], i, j))
        cells = " ".join(c.text for r in tb.rows for c in r.cells)
        for k, v in p["header"]:
            if k not in cells or v not in cells:
                prob.append("docx header %s" % k)
    return prob


def slice_dw(line, start, width):
    out, pos = [], 0
    for ch in line:
        w = R.dw(ch)
        if start <= pos < start + width:
            out.append(ch)
        pos += w
    return "".join(out)


def main():
    ok = True
    files = 0
    for path in sorted(glob.glob(os.path.join(ROOT, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        prob = check(doc_id)
        files += 12
        print(doc_id, "OK" if not prob else "PROBLEMS")
        for p in prob:
            print("   !", p)
            ok = False
    print("ALL OK (%d files)" % files if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
