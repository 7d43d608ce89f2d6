"""Every cell of data/ survives in every text shape, xlsx and docx (parse each file back). Usage: check_shapes.py DIR"""

import csv, glob, io, json, os, re, sys, collections

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from render46 import sheet, proj_rows

H = os.path.abspath(sys.argv[1])
bad = []
n = 0


def ns(s):
    return re.sub(r"\s+", "", s)


for path in sorted(glob.glob(os.path.join(H, "data", "*.json"))):
    d = os.path.basename(path)[:-5]
    doc = json.load(open(path, encoding="utf-8"))
    b = os.path.join(H, "docs", d)
    S = sheet(doc)
    cells = [c for r in S for c in r if c]
    L = [c for p in doc["projects"] for r in proj_rows(p, doc["title"]) for c in r]
    chk = {}
    chk["pipe_bare"] = [l.split("|") for l in open(b + ".pipe_bare.txt", encoding="utf-8").read().split("\n")[:-1]] == S
    chk["tab"] = [l.split("\t") for l in open(b + ".tab.tsv", encoding="utf-8").read().split("\n")[:-1]] == S
    chk["csv"] = list(csv.reader(io.StringIO(open(b + ".csv", encoding="utf-8-sig", newline="").read()))) == S
    chk["lines"] = open(b + ".lines.txt", encoding="utf-8", newline="").read() == "\r\n".join(L) + "\r\n"
    chk["lines_dropped"] = open(b + ".lines_dropped.txt", encoding="utf-8", newline="").read().split("\r\n")[:-1] == [
        x for x in L if x
    ]
    chk["flat"] = open(b + ".flat.txt", encoding="utf-8").read().split("\n")[:-1] == ["".join(r) for r in S]
    chk["oneline"] = open(b + ".oneline.txt", encoding="utf-8").read().split("\n")[:-1] == [
        "".join("".join(r) for r in proj_rows(p, doc["title"])) for p in doc["projects"]
    ]
    pipe = [l for l in open(b + ".pipe.txt", encoding="utf-8").read().split("\n") if l.startswith("| ")]
    pc = [x.strip() for l in pipe for x in l[1:-1].split("|")]
    chk["pipe"] = not (collections.Counter(c for c in cells if c != doc["title"]) - collections.Counter(pc))
    need = collections.Counter(ns("".join(cells)))
    for s in ("aligned_top", "aligned_centered"):
        chk[s] = not (need - collections.Counter(ns(open(b + ".%s.txt" % s, encoding="utf-8").read())))
    import openpyxl, docx

    ws = openpyxl.load_workbook(b + ".xlsx").active
    xc = collections.Counter(str(c.value) for r in ws.iter_rows() for c in r if c.value is not None)
    chk["xlsx"] = not (collections.Counter(cells) - xc) and len(ws.merged_cells.ranges) > 0
    dd = docx.Document(b + ".docx")
    dt = collections.Counter()
    for t in dd.tables:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                dt[c.text] += 1
    chk["docx"] = not (collections.Counter(c for c in cells if c != doc["title"]) - dt)
    for k, v in chk.items():
        n += 1
        if not v:
            bad.append((d, k))
print("BAD", bad) if bad else print("ALL OK (%d files)" % n)
