"""Cell-survival check of blind22's ten text shapes and XLSX against data/ (own code; does not import render22).

Usage: python tools/check_shapes.py [/work/blind22]   exit 1 and a list of problems on any damage.
Expected rows are rebuilt here from data/<doc>.json: title, header block in the renderer's documented layout,
grid header, grid rows (label cells merged below the first row of their block)."""

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
problems = []


def bad(doc, shape, msg):
    problems.append("%s%s: %s" % (doc, shape, msg))


def hrows(header):
    out, i = [], 0
    while i < len(header):
        k, v = header[i]
        if k in ("主管部门", "项目属性") and i + 1 < len(header) and header[i + 1][0] in ("实施单位", "项目期"):
            out.append([k, v] + header[i + 1])
            i += 2
        elif k == "项目资金（万元）":
            row = [k]
            i += 1
            while i < len(header) and header[i][0] not in GOALS:
                row += header[i]
                i += 1
            out.append(row)
        else:
            out.append([k, v])
            i += 1
    return out


def expect(doc):
    projs = []
    for p in doc["projects"]:
        lab = [p["columns"].index(c) for c in ("一级指标", "二级指标") if c in p["columns"]]
        grid = [[(c, "m" if i in lab and c == "" else "v") for i, c in enumerate(r)] for r in p["rows"]]
        blocks = {}
        for pos, c in enumerate(lab):
            for j, r in enumerate(p["rows"]):
                if r[c]:
                    n = 1
                    while (
                        j + n < len(p["rows"])
                        and p["rows"][j + n][c] == ""
                        and all(p["rows"][j + n][q] == "" for q in lab[:pos])
                    ):
                        n += 1
                    blocks[(j, c)] = n
        projs.append(
            {
                "head": [[doc["title"]]] + hrows(p["header"]) + [p["columns"]],
                "grid": grid,
                "lab": lab,
                "blocks": blocks,
                "cols": p["columns"],
            }
        )
    return projs


def rect(projs, fill=False):
    w = max(max(len(r) for r in p["head"] + p["grid"]) for p in projs)
    rows = []
    for n, p in enumerate(projs):
        if n:
            rows.append([""] * w)
        rows += [r + [""] * (w - len(r)) for r in p["head"]]
        cur = {}
        for r in p["grid"]:
            out = []
            for i, (t, k) in enumerate(r):
                if fill and i in p["lab"]:
                    if t:
                        cur = {q: v for q, v in cur.items() if q < i}
                        cur[i] = t
                    t = cur.get(i, "")
                out.append(t)
            rows.append(out + [""] * (w - len(out)))
    return rows, w


def cmp_rows(doc, shape, got, want):
    if len(got) != len(want):
        bad(doc, shape, "%d rows, want %d" % (len(got), len(want)))
    for k, (g, w) in enumerate(zip(got, want)):
        if g != w:
            bad(doc, shape, "row %d: %r != %r" % (k, g[:9], w[:9]))
            return


