"""render12.py: the ten text shapes and the XLSX of corpus blind12, written from FORMS.md §2 (no earlier renderer read).

python render12.py [CORPUS_DIR]   (default: the folder of this file)  -> CORPUS_DIR/docs/<doc>.<shape>

Header block layout (every shape): `项目名称 | v | 项目期 | v`; `主管部门 | v | 项目属性 | v`; `实施单位 | v`; further items two
pairs a row (`项目负责人 | v | 联系电话 | v`) or alone (`联系人及电话 | v`); the money as ONE row whose cells hold key and
amount together, as a Word form prints them (`项目资金（万元） | 年度资金总额：1,486.20 | 其中：财政拨款：1,486.20 | …`);
goals: `总体目标` alone on a row, then each goal as ONE cell `实施期目标：…` (the self-evaluation: `年度目标 | text`,
`实际完成情况 | text`). Deterministic: no dates, no randomness; the XLSX zip entries carry a fixed date.
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
CAT = ("一级指标", "二级指标")
MONEY = (
    "实施期资金总额",
    "年度资金总额",
    "其中：财政拨款",
    "其他资金",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "政府性基金预算资金",
)
GOALS = ("实施期目标", "长期目标", "中期目标", "年度目标")
RIGHT = ("序号", "权重", "分值", "得分", "权重（%）")  # right-aligned in the aligned shapes (numbers)
WIDE_VARIANTS = ("coded", "self_evaluation")


# ------------------------------------------------------------------ logical rows
def header_rows(header, self_eval):
    """My header layout: a list of rows, each a list of cell strings."""
    h = list(header)
    d = dict(h)
    rows = [
        ["项目名称", d["项目名称"], "项目期", d["项目期"]],
        ["主管部门", d["主管部门"], "项目属性", d["项目属性"]],
        ["实施单位", d["实施单位"]],
    ]
    used = {"项目名称", "项目期", "主管部门", "项目属性", "实施单位", "项目资金（万元）"}
    extras = [
        kv for kv in h if kv[0] not in used and kv[0] not in MONEY and kv[0] not in GOALS and kv[0] != "实际完成情况"
    ]
    i = 0
    while i < len(extras):
        k, v = extras[i]
        if k == "项目负责人" and i + 1 < len(extras) and extras[i + 1][0] == "联系电话":
            rows.append([k, v, extras[i + 1][0], extras[i + 1][1]])
            i += 2
        else:
            rows.append([k, v])
            i += 1
    rows.append(["项目资金（万元）"] + ["%s：%s" % (k, v) for k, v in h if k in MONEY])
    goals = [(k, v) for k, v in h if k in GOALS or k == "实际完成情况"]
    if self_eval:
        rows += [[k, v] for k, v in goals]
    else:
        rows.append(["总体目标"])
        rows += [["%s：%s" % (k, v)] for k, v in goals]
    return rows


def projects(doc):
    """[(title, header rows, grid header, grid rows)] in print order."""
    out = []
    for p in doc["projects"]:
        out.append(
            (doc["title"], header_rows(p["header"], doc["variant"] == "self_evaluation"), p["columns"], p["rows"])
        )
    return out


def filled(columns, rows):
    """Grid rows with the merged 一级/二级 labels written on every row of their block."""
    idx = [columns.index(c) for c in CAT if c in columns]
    out, last = [], {}
    for row in rows:
        row = list(row)
        for i in idx:
            if row[i]:
                last[i] = row[i]
                if i == idx[0] and len(idx) > 1:
                    last.pop(idx[1], None)
            else:
                row[i] = last.get(i, "")
        out.append(row)
    return out


def logical(doc, fill=False):
    """Every row of the document as printed: title rows, header rows, grid header, grid rows."""
    rows = []
    for title, hrows, cols, grid in projects(doc):
        rows.append([title])
        rows += hrows
        rows.append(list(cols))
        rows += filled(cols, grid) if fill else [list(r) for r in grid]
    return rows


# ------------------------------------------------------------------ text helpers
def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


ASCII_RUN = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.,%:/-+()μ³²·~±")
NO_START = set("，。；：、）》”%％)]")
NO_END = set("（《“([")


def wrap(text, width):
    """Wrap at display width; ASCII runs kept whole where they fit, closing marks never start a line."""
    if not text:
        return [""]
    lines, cur = [], ""
    i = 0
    while i < len(text):
        j = i + 1
        if text[i] in ASCII_RUN:
            while j < len(text) and text[j] in ASCII_RUN:
                j += 1
        piece = text[i:j]
        if cur and dw(cur) + dw(piece) > width:
            if dw(piece) > width and piece[0] in ASCII_RUN:  # a long ASCII run: cut it
                room = width - dw(cur)
                if room <= 0:
                    lines.append(cur)
                    cur = ""
                    continue
                cur += piece[:room]
                lines.append(cur)
                cur = ""
                text = text[:i] + piece[room:] + text[j:]
                continue
            if piece[0] in NO_START and len(cur) > 1:  # carry the last character down
                cut = len(cur) - 1
                if cut > 1 and cur[cut - 1] in NO_END:
                    cut -= 1
                lines.append(cur[:cut])
                cur = cur[cut:]
            elif cur[-1] in NO_END and len(cur) > 1:
                lines.append(cur[:-1])
                cur = cur[-1]
            else:
                lines.append(cur)
                cur = ""
        cur += piece
        i = j
    lines.append(cur)
    return lines


def pad(s, w, right=False, centre=False):
    gap = max(0, w - dw(s))
    if right:
        return " " * gap + s
    if centre:
        return " " * (gap // 2) + s + " " * (gap - gap // 2)
    return s + " " * gap


def write(path, text, encoding="utf-8", newline="\n"):
    with open(path, "w", encoding=encoding, newline=newline) as f:
        f.write(text)


# ------------------------------------------------------------------ 1. pipe: a PDF-to-Markdown converter (marker-like)
BR_WIDTH = {
    "一级指标": 6,
    "二级指标": 7,
    "三级指标": 12,
    "指标内容": 12,
    "指标名称": 12,
    "指标解释": 12,
    "备注": 8,
    "评(扣)分标准": 10,
    "偏差原因及改进措施": 12,
    "指标值确定依据": 10,
}


def br(text, n):
    """Insert <br> where a PDF cell of n characters would wrap (ASCII runs whole)."""
    return "<br>".join(wrap(text, 2 * n)) if text and dw(text) > 2 * n else text


def md_table(rows, widths=None):
    n = max(len(r) for r in rows)
    out = []
    for k, r in enumerate(rows):
        cells = list(r) + [""] * (n - len(r))
        if widths:
            cells = [br(c, widths[i]) if widths[i] else c for i, c in enumerate(cells)]
        out.append("| " + " | ".join(cells) + " |")
        if k == 0:
            out.append("|" + "|".join(["---"] * n) + "|")
    return out


def shape_pipe(doc):
    out = []
    for title, hrows, cols, grid in projects(doc):
        out += ["## " + title, ""]
        out += md_table([[br(c, 24) for c in r] for r in hrows])
        out.append("")
        out += md_table([cols] + [list(r) for r in grid], None)[:2]
        out += md_table([cols] + [list(r) for r in grid], [BR_WIDTH.get(c, 9) for c in cols])[2:]
        out.append("")
    return "\n".join(out)


# ------------------------------------------------------------------ 2. pipe_bare: an Informix-style UNLOAD file
def unload_cell(c):
    return c.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\\n")


def shape_pipe_bare(doc):
    return "".join("".join(unload_cell(c) + "|" for c in r) + "\n" for r in logical(doc))


# ------------------------------------------------------------------ 3. tab: PostgreSQL COPY … TO STDOUT (text format)
def copy_cell(c):
    if c == "":
        return "\\N"
    return c.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def shape_tab(doc):
    rows = logical(doc)
    n = max(len(r) for r in rows)
    return "".join("\t".join(copy_cell(c) for c in list(r) + [""] * (n - len(r))) + "\n" for r in rows)


# ------------------------------------------------------------------ 4. csv: Excel with `;` as list separator
def shape_csv(doc):
    rows = logical(doc)
    n = max(len(r) for r in rows)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(list(r) + [""] * (n - len(r)))
    return "\ufeff" + buf.getvalue()


# ------------------------------------------------------------------ 5/6. one cell a line, indented (a text dump of an ODT)
def shape_lines(doc, drop):
    out = []
    for r in logical(doc):
        if len(r) == 1 and r[0] == doc["title"]:
            out.append(r[0])
            continue
        for c in r:
            if drop and not c:
                continue
            out.append("  " + c)
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ 7/8. pdftotext -layout imitation
GRID_W = {
    "序号": 5,
    "一级指标": 12,
    "二级指标": 14,
    "三级指标": 26,
    "指标内容": 26,
    "指标名称": 26,
    "指标值": 18,
    "目标值": 18,
    "年度指标值": 18,
    "实施期指标值": 18,
    "长期指标值": 18,
    "中期指标值": 18,
    "指标值及单位": 20,
    "实际完成值": 14,
    "分值": 5,
    "权重": 5,
    "得分": 5,
    "权重（%）": 9,
    "指标性质": 8,
    "计算符号": 8,
    "度量单位": 8,
    "计量单位": 8,
    "指标方向性": 10,
    "绩效标准": 10,
    "指标解释": 24,
    "评(扣)分标准": 22,
    "指标值确定依据": 18,
    "偏差原因及改进措施": 26,
    "备注": 12,
}
MARGIN = 8
GAP = "  "


def col_widths(cols, total):
    base = [max(GRID_W.get(c, 12), dw(c) if c not in ("偏差原因及改进措施", "指标值确定依据") else 10) for c in cols]
    room = total - 2 * (len(cols) - 1)
    scale = room / sum(base)
    ws = [max(4, int(b * scale)) for b in base]
    return [max(w, 4) for w in ws]


def header_lines(hrows, total):
    lines = []
    for r in hrows:
        if len(r) == 1:
            ws = [total]
        else:
            first = 18
            rest = (total - first - 2 * (len(r) - 1)) // (len(r) - 1)
            ws = [first] + [rest] * (len(r) - 1)
        parts = [wrap(c, w) for c, w in zip(r, ws)]
        h = max(len(p) for p in parts)
        for k in range(h):
            line = GAP.join(pad(p[k] if k < len(p) else "", w) for p, w in zip(parts, ws))
            lines.append((" " * MARGIN + line).rstrip())
    return lines


def aligned(doc, centred):
    wide = doc["variant"] in WIDE_VARIANTS
    total = 170 if wide else 120
    page_len = 40 if wide else 52
    pages, cur = [], []

    def emit(line, repeat=None):
        nonlocal cur
        if len(cur) >= page_len:
            pages.append(cur)
            cur = list(repeat) if repeat else []
        cur.append(line)

    for title, hrows, cols, grid in projects(doc):
        if cur and len(cur) > page_len - 12:  # a title never sits alone at the foot
            pages.append(cur)
            cur = []
        if cur:
            cur.append("")
        cur.append(pad("", (total + 2 * MARGIN - dw(title)) // 2) + title)
        cur.append("")
        for line in header_lines(hrows, total):
            emit(line)
        cur.append("")
        ws = col_widths(cols, total)
        head = []
        hparts = [wrap(c, w) for c, w in zip(cols, ws)]
        for k in range(max(len(p) for p in hparts)):
            head.append(
                (
                    " " * MARGIN + GAP.join(pad(p[k] if k < len(p) else "", w, centre=True) for p, w in zip(hparts, ws))
                ).rstrip()
            )
        if len(cur) + len(head) + 2 > page_len:
            pages.append(cur)
            cur = []
        cur += head
        cats = [cols.index(c) for c in CAT if c in cols]
        # lines of every row, categories blank when centred (laid afterwards)
        row_lines = []
        for r in grid:
            parts = [wrap(c, w) if not (centred and i in cats) else [""] for i, (c, w) in enumerate(zip(r, ws))]
            h = max(len(p) for p in parts)
            if centred:  # short cells vertically centred in their row, rounding down
                parts = [[""] * ((h - len(p)) // 2) + p for p in parts]
            row_lines.append([[p[k] if k < len(p) else "" for p in parts] for k in range(h)])
        # category blocks: label centred over its block's lines (rounding up), before pagination
        place = {}
        if centred:
            for i in cats:
                start = None
                for n, r in enumerate(grid + [None]):
                    opens = r is None or r[i] or (i == cats[-1] and len(cats) > 1 and r[cats[0]])
                    if opens and start is not None:
                        label = grid[start][i]
                        lab = wrap(label, ws[i])
                        total_lines = sum(len(row_lines[m]) for m in range(start, n))
                        top = (total_lines - len(lab) + 1) // 2
                        flat = [(m, k) for m in range(start, n) for k in range(len(row_lines[m]))]
                        for t, piece in enumerate(lab):
                            if 0 <= top + t < len(flat):
                                m, k = flat[top + t]
                                place[(m, k, i)] = piece
                            else:  # a label longer than its block: extra lines under the block's last line
                                m, k = flat[-1]
                                row_lines[m].append([""] * len(cols))
                                flat.append((m, len(row_lines[m]) - 1))
                                place[(m, len(row_lines[m]) - 1, i)] = piece
                        start = None
                    if r is not None and r[i]:
                        start = n
                    elif r is not None and start is None and not r[i]:
                        pass
        for m, lines in enumerate(row_lines):
            if len(cur) + len(lines) > page_len:  # rows never split; the grid header repeats
                pages.append(cur)
                cur = list(head)
            for k, cells in enumerate(lines):
                cells = [place.get((m, k, i), c) for i, c in enumerate(cells)]
                line = GAP.join(pad(c, w, right=cols[i] in RIGHT) for i, (c, w) in enumerate(zip(cells, ws)))
                cur.append((" " * MARGIN + line).rstrip())
    pages.append(cur)
    out = []
    n = len(pages)
    for k, pg in enumerate(pages, 1):
        body = pg + [""] * (page_len - len(pg))
        foot = pad("", total + MARGIN - len("%d/%d" % (k, n))) + "%d/%d" % (k, n)
        out.append("\n".join(body + ["", foot]) + "\n")
    return "\f".join(out)


# ------------------------------------------------------------------ 9. flat: a database-backed web page, labels on every row
def shape_flat(doc):
    return "\n".join("".join(r) for r in logical(doc, fill=True)) + "\n"


# ------------------------------------------------------------------ 10. oneline: rows joined by an ideographic space
def shape_oneline(doc):
    return "\u3000".join("".join(r) for r in logical(doc)) + "\n"


# ------------------------------------------------------------------ 11. XLSX: one sheet, merged labels, numbers as numbers
def as_number(c):
    """A grid cell a budget system stores as a number: an integer with no leading zero, a decimal with no
    trailing zero, an integer with thousands separators (shown with '#,##0')."""
    s = c
    if not s or s.strip() != s:
        return None
    if s.isdigit() and (s == "0" or s[0] != "0") and len(s) < 10:
        return int(s), "General"
    if (
        s.count(".") == 1
        and s.replace(".", "").isdigit()
        and not s.endswith("0")
        and s[0] != "."
        and not (s.startswith("0") and not s.startswith("0."))
    ):
        return float(s), "General"
    parts = s.split(",")
    if (
        len(parts) > 1
        and all(p.isdigit() for p in parts)
        and parts[0][0] != "0"
        and 1 <= len(parts[0]) <= 3
        and all(len(p) == 3 for p in parts[1:])
    ):
        return int(s.replace(",", "")), "#,##0"
    return None


def shape_xlsx(doc, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "项目支出绩效目标表"
    width = max(len(p["columns"]) for p in doc["projects"])
    row = 1
    wrap_al = Alignment(wrap_text=True, vertical="center")
    for title, hrows, cols, grid in projects(doc):
        ws.cell(row, 1, title).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        row += 1
        for r in hrows:
            n = len(r)
            # spread n cells over `width` columns: the last cell merged to the edge
            spans = [1] * n
            spans[-1] = width - (n - 1) if n <= width else 1
            c = 1
            for k, text in enumerate(r):
                ws.cell(row, c, text).alignment = wrap_al
                if spans[k] > 1:
                    ws.merge_cells(start_row=row, start_column=c, end_row=row, end_column=c + spans[k] - 1)
                c += spans[k]
            row += 1
        for k, text in enumerate(cols, 1):
            ws.cell(row, k, text).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        row += 1
        first = row
        for r in grid:
            for k, text in enumerate(r, 1):
                num = as_number(text) if cols[k - 1] not in CAT else None
                if num:
                    cell = ws.cell(row, k, num[0])
                    cell.number_format = num[1]
                elif text:
                    cell = ws.cell(row, k, text)
                else:
                    continue
                cell.alignment = wrap_al
            row += 1
        # real merged cells for the 一级/二级 blocks
        cats = [cols.index(c) for c in CAT if c in cols]
        for i in cats:
            start = None
            for n, r in enumerate(grid + [None]):
                opens = r is None or r[i] or (i == cats[-1] and len(cats) > 1 and r[cats[0]])
                if opens and start is not None:
                    if n - 1 > start:
                        ws.merge_cells(
                            start_row=first + start, start_column=i + 1, end_row=first + n - 1, end_column=i + 1
                        )
                    start = None
                if r is not None and r[i]:
                    start = n
        row += 1  # a blank row between projects
    for k in range(1, width + 1):
        ws.column_dimensions[get_column_letter(k)].width = 14
    from datetime import datetime

    wb.properties.created = wb.properties.modified = datetime(2025, 1, 6, 9, 0, 0)
    wb.properties.creator = "budget-system"
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time: keep the export's date
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-06T09:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)


def render(doc_id):
    with open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8") as f:
        doc = json.load(f)
    base = os.path.join(DOCS, doc_id)
    write(base + ".pipe.txt", shape_pipe(doc) + "\n")
    write(base + ".pipe_bare.txt", shape_pipe_bare(doc))
    write(base + ".tab.tsv", shape_tab(doc))
    write(base + ".csv", shape_csv(doc), newline="")
    write(base + ".lines.txt", shape_lines(doc, drop=False))
    write(base + ".lines_dropped.txt", shape_lines(doc, drop=True))
    write(base + ".aligned_top.txt", aligned(doc, centred=False))
    write(base + ".aligned_centered.txt", aligned(doc, centred=True))
    write(base + ".flat.txt", shape_flat(doc))
    write(base + ".oneline.txt", shape_oneline(doc))
    shape_xlsx(doc, base + ".xlsx")


def main():
    os.makedirs(DOCS, exist_ok=True)
    for name in sorted(os.listdir(DATA)):
        if name.endswith(".json"):
            render(name[:-5])
            print(name[:-5])


if __name__ == "__main__":
    main()
