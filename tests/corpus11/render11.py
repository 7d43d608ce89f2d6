"""blind11 renderer: the ten text shapes and the XLSX of every data/<doc>.json (own code, written from FORMS.md §2).

Usage: python render11.py [corpus folder]   (default: the folder of this file)
Deterministic: the same data gives the same bytes (XLSX with fixed zip dates and document properties).

Header block layout (all shapes but the XLSX): [项目名称, v] alone; [主管部门, v, 实施单位, v]; [项目属性, v, 项目期, v];
extra items two pairs a row; the money on ONE row [项目资金（万元）, k1, v1, k2, v2, …]; each goal [key, text] on a row.
"""

import csv
import datetime
import io
import json
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
CATS = ("一级指标", "二级指标")
WIDE = ("coded", "self_evaluation")
GOALS = ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况")


# ------------------------------------------------------------------ shared layout
def header_rows(header):
    rows, items, i = [], list(header), 0
    while i < len(items):
        k, v = items[i]
        if k == "项目名称":
            rows.append([k, v])
            i += 1
        elif k == "项目资金（万元）":
            row = [k]
            j = i + 1
            while j < len(items) and items[j][0] not in GOALS:
                row += items[j]
                j += 1
            rows.append(row)
            i = j
        elif k in GOALS:
            rows.append([k, v])
            i += 1
        else:
            nxt = items[i + 1] if i + 1 < len(items) else None
            if nxt and nxt[0] not in ("项目资金（万元）",) and nxt[0] not in GOALS:
                rows.append([k, v, nxt[0], nxt[1]])
                i += 2
            else:
                rows.append([k, v])
                i += 1
    return rows


def cat_cols(columns):
    return [j for j, c in enumerate(columns) if c in CATS]


def merged_mask(columns, rows):
    """True where a cell is the continuation of a merged 一级/二级 block (an empty category cell under a label)."""
    cats = cat_cols(columns)
    mask = []
    for i, r in enumerate(rows):
        m = [False] * len(r)
        for j in cats:
            if r[j] == "" and i > 0:
                m[j] = True
        mask.append(m)
    return mask


def filled(columns, rows):
    cats = cat_cols(columns)
    out, run = [], {}
    for r in rows:
        r = list(r)
        for n, j in enumerate(cats):
            if r[j] != "":
                run[j] = r[j]
                if n == 0 and len(cats) > 1:
                    run[cats[1]] = r[cats[1]]
            else:
                r[j] = run.get(j, "")
        out.append(r)
    return out


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


NO_START = set("，。；、：）)」》%％”’")
NO_END = set("（(「《“‘")


def tokens(text):
    return re.findall(r"[A-Za-z0-9.,/\-+~%＋·²³μ°℃≥≤<>=:]+|\s+|.", text)


def wrap(text, width):
    if text == "":
        return [""]
    lines, cur = [], ""
    for t in tokens(text):
        if t.isspace():
            if cur and dw(cur) + 1 <= width:
                cur += " "
            continue
        if dw(cur) + dw(t) <= width or not cur.strip():
            cur += t
            continue
        if t[0] in NO_START and len(cur) > 1:  # carry the last character down with the closing mark
            lines.append(cur[:-1].rstrip())
            cur = cur[-1] + t
            continue
        if cur[-1] in NO_END and len(cur) > 1:
            lines.append(cur[:-1].rstrip())
            cur = cur[-1] + t
            continue
        lines.append(cur.rstrip())
        cur = t
    lines.append(cur.rstrip())
    return lines


def put(line, col, text):
    """Write text over a line (a list of display cells) from display column col, keeping what lies after it."""
    end = col + dw(text)
    while len(line) < end:
        line.append(" ")
    k = col
    for c in text:
        line[k] = c
        if dw(c) == 2:
            line[k + 1] = ""
            k += 2
        else:
            k += 1
    return line


def show(line):
    return "".join(line).rstrip()


# ------------------------------------------------------------------ 1. Confluence wiki markup
def pipe(doc):
    out = []
    for p in doc["projects"]:
        out.append("h2. " + doc["title"])
        out.append("")
        for r in header_rows(p["header"]):
            out.append("|" + "|".join(c if c else " " for c in r) + "|")
        out.append("")
        out.append("||" + "||".join(p["columns"]) + "||")
        for r in p["rows"]:
            out.append("|" + "|".join(c if c else " " for c in r) + "|")
        out.append("")
    return "\n".join(out)


