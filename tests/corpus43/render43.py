"""Render blind43's data/ into ten text shapes, an XLSX and a DOCX (own code; see README "Renderings").
Usage: python render43.py /work/blind43"""

import time
import csv, io, json, logging, os, subprocess, sys, unicodedata, zipfile, glob

os.environ["TZ"] = "Asia/Shanghai"
time.tzset()
HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
CATS = ("一级指标", "二级指标")


def sheet(doc):
    """The document as the 一体化 system's sheet: rows of cells (title, header pairs, money title, grid)."""
    rows = []
    for i, p in enumerate(doc["projects"]):
        if i:
            rows.append([])
        rows.append([doc["title"]])
        for k, v in p["header"]:
            rows.append([k] if k == "项目资金（万元）" and v == "" else [k, v])
        rows.append(list(p["columns"]))
        rows += [list(r) for r in p["rows"]]
    w = max(len(r) for r in rows)
    return [r + [""] * (w - len(r)) for r in rows], w


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def write(path, text, enc="utf-8"):
    with open(path, "w", encoding=enc, newline="") as f:
        f.write(text)


# ---- .pipe.txt: a Zim Desktop Wiki page (own imitation)
def pipe(doc, rows):
    out = [
        "Content-Type: text/x-zim-wiki",
        "Wiki-Format: zim 0.6",
        "Creation-Date: 2025-03-04T09:30:00+08:00",
        "",
        "====== %s ======" % doc["title"],
        "Created 星期二 04 三月 2025",
        "",
    ]
    for p in doc["projects"]:
        for tab in (
            [["项目名称", p["header"][0][1]]] + [[k, v] for k, v in p["header"][1:]],
            [list(p["columns"])] + [list(r) for r in p["rows"]],
        ):
            w = max(len(r) for r in tab)
            tab = [r + [""] * (w - len(r)) for r in tab]
            cw = [max(3, max(dw(r[j]) for r in tab)) for j in range(w)]

            def line(r):
                return (
                    "|"
                    + "|".join(" " + (c or " ").strip() + " " * (cw[j] - dw(c or " ")) + " " for j, c in enumerate(r))
                    + "|"
                )

            out.append(line(tab[0]))
            out.append("|" + "|".join(":" + "-" * (cw[j] + 1) for j in range(w)) + "|")
            out += [line(r) for r in tab[1:]]
            out.append("")
    return "\n".join(out) + "\n"


# ---- .pipe_bare.txt: PostgreSQL COPY ... TO STDOUT (FORMAT text, DELIMITER '|', NULL '') (emulated exactly)
def copy_text(rows):
    def esc(c):
        return (
            c.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
        )

    return "".join("|".join(esc(c) for c in r) + "\n" for r in rows)


# ---- .tab.tsv: an Excel range copied to the clipboard, pasted into Notepad, saved as UTF-8 (own imitation)
def clip(rows):
    def q(c):
        return '"' + c.replace('"', '""') + '"' if ("\n" in c or '"' in c or "\t" in c) else c

    return "".join("\t".join(q(c) for c in r) + "\r\n" for r in rows)


# ---- .csv: SheetJS XLSX.utils.sheet_to_csv(ws, {strip: true}) (own imitation)
def sheetjs_csv(rows):
    out = []
    for r in rows:
        cells = list(r)
        while cells and cells[-1] == "":
            cells.pop()
        out.append(",".join('"' + c.replace('"', '""') + '"' if any(x in c for x in ',"\n') else c for c in cells))
    return "\n".join(out)  # SheetJS writes RS between rows, none after the last


# ---- aligned: lynx -dump (top) / w3m -dump (valign middle) of the web mirror's page (own imitation)
def wrap(s, width):
    lines, cur = [], ""
    for ch in s:
        if dw(cur + ch) > width:
            lines.append(cur)
            cur = ""
        cur += ch
    return lines + [cur] if cur else (lines or [""])


WIDTHS = {"一级指标": 10, "二级指标": 14, "三级指标": 22, "指标名称": 22, "指标内容": 22, "序号": 6}


