"""Cell-survival check of render17's shapes: every cell of data/<doc>.json back, in order, from every text shape and
the XLSX.  Usage: python tools/check_shapes.py [corpus folder]   (exit 1 on any problem)"""

import collections
import csv
import io
import json
import os
import re
import sys
import zipfile

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
GOALS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")


def head_rows(header):  # my layout, written again here (not imported from the renderer)
    rows, pend, i = [], [], 0
    while i < len(header):
        k, v = header[i]
        if k == "项目资金（万元）" or k in GOALS or k == "项目名称":
            if pend:
                rows.append(pend)
                pend = []
        if k == "项目名称" or k in GOALS:
            rows.append([k + "：" + v])
        elif k == "项目资金（万元）":
            j, m = i + 1, []
            while j < len(header) and header[j][0] not in GOALS:
                m.append(header[j][0] + "：" + header[j][1])
                j += 1
            rows.append([k] + m)
            i = j
            continue
        else:
            pend.append(k + "：" + v)
            if len(pend) == 2:
                rows.append(pend)
                pend = []
        i += 1
    return rows + ([pend] if pend else [])


def expected_rows(doc):
    out = []
    for p in doc["projects"]:
        out.append([doc["title"]])
        out += head_rows(p["header"])
        out.append(p["columns"])
        out += p["rows"]
    return out


def cmp(name, got, want, problems):
    if got != want:
        for i, (g, w) in enumerate(zip(got, want)):
            if g != w:
                problems.append("%s: row %d differs: %r != %r" % (name, i, g, w))
                return
        problems.append("%s: %d rows, expected %d" % (name, len(got), len(want)))


def nonspace(s):
    return collections.Counter(c for c in s if not c.isspace())


def check(doc_id, doc, problems):
    base = os.path.join(HERE, "docs", doc_id)
    want = expected_rows(doc)
    rd = lambda suf, enc="utf-8": open(base + suf, encoding=enc, newline="").read()
    # pipe (asciidoc): rows inside |=== blocks; trailing empty padding cells of header rows ignored
    got, inside = [], False
    for ln in rd(".pipe.txt").split("\n"):
        if ln == "|===":
            inside = not inside
        elif inside:
            got.append(ln[1:].split(" |"))
        elif ln.startswith("."):
            got.append([ln[1:]])
    strip = lambda rows: [r[: max([i + 1 for i, c in enumerate(r) if c] or [0])] for r in rows]
    cmp(doc_id + " pipe", strip(got), strip(want), problems)
    # pipe_bare (sqlcmd): NULL = empty; rule lines, counts and blank lines are furniture
    got = []
    for ln in rd(".pipe_bare.txt").split("\n"):
        if not ln or re.fullmatch(r"\(\d+ rows affected\)", ln) or re.fullmatch(r"[-|]+", ln):
            continue
        got.append(["" if c == "NULL" else c for c in ln.split("|")])
    cmp(doc_id + " pipe_bare", strip(got), strip(want), problems)
    # tsv (GB18030, CRLF)
    t = rd(".tab.tsv", "gb18030")
    assert t.endswith("\r\n")
    cmp(doc_id + " tsv", strip([r.split("\t") for r in t[:-2].split("\r\n")]), strip(want), problems)
    # csv: ="…" unwrapped
    c = rd(".csv")
    assert c.startswith("\ufeff")
    rows = [[re.sub(r'^="(.*)"$', r"\1", x) for x in r] for r in csv.reader(io.StringIO(c[1:]))]
    cmp(doc_id + " csv", rows, want, problems)
    # lines / lines_dropped (CRLF, \f before a project)
    cells = [x for r in want for x in r]
    for suf, keep in ((".lines.txt", cells), (".lines_dropped.txt", [x for x in cells if x])):
        t = rd(suf)
        got = t[:-2].replace("\f", "").split("\r\n")
        cmp(doc_id + suf, [[x] for x in got], [[x] for x in keep], problems)
    # flat: glued rows; page feet and repeated grid headers are furniture
    glued = ["".join(r) for r in want if "".join(r)]
    got = [ln for ln in rd(".flat.txt").split("\n")[:-1] if not re.fullmatch(r"第 \d+ 页", ln)]
    heads = {"".join(p["columns"]) for p in doc["projects"]}
    gi, out = 0, []
    for ln in got:  # drop a grid header that is not where the data has one
        if ln in heads and not (gi < len(glued) and glued[gi] == ln):
            continue
        out.append(ln)
        gi += 1
    cmp(doc_id + " flat", [[x] for x in out], [[x] for x in glued], problems)
    # oneline: JSON escapes
    t = rd(".oneline.txt")
    s = json.loads('"' + t.rstrip("\n") + '"')
    cmp(doc_id + " oneline", [r.split("\t") for r in s.split("\n")], want, problems)
    # aligned: furniture removed (feet, repeated grid headers), non-space characters as a multiset
    for suf in (".aligned_top.txt", ".aligned_centered.txt"):
        pages = rd(suf).split("\f")
        txt = ""
        for n, pg in enumerate(pages):
            pg = re.sub(r"\n\s*第 \d+ 页\s*\n?$", "\n", pg.rstrip() + "\n")
            txt += pg
        have = nonspace(txt)
        need = nonspace("".join(x for r in want for x in r))
        extra = have - need
        # a repeated grid header on a continuation page is furniture: take it out once per page where it stands
        for pg in pages[1:]:
            for p in doc["projects"]:
                hc = nonspace("".join(p["columns"]))
                if all(extra[k] >= v for k, v in hc.items()) and "".join(p["columns"][:2]) in re.sub(
                    r"\s", "", pg[:2000]
                ):
                    extra -= hc
        missing = need - have
        if missing or extra:
            problems.append("%s%s: missing %r extra %r" % (doc_id, suf, dict(missing), dict(extra)))
    # xlsx: every non-empty cell in row order
    from openpyxl import load_workbook

    ws = load_workbook(base + ".xlsx").active
    got = [str(v) for row in ws.iter_rows(values_only=True) for v in row if v not in (None, "")]
    cmp(doc_id + " xlsx", [[x] for x in got], [[x] for x in cells if x], problems)


def main():
    problems = []
    ids = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "data")) if f.endswith(".json"))
    for d in ids:
        with open(os.path.join(HERE, "data", d + ".json"), encoding="utf-8") as f:
            check(d, json.load(f), problems)
    for p in problems:
        print("PROBLEM", p)
    print(
        "%d documents, %d problems" % (len(ids), len(problems))
        if problems
        else "%d documents x 11 files: ALL OK" % len(ids)
    )
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
