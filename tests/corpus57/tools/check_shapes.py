"""Check that every cell of data/<doc>.json survives in every text shape, the XLSX and the DOCX of docs/
(own code; rows rebuilt from data/ here, not imported from render57.py).
Usage: python tools/check_shapes.py /work/blind57 [docs folder]   -> ALL OK or the problems, per file."""

import collections
import csv
import io
import json
import os
import re
import sys
import zipfile

import openpyxl


def staged(doc):
    """The sheet as render57's story stages it: title row, per project header rows and grid; [] between projects."""
    rows, proj = [[doc["title"]]], [1]
    for k, p in enumerate(doc["projects"], 1):
        if k > 1:
            rows.append([])
            proj.append(k - 1)
        for kv in p["header"]:
            rows.append(list(kv))
            proj.append(k)
        rows.append(list(p["columns"]))
        proj.append(k)
        for r in p["rows"]:
            rows.append(list(r))
            proj.append(k)
    return rows, max(len(r) for r in rows), proj


def pad(r, W, null):
    return list(r) + [null] * (W - len(r))


def nospace(s):
    return collections.Counter(re.sub(r"\s+", "", s))


def check_doc(doc, base):
    rows, W, proj = staged(doc)
    nproj = len(doc["projects"])
    parts = [[r for r, p in zip(rows, proj) if p == k and r] for k in range(1, nproj + 1)]
    res = {}

    def rd(ext, enc="utf-8"):
        with open(base + ext, "rb") as f:
            return f.read().decode(enc)

    # pipe: impala-shell tables
    got, cur = [], None
    for line in rd(".pipe.txt").split("\n"):
        if line.startswith("| ") and line.endswith("|"):
            cells = [c.strip() for c in line[1:-1].split("|")]
            if cells[0] == "c1" and cells[1:3] == ["c2", "c3"]:
                cur = []
                got.append(cur)
            else:
                cur.append(cells)
    want = [[pad(r, W, "NULL") for r in part] for part in parts]
    res[".pipe.txt"] = [] if got == want else ["impala tables differ from the staged rows"]
    # pipe_bare: Trino aligned
    got, cur = [], None
    for line in rd(".pipe_bare.txt").split("\n"):
        if re.fullmatch(r"-+(\+-+)*", line):
            cur = []
            got.append(cur)
        elif line.startswith("(") and line.endswith("rows)"):
            cur = None
        elif cur is not None and line:
            cur.append([c.strip() for c in line.split("|")])
    res[".pipe_bare.txt"] = [] if got == want else ["trino results differ from the staged rows"]
    # tab
    tsv = rd(".tab.tsv")
    tl = tsv.split("\n")
    ok = tl[-1] == "" and tl[0] == "\t".join("c%d" % i for i in range(1, W + 1))
    ok = ok and [l.split("\t") for l in tl[1:-1]] == [pad(r, W, "NULL") for r in rows]
    res[".tab.tsv"] = [] if ok else ["tsv differs"]
    # csv
    got = list(csv.reader(io.StringIO(rd(".csv"), newline="")))
    res[".csv"] = [] if got == [pad(r, W, "") for r in rows] else ["csv differs"]
    # lines, lines_dropped
    cells = ["c%d" % i for i in range(1, W + 1)] + [c for r in rows for c in pad(r, W, "NULL")]
    res[".lines.txt"] = [] if rd(".lines.txt") == "\n".join(cells) + "\n" else ["lines differ"]
    kept = [c for c in cells if c not in ("", "NULL")]
    res[".lines_dropped.txt"] = [] if rd(".lines_dropped.txt") == "\n".join(kept) + "\n" else ["lines_dropped differ"]
    # flat, oneline
    res[".flat.txt"] = [] if rd(".flat.txt") == "\n".join("".join(r) for r in rows) + "\n" else ["flat differs"]
    flat_parts, cur = [], []
    for r in rows:
        if r:
            cur.append("".join(r))
        else:
            flat_parts.append(cur)
            cur = []
    flat_parts.append(cur)
    one = "".join(" ".join(p) + " \n" for p in flat_parts)
    res[".oneline.txt"] = [] if rd(".oneline.txt") == one else ["oneline differs"]
    # aligned and pdftotext: every cell's non-space characters in the file
    need = collections.Counter()
    for p in doc["projects"]:
        for kv in p["header"]:
            need += nospace("".join(kv))
        need += nospace("".join(p["columns"]))
        for r in p["rows"]:
            need += nospace("".join(r))
    # the aligned files hold exactly the cells and one title a project: equal multisets
    exact = need + nospace(doc["title"] * nproj)
    for ext in (".aligned_top.txt", ".aligned_centered.txt"):
        have = nospace(rd(ext))
        res[ext] = (
            []
            if have == exact
            else [
                "characters differ: lacks %r, extra %r"
                % ("".join(sorted((exact - have).elements())), "".join(sorted((have - exact).elements())))
            ]
        )
    # the PDF text holds more (page numbers, the 收支总表): every cell's characters in it
    lack = need - nospace(rd(".pdftotext.txt"))
    res[".pdftotext.txt"] = [] if not lack else ["lacks characters %r" % "".join(sorted(lack.elements()))]
    # xlsx: the non-empty cells in row-major order
    wb = openpyxl.load_workbook(base + ".xlsx")
    ws = wb.worksheets[0]
    got = [str(c.value) for row in ws.iter_rows() for c in row if c.value not in (None, "")]
    wantx = [c for r in rows for c in r if c != ""]
    res[".xlsx"] = [] if got == wantx else ["xlsx cells differ"]
    # docx: the text of every table cell in order (merged-away cells empty)
    with zipfile.ZipFile(base + ".docx") as z:
        xml = z.read("word/document.xml").decode("utf-8")
    tcs = re.findall(r"<w:tc>(.*?)</w:tc>", xml, re.S)
    texts = []
    for tc in tcs:
        t = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", tc))
        t = t.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        if t:
            texts.append(t)
    wantd = []
    for p in doc["projects"]:
        for kv in p["header"]:
            wantd += [c for c in kv if c]
        wantd += [c for c in p["columns"] if c]
        wantd += [c for r in p["rows"] for c in r if c]
    res[".docx"] = [] if texts == wantd else ["docx cells differ"]
    return res


def check(folder, docs=None):
    docs = docs or os.path.join(folder, "docs")
    out = {}
    for name in sorted(os.listdir(os.path.join(folder, "data"))):
        doc_id = name[:-5]
        with open(os.path.join(folder, "data", name), encoding="utf-8") as f:
            doc = json.load(f)
        for ext, probs in check_doc(doc, os.path.join(docs, doc_id)).items():
            out[doc_id + ext] = probs
    return out


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "."
    res = check(folder, sys.argv[2] if len(sys.argv) > 2 else None)
    bad = {k: v for k, v in res.items() if v}
    for k, v in sorted(bad.items()):
        print(k, "; ".join(v))
    print("ALL OK (%d files)" % len(res) if not bad else "FAILED (%d of %d files)" % (len(bad), len(res)))


if __name__ == "__main__":
    main()
