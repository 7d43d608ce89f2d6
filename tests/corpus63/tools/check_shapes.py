"""blind63: every rendering holds every cell of data/<doc>.json (own code, independent of render63.py).

Each shape is read back the way its writer wrote it and compared with the document's sheet (the title row; per project
its header pairs, the grid header, the grid rows with a merged 一级/二级 continuation cell as NULL; an all-NULL row
between projects; W = the widest row):
  .pipe.txt           pytablewriter: a `# title` line before each project's table, cells between unescaped bars,
                      padding stripped, `|---|` rules skipped; equal to the project's rows padded to its own width with
                      a line break in a cell read as a space (pytablewriter's own)
  .pipe_bare.txt      byte for byte: every sheet row padded to W, cells joined by `|`, NULL as `null`, LF
  .tab.tsv            byte for byte: every sheet row padded to W, cells joined by TAB, NULL empty, LF (VisiData)
  .csv                a UTF-8 BOM, then RFC 4180 read back (csv module) equal to the rows at their own widths (NULL
                      empty), CRLF between records, none after the last
  .lines.txt          equal to every paragraph of the Word table model a line: the title, per project every table
                      cell's paragraphs, a value merged ACROSS (gridSpan) written once for every column it spans
                      (docx2python's default, duplicate_merged_cells=True), a cell continuing a vertical merge
                      (docx.js writes w:vMerge w:val="continue") an empty line; an empty paragraph after each table
  .lines_dropped.txt  the same, empty lines gone
  .aligned_*.txt      the multiset of non-space characters equals the cells' (the title once per project)
  .flat.txt           byte for byte: every sheet row's non-NULL cells glued, a row a line (line breaks in cells kept)
  .oneline.txt        byte for byte: per project the title and its rows' non-NULL cells glued, line breaks removed
  .xlsx               the multiset of non-empty cell values equals the sheet's non-empty cells
  .docx               every table has the project's rows and cells (a merged cell read by python-docx as the cell it
                      continues); every non-empty cell text is a cell of the file
  .pdftotext.txt      (the 部门收支总表 page left out) the multiset of non-space characters equals the cells', plus
                      the page numbers, the PDF's 总体目标 label and the grid header once for every page a grid
                      continues on
Usage: python tools/check_shapes.py [corpus folder]
"""

import collections
import csv
import glob
import io
import itertools
import json
import os
import re
import sys
import zipfile

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
CATS = ("一级指标", "二级指标")
EXTRA_TABLE = ("blind63_02", "blind63_06")


def load(doc_id):
    with open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


def projects(doc):
    out = []
    for p in doc["projects"]:
        cj = [j for j, c in enumerate(p["columns"]) if c in CATS]
        rows = [[None if (j in cj and c == "") else c for j, c in enumerate(r)] for r in p["rows"]]
        out.append((p["header"], p["columns"], rows))
    return out


def sheet(doc):
    rows = [[doc["title"]]]
    for i, (h, cols, rs) in enumerate(projects(doc)):
        if i:
            rows.append([])
        rows += [list(kv) for kv in h] + [list(cols)] + rs
    return rows


def padded(rows):
    w = max(len(r) for r in rows)
    return [list(r) + [None] * (w - len(r)) for r in rows]


