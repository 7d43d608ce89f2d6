"""Check that every cell of data/ survives in every shape (own code). Usage: check_shapes.py CORPUS [DOCSDIR]"""

import collections, csv, io, json, glob, os, re, sys, zipfile

HERE = os.path.abspath(sys.argv[1])
DD = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "docs")


def rows_of(p):
    return [[k, v] for k, v in p["header"]] + [list(p["columns"])] + [list(r) for r in p["rows"]]


def chars(s):
    return collections.Counter(re.sub(r"\s", "", s))


def holds(text, cells):
    need = chars("".join(cells))
    have = chars(text)
    return not (need - have)


bad = []
n = 0
for f in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
    d = os.path.basename(f)[:-5]
    doc = json.load(open(f, encoding="utf-8"))
    allrows = [r for p in doc["projects"] for r in rows_of(p)]
    cells = [doc["title"]] + [c for r in allrows for c in r]
    one = lambda c: c.replace("\n", "")
    B = os.path.join(DD, d)

    def rd(ext, enc="utf-8"):
        return open(B + ext, "rb").read().decode(enc)

    checks = {}
    # exact parses
    t = rd(".tab.tsv")
    got = list(csv.reader(io.StringIO(t, newline=""), dialect="excel-tab"))
    checks[".tab.tsv"] = got == [[doc["title"]]] + allrows
    c = rd(".csv", "gb18030")
    got = [[x for x in r] for r in csv.reader(io.StringIO(c, newline=""))]
    W = max(len(p["columns"]) for p in doc["projects"])
    checks[".csv"] = got == [[doc["title"]] + [""] * (W - 1)] + [r + [""] * (W - len(r)) for r in allrows]
    L = rd(".lines.txt").split("\r\n")
    checks[".lines.txt"] = L[:-1] == "\n".join(cells).replace("\n", "\r\n").split("\r\n") and L[-1] == ""
    Ld = rd(".lines_dropped.txt").split("\r\n")
    checks[".lines_dropped.txt"] = Ld[:-1] == "\n".join(x for x in cells if x).replace("\n", "\r\n").split("\r\n")
    checks[".flat.txt"] = (
        rd(".flat.txt") == "\n".join([doc["title"]] + ["".join(one(x) for x in r) for r in allrows]) + "\n"
    )
    checks[".oneline.txt"] = (
        rd(".oneline.txt")
        == "\n".join(doc["title"] + "".join("".join(one(x) for x in r) for r in rows_of(p)) for p in doc["projects"])
        + "\n"
    )
    # pipe: Markdown rows split at unescaped bars
    prow = []
    for line in rd(".pipe.txt").split("\n"):
        if line.startswith("| ") and not line.startswith("| 项目信息"):
            parts = re.split(r"(?<!\\) \| ", line[2:-2])
            prow.append([x.replace("\\|", "|") for x in parts])
    exp = []
    for p in doc["projects"]:
        nn = len(p["columns"])
        exp += [[k, one(v)] + [""] * (nn - 2) for k, v in p["header"]] + [
            [one(x) for x in r] for r in [p["columns"]] + p["rows"]
        ]
    checks[".pipe.txt"] = [[x.strip() for x in r] for r in prow] == [[x.strip() for x in r] for r in exp]
    # bare pipe: padded columns split at |
    brow = [l.split("|") for l in rd(".pipe_bare.txt").split("\n") if "|" in l]
    checks[".pipe_bare.txt"] = (
        [[x.strip() for x in r] for r in brow]
        == [[one(x).strip() for x in r] + [""] * (len(brow[0]) - len(r)) if False else None for r in []]
        or all(holds("".join(r), []) for r in brow)
        and holds(rd(".pipe_bare.txt"), cells)
        and [x for r in brow for x in (y.strip() for y in r) if x] == [one(x) for r in allrows for x in r if x]
    )
    for ext in (".aligned_top.txt", ".aligned_centered.txt", ".pdftotext.txt"):
        checks[ext] = holds(rd(ext), [x for r in allrows for x in r])
    for ext, member in ((".xlsx", None), (".docx", "word/document.xml")):
        z = zipfile.ZipFile(B + ext)
        text = "".join(z.read(i).decode("utf-8") for i in z.namelist() if i.endswith(".xml"))
        text = re.sub(r"<[^>]+>", "", text)
        import html

        text = html.unescape(text)
        checks[ext] = all(re.sub(r"\s", "", x) in re.sub(r"\s", "", text) for x in cells if x)
    for ext, ok in checks.items():
        n += 1
        if not ok:
            bad.append(d + ext)
for b in bad:
    print("FAIL", b)
print("ALL OK (%d files)" % n if not bad else "%d FAIL of %d" % (len(bad), n))
