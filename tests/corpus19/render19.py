"""blind19 renderer: the ten text shapes and the XLSX of every data/<doc>.json (own code, written from FORMS.md §2).

Usage: python render19.py [/work/blind19]

Header block (all shapes): FILL-DOWN layout.  Plain keys are rows `key | value`; the money rows and the goal rows are
rows of three cells `group | key | value` where the group (`项目资金（万元）`, `总体目标`) is the merged cell of the
printed form, repeated on every row of its group (a converter that unmerges by filling down).  The self-evaluation
goals (年度目标, 实际完成情况) are plain rows.  The title opens every project.

Shapes (see README "Renderings"):
  pipe          DokuWiki table syntax: `^` header cells, `|` data cells, `:::` for a vertically merged cell
  pipe_bare     sqlcmd -s"|" -W: header block as PRINT lines, grid as a result set with a dash rule, "(N rows affected)"
  tab           Google Sheets "Download → TSV": every row padded with tabs to the sheet width, LF, no quoting
  csv           readxl(col_names = FALSE) + write.csv(): `"","...1","...2"` header, row names, every string quoted, NA
  lines         Word table pasted as plain text: one cell a line, an extra empty line at every row end,
                soft returns typed inside long names (before `（`), empty cells as empty lines
  lines_dropped the same, every empty line dropped
  aligned_top   pdftotext -layout imitation: margin 2, gap >= 2, CJK = 2 columns, weights/scores right-aligned,
                `续表` and the grid header at the top of a continuation page, foot `第 n 页 共 m 页` centred, pages of 48
  aligned_centered  the same, merged 一级/二级 labels centred (rounding down) over their block part on each page
  flat          a web mirror's table copied from the browser into a plain text box: a row a line, cells glued
  oneline       textContent of the mirror's HTML: cells glued, rows parted by ONE space (source newlines), one line
  xlsx          one sheet, margin column A, title merged, fill-down groups as REAL vertical merges, grid merged
"""

import glob
import json
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
GOALS = ("实施期目标", "长期目标", "中期目标", "年度目标")
CATS = ("一级指标", "二级指标")
NUMCOLS = ("权重", "分值", "得分", "权重（%）")
MONEY_GROUP, GOAL_GROUP = "项目资金（万元）", "总体目标"


# ------------------------------------------------------------------ layout shared by every shape
def header_rows(header, self_eval):
    out, group = [], None
    for k, v in header:
        if k == MONEY_GROUP:
            group = MONEY_GROUP
            continue
        if k in GOALS and not self_eval:
            group = GOAL_GROUP
        elif k in GOALS or k == "实际完成情况":
            group = None
        if group:
            out.append([group, k, v])
        else:
            out.append([k, v])
    return out


def layout(doc):
    """[(project, [("title", [t]), ("hdr", cells)…, ("head", cols), ("row", cells)…])]"""
    self_eval = doc["variant"] == "self_evaluation"
    out = []
    for p in doc["projects"]:
        rows = [("title", [doc["title"]])]
        rows += [("hdr", c) for c in header_rows(p["header"], self_eval)]
        rows.append(("head", list(p["columns"])))
        rows += [("row", list(r)) for r in p["rows"]]
        out.append((p, rows))
    return out


def merged_flags(p):
    """Per grid row, per column: True where the cell is the empty continuation of a merged 一级/二级 block."""
    cols = p["columns"]
    idx = [cols.index(c) for c in CATS if c in cols]
    flags = []
    for i, r in enumerate(p["rows"]):
        f = [False] * len(cols)
        if i > 0:
            for j in idx:
                f[j] = r[j] == ""
        flags.append(f)
    return flags


def hdr_merged(rows):
    """For each header row: True on the group cell when the row above has the same group (fill-down)."""
    out, prev = [], None
    for kind, c in rows:
        if kind == "hdr" and len(c) == 3:
            out.append(prev == c[0])
            prev = c[0]
        else:
            out.append(False)
            prev = None
    return out


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


# ------------------------------------------------------------------ 1 DokuWiki
def dokuwiki(doc):
    L = []
    for p, rows in layout(doc):
        flags = merged_flags(p)
        hm = hdr_merged(rows)
        gi = 0
        for n, (kind, c) in enumerate(rows):
            if kind == "title":
                L += ["", "====== %s ======" % c[0], ""]
            elif kind == "hdr":
                cells = ["^ %s " % (":::" if (len(c) == 3 and hm[n]) else c[0])]
                if len(c) == 3:
                    cells.append("^ %s " % c[1])
                cells.append("| %s " % c[-1])
                L.append("".join(cells) + "|")
            elif kind == "head":
                L += ["", "".join("^ %s " % x for x in c) + "^"]
            else:
                f = flags[gi]
                gi += 1
                L.append("".join("| %s " % (":::" if f[j] else x) for j, x in enumerate(c)) + "|")
    return "\n".join(L[1:]) + "\n"


