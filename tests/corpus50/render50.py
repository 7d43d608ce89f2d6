"""blind50 renderer: ten text shapes + XLSX + DOCX per document, from data/<doc>.json.
Real tools run as subprocesses: GNU sed, tr, grep, paste, iconv; python's csv module; openpyxl; python-docx.
Own code: the Typora-style markdown (.pipe.txt) and the two pdftotext -layout imitations.
Usage: python render50.py /work/blind50"""

import csv, re, glob, io, json, os, subprocess, sys, unicodedata, zipfile, datetime

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")


def rows_of(p, title):
    """A project as the system's sheet: title row, header pairs, the money key alone, grid header, grid rows."""
    out = [[title]]
    for k, v in p["header"]:
        out.append([k] if (v == "" and "资金" in k) else [k, v])
    out.append(list(p["columns"]))
    out += [list(r) for r in p["rows"]]
    return out


def run(cmd, data):
    return subprocess.run(cmd, input=data, stdout=subprocess.PIPE, check=True, shell=isinstance(cmd, str)).stdout


def raw_tsv(projs):
    # the system's raw tab export: rows of their own widths, cells unquoted (a cell's line break stays raw),
    # an empty line between projects
    return ("\n\n".join("\n".join("\t".join(r) for r in rs) for rs in projs) + "\n").encode("utf-8")


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def md_cell(s):
    return s.replace("|", "\\|").replace("\n", "<br/>") if s else " "


def pipe(projs):
    # Typora "Copy as Markdown": per project a `### ` heading (the title), the header block as a 2-column table
    # whose HEAD row is empty, a blank line, the grid as a table with `:-:` centred rules for every column but the
    # 三级 name (`:--`), cells NOT padded, an empty cell `|  |`; CRLF (Typora on Windows)
    lines = []
    for rs in projs:
        title, pairs, grid = (
            rs[0][0],
            [r for r in rs[1:] if len(r) <= 2],
            rs[1 + sum(1 for r in rs[1:] if len(r) <= 2) :],
        )
        lines += ["### " + title, "", "|  |  |", "| --- | --- |"]
        lines += ["| %s | %s |" % (md_cell(r[0]), md_cell(r[1] if len(r) > 1 else "")) for r in pairs]
        lines.append("")
        head = grid[0]
        lines.append("| " + " | ".join(md_cell(c) for c in head) + " |")
        lines.append(
            "| " + " | ".join(":--" if c in ("三级指标", "指标名称", "指标内容") else ":-:" for c in head) + " |"
        )
        for r in grid[1:]:
            lines.append("| " + " | ".join(md_cell(c) for c in r) + " |")
        lines.append("")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def csv_text(projs):
    # a Flask "导出CSV" endpoint: csv.writer defaults (QUOTE_MINIMAL, lineterminator \r\n), each project's rows padded
    # to ITS grid's width, an empty record between projects, UTF-8 without BOM
    f = io.StringIO()
    w = csv.writer(f)
    for i, rs in enumerate(projs):
        if i:
            w.writerow([])
        W = len(rs[-1])
        for r in rs:
            w.writerow(r + [""] * (W - len(r)))
    return f.getvalue().encode("utf-8")


def excel_unicode_text(projs):
    # Excel "另存为 Unicode 文本(*.txt)": UTF-16LE with BOM, tab between cells, CRLF, a cell holding a line break or a
    # quote quoted (excel-tab dialect), rows padded to the sheet's used width W, an empty row between projects
    W = max(len(r) for rs in projs for r in rs)
    f = io.StringIO()
    w = csv.writer(f, dialect="excel-tab")
    for i, rs in enumerate(projs):
        if i:
            w.writerow([""] * W)
        for r in rs:
            w.writerow(r + [""] * (W - len(r)))
    return b"\xff\xfe" + f.getvalue().encode("utf-16-le")


def wrap(s, width):
    out = []
    for part in s.split("\n"):
        cur = ""
        for ch in part:
            if dw(cur + ch) > width:
                out.append(cur)
                cur = ""
            cur += ch
        out.append(cur)
    return out or [""]


