"""render8.py: the text shapes and the XLSX of the blind8 corpus, written from FORMS.md §2 (own code; no earlier
renderer was read).  Usage: python render8.py [/work/blind8]

Every choice is listed in README.md ("Renderings").  The header block is laid out as the national template prints
it in many county tables: `项目名称 | v | 项目属性 | v`; `主管部门 | v`; `实施单位 | v | 项目期 | v`; further
pairs (项目负责人 | v | 联系电话 | v); ALL money items on ONE row (`项目资金（万元） | 年度资金总额 | 84.60 | 其中：…`);
one goal as `年度目标 | text`, two goals as a row of their keys then a row of their texts (side by side, with no
总体目标 cell).
"""

import csv
import io
import json
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
DOCS = os.path.join(HERE, "docs")

GOALS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")
KNOWN = ("项目名称", "主管部门", "实施单位", "项目属性", "项目期")
MONEY = "项目资金（万元）"
CAT1, CAT2 = "一级指标", "二级指标"
NAME_COLS = ("三级指标", "指标内容", "指标名称")
LONG = ("指标解释", "评(扣)分标准", "偏差原因及改进措施", "指标值确定依据", "备注")
WIDE_VARIANTS = ("coded", "self_evaluation")

# per-document choices (README "Renderings")
HEADER_BREAK3_DOCS = ("blind8_02", "blind8_05", "blind8_08")  # lines: header names broken every 3 characters
CRLF_LINES_DOCS = ("blind8_03", "blind8_07")  # lines: CRLF line ends
MIDDLE_LABEL_CSV_DOCS = ("blind8_02", "blind8_04", "blind8_06", "blind8_08")  # csv: labels on the block's middle row
FILLED_FLAT_DOCS = ("blind8_03", "blind8_07")  # flat: 一级/二级 written on every row
WRAPPED_FLAT_DOCS = ("blind8_04", "blind8_08")  # flat: lines hard-wrapped at 42 characters
FLAT_WRAP = 42
PAGE_TOP = {}  # aligned_top content lines per page (filled by choose_pages)
PAGE_CEN = {}


# ------------------------------------------------------------------ helpers
def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def load(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


def header_rows(header):
    """My header-block layout: a list of rows of cells."""
    items = [tuple(kv) for kv in header]
    h = dict(items)
    mi = [k for k, _ in items].index(MONEY)
    money = [kv for kv in items[mi + 1 :] if kv[0] not in GOALS]
    goals = [kv for kv in items if kv[0] in GOALS]
    extra = [kv for kv in items[:mi] if kv[0] not in KNOWN]
    rows = [
        ["项目名称", h["项目名称"], "项目属性", h["项目属性"]],
        ["主管部门", h["主管部门"]],
        ["实施单位", h["实施单位"], "项目期", h["项目期"]],
    ]
    for i in range(0, len(extra), 2):
        rows.append([c for kv in extra[i : i + 2] for c in kv])
    rows.append([MONEY] + [c for kv in money for c in kv])
    if len(goals) == 1:
        rows.append(list(goals[0]))
    else:
        rows.append([k for k, _ in goals])
        rows.append([v for _, v in goals])
    return rows


def grid(p):
    return p["columns"], [list(r) for r in p["rows"]]


def blocks(rows, j, j1):
    """[start, end] row ranges of the merged blocks of category column j (j1: the 一级 column, for 二级 blocks)."""
    out = []
    for i, r in enumerate(rows):
        if i == 0 or r[j] != "" or (j1 is not None and j != j1 and r[j1] != ""):
            out.append([i, i])
        else:
            out[-1][1] = i
    return out


def cat_cols(cols):
    j1 = cols.index(CAT1) if CAT1 in cols else None
    j2 = cols.index(CAT2) if CAT2 in cols else None
    return j1, j2


def write(name, text, newline="\n"):
    with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="") as f:
        f.write(text.replace("\n", newline) if newline != "\n" else text)


# ------------------------------------------------------------------ pipe: a tabulate "grid" table, padded by len()
def grid_table(rows, head):
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    wid = [max(len(r[j]) for r in rows) for j in range(n)]
    line = "+" + "+".join("-" * (x + 2) for x in wid) + "+"
    dline = "+" + "+".join("=" * (x + 2) for x in wid) + "+"
    out = [line]
    for i, r in enumerate(rows):
        out.append("| " + " | ".join(c.ljust(wid[j]) for j, c in enumerate(r)) + " |")
        out.append(dline if (head and i == 0) else line)
    return out


