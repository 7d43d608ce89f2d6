"""Check that every cell of data/ survives in every shape of docs/ (own code: parse each file back).
Usage: python tools/check_shapes.py /work/blind45 [docs_dir]"""

import csv, collections, glob, io, json, os, sys

HERE = os.path.abspath(sys.argv[1])
DOCS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(HERE, "docs")
MK = "项目资金（万元）"


def parts(doc):
    out = []
    for p in doc["projects"]:
        part = [[doc["title"]]] + [[k] if k == MK and v == "" else [k, v] for k, v in p["header"]]
        out.append(part + [list(p["columns"])] + [list(r) for r in p["rows"]])
    return out


def padded(doc):
    w = max(len(p["columns"]) for p in doc["projects"])
    rows = []
    for j, part in enumerate(parts(doc)):
        if j:
            rows.append([""] * w)
        rows += [r + [""] * (w - len(r)) for r in part]
    return w, rows


def chars(s):
    return collections.Counter(c for c in s if not c.isspace())


def check(doc_id, doc):
    bad = []
    rd = lambda s: open(os.path.join(DOCS, doc_id + s), "rb").read()
    w, rows = padded(doc)
    P = parts(doc)
    # pipe (Yuque markdown): tables back
    got = []
    for l in rd(".pipe.txt").decode("utf-8").split("\n"):
        if l.startswith("| ") and not l.startswith("| ---"):
            cells = [c.strip().replace("\\|", "|") for c in l[2:-2].split(" | ")]
            got.append(cells)
    want = []
    for part in P:
        k = next(i for i, r in enumerate(part) if r[0] in ("一级指标", "序号"))
        want += [r + [""] * (2 - len(r)) for r in part[1:k]] + part[k:]
    if got != want:
        bad.append("pipe")
    # pipe_bare (sqlite csv with |, CRLF)
    t = rd(".pipe_bare.txt").decode("utf-8")
    if list(csv.reader(io.StringIO(t, newline=""), delimiter="|")) != rows or not t.endswith("\r\n"):
        bad.append("pipe_bare")
    # tab
    tabrows = [l.split("\t") for l in rd(".tab.tsv").decode("utf-8").rstrip("\n").split("\n")]
    if tabrows != [r + [""] * (w - len(r)) for part in P for r in part]:
        bad.append("tab")
    # csv (gbk, every field quoted, CRLF)
    try:
        t = rd(".csv").decode("gbk")
        if list(csv.reader(io.StringIO(t, newline=""))) != rows or not t.endswith("\r\n"):
            bad.append("csv")
    except UnicodeDecodeError:
        bad.append("csv (encoding)")
    # lines
    want = []
    for part in P:
        for r in part:
            want += r + [""]
        want.append("")
    t = rd(".lines.txt").decode("utf-8")
    if t.split("\r\n")[:-1] != want:
        bad.append("lines")
    if rd(".lines_dropped.txt").decode("utf-8").split("\n")[:-1] != [c for c in want if c.strip()]:
        bad.append("lines_dropped")
    # aligned: every cell's characters present (multiset)
    for s in (".aligned_top.txt", ".aligned_centered.txt"):
        have = chars(rd(s).decode("utf-8"))
        need = chars("".join(c for part in P for r in part for c in r))
        if need - have:
            bad.append(s[1:] + " lacks " + "".join(sorted((need - have).elements()))[:40])
    # flat
    want = []
    for j, part in enumerate(P):
        if j:
            want.append("")
        want += ["".join(r) for r in part]
    t = rd(".flat.txt").decode("utf-8")
    if t.split("\r\n")[:-1] != want:
        bad.append("flat")
    # oneline: a project a line, rows one space apart
    ol = rd(".oneline.txt").decode("utf-8").split("\n")[:-1]
    if ol != [" ".join("".join(r) for r in part) for part in P]:
        bad.append("oneline")
    # xlsx
    from openpyxl import load_workbook

    try:
        ws = load_workbook(os.path.join(DOCS, doc_id + ".xlsx")).active
        have = collections.Counter(str(c.value) for row in ws.iter_rows() for c in row if c.value not in (None, ""))
        need = collections.Counter(c for part in P for r in part for c in r if c)
        if need - have or have - need:
            bad.append("xlsx")
        if not ws.merged_cells.ranges:
            bad.append("xlsx merges")
    except Exception as e:
        bad.append("xlsx (%s)" % e.__class__.__name__)
    # docx
    from docx import Document

    try:
        d = Document(os.path.join(DOCS, doc_id + ".docx"))
        have = collections.Counter(p.text for p in d.paragraphs if p.text)
        for t in d.tables:
            seen, keep = set(), []
            for row in t.rows:
                for c in row.cells:
                    if id(c._tc) in seen:
                        continue
                    seen.add(id(c._tc))
                    keep.append(c._tc)
                    if c.text:
                        have[c.text] += 1
        need = collections.Counter(c for part in P for r in part for c in r if c)
        if need - have:
            bad.append("docx")
    except Exception as e:
        bad.append("docx (%s)" % e.__class__.__name__)
    return bad


def main():
    n, allbad = 0, []
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        bad = check(doc_id, json.load(open(path, encoding="utf-8")))
        n += 12
        for b in bad:
            print("%s: %s" % (doc_id, b))
        allbad += [(doc_id, b) for b in bad]
    print("ALL OK (%d files)" % n if not allbad else "FAILED: %d" % len(allbad))
    return allbad


if __name__ == "__main__":
    main()
