"""render20.py: the ten text shapes and the XLSX of corpus blind20, from data/<doc>.json (own code, written from
FORMS.md §2; no earlier renderer read).  Usage: python render20.py [/path/to/blind20]

Every shape is made from the same "sheet rows" of a document: per project the title row, the header block in MY
layout (项目名称 alone; 主管部门+实施单位 and 项目属性+项目期 as four-cell rows; 项目联系人+联系电话 paired; the money
group as ONE row `项目资金（万元） | key | value | key | value …`; every goal one `key | value` row), the grid header
and the grid rows (merged 一级/二级 continuation cells "").
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
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
CAT = ("一级指标", "二级指标")
GOAL_KEYS = ("实施期目标", "中期目标", "长期目标", "年度目标", "实际完成情况")
PAIRS = {"主管部门": "实施单位", "项目属性": "项目期", "项目联系人": "联系电话"}


# ------------------------------------------------------------------ sheet rows
def header_rows(header):
    out, i = [], 0
    while i < len(header):
        k, v = header[i]
        nxt = header[i + 1] if i + 1 < len(header) else (None, None)
        if k in PAIRS and PAIRS[k] == nxt[0]:
            out.append([k, v, nxt[0], nxt[1]])
            i += 2
        elif k == "项目资金（万元）":
            row, i = [k], i + 1
            while i < len(header) and header[i][0] not in GOAL_KEYS:
                row += header[i]
                i += 1
            out.append(row)
        else:
            out.append([k, v])
            i += 1
    return out


def project_rows(doc, p):
    """[(kind, cells)]: kind title / head / ghead / grid."""
    rows = [("title", [doc["title"]])]
    rows += [("head", r) for r in header_rows(p["header"])]
    rows.append(("ghead", list(p["columns"])))
    rows += [("grid", list(r)) for r in p["rows"]]
    return rows


def doc_rows(doc):
    return [project_rows(doc, p) for p in doc["projects"]]


def blocks(p, col):
    """Row ranges of the merged blocks of grid column col (its index), as the form merges them."""
    cols = p["columns"]
    i1 = cols.index(CAT[0])
    out = []
    for i, r in enumerate(p["rows"]):
        opens = i == 0 or r[col] != "" or (col != i1 and r[i1] != "")
        if opens:
            out.append([i, i])
        else:
            out[-1][1] = i
    return out


def cat_cols(p):
    return [p["columns"].index(c) for c in CAT if c in p["columns"]]


# ------------------------------------------------------------------ pipe: MediaWiki table markup (rowspans)
def mediawiki(doc):
    out = []
    for p, prow in zip(doc["projects"], doc_rows(doc)):
        out.append("== %s ==" % doc["title"])
        out.append('{| class="wikitable" style="width:100%"')
        for kind, cells in prow[1:]:
            if kind != "head":
                continue
            out.append("|-")
            for j, c in enumerate(cells):
                key = j == 0 or (len(cells) == 4 and j == 2)
                out.append(("! " if key else "| ") + c)
        out.append("|}")
        out.append('{| class="wikitable" style="width:100%"')
        out.append("|-")
        out.append("! " + " !! ".join(p["columns"]))
        spans = {}
        for col in cat_cols(p):
            for a, b in blocks(p, col):
                spans[(a, col)] = b - a + 1
                for i in range(a + 1, b + 1):
                    spans[(i, col)] = 0  # covered
        for i, r in enumerate(p["rows"]):
            cells = []
            for j, c in enumerate(r):
                n = spans.get((i, j))
                if n == 0:
                    continue
                cells.append(('rowspan="%d" | %s' % (n, c)) if n and n > 1 else c)
            out.append("|-")
            out.append("| " + " || ".join(cells))
        out.append("|}")
        out.append("")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ the workbook's used range (one sheet)
def sheet(doc):
    """The table sheet's rows as the workbook holds them (a blank row between projects)."""
    rows = []
    for k, prow in enumerate(doc_rows(doc)):
        if k:
            rows.append([])
        rows += [cells for _, cells in prow]
    width = max(len(r) for r in rows)
    return rows, width


