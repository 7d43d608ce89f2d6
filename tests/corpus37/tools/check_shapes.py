"""Own check: every cell of data/ survives in every shape of docs/ (each file parsed back).
Usage: python tools/check_shapes.py /work/blind37 [docs_dir]"""

import collections, csv, io, json, os, re, sys, zipfile

HERE = os.path.abspath(sys.argv[1])
DOCS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(HERE, "docs")
sys.path.insert(0, HERE)
from render37 import sheet_rows, tsv_padded, tsv_unpadded  # noqa: E402


def nows(s):
    return re.sub(r"\s+", "", s)


def chars(s):
    return collections.Counter(nows(s))


def check(doc_id, doc):
    bad = []
    rd = lambda suf: open(os.path.join(DOCS, doc_id + suf), "rb").read()
    W, padded = tsv_padded(doc)
    unp = tsv_unpadded(doc)
    allcells = [c for p in doc["projects"] for r in sheet_rows(p, doc["title"]) for c in r]
    try:  # pipe: perl -a drops trailing empty fields
        got = [l[1:-1].split("|") if l != "||" else [] for l in rd(".pipe.txt").decode().split("\n")[:-1]]
        want = []
        for r in padded:
            r = list(r)
            while r and r[-1] == "":
                r.pop()
            want.append(r)
        if got != want:
            bad.append(".pipe.txt")
    except Exception as e:
        bad.append(".pipe.txt (%s)" % e)
    try:  # pipe_bare: html2text rows, `---` rules and headings skipped
        t = rd(".pipe_bare.txt").decode()
        rows = []
        for l in t.split("\n"):
            if not l.strip() or l.startswith("#") or re.fullmatch(r"[-|]+\s*", l):
                continue
            rows.append([c.strip() for c in l.rstrip().split("|")])
        want = [[c.strip() for c in r] for p in doc["projects"] for r in sheet_rows(p, doc["title"])[1:]]
        flatgot = [nows(c) for r in rows for c in r if nows(c)]
        flatwant = [nows(c) for r in want for c in r if nows(c)]
        if "".join(flatgot) != "".join(flatwant):  # a <br> in a cell breaks its row in html2text
            bad.append(".pipe_bare.txt")
    except Exception as e:
        bad.append(".pipe_bare.txt (%s)" % e)
    try:
        want = "\t".join("c%d" % (j + 1) for j in range(W)) + "\n" + "".join("\t".join(r) + "\n" for r in padded)
        if rd(".tab.tsv").decode() != want:
            bad.append(".tab.tsv")
    except Exception as e:
        bad.append(".tab.tsv (%s)" % e)
    try:
        got = list(csv.reader(io.StringIO(rd(".csv").decode(), newline="")))
        got = [[c.replace("；\r\n", "；") for c in r] for r in got]
        want = []
        for i, p in enumerate(doc["projects"]):
            if i:
                want.append([])
            want += sheet_rows(p, doc["title"])
        if got != want or b"\r\n" in rd(".csv").replace(b"\xef\xbc\x9b\r\n", b""):
            bad.append(".csv")
    except Exception as e:
        bad.append(".csv (%s)" % e)
    lines = [l for r in padded for l in r + [""]]
    try:
        if rd(".lines.txt").decode() != "".join(l + "\n" for l in lines):
            bad.append(".lines.txt")
        if rd(".lines_dropped.txt").decode() != "".join(l + "\n" for l in lines if l):
            bad.append(".lines_dropped.txt")
    except Exception as e:
        bad.append(".lines (%s)" % e)
    try:
        if rd(".flat.txt").decode() != "".join(("" if r is None else "".join(r)) + "\n" for r in unp):
            bad.append(".flat.txt")
        ol, cur = [], ""
        for r in unp:
            if r is None:
                ol.append(cur)
                cur = ""
            else:
                cur += "".join(r)
        ol.append(cur)
        if rd(".oneline.txt").decode() != "".join(x + "\n" for x in ol):
            bad.append(".oneline.txt")
    except Exception as e:
        bad.append(".flat/oneline (%s)" % e)
    need = chars("".join(allcells))
    for suf in (".aligned_top.txt", ".aligned_centered.txt"):
        try:
            have = chars(rd(suf).decode())
            if need - have:
                bad.append(suf)
            # every grid cell's first wrapped piece on some line
        except Exception as e:
            bad.append("%s (%s)" % (suf, e))
    try:
        import openpyxl

        wb = openpyxl.load_workbook(os.path.join(DOCS, doc_id + ".xlsx"))
        ws = wb.worksheets[0]
        got = collections.Counter(str(c.value) for row in ws.iter_rows() for c in row if c.value not in (None, ""))
        want = collections.Counter(c for p in doc["projects"] for r in sheet_rows(p, doc["title"]) for c in r if c)
        if got != want or not ws.merged_cells.ranges:
            bad.append(".xlsx")
    except Exception as e:
        bad.append(".xlsx (%s)" % e)
    try:
        import docx

        d = docx.Document(os.path.join(DOCS, doc_id + ".docx"))
        got = set(p.text for p in d.paragraphs if p.text)
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    if c.text:
                        got.add(c.text)
        want = set(c for p in doc["projects"] for r in sheet_rows(p, doc["title"]) for c in r if c)
        if got != want:
            bad.append(".docx")
    except Exception as e:
        bad.append(".docx (%s)" % e)
    return bad


def main():
    n = nbad = 0
    for fn in sorted(os.listdir(os.path.join(HERE, "data"))):
        doc_id = fn[:-5]
        doc = json.load(open(os.path.join(HERE, "data", fn), encoding="utf-8"))
        bad = check(doc_id, doc)
        n += 12
        for b in bad:
            print("BAD", doc_id + b)
        nbad += len(bad)
    print("ALL OK (%d files)" % n if not nbad else "FAILED: %d of %d files" % (nbad, n))


main()
