"""Check that every rendering in docs/ holds every cell of data/ (blind65; own code, reads no parser).

Each shape is read back as its writer wrote it:
  .pipe_bare.txt  d3-dsv PSV: python csv with '|' (d3 quotes as RFC 4180), rows at the staging width W, NULL ""
  .tab.tsv        csv-stringify TSV: records split at CRLF, fields at TAB (no field needed quotes), rows at W
  .csv            fast-csv: BOM, CRLF after every row, each row at its own width, the row between projects ""
  .pipe.txt       markdown-table: `## title` lines and `| --- |` rules skipped, cells stripped, `<br>` a line break
  .lines.txt      mammoth raw text, exactly: every paragraph followed by two line feeds; a horizontally merged cell
                  once, a vertical merge's continuation cells absent, a line break inside a cell dropped
  .lines_dropped  the same with every empty line gone, exactly
  .flat.txt       numpy.savetxt, exactly: a row's cells glued, a row a line, an empty line between projects
  .oneline.txt    GNU ed ,j: each project's flat text with every line feed gone, a project a line, exactly
  .aligned_*      cli-table3: the multiset of non-space characters equals the cells' (titles once per project)
  .pdftotext.txt  the multiset of non-space characters: nothing missing; extras only page numbers, the 部门收支总表
                  page, a 总体目标 label per project and the grid header of every continued page
  .xlsx           the multiset of non-empty cell values
  .docx           per table the cells' texts (python-docx), every cell of the project present, nothing else
Usage: python tools/check_shapes.py <corpus folder>
"""

import csv
import glob
import io
import json
import os
import re
import sys
from collections import Counter

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
sys.path.insert(0, os.path.join(HERE, "tools"))
CATS = ("一级指标", "二级指标")


def staging(doc):
    projects = []
    for p in doc["projects"]:
        cats = [j for j, c in enumerate(p["columns"]) if c in CATS]
        rows = []
        for k, r in enumerate(p["rows"]):
            row = list(r)
            for j in cats:
                if k and row[j] == "":
                    row[j] = None
            rows.append(row)
        projects.append({"header": [list(kv) for kv in p["header"]], "columns": p["columns"], "rows": rows})
    return {"title": doc["title"], "W": max(max(len(p["columns"]) for p in projects), 2), "projects": projects}


def sheet(S, pad):
    rows = [[S["title"]]]
    for i, p in enumerate(S["projects"]):
        if i:
            rows.append([])
        rows += [list(kv) for kv in p["header"]] + [list(p["columns"])] + [list(r) for r in p["rows"]]
    if pad:
        rows = [[("" if v is None else v) for v in r] + [""] * (S["W"] - len(r)) for r in rows]
    return rows


def chars(strings):
    return Counter(ch for s in strings for ch in (s or "") if not ch.isspace())


def all_cells(S, titles=True):
    out = []
    for p in S["projects"]:
        if titles:
            out.append(S["title"])
        out += [s for kv in p["header"] for s in kv] + list(p["columns"]) + [v for r in p["rows"] for v in r if v]
    return out


def read(path, **kw):
    with open(path, encoding=kw.get("encoding", "utf-8"), newline="") as f:
        return f.read()


def diff_rows(got, want, what):
    probs = []
    if len(got) != len(want):
        probs.append("%s: %d rows, %d expected" % (what, len(got), len(want)))
    for i, (a, b) in enumerate(zip(got, want)):
        if a != b:
            probs.append("%s row %d: %r != %r" % (what, i + 1, a, b))
            break
    return probs


def lines_text(S):
    paras = []
    for i, p in enumerate(S["projects"]):
        if i:
            paras.append("")
        paras.append(S["title"])
        for k, v in p["header"]:
            paras += [k, v]
        paras += list(p["columns"])
        for r in p["rows"]:
            paras += [v for v in r if v is not None]
    return "".join(x.replace("\n", "") + "\n\n" for x in paras)  # mammoth's raw text drops a <w:br/>


def flat_text(S):
    out = []
    for i, p in enumerate(S["projects"]):
        rows = [[S["title"]]] + [list(kv) for kv in p["header"]] + [p["columns"]] + p["rows"]
        if i:
            out.append("\n")
        out += ["".join(v or "" for v in r) + "\n" for r in rows]
    return "".join(out)


def oneline_text(S):
    out = []
    for p in S["projects"]:
        one = {"title": S["title"], "W": S["W"], "projects": [p]}
        out.append(flat_text(one).replace("\n", "") + "\n")
    return "".join(out)