def widths(cols):
    w = []
    for c in cols:
        if c in ("一级指标", "二级指标"):
            w.append(12)
        elif c in ("三级指标", "指标名称", "指标内容"):
            w.append(22)
        elif "值" in c:
            w.append(16)
        elif c in ("改进举措", "整改方向", "考评要点", "目标说明"):
            w.append(14)
        else:
            w.append(8)
    return w


def aligned(doc, centered):
    # pdftotext -layout imitation: title indented 16; header pairs `key` in an 18-column field, value wrapped at 56;
    # grid in fixed display widths, THREE spaces between columns, header names wrapped in place; 一级/二级 labels on
    # their block's first line (top) or centred over the block's lines, taking the UPPER of two middles (centered);
    # pages of 46 lines: a blank line, `第 n 页` indented 60, a form feed before the next page; the grid header is NOT
    # repeated on a new page (a Word table without 标题行重复); trailing spaces stripped; LF
    lines = []
    for p in doc["projects"]:
        lines += [" " * 16 + doc["title"], ""]
        for k, v in p["header"]:
            vl = wrap(v, 56) if v else [""]
            lines.append((k + " " * max(2, 18 - dw(k)) + vl[0]).rstrip())
            lines += [" " * 18 + x for x in vl[1:]]
        lines.append("")
        cols = p["columns"]
        W = widths(cols)
        cats = [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标")]

        def emit(cells_lines):
            h = max(len(x) for x in cells_lines)
            for i in range(h):
                parts = []
                for j, cl in enumerate(cells_lines):
                    t = cl[i] if i < len(cl) else ""
                    parts.append(t + " " * (W[j] - dw(t)))
                lines.append("   ".join(parts).rstrip())

        emit([wrap(c, W[j]) for j, c in enumerate(cols)])
        # body: each row's lines without labels, then labels placed over blocks
        body = []
        for r in p["rows"]:
            cl = [[""] if j in cats else wrap(c, W[j]) for j, c in enumerate(r)]
            body.append(cl)
        heights = [max(len(x) for x in cl) for cl in body]
        for j in cats:
            # blocks as the grid merges them
            blocks = []
            for i, r in enumerate(p["rows"]):
                opens = i == 0 or r[j] != "" or (j == cats[-1] and len(cats) > 1 and r[cats[0]] != "")
                if opens:
                    blocks.append([i, i])
                else:
                    blocks[-1][1] = i
            for a, b in blocks:
                lab = wrap(p["rows"][a][j], W[j])
                if p["rows"][a][j] == "":
                    continue
                tot = sum(heights[a : b + 1])
                if len(lab) > tot:
                    heights[b] += len(lab) - tot
                    tot = len(lab)
                off = (tot - len(lab)) // 2 if centered else 0
                # place label lines at offsets within the block
                k, row_i = 0, a
                pos = 0
                for i in range(a, b + 1):
                    body[i][j] = [""] * heights[i]
                for m, t in enumerate(lab):
                    at = off + m
                    i = a
                    while at >= heights[i]:
                        at -= heights[i]
                        i += 1
                    body[i][j][at] = t
        for i, cl in enumerate(body):
            cl = [x + [""] * (heights[i] - len(x)) for x in cl]
            emit(cl)
        lines.append("")
    # paginate
    out, n = [], 1
    for i in range(0, len(lines), 46):
        page = lines[i : i + 46]
        if i:
            page[0] = "\f" + page[0]
        out += page + ["", " " * 60 + "第 %d 页" % n]
        n += 1
    return ("\n".join(out) + "\n").encode("utf-8")


def xlsx(doc, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "项目绩效目标"
    W = max(len(p["columns"]) for p in doc["projects"])
    row = 1
    for p in doc["projects"]:
        ws.cell(row, 1, doc["title"]).font = Font(bold=True, size=13)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=W)
        row += 1
        for k, v in p["header"]:
            ws.cell(row, 1, k)
            if v:
                ws.cell(row, 2, v)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=W)
            row += 1
        for j, c in enumerate(p["columns"]):
            ws.cell(row, j + 1, c).font = Font(bold=True)
        row += 1
        first = row
        for r in p["rows"]:
            for j, c in enumerate(r):
                if c != "":
                    ws.cell(row, j + 1, c).alignment = Alignment(wrap_text=True, vertical="center")
            row += 1
        for j, c in enumerate(p["columns"]):
            if c not in ("一级指标", "二级指标"):
                continue
            rs = p["rows"]
            i = 0
            while i < len(rs):
                k = i + 1
                while k < len(rs) and rs[k][j] == "" and not (c == "二级指标" and rs[k][0] != ""):
                    k += 1
                if k - i > 1 and rs[i][j] != "":
                    ws.merge_cells(start_row=first + i, start_column=j + 1, end_row=first + k - 1, end_column=j + 1)
                i = k
        row += 1
    wb.properties.creator = "示例市财政局预算编审系统"
    fixed = datetime.datetime(2025, 1, 15, 9, 0, 0)
    wb.properties.created = wb.properties.modified = fixed
    wb.save(path)
    fix_zip(path)


