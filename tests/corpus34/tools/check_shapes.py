"""Own check that every cell of data/ survives in every shape of docs/ (parses each file back).
Usage: python tools/check_shapes.py /work/blind34 [docs_dir]"""

import collections
import csv
import io
import json
import os
import re
import sys
import zipfile

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
DOCS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(HERE, "docs")
sys.path.insert(0, HERE)
import render34  # noqa: E402  (rows_of / money_keys: the workbook row layout)

NUM = re.compile(r"^-?[\d,]+(\.\d+)?$")


def layout(doc):
    render34.MONEY = render34.money_keys(doc)
    projs = [render34.rows_of(doc, p) for p in doc["projects"]]
    return projs, max(len(r) for rs in projs for r in rs)


def rb(path):
    with open(path, "rb") as f:
        return f.read()


def check_doc(doc_id, doc):
    projs, W = layout(doc)
    base = os.path.join(DOCS, doc_id)
    bad = {}
    allcells = [c for rs in projs for r in rs for c in r]

    def fail(sfx, msg):
        bad.setdefault(sfx, msg)

    # pipe (GitLab Markdown by jq): parse the tables back
    got = []
    for line in rb(base + ".pipe.txt").decode("utf-8").split("\n"):
        if not line.startswith("|"):
            continue
        cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line[1:-1])]
        if all(re.fullmatch(r"-{3}", c) for c in cells) or all(c == "" for c in cells):
            continue
        got.append(cells)
    want = []
    for rs in projs:
        want += [r + [""] * (3 - len(r)) for r in rs[1:] if len(r) <= 3 and rs.index(r) < len(rs)]
    exp = []
    for p, rs in zip(doc["projects"], projs):
        g0 = len(rs) - len(p["rows"]) - 1
        exp += [r + [""] * (3 - len(r)) for r in rs[1:g0]] + rs[g0:]
    if got != exp:
        fail(".pipe.txt", "rows differ")
    # pipe_bare / flat / oneline: byte for byte from the rows (node's choices)
    E = "\r\n"
    if rb(base + ".pipe_bare.txt").decode("utf-8") != (E + E).join(E.join("|".join(r) for r in rs) for rs in projs):
        fail(".pipe_bare.txt", "bytes differ")
    if rb(base + ".flat.txt").decode("utf-8") != (E + E).join(E.join("".join(r) for r in rs) for rs in projs):
        fail(".flat.txt", "bytes differ")
    if rb(base + ".oneline.txt").decode("utf-8") != "".join("  ".join("".join(r) for r in rs) + E for rs in projs):
        fail(".oneline.txt", "bytes differ")
    # lines: one cell a line, CR kept on each row's last cell
    want_lines = []
    for i, rs in enumerate(projs):
        if i:
            want_lines.append("\r")
        for r in rs:
            want_lines += r[:-1] + [r[-1] + "\r"]
    want_lines[-1] = want_lines[-1][:-1]
    got_lines = rb(base + ".lines.txt").decode("utf-8").split("\n")
    if got_lines != want_lines:
        fail(".lines.txt", "lines differ")
    dl = [x for x in want_lines if x not in ("", "\r")]
    gd = rb(base + ".lines_dropped.txt").decode("utf-8").split("\n")
    if want_lines[-1] == "" and gd and gd[-1] == "":  # sed deleted the last (empty, unterminated) line
        gd = gd[:-1]
    if gd != dl:
        fail(".lines_dropped.txt", "lines differ")
    # tab: R write.table, every non-empty cell quoted, W wide, an empty row between projects
    sheet = []
    for i, rs in enumerate(projs):
        if i:
            sheet.append([""] * W)
        sheet += [r + [""] * (W - len(r)) for r in rs]
    t = rb(base + ".tab.tsv").decode("utf-8")
    rows = []
    for line in t.split("\n")[:-1]:
        cells = []
        for c in line.split("\t"):
            if c and not (c.startswith('"') and c.endswith('"') and len(c) >= 2):
                cells = None
                break
            cells.append(c[1:-1].replace('\\"', '"').replace("\\\\", "\\") if c else "")
        rows.append(cells)
    if rows != sheet or not t.endswith("\n"):
        fail(".tab.tsv", "rows differ")
    # csv: BOM, CRLF, W wide, numbers after a TAB
    b = rb(base + ".csv")
    if not b.startswith(b"\xef\xbb\xbf"):
        fail(".csv", "no BOM")
    txt = b[3:].decode("utf-8")
    if "\n" in txt.replace("\r\n", ""):
        fail(".csv", "bare LF")
    rd = list(csv.reader(io.StringIO(txt, newline="")))
    want_csv = [r + [""] * (W - len(r)) for rs in projs for r in rs]
    back = [[c[1:] if c.startswith("\t") and NUM.match(c[1:]) else c for c in r] for r in rd]
    tabbed_ok = all(
        (c.startswith("\t")) == bool(NUM.match(w)) for r, wr in zip(rd, want_csv) for c, w in zip(r, wr) if w
    )
    if back != want_csv or not tabbed_ok:
        fail(".csv", "rows differ")
    # aligned (pdftotext -layout of the three-line print): non-space characters, as a multiset
    need = collections.Counter("".join(re.sub(r"\s+", "", c) for c in allcells if c not in ("项目资金（万元）",)))
    need.update(re.sub(r"\s+", "", "".join(p["columns"] for p in []) or ""))
    for sfx in (".aligned_top.txt", ".aligned_centered.txt"):
        have = collections.Counter(re.sub(r"\s+", "", rb(base + sfx).decode("utf-8")))
        # the grid header repeats on a new page and the money key is printed once: count at least once per cell
        miss = need - have
        if miss:
            fail(sfx, "missing characters %s" % "".join(sorted(miss))[:40])
    # xlsx: every non-empty cell in order, merged ranges present
    from openpyxl import load_workbook

    ws = load_workbook(base + ".xlsx").active
    vals = [str(c.value) for row in ws.iter_rows() for c in row if c.value not in (None, "")]
    if vals != [c for c in allcells if c != ""]:
        fail(".xlsx", "cells differ")
    if not ws.merged_cells.ranges:
        fail(".xlsx", "no merged cells")
    # docx: header paragraphs and every grid cell
    from docx import Document

    d = Document(base + ".docx")
    paras = "\n".join(p.text for p in d.paragraphs)
    from docx.oxml.ns import qn

    tcells = []
    for tb in d.tables:
        for tc in tb._tbl.iter(qn("w:tc")):
            pr = tc.find(qn("w:tcPr"))
            vm = pr.find(qn("w:vMerge")) if pr is not None else None
            if vm is not None and vm.get(qn("w:val")) != "restart":
                continue  # a merged cell's continuation
            tcells.append("".join(t.text or "" for t in tc.iter(qn("w:t"))))
    gridcells = []
    for p in doc["projects"]:
        gridcells += p["columns"] + [c for r in p["rows"] for c in r]
    for p in doc["projects"]:
        for k, v in p["header"]:
            if k != "项目资金（万元）" and (k not in paras or v not in paras):
                fail(".docx", "header %s missing" % k)
    gc = collections.Counter(c for c in gridcells if c)
    tc = collections.Counter(c for c in tcells if c)
    if gc != tc:
        fail(".docx", "grid cells differ %s" % list((gc - tc).items())[:3])
    return bad


def main():
    bad_all = {}
    n = 0
    for fn in sorted(os.listdir(os.path.join(HERE, "data"))):
        doc_id = fn[:-5]
        doc = json.load(open(os.path.join(HERE, "data", fn), encoding="utf-8"))
        n += 12
        for sfx, msg in check_doc(doc_id, doc).items():
            bad_all[doc_id + sfx] = msg
    for k, v in sorted(bad_all.items()):
        print("BAD", k, v)
    print("ALL OK (%d files)" % n if not bad_all else "%d of %d files BAD" % (len(bad_all), n))
    return bad_all


if __name__ == "__main__":
    main()
