"""Render data/<doc>.json into ten text shapes, an XLSX and a DOCX (own code + real tools; see README).
Usage: python render41.py /work/blind41"""

import glob, json, os, subprocess, sys, unicodedata, zipfile, io, csv

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
DOCS = os.path.join(HERE, "docs")
TMP = "/tmp/b41stage"
os.makedirs(DOCS, exist_ok=True)
os.makedirs(TMP, exist_ok=True)
MERGE_COLS = ("一级指标", "二级指标", "实施内容", "服务事项")


def sheet(doc):
    """The 预算一体化 sheet: title row, header pairs (项目资金（万元） alone), grid header, grid rows, an empty row
    between projects."""
    rows = []
    for i, p in enumerate(doc["projects"]):
        if i:
            rows.append([])
        rows.append([doc["title"]])
        for k, v in p["header"]:
            rows.append([k] if k == "项目资金（万元）" else [k, v])
        rows.append(list(p["columns"]))
        rows += [list(r) for r in p["rows"]]
    w = max(len(r) for r in rows)
    return rows, w


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def run(cmd, inp=None):
    return subprocess.run(cmd, input=inp, stdout=subprocess.PIPE, check=True).stdout


def wrap(s, width):
    out, cur = [], ""
    for c in s:
        if dw(cur + c) > width:
            out.append(cur)
            cur = c
        else:
            cur += c
    if cur or not out:
        out.append(cur)
    return out


WIDTH = {
    "一级指标": 14,
    "二级指标": 16,
    "三级指标": 22,
    "指标内容": 22,
    "指标名称": 24,
    "序号": 6,
    "权重": 6,
    "分值": 6,
    "得分": 6,
    "实施内容": 12,
    "服务事项": 12,
}


def colw(c):
    if c in WIDTH:
        return WIDTH[c]
    if "指标值" in c or c == "目标值" or c == "实际完成值":
        return 18
    if c in ("比较条件", "计算关系", "指标值类型", "取值规则", "计量单位", "量度单位"):
        return 10
    return 14


def aligned(doc, centered):
    """A 金蝶-style report engine's 'export to text' (own imitation)."""
    lines = []
    for i, p in enumerate(doc["projects"]):
        if i:
            lines.append("")
        lines.append(" " * 10 + doc["title"])
        lines.append("")
        for k, v in p["header"]:
            vl = wrap(v, 70) if v else [""]
            lines.append("  " + k + " " * max(2, 24 - dw(k)) + vl[0])
            for more in vl[1:]:
                lines.append(" " * 26 + more)
        lines.append("")
        cols = p["columns"]
        ws = [colw(c) for c in cols]
        gut = "  "

        def line(cells):
            s = "  " + gut.join(c + " " * (w - dw(c)) for c, w in zip(cells, ws))
            return s.rstrip()

        head = [wrap(c, w) for c, w in zip(cols, ws)]
        for k in range(max(len(h) for h in head)):
            lines.append(line([h[k] if k < len(h) else "" for h in head]))
        lines.append("  " + "-" * (sum(ws) + len(gut) * (len(ws) - 1)))
        # blocks of merged columns
        rows = p["rows"]
        wrapped = [[wrap(c, w) if c else [] for c, w in zip(r, ws)] for r in rows]
        mcols = [j for j, c in enumerate(cols) if c in MERGE_COLS]
        heights = [max([1] + [len(x) for j, x in enumerate(wr) if j not in mcols]) for wr in wrapped]
        grid = [[[""] * len(cols) for _ in range(h)] for h in heights]
        for ri, wr in enumerate(wrapped):
            for j, x in enumerate(wr):
                if j in mcols:
                    continue
                for k, t in enumerate(x):
                    grid[ri][k][j] = t
        for j in mcols:
            # blocks: open at a non-empty cell (or where a column to its left opens)
            starts = [
                ri
                for ri, r in enumerate(rows)
                if r[j] != "" or any(rows[ri][m] != "" for m in mcols if m < j) or ri == 0
            ]
            for bi, s in enumerate(starts):
                e = (starts[bi + 1] if bi + 1 < len(starts) else len(rows)) - 1
                lab = wrapped[s][j]
                if not lab:
                    continue
                flat = [(ri, k) for ri in range(s, e + 1) for k in range(heights[ri])]
                while len(flat) < len(lab):  # label longer than its block: the block's last row grows
                    heights[e] += 1
                    grid[e].append([""] * len(cols))
                    flat.append((e, heights[e] - 1))
                if centered:
                    start = (len(flat) - len(lab) + 1) // 2  # rounding UP (the lower of two middles)
                else:
                    start = 0
                for k, t in enumerate(lab):
                    ri, kk = flat[start + k]
                    grid[ri][kk][j] = t
        for g in grid:
            for cells in g:
                lines.append(line(cells))
    # pages of 48 lines, foot "第 n 页，共 N 页", form feed between pages
    pages = [lines[i : i + 48] for i in range(0, len(lines), 48)]
    out = []
    for n, pg in enumerate(pages, 1):
        out.append("\n".join(pg + [""] * (48 - len(pg)) + [" " * 40 + "第 %d 页，共 %d 页" % (n, len(pages))]))
    return ("\n\f".join(out) + "\n").encode("utf-8")


