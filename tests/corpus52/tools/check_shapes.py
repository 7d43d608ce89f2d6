"""Check that every cell of data/<doc>.json survives in every text shape, XLSX and DOCX of docs/ (own code).
Usage: python tools/check_shapes.py /work/blind52 [docs_dir]"""

import collections, csv, glob, io, json, os, re, sys, zipfile

import docx, openpyxl

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
DOCS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(HERE, "docs")


def own(doc, p):
    return [[doc["title"]]] + [list(kv) for kv in p["header"]] + [list(p["columns"])] + [list(r) for r in p["rows"]]


def padded_all(doc):
    W = max(len(p["columns"]) for p in doc["projects"])
    return [r + [""] * (W - len(r)) for p in doc["projects"] for r in own(doc, p)]


def text(path, enc="utf-8"):
    with open(path, "rb") as f:
        return f.read().decode(enc)


def multiset_ok(doc, s):
    have = collections.Counter(re.sub(r"\s", "", s))
    need = collections.Counter(re.sub(r"\s", "", "".join(c for r in padded_all(doc) for c in r)))
    missing = need - have
    return [] if not missing else ["characters missing: %s" % "".join(sorted(missing.elements()))[:60]]


def rows_cmp(got, want):
    if got == want:
        return []
    for i, (g, w) in enumerate(zip(got, want)):
        if g != w:
            return ["row %d: %r != %r" % (i + 1, g, w)]
    return ["row count %d != %d" % (len(got), len(want))]


def check(doc, shape, path):
    want = padded_all(doc)
    if shape == "pipe":
        got = []
        for line in text(path).split("\n"):
            if not line.startswith("|") or line.startswith("|--") or line.startswith("| column_0"):
                continue
            got.append([c.strip() for c in line[1:-1].split("|")])
        return rows_cmp(got, want)
    if shape == "pipe_bare":
        return rows_cmp([l.split("|") for l in text(path).split("\n")[:-1]], want)
    if shape == "tab":
        got = list(csv.reader(io.StringIO(text(path)), delimiter="\t"))[1:]
        return rows_cmp(got, want)
    if shape == "csv":
        s = text(path)
        if "\n" in s.replace("\r\n", ""):
            return ["a bare LF"]
        return rows_cmp(list(csv.reader(io.StringIO(s, newline=""))), want)
    cells = [c for p in doc["projects"] for r in own(doc, p) for c in r]
    if shape == "lines":
        return rows_cmp([[l] for l in text(path).split("\n")[:-1]], [[c] for c in cells])
    if shape == "lines_dropped":
        return rows_cmp([[l] for l in text(path).split("\n")[:-1]], [[c] for c in cells if c])
    if shape in ("aligned_top", "aligned_centered"):
        return multiset_ok(doc, text(path))
    if shape == "flat":
        return rows_cmp(
            [[l] for l in text(path).split("\n")[:-1]], [["".join(r)] for p in doc["projects"] for r in own(doc, p)]
        )
    if shape == "oneline":
        return rows_cmp(
            [[l] for l in text(path).split("\n")[:-1]],
            [["".join("".join(r) for r in own(doc, p))] for p in doc["projects"]],
        )
    if shape == "xlsx":
        ws = openpyxl.load_workbook(path).active
        have = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
        want_cells = [c for c in cells if c]
        probs = rows_cmp([[c] for c in have], [[c] for c in want_cells])
        if not ws.merged_cells.ranges:
            probs.append("no merged cells")
        return probs
    if shape == "docx":
        d = docx.Document(path)
        have = []
        for t in d.tables:
            seen = []
            for row in t.rows:
                for c in row.cells:
                    if any(x is c._tc for x in seen):
                        continue
                    seen.append(c._tc)
                    have.append(c.text)
        paras = [p.text for p in d.paragraphs if p.text]
        got = []
        hi = 0
        # header tables and grids alternate; rebuild the expected list the same way
        exp = []
        for p in doc["projects"]:
            exp += [c for kv in p["header"] for c in kv] + list(p["columns"]) + [c for r in p["rows"] for c in r]
        keep = [c for c in have if c]
        probs = rows_cmp([[c] for c in keep], [[c] for c in exp if c])
        if paras != [doc["title"]] * len(doc["projects"]):
            probs.append("titles")
        return probs
    raise ValueError(shape)


SHAPES = {
    "pipe": ".pipe.txt",
    "pipe_bare": ".pipe_bare.txt",
    "tab": ".tab.tsv",
    "csv": ".csv",
    "lines": ".lines.txt",
    "lines_dropped": ".lines_dropped.txt",
    "aligned_top": ".aligned_top.txt",
    "aligned_centered": ".aligned_centered.txt",
    "flat": ".flat.txt",
    "oneline": ".oneline.txt",
    "xlsx": ".xlsx",
    "docx": ".docx",
}


def run(docs_dir, quiet=False):
    bad = {}
    n = 0
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        doc = json.load(open(path, encoding="utf-8"))
        for shape, suf in SHAPES.items():
            n += 1
            f = os.path.join(docs_dir, doc_id + suf)
            try:
                probs = check(doc, shape, f)
            except Exception as e:  # noqa: BLE001
                probs = ["error %r" % e]
            if probs:
                bad[doc_id + suf] = probs
                if not quiet:
                    print(doc_id + suf, probs[0])
    return n, bad


if __name__ == "__main__":
    n, bad = run(DOCS)
    print("ALL OK (%d files)" % n if not bad else "%d of %d files with problems" % (len(bad), n))