# ------------------------------------------------------------------ 2. sqlite3 list mode, separator " | "
def goal_text(text):
    return text.replace("；", "；\n")  # the typed line breaks of the goal cells, printed raw by list mode


def pipe_bare(doc):
    out = []
    for p in doc["projects"]:
        out.append(doc["title"])
        for r in header_rows(p["header"]):
            cells = [goal_text(c) if r[0] in GOALS and n == 1 else c for n, c in enumerate(r)]
            out.append(" | ".join(cells))
        out.append(" | ".join(p["columns"]))
        for r in p["rows"]:
            out.append(" | ".join(r))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ 3. LibreOffice TSV, "quote all text cells"
NUM = re.compile(r"^\d+(\.\d+)?$")


def all_rows(doc):
    """Every table row of the document in print order, with a blank row between projects."""
    rows = []
    for n, p in enumerate(doc["projects"]):
        if n:
            rows.append([])
        rows.append([doc["title"]])
        rows += header_rows(p["header"])
        rows.append(list(p["columns"]))
        rows += [list(r) for r in p["rows"]]
    return rows


def tsv(doc):
    rows = all_rows(doc)
    w = max(len(r) for r in rows)
    out = []
    for r in rows:
        r = r + [""] * (w - len(r))
        out.append("\t".join(c if (c == "" or NUM.match(c)) else '"' + c.replace('"', '""') + '"' for c in r))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ 4. CSV: WPS GB18030 (odd docs) / UTF-8 with sep=, (even)
def csv_bytes(doc, doc_id):
    rows = all_rows(doc)
    buf = io.StringIO()
    if int(doc_id[-2:]) % 2:
        w = max(len(r) for r in rows)
        wr = csv.writer(buf, lineterminator="\r\n")
        for r in rows:
            wr.writerow(r + [""] * (w - len(r)))
        return buf.getvalue().encode("gb18030")
    buf.write("sep=,\n")
    wr = csv.writer(buf, lineterminator="\n")
    for r in rows:
        if r:
            wr.writerow(r)
        else:
            buf.write("\n")
    return buf.getvalue().encode("utf-8")


# ------------------------------------------------------------------ 5/6. one cell a line (rowspan cells absent)
def lines(doc, keep_empty):
    out = []
    for p in doc["projects"]:
        out.append(doc["title"])
        for r in header_rows(p["header"]):
            out += [c for c in r if c or keep_empty]
        out += list(p["columns"])
        mask = merged_mask(p["columns"], p["rows"])
        for r, m in zip(p["rows"], mask):
            out += [c for c, x in zip(r, m) if not x and (c or keep_empty)]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ 7/8. pdftotext -layout imitation
WEIGHT = {
    "序号": 5,
    "一级指标": 10,
    "二级指标": 12,
    "三级指标": 24,
    "指标内容": 24,
    "指标名称": 24,
    "指标值": 16,
    "目标值": 14,
    "年度指标值": 16,
    "实施期指标值": 16,
    "实际完成值": 12,
    "分值": 5,
    "得分": 5,
    "权重": 5,
    "权重（%）": 9,
    "计算符号": 8,
    "指标性质": 8,
    "符号": 6,
    "计量单位": 9,
    "度量单位": 9,
    "指标方向性": 10,
    "指标值及单位": 18,
    "绩效标准": 8,
    "指标解释": 20,
    "评(扣)分标准": 20,
    "指标值确定依据": 16,
    "偏差原因及改进措施": 22,
    "备注": 14,
}
GAP = 2
KEYW = 18  # header-block key column


def grid_widths(columns, total):
    ws = [WEIGHT.get(c, 12) for c in columns]
    avail = total - GAP * (len(columns) - 1)
    out = [max(dw(c), int(avail * w / sum(ws))) for c, w in zip(columns, ws)]
    return out


