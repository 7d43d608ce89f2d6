"""blind56 renderings (own code; sqlite3, GNU sed, bash and GNU paste run for real, html2text from /tmp/h2t).
Story: the 县财政局's 预算公开 web mirror keeps each project as rows (title, header key/value pairs, grid header,
grid rows; merged 一级/二级 continuation cells empty); staff and scripts take the tables out of it.
Usage: python render56.py /work/blind56"""

import csv, glob, io, json, os, subprocess, sys, unicodedata, zipfile, datetime

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
DOCS = os.path.join(HERE, "docs")
os.makedirs(DOCS, exist_ok=True)


def sheet(doc):
    """[(project index or None, [cells])] in print order."""
    out = [(None, [doc["title"]])]
    for i, p in enumerate(doc["projects"]):
        for k, v in p["header"]:
            out.append((i, [k, v]))
        out.append((i, list(p["columns"])))
        for r in p["rows"]:
            out.append((i, list(r)))
    return out


def one(s):  # a cell's line breaks as the web page shows them (spaces in a text copy)
    return s.replace("\n", "")


def run(cmd, data, **kw):
    return subprocess.run(cmd, input=data, stdout=subprocess.PIPE, check=True, **kw).stdout


def w(name, data):
    with open(os.path.join(DOCS, name), "wb") as f:
        f.write(data)


