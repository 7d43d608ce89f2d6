"""Cell-survival check of blind13's text shapes and XLSX: every cell of data/ back, in order, from each file.
Usage: python tools/check_shapes.py [corpus_dir].  Exit 1 and a list of problems when anything is lost or moved.

Expected cells come from data/ in MY print layout (render13.header_rows: the header-block layout; the geometry of the
aligned shapes, whose column spans a reader would take from the header row, is taken from render13 too).  Each shape
is read back by a reader of its own kind, independent of how it was written."""

import csv
import io
import json
import os
import re
import sys

HERE = (
    os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
)
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render13 as R  # noqa: E402

FOOT = re.compile(r"^\s*第 \d+ 页 共 \d+ 页\s*$")
WS = re.compile(r"\s+")


def nows(s):
    return WS.sub("", s)


def expected(doc):
    return R.doc_rows(doc)


def check_pipe(doc, text):
    probs, got = [], []
    for ln in text.split("\n"):
        if ln.startswith("|"):
            got.append([c.strip() for c in ln[1:-1].split("|")])
        elif ln and not ln.startswith("+") and not re.match(r"^\d+ rows in set", ln):
            got.append([ln])
    exp = []
    for p in doc["projects"]:
        lay = R.project_layout(doc, p)
        exp.append([lay["title"]])
        n = max(len(r) for r in lay["header"])
        exp += [r + [""] * (n - len(r)) for r in lay["header"]]
        exp += [lay["columns"]] + [list(r) for r in lay["rows"]]
    if got != exp:
        probs.append("pipe: rows differ at %s" % first_diff(got, exp))
    return probs


def first_diff(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return "row %d: %r != %r" % (i, x, y)
    return "length %d != %d" % (len(a), len(b))


def padded(doc, n=None):
    rows = expected(doc)
    n = n or max(len(c) for _, c in rows)
    return [c + [""] * (n - len(c)) for _, c in rows], n


def check_bare(doc, text):
    if "\r\n" not in text:
        return ["pipe_bare: no CRLF"]
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="|"))
    exp, n = padded(doc)
    got = [[c.replace("\n", "") for c in r] for r in rows if any(c != "" for c in r)]
    blanks = [r for r in rows if not any(r)]
    probs = []
    if any(len(r) != n for r in rows):
        probs.append("pipe_bare: a row not %d cells wide" % n)
    if got != exp:
        probs.append("pipe_bare: " + first_diff(got, exp))
    if len(blanks) != len(doc["projects"]) - 1:
        probs.append("pipe_bare: %d empty rows between projects" % len(blanks))
    return probs


def check_tab(doc, text):
    got = []
    for ln in text.split("\n")[:-1]:
        got.append(
            [re.sub(r"\\(.)", lambda m: {"n": "", "t": "\t", "\\": "\\"}[m.group(1)], c) for c in ln.split("\t")]
        )
    exp = [c for _, c in expected(doc)]
    return [] if got == exp else ["tab: " + first_diff(got, exp)]


def check_csv(doc, text):
    rows = list(csv.reader(io.StringIO(text, newline="")))
    exp, n = padded(doc)
    probs = []
    if rows[0] != ["...%d" % (j + 1) for j in range(n)]:
        probs.append("csv: names row")
    # NA unquoted = empty; a quoted "NA" would be text: re-scan raw lines for that distinction
    got = [["" if c == "NA" else c.replace("\n", "") for c in r] for r in rows[1:]]
    if got != exp:
        probs.append("csv: " + first_diff(got, exp))
    return probs


