"""render13.py: my own renderer of the ten text shapes and the XLSX of corpus blind13 (written from FORMS.md §2 only;
no earlier renderer read).  Usage: python render13.py [corpus_dir]  (default: this file's folder).

Every shape is derived from one print layout of each project (title, header block rows, grid header, grid rows) and
one pagination (made by the aligned_top engine), so that the page furniture of the one-cell-a-line shapes and the
sheets of the workbook follow the same pages.  Deterministic: no dates, no randomness, sorted inputs."""

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

MONEY_KEYS = (
    "实施期资金总额",
    "年度资金总额",
    "其中：财政拨款",
    "其他资金",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "执行率",
    "上年结转资金",
)
GOAL_KEYS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")
LONG = ("指标解释", "评(扣)分标准", "偏差原因及改进措施", "指标值确定依据", "备注")
WIDE_VARIANTS = ("coded", "self_evaluation")
CAT = ("一级指标", "二级指标")

# ------------------------------------------------------------------ geometry (display columns, CJK = 2)
COLW = {
    "序号": 4,
    "一级指标": 10,
    "二级指标": 12,
    "三级指标": 26,
    "指标名称": 26,
    "指标内容": 26,
    "指标值": 16,
    "目标值": 14,
    "年度指标值": 16,
    "实施期指标值": 14,
    "长期指标值": 14,
    "中期指标值": 14,
    "指标值及单位": 18,
    "实际完成值": 12,
    "权重": 4,
    "分值": 4,
    "得分": 4,
    "权重（%）": 6,
    "符号": 4,
    "计算符号": 6,
    "指标性质": 6,
    "计量单位": 8,
    "度量单位": 8,
    "指标方向性": 6,
    "绩效标准": 8,
    "指标解释": 22,
    "评(扣)分标准": 22,
    "偏差原因及改进措施": 24,
    "指标值确定依据": 16,
    "备注": 12,
}
NARROW_L1 = 4  # aligned_centered: the 一级 column of a narrow PDF, two CJK characters a line
SEP = 2
MARGIN = 1
KEYW = 16
PAGE_LINES = {False: 54, True: 38}  # portrait / landscape
CLOSE = set("，。、；：）》”’%）】」．,.;:!?！？)")
OPEN = set("（《“‘【「(")


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def tokens(text):
    return re.findall(r"[\x21-\x7e]+|\s|.", text)


def wrap(text, width):
    """Greedy wrap at display width; ASCII runs whole (hard-split only if longer than the width), a closing mark never
    starts a line (the token before it comes down with it), an opening mark never ends one."""
    if text == "":
        return [""]
    lines, cur = [], []
    for t in tokens(text):
        while dw(t) > width:  # an ASCII run longer than the column
            room = width - dw("".join(cur))
            if room <= 0:
                lines.append("".join(cur))
                cur = []
                room = width
            lines.append("".join(cur) + t[:room]) if cur else lines.append(t[:room])
            cur, t = [], t[room:]
        if dw("".join(cur)) + dw(t) <= width:
            cur.append(t)
            continue
        carry = []
        if t[0] in CLOSE and cur:
            carry = [cur.pop()]
        while cur and cur[-1] and cur[-1][-1] in OPEN:
            carry.insert(0, cur.pop())
        if cur:
            lines.append("".join(cur))
        cur = carry + [t]
        if dw("".join(cur)) > width:  # carrying made it too long: give up carrying
            lines.append("".join(cur[:-1]))
            cur = [t]
    lines.append("".join(cur))
    return [ln.strip() if i else ln.rstrip() for i, ln in enumerate(lines)] if any(lines) else [""]


