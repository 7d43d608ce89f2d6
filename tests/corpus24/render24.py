"""Render /work/blind24/data/<doc>.json into ten text shapes and an XLSX (docs/<doc>.*).

Written for the blind24 corpus; shares no code with the parser under test or with any earlier corpus's renderer.
Usage: python render24.py [corpus folder]

Every shape starts from one sheet model per project (see `model`):
  title; header block (项目名称 | v; 主管部门 | v | 实施单位 | v; 项目属性 | v | 项目期 | v; other keys k | v;
  项目资金（万元） merged DOWN over its money rows, each money row `label | money key | amount`; each goal k | v);
  grid header; grid rows, a merged 一级/二级 continuation cell None, an empty cell of its own "".
Shapes (the README's Renderings table says why each is what it is):
  .pipe.txt            Trac wiki tables (`||= key =||`, `|| v ||`, an empty or merged cell `|| ||`)
  .pipe_bare.txt       Hive beeline --outputformat=dsv of a staging table (header ods_jxmb.cN, NULL printed NULL)
  .tab.tsv             ClickHouse FORMAT TSVWithNamesAndTypes of a staging table with a row number (\\N for NULL)
  .csv                 Python csv.writer on Windows without newline='' (rows end \\r\\r\\n), utf-8-sig
  .lines.txt           Word "Save as Plain Text", encoding Unicode (UTF-16LE with BOM), CRLF, one cell a line
  .lines_dropped.txt   the same with the empty lines dropped
  .aligned_top.txt     pdftotext -layout of a 公文-style print: `— n —` page numbers on the OUTER side (odd right,
                       even left), `附件2` over page 1, grid header repeated; labels on their block's first line
  .aligned_centered.txt the same print with every cell vertically centred; labels centred over their block rounding
                       UP; header-block keys in 分散对齐 (distributed: spaces between their characters)
  .flat.txt            copy of the mirror's mobile page: each 一级/二级 label a line of its own BEFORE its block
  .oneline.txt         Python print(title, rows) of the rows a pdfplumber script extracted, one project a line
  .xlsx                declaration template: hidden `下拉选项` sheet with data validations, name column two sheet
                       columns merged per row, real merged 一级/二级 blocks
"""

import datetime
import glob
import json
import os
import re
import sys
import unicodedata
import zipfile

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
DOCS = os.path.join(HERE, "docs")

CAT1, CAT2 = "一级指标", "二级指标"
NAME_COLS = ("三级指标", "指标内容", "指标名称")
GOAL_KEYS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")
MONEY_LABEL = "项目资金（万元）"


# ------------------------------------------------------------------ the sheet model
def header_rows(header):
    """Header block rows: a list of (cells, kind); a money label's continuation is None."""
    out, i = [], 0
    items = [tuple(kv) for kv in header]
    while i < len(items):
        k, v = items[i]
        nxt = items[i + 1] if i + 1 < len(items) else (None, None)
        if (k, nxt[0]) in (("主管部门", "实施单位"), ("项目属性", "项目期")):
            out.append([k, v, nxt[0], nxt[1]])
            i += 2
        elif k == MONEY_LABEL:
            j = i + 1
            first = True
            while j < len(items) and items[j][0] not in GOAL_KEYS:
                out.append([k if first else None, items[j][0], items[j][1]])
                first = False
                j += 1
            i = j
        else:
            out.append([k, v])
            i += 1
    return out


def grid_rows(columns, rows):
    """Grid rows with merged 一级/二级 continuations as None."""
    i1 = columns.index(CAT1) if CAT1 in columns else None
    i2 = columns.index(CAT2) if CAT2 in columns else None
    out, open1, open2 = [], False, False
    for row in rows:
        cells = list(row)
        if i1 is not None:
            if cells[i1]:
                open1, open2 = True, False
            elif open1:
                cells[i1] = None
        if i2 is not None:
            if cells[i2]:
                open2 = True
            elif open2:
                cells[i2] = None
        out.append(cells)
    return out


def model(doc):
    projects = []
    for p in doc["projects"]:
        projects.append(
            {
                "title": doc["title"],
                "header": header_rows(p["header"]),
                "columns": list(p["columns"]),
                "grid": grid_rows(p["columns"], p["rows"]),
            }
        )
    return projects


