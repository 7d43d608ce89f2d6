"""Check every rendering of blind49 against data/: each file parsed back (own code).  Usage: check_shapes.py DIR"""

import collections, csv, glob, io, json, os, sys, zipfile


def projects_of(doc):
    out = []
    for p in doc["projects"]:
        rows = [[doc["title"]]]
        for k, v in p["header"]:
            rows.append([k] if k == "项目资金（万元）" and v == "" else [k, v])
        rows.append(list(p["columns"]))
        rows += [list(r) for r in p["rows"]]
        out.append(rows)
    return out


def sp(c):
    return c.replace("\n", " ")


def check_doc(d, did):
    doc = json.load(open(os.path.join(d, "data", did + ".json"), encoding="utf-8"))
    P = projects_of(doc)
    W = max(len(r) for rows in P for r in rows)
    base = os.path.join(d, "docs", did)
    errs = []

    def rd(suf):
        return open(base + suf, "rb").read()

    # pipe: GFM tables per project
    got, cur = [], None
    for ln in rd(".pipe.txt").decode("utf-8").split("\n"):
        if ln.startswith("## "):
            cur = []
            got.append(cur)
        elif ln.startswith("| ") and not set(ln) <= set("|- "):
            cur.append([c.strip().replace("<br>", "\n") for c in ln[2:-2].split(" | ")])
    want = [[[r[j] if j < len(r) else "" for j in range(max(len(x) for x in rows))] for r in rows] for rows in P]
    if got != want:
        errs.append(".pipe.txt")
    # pipe_bare: perl dropped trailing empties
    want = ["|".join([sp(c) for c in r] + [""] * (W - len(r))).rstrip("|") for rows in P for r in rows]
    if rd(".pipe_bare.txt").decode("utf-8").split("\n")[:-1] != want:
        errs.append(".pipe_bare.txt")
    # tab: BOM, CRLF, quoted where needed
    b = rd(".tab.tsv")
    rows = list(csv.reader(io.StringIO(b.decode("utf-8-sig"), newline=""), delimiter="\t"))
    if not b.startswith(b"\xef\xbb\xbf") or rows != [r for rows_ in P for r in rows_] or b.count(b"\r\n") < len(rows):
        errs.append(".tab.tsv")
    # csv: jq @csv, padded to W
    rows = list(csv.reader(io.StringIO(rd(".csv").decode("utf-8"), newline="")))
    if rows != [r + [""] * (W - len(r)) for rows_ in P for r in rows_]:
        errs.append(".csv")
    # lines / lines_dropped
    cells = [sp(c) for rows_ in P for r in rows_ for c in r]
    if rd(".lines.txt").decode("utf-8").split("\n")[:-1] != cells:
        errs.append(".lines.txt")
    if rd(".lines_dropped.txt").decode("utf-8").split("\n")[:-1] != [c for c in cells if c.strip()]:
        errs.append(".lines_dropped.txt")
    # flat (jq join), oneline (CR between rows)
    fl = []
    for i, rows_ in enumerate(P):
        if i:
            fl.append("")
        fl += ["".join(r) for r in rows_]
    if rd(".flat.txt").decode("utf-8") != "\n".join(fl) + "\n":
        errs.append(".flat.txt")
    one = "\r".join(x.replace("\n", "") for x in fl) + "\r\n"
    if rd(".oneline.txt").decode("utf-8") != one:
        errs.append(".oneline.txt")
    # aligned: every cell's non-space characters present (multiset)
    need = collections.Counter("".join("".join(c.split()) for rows_ in P for r in rows_ for c in r))
    for suf in (".aligned_top.txt", ".aligned_centered.txt"):
        have = collections.Counter("".join(rd(suf).decode("utf-8").split()))
        if need - have:
            errs.append(suf)
    # xlsx / docx: every non-empty cell text present
    import openpyxl, docx

    wb = openpyxl.load_workbook(base + ".xlsx")
    ws = wb.active
    have = collections.Counter(str(c.value) for row in ws.iter_rows() for c in row if c.value not in (None, ""))
    needc = collections.Counter(c for rows_ in P for r in rows_ for c in r if c)
    merged = collections.Counter()
    for rows_ in P:  # merged label cells appear once per block, title once per project
        pass
    if any(k not in have for k in needc) or not ws.merged_cells.ranges:
        errs.append(".xlsx")
    dd = docx.Document(base + ".docx")
    texts = set(c.text for t in dd.tables for row in t.rows for c in row.cells)
    if any(k not in texts for k in needc if k != doc["title"]) or doc["title"] not in [p.text for p in dd.paragraphs]:
        errs.append(".docx")
    return errs


def main():
    d = os.path.abspath(sys.argv[1])
    bad, n = [], 0
    for path in sorted(glob.glob(os.path.join(d, "data", "*.json"))):
        did = os.path.basename(path)[:-5]
        e = check_doc(d, did)
        n += 12
        for s in e:
            bad.append(did + s)
            print("FAIL", did + s)
    print("ALL OK (%d files)" % n if not bad else "%d FAILED" % len(bad))
    return bad


if __name__ == "__main__":
    main()
