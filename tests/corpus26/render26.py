"""blind26 renderer (own code): writes docs/<doc>.{pipe.txt,pipe_bare.txt,tab.tsv,csv,lines.txt,lines_dropped.txt,
aligned_top.txt,aligned_centered.txt,flat.txt,oneline.txt,xlsx,docx} from data/<doc>.json.
Real tools used: the sqlite3 CLI (tab: `.mode ascii`) and html2text 2025.4.15 (flat; `pip install html2text`,
looked for on sys.path and in /tmp/h2t).  Usage: python render26.py /work/blind26"""

import html
import re
import io
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

sys.path.append("/tmp/h2t")
import html2text  # noqa: E402
import openpyxl  # noqa: E402
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402
from openpyxl.styles import Alignment  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
CATS = ("一级指标", "二级指标")
GOALS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")
PAIRS = {"主管部门": "实施单位", "项目属性": "项目期"}
WIDE = ("coded", "self_evaluation")
NUMERIC_COLS = ("权重", "分值", "得分")
FIXED_DT = (2025, 2, 18, 9, 30, 0)


# ------------------------------------------------------------------ the sheet model
def header_rows(header):
    """Header block as rows of cells; a money row after the first has None (merged) in column 1."""
    out, i = [], 0
    items = [list(kv) for kv in header]
    while i < len(items):
        k, v = items[i]
        nxt = items[i + 1][0] if i + 1 < len(items) else None
        if k in PAIRS and nxt == PAIRS[k]:
            out.append(("pair", [k, v, nxt, items[i + 1][1]]))
            i += 2
        elif k == "项目资金（万元）":
            j, first = i + 1, True
            while j < len(items) and items[j][0] not in GOALS:
                out.append(("money", [k if first else None, items[j][0], items[j][1]]))
                first, j = False, j + 1
            i = j
        else:
            out.append(("goal" if k in GOALS else "kv", [k, v]))
            i += 1
    return out


def cat_idx(cols):
    return [j for j, c in enumerate(cols) if c in CATS]


def grid_cells(p):
    """Grid rows with None for a merged 一级/二级 continuation, "" for an own-empty cell."""
    cols, out = p["columns"], []
    ci = cat_idx(p["columns"])
    for i, r in enumerate(p["rows"]):
        row = list(r)
        for j in ci:
            if i > 0 and r[j] == "" and not (cols[j] == "二级指标" and ci[0] != j and r[ci[0]] != ""):
                row[j] = None
        out.append(row)
    return out


def blocks(p, j):
    """[first, last] row ranges of the merged blocks of category column j."""
    g, out = grid_cells(p), []
    for i, r in enumerate(g):
        if r[j] is None:
            out[-1][1] = i
        else:
            out.append([i, i])
    return out


def project_rows(doc, p):
    rows = [[doc["title"]]]
    rows += [c for _, c in header_rows(p["header"])]
    rows.append(list(p["columns"]))
    rows += grid_cells(p)
    return rows


def staged(doc):
    """The whole document on one sheet: every project's rows, an all-None row between projects, padded with None."""
    w = max(max(4, len(p["columns"])) for p in doc["projects"])
    out = []
    for k, p in enumerate(doc["projects"]):
        if k:
            out.append([None] * w)
        for r in project_rows(doc, p):
            out.append(list(r) + [None] * (w - len(r)))
    return out, w


# ------------------------------------------------------------------ pipe: TiddlyWiki 5 tiddler
def tw_cell(s):
    if s in ("<", ">", "~"):
        return {"<": "&lt;", ">": "&gt;", "~": "&#126;"}[s]
    return s if s != "" else " "


def r_pipe(doc):
    out = ["title: %s" % doc["title"], "tags: 预算公开 绩效目标", "type: text/vnd.tiddlywiki", ""]
    for p in doc["projects"]:
        out += ["!! " + doc["title"], ""]
        for kind, c in header_rows(p["header"]):
            if kind == "pair":
                out.append("|!%s|%s|!%s|%s|" % (c[0], tw_cell(c[1]), c[2], tw_cell(c[3])))
            elif kind == "money":
                out.append("|%s|!%s|%s|<|" % ("~" if c[0] is None else "!" + c[0], c[1], tw_cell(c[2])))
            else:
                out.append("|!%s|%s|<|<|" % (c[0], tw_cell(c[1])))
        out.append("")
        out.append("|" + "|".join(p["columns"]) + "|h")
        for r in grid_cells(p):
            out.append("|" + "|".join("~" if c is None else tw_cell(c) for c in r) + "|")
        out.append("")
    return "\n".join(out)