def sheet_rows(projects):
    """All rows of the document as one sheet: title, header rows, grid header, grid; a blank row between projects."""
    out = []
    for n, p in enumerate(projects):
        if n:
            out.append(None)  # the blank row between projects
        out.append([p["title"]])
        out += p["header"]
        out.append(p["columns"])
        out += p["grid"]
    return out


def blocks(grid, col):
    """(start, end) row ranges of the merged blocks of a label column (end exclusive)."""
    res, start = [], None
    for i, cells in enumerate(grid):
        if cells[col] is not None:
            if start is not None:
                res.append((start, i))
            start = i
    if start is not None:
        res.append((start, len(grid)))
    return res


# ------------------------------------------------------------------ writers
def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def pipe_trac(projects):
    """Trac wiki: `=== title ===`; header block and grid as two tables; keys and grid header names as header cells
    `||= name =||`; other cells `|| text ||`; an empty or merged cell `|| ||` (Trac needs the space: `||||` would
    span two columns)."""
    lines = []
    for n, p in enumerate(projects):
        if n:
            lines.append("")
        lines += ["=== %s ===" % p["title"], ""]
        for row in p["header"]:
            cells = []
            for j, c in enumerate(row):
                is_key = j % 2 == 0 if len(row) != 3 else j == 0
                if c is None or c == "":
                    cells.append("|| ")
                elif is_key:
                    cells.append("||= %s =" % c)
                else:
                    cells.append("|| %s " % c)
            lines.append("".join(cells) + "||")
        lines.append("")
        lines.append("".join("||= %s =" % c for c in p["columns"]) + "||")
        for row in p["grid"]:
            lines.append("".join("|| %s " % c if c else "|| " for c in row) + "||")
    return ("\n".join(lines) + "\n").encode("utf-8")


def staged(projects):
    rows = sheet_rows(projects)
    width = max(len(r) for r in rows if r)
    out = []
    for r in rows:
        if r is None:
            out.append([None] * width)
        else:
            out.append(list(r) + [None] * (width - len(r)))
    return out, width


def pipe_bare_beeline(projects):
    """beeline -u … --outputformat=dsv --showHeader=true --silent=true -e "SELECT * FROM ods_jxmb" > file: the header
    line holds the column names qualified by the table (Hive's unique column names), fields joined by `|`, no quoting
    (disable.quoting.for.sv), NULL printed as the word NULL (--nullemptystring=false), an empty string as nothing."""
    rows, width = staged(projects)
    lines = ["|".join("ods_jxmb.c%d" % (i + 1) for i in range(width))]
    for r in rows:
        lines.append("|".join("NULL" if c is None else c for c in r))
    return ("\n".join(lines) + "\n").encode("utf-8")


def tab_clickhouse(projects):
    """clickhouse-client --query "SELECT * FROM stg_jxmb ORDER BY rn FORMAT TSVWithNamesAndTypes": a names line, a
    types line, then the rows; rn the sheet row number (UInt32), every other column Nullable(String); NULL as \\N, an
    empty string as nothing; tab, newline and backslash escaped with a backslash (none occur)."""
    rows, width = staged(projects)
    esc = lambda s: s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")  # noqa: E731
    lines = ["\t".join(["rn"] + ["c%d" % (i + 1) for i in range(width)])]
    lines.append("\t".join(["UInt32"] + ["Nullable(String)"] * width))
    for n, r in enumerate(rows, 1):
        lines.append("\t".join([str(n)] + ["\\N" if c is None else esc(c) for c in r]))
    return ("\n".join(lines) + "\n").encode("utf-8")


def csv_windows(projects):
    """A script's csv.writer(open(path, "w", encoding="utf-8-sig")) run on Windows: the file opened WITHOUT
    newline="", so the writer's \\r\\n row ends pass through text mode and become \\r\\r\\n; minimal quoting;
    rows from openpyxl's iter_rows(values_only=True), padded to the sheet's max_column, None written as ""."""
    import csv
    import io

    rows, width = staged(projects)
    buf = io.StringIO(newline="")
    w = csv.writer(buf)  # lineterminator \r\n
    for r in rows:
        w.writerow(["" if c is None else c for c in r])
    text = buf.getvalue().replace("\n", "\r\n")  # Windows text mode turns every \n into \r\n
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def lines_word(projects, dropped=False):
    """Word "Save as Plain Text" with Other encoding: Unicode: UTF-16LE with a BOM, CRLF; each paragraph a line:
    the title, then every table cell in order (a merged continuation and an empty cell an empty line), an empty
    paragraph between the header table and the grid table and after the grid."""
    lines = []
    for p in projects:
        lines.append(p["title"])
        for row in p["header"]:
            lines += ["" if c is None else c for c in row]
        lines.append("")
        lines += p["columns"]
        for row in p["grid"]:
            lines += ["" if c is None else c for c in row]
        lines.append("")
    if dropped:
        lines = [x for x in lines if x != ""]
    return "\ufeff".encode("utf-16-le") + "".join(x + "\r\n" for x in lines).encode("utf-16-le")