def powershell(doc):
    """ImportExcel `Import-Excel -NoHeader` | `Export-Csv -Delimiter '|' -Encoding UTF8 -NoTypeInformation:$false`
    (Windows PowerShell 5.1): BOM, CRLF, a #TYPE line, P1…Pn property names, every field quoted, no empty rows."""
    rows, width = sheet(doc)
    q = lambda s: '"%s"' % s.replace('"', '""')
    lines = ["#TYPE System.Management.Automation.PSCustomObject", "|".join(q("P%d" % (j + 1)) for j in range(width))]
    for r in rows:
        if not r:
            continue  # Import-Excel skips empty rows
        lines.append("|".join(q(c) for c in r + [""] * (width - len(r))))
    return "\ufeff" + "\r\n".join(lines) + "\r\n"


def pandas_tsv(doc):
    """pandas.read_excel(sheet_name=1) (first row taken as the header) then to_csv(sep='\\t', index=False)."""
    rows, width = sheet(doc)
    head = [rows[0][0]] + ["Unnamed: %d" % j for j in range(1, width)]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(head)
    for r in rows[1:]:
        w.writerow(r + [""] * (width - len(r)))
    return buf.getvalue()


GOAL_BREAK = re.compile(r"(?<=[；;。])(?=[2-9][\.．、])")


def mysql_outfile(doc):
    """SELECT * INTO OUTFILE … FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '"' LINES TERMINATED BY '\\n' of a
    VARCHAR staging table (c1…cn) the workbook was imported into: NULL (a merged continuation cell, padding, the
    blank row's cells) is \\N; an empty string of its own is ""; a typed line break in a goal (before `2.`) is written
    as a backslash followed by the real line feed; no header line."""
    out = []
    width = 0
    projects = doc_rows(doc)
    for prow in projects:
        width = max(width, max(len(c) for _, c in prow))
    for k, (p, prow) in enumerate(zip(doc["projects"], projects)):
        covered = set()
        for col in cat_cols(p):
            for a, b in blocks(p, col):
                covered |= {(i, col) for i in range(a + 1, b + 1)}
        if k:
            out.append(",".join(["\\N"] * width))
        gi = 0
        for kind, cells in prow:
            f = []
            for j, c in enumerate(cells):
                if kind == "grid" and (gi, j) in covered:
                    f.append("\\N")
                    continue
                if kind == "head" and cells[0] in GOAL_KEYS and j == 1:
                    c = GOAL_BREAK.sub("\n", c)
                c = c.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\\n")
                f.append('"%s"' % c)
            f += ["\\N"] * (width - len(cells))
            out.append(",".join(f))
            if kind == "grid":
                gi += 1
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ one cell a line: docx2txt of the Word file
def all_cells(doc):
    cells = []
    for prow in doc_rows(doc):
        for kind, r in prow:
            cells += r
    return cells


def docx2txt(doc):
    """python-docx2txt: every paragraph (title, each table cell) followed by a blank line, an empty cell an empty
    paragraph; the whole text stripped at both ends (trailing empty cells of the last row vanish)."""
    return "".join(c + "\n\n" for c in all_cells(doc)).strip() + "\n"


def docx2txt_squeezed(doc):
    """the same piped through `cat -s`: runs of blank lines squeezed to one, so empty cells leave no trace."""
    return re.sub(r"\n{3,}", "\n\n", docx2txt(doc))


# ------------------------------------------------------------------ pdftotext -layout imitation
def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


TOKEN = re.compile(r"[A-Za-z0-9.%~\-:/+×²³·μ≥≤<>=()]+|.", re.S)
PUNCT = "，；、。："
WIDTH = {
    "序号": 6,
    "一级指标": 12,
    "二级指标": 14,
    "三级指标": 26,
    "指标内容": 26,
    "指标名称": 26,
    "指标值": 18,
    "目标值": 18,
    "年度指标值": 18,
    "实施期指标值": 18,
    "中期指标值": 18,
    "长期指标值": 18,
    "指标值及单位": 20,
    "实际完成值": 14,
}
SMALL = (
    "指标性质",
    "符号",
    "计算符号",
    "度量单位",
    "计量单位",
    "权重",
    "分值",
    "得分",
    "权重（%）",
    "指标方向",
    "指标方向性",
    "绩效标准",
)


