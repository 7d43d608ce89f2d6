"""blind39 renderer: ten text shapes, XLSX and DOCX from data/<doc>.json (own code; real tools where they write
the shape: python csv, util-linux column, GNU sed, pr, grep, awk, tr).  Usage: python render39.py /work/blind39"""

import csv, io, json, os, subprocess, sys, tempfile, unicodedata, zipfile, glob
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
import docx
from docx.shared import Pt
from docx.oxml.ns import qn

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
DOCS = os.path.join(HERE, "docs")
os.makedirs(DOCS, exist_ok=True)


def sh(cmd, data):
    return subprocess.run(cmd, input=data, capture_output=True, check=True, shell=isinstance(cmd, str)).stdout


def sheet_rows(doc):
    """The budget system's sheet: title, header pairs (项目资金（万元） alone), grid header, grid; an empty row between."""
    out = []
    for i, p in enumerate(doc["projects"]):
        if i:
            out.append([])
        out.append([doc["title"]])
        for k, v in p["header"]:
            out.append([k] if (k == "项目资金（万元）" and not v) else [k, v])
        out.append(list(p["columns"]))
        out += [list(r) for r in p["rows"]]
    return out


def trim(r):
    r = list(r)
    while r and r[-1] == "":
        r.pop()
    return r


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
    return lines + [cur] if cur or not lines else lines


