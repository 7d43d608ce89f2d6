"""blind45 renderer: ten text shapes, XLSX and DOCX from data/<doc>.json (own code; real tools where stated).
Usage: python render45.py /work/blind45"""

import csv, io, json, glob, os, subprocess, sys, tempfile, unicodedata, zipfile, shutil

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(__file__))
DOCS = os.path.join(HERE, "docs")
os.makedirs(DOCS, exist_ok=True)
MONEY_KEY = "项目资金（万元）"


def sheet(doc):
    """The document as one sheet: per project title, header pairs, grid header, grid rows; an empty row between."""
    out = []
    for i, p in enumerate(doc["projects"]):
        if i:
            out.append(["sep"])
        part = [[doc["title"]]]
        for k, v in p["header"]:
            part.append([k] if k == MONEY_KEY and v == "" else [k, v])
        part.append(list(p["columns"]))
        part += [list(r) for r in p["rows"]]
        out.append(part)
    return [x for x in out if x != ["sep"]]


def width(doc):
    return max(len(p["columns"]) for p in doc["projects"])


def pad(row, w):
    return row + [""] * (w - len(row))


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def write(name, data, mode="b"):
    with open(os.path.join(DOCS, name), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- pipe: Yuque (语雀) "导出 → Markdown" (own imitation)
def md_cell(s):
    return s.replace("|", "\\|")


def pipe(doc):
    L = []
    for part in sheet(doc):
        L.append("## " + part[0][0])
        L.append("")
        hdr = [r for r in part[1:] if r != part[0]]
        k = next(i for i, r in enumerate(part) if r and r[0] in ("一级指标", "序号"))
        pairs, grid = part[1:k], part[k:]
        L.append("| %s | %s |" % (md_cell(pairs[0][0]), md_cell(pairs[0][1])))
        L.append("| --- | --- |")
        for r in pairs[1:]:
            r = pad(r, 2)
            L.append("| %s | %s |" % (md_cell(r[0]), md_cell(r[1])))
        L.append("")
        L.append("| " + " | ".join(md_cell(c) for c in grid[0]) + " |")
        L.append("| " + " | ".join("---" for _ in grid[0]) + " |")
        for r in grid[1:]:
            L.append("| " + " | ".join(md_cell(c) for c in r) + " |")
        L.append("")
        L.append("")
    return ("\n".join(L).rstrip("\n") + "\n").encode("utf-8")


def split_part(part):
    k = next(i for i, r in enumerate(part) if r and r[0] in ("一级指标", "序号"))
    return part[0], part[1:k], part[k:]


# ---------------------------------------------------------------- pipe_bare: sqlite3 CLI .mode csv, .separator "|" "\r\n" (real)
def pipe_bare(doc, tmp):
    w = width(doc)
    rows = []
    for j, part in enumerate(sheet(doc)):
        if j:
            rows.append([""] * w)
        rows += [pad(r, w) for r in part]
    db = os.path.join(tmp, "s.db")
    if os.path.exists(db):
        os.remove(db)
    import sqlite3

    con = sqlite3.connect(db)
    cols = ", ".join("c%d TEXT" % (i + 1) for i in range(w))
    con.execute("CREATE TABLE sheet(rn INTEGER PRIMARY KEY, %s)" % cols)
    for i, r in enumerate(rows):
        con.execute("INSERT INTO sheet VALUES (?, %s)" % ", ".join("?" * w), [i + 1] + r)
    con.commit()
    con.close()
    sql = '.mode csv\n.separator "|" "\\r\\n"\n.headers off\nSELECT %s FROM sheet ORDER BY rn;\n' % ", ".join(
        "c%d" % (i + 1) for i in range(w)
    )
    return subprocess.run(["sqlite3", db], input=sql.encode(), capture_output=True, check=True).stdout


# ---------------------------------------------------------------- tab: DataX txtfilewriter (own imitation)
def tab(doc):
    w = width(doc)
    out = []
    for j, part in enumerate(sheet(doc)):
        for r in part:
            out.append("\t".join(pad(r, w)))
    return ("\n".join(out) + "\n").encode("utf-8")


# ---------------------------------------------------------------- csv: an Excel VBA macro's `Write #` (own imitation)
def vba_csv(doc):
    w = width(doc)
    out = []
    for j, part in enumerate(sheet(doc)):
        if j:
            out.append(",".join(['""'] * w))
        for r in part:
            out.append(",".join('"%s"' % c for c in pad(r, w)))
    return ("\r\n".join(out) + "\r\n").encode("gbk")


# ---------------------------------------------------------------- lines: Outlook HTML mail converted to plain text (own imitation)
def lines(doc):
    out = []
    for part in sheet(doc):
        for r in part:
            out += r
            out.append("")
        out.append("")
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


# ---------------------------------------------------------------- lines_dropped: python one-liner (real)
LD = "import sys; print('\\n'.join(l for l in sys.stdin.read().splitlines() if l.strip()))"


def lines_dropped(src):
    return subprocess.run([sys.executable, "-c", LD], input=src, capture_output=True, check=True).stdout


# ---------------------------------------------------------------- aligned: the bureau's report script (own code)
def wrap(s, n):
    out, cur = [], ""
    for ch in s:
        if dw(cur + ch) > n:
            out.append(cur)
            cur = ""
        cur += ch
    if cur or not out:
        out.append(cur)
    return out


def colw(name):
    if name in ("一级指标",):
        return 12
    if name == "二级指标":
        return 16
    if name in ("三级指标", "指标名称"):
        return 26
    if name == "序号":
        return 8
    if name in ("年度指标值", "指标值", "指标值及单位", "实施期指标值", "中期指标值", "实际完成值"):
        return 18
    if name in ("偏差情况", "未完成说明"):
        return 20
    return 10


def fit(s, n):
    return s + " " * (n - dw(s))


def aligned(doc, centred):
    L = []
    gap = "  "
    for part in sheet(doc):
        title, pairs, grid = split_part(part)
        L.append("")
        L.append(" " * 8 + title[0])
        L.append("")
        for r in pairs:
            r = pad(r, 2)
            vs = wrap(r[1], 60) if r[1] else [""]
            for i, v in enumerate(vs):
                L.append((fit(r[0], 22) if i == 0 else " " * 22) + v)
        L.append("")
        cols = grid[0]
        ws = [colw(c) for c in cols]
        head = [wrap(c, w) for c, w in zip(cols, ws)]
        for i in range(max(len(h) for h in head)):
            L.append(gap.join(fit(h[i] if i < len(h) else "", w) for h, w in zip(head, ws)).rstrip())
        L.append("-" * (sum(ws) + len(gap) * (len(ws) - 1)))
        cats = [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标")]
        body = [list(r) for r in grid[1:]]
        # blocks of merged labels
        blocks = {}
        for j in cats:
            b = []
            for i, r in enumerate(body):
                opens = r[j] != "" or (j == cats[-1] and len(cats) > 1 and r[cats[0]] != "")
                if i == 0 or opens:
                    b.append([i, i, r[j]])
                else:
                    b[-1][1] = i
            blocks[j] = b
        cells = [[wrap(c, w) if j not in cats else [""] for j, (c, w) in enumerate(zip(r, ws))] for r in body]
        heights = [max(len(c) for c in row) for row in cells]
        # grow a block's last row when its label is taller than the block
        for j in cats:
            for a, b, lab in blocks[j]:
                lw = wrap(lab, ws[j]) if lab else []
                if len(lw) > sum(heights[a : b + 1]):
                    heights[b] += len(lw) - sum(heights[a : b + 1])
        start = [sum(heights[:i]) for i in range(len(body))]
        total = sum(heights)
        grid_lines = [[""] * len(cols) for _ in range(total)]
        for i, row in enumerate(cells):
            for j, c in enumerate(row):
                for k, t in enumerate(c):
                    grid_lines[start[i] + k][j] = t
        for j in cats:
            for a, b, lab in blocks[j]:
                if not lab:
                    continue
                lw = wrap(lab, ws[j])
                top, span = start[a], start[b] + heights[b] - start[a]
                if centred:
                    top = top + (span - len(lw) + 1) // 2  # rounding up: the lower middle
                for k, t in enumerate(lw):
                    grid_lines[top + k][j] = t
        for gl in grid_lines:
            L.append(gap.join(fit(t, w) for t, w in zip(gl, ws)).rstrip())
        L.append("")
    return ("\n".join(L) + "\n").encode("utf-8")


# ---------------------------------------------------------------- flat: an Excel =CONCAT(A1:H1) helper column pasted (own imitation)
def flat_rows(doc):
    out = []
    for j, part in enumerate(sheet(doc)):
        if j:
            out.append("")
        out += ["".join(r) for r in part]
    return out


def flat(doc):
    return ("\r\n".join(flat_rows(doc)) + "\r\n").encode("utf-8")


# ---------------------------------------------------------------- oneline: bash `echo $(<part)` per project (real)
def oneline(doc, tmp):
    out = b""
    d = os.path.join(tmp, "ol")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    for j, part in enumerate(sheet(doc)):
        p = os.path.join(d, "part%d.txt" % j)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join("".join(r) for r in part) + "\n")
        out += subprocess.run(
            ["bash", "-c", 'echo $(<"$1")', "x", p],
            cwd=d,
            capture_output=True,
            check=True,
            env={"LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"},
        ).stdout
    return out


# ---------------------------------------------------------------- xlsx (openpyxl)
def xlsx(doc, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    w = width(doc)
    r = 1
    for j, part in enumerate(sheet(doc)):
        if j:
            r += 1
        title, pairs, grid = split_part(part)
        ws.cell(r, 1, title[0]).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=w)
        r += 1
        for kv in pairs:
            ws.cell(r, 1, kv[0])
            if len(kv) > 1:
                ws.cell(r, 2, kv[1])
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=w)
            r += 1
        for c, h in enumerate(grid[0]):
            ws.cell(r, c + 1, h).font = Font(bold=True)
        r += 1
        first = r
        body = grid[1:]
        for row in body:
            for c, v in enumerate(row):
                if v != "":
                    ws.cell(r, c + 1, v).alignment = Alignment(wrap_text=True, vertical="center")
            r += 1
        cats = [j2 for j2, c in enumerate(grid[0]) if c in ("一级指标", "二级指标")]
        for j2 in cats:
            i = 0
            while i < len(body):
                k = i + 1
                while (
                    k < len(body)
                    and body[k][j2] == ""
                    and not (j2 == cats[-1] and len(cats) > 1 and body[k][cats[0]] != "")
                ):
                    k += 1
                if k - i > 1 and body[i][j2] != "":
                    ws.merge_cells(start_row=first + i, start_column=j2 + 1, end_row=first + k - 1, end_column=j2 + 1)
                i = k
    wb.properties.creator = "数据交换平台"
    import datetime

    t = datetime.datetime(2025, 3, 10, 9, 0, 0)
    wb.properties.created = t
    wb.properties.modified = t
    wb.save(path)
    fix_zip(path)


