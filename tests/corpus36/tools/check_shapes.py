"""Check that every cell of data/ survives in every shape of docs/ (own parsers; the renderer's row model is rebuilt
here from data/ independently).  Usage: check_shapes.py CORPUS [DOCSDIR]"""

import collections
import csv
import io
import json
import os
import re
import sys
import zipfile

ROOT = os.path.abspath(sys.argv[1])
DOCS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(ROOT, "docs")
LABELS = ("一级指标", "二级指标", "子项名称", "子项内容")


def rows_of(doc, p):
    rows = [[doc["title"]]] + [[k, v] if v != "" else [k] for k, v in p["header"]]
    rows += [list(p["columns"])] + [list(r) for r in p["rows"]]
    return [[c.replace("\n", "") for c in r] for r in rows]


def clip_rows(doc):
    projs = [rows_of(doc, p) for p in doc["projects"]]
    W = max(len(r) for rs in projs for r in rs)
    out = []
    for i, rs in enumerate(projs):
        if i:
            out += [[""] * W] * 2
        out += [r + [""] * (W - len(r)) for r in rs]
    return out, W


def unmy(c):
    if c == "\\N":
        return ""
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "\\": "\\"}.get(m.group(1), m.group(1)), c)


def check(doc_id):
    errs = []
    doc = json.load(open(os.path.join(ROOT, "data", doc_id + ".json"), encoding="utf-8"))
    base = os.path.join(DOCS, doc_id)
    clip, W = clip_rows(doc)
    rd = lambda ext: open(base + ext, "rb").read()
    # pipe
    try:
        got = []
        for ln in rd(".pipe.txt").decode("utf-8").split("\n")[:-1]:
            assert ln.startswith("| ") and ln.endswith(" |"), ln[:30]
            got.append(ln[2:-2].split(" | "))
        if got != clip:
            errs.append("pipe: rows differ")
    except Exception as e:
        errs.append("pipe: %r" % e)
    # pipe_bare
    try:
        t = rd(".pipe_bare.txt").decode("utf-8")
        assert t.endswith("\r\n") and "\n" not in t.replace("\r\n", ""), "line ends not CRLF"
        if [ln.split("|") for ln in t.split("\r\n")[:-1]] != clip:
            errs.append("pipe_bare: rows differ")
    except Exception as e:
        errs.append("pipe_bare: %r" % e)
    # tab.tsv (MySQL OUTFILE)
    try:
        t = rd(".tab.tsv").decode("utf-8")
        got = [[unmy(c) for c in ln.split("\t")] for ln in t.split("\n")[:-1]]
        want = [r for r in clip if any(r)]
        if got != want or any(len(ln.split("\t")) != W for ln in t.split("\n")[:-1]):
            errs.append("tab: rows differ")
    except Exception as e:
        errs.append("tab: %r" % e)
    # csv (Go encoding/csv)
    try:
        t = rd(".csv").decode("utf-8")
        assert "\r" not in t and not t.startswith("\ufeff"), "CR or BOM"
        got = list(csv.reader(io.StringIO(t, newline="")))
        want = []
        for i, p in enumerate(doc["projects"]):
            if i:
                want.append([])
            want += rows_of(doc, p)
        if got != want:
            errs.append("csv: rows differ")
    except Exception as e:
        errs.append("csv: %r" % e)
    # lines
    try:
        ls = rd(".lines.txt").decode("utf-8").split("\n")[:-1]
        want = []
        for r in clip:
            want += r[:-1] + [r[-1] + "\r"]
        if ls != want:
            errs.append("lines: cells differ")
        ld = rd(".lines_dropped.txt").decode("utf-8").split("\n")[:-1]
        if ld != [x for x in want if x not in ("", "\r")]:
            errs.append("lines_dropped: cells differ")
    except Exception as e:
        errs.append("lines: %r" % e)
    # flat / oneline
    try:
        fl = rd(".flat.txt").decode("utf-8")
        if fl != "".join("".join(r) + "\n" for r in clip):
            errs.append("flat: differs")
        if rd(".oneline.txt").decode("utf-8") != "".join("".join(r) for r in clip) + "\n":
            errs.append("oneline: differs")
    except Exception as e:
        errs.append("flat: %r" % e)
    # aligned
    for ext in (".aligned_top.txt", ".aligned_centered.txt"):
        try:
            have = collections.Counter(re.sub(r"\s", "", rd(ext).decode("utf-8")))
            need = collections.Counter()
            for p in doc["projects"]:
                need.update(re.sub(r"\s", "", doc["title"]))
                for k, v in p["header"]:
                    need.update(re.sub(r"\s", "", k + v))
                for r in [p["columns"]] + p["rows"]:
                    for c in r:
                        need.update(re.sub(r"\s", "", c))
            miss = need - have
            if miss:
                errs.append("%s: missing %s" % (ext, "".join(sorted(miss.elements()))[:40]))
        except Exception as e:
            errs.append("%s: %r" % (ext, e))
    # xlsx
    try:
        from openpyxl import load_workbook

        wb = load_workbook(base + ".xlsx")
        for p, ws in zip(doc["projects"], wb.worksheets):
            got = [c.value for row in ws.iter_rows() for c in row if c.value not in (None, "")]
            want = [doc["title"]] + [x for kv in p["header"] for x in kv if x] + list(p["columns"])
            want += [c for r in p["rows"] for c in r if c]
            if got != want:
                errs.append("xlsx: cells differ in %s" % ws.title)
            if not ws.merged_cells.ranges:
                errs.append("xlsx: no merged cells")
        if len(wb.worksheets) != len(doc["projects"]):
            errs.append("xlsx: sheet count")
    except Exception as e:
        errs.append("xlsx: %r" % e)
    # docx
    try:
        from docx import Document

        d = Document(base + ".docx")
        got = set()
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    if c.text:
                        got.add(c.text)
        want = set()
        for p in doc["projects"]:
            want |= {x for kv in p["header"] for x in kv if x} | set(p["columns"])
            want |= {c for r in p["rows"] for c in r if c}
        if got != want:
            errs.append("docx: cells differ (%d/%d)" % (len(got ^ want), len(want)))
    except Exception as e:
        errs.append("docx: %r" % e)
    return errs


def main():
    ids = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "data")))
    bad = 0
    for i in ids:
        errs = check(i)
        print(i, "OK" if not errs else "")
        for e in errs:
            print("   ", e)
            bad += 1
    print("ALL OK (%d files)" % (12 * len(ids)) if not bad else "%d PROBLEMS" % bad)


if __name__ == "__main__":
    main()