def aligned(doc, centred):
    out = []
    margin = "   " if not centred else ""
    for p in doc["projects"]:
        out += ["", margin + " " * 12 + doc["title"], ""]
        for k, v in p["header"]:
            vl = wrap(v, 60) if v else [""]
            out.append((margin + "%s" % k + " " * max(2, 24 - dw(k)) + vl[0]).rstrip())
            out += [(margin + " " * 24 + x).rstrip() for x in vl[1:]]
        out.append("")
        cols = p["columns"]
        widths = [WIDTHS.get(c, 16 if len(c) <= 4 or "值" in c else 12) for c in cols]
        gap = "  " if not centred else "   "

        def emit(cells_lines):
            h = max(len(x) for x in cells_lines)
            for i in range(h):
                parts = []
                for j, ls in enumerate(cells_lines):
                    t = ls[i] if i < len(ls) else ""
                    parts.append(t + " " * (widths[j] - dw(t)))
                out.append((margin + gap.join(parts)).rstrip())

        emit([wrap(c, widths[j]) for j, c in enumerate(cols)])
        out.append(margin + gap.join("-" * w for w in widths))
        # blocks for the merged labels
        rows = p["rows"]
        cat = [j for j, c in enumerate(cols) if c in CATS]
        body = [[wrap(c, widths[j]) if j not in cat else [] for j, c in enumerate(r)] for r in rows]
        heights = [max(1, max(len(x) for x in b)) for b in body]
        for j in cat:  # a block is as tall as its label at least: its last row grows
            lvl = 0 if cols[j] == "一级指标" else 1
            bl = []
            for i, r in enumerate(rows):
                if i == 0 or r[j] != "" or (lvl == 1 and r[cat[0]] != ""):
                    bl.append([i, i])
                else:
                    bl[-1][1] = i
            for a, b in bl:
                need = len(wrap(rows[a][j], widths[j])) if rows[a][j] else 0
                have = sum(heights[a : b + 1])
                if need > have:
                    heights[b] += need - have
        start = []
        acc = 0
        for h in heights:
            start.append(acc)
            acc += h
        grid = [[[] for _ in cols] for _ in range(acc)]  # line -> col -> text
        lines = [["" for _ in cols] for _ in range(acc)]
        for i, b in enumerate(body):
            for j, ls in enumerate(b):
                for k, t in enumerate(ls):
                    lines[start[i] + k][j] = t
        for j in cat:
            lvl = cols.index(cols[j]) if False else (0 if cols[j] == "一级指标" else 1)
            blocks = []
            for i, r in enumerate(rows):
                opens = i == 0 or r[j] != "" or (lvl == 1 and cat and r[cat[0]] != "")
                if opens:
                    blocks.append([i, i])
                else:
                    blocks[-1][1] = i
            for a, b in blocks:
                lab = wrap(rows[a][j], widths[j]) if rows[a][j] else []
                first, last = start[a], start[b] + heights[b] - 1
                n = last - first + 1
                top = first if not centred else first + max(0, (n - len(lab) + 1) // 2)
                for k, t in enumerate(lab):
                    if top + k >= len(lines):
                        lines.append(["" for _ in cols])
                    lines[top + k][j] = t
        for L in lines:
            out.append((margin + gap.join(t + " " * (widths[j] - dw(t)) for j, t in enumerate(L))).rstrip())
        out.append("")
    return "\n".join(out) + "\n"


# ---- .flat.txt: WPS helper column =PHONETIC(A1:H1) filled down, the column copied into Notepad (own imitation)
def flat(rows):
    return "".join("".join(r) + "\r\n" for r in rows)


def main():
    os.makedirs(DOCS, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(DATA, "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        doc = json.load(open(path, encoding="utf-8"))
        rows, w = sheet(doc)
        base = os.path.join(DOCS, doc_id)
        write(base + ".pipe.txt", pipe(doc, rows))
        write(base + ".pipe_bare.txt", copy_text(rows))
        write(base + ".tab.tsv", clip(rows))
        write(base + ".csv", sheetjs_csv(rows))
        # .lines.txt: node v20 (run for real) printing every cell of the W-padded sheet a line
        js = "const rows = JSON.parse(require('fs').readFileSync(0, 'utf8')); for (const r of rows) for (const c of r) console.log(c);"
        res = subprocess.run(
            ["node", "-e", js], input=json.dumps(rows, ensure_ascii=False).encode(), capture_output=True, check=True
        )
        open(base + ".lines.txt", "wb").write(res.stdout)
        # .lines_dropped.txt: tclsh 8.6 (run for real) dropping empty and blank lines
        tcl = 'fconfigure stdin -encoding utf-8; fconfigure stdout -encoding utf-8 -translation lf\nforeach l [split [read stdin] "\\n"] { if {[string trim $l] ne ""} { puts $l } }\n'
        res = subprocess.run(["tclsh"], input=tcl.encode() + b"", capture_output=True) if False else None
        tf = "/tmp/b43_drop.tcl"
        open(tf, "w").write(tcl)
        res = subprocess.run(["tclsh", tf], stdin=open(base + ".lines.txt", "rb"), capture_output=True, check=True)
        open(base + ".lines_dropped.txt", "wb").write(res.stdout)
        write(base + ".aligned_top.txt", aligned(doc, False))
        write(base + ".aligned_centered.txt", aligned(doc, True))
        write(base + ".flat.txt", flat(rows))
        write(base + ".oneline.txt", oneline(doc))
        xlsx(doc, base + ".xlsx")
        docx(doc, base + ".docx")
        print(doc_id)


# ---- .oneline.txt: the crawler's python logging line per project (python 3.11 logging, run for real, time fixed)
def oneline(doc):
    buf = io.StringIO()
    lg = logging.getLogger("jx_crawler.%s" % id(buf))
    lg.propagate = False
    h = logging.StreamHandler(buf)
    h.setFormatter(logging.Formatter("%(asctime)s %(levelname)s [%(name)s] %(message)s"))
    lg.addHandler(h)
    lg.setLevel(logging.INFO)
    old = logging.LogRecord.__init__
    t0 = 1741051815.0  # 2025-03-04 09:30:15 +08:00
    for i, p in enumerate(doc["projects"]):
        rows = [[doc["title"]]] + [[k, v] for k, v in p["header"]] + [p["columns"]] + p["rows"]
        rec = lg.makeRecord("jx_crawler", logging.INFO, __file__, 0, "%s", ("".join("".join(r) for r in rows),), None)
        rec.created, rec.msecs, rec.name = t0 + i * 2, 0.0, "jx_crawler"
        h.handle(rec)
    os.environ["TZ"] = "Asia/Shanghai"
    return buf.getvalue()


def xlsx(doc, path):
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws0 = wb.active
    ws0.title = "填报说明"
    ws0["A1"] = "本表由预算管理一体化系统导出，金额单位：万元。"
    for n, p in enumerate(doc["projects"], 1):
        ws = wb.create_sheet("项目%d" % n)
        cols = p["columns"]
        W = len(cols)
        ws.cell(1, 1, doc["title"]).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=W)
        r = 2
        for k, v in p["header"]:
            ws.cell(r, 1, k)
            if v != "" or k != "项目资金（万元）":
                ws.cell(r, 2, v)
                if W > 2:
                    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=W)
            r += 1
        for j, c in enumerate(cols, 1):
            ws.cell(r, j, c).font = Font(bold=True)
        ws.freeze_panes = ws.cell(r + 1, 1)
        r0 = r + 1
        for i, row in enumerate(p["rows"]):
            for j, c in enumerate(row, 1):
                if c != "":
                    ws.cell(r0 + i, j, c).alignment = Alignment(vertical="center", wrap_text=True)
        for j, c in enumerate(cols):
            if c not in CATS:
                continue
            lvl = 0 if c == "一级指标" else 1
            i1 = cols.index("一级指标") if "一级指标" in cols else None
            blocks = []
            for i, row in enumerate(p["rows"]):
                if i == 0 or row[j] != "" or (lvl == 1 and i1 is not None and row[i1] != ""):
                    blocks.append([i, i])
                else:
                    blocks[-1][1] = i
            for a, b in blocks:
                if b > a:
                    ws.merge_cells(start_row=r0 + a, start_column=j + 1, end_row=r0 + b, end_column=j + 1)
        ws.print_title_rows = "%d:%d" % (r, r)
    wb.properties.creator = "预算管理一体化系统"
    import datetime

    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 3, 4, 9, 30)
    buf = io.BytesIO()
    wb.save(buf)
    fix_zip(buf.getvalue(), path)


