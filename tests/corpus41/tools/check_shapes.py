"""Every cell survives in every shape: rebuild the sheet rows from data/ and parse each file back (own code)."""

import collections, csv, glob, io, json, os, re, sys, zipfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
sys.argv = [sys.argv[0], HERE]
from render41 import sheet


def check(doc_id, d):
    rows, W = sheet(json.load(open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8")))
    pad = [r + [""] * (W - len(r)) for r in rows]
    cells = [c for r in rows for c in r if c]
    p = lambda s: os.path.join(d, doc_id + s)
    rb = lambda s: open(p(s), "rb").read().decode("utf-8")
    bad = []
    t = rb(".tab.tsv").split("\n")
    if [l.split("\t") for l in t[1:-1]] != pad or t[0] != "\t".join(chr(65 + i) for i in range(W)):
        bad.append("tab.tsv")
    if list(csv.reader(io.StringIO(rb(".csv")), quoting=csv.QUOTE_NONE, escapechar="\\")) != pad:
        bad.append("csv")
    pipe = [
        [c.strip() for c in l[1:-1].split("|")]
        for l in rb(".pipe.txt").split("\n")
        if l.startswith("|") and not re.match(r"^\| -", l)
    ]
    if pipe != [r for r in pad if any(r)]:
        bad.append("pipe.txt")
    if [l.split("|") for l in rb(".pipe_bare.txt").split("\n")[:-1]] != pad:
        bad.append("pipe_bare.txt")
    want = [c for r in pad for c in (r[: max([i + 1 for i, c in enumerate(r) if c] or [0])])]
    if rb(".lines.txt").split("\n")[:-1] != want:
        bad.append("lines.txt")
    if rb(".lines_dropped.txt").split("\n")[:-1] != [c for c in want if c.strip()]:
        bad.append("lines_dropped.txt")
    flat = "".join(chr(65 + i) for i in range(W)) + "\n" + "".join("".join(r) + "\n" for r in pad)
    if rb(".flat.txt") != flat:
        bad.append("flat.txt")
    one = "".join(x.replace("\n", "") + "\n" for x in re.split(r"\n\n+", flat.strip("\n")))
    if rb(".oneline.txt") != one:
        bad.append("oneline.txt")
    for s in (".aligned_top.txt", ".aligned_centered.txt"):
        have = collections.Counter(re.sub(r"\s", "", rb(s)))
        need = collections.Counter(re.sub(r"\s", "", "".join(cells)))
        if need - have:
            bad.append(s[1:])
    from openpyxl import load_workbook

    ws = load_workbook(p(".xlsx")).active
    got = collections.Counter(str(c.value) for r in ws.iter_rows() for c in r if c.value not in (None, ""))
    if collections.Counter(cells) - got or not ws.merged_cells.ranges:
        bad.append("xlsx")
    import docx

    dd = docx.Document(p(".docx"))
    txt = set(c.text for t in dd.tables for r in t.rows for c in r.cells) | set(q.text for q in dd.paragraphs)
    if any(c not in txt for c in cells):
        bad.append("docx")
    return bad


def main(d=os.path.join(HERE, "docs")):
    n, allbad = 0, []
    for f in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(f)[:-5]
        b = check(doc_id, d)
        n += 12
        for x in b:
            allbad.append("%s.%s" % (doc_id, x))
    return n, allbad


if __name__ == "__main__":
    n, bad = main()
    for b in bad:
        print("FAIL", b)
    print("ALL OK (%d files)" % n if not bad else "FAILED %d" % len(bad))
