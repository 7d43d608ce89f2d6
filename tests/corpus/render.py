"""Render every tests/corpus/data/<doc>.json into the text shapes and an .xlsx.

Written for the blind corpus; shares no code with the parser under test.
Usage: python tests/corpus/render.py
"""

import csv
import glob
import io
import json
import os
import sys
import unicodedata

# The corpus folder: this one, or another made the same way (python tests/corpus/render.py tests/corpus2).
HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
DOCS = os.path.join(HERE, "docs")

CAT1, CAT2 = "一级指标", "二级指标"
LONG_TEXT = ("指标解释", "评(扣)分标准", "偏差原因及改进措施", "指标值确定依据")
FUNDING_SUBKEYS = ("实施期资金总额", "年度资金总额", "其中：财政拨款", "其他资金")
# documents whose one-cell-a-line header names are broken inside (`一级\n指标`)
BROKEN_HEADER_DOCS = ("dev_01", "dev_03", "dev_04", "held_02", "held_04", "dev2_02", "dev2_04", "dev2_06")
BROKEN_HEADER_DOCS += ("blind2_02", "blind2_04", "blind2_05", "blind2_07")  # tests/corpus2
BROKEN_HEADER_DOCS += ("blind3_03", "blind3_06")  # tests/corpus3


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def wrap(s, width):
    """Cut s into pieces of display width <= width (character granularity, like a PDF cell)."""
    if s == "":
        return []
    out, cur = [], ""
    for ch in s:
        if dw(cur + ch) > width and cur:
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return out


def pad_to(line, col):
    w = dw(line)
    return line + " " * max(col - w, 0)


def load(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


def write(name, text):
    with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)


def trailing(i, line):
    """Realistic damage: some lines keep trailing blanks (ASCII or ideographic)."""
    if i % 7 == 3:
        return line + "  "
    if i % 11 == 5:
        return line + "\u3000"
    return line


# ------------------------------------------------------------------ delimited shapes
def delimited(doc, fmt):
    out = [doc["title"]]
    for p in doc["projects"]:
        out.append("")
        rows = [list(kv) for kv in p["header"]] + [p["columns"]] + p["rows"]
        for r in rows:
            if fmt == "pipe":
                out.append("| " + " | ".join(r) + " |")
            elif fmt == "pipe_bare":
                out.append(" | ".join(r))
            elif fmt == "tab":
                out.append("\t".join(r))
    return "\n".join(trailing(i, l) if fmt != "tab" else l for i, l in enumerate(out)) + "\n"


def csv_text(doc):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    ncol = max(len(p["columns"]) for p in doc["projects"])
    w.writerow([doc["title"]] + [""] * (ncol - 1))
    for p in doc["projects"]:
        w.writerow([""] * ncol)
        for k, v in p["header"]:
            if k in ("实施期目标", "长期目标", "中期目标", "年度目标"):
                v = v.replace("；", "；\n")  # a wrapped cell exported with its line breaks
            w.writerow([k, v] + [""] * (ncol - 2))
        w.writerow(p["columns"] + [""] * (ncol - len(p["columns"])))
        broke = False
        for r in p["rows"]:
            r = list(r)
            for j, c in enumerate(p["columns"]):
                if c in LONG_TEXT and dw(r[j]) > 24:
                    r[j] = "\n".join(wrap(r[j], 24))
                if c in ("三级指标", "指标内容", "指标名称") and not broke and len(r[j]) >= 11:
                    r[j] = r[j][:6] + "\n" + r[j][6:]  # one alt-enter inside a long name
                    broke = True
            w.writerow(r + [""] * (ncol - len(r)))
    return buf.getvalue()


# ------------------------------------------------------------------ one cell a line
def lines_shape(doc, doc_id, keep_empty):
    out = [doc["title"]]
    for p in doc["projects"]:
        for k, v in p["header"]:
            out.append(k)
            if v or keep_empty:
                out.append(v)
        for c in p["columns"]:
            if doc_id in BROKEN_HEADER_DOCS and len(c) >= 4:
                cut = 2 if len(c) == 4 else 3
                out.append(c[:cut] + "\n" + c[cut:])
            else:
                out.append(c)
        for r in p["rows"]:
            for c in r:
                if c or keep_empty:
                    out.append(c)
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ flattened shapes
def flat(doc):
    out = [doc["title"]]
    for p in doc["projects"]:
        for k, v in p["header"]:
            out.append(k + "：" + v)
        out.append("".join(p["columns"]))
        for r in p["rows"]:
            out.append("".join(r))
    return "\n".join(trailing(i, l) for i, l in enumerate(out)) + "\n"