def flat_mobile(projects):
    """Copy of the mirror's mobile page: the responsive CSS turns every rowspan cell into a heading line ABOVE its
    block (the 一级 first, then the 二级), rows are glued cells without their labels; header items one a line
    (pairs split), key and value glued; the money label alone on a line before its money rows; the grid header
    glued; the title per project; empty cells nothing."""
    lines = []
    for p in projects:
        lines.append(p["title"])
        for row in p["header"]:
            if len(row) == 4:
                lines += [row[0] + row[1], row[2] + row[3]]
            elif len(row) == 3:
                if row[0] is not None:
                    lines.append(row[0])
                lines.append(row[1] + row[2])
            else:
                lines.append(row[0] + row[1])
        cols = p["columns"]
        lines.append("".join(cols))
        lab = [i for i, c in enumerate(cols) if c in (CAT1, CAT2)]
        for row in p["grid"]:
            for i in lab:  # 一级 before 二级 (the columns' order)
                if row[i]:
                    lines.append(row[i])
            lines.append("".join(c for i, c in enumerate(row) if i not in lab and c))
    return ("\n".join(lines) + "\n").encode("utf-8")


def oneline_python(projects):
    """print(title, rows) per project, rows as a pdfplumber script built them: header rows at their own widths and the
    grid header and rows, a merged cell None, an empty cell ''; Python's repr of the list."""
    lines = []
    for p in projects:
        rows = [list(r) for r in p["header"]] + [list(p["columns"])] + [list(r) for r in p["grid"]]
        lines.append("%s %r" % (p["title"], rows))
    return ("\n".join(lines) + "\n").encode("utf-8")


# ------------------------------------------------------------------ XLSX
FIXED = datetime.datetime(2025, 3, 18, 9, 30, 0)
LISTS = {
    "A": ["一级指标", "产出指标", "效益指标", "满意度指标", "成本指标"],
    "B": [
        "二级指标",
        "数量指标",
        "质量指标",
        "时效指标",
        "成本指标",
        "经济效益指标",
        "社会效益指标",
        "生态效益指标",
        "可持续影响指标",
        "服务对象满意度指标",
        "经济成本指标",
        "社会成本指标",
        "生态环境成本指标",
    ],
    "C": ["项目属性", "新增项目", "延续项目"],
}


