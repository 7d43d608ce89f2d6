"""Every cell of data/ survives in every shape (own code). Usage: python tools/check_shapes.py /work/blind58"""

import csv, glob, io, json, os, re, sys, zipfile
from html import unescape

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render58 as R

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "."
R.DATA = os.path.join(HERE, "data")


def rows_of(doc, merged_blank=True, pad=None):
    out = []
    for _, cells, m in R.sheet(doc):
        c = ["" if (x and merged_blank) else v for v, x in zip(cells, m)]
        out.append(c + [""] * ((pad or 0) - len(c)) if pad else c)
    return out


def nows(s):
    return sorted(re.sub(r"\s", "", s))


def check(doc_id):
    doc = json.load(open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8"))
    b = os.path.join(HERE, "docs", doc_id)
    W = R.width(doc)
    padded = rows_of(doc, pad=W)
    own = rows_of(doc)
    bad = []
    # pipe: split at unescaped ' | '
    got = []
    for line in open(b + ".pipe.txt", encoding="utf-8").read().split("\n"):
        if line.startswith("| ") and not line.startswith("| ---"):
            cells = [c.replace("\\|", "|").replace("<br>", "\n") for c in re.split(r" (?<!\\)\| ", line[2:-2])]
            if any(cells):
                got.append([c.strip() for c in cells])
    want = [[c for c in r] for r in own[1:]]
    if [[c for c in r if c] for r in got] != [[c for c in r if c] for r in want]:
        bad.append("pipe")
    # pipe_bare, tab, csv
    pb = list(csv.reader(io.StringIO(open(b + ".pipe_bare.txt", encoding="utf-8").read()), delimiter="|"))[1:]
    if pb != padded:
        bad.append("pipe_bare")
    if list(csv.reader(io.StringIO(open(b + ".tab.tsv", encoding="utf-8").read()), dialect="excel-tab")) != rows_of(
        doc, False, W
    ):
        bad.append("tab")
    if list(csv.reader(io.StringIO(open(b + ".csv", encoding="utf-8").read()))) != padded:
        bad.append("csv")
    lines = open(b + ".lines.txt", encoding="utf-8").read().split("\n")[:-1]
    if lines != [c for r in own for c in r]:
        bad.append("lines")
    if open(b + ".lines_dropped.txt", encoding="utf-8").read().split("\n")[:-1] != [c for r in own for c in r if c]:
        bad.append("lines_dropped")
    flat = "".join("".join(r) + "\n" for r in rows_of(doc, False))
    if open(b + ".flat.txt", encoding="utf-8").read() != flat:
        bad.append("flat")
    if nows(open(b + ".oneline.txt", encoding="utf-8").read()) != nows(flat):
        bad.append("oneline")
    allcells = "".join(c for r in rows_of(doc, False) for c in r)
    for sh in ("aligned_top", "aligned_centered", "pdftotext"):
        t = open(b + "." + sh + ".txt", encoding="utf-8").read()
        have = re.sub(r"\s", "", t)
        from collections import Counter

        need = Counter(re.sub(r"\s", "", allcells))
        if sh == "pdftotext":
            need = Counter(re.sub(r"\s", "", "".join(c for p in doc["projects"] for r in p["rows"] for c in r)))
        hc = Counter(have)
        if any(hc[k] < v for k, v in need.items()):
            bad.append(sh)
    for ext, part in ((".xlsx", "xl/"), (".docx", "word/document.xml")):
        z = zipfile.ZipFile(b + ext)
        xml = unescape("".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith(part)))
        for r in own:
            for c in r:
                if c and c not in xml:
                    bad.append(ext + ":" + c)
                    break
    return bad


def main():
    ok, n = True, 0
    for p in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        d = os.path.basename(p)[:-5]
        bad = check(d)
        n += 14
        print(d, "OK" if not bad else "BAD %s" % bad)
        ok &= not bad
    print("ALL OK (%d files)" % n if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
