"""blind49 renderings: ten text shapes, XLSX and DOCX from data/<doc>.json (own code; real tools run as subprocesses:
perl, node, jq, GNU tr).  Usage: python render49.py /work/blind49"""

import glob, json, os, subprocess, sys, unicodedata, zipfile, io

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, "docs")
os.makedirs(DOCS, exist_ok=True)


def rows_of(p, title):
    """A project as the system sheet holds it: title, header pairs (money key alone), grid header, grid rows."""
    out = [[title]]
    for k, v in p["header"]:
        out.append([k] if k == "项目资金（万元）" and v == "" else [k, v])
    out.append(list(p["columns"]))
    out += [list(r) for r in p["rows"]]
    return out


def doc_rows(doc):
    return [rows_of(p, doc["title"]) for p in doc["projects"]]


def run(cmd, data):
    return subprocess.run(cmd, input=data, stdout=subprocess.PIPE, check=True).stdout


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, w):
    return s + " " * (w - dw(s))


def wrap(s, w):
    out, cur = [], ""
    for part in s.split("\n"):
        cur = ""
        for c in part:
            if dw(cur + c) > w:
                out.append(cur)
                cur = c
            else:
                cur += c
        out.append(cur)
    return out or [""]


# ---------------------------------------------------------------- shapes
def pipe(projects):
    """Obsidian + Advanced Tables plugin 'Format table' (own imitation): every project one GFM table W cells wide, its
    title row the head, a `| --- |` rule of dashes as wide as the column, cells padded by display width, a cell's line
    break written `<br>`; an empty line and a `## ` heading with the project name before each table; LF."""
    out = []
    for rows in projects:
        W = max(len(r) for r in rows)
        rr = [[c.replace("\n", "<br>") for c in r] + [""] * (W - len(r)) for r in rows]
        ws = [max(3, max(dw(r[j]) for r in rr)) for j in range(W)]
        name = rows[1][1]
        out.append("## " + name)
        out.append("")
        out.append("| " + " | ".join(pad(c, ws[j]) for j, c in enumerate(rr[0])) + " |")
        out.append("| " + " | ".join("-" * ws[j] for j in range(W)) + " |")
        for r in rr[1:]:
            out.append("| " + " | ".join(pad(c, ws[j]) for j, c in enumerate(r)) + " |")
        out.append("")
    return ("\n".join(out)).encode("utf-8")


def padded_tsv(projects, eol="\n"):
    """The system's tab export, every row padded to W tabs; a cell's line break (Alt+Enter) written as one space."""
    lines = []
    W = max(len(r) for rows in projects for r in rows)
    for rows in projects:
        for r in rows:
            lines.append("\t".join([c.replace("\n", " ") for c in r] + [""] * (W - len(r))))
    return (eol.join(lines) + eol).encode("utf-8")


def own_tsv(projects):
    lines = []
    for i, rows in enumerate(projects):
        if i:
            lines.append("")
        for r in rows:
            lines.append("\t".join(c.replace("\n", " ") for c in r))
    return ("\n".join(lines) + "\n").encode("utf-8")


def pipe_bare(projects):
    # perl 5 (run for real): -a splits on tabs and DROPS trailing empty fields, so rows lose their trailing empties
    return run(["perl", "-F\\t", "-lane", 'print join "|", @F'], padded_tsv(projects))


NODE_TSV = r"""
const fs = require('fs');
const projects = JSON.parse(fs.readFileSync(0, 'utf8'));
const q = c => /[\t\n"]/.test(c) ? '"' + c.replace(/"/g, '""') + '"' : c;
const out = [];
for (const rows of projects) { for (const r of rows) out.push(r.map(q).join('\t')); }
process.stdout.write('\ufeff' + out.join('\r\n') + '\r\n');
"""


