"""Cell-survival check of the blind11 text shapes and XLSX: every cell of data/<doc>.json must come back, in order,
from each file read by a reader of its own kind.  Own code; reads the files, not the renderer's internals
(the header-block layout rule of README "Renderings" is restated here).
Usage: python tools/check_shapes.py [corpus folder]     exit 1 on any problem."""

import csv
import io
import json
import os
import re
import sys
import unicodedata

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
GOALS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")
CATS = ("一级指标", "二级指标")


def hrows(header):  # the header-block layout (README): name alone, pairs, money on one row, goals one a row
    rows, i = [], 0
    while i < len(header):
        k, v = header[i]
        if k == "项目名称" or k in GOALS:
            rows.append([k, v])
            i += 1
        elif k == "项目资金（万元）":
            row, i = [k], i + 1
            while i < len(header) and header[i][0] not in GOALS:
                row += header[i]
                i += 1
            rows.append(row)
        elif i + 1 < len(header) and header[i + 1][0] != "项目资金（万元）" and header[i + 1][0] not in GOALS:
            rows.append([k, v] + header[i + 1])
            i += 2
        else:
            rows.append([k, v])
            i += 1
    return rows


def table(doc, blank=True):
    out = []
    for n, p in enumerate(doc["projects"]):
        if n and blank:
            out.append([])
        out.append([doc["title"]])
        out += hrows(p["header"]) + [p["columns"]] + [list(r) for r in p["rows"]]
    return out


def merged(p):
    cats = [j for j, c in enumerate(p["columns"]) if c in CATS]
    return [[i > 0 and j in cats and r[j] == "" for j in range(len(r))] for i, r in enumerate(p["rows"])]


def rstrip(r):
    r = list(r)
    while r and r[-1] == "":
        r.pop()
    return r


def nows(s):
    return re.sub(r"\s+", "", s)


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def cmp_rows(got, exp, what, probs):
    if len(got) != len(exp):
        probs.append("%s: %d rows, expected %d" % (what, len(got), len(exp)))
    for n, (g, e) in enumerate(zip(got, exp)):
        if g != e:
            probs.append("%s: row %d %r != %r" % (what, n + 1, g[:6], e[:6]))
            break


def read(path, enc="utf-8"):
    return open(path, "rb").read().decode(enc)


def check_pipe(doc, t, probs):
    rows = []
    for ln in t.split("\n"):
        if not ln or ln.startswith("h2. "):
            if ln.startswith("h2. "):
                rows.append([ln[4:]])
            continue
        if not ln.startswith("|") or not ln.endswith("|"):
            probs.append("pipe: bad line %r" % ln[:30])
            continue
        sep = "||" if ln.startswith("||") else "|"
        rows.append(["" if c == " " else c for c in ln[len(sep) : -len(sep)].split(sep)])
    cmp_rows(rows, table(doc, False), "pipe", probs)


def check_pipe_bare(doc, t, probs):
    if not t.endswith("\n"):
        probs.append("pipe_bare: no final newline")
    rows = [ln.split(" | ") for ln in t.replace("；\n", "；").rstrip("\n").split("\n")]
    cmp_rows(rows, table(doc, False), "pipe_bare", probs)


def check_tsv(doc, t, probs):
    rows = []
    for ln in t.rstrip("\n").split("\n"):
        cells = []
        for c in ln.split("\t"):
            if c.startswith('"'):
                if not (c.endswith('"') and len(c) >= 2):
                    probs.append("tsv: bad quoting %r" % c[:20])
                c = c[1:-1].replace('""', '"')
            elif c and not re.fullmatch(r"\d+(\.\d+)?", c):
                probs.append("tsv: unquoted text cell %r" % c[:20])
            cells.append(c)
        rows.append(rstrip(cells))
    cmp_rows(rows, [rstrip(r) for r in table(doc)], "tsv", probs)
    if len({ln.count("\t") for ln in t.rstrip("\n").split("\n")}) != 1:
        probs.append("tsv: rows not padded to one width")