# ------------------------------------------------------------------ pipe_bare: MS Access export, delimiter |
def r_pipe_bare(doc):
    rows, w = staged(doc)
    out = ["ID|" + "|".join("Field%d" % (i + 1) for i in range(w))]
    for n, r in enumerate(rows, 1):
        out.append("%d|" % n + "|".join("" if c is None else c for c in r))
    return "\ufeff" + "\r\n".join(out) + "\r\n"


# ------------------------------------------------------------------ tab: sqlite3 CLI .mode ascii
def r_tab(doc):
    rows, w = staged(doc)
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "jx.db")
        con = sqlite3.connect(db)
        con.execute("CREATE TABLE jx (%s)" % ", ".join("c%d TEXT" % (i + 1) for i in range(w)))
        con.executemany("INSERT INTO jx VALUES (%s)" % ",".join("?" * w), rows)
        con.commit()
        con.close()
        res = subprocess.run(
            ["sqlite3", db, ".headers on", ".mode ascii", "SELECT * FROM jx ORDER BY rowid;"],
            capture_output=True,
            check=True,
        )
    return res.stdout


# ------------------------------------------------------------------ csv: Apple Numbers export, table names on
def r_csv(doc):
    import csv

    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\n")
    first = True
    for k, p in enumerate(doc["projects"], 1):
        hb = [[doc["title"], "", "", ""]] + [
            [("" if x is None else x) for x in c] + [""] * (4 - len(c)) for _, c in header_rows(p["header"])
        ]
        grid = [list(p["columns"])] + [["" if x is None else x for x in r] for r in grid_cells(p)]
        for name, table in (("项目%d-基本信息" % k, hb), ("项目%d-绩效指标" % k, grid)):
            if not first:
                buf.write("\n")
            first = False
            buf.write(name + "\n")
            for r in table:
                wr.writerow(r)
    return buf.getvalue()


# ------------------------------------------------------------------ lines: a copied range, tabs replaced by line breaks
def r_lines(doc):
    rows, w = staged(doc)
    return "".join("\n".join("" if c is None else c for c in r) + "\r\n" for r in rows)


def r_lines_dropped(text):
    parts = text.splitlines(keepends=True)
    return "".join(x for x in parts if x not in ("\n", "\r\n"))


# ------------------------------------------------------------------ aligned: a print read back by pdftotext -layout
def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


CLOSERS = set("，。；：、）)%％》”’")
OPENERS = set("（(《“‘")


def wrap(text, width):
    if text == "":
        return []
    toks, i = [], 0
    while i < len(text):  # ASCII runs stay whole
        j = i
        while j < len(text) and ord(text[j]) < 128 and text[j] != " ":
            j += 1
        if j > i:
            toks.append(text[i:j])
            i = j
        else:
            toks.append(text[i])
            i += 1
    lines, cur = [], ""
    for t in toks:
        if dw(cur + t) <= width:
            cur += t
            continue
        if dw(t) > width:  # a long ASCII run: break by characters
            for ch in t:
                if dw(cur + ch) > width:
                    lines.append(cur)
                    cur = ""
                cur += ch
            continue
        if t[0] in CLOSERS and cur:  # a closing mark never starts a line
            lines.append(cur[:-1])
            cur = cur[-1] + t
        elif cur and cur[-1] in OPENERS and len(cur) > 1:  # an opening mark never ends a line
            lines.append(cur[:-1])
            cur = cur[-1] + t
        else:
            lines.append(cur)
            cur = t
    if cur:
        lines.append(cur)
    return lines


def spread(key, width):
    """分散对齐: the characters of a one-line CJK key spread over the key column."""
    n = len(key)
    if n < 2 or any(unicodedata.east_asian_width(ch) not in "WF" for ch in key) or dw(key) > width:
        return key
    g = (width - 2 * n) // (n - 1)
    return (" " * g).join(key) if g > 0 else key


COLW = {"序号": 5, "一级指标": 12, "二级指标": 14, "三级指标": 26, "指标名称": 26, "指标内容": 26}
VALUE_COLS = (
    "指标值",
    "年度指标值",
    "实施期指标值",
    "长期指标值",
    "中期指标值",
    "指标值及单位",
    "目标值",
    "实际完成值",
    "上年实际值",
    "对标值",
)
FREE_COLS = ("评分依据", "偏差原因及改进措施", "改进建议", "自评依据", "情况说明", "监测点位", "考核主体")


