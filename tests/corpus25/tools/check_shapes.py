"""Check every rendering in docs/ against data/ cell for cell (own code: imports nothing of render25.py; the
expected rows are rebuilt here from data/ with this file's own model).  Usage: python tools/check_shapes.py [folder]
Exit status 1 when any file fails."""

import csv
import glob
import io
import json
import os
import re
import sys
import unicodedata
import zipfile

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
DOCS = os.path.join(HERE, "docs")
NULL = ("<merged>",)  # a merged continuation / padding in the expected rows (a unique object)
GOALKEYS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")
LABELS = ("一级指标", "二级指标")
BROKEN = ("blind25_03", "blind25_05", "blind25_07")


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def sheet(doc, p):
    """Expected rows of one project: (kind, cells); NULL for a merged continuation."""
    rows = [("title", [doc["title"]])]
    h = p["header"]
    k = 0
    while k < len(h):
        key, val = h[k]
        if key in ("主管部门", "项目属性") and k + 1 < len(h) and h[k + 1][0] in ("实施单位", "项目期"):
            rows.append(("kv4", [key, val, h[k + 1][0], h[k + 1][1]]))
            k += 2
            continue
        if key == "项目资金（万元）":
            k += 1
            first = True
            while k < len(h) and h[k][0] not in GOALKEYS:
                rows.append(("money", [key if first else NULL, h[k][0], h[k][1]]))
                first = False
                k += 1
            continue
        rows.append(("goal" if key in GOALKEYS else "kv", [key, val]))
        k += 1
    cols = p["columns"]
    rows.append(("gh", list(cols)))
    lab = [i for i, c in enumerate(cols) if c in LABELS]
    for n, r in enumerate(p["rows"]):
        rows.append(("row", [NULL if (i in lab and v == "" and n) else v for i, v in enumerate(r)]))
    return rows


def staged(doc):
    out = []
    for n, p in enumerate(doc["projects"]):
        if n:
            out.append([])
        out += [c for _, c in sheet(doc, p)]
    w = max(len(r) for r in out)
    return [r + [NULL] * (w - len(r)) for r in out]


def blocks(rows, j):
    """(start, end) index ranges of the label blocks of column j in a project's grid rows (model cells)."""
    out, i = [], 0
    while i < len(rows):
        a = i
        i += 1
        while i < len(rows) and rows[i][j] is NULL:
            i += 1
        out.append((a, i))
    return out


# ------------------------------------------------------------------ pipe: reStructuredText grid tables
def cols_of(line):
    """display column -> char (the second half of a wide char is None)."""
    out = []
    for ch in line:
        out.append(ch)
        if width(ch) == 2:
            out.append(None)
    return out


def parse_rst_table(lines):
    g = [cols_of(ln) for ln in lines]
    assert all(len(x) == len(g[0]) for x in g), "ragged table"
    bounds = sorted({i for x in g for i, ch in enumerate(x) if ch is not None and ch in "+|"})
    rows, rules = [], []
    for n in range(0, len(g) - 1, 2):
        rule, content = g[n], g[n + 1]
        assert content[0] == "|" and rule[0] in "+|", "not a rule/content pair"
        cells = []
        bars = [i for i, ch in enumerate(content) if ch == "|"]
        for a, b in zip(bars, bars[1:]):
            seg = rule[a + 1 : b]
            if n == 0 or all(ch in "-=+" for ch in seg if ch is not None):
                cont = False
            elif all(ch == " " for ch in seg if ch is not None) or not any(ch in "-=" for ch in seg if ch is not None):
                cont = True
            else:
                raise AssertionError("mixed rule segment")
            text = "".join(ch for ch in content[a + 1 : b] if ch is not None).strip()
            span = len([x for x in bounds if a < x < b]) + 1
            cells.append((NULL if cont else text, span))
            if cont and text:
                raise AssertionError("text in a merged continuation")
        rows.append(cells)
        rules.append("=" in "".join(ch for ch in rule if ch))
    rules.append("=" in "".join(ch for ch in g[-1] if ch))
    return rows, rules


