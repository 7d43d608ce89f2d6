"""Check that every cell of data/ survives in every rendering of docs/ (own code).  Usage: check_shapes.py DIR"""

import collections, csv, html, glob, io, json, os, re, sys, zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "."
DOCS = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "docs")


def projects(doc):
    for p in doc["projects"]:
        yield (
            p,
            [list(kv) for kv in p["header"]] + [list(p["columns"])] + [list(r) for r in p["rows"]],
            len(p["columns"]),
        )


def pad(r, w):
    return r + [""] * (w - len(r))


def nonspace(s):
    return collections.Counter(ch for ch in s if not ch.isspace())


def check(doc_id):
    doc = json.load(open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8"))
    P = list(projects(doc))
    W = max(w for _, _, w in P)
    b = os.path.join(DOCS, doc_id)
    rd = lambda ext, enc="utf-8": open(b + ext, encoding=enc, newline="").read()
    bad = []
    # pipe (csvlook)
    got = [[c.strip() for c in ln[2:-2].split(" | ")] for ln in rd(".pipe.txt").split("\n") if ln.startswith("| ")]
    got = [g for g in got if not re.fullmatch(r"[a-z]", g[0]) and not re.fullmatch(r"-+", g[0])]
    want = [[c.replace("\n", " ") for c in pad(r, w)] for _, rows, w in P for r in rows]
    if got != want:
        bad.append("pipe")
    # pipe_bare (LibreOffice | CSV)
    got = [r for r in csv.reader(io.StringIO(rd(".pipe_bare.txt")), delimiter="|")]
    want = [pad([doc["title"]], W)]
    for i, (_, rows, w) in enumerate(P):
        want += ([[""] * W] if i else []) + [pad(r, W) for r in rows]
    if got != want:
        bad.append("pipe_bare")
    # tab (mysql -B -N)
    un = lambda c: "" if c == "NULL" else re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "\\": "\\"}[m.group(1)], c)
    got = [[un(c) for c in ln.split("\t")] for ln in rd(".tab.tsv").split("\n")[1:-1]]
    if got != [pad(r, w) for _, rows, w in P for r in rows]:
        bad.append("tab")
    # csv (OpenCSV)
    got = list(csv.reader(io.StringIO(rd(".csv"))))
    want = [[doc["title"]]] + [
        r if len(r) == 2 and r[0] != p["columns"][0] else pad(r, w) for p, rows, w in P for r in rows
    ]
    buf = io.StringIO()
    csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(got)
    if got != want or buf.getvalue() != rd(".csv"):
        bad.append("csv")
    # lines / lines_dropped
    want = []
    for _, rows, w in P:
        want.append(doc["title"])
        want += [x for r in rows for c in r for x in c.split("\n")]
    got = rd(".lines.txt").lstrip("\ufeff").split("\n")[:-1]
    if got != want:
        bad.append("lines")
    got = rd(".lines_dropped.txt").lstrip("\ufeff").split("\n")[:-1]
    if got != [x for x in want if x.strip()]:
        bad.append("lines_dropped")
    # flat / oneline
    glue = lambda r: "".join(c.replace("\n", "") for c in r)
    want = [doc["title"]] + [glue(r) for _, rows, w in P for r in rows]
    if rd(".flat.txt") != "\n".join(want) + "\n":
        bad.append("flat")
    one = [("".join(glue(r) for r in rows)) for _, rows, w in P]
    one[0] = doc["title"] + one[0]
    if rd(".oneline.txt") != "\n".join(one) + "\n":
        bad.append("oneline")
    # aligned and pdftotext: every cell's non-space characters present (multiset)
    allc = nonspace("".join(c for _, rows, w in P for r in rows for c in r))
    for ext in (".aligned_top.txt", ".aligned_centered.txt", ".pdftotext.txt"):
        have = nonspace(rd(ext))
        if any(have[k] < v for k, v in allc.items()):
            bad.append(ext[1:-4])
    # xlsx / docx: every non-empty cell's text in the XML
    from xml.sax.saxutils import escape

    for ext, parts in ((".xlsx", ("xl/worksheets/", "xl/sharedStrings")), (".docx", ("word/document.xml",))):
        z = zipfile.ZipFile(b + ext)
        xml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith(parts))
        xml = html.unescape(re.sub(r"<[^>]+>", "", xml)).replace("\n", "")
        cells = {c for _, rows, w in P for r in rows for c in r if c}
        if any(c.replace("\n", "") not in xml for c in cells):
            bad.append(ext[1:])
    return bad


def main():
    n_bad, n = 0, 0
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        d = os.path.splitext(os.path.basename(path))[0]
        bad = check(d)
        n += 13
        n_bad += len(bad)
        print(d, "OK" if not bad else "DAMAGED: " + ", ".join(bad))
    print("ALL OK (%d files)" % n if not n_bad else "%d files reported" % n_bad)
    return n_bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
