"""blind55 renderer: ten text shapes, XLSX and DOCX per document from data/<doc>.json (own code; sqlite3, GNU tr,
GNU grep, GNU cut and jq are run for real).  Usage: python render55.py /work/blind55"""

import io
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
CAT = ("一级指标", "二级指标")


def load(doc_id):
    return json.load(open(os.path.join(DATA, doc_id + ".json"), encoding="utf-8"))


def own_rows(doc):
    """The sheet: title row, then per project header pairs, grid header, grid rows (own widths)."""
    out = [[doc["title"]]]
    for p in doc["projects"]:
        out += [list(kv) for kv in p["header"]]
        out.append(list(p["columns"]))
        out += [list(r) for r in p["rows"]]
    return out


def project_rows(p):
    return [list(kv) for kv in p["header"]] + [list(p["columns"])] + [list(r) for r in p["rows"]]


def width(doc):
    return max(len(r) for r in own_rows(doc))


def pad(r, w):
    return r + [""] * (w - len(r))


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wb(path, data):
    with open(path, "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- pipe: Notion "Export → Markdown & CSV" (imitation)
def pipe(doc):
    out = ["# " + doc["title"], ""]
    for p in doc["projects"]:
        rows = project_rows(p)
        w = max(len(r) for r in rows)

        def line(r):
            return "| " + " | ".join(c.replace("|", "\\|").replace("\n", "<br>") for c in pad(r, w)) + " |"

        out.append(line(rows[0]))
        out.append("| " + " | ".join(["---"] * w) + " |")
        out += [line(r) for r in rows[1:]]
        out.append("")
    return "\n".join(out).encode("utf-8")


# ---------------------------------------------------------------- pipe_bare: SAS PROC EXPORT DBMS=DLM DELIMITER='|'
def pipe_bare(doc):
    w = width(doc)
    names = [chr(65 + i) if i < 26 else "A" + chr(65 + i - 26) for i in range(w)]
    out = ["|".join(names)]
    for r in own_rows(doc):
        cells = []
        for c in pad(r, w):
            if "|" in c or '"' in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c.replace("\n", " "))
        out.append("|".join(cells))
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


# ---------------------------------------------------------------- tab: sqlite3 .mode list, .separator "\t" "\r\n"
def tab(doc, sep="\\t"):
    w = width(doc)
    rows = [pad(r, w) for r in own_rows(doc)]
    with tempfile.TemporaryDirectory() as d:
        sql = ["CREATE TABLE jx55(rn INTEGER, %s);" % ", ".join("c%d TEXT" % (i + 1) for i in range(w))]
        for n, r in enumerate(rows):
            sql.append("INSERT INTO jx55 VALUES(%d, %s);" % (n, ", ".join("'" + c.replace("'", "''") + "'" for c in r)))
        sql += [
            ".mode list",
            '.separator "%s" "\\r\\n"' % sep,
            "SELECT %s FROM jx55 ORDER BY rn;" % ", ".join("c%d" % (i + 1) for i in range(w)),
        ]
        script = os.path.join(d, "x.sql")
        open(script, "w", encoding="utf-8").write("\n".join(sql) + "\n")
        return subprocess.run(["sqlite3", ":memory:", ".read " + script], capture_output=True, check=True).stdout


# ---------------------------------------------------------------- csv: a Google Apps Script export (imitation)
def csv_(doc):
    w = width(doc)
    lines = []
    for r in own_rows(doc):
        cells = []
        for c in pad(r, w):
            if any(ch in c for ch in ',"\n'):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        lines.append(",".join(cells))
    return "\n".join(lines).encode("utf-8")  # no newline after the last row


# ---------------------------------------------------------------- aligned: a Foxit "另存为 TXT" of the print (imitation)
MAXW = {"一级指标": 12, "二级指标": 14, "三级指标": 24, "指标名称": 24, "指标内容": 24}


def wrap(s, n):
    out, cur = [], ""
    for ch in s.replace("\n", ""):
        if dw(cur + ch) > n:
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return out


def aligned(doc, centred):
    lines = ["", "    " + doc["title"], ""]
    for p in doc["projects"]:
        for k, v in p["header"]:
            vl = wrap(v, 70) if v else [""]
            lines.append("  " + k + " " * max(2, 20 - dw(k)) + vl[0])
            for x in vl[1:]:
                lines.append("  " + " " * 20 + x)
        lines.append("")
        cols = p["columns"]
        ws = []
        for j, c in enumerate(cols):
            m = MAXW.get(c, 16)
            ws.append(min(m, max([dw(c)] + [dw(r[j]) for r in p["rows"]])))
        rows = [list(r) for r in p["rows"]]
        cells = [[wrap(c, ws[j]) if c else [] for j, c in enumerate(r)] for r in rows]
        heights = [max(1, max(len(x) for x in cr)) for cr in cells]
        if centred:  # merged labels laid on the middle line of their block's lines (rounding down)
            for j, c in enumerate(cols):
                if c not in CAT:
                    continue
                i = 0
                while i < len(rows):
                    if not rows[i][j]:
                        i += 1
                        continue
                    k = i + 1
                    while k < len(rows) and not rows[k][j] and not (j == 1 and rows[k][0]):
                        k += 1
                    lab = cells[i][j]
                    cells[i][j] = []
                    total = sum(heights[i:k])
                    mid = (total - len(lab)) // 2
                    # find the row and the line inside it
                    acc = 0
                    for t in range(i, k):
                        if acc + heights[t] > mid:
                            off = mid - acc
                            need = off + len(lab)
                            if need > heights[t]:
                                heights[t] = need
                            cells[t][j] = [""] * off + lab
                            break
                        acc += heights[t]
                    i = k
        head = [wrap(c, ws[j]) for j, c in enumerate(cols)]
        hh = max(len(x) for x in head)
        for n in range(hh):
            lines.append(fmt([x[n] if n < len(x) else "" for x in head], ws))
        for cr, h in zip(cells, heights):
            for n in range(h):
                lines.append(fmt([x[n] if n < len(x) else "" for x in cr], ws))
        lines.append("")
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def fmt(parts, ws):
    s = "  "
    for x, w in zip(parts, ws):
        s += x + " " * (w - dw(x)) + "  "
    return s.rstrip()


