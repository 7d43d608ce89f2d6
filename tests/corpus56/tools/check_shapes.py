"""Every cell of data/ in every shape of docs/ (own code). Usage: python tools/check_shapes.py <corpus dir> [docs dir]"""

import collections, csv, glob, io, json, os, re, sys, zipfile
from html import unescape


def rows_of(doc):
    out = [(None, [doc["title"]])]
    for i, p in enumerate(doc["projects"]):
        out += [(i, list(kv)) for kv in p["header"]] + [(i, list(p["columns"]))] + [(i, list(r)) for r in p["rows"]]
    return out


def one(s):
    return s.replace("\n", "")


def check(doc_id, data_dir, docs):
    doc = json.load(open(os.path.join(data_dir, doc_id + ".json"), encoding="utf-8"))
    rows = rows_of(doc)
    W = max(len(c) for _, c in rows)
    padded = [[one(c) for c in cells] + [""] * (W - len(cells)) for _, cells in rows]
    cells = [one(c) for _, r in rows for c in r if c]
    bad = {}
    rd = lambda ext, enc="utf-8": open(os.path.join(docs, doc_id + ext), encoding=enc, newline="").read()
    # pipe (sqlite markdown): data lines between bars
    got = []
    for ln in rd(".pipe.txt").split("\n"):
        if ln.startswith("|") and not ln.startswith("|-"):
            got.append([c.strip() for c in ln.strip().strip("|").split("|")])
    got = [g for g in got if not all(re.fullmatch(r"c\d+", x) for x in g)]
    if got != padded[1:]:
        bad[".pipe.txt"] = "rows differ"
    # pipe_bare (html2text): every cell at a bar or line start/end
    t = rd(".pipe_bare.txt")
    pcs = collections.Counter(x.strip() for ln in t.split("\n") for x in ln.split("|"))
    miss = [c for c in cells[1:] if pcs[c] == 0]
    if miss:
        bad[".pipe_bare.txt"] = miss[:3]
    # tab
    got = [ln.split("\t")[1:] for ln in rd(".tab.tsv").split("\n")[1:-1]]
    if got != padded:
        bad[".tab.tsv"] = "rows differ"
    # csv
    t = rd(".csv", "utf-8-sig")
    got = [r for r in csv.reader(io.StringIO(t)) if r]
    if got != [list(r) for _, r in rows]:
        bad[".csv"] = "rows differ"
    # lines / dropped
    ls = rd(".lines.txt").split("\r\n")[:-1]
    if ls != [c for r in padded for c in r]:
        bad[".lines.txt"] = "cells differ"
    ld = rd(".lines_dropped.txt").split("\r\n")[:-1]
    if ld != [c for r in padded for c in r if c]:
        bad[".lines_dropped.txt"] = "cells differ"
    # flat / oneline byte for byte
    fl = rd(".flat.txt").split("\n")[:-1]
    if fl != ["".join(r) for r in padded]:
        bad[".flat.txt"] = "rows differ"
    on = rd(".oneline.txt").split("\n")[:-1]
    want = []
    k = 1
    for i, p in enumerate(doc["projects"]):
        n = len(p["header"]) + 1 + len(p["rows"])
        want.append(("".join(fl[:1]) if i == 0 else "") + "".join("".join(r) for r in padded[k : k + n]))
        k += n
    if on != want:
        bad[".oneline.txt"] = "projects differ"
    # aligned and pdftotext: multiset of non-space characters
    need = collections.Counter("".join(re.sub(r"\s", "", c) for c in cells))
    for ext in (".aligned_top.txt", ".aligned_centered.txt", ".pdftotext.txt"):
        have = collections.Counter(re.sub(r"\s", "", rd(ext)))
        short = need - have
        if short:
            bad[ext] = dict(list(short.items())[:5])
    # xlsx / docx XML text
    for ext, parts in (
        (".xlsx", ("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml")),
        (".docx", ("word/document.xml",)),
    ):
        z = zipfile.ZipFile(os.path.join(docs, doc_id + ext))
        xml = "".join(z.read(n).decode() for n in parts if n in z.namelist())
        text = unescape(re.sub(r"<[^>]+>", "", xml))
        miss = [c for c in cells if re.sub(r"\s", "", c) not in re.sub(r"\s", "", text)]
        if miss:
            bad[ext] = miss[:3]
    return bad


def main(root, docs=None):
    docs = docs or os.path.join(root, "docs")
    problems = 0
    n = 0
    for path in sorted(glob.glob(os.path.join(root, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        n += 14
        for ext, why in check(doc_id, os.path.join(root, "data"), docs).items():
            print("PROBLEM", doc_id + ext, why)
            problems += 1
    print("ALL OK (%d files)" % n if not problems else "%d problems" % problems)
    return problems


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1], *(sys.argv[2:3])) else 0)