def check(doc_id):
    doc = json.load(open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8"))
    P = expect(doc)
    base = os.path.join(HERE, "docs", doc_id)
    rd = lambda s: open(base + s, encoding="utf-8", newline="").read()
    rows, w = rect(P)
    # pipe: Textile
    got, want = [], []
    tables = [l for l in rd(".pipe.txt").split("\n") if l.startswith("|")]
    k = 0
    for p in P:
        for r in p["head"][1:]:
            want.append(r)
        for r in p["grid"]:
            want.append([t for t, _ in r])
        ngrid = len(p["grid"])
        for r in p["head"][1:]:
            got.append([re.sub(r"^_\. ", "", c) for c in tables[k][1:-1].split("|")])
            got[-1] = ["" if c == " " else c for c in got[-1]]
            k += 1
        pending = {}
        for j in range(ngrid):
            cells = tables[k][1:-1].split("|")
            k += 1
            row, it = [], iter(cells)
            for i in range(len(p["cols"])):
                if pending.get(i, 0) > 0:
                    pending[i] -= 1
                    row.append("")
                    continue
                c = next(it, None)
                if c is None:
                    row.append("<missing>")
                    continue
                mm = re.match(r"^/(\d+)\. (.*)$", c)
                if mm:
                    pending[i] = int(mm.group(1)) - 1
                    c = mm.group(2)
                row.append("" if c == " " else c)
            if next(it, None) is not None:
                row.append("<extra>")
            got.append(row)
    cmp_rows(doc_id, ".pipe", got, want)
    # pipe_bare: DB2 DEL
    lines = rd(".pipe_bare.txt").rstrip("\n").split("\n")
    got = [[c[1:-1].replace('""', '"') if c else "" for c in l.split("|")] for l in lines]
    cmp_rows(doc_id, ".pipe_bare", got, rows)
    if any(len(l.split("|")) != w for l in lines):
        bad(doc_id, ".pipe_bare", "a row of another width")
    # tab: csvkit
    t = list(csv.reader(io.StringIO(rd(".tab.tsv")), delimiter="\t"))
    cmp_rows(doc_id, ".tab", t[1:], rows)
    # csv: BOM, Column1.., fill-down
    c = rd(".csv")
    if not c.startswith("\ufeff"):
        bad(doc_id, ".csv", "no BOM")
    t = list(csv.reader(io.StringIO(c.lstrip("\ufeff"))))
    frows, _ = rect(P, fill=True)
    cmp_rows(doc_id, ".csv", t[1:], frows)
    # lines / lines_dropped
    exp_lines = []
    for n, p in enumerate(P):
        if n:
            exp_lines.append("")
        for r in p["head"]:
            exp_lines += r
        for r in p["grid"]:
            exp_lines += [x for x, _ in r]
    for suf, want_l in ((".lines.txt", exp_lines), (".lines_dropped.txt", [x for x in exp_lines if x.strip()])):
        s = rd(suf)
        if not s.startswith("\ufeff") or "\n" in s.replace("\r\n", ""):
            bad(doc_id, suf, "not BOM + CRLF")
        got_l = s.lstrip("\ufeff").split("\r\n")[:-1]
        if got_l != want_l:
            d = next((i for i, (a, b) in enumerate(zip(got_l, want_l)) if a != b), min(len(got_l), len(want_l)))
            bad(doc_id, suf, "line %d: %r != %r" % (d, got_l[d : d + 1], want_l[d : d + 1]))
    # oneline: rows of w cells joined by TAB, rows glued
    s = rd(".oneline.txt").rstrip("\n")
    toks = s.split("\t")
    if "\n" in s or len(toks) != len(rows) * (w - 1) + 1:
        bad(doc_id, ".oneline", "%d tab fields, want %d" % (len(toks), len(rows) * (w - 1) + 1))
    else:
        for q, r in enumerate(rows):
            for i in range(w):
                pos = q * (w - 1) + i
                tok = toks[pos]
                if i == 0 and q > 0:
                    tok = tok[len(rows[q - 1][-1]) :] if tok.startswith(rows[q - 1][-1]) else "<bad glue>" + tok
                if i == w - 1 and q < len(rows) - 1:
                    tok = tok[: len(tok) - len(rows[q + 1][0])] if tok.endswith(rows[q + 1][0]) else tok + "<bad glue>"
                if tok != r[i]:
                    bad(doc_id, ".oneline", "row %d cell %d: %r != %r" % (q, i, tok, r[i]))
                    break
    # flat: labels at the middle row of their block (rounding up), goals wrapped, cells glued
    fl = rd(".flat.txt").split("\n")[:-1]
    k = 0
    for p in P:
        for r in p["head"][:-1]:
            if r[0] in GOALS:
                txt = r[0] + r[1]
                acc = ""
                while k < len(fl) and len(acc) < len(txt):
                    acc += fl[k]
                    k += 1
                if acc != txt:
                    bad(doc_id, ".flat", "goal %r" % r[0])
            else:
                if fl[k] != "".join(r):
                    bad(doc_id, ".flat", "line %d: %r" % (k, fl[k]))
                k += 1
        if fl[k] != "".join(p["cols"]):
            bad(doc_id, ".flat", "grid header")
        k += 1
        mid = {}
        for (j, i), n in p["blocks"].items():
            mid[(j + n // 2, i)] = p["grid"][j][i][0]
        for j, r in enumerate(p["grid"]):
            want_line = "".join(mid.get((j, i), "") if i in p["lab"] else t for i, (t, _) in enumerate(r))
            if fl[k] != want_line:
                bad(doc_id, ".flat", "grid line %d: %r != %r" % (k, fl[k], want_line))
            k += 1
    # aligned: furniture, then per grid each column's slice text in order equals the column's cells
    for suf in (".aligned_top.txt", ".aligned_centered.txt"):
        pages = rd(suf).rstrip("\n").split("\f")
        body = []
        for n, pg in enumerate(pages):
            ls = pg.split("\n")
            if not ls[0].startswith("部门预算公开") or ls[-1].strip() != "%d/%d" % (n + 1, len(pages)):
                bad(doc_id, suf, "page %d furniture" % (n + 1))
            body += ls[1:-2]
        text = "".join(re.sub(r"\s", "", l) for l in body)
        for p in P:
            # header block characters present in order
            for r in p["head"][:-1]:  # the grid header is checked by the column slices below
                for cell in r:
                    cell = re.sub(r"\s", "", cell)
                    if cell and cell not in text:
                        bad(doc_id, suf, "header cell %r" % cell[:12])
            hdr_line_idx = [
                i for i, l in enumerate(body) if l.startswith(p["cols"][0]) and all(c[:2] in l for c in p["cols"])
            ]
            if not hdr_line_idx:
                bad(doc_id, suf, "grid header not found")
                continue
            hl = body[hdr_line_idx[0]]
            disp, pos_map = 0, []
            for ch in hl:
                pos_map.append(disp)
                disp += 2 if ord(ch) > 0x2E80 else 1
            starts, rest, at = [], [], 0
            for c in p["cols"]:
                for L in range(len(c), 0, -1):  # the longest prefix of the name printed on the header line
                    q = hl.find(c[:L], at)
                    if q >= 0 and (q + L == len(hl) or hl[q + L] == " "):
                        break
                starts.append(pos_map[q])
                rest.append(c[L:])
                at = q + L
            hh = 2 if any(rest) else 1
            cols_text = ["" for _ in p["cols"]]
            k2 = hdr_line_idx[0] + hh
            while k2 < len(body) and not body[k2].startswith("  示例"):
                l = body[k2]
                if l == hl:
                    k2 += hh  # the grid header repeated on a continuation page
                    continue
                d = 0
                for ch in l:
                    ci = max(q for q in range(len(starts)) if starts[q] <= d)
                    if not ch.isspace():
                        cols_text[ci] += ch
                    d += 2 if ord(ch) > 0x2E80 else 1
                k2 += 1
            for ci, c in enumerate(p["cols"]):
                want_t = re.sub(r"\s", "", "".join(r[ci][0] for r in p["grid"]))
                if cols_text[ci] != want_t:
                    bad(doc_id, suf, "column %s: %r != %r" % (c, cols_text[ci][:40], want_t[:40]))
    # xlsx
    from openpyxl import load_workbook

    wb = load_workbook(base + ".xlsx")
    if len(wb.sheetnames) != len(P):
        bad(doc_id, ".xlsx", "sheets")
    for ws, p in zip(wb.worksheets, P):
        merged = set()
        for mr in ws.merged_cells.ranges:
            for row in range(mr.min_row, mr.max_row + 1):
                for col in range(mr.min_col, mr.max_col + 1):
                    if (row, col) != (mr.min_row, mr.min_col):
                        merged.add((row, col))
        vals = [[c.value for c in r] for r in ws.iter_rows()]
        want_rows = p["head"] + [[t for t, _ in r] for r in p["grid"]]
        for q, wr in enumerate(want_rows):
            g = [(v or "") for v in vals[q][: len(wr)]]
            if g != wr:
                bad(doc_id, ".xlsx", "row %d: %r != %r" % (q + 1, g[:8], wr[:8]))
        g0 = len(p["head"]) + 1
        for (j, i), n in p["blocks"].items():
            for jj in range(1, n):
                if (g0 + j + jj, i + 1) not in merged:
                    bad(doc_id, ".xlsx", "label block at row %d col %d not merged" % (g0 + j, i + 1))


def main():
    docs = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "data")) if f.endswith(".json"))
    for d in docs:
        check(d)
    for p in problems:
        print("!", p)
    print("ALL OK (%d documents x 11 files)" % len(docs) if not problems else "%d problems" % len(problems))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
