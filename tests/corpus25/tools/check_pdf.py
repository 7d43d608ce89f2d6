"""Check docs/<doc>.pdf against data/<doc>.json (own code, pdfplumber only).

1. cell check: pdfplumber's ruled-table extraction, page by page; every header key/value, grid header name
   and grid cell of the data must come back as a table cell (whitespace and line breaks ignored), rows in
   order, merged cells (None) read as "".
2. span check: 一级/二级 labels appear once per span, once more per continuation part where a span is split
   across pages in the repeat-label documents, never in the continuation part otherwise.
3. page text check: every non-empty cell text occurs in the text of some page (pdfplumber extract_text and
   pdftotext -layout), whitespace and line breaks removed. Cells whose wrapped lines interleave with
   neighbouring cells fail this check by nature; they are listed.
Usage: python tests/corpus/check_pdf.py
"""

import glob
import json
import os
import re
import sys

import pdfplumber

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render_pdf import CAT1, CAT2, REPEAT_LABEL_DOCS

# The corpus folder: this one, or another made the same way (python tests/corpus/check_pdf.py tests/corpus2).
HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))


def n(s):
    return re.sub(r"\s+", "", s or "")


def check(doc_id):
    doc = json.load(open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8"))
    pdf = pdfplumber.open(os.path.join(HERE, "docs", doc_id + ".pdf"))
    problems = []
    # ---- collect extracted rows: (page, table index, row cells)
    rows = []
    page_texts = []
    for pi, pg in enumerate(pdf.pages):
        page_texts.append(n(pg.extract_text()))
        for ti, t in enumerate(pg.extract_tables()):
            for r in t:
                rows.append((pi, ti, r))
    with open(os.path.join(HERE, "docs", doc_id + ".pdftotext.txt"), encoding="utf-8") as f:
        pdftotext_pages = [n(p) for p in f.read().split("\f")]

    # ---- walk projects
    k = 0
    split_info = []
    for p in doc["projects"]:
        # header block
        while k < len(rows) and n((rows[k][2] or [""])[0]) != "项目名称":
            k += 1
        hdr_cells = []
        while k < len(rows):
            cells = [n(c) for c in rows[k][2] if c is not None]
            if cells == [n(c) for c in p["columns"]]:
                break
            hdr_cells += cells
            k += 1
        for key, val in p["header"]:
            for s in (key, val):
                if s and n(s) not in hdr_cells:
                    problems.append("header cell %r not found" % s)
        # grid parts
        cols = [n(c) for c in p["columns"]]
        got, parts, pos = [], [], None
        while k < len(rows) and len(got) < len(p["rows"]):
            pi, ti, r = rows[k]
            cells = [n(c) for c in r if c is not None]
            if cells == cols:
                pos = [j for j, c in enumerate(r) if c is not None]
                parts.append((pi, len(got)))
            else:
                got.append([n(r[j]) if r[j] is not None else "" for j in pos])
            k += 1
        want = [[n(c) for c in r] for r in p["rows"]]
        cat_idx = [j for j, c in enumerate(p["columns"]) if c in (CAT1, CAT2)]
        repeat = doc_id in REPEAT_LABEL_DOCS
        starts = [s for _, s in parts[1:]]
        expected = [list(r) for r in want]
        for s in starts:
            cut = [j for j in cat_idx if want[s][j] == "" and s < len(want)]
            if repeat:
                for j in cut:
                    lab = next(want[i][j] for i in range(s, -1, -1) if want[i][j] != "")
                    expected[s][j] = lab
            split_info.append((parts[(len(split_info) and 0) or 0][0], s, [p["columns"][j] for j in cut]))
        if got != expected:
            for i, (a, b) in enumerate(zip(got, expected)):
                if a != b:
                    problems.append("row %d: got %r want %r" % (i, a, b))
            if len(got) != len(expected):
                problems.append("row count got %d want %d" % (len(got), len(expected)))
        # span check: label occurrences
        for j in cat_idx:
            n_got = sum(1 for r in got if r[j] != "")
            n_want = sum(1 for r in want if r[j] != "") + (sum(1 for s in starts if want[s][j] == "") if repeat else 0)
            if n_got != n_want:
                problems.append("%s labels: %d printed, %d expected" % (p["columns"][j], n_got, n_want))
        p["_parts"] = [(pi + 1, s) for pi, s in parts]
    # ---- page text check
    allcells = [s for p in doc["projects"] for kv in p["header"] for s in kv]
    allcells += [s for p in doc["projects"] for s in p["columns"]]
    allcells += [s for p in doc["projects"] for r in p["rows"] for s in r]
    miss_pl = sorted({s for s in allcells if n(s) and not any(n(s) in t for t in page_texts)})
    miss_pt = sorted({s for s in allcells if n(s) and not any(n(s) in t for t in pdftotext_pages)})
    return doc, len(pdf.pages), problems, miss_pl, miss_pt


def main():
    ok = True
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.splitext(os.path.basename(path))[0]
        doc, npages, problems, miss_pl, miss_pt = check(doc_id)
        desc = []
        for p in doc["projects"]:
            parts = p["_parts"]
            if len(parts) > 1:
                cuts = []
                for pg, s in parts[1:]:
                    cut = [c for j, c in enumerate(p["columns"]) if c in (CAT1, CAT2) and p["rows"][s][j] == ""]
                    cuts.append(
                        "p.%d before row %d%s" % (pg, s + 1, (" inside " + "+".join(cut) + " span") if cut else "")
                    )
                desc.append("%s: %s" % (p["header"][0][1], "; ".join(cuts)))
        print("%s: %d pages, %s" % (doc_id, npages, "OK" if not problems else "PROBLEMS"))
        for d in desc:
            print("   split:", d)
        for pr in problems:
            print("   !", pr)
            ok = False
        if miss_pl:
            print("   page text (pdfplumber) lacks, whitespace removed:", miss_pl)
        if miss_pt:
            print("   page text (pdftotext -layout) lacks, whitespace removed:", miss_pt)
    print("ALL OK" if ok else "FAILED")


if __name__ == "__main__":
    main()