def xlsx_template(projects, out):
    """The department's declaration template: sheet `项目绩效目标申报` (visible) and `下拉选项` (HIDDEN: the lists of its
    data-validation dropdowns for 一级指标, 二级指标 and 项目属性); the name column (三级指标/指标名称/指标内容) is TWO
    sheet columns merged on every row (the header too); real merged 一级/二级 blocks (two rows or more); header
    keys in A, values merged to the right edge (pairs: value B..half, key, value ..edge); 项目资金（万元） merged down
    over its money rows, money key in B, amount merged C..edge; all cells text; a blank row between projects."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目绩效目标申报"
    opt = wb.create_sheet("下拉选项")
    opt.sheet_state = "hidden"
    for col, vals in LISTS.items():
        for i, v in enumerate(vals, 1):
            opt["%s%d" % (col, i)] = v
    width = max(len(p["columns"]) + 1 for p in projects)
    width = max(width, 6)
    half = width // 2
    r = 1
    wrap = Alignment(wrap_text=True, vertical="center")
    dv1 = DataValidation(type="list", formula1="=下拉选项!$A$2:$A$5", allow_blank=True)
    dv2 = DataValidation(type="list", formula1="=下拉选项!$B$2:$B$13", allow_blank=True)
    dv3 = DataValidation(type="list", formula1="=下拉选项!$C$2:$C$3", allow_blank=True)
    for dv in (dv1, dv2, dv3):
        ws.add_data_validation(dv)

    def put(row, col, text):
        c = ws.cell(row=row, column=col, value=text)
        c.number_format = "@"
        c.alignment = wrap

    for n, p in enumerate(projects):
        if n:
            r += 1
        put(r, 1, p["title"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
        r += 1
        money_start = None
        for row in p["header"]:
            if len(row) == 4:
                put(r, 1, row[0])
                put(r, 2, row[1])
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=half)
                put(r, half + 1, row[2])
                put(r, half + 2, row[3])
                ws.merge_cells(start_row=r, start_column=half + 2, end_row=r, end_column=width)
                if row[2] == "项目期":
                    pass
                if row[0] == "项目属性":
                    dv3.add("B%d" % r)
            elif len(row) == 3:
                if row[0] is not None:
                    if money_start is not None and r - 1 > money_start:
                        ws.merge_cells(start_row=money_start, start_column=1, end_row=r - 1, end_column=1)
                    put(r, 1, row[0])
                    money_start = r
                put(r, 2, row[1])
                put(r, 3, row[2])
                ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=width)
            else:
                if money_start is not None:
                    if r - 1 > money_start:
                        ws.merge_cells(start_row=money_start, start_column=1, end_row=r - 1, end_column=1)
                    money_start = None
                put(r, 1, row[0])
                put(r, 2, row[1])
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=width)
            r += 1
        cols = p["columns"]
        ni = next(i for i, c in enumerate(cols) if c in NAME_COLS)
        sheetcol = lambda i: i + 1 if i <= ni else i + 2  # noqa: E731  (1-based; the name takes two columns)
        for i, c in enumerate(cols):
            put(r, sheetcol(i), c)
        ws.merge_cells(start_row=r, start_column=ni + 1, end_row=r, end_column=ni + 2)
        r += 1
        g0 = r
        for row in p["grid"]:
            for i, c in enumerate(row):
                if c is not None and c != "":
                    put(r, sheetcol(i), c)
            ws.merge_cells(start_row=r, start_column=ni + 1, end_row=r, end_column=ni + 2)
            r += 1
        for lab, dv in ((CAT1, dv1), (CAT2, dv2)):
            if lab in cols:
                i = cols.index(lab)
                col = openpyxl.utils.get_column_letter(sheetcol(i))
                dv.add("%s%d:%s%d" % (col, g0, col, r - 1))
                for s, e in blocks(p["grid"], i):
                    if e - s >= 2:
                        ws.merge_cells(
                            start_row=g0 + s, start_column=sheetcol(i), end_row=g0 + e - 1, end_column=sheetcol(i)
                        )
    for i in range(1, width + 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = 14
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "示例市某某区财政局"
    tmp = out + ".tmp"
    wb.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":  # openpyxl stamps the save time: fix it (byte-stable files)
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-03-18T09:30:00Z", data)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.remove(tmp)


# ------------------------------------------------------------------ pdftotext -layout imitation
def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


CLOSERS = set("，。、；：）》”！？％)")
OPENERS = set("（(《“")
ASCIIRUN = set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,%-+/~:²³μ≥≤<>=")


def tokens(text):
    """Units a line may not break inside: an ASCII/number run (`1,350万元/km` keeps `1,350`), else one character."""
    out, i = [], 0
    while i < len(text):
        if text[i] in ASCIIRUN:
            j = i
            while j < len(text) and text[j] in ASCIIRUN:
                j += 1
            out.append(text[i:j])
            i = j
        else:
            out.append(text[i])
            i += 1
    return out


def wrap(text, width):
    """Wrap by display width; a run longer than the column is cut by character; a closing mark never starts a
    line (it overhangs the column); a space at a break is dropped."""
    if text is None or text == "":
        return []
    lines, cur = [], ""
    for tok in tokens(text):
        if dw(tok) > width:
            for ch in tok:
                if dw(cur + ch) > width and cur:
                    lines.append(cur)
                    cur = ""
                cur += ch
            continue
        if dw(cur + tok) > width and cur:
            if tok[0] in CLOSERS and cur[-1] not in CLOSERS:
                cur += tok  # one closing mark overhangs the column
                continue
            carry = ""
            while len(cur) > 1 and cur[-1] in OPENERS:  # an opening mark never ends a line
                carry, cur = cur[-1] + carry, cur[:-1]
            lines.append(cur.rstrip())
            cur = (carry + tok).lstrip()
        else:
            cur += tok
    if cur:
        lines.append(cur)
    return lines


def colwidth(name):
    if name == "序号":
        return 8
    if name == CAT1:
        return 12
    if name == CAT2:
        return 14
    if name in NAME_COLS:
        return 24
    if name in ("年度指标值", "指标值", "目标值", "实施期指标值", "长期指标值", "中期指标值", "指标值及单位"):
        return 16
    if name == "实际完成值":
        return 12
    if name in ("计算符号", "符号", "指标性质", "计量单位", "度量单位", "绩效标准", "责任股室"):
        return 10
    if name in ("分值", "权重", "得分", "权重（%）"):
        return 6
    return 20  # free text


MARGIN, GUTTER = 7, 2
KEYW = 16


def place(line, col, text):
    """Write text at display column col of a line (a list of (col, text) pieces)."""
    line.append((col, text))


def render_line(pieces):
    out = ""
    for col, text in sorted(pieces, key=lambda x: x[0]):
        cur = dw(out)
        if cur < col:
            out += " " * (col - cur)
        elif out and not out.endswith(" "):
            out += " "
        out += text
    return out.rstrip()


def spread(key, width):
    """分散对齐: the key's characters spread over the key slot (pdftotext renders the spacing as spaces)."""
    if len(key) < 2 or dw(key) >= width or any(dw(ch) != 2 for ch in key):
        return key
    gaps = len(key) - 1
    extra = width - dw(key)
    out = key[0]
    for i, ch in enumerate(key[1:]):
        n = extra // gaps + (1 if i < extra % gaps else 0)
        out += " " * n + ch
    return out


