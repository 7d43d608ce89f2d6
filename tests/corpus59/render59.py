"""Render data/<doc>.json of blind59 into ten text shapes, an XLSX and a DOCX (own code; sqlite3, GNU tr and GNU sed
run for real).  Usage: python render59.py /work/blind59"""

import csv, glob, io, json, os, subprocess, sys, unicodedata, zipfile, datetime

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, "docs")
CAT = ("一级指标", "二级指标")


def sheet(doc):
    """Rows of the department's sheet: the title row, then per project its header pairs, grid header, grid rows."""
    out = [[doc["title"]]]
    parts = []
    for p in doc["projects"]:
        rows = [list(kv) for kv in p["header"]] + [list(p["columns"])] + [list(r) for r in p["rows"]]
        parts.append(rows)
    return out, parts


def pad(r, w):
    return r + [""] * (w - len(r))


def width_of(doc):
    return max(len(p["columns"]) for p in doc["projects"])


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def write(path, data, mode="wb"):
    with open(path, mode) as f:
        f.write(data)


# ------------------------------------------------------------------ pipe: Shimo Docs "导出为 Markdown" (imitation)
def pipe(doc, W, title, parts):
    esc = lambda c: c.replace("|", "\\|").replace("\n", "<br/>")
    L = ["# " + doc["title"], ""]
    for rows in parts:
        L.append("|" + "|".join(["  "] * W) + "|")  # the exporter's EMPTY header row
        L.append("|" + "|".join([" --- "] * W) + "|")
        for r in rows:
            L.append("| " + " | ".join(esc(c) for c in pad(r, W)) + " |")
        L.append("")
    return "\n".join(L).encode("utf-8")


# ------------------------------------------------------------------ pipe_bare: MATLAB writecell(C, f, 'Delimiter', 'bar')
def pipe_bare(doc, W, title, parts):
    def f(c):
        return '"' + c.replace('"', '""') + '"' if any(x in c for x in '|"\n') else c

    rows = [pad(title[0], W)] + [pad(r, W) for rows in parts for r in rows]
    return "".join("|".join(f(c) for c in r) + "\r\n" for r in rows).encode("utf-8")


# ------------------------------------------------------------------ tab: python csv 'unix' dialect, delimiter TAB
def tab(doc, W, title, parts):
    s = io.StringIO()
    w = csv.writer(s, dialect="unix", delimiter="\t")
    w.writerow(pad(title[0], W))
    for rows in parts:
        for r in rows:
            w.writerow(pad(r, W))
    return s.getvalue().encode("utf-8")


# ------------------------------------------------------------------ csv: R data.table::fwrite (imitation)
def csv_(doc, W, title, parts):
    def f(c):
        return '"' + c.replace('"', '""') + '"' if any(x in c for x in ',"\n\r') else c

    rows = [["V%d" % (i + 1) for i in range(W)], pad(title[0], W)] + [pad(r, W) for rows in parts for r in rows]
    return "".join(",".join(f(c) for c in r) + "\n" for r in rows).encode("utf-8")


# ------------------------------------------------------------------ lines: sqlite3 .mode ascii, then GNU tr
def sqlite_ascii(doc, W, title, parts, tmp):
    rows = [pad(title[0], W)] + [pad(r, W) for rows in parts for r in rows]
    sql = ["CREATE TABLE jx59(rn INTEGER, %s);" % ", ".join("c%d TEXT" % (i + 1) for i in range(W))]
    for n, r in enumerate(rows):
        vals = ", ".join("NULL" if c == "" else "'" + c.replace("'", "''") + "'" for c in r)
        sql.append("INSERT INTO jx59 VALUES(%d, %s);" % (n, vals))
    sql.append(".mode ascii")
    sql.append("SELECT %s FROM jx59 ORDER BY rn;" % ", ".join("c%d" % (i + 1) for i in range(W)))
    write(tmp + ".sql", "\n".join(sql) + "\n", "w")
    out = subprocess.run(
        ["sqlite3", ":memory:", "-init", tmp + ".sql"], input=b"", capture_output=True, check=True
    ).stdout
    return out


def lines(ascii_bytes):
    return subprocess.run(["tr", "\\037\\036", "\\n\\n"], input=ascii_bytes, capture_output=True, check=True).stdout


