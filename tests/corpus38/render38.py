"""blind38 renderings: ten text shapes, an XLSX and a DOCX per document, from data/<doc>.json.
Own code except where a real tool writes the shape (util-linux column + GNU sed, python csv, node, perl, tclsh,
sqlite3, GNU sed).  Usage: python render38.py /work/blind38"""

import io, json, os, subprocess, sys, tempfile, unicodedata, zipfile, glob, datetime

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
os.makedirs(DOCS, exist_ok=True)
CAT = ("一级指标", "二级指标")


def sheet_rows(doc):
    """Per project: the rows of the budget system's sheet, each row its own width."""
    out = []
    for p in doc["projects"]:
        rows = [[doc["title"]]]
        for k, v in p["header"]:
            rows.append([k] if v == "" else [k, v])
        rows.append(list(p["columns"]))
        rows += [list(r) for r in p["rows"]]
        out.append(rows)
    return out


def run(cmd, data=None, **kw):
    return subprocess.run(cmd, input=data, stdout=subprocess.PIPE, check=True, **kw).stdout


def w(path, b):
    with open(path, "wb") as f:
        f.write(b)


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


# ------------------------------------------------------------------ pipe: column -t -o ' | ' then sed outer bars
def pipe(doc, projects):
    out = b""
    for rows in projects:
        W = max(len(r) for r in rows[1:])
        tsv = "".join("\t".join([c.replace("\n", " ") for c in r] + [""] * (W - len(r))) + "\n" for r in rows[1:])
        t = run(["column", "-t", "-s", "\t", "-o", " | "], tsv.encode())
        t = run(["sed", "s/^/| /; s/$/ |/"], t)
        out += ("【%s】\n" % rows[0][0]).encode() + t + b"\n"
    return out


# ------------------------------------------------------------------ pipe_bare: python csv, delimiter '|'
def pipe_bare(doc, projects):
    import csv

    buf = io.StringIO(newline="")
    wr = csv.writer(buf, delimiter="|")  # excel dialect: QUOTE_MINIMAL, lineterminator \r\n
    for rows in projects:
        for r in rows:
            wr.writerow(r)
    return buf.getvalue().encode("utf-8")


# ------------------------------------------------------------------ tab: node join, CRLF rows, raw LF in cells
NODE_TAB = r"""
const fs = require('fs');
const projects = JSON.parse(fs.readFileSync(0, 'utf8'));
const out = [];
for (const rows of projects) {
  const W = Math.max(...rows.map(r => r.length));
  for (const r of rows) out.push(r.concat(Array(W - r.length).fill('')).join('\t'));
}
process.stdout.write(out.join('\r\n'));
"""


def tab(doc, projects):
    return run(["node", "-e", NODE_TAB], json.dumps(projects, ensure_ascii=False).encode())


# ------------------------------------------------------------------ csv: perl CGI export, BOM, minimal quoting
PERL_CSV = r"""
use strict; use warnings; use JSON::PP;
binmode STDIN; binmode STDOUT;
local $/; my $projects = JSON::PP->new->utf8(0)->decode(do { my $s = <STDIN>; utf8::decode($s); $s });
binmode STDOUT, ':encoding(UTF-8)';
print "\x{FEFF}";
my $first = 1;
for my $rows (@$projects) {
  print "\n" unless $first; $first = 0;
  for my $r (@$rows) {
    print join(',', map { my $c = $_; ($c =~ /[",\r\n]/) ? do { $c =~ s/"/""/g; qq("$c") } : $c } @$r), "\n";
  }
}
"""


def csv_(doc, projects):
    return run(["perl", "-e", PERL_CSV], json.dumps(projects, ensure_ascii=False).encode())


# ------------------------------------------------------------------ lines: tclsh over a W-padded TSV, \x0b = alt-enter
TCL_LINES = r"""
fconfigure stdin -encoding utf-8 -translation lf
fconfigure stdout -encoding utf-8 -translation lf
while {[gets stdin line] >= 0} {
    foreach cell [split $line "\t"] { puts [string map [list "\x0b" "\n"] $cell] }
}
"""


def padded_tsv_vt(projects):
    s = ""
    for rows in projects:
        W = max(len(r) for r in rows[1:])
        for r in rows:
            cells = [c.replace("\n", "\x0b") for c in r] + [""] * (W - len(r))
            s += "\t".join(cells) + "\n"
    return s.encode()


def lines(doc, projects):
    return run(["tclsh"], None, stdin=None) if False else _tcl(padded_tsv_vt(projects))


def _tcl(data):
    with tempfile.NamedTemporaryFile("w", suffix=".tcl", delete=False) as f:
        f.write(TCL_LINES)
    try:
        return run(["tclsh", f.name], data)
    finally:
        os.unlink(f.name)


NODE_DROP = r"""
const fs = require('fs');
const s = fs.readFileSync(0, 'utf8');
process.stdout.write(s.split('\n').filter(Boolean).join('\n') + '\n');
"""


def lines_dropped(lines_bytes):
    return run(["node", "-e", NODE_DROP], lines_bytes)


