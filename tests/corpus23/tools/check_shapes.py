"""Check that every rendering in docs/ holds every cell of data/ (own code; imports nothing from render23.py).

Expected rows are rebuilt here from data/<doc>.json by the rules README.md states for each shape.
Usage: python tools/check_shapes.py /work/blind23      (exit 1 and a list of problems if anything differs)
"""

import json
import os
import re
import sys
import unicodedata

import openpyxl

ROOT = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
GOAL_KEYS = {"实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况"}
MONEY_KEY = "项目资金（万元）"
MERGED = object()  # stands for a merged continuation cell (NULL in the database shapes)
PROBLEMS = []


def bad(doc, shape, msg):
    PROBLEMS.append("%s %s: %s" % (doc, shape, msg))


# ------------------------------------------------------------------ the expected sheet, rebuilt from data/
def project_sheet(p):
    """-> (header rows as lists of cells, grid rows with MERGED, label column indices)."""
    hdr, items, i = [], p["header"], 0
    while i < len(items):
        key, val = items[i]
        follow = items[i + 1][0] if i + 1 < len(items) else ""
        if key == "主管部门" and follow == "实施单位" or key == "项目属性" and follow == "项目期":
            hdr.append([key, val, follow, items[i + 1][1]])
            i += 2
            continue
        if key == MONEY_KEY:
            i += 1
            n = 0
            while i < len(items) and items[i][0] not in GOAL_KEYS:
                hdr.append([MONEY_KEY if n == 0 else MERGED, items[i][0], items[i][1]])
                n += 1
                i += 1
            continue
        hdr.append([key, val])
        i += 1
    cols = p["columns"]
    labels = [cols.index(c) for c in ("一级指标", "二级指标") if c in cols]
    grid = []
    for n, row in enumerate(p["rows"]):
        row = list(row)
        if n > 0 and len(labels) == 2:
            first_open = row[labels[0]] != ""
            if not first_open:
                row[labels[0]] = MERGED
                if row[labels[1]] == "":
                    row[labels[1]] = MERGED
        grid.append(row)
    return hdr, grid, labels


def spans(grid, j):
    out = []
    for n, row in enumerate(grid):
        if row[j] is MERGED:
            out[-1] = (out[-1][0], n)
        else:
            out.append((n, n))
    return out


def doc_rows(doc):
    """All rows of the document's sheet (title, header rows, grid header, grid), a [] row between projects."""
    rows = []
    for k, p in enumerate(doc["projects"]):
        hdr, grid, _ = project_sheet(p)
        if k:
            rows.append([])
        rows += [[doc["title"]]] + hdr + [list(p["columns"])] + grid
    return rows


def padded(rows):
    w = max(len(r) for r in rows)
    return [r + [MERGED] * (w - len(r)) for r in rows], w


# ------------------------------------------------------------------ pipe: Vimwiki
def vim_cells(line):
    assert line.startswith("|") and line.endswith("|"), line
    return [c.strip() for c in line[1:-1].split("|")]


