"""Cell-survival check of blind20's text shapes and XLSX against data/<doc>.json (own code; reads each shape back
the way its tool wrote it).  Usage: python tools/check_shapes.py [/path/to/blind20]   exit 1 on any problem."""

import csv
import io
import json
import os
import re
import sys
from collections import Counter

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
GOALS = ("实施期目标", "中期目标", "长期目标", "年度目标", "实际完成情况")
PAIRS = {"主管部门": "实施单位", "项目属性": "项目期", "项目联系人": "联系电话"}


def layout(doc):
    """[(project, [(kind, cells)])] — the sheet rows every shape carries (my layout, written again here)."""
    out = []
    for p in doc["projects"]:
        h, rows, i = p["header"], [("title", [doc["title"]])], 0
        while i < len(h):
            k, v = h[i]
            if k in PAIRS and i + 1 < len(h) and h[i + 1][0] == PAIRS[k]:
                rows.append(("head", [k, v] + h[i + 1]))
                i += 2
            elif k == "项目资金（万元）":
                cells, i = [k], i + 1
                while i < len(h) and h[i][0] not in GOALS:
                    cells += h[i]
                    i += 1
                rows.append(("head", cells))
            else:
                rows.append(("head", [k, v]))
                i += 1
        rows.append(("ghead", p["columns"]))
        rows += [("grid", r) for r in p["rows"]]
        out.append((p, rows))
    return out


def spans(p):
    """{(row, col): n} for block starts (n rows) and 0 for covered cells of 一级/二级."""
    cols, res = p["columns"], {}
    if "一级指标" not in cols:
        return res
    i1 = cols.index("一级指标")
    for c in [cols.index(x) for x in ("一级指标", "二级指标") if x in cols]:
        start = 0
        for i, r in enumerate(p["rows"] + [None]):
            if i == len(p["rows"]) or (i and (r[c] != "" or (c != i1 and r[i1] != ""))):
                res[(start, c)] = i - start
                for k in range(start + 1, i):
                    res[(k, c)] = 0
                start = i
    return res


def rows_of(doc):
    return [cells for _, rows in layout(doc) for _, cells in rows]


def strip_tail(r):
    r = list(r)
    while r and r[-1] == "":
        r.pop()
    return r


def cmp_rows(name, got, want, probs):
    got = [strip_tail(r) for r in got]
    want = [strip_tail(r) for r in want]
    if len(got) != len(want):
        probs.append("%s: %d rows, want %d" % (name, len(got), len(want)))
    for i, (g, w) in enumerate(zip(got, want)):
        if g != w:
            probs.append("%s: row %d %r != %r" % (name, i, g[:6], w[:6]))
            return