def fix_zip(path):
    """Fixed zip dates and core times (byte-stable)."""
    import re

    zin = zipfile.ZipFile(path)
    items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            if n == "docProps/core.xml":
                data = re.sub(
                    rb"<dcterms:(created|modified)([^>]*)>[^<]*<", rb"<dcterms:\1\2>2025-03-10T09:00:00Z<", data
                )
            zi = zipfile.ZipInfo(n, (2025, 3, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------- docx (python-docx)
def docx(doc, path):
    import datetime
    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    for j, part in enumerate(sheet(doc)):
        title, pairs, grid = split_part(part)
        d.add_paragraph(title[0])
        ht = d.add_table(rows=len(pairs), cols=2)
        ht.style = "Table Grid"
        for i, kv in enumerate(pairs):
            ht.cell(i, 0).text = kv[0]
            ht.cell(i, 1).text = kv[1] if len(kv) > 1 else ""
        d.add_paragraph("")
        cols = grid[0]
        t = d.add_table(rows=len(grid), cols=len(cols))
        t.style = "Table Grid"
        for i, row in enumerate(grid):
            for c, v in enumerate(row):
                if v != "":
                    t.cell(i, c).text = v
        body = grid[1:]
        cats = [c for c, h in enumerate(cols) if h in ("一级指标", "二级指标")]
        for c in cats:
            i = 0
            while i < len(body):
                k = i + 1
                while (
                    k < len(body)
                    and body[k][c] == ""
                    and not (c == cats[-1] and len(cats) > 1 and body[k][cats[0]] != "")
                ):
                    k += 1
                if k - i > 1 and body[i][c] != "":
                    m = t.cell(i + 1, c).merge(t.cell(k, c))
                    for p in m.paragraphs[1:]:
                        p._element.getparent().remove(p._element)
                i = k
        if j < len(doc["projects"]) - 1:
            d.add_page_break()
    cp = d.core_properties
    cp.author = "数据交换平台"
    cp.created = cp.modified = datetime.datetime(2025, 3, 10, 9, 0, 0)
    cp.last_modified_by = "数据交换平台"
    cp.revision = 1
    d.save(path)
    fix_zip(path)


def main():
    tmp = tempfile.mkdtemp(prefix="r45")
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        doc = json.load(open(path, encoding="utf-8"))
        write(doc_id + ".pipe.txt", pipe(doc))
        write(doc_id + ".pipe_bare.txt", pipe_bare(doc, tmp))
        write(doc_id + ".tab.tsv", tab(doc))
        write(doc_id + ".csv", vba_csv(doc))
        ln = lines(doc)
        write(doc_id + ".lines.txt", ln)
        write(doc_id + ".lines_dropped.txt", lines_dropped(ln))
        write(doc_id + ".aligned_top.txt", aligned(doc, False))
        write(doc_id + ".aligned_centered.txt", aligned(doc, True))
        write(doc_id + ".flat.txt", flat(doc))
        write(doc_id + ".oneline.txt", oneline(doc, tmp))
        xlsx(doc, os.path.join(DOCS, doc_id + ".xlsx"))
        docx(doc, os.path.join(DOCS, doc_id + ".docx"))
        print(doc_id)
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