def header_lines(hrows, total):
    out = []
    half = total // 2
    for r in hrows:
        if r[0] == "项目资金（万元）":
            items = [(r[i], r[i + 1]) for i in range(1, len(r) - 1, 2)]
            seg = (total - KEYW) // max(1, len(items))
            a, b = put([], 0, r[0]), []
            for n, (k, v) in enumerate(items):
                put(a, KEYW + n * seg, k)
                put(b, KEYW + n * seg, v)
            out += [show(a), show(b)]
        elif len(r) == 4:
            w1, w2 = wrap(r[1], half - KEYW - GAP), wrap(r[3], total - half - KEYW)
            for n in range(max(len(w1), len(w2))):
                ln = []
                if n == 0:
                    put(ln, 0, r[0])
                if n < len(w1):
                    put(ln, KEYW, w1[n])
                if n == 0:
                    put(ln, half, r[2])
                if n < len(w2):
                    put(ln, half + KEYW, w2[n])
                out.append(show(ln))
        else:
            for n, t in enumerate(wrap(r[1], total - KEYW)):
                ln = put([], 0, r[0]) if n == 0 else []
                out.append(show(put(ln, KEYW, t)))
    return out


def grid_lines(columns, rows, total, centered):
    ws = grid_widths(columns, total)
    starts = [sum(ws[:j]) + GAP * j for j in range(len(columns))]
    cats = cat_cols(columns)
    head = [wrap(c, ws[j]) for j, c in enumerate(columns)]
    hl = []
    for n in range(max(len(h) for h in head)):
        ln = []
        for j, h in enumerate(head):
            if n < len(h):
                put(ln, starts[j], h[n])
        hl.append(show(ln))
    cells = [[[] if j in cats else wrap(c, ws[j]) for j, c in enumerate(r)] for r in rows]
    heights = [max([1] + [len(c) for c in cr]) for cr in cells]
    # merged label blocks: (col, first row, last row, wrapped label)
    blocks = []
    for j in cats:
        for i, r in enumerate(rows):
            opens = i == 0 or r[j] != "" or (j == cats[-1] and len(cats) > 1 and r[cats[0]] != "")
            if opens:
                blocks.append([j, i, i, wrap(r[j], ws[j])])
            else:
                blocks[-1][2] = i
    for j, a, b, lab in blocks:  # make a block tall enough for its label
        need = len(lab)
        have = sum(heights[a : b + 1]) if centered else heights[a]
        if need > have:
            if centered:
                heights[b] += need - have
            else:
                heights[a] = need
    rowlines = []
    for i, cr in enumerate(cells):
        lns = [[] for _ in range(heights[i])]
        for j, c in enumerate(cr):
            for n, t in enumerate(c):
                put(lns[n], starts[j], t)
        rowlines.append(lns)
    firstline = [sum(heights[:i]) for i in range(len(rows))]
    flat = [ln for lns in rowlines for ln in lns]
    for j, a, b, lab in blocks:
        if centered:
            top, span = firstline[a], sum(heights[a : b + 1])
            off = top + (span - len(lab)) // 2
        else:
            off = firstline[a]
        for n, t in enumerate(lab):
            put(flat[off + n], starts[j], t)
    # regroup the lines into rows (for pagination: rows are never split)
    groups, k = [], 0
    for h in heights:
        groups.append([show(ln) for ln in flat[k : k + h]])
        k += h
    return hl, groups, starts