def check_pipe(doc, text):
    lines = text.split("\n")
    assert lines[-1] == "", "no final newline"
    i = 0
    for p in doc["projects"]:
        sh = sheet(doc, p)
        assert lines[i] == doc["title"], "title line %d" % (i + 1)
        assert lines[i + 1] == "=" * width(doc["title"]), "title underline"
        assert lines[i + 2] == ""
        i += 3
        for part in ("header", "grid"):
            j = i
            while lines[j].startswith(("+", "|")):
                j += 1
            rows, rules = parse_rst_table(lines[i:j])
            if part == "header":
                want = []
                for kind, c in sh[1:]:
                    if kind in ("kv", "goal"):
                        want.append([(c[0], 1), (c[1], 3)])
                    elif kind == "kv4":
                        want.append([(x, 1) for x in c])
                    elif kind == "money":
                        want.append([(c[0], 1), (c[1], 1), (c[2], 2)])
                assert not any(rules[1:-1]), "'=' rule in the header block"
            else:
                want = [[(x, 1) for x in c] for kind, c in sh if kind in ("gh", "row")]
                assert rules[1] and not any(rules[2:-1]) and not rules[0], (
                    "the '=' rule must be under the grid header only"
                )
            if rows != want:
                for a, b in zip(rows, want):
                    if a != b:
                        raise AssertionError("%s row %r != %r" % (part, a, b))
                raise AssertionError("%s: %d rows, want %d" % (part, len(rows), len(want)))
            assert lines[j] == "", "blank line after a table"
            i = j + 1
    assert i == len(lines) - 1, "trailing text"


# ------------------------------------------------------------------ pipe_bare: Stata export delimited |
def check_pipe_bare(doc, text):
    assert "\r" not in text
    rows = list(csv.reader(io.StringIO(text), delimiter="|"))
    want = [["" if c is NULL else c for c in r] for r in staged(doc)]
    w = len(want[0])
    letters = []
    for n in range(w):
        s, m = "", n + 1
        while m:
            m, r = divmod(m - 1, 26)
            s = chr(65 + r) + s
        letters.append(s)
    assert rows[0] == letters, "variable-name line %r" % rows[0]
    cmp_rows(rows[1:], want)


def cmp_rows(got, want):
    for n, (a, b) in enumerate(zip(got, want)):
        if a != b:
            raise AssertionError("row %d: %r != %r" % (n + 1, a, b))
    assert len(got) == len(want), "%d rows, want %d" % (len(got), len(want))


# ------------------------------------------------------------------ tab: Hive text file (^A, \N)
def check_tab(doc, text):
    assert "\r" not in text and "\t" not in text
    assert text.endswith("\n")
    got = [ln.split("\x01") for ln in text[:-1].split("\n")]
    want = [["\\N" if c is NULL else c for c in r] for r in staged(doc)]
    cmp_rows(got, want)


# ------------------------------------------------------------------ csv: LibreOffice, string delimiter '
def split_lo(line):
    out, i = [], 0
    while True:
        if i < len(line) and line[i] == "'":
            j, s = i + 1, ""
            while True:
                k = line.index("'", j)
                if k + 1 < len(line) and line[k + 1] == "'":
                    s += line[j:k] + "'"
                    j = k + 2
                    continue
                s += line[j:k]
                i = k + 1
                break
            out.append((s, True))
        else:
            k = line.find(",", i)
            k = len(line) if k < 0 else k
            out.append((line[i:k], False))
            i = k
        if i >= len(line):
            break
        assert line[i] == ",", "junk after a quoted field"
        i += 1
        if i == len(line):
            out.append(("", False))
            break
    return out


def check_csv(doc, text):
    assert not text.startswith("\ufeff") and "\r" not in text
    lines = text[:-1].split("\n")
    want = staged(doc)
    assert len(lines) == len(want), "%d lines, want %d" % (len(lines), len(want))
    for n, (ln, w) in enumerate(zip(lines, want)):
        got = split_lo(ln)
        vals = [v for v, _ in got]
        exp = ["" if c is NULL else c for c in w]
        assert vals == exp, "line %d: %r != %r" % (n + 1, vals, exp)
        for v, q in got:
            number = bool(re.fullmatch(r"\d+(\.\d+)?", v))
            should = v != "" and not number
            assert q == should, "line %d: quoting of %r" % (n + 1, v)


