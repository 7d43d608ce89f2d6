"""blind36 renderer: ten text shapes, XLSX and DOCX per document, from data/<doc>.json.
Story: the district's 预算公开 staging database keeps each project as rows (title row, header pairs, the money key row
[项目资金（万元）] alone, grid header, grid rows; merged 一级/二级 continuation cells empty; in-cell line breaks removed by
the staging import).  Clerks turn them into text with the tools on their desks (real tools run: mawk, GNU tr, perl)."""

import csv
import io
import json
import os
import subprocess
import sys
import unicodedata
import zipfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")


def proj_rows(doc, p):
    """The staging rows of one project (cells without line breaks)."""
    rows = [[doc["title"]]] + [list(kv) if kv[1] != "" else [kv[0]] for kv in p["header"]]
    rows += [list(p["columns"])] + [list(r) for r in p["rows"]]
    return [[c.replace("\n", "") for c in r] for r in rows]


def width(rows):
    return max(len(r) for r in rows)


def run(cmd, data):
    return subprocess.run(cmd, input=data, stdout=subprocess.PIPE, check=True, shell=isinstance(cmd, str)).stdout


# ---------------------------------------------------------------- source files
def clip_tsv(doc):
    """WPS 表格 range copy → clipboard text saved by Notepad: tab-separated, CRLF, every row padded to the copied
    range's width (the document's widest row), the two blank sheet rows between projects as rows of empty cells."""
    projs = [proj_rows(doc, p) for p in doc["projects"]]
    W = max(width(r) for r in projs)
    out = []
    for i, rows in enumerate(projs):
        if i:
            out += [[""] * W] * 2
        out += [r + [""] * (W - len(r)) for r in rows]
    return "".join("\t".join(r) + "\r\n" for r in out).encode("utf-8")


def mysql_outfile(doc):
    """MySQL `SELECT c1,…,cW INTO OUTFILE` with the default FIELDS/LINES options (emulated, no server here):
    tab-separated, LF, NULL as \\N (merged continuation cells and the columns a row lacks are NULL in the staging
    table, an empty printed cell is ''), backslash, tab and LF escaped with a backslash; no header; projects
    follow each other with nothing between; the staging table has the document's widest row's columns."""
    projs = [proj_rows(doc, p) for p in doc["projects"]]
    W = max(width(r) for r in projs)
    lines = []
    for pi, rows in enumerate(projs):
        p = doc["projects"][pi]
        ng = len(rows) - len(p["rows"])  # rows before the grid rows
        for k, r in enumerate(rows):
            cells = []
            for j in range(W):
                if j >= len(r):
                    cells.append("\\N")
                    continue
                v = r[j]
                grid = k >= ng
                if v == "" and grid and p["columns"][j] in ("一级指标", "二级指标", "子项名称", "子项内容"):
                    cells.append("\\N")  # merged continuation: NULL
                else:
                    cells.append(v.replace("\\", "\\\\").replace("\t", "\\t"))
            lines.append("\t".join(cells))
    return ("\n".join(lines) + "\n").encode("utf-8")


def go_csv(doc):
    """A Go crawler's encoding/csv Writer (UseCRLF false; emulated exactly: a field is quoted only when it holds the delimiter, a quote, CR or LF, or starts with a space or tab; `""` doubles a quote);
    rows of their own widths; no BOM; one empty record (an empty line) between projects."""

    def q(f):
        need = f != "" and (any(c in f for c in ',"\r\n') or f[0] in " \t")
        return '"' + f.replace('"', '""') + '"' if need else f

    out = []
    for i, p in enumerate(doc["projects"]):
        if i:
            out.append("")
        out += [",".join(q(c) for c in r) for r in proj_rows(doc, p)]
    return ("\n".join(out) + "\n").encode("utf-8")


# ---------------------------------------------------------------- aligned (own imitation)
def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap(s, w):
    if "\n" in s:  # a line break typed in the cell is kept in the print
        return [x for part in s.split("\n") for x in wrap(part, w)]
    out, cur = [], ""
    for c in s:
        if dw(cur + c) > w:
            out.append(cur)
            cur = c
        else:
            cur += c
    out.append(cur)
    return out or [""]


COLW = {"一级指标": 12, "二级指标": 14, "三级指标": 22, "指标名称": 22, "指标内容": 22, "序号": 6}


def colw(c):
    if c in COLW:
        return COLW[c]
    if c in ("权重", "分值", "得分", "方向符", "比较方式", "取值单位", "指标单位"):
        return 8
    if "指标值" in c or c in ("实际完成值",):
        return 16
    return 14


