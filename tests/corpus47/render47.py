"""Render data/<doc>.json of corpus blind47 into ten text shapes, an XLSX and a DOCX (docs/<doc>.*).

Own code, written blind (no parser code read).  Real tools run as subprocesses where the story names one:
GNU bash 5 (pipe_bare, flat), GNU xargs + tr (lines), jq 1.6 (lines_dropped), python 3.11's csv module
(tab, csv).  Usage: python render47.py /work/blind47
"""

import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

import docx
import openpyxl
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from openpyxl.styles import Alignment, Font

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
MONEY = re.compile(r"^\d+\.\d\d$")
LABELS = ("一级指标", "二级指标")
NUMERIC_COLS = ("权重", "分值", "得分")
PLAIN_ENV = {"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"}


def load(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


# ------------------------------------------------------------------ the sheet model
def sheet_rows(doc):
    """Per project: title row, header pairs (项目资金（万元） alone), grid header, grid rows.  Own widths."""
    parts = []
    for p in doc["projects"]:
        rows = [[doc["title"]]]
        for k, v in p["header"]:
            rows.append([k] if (k == "项目资金（万元）" and v == "") else [k, v])
        rows.append(list(p["columns"]))
        rows += [list(r) for r in p["rows"]]
        parts.append(rows)
    return parts


def width(doc):
    return max(len(p["columns"]) for p in doc["projects"])


def pad(row, w):
    return row + [""] * (w - len(row))


def run(cmd, data, shell=False):
    r = subprocess.run(cmd, input=data, stdout=subprocess.PIPE, check=True, shell=shell, env=PLAIN_ENV)
    return r.stdout


def plain_tsv(parts, w=None, sep_line=False):
    """Internal TSV (no quoting: no cell holds a tab or a line break), LF."""
    out = []
    for i, rows in enumerate(parts):
        if i and sep_line:
            out.append("")
        for r in rows:
            out.append("\t".join(pad(r, w) if w else r))
    return ("\n".join(out) + "\n").encode("utf-8")


# ------------------------------------------------------------------ pipe: DingTalk Docs "下载为 Markdown" (imitation)
def md_cell(s):
    return s.replace("|", "\\|")


def r_pipe(doc):
    w = width(doc)
    out = []
    for i, rows in enumerate(sheet_rows(doc)):
        if i:
            out += ["", "---", ""]
        out.append("| " + " | ".join(md_cell(c) for c in pad(rows[0], w)) + " |")
        out.append("|" + "|".join([" :--- "] * w) + "|")
        for r in rows[1:]:
            out.append("| " + " | ".join(md_cell(c) for c in pad(r, w)) + " |")
    return ("\n".join(out) + "\n").encode("utf-8")


# ------------------------------------------------------------------ pipe_bare: bash ${l//$'\t'/|} (run for real)
BASH_BAR = r"""while IFS= read -r l; do printf '%s\r\n' "${l//$'\t'/|}"; done"""
BASH_GLUE = r"""while IFS= read -r l; do printf '%s\r\n' "${l//$'\t'/}"; done"""


def r_pipe_bare(doc):
    return run(["bash", "-c", BASH_BAR], plain_tsv(sheet_rows(doc), sep_line=True))


def r_flat(doc):
    return run(["bash", "-c", BASH_GLUE], plain_tsv(sheet_rows(doc), sep_line=True))


# ------------------------------------------------------------------ tab: python csv dialect "unix", tab (real)
def r_tab(doc):
    w = width(doc)
    buf = io.StringIO(newline="")
    wr = csv.writer(buf, dialect="unix", delimiter="\t")
    for rows in sheet_rows(doc):
        for r in rows:
            wr.writerow(pad(r, w))
    return buf.getvalue().encode("utf-8")


# ------------------------------------------------------------------ workbook values (numbers as a sheet holds them)
def typed(value, column=None):
    if column in NUMERIC_COLS and re.fullmatch(r"\d+", value):
        return int(value)
    if MONEY.match(value):
        return float(value)
    return value


def typed_parts(doc):
    out = []
    for p, rows in zip(doc["projects"], sheet_rows(doc)):
        n = len(p["header"]) + 1
        cols = p["columns"]
        t = []
        for i, r in enumerate(rows):
            if 1 <= i < n:
                t.append([r[0]] + [typed(v) for v in r[1:]])
            elif i > n:
                t.append([typed(v, cols[j]) if v != "" else None for j, v in enumerate(r)])
            else:
                t.append(list(r))
        out.append(t)
    return out


# ------------------------------------------------------------------ csv: python csv QUOTE_NONNUMERIC over the workbook values
def r_csv(doc):
    w = width(doc)
    buf = io.StringIO(newline="")
    wr = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC)
    for i, rows in enumerate(typed_parts(doc)):
        if i:
            wr.writerow([None] * w)
        for r in rows:
            wr.writerow([None if v == "" else v for v in pad(r, w)])
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


# ------------------------------------------------------------------ lines: tr + GNU xargs (real)
def r_lines(doc):
    return run("tr '\\n' '\\t' | xargs -d '\\t' -n 1 echo", plain_tsv(sheet_rows(doc)), shell=True)