# ------------------------------------------------------------------ lines: LibreOffice Writer's text export
def lines_want(doc, doc_id):
    out = []
    for p in doc["projects"]:
        for kind, c in sheet(doc, p):
            if kind == "gh":
                out.append("")
                for name in c:
                    if doc_id in BROKEN and len(name) >= 4:
                        k = 2 if name[:2] in ("一级", "二级", "三级") else len(name) // 2
                        out += [name[:k], name[k:]]
                    else:
                        out.append(name)
            else:
                out += ["" if x is NULL else x for x in c]
        out.append("")
    return out


def check_lines(doc, text, doc_id, dropped=False):
    assert not text.startswith("\ufeff"), "a BOM"
    assert "\r" not in text, "a CR"
    assert text.endswith("\n")
    got = text[:-1].split("\n")
    want = lines_want(doc, doc_id)
    if dropped:
        want = [x for x in want if x != ""]
    if got != want:
        for n, (a, b) in enumerate(zip(got, want)):
            if a != b:
                raise AssertionError("line %d: %r != %r" % (n + 1, a, b))
        raise AssertionError("%d lines, want %d" % (len(got), len(want)))


# ------------------------------------------------------------------ aligned prints
def dslice(line, a, b):
    g = cols_of(line)
    return "".join(ch for ch in g[a:b] if ch is not None)


def nows(s):
    return re.sub(r"\s+", "", s)


def check_aligned(doc, text, mode):
    pages = text.split("\f")
    n = len(pages)
    plen = 46 if mode == "top" else 28
    assert n >= 2, "one page"
    body_lines = []
    dept = doc["projects"][0]["header"][1][1]
    for k, pg in enumerate(pages, 1):
        assert pg.endswith("\n"), "page %d end" % k
        ls = pg[:-1].split("\n")
        assert len(ls) == plen, "page %d has %d lines, want %d" % (k, len(ls), plen)
        if mode == "top":
            assert ls[0].strip() == "绩效目标表" and ls[1] == "", "page %d head" % k
            assert ls[-2] == "" and ls[-1].strip() == "第 %d 页，共 %d 页" % (k, n), "page %d foot" % k
        else:
            assert ls[0].split() == [dept, "部门预算公开"] and ls[1] == "", "page %d head" % k
            assert ls[-2] == "" and ls[-1].strip() == "第%d页" % k, "page %d foot" % k
        body_lines += [(k, x) for x in ls[2:-2]]
    # walk projects
    i = 0
    L = [x for _, x in body_lines]
    for p in doc["projects"]:
        sh = sheet(doc, p)
        while i < len(L) and L[i].strip() != doc["title"]:
            assert L[i].strip() == "", "unexpected text before a title: %r" % L[i]
            i += 1
        assert i < len(L), "title not found"
        head_want = [doc["title"]] + (["单位：万元"] if mode == "center" else [])
        for kind, c in sh[1:]:
            if kind in ("kv", "kv4", "money", "goal"):
                head_want += [x for x in c if x is not NULL]
        cols = p["columns"]
        j = i
        while j < len(L) and L[j].split() != [nows(c) for c in cols]:
            j += 1
        assert j < len(L), "grid header not found"
        got = nows("".join(L[i:j]))
        assert got == nows("".join(head_want)), "header block text differs"
        # header-block key slots: every key at the margin
        keys = [c[0] for kind, c in sh[1:] if kind in ("kv", "kv4", "goal")]
        got_keys = [x.split()[0] for x in L[i:j] if x.strip() and x.split()[0] in keys]
        assert got_keys == keys, "header keys %r" % got_keys
        hdr = L[j]
        starts = []
        at = 0
        for c in cols:
            pos = width(hdr[: hdr.index(c, at)])
            starts.append(pos)
            at = hdr.index(c, at) + len(c)
        ends = starts[1:] + [10**6]
        # grid lines up to the next title or the end, repeated headers only at a page top
        k = j + 1
        grid_lines = []
        page_of = [pg for pg, _ in body_lines]
        while k < len(L) and L[k].strip() != doc["title"]:
            if L[k] == hdr:
                assert page_of[k] != page_of[k - 1] or all(not x.strip() for x in L[k - 1 : k]), (
                    "header repeated mid-page"
                )
                assert page_of[k] != page_of[j], "header repeated on its own page"
            else:
                grid_lines.append(L[k])
            k += 1
        rows = [c for kind, c in sh if kind == "row"]
        for jj, c in enumerate(cols):
            got = nows("".join(dslice(x, starts[jj], ends[jj]) for x in grid_lines))
            want = nows("".join(r[jj] for r in rows if r[jj] is not NULL))
            assert got == want, "column %s: %r != %r" % (c, got[:60], want[:60])
        # labels: top mode -> each label starts on its block's first row line
        i = k