def fix_zip(data, path):
    import re

    zin = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            d = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                d = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-03-04T01:30:00Z", d)
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 4, 9, 30, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(ni, d)


def docx(doc, path):
    import docx as D
    from docx.shared import Pt
    import datetime

    d = D.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10)
    for n, p in enumerate(doc["projects"]):
        if n:
            d.add_page_break()
        d.add_paragraph(doc["title"])
        cols = p["columns"]
        W = len(cols)
        nh = len(p["header"])
        t = d.add_table(rows=nh + 1 + len(p["rows"]), cols=W)
        t.style = "Table Grid"
        for i, (k, v) in enumerate(p["header"]):
            t.cell(i, 0).text = k
            if W > 2:
                m = t.cell(i, 1).merge(t.cell(i, W - 1))
            else:
                m = t.cell(i, 1)
            m.text = v
            for para in m.paragraphs[1:]:
                para._element.getparent().remove(para._element)
        for j, c in enumerate(cols):
            t.cell(nh, j).text = c
        r0 = nh + 1
        for i, row in enumerate(p["rows"]):
            for j, c in enumerate(row):
                if c:
                    t.cell(r0 + i, j).text = c
        for j, c in enumerate(cols):
            if c not in CATS:
                continue
            lvl = 0 if c == "一级指标" else 1
            i1 = cols.index("一级指标")
            blocks = []
            for i, row in enumerate(p["rows"]):
                if i == 0 or row[j] != "" or (lvl == 1 and row[i1] != ""):
                    blocks.append([i, i])
                else:
                    blocks[-1][1] = i
            for a, b in blocks:
                if b > a:
                    m = t.cell(r0 + a, j).merge(t.cell(r0 + b, j))
                    for para in m.paragraphs[1:]:
                        para._element.getparent().remove(para._element)
    cp = d.core_properties
    cp.author = "示例市预算管理一体化系统"
    cp.created = cp.modified = datetime.datetime(2025, 3, 4, 9, 30)
    cp.last_modified_by = "示例市预算管理一体化系统"
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    fix_zip(buf.getvalue(), path)


if __name__ == "__main__":
    main()