# ------------------------------------------------------------------ flat: sqlite3 replace() over the row texts
def flat(doc, projects):
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "x.db")
        sql = "CREATE TABLE jxline(n INTEGER PRIMARY KEY, t TEXT);\n"
        n = 0
        for i, rows in enumerate(projects):
            if i:
                n += 1
                sql += "INSERT INTO jxline VALUES(%d, '');\n" % n
            for r in rows:
                n += 1
                sql += "INSERT INTO jxline VALUES(%d, '%s');\n" % (n, "\t".join(r).replace("'", "''"))
        run(["sqlite3", db], sql.encode())
        return run(["sqlite3", db, "SELECT replace(replace(t, char(9), ''), char(10), '') FROM jxline ORDER BY n;"])


# ------------------------------------------------------------------ oneline: GNU sed slurp per project
def oneline(doc, projects):
    out = b""
    for rows in projects:
        part = flat(doc, [rows])
        out += run(["sed", ":a;N;$!ba;s/\\n//g"], part)
    return out


# ------------------------------------------------------------------ aligned (own code): an OA print saved as text
WIDTHS = {"一级指标": 12, "二级指标": 14, "三级指标": 24, "指标内容": 24, "指标名称": 26, "序号": 6, "指标编号": 8}


def colw(c):
    if c in WIDTHS:
        return WIDTHS[c]
    if "指标值" in c:
        return 18
    if c in ("权重", "分值", "得分", "判断符", "符号位", "量值单位", "计值单位"):
        return 8
    return 14


def wrap(s, width):
    out, cur = [], ""
    for part in s.split("\n"):
        cur = ""
        for ch in part:
            if dw(cur + ch) > width:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        out.append(cur)
    return out or [""]


def lay(cells, widths, gutter="  "):
    line = ""
    for c, wd in zip(cells, widths):
        line += c + " " * (wd - dw(c)) + gutter
    return line.rstrip()


def aligned(doc, projects, centered):
    PAGE = 46
    lines_, page = [], [1]
    out = []

    def emit(l):
        out.append(l)

    for rows in projects:
        emit(rows[0][0].center(40).rstrip() if False else " " * 20 + rows[0][0])
        emit("")
        for r in rows[1:]:
            if r[0] == rows[-1][0] and False:
                pass
        hdr_rows = []
        i = 1
        while rows[i] != None and rows[i][0] not in ("一级指标", "序号", "指标编号"):
            i += 1
        for r in rows[1:i]:
            if len(r) == 1:
                emit("  " + r[0])
            else:
                vl = wrap(r[1], 64)
                k = r[0]
                emit("  " + k + " " * (20 - dw(k)) + vl[0])
                for extra in vl[1:]:
                    emit(" " * 22 + extra)
        emit("")
        cols = rows[i]
        widths = [colw(c) for c in cols]
        grid = rows[i + 1 :]
        hl = [wrap(c, wd) for c, wd in zip(cols, widths)]
        for k in range(max(len(x) for x in hl)):
            emit("  " + lay([x[k] if k < len(x) else "" for x in hl], widths))
        emit("  " + "-" * (sum(widths) + 2 * len(widths) - 2))
        cats = [j for j, c in enumerate(cols) if c in CAT]
        # blocks for centring
        blocks = {}
        for j in cats:
            b = []
            for ri, r in enumerate(grid):
                opens = ri == 0 or r[j] != "" or (j == cats[-1] and len(cats) > 1 and r[cats[0]] != "")
                if opens:
                    b.append([ri, ri, r[j]])
                else:
                    b[-1][1] = ri
            blocks[j] = b
        rowlines = []
        for ri, r in enumerate(grid):
            cl = []
            for j, (c, wd) in enumerate(zip(r, widths)):
                cl.append([] if (centered and j in cats) else wrap(c, wd) if c else [""])
            rowlines.append(cl)
        heights = [max(len(x) for x in cl) for cl in rowlines]
        body = []  # list of (rowindex, lines)
        start = []
        for ri, h in enumerate(heights):
            start.append(len(body))
            for k in range(h):
                body.append([x[k] if k < len(x) else "" for x in rowlines[ri]])
        if centered:
            for j in cats:
                for a, b, label in blocks[j]:
                    lab = wrap(label, widths[j]) if label else []
                    top, bot = start[a], start[b] + heights[b] - 1
                    n = bot - top + 1
                    first = top + (n - len(lab)) // 2  # rounding DOWN: the upper of two middles
                    if first < top:
                        first = top
                    for k, piece in enumerate(lab):
                        li = first + k
                        while li >= len(body):
                            body.append([""] * len(widths))
                        body[li][j] = piece
        for cells in body:
            emit("  " + lay(cells, widths))
        emit("")
    # paginate: 第 n 页 footer every PAGE lines, form feed between pages
    pages = [out[k : k + PAGE] for k in range(0, len(out), PAGE)]
    txt = ""
    for n, pg in enumerate(pages, 1):
        txt += "\n".join(pg) + "\n\n" + " " * 50 + "第 %d 页 共 %d 页\n" % (n, len(pages))
        if n < len(pages):
            txt += "\f"
    return txt.encode("utf-8")