# ---------------------------------------------------------------- xlsx / docx
FIXED = (2025, 3, 1, 9, 0, 0)


def fix_zip(path):
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time
                import re

                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-03-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    src.close()
    wb(path, buf.getvalue())


def blocks(rows, j):
    out = []
    for i, r in enumerate(rows):
        if i == 0 or r[j] or (j == 1 and r[0]):
            out.append([i, i])
        else:
            out[-1][1] = i
    return out


def xlsx(doc, path):
    import datetime

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    for n, p in enumerate(doc["projects"]):
        ws = book.create_sheet("项目%d" % (n + 1))
        w = len(p["columns"])
        ws.cell(1, 1, doc["title"]).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=w)
        r = 2
        for k, v in p["header"]:
            ws.cell(r, 1, k)
            ws.cell(r, 2, v)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=w)
            r += 1
        for j, c in enumerate(p["columns"]):
            ws.cell(r, j + 1, c).font = Font(bold=True)
        g0 = r + 1
        for i, row in enumerate(p["rows"]):
            for j, c in enumerate(row):
                if c != "":
                    ws.cell(g0 + i, j + 1, c)
        if p["columns"][:2] == list(CAT):
            for j in (0, 1):
                for a, b in blocks(p["rows"], j):
                    if b > a:
                        ws.merge_cells(start_row=g0 + a, start_column=j + 1, end_row=g0 + b, end_column=j + 1)
                        ws.cell(g0 + a, j + 1).alignment = Alignment(vertical="center", wrap_text=True)
        ws.freeze_panes = ws.cell(g0, 1)
    book.properties.creator = "示例市财政预算管理一体化系统"
    book.properties.created = book.properties.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    book.save(path)
    fix_zip(path)


def docx(doc, path):
    import datetime

    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.styles["Normal"].font.size = Pt(9)
    for p in doc["projects"]:
        d.add_paragraph(doc["title"])
        w = len(p["columns"])
        t = d.add_table(rows=0, cols=w)
        t.style = "Table Grid"
        for k, v in p["header"]:
            cs = t.add_row().cells
            cs[0].text = k
            m = cs[1].merge(cs[w - 1])
            m.text = v
        cs = t.add_row().cells
        for j, c in enumerate(p["columns"]):
            cs[j].text = c
        first = len(t.rows)
        for row in p["rows"]:
            cs = t.add_row().cells
            for j, c in enumerate(row):
                cs[j].text = c
        if p["columns"][:2] == list(CAT):
            for j in (0, 1):
                for a, b in blocks(p["rows"], j):
                    if b > a:
                        t.cell(first + a, j).merge(t.cell(first + b, j))
        d.add_paragraph("")
    cp = d.core_properties
    cp.author = "示例市财政预算管理一体化系统"
    cp.created = cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.revision = 1
    d.save(path)
    fix_zip(path)


def main():
    os.makedirs(DOCS, exist_ok=True)
    for fn in sorted(os.listdir(DATA)):
        doc_id = fn[:-5]
        doc = load(doc_id)
        base = os.path.join(DOCS, doc_id)
        wb(base + ".pipe.txt", pipe(doc))
        wb(base + ".pipe_bare.txt", pipe_bare(doc))
        wb(base + ".tab.tsv", tab(doc))
        wb(base + ".csv", csv_(doc))
        # lines: GNU tr '|' '\n' over the SAS file (run for real); lines_dropped: GNU grep . (run for real)
        lines = subprocess.run(["tr", "|", "\\n"], input=pipe_bare(doc), capture_output=True, check=True).stdout
        wb(base + ".lines.txt", lines)
        wb(base + ".lines_dropped.txt", subprocess.run(["grep", "."], input=lines, capture_output=True).stdout)
        wb(base + ".aligned_top.txt", aligned(doc, False))
        wb(base + ".aligned_centered.txt", aligned(doc, True))
        # flat: the same sqlite3 query with .separator "" "\r\n" (run for real): cells glued
        flat = tab(doc, sep="")
        wb(base + ".flat.txt", flat)
        # oneline: each project's part of the flat file through jq -sRr 'gsub("\r?\n"; "")' (run for real)
        fl = flat.split(b"\r\n")
        parts, i = [], 1  # line 0: the title, glued before the first project
        for n, p in enumerate(doc["projects"]):
            k = len(p["header"]) + 1 + len(p["rows"])
            part = (fl[0] + b"\r\n" if n == 0 else b"") + b"\r\n".join(fl[i : i + k]) + b"\r\n"
            i += k
            parts.append(
                subprocess.run(
                    ["jq", "-sRr", 'gsub("\\r?\\n"; "")'], input=part, capture_output=True, check=True
                ).stdout
            )
        wb(base + ".oneline.txt", b"".join(parts))
        xlsx(doc, base + ".xlsx")
        docx(doc, base + ".docx")
        print(doc_id)


if __name__ == "__main__":
    main()