def check_csv(doc, b, probs, odd):
    if odd:
        t = b.decode("gb18030")
        if "\n" in t.replace("\r\n", ""):
            probs.append("csv: bare LF in a CRLF file")
    else:
        t = b.decode("utf-8")
        if not t.startswith("sep=,\n"):
            probs.append("csv: no sep=, line")
        t = t[len("sep=,\n") :]
    rows = [rstrip(r) for r in csv.reader(io.StringIO(t, newline=""))]
    cmp_rows(rows, [rstrip(r) for r in table(doc)], "csv", probs)


def check_lines(doc, t, probs, keep):
    exp = []
    for p in doc["projects"]:
        exp.append(doc["title"])
        for r in hrows(p["header"]):
            exp += [c for c in r if c or keep]
        exp += p["columns"]
        for r, m in zip(p["rows"], merged(p)):
            exp += [c for c, x in zip(r, m) if not x and (c or keep)]
    got = t.split("\n")
    if got[-1] != "":
        probs.append("lines: no final newline")
    cmp_rows([[g] for g in got[:-1]], [[e] for e in exp], "lines" if keep else "lines_dropped", probs)


def runs(line):
    """(display column, text) of the runs of a line: text between two or more spaces."""
    out, col, i = [], 0, 0
    for m in re.finditer(r"\S+(?: \S+)*", line):
        out.append((dw(line[: m.start()]), m.group()))
    return out


def check_aligned(doc, t, probs, what):
    pages = t.rstrip("\n").split("\n\f")
    body = []
    for n, pg in enumerate(pages, 1):
        ls = pg.split("\n")
        foot = "第 %d 页，共 %d 页" % (n, len(pages))
        if ls[-1].strip() != foot or ls[-2] != "":
            probs.append("%s: page %d foot %r" % (what, n, ls[-1].strip()))
        body += ls[:-2]
    titles = [i for i, ln in enumerate(body) if ln.strip() == doc["title"]]
    if len(titles) != len(doc["projects"]):
        probs.append("%s: %d titles for %d projects" % (what, len(titles), len(doc["projects"])))
        return
    for k, (p, a) in enumerate(zip(doc["projects"], titles)):
        b = titles[k + 1] if k + 1 < len(titles) else len(body)
        reg = body[a + 1 : b]
        gh = [i for i, ln in enumerate(reg) if [x for _, x in runs(ln)] == p["columns"]]
        if len(gh) != 1:
            probs.append("%s: project %d grid header found %d times" % (what, k + 1, len(gh)))
            continue
        # header block: cells consumed in order from the run streams of their start columns
        streams = {}
        for ln in reg[: gh[0]]:
            for c, x in runs(ln):
                streams[c] = streams.get(c, "") + nows(x)
        for r in hrows(p["header"]):
            for cell in r:
                c = nows(cell)
                if not c:
                    continue
                hit = [s for s, v in streams.items() if v.startswith(c)]
                if not hit:
                    probs.append("%s: project %d header cell %r not found in order" % (what, k + 1, cell[:20]))
                    break
                streams[hit[0]] = streams[hit[0]][len(c) :]
        left = {s: v for s, v in streams.items() if v}
        if left:
            probs.append("%s: project %d header text left over %r" % (what, k + 1, list(left.values())[0][:20]))
        # grid: every run to the column it starts at, columns glued equal the cells glued
        starts = [c for c, _ in runs(reg[gh[0]])]
        cols = ["" for _ in starts]
        for ln in reg[gh[0] + 1 :]:
            for c, x in runs(ln):
                if c not in starts:
                    probs.append("%s: project %d run %r off the columns (at %d)" % (what, k + 1, x[:12], c))
                    continue
                cols[starts.index(c)] += nows(x)
        for j, name in enumerate(p["columns"]):
            if cols[j] != "".join(nows(r[j]) for r in p["rows"]):
                probs.append("%s: project %d column %s differs" % (what, k + 1, name))