def lines_dropped(lb):
    return subprocess.run(["sed", "-n", "/./p"], input=lb, capture_output=True, check=True).stdout


# ------------------------------------------------------------------ aligned: dot-matrix print spool (imitation)
WIDTHS = {"一级指标": 12, "二级指标": 14, "三级指标": 24, "指标名称": 24, "指标内容": 24}
PAGE = 56


def wrap(s, w):
    out, cur = [], ""
    for ch in s.replace("\n", ""):
        if dw(cur + ch) > w:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return out or [""]


def fit(s, w):
    return s + " " * (w - dw(s))


def aligned(doc, centered):
    body = []
    body.append(" " * 20 + doc["title"])
    for p in doc["projects"]:
        body.append("")
        for k, v in p["header"]:
            vl = wrap(v, 76) if v else [""]
            for i, x in enumerate(vl):
                body.append(("    " + fit(k if i == 0 else "", 22) + x).rstrip())
        cols = p["columns"]
        ws = [WIDTHS.get(c, 12 if len(c) <= 4 else 14) for c in cols]
        for c in cols:
            pass
        ws = [max(w, min(dw(c), 16)) for w, c in zip(ws, cols)]
        hl = [wrap(c, w) for c, w in zip(cols, ws)]
        for i in range(max(len(x) for x in hl)):
            body.append(("  " + "  ".join(fit(x[i] if i < len(x) else "", w) for x, w in zip(hl, ws))).rstrip())
        # cell lines per row
        cells = [[wrap(c, w) if c else [""] for c, w in zip(r, ws)] for r in p["rows"]]
        cat = [j for j, c in enumerate(cols) if c in CAT]
        heights = [max(len(x) for j, x in enumerate(rc) if not (centered and j in cat)) for rc in cells]
        lab = {}  # (row, line, col) -> label line (centered mode)
        if centered:
            rows = p["rows"]
            for j in cat:
                a = 0
                while a < len(rows):
                    b = a
                    while (
                        b + 1 < len(rows) and rows[b + 1][j] == "" and not (j != cat[0] and rows[b + 1][cat[0]] != "")
                    ):
                        b += 1
                    ll = wrap(rows[a][j], ws[j]) if rows[a][j] else []
                    tot = sum(heights[a : b + 1])
                    if len(ll) > tot:
                        heights[b] += len(ll) - tot
                        tot = len(ll)
                    slots = [(i, k) for i in range(a, b + 1) for k in range(heights[i])]
                    st = (tot - len(ll)) // 2
                    for n, x in enumerate(ll):
                        lab[slots[st + n] + (j,)] = x
                    a = b + 1
        for i, rc in enumerate(cells):
            h = heights[i]
            grid = []
            for k in range(h):
                line = []
                for j, (x, w) in enumerate(zip(rc, ws)):
                    if centered and j in cat:
                        line.append(fit(lab.get((i, k, j), ""), w))
                        continue
                    line.append(fit(x[k] if k < len(x) else "", w))
                grid.append(("  " + "  ".join(line)).rstrip())
            body += grid
    # pages of PAGE lines, a foot `第 n 页` and a form feed
    out, n = [], 0
    for i in range(0, len(body), PAGE - 2):
        n += 1
        chunk = body[i : i + PAGE - 2]
        out += chunk + ["", " " * 40 + "第 %d 页" % n]
        out.append("\f")
    text = "\r\n".join(out[:-1]).replace("\r\n\f\r\n", "\r\n\f")
    return (text + "\r\n").encode("gb18030")


# ------------------------------------------------------------------ flat / oneline
def flat(doc, W, title, parts):
    L = ["".join(title[0])]
    for k, rows in enumerate(parts):
        if k:
            L.append("")
        L += ["".join(c.replace("\n", "") for c in r) for r in rows]
    return ("\r\n".join(L) + "\r\n").encode("utf-8")


def oneline(doc, W, title, parts, tmp):
    out = b""
    for k, rows in enumerate(parts):
        part = (
            "\r\n".join(([title[0][0]] if k == 0 else []) + ["".join(c.replace("\n", "") for c in r) for r in rows])
            + "\r\n"
        ).encode("utf-8")
        out += (
            subprocess.run(["sed", "-z", "s/\\r\\?\\n//g"], input=part, capture_output=True, check=True).stdout + b"\n"
        )
    return out