# ------------------------------------------------------------------ xlsx: cover sheet + one stacked sheet
FIXED = datetime.datetime(2025, 3, 18, 9, 30, 0)


def fix_zip(path):
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re

                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-03-18T09:30:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def xlsx(doc, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    cover = wb.active
    cover.title = "封面"
    cover["B3"] = doc["title"]
    cover["B3"].font = Font(size=16, bold=True)
    cover["B5"] = "编报单位：" + doc["projects"][0]["header"][1][1]
    cover["B6"] = "单位：万元"
    ws = wb.create_sheet("项目绩效目标")
    W = max(len(p["columns"]) for p in doc["projects"])
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    al = Alignment(wrap_text=True, vertical="center")
    row = 1
    for pi, p in enumerate(doc["projects"]):
        if pi:
            row += 1
        ws.cell(row, 1, doc["title"]).font = Font(size=14, bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=W)
        row += 1
        for k, v in p["header"]:
            ws.cell(row, 1, k)
            if v:
                ws.cell(row, 2, v)
            if W > 2:
                ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=W)
            for c in range(1, W + 1):
                ws.cell(row, c).border = bd
                ws.cell(row, c).alignment = al
            row += 1
        for j, c in enumerate(p["columns"]):
            ws.cell(row, j + 1, c).font = Font(bold=True)
            ws.cell(row, j + 1).border = bd
        row += 1
        g0 = row
        for r in p["rows"]:
            for j, c in enumerate(r):
                if c != "":
                    ws.cell(row, j + 1, c)
                ws.cell(row, j + 1).border = bd
                ws.cell(row, j + 1).alignment = al
            row += 1
        for j, c in enumerate(p["columns"]):
            if c not in CAT:
                continue
            i1 = p["columns"].index("一级指标") if "一级指标" in p["columns"] else None
            a = None
            for ri, r in enumerate(p["rows"] + [None]):
                opens = r is None or r[j] != "" or (c == "二级指标" and i1 is not None and r[i1] != "")
                if opens:
                    if a is not None and ri - 1 > a:
                        ws.merge_cells(start_row=g0 + a, start_column=j + 1, end_row=g0 + ri - 1, end_column=j + 1)
                    a = ri
    for j in range(1, W + 1):
        ws.column_dimensions[chr(64 + j)].width = 16
    wb.properties.creator = "财政预算管理一体化系统"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)
    fix_zip(path)


# ------------------------------------------------------------------ docx: one table per project (header + grid)
def docx(doc, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt, Cm
    from docx.oxml.ns import qn

    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    st = d.styles["Normal"]
    st.font.name = "仿宋"
    st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")
    for pi, p in enumerate(doc["projects"]):
        if pi:
            d.add_page_break()
        d.add_paragraph(doc["title"])
        W = len(p["columns"])
        t = d.add_table(rows=0, cols=W)
        t.style = "Table Grid"
        for k, v in p["header"]:
            cells = t.add_row().cells
            cells[0].text = k
            m = cells[1].merge(cells[W - 1])
            m.text = v
            for para in m.paragraphs[1:]:
                para._element.getparent().remove(para._element)
        hc = t.add_row().cells
        for j, c in enumerate(p["columns"]):
            hc[j].text = c
        base = len(t.rows)
        for r in p["rows"]:
            rc = t.add_row().cells
            for j, c in enumerate(r):
                rc[j].text = c
        for j, c in enumerate(p["columns"]):
            if c not in CAT:
                continue
            i1 = p["columns"].index("一级指标") if "一级指标" in p["columns"] else None
            a = None
            rows = p["rows"]
            for ri, r in enumerate(rows + [None]):
                opens = r is None or r[j] != "" or (c == "二级指标" and i1 is not None and r[i1] != "")
                if opens:
                    if a is not None and ri - 1 > a:
                        m = t.cell(base + a, j).merge(t.cell(base + ri - 1, j))
                        for para in m.paragraphs[1:]:
                            para._element.getparent().remove(para._element)
                    a = ri
    d.core_properties.author = "财政预算管理一体化系统"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_modified_by = "财政预算管理一体化系统"
    d.save(path)
    fix_zip(path)


def main():
    for path in sorted(glob.glob(os.path.join(DATA, "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        doc = json.load(open(path, encoding="utf-8"))
        projects = sheet_rows(doc)
        base = os.path.join(DOCS, doc_id)
        w(base + ".pipe.txt", pipe(doc, projects))
        w(base + ".pipe_bare.txt", pipe_bare(doc, projects))
        w(base + ".tab.tsv", tab(doc, projects))
        w(base + ".csv", csv_(doc, projects))
        lb = lines(doc, projects)
        w(base + ".lines.txt", lb)
        w(base + ".lines_dropped.txt", lines_dropped(lb))
        w(base + ".aligned_top.txt", aligned(doc, projects, False))
        w(base + ".aligned_centered.txt", aligned(doc, projects, True))
        w(base + ".flat.txt", flat(doc, projects))
        w(base + ".oneline.txt", oneline(doc, projects))
        xlsx(doc, base + ".xlsx")
        docx(doc, base + ".docx")
        print(doc_id)


if __name__ == "__main__":
    main()
