"""blind53 renderer (own code): ten text shapes, XLSX and DOCX per document from data/<doc>.json.
Usage: python render53.py /work/blind53"""

import csv, io, json, os, sys, glob, unicodedata, zipfile, datetime

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
os.makedirs(DOCS, exist_ok=True)


def rows_of(p):
    """A project's rows of its own widths: title row, key/value rows, grid header, grid rows."""
    out = [[k, v] for k, v in p["header"]]
    out.append(list(p["columns"]))
    out += [list(r) for r in p["rows"]]
    return out


def one(s):
    return s.replace("\n", "")


def W(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def write(path, text, enc="utf-8", nl="\n"):
    with open(path, "wb") as f:
        f.write(text.replace("\n", nl).encode(enc))


# ---- pipe: Typora's Markdown export (centred alignment row, `\|` escapes, merged cells empty)
def pipe(doc):
    out = ["# " + doc["title"], ""]
    for p in doc["projects"]:
        n = len(p["columns"])
        out.append("| 项目信息 | " + " | ".join([""] * (n - 1)) + " |")
        out.append("|" + "|".join([":---:"] * n) + "|")
        for k, v in p["header"]:
            out.append("| " + " | ".join([k, one(v)] + [""] * (n - 2)) + " |")
        for r in [p["columns"]] + p["rows"]:
            out.append("| " + " | ".join(one(c).replace("|", "\\|") for c in r) + " |")
        out.append("")
    return "\n".join(out)


# ---- pipe_bare: SQL*Plus spool, SET COLSEP '|', SET TRIMSPOOL ON, padded by display width, no outer bars
def pipe_bare(doc):
    out = [doc["title"]]
    for p in doc["projects"]:
        rs = [[one(c) for c in r] for r in rows_of(p)]
        n = max(len(r) for r in rs)
        rs = [r + [""] * (n - len(r)) for r in rs]
        w = [max(W(r[j]) for r in rs) for j in range(n)]
        out.append("")
        for r in rs:
            out.append("|".join(c + " " * (w[j] - W(c)) for j, c in enumerate(r)).rstrip())
        out.append("")
        out.append("%d rows selected." % len(p["rows"]))
    return "\n".join(out) + "\n"


# ---- tab: python csv.writer(dialect="excel-tab"), CRLF (its default), minimal quoting
def tab(doc):
    b = io.StringIO()
    w = csv.writer(b, dialect="excel-tab")
    w.writerow([doc["title"]])
    for p in doc["projects"]:
        for r in rows_of(p):
            w.writerow(r)
    return b.getvalue()


# ---- csv: Excel "CSV (逗号分隔)" on a Chinese Windows: GB18030, CRLF, minimal quoting, rows padded to the sheet width
def csvf(doc):
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\r\n")
    n = max(len(p["columns"]) for p in doc["projects"])
    w.writerow([doc["title"]] + [""] * (n - 1))
    for p in doc["projects"]:
        for r in rows_of(p):
            w.writerow(r + [""] * (n - len(r)))
    return b.getvalue()


# ---- lines: Word's 表格转换成文本 with 段落标记: a cell a paragraph, an empty cell an empty paragraph; CRLF
def lines(doc, drop=False):
    out = [doc["title"]]
    for p in doc["projects"]:
        for r in rows_of(p):
            for c in r:
                if drop and c == "":
                    continue
                out.append(c.replace("\n", "\n"))
    return "\n".join(out) + "\n"


# ---- aligned: a pdftotext -layout-like print, cells at display columns, wrapped in place
WRAP = 18


def wrap(s, w):
    parts, cur = [], ""
    for ch in s.replace("\n", ""):
        if W(cur + ch) > w:
            parts.append(cur)
            cur = ""
        cur += ch
    return parts + ([cur] if cur or not parts else [])


def aligned(doc, centred):
    out = [" " * 20 + doc["title"], ""]
    for p in doc["projects"]:
        for k, v in p["header"]:
            ks, vs = wrap(k, 18), wrap(v, 60)
            for i in range(max(len(ks), len(vs))):
                a = ks[i] if i < len(ks) else ""
                b = vs[i] if i < len(vs) else ""
                out.append((a + " " * (20 - W(a)) + b).rstrip())
        out.append("")
        cols = p["columns"]
        widths = [
            min(WRAP, max(W(c) for c in [cols[j]] + [r[j].replace("\n", "") for r in p["rows"]]))
            for j in range(len(cols))
        ]
        grid = [list(cols)] + [list(r) for r in p["rows"]]
        # merged label blocks
        cats = [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标")]
        place = {}
        if centred:
            for j in cats:
                i = 1
                while i < len(grid):
                    if grid[i][j]:
                        k = i + 1
                        while (
                            k < len(grid)
                            and grid[k][j] == ""
                            and not (j == cats[-1] and len(cats) > 1 and grid[k][cats[0]])
                        ):
                            k += 1
                        mid = i + (k - 1 - i) // 2
                        place[(i, j)] = mid
                        i = k
                    else:
                        i += 1
            moved = [[c for c in r] for r in grid]
            for (i, j), m in place.items():
                lab = grid[i][j]
                moved[i][j] = ""
                moved[m][j] = lab
            grid = moved
        for r in grid:
            cells = [wrap(c, widths[j]) for j, c in enumerate(r)]
            h = max(len(c) for c in cells)
            for i in range(h):
                line = ""
                for j, c in enumerate(cells):
                    t = c[i] if i < len(c) else ""
                    line += t + " " * (widths[j] - W(t) + 3)
                out.append(line.rstrip())
        out.append("")
    return "\n".join(out) + "\n"


# ---- flat: a chat-app paste of the web table (cells glued, a row a line)
def flat(doc):
    out = [doc["title"]]
    for p in doc["projects"]:
        for r in rows_of(p):
            out.append("".join(one(c) for c in r))
    return "\n".join(out) + "\n"


# ---- oneline: a scraper's text field, each project on one line, cells glued
def oneline(doc):
    out = []
    for p in doc["projects"]:
        out.append(doc["title"] + "".join("".join(one(c) for c in r) for r in rows_of(p)))
    return "\n".join(out) + "\n"


FIXED = (2025, 3, 1, 9, 0, 0)


def restamp(path):
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for i, data in items:
            if i.filename == "docProps/core.xml":
                import re

                data = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*", rb"\g<1>2025-03-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(i.filename, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def xlsx(doc, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标"
    n = max(len(p["columns"]) for p in doc["projects"])
    ws.append([doc["title"]])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws.cell(1, 1).font = Font(bold=True, size=14)
    for p in doc["projects"]:
        ws.append([])
        for k, v in p["header"]:
            ws.append([k, v])
            rr = ws.max_row
            if n > 2:
                ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=n)
        ws.append(list(p["columns"]))
        for c in ws[ws.max_row]:
            c.font = Font(bold=True)
        first = ws.max_row + 1
        for r in p["rows"]:
            ws.append(list(r))
        for j, c in enumerate(p["columns"]):
            if c not in ("一级指标", "二级指标"):
                continue
            i = 0
            rows = p["rows"]
            while i < len(rows):
                k = i + 1
                while (
                    k < len(rows)
                    and rows[k][j] == ""
                    and not (c == "二级指标" and "一级指标" in p["columns"] and rows[k][p["columns"].index("一级指标")])
                ):
                    k += 1
                if k - i > 1 and rows[i][j]:
                    ws.merge_cells(start_row=first + i, start_column=j + 1, end_row=first + k - 1, end_column=j + 1)
                    ws.cell(first + i, j + 1).alignment = Alignment(vertical="center", wrap_text=True)
                i = k
    wb.properties.creator = "示例县财政局预算一体化系统"
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    wb.save(path)
    restamp(path)


def docx(doc, path):
    import docx as D
    from docx.shared import Pt

    d = D.Document()
    d.styles["Normal"].font.size = Pt(9)
    for p in doc["projects"]:
        d.add_paragraph(doc["title"])
        hd = p["header"]
        n = len(p["columns"])
        t = d.add_table(rows=len(hd) + 1 + len(p["rows"]), cols=n)
        t.style = "Table Grid"
        for i, (k, v) in enumerate(hd):
            t.cell(i, 0).text = k
            m = t.cell(i, 1).merge(t.cell(i, n - 1))
            m.text = v
        base = len(hd)
        for j, c in enumerate(p["columns"]):
            t.cell(base, j).text = c
        rows = p["rows"]
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                if c:
                    t.cell(base + 1 + i, j).text = c
        for j, c in enumerate(p["columns"]):
            if c not in ("一级指标", "二级指标"):
                continue
            i = 0
            while i < len(rows):
                k = i + 1
                while (
                    k < len(rows)
                    and rows[k][j] == ""
                    and not (c == "二级指标" and "一级指标" in p["columns"] and rows[k][p["columns"].index("一级指标")])
                ):
                    k += 1
                if k - i > 1 and rows[i][j]:
                    t.cell(base + 1 + i, j).merge(t.cell(base + k, j))
                i = k
        d.add_paragraph("")
    cp = d.core_properties
    cp.author = "示例县财政局"
    cp.created = cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.revision = 1
    d.save(path)
    restamp(path)


def main():
    for f in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(f)[:-5]
        doc = json.load(open(f, encoding="utf-8"))
        b = os.path.join(DOCS, doc_id)
        write(b + ".pipe.txt", pipe(doc))
        write(b + ".pipe_bare.txt", pipe_bare(doc))
        write(b + ".tab.tsv", tab(doc), nl="\n")
        write(b + ".csv", csvf(doc), enc="gb18030", nl="\n")
        write(b + ".lines.txt", lines(doc), nl="\r\n")
        write(b + ".lines_dropped.txt", lines(doc, True), nl="\r\n")
        write(b + ".aligned_top.txt", aligned(doc, False))
        write(b + ".aligned_centered.txt", aligned(doc, True))
        write(b + ".flat.txt", flat(doc))
        write(b + ".oneline.txt", oneline(doc))
        xlsx(doc, b + ".xlsx")
        docx(doc, b + ".docx")
        print(doc_id)


if __name__ == "__main__":
    main()