def aligned(doc, centered):
    """A 公文 system's "导出文本" of the print layout (own imitation): display width (CJK 2), no left margin, gutter 2,
    fixed column widths, cells wrapped in place; header block `key：value` (value wrapped at 60 columns, continuation
    lines indented under the value); pages of 52 lines with a running head `示例市某某区预算公开    第n页` at the TOP
    of every page after the first and a form feed between pages; the grid header repeated on a new page.
    top: merged 一级/二级/子项 labels on the first line of their block.  centered: each label laid over the middle
    line of its block (rounding UP), the block's first row growing if the label is taller."""
    lines = []
    for pi, p in enumerate(doc["projects"]):
        if pi:
            lines += ["", ""]
        lines.append(doc["title"])
        lines.append("")
        for k, v in p["header"]:
            if v == "":
                lines.append(k)
                continue
            pre = k + "："
            parts = wrap(v, 60)
            lines.append(pre + parts[0])
            lines += [" " * dw(pre) + x for x in parts[1:]]
        lines.append("")
        cols = p["columns"]
        ws = [colw(c) for c in cols]
        gut = "  "

        def fmt(cells_lines):
            h = max(len(x) for x in cells_lines)
            out = []
            for i in range(h):
                segs = []
                for j, cl in enumerate(cells_lines):
                    s = cl[i] if i < len(cl) else ""
                    segs.append(s + " " * (ws[j] - dw(s)))
                out.append(gut.join(segs).rstrip())
            return out

        head = fmt([wrap(c, ws[j]) for j, c in enumerate(cols)])
        labcols = [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标", "子项名称", "子项内容")]
        rows = [list(r) for r in p["rows"]]
        # blocks of each label column
        blocks = {}
        for j in labcols:
            bl = []
            for i, r in enumerate(rows):
                opens = i == 0 or r[j] != "" or any(rows[i][jj] != "" for jj in labcols if jj < j)
                if opens:
                    bl.append([i, i, r[j]])
                else:
                    bl[-1][1] = i
            blocks[j] = bl
        cell_lines = []
        for r in rows:
            cl = []
            for j, c in enumerate(r):
                cl.append(wrap(c, ws[j]) if (j not in labcols or not centered) else [""])
            cell_lines.append(cl)
        if centered:  # first row of a block at least as tall as its label
            for j in labcols:
                for a, b, lab in blocks[j]:
                    need = len(wrap(lab, ws[j])) if lab else 0
                    tot = sum(max(len(x) for x in cell_lines[i]) for i in range(a, b + 1))
                    if need > tot:
                        cell_lines[a][j] = [""] * need
        rowtext = [fmt(cl) for cl in cell_lines]
        if centered:
            starts, pos = [], 0
            for t in rowtext:
                starts.append(pos)
                pos += len(t)
            flat = [ln for t in rowtext for ln in t]
            for j in labcols:
                off = sum(ws[:j]) + len(gut) * j
                for a, b, lab in blocks[j]:
                    if not lab:
                        continue
                    top, bot = starts[a], starts[b] + len(rowtext[b])
                    pieces = wrap(lab, ws[j])
                    first = top + (bot - top - len(pieces) + 1) // 2
                    for k, piece in enumerate(pieces):
                        ln = flat[first + k]
                        need = off + ws[j]
                        cur = ln + " " * max(0, need - dw(ln))
                        # replace display columns off..off+ws[j] (they are blank there)
                        acc, cut1, cut2 = 0, None, None
                        for ci, ch in enumerate(cur):
                            if acc == off and cut1 is None:
                                cut1 = ci
                            if acc == need and cut2 is None:
                                cut2 = ci
                            acc += dw(ch)
                        if cut2 is None:
                            cut2 = len(cur)
                        flat[first + k] = (cur[:cut1] + piece + " " * (ws[j] - dw(piece)) + cur[cut2:]).rstrip()
            body = [(ln, True) for ln in flat]
        else:
            body = [(ln, True) for t in rowtext for ln in t]
        lines.append(("HEAD", head))
        lines += [ln for ln, _ in body]
    # paginate
    PAGE = 52
    pages, cur, grid_head = [], [], None
    for item in lines:
        if isinstance(item, tuple):
            grid_head = item[1]
            for h in grid_head:
                cur.append(h)
            continue
        if len(cur) >= PAGE:
            pages.append(cur)
            cur = ["示例市某某区预算公开    第%d页" % (len(pages) + 1), ""]
            if grid_head and item != "" and not item.startswith(doc["title"]):
                cur += grid_head
        cur.append(item)
    pages.append(cur)
    return ("\f".join("\n".join(pg) + "\n" for pg in pages)).encode("utf-8")


# ---------------------------------------------------------------- XLSX / DOCX
def xlsx(doc, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    for pi, p in enumerate(doc["projects"]):
        ws = wb.create_sheet("项目%d" % (pi + 1))
        W = len(p["columns"])
        ws.append([doc["title"]])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=W)
        ws.cell(1, 1).font = Font(bold=True, size=14)
        for k, v in p["header"]:
            ws.append([k, v if v != "" else None])
            r = ws.max_row
            if W > 2:
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=W)
        ws.append(list(p["columns"]))
        g0 = ws.max_row + 1
        for row in p["rows"]:
            ws.append([c if c != "" else None for c in row])
        for j, c in enumerate(p["columns"]):
            if c in ("一级指标", "二级指标", "子项名称", "子项内容"):
                i = 0
                rows = p["rows"]
                while i < len(rows):
                    k = i + 1
                    while (
                        k < len(rows)
                        and rows[k][j] == ""
                        and not any(
                            rows[k][jj] != ""
                            for jj in range(j)
                            if p["columns"][jj] in ("一级指标", "子项名称", "子项内容")
                        )
                    ):
                        k += 1
                    if k - 1 > i and rows[i][j] != "":
                        ws.merge_cells(start_row=g0 + i, start_column=j + 1, end_row=g0 + k - 1, end_column=j + 1)
                    i = k
        for row in ws.iter_rows(min_row=2, max_row=ws.max_row, max_col=W):
            for c in row:
                c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
                c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.freeze_panes = "A%d" % g0
    wb.properties.creator = "blind36"
    import datetime

    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    fix_zip(buf.getvalue(), path)


