"""Check that every rendering in docs/ holds every cell of data/<doc>.json, read back as its writer wrote it.

Own code (no renderer code imported): the sheet model is rebuilt here from data/.
  .csv            Ruby CSV's bytes rebuilt by its quoting rule (nil → nothing, "" → "", quoted where , " CR LF) and
                  compared byte for byte; then parsed with python's csv and compared row for row with the sheet
  .tab.tsv        Miller's TSV: split at LF and TAB, its \\n \\t \\\\ escapes undone, compared row for row
  .pipe_bare.txt  csvtool's PSV parsed with python's csv (delimiter |), compared row for row
  .pipe.txt       terminal-table boxes: the multiset of the non-empty pieces between bars equals the multiset of the
                  model's cell lines (title, keys, values, header names, cells; a cell's line break splits it)
  .lines.txt      xmlstarlet over the Word XML: line for line against the model's paragraph/cell sequence
  .lines_dropped  the model's paragraph/cell sequence without its empty lines
  .aligned_*.txt  gajus/table prints: the multiset of non-space characters equals the model's
  .flat.txt       line for line: the title, each row's cells glued, an empty line after each project
  .oneline.txt    line for line: the flat paragraphs with their line breaks deleted
  .xlsx           openpyxl: every cell value at its place, no other value (an empty string cell reads as None),
                  the merged ranges as the model's
  .docx           python-docx: one table a project; every row's distinct cell texts as the model's
  .pdftotext.txt  the multiset of non-space characters of every cell is contained; what is left over is only the
                  budget table page (02, 06), page numbers, 总体目标 and repeated grid headers/labels
Usage: python tools/check_shapes.py [corpus folder]
"""

import collections
import csv
import glob
import io
import json
import os
import re
import sys
import zipfile

import docx
import openpyxl

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
CATS = ("一级指标", "二级指标")


def model(doc):
    W = max(max(len(p["columns"]), 2) for p in doc["projects"])
    sheet = [[doc["title"]] + [None] * (W - 1)]
    merges = {(0, 0, 0, W - 1)}
    projects = []
    for i, p in enumerate(doc["projects"]):
        w = len(p["columns"])
        cats = [j for j, c in enumerate(p["columns"]) if c in CATS]
        rows = [[None if (j in cats and v == "") else v for j, v in enumerate(r)] for r in p["rows"]]
        if i:
            sheet.append([None] * W)
        for k, v in p["header"]:
            merges.add((len(sheet), 1, len(sheet), W - 1))
            sheet.append([k, v] + [None] * (W - 2))
        sheet.append(list(p["columns"]) + [None] * (W - w))
        top = len(sheet)
        for j in cats:
            start = None
            for k in range(len(rows) + 1):
                if k == len(rows) or rows[k][j] is not None:
                    if start is not None and k - start > 1:
                        merges.add((top + start, j, top + k - 1, j))
                    start = k
        for r in rows:
            sheet.append(r + [None] * (W - w))
        projects.append({"header": p["header"], "columns": p["columns"], "rows": rows, "w": w})
    return W, sheet, merges, projects


def blank(r):
    return ["" if c is None else c for c in r]


def ruby_csv(sheet):
    def f(c):
        if c is None:
            return ""
        if c == "" or any(x in c for x in ',"\r\n'):
            return '"' + c.replace('"', '""') + '"'
        return c

    return "".join(",".join(f(c) for c in r) + "\n" for r in sheet)


def nonspace(s):
    return collections.Counter(re.sub(r"\s+", "", s))


def cell_texts(doc_title, projects, per_project_title=True):
    out = []
    for p in projects:
        if per_project_title:
            out.append(doc_title)
        for k, v in p["header"]:
            out += [k, v]
        out += list(p["columns"])
        out += [c for r in p["rows"] for c in r if c]
    return out


def glued(r):
    return "".join((c or "").replace("\n", "") for c in r)


