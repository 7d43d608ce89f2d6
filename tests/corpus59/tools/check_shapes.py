"""Every cell of data/ must survive in every shape of docs/ (own code).  Usage: python tools/check_shapes.py DIR"""

import csv, glob, io, json, os, re, sys, zipfile, html

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
D = os.path.join(HERE, "docs")


def rows_of(doc):
    W = max(len(p["columns"]) for p in doc["projects"])
    rows = [[doc["title"]] + [""] * (W - 1)]
    for p in doc["projects"]:
        for r in [list(kv) for kv in p["header"]] + [p["columns"]] + p["rows"]:
            rows.append(list(r) + [""] * (W - len(r)))
    return W, rows


def nospace(s):
    return re.sub(r"\s+", "", s)


def check(doc_id, doc):
    W, rows = rows_of(doc)
    bad = []
    f = lambda s: open(os.path.join(D, doc_id + s), "rb").read()
    # pipe: split table lines at unescaped bars
    got = []
    for l in f(".pipe.txt").decode("utf-8").split("\n"):
        if l.startswith("| ") and l != "|" + "|".join(["  "] * W) + "|" and l != "|" + "|".join([" --- "] * W) + "|":
            cells = re.split(r"(?<!\\) \| ", l[2:-2])
            got.append([c.replace("\\|", "|").replace("<br/>", "\n") for c in cells])
    if got != rows[1:]:
        bad.append("pipe")
    if list(csv.reader(io.StringIO(f(".pipe_bare.txt").decode("utf-8"), newline=""), delimiter="|")) != rows:
        bad.append("pipe_bare")
    if list(csv.reader(io.StringIO(f(".tab.tsv").decode("utf-8"), newline=""), delimiter="\t")) != rows:
        bad.append("tab")
    c = list(csv.reader(io.StringIO(f(".csv").decode("utf-8"), newline="")))
    if c[0] != ["V%d" % (i + 1) for i in range(W)] or c[1:] != rows:
        bad.append("csv")
    cells = [x for r in rows for x in r]
    if f(".lines.txt").decode("utf-8") != "".join(x + "\n" for x in cells):
        bad.append("lines")
    if f(".lines_dropped.txt").decode("utf-8") != "".join(x + "\n" for x in cells if x):
        bad.append("lines_dropped")
    flat_rows = [doc["title"]]
    for k, p in enumerate(doc["projects"]):
        if k:
            flat_rows.append("")
        flat_rows += [
            "".join(r).replace("\n", "") for r in [list(kv) for kv in p["header"]] + [p["columns"]] + p["rows"]
        ]
    if f(".flat.txt").decode("utf-8") != "\r\n".join(flat_rows) + "\r\n":
        bad.append("flat")
    ol = f(".oneline.txt").decode("utf-8").split("\n")
    want = [x for x in flat_rows if x]
    if "".join(ol) != "".join(want) or len(ol) != len(doc["projects"]) + 1:
        bad.append("oneline")
    need = sorted(nospace("".join(x for x in cells)))
    from collections import Counter

    need = Counter(nospace("".join(x for x in cells)))
    for suf, enc in (
        (".aligned_top.txt", "gb18030"),
        (".aligned_centered.txt", "gb18030"),
        (".pdftotext.txt", "utf-8"),
    ):
        have = Counter(nospace(f(suf).decode(enc)))
        short = need - have  # every character of every cell, with its multiplicity, must be in the file
        if short:
            bad.append(suf + ": lacks " + "".join(sorted(short.elements())))
    for suf, parts in (
        (".xlsx", ("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml")),
        (".docx", ("word/document.xml",)),
    ):
        z = zipfile.ZipFile(os.path.join(D, doc_id + suf))
        xml = "".join(z.read(p).decode("utf-8") for p in parts if p in z.namelist())
        txt = html.unescape(re.sub(r"<[^>]+>", "", xml))
        for x in set(cells):
            if x and x not in txt and nospace(x) not in nospace(txt):
                bad.append(suf + ": " + x)
    return bad


def main():
    ok, n = True, 0
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        bad = check(doc_id, json.load(open(path, encoding="utf-8")))
        n += 14
        print(doc_id, "OK" if not bad else bad)
        ok &= not bad
    print("ALL OK (%d files)" % n if ok else "FAILED")
    return ok


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