def check_lines(doc, text, dropped):
    lines = text.split("\n")[:-1]
    exp = []
    for kind, cells in expected(doc):
        exp += [c for c in cells if not (dropped and c == "")]
    # drop the furniture: page feet, and the grid header's cells right after a foot inside a grid
    got, i = [], 0
    heads = {tuple(p["columns"]) for p in doc["projects"]}
    while i < len(lines):
        if FOOT.match(lines[i]):
            i += 1
            for h in heads:
                hh = [c for c in h if not (dropped and c == "")]
                if lines[i : i + len(hh)] == hh and not (
                    i + len(hh) < len(lines) and lines[i + len(hh)] == doc["title"]
                ):
                    # a repeated header (not a project's own header after its title): skip it
                    prev = got[-len(hh) :] if len(got) >= len(hh) else None
                    if prev != hh:
                        i += len(hh)
                        break
            continue
        got.append(lines[i])
        i += 1
    name = "lines_dropped" if dropped else "lines"
    if any(c != "" for c in got) and dropped and "" in got:
        return [name + ": an empty line left"]
    return [] if got == exp else ["%s: %s" % (name, first_diff(got, exp))]


def slice_line(line, spans):
    """Cut a display line at the column spans; text outside every span is returned as `stray`."""
    cells, x, cols, stray = [], 0, [""] * len(spans), ""
    for ch in line:
        w = R.dw(ch)
        j = next((k for k, (a, b) in enumerate(spans) if a <= x < b), None)
        if j is None:
            if not ch.isspace():
                stray += ch
        else:
            cols[j] += ch
        x += w
    return cols, stray


def check_aligned(doc, text, centered):
    name = "aligned_centered" if centered else "aligned_top"
    probs = []
    wide = doc["variant"] in R.WIDE_VARIANTS
    pages = text.split("\f")
    for k, pg in enumerate(pages):
        ls = pg.split("\n")[:-1]
        if len(ls) != R.PAGE_LINES[wide] + 1 or not FOOT.match(ls[-1]):
            probs.append("%s: page %d length/foot" % (name, k + 1))
    lines = [ln for pg in pages for ln in pg.split("\n")[:-1][:-1]]
    # walk projects: title line, header rows, grid
    pos = 0
    for p in doc["projects"]:
        lay = R.project_layout(doc, p)
        while pos < len(lines) and lines[pos].strip() != lay["title"]:
            if lines[pos].strip():
                probs.append("%s: stray line %r" % (name, lines[pos][:40]))
                return probs
            pos += 1
        pos += 2
        gw = R.grid_widths(lay["columns"], centered, wide)
        total = R.table_width(gw)
        # header block: each header row's cells, column by column (display slicing)
        for hr in lay["header"]:
            hs = R.spans_of(R.header_widths(len(hr), total))
            acc = [""] * len(hr)
            h = max(len(R.wrap(c, w)) for c, w in zip(hr, R.header_widths(len(hr), total)))
            for ln in lines[pos : pos + h]:
                cols, stray = slice_line(ln, hs)
                if stray:
                    probs.append("%s: text between header columns %r" % (name, stray))
                acc = [a + c for a, c in zip(acc, cols)]
            pos += h
            if [nows(a) for a in acc] != [nows(c) for c in hr]:
                probs.append("%s: header row %r != %r" % (name, acc, hr))
        pos += 1
        gs = R.spans_of(gw)
        hh = max(len(R.wrap(c, w)) for c, w in zip(lay["columns"], gw))
        head_lines = lines[pos : pos + hh]
        pos += hh
        # grid: up to the next title (or the end), dropping repeated grid headers after page starts
        end = pos
        titles = [R.project_layout(doc, q)["title"] for q in doc["projects"]]
        nxt = doc["projects"].index(p) + 1
        while end < len(lines) and not (
            nxt < len(doc["projects"])
            and lines[end].strip() == titles[nxt]
            and lines[end + 2 : end + 3]
            and lines[end + 2].lstrip().startswith("项目名称")
        ):
            end += 1
        body = lines[pos:end]
        i, kept = 0, []
        while i < len(body):
            if body[i : i + hh] == head_lines:
                i += hh
                continue
            kept.append(body[i])
            i += 1
        pos = end
        acc = [""] * len(gw)
        for ln in kept:
            cols, stray = slice_line(ln, gs)
            if stray:
                probs.append("%s: text between grid columns %r" % (name, stray))
            acc = [a + c for a, c in zip(acc, cols)]
        for j, c in enumerate(lay["columns"]):
            want = "".join(nows(r[j]) for r in lay["rows"])
            if nows(acc[j]) != want:
                probs.append("%s: %s column %s: %r != %r" % (name, lay["title"][:6], c, nows(acc[j])[:60], want[:60]))
    return probs