def check(doc_id):
    with open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8") as f:
        doc = json.load(f)
    W, sheet, merges, projects = model(doc)
    P = lambda ext: os.path.join(HERE, "docs", doc_id + ext)  # noqa: E731
    read = lambda ext: open(P(ext), encoding="utf-8", newline="").read()  # noqa: E731
    bad = []

    def cmp_rows(name, got, want):
        if got != want:
            for i, (a, b) in enumerate(zip(got, want)):
                if a != b:
                    bad.append("%s row %d: got %r want %r" % (name, i + 1, a, b))
                    break
            if len(got) != len(want):
                bad.append("%s: %d rows, want %d" % (name, len(got), len(want)))

    want_rows = [blank(r) for r in sheet]
    # csv
    text = read(".csv")
    if text != ruby_csv(sheet):
        a, b = text, ruby_csv(sheet)
        i = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
        bad.append(".csv bytes differ at %d: %r / %r" % (i, a[i - 10 : i + 10], b[i - 10 : i + 10]))
    cmp_rows(".csv", list(csv.reader(io.StringIO(text))), want_rows)
    # tsv (Miller)
    text = read(".tab.tsv")
    unesc = lambda s: re.sub(
        r"\\(.)", lambda m: {"n": "\n", "t": "\t", "\\": "\\", "r": "\r"}.get(m.group(1), m.group(0)), s
    )  # noqa: E731
    got = [[unesc(c) for c in ln.split("\t")] for ln in text.split("\n")[:-1]] if text.endswith("\n") else None
    if got is None:
        bad.append(".tab.tsv: no line feed at the end")
    else:
        cmp_rows(".tab.tsv", got, want_rows)
    # psv (csvtool)
    cmp_rows(".pipe_bare.txt", list(csv.reader(io.StringIO(read(".pipe_bare.txt")), delimiter="|")), want_rows)
    # pipe (terminal-table)
    pieces = collections.Counter()
    for ln in read(".pipe.txt").split("\n"):
        if ln.startswith("|"):
            for c in ln.split("|")[1:-1]:
                if c.strip():
                    pieces[c.strip()] += 1
    want = collections.Counter(
        x.strip() for t in cell_texts(doc["title"], projects) for x in t.split("\n") if x.strip()
    )
    if pieces != want:
        bad.append(".pipe.txt pieces: extra %r, missing %r" % (dict(pieces - want), dict(want - pieces)))
    # lines (xmlstarlet over the docx)
    seq = ["", doc["title"]]
    for i, p in enumerate(projects):
        if i:
            seq.append("")  # the <p></p> between tables
        for k, v in p["header"]:
            seq += [k, v.replace("\n", "")]
        seq += list(p["columns"])
        seq += [(c or "").replace("\n", "") for r in p["rows"] for c in r]
        seq.append("")  # the paragraph html-to-docx writes after a table
    lines = read(".lines.txt").split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    cmp_rows(".lines.txt", [[x] for x in lines], [[x] for x in seq])
    dropped = read(".lines_dropped.txt").split("\n")[:-1]
    cmp_rows(".lines_dropped.txt", [[x] for x in dropped], [[x] for x in seq if x != ""])
    # aligned
    want = nonspace("".join(cell_texts(doc["title"], projects)))
    for ext in (".aligned_top.txt", ".aligned_centered.txt"):
        got = nonspace(read(ext))
        if got != want:
            bad.append("%s chars: extra %r, missing %r" % (ext, dict(got - want), dict(want - got)))
    # flat, oneline
    flat = [doc["title"]]
    paras = [[doc["title"]]]
    for i, p in enumerate(projects):
        if i:
            paras.append([])
        rows = [[k, v] for k, v in p["header"]] + [p["columns"]] + p["rows"]
        flat += [glued(r) for r in rows] + [""]
        paras[-1] += [glued(r) for r in rows]
    cmp_rows(".flat.txt", [[x] for x in read(".flat.txt").split("\n")[:-1]], [[x] for x in flat])
    cmp_rows(".oneline.txt", [[x] for x in read(".oneline.txt").split("\n")[:-1]], [["".join(p)] for p in paras])
    # xlsx
    ws = openpyxl.load_workbook(P(".xlsx")).active
    got = [
        [c for c in r]
        for r in ws.iter_rows(
            min_row=1, max_row=max(ws.max_row, len(sheet)), max_col=max(ws.max_column, W), values_only=True
        )
    ]
    want = [[None if c == "" else c for c in r] + [None] * (max(ws.max_column, W) - W) for r in sheet]
    cmp_rows(".xlsx", got, want + [[None] * max(ws.max_column, W)] * (len(got) - len(sheet)))
    gm = {(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1) for m in ws.merged_cells.ranges}
    if gm != merges:
        bad.append(".xlsx merges: extra %r, missing %r" % (sorted(gm - merges)[:3], sorted(merges - gm)[:3]))
    # docx
    d = docx.Document(P(".docx"))
    if len(d.tables) != len(projects):
        bad.append(".docx: %d tables" % len(d.tables))
    for t, p in zip(d.tables, projects):
        rows = [[k, v] for k, v in p["header"]] + [p["columns"]]
        filled = []
        last = {}
        for r in p["rows"]:
            rr = []
            for j, c in enumerate(r):
                if c is None:
                    c = last[j]
                last[j] = c
                rr.append(c)
            filled.append(rr)
        want = [list(dict.fromkeys(x.replace("\n", "") for x in r)) for r in rows + filled]
        got = [list(dict.fromkeys(c.text.replace("\n", "") for c in row.cells)) for row in t.rows]
        cmp_rows(".docx " + p["header"][0][1][:12], got, want)
    # pdftotext
    pages = read(".pdftotext.txt").split("\f")
    if doc_id.endswith(("_02", "_06")):
        pages = pages[1:]  # the 部门收支总表
    text = re.sub(r"(?m)^\s*-\s*\d+\s*-\s*$", "", "\f".join(pages))
    got = nonspace(text)
    want = nonspace("".join(cell_texts(doc["title"], projects)))
    missing = want - got
    allowed = nonspace(
        "总体目标" * 9
        + "".join(c for p in projects for c in p["columns"] for _ in range(3))
        + "".join(c or "" for p in projects for r in p["rows"] for j, c in enumerate(r) if p["columns"][j] in CATS)
    )
    extra = got - want - allowed
    if missing or extra:
        bad.append(".pdftotext.txt chars: missing %r, extra %r" % (dict(missing), dict(extra)))
    return bad


def main():
    ok, n = True, 0
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.splitext(os.path.basename(path))[0]
        bad = check(doc_id)
        n += 13
        print("%s: %s" % (doc_id, "OK" if not bad else "PROBLEMS"))
        for b in bad:
            print("   !", b)
            ok = False
    print("ALL OK (%d files)" % n if ok else "FAILED")


if __name__ == "__main__":
    main()
