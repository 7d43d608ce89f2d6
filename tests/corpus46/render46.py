"""blind46 renderer: ten text shapes + xlsx + docx from data/*.json (own code; sqlite3 CLI run for real)."""

import csv, glob, io, json, os, subprocess, sys, unicodedata, zipfile

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, "docs")


def sheet(doc):
    """The document as one sheet: per project the title, the header pairs, the grid header and rows; W cells a row."""
    W = max(len(p["columns"]) for p in doc["projects"])
    rows = []
    for i, p in enumerate(doc["projects"]):
        if i:
            rows.append([""] * W)
        rows.append([doc["title"]] + [""] * (W - 1))
        for k, v in p["header"]:
            rows.append([k, v] + [""] * (W - 2))
        rows.append(p["columns"] + [""] * (W - len(p["columns"])))
        for r in p["rows"]:
            rows.append(r + [""] * (W - len(r)))
    return rows


def proj_rows(p, title):
    out = [[title]] + [list(kv) for kv in p["header"]] + [p["columns"]] + [list(r) for r in p["rows"]]
    return out


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap(s, w):
    out, cur = [], ""
    for c in s:
        if dw(cur + c) > w:
            out.append(cur)
            cur = c
        else:
            cur += c
    return out + [cur] if cur or not out else out


def aligned(doc, centered):
    lines = []
    for p in doc["projects"]:
        lines += ["", "        " + doc["title"], ""]
        for k, v in p["header"]:
            ws = wrap(v, 60) if v else [""]
            for j, seg in enumerate(ws):
                lines.append(((k if j == 0 else "") + " " * (22 - dw(k if j == 0 else ""))) + seg)
        lines.append("")
        cols = p["columns"]
        widths = [
            12
            if c in ("一级指标", "二级指标")
            else 8
            if c == "序号"
            else 24
            if c in ("三级指标", "指标名称", "指标内容")
            else 16
            for c in cols
        ]
        grid = [cols] + p["rows"]
        cellsplit = [[wrap(c, w) if c else [] for c, w in zip(row, widths)] for row in grid]
        heights = [max(1, max(len(c) for c in row)) for row in cellsplit]
        if centered:  # move merged labels of col 0/1 to the middle line of their block
            for j in (0, 1):
                if j >= len(cols) or cols[j] not in ("一级指标", "二级指标"):
                    continue
                starts = [i for i in range(1, len(grid)) if grid[i][j] or (j == 1 and grid[i][0])]
                for a, s in enumerate(starts):
                    e = (starts[a + 1] if a + 1 < len(starts) else len(grid)) - 1
                    tot = sum(heights[s : e + 1])
                    mid = (tot - 1) // 2 + (1 if tot % 2 == 0 else 0)
                    lab = cellsplit[s][j]
                    cellsplit[s][j] = []
                    acc = 0
                    for i in range(s, e + 1):
                        if acc + heights[i] > mid:
                            off = mid - acc
                            cellsplit[i][j] = [""] * off + lab
                            heights[i] = max(heights[i], off + len(lab))
                            break
                        acc += heights[i]
        for i, row in enumerate(cellsplit):
            for ln in range(heights[i]):
                s = ""
                for c, w in zip(row, widths):
                    t = c[ln] if ln < len(c) else ""
                    s += t + " " * (w - dw(t) + 2)
                lines.append(s.rstrip())
            if i == 0:
                lines.append("-" * (sum(widths) + 2 * len(widths)))
    return "\n".join(lines) + "\n"


