"""blind64 renderings (own code; no code shared with the parser or with any earlier corpus's renderer).

Story: the 示例市 budget-disclosure platform keeps each document as ONE worksheet laid out as the national template
prints it ("the sheet", W columns = the document's widest grid, at least 4).  Per project: the title row (merged across
W); `项目名称 | value`; `主管部门 | v | 实施单位 | v` and `项目属性 | v | 项目期 | v` on one row each (the second pair from
column W//2); any other key `key | value` (value merged to the edge); `项目资金（万元）` merged down beside the `money key |
amount` rows; the goals `key | value`; the grid header and the grid (一级/二级 blocks merged down where 一级 is the first
column; a grid narrower than W has its last cell merged to the edge); one empty row between projects.

    python render64.py [corpus dir]      (default: this folder)

Writes docs/<doc>.{pipe.txt,pipe_bare.txt,tab.tsv,csv,lines.txt,lines_dropped.txt,aligned_top.txt,aligned_centered.txt,
flat.txt,oneline.txt,xlsx,docx}; intermediates (the staged rows for the Java writer, the Hugo data YAML) in /tmp/b64/render.
"""

import csv
import datetime
import glob
import io
import json
import os
import subprocess
import sys
import zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
DOCS = os.path.join(HERE, "docs")
TMP = "/tmp/b64/render"
TOOLS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tools")

PAIRS = {"主管部门": "实施单位", "项目属性": "项目期"}
MONEY_KEY = "项目资金（万元）"
GOAL_KEYS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")
CAT1, CAT2 = "一级指标", "二级指标"


# ------------------------------------------------------------------ the sheet
def blocks(rows, j, j1=None):
    """[first, last] row ranges of the merged blocks of category column j (an 二级 block also opens at a 一级 start)."""
    out = []
    for i, r in enumerate(rows):
        if i == 0 or r[j] != "" or (j1 is not None and r[j1] != ""):
            out.append([i, i])
        else:
            out[-1][1] = i
    return out


def sheet(doc):
    """rows (lists of W strings, covered cells ""), merges [(r0, c0, r1, c1)], and per project a dict of row indices."""
    W = max(4, max(len(p["columns"]) for p in doc["projects"]))
    c2 = W // 2
    rows, merges, parts = [], [], []

    def add(cells, merge=()):
        rows.append(list(cells) + [""] * (W - len(cells)))
        for c0, c1 in merge:
            if c1 > c0:
                merges.append((len(rows) - 1, c0, len(rows) - 1, c1))
        return len(rows) - 1

    for pi, p in enumerate(doc["projects"]):
        if pi:
            add([])
        part = {"title": add([doc["title"]], [(0, W - 1)])}
        items = [list(kv) for kv in p["header"]]
        i = 0
        part["head0"] = len(rows)
        while i < len(items):
            k, v = items[i]
            nxt = items[i + 1] if i + 1 < len(items) else [None, None]
            if k in PAIRS and nxt[0] == PAIRS[k]:
                cells = [k, v] + [""] * (c2 - 2) + [nxt[0], nxt[1]]
                add(cells, [(1, c2 - 1), (c2 + 1, W - 1)])
                i += 2
            elif k == MONEY_KEY:
                j = i + 1
                while j < len(items) and items[j][0] not in GOAL_KEYS:
                    j += 1
                first = len(rows)
                for m, (mk, mv) in enumerate(items[i + 1 : j]):
                    add([k if m == 0 else "", mk, mv], [(2, W - 1)])
                if j - i - 1 > 1:
                    merges.append((first, 0, len(rows) - 1, 0))
                i = j
            else:
                add([k, v], [(1, W - 1)])
                i += 1
        part["head1"] = len(rows)
        cols = p["columns"]
        n = len(cols)
        edge = [(n - 1, W - 1)] if n < W else []
        part["ghead"] = add(cols, edge)
        g0 = len(rows)
        for r in p["rows"]:
            add(r, edge)
        part["grid"] = (g0, len(rows))
        if cols[0] == CAT1 and CAT2 in cols:
            j2 = cols.index(CAT2)
            for j, j1 in ((0, None), (j2, 0)):
                for a, b in blocks(p["rows"], j, j1):
                    if b > a:
                        merges.append((g0 + a, j, g0 + b, j))
        part["cats"] = [0, cols.index(CAT2)] if cols[0] == CAT1 and CAT2 in cols else []
        part["end"] = len(rows)
        parts.append(part)
    return W, rows, merges, parts