def col_width(name):
    w = WIDTH.get(name, 10 if name in SMALL else 22)
    return max(w, dw(name))


def wrap(text, w):
    """Greedy, by display width; an ASCII run (a number, a unit) is never cut unless longer than the line; a line
    that must break goes back to its last CJK comma/semicolon when that point is past half the width."""
    if text == "":
        return [""]
    lines, cur = [], ""
    for tok in TOKEN.findall(text):
        if dw(cur + tok) <= w:
            cur += tok
            continue
        if cur:
            cut = max(cur.rfind(ch) for ch in PUNCT)
            if cut >= 0 and dw(cur[: cut + 1]) * 2 >= w and cut + 1 < len(cur):
                lines.append(cur[: cut + 1])
                cur = cur[cut + 1 :]
            else:
                lines.append(cur)
                cur = ""
        while dw(tok) > w:  # a token longer than the column
            k = len(tok)
            while dw(tok[:k]) > w:
                k -= 1
            lines.append(tok[:k])
            tok = tok[k:]
        if dw(cur + tok) <= w:
            cur += tok
        else:
            lines.append(cur)
            cur = tok
    lines.append(cur)
    return lines


def place(line, col, text):
    """Write text at display column col of a line (a list of display cells)."""
    while len(line) < col:
        line.append(" ")
    pos = col
    for ch in text:
        line[pos:pos] = []
        if len(line) < pos:
            line += [" "] * (pos - len(line))
        wide = dw(ch) == 2
        line[pos : pos + (2 if wide else 1)] = [ch] + ([""] if wide else [])
        pos += 2 if wide else 1
    return line


def render_lines(slots):
    """slots: [(col, [lines])] for one layout row → text lines."""
    n = max(len(ls) for _, ls in slots) if slots else 1
    out = []
    for k in range(n):
        line = []
        for col, ls in slots:
            if k < len(ls) and ls[k]:
                place(line, col, ls[k])
        out.append("".join(line).rstrip())
    return out


GAP = 2
PAGE_LINES = 50
TABLE_NO = "公开09表"
PRINTED = "打印时间：2025-02-14 09:31"


def grid_geometry(columns, narrow_cats=False):
    xs, x = [], 0
    ws = []
    for c in columns:
        w = 2 if (narrow_cats and c in CAT) else col_width(c)
        xs.append(x)
        ws.append(w)
        x += w + GAP
    return xs, ws, x - GAP


def header_block_lines(rows, total):
    out = []
    kw = 16
    for cells in rows:
        if len(cells) == 2:
            out += render_lines([(0, wrap(cells[0], kw)), (kw + 2, wrap(cells[1], total - kw - 2))])
        elif len(cells) == 4:
            half = total // 2
            out += render_lines(
                [
                    (0, wrap(cells[0], kw)),
                    (kw + 2, wrap(cells[1], half - kw - 4)),
                    (half, wrap(cells[2], kw)),
                    (half + kw + 2, wrap(cells[3], total - half - kw - 2)),
                ]
            )
        else:  # the money row: cells one after another, a cell never cut; overflow continues at the value indent
            lines, line, x = [], [], 0
            for j, c in enumerate(cells):
                if c == "":
                    x += 2 + GAP  # an empty cell still takes its box
                    continue
                need = dw(c) + (GAP + 2 + dw(cells[j + 1]) if j % 2 == 1 and j + 1 < len(cells) else 0)
                if x + need > total and x > kw + 2 and j % 2 == 1:  # a key goes to the next line with its value
                    lines.append("".join(line).rstrip())
                    line, x = [], kw + 2
                place(line, x, c)
                x += max(dw(c), 0) + GAP + (0 if j == 0 else 2)
                if j == 0:
                    x = max(x, kw + 2)
            lines.append("".join(line).rstrip())
            out += lines
    return out