def vpos(h, total, mode):
    """First line of a cell h lines tall in a row/block of total lines: top, centred rounding down, centred up."""
    if mode == "top":
        return 0
    if mode == "down":
        return (total - h) // 2
    return (total - h + 1) // 2


def layout_project(p, tw, centered):
    """Lines of one project: a list of (kind, text) where kind is 'title', 'hdr', 'ghdr', 'row:<k>' (line of grid
    row k; rows are never split) and 'blank'.  Returns (head, ghdr_lines, rows) where rows is a list of line lists."""
    key = (lambda k: spread(k, KEYW)) if centered else (lambda k: k)
    cellmode = "down" if centered else "top"
    head = []
    t = p["title"]
    head.append(" " * (MARGIN + max(0, (tw - dw(t)) // 2)) + t)
    head.append("")
    half = tw // 2
    vx = KEYW + 2  # value column inside a key/value slot
    hrows = p["header"]
    i = 0
    while i < len(hrows):
        row = hrows[i]
        if len(row) == 3:  # a money group: label over its rows
            j = i + 1
            while j < len(hrows) and len(hrows[j]) == 3 and hrows[j][0] is None:
                j += 1
            group = hrows[i:j]
            lines = [[] for _ in group]
            for n, g in enumerate(group):
                place(lines[n], MARGIN + vx, g[1])
                place(lines[n], MARGIN + vx + 26, g[2])
            lab = row[0]
            at = vpos(1, len(group), "up") if centered else 0
            place(lines[at], MARGIN, key(lab) if dw(lab) < KEYW else lab)
            head += [render_line(x) for x in lines]
            i = j
            continue
        if len(row) == 4:
            a = wrap(row[1], half - vx - GUTTER)
            b = wrap(row[3], tw - half - vx)
            h = max(len(a), len(b), 1)
            lines = [[] for _ in range(h)]
            for n, s in enumerate(a):
                place(lines[vpos(len(a), h, cellmode) + n], MARGIN + vx, s)
            for n, s in enumerate(b):
                place(lines[vpos(len(b), h, cellmode) + n], MARGIN + half + vx, s)
            place(lines[vpos(1, h, cellmode)], MARGIN, key(row[0]))
            place(lines[vpos(1, h, cellmode)], MARGIN + half, key(row[2]))
        else:
            a = wrap(row[1], tw - vx)
            h = max(len(a), 1)
            lines = [[] for _ in range(h)]
            for n, s in enumerate(a):
                place(lines[vpos(len(a), h, cellmode) + n], MARGIN + vx, s)
            place(lines[vpos(1, h, cellmode)], MARGIN, key(row[0]))
        head += [render_line(x) for x in lines]
        i += 1
    head.append("")
    cols = p["columns"]
    widths = [colwidth(c) for c in cols]
    xs, x = [], MARGIN
    for w in widths:
        xs.append(x)
        x += w + GUTTER
    hw = [wrap(c, w) for c, w in zip(cols, widths)]
    hh = max(len(x) for x in hw)
    ghdr = [[] for _ in range(hh)]
    for k, (x, ls) in enumerate(zip(xs, hw)):
        for n, s in enumerate(ls):
            place(ghdr[vpos(len(ls), hh, cellmode) + n], x, s)
    ghdr = [render_line(x) for x in ghdr]
    # grid rows: heights from the ordinary cells; labels laid over their blocks afterwards
    lab = [i for i, c in enumerate(cols) if c in (CAT1, CAT2)]
    grid = p["grid"]
    wrapped = [[wrap(c, w) if i not in lab else [] for i, (c, w) in enumerate(zip(row, widths))] for row in grid]
    heights = [max([len(x) for x in ws] + [1]) for ws in wrapped]
    # grow the last row of a block whose label needs more lines than the block has
    for i in lab:
        for s, e in blocks(grid, i):
            need = len(wrap(grid[s][i], widths[i]))
            have = sum(heights[s:e])
            if need > have:
                heights[e - 1] += need - have
    rows = [[[] for _ in range(h)] for h in heights]
    for k, ws in enumerate(wrapped):
        for i, ls in enumerate(ws):
            for n, s in enumerate(ls):
                place(rows[k][vpos(len(ls), heights[k], cellmode) + n], xs[i], s)
    for i in lab:
        for s, e in blocks(grid, i):
            ls = wrap(grid[s][i], widths[i])
            flat = [(k, n) for k in range(s, e) for n in range(heights[k])]
            at = vpos(len(ls), len(flat), "up" if centered else "top")
            for n, t in enumerate(ls):
                k, m = flat[at + n]
                place(rows[k][m], xs[i], t)
    rows = [[render_line(x) for x in r] for r in rows]
    return head, ghdr, rows


PAGE = {False: 56, True: 30}  # body lines: portrait, landscape
WIDE = ("coded", "self_evaluation")


def aligned(doc, projects, centered):
    """Paginate: body of PAGE lines; page 1 opens with `附件2` at the left margin and a blank line; each page ends
    with a blank line and the 公文 page number `— n —` on the OUTER side (odd pages flush right less 2 columns,
    even pages at the margin plus 2), then a form feed.  A project's title, header block, grid header and first row
    are kept together; rows never split; a continuation page repeats the grid header."""
    wide = doc["variant"] in WIDE
    tw = 150 if wide else 112
    body = PAGE[wide]
    pages, cur = [], [" " * MARGIN + "附件2", ""]

    def room():
        return body - len(cur)

    def newpage():
        nonlocal cur
        pages.append(cur)
        cur = []

    for n, p in enumerate(projects):
        head, ghdr, rows = layout_project(p, tw, centered)
        lead = ([""] if n and cur else []) + head + ghdr
        if len(lead) + len(rows[0]) > room():
            newpage()
            lead = head + ghdr
        cur += lead
        for k, r in enumerate(rows):
            if len(r) > room():
                newpage()
                cur += ghdr
            cur += r
    pages.append(cur)
    out = []
    total = MARGIN + tw
    for i, pg in enumerate(pages, 1):
        pg = pg + [""] * (body + (0 if i > 1 else 0) - len(pg))
        num = "— %d —" % i
        foot = " " * (total - 2 - dw(num)) + num if i % 2 else " " * (MARGIN + 2) + num
        out.append("\n".join(pg + ["", foot]) + "\n\f")
    return "".join(out).encode("utf-8")


# ------------------------------------------------------------------ main
def main():
    os.makedirs(DOCS, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(DATA, "*.json"))):
        doc_id = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        projects = model(doc)
        base = os.path.join(DOCS, doc_id)
        write(base + ".pipe.txt", pipe_trac(projects))
        write(base + ".pipe_bare.txt", pipe_bare_beeline(projects))
        write(base + ".tab.tsv", tab_clickhouse(projects))
        write(base + ".csv", csv_windows(projects))
        write(base + ".lines.txt", lines_word(projects))
        write(base + ".lines_dropped.txt", lines_word(projects, dropped=True))
        write(base + ".aligned_top.txt", aligned(doc, projects, False))
        write(base + ".aligned_centered.txt", aligned(doc, projects, True))
        write(base + ".flat.txt", flat_mobile(projects))
        write(base + ".oneline.txt", oneline_python(projects))
        xlsx_template(projects, base + ".xlsx")
        print(doc_id)


if __name__ == "__main__":
    main()
