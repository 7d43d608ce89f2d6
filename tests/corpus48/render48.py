"""Render data/<doc>.json into ten text shapes, an XLSX and a DOCX (own code + real tools run as subprocesses).
Usage: python render48.py [corpus dir]   (default: this folder).  Byte-stable."""

import csv, io, json, os, glob, subprocess, sys, unicodedata, zipfile, datetime
import openpyxl
from openpyxl.styles import Alignment, Font
import docx
from docx.shared import Pt
from docx.enum.section import WD_ORIENT

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
MONEY = "项目资金（万元）"


def staged(doc):
    """Per project the sheet rows of the 财政一体化 export: title, header pairs (money key alone), grid header, grid rows."""
    out = []
    for p in doc["projects"]:
        rows = [[doc["title"]]]
        for k, v in p["header"]:
            rows.append([k] if (k == MONEY and v == "") else [k, v])
        rows.append(list(p["columns"]))
        rows += [list(r) for r in p["rows"]]
        out.append(rows)
    return out


def width(doc):
    return max(len(p["columns"]) for p in doc["projects"])


def run(cmd, data):
    return subprocess.run(cmd, input=data, stdout=subprocess.PIPE, check=True).stdout


def tsv_own(projects, blank=True):
    """own-width tab text, LF, an empty line between projects (cells hold no tab or line break but the goals' none)."""
    parts = []
    for rows in projects:
        parts.append("".join("\t".join(c.replace("\n", " ") for c in r) + "\n" for r in rows))
    return ("\n" if blank else "").join(parts).encode("utf-8")


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def wrap(s, w):
    s = s.replace("\n", "")
    lines, cur = [], ""
    for ch in s:
        if dw(cur + ch) > w:
            lines.append(cur)
            cur = ""
        cur += ch
    lines.append(cur)
    return lines


def pad(s, w):
    return s + " " * (w - dw(s))


COLW = {
    "一级指标": 12,
    "二级指标": 16,
    "三级指标": 24,
    "指标名称": 24,
    "对标依据": 18,
    "评判方法": 14,
    "扣分原因分析": 20,
    "偏离原因": 20,
}


def colw(c):
    if c in COLW:
        return COLW[c]
    if c.endswith("值") or "指标值" in c:
        return 16
    return 10


