"""Own check: every cell of data/ survives in every text shape, XLSX and DOCX (parses each file back).
Usage: python tools/check_shapes.py /work/blind33 [docs folder]"""

import collections, csv, glob, io, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from render33 import doc_rows  # the row layout only

HERE = os.path.abspath(sys.argv[1])
DOCS = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "docs")


def check(doc_id, d):
    P = doc_rows(d)
    W = max(len(r) for _, rows in P for r in rows)
    pad = lambda r: r + [""] * (W - len(r))
    allrows = [r for _, rows in P for r in rows]
    cells = [c for r in allrows for c in r if c]
    f = lambda ext, enc="utf-8": open(os.path.join(DOCS, doc_id + ext), "rb").read().decode(enc)
    bad = []
    # tab.tsv: BOM, CRLF, own widths, an empty row between projects
    t = f(".tab.tsv")
    exp = "\ufeff" + "\r\n\r\n".join("".join("\t".join(r) + "\r\n" for r in rows) for _, rows in P)
    exp = exp.replace("\r\n\r\n", "\r\n\r\n")
    if t != "\ufeff" + "\r\n".join("".join("\t".join(r) + "\r\n" for r in rows) for _, rows in P):
        bad.append("tab.tsv")
    dump = "\n".join("".join("\t".join(pad(r)) + "\n" for r in rows) for _, rows in P)
    if f(".pipe_bare.txt") != dump.replace("\t", "|"):
        bad.append("pipe_bare")
    if f(".flat.txt") != dump.replace("\t", ""):
        bad.append("flat")
    if f(".oneline.txt") != "".join("".join("".join(r) for r in rows) + "\n" for _, rows in P):
        bad.append("oneline")
    lines = ["\ufeff" + allrows[0][0]] + [c for r in allrows[1:] for c in r] if False else None
    seq = []
    for k, (_, rows) in enumerate(P):
        if k:
            seq.append("")
        for r in rows:
            seq += r
    seq[0] = "\ufeff" + seq[0]
    if f(".lines.txt") != "\n".join(seq) + "\n":
        bad.append("lines")
    if f(".lines_dropped.txt") != "\n".join(c for c in seq if c) + "\n":
        bad.append("lines_dropped")
    rd = list(csv.reader(io.StringIO(f(".csv"), newline="")))
    if (
        rd[0] != ["p", "n"] + ["c%d" % (i + 1) for i in range(W)]
        or [r[2:] for r in rd[1:]] != [pad(r) for r in allrows]
        or "\r" in f(".csv")
    ):
        bad.append("csv")
    # pipe: sqlite qbox parsed back
    got = []
    for line in f(".pipe.txt").splitlines():
        if line.startswith("│"):
            cs = [c.strip() for c in line.strip("│").split("│")]
            if cs == ["c%d" % (i + 1) for i in range(W)]:
                continue
            got.append([("" if c == "NULL" else c[1:-1].replace("''", "'")) for c in cs])
        elif line and set(line) - set("┌┬┐├┼┤└┴┘─"):
            bad.append("pipe rule")
    if got != [pad(r) for r in allrows]:
        bad.append("pipe")
    # aligned: every cell's characters present (multiset of non-space characters contains the cells')
    for ext in (".aligned_top.txt", ".aligned_centered.txt"):
        have = collections.Counter(re.sub(r"\s", "", f(ext)))
        need = collections.Counter(re.sub(r"\s", "", "".join(cells)))
        if need - have:
            bad.append(ext + " lacks " + "".join((need - have).elements())[:20])
    # xlsx: non-empty cells in sheet order
    from openpyxl import load_workbook

    wb = load_workbook(os.path.join(DOCS, doc_id + ".xlsx"))
    xs = [c for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    if xs != cells or sum(len(ws.merged_cells.ranges) for ws in wb.worksheets) == 0:
        bad.append("xlsx")
    from docx import Document

    dx = Document(os.path.join(DOCS, doc_id + ".docx"))
    txt = []
    for tb in dx.tables:
        for row in tb.rows:
            prev = None
            for c in row.cells:
                if c._tc is not prev and c.text:
                    txt.append(c.text)
                prev = c._tc
    need = collections.Counter(cells) - collections.Counter([d["title"]] * len(P))
    if collections.Counter(need) - collections.Counter(txt):
        bad.append("docx")
    return bad


ok = True
n = 0
for fn in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
    doc_id = os.path.basename(fn)[:-5]
    try:
        bad = check(doc_id, json.load(open(fn, encoding="utf-8")))
    except Exception as e:
        bad = ["unreadable: %r" % e]
    n += 12
    print(doc_id, "OK" if not bad else "BAD " + ", ".join(bad))
    ok = ok and not bad
print("ALL OK (%d files)" % n if ok else "FAILURES")