def fix_zip(path):
    zin = zipfile.ZipFile(path)
    items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, (2025, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            if name == "docProps/core.xml":  # openpyxl stamps the save time into dcterms:modified
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-15T09:00:00Z", data)
            z.writestr(zi, data)


def docx(doc, path):
    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.styles["Normal"].font.size = Pt(9)
    for p in doc["projects"]:
        d.add_paragraph(doc["title"])
        ht = d.add_table(rows=0, cols=2)
        ht.style = "Table Grid"
        for k, v in p["header"]:
            c = ht.add_row().cells
            c[0].text, c[1].text = k, v
        d.add_paragraph("")
        cols = p["columns"]
        t = d.add_table(rows=1 + len(p["rows"]), cols=len(cols))
        t.style = "Table Grid"
        for j, c in enumerate(cols):
            t.cell(0, j).text = c
        for i, r in enumerate(p["rows"]):
            for j, c in enumerate(r):
                if c:
                    t.cell(i + 1, j).text = c
        for j, c in enumerate(cols):
            if c not in ("一级指标", "二级指标"):
                continue
            rs = p["rows"]
            i = 0
            while i < len(rs):
                k = i + 1
                while k < len(rs) and rs[k][j] == "" and not (c == "二级指标" and rs[k][0] != ""):
                    k += 1
                if k - i > 1 and rs[i][j] != "":
                    t.cell(i + 1, j).merge(t.cell(k, j))
                    t.cell(i + 1, j).text = rs[i][j]
                i = k
        d.add_paragraph("")
    cp = d.core_properties
    cp.author = "示例市财政局"
    cp.created = cp.modified = datetime.datetime(2025, 1, 15, 9, 0, 0)
    cp.last_modified_by = "示例市财政局"
    cp.revision = 1
    d.save(path)
    fix_zip(path)


def main():
    os.makedirs(DOCS, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        doc = json.load(open(path, encoding="utf-8"))
        projs = [rows_of(p, doc["title"]) for p in doc["projects"]]
        base = os.path.join(DOCS, doc_id)
        raw = raw_tsv(projs)
        outs = {
            ".pipe.txt": pipe(projs),
            # GNU sed over the raw tab export, then iconv to GB18030 (a Windows clerk's 记事本 default), CRLF by sed
            ".pipe_bare.txt": run("sed -e 's/\\t/|/g' -e 's/$/\\r/' | iconv -f UTF-8 -t GB18030", raw),
            ".tab.tsv": excel_unicode_text(projs),
            ".csv": csv_text(projs),
            ".lines.txt": run(["tr", "\\t", "\\n"], raw),
        }
        outs[".lines_dropped.txt"] = run(["grep", "-v", "^$"], outs[".lines.txt"])
        outs[".aligned_top.txt"] = aligned(doc, False)
        outs[".aligned_centered.txt"] = aligned(doc, True)
        outs[".flat.txt"] = run(["sed", "s/\\t//g"], raw)
        # paste -s -d '' per project: the project's flat rows joined into ONE line (cell line breaks too)
        outs[".oneline.txt"] = b"".join(
            run(
                ["paste", "-s", "-d", "\\0"],
                run(["sed", "s/\\t//g"], ("\n".join("\t".join(r) for r in rs) + "\n").encode()),
            )
            for rs in projs
        )
        for suf, b in outs.items():
            with open(base + suf, "wb") as f:
                f.write(b)
        xlsx(doc, base + ".xlsx")
        docx(doc, base + ".docx")
        print(doc_id)


if __name__ == "__main__":
    main()