def tab(projects):
    # node (run for real): an Electron tool's "复制到 Excel" clipboard text saved to a file: a BOM, CRLF, rows of their
    # own widths, a cell with a tab, quote or line break quoted as Excel's clipboard does (the 自评表 一级 with its points)
    return run(["node", "-e", NODE_TSV], json.dumps(projects, ensure_ascii=False).encode("utf-8"))


def csv_(projects):
    # jq 1.6 (run for real) `.[] | .[] | @csv` over the rows padded to W: every cell quoted (strings), LF, no BOM,
    # the projects one after another with no row between
    W = max(len(r) for rows in projects for r in rows)
    padded = [[r + [""] * (W - len(r)) for r in rows] for rows in projects]
    return run(["jq", "-r", ".[] | .[] | @csv"], json.dumps(padded, ensure_ascii=False).encode("utf-8"))


def lines(projects):
    # perl (run for real) `perl -nle 'print for split /\t/, $_, -1'` over the own-width tab export (an empty line
    # between projects gives nothing: split of an empty string is empty): one cell a line, empty cells empty lines
    return run(["perl", "-nle", "print for split /\\t/, $_, -1"], own_tsv(projects))


def lines_dropped(data):
    return run(["perl", "-ne", "print if /\\S/"], data)


def flat(projects):
    # jq (run for real) `.[] | join("")` over the rows of both projects (a project's rows, then an empty row between
    # projects): a row a line, cells glued; a label's line break kept as LF inside the glued row (jq writes it raw)
    allrows = []
    for i, rows in enumerate(projects):
        if i:
            allrows.append([])
        allrows += rows
    return run(["jq", "-r", '.[] | join("")'], json.dumps(allrows, ensure_ascii=False).encode("utf-8"))


def oneline(projects):
    # GNU tr (run for real) `tr -d '\n'` over a CRLF copy of the flat text (a Windows clerk's file on a Linux box):
    # every LF gone, each CR stays: the whole document on ONE line with a bare CR where a row ended; a final LF added
    allrows = []
    for i, rows in enumerate(projects):
        if i:
            allrows.append("")
        allrows += ["".join(c.replace("\n", "") for c in r) for r in rows]
    crlf = ("\r\n".join(allrows) + "\r\n").encode("utf-8")
    return run(["tr", "-d", "\\n"], crlf) + b"\n"


# ---------------------------------------------------------------- aligned (pdftotext -layout of a print, own imitation)
COLW = {"一级指标": 12, "二级指标": 14, "三级指标": 24, "指标名称": 24, "序号": 8}


def colw(c):
    if c in COLW:
        return COLW[c]
    if "值" in c:
        return 16
    if c in ("整改计划", "偏差原因及整改"):
        return 20
    return 10