def read(path, mode="r"):
    with open(path, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": ""})) as f:
        return f.read()


def chars(texts):
    return collections.Counter(ch for t in texts if t for ch in re.sub(r"\s+", "", t))


def diff(a, b):
    more, less = a - b, b - a
    return "extra %s, missing %s" % (dict(more), dict(less))


# ------------------------------------------------------------------ per shape
def check_pipe(doc, text):
    want, names = [], []
    for h, cols, rs in projects(doc):
        rows = [list(kv) for kv in h] + [list(cols)] + rs
        w = max(len(r) for r in rows)
        for r in rows:
            want.append([("" if c is None else c).replace("\n", " ").strip() for c in r] + [""] * (w - len(r)))
        names.append(doc["title"])
    got, got_names = [], []
    for line in text.split("\n"):
        if line.startswith("# "):
            got_names.append(line[2:])
        elif line.startswith("|"):
            if re.fullmatch(r"\|[-:|]+\|", line):
                continue
            inner = line[1:-1] if line.endswith("|") else None
            if inner is None:
                return ["line without a closing bar: %r" % line]
            got.append([c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", inner)])
        elif line.strip():
            return ["stray line %r" % line]
    probs = []
    if got_names != names:
        probs.append("table names %r" % got_names)
    if got != want:
        for i, (a, b) in enumerate(itertools.zip_longest(got, want)):
            if a != b:
                probs.append("row %d: got %r want %r" % (i, a, b))
                break
    return probs


def check_exact(got, want, what):
    if got == want:
        return []
    for i, (a, b) in enumerate(itertools.zip_longest(got, want)):
        if a != b:
            return [
                "%s differs at char %d: got %r want %r"
                % (what, i, got[max(0, i - 20) : i + 20], want[max(0, i - 20) : i + 20])
            ]
    return []


def check_csv(doc, raw):
    if not raw.startswith("\ufeff"):
        return ["no BOM"]
    text = raw[1:]
    want = [[("" if c is None else c) for c in r] for r in sheet(doc)]
    got = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    probs = []
    if got != want:
        for i, (a, b) in enumerate(itertools.zip_longest(got, want)):
            if a != b:
                probs.append("record %d: got %r want %r" % (i, a, b))
                break
    # record ends: CRLF between records, none after the last (a bare LF only inside quoted cells)
    outside = re.sub(r'"(?:[^"]|"")*"', '""', text)
    if "\n" in outside.replace("\r\n", "") or outside.endswith("\r\n"):
        probs.append("record ends not CRLF-between")
    return probs


def word_lines(doc):
    lines = [doc["title"]]
    first = True
    for h, cols, rs in projects(doc):
        if not first:
            lines.append(doc["title"])
        first = False
        w = len(cols)
        for k, v in h:
            lines += k.split("\n")
            lines += v.split("\n") * (w - 1)
        lines += cols
        for r in rs:
            for c in r:
                lines += ("" if c is None else c).split("\n")
        lines.append("")
    return lines


def check_lines(doc, text, dropped):
    want = word_lines(doc)
    if dropped:
        want = [x for x in want if x]
    got = text.split("\n")
    if got[-1] != "":
        return ["no line break at the end"]
    got = got[:-1]
    if got != want:
        for i, (a, b) in enumerate(itertools.zip_longest(got, want)):
            if a != b:
                return ["line %d: got %r want %r" % (i + 1, a, b)]
    return []


def cell_texts(doc, title_times):
    out = [doc["title"]] * title_times
    for h, cols, rs in projects(doc):
        out += [s for kv in h for s in kv] + list(cols) + [c for r in rs for c in r if c]
    return out


def check_aligned(doc, text):
    a, b = chars([text]), chars(cell_texts(doc, len(doc["projects"])))
    return [] if a == b else ["characters differ: " + diff(a, b)]


def check_xlsx(doc, path):
    import openpyxl

    ws = openpyxl.load_workbook(path).worksheets[0]
    got = collections.Counter(v for row in ws.iter_rows(values_only=True) for v in row if v not in (None, ""))
    want = collections.Counter(c for r in sheet(doc) for c in r if c)
    return [] if got == want else ["cell values differ: " + diff(got, want)]


def check_docx(doc, path):
    import docx

    d = docx.Document(path)
    probs = []
    texts = set(p.text for p in d.paragraphs)
    for t, (h, cols, rs) in zip(d.tables, projects(doc)):
        n = len(h) + 1 + len(rs)
        if len(t.rows) != n:
            probs.append("table rows %d, want %d" % (len(t.rows), n))
        for row in t.rows:
            texts.update(c.text for c in row.cells)
    if len(d.tables) != len(doc["projects"]):
        probs.append("%d tables" % len(d.tables))
    for c in (c for r in sheet(doc) for c in r if c):
        if c not in texts:
            probs.append("cell %r not in the file" % c)
    return probs


def check_pdftotext(doc_id, doc, text):
    pages = text.split("\f")
    if doc_id in EXTRA_TABLE:
        pages = pages[1:]
    pages = [p for p in pages if p.strip()]
    got = chars(pages)
    want = chars(cell_texts(doc, len(doc["projects"])))
    furniture = collections.Counter()
    for h, _, _ in projects(doc):  # the PDF's own label over the two goal columns
        keys = [k for k, _ in h]
        if any(k in keys for k in ("实施期目标", "长期目标", "中期目标")) and "年度目标" in keys:
            furniture += chars(["总体目标"])
    for p in pages:
        m = re.findall(r"^\s*-\s*(\d+)\s*-\s*$", p, re.M)
        for n in m:
            furniture += chars(["-" + n + "-"])
    rest = got - want - furniture
    if want - got:
        return ["missing characters: %s" % dict(want - got)]
    if (want + furniture) - got:
        return ["page numbers not as printed"]
    heads = [chars(cols) for _, cols, _ in projects(doc)]
    for ks in itertools.product(range(4), repeat=len(heads)):
        total = collections.Counter()
        for k, hc in zip(ks, heads):
            for _ in range(k):
                total += hc
        if total == rest:
            return []
    return ["extra characters not explained by repeated grid headers: %s" % dict(rest)]


def check(doc_id):
    doc = load(doc_id)
    D = lambda ext: os.path.join(HERE, "docs", doc_id + ext)  # noqa: E731
    s = padded(sheet(doc))
    res = {}
    res[".pipe.txt"] = check_pipe(doc, read(D(".pipe.txt")))
    res[".pipe_bare.txt"] = check_exact(
        read(D(".pipe_bare.txt")),
        "".join("|".join("null" if c is None else c for c in r) + "\n" for r in s),
        "pipe_bare",
    )
    res[".tab.tsv"] = check_exact(
        read(D(".tab.tsv")), "".join("\t".join("" if c is None else c for c in r) + "\n" for r in s), "tsv"
    )
    res[".csv"] = check_csv(doc, read(D(".csv")))
    res[".lines.txt"] = check_lines(doc, read(D(".lines.txt")), False)
    res[".lines_dropped.txt"] = check_lines(doc, read(D(".lines_dropped.txt")), True)
    res[".aligned_top.txt"] = check_aligned(doc, read(D(".aligned_top.txt")))
    res[".aligned_centered.txt"] = check_aligned(doc, read(D(".aligned_centered.txt")))
    res[".flat.txt"] = check_exact(
        read(D(".flat.txt")), "".join("".join(c for c in r if c is not None) + "\n" for r in s), "flat"
    )
    one = ""
    for h, cols, rs in projects(doc):
        rows = [list(kv) for kv in h] + [list(cols)] + rs
        one += (
            re.sub(r"\r\n|[\n\r\u2028\u2029\x0b\x0c\x85]", "", doc["title"] + "".join(c for r in rows for c in r if c))
            + "\n"
        )
    res[".oneline.txt"] = check_exact(read(D(".oneline.txt")), one, "oneline")
    try:
        res[".xlsx"] = check_xlsx(doc, D(".xlsx"))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        res[".xlsx"] = ["unreadable: %s" % e]
    try:
        res[".docx"] = check_docx(doc, D(".docx"))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        res[".docx"] = ["unreadable: %s" % e]
    res[".pdftotext.txt"] = check_pdftotext(doc_id, doc, read(D(".pdftotext.txt")))
    return res


def main():
    ok, n = True, 0
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.splitext(os.path.basename(path))[0]
        for ext, probs in check(doc_id).items():
            n += 1
            if probs:
                ok = False
                print("%s%s: %s" % (doc_id, ext, "; ".join(probs)))
    n += 2 * len(glob.glob(os.path.join(HERE, "data", "*.json")))  # .pdf (check_pdf.py) and the source json
    print("ALL OK (%d files)" % len(glob.glob(os.path.join(HERE, "docs", "*"))) if ok else "FAILED")
    return ok


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