def col_widths(cols, table_w, gap):
    base = []
    for c in cols:
        if c in COLW:
            base.append(COLW[c])
        elif c in VALUE_COLS:
            base.append(16)
        elif c in FREE_COLS:
            base.append(20)
        else:
            base.append(max(8, dw(c)))
    room = table_w - gap * (len(cols) - 1)
    extra = room - sum(base)
    flex = [
        j for j, c in enumerate(cols) if c in ("三级指标", "指标名称", "指标内容") or c in VALUE_COLS or c in FREE_COLS
    ]
    if extra > 0 and flex:
        for k, j in enumerate(flex):
            base[j] += extra // len(flex) + (1 if k < extra % len(flex) else 0)
    return base


def put(line, x, text):
    cur = dw(line)
    if cur < x:
        line += " " * (x - cur)
    return line + text


def lay_table(rows_cells, widths, margin, gap, valign, spans=None, keycols=()):
    """rows_cells: list of rows of (col, text) placed in column slots; returns (list of row line-lists)
    spans: {(row, col): nrows} a merged cell starting at row covering nrows rows (text laid over the block)."""
    xs, x = [], margin
    for w in widths:
        xs.append(x)
        x += w + gap
    spans = spans or {}
    covered = {(r + k, c) for (r, c), n in spans.items() for k in range(1, n)}
    wrapped = []
    for i, row in enumerate(rows_cells):
        wr = {}
        for c, text in row:
            if (i, c) in covered or text is None:
                continue
            w = sum(widths[c : c + 1])
            if isinstance(text, tuple):  # (text, span width in columns)
                text, ncols = text
                w = sum(widths[c : c + ncols]) + gap * (ncols - 1)
            wr[c] = [spread(text, w)] if c in keycols and len(wrap(text, w)) == 1 else wrap(text, w)
        wrapped.append(wr)
    heights = []
    for i, wr in enumerate(wrapped):
        h = max([len(v) for c, v in wr.items() if (i, c) not in spans] + [1])
        heights.append(h)
    for (r, c), n in spans.items():  # a label longer than its block grows the block's last row
        need = len(wrapped[r].get(c, []))
        have = sum(heights[r : r + n])
        if need > have:
            heights[r + n - 1] += need - have
    canvas = [[""] * h for h in heights]
    flat_index = [(i, k) for i, h in enumerate(heights) for k in range(h)]
    start = [sum(heights[:i]) for i in range(len(heights))]
    grid = [[] for _ in flat_index]
    for i, wr in enumerate(wrapped):
        for c, lines in wr.items():
            if (i, c) in spans:
                n = spans[(i, c)]
                total = sum(heights[i : i + n])
                off = 0 if valign == "top" else (total - len(lines) + 1) // 2
            else:
                off = 0 if valign == "top" else (heights[i] - len(lines) + 1) // 2
            for k, t in enumerate(lines):
                grid[start[i] + off + k].append((xs[c], t))
    out_rows = []
    for i, h in enumerate(heights):
        rl = []
        for k in range(h):
            line = ""
            for x, t in sorted(grid[start[i] + k]):
                line = put(line, x, t)
            rl.append(line.rstrip())
        out_rows.append(rl)
    del canvas
    return out_rows