# ------------------------------------------------------------------ xlsx / docx
FIXED = datetime.datetime(2025, 3, 18, 9, 30, 0)


def fix_zip(path):
    zin = zipfile.ZipFile(path)
    items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re

                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2025-03-18T09:30:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def xlsx(doc, W, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标"
    ws.append([doc["title"]])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=W)
    ws.cell(1, 1).font = Font(bold=True, size=14)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    for p in doc["projects"]:
        ws.append([])
        for k, v in p["header"]:
            ws.append([k, v])
            rr = ws.max_row
            ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=W)
        ws.append(p["columns"])
        for c in range(1, len(p["columns"]) + 1):
            ws.cell(ws.max_row, c).font = Font(bold=True)
        start = ws.max_row + 1
        for r in p["rows"]:
            ws.append([c if c != "" else None for c in r])
        cat = [j for j, c in enumerate(p["columns"]) if c in CAT]
        for j in cat:
            a = 0
            rows = p["rows"]
            while a < len(rows):
                b = a
                while b + 1 < len(rows) and rows[b + 1][j] == "" and not (j != cat[0] and rows[b + 1][cat[0]] != ""):
                    b += 1
                if b > a and rows[a][j] != "":
                    ws.merge_cells(start_row=start + a, start_column=j + 1, end_row=start + b, end_column=j + 1)
                    ws.cell(start + a, j + 1).alignment = Alignment(vertical="center", wrap_text=True)
                a = b + 1
    wb.properties.creator = "示例市财政局"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)
    fix_zip(path)


def docx(doc, path):
    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.styles["Normal"].font.size = Pt(9)
    for p in doc["projects"]:
        d.add_paragraph(doc["title"])
        W = len(p["columns"])
        t = d.add_table(rows=0, cols=W)
        t.style = "Table Grid"
        for k, v in p["header"]:
            cells = t.add_row().cells
            cells[0].text = k
            m = cells[1].merge(cells[W - 1])
            m.text = v
        hc = t.add_row().cells
        for j, c in enumerate(p["columns"]):
            hc[j].text = c
        first = len(t.rows)
        for r in p["rows"]:
            rc = t.add_row().cells
            for j, c in enumerate(r):
                rc[j].text = c
        cat = [j for j, c in enumerate(p["columns"]) if c in CAT]
        rows = p["rows"]
        for j in cat:
            a = 0
            while a < len(rows):
                b = a
                while b + 1 < len(rows) and rows[b + 1][j] == "" and not (j != cat[0] and rows[b + 1][cat[0]] != ""):
                    b += 1
                if b > a and rows[a][j] != "":
                    top = t.cell(first + a, j)
                    top.merge(t.cell(first + b, j))
                    top.text = rows[a][j]
                a = b + 1
        d.add_paragraph("")
    d.core_properties.author = "示例市财政局"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_modified_by = "示例市财政局"
    d.save(path)
    fix_zip(path)


def main():
    os.makedirs(DOCS, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        doc = json.load(open(path, encoding="utf-8"))
        W = width_of(doc)
        title, parts = sheet(doc)
        o = lambda suf: os.path.join(DOCS, doc_id + suf)
        write(o(".pipe.txt"), pipe(doc, W, title, parts))
        write(o(".pipe_bare.txt"), pipe_bare(doc, W, title, parts))
        write(o(".tab.tsv"), tab(doc, W, title, parts))
        write(o(".csv"), csv_(doc, W, title, parts))
        a = sqlite_ascii(doc, W, title, parts, "/tmp/b59/" + doc_id)
        lb = lines(a)
        write(o(".lines.txt"), lb)
        write(o(".lines_dropped.txt"), lines_dropped(lb))
        write(o(".aligned_top.txt"), aligned(doc, False))
        write(o(".aligned_centered.txt"), aligned(doc, True))
        write(o(".flat.txt"), flat(doc, W, title, parts))
        write(o(".oneline.txt"), oneline(doc, W, title, parts, "/tmp/b59/" + doc_id))
        xlsx(doc, W, o(".xlsx"))
        docx(doc, o(".docx"))
        print(doc_id)


if __name__ == "__main__":
    main()
