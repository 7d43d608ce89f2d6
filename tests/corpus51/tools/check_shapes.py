"""Check that every cell of data/<doc>.json survives in every rendering of render51.py (parses each file back).
Usage: python tools/check_shapes.py /work/blind51 [docs-folder]"""

import collections, csv, glob, io, json, os, re, sys, zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "/work/blind51"
DOCDIR = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "docs")


def sheet(doc):
    return [
        [[doc["title"]]] + [[k, v] for k, v in p["header"]] + [list(p["columns"])] + [list(r) for r in p["rows"]]
        for p in doc["projects"]
    ]


def sp(c):
    return c.replace("\n", " ")


def chars(s):
    return collections.Counter(ch for ch in s if not ch.isspace())


def check(doc_id):
    doc = json.load(open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8"))
    projs = sheet(doc)
    W = max(len(p["columns"]) for p in doc["projects"])
    rows = [r for pr in projs for r in pr]
    padded = [r + [""] * (W - len(r)) for r in rows]
    allchars = chars("".join(c for r in rows for c in r))
    B = os.path.join(DOCDIR, doc_id)
    rd = lambda s: open(B + s, "rb").read()
    res = {}
    # pipe (w3m): bar-delimited rows; every cell's characters present (cells may span lines, merged labels centred)
    t = rd(".pipe.txt").decode()
    body = re.sub(r"[|+\-]{2,}", "", t)  # border runs
    got = chars(body.replace("|", ""))
    res[".pipe.txt"] = not (allchars + chars("|" * 0) - got) and all(
        l.startswith(("|", "+")) for l in t.splitlines() if l.strip() and not l.startswith(doc["title"])
    )
    # pipe_bare: CRLF rows, cells joined by |
    t = rd(".pipe_bare.txt").decode()
    res[".pipe_bare.txt"] = t.split("\r\n")[:-1] == ["|".join(sp(c) for c in r) for r in rows]
    # tab: CRLF, trailing empties trimmed, line breaks folded to a space
    t = rd(".tab.tsv").decode()
    want = []
    for r in rows:
        r = [re.sub(r"\s*\n\s*", " ", c) for c in r]
        while r and r[-1] == "":
            r.pop()
        want.append("\t".join(r))
    res[".tab.tsv"] = t.split("\r\n")[:-1] == want
    # csv: pandas, header of column numbers, then padded rows
    rr = list(csv.reader(io.StringIO(rd(".csv").decode(), newline="")))
    res[".csv"] = rr[0] == [str(i) for i in range(W)] and rr[1:] == padded
    # lines / lines_dropped
    cells = [sp(c) for r in rows for c in r]
    res[".lines.txt"] = rd(".lines.txt").decode().split("\n")[:-1] == cells
    res[".lines_dropped.txt"] = rd(".lines_dropped.txt").decode().split("\n")[:-1] == [c for c in cells if c]
    # aligned: every cell's characters present (wrapped in place)
    for s in (".aligned_top.txt", ".aligned_centered.txt"):
        res[s] = not (allchars - chars(rd(s).decode()))
    # flat / oneline
    res[".flat.txt"] = rd(".flat.txt").decode() == "".join(
        "".join(r) + "\n" for r in rows
    )  # a cell's line break kept raw
    res[".oneline.txt"] = rd(".oneline.txt").decode().split("\r\n")[:-1] == [
        "".join("".join(r) for r in pr).replace("\n", "") for pr in projs
    ]
    # xlsx: every non-empty cell of each project on its sheet, merges present
    from openpyxl import load_workbook

    wb = load_workbook(B + ".xlsx")
    ok = len(wb.worksheets) == len(projs)
    for ws, pr in zip(wb.worksheets, projs):
        vals = collections.Counter(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
        need = collections.Counter(c for r in pr for c in r if c)
        ok = ok and not (need - vals) and len(ws.merged_cells.ranges) > len(pr) - len(doc["projects"][0]["rows"]) - 3
    res[".xlsx"] = ok
    # docx: every cell text in the tables
    from docx import Document

    d = Document(B + ".docx")
    texts = collections.Counter()
    for tb in d.tables:
        seen = []
        for row in tb.rows:
            for c in row.cells:
                if not any(c._tc is e for e in seen):
                    seen.append(c._tc)
                    texts[c.text] += 1
    need = collections.Counter(c for pr in projs for r in pr[1:] for c in r if c)
    res[".docx"] = not (need - texts) and sum(1 for p in d.paragraphs if p.text == doc["title"]) == len(projs)
    return res


def main():
    bad, n = [], 0
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        for suf, ok in check(doc_id).items():
            n += 1
            if not ok:
                bad.append(doc_id + suf)
    for b in bad:
        print("FAIL", b)
    print("ALL OK (%d files)" % n if not bad else "FAILED %d of %d" % (len(bad), n))
    return bad


if __name__ == "__main__":
    main()