def glued(doc):
    out = []
    for p in doc["projects"]:
        out.append(doc["title"])
        for r in hrows(p["header"]):
            if r[0] == "项目资金（万元）":
                out.append(r[0] + "".join(r[i] + "：" + r[i + 1] for i in range(1, len(r), 2)))
            else:
                out.append("".join(r[i] + "：" + r[i + 1] for i in range(0, len(r), 2)))
        out.append("".join(p["columns"]))
        out += ["".join(r) for r in p["rows"]]
    return out


def check_flat(doc, t, probs):
    if "\n" in t.replace("\r\n", "") or not t.endswith("\r\n"):
        probs.append("flat: not CRLF throughout")
    cmp_rows([[x] for x in t[:-2].split("\r\n")], [[x] for x in glued(doc)], "flat", probs)


def check_oneline(doc, t, probs):
    if t.count("\n") != 1 or not t.endswith("\n"):
        probs.append("oneline: not one line")
    if t[:-1] != " ".join(x for x in glued(doc) if x):
        probs.append("oneline: text differs")


def check_xlsx(doc, path, probs):
    from openpyxl import load_workbook

    wb = load_workbook(path)
    if wb.sheetnames != ["项目信息", "绩效指标"]:
        probs.append("xlsx: sheets %r" % wb.sheetnames)
        return
    v = lambda c: "" if c is None else str(c)
    s1 = [rstrip([v(c) for c in r]) for r in wb["项目信息"].iter_rows(values_only=True)]
    exp1 = []
    for p in doc["projects"]:
        exp1 += [[doc["title"]]] + [rstrip(kv) for kv in p["header"]] + [[]]
    cmp_rows([r for r in s1 if r], [r for r in exp1 if r], "xlsx 项目信息", probs)
    s2 = [[v(c) for c in r] for r in wb["绩效指标"].iter_rows(values_only=True)]
    exp2 = []
    for p in doc["projects"]:
        name = dict(p["header"])["项目名称"]
        exp2.append(["项目名称"] + p["columns"])
        cats = [j for j, c in enumerate(p["columns"]) if c in CATS]
        run = {}
        for r in p["rows"]:
            r = list(r)
            for n, j in enumerate(cats):
                if r[j]:
                    run[j] = r[j]
                    if n == 0 and len(cats) > 1:
                        run[cats[1]] = r[cats[1]]
                else:
                    r[j] = run.get(j, "")
            exp2.append([name] + r)
    cmp_rows([rstrip(r) for r in s2], [rstrip(r) for r in exp2], "xlsx 绩效指标", probs)
    if wb["绩效指标"].merged_cells.ranges:
        probs.append("xlsx: merged cells in the grid sheet")


def main():
    bad = 0
    for f in sorted(os.listdir(os.path.join(HERE, "data"))):
        doc_id = f[:-5]
        doc = json.load(open(os.path.join(HERE, "data", f), encoding="utf-8"))
        d = os.path.join(HERE, "docs", doc_id)
        res = {}
        for ext, fn in (
            (".pipe.txt", check_pipe),
            (".pipe_bare.txt", check_pipe_bare),
            (".tab.tsv", check_tsv),
            (".flat.txt", check_flat),
            (".oneline.txt", check_oneline),
        ):
            res[ext] = []
            fn(doc, read(d + ext), res[ext])
        res[".csv"] = []
        check_csv(doc, open(d + ".csv", "rb").read(), res[".csv"], int(doc_id[-2:]) % 2 == 1)
        for ext, keep in ((".lines.txt", True), (".lines_dropped.txt", False)):
            res[ext] = []
            check_lines(doc, read(d + ext), res[ext], keep)
        for ext in (".aligned_top.txt", ".aligned_centered.txt"):
            res[ext] = []
            check_aligned(doc, read(d + ext), res[ext], ext[1:-4])
        res[".xlsx"] = []
        check_xlsx(doc, d + ".xlsx", res[".xlsx"])
        for ext, pr in res.items():
            if pr:
                bad += 1
                print("FAIL %s%s: %s" % (doc_id, ext, "; ".join(pr[:3])))
        print("%s: %d files checked, %d failing" % (doc_id, len(res), sum(1 for pr in res.values() if pr)))
    print("ALL OK" if not bad else "%d files FAIL" % bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