def chk_pipe(doc, text, probs):
    tables, cur, row = [], None, None
    for line in text.split("\n"):
        if line.startswith("{|"):
            cur = []
        elif line.startswith("|}"):
            if row is not None:
                cur.append(row)
            tables.append(cur)
            cur, row = None, None
        elif line == "|-":
            if row is not None:
                cur.append(row)
            row = []
        elif cur is not None and line[:1] in "!|":
            parts = re.split(r" \|\| | !! ", line[2:])
            row += parts
    got = []
    for ti, t in enumerate(tables):
        if ti % 2 == 1:  # grid: resolve rowspans
            p = doc["projects"][ti // 2]
            n = len(p["columns"])
            got.append(t[0])
            pending = {}
            for r in t[1:]:
                full, it = [], iter(r)
                for j in range(n):
                    if pending.get(j, 0) > 0:
                        pending[j] -= 1
                        full.append("")
                        continue
                    c = next(it)
                    m = re.match(r'rowspan="(\d+)" \| (.*)$', c, re.S)
                    if m:
                        pending[j] = int(m.group(1)) - 1
                        c = m.group(2)
                    full.append(c)
                got.append(full)
        else:
            got.append([doc["title"]])
            got += t
    cmp_rows("pipe", got, rows_of(doc), probs)


def chk_pipe_bare(doc, raw, probs):
    if not raw.startswith("\ufeff#TYPE System.Management.Automation.PSCustomObject\r\n"):
        probs.append("pipe_bare: BOM/#TYPE line missing")
    body = raw[1:].split("\r\n", 1)[1]
    rd = list(csv.reader(io.StringIO(body, newline=""), delimiter="|"))
    if any(not all(re.fullmatch(r'"(?:[^"]|"")*"', f) for f in line.split("|")) for line in body.split("\r\n")[:-1]):
        probs.append("pipe_bare: an unquoted field")
    cmp_rows("pipe_bare", rd[1:], rows_of(doc), probs)


def chk_tab(doc, text, probs):
    rd = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
    if not rd[0][1:] or rd[0][1] != "Unnamed: 1":
        probs.append("tab: pandas header missing")
    got = [[rd[0][0]]] + [r for r in rd[1:] if any(r)]
    cmp_rows("tab", got, rows_of(doc), probs)


def mysql_fields(text):
    rows, row, i, n = [], [], 0, len(text)
    while i < n:
        if text.startswith("\\N", i):
            row.append(None)
            i += 2
        elif text[i] == '"':
            i += 1
            buf = []
            while text[i] != '"':
                if text[i] == "\\":
                    buf.append(text[i + 1])
                    i += 2
                else:
                    buf.append(text[i])
                    i += 1
            row.append("".join(buf))
            i += 1
        else:
            raise ValueError("bad field at %d" % i)
        if i < n and text[i] == ",":
            i += 1
        elif i >= n or text[i] == "\n":
            rows.append(row)
            row = []
            i += 1
    return rows


def chk_csv(doc, text, probs):
    try:
        rd = mysql_fields(text)
    except Exception as e:  # noqa: BLE001
        probs.append("csv: %s" % e)
        return
    want, got = [], []
    for p, rows in layout(doc):
        sp = spans(p)
        gi = 0
        for kind, cells in rows:
            w = list(cells)
            if kind == "grid":
                w = [None if sp.get((gi, j)) == 0 else c for j, c in enumerate(cells)]
                gi += 1
            want.append(w)
    for r in rd:
        if all(f is None for f in r):
            continue
        r = list(r)
        while r and r[-1] is None and len(r) > 0:
            r.pop()
        got.append([re.sub(r"\n(?=[2-9][\.．、])", "", f) if f else f for f in r])
    want = [[c for c in w] for w in want]
    if len(got) != len(want):
        probs.append("csv: %d rows, want %d" % (len(got), len(want)))
    for i, (g, w) in enumerate(zip(got, want)):
        w2 = list(w)
        while w2 and w2[-1] is None:
            w2.pop()
        if g != w2:
            probs.append("csv: row %d %r != %r" % (i, g[:6], w2[:6]))
            return


def chk_lines(doc, text, dropped, probs):
    cells = [c for r in rows_of(doc) for c in r]
    name = "lines_dropped" if dropped else "lines"
    if not text.endswith("\n") or text.endswith("\n\n"):
        probs.append("%s: end of file" % name)
    parts = text[:-1].split("\n\n")
    if dropped:
        if parts != [c for c in cells if c]:
            probs.append("%s: cells differ" % name)
        return
    n = len(parts)
    if parts != cells[:n] or any(cells[n:]):
        k = next((i for i, (a, b) in enumerate(zip(parts, cells)) if a != b), n)
        probs.append("%s: cell %d %r != %r" % (name, k, parts[k : k + 1], cells[k : k + 1]))


def nospace(s):
    return re.sub(r"\s+", "", s)


def chk_aligned_top(doc, text, probs):
    lines = [ln for ln in text.replace("\f", "\n").split("\n")]
    lines = [ln for ln in lines if ln.strip() and ln.strip() != "公开09表" and not ln.startswith("打印时间：")]
    k = 0
    for p, rows in layout(doc):
        ghead = None
        for kind, cells in rows:
            want = Counter(nospace("".join(cells)))
            got = Counter()
            start = k
            while k < len(lines) and got != want:
                if kind == "grid" and ghead and nospace(lines[k]) == ghead and got == Counter():
                    k += 1  # the grid header repeated at a page top
                    continue
                got += Counter(nospace(lines[k]))
                k += 1
                if any(got[c] > want[c] for c in got):
                    break
            if got != want:
                probs.append("aligned_top: %s row %r not found at line %d" % (kind, cells[:3], start))
                return
            if kind == "ghead":
                ghead = nospace("".join(cells))
    if k != len(lines):
        probs.append("aligned_top: %d lines left over" % (len(lines) - k))


def chk_aligned_centered(doc, text, probs):
    lines = [
        ln
        for ln in text.replace("\f", "\n").split("\n")
        if ln.strip() and ln.strip() != "公开09表" and not ln.startswith("打印时间：")
    ]
    got = Counter(nospace("".join(lines)))
    want = Counter()
    for p, rows in layout(doc):
        for kind, cells in rows:
            want += Counter(nospace("".join(cells)))
    # repeated grid headers at page tops: remove whole copies
    extra = got - want
    for p, rows in layout(doc):
        h = Counter(nospace("".join(p["columns"])))
        while all(extra[c] >= h[c] for c in h):
            extra -= h
    if extra or (want - got):
        probs.append("aligned_centered: characters missing %r / extra %r" % (dict(want - got), dict(extra)))


def chk_flat(doc, text, probs):
    want = []
    for p, rows in layout(doc):
        grid = [list(r) for k, r in rows if k == "grid"]
        for c, j in [(None, j) for j in range(len(p["columns"])) if p["columns"][j] in ("一级指标", "二级指标")]:
            for (i, jj), n in sorted(spans(p).items()):
                if jj == j and n > 0:
                    lab = grid[i][j]
                    grid[i][j] = ""
                    grid[i + n - 1][j] = lab
        want += ["".join(r) for k, r in rows if k != "grid"] + ["".join(r) for r in grid]
    got = text.split("\n")
    if got[-1] != "" or got[:-1] != want:
        k = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), None)
        probs.append("flat: line %s differs" % k)


