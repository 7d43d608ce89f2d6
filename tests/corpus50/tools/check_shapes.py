"""Every cell survives in every shape: rebuild the rows from data/ and read each file back (own code).
Usage: python tools/check_shapes.py /work/blind50 [docs_dir]"""

import collections, csv, glob, io, json, os, re, sys, zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "."


def rows_of(p, title):
    out = [[title]]
    for k, v in p["header"]:
        out.append([k] if (v == "" and "资金" in k) else [k, v])
    out.append(list(p["columns"]))
    return out + [list(r) for r in p["rows"]]


def raw(projs):
    return "\n\n".join("\n".join("\t".join(r) for r in rs) for rs in projs) + "\n"


def md_cells(line):
    cells = re.split(r"(?<!\\)\|", line)[1:-1]
    return [c.replace("\\|", "|").replace("<br/>", "\n").strip() for c in cells]


def check_doc(doc, d, base):
    projs = [rows_of(p, doc["title"]) for p in doc["projects"]]
    R = raw(projs)
    prob = {}
    rd = lambda s, enc="utf-8": open(base + s, "rb").read().decode(enc)
    # pipe: the markdown tables read back
    got = []
    for line in rd(".pipe.txt").split("\r\n"):
        if line.startswith("| ") and not re.match(r"^\| :?-", line) and line != "|  |  |":
            got.append(md_cells(line))
    want = []
    for rs in projs:
        for r in rs[1:]:
            if len(r) <= 2:
                want.append([r[0], r[1] if len(r) > 1 else ""])
            else:
                want.append(r)
    if got != want:
        prob[".pipe.txt"] = "markdown rows differ"
    if rd(".pipe_bare.txt", "gb18030") != R.replace("\t", "|").replace("\n", "\r\n"):
        prob[".pipe_bare.txt"] = "bar text differs"
    b = open(base + ".tab.tsv", "rb").read()
    W = max(len(r) for rs in projs for r in rs)
    tw = []
    for i, rs in enumerate(projs):
        if i:
            tw.append([""] * W)
        tw += [r + [""] * (W - len(r)) for r in rs]
    if (
        not b.startswith(b"\xff\xfe")
        or list(csv.reader(io.StringIO(b[2:].decode("utf-16-le"), newline=""), dialect="excel-tab")) != tw
    ):
        prob[".tab.tsv"] = "unicode text differs"
    cw = []
    for i, rs in enumerate(projs):
        if i:
            cw.append([])
        w = len(rs[-1])
        cw += [r + [""] * (w - len(r)) for r in rs]
    if list(csv.reader(io.StringIO(rd(".csv"), newline=""))) != cw:
        prob[".csv"] = "csv differs"
    if rd(".lines.txt") != R.replace("\t", "\n"):
        prob[".lines.txt"] = "lines differ"
    if rd(".lines_dropped.txt") != "".join(l + "\n" for l in R.replace("\t", "\n").split("\n") if l):
        prob[".lines_dropped.txt"] = "dropped lines differ"
    need = collections.Counter(ch for rs in projs for r in rs for c in r for ch in c if not ch.isspace())
    for s in (".aligned_top.txt", ".aligned_centered.txt"):
        have = collections.Counter(ch for ch in rd(s) if not ch.isspace())
        if need - have:
            prob[s] = "characters missing: %r" % "".join(sorted((need - have).elements()))[:40]
    if rd(".flat.txt") != R.replace("\t", ""):
        prob[".flat.txt"] = "flat differs"
    if rd(".oneline.txt") != "".join("".join("".join(r) for r in rs).replace("\n", "") + "\n" for rs in projs):
        prob[".oneline.txt"] = "oneline differs"
    # xlsx: every non-empty cell as a cell value, merged blocks present
    from openpyxl import load_workbook

    ws = load_workbook(base + ".xlsx").active
    vals = collections.Counter(str(c.value) for row in ws.iter_rows() for c in row if c.value not in (None, ""))
    cells = collections.Counter(c for rs in projs for r in rs for c in r if c)
    if cells - vals:
        prob[".xlsx"] = "cells missing: %s" % list((cells - vals).elements())[:3]
    elif not ws.merged_cells.ranges:
        prob[".xlsx"] = "no merged cells"
    from docx import Document

    dx = Document(base + ".docx")
    texts = set(p.text for p in dx.paragraphs)
    for t in dx.tables:
        for row in t.rows:
            for c in row.cells:
                texts.add(c.text)
    miss = [c for rs in projs for r in rs for c in r if c and c not in texts]
    if miss:
        prob[".docx"] = "cells missing: %s" % miss[:3]
    return prob


def main():
    docs_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "docs")
    allp, n = {}, 0
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        doc = json.load(open(path, encoding="utf-8"))
        pr = check_doc(doc, docs_dir, os.path.join(docs_dir, doc_id))
        n += 12
        for s, m in pr.items():
            allp[doc_id + s] = m
            print("!", doc_id + s, m)
    print("ALL OK (%d files)" % n if not allp else "FAILED (%d files)" % len(allp))
    return allp


if __name__ == "__main__":
    main()