def pipe(doc):
    out = []
    for p in doc["projects"]:
        cols, rows = grid(p)
        out += [doc["title"], ""]
        out += grid_table(header_rows(p["header"]), False)
        out.append("")
        out += grid_table([cols] + rows, True)
        out.append("")
    return "\n".join(out)


# ------------------------------------------------------------------ pipe_bare: psql output
def psql(doc):
    out = []
    for p in doc["projects"]:
        cols, rows = grid(p)
        out.append(doc["title"])
        kw = max(dw(k) for k, _ in p["header"])
        out.append("-[ RECORD 1 ]" + "-" * max(0, kw - 12) + "+" + "-" * 40)
        for k, v in p["header"]:
            out.append((k + " " * (kw - dw(k)) + " | " + v).rstrip())
        out.append("")
        wid = [max(dw(c) for c in [cols[j]] + [r[j] for r in rows]) for j in range(len(cols))]

        def centre(s, x):
            a = (x - dw(s)) // 2
            return " " * a + s + " " * (x - dw(s) - a)

        out.append(" " + " | ".join(centre(c, wid[j]) for j, c in enumerate(cols)).rstrip())
        out.append("-" + "-+-".join("-" * x for x in wid) + "-")
        for r in rows:
            out.append(" " + " | ".join(c + " " * (wid[j] - dw(c)) for j, c in enumerate(r)).rstrip())
        out.append("(%d rows)" % len(rows))
        out.append("")
    return "\n".join(out)


# ------------------------------------------------------------------ tab / csv
def broken(text):
    """Line breaks typed into long cells (Excel alt-enter): before numbered goals `2.` `3.`; long free text after the
    first `，` past the 8th character."""
    for k in ("；2.", "；3.", "；4."):
        text = text.replace(k, "；\n" + k[1:])
    return text


def broken_long(text):
    if len(text) > 22:
        i = text.find("，", 8)
        if 0 < i < len(text) - 1:
            return text[: i + 1] + "\n" + text[i + 1 :]
    return text