def aligned(doc, centred):
    """打印到文本: the 绩效管理 system's 'print to text' report (own imitation)."""
    lines = []
    for p in doc["projects"]:
        lines += ["", "      " + doc["title"], ""]
        for k, v in p["header"]:
            vl = wrap(v, 60) if v else [""]
            lines.append("  " + pad(k, 20) + vl[0])
            lines += ["  " + " " * 20 + x for x in vl[1:]]
        lines.append("")
        cols = p["columns"]
        ws = [colw(c) for c in cols]
        hdr = [wrap(c, w) for c, w in zip(cols, ws)]
        for i in range(max(len(h) for h in hdr)):
            lines.append(("  " + "   ".join(pad(h[i] if i < len(h) else "", w) for h, w in zip(hdr, ws))).rstrip())
        cats = [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标")]
        # lay rows
        blocks = []
        for r in p["rows"]:
            cells = [wrap(c, w) if c else [""] for c, w in zip(r, ws)]
            blocks.append(cells)
        grid = []  # list of line cell lists
        starts = []
        for b in blocks:
            h = max(len(c) for c in b if c)
            starts.append(len(grid))
            for i in range(h):
                grid.append([c[i] if (i < len(c) and j not in cats) else "" for j, c in enumerate(b)])
        starts.append(len(grid))
        for j in cats:
            # block spans of label j
            spans = []
            for i, r in enumerate(p["rows"]):
                opens = r[j] != "" or (j == cats[-1] and len(cats) > 1 and r[cats[0]] != "")
                if opens or not spans:
                    spans.append([i, i, r[j]])
                else:
                    spans[-1][1] = i
            for a, b, lab in spans:
                if not lab:
                    continue
                lw = wrap(lab, ws[j])
                top, bot = starts[a], starts[b + 1]
                if centred:
                    at = top + max(0, (bot - top - len(lw)) // 2)
                else:
                    at = top
                while at + len(lw) > len(grid):
                    grid.append([""] * len(cols))
                for k, x in enumerate(lw):
                    grid[at + k][j] = x
        for g in grid:
            lines.append(("  " + "   ".join(pad(x, w) for x, w in zip(g, ws))).rstrip())
        lines.append("")
    # pages of 50 lines, page foot, form feed
    out, page = [], 1
    for i in range(0, len(lines), 50):
        out += lines[i : i + 50]
        out += ["", " " * 36 + "第 %d 页" % page]
        out.append("\f")
        page += 1
    text = "\r\n".join(out[:-1]).replace("\r\n\f\r\n", "\r\n\f")
    return (text + "\r\n").encode("utf-8")


def pipe(doc):
    """Obsidian with the Advanced Tables plugin (own imitation): one table per project, W columns, its first row the
    title, a `| --- |` rule under it, cells padded to the column's display width, one space inside each bar; LF."""
    W = width(doc)
    out = []
    for rows in staged(doc):
        rows = [[c.replace("\n", " ") for c in r] + [""] * (W - len(r)) for r in rows]
        ws = [max(3, max(dw(r[j]) for r in rows)) for j in range(W)]
        for i, r in enumerate(rows):
            out.append("| " + " | ".join(pad(c, w) for c, w in zip(r, ws)) + " |")
            if i == 0:
                out.append("| " + " | ".join("-" * w for w in ws) + " |")
        out.append("")
    return "\n".join(out).encode("utf-8")


def csv_gb(doc):
    """WPS 表格 另存为 CSV on a Chinese Windows: python's csv module (run for real), QUOTE_MINIMAL, CRLF, GB18030,
    every row padded to W, no row between projects."""
    W = width(doc)
    f = io.StringIO(newline="")
    w = csv.writer(f)
    for rows in staged(doc):
        for r in rows:
            w.writerow(list(r) + [""] * (W - len(r)))
    return f.getvalue().encode("gb18030")


def sqlite_tabs(doc):
    """sqlite3 3.40.1 (run for real): the staged sheet in t(c1..cW TEXT), NULL for padding, `.mode tabs`, no headers."""
    W = width(doc)
    sql = ["CREATE TABLE t(n INTEGER, %s);" % ", ".join("c%d TEXT" % (i + 1) for i in range(W))]
    n = 0
    for rows in staged(doc):
        for r in rows:
            n += 1
            vals = ["'%s'" % c.replace("'", "''").replace("\n", " ") for c in r] + ["NULL"] * (W - len(r))
            sql.append("INSERT INTO t VALUES(%d, %s);" % (n, ", ".join(vals)))
    sql += [".mode tabs", ".headers off", "SELECT %s FROM t ORDER BY n;" % ", ".join("c%d" % (i + 1) for i in range(W))]
    return run(["sqlite3", ":memory:"], "\n".join(sql).encode("utf-8"))


def xlsx(doc, path):
    W = width(doc)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标"
    row = 1
    for p, rows in zip(doc["projects"], staged(doc)):
        ws.cell(row, 1, rows[0][0]).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=W)
        row += 1
        for r in rows[1 : len(p["header"]) + 1]:
            ws.cell(row, 1, r[0])
            if len(r) > 1:
                ws.cell(row, 2, r[1])
                ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=W)
            row += 1
        for j, c in enumerate(p["columns"]):
            ws.cell(row, j + 1, c).font = Font(bold=True)
        row += 1
        first = row
        for r in p["rows"]:
            for j, c in enumerate(r):
                if c != "":
                    ws.cell(row, j + 1, c).alignment = Alignment(wrap_text=True, vertical="center")
            row += 1
        cats = [j for j, c in enumerate(p["columns"]) if c in ("一级指标", "二级指标")]
        for j in cats:
            spans = []
            for i, r in enumerate(p["rows"]):
                opens = r[j] != "" or (j == cats[-1] and len(cats) > 1 and r[cats[0]] != "")
                if opens or not spans:
                    spans.append([i, i])
                else:
                    spans[-1][1] = i
            for a, b in spans:
                if b > a:
                    ws.merge_cells(start_row=first + a, start_column=j + 1, end_row=first + b, end_column=j + 1)
        row += 1
    wb.properties.creator = "示例市财政一体化系统"
    fixed = datetime.datetime(2025, 3, 1, 9, 0, 0)
    wb.properties.created = wb.properties.modified = fixed
    wb.save(path)
    fix_zip(path)