# ------------------------------------------------------------------ 2 sqlcmd -s"|" -W
def sqlcmd(doc):
    L = []
    for p, rows in layout(doc):
        grid = []
        for kind, c in rows:
            if kind in ("title", "hdr"):
                L.append("|".join(c))
            elif kind == "head":
                L += ["", "|".join(c), "|".join("-" * len(x) for x in c)]
            else:
                grid.append(c)
                L.append("|".join(c))
        L += ["", "(%d rows affected)" % len(grid), ""]
    return "\n".join(L)


# ------------------------------------------------------------------ 3 Google Sheets TSV
def sheet_rows(doc):
    """The one sheet the TSV, CSV and XLSX come from: title, header block, grid; a blank row between projects."""
    out = []
    for i, (p, rows) in enumerate(layout(doc)):
        if i:
            out.append([])
        out += [c for kind, c in rows]
    return out


def gsheets_tsv(doc):
    rows = sheet_rows(doc)
    w = max(len(r) for r in rows)
    return "".join("\t".join(r + [""] * (w - len(r))) + "\n" for r in rows)


# ------------------------------------------------------------------ 4 readxl + write.csv
def r_csv(doc):
    rows = sheet_rows(doc)
    w = max(len(r) for r in rows)
    q = lambda s: '"%s"' % s.replace('"', '""')  # noqa: E731
    out = [",".join([q("")] + [q("...%d" % (j + 1)) for j in range(w)])]
    n = 0
    for r in rows:
        if not r:  # readxl skips a wholly empty row in the middle? no: it keeps it as all NA
            r = []
        n += 1
        cells = r + [""] * (w - len(r))
        out.append(",".join([q(str(n))] + [q(x) if x != "" else "NA" for x in cells]))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ 5/6 Word table pasted as plain text
def soft_breaks(text, col):
    """A long 三级/指标名称 cell with a typed soft return before its bracket (`…完成率` / `（%）`)."""
    if col in ("三级指标", "指标名称", "指标内容") and len(text) >= 10 and "（" in text[4:]:
        k = text.index("（", 4)
        return [text[:k], text[k:]]
    return [text]


def word_lines(doc, dropped=False):
    L = []
    for p, rows in layout(doc):
        for kind, c in rows:
            cols = c if kind == "head" else p["columns"] if kind == "row" else [""] * len(c)
            for j, x in enumerate(c):
                L += soft_breaks(x, cols[j]) if kind == "row" else [x]
            L.append("")  # the row-end mark
    if dropped:
        L = [x for x in L if x != ""]
    return "\n".join(L) + "\n"


# ------------------------------------------------------------------ 7/8 pdftotext -layout imitation
PAGE = 48
MARGIN = 2
GAP = 2


def width_of(col):
    if col == "序号":
        return 6
    if col in CATS:
        return 12
    if col in ("三级指标", "指标名称", "指标内容"):
        return 26
    if col in NUMCOLS:
        return 6
    if col in ("指标性质", "计算符号", "度量单位", "计量单位", "指标方向性", "绩效标准", "责任科室"):
        return 10
    if col in ("评分规则", "指标口径", "偏差原因及整改措施", "偏差原因及改进措施", "未完成原因", "偏差原因"):
        return 20
    return 16


def wrap(text, w):
    """Break at display width w; never inside a run of ASCII letters/digits/./,/%."""
    if text == "":
        return [""]
    tokens, cur = [], ""
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in ".,%"):
            cur += ch
        else:
            if cur:
                tokens.append(cur)
                cur = ""
            tokens.append(ch)
    if cur:
        tokens.append(cur)
    lines, line = [], ""
    for t in tokens:
        if line and dw(line + t) > w:
            lines.append(line)
            line = t
        else:
            line += t
    lines.append(line)
    return lines


def place(line, col, text, width, right=False):
    """Write text into a display-column line at display column col."""
    cur = dw(line)
    if cur < col:
        line += " " * (col - cur)
    elif cur > col:
        line += " " * GAP
    if right:
        line += " " * max(0, width - dw(text))
    return line + text