# ------------------------------------------------------------------ flat: WeChat copy
def check_flat(doc, text):
    acct = doc["projects"][0]["header"][1][1]
    want = [doc["title"], "原创 %s 2025年02月18日 09:30 广东" % acct]
    for p in doc["projects"]:
        for kind, c in sheet(doc, p):
            want.append("".join(x for x in c if x is not NULL))
    got = text.split("\n")
    assert got[-1] == "" and len(got) == 2 * len(want) + 1, "%d lines" % len(got)
    for n, w in enumerate(want):
        assert got[2 * n] == w, "line %d: %r != %r" % (2 * n + 1, got[2 * n], w)
        assert got[2 * n + 1] == "", "line %d not empty" % (2 * n + 2)


# ------------------------------------------------------------------ oneline: tables.push([...]);
def parse_js_array(s, i):
    """A JavaScript array literal of single-quoted strings and nested arrays, with holes -> (list, end)."""
    assert s[i] == "["
    i += 1
    out = []
    expect_value = True
    while True:
        ch = s[i]
        if ch == "]":
            return out, i + 1
        if ch == ",":
            if expect_value:
                out.append(NULL)  # a hole
            expect_value = True
            i += 1
            continue
        assert expect_value, "two values without a comma at %d" % i
        if ch == "[":
            v, i = parse_js_array(s, i)
        elif ch == "'":
            j, v = i + 1, ""
            while s[j] != "'":
                if s[j] == "\\":
                    v += s[j + 1]
                    j += 2
                else:
                    v += s[j]
                    j += 1
            i = j + 1
        else:
            raise AssertionError("unexpected %r at %d" % (ch, i))
        out.append(v)
        expect_value = False


def check_oneline(doc, text):
    lines = text.split("\n")
    assert lines[-1] == "" and len(lines) == len(doc["projects"]) + 1
    for ln, p in zip(lines, doc["projects"]):
        assert ln.startswith("tables.push(") and ln.endswith(");")
        arr, end = parse_js_array(ln, len("tables.push("))
        assert ln[end:] == ");"
        want = [c for _, c in sheet(doc, p)]
        cmp_rows(arr, want)


# ------------------------------------------------------------------ xlsx
def check_xlsx(doc, path):
    from openpyxl import load_workbook

    wb = load_workbook(path)
    assert wb.sheetnames == ["绩效目标表"], wb.sheetnames
    ws = wb.active
    vals = [[c for c in r if c is not None] for r in ws.iter_rows(values_only=True)]
    want = []
    for n, p in enumerate(doc["projects"]):
        want += [[x for x in c if x is not NULL and x != ""] for _, c in sheet(doc, p)] + [[]]
    while vals and not vals[-1]:
        vals.pop()
    while want and not want[-1]:
        want.pop()
    cmp_rows(vals, want)
    merged = {str(m) for m in ws.merged_cells.ranges}
    # every grid label block of two rows or more is ONE merged vertical range, and the money label merged down
    r = 1
    from openpyxl.utils import get_column_letter

    vert = set()
    for p in doc["projects"]:
        sh = sheet(doc, p)
        rowsidx = {}
        for n, (kind, c) in enumerate(sh):
            rowsidx.setdefault(kind, []).append(r + n)
        m = rowsidx.get("money", [])
        if len(m) > 1:
            vert.add("A%d:A%d" % (m[0], m[-1]))
        grid = [c for kind, c in sh if kind == "row"]
        g0 = rowsidx["row"][0]
        for j, name in enumerate(p["columns"]):
            if name in LABELS:
                for a, b in blocks(grid, j):
                    if b - a > 1:
                        col = get_column_letter(j + 1)
                        vert.add("%s%d:%s%d" % (col, g0 + a, col, g0 + b - 1))
        r += len(sh) + 1
    got_vert = set()
    for m in merged:
        a, b = m.split(":")
        if re.sub(r"\d", "", a) == re.sub(r"\d", "", b):
            got_vert.add(m)
    assert got_vert == vert, "vertical merges differ: %r" % (got_vert ^ vert)


