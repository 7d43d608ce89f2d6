"""blind14: my own renderer of the ten text shapes and the XLSX (written from FORMS.md §2 only; no earlier
renderer read).  Usage: python render14.py [corpus folder]  (default: this file's folder).  Deterministic.

Every shape starts from the same logical rows per project:
  title row; header block rows (my layout, below); the grid header; the grid rows (merged cells "").
Header block layout: 项目名称 | v ; 主管部门 | v ; 实施单位 | v ; 项目属性 | v | 项目期 | v ; extra items two pairs a row ;
项目资金（万元） | k1 | v1 | k2 | v2 | … (ALL money items on ONE row after the key) ; each goal | text.
"""

import csv
import io
import json
import os
import re
import sys
import unicodedata
import zipfile

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
CATS = ("一级指标", "二级指标")
MONEY_KEY = "项目资金（万元）"
GOALS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")
POINTS = re.compile(r"^(.*?)(\s*[（(][^（()）]*[)）]分?|\s+\d+分)$")


# ------------------------------------------------------------------ logical rows
def header_rows(header):
    rows, i = [], 0
    items = [list(kv) for kv in header]
    while i < len(items):
        k, v = items[i]
        if k == "项目属性" and i + 1 < len(items) and items[i + 1][0] == "项目期":
            rows.append([k, v, items[i + 1][0], items[i + 1][1]])
            i += 2
        elif k == MONEY_KEY:
            row = [k] + ([v] if v else [])
            i += 1
            while i < len(items) and items[i][0] not in GOALS:
                row += items[i]
                i += 1
            rows.append(row)
        elif k in ("项目名称", "主管部门", "实施单位") or k in GOALS:
            rows.append([k, v])
            i += 1
        else:  # extra items: two pairs a row
            if i + 1 < len(items) and items[i + 1][0] not in (MONEY_KEY,) + GOALS:
                rows.append([k, v] + items[i + 1])
                i += 2
            else:
                rows.append([k, v])
                i += 1
    return rows


