"""Check that every cell of data/<doc>.json survives in every shape of docs/ (own code, no parser).
Rebuilds the sheet rows from data/ and parses each file back.
Usage: python tools/check_shapes.py /work/blind47 [docs_dir]"""

import collections
import csv
import io
import json
import os
import re
import sys
import zipfile

import docx
import openpyxl

ROOT = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
DOCS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(ROOT, "docs")


def sheet(doc):
    parts = []
    for p in doc["projects"]:
        rows = [[doc["title"]]]
        for k, v in p["header"]:
            rows.append([k] if (k == "项目资金（万元）" and v == "") else [k, v])
        rows.append(list(p["columns"]))
        rows += [list(r) for r in p["rows"]]
        parts.append(rows)
    return parts


def _tc_text(tc):
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    return "\n".join("".join(t.text or "" for t in p.iter(ns + "t")) for p in tc.iter(ns + "p"))


def num_key(s):
    return ("n", float(s)) if re.fullmatch(r"\d+(\.\d+)?", s) else ("s", s)


def same_num(a, b):
    if a == b:
        return True
    try:
        return re.fullmatch(r"\d+(\.\d+)?", a) and float(a) == float(b)
    except ValueError:
        return False


def rows_equal(got, want, numeric=False):
    if len(got) != len(want):
        return "row count %d, want %d" % (len(got), len(want))
    for i, (g, w) in enumerate(zip(got, want)):
        if len(g) != len(w) or not all((same_num(a, b) if numeric else a == b) for a, b in zip(g, w)):
            return "row %d: %r want %r" % (i + 1, g[:6], w[:6])
    return None


def check_doc(doc_id):
    doc = json.load(open(os.path.join(ROOT, "data", doc_id + ".json"), encoding="utf-8"))
    parts = sheet(doc)
    W = max(len(p["columns"]) for p in doc["projects"])
    pad = lambda r: r + [""] * (W - len(r))  # noqa: E731
    cells = [c for rows in parts for r in rows for c in r]
    probs = []
    base = os.path.join(DOCS, doc_id)

    def rd(suf):
        return open(base + suf, "rb").read()

    # pipe (DingTalk Markdown)
    t = rd(".pipe.txt").decode("utf-8")
    got = []
    for line in t.split("\n"):
        if not line.startswith("|") or re.fullmatch(r"\|( :--- \|)+", line):
            continue
        inner = line[2:-2]
        got.append([c.replace("\\|", "|") for c in re.split(r" (?<!\\)\| ", inner)])
    want = [pad(r) for rows in parts for r in rows]
    got = [[c.strip() if c.strip() == "" else c for c in r] for r in got]
    e = rows_equal(got, want)
    if e or t.count("\n---\n") != len(parts) - 1:
        probs.append((".pipe.txt", e or "project rules"))
    # pipe_bare (bash, CRLF, a blank line between projects)
    t = rd(".pipe_bare.txt")
    if not t.endswith(b"\r\n") or t.replace(b"\r\n", b"").count(b"\n"):
        probs.append((".pipe_bare.txt", "line ends"))
    lines = t.decode("utf-8").split("\r\n")[:-1]
    want = []
    for i, rows in enumerate(parts):
        if i:
            want.append([""])
        want += rows
    e = rows_equal([line.split("|") for line in lines], want)
    if e:
        probs.append((".pipe_bare.txt", e))
    # tab (python csv unix dialect, tab)
    t = rd(".tab.tsv").decode("utf-8")
    e = rows_equal(
        list(csv.reader(io.StringIO(t, newline=""), delimiter="\t")), [pad(r) for rows in parts for r in rows]
    )
    if e or not t.startswith('"') or "\r" in t:
        probs.append((".tab.tsv", e or "quoting/line ends"))
    # csv (QUOTE_NONNUMERIC, BOM, CRLF, a row of "" between projects)
    b = rd(".csv")
    if not b.startswith(b"\xef\xbb\xbf") or b.replace(b"\r\n", b"").count(b"\n"):
        probs.append((".csv", "BOM/line ends"))
    got = list(csv.reader(io.StringIO(b[3:].decode("utf-8"), newline="")))
    want = []
    for i, rows in enumerate(parts):
        if i:
            want.append([""] * W)
        want += [pad(r) for r in rows]
    e = rows_equal(got, want, numeric=True)
    if e:
        probs.append((".csv", e))
    # lines / lines_dropped
    t = rd(".lines.txt").decode("utf-8")
    if t.split("\n")[:-1] != cells:
        probs.append((".lines.txt", "cells differ"))
    t = rd(".lines_dropped.txt").decode("utf-8")
    if t.split("\n")[:-1] != [c for c in cells if c]:
        probs.append((".lines_dropped.txt", "cells differ"))
    # aligned: every cell's characters present (multiset of non-space characters)
    for suf in (".aligned_top.txt", ".aligned_centered.txt"):
        t = rd(suf).decode("utf-8")
        have = collections.Counter(re.sub(r"\s", "", t))
        need = collections.Counter(re.sub(r"\s", "", "".join(cells + [doc["title"]] * 0)))
        lack = need - have
        if lack:
            probs.append((suf, "lacks %r" % "".join(sorted(lack.elements()))[:40]))
        if "\r\n" not in t or t.replace("\r\n", "").count("\n"):
            probs.append((suf, "line ends"))
    # flat (bash, CRLF, a blank line between projects)
    t = rd(".flat.txt")
    want = []
    for i, rows in enumerate(parts):
        if i:
            want.append("")
        want += ["".join(r) for r in rows]
    if t.decode("utf-8").split("\r\n")[:-1] != want or t.replace(b"\r\n", b"").count(b"\n"):
        probs.append((".flat.txt", "rows differ"))
    # oneline (rows joined by U+000B, a project a line, CRLF)
    t = rd(".oneline.txt").decode("utf-8")
    want = ["\x0b".join("".join(r) for r in rows) for rows in parts]
    if t.split("\r\n")[:-1] != want:
        probs.append((".oneline.txt", "projects differ"))
    # xlsx
    try:
        wb = openpyxl.load_workbook(base + ".xlsx")
        ws = wb.active
        vals = []
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                vals.append(num_key(str(v)))
        lack = collections.Counter(num_key(c) for c in cells if c) - collections.Counter(vals)
        if lack:
            probs.append((".xlsx", "lacks %r" % list(lack)[:3]))
        if not ws.merged_cells.ranges:
            probs.append((".xlsx", "no merged cells"))
    except Exception as ex:  # noqa: BLE001
        probs.append((".xlsx", "unreadable: %s" % ex))
    # docx
    try:
        d = docx.Document(base + ".docx")
        texts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for tr in tb._tbl.tr_lst:
                for tc in tr.tc_lst:
                    texts.append(_tc_text(tc))
        lack = collections.Counter(c for c in cells if c) - collections.Counter(texts)
        if lack:
            probs.append((".docx", "lacks %r" % list(lack)[:3]))
    except (Exception, zipfile.BadZipFile) as ex:  # noqa: BLE001
        probs.append((".docx", "unreadable: %s" % ex))
    return probs


def main():
    ids = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "data")) if f.endswith(".json"))
    bad, n = [], 0
    for doc_id in ids:
        n += 12
        for suf, msg in check_doc(doc_id):
            bad.append(doc_id + suf)
            print("FAIL", doc_id + suf, msg)
    print("ALL OK (%d files)" % n if not bad else "FAILED %d files" % len(set(bad)))
    return sorted(set(bad))


if __name__ == "__main__":
    main()
