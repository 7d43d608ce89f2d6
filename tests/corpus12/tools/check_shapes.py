"""Cell-survival check for the ten text shapes and the XLSX of blind12.

python tools/check_shapes.py [CORPUS_DIR]      exit code 1 when any damage is found.

The print layout (which rows the header block has) is taken from render12.logical(); every shape is then READ BACK
with a reader of its own kind and compared with those rows cell for cell.  layout_ok() first checks that the
logical rows hold every cell of data/<doc>.json in order (title, header keys and values, grid header, grid cells).
"""

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
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render12 as R  # noqa: E402

DOCS = os.path.join(HERE, "docs")


def data_cells(doc):
    out = []
    for p in doc["projects"]:
        out.append(doc["title"])
        for k, v in p["header"]:
            out += [k, v] if k != "项目资金（万元）" else [k]
        out += p["columns"]
        for r in p["rows"]:
            out += r
    return [c for c in out if c]


def layout_ok(doc):
    """Grid cells strictly in order; each header item as key then value (my header layout prints 项目期 on the
    name row and 项目属性 beside 主管部门, so header items are checked pair by pair, each exactly once)."""
    rows = R.logical(doc)
    stream = [c for r in rows for c in r if c]
    i, pos = 0, 0
    for p in doc["projects"]:
        for c in [doc["title"]] + p["columns"] + [c for r in p["rows"] for c in r if c]:
            if c in ("项目名称",):
                continue
            while i < len(stream):
                k = stream[i].find(c, pos)
                if k >= 0:
                    pos = k + len(c)
                    break
                i, pos = i + 1, 0
            else:
                return "layout loses %r" % c
    text = "\x00".join("\x01".join(r) for r in rows)
    for p in doc["projects"]:
        for k, v in p["header"]:
            if k == "项目资金（万元）":
                continue
            pair = [k + "\x00" + v, k + "\x01" + v, k + "：" + v]
            if sum(text.count(x) for x in pair) < 1:
                return "layout loses the header item %r" % k
    return None


def read(path, enc="utf-8", newline=None):
    with open(path, encoding=enc, newline=newline) as f:
        return f.read()


def cmp_rows(got, want, label):
    for n, (g, w) in enumerate(zip(got, want)):
        if g != w:
            return "%s: row %d differs: %r != %r" % (label, n + 1, g[:8], w[:8])
    if len(got) != len(want):
        return "%s: %d rows read, %d expected" % (label, len(got), len(want))
    return None


def padded(rows, n):
    return [list(r) + [""] * (n - len(r)) for r in rows]


# ------------------------------------------------------------------ readers
def check_pipe(doc, text):
    want, got = [], []
    for title, hrows, cols, grid in R.projects(doc):
        want.append(["## " + title])
        want += padded(hrows, max(len(r) for r in hrows))
        want += [list(cols)] + [list(r) for r in grid]
    for line in text.split("\n"):
        if not line or re.fullmatch(r"\|(---\|)+", line):
            continue
        if line.startswith("## "):
            got.append([line])
            continue
        if not (line.startswith("| ") and line.endswith(" |")):
            return "pipe: not a table row: %r" % line[:30]
        cells = [c[1:-1] if len(c) >= 2 else "?" for c in line[1:-1].split("|")]
        got.append([c.replace("<br>", "") for c in cells])
    return cmp_rows(got, want, "pipe")


def check_pipe_bare(doc, text):
    got = []
    for line in text.split("\n")[:-1]:
        if not line.endswith("|") or line.endswith("\\|"):
            return "pipe_bare: a line without its trailing delimiter: %r" % line[-20:]
        cells = re.split(r"(?<!\\)\|", line)[:-1]
        got.append([c.replace("\\|", "|").replace("\\\\", "\\") for c in cells])
    return cmp_rows(got, R.logical(doc), "pipe_bare")