def grid_lines(cols, cells_lines, widths):
    """cells_lines: per column a list of lines; returns the row's text lines."""
    h = max(len(c) for c in cells_lines)
    xs, x = [], MARGIN
    for w in widths:
        xs.append(x)
        x += w + GAP
    out = []
    for k in range(h):
        line = ""
        for j, c in enumerate(cells_lines):
            if k < len(c) and c[k] != "":
                line = place(line, xs[j], c[k], widths[j], cols[j] in NUMCOLS)
        out.append(line.rstrip())
    return out


def aligned(doc, centered=False):
    pages, cur = [], []

    def new_page():
        nonlocal cur
        if cur:
            pages.append(cur)
        cur = []

    for p, rows in layout(doc):
        cols = p["columns"]
        widths = [max(width_of(c), max(dw(x) for x in wrap(c, width_of(c)))) for c in cols]
        head = grid_lines(cols, [wrap(c, widths[j]) for j, c in enumerate(cols)], widths)
        block = []
        hm = hdr_merged(rows)
        for n, (kind, c) in enumerate(rows):
            if kind == "title":
                block += ["", " " * max(0, (90 - dw(c[0])) // 2) + c[0], ""]
            elif kind == "hdr":
                if len(c) == 2:
                    block += grid_lines(["", ""], [wrap(c[0], 16), wrap(c[1], 70)], [16, 70])
                else:
                    g = "" if hm[n] else c[0]
                    block += grid_lines(["", "", ""], [wrap(g, 16), wrap(c[1], 14), wrap(c[2], 54)], [16, 14, 54])
        block.append("")
        if len(cur) + len(block) + len(head) + 3 > PAGE:
            new_page()
        cur += block + head
        flags = merged_flags(p)
        # rows as line groups; merged labels handled per page part
        cat_idx = [cols.index(c) for c in CATS if c in cols]
        parts = []  # (row index, lines per column)
        for i, r in enumerate(p["rows"]):
            parts.append([wrap(x, widths[j]) for j, x in enumerate(r)])
        i = 0
        while i < len(parts):
            # rows that fit on this page
            room = PAGE - len(cur)
            take, used = [], 0
            while i + len(take) < len(parts):
                h = max(len(c) for c in parts[i + len(take)])
                if used + h > room and take:
                    break
                if used + h > room and not take:
                    break
                take.append(i + len(take))
                used += h
            if not take:
                new_page()
                cur += ["续表", ""] + head
                continue
            if not centered:
                for t in take:
                    cur += grid_lines(cols, parts[t], widths)
            else:
                cur += centred_part(p, cols, widths, parts, take, flags, cat_idx)
            i = take[-1] + 1
            if i < len(parts):
                new_page()
                cur += ["续表", ""] + head
    new_page()
    m = len(pages)
    out = []
    for n, pg in enumerate(pages):
        body = pg + [""] * (PAGE - len(pg))
        foot = "第 %d 页 共 %d 页" % (n + 1, m)
        body += ["", " " * ((90 - dw(foot)) // 2) + foot]
        out.append("\n".join(x.rstrip() for x in body))
    return "\n\f".join(out) + "\n"


def centred_part(p, cols, widths, parts, take, flags, cat_idx):
    """Lines of rows `take`, the 一级/二级 labels lifted out of their rows and centred over their block part."""
    heights = [max(len(c) for j, c in enumerate(parts[t]) if j not in cat_idx) for t in take]
    starts, y = [], 0
    for h in heights:
        starts.append(y)
        y += h
    total = y
    grid = [[[""] * len(cols) for _ in range(total)]][0]
    for n, t in enumerate(take):
        for j, c in enumerate(parts[t]):
            if j in cat_idx:
                continue
            for k, piece in enumerate(c):
                grid[starts[n] + k][j] = piece
    for j in cat_idx:
        # blocks in this part: a block opens on a row whose label is not a merged continuation
        n = 0
        while n < len(take):
            m = n + 1
            while (
                m < len(take)
                and flags[take[m]][j]
                and not (j == cat_idx[-1] and len(cat_idx) > 1 and not flags[take[m]][cat_idx[0]])
            ):
                m += 1
            label = p["rows"][take[n]][j]
            if label == "" and flags[take[n]][j]:  # continuation part of a block: label printed again
                k = take[n]
                while k > 0 and p["rows"][k][j] == "" and flags[k][j]:
                    k -= 1
                label = p["rows"][k][j]
            lines = wrap(label, widths[j]) if label else []
            top, bottom = starts[n], (starts[m - 1] + heights[m - 1]) if m - 1 < len(take) else total
            span = bottom - top
            if len(lines) > span:  # a block shorter than its label: the label runs on below (pdftotext would too)
                extra = len(lines) - span
                for _ in range(extra):
                    grid.insert(bottom, [""] * len(cols))
                for q in range(n + 1, len(take)):
                    starts[q] += extra
                total += extra
                span = len(lines)
            off = top + (span - len(lines)) // 2
            for k, piece in enumerate(lines):
                grid[off + k][j] = piece
            n = m
    out = []
    for row in grid:
        out += grid_lines(cols, [[x] for x in row], widths)
    return out


# ------------------------------------------------------------------ 9/10 web mirror copies
def flat(doc):
    L = []
    for p, rows in layout(doc):
        for kind, c in rows:
            L.append("".join(c))
        L.append("")
    return "\n".join(L)


def oneline(doc):
    parts = []
    for p, rows in layout(doc):
        for kind, c in rows:
            parts.append("".join(c))
    return " ".join(parts) + "\n"


# ------------------------------------------------------------------ 11 XLSX
def xlsx(doc, path):
    from datetime import datetime

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    r = 1
    for i, (p, rows) in enumerate(layout(doc)):
        if i:
            r += 1
        cols = p["columns"]
        w = len(cols)
        flags = merged_flags(p)
        gi = 0
        group_start = None
        for n, (kind, c) in enumerate(rows):
            if kind == "title":
                ws.cell(r, 2, c[0])
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=1 + w)
                ws.cell(r, 2).alignment = Alignment(horizontal="center")
            elif kind == "hdr":
                if len(c) == 3:
                    if group_start and ws.cell(group_start, 2).value == c[0]:
                        pass  # merged below
                    else:
                        ws.cell(r, 2, c[0])
                        group_start = r
                    ws.cell(r, 3, c[1])
                    ws.cell(r, 4, c[2] if c[2] != "" else None)
                    if w > 3:
                        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=1 + w)
                    nxt = rows[n + 1][1] if n + 1 < len(rows) else None
                    if not (nxt and rows[n + 1][0] == "hdr" and len(nxt) == 3 and nxt[0] == c[0]) and r > group_start:
                        ws.merge_cells(start_row=group_start, start_column=2, end_row=r, end_column=2)
                else:
                    group_start = None
                    ws.cell(r, 2, c[0])
                    ws.cell(r, 3, c[1] if c[1] != "" else None)
                    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=1 + w)
            elif kind == "head":
                for j, x in enumerate(c):
                    ws.cell(r, 2 + j, x).border = box
            else:
                f = flags[gi]
                for j, x in enumerate(c):
                    if f[j]:
                        continue
                    cell = ws.cell(r, 2 + j, x if x != "" else None)
                    cell.border = box
                    cell.alignment = Alignment(wrap_text=True, vertical="center")
                # close merged blocks: for each category column, merge from the opening row down
                for j in [cols.index(x) for x in CATS if x in cols]:
                    if not f[j]:
                        k = gi + 1
                        while (
                            k < len(p["rows"])
                            and flags[k][j]
                            and not (
                                j == cols.index("二级指标")
                                and "一级指标" in cols
                                and not flags[k][cols.index("一级指标")]
                            )
                        ):
                            k += 1
                        if k - gi > 1:
                            ws.merge_cells(start_row=r, start_column=2 + j, end_row=r + k - gi - 1, end_column=2 + j)
                gi += 1
            r += 1
    ws.column_dimensions["A"].width = 2
    ws.freeze_panes = None
    fixed = datetime(2025, 3, 1, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "示例市某某区财政局"
    wb.save(path)
    # fixed zip timestamps and order: byte-stable
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    # openpyxl stamps dcterms:modified with the save time: pin it
    items = [
        (
            n,
            re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-03-01T09:00:00Z", d)
            if n == "docProps/core.xml"
            else d,
        )
        for n, d in items
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


SHAPES = {
    ".pipe.txt": dokuwiki,
    ".pipe_bare.txt": sqlcmd,
    ".tab.tsv": gsheets_tsv,
    ".csv": r_csv,
    ".lines.txt": word_lines,
    ".lines_dropped.txt": lambda d: word_lines(d, True),
    ".aligned_top.txt": aligned,
    ".aligned_centered.txt": lambda d: aligned(d, True),
    ".flat.txt": flat,
    ".oneline.txt": oneline,
}


def main():
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        doc = json.load(open(path, encoding="utf-8"))
        for suf, fn in SHAPES.items():
            with open(os.path.join(HERE, "docs", doc_id + suf), "w", encoding="utf-8", newline="") as f:
                f.write(fn(doc))
        xlsx(doc, os.path.join(HERE, "docs", doc_id + ".xlsx"))
        print(doc_id)


if __name__ == "__main__":
    main()