def fix_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time: fix it
                import re

                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-03-01T09:00:00Z", data)
            z.writestr(ni, data)
    open(path, "wb").write(out.getvalue())


def docx(doc, path):
    import datetime

    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    d.core_properties.author = "blind36"
    for pi, p in enumerate(doc["projects"]):
        if pi:
            d.add_paragraph("")
        t = d.add_paragraph(doc["title"])
        t.runs[0].font.size = Pt(14)
        h = d.add_table(rows=0, cols=2)
        h.style = "Table Grid"
        for k, v in p["header"]:
            row = h.add_row().cells
            row[0].text, row[1].text = k, v
        d.add_paragraph("")
        cols = p["columns"]
        g = d.add_table(rows=1 + len(p["rows"]), cols=len(cols))
        g.style = "Table Grid"
        for j, c in enumerate(cols):
            g.cell(0, j).text = c
        for i, r in enumerate(p["rows"]):
            for j, c in enumerate(r):
                if c != "":
                    g.cell(i + 1, j).text = c
        for j, c in enumerate(cols):
            if c in ("一级指标", "二级指标", "子项名称", "子项内容"):
                rows = p["rows"]
                i = 0
                while i < len(rows):
                    k = i + 1
                    while (
                        k < len(rows)
                        and rows[k][j] == ""
                        and not any(
                            rows[k][jj] != "" for jj in range(j) if cols[jj] in ("一级指标", "子项名称", "子项内容")
                        )
                    ):
                        k += 1
                    if k - 1 > i and rows[i][j] != "":
                        a = g.cell(i + 1, j)
                        a.merge(g.cell(k, j))
                        keep = a.paragraphs[0]
                        for extra in a.paragraphs[1:]:
                            extra._element.getparent().remove(extra._element)
                    i = k
    buf = io.BytesIO()
    d.save(buf)
    fix_zip(buf.getvalue(), path)


# ---------------------------------------------------------------- main
def main():
    os.makedirs(DOCS, exist_ok=True)
    for fn in sorted(os.listdir(DATA)):
        doc_id = fn[:-5]
        doc = json.load(open(os.path.join(DATA, fn), encoding="utf-8"))
        base = os.path.join(DOCS, doc_id)
        clip = clip_tsv(doc)
        outfile = mysql_outfile(doc)
        W = max(width(proj_rows(doc, p)) for p in doc["projects"])
        # pipe: mawk one-liner turning the clipboard TSV into a bar table for a Gitea issue
        pipe = run(
            ["mawk", "-F", "\t", '{sub(/\\r$/, ""); s = "|"; for (i = 1; i <= NF; i++) s = s " " $i " |"; print s}'],
            clip,
        )
        open(base + ".pipe.txt", "wb").write(pipe)
        # pipe_bare: GNU tr turning the clipboard's tabs into bars (CRLF kept)
        bare = run(["tr", "\t", "|"], clip)
        open(base + ".pipe_bare.txt", "wb").write(bare)
        open(base + ".tab.tsv", "wb").write(outfile)
        open(base + ".csv", "wb").write(go_csv(doc))
        # lines: mawk with a regex record separator over the clipboard TSV: a record per cell; the CR of each row's
        # last cell stays on its line
        lines = run(["mawk", 'BEGIN { RS = "[\\t\\n]" } { print }'], clip)
        open(base + ".lines.txt", "wb").write(lines)
        dropped = run(["mawk", '$0 != "" && $0 != "\\r"'], lines)
        open(base + ".lines_dropped.txt", "wb").write(dropped)
        open(base + ".aligned_top.txt", "wb").write(aligned(doc, False))
        open(base + ".aligned_centered.txt", "wb").write(aligned(doc, True))
        flat = run(["tr", "-d", "|\r"], bare)
        open(base + ".flat.txt", "wb").write(flat)
        one = run(["perl", "-0777", "-pe", 's/\\n+//g; $_ .= "\\n"'], flat)
        open(base + ".oneline.txt", "wb").write(one)
        xlsx(doc, base + ".xlsx")
        docx(doc, base + ".docx")
        print(doc_id, W)


if __name__ == "__main__":
    main()