# ------------------------------------------------------------------ docx
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def tc_info(tc):
    text = "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in tc.iter(W + "p"))
    pr = tc.find(W + "tcPr")
    span, vm = 1, None
    if pr is not None:
        gs = pr.find(W + "gridSpan")
        if gs is not None:
            span = int(gs.get(W + "val"))
        v = pr.find(W + "vMerge")
        if v is not None:
            vm = v.get(W + "val") or "continue"
    return (text, span, vm)


def check_docx(doc, path):
    from docx import Document

    d = Document(path)
    tables = d.tables
    assert len(tables) == 2 * len(doc["projects"]), "%d tables" % len(tables)
    titles = [p.text for p in d.paragraphs if p.text == doc["title"]]
    assert len(titles) == len(doc["projects"]), "titles"
    for n, p in enumerate(doc["projects"]):
        sh = sheet(doc, p)
        ht, gt = tables[2 * n], tables[2 * n + 1]
        got = [[tc_info(tc) for tc in tr.iter(W + "tc")] for tr in ht._tbl.iter(W + "tr")]
        want = []
        hrows = [(k, c) for k, c in sh if k in ("kv", "kv4", "money", "goal")]
        for i, (kind, c) in enumerate(hrows):
            if kind in ("kv", "goal"):
                want.append([(c[0], 1, None), (c[1], 3, None)])
            elif kind == "kv4":
                want.append([(x, 1, None) for x in c])
            else:
                nmoney = sum(1 for k, _ in hrows if k == "money")
                vm = None if nmoney == 1 else ("restart" if c[0] is not NULL else "continue")
                want.append([("" if c[0] is NULL else c[0], 1, vm), (c[1], 1, None), (c[2], 2, None)])
        cmp_rows(got, want)
        got = [[tc_info(tc) for tc in tr.iter(W + "tc")] for tr in gt._tbl.iter(W + "tr")]
        grid = [c for k, c in sh if k == "row"]
        want = [[(x, 1, None) for x in p["columns"]]]
        vms = {}
        for j, name in enumerate(p["columns"]):
            if name in LABELS:
                for a, b in blocks(grid, j):
                    if b - a > 1:
                        vms[(a, j)] = "restart"
                        for x in range(a + 1, b):
                            vms[(x, j)] = "continue"
        for i, r in enumerate(grid):
            want.append([("" if x is NULL else x, 1, vms.get((i, j))) for j, x in enumerate(r)])
        cmp_rows(got, want)


# ------------------------------------------------------------------ main
def main():
    ok = True
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        doc = json.load(open(path, encoding="utf-8"))
        base = os.path.join(DOCS, doc_id)

        def rd(ext):
            with open(base + ext, encoding="utf-8", newline="") as f:
                return f.read()

        checks = [
            (".pipe.txt", lambda: check_pipe(doc, rd(".pipe.txt"))),
            (".pipe_bare.txt", lambda: check_pipe_bare(doc, rd(".pipe_bare.txt"))),
            (".tab.tsv", lambda: check_tab(doc, rd(".tab.tsv"))),
            (".csv", lambda: check_csv(doc, rd(".csv"))),
            (".lines.txt", lambda: check_lines(doc, rd(".lines.txt"), doc_id)),
            (".lines_dropped.txt", lambda: check_lines(doc, rd(".lines_dropped.txt"), doc_id, dropped=True)),
            (".aligned_top.txt", lambda: check_aligned(doc, rd(".aligned_top.txt"), "top")),
            (".aligned_centered.txt", lambda: check_aligned(doc, rd(".aligned_centered.txt"), "center")),
            (".flat.txt", lambda: check_flat(doc, rd(".flat.txt"))),
            (".oneline.txt", lambda: check_oneline(doc, rd(".oneline.txt"))),
            (".xlsx", lambda: check_xlsx(doc, base + ".xlsx")),
            (".docx", lambda: check_docx(doc, base + ".docx")),
        ]
        for ext, fn in checks:
            try:
                fn()
                print("%s%s OK" % (doc_id, ext))
            except Exception as e:  # noqa: BLE001
                ok = False
                print("%s%s FAILED: %s: %s" % (doc_id, ext, type(e).__name__, e))
    print("ALL OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