def aligned(doc, centred):
    """A print of the table read back as `pdftotext -layout` gives it (own imitation): title centred (indent 20),
    header keys in a 20-column field, values wrapped at 60; the grid in fixed display widths, TWO spaces between
    columns, header names wrapped in place, long cells wrapped in place; merged 一级/二级 labels on their block's first
    line (top) or vertically centred rounding UP (the lower of two middles) (centred); pages of 50 lines, a page foot
    `第 n 页 共 m 页` right-aligned at 90, form feed between pages; the grid header repeated on a continued page; LF."""
    body = []  # list of (line, breakable)
    for pi, p in enumerate(doc["projects"]):
        if pi:
            body.append(("", True))
        body.append((" " * 20 + doc["title"], False))
        body.append(("", False))
        for k, v in p["header"]:
            if k == "项目资金（万元）" and v == "":
                body.append((k, False))
                continue
            vs = wrap(v, 60)
            for i, s in enumerate(vs):
                body.append(((pad(k, 20) if i == 0 else " " * 20) + s, False))
        body.append(("", False))
        cols = p["columns"]
        ws = [colw(c) for c in cols]

        def fmt(cells_lines):
            n = max(len(x) for x in cells_lines)
            out = []
            for i in range(n):
                out.append(
                    "  ".join(pad(x[i] if i < len(x) else "", ws[j]) for j, x in enumerate(cells_lines)).rstrip()
                )
            return out

        head = fmt([wrap(c, ws[j]) for j, c in enumerate(cols)])
        rows = p["rows"]
        cats = [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标")]
        # row blocks of lines with label cells blank; labels placed afterwards
        rowlines = []
        for r in rows:
            cl = [wrap(c, ws[j]) if j not in cats else [""] for j, c in enumerate(r)]
            lab = {j: wrap(r[j], ws[j]) for j in cats if r[j]}
            n = max(max(len(x) for x in cl), max([len(v) for v in lab.values()] or [1]))
            rowlines.append([cl, n, lab])
        # blocks
        start_of = []
        grid = []  # list of per-line cell lists
        line_of_row = []
        for cl, n, lab in rowlines:
            line_of_row.append(len(grid))
            for i in range(n):
                grid.append([x[i] if i < len(x) else "" for x in cl])
        total = len(grid)
        for j in cats:
            starts = [i for i, r in enumerate(rows) if r[j] or (j == cats[-1] and cats[0] != j and r[cats[0]])]
            for bi, s in enumerate(starts):
                if not rows[s][j]:
                    continue
                e = starts[bi + 1] if bi + 1 < len(starts) else len(rows)
                a, b = line_of_row[s], (line_of_row[e] if e < len(rows) else total)
                lab = wrap(rows[s][j], ws[j])
                if centred:
                    top = a + (b - a - len(lab) + 1) // 2
                    top = max(a, min(top, b - len(lab))) if b - a >= len(lab) else a
                else:
                    top = a
                for i, s_ in enumerate(lab):
                    if top + i < len(grid):
                        grid[top + i][j] = s_
                    else:
                        grid.append([""] * len(cols))
                        grid[top + i][j] = s_
        gl = ["  ".join(pad(c, ws[j]) for j, c in enumerate(g)).rstrip() for g in grid]
        body += [(h, False) for h in head]
        body += [(g, True) for g in gl]
        body.append(("GRIDEND", False))
        p["_head"] = head
    # paginate
    PAGE = 50
    pages, cur, head_cur = [], [], None
    proj = -1
    for line, br in body:
        if line == "GRIDEND":
            head_cur = None
            continue
        if len(cur) >= PAGE:
            pages.append(cur)
            cur = []
            if br and head_cur:
                cur += head_cur
        cur.append(line)
        if not br and line.startswith(" " * 20 + doc["title"]):
            proj += 1
            head_cur = None
        if head_cur is None and proj >= 0 and line == doc["projects"][proj]["_head"][-1]:
            head_cur = doc["projects"][proj]["_head"]
    if cur:
        pages.append(cur)
    out = []
    for n, pg in enumerate(pages, 1):
        out += [l.rstrip() for l in pg]
        out.append("")
        out.append(" " * 70 + "第 %d 页 共 %d 页" % (n, len(pages)))
        if n < len(pages):
            out.append("\f")
    for p in doc["projects"]:
        p.pop("_head", None)
    return ("\n".join(out).replace("\n\f\n", "\n\f") + "\n").encode("utf-8")


# ---------------------------------------------------------------- xlsx / docx
def xlsx(doc, path):
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标"
    W = max(len(p["columns"]) for p in doc["projects"])
    row = 1
    for p in doc["projects"]:
        ws.cell(row, 1, doc["title"]).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=W)
        row += 1
        for k, v in p["header"]:
            ws.cell(row, 1, k)
            if v:
                ws.cell(row, 2, v)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=W)
            row += 1
        for j, c in enumerate(p["columns"], 1):
            ws.cell(row, j, c).font = Font(bold=True)
        row += 1
        first = row
        for r in p["rows"]:
            for j, c in enumerate(r, 1):
                if c:
                    ws.cell(row, j, c).alignment = Alignment(wrap_text=True, vertical="center")
            row += 1
        cols = p["columns"]
        for j, name in enumerate(cols):
            if name not in ("一级指标", "二级指标"):
                continue
            rs = p["rows"]
            i = 0
            while i < len(rs):
                if rs[i][j]:
                    k = i + 1
                    while k < len(rs) and not rs[k][j] and not (name == "二级指标" and rs[k][cols.index("一级指标")]):
                        k += 1
                    if k - i > 1:
                        ws.merge_cells(start_row=first + i, start_column=j + 1, end_row=first + k - 1, end_column=j + 1)
                    i = k
                else:
                    i += 1
        row += 1
    wb.properties.creator = "示例市预算管理一体化系统"
    import datetime

    t = datetime.datetime(2025, 3, 1, 9, 0, 0)
    wb.properties.created = t
    wb.properties.modified = t
    bio = io.BytesIO()
    wb.save(bio)
    fix_zip(bio.getvalue(), path)