def render(path):
    doc_id = os.path.splitext(os.path.basename(path))[0]
    doc = json.load(open(path, encoding="utf-8"))
    rows, W = sheet(doc)
    pad = [r + [""] * (W - len(r)) for r in rows]
    base = os.path.join(DOCS, doc_id)
    letters = [chr(65 + i) for i in range(W)]
    # staging: sqlite3 database of the padded sheet
    db = os.path.join(TMP, doc_id + ".db")
    if os.path.exists(db):
        os.remove(db)
    sql = "CREATE TABLE sheet(rn INTEGER, %s);\n" % ", ".join("%s TEXT" % l for l in letters)
    for n, r in enumerate(pad, 1):
        sql += "INSERT INTO sheet VALUES(%d, %s);\n" % (n, ", ".join("'" + c.replace("'", "''") + "'" for c in r))
    run(["sqlite3", db], sql.encode("utf-8"))
    # .tab.tsv: sqlite3 .mode tabs, .headers on (column letters), rows W cells
    tab = run(
        [
            "sqlite3",
            "-cmd",
            ".headers on",
            "-cmd",
            ".mode tabs",
            db,
            "SELECT %s FROM sheet ORDER BY rn;" % ", ".join(letters),
        ]
    )
    open(base + ".tab.tsv", "wb").write(tab)
    # .pipe.txt: Typora-style Markdown copy (own code): per project one table, its title row as the table head
    out = []
    for i, p in enumerate(doc["projects"]):
        prow = [pr for pr in pad]
    blocks, cur = [], []
    for r in rows:
        if not r:
            blocks.append(cur)
            cur = []
        else:
            cur.append(r + [""] * (W - len(r)))
    blocks.append(cur)
    for bi, b in enumerate(blocks):
        widths = [max(3, max(dw(r[j]) for r in b)) for j in range(W)]

        def prow(r):
            return "| " + " | ".join(c + " " * (w - dw(c)) for c, w in zip(r, widths)) + " |"

        if bi:
            out.append("")
        out.append(prow(b[0]))
        out.append("| " + " | ".join("-" * w for w in widths) + " |")
        out += [prow(r) for r in b[1:]]
    open(base + ".pipe.txt", "wb").write(("\n".join(out) + "\n").encode("utf-8"))
    # .pipe_bare.txt: GNU paste -d'|' of one file a column (real)
    files = []
    for j in range(W):
        f = os.path.join(TMP, "%s.col%02d" % (doc_id, j))
        open(f, "wb").write(("\n".join(r[j] for r in pad) + "\n").encode("utf-8"))
        files.append(f)
    open(base + ".pipe_bare.txt", "wb").write(run(["paste", "-d|"] + files))
    # .csv: python csv, QUOTE_NONE with a backslash escape (a pipeline's loader dialect), LF, no BOM, padded rows
    buf = io.StringIO()
    csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n").writerows(pad)
    open(base + ".csv", "wb").write(buf.getvalue().encode("utf-8"))
    # .lines.txt: perl (real) one field a line over the TSV without its header line; split drops TRAILING empty fields
    body = tab.split(b"\n", 1)[1]
    lines = run(["perl", "-F\\t", "-lane", "print for @F"], body)
    open(base + ".lines.txt", "wb").write(lines)
    # .lines_dropped.txt: mawk NF (real)
    open(base + ".lines_dropped.txt", "wb").write(run(["mawk", "NF"], lines))
    # .flat.txt: perl -pe 's/\t//g' (real) over the whole sqlite tab export, its letter header line included
    flat = run(["perl", "-pe", "s/\\t//g"], tab)
    open(base + ".flat.txt", "wb").write(flat)
    # .oneline.txt: mawk paragraph mode (real): one project a line
    open(base + ".oneline.txt", "wb").write(run(["mawk", "-v", "RS=", '{gsub(/\\n/, ""); print}'], flat))
    open(base + ".aligned_top.txt", "wb").write(aligned(doc, False))
    open(base + ".aligned_centered.txt", "wb").write(aligned(doc, True))
    xlsx(doc, base + ".xlsx")
    docx(doc, base + ".docx")


