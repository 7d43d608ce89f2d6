"""blind27 renderer: ten text shapes, XLSX and DOCX per document, from data/<doc>.json (own code; nothing of the parser).
Usage: python render27.py /work/blind27      (see README.md, Renderings, for each shape's story)"""

import csv, io, json, os, re, subprocess, sys, tempfile, unicodedata, zipfile, glob, datetime
import openpyxl
from openpyxl.styles import Alignment
import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
FIXED = datetime.datetime(2025, 3, 1, 9, 0, 0)
PAIR = {"主管部门": "实施单位", "项目属性": "项目期"}
MONEY = "项目资金（万元）"


def load(doc_id):
    return json.load(open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8"))


def sheet(p, W):
    """The staged sheet of one project: rows of W cells; None = covered by a merge (or padding), "" = an empty cell."""
    rows, merges = [], []  # merges: (r0, c0, r1, c1) 0-based inclusive
    h = p["header"]
    i = 0
    while i < len(h):
        k, v = h[i]
        r = len(rows)
        if k in PAIR and i + 1 < len(h) and h[i + 1][0] == PAIR[k]:
            k2, v2 = h[i + 1]
            rows.append([k, v, k2, v2] + [None] * (W - 4))
            if W > 4:
                merges.append((r, 3, r, W - 1))
            i += 2
        elif k == MONEY:
            j = i + 1
            while j < len(h) and h[j][0] not in ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况"):
                j += 1
            for m, (mk, mv) in enumerate(h[i + 1 : j]):
                rows.append([k if m == 0 else None, mk, mv] + [None] * (W - 3))
                merges.append((len(rows) - 1, 2, len(rows) - 1, W - 1))
            if j - i - 1 > 1:
                merges.append((r, 0, r + j - i - 2, 0))
            i = j
        else:
            rows.append([k, v] + [None] * (W - 2))
            merges.append((r, 1, r, W - 1))
            i += 1
    g0 = len(rows)
    cols = p["columns"]
    rows.append(list(cols) + [None] * (W - len(cols)))
    cats = [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标")]
    grid = p["rows"]
    for j in cats:
        start = 0
        for a in range(1, len(grid) + 1):
            opens = a == len(grid) or grid[a][j] != "" or (j == cats[-1] and len(cats) > 1 and grid[a][cats[0]] != "")
            if opens:
                if a - 1 > start:
                    merges.append((g0 + 1 + start, j, g0 + a, j))
                start = a
    for a, row in enumerate(grid):
        cells = list(row) + [None] * (W - len(cols))
        rows.append(cells)
    covered = set()
    for r0, c0, r1, c1 in merges:
        for rr in range(r0, r1 + 1):
            for cc in range(c0, c1 + 1):
                if (rr, cc) != (r0, c0):
                    covered.add((rr, cc))
    for rr, cc in covered:
        rows[rr][cc] = None
    return rows, merges, g0


def width(p):
    return max(4, len(p["columns"]))


# ------------------------------------------------------------------ xlsx: a sheet per project, named by the project
def sheet_name(name):
    n = re.sub(r"^示例市某某[区县]", "", name)
    return n[:31]


def write_xlsx(doc_id, doc):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for p in doc["projects"]:
        W = width(p)
        ws = wb.create_sheet(sheet_name(p["header"][0][1]))
        ws.cell(1, 1, doc["title"]).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=W)
        ws.cell(2, W, "单位：万元")
        rows, merges, g0 = sheet(p, W)
        wcol = [j for j, c in enumerate(p["columns"]) if c in ("权重", "分值", "得分")]
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is None or v == "":
                    continue
                cell = ws.cell(3 + r, 1 + c)
                if r > g0 and c in wcol and re.fullmatch(r"\d+(\.\d+)?", v):
                    cell.value = int(v) if v.isdigit() else float(v)
                else:
                    cell.value = v
                    cell.number_format = "@"
                cell.alignment = Alignment(wrap_text=True, vertical="center")
        for r0, c0, r1, c1 in merges:
            ws.merge_cells(start_row=3 + r0, start_column=1 + c0, end_row=3 + r1, end_column=1 + c1)
    wb.properties.created = wb.properties.modified = FIXED
    wb.properties.creator = "budget"
    out = os.path.join(DOCS, doc_id + ".xlsx")
    wb.save(out)
    restamp(out)
    return wb


def restamp(path):
    """Fixed zip dates (byte-stable)."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            if n == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-03-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(n, (2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ------------------------------------------------------------------ docx: the department's Word file
def set_cell(cell, text):
    paras = text.split("\n")
    cell.paragraphs[0].text = paras[0]
    for t in paras[1:]:
        cell.add_paragraph(t)


def vmerge(cell, val):
    tcPr = cell._tc.get_or_add_tcPr()
    m = OxmlElement("w:vMerge")
    if val:
        m.set(qn("w:val"), val)
    tcPr.append(m)


def write_docx(doc_id, doc):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    for k, p in enumerate(doc["projects"]):
        if k:
            d.add_paragraph("")
        t = d.add_paragraph(doc["title"])
        t.alignment = 1
        d.add_paragraph("单位：万元").alignment = 2
        h = p["header"]
        # header block: 4 columns (key | value | key | value); singles span 3; money label merged down
        hb = []
        i = 0
        while i < len(h):
            k, v = h[i]
            if k in PAIR and i + 1 < len(h) and h[i + 1][0] == PAIR[k]:
                hb.append(("pair", k, v, h[i + 1][0], h[i + 1][1]))
                i += 2
            elif k == MONEY:
                j = i + 1
                while j < len(h) and h[j][0] not in ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况"):
                    j += 1
                for m, (mk, mv) in enumerate(h[i + 1 : j]):
                    hb.append(("money", m, j - i - 1, mk, mv))
                i = j
            else:
                hb.append(("single", k, v))
                i += 1
        tb = d.add_table(rows=len(hb), cols=4)
        tb.style = "Table Grid"
        for r, item in enumerate(hb):
            cells = tb.rows[r].cells
            if item[0] == "pair":
                for c, s in enumerate(item[1:]):
                    set_cell(cells[c], s)
            elif item[0] == "money":
                _, m, n, mk, mv = item
                set_cell(cells[1], mk)
                a = cells[2].merge(cells[3])
                set_cell(a, mv)
                if m == 0:
                    set_cell(cells[0], MONEY)
                if n > 1:
                    vmerge(cells[0], "restart" if m == 0 else None)
            else:
                set_cell(cells[0], item[1])
                a = cells[1].merge(cells[3])
                set_cell(a, item[2])
        d.add_paragraph("")
        cols = p["columns"]
        g = d.add_table(rows=1 + len(p["rows"]), cols=len(cols))
        g.style = "Table Grid"
        trPr = g.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        trPr.append(th)
        for c, name in enumerate(cols):
            set_cell(g.rows[0].cells[c], name)
        cats = [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标")]
        for r, row in enumerate(p["rows"]):
            for c, v in enumerate(row):
                cell = g.rows[1 + r].cells[c]
                if c in cats:
                    cont = v == "" and r > 0 and not (c == cats[-1] and len(cats) > 1 and row[cats[0]] != "")
                    nxt = (
                        r + 1 < len(p["rows"])
                        and p["rows"][r + 1][c] == ""
                        and not (c == cats[-1] and len(cats) > 1 and p["rows"][r + 1][cats[0]] != "")
                    )
                    if cont:
                        vmerge(cell, None)
                        continue
                    if nxt:
                        vmerge(cell, "restart")
                set_cell(cell, v)
    d.core_properties.created = d.core_properties.modified = FIXED
    d.core_properties.author = "budget"
    d.core_properties.last_modified_by = "budget"
    out = os.path.join(DOCS, doc_id + ".docx")
    d.save(out)
    restamp(out)


# ------------------------------------------------------------------ sqlite3 (real tool): markdown pipe, csv
def sqlite_load(db, tables):
    """tables: {name: (W, rows)}; rows of W cells, None = NULL."""
    con_sql = io.StringIO()
    con_sql.write("BEGIN;\n")
    for name, (W, rows) in tables.items():
        con_sql.write("CREATE TABLE %s(rn INTEGER, %s);\n" % (name, ", ".join("c%d TEXT" % (k + 1) for k in range(W))))
        for n, row in enumerate(rows):
            vals = ["NULL" if v is None else "'" + v.replace("'", "''") + "'" for v in row]
            con_sql.write("INSERT INTO %s VALUES(%d, %s);\n" % (name, n, ", ".join(vals)))
    con_sql.write("COMMIT;\n")
    if os.path.exists(db):
        os.remove(db)
    subprocess.run(["sqlite3", db], input=con_sql.getvalue().encode("utf-8"), check=True)


def sqlite_run(db, args):
    return subprocess.run(["sqlite3", db] + args, check=True, capture_output=True).stdout


def doc_sheet(doc):
    """The whole document staged on one sheet (for the database-export shapes): per project its title row, then its
    rows; padded to the document's widest row."""
    W = max(width(p) for p in doc["projects"])
    out = []
    for p in doc["projects"]:
        rows, _, _ = sheet(p, W)
        out.append([doc["title"]] + [None] * (W - 1))
        out += rows
    return W, out


def write_sqlite_shapes(doc_id, doc, tmp):
    db = os.path.join(tmp, doc_id + ".db")
    tables = {}
    for k, p in enumerate(doc["projects"]):
        W = width(p)
        rows, _, _ = sheet(p, W)
        tables["p%d" % (k + 1)] = (W, rows)
    W, rows = doc_sheet(doc)
    tables["jx"] = (W, rows)
    sqlite_load(db, tables)
    # .pipe.txt: markdown mode, a heading printed before each project's table
    args = [".headers on", ".mode markdown"]
    for k, p in enumerate(doc["projects"]):
        Wp = width(p)
        args += [".print '## %s'" % doc["title"], ".print ''"]
        args.append("SELECT %s FROM p%d ORDER BY rn;" % (", ".join("c%d" % (j + 1) for j in range(Wp)), k + 1))
        args.append(".print ''")
    open(os.path.join(DOCS, doc_id + ".pipe.txt"), "wb").write(sqlite_run(db, args))
    # .csv: csv mode of the whole staged document
    cols = ", ".join("c%d" % (j + 1) for j in range(W))
    out = sqlite_run(db, [".headers on", ".mode csv", "SELECT %s FROM jx ORDER BY rn;" % cols])
    open(os.path.join(DOCS, doc_id + ".csv"), "wb").write(out)
    os.remove(db)


# ------------------------------------------------------------------ PostgreSQL COPY … (FORMAT csv, DELIMITER '|', HEADER)
def pg_field(v):
    if v is None:
        return ""
    if v == "" or any(ch in v for ch in '|"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def write_pipe_bare(doc_id, doc):
    W, rows = doc_sheet(doc)
    lines = ["|".join("c%d" % (j + 1) for j in range(W))]
    lines += ["|".join(pg_field(v) for v in row) for row in rows]
    open(os.path.join(DOCS, doc_id + ".pipe_bare.txt"), "w", encoding="utf-8", newline="").write(
        "\n".join(lines) + "\n"
    )


# ------------------------------------------------------------------ python csv excel-tab over the workbook (real module)
def write_tab(doc_id):
    wb = openpyxl.load_workbook(os.path.join(DOCS, doc_id + ".xlsx"))
    with open(os.path.join(DOCS, doc_id + ".tab.tsv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, dialect="excel-tab")
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                w.writerow(["" if v is None else v for v in row])


# ------------------------------------------------------------------ TEXTJOIN copies (flat, oneline)
def clip(text):
    """Excel puts a cell value holding a line break on the clipboard in double quotes."""
    return '"' + text.replace('"', '""') + '"' if "\n" in text else text


def write_textjoin(doc_id):
    wb = openpyxl.load_workbook(os.path.join(DOCS, doc_id + ".xlsx"))
    flat, one = [], []
    for ws in wb.worksheets:
        texts = []
        for row in ws.iter_rows(values_only=True):
            texts.append("".join(str(v) for v in row if v is not None and v != ""))
        flat += [clip(t) for t in texts]
        one.append(clip("".join(texts)))
    open(os.path.join(DOCS, doc_id + ".flat.txt"), "w", encoding="utf-8", newline="").write("\r\n".join(flat) + "\r\n")
    open(os.path.join(DOCS, doc_id + ".oneline.txt"), "w", encoding="utf-8", newline="").write(
        "\r\n".join(one) + "\r\n"
    )


# ------------------------------------------------------------------ sed over the Word file's document.xml (real sed)
SED = r"s#</w:p>#\n#g; s#<[^>]*>##g"


def write_lines(doc_id):
    xml = zipfile.ZipFile(os.path.join(DOCS, doc_id + ".docx")).read("word/document.xml")
    out = subprocess.run(["sed", "-e", SED], input=xml, check=True, capture_output=True).stdout
    open(os.path.join(DOCS, doc_id + ".lines.txt"), "wb").write(out)
    dropped = subprocess.run(["grep", "-v", "^$"], input=out, capture_output=True).stdout
    open(os.path.join(DOCS, doc_id + ".lines_dropped.txt"), "wb").write(dropped)


# ------------------------------------------------------------------ aligned (own pdftotext -layout imitation)
def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


OPEN, CLOSE = "（(《“[", "）)》”]，。；、：%％"


def wrap(text, w):
    out = []
    for para in text.split("\n"):
        toks = re.findall(r"[A-Za-z0-9.,\-~～%:/+≥≤<>=]+|.", para)
        line = ""
        for t in toks:
            if dw(line + t) > w and line:
                if t in CLOSE and len(line) > 1:
                    out.append(line[:-1])
                    line = line[-1] + t
                    continue
                if line[-1] in OPEN:
                    out.append(line[:-1])
                    line = line[-1] + t
                    continue
                out.append(line)
                line = t
            else:
                line += t
        out.append(line)
    return out or [""]


CW = {"序号": 8, "一级指标": 14, "二级指标": 16, "三级指标": 26, "指标内容": 26, "指标名称": 28}
VALUE = ("指标值", "年度指标值", "实施期指标值", "中期指标值", "长期指标值", "指标值及单位", "目标值", "实际完成值")
LONG = ("评分标准及方法", "未完成原因分析", "扣分说明", "偏差原因", "指标解释说明")


def colw(c):
    if c in CW:
        return CW[c]
    if c in VALUE:
        return 18
    if c in LONG:
        return 24
    return max(8, dw(c))


def pad(s, w):
    return s + " " * (w - dw(s))


def layout_project(doc, p, centered, margin):
    """Lines of one project: header lines, then (grid header, [row line blocks]) for pagination."""
    cols = p["columns"]
    ws = [colw(c) for c in cols]
    total = sum(ws) + 2 * (len(ws) - 1)
    head = [
        " " * margin + " " * max(0, (total - dw(doc["title"])) // 2) + doc["title"],
        " " * margin + " " * (total - 10) + "单位：万元",
    ]
    h = p["header"]
    i = 0
    while i < len(h):
        k, v = h[i]
        if k in PAIR and i + 1 < len(h) and h[i + 1][0] == PAIR[k]:
            head.append(" " * margin + pad(k, 18) + pad(v, 44) + pad(h[i + 1][0], 12) + h[i + 1][1])
            i += 2
            continue
        if k == MONEY:
            j = i + 1
            first = True
            while j < len(h) and h[j][0] not in ("实施期目标", "长期目标", "中期目标", "年度目标", "实际完成情况"):
                head.append(" " * margin + pad(MONEY if first else "", 18) + pad(h[j][0], 20) + h[j][1])
                first = False
                j += 1
            i = j
            continue
        pieces = wrap(v, total - 18) if v else [""]
        for n, piece in enumerate(pieces):
            head.append(" " * margin + pad(k if n == 0 else "", 18) + piece)
        i += 1
    ghead = [" " * margin + "  ".join(pad(c, w) for c, w in zip(cols, ws)).rstrip()]
    cats = [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标")]
    rows = p["rows"]
    cells = [[wrap(v, w) if (v and j not in cats) else [] for j, (v, w) in enumerate(zip(r, ws))] for r in rows]
    hts = [max([1] + [len(c) for c in cl]) for cl in cells]
    # label blocks
    blocks = {}
    for j in cats:
        bl = []
        for a, r in enumerate(rows):
            opens = a == 0 or r[j] != "" or (j == cats[-1] and len(cats) > 1 and r[cats[0]] != "")
            if opens:
                bl.append([a, a, r[j]])
            else:
                bl[-1][1] = a
        blocks[j] = bl
    # grow a row when a label needs more lines than its block has
    for j in cats:
        for a, b, lab in blocks[j]:
            need = len(wrap(lab, ws[j])) if lab else 0
            have = sum(hts[a : b + 1])
            if need > have:
                hts[b] += need - have
    grid = [[[""] * len(cols) for _ in range(hts[a])] for a in range(len(rows))]
    for a in range(len(rows)):
        for j in range(len(cols)):
            if j in cats:
                continue
            pcs = cells[a][j]
            off = (hts[a] - len(pcs) + 1) // 2 if centered else 0
            for n, s in enumerate(pcs):
                grid[a][off + n][j] = s
    flat = [(a, l) for a in range(len(rows)) for l in range(hts[a])]
    for j in cats:
        for a, b, lab in blocks[j]:
            if not lab:
                continue
            pcs = wrap(lab, ws[j])
            lines = [k for k, (ra, _) in enumerate(flat) if a <= ra <= b]
            off = (len(lines) - len(pcs) + 1) // 2 if centered else 0
            for n, s in enumerate(pcs):
                ra, l = flat[lines[off + n]]
                grid[ra][l][j] = s
    out = []
    for a in range(len(rows)):
        out.append([" " * margin + "  ".join(pad(s, w) for s, w in zip(line, ws)).rstrip() for line in grid[a]])
    return head, ghead, out


def write_aligned(doc_id, doc, centered):
    margin = 4 if centered else 2
    page_len = 44 if centered else 48
    pages, cur = [], []
    for p in doc["projects"]:
        head, ghead, rows = layout_project(doc, p, centered, margin)
        if cur and len(cur) + len(head) + 4 > page_len:
            pages.append(cur)
            cur = []
        if cur:
            cur.append("")
        cur += head + ghead
        for block in rows:
            if len(cur) + len(block) > page_len:
                pages.append(cur)
                cur = list(ghead)
            cur += block
    pages.append(cur)
    n = len(pages)
    out = []
    for k, pg in enumerate(pages):
        body = pg + [""] * (page_len - len(pg))
        if centered:
            foot = " " * 60 + "第%d页 共%d页" % (k + 1, n)
        else:
            foot = " " * margin + "打印日期：2025-03-01" + " " * 60 + "第 %d 页/共 %d 页" % (k + 1, n)
        out.append("\n".join(body + ["", foot]) + "\n\f")
    suffix = ".aligned_centered.txt" if centered else ".aligned_top.txt"
    open(os.path.join(DOCS, doc_id + suffix), "w", encoding="utf-8", newline="").write("".join(out))


def main():
    os.makedirs(DOCS, exist_ok=True)
    tmp = tempfile.mkdtemp()
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        doc = load(doc_id)
        write_xlsx(doc_id, doc)
        write_docx(doc_id, doc)
        write_sqlite_shapes(doc_id, doc, tmp)
        write_pipe_bare(doc_id, doc)
        write_tab(doc_id)
        write_textjoin(doc_id)
        write_lines(doc_id)
        write_aligned(doc_id, doc, False)
        write_aligned(doc_id, doc, True)
        print(doc_id)
    os.rmdir(tmp)


if __name__ == "__main__":
    main()