def aligned(doc, centered):
    wide = doc["variant"] in WIDE
    total = 150 if wide else 108
    page_len = (36 if wide else 50) - (3 if centered else 0)
    pages, cur = [], []

    def newpage():
        nonlocal cur
        pages.append(cur)
        cur = []

    for p in doc["projects"]:
        block = [" " * max(0, (total - dw(doc["title"])) // 2) + doc["title"], ""]
        block += header_lines(header_rows(p["header"]), total)
        hl, groups, _ = grid_lines(p["columns"], p["rows"], total, centered)
        first = block + hl + groups[0]
        if cur and len(cur) + 1 + len(first) > page_len:
            newpage()
        if cur:
            cur.append("")
        cur += block + hl
        for g in groups:
            if len(cur) + len(g) > page_len:
                newpage()  # Word table without a repeated header row: the grid just goes on
            cur += g
    pages.append(cur)
    m = len(pages)
    out = []
    for n, pg in enumerate(pages, 1):
        foot = "第 %d 页，共 %d 页" % (n, m)
        body = pg + [""] * (page_len - len(pg)) + ["", " " * ((total - dw(foot)) // 2) + foot]
        out.append("\n".join(body))
    return "\n\f".join(out) + "\n"


# ------------------------------------------------------------------ 9. flat: glued cells, key：value pairs, CRLF
def flat_rows(doc):
    out = []
    for p in doc["projects"]:
        out.append(doc["title"])
        for r in header_rows(p["header"]):
            if r[0] == "项目资金（万元）":
                out.append(r[0] + "".join(r[i] + "：" + r[i + 1] for i in range(1, len(r) - 1, 2)))
            else:
                out.append("".join(r[i] + "：" + r[i + 1] for i in range(0, len(r) - 1, 2)))
        out.append("".join(p["columns"]))
        for r in p["rows"]:
            out.append("".join(r))
    return out


def flat(doc):
    return "\r\n".join(flat_rows(doc)) + "\r\n"


# ------------------------------------------------------------------ 10. oneline: a text-only web snapshot, rows one space apart
def oneline(doc):
    return " ".join(r for r in flat_rows(doc) if r) + "\n"


# ------------------------------------------------------------------ 11. XLSX: a budget-system export, two sheets
def xlsx(doc, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    s1 = wb.active
    s1.title = "项目信息"
    s2 = wb.create_sheet("绩效指标")
    bold = Font(bold=True)
    r1 = 1
    for p in doc["projects"]:
        s1.cell(r1, 1, doc["title"]).font = bold
        s1.merge_cells(start_row=r1, start_column=1, end_row=r1, end_column=2)
        r1 += 1
        for k, v in p["header"]:
            s1.cell(r1, 1, k)
            c = s1.cell(r1, 2, v if v != "" else None)
            c.number_format = "@"
            c.alignment = Alignment(wrap_text=True)
            r1 += 1
        r1 += 1
    s1.column_dimensions["A"].width = 18
    s1.column_dimensions["B"].width = 90
    r2 = 1
    for p in doc["projects"]:
        for j, h in enumerate(["项目名称"] + p["columns"], 1):
            s2.cell(r2, j, h).font = bold
        r2 += 1
        name = dict(p["header"])["项目名称"]
        for row in filled(p["columns"], p["rows"]):
            for j, v in enumerate([name] + row, 1):
                c = s2.cell(r2, j, v if v != "" else None)
                c.number_format = "@"
            r2 += 1
    wb.properties.creator = "预算管理一体化系统"
    fixed = datetime.datetime(2025, 1, 15, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buf = io.BytesIO()
    wb.save(buf)
    # re-zip with fixed timestamps and a fixed docProps/core.xml (openpyxl writes "now" into modified)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>",
                    b'<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-15T09:00:00Z</dcterms:modified>',
                    data,
                )
                data = re.sub(
                    rb"<dcterms:created[^>]*>[^<]*</dcterms:created>",
                    b'<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-15T09:00:00Z</dcterms:created>',
                    data,
                )
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def main():
    for f in sorted(os.listdir(os.path.join(HERE, "data"))):
        doc_id = f[:-5]
        doc = json.load(open(os.path.join(HERE, "data", f), encoding="utf-8"))
        d = os.path.join(HERE, "docs", doc_id)
        texts = {
            ".pipe.txt": pipe(doc),
            ".pipe_bare.txt": pipe_bare(doc),
            ".tab.tsv": tsv(doc),
            ".lines.txt": lines(doc, True),
            ".lines_dropped.txt": lines(doc, False),
            ".aligned_top.txt": aligned(doc, False),
            ".aligned_centered.txt": aligned(doc, True),
            ".flat.txt": flat(doc),
            ".oneline.txt": oneline(doc),
        }
        for ext, t in texts.items():
            with open(d + ext, "wb") as fh:
                fh.write(t.encode("utf-8"))
        with open(d + ".csv", "wb") as fh:
            fh.write(csv_bytes(doc, doc_id))
        xlsx(doc, d + ".xlsx")
        print(doc_id)


if __name__ == "__main__":
    main()