def r_lines_dropped(lines):
    return run(["jq", "-Rr", "select(length > 0)"], lines)


# ------------------------------------------------------------------ aligned: 金民工程-style print "导出文本" (imitation)
def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap(s, w):
    lines, cur = [], ""
    for c in s:
        if dw(cur + c) > w:
            lines.append(cur)
            cur = c
        else:
            cur += c
    if cur or not lines:
        lines.append(cur)
    return lines


def colw(c):
    if c == "一级指标":
        return 10
    if c == "二级指标":
        return 14
    if c in ("三级指标", "指标名称", "指标内容"):
        return 22
    if c == "序号":
        return 8
    if c in ("未达成情况分析", "差距原因", "政策依据"):
        return 18
    if "值" in c:
        return 16
    return 10


def ljust(s, w):
    return s + " " * (w - dw(s))


GAP = "   "
PAGE = 58


def grid_lines(p, centered):
    cols, rows = p["columns"], p["rows"]
    ws = [colw(c) for c in cols]
    lab = [j for j, c in enumerate(cols) if c in LABELS]
    head = [wrap(c, ws[j]) for j, c in enumerate(cols)]
    hh = max(len(x) for x in head)
    header = [
        GAP.join(ljust(head[j][k] if k < len(head[j]) else "", ws[j]) for j in range(len(cols))).rstrip()
        for k in range(hh)
    ]
    cells = [[wrap(v, ws[j]) if (j not in lab and v) else [] for j, v in enumerate(r)] for r in rows]
    heights = [max([len(x) for x in c] + [1]) for c in cells]
    # blocks per label column: (start, end) row ranges, an 二级 block also opens where an 一级 does
    place = {}
    for j in sorted(lab, key=lambda j: 0 if cols[j] == "二级指标" else 1):
        is2 = cols[j] == "二级指标"
        j1 = next((k for k in lab if cols[k] == "一级指标"), None)
        blocks = []
        for i, r in enumerate(rows):
            if i == 0 or r[j] != "" or (is2 and j1 is not None and r[j1] != ""):
                blocks.append([i, i])
            else:
                blocks[-1][1] = i
        for a, b in blocks:
            text = wrap(rows[a][j], ws[j]) if rows[a][j] else []
            total = sum(heights[a : b + 1])
            if len(text) > total:
                heights[b] += len(text) - total
                total = len(text)
            off = (total - len(text)) // 2 if centered else 0
            place[(j, a, b)] = (text, off)
    mat = []  # per row: list of lines (strings per column)
    for i, r in enumerate(rows):
        mat.append(
            [[cells[i][j][k] if k < len(cells[i][j]) else "" for j in range(len(cols))] for k in range(heights[i])]
        )
    for (j, a, b), (text, off) in place.items():
        flat = [(i, k) for i in range(a, b + 1) for k in range(heights[i])]
        for t, line in enumerate(text):
            i, k = flat[off + t]
            mat[i][k][j] = line
    body = [[GAP.join(ljust(x, ws[j]) for j, x in enumerate(line)).rstrip() for line in m] for m in mat]
    return header, body


def r_aligned(doc, centered):
    pages, cur = [], []

    def newpage():
        pages.append(cur[:])
        cur.clear()

    for pi, p in enumerate(doc["projects"]):
        block = []
        if pi:
            block.append("")
        block += [" " * 24 + doc["title"], ""]
        for k, v in p["header"]:
            if k == "项目资金（万元）" and v == "":
                block.append("项目资金（万元）")
                continue
            keyw = 18
            kk = (
                ("    " + k)
                if block[-1].startswith("项目资金")
                or (
                    block[-1].startswith("    ")
                    and k not in ("实施期目标", "年度目标", "长期目标", "中期目标", "实际完成情况")
                )
                else k
            )
            keyw = max(keyw, dw(kk) + 2)
            vl = wrap(v, 64)
            block.append((ljust(kk, keyw) + vl[0]).rstrip())
            block += [(" " * keyw + x).rstrip() for x in vl[1:]]
        block.append("")
        if len(cur) + len(block) > PAGE - 6:
            newpage()
        cur.extend(block)
        header, body = grid_lines(p, centered)
        cur.extend(header)
        for rl in body:
            if len(cur) + len(rl) > PAGE:
                newpage()
                cur.extend(header)
            cur.extend(rl)
    pages.append(cur[:])
    out = []
    for n, pg in enumerate(pages, 1):
        pg = pg + [""] * (PAGE - len(pg)) + ["", " " * 40 + "第 %d 页" % n]
        out.append("\r\n".join(x.rstrip() for x in pg) + "\r\n")
    return "\f".join(out).encode("utf-8")


# ------------------------------------------------------------------ oneline: Word Range.Text, rows as manual line breaks
def r_oneline(doc):
    out = []
    for rows in sheet_rows(doc):
        out.append("\x0b".join("".join(r) for r in rows))
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