def table_rows(doc, middle_labels=False):
    """All rows of the document as cells (title, header block, grid), per project."""
    per = []
    for p in doc["projects"]:
        cols, rows = grid(p)
        if middle_labels:
            rows = [list(r) for r in rows]
            j1, j2 = cat_cols(cols)
            for j in (j1, j2):
                if j is None:
                    continue
                for a, b in blocks(rows, j, j1):
                    lab = rows[a][j]
                    rows[a][j] = ""
                    rows[(a + b) // 2][j] = lab
        hdr = [[broken(c) for c in r] for r in header_rows(p["header"])]
        body = [[broken_long(c) if cols[j] in LONG else c for j, c in enumerate(r)] for r in rows]
        per.append(([[doc["title"]]], hdr, [list(cols)] + body))
    return per


def tsv(doc):
    per = table_rows(doc)
    n = max(len(r) for t, h, g in per for r in t + h + g)
    out = io.StringIO()
    w = csv.writer(out, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for i, (t, h, g) in enumerate(per):
        if i:
            w.writerow([""] * n)
        for r in t + h + g:
            w.writerow(r + [""] * (n - len(r)))
    return out.getvalue()


def csv_text(doc, doc_id):
    per = table_rows(doc, middle_labels=doc_id in MIDDLE_LABEL_CSV_DOCS)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    for t, h, g in per:
        n = max(len(r) for r in h + g)
        w.writerow(t[0])
        for r in h + g:
            w.writerow(r + [""] * (n - len(r)))
    return out.getvalue()


# ------------------------------------------------------------------ one cell a line
def break3(name):
    return "\n".join(name[i : i + 3] for i in range(0, len(name), 3))


def lines(doc, doc_id, dropped):
    out = []
    for p in doc["projects"]:
        cols, rows = grid(p)
        out.append(doc["title"])
        for r in header_rows(p["header"]):
            out += r
        out += [break3(c) if doc_id in HEADER_BREAK3_DOCS else c for c in cols]
        for r in rows:
            out += r
    if dropped:
        out = [c for c in out if c != ""]
    res, k = [], 0
    for c in out:
        for piece in c.split("\n"):
            if piece:
                k += 1
                if k % 8 == 0:
                    piece += "\t"
            res.append(piece)
    text = "\n".join(res) + "\n"
    return text.replace("\n", "\r\n") if doc_id in CRLF_LINES_DOCS else text


# ------------------------------------------------------------------ space-aligned (pdftotext -layout imitation)
CLOSING = set("，。、；：）》”’％%,.;:)!！？?")
OPENING = set("（《“‘(")
COL_W = {
    "序号": 3,
    CAT1: 5,
    CAT2: 6,
    "三级指标": 10,
    "指标内容": 10,
    "指标名称": 10,
    "实际完成值": 7,
    "分值": 3,
    "得分": 3,
    "权重": 3,
    "权重（%）": 4,
    "指标性质": 3,
    "计算符号": 3,
    "符号": 3,
    "度量单位": 4,
    "计量单位": 4,
    "指标方向性": 4,
    "绩效标准": 5,
}


def tokens(text):
    out, cur = [], ""
    for c in text:
        if ord(c) < 128 and c != " ":
            cur += c
            continue
        if cur:
            out.append(cur)
            cur = ""
        out.append(c)
    if cur:
        out.append(cur)
    return out


def wrap(text, width):
    """Wrap at display width: ASCII runs whole where they fit; no line starts with closing punctuation (the token
    before moves down with it) or ends with an opening bracket."""
    lines_, cur = [], []

    def cw(ts):
        return sum(dw(t) for t in ts)

    for t in tokens(text):
        if dw(t) > width:  # a run longer than the column: cut it
            for c in t:
                if cw(cur) + dw(c) > width:
                    lines_.append(cur)
                    cur = []
                cur.append(c)
            continue
        if cw(cur) + dw(t) > width:
            if t[0] in CLOSING and len(cur) > 1:
                lines_.append(cur[:-1])
                cur = [cur[-1]]
            elif cur and cur[-1] in OPENING and len(cur) > 1:
                lines_.append(cur[:-1])
                cur = [cur[-1]]
            else:
                lines_.append(cur)
                cur = []
        if t == " " and not cur:
            continue
        cur.append(t)
    if cur:
        lines_.append(cur)
    return ["".join(x).rstrip() for x in lines_] or [""]


def total_width(doc):
    return 168 if doc["variant"] in WIDE_VARIANTS else 118


def grid_widths(doc, cols, centred):
    """Column widths of a grid (display columns); gap 1 (top) / 2 (centred)."""
    T, gap = total_width(doc), (2 if centred else 1)
    fixed = {}
    if centred:
        if CAT1 in cols:
            fixed[cols.index(CAT1)] = 8
        if CAT2 in cols:
            fixed[cols.index(CAT2)] = 10
    weights = [COL_W.get(c, 10 if c in LONG else 8) for c in cols]
    free = T - gap * (len(cols) - 1) - sum(fixed.values())
    tw = sum(w for j, w in enumerate(weights) if j not in fixed)
    wid = [fixed.get(j, max(4, free * weights[j] // tw)) for j in range(len(cols))]
    return wid, gap


def starts(wid, gap, margin):
    s, x = [], margin
    for w in wid:
        s.append(x)
        x += w + gap
    return s


def header_widths(T, row, gap):
    n = len(row)
    if n == 4:
        ws = [int(T * 0.14), int(T * 0.40), int(T * 0.12)]
        ws.append(T - sum(ws) - 3 * gap)
    elif n == 2 and row[0] in GOALS and row[1] in GOALS:
        ws = [(T - gap) // 2, T - gap - (T - gap) // 2]
    elif n == 2 and row[0] not in GOALS + KNOWN + ("项目负责人", "联系电话"):  # the goal texts row
        ws = [(T - gap) // 2, T - gap - (T - gap) // 2]
    elif n == 2:
        ws = [int(T * 0.14), T - int(T * 0.14) - gap]
    else:  # money row: key, then (money key, amount) pairs
        k = int(T * 0.14)
        kw = max([12] + [dw(c) for c in row[1::2]])
        ws = [k] + [kw, 10] * ((n - 1) // 2)
        if sum(ws) + gap * (n - 1) > T:
            rest = T - k - gap * (n - 1)
            ws = [k] + [rest // (n - 1)] * (n - 1)
    return ws


def header_layout(doc, p, centred, margin):
    """[(row cells, widths, starts)] of the header block."""
    T, gap = total_width(doc), (2 if centred else 1)
    rows = header_rows(p["header"])
    # the goal-text row follows a row of goal keys: mark it by position
    out = []
    prev_goal_keys = False
    for r in rows:
        if prev_goal_keys:
            ws = [(T - gap) // 2, T - gap - (T - gap) // 2]
        else:
            ws = header_widths(T, r, gap)
        prev_goal_keys = len(r) == 2 and all(c in GOALS for c in r)
        out.append((r, ws, starts(ws, gap, margin)))
    return out


def place(line, col, text):
    """Put text at display column col of line (a list of single-width slots)."""
    need = col + dw(text)
    while len(line) < need:
        line.append(" ")
    x = col
    for c in text:
        line[x] = c
        if dw(c) == 2:
            line[x + 1] = ""
            x += 2
        else:
            x += 1


def render_row(cells, ws, ss, height=None, valign="top", halign=None):
    """Lines of one table row: cells wrapped in their widths, placed at their starts."""
    wrapped = [wrap(c, w) if c else [] for c, w in zip(cells, ws)]
    h = max([len(x) for x in wrapped] + [1]) if height is None else height
    buf = [[] for _ in range(h)]
    for j, pieces in enumerate(wrapped):
        top = 0 if valign == "top" else (h - len(pieces)) // 2
        for i, piece in enumerate(pieces):
            x = ss[j]
            if halign and halign[j]:
                x += (ws[j] - dw(piece)) // 2
            place(buf[top + i], x, piece)
    return ["".join(b).rstrip() for b in buf]


def centred_cols(cols):
    return [c not in NAME_COLS and c not in LONG for c in cols]


def doc_blocks(doc, centred):
    """The document as a list of items: ('keep', lines) never split; ('head', lines) the grid header;
    ('row', project index, row index, lines)."""
    T = total_width(doc)
    margin = 0 if centred else 3
    items = []
    for pi, p in enumerate(doc["projects"]):
        title = doc["title"]
        t = [" " * (margin + max(0, (T - dw(title)) // 2)) + title, " " * (margin + T - 10) + "单位：万元"]
        hb = []
        for r, ws, ss in header_layout(doc, p, centred, margin):
            hb += render_row(r, ws, ss, valign="middle" if centred else "top", halign=None)
        items.append(("keep", [""] + t + [""] + hb if pi else t + [""] + hb))
        cols, rows = grid(p)
        wid, gap = grid_widths(doc, cols, centred)
        ss = starts(wid, gap, margin)
        hal = centred_cols(cols) if centred else None
        items.append(("head", render_row(cols, wid, ss, valign="middle" if centred else "top", halign=hal), pi))
        j1, j2 = cat_cols(cols)
        cats = [j for j in (j1, j2) if j is not None]
        for ri, r in enumerate(rows):
            items.append(("row", pi, ri, r, wid, ss, hal, cats))
    return items


def row_lines(r, wid, ss, hal, cats, centred, labels_off):
    cells = list(r)
    if labels_off:
        for j in cats:
            cells[j] = ""
    return render_row(cells, wid, ss, valign="middle" if centred else "top", halign=hal)


def aligned_top(doc, L):
    """Top-aligned cells, merged labels on their block's first row; gap 1, margin 3; a running head on every page,
    footer `第 n 页` right-aligned; rows MAY split across pages; the grid header is NOT repeated."""
    T = total_width(doc)
    content = []  # (line, splittable-group id)
    gid = 0
    for it in doc_blocks(doc, False):
        gid += 1
        if it[0] == "keep":
            content.append((it[1], gid, False))
        elif it[0] == "head":
            content.append((it[1], gid, "head"))
        else:
            _, pi, ri, r, wid, ss, hal, cats = it
            content.append((row_lines(r, wid, ss, hal, cats, False, False), gid, True))
    pages, cur = [], []
    i = 0
    while i < len(content):
        lines_, _, kind = content[i]
        room = L - len(cur)
        if kind == "head":  # keep the grid header with the first line of the first row
            need = len(lines_) + 1
        else:
            need = len(lines_) if kind is not True else 1
        if need > room and cur:
            pages.append(cur)
            cur = []
            continue
        if kind is True and len(lines_) > room:  # a row split by the page (Word: 允许跨页断行)
            cur += lines_[:room]
            pages.append(cur)
            cur = []
            content[i] = (lines_[room:], content[i][1], True)
            continue
        cur += lines_
        i += 1
    if cur:
        pages.append(cur)
    head = " " * 3 + "示例市部门预算公开"
    out = []
    for n, pg in enumerate(pages, 1):
        body = [head, ""] + pg + [""] * (L - len(pg)) + ["", " " * (3 + T - 8) + "第 %d 页" % n]
        out.append("\n".join(body))
    return "\n\f".join(out) + "\n", pages


def aligned_centred(doc, L):
    """Cells centred (names and free text left), vertically centred rounding down; merged labels centred over the
    lines of their block, and over each part of a block cut by a page (the label printed in each part); category
    columns narrow so labels wrap; gap 2, no margin; rows never split; the grid header repeated on a continuation
    page; footer `— n —` centred."""
    T = total_width(doc)
    items = doc_blocks(doc, True)
    # group rows per project to place the labels after pagination
    pages, cur = [], []  # cur: list of entries ('lines', [..]) or ('row', item, nlines)
    used = 0
    last_head = None
    for it in items:
        if it[0] == "keep":
            n = len(it[1])
            if used + n > L and cur:
                pages.append(cur)
                cur, used = [], 0
            cur.append(("lines", it[1]))
            used += n
        elif it[0] == "head":
            last_head = it[1]
            n = len(it[1])
            if used + n + 2 > L and cur:
                pages.append(cur)
                cur, used = [], 0
            cur.append(("lines", it[1]))
            used += n
        else:
            _, pi, ri, r, wid, ss, hal, cats = it
            n = len(row_lines(r, wid, ss, hal, cats, True, True))
            if used + n > L and cur:
                pages.append(cur)
                cur, used = [("lines", last_head)], len(last_head)
            cur.append(("row", it, n))
            used += n
    if cur:
        pages.append(cur)
    out = []
    for n_page, pg in enumerate(pages, 1):
        text = []
        k = 0
        while k < len(pg):
            if pg[k][0] == "lines":
                text += pg[k][1]
                k += 1
                continue
            # a run of rows of one project on this page
            run = []
            while k < len(pg) and pg[k][0] == "row" and (not run or pg[k][1][1] == run[0][1][1]):
                run.append(pg[k])
                k += 1
            text += place_run(run)
        body = text + [""] * max(0, L - len(text)) + ["", " " * max(0, (T - 7) // 2) + "— %d —" % n_page]
        out.append("\n".join(body))
    return "\n\f".join(out) + "\n", pages


def place_run(run):
    """Rows of one grid on one page, with the merged labels centred over each block's part on this page."""
    _, it0, _ = run[0]
    _, pi, _, _, wid, ss, hal, cats = it0
    rows = [e[1][3] for e in run]
    heights = [e[2] for e in run]
    # label parts: for each category column, runs of rows belonging to one block; the label is the block's
    labels = []  # (j, first row, last row, label)
    for j in cats:
        j1 = cats[0]
        cur = None
        for i, r in enumerate(rows):
            opens = r[j] != "" or (j != j1 and r[j1] != "")
            if opens or cur is None:
                if cur:
                    labels.append(cur)
                lab = r[j] if r[j] != "" else running_label(run, i, j)
                cur = [j, i, i, lab]
            else:
                cur[2] = i
        if cur:
            labels.append(cur)
    # grow the last row of a part whose label needs more lines
    for j, a, b, lab in labels:
        need = len(wrap(lab, wid[j])) if lab else 0
        have = sum(heights[a : b + 1])
        if need > have:
            heights[b] += need - have
    buf = []
    for i, r in enumerate(rows):
        cells = list(r)
        for j in cats:
            cells[j] = ""
        buf += render_row(cells, wid, ss, height=heights[i], valign="middle", halign=hal)
    buf = [list(x) for x in buf]
    offs = [sum(heights[:i]) for i in range(len(rows))]
    for j, a, b, lab in labels:
        if not lab:
            continue
        pieces = wrap(lab, wid[j])
        top = offs[a] + (sum(heights[a : b + 1]) - len(pieces)) // 2
        for q, piece in enumerate(pieces):
            line = buf[top + q]
            x = ss[j] + (wid[j] - dw(piece)) // 2
            place(line, x, piece)
    return ["".join(x).rstrip() for x in buf]


def running_label(run, i, j):
    """The label in force at run row i for column j (a block continued from the page before)."""
    it = run[i][1]
    return LABELS.get((it[1], it[2], j), "")


LABELS = {}


def index_labels(doc):
    LABELS.clear()
    for pi, p in enumerate(doc["projects"]):
        cols, rows = grid(p)
        j1, j2 = cat_cols(cols)
        lab = {}
        for ri, r in enumerate(rows):
            if j1 is not None and r[j1] != "":
                lab[j1] = r[j1]
                if j2 is not None:
                    lab[j2] = r[j2]
            if j2 is not None and r[j2] != "":
                lab[j2] = r[j2]
            for j in (j1, j2):
                if j is not None:
                    LABELS[(pi, ri, j)] = lab.get(j, "")


def cuts_grid(pages_):
    """aligned_centered: does some page go on with a grid, with at least 3 of its rows on that page?"""
    for pg in pages_[1:]:
        rows = [e for e in pg if e[0] == "row"]
        if rows and rows[0][1][2] > 0 and len([e for e in rows if e[1][1] == rows[0][1][1]]) >= 3:
            return True
    return False


def top_cut(doc, L):
    """aligned_top: does some page go on with a grid (a row, or the rest of a split row), with at least 3 lines of
    it before the next title?"""
    text, pages_ = aligned_top(doc, L)
    heads = {it[1][0].strip() for it in doc_blocks(doc, False) if it[0] == "head"}
    for pg in text.split("\f")[1:]:
        ls = [x for x in pg.split("\n")[2:] if x.strip()][:-1]  # without the running head and the footer
        if ls and ls[0].strip() in heads:
            continue  # a grid that starts on this page is not cut
        n = 0
        for x in ls:
            if doc["title"] in x:
                break
            n += 1
        if ls and doc["title"] not in ls[0] and n >= 3:
            return True
    return False


def choose_pages(doc, doc_id):
    """Page lengths: the first length (from the base down) at which a grid goes on over a page."""
    wide = doc["variant"] in WIDE_VARIANTS
    base_top, base_cen = (40, 44) if wide else (58, 64)
    for L in list(range(base_top, base_top - 26, -1)) + [base_top]:
        if top_cut(doc, L):
            break
    PAGE_TOP[doc_id] = L
    for L in list(range(base_cen, base_cen - 26, -1)) + [base_cen]:
        if cuts_grid(aligned_centred(doc, L)[1]):
            break
    PAGE_CEN[doc_id] = L


# ------------------------------------------------------------------ flat / oneline
def flat(doc, doc_id):
    out = []
    for p in doc["projects"]:
        cols, rows = grid(p)
        out.append(doc["title"])
        for r in header_rows(p["header"]):
            out.append("".join(r))
        out.append("".join(cols))
        if doc_id in FILLED_FLAT_DOCS:
            j1, j2 = cat_cols(cols)
            lab = {}
            filled = []
            for r in rows:
                r = list(r)
                if j1 is not None and r[j1]:
                    lab = {j1: r[j1]}
                for j in (j1, j2):
                    if j is None:
                        continue
                    if r[j]:
                        lab[j] = r[j]
                    else:
                        r[j] = lab.get(j, "")
                filled.append(r)
            rows = filled
        for r in rows:
            out.append("".join(r))
    if doc_id in WRAPPED_FLAT_DOCS:
        res = []
        for x in out:
            while len(x) > FLAT_WRAP:
                res.append(x[:FLAT_WRAP])
                x = x[FLAT_WRAP:]
            res.append(x)
        out = res
    return "\n".join(out) + "\n"


def oneline(doc):
    s = ""
    for p in doc["projects"]:
        cols, rows = grid(p)
        s += doc["title"]
        s += "".join("".join(r) for r in header_rows(p["header"]))
        s += "".join(cols) + "".join("".join(r) for r in rows)
    return s + "\n"


# ------------------------------------------------------------------ xlsx
def xlsx(doc, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    wrap_al = Alignment(wrap_text=True, vertical="center")
    ncols = max(len(p["columns"]) for p in doc["projects"]) + 1
    r = 1
    for pi, p in enumerate(doc["projects"]):
        cols, rows = grid(p)
        T = len(cols) + 1
        ws.cell(r, 1, doc["title"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=T)
        r += 1
        ws.cell(r, T, "单位：万元")
        r += 1
        prev_goal_keys = False
        for row in header_rows(p["header"]):
            n = len(row)
            if n == 4 and T >= 5:
                mid = (T + 1) // 2
                spots = [(1, 1), (2, mid), (mid + 1, mid + 1), (mid + 2, T)]
            elif n == 2 and (prev_goal_keys or all(c in GOALS for c in row)):
                mid = (T + 1) // 2
                spots = [(1, mid), (mid + 1, T)]
            elif n == 2:
                spots = [(1, 1), (2, T)]
            else:
                spots = [(j + 1, j + 1) for j in range(n)]
            prev_goal_keys = n == 2 and all(c in GOALS for c in row)
            for (a, b), v in zip(spots, row):
                c = ws.cell(r, a, v)
                c.alignment = wrap_al
                if b > a:
                    ws.merge_cells(start_row=r, start_column=a, end_row=r, end_column=b)
            r += 1
        # the grid: column A holds 年度绩效指标 merged down over the grid
        top = r
        for j, c in enumerate(cols):
            ws.cell(r, j + 2, c).alignment = wrap_al
        for row in rows:
            r += 1
            for j, c in enumerate(row):
                if c != "":
                    ws.cell(r, j + 2, c).alignment = wrap_al
        ws.cell(top, 1, "年度绩效指标").alignment = wrap_al
        ws.merge_cells(start_row=top, start_column=1, end_row=r, end_column=1)
        j1, j2 = cat_cols(cols)
        for j in (j1, j2):
            if j is None:
                continue
            for a, b in blocks(rows, j, j1):
                if b > a:
                    ws.merge_cells(start_row=top + 1 + a, start_column=j + 2, end_row=top + 1 + b, end_column=j + 2)
        r += 2
    ws.column_dimensions["A"].width = 12
    for j in range(2, ncols + 2):
        ws.column_dimensions[chr(64 + j)].width = 16
    import datetime

    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 1, 15, 9, 0, 0)
    wb.properties.creator = "blind8"
    tmp = path + ".tmp"
    wb.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time: fix it (byte-stable files)
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-15T09:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.remove(tmp)


# ------------------------------------------------------------------ main
def render(doc_id):
    doc = load(doc_id)
    index_labels(doc)
    write(doc_id + ".pipe.txt", pipe(doc) + "\n")
    write(doc_id + ".pipe_bare.txt", psql(doc))
    write(doc_id + ".tab.tsv", tsv(doc))
    write(doc_id + ".csv", csv_text(doc, doc_id))
    write(doc_id + ".lines.txt", lines(doc, doc_id, False))
    write(doc_id + ".lines_dropped.txt", lines(doc, doc_id, True))
    choose_pages(doc, doc_id)
    write(doc_id + ".aligned_top.txt", aligned_top(doc, PAGE_TOP[doc_id])[0])
    write(doc_id + ".aligned_centered.txt", aligned_centred(doc, PAGE_CEN[doc_id])[0])
    write(doc_id + ".flat.txt", flat(doc, doc_id))
    write(doc_id + ".oneline.txt", oneline(doc))
    xlsx(doc, os.path.join(DOCS, doc_id + ".xlsx"))
    return PAGE_TOP[doc_id], PAGE_CEN[doc_id]


def main():
    for name in sorted(os.listdir(DATA)):
        if name.endswith(".json"):
            doc_id = name[:-5]
            print(doc_id, "pages of", render(doc_id), "lines (aligned_top, aligned_centered)")


if __name__ == "__main__":
    main()