def disp(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def check_pipe(doc_id, doc, text):
    lines = text.split("\n")
    if lines[-1] != "":
        bad(doc_id, "pipe", "no final newline")
    lines = lines[:-1]
    want = []
    for k, p in enumerate(doc["projects"]):
        hdr, grid, _ = project_sheet(p)
        if k:
            want.append(("blank",))
        want += [("head", doc["title"]), ("blank",)]
        w = max(len(r) for r in hdr)
        want += [("row", [("\\/" if c is MERGED else c) for c in r] + [""] * (w - len(r)), "h%d" % k) for r in hdr]
        want.append(("blank",))
        want.append(("row", list(p["columns"]), "g%d" % k))
        want.append(("rule", "g%d" % k))
        want += [("row", ["\\/" if c is MERGED else c for c in r], "g%d" % k) for r in grid]
    if len(lines) != len(want):
        bad(doc_id, "pipe", "%d lines, want %d" % (len(lines), len(want)))
    widths = {}
    for n, (line, w) in enumerate(zip(lines, want)):
        if w[0] == "blank":
            if line != "":
                bad(doc_id, "pipe", "line %d should be empty: %r" % (n + 1, line[:40]))
        elif w[0] == "head":
            if line != "= %s =" % w[1]:
                bad(doc_id, "pipe", "line %d heading %r" % (n + 1, line[:40]))
        elif w[0] == "rule":
            if not re.fullmatch(r"\|(-+\|)+", line):
                bad(doc_id, "pipe", "line %d not a |---| rule" % (n + 1))
            widths.setdefault(w[1], set()).add(disp(line))
        else:
            try:
                got = vim_cells(line)
            except AssertionError:
                bad(doc_id, "pipe", "line %d not a table row" % (n + 1))
                continue
            if got != w[1]:
                bad(doc_id, "pipe", "line %d cells %s != %s" % (n + 1, got[:6], w[1][:6]))
            widths.setdefault(w[2], set()).add(disp(line))
    for t, s in widths.items():
        if len(s) != 1:
            bad(doc_id, "pipe", "table %s: rows of different display widths %s" % (t, sorted(s)))


# ------------------------------------------------------------------ pipe_bare: BTEQ report export
def check_bteq(doc_id, doc, text):
    rows, w = padded(doc_rows(doc))
    lines = text.split("\n")
    if lines[-1] != "":
        bad(doc_id, "pipe_bare", "no final newline")
    lines = lines[:-1]
    if len(lines) != len(rows) + 2:
        bad(doc_id, "pipe_bare", "%d lines, want %d" % (len(lines), len(rows) + 2))
    names = [f.rstrip() for f in lines[0].split("|")]
    if names != ["c%d" % (j + 1) for j in range(w)]:
        bad(doc_id, "pipe_bare", "column titles %s" % names[:4])
    dashes = lines[1].split("|")
    if not all(re.fullmatch("-+", d) for d in dashes) or len(dashes) != w:
        bad(doc_id, "pipe_bare", "title dashes")
    widths = [len(d) for d in dashes]
    for n, (line, row) in enumerate(zip(lines[2:], rows)):
        fields = line.split("|")
        if len(fields) != w:
            bad(doc_id, "pipe_bare", "row %d has %d fields" % (n + 1, len(fields)))
            continue
        for j, (f, c) in enumerate(zip(fields, row)):
            if j < w - 1 and len(f) != widths[j]:
                bad(doc_id, "pipe_bare", "row %d field %d not padded to %d" % (n + 1, j + 1, widths[j]))
            v = f.rstrip()
            got = MERGED if v == "?" else v
            if got is not c and got != c:
                bad(doc_id, "pipe_bare", "row %d field %d %r != %r" % (n + 1, j + 1, v, "?" if c is MERGED else c))


# ------------------------------------------------------------------ tab: bcp queryout -c
def check_bcp(doc_id, doc, raw):
    rows, w = padded(doc_rows(doc))
    text = raw.decode("utf-8")
    if not text.endswith("\r\n"):
        bad(doc_id, "tab", "no final CRLF")
    lines = text[:-2].split("\r\n")
    if len(lines) != len(rows):
        bad(doc_id, "tab", "%d lines, want %d" % (len(lines), len(rows)))
    for n, (line, row) in enumerate(zip(lines, rows)):
        fields = line.split("\t")
        want = ["" if c is MERGED else ("\x00" if c == "" else c) for c in row]
        if fields != want:
            bad(doc_id, "tab", "line %d: %s != %s" % (n + 1, fields[:5], want[:5]))


# ------------------------------------------------------------------ csv: sqlite3 .mode quote
def quote_fields(line):
    out, i = [], 0
    while i <= len(line):
        if line.startswith("NULL", i):
            out.append(MERGED)
            i += 4
        elif i < len(line) and line[i] == "'":
            j, s = i + 1, ""
            while True:
                k = line.index("'", j)
                s += line[j:k]
                if line[k + 1 : k + 2] == "'":
                    s += "'"
                    j = k + 2
                    continue
                i = k + 1
                break
            out.append(s)
        else:
            raise ValueError("bad field at %d" % i)
        if i == len(line):
            break
        if line[i] != ",":
            raise ValueError("no comma at %d" % i)
        i += 1
    return out


def check_quote(doc_id, doc, text):
    rows, w = padded(doc_rows(doc))
    lines = text.split("\n")
    if lines[-1] != "":
        bad(doc_id, "csv", "no final newline")
    lines = lines[:-1]
    if len(lines) != len(rows) + 1:
        bad(doc_id, "csv", "%d lines, want %d" % (len(lines), len(rows) + 1))
    want = [["c%d" % (j + 1) for j in range(w)]] + rows
    for n, (line, row) in enumerate(zip(lines, want)):
        try:
            got = quote_fields(line)
        except (ValueError, IndexError) as e:
            bad(doc_id, "csv", "line %d unreadable (%s)" % (n + 1, e))
            continue
        if len(got) != len(row) or any(not (g is c or g == c) for g, c in zip(got, row)):
            bad(doc_id, "csv", "line %d differs" % (n + 1))


# ------------------------------------------------------------------ lines: WPS 纯文本 (GB18030, CRLF)
def want_lines(doc, drop):
    out = []
    for k, p in enumerate(doc["projects"]):
        hdr, grid, _ = project_sheet(p)
        for row in [[doc["title"]]] + hdr + [list(p["columns"])] + grid:
            for c in row:
                c = "" if c is MERGED else c
                if not (drop and c == ""):
                    out.append(c)
        if not drop:
            out.append("")
    return out


def check_lines(doc_id, doc, raw, drop):
    shape = "lines_dropped" if drop else "lines"
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        bad(doc_id, shape, "not GB18030")
        return
    if raw.startswith(b"\xef\xbb\xbf") or "\n" in text.replace("\r\n", ""):
        bad(doc_id, shape, "BOM or a bare LF")
    if not text.endswith("\r\n"):
        bad(doc_id, shape, "no final CRLF")
    got = text[:-2].split("\r\n")
    want = want_lines(doc, drop)
    if got != want:
        n = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
        bad(
            doc_id,
            shape,
            "line %d: %r != %r (%d/%d lines)" % (n + 1, (got + [None])[n], (want + [None])[n], len(got), len(want)),
        )


# ------------------------------------------------------------------ flat: content-stream copy
def want_flat(doc):
    out = []
    for p in doc["projects"]:
        hdr, grid, labels = project_sheet(p)
        out.append(doc["title"])
        for row in hdr:
            if len(row) == 3:  # a money row: the merged key is painted after the first money row
                out.append(row[1] + row[2] + (row[0] if row[0] is not MERGED else ""))
            else:
                out.append("".join(row))
        out.append("".join(p["columns"]))
        after = {}
        for j in labels:
            for a, b in spans(grid, j):
                if b > a:
                    after.setdefault(a, []).append(j)
        for n, row in enumerate(grid):
            late = after.get(n, [])
            out.append(
                "".join(c for j, c in enumerate(row) if c is not MERGED and j not in late)
                + "".join(row[j] for j in late)
            )
    return out


def check_flat(doc_id, doc, text):
    got = text.split("\n")
    if got[-1] != "":
        bad(doc_id, "flat", "no final newline")
    got = got[:-1]
    want = want_flat(doc)
    for n in range(max(len(got), len(want))):
        a = got[n] if n < len(got) else None
        b = want[n] if n < len(want) else None
        if a != b:
            bad(doc_id, "flat", "line %d: %r != %r" % (n + 1, a, b))


# ------------------------------------------------------------------ oneline: JSON Lines
def check_jsonl(doc_id, doc, text):
    lines = text.split("\n")
    if lines[-1] != "" or len(lines) - 1 != len(doc["projects"]):
        bad(doc_id, "oneline", "want one line per project and a final newline")
    for n, (line, p) in enumerate(zip(lines, doc["projects"])):
        try:
            rec = json.loads(line)
        except ValueError:
            bad(doc_id, "oneline", "line %d is not JSON" % (n + 1))
            continue
        want = [("文件标题", doc["title"])] + [tuple(kv) for kv in p["header"]]
        rows, fill = [], {}
        for row in p["rows"]:
            cells = []
            for j, c in enumerate(row):
                label_col = p["columns"][j] in ("一级指标", "二级指标")
                if label_col and c == "" and fill.get(j) is not None:
                    c = fill[j]  # a rowspan label expanded
                fill[j] = c
                cells.append((p["columns"][j], c))
            rows.append(cells)
        got = list(rec.items())
        if got[:-1] != want:
            bad(doc_id, "oneline", "line %d header fields differ" % (n + 1))
        if got[-1][0] != "绩效指标" or [list(r.items()) for r in got[-1][1]] != rows:
            bad(doc_id, "oneline", "line %d 绩效指标 differs" % (n + 1))


# ------------------------------------------------------------------ xlsx
def check_xlsx(doc_id, doc, path):
    wb = openpyxl.load_workbook(path)
    if wb.sheetnames != ["导出数据"]:
        bad(doc_id, "xlsx", "sheets %s" % wb.sheetnames)
        return
    ws = wb["导出数据"]
    width = max(len(p["columns"]) for p in doc["projects"])
    want_cells, want_merges, r = {}, set(), 1
    for k, p in enumerate(doc["projects"]):
        hdr, grid, labels = project_sheet(p)
        if k:
            r += 1
        texts = [doc["title"]]
        money = [row for row in hdr if len(row) == 3]
        for row in hdr:
            if len(row) == 4:
                texts.append("%s：%s　　%s：%s" % tuple(row))
            elif len(row) == 3:
                if row[0] is not MERGED:
                    texts.append(MONEY_KEY + "：" + "；".join("%s %s" % (m[1], m[2]) for m in money))
            else:
                texts.append("%s：%s" % tuple(row))
        for t in texts:
            want_cells[(r, 1)] = t
            want_merges.add("A%d:%s%d" % (r, openpyxl.utils.get_column_letter(width), r))
            r += 1
        for j, c in enumerate(p["columns"]):
            want_cells[(r, j + 1)] = c
        r += 1
        for n, row in enumerate(grid):
            for j, c in enumerate(row):
                if c is not MERGED and c != "":
                    want_cells[(r + n, j + 1)] = c
        for j in labels:
            for a, b in spans(grid, j):
                if b > a:
                    L = openpyxl.utils.get_column_letter(j + 1)
                    want_merges.add("%s%d:%s%d" % (L, r + a, L, r + b))
        r += len(grid)
    got_cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                got_cells[(c.row, c.column)] = c.value
    for key in sorted(set(want_cells) | set(got_cells)):
        if want_cells.get(key) != got_cells.get(key):
            bad(doc_id, "xlsx", "cell %s: %r != %r" % (key, got_cells.get(key), want_cells.get(key)))
    got_merges = {str(m) for m in ws.merged_cells.ranges}
    if got_merges != want_merges:
        bad(
            doc_id,
            "xlsx",
            "merges differ: extra %s missing %s"
            % (sorted(got_merges - want_merges)[:3], sorted(want_merges - got_merges)[:3]),
        )


# ------------------------------------------------------------------ aligned: Chrome print through pdftotext -layout
MARGIN, KEYSLOT, PAGE = 5, 25, 60


def cells_of(line):
    out = []
    for ch in line:
        out.append(ch)
        if disp(ch) == 2:
            out.append("")
    return out


def slice_disp(line, a, b=None):
    c = cells_of(line)
    return "".join(c[a:b] if b is not None else c[a:])


def nows(s):
    return re.sub(r"\s+", "", s)


def check_aligned(doc_id, doc, text, shape):
    if not text.endswith("\n\f"):
        bad(doc_id, shape, "does not end with a form feed")
        return
    pages = text[:-2].split("\n\f")
    n = len(pages)
    body = []  # (line, first line of a page body)
    for k, page in enumerate(pages):
        lines = page.split("\n")
        if len(lines) != PAGE:
            bad(doc_id, shape, "page %d has %d lines" % (k + 1, len(lines)))
        if not lines[0].startswith("2025/3/14 10:26") or doc["title"] + "_示例市某某区人民政府门户网站" not in lines[0]:
            bad(doc_id, shape, "page %d: running head %r" % (k + 1, lines[0][:30]))
        foot = lines[-1]
        if not foot.startswith("http://www.example.gov.cn/") or not foot.endswith(" %d/%d" % (k + 1, n)):
            bad(doc_id, shape, "page %d: foot %r" % (k + 1, foot[-20:]))
        if lines[1] != "" or lines[-2] != "":
            bad(doc_id, shape, "page %d: no blank line beside head or foot" % (k + 1))
        b = lines[2:-2]
        while b and b[-1] == "":
            b.pop()
        body += [(line, i == 0) for i, line in enumerate(b)]
    pos = 0
    for k, p in enumerate(doc["projects"]):
        while pos < len(body) and body[pos][0] == "":
            pos += 1
        if pos >= len(body) or body[pos][0].strip() != doc["title"]:
            bad(doc_id, shape, "project %d: no title line" % (k + 1))
            return
        pos += 1
        if body[pos][0] != "":
            bad(doc_id, shape, "project %d: no blank line under the title" % (k + 1))
        pos += 1
        head_words = list(p["columns"])
        region = []
        while pos < len(body) and body[pos][0].split() != head_words:
            region.append(body[pos][0])
            pos += 1
        if pos >= len(body):
            bad(doc_id, shape, "project %d: no grid header" % (k + 1))
            return
        # header block: the key slot and the rest
        keys = "".join(nows(slice_disp(l, MARGIN, MARGIN + KEYSLOT)) for l in region)
        rest = "".join(nows(slice_disp(l, MARGIN + KEYSLOT)) for l in region)
        items, want_k, want_r, money = p["header"], "", "", False
        for key, val in items:
            if key == MONEY_KEY:
                money = True
                want_k += key
                continue
            if key in GOAL_KEYS:
                money = False
            if money:
                want_r += key + val
            else:
                want_k += key
                want_r += val
        if keys != nows(want_k):
            bad(doc_id, shape, "project %d: header keys differ" % (k + 1))
        if rest != nows(want_r):
            bad(doc_id, shape, "project %d: header values differ" % (k + 1))
        head = body[pos][0]
        starts, idx = [], 0
        for name in head_words:  # display column of each header name
            i = head.find(name, idx)
            starts.append(disp(head[:i]))
            idx = i + len(name)
        pos += 1
        hdr, grid, _ = project_sheet(p)
        got = [""] * len(head_words)
        nxt_title = doc["title"]
        while pos < len(body) and body[pos][0] != "" and body[pos][0].strip() != nxt_title:
            line, first = body[pos]
            if line == head:
                if not first:
                    bad(doc_id, shape, "project %d: grid header repeated inside a page" % (k + 1))
                pos += 1
                continue
            for j in range(len(head_words)):
                b = starts[j + 1] if j + 1 < len(starts) else None
                got[j] += nows(slice_disp(line, starts[j], b))
            pos += 1
        for j, name in enumerate(head_words):
            want = nows("".join("" if r[j] is MERGED else r[j] for r in grid))
            if got[j] != want:
                bad(doc_id, shape, "project %d column %s: %r != %r" % (k + 1, name, got[j][:40], want[:40]))
    if any(line.strip() for line, _ in body[pos:]):
        bad(doc_id, shape, "text after the last grid")


# ------------------------------------------------------------------ main
def main():
    data = os.path.join(ROOT, "data")
    docs = os.path.join(ROOT, "docs")
    ids = sorted(f[:-5] for f in os.listdir(data) if f.endswith(".json"))
    for doc_id in ids:
        with open(os.path.join(data, doc_id + ".json"), encoding="utf-8") as f:
            doc = json.load(f)
        base = os.path.join(docs, doc_id)

        def read(ext, binary=False):
            with open(base + ext, "rb") as f:
                b = f.read()
            return b if binary else b.decode("utf-8")

        check_pipe(doc_id, doc, read(".pipe.txt"))
        check_bteq(doc_id, doc, read(".pipe_bare.txt"))
        check_bcp(doc_id, doc, read(".tab.tsv", True))
        check_quote(doc_id, doc, read(".csv"))
        check_lines(doc_id, doc, read(".lines.txt", True), False)
        check_lines(doc_id, doc, read(".lines_dropped.txt", True), True)
        check_flat(doc_id, doc, read(".flat.txt"))
        check_jsonl(doc_id, doc, read(".oneline.txt"))
        check_xlsx(doc_id, doc, base + ".xlsx")
        check_aligned(doc_id, doc, read(".aligned_top.txt"), "aligned_top")
        check_aligned(doc_id, doc, read(".aligned_centered.txt"), "aligned_centered")
    shown = {}
    for p in PROBLEMS:
        key = p.split(":")[0]
        shown[key] = shown.get(key, 0) + 1
        if shown[key] <= 4:
            print(p)
        elif shown[key] == 5:
            print("%s: … (more of this file below the first four)" % key)
    print("%d documents × 11 files: %s" % (len(ids), "ALL OK" if not PROBLEMS else "%d PROBLEMS" % len(PROBLEMS)))
    sys.exit(1 if PROBLEMS else 0)


if __name__ == "__main__":
    main()
