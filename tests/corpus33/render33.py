"""blind33 renderer: ten text shapes, XLSX and DOCX per document, from data/<doc>.json.
Real tools: sqlite3 (.pipe.txt qbox, the staging dump), mawk (.pipe_bare.txt), python csv (.tab.tsv, .csv),
bash (.lines.txt, .lines_dropped.txt), util-linux column (.aligned_top.txt), tr (.flat.txt, .oneline.txt).
Own code: .aligned_centered.txt (a report engine's text export), .xlsx (openpyxl), .docx (python-docx).
Usage: python render33.py /work/blind33"""

import csv, glob, io, json, os, subprocess, sys, unicodedata, zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
TMP = "/tmp/b33render"
os.makedirs(DOCS, exist_ok=True)
os.makedirs(TMP, exist_ok=True)
FIXED = (2025, 3, 1, 9, 0, 0)


def rows_of(p):
    """The workbook layout of one project: header pairs, money rows [项目资金（万元）|"", key, amount], grid."""
    out, money = [], False
    for k, v in p["header"]:
        if k == "项目资金（万元）":
            money = True
            first = True
            continue
        if money and k not in ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况"):
            out.append(["项目资金（万元）" if first else "", k, v])
            first = False
            continue
        money = False
        out.append([k, v])
    out.append(list(p["columns"]))
    out += [list(r) for r in p["rows"]]
    return out


def doc_rows(d):
    """[(project index, rows with the title first)]"""
    return [(i, [[d["title"]]] + rows_of(p)) for i, p in enumerate(d["projects"])]


def run(cmd, inp=None, **kw):
    return subprocess.run(cmd, input=inp, capture_output=True, check=True, **kw).stdout


def q(s):
    return "'" + s.replace("'", "''") + "'"


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


def fixzip(path):
    zin = zipfile.ZipFile(path)
    import re

    items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    items = [
        (n, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-03-01T09:00:00Z", b))
        if n == "docProps/core.xml"
        else (n, b)
        for n, b in items
    ]
    zin.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)