def stage(doc_id, rows, W):
    """sqlite3 staging db in /tmp: jx56(rn, pj, c1..cW) (empty cells as '')."""
    db = "/tmp/b56_stage_%s.db" % doc_id
    if os.path.exists(db):
        os.remove(db)
    cols = ", ".join("c%d TEXT" % (j + 1) for j in range(W))
    sql = ["CREATE TABLE jx56(rn INTEGER, pj INTEGER, %s);" % cols, "BEGIN;"]
    for n, (pj, cells) in enumerate(rows):
        cells = [one(c) for c in cells] + [""] * (W - len(cells))
        vals = ", ".join("'" + c.replace("'", "''") + "'" for c in cells)
        sql.append("INSERT INTO jx56 VALUES(%d, %d, %s);" % (n, -1 if pj is None else pj, vals))
    sql.append("COMMIT;")
    run(["sqlite3", db], "\n".join(sql).encode())
    return db


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def wrap(s, width):
    lines, cur = [], ""
    for ch in s:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if dwidth(cur + ch) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def aligned(doc, centred):
    """A 政务网 page printed from the 360 安全浏览器 to Microsoft Print to PDF and read back with a
    pdftotext -layout-like text (own imitation): display width, left margin 3, 3 spaces between columns."""
    out = ["", "        " + doc["title"], ""]
    for p in doc["projects"]:
        for k, v in p["header"]:
            vl = wrap(v, 64) if v else [""]
            out.append(("   " + k + " " * max(2, 22 - dwidth(k)) + vl[0]).rstrip())
            for x in vl[1:]:
                out.append(" " * 25 + x)
        out.append("")
        cols = p["columns"]
        caps = []
        for c in cols:
            caps.append(
                10
                if c in ("一级指标", "二级指标")
                else 22
                if c in ("三级指标", "指标名称", "指标内容")
                else 16
                if len(c) > 4 or c.endswith("值")
                else 10
            )
        width = [
            max([dwidth(x) for x in wrap(c, cap)] + [dwidth(y) for r in p["rows"] for y in wrap(r[j], cap)])
            for j, (c, cap) in enumerate(zip(cols, caps))
        ]

        def emit(cells_lines):
            h = max(len(x) for x in cells_lines)
            for li in range(h):
                parts = []
                for j, x in enumerate(cells_lines):
                    t = x[li] if li < len(x) else ""
                    parts.append(t + " " * (width[j] - dwidth(t)))
                out.append(("   " + "   ".join(parts)).rstrip())

        emit([wrap(c, caps[j]) for j, c in enumerate(cols)])
        rows = [list(r) for r in p["rows"]]
        wrapped = [[wrap(c, caps[j]) if c else [""] for j, c in enumerate(r)] for r in rows]
        heights = [max(len(x) for x in r) for r in wrapped]
        if centred:
            for col in [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标")]:
                i = 0
                while i < len(rows):
                    j2 = i + 1
                    while j2 < len(rows) and rows[j2][col] == "" and not (col == 1 and rows[j2][0] != ""):
                        j2 += 1
                    if j2 - i > 1:
                        total = sum(heights[i:j2])
                        mid = (total - 1) // 2
                        lab = wrapped[i][col]
                        wrapped[i][col] = [""]
                        acc = 0
                        for k in range(i, j2):
                            if acc + heights[k] > mid:
                                off = mid - acc
                                wrapped[k][col] = [""] * off + lab
                                heights[k] = max(heights[k], off + len(lab))
                                break
                            acc += heights[k]
                    i = j2
        for r in wrapped:
            emit(r)
        out.append("")
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def render(doc_id):
    doc = json.load(open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8"))
    rows = sheet(doc)
    W = max(len(c) for _, c in rows)
    db = stage(doc_id, rows, W)
    cl = ", ".join("c%d" % (j + 1) for j in range(W))
    # pipe: sqlite3 3.40 `.mode markdown` (run for real), one query per project, the title as a Markdown heading
    parts = [("## " + doc["title"] + "\n\n").encode()]
    for i in range(len(doc["projects"])):
        parts.append(
            run(["sqlite3", db, ".mode markdown", "SELECT %s FROM jx56 WHERE pj=%d ORDER BY rn;" % (cl, i)], b"")
        )
        parts.append(b"\n")
    w(doc_id + ".pipe.txt", b"".join(parts))
    # pipe_bare: html2text 2025.4.15 (real, /tmp/h2t) of the web mirror's page, tables not padded: `a | b`
    html = [
        "<html><head><meta charset='utf-8'><title>%s</title></head><body><h3>%s</h3>" % (doc["title"], doc["title"])
    ]
    for p in doc["projects"]:
        html.append("<table border='1'>")
        for k, v in p["header"]:
            html.append("<tr><td>%s</td><td colspan='%d'>%s</td></tr>" % (k, len(p["columns"]) - 1, v))
        html.append("<tr>" + "".join("<th>%s</th>" % c for c in p["columns"]) + "</tr>")
        for r in p["rows"]:
            html.append("<tr>" + "".join("<td>%s</td>" % one(c) for c in r) + "</tr>")
        html.append("</table>")
    html.append("</body></html>")
    code = "import sys;sys.path.insert(0,'/tmp/h2t');import html2text;h=html2text.HTML2Text();h.body_width=0;sys.stdout.write(h.handle(sys.stdin.read()))"
    w(
        doc_id + ".pipe_bare.txt",
        run([sys.executable, "-c", code], "\n".join(html).encode(), env={"PYTHONIOENCODING": "utf-8"}),
    )
    # tab: sqlite3 `.mode tabs` with `.headers on` (run for real): a names line rn/c1…cW, each row led by its rn
    w(
        doc_id + ".tab.tsv",
        run(["sqlite3", db, ".headers on", ".mode tabs", "SELECT rn, %s FROM jx56 ORDER BY rn;" % cl], b""),
    )
    # csv: a C# back end's CsvHelper-like export (own imitation with python's csv): UTF-8 BOM, CRLF, every field
    # quoted only when needed, rows at their OWN widths (no padding), a blank record between projects
    buf = io.StringIO()
    cw = csv.writer(buf, lineterminator="\r\n")
    last = None
    for pj, cells in rows:
        if last is not None and pj != last:
            buf.write("\r\n")
        cw.writerow(cells)
        last = pj
    w(doc_id + ".csv", ("\ufeff" + buf.getvalue()).encode("utf-8"))
    # lines: the TSV opened in Notepad++, regex replace `\t` → `\r\n` (own imitation): every cell a line incl. the
    # rn column, empty cells empty lines, CRLF
    tsv = run(["sqlite3", db, ".mode tabs", "SELECT %s FROM jx56 ORDER BY rn;" % cl], b"").decode()
    lines = tsv[:-1].replace("\n", "\t").split("\t")
    w(doc_id + ".lines.txt", ("\r\n".join(lines) + "\r\n").encode())
    # lines_dropped: GNU sed (run for real) `sed '/^\r\?$/d'`
    w(
        doc_id + ".lines_dropped.txt",
        run(["sed", "/^\\r\\?$/d"], open(os.path.join(DOCS, doc_id + ".lines.txt"), "rb").read()),
    )
    w(doc_id + ".aligned_top.txt", aligned(doc, False))
    w(doc_id + ".aligned_centered.txt", aligned(doc, True))
    # flat: GNU bash (run for real) `while IFS=$'\t' read -ra a; do printf '%s' "${a[@]}"; echo; done` over the TSV
    flat = run(["bash", "-c", "while IFS=$'\\t' read -ra a; do printf '%s' \"${a[@]}\"; echo; done"], tsv.encode())
    w(doc_id + ".flat.txt", flat)
    # oneline: GNU paste (run for real) `paste -sd ''` of each project's part of the flat file, a project a line
    fl = flat.decode().split("\n")[:-1]
    groups, cur = [], [fl[0]]
    k = 1
    for i, p in enumerate(doc["projects"]):
        n = len(p["header"]) + 1 + len(p["rows"])
        cur += fl[k : k + n]
        k += n
        groups.append(cur)
        cur = []
    w(doc_id + ".oneline.txt", b"".join(run(["paste", "-sd", ""], ("\n".join(g) + "\n").encode()) for g in groups))
    os.remove(db)
    xlsx(doc_id, doc)
    docx(doc_id, doc)


def fix_zip(path):
    zin = zipfile.ZipFile(path)
    items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in items:
            if n == "docProps/core.xml":
                import re

                d = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-03-01T09:00:00Z", d)
            zi = zipfile.ZipInfo(n, (2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)


def xlsx(doc_id, doc):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    W = max(len(p["columns"]) for p in doc["projects"])
    ws.cell(1, 1, doc["title"]).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=W)
    r = 3
    for p in doc["projects"]:
        for k, v in p["header"]:
            ws.cell(r, 1, k)
            ws.cell(r, 2, v)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=W)
            r += 1
        for j, c in enumerate(p["columns"]):
            ws.cell(r, j + 1, c).font = Font(bold=True)
        r += 1
        start = r
        for row in p["rows"]:
            for j, c in enumerate(row):
                if c != "":
                    ws.cell(r, j + 1, c).alignment = Alignment(wrap_text=True, vertical="center")
            r += 1
        for col in [j for j, c in enumerate(p["columns"]) if c in ("一级指标", "二级指标")]:
            i = 0
            while i < len(p["rows"]):
                j2 = i + 1
                while j2 < len(p["rows"]) and p["rows"][j2][col] == "" and not (col == 1 and p["rows"][j2][0] != ""):
                    j2 += 1
                if j2 - i > 1:
                    ws.merge_cells(
                        start_row=start + i, start_column=col + 1, end_row=start + j2 - 1, end_column=col + 1
                    )
                i = j2
        r += 1
    wb.properties.creator = "示例县财政局预算公开平台"
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    path = os.path.join(DOCS, doc_id + ".xlsx")
    wb.save(path)
    fix_zip(path)


def docx(doc_id, doc):
    import docx as D
    from docx.shared import Pt

    d = D.Document()
    d.styles["Normal"].font.size = Pt(9)
    for p in doc["projects"]:
        d.add_paragraph(doc["title"])
        cols = p["columns"]
        W = len(cols)
        t = d.add_table(rows=len(p["header"]) + 1 + len(p["rows"]), cols=W)
        t.style = "Table Grid"
        for i, (k, v) in enumerate(p["header"]):
            t.cell(i, 0).text = k
            m = t.cell(i, 1).merge(t.cell(i, W - 1))
            m.text = v
        h = len(p["header"])
        for j, c in enumerate(cols):
            t.cell(h, j).text = c
        for i, row in enumerate(p["rows"]):
            for j, c in enumerate(row):
                if c:
                    t.cell(h + 1 + i, j).text = c
        for col in [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标")]:
            i = 0
            rws = p["rows"]
            while i < len(rws):
                j2 = i + 1
                while j2 < len(rws) and rws[j2][col] == "" and not (col == 1 and rws[j2][0] != ""):
                    j2 += 1
                if j2 - i > 1:
                    txt = rws[i][col]
                    m = t.cell(h + 1 + i, col).merge(t.cell(h + j2, col))
                    m.text = txt
                i = j2
        d.add_paragraph("")
    d.core_properties.author = "示例县财政局"
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    path = os.path.join(DOCS, doc_id + ".docx")
    d.save(path)
    fix_zip(path)


for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
    render(os.path.splitext(os.path.basename(path))[0])
print("rendered")
