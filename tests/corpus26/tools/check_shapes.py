"""blind26 cell-survival check (own code; imports nothing of render26.py).  Rebuilds every project's rows from
data/<doc>.json with its own model of the layouts the README describes, then PARSES each file of docs/ back and
compares cell for cell.  Usage: python tools/check_shapes.py /work/blind26 [docs folder]"""

import csv
import io
import json
import os
import re
import sys
import unicodedata
import zipfile

import openpyxl
from docx import Document

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
DOCS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(HERE, "docs")
GOALS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")
M = "<M>"  # merged continuation (a 一级/二级 below its block's first row, a money label below the first money row)


def W(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def dslice(line, a, b):
    """The characters of line whose display column lies in [a, b)."""
    out, x = "", 0
    for ch in line:
        if a <= x < b:
            out += ch
        x += W(ch)
    return out


def nows(s):
    return re.sub(r"\s+", "", s or "")


# ------------------------------------------------------------------ own model
def hblock(header):
    """[(kind, cells)] kinds kv/goal (k, v), pair (k1, v1, k2, v2), money (label or M, key, amount)."""
    out, items, i = [], header, 0
    while i < len(items):
        k, v = items[i]
        nk = items[i + 1][0] if i + 1 < len(items) else None
        if (k, nk) in (("主管部门", "实施单位"), ("项目属性", "项目期")):
            out.append(("pair", [k, v, nk, items[i + 1][1]]))
            i += 2
        elif k == "项目资金（万元）":
            i += 1
            first = True
            while i < len(items) and items[i][0] not in GOALS:
                out.append(("money", [k if first else M, items[i][0], items[i][1]]))
                first = False
                i += 1
        else:
            out.append(("kv", [k, v]))
            i += 1
    return out


def grid(p):
    cols = p["columns"]
    c1 = cols.index("一级指标") if "一级指标" in cols else None
    c2 = cols.index("二级指标") if "二级指标" in cols else None
    out = []
    for n, r in enumerate(p["rows"]):
        row = list(r)
        if n:
            if c1 is not None and r[c1] == "":
                row[c1] = M
            if c2 is not None and r[c2] == "" and not (c1 is not None and r[c1] != ""):
                row[c2] = M
        out.append(row)
    return out


def label_cols(p):
    return [j for j, c in enumerate(p["columns"]) if c in ("一级指标", "二级指标")]


def rows_of(doc, p):
    return [[doc["title"]]] + [c for _, c in hblock(p["header"])] + [list(p["columns"])] + grid(p)


def sheet(doc):
    w = max(max(4, len(p["columns"])) for p in doc["projects"])
    out = []
    for k, p in enumerate(doc["projects"]):
        if k:
            out.append([None] * w)
        for r in rows_of(doc, p):
            out.append([None if c == M else c for c in r] + [None] * (w - len(r)))
    return out, w


# ------------------------------------------------------------------ checks
def ck_pipe(doc, path, errs):
    lines = open(path, encoding="utf-8", newline="").read().split("\n")
    if lines[:4] != ["title: " + doc["title"], "tags: 预算公开 绩效目标", "type: text/vnd.tiddlywiki", ""]:
        errs.append("tiddler fields")
    ent = {"&gt;": ">", "&lt;": "<", "&#126;": "~"}

    def cells(line):
        if not line.startswith("|"):
            return None, None
        suffix = None
        if not line.endswith("|"):
            line, suffix = line[: line.rindex("|") + 1], line[line.rindex("|") + 1 :]
        out = []
        for c in line[1:-1].split("|"):
            if c == "~":
                out.append(M)
            elif c == "<":
                out.append("<")
            elif c.startswith("!"):
                out.append(("H", c[1:]))
            else:
                out.append(ent.get(c, "" if c == " " else c))
        return out, suffix

    i = 4
    for p in doc["projects"]:
        if lines[i : i + 2] != ["!! " + doc["title"], ""]:
            errs.append("heading at line %d" % (i + 1))
        i += 2
        for kind, c in hblock(p["header"]):
            got, _ = cells(lines[i])
            if kind == "pair":
                want = [("H", c[0]), c[1], ("H", c[2]), c[3]]
            elif kind == "money":
                want = [M if c[0] == M else ("H", c[0]), ("H", c[1]), c[2], "<"]
            else:
                want = [("H", c[0]), c[1], "<", "<"]
            if got != want:
                errs.append("header row line %d: %r != %r" % (i + 1, got, want))
            i += 1
        if lines[i] != "":
            errs.append("no blank line before the grid (line %d)" % (i + 1))
        i += 1
        got, suf = cells(lines[i])
        if got != p["columns"] or suf != "h":
            errs.append("grid header line %d" % (i + 1))
        i += 1
        for r in grid(p):
            got, suf = cells(lines[i])
            if got != r or suf:
                errs.append("grid row line %d: %r != %r" % (i + 1, got, r))
            i += 1
        if lines[i] != "":
            errs.append("no blank line after the grid (line %d)" % (i + 1))
        i += 1
    if lines[i:] != [""] and lines[i:] != []:
        errs.append("trailing lines %r" % lines[i:])


def ck_pipe_bare(doc, path, errs):
    raw = open(path, "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        errs.append("no UTF-8 BOM")
    text = raw[3:].decode("utf-8")
    if not text.endswith("\r\n") or re.search(r"(?<!\r)\n", text):
        errs.append("line ends are not all CRLF")
    lines = text.split("\r\n")[:-1]
    rows, w = sheet(doc)
    if lines[0] != "ID|" + "|".join("Field%d" % (k + 1) for k in range(w)):
        errs.append("field-name line")
    if len(lines) - 1 != len(rows):
        errs.append("record count %d != %d" % (len(lines) - 1, len(rows)))
    for n, (ln, r) in enumerate(zip(lines[1:], rows), 1):
        f = ln.split("|")
        if f != [str(n)] + ["" if c is None else c for c in r]:
            errs.append("record %d: %r" % (n, ln[:80]))


def ck_tab(doc, path, errs):
    raw = open(path, "rb").read()
    if b"\t" in raw or b"\n" in raw or b"\r" in raw:
        errs.append("a tab or a line break in an ascii-mode file")
    recs = raw.decode("utf-8").split("\x1e")
    if recs[-1] != "":
        errs.append("file does not end with RS")
    recs = [r.split("\x1f") for r in recs[:-1]]
    rows, w = sheet(doc)
    if recs[0] != ["c%d" % (k + 1) for k in range(w)]:
        errs.append("header record")
    if recs[1:] != [["" if c is None else c for c in r] for r in rows]:
        for n, (a, b) in enumerate(zip(recs[1:], rows)):
            if a != ["" if c is None else c for c in b]:
                errs.append("record %d: %r" % (n + 1, a[:4]))
        if len(recs) - 1 != len(rows):
            errs.append("record count")


def ck_csv(doc, path, errs):
    text = open(path, encoding="utf-8", newline="").read()
    if text.startswith("\ufeff") or "\r" in text:
        errs.append("BOM or CR in the Numbers CSV")
    blocks = text.split("\n\n")
    want = []
    for k, p in enumerate(doc["projects"], 1):
        hb = [[doc["title"], "", "", ""]] + [
            [("" if x == M else x) for x in c] + [""] * (4 - len(c)) for _, c in hblock(p["header"])
        ]
        gr = [list(p["columns"])] + [["" if x == M else x for x in r] for r in grid(p)]
        want += [("项目%d-基本信息" % k, hb), ("项目%d-绩效指标" % k, gr)]
    if len(blocks) != len(want):
        errs.append("table count %d != %d" % (len(blocks), len(want)))
    for b, (name, rows) in zip(blocks, want):
        head, _, body = b.partition("\n")
        if head != name:
            errs.append("table name %r != %r" % (head, name))
        got = list(csv.reader(io.StringIO(body)))
        if got != rows:
            errs.append("table %s rows differ" % name)
        for ln in body.split("\n"):  # minimal quoting: a quote only where a comma or a quote is inside
            for m_ in re.finditer(r'"([^"]*)"', ln):
                if "," not in m_.group(1):
                    errs.append("needless quotes in %s" % name)


def ck_lines(doc, path, errs, dropped=False):
    text = open(path, encoding="utf-8", newline="").read()
    rows, w = sheet(doc)
    want = []
    for r in rows:
        for k, c in enumerate(r):
            want.append((("" if c is None else c), "\r\n" if k == w - 1 else "\n"))
    if dropped:
        want = [x for x in want if x[0] != ""]
    got = re.findall(r"([^\r\n]*)(\r\n|\n)", text)
    if "".join(a + b for a, b in got) != text:
        errs.append("stray text after the last line end")
    if got != want:
        for n, (a, b) in enumerate(zip(got, want)):
            if a != b:
                errs.append("line %d: %r != %r" % (n + 1, a, b))
                break
        if len(got) != len(want):
            errs.append("line count %d != %d" % (len(got), len(want)))


def ck_aligned(doc, path, errs, centered):
    text = open(path, encoding="utf-8", newline="").read()
    wide = doc["variant"] in ("coded", "self_evaluation")
    if centered:
        pw, tw = (196, 150) if wide else (150, 112)
        margin, body_n = (pw - tw) // 2, 34
    else:
        pw, tw, margin, body_n = None, 150 if wide else 118, 5, 40
    pages = text.split("\f")
    if pages[-1] != "":
        errs.append("no form feed after the last page")
    pages = pages[:-1]
    body = []
    for n, pg in enumerate(pages, 1):
        ls = pg.split("\n")
        if ls[-1] != "":
            errs.append("page %d does not end with a line end" % n)
        ls = ls[:-1]
        foot = "第 %d 页" % n
        if centered:
            if ls[:2] != [" " * ((pw - W("绩效目标表")) // 2) + "绩效目标表", ""]:
                errs.append("page %d head" % n)
            if ls[-2:] != ["", " " * ((pw - W(foot)) // 2) + foot]:
                errs.append("page %d foot" % n)
            b = ls[2:-2]
        else:
            if ls[-2:] != ["", " " * (margin + tw - W(foot)) + foot]:
                errs.append("page %d foot" % n)
            b = ls[:-2]
        if len(b) != body_n:
            errs.append("page %d body has %d lines" % (n, len(b)))
        body += [(n, k, x) for k, x in enumerate(b)]
    # projects
    pos = 0
    for p in doc["projects"]:
        while pos < len(body) and body[pos][2].strip() != doc["title"]:
            pos += 1
        if pos >= len(body):
            errs.append("title of %s not found" % p["header"][0][1])
            return
        if body[pos + 1][2].strip() != "单位：万元" or W(body[pos + 1][2]) != margin + tw:
            errs.append("单位 line")
        pos += 2
        cols = p["columns"]

        def is_gh(line):
            return re.split(r"\s{2,}", line.strip()) == cols

        hb = []
        while pos < len(body) and not is_gh(body[pos][2]):
            hb.append(body[pos][2])
            pos += 1
        hrows = hblock(p["header"])
        want = "".join(nows("".join(x for x in c if x not in (M, "项目资金（万元）"))) for _, c in hrows)
        got = nows("".join(hb)).replace("项目资金（万元）", "", 1)
        if got != want:
            errs.append("header block text of %s" % p["header"][0][1])
        if nows("".join(hb)).count("项目资金（万元）") != 1:
            errs.append("money label count")
        keys = [nows(c[0]) for k, c in hrows if c[0] != M and not (k == "money")]
        marg = [
            nows(dslice(ln, margin, margin + 16))
            for ln in hb
            if W(ln) > margin and dslice(ln, margin, margin + 1) != " "
        ]
        marg = [k for k in marg if k and k != "项目资金（万元）"]
        if [k for k in marg] != keys:
            errs.append("keys at the margin: %r != %r" % (marg, keys))
        gh_line = body[pos][2]
        xs = []
        for c in cols:  # display column of each name (the names are unique in a header line)
            i = gh_line.index(c, (xs[-1][1] if xs else 0))
            xs.append((W(gh_line[:i]), i + len(c)))
        starts = [x for x, _ in xs] + [10**6]
        pos += 1
        acc = [""] * len(cols)
        g = grid(p)
        while pos < len(body):
            pg, k, ln = body[pos]
            if ln.strip() == doc["title"] or (
                ln.strip() == "" and pos + 1 < len(body) and body[pos + 1][2].strip() == doc["title"]
            ):
                break
            if is_gh(ln):
                if k != 0:
                    errs.append("grid header repeated off a page top (page %d line %d)" % (pg, k + 1))
                pos += 1
                continue
            # slice by display columns
            x, i, sl = 0, 0, [""] * len(cols)
            for ch in ln:
                j = max(t for t in range(len(cols)) if starts[t] <= x) if x >= starts[0] else None
                if j is None:
                    if ch != " ":
                        errs.append("text left of the first column: %r" % ln)
                else:
                    sl[j] += ch
                x += W(ch)
            for j in range(len(cols)):
                acc[j] += nows(sl[j])
            pos += 1
        for j, c in enumerate(cols):
            want = "".join(nows(r[j]) for r in g if r[j] != M)
            if acc[j] != want:
                errs.append("%s column %s: %r != %r" % (p["header"][0][1][-8:], c, acc[j][:60], want[:60]))


def ws1(s):
    """html2text collapses a whitespace run (U+3000 too) to one space."""
    return re.sub(r"\s+", " ", s)


def ck_flat(doc, path, errs):
    text = open(path, encoding="utf-8", newline="").read()
    lines = text.split("\n")
    if lines[-1] != "":
        errs.append("no final line end")
    lines = lines[:-1]
    want = []
    for p in doc["projects"]:
        want.append("## " + doc["title"])
        for _, c in hblock(p["header"]):
            want.append(ws1("".join(x for x in c if x != M)))
        want.append(ws1("".join(p["columns"])))
        for r in grid(p):
            want.append(ws1("".join(ws1(x) for x in r if x != M)))
    got = [ln[:-2] if ln.endswith("  ") else ln for ln in lines]
    got = [ln for ln in got if ln != ""]
    if got != want:
        for n, (a, b) in enumerate(zip(got, want)):
            if a != b:
                errs.append("flat line %d: %r != %r" % (n + 1, a, b))
                break
        if len(got) != len(want):
            errs.append("flat line count %d != %d" % (len(got), len(want)))
    for n, ln in enumerate(lines):
        if ln.startswith("## "):
            if n + 1 < len(lines) and lines[n + 1] != "":
                errs.append("no empty line after a heading")
        elif ln.strip() and n != len(lines) - 1 and not ln.endswith("  "):
            errs.append("line %d lacks the two-space hard break" % (n + 1))


def php_parse(s, i=0):
    t = s[i]
    if t == "N":
        assert s[i : i + 2] == "N;"
        return None, i + 2
    if t == "s":
        m = re.compile(r's:(\d+):"').match(s, i)
        n = int(m.group(1))
        j = m.end()
        b = s[j:].encode("utf-8")[:n].decode("utf-8")
        j += len(b)
        assert s[j : j + 2] == '";', "bad string end at %d" % j
        return b, j + 2
    if t == "a":
        m = re.compile(r"a:(\d+):\{").match(s, i)
        n, j, out = int(m.group(1)), m.end(), []
        for k in range(n):
            m2 = re.compile(r"i:(\d+);").match(s, j)
            assert int(m2.group(1)) == k
            v, j = php_parse(s, m2.end())
            out.append(v)
        assert s[j] == "}"
        return out, j + 1
    raise ValueError("bad token %r at %d" % (t, i))


def ck_oneline(doc, path, errs):
    text = open(path, encoding="utf-8", newline="").read()
    lines = text.split("\n")
    if lines[-1] != "" or len(lines) - 1 != len(doc["projects"]):
        errs.append("one line per project")
    for ln, p in zip(lines, doc["projects"]):
        try:
            v, j = php_parse(ln)
            if j != len(ln):
                errs.append("text after the serialized array")
        except Exception as e:  # noqa: BLE001
            errs.append("unserialize failed: %s" % e)
            continue
        want = [[None if c == M else c for c in r] for r in rows_of(doc, p)]
        if v != want:
            errs.append("serialized rows differ for %s" % p["header"][0][1])


def same(cellval, s):
    if cellval is None:
        return s in ("", None)
    if isinstance(cellval, (int, float)):
        t = s.replace(",", "")
        if t.endswith("%"):
            return abs(cellval - float(t[:-1]) / 100) < 1e-9
        try:
            return abs(cellval - float(t)) < 1e-9
        except ValueError:
            return False
    return cellval == s


def ck_xlsx(doc, path, errs):
    wb = openpyxl.load_workbook(path)
    if wb.sheetnames != ["项目支出绩效目标表"]:
        errs.append("sheet names")
    ws = wb.active
    if ws["A1"].value != "附件3":
        errs.append("A1")
    vmerges = {(m.min_row, m.min_col, m.max_row) for m in ws.merged_cells.ranges if m.max_row > m.min_row}
    want_v = set()
    r = 3
    for p in doc["projects"]:
        if ws.cell(r, 1).value != doc["title"]:
            errs.append("title row %d" % r)
        r += 2
        for kind, c in hblock(p["header"]):
            vals = [x for x in (ws.cell(r, k).value for k in range(1, ws.max_column + 1)) if x is not None]
            exp = [x for x in c if x != M]
            if len(vals) != len(exp) or not all(same(a, b) for a, b in zip(vals, exp)):
                errs.append("header row %d: %r != %r" % (r, vals, exp))
            r += 1
        hr = hblock(p["header"])
        mi = [n for n, (k, _) in enumerate(hr) if k == "money"]
        if len(mi) > 1:
            want_v.add((r - len(hr) + mi[0], 1, r - len(hr) + mi[-1]))
        if [ws.cell(r, j + 1).value for j in range(len(p["columns"]))] != p["columns"]:
            errs.append("grid header row %d" % r)
        r += 1
        g0 = r
        for row in grid(p):
            for j, c in enumerate(row):
                v = ws.cell(r, j + 1).value
                if c == M:
                    if v is not None:
                        errs.append("value in a merged cell at row %d" % r)
                elif not same(v, c):
                    errs.append("cell %d,%d: %r != %r" % (r, j + 1, v, c))
                elif p["columns"][j] not in ("权重", "分值", "得分") and isinstance(v, (int, float)):
                    errs.append("a number outside the weight/score columns at %d,%d" % (r, j + 1))
            r += 1
        g = grid(p)
        for j in label_cols(p):
            a = None
            for n, row in enumerate(g + [["X"] * len(row)]):
                if n == len(g) or row[j] != M:
                    if a is not None and n - 1 > a:
                        want_v.add((g0 + a, j + 1, g0 + n - 1))
                    a = n
        r += 1
    if vmerges != want_v:
        errs.append(
            "vertical merges differ: extra %r missing %r" % (sorted(vmerges - want_v)[:3], sorted(want_v - vmerges)[:3])
        )
    with zipfile.ZipFile(path) as z:
        if any(i.date_time != (2025, 2, 18, 9, 30, 0) for i in z.infolist()):
            errs.append("zip dates not fixed")


def tc_state(tc):
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    pr = tc.find(ns + "tcPr")
    span, vm = 1, None
    if pr is not None:
        gs = pr.find(ns + "gridSpan")
        if gs is not None:
            span = int(gs.get(ns + "val"))
        v = pr.find(ns + "vMerge")
        if v is not None:
            vm = v.get(ns + "val") or "continue"
    text = "".join(t.text or "" for t in tc.iter(ns + "t"))
    return text, span, vm


def ck_docx(doc, path, errs):
    d = Document(path)
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    tables = d.tables
    if len(tables) != 2 * len(doc["projects"]):
        errs.append("table count")
        return
    titles = [p.text for p in d.paragraphs if p.text == doc["title"]]
    if len(titles) != len(doc["projects"]):
        errs.append("title paragraphs")
    for k, p in enumerate(doc["projects"]):
        ht, gt = tables[2 * k], tables[2 * k + 1]
        want = []
        for kind, c in hblock(p["header"]):
            if kind == "pair":
                want += [[(c[0], 1, None), (c[1], 1, None)], [(c[2], 1, None), (c[3], 1, None)]]
            elif kind == "money":
                if c[0] != M:
                    want.append([(c[0], 2, None)])
                want.append([(c[1], 1, None), (c[2], 1, None)])
            else:
                want.append([(c[0], 1, None), (c[1], 1, None)])
        got = [[tc_state(tc) for tc in tr.findall(ns + "tc")] for tr in ht._tbl.findall(ns + "tr")]
        if got != want:
            errs.append("header table of project %d" % (k + 1))
        rows = gt._tbl.findall(ns + "tr")
        if rows[0].find(ns + "trPr") is None or rows[0].find(ns + "trPr").find(ns + "tblHeader") is None:
            errs.append("grid header row not marked to repeat")
        if [tc_state(tc)[0] for tc in rows[0].findall(ns + "tc")] != p["columns"]:
            errs.append("grid header of project %d" % (k + 1))
        g = grid(p)
        lc = label_cols(p)
        for n, (tr, row) in enumerate(zip(rows[1:], g)):
            st = [tc_state(tc) for tc in tr.findall(ns + "tc")]
            exp = []
            for j, c in enumerate(row):
                if j in lc:
                    nxt = g[n + 1][j] if n + 1 < len(g) else None
                    if c == M:
                        exp.append(("", 1, "continue"))
                    else:
                        exp.append((c, 1, "restart" if nxt == M else None))
                else:
                    exp.append((c, 1, None))
            if st != exp:
                errs.append(
                    "grid row %d of project %d: %r" % (n + 1, k + 1, [s for s, e in zip(st, exp) if s != e][:2])
                )
        if len(rows) - 1 != len(g):
            errs.append("grid row count")
    with zipfile.ZipFile(path) as z:
        if any(i.date_time != (2025, 2, 18, 9, 30, 0) for i in z.infolist()):
            errs.append("zip dates not fixed")


CHECKS = [
    (".pipe.txt", ck_pipe),
    (".pipe_bare.txt", ck_pipe_bare),
    (".tab.tsv", ck_tab),
    (".csv", ck_csv),
    (".lines.txt", ck_lines),
    (".lines_dropped.txt", lambda d, p, e: ck_lines(d, p, e, dropped=True)),
    (".aligned_top.txt", lambda d, p, e: ck_aligned(d, p, e, centered=False)),
    (".aligned_centered.txt", lambda d, p, e: ck_aligned(d, p, e, centered=True)),
    (".flat.txt", ck_flat),
    (".oneline.txt", ck_oneline),
    (".xlsx", ck_xlsx),
    (".docx", ck_docx),
]


def main():
    bad = 0
    n = 0
    for f in sorted(os.listdir(os.path.join(HERE, "data"))):
        doc = json.load(open(os.path.join(HERE, "data", f), encoding="utf-8"))
        for ext, fn in CHECKS:
            path = os.path.join(DOCS, f[:-5] + ext)
            errs = []
            try:
                fn(doc, path, errs)
            except Exception as e:  # noqa: BLE001
                errs.append("check crashed: %r" % e)
            n += 1
            if errs:
                bad += 1
                print("FAILED %s%s" % (f[:-5], ext))
                for e in errs[:5]:
                    print("   !", e)
    print("%d files checked, %d FAILED" % (n, bad) if bad else "ALL OK (%d files)" % n)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