# ------------------------------------------------------------------ print layout of a project
def header_rows(header):
    """My header-block layout: the NAME paired with 项目属性; 主管部门 with 实施单位; 项目期 with the further items on one
    row; money two pairs a row after the key 项目资金（万元） (the key only on the first money row); goals as
    `总体目标 | key | text` then ` | key | text` (a self-evaluation: `年度目标 | text`, `实际完成情况 | text`)."""
    h = [tuple(kv) for kv in header]
    get = dict(h)
    fixed = ("项目名称", "主管部门", "实施单位", "项目属性", "项目期", "项目资金（万元）")
    extras = [kv for kv in h if kv[0] not in fixed and kv[0] not in MONEY_KEYS and kv[0] not in GOAL_KEYS]
    money = [kv for kv in h if kv[0] in MONEY_KEYS]
    goals = [kv for kv in h if kv[0] in GOAL_KEYS]
    rows = [
        ["项目名称", get["项目名称"], "项目属性", get["项目属性"]],
        ["主管部门", get["主管部门"], "实施单位", get["实施单位"]],
    ]
    row = ["项目期", get["项目期"]]
    for k, v in extras:
        row += [k, v]
    rows.append(row)
    for i in range(0, len(money), 2):
        row = ["项目资金（万元）" if i == 0 else ""]
        for k, v in money[i : i + 2]:
            row += [k, v]
        rows.append(row)
    if goals and goals[0][0] in ("年度目标",) and len(goals) == 2 and goals[1][0] == "实际完成情况":
        rows += [[k, v] for k, v in goals]
    else:
        for i, (k, v) in enumerate(goals):
            rows.append(["总体目标" if i == 0 else "", k, v])
    return rows


def project_layout(doc, p):
    return {"title": doc["title"], "header": header_rows(p["header"]), "columns": p["columns"], "rows": p["rows"]}


def blocks(cols, rows):
    """Merged 一级/二级 blocks: {col index: [(first row, last row, label)]}."""
    out = {}
    for c in CAT:
        if c not in cols:
            continue
        j = cols.index(c)
        spans = []
        for i, r in enumerate(rows):
            starts = r[j] != "" or (
                j > 0 and c == "二级指标" and "一级指标" in cols and r[cols.index("一级指标")] != ""
            )
            if starts or not spans:
                spans.append([i, i, r[j]])
            else:
                spans[-1][1] = i
        out[j] = [tuple(s) for s in spans]
    return out


# ------------------------------------------------------------------ the aligned engine (pdftotext -layout imitation)
TABLE_WIDTH = {False: 108, True: 156}  # portrait / landscape page, display columns
GROW = ("三级指标", "指标名称", "指标内容") + LONG  # the columns that take the page width left over


def grid_widths(cols, centered, wide=False):
    w = [COLW[c] for c in cols]
    if centered and "一级指标" in cols:
        w[cols.index("一级指标")] = NARROW_L1
    left = TABLE_WIDTH[wide] - (sum(w) + SEP * (len(w) - 1))
    grow = [j for j, c in enumerate(cols) if c in GROW] or list(range(len(cols)))
    k = 0
    while left > 0:  # one column at a time, in turn
        w[grow[k % len(grow)]] += 1
        left -= 1
        k += 1
    return w


def spans_of(widths):
    out, x = [], MARGIN
    for w in widths:
        out.append((x, x + w))
        x += w + SEP
    return out


def table_width(widths):
    return sum(widths) + SEP * (len(widths) - 1)


def header_widths(n, total):
    if n == 1:
        return [total]
    rest = total - KEYW - SEP * (n - 1)
    # key cells narrow, value cells share the rest
    keys = [i for i in range(1, n) if i % 2 == 0 and n > 3]
    vals = [i for i in range(1, n) if i not in keys]
    kw = 16
    vw = (rest - kw * len(keys)) // len(vals)
    w = [KEYW] + [kw if i in keys else vw for i in range(1, n)]
    w[-1] += rest - sum(w[1:])
    return w


def put(line, x, text):
    """Write text at display column x of a line (a list of display cells)."""
    while len(line) < x:
        line.append(" ")
    pos = x
    for ch in text:
        while len(line) < pos:
            line.append(" ")
        if len(line) == pos:
            line.append(ch)
        else:
            line[pos] = ch
        if dw(ch) == 2:
            if len(line) == pos + 1:
                line.append("")
            else:
                line[pos + 1] = ""
        pos += dw(ch)


