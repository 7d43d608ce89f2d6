"""Check that every shape in docs/ holds every cell of data/ (blind24).  Expected rows are rebuilt here from data/
with this file's own code (nothing of render24.py is imported).  Usage: python tools/check_shapes.py [folder]
Exit 0 and `ALL OK` when every file passes; else every problem is listed (the first few per file) and exit 1."""

import ast
import csv
import glob
import io
import json
import os
import re
import sys
import unicodedata

import openpyxl

ROOT = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
L1, L2 = "一级指标", "二级指标"
NAMES = ("三级指标", "指标内容", "指标名称")
GOALS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")
MONEY = "项目资金（万元）"
M = None  # a merged continuation


# ------------------------------------------------------------------ expected model (own code)
def hdr_rows(items):
    rows, k = [], 0
    while k < len(items):
        key, val = items[k]
        nk = items[k + 1][0] if k + 1 < len(items) else None
        if key == "主管部门" and nk == "实施单位" or key == "项目属性" and nk == "项目期":
            rows.append([key, val, nk, items[k + 1][1]])
            k += 2
        elif key == MONEY:
            k += 1
            first = True
            while k < len(items) and items[k][0] not in GOALS:
                rows.append([MONEY if first else M, items[k][0], items[k][1]])
                first = False
                k += 1
        else:
            rows.append([key, val])
            k += 1
    return rows


def grid(cols, rows):
    out = []
    seen1 = seen2 = False
    for r in rows:
        r = list(r)
        for name in (L1, L2):
            if name not in cols:
                continue
            i = cols.index(name)
            if r[i]:
                if name == L1:
                    seen1, seen2 = True, False
                else:
                    seen2 = True
            elif seen1 if name == L1 else seen2:
                r[i] = M
        out.append(r)
    return out


def expected(doc):
    return [
        {
            "title": doc["title"],
            "hdr": hdr_rows([tuple(x) for x in p["header"]]),
            "cols": p["columns"],
            "grid": grid(p["columns"], p["rows"]),
        }
        for p in doc["projects"]
    ]


def sheet(projs):
    rows = []
    for n, p in enumerate(projs):
        if n:
            rows.append([])
        rows.append([p["title"]])
        rows += p["hdr"] + [p["cols"]] + p["grid"]
    w = max(len(r) for r in rows)
    return [r + [M] * (w - len(r)) if r else [M] * w for r in rows], w


# ------------------------------------------------------------------ shape checks
class Problems(list):
    def add(self, where, msg):
        self.append("%s: %s" % (where, msg))


def cmp_rows(P, where, got, want):
    if len(got) != len(want):
        P.add(where, "%d rows, expected %d" % (len(got), len(want)))
    for n, (g, w) in enumerate(zip(got, want)):
        if g != w:
            P.add(where, "row %d: %r != %r" % (n + 1, g, w))


def check_pipe(P, f, projs):
    text = open(f, encoding="utf-8").read()
    want = []
    for n, p in enumerate(projs):
        if n:
            want.append(("blank",))
        want += [("title", p["title"]), ("blank",)]
        for r in p["hdr"]:
            want.append(
                (
                    "row",
                    [("h" if (j == 0 if len(r) == 3 else j % 2 == 0) and c else "d", c or "") for j, c in enumerate(r)],
                )
            )
        want.append(("blank",))
        want.append(("row", [("h", c) for c in p["cols"]]))
        for r in p["grid"]:
            want.append(("row", [("d", c or "") for c in r]))
    got = []
    lines = text.split("\n")
    if lines[-1] != "":
        P.add(f, "no final newline")
    for ln in lines[:-1]:
        if ln == "":
            got.append(("blank",))
        elif re.fullmatch(r"=== .+ ===", ln):
            got.append(("title", ln[4:-4]))
        elif ln.startswith("||") and ln.endswith("||"):
            cells = []
            for c in ln[2:-2].split("||"):
                m = re.fullmatch(r"= (.+) =", c)
                if m:
                    cells.append(("h", m.group(1)))
                elif c == " ":
                    cells.append(("d", ""))
                elif c.startswith(" ") and c.endswith(" ") and len(c) > 2:
                    cells.append(("d", c[1:-1]))
                else:
                    cells.append(("?", c))
            got.append(("row", cells))
        else:
            got.append(("?", ln))
    cmp_rows(P, f, got, want)