def render(doc_id, d):
    base = os.path.join(DOCS, doc_id)
    projects = doc_rows(d)
    W = max(len(r) for _, rows in projects for r in rows)
    # ---- staging: sqlite3 table jx(p, n, c1..cW); cells beyond a row's width NULL, empty cells ''
    db = os.path.join(TMP, doc_id + ".db")
    if os.path.exists(db):
        os.remove(db)
    cols = ", ".join("c%d" % (i + 1) for i in range(W))
    sql = ["CREATE TABLE jx(p INTEGER, n INTEGER, %s);" % cols, "BEGIN;"]
    for pi, rows in projects:
        for n, r in enumerate(rows):
            vals = [q(c) for c in r] + ["NULL"] * (W - len(r))
            sql.append("INSERT INTO jx VALUES(%d, %d, %s);" % (pi + 1, n + 1, ", ".join(vals)))
    sql.append("COMMIT;")
    run(["sqlite3", db], "\n".join(sql).encode())
    # .pipe.txt: sqlite3 .mode qbox, one SELECT per project
    script = ".mode qbox\n" + "".join(
        "SELECT %s FROM jx WHERE p=%d ORDER BY n;\n" % (cols, pi + 1) for pi, _ in projects
    )
    open(base + ".pipe.txt", "wb").write(run(["sqlite3", db], script.encode()))
    # staging dump: sqlite3 .mode tabs, headers off, NULL as '' (rows padded to W), an empty line between projects
    dumps = []
    for pi, _ in projects:
        dumps.append(
            run(
                ["sqlite3", db],
                (".mode tabs\n.headers off\nSELECT %s FROM jx WHERE p=%d ORDER BY n;\n" % (cols, pi + 1)).encode(),
            )
        )
    dump = b"\n".join(dumps)
    open(os.path.join(TMP, doc_id + ".dump.tsv"), "wb").write(dump)
    # .pipe_bare.txt: mawk over the dump, OFS='|'
    open(base + ".pipe_bare.txt", "wb").write(run(["mawk", 'BEGIN{FS="\\t"; OFS="|"} {$1=$1; print}'], dump))
    # .tab.tsv: python csv dialect excel-tab, utf-8-sig, CRLF, rows of their own widths, an empty row between projects
    with open(base + ".tab.tsv", "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, dialect="excel-tab")
        for k, (pi, rows) in enumerate(projects):
            if k:
                w.writerow([])
            w.writerows(rows)
    # .csv: DBeaver-style export of the staged table: header p,n,c1..cW, LF, minimal quoting, NULL empty, no BOM
    with open(base + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["p", "n"] + ["c%d" % (i + 1) for i in range(W)])
        for pi, rows in projects:
            for n, r in enumerate(rows):
                w.writerow([pi + 1, n + 1] + r + [""] * (W - len(r)))
    # .lines.txt: bash, CR stripped, tabs replaced by line breaks (the BOM stays at the top)
    bash_lines = r"""while IFS= read -r l || [ -n "$l" ]; do l=${l%$'\r'}; printf '%s\n' "${l//$'\t'/$'\n'}"; done"""
    open(base + ".lines.txt", "wb").write(run(["bash", "-c", bash_lines], open(base + ".tab.tsv", "rb").read()))
    # .lines_dropped.txt: bash read -a with IFS=tab (tab is IFS white space: runs of tabs collapse, empty cells vanish)
    bash_drop = r"""while IFS= read -r l || [ -n "$l" ]; do IFS=$'\t' read -r -a a <<< "${l%$'\r'}"; (( ${#a[@]} )) && printf '%s\n' "${a[@]}"; done; true"""
    open(base + ".lines_dropped.txt", "wb").write(run(["bash", "-c", bash_drop], open(base + ".tab.tsv", "rb").read()))
    # .flat.txt: tr -d '\t' over the dump
    open(base + ".flat.txt", "wb").write(run(["tr", "-d", "\t"], dump))
    # .oneline.txt: tr -d '\t\n' over each project's dump, one project a line
    open(base + ".oneline.txt", "wb").write(b"".join(run(["tr", "-d", "\t\n"], dp) + b"\n" for dp in dumps))
    # .aligned_top.txt: util-linux column, a title line, the header block and the grid as two tables
    out = []
    for pi, rows in projects:
        p = d["projects"][pi]
        ng = len(p["rows"]) + 1
        head, grid = rows[1:-ng], rows[-ng:]
        out.append(("        " + rows[0][0] + "\n\n").encode())
        tsv = "".join("\t".join(r + [""] * (3 - len(r))) + "\n" for r in head).encode()
        out.append(run(["column", "-t", "-s", "\t", "-o", "  ", "-W", "3", "-c", "150"], tsv))
        out.append(b"\n")
        gcols = p["columns"]
        wrapc = [str(i + 1) for i, c in enumerate(gcols) if c in ("三级指标", "指标内容", "指标名称") or len(c) >= 7]
        tsv = "".join("\t".join(r) + "\n" for r in grid).encode()
        try:
            out.append(
                run(["timeout", "10", "column", "-t", "-s", "\t", "-o", "  ", "-W", ",".join(wrapc), "-c", "112"], tsv)
            )
        except subprocess.CalledProcessError:  # column cannot fit the table in 112: the wider page
            out.append(
                run(["timeout", "10", "column", "-t", "-s", "\t", "-o", "  ", "-W", ",".join(wrapc), "-c", "150"], tsv)
            )
        out.append(b"\n\n")
    open(base + ".aligned_top.txt", "wb").write(b"".join(out))
    # .aligned_centered.txt: own imitation of a report engine's text export (labels centred over their block's lines)
    open(base + ".aligned_centered.txt", "w", encoding="utf-8", newline="\n").write(centered(d, projects))
    xlsx(base + ".xlsx", d, projects)
    docx(base + ".docx", d, projects)


def centered(d, projects):
    out = []
    for pi, rows in projects:
        p = d["projects"][pi]
        cols = p["columns"]
        width = [
            12
            if c in ("一级指标", "二级指标")
            else 22
            if c in ("三级指标", "指标内容", "指标名称")
            else 8
            if c in ("序号", "权重", "分值", "得分", "运算符", "关系符", "单位", "计量单位")
            else 14
            for c in cols
        ]
        out.append(" " * 24 + d["title"])
        out.append("")
        for r in rows[1 : -len(p["rows"]) - 1]:
            out.append("  ".join(x for x in r if x))
        out.append("")
        lab = [i for i, c in enumerate(cols) if c in ("一级指标", "二级指标")]
        # lines of every grid row (labels left out)
        blocks = []
        for r in [cols] + p["rows"]:
            cells = [wrap(x if (i not in lab or r is cols) else "", width[i]) for i, x in enumerate(r)]
            blocks.append(cells)
        # a row that opens a label block is at least as tall as its wrapped labels (a one-row block holds them)
        n = [
            max([len(c) for c in b] + [len(wrap(r[i], width[i])) for i in lab if r is not cols and r[i]])
            for b, r in zip(blocks, [cols] + p["rows"])
        ]
        start = [sum(n[:k]) for k in range(len(n))]
        total = sum(n)
        grid = [[[] for _ in cols] for _ in range(total)]
        for k, b in enumerate(blocks):
            for i, c in enumerate(b):
                for j, t in enumerate(c):
                    grid[start[k] + j][i] = t
        rws = p["rows"]
        for i in lab:
            k = 0
            while k < len(rws):
                e = k + 1
                while e < len(rws) and not rws[e][i] and not (i != lab[0] and rws[e][lab[0]]):
                    e += 1
                if rws[k][i]:
                    first, last = start[k + 1], start[e] + n[e] - 1
                    t = wrap(rws[k][i], width[i])
                    mid = max(first, (first + last) // 2 - (len(t) - 1) // 2)
                    for j, x in enumerate(t):
                        grid[min(mid + j, last)][i] = x
                k = e
        for line in grid:
            s = ""
            for i, t in enumerate(line):
                t = t or ""
                pad = width[i] - dw(t)
                s += " " * (pad // 2) + t + " " * (pad - pad // 2) + "   "
            out.append("  " + s.rstrip())
        out.append("")
        out.append("")
    return "\n".join(out) + "\n"


def cat_text(s):
    return s


def xlsx(path, d, projects):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    import datetime

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    for pi, rows in projects:
        p = d["projects"][pi]
        ws = wb.create_sheet("项目%d" % (pi + 1))
        W = max(len(r) for r in rows)
        for n, r in enumerate(rows, 1):
            for i, v in enumerate(r, 1):
                c = ws.cell(n, i, v if v != "" else None)
                c.alignment = Alignment(wrap_text=True, vertical="center")
                c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            if len(r) < W:
                ws.merge_cells(start_row=n, start_column=len(r), end_row=n, end_column=W)
        ws.cell(1, 1).font = Font(bold=True, size=14)
        g0 = len(rows) - len(p["rows"])
        for i, c in enumerate(p["columns"]):
            ws.cell(g0, i + 1).font = Font(bold=True)
        # money key merged down
        mrows = [
            n
            for n, r in enumerate(rows, 1)
            if n < g0
            and len(r) == 3
            and (r[0] == "项目资金（万元）" or (r[0] == "" and n > 1 and len(rows[n - 2]) == 3))
        ]
        if len(mrows) > 1:
            ws.merge_cells(start_row=mrows[0], start_column=1, end_row=mrows[-1], end_column=1)
        for i, c in enumerate(p["columns"]):
            if c not in ("一级指标", "二级指标"):
                continue
            k = 0
            rr = p["rows"]
            while k < len(rr):
                e = k + 1
                while (
                    e < len(rr)
                    and rr[e][i] == ""
                    and (i == 0 or c == "一级指标" or not any(rr[e][j] for j in range(i)))
                ):
                    e += 1
                if rr[k][i] and e - k > 1:
                    ws.merge_cells(start_row=g0 + 1 + k, start_column=i + 1, end_row=g0 + e, end_column=i + 1)
                k = e
        for i in range(W):
            ws.column_dimensions[chr(65 + i)].width = 18
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    wb.save(path)
    fixzip(path)


def docx(path, d, projects):
    import datetime
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

    doc = Document()
    for k, (pi, rows) in enumerate(projects):
        p = d["projects"][pi]
        if k:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        t = doc.add_paragraph(d["title"])
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        head = rows[1 : -len(p["rows"]) - 1]
        ht = doc.add_table(rows=len(head), cols=3)
        ht.style = "Table Grid"
        for n, r in enumerate(head):
            if len(r) == 2:
                ht.cell(n, 0).text = r[0]
                c = ht.cell(n, 1).merge(ht.cell(n, 2))
                c.text = r[1]
            else:
                for i, v in enumerate(r):
                    ht.cell(n, i).text = v
        doc.add_paragraph()
        cols = p["columns"]
        gt = doc.add_table(rows=len(p["rows"]) + 1, cols=len(cols))
        gt.style = "Table Grid"
        for i, c in enumerate(cols):
            gt.cell(0, i).text = c
        for n, r in enumerate(p["rows"], 1):
            for i, v in enumerate(r):
                if cols[i] in ("一级指标", "二级指标") and v == "":
                    continue
                gt.cell(n, i).text = v
        for i, c in enumerate(cols):
            if c not in ("一级指标", "二级指标"):
                continue
            rr = p["rows"]
            k = 0
            while k < len(rr):
                e = k + 1
                while e < len(rr) and rr[e][i] == "" and (c == "一级指标" or not any(rr[e][j] for j in range(i))):
                    e += 1
                if rr[k][i] and e - k > 1:
                    m = gt.cell(k + 1, i).merge(gt.cell(e, i))
                    for para in m.paragraphs[1:]:
                        para._element.getparent().remove(para._element)
                k = e
    cp = doc.core_properties
    cp.created = cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.last_printed = datetime.datetime(2025, 3, 1, 9, 0, 0)
    doc.save(path)
    fixzip(path)


if __name__ == "__main__":
    for f in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(f)[:-5]
        render(doc_id, json.load(open(f, encoding="utf-8")))
        print(doc_id, "ok")
