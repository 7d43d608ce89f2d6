"""Cell-survival check of the blind27 shapes (own code; imports nothing of render27.py).  Rebuilds the rows from data/
with its own model and parses every file back.  Usage: python tools/check_shapes.py /work/blind27 [docs_dir]"""

import csv, glob, io, json, os, re, sys, unicodedata, zipfile
import openpyxl, docx

HERE = os.path.abspath(sys.argv[1])
DOCS = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.join(HERE, "docs")
PAIRS = {"主管部门": "实施单位", "项目属性": "项目期"}
GOALS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")


def model(p, W):
    """Rows of W cells, None where a merge covers the cell."""
    out, h, i = [], p["header"], 0
    while i < len(h):
        k, v = h[i]
        if k in PAIRS and h[i + 1][0] == PAIRS[k]:
            out.append([k, v, h[i + 1][0], h[i + 1][1]] + [None] * (W - 4))
            i += 2
        elif k == "项目资金（万元）":
            i += 1
            first = True
            while h[i][0] not in GOALS:
                out.append([k if first else None, h[i][0], h[i][1]] + [None] * (W - 3))
                first = False
                i += 1
        else:
            out.append([k, v] + [None] * (W - 2))
            i += 1
    cols = p["columns"]
    out.append(cols + [None] * (W - len(cols)))
    cats = [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标")]
    for a, r in enumerate(p["rows"]):
        row = list(r) + [None] * (W - len(cols))
        for j in cats:
            newblock = j == cats[-1] and len(cats) > 1 and r[cats[0]] != ""
            if r[j] == "" and a > 0 and not newblock:
                row[j] = None
        out.append(row)
    return out


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def check(doc_id):
    doc = json.load(open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8"))
    P = doc["projects"]
    prob = []
    f = lambda s: os.path.join(DOCS, doc_id + s)
    Wd = max(max(4, len(p["columns"])) for p in P)
    staged = []
    for p in P:
        staged.append([doc["title"]] + [None] * (Wd - 1))
        staged += model(p, Wd)
    # pipe_bare: PostgreSQL COPY csv '|': NULL bare, '' as ""
    raw = open(f(".pipe_bare.txt"), encoding="utf-8", newline="").read()
    if "\r" in raw or raw.startswith("\ufeff"):
        prob.append("pipe_bare: CR or BOM")
    rows = list(csv.reader(io.StringIO(raw), delimiter="|"))
    if rows[0] != ["c%d" % (k + 1) for k in range(Wd)] or rows[1:] != [
        ["" if v is None else v for v in r] for r in staged
    ]:
        prob.append("pipe_bare: rows differ")
    want_q = sum(1 for r in staged for v in r if v == "")
    if raw.count('|""') + raw.count('""|') < 1 and want_q:
        prob.append("pipe_bare: empty strings not quoted")
    # csv: sqlite csv mode, CRLF
    raw = open(f(".csv"), encoding="utf-8", newline="").read()
    rows = list(csv.reader(io.StringIO(raw)))
    if rows[1:] != [["" if v is None else v for v in r] for r in staged]:
        prob.append("csv: rows differ")
    inner = sum((v or "").count("\n") for r in staged for v in r)
    if not raw.endswith("\r\n") or raw.count("\n") - raw.count("\r\n") != inner:
        prob.append("csv: a row end is not CRLF")
    # xlsx and tab
    wb = openpyxl.load_workbook(f(".xlsx"))
    if len(wb.worksheets) != len(P):
        prob.append("xlsx: sheets")
    tabrows = list(csv.reader(open(f(".tab.tsv"), encoding="utf-8", newline=""), dialect="excel-tab"))
    want_tab, flat_want, one_want = [], [], []
    for ws, p in zip(wb.worksheets, P):
        W = max(4, len(p["columns"]))
        m = model(p, W)
        got = [[("" if v is None else str(v)) for v in r] for r in ws.iter_rows(values_only=True)]
        exp = [[doc["title"]] + [""] * (W - 1), [""] * (W - 1) + ["单位：万元"]] + [
            ["" if v is None else v for v in r] for r in m
        ]
        if got != exp:
            prob.append("xlsx %s: values differ" % ws.title)
        merged = {str(rg) for rg in ws.merged_cells.ranges}
        for a, r in enumerate(m):
            for j, v in enumerate(r):
                if (
                    v is not None
                    and a + 1 < len(m)
                    and m[a + 1][j] is None
                    and j < 2
                    and a > len(m) - len(p["rows"]) - 2
                ):
                    if not any(
                        rg.startswith("%s%d:" % (openpyxl.utils.get_column_letter(j + 1), a + 3)) for rg in merged
                    ):
                        prob.append("xlsx %s: block at row %d col %d not merged" % (ws.title, a + 3, j + 1))
        want_tab += got
        texts = ["".join(c for c in r) for r in exp]
        q = lambda t: '"' + t.replace('"', '""') + '"' if "\n" in t else t
        flat_want += [q(t) for t in texts]
        one_want.append(q("".join(texts)))
    if tabrows != want_tab:
        prob.append("tab: rows differ")
    if open(f(".flat.txt"), encoding="utf-8", newline="").read() != "\r\n".join(flat_want) + "\r\n":
        prob.append("flat: lines differ")
    if open(f(".oneline.txt"), encoding="utf-8", newline="").read() != "\r\n".join(one_want) + "\r\n":
        prob.append("oneline: lines differ")
    # docx: every cell
    d = docx.Document(f(".docx"))
    if len(d.tables) != 2 * len(P):
        prob.append("docx: tables")
    else:
        for k, p in enumerate(P):
            g = d.tables[2 * k + 1]
            if [c.text for c in g.rows[0].cells] != p["columns"]:
                prob.append("docx: grid header")
            for a, r in enumerate(p["rows"]):
                got = [c.text for c in g.rows[a + 1].cells]
                for j, v in enumerate(r):
                    if v and got[j] != v:
                        prob.append("docx: cell %d/%d %r" % (a, j, got[j]))
            txt = [c.text for row in d.tables[2 * k].rows for c in row.cells]
            for kv in p["header"]:
                for s in kv:
                    if s and s not in txt:
                        prob.append("docx: header cell %r" % s)
    # lines: every paragraph of the Word file a line (tags stripped, &, <, > left escaped)
    lines = open(f(".lines.txt"), encoding="utf-8").read().split("\n")
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    seq = [l for l in lines if l]
    pieces = []
    for k, p in enumerate(P):
        pieces += [doc["title"], "单位：万元"]
        for kv in p["header"]:
            pieces += [x for s in kv for x in s.split("\n") if x]
        pieces += p["columns"]
        for r in p["rows"]:
            pieces += [x for s in r for x in s.split("\n") if x]
    for s in pieces:
        if esc(s) not in seq:
            prob.append("lines: %r missing" % s)
    dropped = open(f(".lines_dropped.txt"), encoding="utf-8").read().split("\n")
    if [l for l in dropped if l] != seq or "" in dropped[:-1]:
        prob.append("lines_dropped: differs from lines without empty lines")
    # markdown pipe: every cell piece as a cell
    cells = set()
    for l in open(f(".pipe.txt"), encoding="utf-8").read().split("\n"):
        if l.startswith("|") and not l.startswith("|-"):
            cells.update(c.strip() for c in l.strip("|").split("|"))
    for s in pieces:
        if s != "单位：万元" and s != doc["title"] and esc(s) not in cells and s not in cells:
            prob.append("pipe: %r missing" % s)
    # aligned: per column, the display slices of the grid lines glued = the column's cells glued
    for suf in (".aligned_top.txt", ".aligned_centered.txt"):
        text = open(f(suf), encoding="utf-8").read()
        pages = text.split("\f")[:-1]
        lns = []
        for n, pg in enumerate(pages):
            pl = pg.split("\n")
            if not re.search(r"第\s?%d\s?页" % (n + 1), pl[-2]):
                prob.append("%s: page %d foot" % (suf, n + 1))
            body_ = pl[:-3]
            while body_ and body_[-1] == "":
                body_.pop()
            lns += body_
        for k, p in enumerate(P):
            cols = p["columns"]
            hdrline = "  ".join(cols)
            idx = [i for i, l in enumerate(lns) if re.sub(r"\s+", "  ", l.strip()) == hdrline]
            if not idx:
                prob.append("%s: grid header of project %d" % (suf, k + 1))
                continue
            h = lns[idx[0]]
            pos, at = [], 0
            for c in cols:
                ci = h.index(c, at)
                pos.append(dw(h[:ci]))
                at = ci + len(c)
            body, i = [], idx[0] + 1
            while i < len(lns) and len(body) < 400:
                l = lns[i]
                if re.sub(r"\s+", "  ", l.strip()) == hdrline:
                    i += 1
                    continue
                if l.strip() == doc["title"] or l.strip() == "":
                    break
                body.append(l)
                i += 1

            def slc(l, a, b):
                out, x = "", 0
                for ch in l:
                    if a <= x < b:
                        out += ch
                    x += dw(ch)
                return out

            for j, c in enumerate(cols):
                a, b = pos[j], (pos[j + 1] if j + 1 < len(cols) else 10**6)
                got = "".join(slc(l, a, b).strip() for l in body)
                want = "".join(re.sub(r"\s", "", v) for v in (r[j] for r in p["rows"]))
                if got != want:
                    prob.append("%s: project %d column %s differs" % (suf, k + 1, c))
    return prob


def main():
    bad = 0
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        pr = check(doc_id)
        print(doc_id, "OK" if not pr else "FAILED")
        for x in pr[:6]:
            print("   !", x)
        bad += bool(pr)
    print("ALL OK" if not bad else "%d documents FAILED" % bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