def render_lines(cells_lines, spans, height, valign_mid=None):
    """cells_lines: per cell its wrapped lines; returns `height` text lines."""
    out = [[] for _ in range(height)]
    for j, cl in enumerate(cells_lines):
        off = 0
        if valign_mid is not None and valign_mid[j]:
            off = (height - len(cl)) // 2
        for k, t in enumerate(cl):
            if t:
                put(out[off + k], spans[j][0], t)
    return ["".join(x).rstrip() for x in out]


def numeric_col(c):
    return c in ("序号", "权重", "分值", "得分", "权重（%）")


def layout_doc(doc, centered):
    """Pages of text lines for one document, and the pagination: for each project the grid rows that start a page."""
    wide = doc["variant"] in WIDE_VARIANTS
    L = PAGE_LINES[wide]
    pages, cur = [], []
    breaks = []  # per project: set of grid row indexes before which a page starts; and -1 if the project starts a page

    def newpage():
        nonlocal cur
        pages.append(cur)
        cur = []

    for pi, p in enumerate(doc["projects"]):
        lay = project_layout(doc, p)
        cols, rows = lay["columns"], lay["rows"]
        gw = grid_widths(cols, centered, wide)
        gs = spans_of(gw)
        total = table_width(gw)
        pb = set()
        # title + header block, kept together
        head = []
        head.append(" " * max(MARGIN, (total - dw(lay["title"])) // 2 + MARGIN) + lay["title"])
        head.append("")
        for hr in lay["header"]:
            hw = header_widths(len(hr), total)
            hs = spans_of(hw)
            cl = [wrap(c, w) for c, w in zip(hr, hw)]
            head += render_lines(cl, hs, max(len(x) for x in cl))
        head.append("")
        ghl = [wrap(c, w) for c, w in zip(cols, gw)]
        gh = render_lines(ghl, gs, max(len(x) for x in ghl), [True] * len(cols))
        if cur and len(cur) + len(head) + len(gh) + 2 > L:
            newpage()
            pb.add(-1)
        elif pi:
            cur.append("")
        cur += head + gh
        blk = blocks(cols, rows)
        # each grid row's cell lines (labels handled per variant)
        rl = []
        for i, r in enumerate(rows):
            cl = []
            for j, c in enumerate(r):
                if centered and j in blk:
                    cl.append([""])
                else:
                    cl.append(wrap(c, gw[j]))
            rl.append(cl)
        heights = [max(len(x) for x in cl) for cl in rl]
        if centered:  # a label longer than its block: the block's last row grows
            for j, spans in blk.items():
                for a, b, lab in spans:
                    need = len(wrap(lab, gw[j]))
                    have = sum(heights[a : b + 1])
                    if need > have:
                        heights[b] += need - have
        # paginate rows
        parts = []  # (page index in pages+cur accounting, [row indexes])
        part = []
        for i, r in enumerate(rows):
            if len(cur) + heights[i] > L:
                parts.append(part)
                part = []
                newpage()
                pb.add(i)
                cur += gh
            mid = [numeric_col(c) or (centered and c not in LONG) for c in cols]
            part.append((i, len(pages), len(cur)))
            cur += render_lines(rl[i], gs, heights[i], mid)
        parts.append(part)
        if centered:  # lay the labels over their block, centred in the largest page part of the block
            for j, spans in blk.items():
                for a, b, lab in spans:
                    if not lab:
                        continue
                    # the lines of rows a..b on the page of row a
                    items = [it for pt in parts for it in pt if a <= it[0] <= b]
                    pgs = sorted({it[1] for it in items})
                    size = {g: sum(heights[it[0]] for it in items if it[1] == g) for g in pgs}
                    pg = max(pgs, key=lambda g: (size[g], -g))  # the block's largest page part (the first of equals)
                    same = [it for it in items if it[1] == pg]
                    first = same[0][2]
                    last = same[-1][2] + heights[same[-1][0]] - 1
                    ll = wrap(lab, gw[j])
                    top = first + (last - first + 1 - len(ll)) // 2
                    target = cur if pg == len(pages) else pages[pg]
                    top = max(top, first)
                    for k, t in enumerate(ll):
                        while len(target) <= top + k:  # a label longer than its part runs into the page's foot space
                            target.append("")
                        line = list(target[top + k])
                        cells = []
                        for ch in line:
                            cells.append(ch)
                            if dw(ch) == 2:
                                cells.append("")
                        put(cells, gs[j][0], t)
                        target[top + k] = "".join(cells).rstrip()
        breaks.append(pb)
    pages.append(cur)
    n = len(pages)
    width = TABLE_WIDTH[wide] + 2 * MARGIN
    out = []
    for k, pg in enumerate(pages):
        pg = pg + [""] * (L - len(pg))
        foot = "第 %d 页 共 %d 页" % (k + 1, n)
        pg.append(" " * ((width - dw(foot)) // 2) + foot)
        out.append("\n".join(pg) + "\n")
    return "\f".join(out), breaks


# ------------------------------------------------------------------ the row model of a document (for all other shapes)
def doc_rows(doc):
    """[(kind, cells)] in print order; kind: title, header, gridhead, grid."""
    out = []
    for p in doc["projects"]:
        lay = project_layout(doc, p)
        out.append(("title", [lay["title"]]))
        out += [("header", r) for r in lay["header"]]
        out.append(("gridhead", list(lay["columns"])))
        out += [("grid", list(r)) for r in lay["rows"]]
    return out


def typed_breaks(cells, kind, cols=None):
    """Cells as their author typed them in a spreadsheet: goals broken after each `；` (alt-enter) — used by the
    Excel-with-bar-separator and mysql -B shapes."""
    out = []
    for c in cells:
        if kind == "header" and len(c) > 30 and "；" in c:
            c = c.replace("；", "；\n")
        out.append(c)
    return out


# ------------------------------------------------------------------ shapes
def shape_pipe(doc):
    """The MySQL command-line client's table output (`mysql -t`): per project the title as a plain line, the header
    block as one boxed result (rows padded to its widest), the grid as a boxed result with its column names, `N rows in
    set (0.01 sec)` after each result; cells padded to DISPLAY width; empty strings stay empty."""
    out = []

    def box(rows, head=None):
        n = max(len(r) for r in rows + ([head] if head else []))
        rows = [r + [""] * (n - len(r)) for r in rows]
        allr = ([head + [""] * (n - len(head))] if head else []) + rows
        w = [max(dw(r[j]) for r in allr) for j in range(n)]
        rule = "+" + "+".join("-" * (x + 2) for x in w) + "+"

        def line(r):
            return "|" + "|".join(" " + c + " " * (w[j] - dw(c)) + " " for j, c in enumerate(r)) + "|"

        res = [rule]
        if head:
            res += [line(allr[0]), rule]
        res += [line(r) for r in rows] + [rule]
        return res

    for p in doc["projects"]:
        lay = project_layout(doc, p)
        out.append(lay["title"])
        out += box([list(r) for r in lay["header"]])
        out.append("%d rows in set (0.00 sec)" % len(lay["header"]))
        out.append("")
        out += box([list(r) for r in lay["rows"]], list(lay["columns"]))
        out.append("%d rows in set (0.01 sec)" % len(lay["rows"]))
        out.append("")
    return "\n".join(out)


def shape_pipe_bare(doc):
    """Excel "CSV" on a machine whose list separator is `|`: every row padded to the used range, CRLF row ends, a cell
    quoted only when it holds `|`, `"` or a line break (the goals' typed alt-enter breaks after `；`), an empty row
    (all bars) between projects, no outer bars."""
    rows = doc_rows(doc)
    n = max(len(c) for _, c in rows)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="|", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    first = True
    for kind, cells in rows:
        if kind == "title" and not first:
            w.writerow([""] * n)
        first = False
        c = typed_breaks(cells, kind)
        w.writerow(c + [""] * (n - len(c)))
    return buf.getvalue()


def esc_b(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def shape_tab(doc):
    """`mysql -B -e` (batch mode) of a table the document was loaded into: tab-separated, rows of their own widths,
    typed line breaks inside cells written as the two characters `\\n` (batch-mode escaping), no blank lines."""
    out = []
    for kind, cells in doc_rows(doc):
        c = typed_breaks(cells, kind)
        out.append("\t".join(esc_b(x) for x in c))
    return "\n".join(out) + "\n"


def shape_csv(doc):
    """R: `readxl::read_excel(col_names = FALSE)` then `write.csv(df, row.names = FALSE)`: a first row of readxl's
    names `"...1","...2",…`, every row as wide as the used range, every string quoted, EMPTY cells written `NA`
    (unquoted), LF line ends, typed line breaks kept inside the quotes."""
    rows = doc_rows(doc)
    n = max(len(c) for _, c in rows)
    lines = [",".join('"...%d"' % (j + 1) for j in range(n))]
    for kind, cells in rows:
        c = typed_breaks(cells, kind) + [""] * (n - len(cells))
        lines.append(",".join("NA" if x == "" else '"' + x.replace('"', '""') + '"' for x in c))
    return "\n".join(lines) + "\n"


def furniture_lines(doc, breaks, dropped):
    """One cell a line as `pdftotext -raw` gives a ruled PDF: the page foot `第 n 页 共 m 页` where a page ends and the grid
    header's cells again at the top of a continuation page; empty cells as empty lines (or dropped)."""
    out = []
    npages = 1 + sum(len(b) for b in breaks)
    page = 1

    def emit(c):
        if c == "" and dropped:
            return
        out.append(c)

    for pi, p in enumerate(doc["projects"]):
        lay = project_layout(doc, p)
        if -1 in breaks[pi]:
            out.append("第 %d 页 共 %d 页" % (page, npages))
            page += 1
        emit(lay["title"])
        for r in lay["header"]:
            for c in r:
                emit(c)
        for c in lay["columns"]:
            emit(c)
        for i, r in enumerate(lay["rows"]):
            if i in breaks[pi]:
                out.append("第 %d 页 共 %d 页" % (page, npages))
                page += 1
                for c in lay["columns"]:
                    emit(c)
            for c in r:
                emit(c)
    out.append("第 %d 页 共 %d 页" % (page, npages))
    return "\n".join(out) + "\n"


def pdf_copy_cell(c, width):
    """A cell as a PDF viewer copies it: its wrapped lines joined by ONE SPACE."""
    return " ".join(x for x in wrap(c, width) if x) if c else ""


def shape_flat(doc):
    """A PDF viewer's copy (one table row a line): cells glued with nothing between them, a wrapped cell's lines joined
    by a space (the viewer puts a space at each line end inside a cell), merged and empty cells nothing."""
    out = []
    for p in doc["projects"]:
        lay = project_layout(doc, p)
        gw = grid_widths(lay["columns"], False, doc["variant"] in WIDE_VARIANTS)
        total = table_width(gw)
        out.append(lay["title"])
        for hr in lay["header"]:
            hw = header_widths(len(hr), total)
            out.append("".join(pdf_copy_cell(c, w) for c, w in zip(hr, hw)))
        out.append("".join(pdf_copy_cell(c, w) for c, w in zip(lay["columns"], gw)))
        for r in lay["rows"]:
            out.append("".join(pdf_copy_cell(c, w) for c, w in zip(r, gw)))
    return "\n".join(out) + "\n"


def shape_oneline(doc):
    """The PDF's text pasted into a single-line form field: the field strips the line breaks (rows glued with nothing
    between them), while the cells of one row, copied as items on one text line, keep ONE SPACE between them; empty
    cells give nothing (no double space)."""
    parts = []
    for kind, cells in doc_rows(doc):
        parts.append(" ".join(c for c in cells if c != ""))
    return "".join(parts) + "\n"


# ------------------------------------------------------------------ XLSX: Acrobat "Export PDF to Excel", a sheet per page
NUM = re.compile(r"^(?:[1-9]\d*|0)(?:\.\d+)?$|^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$")


def as_number(s):
    """(value, number format) when the cell is a number the export would type as one, else None."""
    if not NUM.match(s):
        return None
    dec = len(s.split(".")[1]) if "." in s else 0
    fmt = ("#,##0" if "," in s else "0") + ("." + "0" * dec if dec else "")
    v = float(s.replace(",", "")) if dec else int(s.replace(",", ""))
    return v, fmt


def shape_xlsx(doc, breaks, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    wb.remove(wb.active)
    npages = 1 + sum(len(b) for b in breaks)
    sheets = [wb.create_sheet("Table %d" % (k + 1)) for k in range(npages)]
    page = 0
    state = {"row": 1}
    ncol = max(len(p["columns"]) for p in doc["projects"])

    def write(ws, cells, merge_last=False):
        r = state["row"]
        for j, c in enumerate(cells):
            if c == "":
                continue
            num = as_number(c)
            cell = ws.cell(row=r, column=j + 1)
            if num:
                cell.value, cell.number_format = num
            else:
                cell.value = c
                cell.alignment = Alignment(wrap_text=True, vertical="center")
        if merge_last and len(cells) < ncol:
            ws.merge_cells(start_row=r, start_column=len(cells), end_row=r, end_column=ncol)
        state["row"] += 1

    for pi, p in enumerate(doc["projects"]):
        lay = project_layout(doc, p)
        if -1 in breaks[pi]:
            page += 1
            state["row"] = 1
        elif pi:
            state["row"] += 1
        ws = sheets[page]
        ws.merge_cells(start_row=state["row"], start_column=1, end_row=state["row"], end_column=ncol)
        write(ws, [lay["title"]])
        for hr in lay["header"]:
            write(ws, hr, merge_last=True)
        write(ws, lay["columns"])
        blk = blocks(lay["columns"], lay["rows"])
        rowpos = {}
        for i, r in enumerate(lay["rows"]):
            if i in breaks[pi]:
                page += 1
                ws = sheets[page]
                state["row"] = 1
                write(ws, lay["columns"])
            rowpos[i] = (page, state["row"])
            write(ws, r)
        for j, spans in blk.items():  # real merged cells, cut at the sheet (page) boundary
            for a, b, _ in spans:
                groups = {}
                for i in range(a, b + 1):
                    pg, rr = rowpos[i]
                    groups.setdefault(pg, []).append(rr)
                for pg, rr in groups.items():
                    if len(rr) > 1:
                        sheets[pg].merge_cells(start_row=rr[0], start_column=j + 1, end_row=rr[-1], end_column=j + 1)
    for ws in sheets:
        for j in range(ncol):
            ws.column_dimensions[chr(65 + j)].width = 14
    import datetime

    fixed = datetime.datetime(2025, 3, 1, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "Adobe Acrobat Pro"
    buf = io.BytesIO()
    wb.save(buf)
    # rewrite the zip with fixed member dates (openpyxl stamps the save time) and a fixed modified time in core.xml
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-03-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def render(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        doc = json.load(f)
    top, breaks = layout_doc(doc, False)
    cen, _ = layout_doc(doc, True)
    files = {
        ".pipe.txt": shape_pipe(doc),
        ".pipe_bare.txt": shape_pipe_bare(doc),
        ".tab.tsv": shape_tab(doc),
        ".csv": shape_csv(doc),
        ".lines.txt": furniture_lines(doc, breaks, False),
        ".lines_dropped.txt": furniture_lines(doc, breaks, True),
        ".aligned_top.txt": top,
        ".aligned_centered.txt": cen,
        ".flat.txt": shape_flat(doc),
        ".oneline.txt": shape_oneline(doc),
    }
    for suf, text in files.items():
        with open(os.path.join(DOCS, doc_id + suf), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    shape_xlsx(doc, breaks, os.path.join(DOCS, doc_id + ".xlsx"))
    return breaks


def main():
    os.makedirs(DOCS, exist_ok=True)
    for path in sorted(os.listdir(DATA)):
        if path.endswith(".json"):
            b = render(path[:-5])
            print(path[:-5], "page breaks per project:", [sorted(x) for x in b])


if __name__ == "__main__":
    main()