def fix_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re

                data = re.sub(
                    rb"<dcterms:(created|modified)([^>]*)>[^<]*<", rb"<dcterms:\1\2>2025-03-01T09:00:00Z<", data
                )
            zi = zipfile.ZipInfo(name, (2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def docx_(doc, path):
    d = docx.Document()
    if doc["variant"] in ("coded", "self_evaluation"):
        s = d.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    d.styles["Normal"].font.size = Pt(9)
    for pi, p in enumerate(doc["projects"]):
        if pi:
            d.add_paragraph("")
        d.add_paragraph(doc["title"]).alignment = 1
        cols = p["columns"]
        W = len(cols)
        t = d.add_table(rows=0, cols=W)
        t.style = "Table Grid"
        for k, v in p["header"]:
            cells = t.add_row().cells
            cells[0].text = k
            m = cells[1].merge(cells[W - 1])
            m.text = v
        hc = t.add_row().cells
        for j, c in enumerate(cols):
            hc[j].text = c
        first = len(t.rows)
        for r in p["rows"]:
            rc = t.add_row().cells
            for j, c in enumerate(r):
                rc[j].text = c
        cats = [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标")]
        for j in cats:
            spans = []
            for i, r in enumerate(p["rows"]):
                opens = r[j] != "" or (j == cats[-1] and len(cats) > 1 and r[cats[0]] != "")
                if opens or not spans:
                    spans.append([i, i])
                else:
                    spans[-1][1] = i
            for a, b in spans:
                if b > a:
                    top = t.cell(first + a, j)
                    txt = top.text
                    m = top.merge(t.cell(first + b, j))
                    for para in m.paragraphs[1:]:
                        para._element.getparent().remove(para._element)
                    m.paragraphs[0].text = txt
    d.core_properties.author = "示例市财政一体化系统"
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    d.save(path)
    fix_zip(path)


def main():
    os.makedirs(DOCS, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.splitext(os.path.basename(path))[0]
        doc = json.load(open(path, encoding="utf-8"))
        base = os.path.join(DOCS, doc_id)
        projects = staged(doc)
        own = tsv_own(projects)

        def w(suffix, data):
            with open(base + suffix, "wb") as f:
                f.write(data)

        w(".pipe.txt", pipe(doc))
        w(".pipe_bare.txt", run(["awk", "-F\t", "-v", "OFS=|", "{$1=$1; print}"], own))
        w(".tab.tsv", sqlite_tabs(doc))
        w(".csv", csv_gb(doc))
        lines = run(["sed", "s/\\t/\\n/g"], own)
        w(".lines.txt", lines)
        w(".lines_dropped.txt", run(["grep", "-v", "^[[:space:]]*$"], lines))
        w(".aligned_top.txt", aligned(doc, False))
        w(".aligned_centered.txt", aligned(doc, True))
        flat = run(["tr", "-d", "\t"], own)
        w(".flat.txt", flat)
        one = b""
        for rows in projects:
            one += run(["paste", "-s", "-d", "\\0"], run(["tr", "-d", "\t"], tsv_own([rows])))
        w(".oneline.txt", one)
        xlsx(doc, base + ".xlsx")
        docx_(doc, base + ".docx")
        print(doc_id)


if __name__ == "__main__":
    main()