def check_beeline(P, f, projs):
    rows, w = sheet(projs)
    lines = open(f, encoding="utf-8").read().split("\n")
    if lines[-1] != "":
        P.add(f, "no final newline")
    lines = lines[:-1]
    if lines[0] != "|".join("ods_jxmb.c%d" % (i + 1) for i in range(w)):
        P.add(f, "header line")
    got = [[None if c == "NULL" else c for c in ln.split("|")] for ln in lines[1:]]
    cmp_rows(P, f, got, rows)


def check_clickhouse(P, f, projs):
    rows, w = sheet(projs)
    raw = open(f, "rb").read()
    if b"\r" in raw:
        P.add(f, "CR in file")
    lines = raw.decode("utf-8").split("\n")
    if lines[-1] != "":
        P.add(f, "no final newline")
    lines = lines[:-1]
    if lines[0] != "\t".join(["rn"] + ["c%d" % (i + 1) for i in range(w)]):
        P.add(f, "names line")
    if lines[1] != "\t".join(["UInt32"] + ["Nullable(String)"] * w):
        P.add(f, "types line")
    got = []
    for n, ln in enumerate(lines[2:], 1):
        cells = ln.split("\t")
        if cells[0] != str(n):
            P.add(f, "row %d: rn %r" % (n, cells[0]))
        got.append([None if c == "\\N" else c for c in cells[1:]])
    cmp_rows(P, f, got, rows)