def check(doc_id):
    doc = json.load(open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8"))
    S = staging(doc)
    D = lambda ext: os.path.join(HERE, "docs", doc_id + ext)  # noqa: E731
    probs = []
    padded = sheet(S, True)
    # PSV (d3-dsv): no line after the last row
    t = read(D(".pipe_bare.txt"))
    probs += diff_rows(list(csv.reader(io.StringIO(t), delimiter="|")), padded, "pipe_bare")
    # TSV (csv-stringify): CRLF records
    t = read(D(".tab.tsv"))
    probs += ["tab: a record not ended by CRLF"] if not t.endswith("\r\n") else []
    # csv-stringify quotes a field holding TAB, '"' or the record delimiter CRLF; a bare LF (07 B's labels) is written raw
    probs += diff_rows([rec.split("\t") for rec in t[:-2].split("\r\n")], padded, "tab")
    # CSV (fast-csv): BOM, CRLF after every row
    raw = open(D(".csv"), "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf") or not raw.endswith(b"\r\n"):
        probs.append("csv: BOM or final CRLF missing")
    got = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    want = [[("" if v is None else v) for v in r] or [""] for r in sheet(S, False)]
    probs += diff_rows([g or [""] for g in got], want, "csv")
    # Markdown (markdown-table)
    got, want = [], []
    for ln in read(D(".pipe.txt")).split("\n"):
        if ln.startswith("|") and not re.match(r"^\|[\s:|-]+\|$", ln):
            got.append([c.strip().replace("<br>", "\n") for c in ln[1:-1].split("|")])
    for p in S["projects"]:
        w = len(p["columns"])
        for r in [*p["header"], p["columns"], *p["rows"]]:
            want.append([("" if v is None else v) for v in r] + [""] * (w - len(r)))
    probs += diff_rows(got, want, "pipe")
    # lines (mammoth), lines_dropped (sed)
    exp = lines_text(S)
    if read(D(".lines.txt")) != exp:
        probs.append("lines: text differs from the Word table model")
    if read(D(".lines_dropped.txt")) != "".join(ln + "\n" for ln in exp.split("\n") if ln):
        probs.append("lines_dropped: text differs")
    # flat (numpy.savetxt), oneline (ed ,j)
    if read(D(".flat.txt")) != flat_text(S):
        probs.append("flat: text differs")
    if read(D(".oneline.txt")) != oneline_text(S):
        probs.append("oneline: text differs")
    # aligned (cli-table3)
    want = chars(all_cells(S))
    for ext in (".aligned_top.txt", ".aligned_centered.txt"):
        got = chars([read(D(ext))])
        if got != want:
            probs.append("%s: missing %s, extra %s" % (ext, dict(want - got), dict(got - want)))
    # pdftotext
    from render_pdf import EXTRA_TABLE_DOCS

    pages = read(D(".pdftotext.txt")).split("\f")
    if doc_id in EXTRA_TABLE_DOCS:
        pages = pages[1:]
    body = "\n".join(pages)
    got = chars([re.sub(r"(?m)^[ \t]*- ?\d+ ?-[ \t]*$", "", body)])
    want = chars(all_cells(S))
    missing = want - got
    extra = got - want
    n_goal = sum(1 for p in S["projects"] if any(k in ("实施期目标", "长期目标", "中期目标") for k, _ in p["header"]))
    allowed = chars(["总体目标"] * n_goal)
    extra = extra - allowed
    # a continued page repeats its grid header: allowed once per extra page a project's grid runs on
    for p in S["projects"]:
        cols = chars(p["columns"])
        while extra and not (cols - extra):
            extra = extra - cols
    if missing:
        probs.append("pdftotext: missing %s" % dict(missing))
    if extra:
        probs.append("pdftotext: extra %s" % dict(extra))
    # xlsx
    import openpyxl

    wb = openpyxl.load_workbook(D(".xlsx"))
    vals = [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value not in (None, "")]
    want = Counter(s for s in [S["title"]] + all_cells(S, titles=False) if s)
    if Counter(vals) != want:
        probs.append("xlsx: missing %s, extra %s" % (dict(want - Counter(vals)), dict(Counter(vals) - want)))
    # docx
    import docx

    d = docx.Document(D(".docx"))
    if len(d.tables) != len(S["projects"]):
        probs.append("docx: %d tables" % len(d.tables))
    for t, p in zip(d.tables, S["projects"]):
        texts = {c.text for row in t.rows for c in row.cells}
        need = set(all_cells({"title": "", "projects": [p]}, titles=False))
        if need - texts or texts - need - {""}:
            probs.append("docx: missing %s, extra %s" % (sorted(need - texts), sorted(texts - need - {""})))
    return probs


def main():
    ok, n = True, 0
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        probs = check(doc_id)
        n += len(glob.glob(os.path.join(HERE, "docs", doc_id + ".*")))
        print("%s: %s" % (doc_id, "OK" if not probs else "PROBLEMS"))
        for p in probs:
            print("   !", p)
            ok = False
    print("ALL OK (%d files)" % n if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