def project_units(doc, p, st):
    """Units of lines for one project: (kind, lines).  kind 'grid_header' is repeated on a continuation page."""
    m, tw, gap = st["margin"], st["table_w"], st["gap"]
    units = []
    t = doc["title"]
    title_lines = [" " * (m + max(0, (tw - dw(t)) // 2)) + t, " " * (m + tw - dw("单位：万元")) + "单位：万元"]
    kw = 16
    hb_rows, spans = [], {}
    vw = (tw - 2 * kw - 3 * gap) // 2
    widths = [kw, kw, vw - kw - gap, kw, tw - 2 * kw - vw - 3 * gap]
    money_start = None
    hr = header_rows(p["header"])
    for i, (kind, c) in enumerate(hr):
        if kind == "pair":
            hb_rows.append([(0, c[0]), (1, (c[1], 2)), (3, c[2]), (4, c[3])])
        elif kind == "money":
            if c[0] is not None:
                money_start = i
                n = sum(1 for k2, _ in hr if k2 == "money")
                if n > 1:
                    spans[(i, 0)] = n
            hb_rows.append([(0, c[0]), (1, c[1]), (2, (c[2], 3))])
        else:
            hb_rows.append([(0, c[0]), (1, (c[1], 4))])
    del money_start
    keycols = (0, 1, 2) if st["spread_keys"] else ()
    # key cells only are spread: value cells are never in columns 0/2 except pair keys; a money key in column 1
    hb_lines = lay_table_keys(hb_rows, widths, m, gap, st["valign"], spans, keycols, hr)
    units.append(("title", title_lines + [ln for rl in hb_lines for ln in rl]))
    cols = p["columns"]
    cw = col_widths(cols, tw, gap)
    gh = lay_table([list(enumerate(cols))], cw, m, gap, st["valign"])
    g = grid_cells(p)
    gspans = {}
    for j in cat_idx(cols):
        for a, b in blocks(p, j):
            if b > a:
                gspans[(a, j)] = b - a + 1
    grows = lay_table([list(enumerate(r)) for r in g], cw, m, gap, st["valign"], gspans)
    units.append(("grid_header", gh[0]))
    for rl in grows:
        units.append(("row", rl))
    return units


def lay_table_keys(hb_rows, widths, m, gap, valign, spans, keycols, hr):
    """Header block: key cells (column 0 always; column 2 of a pair row; column 1 of a money row) may be spread."""
    if not keycols:
        return lay_table(hb_rows, widths, m, gap, valign, spans)
    out = []
    for i, (kind, c) in enumerate(hr):
        cells = []
        for col, text in hb_rows[i]:
            is_key = col == 0 or (kind == "pair" and col == 3) or (kind == "money" and col == 1)
            if is_key and text is not None and not isinstance(text, tuple):
                text = ("\x00" + text, 1)
            cells.append((col, text))
        out.append(cells)
    # lay out with a marker: spread keys by pre-spreading their text when they fit one line
    fixed = []
    for cells in out:
        row = []
        for col, text in cells:
            if isinstance(text, tuple) and text[0].startswith("\x00"):
                k = text[0][1:]
                row.append((col, spread(k, widths[col]) if dw(k) <= widths[col] else k))
            else:
                row.append((col, text))
        fixed.append(row)
    return lay_table(fixed, widths, m, gap, valign, spans)


def paginate(units, st):
    pages, cur, gh = [], [], None
    body = st["page_lines"]
    for kind, lines in units:
        if kind == "grid_header":
            gh = lines
        if kind == "title":
            gh = None
        if len(cur) + len(lines) > body:
            pages.append(cur)
            cur = []
            if kind == "row" and gh:
                cur += gh
        if kind == "title" and cur:
            pass
        cur += lines
    if cur:
        pages.append(cur)
    return pages


def r_aligned(doc, st):
    units = []
    for k, p in enumerate(doc["projects"]):
        if k:
            units.append(("blank", [""]))
        units += project_units(doc, p, st)
    pages = paginate(units, st)
    out = []
    for n, body in enumerate(pages, 1):
        lines = list(st["head"](doc, n, len(pages))) + body + [""] * (st["page_lines"] - len(body))
        lines += st["foot"](doc, n, len(pages))
        out.append("\n".join(lines) + "\n\f")
    return "".join(out)


def top_style(doc):
    wide = doc["variant"] in WIDE
    tw = 150 if wide else 118
    return {
        "margin": 5,
        "gap": 2,
        "table_w": tw,
        "page_lines": 40,
        "valign": "top",
        "spread_keys": True,
        "head": lambda d, n, m: [],
        "foot": lambda d, n, m: ["", " " * (5 + tw - dw("第 %d 页" % n)) + "第 %d 页" % n],
    }


def centered_style(doc):
    wide = doc["variant"] in WIDE
    pw, tw = (196, 150) if wide else (150, 112)
    m = (pw - tw) // 2
    return {
        "margin": m,
        "gap": 2,
        "table_w": tw,
        "page_lines": 34,
        "valign": "center",
        "spread_keys": False,
        "head": lambda d, n, mm: [" " * ((pw - dw("绩效目标表")) // 2) + "绩效目标表", ""],
        "foot": lambda d, n, mm: ["", " " * ((pw - dw("第 %d 页" % n)) // 2) + "第 %d 页" % n],
    }


# ------------------------------------------------------------------ flat: html2text of the mirror's page
def mirror_html(doc):
    e = html.escape
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body>' % e(doc["title"])]
    for p in doc["projects"]:
        out.append("<h2>%s</h2>" % e(doc["title"]))
        out.append('<table class="xmxx">')
        hr = header_rows(p["header"])
        nmoney = sum(1 for k, _ in hr if k == "money")
        for kind, c in hr:
            if kind == "pair":
                out.append("<tr><th>%s</th><td>%s</td><th>%s</th><td>%s</td></tr>" % tuple(e(x) for x in c))
            elif kind == "money":
                first = "" if c[0] is None else '<th rowspan="%d">%s</th>' % (nmoney, e(c[0]))
                out.append('<tr>%s<th>%s</th><td colspan="2">%s</td></tr>' % (first, e(c[1]), e(c[2])))
            else:
                out.append('<tr><th>%s</th><td colspan="3">%s</td></tr>' % (e(c[0]), e(c[1])))
        out.append("</table>")
        out.append('<table class="jxzb"><tr>' + "".join("<th>%s</th>" % e(c) for c in p["columns"]) + "</tr>")
        spans = {}
        for j in cat_idx(p["columns"]):
            for a, b in blocks(p, j):
                spans[(a, j)] = b - a + 1
        for i, r in enumerate(grid_cells(p)):
            tds = []
            for j, c in enumerate(r):
                if c is None:
                    continue
                rs = spans.get((i, j), 1)
                tds.append(('<td rowspan="%d">%s</td>' % (rs, e(c))) if rs > 1 else "<td>%s</td>" % e(c))
            out.append("<tr>" + "".join(tds) + "</tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "".join(out)


def r_flat(doc):
    h = html2text.HTML2Text()
    h.ignore_tables = True
    h.body_width = 0
    return h.handle(mirror_html(doc))


# ------------------------------------------------------------------ oneline: PHP serialize(), one project a line
def php(v):
    if v is None:
        return "N;"
    if isinstance(v, str):
        return 's:%d:"%s";' % (len(v.encode("utf-8")), v)
    return "a:%d:{%s}" % (len(v), "".join("i:%d;%s" % (i, php(x)) for i, x in enumerate(v)))


def r_oneline(doc):
    return "".join(php(project_rows(doc, p)) + "\n" for p in doc["projects"])


# ------------------------------------------------------------------ xlsx
def numval(s):
    t = s.replace(",", "")
    try:
        if t.endswith("%"):
            return float(t[:-1]) / 100, "0.00%"
        if "." in t:
            return float(t), "#,##0.00" if "," in s or len(t.split(".")[1]) == 2 else "0.00"
        return int(t), "0"
    except ValueError:
        return None, None


def fix_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":  # openpyxl stamps the save time into dcterms:modified
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-02-18T09:30:00Z", data)
            zi = zipfile.ZipInfo(name, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def r_xlsx(doc, path):
    import datetime

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出绩效目标表"
    W = max(max(4, len(p["columns"])) for p in doc["projects"])
    al = Alignment(wrap_text=True, vertical="center")
    ws.cell(1, 1, "附件3")
    r = 3
    for p in doc["projects"]:
        ws.cell(r, 1, doc["title"]).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=W)
        r += 1
        ws.cell(r, W, "单位：万元").alignment = Alignment(horizontal="right")
        r += 1
        hr = header_rows(p["header"])
        half = W // 2
        money0 = None
        for kind, c in hr:
            if kind == "pair":
                ws.cell(r, 1, c[0])
                ws.cell(r, 2, c[1])
                if half > 2:
                    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=half)
                ws.cell(r, half + 1, c[2])
                ws.cell(r, half + 2, c[3])
                if W > half + 2:
                    ws.merge_cells(start_row=r, start_column=half + 2, end_row=r, end_column=W)
            elif kind == "money":
                if c[0] is not None:
                    ws.cell(r, 1, c[0])
                    money0 = r
                ws.cell(r, 2, c[1])
                v, fmt = numval(c[2])
                cell = ws.cell(r, 3, v if v is not None else c[2])
                if fmt:
                    cell.number_format = fmt
                ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=W)
            else:
                ws.cell(r, 1, c[0])
                ws.cell(r, 2, c[1]).alignment = al
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=W)
            r += 1
            if kind != "money" and money0 is not None:
                pass
        nm = sum(1 for k, _ in hr if k == "money")
        first_money = r - len(hr) + [i for i, (k, _) in enumerate(hr) if k == "money"][0]
        if nm > 1:
            ws.merge_cells(start_row=first_money, start_column=1, end_row=first_money + nm - 1, end_column=1)
        cols = p["columns"]
        for j, c in enumerate(cols):
            ws.cell(r, j + 1, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        r += 1
        g0 = r
        for row in grid_cells(p):
            for j, c in enumerate(row):
                if c is None or c == "":
                    continue
                if cols[j] in NUMERIC_COLS:
                    v, fmt = numval(c)
                    if v is not None:
                        ws.cell(r, j + 1, v).number_format = "General"
                        continue
                cell = ws.cell(r, j + 1, c)
                cell.number_format = "@"
                cell.alignment = al
            r += 1
        for j in cat_idx(cols):
            for a, b in blocks(p, j):
                if b > a:
                    ws.merge_cells(start_row=g0 + a, start_column=j + 1, end_row=g0 + b, end_column=j + 1)
        r += 1
    ws.freeze_panes = None
    wb.properties.creator = "示例市财政局预算管理一体化系统"
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 2, 18, 9, 30)
    wb.save(path)
    fix_zip(path)


# ------------------------------------------------------------------ docx
def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def r_docx(doc, path):
    import datetime

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    for k, p in enumerate(doc["projects"]):
        if k:
            d.add_paragraph("")
        t = d.add_paragraph()
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = t.add_run(doc["title"])
        run.bold = True
        run.font.size = Pt(16)
        u = d.add_paragraph("单位：万元")
        u.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        hr = header_rows(p["header"])
        lines = []
        for kind, c in hr:
            if kind == "pair":
                lines += [("kv", c[0], c[1]), ("kv", c[2], c[3])]
            elif kind == "money":
                if c[0] is not None:
                    lines.append(("section", c[0], None))
                lines.append(("kv", c[1], c[2]))
            else:
                lines.append(("kv", c[0], c[1]))
        tb = d.add_table(rows=len(lines), cols=2)
        tb.style = "Table Grid"
        for i, (kind, a, b) in enumerate(lines):
            if kind == "section":
                m = tb.cell(i, 0).merge(tb.cell(i, 1))
                m.text = a
            else:
                tb.cell(i, 0).text = a
                tb.cell(i, 1).text = b
        d.add_paragraph("")
        cols = p["columns"]
        g = grid_cells(p)
        gt = d.add_table(rows=1 + len(g), cols=len(cols))
        gt.style = "Table Grid"
        for j, c in enumerate(cols):
            gt.cell(0, j).text = c
        set_repeat_header(gt.rows[0])
        for i, row in enumerate(g):
            for j, c in enumerate(row):
                if c:
                    gt.cell(i + 1, j).text = c
        for j in cat_idx(cols):
            for a, b in blocks(p, j):
                if b > a:
                    gt.cell(a + 1, j).merge(gt.cell(b + 1, j))
    cp = d.core_properties
    cp.author = "示例市财政局"
    cp.created = cp.modified = datetime.datetime(2025, 2, 18, 9, 30)
    cp.last_modified_by = "示例市财政局"
    cp.revision = 1
    d.save(path)
    fix_zip(path)


# ------------------------------------------------------------------ main
def main():
    docs = os.path.join(HERE, "docs")
    os.makedirs(docs, exist_ok=True)
    for f in sorted(os.listdir(os.path.join(HERE, "data"))):
        doc_id = f[:-5]
        doc = json.load(open(os.path.join(HERE, "data", f), encoding="utf-8"))
        base = os.path.join(docs, doc_id)
        lines = r_lines(doc)
        texts = {
            ".pipe.txt": r_pipe(doc),
            ".pipe_bare.txt": r_pipe_bare(doc),
            ".csv": r_csv(doc),
            ".lines.txt": lines,
            ".lines_dropped.txt": r_lines_dropped(lines),
            ".aligned_top.txt": r_aligned(doc, top_style(doc)),
            ".aligned_centered.txt": r_aligned(doc, centered_style(doc)),
            ".flat.txt": r_flat(doc),
            ".oneline.txt": r_oneline(doc),
        }
        for ext, t in texts.items():
            with open(base + ext, "w", encoding="utf-8", newline="") as fh:
                fh.write(t)
        with open(base + ".tab.tsv", "wb") as fh:
            fh.write(r_tab(doc))
        r_xlsx(doc, base + ".xlsx")
        r_docx(doc, base + ".docx")
        print(doc_id)


if __name__ == "__main__":
    main()