def fix_zip(path):
    zin = zipfile.ZipFile(path)
    items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
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


def xlsx(doc, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side, Font
    import datetime

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    thin = Side(style="thin")
    b = Border(left=thin, right=thin, top=thin, bottom=thin)
    W = max(len(p["columns"]) for p in doc["projects"])
    rr = 1
    for p in doc["projects"]:
        ws.cell(rr, 1, doc["title"]).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=W)
        rr += 1
        for k, v in p["header"]:
            ws.cell(rr, 1, k).border = b
            if k != "项目资金（万元）":
                ws.cell(rr, 2, v).border = b
                if W > 2:
                    ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=W)
            rr += 1
        for j, c in enumerate(p["columns"], 1):
            ws.cell(rr, j, c).border = b
        rr += 1
        first = rr
        for r in p["rows"]:
            for j, c in enumerate(r, 1):
                cell = ws.cell(rr, j, c if c != "" else None)
                cell.border = b
                cell.alignment = Alignment(wrap_text=True, vertical="center")
            rr += 1
        cols = p["columns"]
        mcols = [j for j, c in enumerate(cols) if c in MERGE_COLS]
        rows = p["rows"]
        for j in mcols:
            starts = [
                ri for ri, r in enumerate(rows) if r[j] != "" or any(r[m] != "" for m in mcols if m < j) or ri == 0
            ]
            for bi, s in enumerate(starts):
                e = (starts[bi + 1] if bi + 1 < len(starts) else len(rows)) - 1
                if e > s and rows[s][j] != "":
                    ws.merge_cells(start_row=first + s, start_column=j + 1, end_row=first + e, end_column=j + 1)
        rr += 1
    wb.properties.creator = "预算管理一体化系统"
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    wb.save(path)
    fix_zip(path)


def docx(doc, path):
    import docx as D
    from docx.shared import Pt
    import datetime

    d = D.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10)
    for i, p in enumerate(doc["projects"]):
        if i:
            d.add_page_break()
        d.add_paragraph(doc["title"])
        hdr = p["header"]
        t = d.add_table(rows=len(hdr), cols=2)
        t.style = "Table Grid"
        for n, (k, v) in enumerate(hdr):
            t.cell(n, 0).text = k
            t.cell(n, 1).text = v
        d.add_paragraph("")
        cols, rows = p["columns"], p["rows"]
        g = d.add_table(rows=len(rows) + 1, cols=len(cols))
        g.style = "Table Grid"
        for j, c in enumerate(cols):
            g.cell(0, j).text = c
        for ri, r in enumerate(rows):
            for j, c in enumerate(r):
                g.cell(ri + 1, j).text = c
        mcols = [j for j, c in enumerate(cols) if c in MERGE_COLS]
        for j in mcols:
            starts = [
                ri for ri, r in enumerate(rows) if r[j] != "" or any(r[m] != "" for m in mcols if m < j) or ri == 0
            ]
            for bi, s in enumerate(starts):
                e = (starts[bi + 1] if bi + 1 < len(starts) else len(rows)) - 1
                if e > s and rows[s][j] != "":
                    m = g.cell(s + 1, j).merge(g.cell(e + 1, j))
                    for par in m.paragraphs[1:]:
                        par._element.getparent().remove(par._element)
    d.core_properties.author = "预算管理一体化系统"
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    d.save(path)
    fix_zip(path)


if __name__ == "__main__":
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        render(path)
        print(path)