def chk_oneline(doc, text, probs):
    want = ",".join("".join(r) for r in rows_of(doc)) + "\n"
    if text != want:
        k = next((i for i, (a, b) in enumerate(zip(text, want)) if a != b), None)
        probs.append("oneline: differs at character %s" % k)


def chk_xlsx(doc, path, probs):
    from openpyxl import load_workbook

    wb = load_workbook(path)
    if wb.sheetnames != ["填报说明", "项目绩效目标"]:
        probs.append("xlsx: sheets %r" % wb.sheetnames)
        return
    ws = wb["项目绩效目标"]
    got = []
    for row in ws.iter_rows(values_only=True):
        r = strip_tail(["" if v is None else str(v) for v in row])
        if r:
            got.append(r)
    cmp_rows("xlsx", got, rows_of(doc), probs)
    merged = {str(m) for m in ws.merged_cells.ranges}
    need = sum(1 for p in doc["projects"] for v in spans(p).values() if v > 1)
    if len([m for m in merged if m[0] in "ABCD" and m.split(":")[0][0] == m.split(":")[1][0]]) < need:
        probs.append("xlsx: merged 一级/二级 blocks missing")


def main():
    docs = os.path.join(HERE, "docs")
    bad = 0
    for fn in sorted(os.listdir(os.path.join(HERE, "data"))):
        d = fn[:-5]
        doc = json.load(open(os.path.join(HERE, "data", fn), encoding="utf-8"))
        rd = lambda s: open(os.path.join(docs, d + s), encoding="utf-8", newline="").read()
        probs = []
        chk_pipe(doc, rd(".pipe.txt"), probs)
        chk_pipe_bare(doc, rd(".pipe_bare.txt"), probs)
        chk_tab(doc, rd(".tab.tsv"), probs)
        chk_csv(doc, rd(".csv"), probs)
        chk_lines(doc, rd(".lines.txt"), False, probs)
        chk_lines(doc, rd(".lines_dropped.txt"), True, probs)
        chk_aligned_top(doc, rd(".aligned_top.txt"), probs)
        chk_aligned_centered(doc, rd(".aligned_centered.txt"), probs)
        chk_flat(doc, rd(".flat.txt"), probs)
        chk_oneline(doc, rd(".oneline.txt"), probs)
        chk_xlsx(doc, os.path.join(docs, d + ".xlsx"), probs)
        print(d, "OK" if not probs else "PROBLEMS")
        for pr in probs:
            print("  !", pr)
        bad += len(probs)
    print("ALL OK" if not bad else "%d problems" % bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
