"""Check that every cell of data/ survives in every shape of docs/ (own model; each file is parsed back).
Usage: python tools/check_shapes.py /work/blind32 [docs-folder]   (exit 1 and a list of problems otherwise)"""

import collections
import csv
import io
import json
import os
import re
import sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
DOCS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(ROOT, "docs")
ENDS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")


def model(doc):
    """Per project the rows as the workbook prints them (rebuilt here, not imported from render32.py)."""
    out = []
    for p in doc["projects"]:
        rows, kinds = [[doc["title"]]], ["T"]
        it = iter(p["header"])
        inmoney = first = False
        for k, v in it:
            if k == "项目资金（万元）":
                inmoney = first = True
                continue
            if inmoney and k in ENDS:
                inmoney = False
            if inmoney:
                rows.append([("项目资金（万元）" if first else ""), k, v])
                kinds.append("M")
                first = False
            else:
                rows.append([k, v])
                kinds.append("H")
        rows.append(list(p["columns"]))
        kinds.append("G")
        rows += [list(r) for r in p["rows"]]
        kinds += ["R"] * len(p["rows"])
        out.append((rows, kinds, p))
    return out


def read(path, enc="utf-8"):
    with open(path, "rb") as f:
        b = f.read()
    return b.decode(enc)


def check_doc(doc_id):
    probs = []
    doc = json.load(open(os.path.join(ROOT, "data", doc_id + ".json"), encoding="utf-8"))
    M = model(doc)
    W = max(len(r) for rows, _, _ in M for r in rows)
    allrows = [r for rows, _, _ in M for r in rows]
    base = os.path.join(DOCS, doc_id)

    def delimited(suffix, sep):
        t = read(base + suffix)
        if "\r\n" not in t or re.search(r"[^\r]\n", t):
            probs.append("%s: not CRLF throughout" % suffix)
        got = [ln.split(sep) for ln in t.split("\r\n")]
        want = []
        for rows, _, _ in M:
            want += rows + [[""]]
        want.append([""])  # the final CRLF
        if got != want:
            probs.append("%s: rows differ (%s)" % (suffix, first_diff(got, want)))

    delimited(".pipe_bare.txt", "|")
    delimited(".tab.tsv", "\t")
    # one cell a line (perl -lane over CRLF): the last cell of a row keeps the CR
    want = []
    for rows, _, _ in M:
        for r in rows:
            want += r[:-1] + [r[-1] + "\r"]
        want.append("\r")
    got = read(base + ".lines.txt").split("\n")
    if got != want + [""]:
        probs.append(".lines.txt: cells differ (%s)" % first_diff(got, want + [""]))
    got = read(base + ".lines_dropped.txt").split("\n")
    wd = [x for x in want if x.strip()]
    if got != wd + [""]:
        probs.append(".lines_dropped.txt: cells differ (%s)" % first_diff(got, wd + [""]))
    # flat: cells glued, a row a line, an empty line after a project
    want = []
    for rows, _, _ in M:
        want += ["".join(r) for r in rows] + [""]
    got = read(base + ".flat.txt").split("\n")
    if got != want + [""]:
        probs.append(".flat.txt: rows differ (%s)" % first_diff(got, want + [""]))
    # oneline: `n|` then the project's rows glued
    want = ["%d|%s" % (i, "".join("".join(r) for r in rows)) for i, (rows, _, _) in enumerate(M, 1)] + [""]
    got = read(base + ".oneline.txt").split("\n")
    if got != want:
        probs.append(".oneline.txt: lines differ (%s)" % first_diff(got, want))
    # csv: no BOM, CRLF, rows padded to W, an empty row between projects
    t = read(base + ".csv")
    if t.startswith("\ufeff"):
        probs.append(".csv: has a BOM")
    if re.search(r"[^\r]\n", t) or not t.endswith("\r\n"):
        probs.append(".csv: not CRLF throughout")
    got = list(csv.reader(io.StringIO(t, newline="")))
    want = []
    for i, (rows, _, _) in enumerate(M):
        if i:
            want.append([""] * W)
        want += [r + [""] * (W - len(r)) for r in rows]
    if got != want:
        probs.append(".csv: rows differ (%s)" % first_diff(got, want))
    # pipe: sqlite3 .mode box; the header row c1..cW each project, cells stripped
    got, heads = [], 0
    for ln in read(base + ".pipe.txt").split("\n"):
        if ln.startswith("│"):
            cells = [c.strip() for c in ln.strip("│").split("│")]
            if cells == ["c%d" % (i + 1) for i in range(W)]:
                heads += 1
                continue
            got.append(cells)
        elif ln and not re.fullmatch(r"[┌┬┐├┼┤└┴┘─]+", ln):
            probs.append(".pipe.txt: stray line %r" % ln[:40])
    want = [r + [""] * (W - len(r)) for r in allrows]
    if got != want or heads != len(M):
        probs.append(".pipe.txt: rows differ (%s)" % first_diff(got, want))
    # aligned: the non-space characters are the cells' plus rules, page feet and repeated grid headers
    for suffix in (".aligned_top.txt", ".aligned_centered.txt"):
        t = read(base + suffix)
        keep = [
            ln
            for ln in t.replace("\f", "\n").split("\n")
            if not re.fullmatch(r"\s*第 \d+ 页\s*", ln) and not re.fullmatch(r"[- ]+", ln)
        ]
        have = collections.Counter(re.sub(r"\s", "", "".join(keep)))
        need = collections.Counter(re.sub(r"\s", "", "".join("".join(r) for r in allrows)))
        if need - have:
            probs.append("%s: missing %s" % (suffix, dict(need - have)))
        extra = have - need
        heads = [collections.Counter("".join(rows[kinds.index("G")])) for rows, kinds, _ in M]
        ok = not extra
        for a in range(6):
            for b in range(6):
                c = collections.Counter()
                for _ in range(a):
                    c += heads[0]
                for _ in range(b):
                    c += heads[-1]
                if c == extra:
                    ok = True
        if not ok:
            probs.append("%s: unexplained extra %s" % (suffix, dict(extra)))
    # xlsx: non-empty cells in sheet order; merged 一级/二级 blocks
    from openpyxl import load_workbook

    ws = load_workbook(base + ".xlsx").active
    got = [str(c.value) for row in ws.iter_rows() for c in row if c.value not in (None, "")]
    want = [c for r in allrows for c in r if c != ""]
    if got != want:
        probs.append(".xlsx: cells differ (%s)" % first_diff(got, want))
    if not ws.merged_cells.ranges:
        probs.append(".xlsx: no merged cells")
    # docx: header tables (key, value | money key, amount), grid tables with merged labels repeated by python-docx
    import docx as D

    d = D.Document(base + ".docx")
    tables = d.tables
    if len(tables) != 2 * len(M):
        probs.append(".docx: %d tables for %d projects" % (len(tables), len(M)))
    for pi, (rows, kinds, p) in enumerate(M):
        if 2 * pi + 1 >= len(tables):
            break
        ht, gt = tables[2 * pi], tables[2 * pi + 1]
        hw = [r for r, k in zip(rows, kinds) if k in ("H", "M")]
        carry = ""
        for i, r in enumerate(hw):
            cells = [c.text for c in ht.rows[i].cells]
            if len(r) == 2:
                exp = [r[0], r[1], r[1]]
            else:
                carry = r[0] or carry
                exp = [carry, r[1], r[2]]
            if cells != exp:
                probs.append(".docx: header row %r != %r" % (cells, exp))
        if [c.text for c in gt.rows[0].cells] != p["columns"]:
            probs.append(".docx: grid header differs")
        l1 = l2 = ""
        for i, r in enumerate(p["rows"], 1):
            exp = list(r)
            if p["columns"][:2] == ["一级指标", "二级指标"]:
                if r[0]:
                    l1, l2 = r[0], ""
                if r[1]:
                    l2 = r[1]
                exp[0], exp[1] = l1, (l2 if (r[1] or not r[0]) else "")
            cells = [c.text for c in gt.rows[i].cells]
            if cells != exp:
                probs.append(".docx: grid row %d %r != %r" % (i, cells[:4], exp[:4]))
    return probs


def first_diff(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return "item %d: %r vs %r" % (
                i,
                x if not isinstance(x, str) else x[:50],
                y if not isinstance(y, str) else y[:50],
            )
    return "length %d vs %d" % (len(a), len(b))


def main():
    docs = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "data")) if f.endswith(".json"))
    bad = 0
    for d in docs:
        try:
            probs = check_doc(d)
        except Exception as e:  # a damaged file that cannot be read at all
            probs = ["cannot read: %r" % e]
        for pr in probs:
            print("%s: %s" % (d, pr))
        bad += len(probs)
    n = 12 * len(docs)
    print("ALL OK (%d files)" % n if not bad else "%d problems" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
