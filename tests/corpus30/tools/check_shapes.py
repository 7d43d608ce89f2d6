"""Own check: rebuild rows from data/ (render30.model) and parse each shape back; every cell must survive."""

import csv, io, json, os, re, sys, zipfile

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
BASE_ARG = sys.argv[2] if len(sys.argv) > 2 else None
sys.argv = [sys.argv[0], HERE]
sys.path.insert(0, HERE)
import render30 as R  # noqa: E402


def nz(s):
    return re.sub(r"\s+", "", s or "")


def check(doc_id, base=None):
    base = base or os.path.join(HERE, "docs")
    doc = json.load(open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8"))
    projects = [R.fix_money(r) for r in R.model(doc)]
    rows = [r for p in projects for r in p]
    cells = [nz(c) for r in rows for c in r if c]
    P = lambda ext: open(os.path.join(base, doc_id + ext), encoding="utf-8", newline="").read()
    bad = []
    tsv = [[c.replace("\\n", "\n") for c in ln.split("\t")] for ln in P(".tab.tsv").split("\n") if ln]
    if [[nz(c) for c in r] for r in tsv] != [[nz(c) for c in r] for r in rows]:
        bad.append("tab")
    cs = [r for r in csv.reader(io.StringIO(P(".csv"))) if r]
    if [[nz(c) for c in r] for r in cs] != [[nz(c) for c in r] for r in rows]:
        bad.append("csv")
    if [nz(x) for x in P(".lines_dropped.txt").split("\n") if x.strip()] != [
        x for c in rows for cc in c if cc for x in [nz(y) for y in cc.split("\n")] if x
    ]:
        bad.append("lines_dropped")
    if nz(P(".lines.txt")) != "".join(cells):
        bad.append("lines")
    if nz(P(".flat.txt")) != "".join(cells):
        bad.append("flat")
    ol = [nz(x) for x in P(".oneline.txt").split("\n") if x]
    if ol != ["".join(nz(c) for r in p for c in r if c) for p in projects]:
        bad.append("oneline")
    pipe = [
        [nz(c.replace("<br>", "")) for c in ln.strip()[1:-1].split(" | ")]
        for ln in P(".pipe.txt").split("\n")
        if ln.startswith("| ")
    ]
    if [[c for c in r if c] for r in pipe] != [[nz(c) for c in r if c] for r in rows]:
        bad.append("pipe")
    if nz(re.sub(r"[|\-]", "", P(".pipe_bare.txt"))) != re.sub(r"[|\-]", "", "".join(cells)):
        bad.append("pipe_bare")
    for ext in (".aligned_top.txt", ".aligned_centered.txt"):
        from collections import Counter  # wrapped cells interleave: every character of every cell must be there

        if Counter(nz(P(ext))) != Counter("".join(cells)):
            bad.append(ext)
    for ext in (".xlsx", ".docx"):
        z = zipfile.ZipFile(os.path.join(base, doc_id + ext))
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xml"))
        import html

        txt = html.unescape(re.sub(r"<[^>]+>", "", xml))
        miss = [c for c in cells if nz(c).replace("&", "") not in nz(txt).replace("&", "")]
        if miss:
            bad.append((ext, miss[:2]))
    return bad


if __name__ == "__main__":
    base = BASE_ARG
    allbad = 0
    for fn in sorted(os.listdir(os.path.join(HERE, "data"))):
        b = check(fn[:-5], base)
        print(fn[:-5], "OK" if not b else b)
        allbad += len(b)
    print("ALL OK" if not allbad else "FAILED %d" % allbad)