def aligned(doc, centered):
    """A report engine's '打印到文本' (own imitation): display-width columns, wrapped cells, 56-line pages."""
    out = []
    for pi, p in enumerate(doc["projects"]):
        out += ["", " " * 20 + doc["title"], ""]
        for k, v in p["header"]:
            if k == "项目资金（万元）" and not v:
                out.append("  " + k)
                continue
            vl = wrap(v, 64)
            out.append("  " + k + " " * max(2, 24 - dw(k)) + vl[0])
            out += [" " * 26 + x for x in vl[1:]]
        cols = p["columns"]
        W = {"一级指标": 12, "二级指标": 14, "三级指标": 20, "指标内容": 20, "指标名称": 22}
        widths = [
            W.get(c, 6 if c in ("序号", "权重", "分值", "得分", "比较符号", "判断符", "逻辑符号", "值类型") else 14)
            for c in cols
        ]

        def line(cells):
            s = "  "
            for c, w in zip(cells, widths):
                s += c + " " * (w - dw(c) + 3)
            return s.rstrip()

        out.append("")
        out.append(line(cols))
        rows = p["rows"]
        cat = [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标")]
        blocks = []  # per row the wrapped cells
        for r in rows:
            blocks.append([wrap(c, w) if c else [""] for c, w in zip(r, widths)])
        heights = [max(len(x) for x in b) for b in blocks]
        if centered and cat:
            heights = [max([len(x) for jj, x in enumerate(b) if jj not in cat] + [1]) for b in blocks]
            # lift each label to the middle line of its block (rounding down)
            for j in cat:
                starts = [
                    i for i, r in enumerate(rows) if r[j] != "" or (j == cat[-1] and len(cat) > 1 and r[cat[0]] != "")
                ]
                for si, s in enumerate(starts):
                    e = (starts[si + 1] if si + 1 < len(starts) else len(rows)) - 1
                    if rows[s][j] == "":
                        continue
                    lab = blocks[s][j]
                    blocks[s][j] = [""]
                    total = sum(heights[s : e + 1])
                    if len(lab) > total:
                        heights[e] += len(lab) - total
                        total = len(lab)
                    mid = max(0, (total - len(lab)) // 2)
                    # place the label lines at offset mid of the block
                    off = 0
                    for i in range(s, e + 1):
                        for li in range(heights[i]):
                            k = off + li - mid
                            if 0 <= k < len(lab):
                                cell = blocks[i][j]
                                while len(cell) <= li:
                                    cell.append("")
                                cell[li] = lab[k]
                        off += heights[i]
        for b, h in zip(blocks, heights):
            for li in range(h):
                out.append(line([x[li] if li < len(x) else "" for x in b]))
    # pages of 56 lines: the foot `第 n 页` and a form feed
    pages, n = [], 0
    for i in range(0, len(out), 56):
        n += 1
        pages.append("\n".join(out[i : i + 56] + ["", " " * 60 + "第 %d 页" % n]))
    return "\f".join(pages) + "\n"


def render(doc_id):
    doc = json.load(open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8"))
    base = os.path.join(DOCS, doc_id)
    rows = sheet_rows(doc)
    width = max(len(r) for r in rows)
    padded = [r + [""] * (width - len(r)) for r in rows]
    # staging TSV (unpadded, LF, no quoting): what the exporter's text mode writes
    stage = "".join("\t".join(trim(r)) + "\n" for r in rows).encode()
    # .tab.tsv: python csv, dialect excel-tab, utf-8-sig (BOM), CRLF, padded to the width, minimal quoting
    b = io.StringIO(newline="")
    csv.writer(b, dialect="excel-tab").writerows(padded)
    tab = b.getvalue().encode("utf-8-sig")
    open(base + ".tab.tsv", "wb").write(tab)
    # .csv: python csv QUOTE_ALL, CRLF, BOM, each row to its own last non-empty cell
    b = io.StringIO(newline="")
    csv.writer(b, quoting=csv.QUOTE_ALL).writerows(trim(r) for r in rows)
    open(base + ".csv", "wb").write(b.getvalue().encode("utf-8-sig"))
    # .pipe.txt: util-linux column -t over the padded staging, ' | ' between, outer bars added by sed
    pad = "".join("\t".join(r) + "\n" for r in padded).encode()
    t = sh(["column", "-t", "-s", "\t", "-o", " | "], pad)
    open(base + ".pipe.txt", "wb").write(sh(["sed", "-e", "s/^/| /", "-e", "s/ *$/ |/"], t))
    # .pipe_bare.txt: each column written to its own file, merged by `pr -m -t -J -s'|'`
    with tempfile.TemporaryDirectory() as d:
        files = []
        for j in range(width):
            fn = os.path.join(d, "c%02d" % j)
            open(fn, "w", encoding="utf-8").write("".join(r[j] + "\n" for r in padded))
            files.append(fn)
        open(base + ".pipe_bare.txt", "wb").write(sh(["pr", "-m", "-t", "-J", "-s|"] + files, b""))
    # .lines.txt: GNU sed y/\t/\n/ over the CRLF BOM tab export (run on Linux: the CR stays on each row's last cell)
    lines = sh(["sed", r"y/\t/\n/"], tab)
    open(base + ".lines.txt", "wb").write(lines)
    # .lines_dropped.txt: GNU grep -v -x -E '\r?' (empty and lone-CR lines removed)
    r = subprocess.run(["grep", "-v", "-x", "-E", "\r?"], input=lines, capture_output=True)
    open(base + ".lines_dropped.txt", "wb").write(r.stdout)
    # .flat.txt: awk with an empty OFS over the staging TSV: a row a line, cells glued
    flat = sh(["awk", "-F\t", "-v", "OFS=", "{$1=$1; print}"], stage)
    open(base + ".flat.txt", "wb").write(flat)
    # .oneline.txt: tr -d '\n' over the flat text: the whole document on one line, no final newline
    open(base + ".oneline.txt", "wb").write(sh(["tr", "-d", "\n"], flat))
    # aligned
    open(base + ".aligned_top.txt", "w", encoding="utf-8").write(aligned(doc, False))
    open(base + ".aligned_centered.txt", "w", encoding="utf-8").write(aligned(doc, True))
    xlsx(doc, base + ".xlsx")
    word(doc, base + ".docx")


def xlsx(doc, path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for pi, p in enumerate(doc["projects"]):
        ws = wb.create_sheet("项目%d" % (pi + 1))  # one sheet a project
        cols = p["columns"]
        W = len(cols)
        ws.cell(1, 1, doc["title"]).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=W)
        rr = 2
        money_start = None
        for k, v in p["header"]:
            if k == "项目资金（万元）" and not v:
                money_start = rr
                continue
            if money_start is not None and k in ("年度目标", "实施期目标", "中期目标", "长期目标", "实际完成情况"):
                if rr - 1 > money_start:
                    ws.merge_cells(start_row=money_start, start_column=1, end_row=rr - 1, end_column=1)
                ws.cell(money_start, 1, "项目资金（万元）")
                money_start = None
            if money_start is not None:
                ws.cell(rr, 2, k)
                ws.cell(rr, 3, v)
                ws.merge_cells(start_row=rr, start_column=3, end_row=rr, end_column=W)
            else:
                ws.cell(rr, 1, k)
                ws.cell(rr, 2, v)
                ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=W)
            rr += 1
        for j, c in enumerate(cols):
            ws.cell(rr, j + 1, c).font = Font(bold=True)
        rr += 1
        g0 = rr
        for r in p["rows"]:
            for j, c in enumerate(r):
                if c != "":
                    ws.cell(rr, j + 1, c)
            rr += 1
        for j, c in enumerate(cols):
            if c not in ("一级指标", "二级指标"):
                continue
            starts = [
                i
                for i, r in enumerate(p["rows"])
                if r[j] != "" or (c == "二级指标" and "一级指标" in cols and r[cols.index("一级指标")] != "")
            ]
            for si, s in enumerate(starts):
                e = (starts[si + 1] if si + 1 < len(starts) else len(p["rows"])) - 1
                if e > s:
                    ws.merge_cells(start_row=g0 + s, start_column=j + 1, end_row=g0 + e, end_column=j + 1)
        for row in ws.iter_rows(min_row=2, max_row=rr - 1, max_col=W):
            for c in row:
                c.border = bd
                c.alignment = Alignment(wrap_text=True, vertical="center")
    wb.properties.creator = "预算一体化系统"
    import datetime

    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 1, 15, 9, 0, 0)
    b = io.BytesIO()
    wb.save(b)
    fixzip(b.getvalue(), path)


def fixzip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i in zin.infolist():
            ni = zipfile.ZipInfo(i.filename, (2025, 1, 15, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            body = zin.read(i.filename)
            if i.filename == "docProps/core.xml":
                import re

                body = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-01-15T09:00:00Z", body)
            z.writestr(ni, body)
    open(path, "wb").write(out.getvalue())


def word(doc, path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")
    st.font.size = Pt(10)
    d.core_properties.author = "预算一体化系统"
    import datetime

    d.core_properties.created = d.core_properties.modified = datetime.datetime(2025, 1, 15, 9, 0, 0)
    for pi, p in enumerate(doc["projects"]):
        if pi:
            d.add_paragraph()  # an empty paragraph between projects (no page break)
        d.add_paragraph(doc["title"])
        cols = p["columns"]
        W = len(cols)
        hdr = list(p["header"])
        t = d.add_table(rows=0, cols=W)
        t.style = "Table Grid"
        for k, v in hdr:
            cells = t.add_row().cells
            cells[0].text = k
            m = cells[1].merge(cells[W - 1])
            m.text = v
            for extra in m.paragraphs[1:]:
                extra._element.getparent().remove(extra._element)
        cells = t.add_row().cells
        for j, c in enumerate(cols):
            cells[j].text = c
        g0 = len(t.rows)
        for r in p["rows"]:
            cells = t.add_row().cells
            for j, c in enumerate(r):
                cells[j].text = c
        for j, c in enumerate(cols):
            if c not in ("一级指标", "二级指标"):
                continue
            starts = [
                i
                for i, r in enumerate(p["rows"])
                if r[j] != "" or (c == "二级指标" and "一级指标" in cols and r[cols.index("一级指标")] != "")
            ]
            for si, s in enumerate(starts):
                e = (starts[si + 1] if si + 1 < len(starts) else len(p["rows"])) - 1
                if e > s:
                    m = t.cell(g0 + s, j).merge(t.cell(g0 + e, j))
                    for extra in m.paragraphs[1:]:
                        extra._element.getparent().remove(extra._element)
    b = io.BytesIO()
    d.save(b)
    fixzip(b.getvalue(), path)


if __name__ == "__main__":
    for f in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        render(os.path.basename(f)[:-5])
    print("ok")