def main():
    os.makedirs(DOCS, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        d = os.path.basename(path)[:-5]
        doc = json.load(open(path, encoding="utf-8"))
        base = os.path.join(DOCS, d)
        S = sheet(doc)
        W = len(S[0])
        # pipe: Emacs org-mode table (org-table-align style: padded to display width, |---+---| rule under grid header)
        out = []
        for p in doc["projects"]:
            out.append("* " + doc["title"])
            hd = [list(kv) for kv in p["header"]]
            w0 = max(dw(k) for k, v in hd)
            w1 = max(dw(v) for k, v in hd)
            for k, v in hd:
                out.append("| " + k + " " * (w0 - dw(k)) + " | " + v + " " * (w1 - dw(v)) + " |")
            out.append("")
            g = [p["columns"]] + p["rows"]
            ws = [max(dw(r[j]) for r in g) for j in range(len(p["columns"]))]
            for i, r in enumerate(g):
                out.append("| " + " | ".join(c + " " * (w - dw(c)) for c, w in zip(r, ws)) + " |")
                if i == 0:
                    out.append("|-" + "-+-".join("-" * w for w in ws) + "-|")
            out.append("")
        open(base + ".pipe.txt", "w", encoding="utf-8", newline="\n").write("\n".join(out))
        # sqlite3 for real: list mode (separator |) and tabs mode
        db = "/tmp/b46_%s.db" % d
        if os.path.exists(db):
            os.remove(db)
        cols = ", ".join("c%d TEXT" % i for i in range(W))
        sql = io.StringIO()
        sql.write("CREATE TABLE sheet(rn INTEGER, %s);\n" % cols)
        for i, r in enumerate(S):
            sql.write("INSERT INTO sheet VALUES(%d,%s);\n" % (i, ",".join("'" + c.replace("'", "''") + "'" for c in r)))
        subprocess.run(["sqlite3", db], input=sql.getvalue(), text=True, check=True)
        sel = "SELECT %s FROM sheet ORDER BY rn;" % ",".join("c%d" % i for i in range(W))
        for mode, suf in ((".mode list", ".pipe_bare.txt"), (".mode tabs", ".tab.tsv")):
            res = subprocess.run(
                ["sqlite3", db],
                input=mode + "\n.headers off\n" + sel + "\n",
                capture_output=True,
                text=True,
                check=True,
            )
            open(base + suf, "w", encoding="utf-8", newline="").write(res.stdout)
        os.remove(db)
        # csv: python csv (Excel dialect: minimal quoting, CRLF) with a UTF-8 BOM ("CSV UTF-8")
        f = io.StringIO()
        csv.writer(f).writerows(S)
        open(base + ".csv", "w", encoding="utf-8-sig", newline="").write(f.getvalue())
        # lines: one cell a line, each row its own cells, empty cells as empty lines; CRLF
        L = []
        for p in doc["projects"]:
            for r in proj_rows(p, doc["title"]):
                L += r
        open(base + ".lines.txt", "w", encoding="utf-8", newline="").write("\r\n".join(L) + "\r\n")
        open(base + ".lines_dropped.txt", "w", encoding="utf-8", newline="").write(
            "\r\n".join(x for x in L if x) + "\r\n"
        )
        open(base + ".aligned_top.txt", "w", encoding="utf-8", newline="\n").write(aligned(doc, False))
        open(base + ".aligned_centered.txt", "w", encoding="utf-8", newline="\n").write(aligned(doc, True))
        F = ["".join(r) for r in S]
        open(base + ".flat.txt", "w", encoding="utf-8", newline="\n").write("\n".join(F) + "\n")
        O = ["".join("".join(r) for r in proj_rows(p, doc["title"])) for p in doc["projects"]]
        open(base + ".oneline.txt", "w", encoding="utf-8", newline="\n").write("\n".join(O) + "\n")
        xlsx(doc, base + ".xlsx")
        docx(doc, base + ".docx")


def xlsx(doc, out):
    import openpyxl, datetime
    from openpyxl.styles import Alignment

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    W = max(len(p["columns"]) for p in doc["projects"])
    rn = 1
    for p in doc["projects"]:
        ws.cell(rn, 1, doc["title"])
        ws.merge_cells(start_row=rn, start_column=1, end_row=rn, end_column=W)
        rn += 1
        for k, v in p["header"]:
            ws.cell(rn, 1, k)
            ws.cell(rn, 2, v or None)
            ws.merge_cells(start_row=rn, start_column=2, end_row=rn, end_column=W)
            rn += 1
        for j, c in enumerate(p["columns"]):
            ws.cell(rn, j + 1, c)
        rn += 1
        g0 = rn
        for r in p["rows"]:
            for j, c in enumerate(r):
                if c:
                    ws.cell(rn, j + 1, c).alignment = Alignment(wrap_text=True, vertical="center")
            rn += 1
        for j in (0, 1):
            if j < len(p["columns"]) and p["columns"][j] in ("一级指标", "二级指标"):
                starts = [i for i, r in enumerate(p["rows"]) if r[j] or (j == 1 and r[0])] + [len(p["rows"])]
                for a, b in zip(starts, starts[1:]):
                    if b - a > 1:
                        ws.merge_cells(start_row=g0 + a, start_column=j + 1, end_row=g0 + b - 1, end_column=j + 1)
        rn += 1
    wb.properties.creator = "公用事业数据填报系统"
    t = datetime.datetime(2025, 1, 15, 9, 0, 0)
    wb.properties.created = t
    wb.properties.modified = t
    wb.save(out)
    fix_zip(out)


def docx(doc, out):
    import docx as D, datetime
    from docx.enum.text import WD_BREAK

    d = D.Document()
    for i, p in enumerate(doc["projects"]):
        if i:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.add_paragraph(doc["title"])
        t = d.add_table(rows=len(p["header"]), cols=2)
        t.style = "Table Grid"
        for k, (a, b) in enumerate(p["header"]):
            t.cell(k, 0).text = a
            t.cell(k, 1).text = b
        d.add_paragraph()
        g = d.add_table(rows=len(p["rows"]) + 1, cols=len(p["columns"]))
        g.style = "Table Grid"
        for j, c in enumerate(p["columns"]):
            g.cell(0, j).text = c
        for i2, r in enumerate(p["rows"]):
            for j, c in enumerate(r):
                g.cell(i2 + 1, j).text = c
        for j in (0, 1):
            if j < len(p["columns"]) and p["columns"][j] in ("一级指标", "二级指标"):
                starts = [i2 for i2, r in enumerate(p["rows"]) if r[j] or (j == 1 and r[0])] + [len(p["rows"])]
                for a, b in zip(starts, starts[1:]):
                    if b - a > 1:
                        m = g.cell(a + 1, j).merge(g.cell(b, j))
                        for para in m.paragraphs[1:]:
                            para._element.getparent().remove(para._element)
    cp = d.core_properties
    cp.author = "公用事业数据填报系统"
    cp.created = cp.modified = datetime.datetime(2025, 1, 15, 9, 0, 0)
    cp.last_modified_by = ""
    cp.revision = 1
    d.save(out)
    fix_zip(out)


def fix_zip(path):
    zin = zipfile.ZipFile(path)
    items = [(i.filename, zin.read(i)) for i in zin.infolist()]
    zin.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in items:
            if n == "docProps/core.xml":
                import re

                b = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-01-15T09:00:00Z", b)
            zi = zipfile.ZipInfo(n, (2025, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)


if __name__ == "__main__":
    main()
