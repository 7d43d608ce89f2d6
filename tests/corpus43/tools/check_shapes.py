"""Check that every cell survives in every shape of blind43 (own code: rebuild rows from data/, parse each file back).
Usage: python tools/check_shapes.py /work/blind43 [docs_dir]"""

import collections, csv, glob, io, json, os, re, sys, zipfile

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
sys.path.insert(0, HERE)
from render43 import sheet  # noqa: E402  (the staged sheet only; no shape writer used)


def chars(s):
    return collections.Counter(re.sub(r"\s+", "", s))


def check_doc(doc, d, docs):
    rows, w = sheet(doc)
    base = os.path.join(docs, d)
    bad = []

    def rd(ext, enc="utf-8"):
        return open(base + ext, encoding=enc, newline="").read()

    # pipe: Zim tables
    want = []
    for p in doc["projects"]:
        want += [["项目名称", p["header"][0][1]]] + [[k, v] for k, v in p["header"][1:]]
        want += [list(p["columns"])] + [list(r) for r in p["rows"]]
    got = [
        [c.strip() for c in l[1:-1].split("|")]
        for l in rd(".pipe.txt").split("\n")
        if l.startswith("|") and not l.startswith("|:")
    ]
    if got != want:
        bad.append(".pipe.txt")
    # pipe_bare: COPY text format
    un = lambda c: re.sub(r"\\(.)", lambda m: {"n": "\n", "r": "\r", "t": "\t"}.get(m.group(1), m.group(1)), c)
    got = [[un(c) for c in re.split(r"(?<!\\)\|", l)] for l in rd(".pipe_bare.txt").split("\n")[:-1]]
    if got != rows:
        bad.append(".pipe_bare.txt")
    t = rd(".tab.tsv")
    if not t.endswith("\r\n") or list(csv.reader(io.StringIO(t), delimiter="\t")) != rows:
        bad.append(".tab.tsv")

    def trim(r):
        r = list(r)
        while r and r[-1] == "":
            r.pop()
        return r

    if list(csv.reader(io.StringIO(rd(".csv")))) != [trim(r) for r in rows]:
        bad.append(".csv")
    cells = [c for r in rows for c in r]
    if rd(".lines.txt") != "".join(c + "\n" for c in cells):
        bad.append(".lines.txt")
    if rd(".lines_dropped.txt") != "".join(c + "\n" for c in cells if c.strip()):
        bad.append(".lines_dropped.txt")
    need = chars("".join(cells))
    for ext in (".aligned_top.txt", ".aligned_centered.txt"):
        have = chars(rd(ext))
        if any(have[k] < v for k, v in need.items()):
            bad.append(ext)
    if rd(".flat.txt") != "".join("".join(r) + "\r\n" for r in rows):
        bad.append(".flat.txt")
    lines = rd(".oneline.txt").split("\n")
    wantl = [
        "".join("".join(r) for r in [[doc["title"]]] + [list(kv) for kv in p["header"]] + [p["columns"]] + p["rows"])
        for p in doc["projects"]
    ]
    if (
        lines[-1] != ""
        or [re.sub(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} INFO \[jx_crawler\] ", "", l) for l in lines[:-1]] != wantl
    ):
        bad.append(".oneline.txt")
    # xlsx
    try:
        import openpyxl

        wb = openpyxl.load_workbook(base + ".xlsx")
        vals = collections.Counter()
        merged = 0
        for ws in wb.worksheets[1:]:
            merged += len(ws.merged_cells.ranges)
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v not in (None, ""):
                        vals[str(v)] += 1
        wantv = collections.Counter()
        for p in doc["projects"]:
            wantv[doc["title"]] += 1
            for c in [c for kv in p["header"] for c in kv] + p["columns"] + [c for r in p["rows"] for c in r]:
                if c:
                    wantv[c] += 1
        if vals != wantv or merged == 0:
            bad.append(".xlsx")
    except Exception:
        bad.append(".xlsx")
    try:
        import docx

        dd = docx.Document(base + ".docx")
        texts = collections.Counter()
        for t in dd.tables:
            seen = []  # the tc elements themselves (kept alive, so identity holds)
            for row in t.rows:
                for c in row.cells:
                    if any(c._tc is x for x in seen):
                        continue
                    seen.append(c._tc)
                    if c.text:
                        texts[c.text] += 1
        wantv = collections.Counter()
        for p in doc["projects"]:
            for c in [c for kv in p["header"] for c in kv] + p["columns"] + [c for r in p["rows"] for c in r]:
                if c:
                    wantv[c] += 1
        if texts != wantv:
            bad.append(".docx")
    except Exception:
        bad.append(".docx")
    return bad


def main():
    docs = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(HERE, "docs")
    allbad, n = [], 0
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        d = os.path.basename(path)[:-5]
        bad = check_doc(json.load(open(path, encoding="utf-8")), d, docs)
        n += 12
        for b in bad:
            print("BAD", d + b)
        allbad += [d + b for b in bad]
    print("ALL OK (%d files)" % n if not allbad else "FAILED %d of %d" % (len(allbad), n))
    return allbad


if __name__ == "__main__":
    main()
