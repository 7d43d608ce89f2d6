"""Check that every cell of data/<doc>.json survives in every shape of docs/ (own code; parses each file back).
Usage: python tools/check_shapes.py <corpus folder> [docs folder]   -> prints one line per failing file, then a verdict.
The sheet is rebuilt from data/ here (not imported from render42.py): per project the title row, header pairs
(`项目资金（万元）` alone), grid header, grid rows; an empty row between projects."""

import collections
import csv
import glob
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.abspath(sys.argv[1])
DOCS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(HERE, "docs")
CAT = ("一级指标", "二级指标")


def sheet(doc):
    rows = []
    for i, p in enumerate(doc["projects"]):
        if i:
            rows.append([""])
        rows.append([doc["title"]])
        for k, v in p["header"]:
            rows.append([k] if k == "项目资金（万元）" else [k, v])
        rows.append(list(p["columns"]))
        rows += [list(r) for r in p["rows"]]
    return rows


def pad(rows):
    w = max(2, max(len(r) for r in rows))
    return [r + [""] * (w - len(r)) for r in rows]


def physical(rows, sep):
    """The lines a row's text makes when cells joined by sep hold line breaks of their own."""
    out = []
    for r in rows:
        out += sep.join(r).split("\n")
    return out


def read(path, enc="utf-8"):
    with open(path, encoding=enc, newline="") as f:
        return f.read()


def spans(prow, cols):
    cats = [j for j, c in enumerate(cols) if c in CAT]
    n = 0
    for j in cats:
        for i, r in enumerate(prow):
            if r[j] != "":
                k = 1
                while i + k < len(prow) and prow[i + k][j] == "" and not (j != cats[0] and prow[i + k][cats[0]] != ""):
                    k += 1
                n += k > 1
    return n


def nonspace(s):
    return collections.Counter(re.sub(r"\s", "", s))


def check(doc_id, doc):
    rows = sheet(doc)
    prow = pad(rows)
    b = os.path.join(DOCS, doc_id)
    bad = []
    # pipe: vim's ` | ` joins, `| ` before and ` |` after every physical line
    got = read(b + ".pipe.txt").split("\n")
    want = ["| " + l + " |" for l in physical(prow, " | ")] + [""]
    if got != want:
        bad.append("pipe.txt")
    # pipe_bare: trailing empty cells trimmed, `|` between, CRLF
    got = read(b + ".pipe_bare.txt")
    want = "".join(l + "\r\n" for l in physical([r for r in prow], "\t"))
    want = "".join(re.sub(r"\t+\r\n", "\r\n", l) for l in want.splitlines(True)).replace("\t", "|")
    if got != want:
        bad.append("pipe_bare.txt")
    # tab: CRLF, every row padded, no quoting
    got = read(b + ".tab.tsv").split("\r\n")
    if got[:-1] != ["\t".join(r) for r in prow] or got[-1] != "":  # an LF inside a cell stays inside its CRLF row
        bad.append("tab.tsv")
    # csv: parsed back with python's csv
    got = list(csv.reader(io.StringIO(read(b + ".csv"))))
    if got != [["c%d" % (j + 1) for j in range(len(prow[0]))]] + prow:
        bad.append("csv")
    # lines: every cell of the own-width rows a line (line breaks inside a cell too)
    lines = read(b + ".lines.txt")
    want = [c for r in rows for cell in r for c in cell.split("\n")]
    if lines.split("\n")[:-1] != want:
        bad.append("lines.txt")
    if read(b + ".lines_dropped.txt").split("\n")[:-1] != [c for c in want if c != ""]:
        bad.append("lines_dropped.txt")
    # flat: a row a line, cells glued
    flat = ["".join(r) for r in rows]
    if read(b + ".flat.txt") != "".join(f + "\n" for f in flat):
        bad.append("flat.txt")
    # oneline: one project a line
    projs, cur = [], []
    for r, f in zip(rows, flat):
        if r == [""]:
            projs.append(cur)
            cur = []
        else:
            cur.append(f)
    projs.append(cur)
    if read(b + ".oneline.txt") != "".join("".join(p).replace("\n", "") + "\n" for p in projs):
        bad.append("oneline.txt")
    # aligned: every cell's non-space characters are on the page
    need = collections.Counter()
    for p in doc["projects"]:
        need += nonspace(doc["title"]) + nonspace("单位：万元")
        for kv in p["header"]:
            for s in kv:
                need += nonspace(s)
        for s in p["columns"]:
            need += nonspace(s)
        for r in p["rows"]:
            for s in r:
                need += nonspace(s)
    for suf in (".aligned_top.txt", ".aligned_centered.txt"):
        have = nonspace(read(b + suf))
        if need - have or have - need:
            bad.append(suf[1:])
    # xlsx: every non-empty cell value, and the merged ranges
    try:
        import openpyxl

        wb = openpyxl.load_workbook(b + ".xlsx")
        ws = wb.active
        vals = collections.Counter(str(c.value) for row in ws.iter_rows() for c in row if c.value not in (None, ""))
        want = collections.Counter(c for r in rows for c in r if c != "")
        nm = len(ws.merged_cells.ranges)
        wm = sum(
            1 + sum(1 for k, v in p["header"] if k != "项目资金（万元）") + spans(p["rows"], p["columns"])
            for p in doc["projects"]
        )
        if vals != want or nm != wm:
            bad.append("xlsx")
    except Exception as e:  # a damaged zip
        bad.append("xlsx (%s)" % type(e).__name__)
    # docx: every cell text (tables, merged cells once) and the titles
    try:
        import docx

        d = docx.Document(b + ".docx")
        texts = collections.Counter()
        for t in d.tables:
            seen = []  # the <w:tc> elements met (a merged cell comes back for every row it spans)
            for row in t.rows:
                for c in row.cells:
                    if any(x is c._tc for x in seen):
                        continue
                    seen.append(c._tc)
                    if c.text:
                        texts[c.text] += 1
        for para in d.paragraphs:
            if para.text:
                texts[para.text] += 1
        want = collections.Counter(c for r in rows for c in r if c != "")
        if texts != want:
            bad.append("docx")
    except Exception as e:
        bad.append("docx (%s)" % type(e).__name__)
    return bad


def main():
    ok, n = True, 0
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.splitext(os.path.basename(path))[0]
        bad = check(doc_id, json.load(open(path, encoding="utf-8")))
        n += 12
        for b in bad:
            print("%s: %s FAILED" % (doc_id, b))
            ok = False
    print("ALL OK (%d files)" % n if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