def check_flat(doc, text):
    got = [nows(x) for x in text.split("\n")[:-1]]
    exp = [nows("".join(c)) for _, c in expected(doc)]
    return [] if got == exp else ["flat: " + first_diff(got, exp)]


def check_oneline(doc, text):
    if text.count("\n") != 1:
        return ["oneline: not one line"]
    exp = "".join(" ".join(c for c in cells if c) for _, cells in expected(doc))
    return (
        []
        if text[:-1] == exp
        else ["oneline: differs at %d" % next((i for i, (a, b) in enumerate(zip(text, exp)) if a != b), -1)]
    )


def check_xlsx(doc, path):
    from openpyxl import load_workbook

    wb = load_workbook(path)
    got = []
    heads = [list(p["columns"]) for p in doc["projects"]]
    merged_l1 = 0
    for k, ws in enumerate(wb.worksheets):
        merged_l1 += len(ws.merged_cells.ranges)
        for ri, row in enumerate(ws.iter_rows()):
            vals = []
            for c in row:
                v = c.value
                if v is None:
                    vals.append("")
                elif isinstance(v, (int, float)):
                    fmt = c.number_format
                    dec = len(fmt.split(".")[1]) if "." in fmt else 0
                    vals.append(("{:,.%df}" if "," in fmt else "{:.%df}").replace("%d", str(dec)).format(v))
                else:
                    vals.append(str(v))
            while vals and vals[-1] == "":
                vals.pop()
            if not vals:
                continue
            if ri == 0 and k > 0 and vals in heads and got and got[-1] != vals:
                # a continuation sheet's repeated grid header (not the first after a title)
                if not (len(got) >= 1 and got[-1] == [doc["title"]]):
                    continue
            got.append(vals)
    exp = []
    for _, c in expected(doc):
        c = list(c)
        while c and c[-1] == "":
            c.pop()
        exp.append(c)
    probs = [] if got == exp else ["xlsx: " + first_diff(got, exp)]
    if merged_l1 == 0:
        probs.append("xlsx: no merged cells")
    return probs


def main():
    bad = []
    for f in sorted(os.listdir(os.path.join(HERE, "data"))):
        if not f.endswith(".json"):
            continue
        d = f[:-5]
        doc = json.load(open(os.path.join(HERE, "data", f), encoding="utf-8"))

        def rd(suf):
            with open(os.path.join(HERE, "docs", d + suf), encoding="utf-8", newline="") as fh:
                return fh.read()

        probs = []
        probs += check_pipe(doc, rd(".pipe.txt"))
        probs += check_bare(doc, rd(".pipe_bare.txt"))
        probs += check_tab(doc, rd(".tab.tsv"))
        probs += check_csv(doc, rd(".csv"))
        probs += check_lines(doc, rd(".lines.txt"), False)
        probs += check_lines(doc, rd(".lines_dropped.txt"), True)
        probs += check_aligned(doc, rd(".aligned_top.txt"), False)
        probs += check_aligned(doc, rd(".aligned_centered.txt"), True)
        probs += check_flat(doc, rd(".flat.txt"))
        probs += check_oneline(doc, rd(".oneline.txt"))
        probs += check_xlsx(doc, os.path.join(HERE, "docs", d + ".xlsx"))
        print(d, "OK" if not probs else "FAIL")
        for x in probs:
            print("   ", x)
        bad += probs
    print("ALL OK" if not bad else "%d problems" % len(bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
