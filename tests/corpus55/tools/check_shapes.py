"""Check every shape of docs/ against data/ (own code): each file parsed back, rows rebuilt from data/.
Usage: python tools/check_shapes.py /work/blind55 [docs-folder]"""

import csv, io, json, os, re, sys, zipfile
from collections import Counter

HERE = os.path.abspath(sys.argv[1])
DOCS = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "docs")
sys.path.insert(0, HERE)
import render55 as R


def sheet(doc):
    w = R.width(doc)
    return [R.pad(r, w) for r in R.own_rows(doc)]


def check(doc_id):
    doc = R.load(doc_id)
    rows, bad = sheet(doc), []
    f = lambda s: open(os.path.join(DOCS, doc_id + s), "rb").read()
    # pipe: split at unescaped bars, per table
    got = []
    for l in f(".pipe.txt").decode("utf-8").split("\n"):
        if l.startswith("| ") and not l.startswith("| ---"):
            got.append([c.replace("\\|", "|").replace("<br>", "\n") for c in re.split(r"(?<!\\) \| ", l[2:-2])])
    want = []
    for p in doc["projects"]:
        pr = R.project_rows(p)
        w = max(len(r) for r in pr)
        want += [R.pad(r, w) for r in pr]
    want = [[doc["title"]]] and want
    if got != want:
        bad.append(".pipe.txt")
    # pipe_bare (SAS): csv with | delimiter, first line the names
    t = list(csv.reader(io.StringIO(f(".pipe_bare.txt").decode("utf-8"), newline=""), delimiter="|"))
    if t[1:] != rows:
        bad.append(".pipe_bare.txt")
    # tab (sqlite list, no quoting)
    t = [l.split("\t") for l in f(".tab.tsv").decode("utf-8").split("\r\n")[:-1]]
    if t != rows:
        bad.append(".tab.tsv")
    t = list(csv.reader(io.StringIO(f(".csv").decode("utf-8"), newline="")))
    if t != rows:
        bad.append(".csv")
    cells = [c for r in rows for c in r]
    lines = f(".lines.txt").decode("utf-8").split("\n")[:-1]
    names = [chr(65 + i) for i in range(R.width(doc))]
    if [l.rstrip("\r") for l in lines] != names + cells:
        bad.append(".lines.txt")
    exp_lines = R.pipe_bare(doc).decode("utf-8").replace("|", "\n").split("\n")[:-1]
    if f(".lines_dropped.txt").decode("utf-8").split("\n")[:-1] != [l for l in exp_lines if l]:
        bad.append(".lines_dropped.txt")
    if f(".flat.txt").decode("utf-8").split("\r\n")[:-1] != ["".join(r) for r in rows]:
        bad.append(".flat.txt")
    if f(".oneline.txt").decode("utf-8").replace("\n", "") != "".join(cells):
        bad.append(".oneline.txt")
    grid = Counter(ch for p in doc["projects"] for r in p["rows"] for c in r for ch in c if not ch.isspace())
    for s in (".aligned_top.txt", ".aligned_centered.txt", ".pdftotext.txt"):
        have = Counter(ch for ch in f(s).decode("utf-8") if not ch.isspace())
        if grid - have:
            bad.append(s)
    for s, part in ((".xlsx", None), (".docx", "word/document.xml")):
        z = zipfile.ZipFile(os.path.join(DOCS, doc_id + s))
        xml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
        import html

        xml = html.unescape(xml)
        xml = xml.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
        if any(c and c not in xml for c in cells):
            bad.append(s)
    return bad


def main():
    ok, n = True, 0
    for fn in sorted(os.listdir(os.path.join(HERE, "data"))):
        bad = check(fn[:-5])
        n += 14
        for b in bad:
            print("MISMATCH", fn[:-5] + b)
            ok = False
    print("ALL OK (%d files)" % n if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