def fix_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            b = zin.read(it.filename)
            if it.filename == "docProps/core.xml":
                import re

                b = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-03-01T09:00:00Z", b)
            ni = zipfile.ZipInfo(it.filename, (2025, 3, 1, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(ni, b)


def docx(doc, path):
    import docx as dx
    from docx.shared import Pt
    import datetime

    d = dx.Document()
    st = d.styles["Normal"]
    st.font.size = Pt(9)
    for pi, p in enumerate(doc["projects"]):
        if pi:
            d.add_paragraph("")
        d.add_paragraph(doc["title"])
        h = d.add_table(rows=0, cols=2)
        h.style = "Table Grid"
        for k, v in p["header"]:
            c = h.add_row().cells
            c[0].text, c[1].text = k, v
        d.add_paragraph("")
        cols = p["columns"]
        t = d.add_table(rows=1 + len(p["rows"]), cols=len(cols))
        t.style = "Table Grid"
        for j, c in enumerate(cols):
            t.cell(0, j).text = c
        for i, r in enumerate(p["rows"], 1):
            for j, c in enumerate(r):
                if c:
                    t.cell(i, j).text = c
        for j, name in enumerate(cols):
            if name not in ("一级指标", "二级指标"):
                continue
            rs = p["rows"]
            i = 0
            while i < len(rs):
                if rs[i][j]:
                    k = i + 1
                    while k < len(rs) and not rs[k][j] and not (name == "二级指标" and rs[k][cols.index("一级指标")]):
                        k += 1
                    if k - i > 1:
                        txt = rs[i][j]
                        m = t.cell(i + 1, j).merge(t.cell(k, j))
                        m.text = txt
                    i = k
                else:
                    i += 1
    t0 = datetime.datetime(2025, 3, 1, 9, 0, 0)
    d.core_properties.created = t0
    d.core_properties.modified = t0
    d.core_properties.author = "示例市某某区财政局"
    d.core_properties.last_modified_by = "示例市某某区财政局"
    d.core_properties.revision = 1
    bio = io.BytesIO()
    d.save(bio)
    fix_zip(bio.getvalue(), path)


def main():
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        did = os.path.basename(path)[:-5]
        doc = json.load(open(path, encoding="utf-8"))
        projects = doc_rows(doc)
        out = {
            ".pipe.txt": pipe(projects),
            ".pipe_bare.txt": pipe_bare(projects),
            ".tab.tsv": tab(projects),
            ".csv": csv_(projects),
            ".lines.txt": lines(projects),
            ".flat.txt": flat(projects),
            ".oneline.txt": oneline(projects),
            ".aligned_top.txt": aligned(json.loads(json.dumps(doc)), False),
            ".aligned_centered.txt": aligned(json.loads(json.dumps(doc)), True),
        }
        out[".lines_dropped.txt"] = lines_dropped(out[".lines.txt"])
        for suf, b in out.items():
            with open(os.path.join(DOCS, did + suf), "wb") as f:
                f.write(b)
        xlsx(doc, os.path.join(DOCS, did + ".xlsx"))
        docx(doc, os.path.join(DOCS, did + ".docx"))
        print(did)


if __name__ == "__main__":
    main()