def load(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


def doc_ids():
    return sorted(f[:-5] for f in os.listdir(DATA) if f.endswith(".json"))


def write(path, text, encoding="utf-8", newline="\n"):
    with open(path, "w", encoding=encoding, newline="") as f:
        f.write(text.replace("\n", newline))


# ------------------------------------------------------------------ display width
def cw(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def dw(s):
    return sum(cw(c) for c in s)


def pad(s, w, right=False):
    return (" " * (w - dw(s)) + s) if right else (s + " " * (w - dw(s)))


def wrap(text, width):
    """Wrap at display width; an ASCII word/number run is moved whole to the next line when it fits there."""
    if dw(text) <= width:
        return [text]
    lines, cur = [], ""
    toks = re.findall(r"[A-Za-z0-9.,%/\-≥≤<>=~～]+|.", text)
    for t in toks:
        if dw(cur + t) <= width:
            cur += t
        elif dw(t) <= width and cur:
            lines.append(cur)
            cur = t
        else:
            for ch in t:
                if dw(cur + ch) > width and cur:
                    lines.append(cur)
                    cur = ""
                cur += ch
    if cur:
        lines.append(cur)
    return lines


# ------------------------------------------------------------------ 1. pipe: Emacs org-mode tables
def org_table(rows):
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    w = [max(1, max(dw(r[j]) for r in rows)) for j in range(n)]
    return ["| " + " | ".join(pad(c, w[j]) for j, c in enumerate(r)) + " |" for r in rows], w


def render_pipe(doc):
    out = []
    for p in doc["projects"]:
        out.append("* " + doc["title"])
        out.append("")
        lines, _ = org_table(header_rows(p["header"]))
        out += lines
        out.append("")
        lines, w = org_table([p["columns"]] + p["rows"])
        out.append(lines[0])
        out.append("|" + "+".join("-" * (x + 2) for x in w) + "|")
        out += lines[1:]
        out.append("")
    return "\n".join(out)


# ------------------------------------------------------------------ 2. pipe_bare: sqlite3 list mode (.headers on)
def render_pipe_bare(doc):
    out = []
    for p in doc["projects"]:
        out.append(doc["title"])
        for r in header_rows(p["header"]):
            out.append("|".join(r))
        out.append("|".join(p["columns"]))
        for r in p["rows"]:
            out.append("|".join(r))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ 3. tab: Excel "Unicode Text" (UTF-16LE, BOM, CRLF)
def used_width(doc):
    return max(
        max(len(p["columns"]) for p in doc["projects"]),
        max(len(r) for p in doc["projects"] for r in header_rows(p["header"])),
    )


def excel_field(c):
    if "\n" in c or '"' in c or "\t" in c:
        return '"' + c.replace('"', '""') + '"'
    return c


def render_tab(doc):
    n = used_width(doc)
    out = []
    for p in doc["projects"]:
        for r in [[doc["title"]]] + header_rows(p["header"]) + [p["columns"]] + p["rows"]:
            r = r + [""] * (n - len(r))
            out.append("\t".join(excel_field(c) for c in r))
        out.append("\t" * (n - 1))
    return "\ufeff" + "\r\n".join(out) + "\r\n"


# ------------------------------------------------------------------ 4. csv: a web mirror's PHP fputcsv export
def fput(c):
    if re.search(r'[ \t,"\n\r\\]', c):
        return '"' + c.replace('"', '""') + '"'
    return c


def render_csv(doc):
    out = []
    for p in doc["projects"]:
        out.append(fput(doc["title"]))
        for r in header_rows(p["header"]) + [p["columns"]] + p["rows"]:
            out.append(",".join(fput(c) for c in r))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ 5/6. one cell a line: Word "convert table to text"
def render_lines(doc, dropped=False):
    out = []
    for p in doc["projects"]:
        out.append(doc["title"])
        for r in header_rows(p["header"]) + [p["columns"]] + p["rows"]:
            for c in r:
                if c == "" or c == " ":
                    if not dropped:
                        out.append("\u3000")  # the template's empty cell holds one ideographic space
                else:
                    out.append(c)
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ 7/8. space-aligned (pdftotext -layout imitation)
PAGE_LINES = 46
NUMERIC = ("权重", "分值", "得分", "权重（%）")
NARROW = {"序号": 4, "分值": 4, "得分": 4, "权重": 4, "权重（%）": 9, "一级指标": 10, "二级指标": 12}
WIDE = {
    "三级指标": 26,
    "指标内容": 26,
    "指标名称": 26,
    "指标解释": 20,
    "评（扣）分标准": 16,
    "偏差原因及改进措施": 22,
    "备注": 14,
    "指标值确定依据": 16,
    "指标值设定依据": 10,
}


def col_widths(cols):
    w = []
    for c in cols:
        x = NARROW.get(c) or WIDE.get(c) or (16 if "指标值" in c or c == "目标值" or c == "实际完成值" else dw(c))
        w.append(max(x, dw(c)))
    return w


def grid_lines(cols, rows, centered):
    """Return (header line, [(row index, [lines])])."""
    w = col_widths(cols)
    starts = []
    x = 1
    for wi in w:
        starts.append(x)
        x += wi + 2

    def line_of(cells_by_col):
        s = ""
        for j, txt in cells_by_col.items():
            if not txt:
                continue
            txt = pad(txt, w[j], right=True) if cols[j] in NUMERIC else txt
            s = pad(s, starts[j]) + txt
        return s.rstrip()

    head = line_of({j: c for j, c in enumerate(cols)})
    blocks = []
    for ri, r in enumerate(rows):
        cells = list(r)
        if centered:
            for j, c in enumerate(cols):
                if c in CATS:
                    cells[j] = ""
        wrapped = [wrap(c, w[j]) if c else [] for j, c in enumerate(cells)]
        h = max(1, max(len(x) for x in wrapped))
        lines = [
            line_of({j: (wrapped[j][k] if k < len(wrapped[j]) else "") for j in range(len(cols))}) for k in range(h)
        ]
        blocks.append([ri, lines])
    if centered:  # lay each merged label over its block, vertically centred (rounding up), wrapped in its column
        for j, c in enumerate(cols):
            if c not in CATS:
                continue
            starts_ = [i for i, r in enumerate(rows) if r[j]] + [len(rows)]
            # a 一级 block ends where the next 一级 starts; a 二级 block also ends at a new 一级
            bounds = sorted(
                set(starts_ + ([i for i, r in enumerate(rows) if r[cols.index("一级指标")]] if c == "二级指标" else []))
            )
            for a, b in zip(bounds, bounds[1:]):
                label = rows[a][j]
                if not label:
                    continue
                parts = wrap(label, w[j])
                flat = [(bi, li) for bi in range(a, b) for li in range(len(blocks[bi][1]))]
                while len(flat) < len(parts):  # a block shorter than its label grows
                    blocks[b - 1][1].append("")
                    flat.append((b - 1, len(blocks[b - 1][1]) - 1))
                top = (len(flat) - len(parts) + 1) // 2
                for k, part in enumerate(parts):
                    bi, li = flat[top + k]
                    old = blocks[bi][1][li]
                    blocks[bi][1][li] = overlay(old, starts[j], part)
    return head, blocks, starts, w


def overlay(line, start, text):
    """Put text at display column start of line (the place is empty)."""
    out, x, i = "", 0, 0
    while i < len(line) and x + cw(line[i]) <= start:
        out += line[i]
        x += cw(line[i])
        i += 1
    rest = line[i:]
    out = pad(out, start) + text
    if rest:
        skip = dw(text)
        while rest and skip > 0 and rest[0] == " ":
            rest, skip = rest[1:], skip - 1
        out += rest
    return out.rstrip()


def header_block_lines(hrows):
    out = []
    for r in hrows:
        if len(r) == 2 and r[0] in GOALS + ("项目名称", "主管部门", "实施单位"):
            parts = wrap(r[1], 96)
            out.append(pad(" " + r[0], 19) + parts[0])
            out += [" " * 19 + x for x in parts[1:]]
        else:
            s = pad(" " + r[0], 19) + "  ".join(c for c in r[1:] if c)
            out.append(s.rstrip())
    return out


def render_aligned(doc, centered):
    pages, cur = [], []

    def new_page():
        nonlocal cur
        if cur:
            pages.append(cur)
        cur = []

    for pi, p in enumerate(doc["projects"]):
        head, blocks, _, _ = grid_lines(p["columns"], p["rows"], centered)
        top = ["", pad("", 30) + doc["title"], ""] + header_block_lines(header_rows(p["header"])) + [""]
        if cur and len(cur) + len(top) + 4 > PAGE_LINES:
            new_page()
        cur += top
        cur.append(head)
        for _, lines in blocks:
            if len(cur) + len(lines) > PAGE_LINES:
                new_page()
                cur.append(head)
            cur += lines
        cur.append("")
    new_page()
    out = []
    for k, pg in enumerate(pages):
        body = pg + [""] * (PAGE_LINES - len(pg))
        body.append(pad("", 110) + "%d/%d" % (k + 1, len(pages)))
        out.append("\n".join(body))
    return "\n\f".join(out) + "\n"


# ------------------------------------------------------------------ 9. flat: an HTML mirror with rowspans expanded
def filled(p):
    rows, last = [], {}
    for r in p["rows"]:
        r = list(r)
        for j, c in enumerate(p["columns"]):
            if c in CATS:
                if r[j]:
                    last[c] = r[j]
                    if c == "一级指标":
                        last.pop("二级指标", None)
                else:
                    r[j] = last.get(c, "")
        rows.append(r)
    return rows


def render_flat(doc):
    out = []
    for p in doc["projects"]:
        out.append(doc["title"])
        for r in header_rows(p["header"]):
            out.append("".join(r))
        out.append("".join(p["columns"]))
        for r in filled(p):
            out.append("".join(r))
        out.append("")
    return "\n".join(out)


# ------------------------------------------------------------------ 10. oneline: a JSON scrape's text field, rows joined by a literal \n
def render_oneline(doc):
    parts = []
    for p in doc["projects"]:
        parts.append(doc["title"])
        parts += ["".join(r) for r in header_rows(p["header"])]
        parts.append("".join(p["columns"]))
        parts += ["".join(r) for r in p["rows"]]
    return "\\n".join(parts) + "\n"


# ------------------------------------------------------------------ 11. xlsx
PCT = re.compile(r"^(\d+(?:\.\d+)?)%$")
NUM = re.compile(r"^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^-?\d+(?:\.\d+)?$")


def typed(c):
    """A value as a typist's Excel stores it: `87.3%` a number with a percent format, `1,500` a number with
    #,##0, `10` a number; everything else text.  Returns (value, number_format)."""
    m = PCT.match(c)
    if m:
        dec = len(m.group(1).split(".")[1]) if "." in m.group(1) else 0
        return float(m.group(1)) / 100, "0%" if dec == 0 else "0." + "0" * dec + "%"
    if NUM.match(c) and not (len(c) > 1 and c.startswith("0") and not c.startswith("0.")):
        plain = c.replace(",", "")
        dec = len(plain.split(".")[1]) if "." in plain else 0
        v = float(plain) if dec else int(plain)
        if "," in c:
            return v, "#,##0" + ("." + "0" * dec if dec else "")
        return v, "0." + "0" * dec if dec else "General"
    return c, None


def rich(c):
    m = POINTS.match(c)
    if not m:
        return c
    return CellRichText(m.group(1), TextBlock(InlineFont(b=True, color="FFC00000"), m.group(2)))


def render_xlsx(doc, path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    n = used_width(doc)
    row = 1
    for p in doc["projects"]:
        ws.cell(row, 1, doc["title"]).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=n)
        row += 1
        for r in header_rows(p["header"]):
            for j, c in enumerate(r):
                v, fmt = typed(c) if j % 2 == 0 and j else (c, None)
                cell = ws.cell(row, j + 1, v if c != "" else None)
                if fmt:
                    cell.number_format = fmt
                cell.border = box
            if len(r) < n:  # the last cell merged to the right edge
                ws.merge_cells(start_row=row, start_column=len(r), end_row=row, end_column=n)
            row += 1
        for j, c in enumerate(p["columns"]):
            cell = ws.cell(row, j + 1, c)
            cell.font = Font(bold=True)
            cell.border = box
        row += 1
        first = row
        for r in p["rows"]:
            for j, c in enumerate(r):
                if c == "":
                    ws.cell(row, j + 1).border = box
                    continue
                if p["columns"][j] in CATS:
                    v, fmt = rich(c), None
                else:
                    v, fmt = typed(c)
                cell = ws.cell(row, j + 1, v)
                if fmt:
                    cell.number_format = fmt
                cell.alignment = Alignment(wrap_text=True, vertical="center")
                cell.border = box
            row += 1
        for j, c in enumerate(p["columns"]):  # real merges for the 一级/二级 blocks
            if c not in CATS:
                continue
            k = 0
            rows = p["rows"]
            while k < len(rows):
                if rows[k][j]:
                    e = k + 1
                    while (
                        e < len(rows)
                        and not rows[e][j]
                        and (c == "一级指标" or not rows[e][p["columns"].index("一级指标")])
                    ):
                        e += 1
                    if e - k > 1:
                        ws.merge_cells(start_row=first + k, start_column=j + 1, end_row=first + e - 1, end_column=j + 1)
                    k = e
                else:
                    k += 1
        row += 1
    for j in range(1, n + 1):
        ws.column_dimensions[get_column_letter(j)].width = 14
    ws.freeze_panes = None
    buf = io.BytesIO()
    wb.save(buf)
    # byte-stable: rewrite the zip with fixed dates and fixed docProps times
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(
                    rb"<dcterms:(created|modified)([^>]*)>[^<]*<", rb"<dcterms:\1\2>2025-01-15T08:00:00Z<", data
                )
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


# ------------------------------------------------------------------ main
def main():
    os.makedirs(DOCS, exist_ok=True)
    for d in doc_ids():
        doc = load(d)
        base = os.path.join(DOCS, d)
        write(base + ".pipe.txt", render_pipe(doc) + "\n")
        write(base + ".pipe_bare.txt", render_pipe_bare(doc))
        with open(base + ".tab.tsv", "wb") as f:
            f.write(render_tab(doc).encode("utf-16-le"))
        write(base + ".csv", render_csv(doc))
        write(base + ".lines.txt", render_lines(doc))
        write(base + ".lines_dropped.txt", render_lines(doc, dropped=True))
        write(base + ".aligned_top.txt", render_aligned(doc, False))
        write(base + ".aligned_centered.txt", render_aligned(doc, True))
        write(base + ".flat.txt", render_flat(doc))
        write(base + ".oneline.txt", render_oneline(doc))
        render_xlsx(doc, base + ".xlsx")
        print(d)


if __name__ == "__main__":
    main()
