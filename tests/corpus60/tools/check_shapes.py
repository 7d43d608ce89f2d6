"""Check that every cell of data/<doc>.json survives in every rendering of docs/ (own code).

Usage: python tools/check_shapes.py /work/blind60 [docs-folder]
The sheet of a document is rebuilt from data/ as render60.py stages it (title row; per project its header pairs,
grid header, grid rows; an empty row between projects), then each file is parsed back:
tab.tsv (csv module, tab, BOM stripped) and .csv (csv module, CR rows) equal to the W-padded sheet; pipe_bare
(csv module at `|`) equal to it too; pipe (Markdown rows between `| ` and ` |`, cells at ` | `, separator rows
skipped, `<br>` a line break) equal to the own-width sheet; lines / lines_dropped equal to every cell / every
non-empty cell a line; flat and oneline byte for byte; aligned_top / aligned_centered / pdftotext: the multiset
of non-space characters holds every cell's; xlsx / docx: every non-empty cell's text is a cell of the file."""

import collections
import csv
import glob
import io
import json
import os
import sys


def sheet(doc):
    rows = [[doc["title"]]]
    for i, p in enumerate(doc["projects"]):
        if i:
            rows.append([""])
        rows += [list(kv) for kv in p["header"]]
        rows.append(list(p["columns"]))
        rows += [list(r) for r in p["rows"]]
    return rows


def chars(text):
    return collections.Counter(ch for ch in text if not ch.isspace())


def covers(text, cells):
    need, have = chars("".join(cells)), chars(text)
    short = {ch: n - have[ch] for ch, n in need.items() if have[ch] < n}
    return short


def check_doc(base, doc):
    rows = sheet(doc)
    W = max(len(r) for r in rows)
    padded = [r + [""] * (W - len(r)) for r in rows]
    allcells = [c for r in rows for c in r]
    bad = {}

    def rd(ext, enc="utf-8"):
        with open(base + ext, "rb") as f:
            return f.read().decode(enc)

    t = rd(".tab.tsv", "utf-8-sig")
    if list(csv.reader(io.StringIO(t, newline=""), delimiter="\t")) != padded:
        bad[".tab.tsv"] = "rows differ"
    t = rd(".pipe_bare.txt", "utf-8-sig")
    got = [[c for c in r] for r in csv.reader(io.StringIO(t, newline=""), delimiter="|")]
    if got != padded:
        bad[".pipe_bare.txt"] = "rows differ"
    t = rd(".csv")
    if list(csv.reader(io.StringIO(t, newline=""))) != padded:
        bad[".csv"] = "rows differ"
    got = []
    for line in rd(".pipe.txt").split("\n")[:-1]:
        if line == "":
            got.append([""])
        elif set(line) <= set("|- "):
            continue
        else:
            got.append([c.replace("<br>", "\n") for c in line[2:-2].split(" | ")])
    if got != rows:
        bad[".pipe.txt"] = "rows differ"
    if rd(".lines.txt") != "".join(c + "\n" for c in allcells):
        bad[".lines.txt"] = "text differs"
    if rd(".lines_dropped.txt") != "".join(c + "\n" for c in allcells if c):
        bad[".lines_dropped.txt"] = "text differs"
    flat = "".join("".join(r) + "\n" for r in rows)
    if rd(".flat.txt") != flat:
        bad[".flat.txt"] = "text differs"
    one = "".join(part.replace("\n", "") + "\n" for part in flat.split("\n\n"))
    if rd(".oneline.txt") != one:
        bad[".oneline.txt"] = "text differs"
    for ext in (".aligned_top.txt", ".aligned_centered.txt", ".pdftotext.txt"):
        short = covers(rd(ext), allcells)
        if short:
            bad[ext] = "characters short: %s" % short
    nonempty = collections.Counter(c for c in allcells if c)
    from openpyxl import load_workbook

    ws = load_workbook(base + ".xlsx").active
    xl = collections.Counter(str(c.value) for row in ws.iter_rows() for c in row if c.value not in (None, ""))
    if xl != nonempty:
        bad[".xlsx"] = "cells differ: missing %s, extra %s" % (dict(nonempty - xl), dict(xl - nonempty))
    import docx

    d = docx.Document(base + ".docx")
    seen = set(p.text for p in d.paragraphs)
    for tb in d.tables:
        for row in tb.rows:
            for c in row.cells:
                seen.add(c.text)
    miss = [c for c in nonempty if c not in seen]
    if miss:
        bad[".docx"] = "cells missing: %s" % miss
    return bad


def check(here, docs=None):
    docs = docs or os.path.join(here, "docs")
    out, n = {}, 0
    for path in sorted(glob.glob(os.path.join(here, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        doc = json.load(open(path, encoding="utf-8"))
        for k, v in check_doc(os.path.join(docs, doc_id), doc).items():
            out[doc_id + k] = v
        n += 14
    return out, n


if __name__ == "__main__":
    here = os.path.abspath(sys.argv[1])
    bad, n = check(here, sys.argv[2] if len(sys.argv) > 2 else None)
    for k, v in sorted(bad.items()):
        print("BAD", k, v)
    print("ALL OK (%d files)" % n if not bad else "FAILED: %d of %d files" % (len(bad), n))