def load(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


# ------------------------------------------------------------------ display width (for the widths I choose only)
def dw(s):
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


# ------------------------------------------------------------------ .xlsx: XlsxWriter (the platform's download)
def write_xlsx(doc, path):
    import xlsxwriter

    W, rows, merges, parts = sheet(doc)
    wb = xlsxwriter.Workbook(path)
    wb.set_properties(
        {
            "title": doc["title"],
            "author": "示例市财政局预算公开平台",
            "company": "示例市财政局",
            "created": datetime.datetime(2025, 3, 18, 10, 30, 0),
        }
    )
    ws = wb.add_worksheet("绩效目标表")
    base = wb.add_format({"text_wrap": True, "valign": "vcenter", "border": 1, "font_name": "宋体", "font_size": 10})
    tfmt = wb.add_format({"bold": True, "align": "center", "valign": "vcenter", "font_name": "黑体", "font_size": 14})
    titles = {p["title"] for p in parts}
    empties = {p["title"] - 1 for p in parts[1:]}
    covered = set()
    for r0, c0, r1, c1 in merges:
        fmt = tfmt if r0 in titles else base
        ws.merge_range(r0, c0, r1, c1, rows[r0][c0], fmt)
        covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
    for r, row in enumerate(rows):
        if r in empties:
            continue
        for c, v in enumerate(row):
            if (r, c) in covered:
                continue
            ws.write_string(r, c, v, base) if v else ws.write_blank(r, c, None, base)
    ws.set_column(0, W - 1, 16)
    wb.close()


# ------------------------------------------------------------------ .docx: python-docx (the department's Word file)
def fix_zip(path, when=(2025, 3, 18, 10, 30, 0)):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            z.writestr(zipfile.ZipInfo(name, when), data, zipfile.ZIP_DEFLATED)


def write_docx(doc, path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    W, rows, merges, parts = sheet(doc)
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(9)
    cp = d.core_properties
    cp.author, cp.title = "示例市财政局预算公开平台", doc["title"]
    cp.created = cp.modified = datetime.datetime(2025, 3, 18, 10, 30, 0)
    cp.last_modified_by, cp.revision = "示例市财政局预算公开平台", 1
    for p in parts:
        para = d.add_paragraph(doc["title"])
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r0, r1 = p["head0"], p["end"]
        t = d.add_table(rows=r1 - r0, cols=W)
        t.style = "Table Grid"
        for r in range(r0, r1):
            for c in range(W):
                if rows[r][c]:
                    t.cell(r - r0, c).text = rows[r][c]
        for a0, b0, a1, b1 in merges:
            if r0 <= a0 < r1:
                t.cell(a0 - r0, b0).merge(t.cell(a1 - r0, b1))
        d.add_paragraph()
    d.save(path)
    fix_zip(path)


# ------------------------------------------------------------------ .pipe.txt: terminaltables AsciiTable (a notebook)
def write_pipe(doc, path, xlsx):
    from python_calamine import CalamineWorkbook
    from terminaltables import AsciiTable

    W, model, merges, parts = sheet(doc)  # (the sheet model only for where each project's tables start and end)
    rows = [[str(v) for v in r] for r in CalamineWorkbook.from_path(xlsx).get_sheet_by_index(0).to_python()]
    out = []
    for p in parts:
        head = AsciiTable([rows[r] for r in range(p["head0"], p["head1"])], doc["title"])
        head.inner_heading_row_border = False
        grid = AsciiTable([rows[r] for r in range(p["ghead"], p["end"])])
        out += [head.table, "", grid.table, ""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


# ------------------------------------------------------------------ .pipe_bare.txt: the Java 数据交换 writer
def write_pipe_bare(doc, path, doc_id):
    W, rows, merges, parts = sheet(doc)
    staged = os.path.join(TMP, doc_id + ".staged")
    with open(staged, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write("\x1f".join(r) + "\n")
    subprocess.run(["java", "-cp", TMP, "Jk64Swap", staged, path], check=True)


# ------------------------------------------------------------------ .tab.tsv: petl totsv over fromxlsx
def write_tab(xlsx, path):
    import petl as etl

    etl.totsv(etl.fromxlsx(xlsx), path, encoding="utf-8")


# ------------------------------------------------------------------ .csv: pyexcel save_as
def write_csv(xlsx, path):
    import pyexcel

    pyexcel.save_as(file_name=xlsx, dest_file_name=path)


# ------------------------------------------------------------------ .lines.txt / .lines_dropped.txt: python-calamine
def write_lines(xlsx, path, dropped):
    from python_calamine import CalamineWorkbook

    ws = CalamineWorkbook.from_path(xlsx).get_sheet_by_index(0)
    buf = io.StringIO()
    for row in ws.to_python():
        for v in row:
            if dropped and v == "":
                continue
            print(v, file=buf)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ------------------------------------------------------------------ aligned: beautifultable
LONG = (
    "核实渠道",
    "指标值设置理由",
    "指标值测算说明",
    "数据统计口径",
    "数据核实来源",
    "未完成原因分析及改进措施",
    "存在问题及整改措施",
    "目标完成佐证",
    "计分办法",
)
NAMES = ("三级指标", "指标内容", "指标名称")


def col_width(name):
    if name == CAT1:
        return 12
    if name == CAT2:
        return 14
    if name in NAMES:
        return 26
    if name in LONG:
        return 20
    if name == "序号":
        return 8
    if name in ("权重", "分值", "得分", "计量", "度量"):
        return 8
    return 14


def bt(rows, widths, header=None, compact=False):
    from beautifultable import BeautifulTable

    t = BeautifulTable(
        maxwidth=400, default_alignment=BeautifulTable.ALIGN_LEFT, default_padding=1, detect_numerics=False
    )
    t.set_style(BeautifulTable.STYLE_COMPACT if compact else BeautifulTable.STYLE_NONE)
    for r in rows:
        t.rows.append(r)
    if header:
        t.columns.header = header
    t.columns.width = widths
    return str(t)


def write_aligned(doc, path, centred):
    W, rows, merges, parts = sheet(doc)
    out = []
    for p in parts:
        cols = rows[p["ghead"]]
        grid = [list(rows[r]) for r in range(p["grid"][0], p["grid"][1])]
        if centred and p["cats"]:
            spans = [(j, blocks(grid, j, 0 if j else None)) for j in p["cats"]]  # from the grid as printed
            for j, bl in spans:
                for a, b in bl:
                    if b > a and grid[a][j]:
                        m = a + (b - a + 1) // 2  # the middle row, rounding UP (a 2-row block: its second row)
                        grid[m][j], grid[a][j] = grid[a][j], ""
        head = [rows[r] for r in range(p["head0"], p["head1"])]
        hw = [18, 48] + [16] * (W - 2)
        gw = [col_width(c) if c else 10 for c in cols]
        out += [doc["title"], "", bt(head, hw), "", bt(grid, gw, header=cols, compact=centred), "", ""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


# ------------------------------------------------------------------ flat / oneline: yq over the Hugo data file
def write_yaml(doc, path):
    import yaml

    W, rows, merges, parts = sheet(doc)
    data = {
        "title": doc["title"],
        "projects": [{"title": doc["title"], "rows": [rows[r] for r in range(p["head0"], p["end"])]} for p in parts],
    }
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, width=4096)


def write_yq(yml, path, oneline):
    if oneline:
        prog = '.projects[] | [.title, (.rows[] | join(""))] | join("")'
    else:
        prog = '.projects[] | (.title, (.rows[] | join("")), "")'
    res = subprocess.run(["yq", "-r", prog, yml], check=True, capture_output=True)
    with open(path, "wb") as f:
        f.write(res.stdout)


def main():
    os.makedirs(TMP, exist_ok=True)
    os.makedirs(DOCS, exist_ok=True)
    subprocess.run(["javac", "-d", TMP, os.path.join(TOOLS, "Jk64Swap.java")], check=True)
    for path in sorted(glob.glob(os.path.join(DATA, "*.json"))):
        doc_id = os.path.splitext(os.path.basename(path))[0]
        doc = load(doc_id)
        out = lambda ext: os.path.join(DOCS, doc_id + ext)  # noqa: E731
        write_xlsx(doc, out(".xlsx"))
        write_docx(doc, out(".docx"))
        write_pipe(doc, out(".pipe.txt"), out(".xlsx"))
        write_pipe_bare(doc, out(".pipe_bare.txt"), doc_id)
        write_tab(out(".xlsx"), out(".tab.tsv"))
        write_csv(out(".xlsx"), out(".csv"))
        write_lines(out(".xlsx"), out(".lines.txt"), False)
        write_lines(out(".xlsx"), out(".lines_dropped.txt"), True)
        write_aligned(doc, out(".aligned_top.txt"), False)
        write_aligned(doc, out(".aligned_centered.txt"), True)
        yml = os.path.join(TMP, doc_id + ".yaml")
        write_yaml(doc, yml)
        write_yq(yml, out(".flat.txt"), False)
        write_yq(yml, out(".oneline.txt"), True)
        print(doc_id)


if __name__ == "__main__":
    main()