def grid_row_lines(columns, row, xs, ws, skip=()):
    slots = []
    for j, (c, x, w) in enumerate(zip(row, xs, ws)):
        if j in skip:
            continue
        ls = wrap(c, w)
        if columns[j] in ("权重", "分值", "得分", "权重（%）", "序号"):  # small numbers centred in their box
            ls = [" " * ((w - dw(s)) // 2) + s for s in ls]
        slots.append((x, ls))
    return render_lines(slots)


def paginate(units, total):
    """units: [(lines, repeat_header_lines or None)] kept whole; page top `公开09表`, page foot print time and n/m."""
    pages, cur, head = [], [], None
    body = PAGE_LINES - 4
    for lines, gh in units:
        if cur and len(cur) + len(lines) > body:
            pages.append(cur)
            cur = list(gh) if gh else []
        cur += lines
    if cur:
        pages.append(cur)
    out = []
    for n, pg in enumerate(pages, 1):
        top = " " * max(0, total - dw(TABLE_NO)) + TABLE_NO
        foot_r = "%d/%d" % (n, len(pages))
        foot = PRINTED + " " * max(2, total - dw(PRINTED) - len(foot_r)) + foot_r
        text = [top, ""] + pg + [""] * (PAGE_LINES - 4 - len(pg)) + ["", foot]
        out.append("\n".join(text) + "\n")
    return "\f".join(out) + "\f"


def aligned(doc, centered=False):
    units = []
    for p, prow in zip(doc["projects"], doc_rows(doc)):
        cols = p["columns"]
        xs, ws, total = grid_geometry(cols, narrow_cats=centered)
        total = max(total, 100)
        title = doc["title"]
        units.append((([""] if units else []) + [" " * ((total - dw(title)) // 2) + title, ""], None))
        hrows = [c for k, c in prow if k == "head"]
        units.append((header_block_lines(hrows, total) + [""], None))
        if centered:
            ghead = render_lines([(x, wrap(c, w) if c not in CAT else list(c)) for c, x, w in zip(cols, xs, ws)])
        else:
            ghead = render_lines([(x, [c]) for c, x in zip(cols, xs)])
        units.append((ghead, None))
        if not centered:
            for r in p["rows"]:
                units.append((grid_row_lines(cols, r, xs, ws), ghead))
            continue
        # centred: labels lifted out, one character (or one Latin run) a line, centred over their block;
        # a block shorter than its label grows at its last row; a 一级 block is kept on one page when it fits
        cc = cat_cols(p)
        body = [grid_row_lines(cols, r, xs, ws, skip=cc) for r in p["rows"]]
        for col in reversed(cc):  # 二级 first grows its blocks, then 一级
            for a, b in blocks(p, col):
                toks = [t for t in TOKEN.findall(p["rows"][a][col])]
                have = sum(len(body[i]) for i in range(a, b + 1))
                if len(toks) > have:
                    body[b] = body[b] + [""] * (len(toks) - have)
        lab = {}
        for col in cc:
            for a, b in blocks(p, col):
                toks = TOKEN.findall(p["rows"][a][col])
                have = sum(len(body[i]) for i in range(a, b + 1))
                start = (have - len(toks)) // 2
                k = 0
                for i in range(a, b + 1):
                    for li in range(len(body[i])):
                        if start <= k < start + len(toks):
                            lab[(i, li, col)] = toks[k - start]
                        k += 1
        rows_lines = []
        for i in range(len(p["rows"])):
            ls = []
            for li, text in enumerate(body[i]):
                cells = []
                for ch in text:
                    cells.append(ch)
                    if dw(ch) == 2:
                        cells.append("")
                for col in cc:
                    t = lab.get((i, li, col))
                    if t:
                        place(cells, xs[col], t)
                ls.append("".join(cells).rstrip())
            rows_lines.append(ls)
        i1 = cc[0] if cc else None
        groups = blocks(p, i1) if cc else [[i, i] for i in range(len(p["rows"]))]
        for a, b in groups:
            glines = sum((rows_lines[i] for i in range(a, b + 1)), [])
            if len(glines) <= PAGE_LINES - 4 - len(ghead):
                units.append((glines, ghead))
            else:
                for i in range(a, b + 1):
                    units.append((rows_lines[i], ghead))
    return paginate(units, max(max(grid_geometry(p["columns"], centered)[2], 100) for p in doc["projects"]))


# ------------------------------------------------------------------ flattened: labels at the foot of their block
def flat_rows(doc):
    out = []
    for p, prow in zip(doc["projects"], doc_rows(doc)):
        for kind, cells in prow:
            if kind != "grid":
                out.append("".join(cells))
        rows = [list(r) for r in p["rows"]]
        for col in cat_cols(p):
            for a, b in blocks(p, col):
                label = rows[a][col]
                rows[a][col] = ""
                rows[b][col] = label
        out += ["".join(r) for r in rows]
    return out


def flat(doc):
    """A copy of a PDF whose merged 一级/二级 cells are VALIGN BOTTOM: in reading order a label comes with the LAST row
    of its block; one row a line, cells glued, empty cells nothing."""
    return "\n".join(flat_rows(doc)) + "\n"


def oneline(doc):
    """A web mirror's field filled by MySQL GROUP_CONCAT(CONCAT(cells) ORDER BY row) with the default separator:
    every row's cells glued, rows joined by an ASCII comma; merged cells as printed (label on the first row)."""
    rows = []
    for prow in doc_rows(doc):
        rows += ["".join(cells) for _, cells in prow]
    return ",".join(rows) + "\n"


# ------------------------------------------------------------------ XLSX
def xlsx(doc, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    cover = wb.active
    cover.title = "填报说明"
    notes = [
        "填报说明：",
        "1.本表由部门预算编制系统导出，金额单位为万元。",
        "2.一级、二级指标按合并单元格填列。",
        "3.指标值含计量单位；定性指标填写等级或状态。",
    ]
    for i, t in enumerate(notes, 1):
        cover.cell(row=i, column=1, value=t)
    cover.column_dimensions["A"].width = 60
    ws = wb.create_sheet("项目绩效目标")
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    rows, width = sheet(doc)
    r = 1
    for p, prow in zip(doc["projects"], doc_rows(doc)):
        if r > 1:
            r += 1
        covered = set()
        for col in cat_cols(p):
            for a, b in blocks(p, col):
                covered.add((a, b, col))
        gi = None
        for kind, cells in prow:
            for j, c in enumerate(cells):
                cell = ws.cell(row=r, column=j + 1, value=c if c != "" else None)
                cell.alignment = Alignment(wrap_text=True, vertical="center")
                cell.border = box
                cell.number_format = "@"
            if kind == "title":
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
                ws.cell(row=r, column=1).font = Font(bold=True, size=14)
            elif kind == "head" and len(cells) < width:
                ws.merge_cells(start_row=r, start_column=len(cells), end_row=r, end_column=width)
            if kind == "ghead":
                gi = r + 1
            r += 1
        for a, b, col in covered:
            if b > a:
                ws.merge_cells(start_row=gi + a, start_column=col + 1, end_row=gi + b, end_column=col + 1)
    for j in range(width):
        ws.column_dimensions[chr(65 + j)].width = 16
    wb.properties.creator = "预算编制系统"
    wb.save(path)
    pin(path)


def pin(path):
    """Byte-stable: fixed zip dates and a fixed dcterms:created/modified."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-02-14T01:31:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 2, 14, 9, 31, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    os.makedirs(DOCS, exist_ok=True)
    for fn in sorted(os.listdir(DATA)):
        if not fn.endswith(".json"):
            continue
        doc_id = fn[:-5]
        doc = json.load(open(os.path.join(DATA, fn), encoding="utf-8"))
        shapes = {
            ".pipe.txt": mediawiki(doc),
            ".pipe_bare.txt": powershell(doc),
            ".tab.tsv": pandas_tsv(doc),
            ".csv": mysql_outfile(doc),
            ".lines.txt": docx2txt(doc),
            ".lines_dropped.txt": docx2txt_squeezed(doc),
            ".aligned_top.txt": aligned(doc),
            ".aligned_centered.txt": aligned(doc, centered=True),
            ".flat.txt": flat(doc),
            ".oneline.txt": oneline(doc),
        }
        for suf, text in shapes.items():
            with open(os.path.join(DOCS, doc_id + suf), "w", encoding="utf-8", newline="") as f:
                f.write(text)
        xlsx(doc, os.path.join(DOCS, doc_id + ".xlsx"))
        print(doc_id)


if __name__ == "__main__":
    main()