def check_tab(doc, text):
    rows = R.logical(doc)
    n = max(len(r) for r in rows)
    got = []
    for line in text.split("\n")[:-1]:
        cells = line.split("\t")
        if len(cells) != n:
            return "tab: a row of %d fields, not %d" % (len(cells), n)
        if any(c == "" for c in cells):
            return "tab: an empty field (COPY writes \\N)"
        got.append(
            ["" if c == "\\N" else c.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\") for c in cells]
        )
    return cmp_rows(got, padded(rows, n), "tab")


def check_csv(doc, raw):
    if not raw.startswith(b"\xef\xbb\xbf"):
        return "csv: no BOM"
    text = raw[3:].decode("utf-8")
    if re.search(r"(?<!\r)\n", text):
        return "csv: a line end that is not CRLF"
    rows = R.logical(doc)
    n = max(len(r) for r in rows)
    got = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    if any(len(r) != n for r in got):
        return "csv: a row not padded to %d fields" % n
    return cmp_rows(got, padded(rows, n), "csv")


def check_lines(doc, text, drop):
    want = []
    for r in R.logical(doc):
        if len(r) == 1 and r[0] == doc["title"]:
            want.append(r[0])
        else:
            want += ["  " + c for c in r if c or not drop]
    got = text.split("\n")[:-1]
    for n, (g, w) in enumerate(zip(got, want)):
        if g != w:
            return "lines: line %d %r != %r" % (n + 1, g[:20], w[:20])
    if len(got) != len(want):
        return "lines: %d lines, %d expected" % (len(got), len(want))
    return None


def check_flat(doc, text):
    want = ["".join(r) for r in R.logical(doc, fill=True)]
    got = text.split("\n")[:-1]
    return cmp_rows([[g] for g in got], [[w] for w in want], "flat")


def check_oneline(doc, text):
    if text.count("\n") != 1 or not text.endswith("\n"):
        return "oneline: not one line"
    got = text[:-1].split("\u3000")
    want = ["".join(r) for r in R.logical(doc)]
    return cmp_rows([[g] for g in got], [[w] for w in want], "oneline")


def slice_dw(line, start, end):
    """The characters of `line` whose display position starts in [start, end)."""
    out, pos = [], 0
    for ch in line:
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if start <= pos < end:
            out.append(ch)
        pos += w
    return "".join(out)


def columns_text(lines, widths):
    starts, pos = [], R.MARGIN
    for w in widths:
        starts.append((pos, pos + w))
        pos += w + len(R.GAP)
    cols = [""] * len(widths)
    for line in lines:
        if line[: R.MARGIN].strip():
            return None, "text in the left margin: %r" % line[:20]
        # every character must fall inside a column span (nothing in the gaps)
        for k, (a, b) in enumerate(starts):
            cols[k] += slice_dw(line, a, b).strip()
        gaps = "".join(
            slice_dw(line, b, (starts[k + 1][0] if k + 1 < len(starts) else 10**6)) for k, (a, b) in enumerate(starts)
        )
        if gaps.strip():
            return None, "text between columns: %r" % gaps.strip()[:20]
    return cols, None


def check_aligned(doc, text):
    wide = doc["variant"] in R.WIDE_VARIANTS
    total, page_len = (170, 40) if wide else (120, 52)
    pages = text.split("\f")
    lines, page_start = [], set()
    for k, pg in enumerate(pages, 1):
        pl = pg.split("\n")
        if pl[-1] != "" or not re.fullmatch(r"\s*%d/%d" % (k, len(pages)), pl[-2]) or len(pl) != page_len + 3:
            return "aligned: page %d foot or length wrong" % k
        page_start.add(len(lines))
        lines += pl[:page_len]
    i = 0
    for title, hrows, cols, grid in R.projects(doc):
        while i < len(lines) and lines[i].strip() == "":
            i += 1
        if lines[i].strip() != title:
            return "aligned: title expected at line %d" % (i + 1)
        i += 2
        # header block: one row after the other, a row's lines run until the next row's first piece
        for n, r in enumerate(hrows):
            ws = [total] if len(r) == 1 else [18] + [(total - 18 - 2 * (len(r) - 1)) // (len(r) - 1)] * (len(r) - 1)
            block = [lines[i]]
            i += 1
            nxt = R.wrap(hrows[n + 1][0], 18 if len(hrows[n + 1]) > 1 else total)[0] if n + 1 < len(hrows) else None
            while lines[i].strip() and not (nxt and lines[i][R.MARGIN :].startswith(nxt)):
                block.append(lines[i])
                i += 1
            got, err = columns_text(block, ws)
            if err or [g.replace(" ", "") for g in got] != [c.replace(" ", "") for c in r]:
                return "aligned: header row %r: %s" % (r[0], err or "cells differ")
        while lines[i].strip() == "" or i in page_start and False:
            i += 1
        ws = R.col_widths(cols, total)
        hparts = [R.wrap(c, w) for c, w in zip(cols, ws)]
        head_n = max(len(p) for p in hparts)
        head = lines[i : i + head_n]
        got, err = columns_text(head, ws)
        if err or got != list(cols):
            return "aligned: grid header of %r: %s" % (hrows[0][1], err or "differs")
        i += head_n
        block = []
        while i < len(lines):
            if i in page_start:
                if lines[i : i + head_n] == head:
                    i += head_n
                    continue
                if lines[i].strip() == title:
                    break
            if lines[i].strip() == title:
                break
            block.append(lines[i])
            i += 1
        while block and not block[-1].strip():
            block.pop()
        got, err = columns_text([b for b in block if b.strip()], ws)
        if err:
            return "aligned: grid of %r: %s" % (hrows[0][1], err)
        want = ["".join(r[k] for r in grid) for k in range(len(cols))]
        for k, (g, w) in enumerate(zip(got, want)):
            if g.replace(" ", "") != w.replace(" ", ""):  # a space at a wrap point is lost, as in pdftotext
                return "aligned: column %s of %r differs" % (cols[k], hrows[0][1])
    return None


def check_xlsx(doc, path):
    from openpyxl import load_workbook

    ws = load_workbook(path).active

    def shown(v, fmt):
        if v is None:
            return ""
        if isinstance(v, bool):
            return str(v)
        if isinstance(v, int):
            return format(v, ",") if fmt == "#,##0" else str(v)
        if isinstance(v, float):
            return repr(v)
        return v

    got = []
    for row in ws.iter_rows():
        got.append([shown(c.value, c.number_format) for c in row])
    want = []
    width = max(len(p["columns"]) for p in doc["projects"])
    for title, hrows, cols, grid in R.projects(doc):
        want.append([title])
        for r in hrows:
            if len(r) <= width:
                want.append(list(r))
        want.append(list(cols))
        want += [list(r) for r in grid]
        want.append([])
    want.pop()
    got = [[c for c in r] for r in got]
    # trim trailing empty cells on both sides
    trim = lambda r: r[: max([k + 1 for k, c in enumerate(r) if c] or [0])]  # noqa: E731
    got = [trim(r) for r in got]
    want = [trim(r) for r in want]
    err = cmp_rows(got, want, "xlsx")
    if err:
        return err
    merged = {str(m) for m in ws.merged_cells.ranges}
    if not merged:
        return "xlsx: no merged cells"
    return None


def check_doc(doc_id):
    with open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8") as f:
        doc = json.load(f)
    base = os.path.join(DOCS, doc_id)
    errs = []
    e = layout_ok(doc)
    if e:
        errs.append(e)
    for c in [c for p in doc["projects"] for r in p["rows"] for c in r] + [
        v for p in doc["projects"] for k, v in p["header"]
    ]:
        for w in (10, 12, 24, 36, 48):
            if "".join(R.wrap(c, w)) != c:
                errs.append("wrap loses text of %r" % c)
                break
    checks = [
        ("pipe.txt", lambda: check_pipe(doc, read(base + ".pipe.txt"))),
        ("pipe_bare.txt", lambda: check_pipe_bare(doc, read(base + ".pipe_bare.txt", newline=""))),
        ("tab.tsv", lambda: check_tab(doc, read(base + ".tab.tsv", newline=""))),
        ("csv", lambda: check_csv(doc, open(base + ".csv", "rb").read())),
        ("lines.txt", lambda: check_lines(doc, read(base + ".lines.txt", newline=""), False)),
        ("lines_dropped.txt", lambda: check_lines(doc, read(base + ".lines_dropped.txt", newline=""), True)),
        ("aligned_top.txt", lambda: check_aligned(doc, read(base + ".aligned_top.txt", newline=""))),
        ("aligned_centered.txt", lambda: check_aligned(doc, read(base + ".aligned_centered.txt", newline=""))),
        ("flat.txt", lambda: check_flat(doc, read(base + ".flat.txt", newline=""))),
        ("oneline.txt", lambda: check_oneline(doc, read(base + ".oneline.txt", newline=""))),
        ("xlsx", lambda: check_xlsx(doc, base + ".xlsx")),
    ]
    for name, fn in checks:
        try:
            e = fn()
        except Exception as ex:  # a reader that breaks is damage too
            e = "%s: %s: %s" % (name, type(ex).__name__, ex)
        if e:
            errs.append("%s.%s: %s" % (doc_id, name, e))
    return errs


def main():
    bad = 0
    ids = sorted(n[:-5] for n in os.listdir(os.path.join(HERE, "data")) if n.endswith(".json"))
    for doc_id in ids:
        errs = check_doc(doc_id)
        print(doc_id, "OK" if not errs else "DAMAGED")
        for e in errs:
            print("   ", e)
        bad += len(errs)
    print("ALL OK" if not bad else "%d problems" % bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