def oneline(doc):
    out = [doc["title"]]
    for p in doc["projects"]:
        out.append("".join(k + "：" + v for k, v in p["header"]))
        out.append("".join(p["columns"]) + "".join("".join(r) for r in p["rows"]))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ space-aligned (pdftotext -layout)
PAGE_LINES = 34
GAP = 3
INDENT = 2


def col_caps(columns):
    caps = []
    for c in columns:
        if c == CAT1:
            caps.append(16)
        elif c == CAT2:
            caps.append(14)
        elif c in ("三级指标", "指标内容", "指标名称"):
            caps.append(24)
        elif c in LONG_TEXT:
            caps.append(20)
        elif c == "序号":
            caps.append(4)
        else:
            caps.append(16)
    return caps


def grid_geometry(p):
    cols = p["columns"]
    caps = col_caps(cols)
    widths = []
    for j, c in enumerate(cols):
        w = max([dw(c)] + [dw(r[j]) for r in p["rows"]])
        widths.append(min(w, caps[j]))
    starts, x = [], INDENT
    for w in widths:
        starts.append(x)
        x += w + GAP
    return widths, starts


def render_line(frags, starts):
    """frags: {col: text}; cells at fixed display columns, at least GAP spaces apart."""
    line = ""
    for j in sorted(frags):
        if frags[j] == "":
            continue
        line = pad_to(line, starts[j])
        if line and not line.endswith("  "):
            line += "  "
        line += frags[j]
    return line.rstrip()


def header_block_lines(p):
    out = []
    for k, v in p["header"]:
        key = ("    " + k) if k in FUNDING_SUBKEYS else k
        pieces = wrap(v, 56) or [""]
        for i, piece in enumerate(pieces):
            left = key if i == 0 else ""
            out.append((pad_to(left, 24) + piece).rstrip())
    return out


def blocks_of(p, col_name):
    """Row index ranges of the merged blocks of a category column."""
    cols = p["columns"]
    if col_name not in cols:
        return []
    j = cols.index(col_name)
    j1 = cols.index(CAT1) if CAT1 in cols else None
    res = []
    for i, r in enumerate(p["rows"]):
        new1 = j1 is not None and r[j1] != ""
        if r[j] != "" or (col_name == CAT2 and new1) or i == 0:
            res.append([i, i, r[j]])
        else:
            res[-1][1] = i
    return res


def place_labels(lines, row_first, block_rows, label, col, width, centered):
    """lines: list of {col: frag, '_start': bool}; block given as line span. Modifies lines in place."""
    a, b = block_rows  # line span [a, b)
    frags = wrap(label, width)
    if not frags:
        return
    n = b - a
    while n < len(frags):  # the merged cell grows to hold its label
        lines.insert(b, {"_start": False})
        b += 1
        n += 1
    if not centered:
        start = a
    else:
        extra = n - len(frags)
        if extra % 2 == 1:
            # the label's centre falls between two lines: pdftotext prints it on a line of its own,
            # at the row boundary nearest the middle (single-row blocks keep it beside their first line)
            mid = a + n / 2
            bounds = [i for i in range(a + 1, b) if lines[i].get("_start")]
            if bounds:
                pos = min(bounds, key=lambda i: abs(i - mid))
                lines.insert(pos, {"_start": True, "_label": True})
                b += 1
                n += 1
                start = pos - (len(frags) - 1) // 2
                start = max(a, min(start, b - len(frags)))
            else:
                start = a + extra // 2
        else:
            start = a + extra // 2
    for k, fr in enumerate(frags):
        lines[start + k][col] = fr
    return b - a


def grid_lines(p, row_ids, widths, centered, continuation=False):
    """Physical lines for the rows row_ids (a contiguous slice on one page)."""
    cols = p["columns"]
    cat_cols = [j for j, c in enumerate(cols) if c in (CAT1, CAT2)]
    lines, row_span = [], {}
    for i in row_ids:
        r = p["rows"][i]
        pieces = {j: wrap(r[j], widths[j]) for j in range(len(cols)) if j not in cat_cols}
        h = max([1] + [len(v) for v in pieces.values()])
        first = len(lines)
        for k in range(h):
            ln = {"_start": k == 0}
            for j, v in pieces.items():
                if k < len(v):
                    ln[j] = v[k]
            lines.append(ln)
        row_span[i] = [first, len(lines)]
    # labels: 二级 first (inner), then 一级 over the grown lines
    for cname in (CAT2, CAT1):
        if cname not in cols:
            continue
        j = cols.index(cname)
        for r0, r1, label in blocks_of(p, cname):
            ids = [i for i in row_ids if r0 <= i <= r1]
            if not ids or not label:
                continue
            if ids[0] != r0 and not centered:
                # block continued from the previous page: top-aligned cells print nothing again
                continue
            # (centred mode prints the merged label again in its part of the split cell)
            a, b = row_span[ids[0]][0], row_span[ids[-1]][1]
            before = len(lines)
            place_labels(lines, None, (a, b), label, j, widths[j], centered)
            grown = len(lines) - before
            if grown:
                for i in row_span:
                    if row_span[i][0] >= b:
                        row_span[i][0] += grown
                        row_span[i][1] += grown
                row_span[ids[-1]][1] += grown
    return lines


