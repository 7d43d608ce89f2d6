"""Check that every cell survives in every shape of blind29 (own model; parses each file back).
Usage: python tools/check_shapes.py /work/blind29 [docs-dir]"""

import csv
import io
import json
import os
import sys
import unicodedata

import docx
import openpyxl

HERE = os.path.abspath(sys.argv[1])
DOCS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(HERE, "docs")
sys.path.insert(0, HERE)
from render29 import MERGED, padded, sheet, width  # the staging model only (no shape code)


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def slice_dw(line, a, b):
    out, x = "", 0
    for ch in line:
        w = dw(ch)
        if a <= x < b:
            out += ch
        x += w
    return out


def check(doc_id):
    doc = json.load(open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8"))
    rows = sheet(doc)
    w = width(rows)
    model = [[c or "" for c in r] for r in padded(rows, w)]
    base = os.path.join(DOCS, doc_id)
    bad = []

    def rd(ext):
        return open(base + ext, "rb").read().decode("utf-8")

    # pipe: sqlite .mode table
    got = [[c.strip() for c in ln.strip()[1:-1].split("|")] for ln in rd(".pipe.txt").split("\n") if ln.startswith("|")]
    got = [g for g in got if g != ["c%d" % (i + 1) for i in range(w)]]
    if got != model:
        bad.append("pipe")
    # pipe_bare: column -o ' | '
    got = [[c.strip() for c in ln.split(" | ")] for ln in rd(".pipe_bare.txt").split("\n") if ln.strip()]
    got = [g[:-1] if len(g) == w + 1 and g[-1] == "" else g for g in got]
    if got != model:
        bad.append("pipe_bare")
    tab = rd(".tab.tsv")
    if [ln.split("\t") for ln in tab.split("\n")[:-1]] != model:
        bad.append("tab")
    if rd(".lines.txt").split("\n")[:-1] != [c for r in model for c in r]:
        bad.append("lines")
    if rd(".lines_dropped.txt").split("\n")[:-1] != [c for r in model for c in r if c.strip()]:
        bad.append("lines_dropped")
    if rd(".flat.txt").split("\n")[:-1] != ["".join(r) for r in model]:
        bad.append("flat")
    ol = rd(".oneline.txt").split("\n")[:-1]
    want = [
        " ".join(" ".join(c for (k, _, _), r in zip(rows, model) if k == p for c in r).split())
        for p in range(len(doc["projects"]))
    ]
    if ol != want:
        bad.append("oneline")
    # csv (from the xlsx, unix dialect) and the xlsx: merged/empty cells ''
    xl = list(csv.reader(io.StringIO(rd(".csv"))))
    xl = [r for r in xl if any(r)]
    if xl != [r for r in model if any(r)] and not _pairs_equal(xl, model, w):
        bad.append("csv")
    wb = openpyxl.load_workbook(base + ".xlsx")
    xr = [["" if v is None else v for v in r] for r in wb["绩效目标表"].iter_rows(values_only=True)]
    xr = [r for r in xr if any(r)]
    if not _pairs_equal(xr, model, w):
        bad.append("xlsx")
    # aligned_top: sqlite .mode column, character positions from the dash line; per column glue
    lines = rd(".aligned_top.txt").split("\n")
    dash = lines[1]
    spans, i = [], 0
    while i < len(dash):
        if dash[i] == "-":
            j = i
            while j < len(dash) and dash[j] == "-":
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    for c, (a, b) in enumerate(spans):
        glued = "".join(ln[a:b].strip() for ln in lines[2:])
        if glued != "".join(r[c] for r in model).replace(" ", "") and glued != "".join(
            r[c].replace(" ", "") for r in model
        ):
            if glued.replace(" ", "") != "".join(r[c] for r in model).replace(" ", ""):
                bad.append("aligned_top col %d" % c)
    # aligned_centered: per project grid, display-column slices glued
    txt = rd(".aligned_centered.txt").replace("\r", "")
    for p in doc["projects"]:
        cols = p["columns"]
        head = [ln for ln in txt.split("\n") if all(c in ln for c in cols)]
        if not head:
            bad.append("aligned_centered head")
            continue
        hl = head[0]
        pos, k = [], 0
        for c in cols:
            k = hl.index(c[: min(len(c), 4)], k)
            pos.append(dw(hl[:k]))
            k += min(len(c), 4)
        pos.append(10**6)
        glue = {j: "" for j in range(len(cols))}
        on = False
        for ln in txt.split("\n"):
            if ln.startswith("一级指标") or ln.startswith("序号") or ln.startswith("对应任务"):
                on = ln == hl
                continue
            if on and (
                ln.startswith("打印时间") or "第 " in ln and " 页 / 共" in ln or ln.strip().endswith(doc["title"])
            ):
                on = False
                continue
            if on and not ln.strip() and glue[len(cols) - 1] is not None:
                pass
            if on:
                for j in range(len(cols)):
                    glue[j] += slice_dw(ln, pos[j], pos[j + 1] - 3 if j + 1 < len(cols) else 10**6).strip()
        # (lines of the other projects fall in the other's columns; count containment)
        for j, c in enumerate(cols):
            cells = "".join(r[j] for r in p["rows"])
            if cells.replace(" ", "") not in glue[j].replace(" ", "") and cols[j] not in MERGED:
                bad.append("aligned_centered %s" % c)
    # docx: the grid tables
    d = docx.Document(base + ".docx")
    grids = [t for t in d.tables if len(t.columns) > 2 or t.rows[0].cells[0].text != "项目名称"]
    grids = [t for t in d.tables if t.rows[0].cells[0].text != "项目名称"]
    for p, t in zip(doc["projects"], grids):
        want, lab = [], {}
        for r in p["rows"]:
            rr = list(r)
            for j, c in enumerate(p["columns"]):
                if c in MERGED:
                    if rr[j]:
                        lab[j] = rr[j]
                        if c == "一级指标" and "二级指标" in p["columns"]:
                            lab.pop(p["columns"].index("二级指标"), None)
                    else:
                        rr[j] = lab.get(j, "")
            want.append(rr)
        got = [[c.text for c in row.cells] for row in t.rows[1:]]
        if got != want:
            bad.append("docx")
    hts = [t for t in d.tables if t.rows[0].cells[0].text == "项目名称"]
    for p, t in zip(doc["projects"], hts):
        if [[c.text for c in row.cells] for row in t.rows] != [list(kv) for kv in p["header"]]:
            bad.append("docx header")
    return bad


def _pairs_equal(got, model, w):
    """the XLSX lays a pair row `k1 v1 k2 v2` in halves: compare the non-empty cells in order."""
    m = [r for r in model if any(r)]
    if len(got) != len(m):
        return False
    for a, b in zip(got, m):
        if [x for x in a if x] != [x for x in b if x]:
            return False
    return True


def main():
    ok = True
    n = 0
    for fn in sorted(os.listdir(os.path.join(HERE, "data"))):
        bad = check(fn[:-5])
        n += 1
        print(fn[:-5], "OK" if not bad else "BAD: " + ", ".join(bad))
        ok &= not bad
    print("ALL OK (%d documents, 12 files each)" % n if ok else "FAILED")


if __name__ == "__main__":
    main()