def check_csv(P, f, projs):
    rows, w = sheet(projs)
    raw = open(f, "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        P.add(f, "no BOM")
    text = raw[3:].decode("utf-8")
    if not text.endswith("\r\r\n"):
        P.add(f, "last row end not \\r\\r\\n")
    recs = text.split("\r\r\n")[:-1]
    if any("\n" in r or "\r" in r for r in recs):
        P.add(f, "a stray line end inside a row")
    got = [next(csv.reader(io.StringIO(r))) if r else [""] for r in recs]
    cmp_rows(P, f, got, [["" if c is None else c for c in r] for r in rows])


def lines_expected(projs, dropped):
    out = []
    for p in projs:
        out.append(p["title"])
        for r in p["hdr"]:
            out += [c or "" for c in r]
        out.append("")
        out += p["cols"]
        for r in p["grid"]:
            out += [c or "" for c in r]
        out.append("")
    return [x for x in out if x] if dropped else out


def check_lines(P, f, projs, dropped):
    raw = open(f, "rb").read()
    if not raw.startswith(b"\xff\xfe"):
        P.add(f, "no UTF-16LE BOM")
    try:
        text = raw[2:].decode("utf-16-le")
    except UnicodeDecodeError:
        P.add(f, "not UTF-16LE")
        return
    if not text.endswith("\r\n") or re.search(r"(?<!\r)\n|\r(?!\n)", text):
        P.add(f, "line ends not CRLF")
    got = text.split("\r\n")[:-1]
    cmp_rows(P, f, got, lines_expected(projs, dropped))


def check_flat(P, f, projs):
    want = []
    for p in projs:
        want.append(p["title"])
        for r in p["hdr"]:
            if len(r) == 4:
                want += [r[0] + r[1], r[2] + r[3]]
            elif len(r) == 3:
                want += ([r[0]] if r[0] else []) + [r[1] + r[2]]
            else:
                want.append(r[0] + r[1])
        want.append("".join(p["cols"]))
        labs = [j for j, c in enumerate(p["cols"]) if c in (L1, L2)]
        for r in p["grid"]:
            want += [r[j] for j in labs if r[j]]
            want.append("".join(c for j, c in enumerate(r) if j not in labs and c))
    got = open(f, encoding="utf-8").read().split("\n")
    if got[-1] != "":
        P.add(f, "no final newline")
    cmp_rows(P, f, got[:-1], want)


def check_oneline(P, f, projs):
    lines = open(f, encoding="utf-8").read().split("\n")
    if lines[-1] != "" or len(lines) - 1 != len(projs):
        P.add(f, "%d lines for %d projects" % (len(lines) - 1, len(projs)))
    for n, (ln, p) in enumerate(zip(lines, projs), 1):
        if not ln.startswith(p["title"] + " ["):
            P.add(f, "line %d: title" % n)
            continue
        try:
            rows = ast.literal_eval(ln[len(p["title"]) + 1 :])
        except (ValueError, SyntaxError):
            P.add(f, "line %d: not a Python literal" % n)
            continue
        cmp_rows(
            P,
            "%s line %d" % (f, n),
            rows,
            [list(r) for r in p["hdr"]] + [list(p["cols"])] + [list(r) for r in p["grid"]],
        )


def runs(grid, j):
    out, s = [], None
    for i, r in enumerate(grid):
        if r[j] is not M:
            if s is not None:
                out.append((s, i))
            s = i
    if s is not None:
        out.append((s, len(grid)))
    return out


def check_xlsx(P, f, projs):
    wb = openpyxl.load_workbook(f)
    if wb.sheetnames != ["项目绩效目标申报", "下拉选项"] or wb["下拉选项"].sheet_state != "hidden":
        P.add(f, "sheets %r" % wb.sheetnames)
        return
    ws = wb["项目绩效目标申报"]
    W = max(max(len(p["cols"]) + 1 for p in projs), 6)
    H = W // 2
    cells, merges, r = {}, set(), 1

    def rng(r1, c1, r2, c2):
        return "%s%d:%s%d" % (openpyxl.utils.get_column_letter(c1), r1, openpyxl.utils.get_column_letter(c2), r2)

    for n, p in enumerate(projs):
        if n:
            r += 1
        cells[(r, 1)] = p["title"]
        merges.add(rng(r, 1, r, W))
        r += 1
        ms = None
        for h in p["hdr"]:
            if len(h) == 3:
                if h[0]:
                    cells[(r, 1)] = h[0]
                    ms = r
                cells[(r, 2)], cells[(r, 3)] = h[1], h[2]
                merges.add(rng(r, 3, r, W))
            else:
                if ms is not None and r - 1 > ms:
                    merges.add(rng(ms, 1, r - 1, 1))
                ms = None
                if len(h) == 4:
                    cells[(r, 1)], cells[(r, 2)], cells[(r, H + 1)], cells[(r, H + 2)] = h
                    merges.add(rng(r, 2, r, H))
                    merges.add(rng(r, H + 2, r, W))
                else:
                    cells[(r, 1)], cells[(r, 2)] = h
                    merges.add(rng(r, 2, r, W))
            r += 1
        ni = next(j for j, c in enumerate(p["cols"]) if c in NAMES)
        sc = lambda j: j + 1 if j <= ni else j + 2  # noqa: E731
        for j, c in enumerate(p["cols"]):
            cells[(r, sc(j))] = c
        merges.add(rng(r, ni + 1, r, ni + 2))
        r += 1
        g0 = r
        for row in p["grid"]:
            for j, c in enumerate(row):
                if c:
                    cells[(r, sc(j))] = c
            merges.add(rng(r, ni + 1, r, ni + 2))
            r += 1
        for lab in (L1, L2):
            if lab in p["cols"]:
                j = p["cols"].index(lab)
                for s, e in runs(p["grid"], j):
                    if e - s >= 2:
                        merges.add(rng(g0 + s, sc(j), g0 + e - 1, sc(j)))
    got = {(c.row, c.column): c.value for row in ws.iter_rows() for c in row if c.value not in (None, "")}
    for k in sorted(set(got) | set(cells)):
        if got.get(k) != cells.get(k):
            P.add(f, "cell %s: %r != %r" % (k, got.get(k), cells.get(k)))
    gm = {str(m) for m in ws.merged_cells.ranges}
    for m in sorted(gm ^ merges):
        P.add(f, "merge %s %s" % (m, "extra" if m in gm else "missing"))
    want_dv = {"=下拉选项!$C$2:$C$3"}
    if any(L1 in p["cols"] for p in projs):
        want_dv |= {"=下拉选项!$A$2:$A$5", "=下拉选项!$B$2:$B$13"}
    got_dv = {
        dv.formula1 if dv.formula1.startswith("=") else "=" + dv.formula1 for dv in ws.data_validations.dataValidation
    }
    if got_dv != want_dv:
        P.add(f, "data validations %r" % got_dv)


# ------------------------------------------------------------------ aligned (pdftotext -layout imitation)
def w(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def dslice(line, a, b):
    """The characters of line whose display column starts in [a, b)."""
    out, col = "", 0
    for ch in line:
        if a <= col < b:
            out += ch
        col += w(ch)
    return out


def nows(s):
    return re.sub(r"\s+", "", s)


MARGIN, KEYW, VX = 7, 16, 18


def check_aligned(P, f, doc, projs):
    wide = doc["variant"] in ("coded", "self_evaluation")
    tw, body = (150, 30) if wide else (112, 56)
    text = open(f, encoding="utf-8").read()
    if not text.endswith("\f"):
        P.add(f, "no final form feed")
    pages = text.split("\f")[:-1]
    lines = []
    for n, pg in enumerate(pages, 1):
        pl = pg.split("\n")
        if pl[-1] != "":
            P.add(f, "page %d does not end with a newline" % n)
        pl = pl[:-1]
        if len(pl) != body + 2:
            P.add(f, "page %d: %d lines" % (n, len(pl)))
        num = "— %d —" % n
        foot = " " * (MARGIN + tw - 2 - w(num)) + num if n % 2 else " " * (MARGIN + 2) + num
        if pl[-1] != foot or pl[-2] != "":
            P.add(f, "page %d: foot %r" % (n, pl[-1]))
        pl = pl[:-2]
        if n == 1:
            if pl[:2] != [" " * MARGIN + "附件2", ""]:
                P.add(f, "page 1 head")
            pl = pl[2:]
        lines += [(n, k, ln) for k, ln in enumerate(pl)]
    i = 0
    half = tw // 2
    for p in projs:
        while i < len(lines) and lines[i][2].strip() != p["title"]:
            if lines[i][2].strip():
                P.add(f, "stray line %r" % lines[i][2][:40])
            i += 1
        if i == len(lines):
            P.add(f, "title of %s not found" % p["hdr"][0][1])
            return
        i += 1
        # header block: key slots and the rest, in line order
        keys, rest = [], ""
        want_keys, want_rest = [], ""
        for h in p["hdr"]:
            if len(h) == 4:
                want_keys += [h[0], h[2]]
                want_rest += h[1] + h[3]
            elif len(h) == 3:
                want_keys += [h[0]] if h[0] else []
                want_rest += h[1] + h[2]
            else:
                want_keys.append(h[0])
                want_rest += h[1]
        ghdr_first = None
        while i < len(lines):
            ln = lines[i][2]
            k1 = nows(dslice(ln, MARGIN, MARGIN + KEYW))
            if len(keys) >= len(want_keys) and k1:
                ghdr_first = i  # the grid header: the first line after the keys with text in the key slot
                break
            k2 = nows(dslice(ln, MARGIN + half, MARGIN + half + KEYW))
            pair = bool(k2) and k2 in [nows(x) for x in want_keys]
            if k1:
                keys.append(k1)
            if pair:
                keys.append(k2)
                rest += nows(dslice(ln, MARGIN + VX, MARGIN + half)) + nows(dslice(ln, MARGIN + half + VX, 10**6))
            else:
                rest += nows(dslice(ln, MARGIN + VX, 10**6))
            i += 1
        if keys != [nows(k) for k in want_keys]:
            P.add(f, "header keys %r" % keys)
        if rest != nows(want_rest):
            P.add(f, "header values of %s differ" % p["hdr"][0][1][:20])
        if ghdr_first is None:
            P.add(f, "grid header not found")
            return
        # grid header lines: as many as it takes to hold all the names; column starts from the names' first pieces
        cols = p["cols"]
        hl = [lines[i][2]]
        same = lambda a, b: sorted(nows(a)) == sorted(nows(b))  # noqa: E731  (wrapped names interleave)
        while not same("".join(hl), "".join(cols)) and i + len(hl) < len(lines) and len(hl) < 4:
            hl.append(lines[i + len(hl)][2])
        if not same("".join(hl), "".join(cols)):
            P.add(f, "grid header lines %r" % hl)
            return
        pieces = []
        for ln in hl:
            col = 0
            for m in re.finditer(r"\S+(?: \S+)*", ln):
                pieces.append((w(ln[: m.start()]), m.group()))
        starts, pos = [], 0
        for c in cols:
            cand = sorted(x for x, t in pieces if x >= pos and nows(c).startswith(t))
            if not cand:
                P.add(f, "column %s not located" % c)
                return
            starts.append(cand[0])
            pos = cand[0] + 1
        i += len(hl)
        ends = starts[1:] + [10**6]
        got = [""] * len(cols)
        hdr_rep = [x for x in hl]
        while i < len(lines):
            n, k, ln = lines[i]
            if ln.strip() in [q["title"] for q in projs]:
                break
            if (
                ln == hdr_rep[0]
                and lines[i : i + len(hdr_rep)]
                and [x[2] for x in lines[i : i + len(hdr_rep)]] == hdr_rep
            ):
                if k != 0:
                    P.add(f, "grid header repeated inside page %d" % n)
                i += len(hdr_rep)
                continue
            for j in range(len(cols)):
                got[j] += nows(dslice(ln, starts[j], ends[j]))
            i += 1
        for j, c in enumerate(cols):
            want = nows("".join(r[j] or "" for r in p["grid"]))
            if got[j] != want:
                P.add(f, "column %s of %s: %r... != %r..." % (c, p["hdr"][0][1][:16], got[j][:30], want[:30]))


def main():
    bad = 0
    for path in sorted(glob.glob(os.path.join(ROOT, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        doc = json.load(open(path, encoding="utf-8"))
        projs = expected(doc)
        base = os.path.join(ROOT, "docs", doc_id)
        checks = [
            (".pipe.txt", lambda P, f: check_pipe(P, f, projs)),
            (".pipe_bare.txt", lambda P, f: check_beeline(P, f, projs)),
            (".tab.tsv", lambda P, f: check_clickhouse(P, f, projs)),
            (".csv", lambda P, f: check_csv(P, f, projs)),
            (".lines.txt", lambda P, f: check_lines(P, f, projs, False)),
            (".lines_dropped.txt", lambda P, f: check_lines(P, f, projs, True)),
            (".aligned_top.txt", lambda P, f: check_aligned(P, f, doc, projs)),
            (".aligned_centered.txt", lambda P, f: check_aligned(P, f, doc, projs)),
            (".flat.txt", lambda P, f: check_flat(P, f, projs)),
            (".oneline.txt", lambda P, f: check_oneline(P, f, projs)),
            (".xlsx", lambda P, f: check_xlsx(P, f, projs)),
        ]
        for ext, fn in checks:
            P = Problems()
            f = base + ext
            if not os.path.exists(f):
                P.add(f, "missing")
            else:
                try:
                    fn(P, f)
                except Exception as e:  # a damaged file may not even parse
                    P.add(f, "check failed: %r" % e)
            if P:
                bad += 1
                print("FAIL %s%s (%d problems)" % (doc_id, ext, len(P)))
                for x in P[:4]:
                    print("   ", os.path.relpath(x, ROOT) if x.startswith(ROOT) else x)
    if bad:
        print("%d files FAILED" % bad)
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