def aligned(doc, centered, page_lines=None):
    """pdftotext -layout style text; the page length is shortened until a project's grid is split
    by a page break (the brief asks for at least one split project)."""
    if page_lines is None:
        for n in range(PAGE_LINES, 18, -1):
            text, split = aligned(doc, centered, n)
            if split:
                return text
        return text
    PAGE = page_lines
    split = False
    pages, cur = [], []

    def new_page():
        pages.append(cur[:])
        cur.clear()

    cur.append(" " * 20 + doc["title"])
    cur.append("")
    for pi, p in enumerate(doc["projects"]):
        widths, starts = grid_geometry(p)
        hdr = header_block_lines(p)
        if len(cur) + len(hdr) + 4 > PAGE:
            new_page()
        cur.extend(hdr)
        header_cells = {j: wrap(c, widths[j]) for j, c in enumerate(p["columns"])}
        hh = max(len(v) for v in header_cells.values())
        header_lines = [
            render_line({j: v[k] for j, v in header_cells.items() if k < len(v)}, starts) for k in range(hh)
        ]
        cur.extend(header_lines)
        # assign rows to pages by their (label-free) height
        i, n = 0, len(p["rows"])
        while i < n:
            chunk = []
            room = PAGE - len(cur)
            used = 0
            while i < n:
                h = len(grid_lines(p, [i], widths, False))
                if chunk and used + h > room:
                    break
                chunk.append(i)
                used += h
                i += 1
            for ln in grid_lines(p, chunk, widths, centered):
                cur.append(render_line({j: v for j, v in ln.items() if not isinstance(j, str)}, starts))
            if i < n:
                split = True
                new_page()
                cur.extend(header_lines)  # the grid header repeats on every page
        cur.append("")
    if cur:
        new_page()
    out = []
    for k, pg in enumerate(pages):
        body = [trailing(i, l) for i, l in enumerate(pg)]
        while len(body) < PAGE:
            body.append("")
        body.append(" " * 40 + "- %d -" % (k + 1))
        out.append("\n".join(body) + "\n")
    return "\f".join(out), split


# ------------------------------------------------------------------ xlsx
def xlsx(doc, doc_id, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = doc_id
    ncol = max(len(p["columns"]) for p in doc["projects"])
    ws.cell(row=1, column=1, value=doc["title"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    r = 3
    for p in doc["projects"]:
        for k, v in p["header"]:
            ws.cell(row=r, column=1, value=k)
            if v:
                ws.cell(row=r, column=2, value=v)
            if ncol > 2:
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
            r += 1
        for j, c in enumerate(p["columns"]):
            ws.cell(row=r, column=j + 1, value=c)
        r += 1
        top = r
        for row in p["rows"]:
            for j, c in enumerate(row):
                if c != "":
                    ws.cell(row=r, column=j + 1, value=c)
            r += 1
        for cname in (CAT1, CAT2):
            if cname not in p["columns"]:
                continue
            j = p["columns"].index(cname) + 1
            for r0, r1, _ in blocks_of(p, cname):
                if r1 > r0:
                    ws.merge_cells(start_row=top + r0, start_column=j, end_row=top + r1, end_column=j)
                ws.cell(row=top + r0, column=j).alignment = Alignment(vertical="center", wrap_text=True)
        r += 1
    wb.save(path)


def main():
    os.makedirs(DOCS, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(DATA, "*.json"))):
        doc_id = os.path.splitext(os.path.basename(path))[0]
        doc = load(doc_id)
        write(doc_id + ".pipe.txt", delimited(doc, "pipe"))
        write(doc_id + ".pipe_bare.txt", delimited(doc, "pipe_bare"))
        write(doc_id + ".tab.tsv", delimited(doc, "tab"))
        write(doc_id + ".csv", csv_text(doc))
        write(doc_id + ".lines.txt", lines_shape(doc, doc_id, True))
        write(doc_id + ".lines_dropped.txt", lines_shape(doc, doc_id, False))
        write(doc_id + ".aligned_top.txt", aligned(doc, False))
        write(doc_id + ".aligned_centered.txt", aligned(doc, True))
        write(doc_id + ".flat.txt", flat(doc))
        write(doc_id + ".oneline.txt", oneline(doc))
        xlsx(doc, doc_id, os.path.join(DOCS, doc_id + ".xlsx"))
        print("rendered", doc_id)


if __name__ == "__main__":
    main()