# ------------------------------------------------------------------ xlsx
def r_xlsx(doc, path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目绩效目标"
    w = width(doc)
    row = 1
    for p, rows in zip(doc["projects"], typed_parts(doc)):
        n = len(p["header"]) + 1
        ws.cell(row, 1, rows[0][0]).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=w)
        ws.cell(row, 1).alignment = Alignment(horizontal="center")
        row += 1
        for r in rows[1:n]:
            ws.cell(row, 1, r[0])
            if len(r) > 1:
                c = ws.cell(row, 2, r[1])
                if isinstance(r[1], float):
                    c.number_format = "0.00"
                c.alignment = Alignment(wrap_text=True)
                ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=w)
            row += 1
        for j, c in enumerate(rows[n]):
            ws.cell(row, j + 1, c).font = Font(bold=True)
        row += 1
        g0 = row
        cols = p["columns"]
        for r in rows[n + 1 :]:
            for j, v in enumerate(r):
                if v is not None:
                    ws.cell(row, j + 1, v).alignment = Alignment(wrap_text=True, vertical="center")
            row += 1
        for j, c in enumerate(cols):
            if c not in LABELS:
                continue
            j1 = cols.index("一级指标") if "一级指标" in cols else None
            a = 0
            grid = p["rows"]
            for i in range(1, len(grid) + 1):
                opens = i == len(grid) or grid[i][j] != "" or (c == "二级指标" and j1 is not None and grid[i][j1] != "")
                if opens:
                    if i - 1 > a:
                        ws.merge_cells(start_row=g0 + a, start_column=j + 1, end_row=g0 + i - 1, end_column=j + 1)
                    a = i
        row += 1
    for j in range(1, w + 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = 16
    wb.properties.creator = "示例市民政信息系统"
    import datetime

    fixed = datetime.datetime(2025, 3, 1, 9, 0, 0)
    wb.properties.created = wb.properties.modified = fixed
    wb.save(path)
    fix_zip(path)


def fix_zip(path):
    """Byte-stable: fixed zip entry dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-03-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ------------------------------------------------------------------ docx: one table a project (header block + grid)
def r_docx(doc, path):
    import datetime

    d = docx.Document()
    sec = d.sections[0]
    if doc["variant"] in ("coded", "self_evaluation"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    st = d.styles["Normal"]
    st.font.size = Pt(9)
    for pi, p in enumerate(doc["projects"]):
        para = d.add_paragraph(doc["title"])
        para.alignment = 1
        cols = p["columns"]
        w = len(cols)
        hrows = [kv for kv in p["header"]]
        t = d.add_table(rows=len(hrows) + 1 + len(p["rows"]), cols=w)
        t.style = "Table Grid"
        for i, (k, v) in enumerate(hrows):
            t.cell(i, 0).text = k
            if w > 1:
                m = t.cell(i, 1).merge(t.cell(i, w - 1))
                m.text = v
        base = len(hrows)
        for j, c in enumerate(cols):
            t.cell(base, j).text = c
        for i, r in enumerate(p["rows"]):
            for j, v in enumerate(r):
                if v:
                    t.cell(base + 1 + i, j).text = v
        j1 = cols.index("一级指标") if "一级指标" in cols else None
        for j, c in enumerate(cols):
            if c not in LABELS:
                continue
            grid = p["rows"]
            a = 0
            for i in range(1, len(grid) + 1):
                if i == len(grid) or grid[i][j] != "" or (c == "二级指标" and j1 is not None and grid[i][j1] != ""):
                    if i - 1 > a:
                        top = t.cell(base + 1 + a, j)
                        m = top.merge(t.cell(base + i, j))
                        for extra in m.paragraphs[1:]:
                            extra._element.getparent().remove(extra._element)
                    a = i
        if pi < len(doc["projects"]) - 1:
            d.add_paragraph("")
    cp = d.core_properties
    cp.author = "示例市民政信息系统"
    cp.created = cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.last_modified_by = ""
    cp.revision = 1
    d.save(path)
    fix_zip(path)


def main():
    os.makedirs(DOCS, exist_ok=True)
    ids = sorted(f[:-5] for f in os.listdir(DATA) if f.endswith(".json"))
    for doc_id in ids:
        doc = load(doc_id)
        base = os.path.join(DOCS, doc_id)
        lines = r_lines(doc)
        outs = {
            ".pipe.txt": r_pipe(doc),
            ".pipe_bare.txt": r_pipe_bare(doc),
            ".tab.tsv": r_tab(doc),
            ".csv": r_csv(doc),
            ".lines.txt": lines,
            ".lines_dropped.txt": r_lines_dropped(lines),
            ".aligned_top.txt": r_aligned(doc, False),
            ".aligned_centered.txt": r_aligned(doc, True),
            ".flat.txt": r_flat(doc),
            ".oneline.txt": r_oneline(doc),
        }
        for suf, b in outs.items():
            with open(base + suf, "wb") as f:
                f.write(b)
        r_xlsx(doc, base + ".xlsx")
        r_docx(doc, base + ".docx")
        print(doc_id, "12 files")


if __name__ == "__main__":
    main()
