"""render35.py: the ten text shapes, the XLSX and the DOCX of blind35 (own code; real tools where named).

Usage: python render35.py /work/blind35
Every shape carries the workbook's row layout: the title row, header pairs [key, value] (the money key row
[项目资金（万元）] alone), the grid header, the grid rows (merged 一级/二级 continuation cells "")."""

import json
import os
import subprocess
import sys
import unicodedata
import zipfile

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
TMP = "/tmp/b35_render"
os.makedirs(TMP, exist_ok=True)
os.makedirs(DOCS, exist_ok=True)


def project_rows(doc, p):
    rows = [[doc["title"]]]
    for k, v in p["header"]:
        rows.append([k, v] if v != "" else [k])
    rows.append(list(p["columns"]))
    rows += [list(r) for r in p["rows"]]
    return rows


def padded(rows, w):
    return [r + [""] * (w - len(r)) for r in rows]


def run(cmd, inp=None):
    return subprocess.run(cmd, input=inp, capture_output=True, check=True).stdout


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap(s, width):
    out, cur = [], ""
    for c in s:
        if dw(cur + c) > width:
            out.append(cur)
            cur = c
        else:
            cur += c
    out.append(cur)
    return out


def pad(s, width, right=False):
    sp = " " * max(0, width - dw(s))
    return sp + s if right else s + sp


# ------------------------------------------------------------------ text shapes
def shape_pipe(doc, projs, base):
    # jq 1.6 (run for real) over the crawler's JSON of each project's rows: `| a | b |`, rows of their own widths,
    # an empty line between projects (jq's output of an empty-array marker row)
    js = json.dumps([r for p in projs for r in (p + [[]])][:-1], ensure_ascii=False).encode()
    out = run(["jq", "-r", '.[] | if length == 0 then "" else "| " + join(" | ") + " |" end'], js)
    write(base + ".pipe.txt", out)


def excel_tab(projs, w_doc):
    # Excel "Text (Tab delimited)": every row padded with tabs to the sheet's used width, CRLF
    lines = []
    for i, p in enumerate(projs):
        if i:
            lines.append("\t" * (w_doc - 1))
        lines += ["\t".join(r) for r in padded(p, w_doc)]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def shape_pipe_bare(doc, projs, base, w_doc):
    src = os.path.join(TMP, "excel.txt")
    write(src, excel_tab(projs, w_doc))
    write(base + ".pipe_bare.txt", run(["sed", "-e", "s/\\t/|/g", src]))


def shape_tab(doc, projs, base):
    # each project's columns written one file each (one cell a line), then GNU paste (run for real); projects
    # joined with one empty line; rows padded to the project's grid width by paste itself
    out = b""
    for i, p in enumerate(projs):
        w = max(len(r) for r in p)
        files = []
        for j in range(w):
            fn = os.path.join(TMP, "col%02d.txt" % j)
            write(fn, "".join((r[j] if j < len(r) else "") + "\n" for r in p).encode())
            files.append(fn)
        if i:
            out += b"\n"
        out += run(["paste"] + files)
    write(base + ".tab.tsv", out)
    return out


def shape_csv(doc, projs, base):
    # the admin page's "导出CSV" (node, run for real): every cell JSON.stringify'd and joined by commas, CRLF rows,
    # no BOM, rows of their own widths, one empty line between projects
    js = json.dumps(projs, ensure_ascii=False)
    script = (
        "let d='';process.stdin.on('data',c=>d+=c).on('end',()=>{const ps=JSON.parse(d);"
        "process.stdout.write(ps.map(p=>p.map(r=>r.map(c=>JSON.stringify(c)).join(',')).join('\\r\\n')).join('\\r\\n\\r\\n')+'\\r\\n')})"
    )
    write(base + ".csv", run(["node", "-e", script], js.encode()))


def shape_lines(base, tsv):
    src = os.path.join(TMP, "paste.tsv")
    write(src, tsv)
    out = run(["sed", "-e", "s/\\t/\\n/g", src])
    write(base + ".lines.txt", out)
    write(base + ".lines_dropped.txt", run(["tr", "-s", "\\n"], out))


def shape_flat(doc, projs, base):
    # GNU sed 's/\t//g' (run for real) over the department's unpadded TSV: a row a line, cells glued, LF,
    # an empty line between projects; then `paste -sd ''` (run for real) per project: one project a line
    src = os.path.join(TMP, "own.tsv")
    write(src, "\n\n".join("\n".join("\t".join(r) for r in p) for p in projs).encode() + b"\n")
    flat = run(["sed", "-e", "s/\\t//g", src])
    write(base + ".flat.txt", flat)
    one = b""
    for block in flat.decode().split("\n\n"):
        fn = os.path.join(TMP, "proj.txt")
        write(fn, (block.strip("\n") + "\n").encode())
        one += run(["paste", "-sd", "", fn])
    write(base + ".oneline.txt", one)


# ------------------------------------------------------------------ aligned shapes (own imitation)
NUMCOLS = ("权重", "分值", "得分")


def widths(cols):
    out = []
    for c in cols:
        if c in ("一级指标", "二级指标"):
            out.append(12)
        elif c in ("三级指标", "指标内容", "指标名称"):
            out.append(22)
        elif c in ("序号", "权重", "分值", "得分", "比较关系", "比较符", "量纲", "计量单位"):
            out.append(8)
        elif "指标值" in c or "完成值" in c:
            out.append(16)
        else:
            out.append(14)
    return out


def grid_lines(cols, rows, ws, gap, margin, centered, rule):
    """Lines of the grid: each row's cells wrapped in their widths; in centered mode the 一级/二级 labels are
    lifted out and laid vertically centred over the lines of their block (rounding down)."""
    cat = [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标")]
    body = []  # (line cells, row index)
    hdr_cells = [wrap(c, w) for c, w in zip(cols, ws)]
    h = max(len(x) for x in hdr_cells)
    head = [[(hdr_cells[j][k] if k < len(hdr_cells[j]) else "") for j in range(len(cols))] for k in range(h)]
    for i, r in enumerate(rows):
        cells = [wrap(v, w) if (j not in cat or not centered) else [""] for j, (v, w) in enumerate(zip(r, ws))]
        h = max(len(x) for x in cells)
        if centered:  # a row that opens a block is as tall as its wrapped label
            h = max([h] + [len(wrap(r[j], ws[j])) for j in cat if r[j] != ""])
        for k in range(h):
            body.append(([(cells[j][k] if k < len(cells[j]) else "") for j in range(len(cols))], i))
        if rule:
            body.append((None, i))
    if centered:
        for j in cat:
            col = 0 if cols[j] == "一级指标" else 1
            starts = [i for i, r in enumerate(rows) if r[j] != "" or (col == 1 and cat and r[cat[0]] != "")]
            for b, s in enumerate(starts):
                e = starts[b + 1] if b + 1 < len(starts) else len(rows)
                idx = [k for k, (cells, i) in enumerate(body) if s <= i < e and cells is not None]
                lab = wrap(rows[s][j], ws[j])
                mid = idx[0] + (idx[-1] - idx[0] + 1 - len(lab)) // 2
                mid = max(mid, idx[0])
                k = mid
                for piece in lab:
                    while k < len(body) - 1 and body[k][0] is None:
                        k += 1
                    body[k][0][j] = piece
                    k += 1
    out = []
    total = margin + sum(ws) + gap * (len(ws) - 1)
    for cells in head:
        out.append(fmt(cells, ws, gap, margin, cols))
    out.append(" " * margin + "-" * (total - margin))
    for cells, _ in body:
        out.append(" " * margin + "-" * (total - margin) if cells is None else fmt(cells, ws, gap, margin, cols))
    return out


def fmt(cells, ws, gap, margin, cols):
    parts = [pad(c, w, right=cols[j] in NUMCOLS) for j, (c, w) in enumerate(zip(cells, ws))]
    return (" " * margin + (" " * gap).join(parts)).rstrip()


def header_lines(doc, p, margin):
    out = [" " * (margin + 20) + doc["title"], ""]
    for k, v in p["header"]:
        for n, piece in enumerate(wrap(v, 80) if v else [""]):
            out.append((" " * margin + pad(k if n == 0 else "", 18) + "  " + piece).rstrip())
    return out


def shape_aligned(doc, base, centered):
    # top: a 财务软件 report printed to a text file: left margin 4, gutter 3, numbers (权重/分值/得分) right-aligned,
    # pages of 46 lines with the grid header repeated and `第 n 页 共 m 页` at the foot, form feed between pages.
    # centered: the same report's "居中" style with a dashed rule line under every grid row; merged labels centred
    # over the lines of their block.
    margin, gap, page_len = 4, 3, 46
    pages, cur = [], []
    for p in doc["projects"]:
        ws = widths(p["columns"])
        hl = header_lines(doc, p, margin)
        gl = grid_lines(p["columns"], p["rows"], ws, gap, margin, centered, centered)
        nhead = 1 + max(len(wrap(c, w)) for c, w in zip(p["columns"], ws))
        if cur and len(cur) + len(hl) + nhead + 3 > page_len:
            pages.append(cur)
            cur = []
        cur += hl + [""]
        head, body = gl[:nhead], gl[nhead:]
        cur += head
        for line in body:
            if len(cur) >= page_len:
                pages.append(cur)
                cur = list(head)
            cur.append(line)
        cur.append("")
    pages.append(cur)
    n = len(pages)
    text = "\f".join(
        "\n".join(pg + ["", " " * 50 + "第 %d 页 共 %d 页" % (i + 1, n)]) + "\n" for i, pg in enumerate(pages)
    )
    write(base + (".aligned_centered.txt" if centered else ".aligned_top.txt"), text.encode())


# ------------------------------------------------------------------ XLSX and DOCX
def fixed_zip(path):
    """Rewrite a zip with fixed dates and fixed core-property times (byte-stable)."""
    import re

    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-01-06T09:00:00Z", data)
            info = zipfile.ZipInfo(name, (2025, 1, 6, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def shape_xlsx(doc, base):
    # one sheet 绩效目标表, projects stacked with two empty rows between; the title merged across; a header pair's
    # value merged to the right edge; 项目资金（万元） merged DOWN over its money rows (money key in B, amount merged
    # C..right); real merged 一级/二级 blocks; thin borders, wrap, VALIGN centre; panes frozen under the first title
    import datetime

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    al = Alignment(wrap_text=True, vertical="center")
    W = max(max(len(p["columns"]), 3) for p in doc["projects"])
    row = 1
    for pi, p in enumerate(doc["projects"]):
        if pi:
            row += 2
        ws.cell(row, 1, doc["title"]).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=W)
        row += 1
        hdr = p["header"]
        i = 0
        while i < len(hdr):
            k, v = hdr[i]
            if k == "项目资金（万元）":
                j = i + 1
                while j < len(hdr) and hdr[j][0] not in (
                    "实施期目标",
                    "长期目标",
                    "中期目标",
                    "年度目标",
                    "实际完成情况",
                ):
                    j += 1
                money = hdr[i + 1 : j]
                ws.cell(row, 1, k)
                for m, (mk, mv) in enumerate(money):
                    ws.cell(row + m, 2, mk)
                    ws.cell(row + m, 3, mv)
                    ws.merge_cells(start_row=row + m, start_column=3, end_row=row + m, end_column=W)
                if len(money) > 1:
                    ws.merge_cells(start_row=row, start_column=1, end_row=row + len(money) - 1, end_column=1)
                row += len(money)
                i = j
                continue
            ws.cell(row, 1, k)
            ws.cell(row, 2, v)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=W)
            row += 1
            i += 1
        cols = p["columns"]
        for j, c in enumerate(cols):
            ws.cell(row, j + 1, c).font = Font(bold=True)
        row += 1
        first = row
        for r in p["rows"]:
            for j, v in enumerate(r):
                if v != "":
                    ws.cell(row, j + 1, v)
            row += 1
        for j, c in enumerate(cols):
            if c not in ("一级指标", "二级指标"):
                continue
            is2 = c == "二级指标"
            j1 = cols.index("一级指标") if "一级指标" in cols else None
            starts = [k for k, r in enumerate(p["rows"]) if r[j] != "" or (is2 and j1 is not None and r[j1] != "")]
            for b, s in enumerate(starts):
                e = (starts[b + 1] if b + 1 < len(starts) else len(p["rows"])) - 1
                if e > s:
                    ws.merge_cells(start_row=first + s, start_column=j + 1, end_row=first + e, end_column=j + 1)
    for rr in ws.iter_rows(min_row=1, max_row=row, max_col=W):
        for c in rr:
            c.border = bd
            c.alignment = al
    for j in range(W):
        ws.column_dimensions[chr(65 + j)].width = 16
    ws.freeze_panes = "A2"
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 1, 6, 9, 0, 0)
    wb.save(base + ".xlsx")
    fixed_zip(base + ".xlsx")


def shape_docx(doc, base):
    # python-docx, landscape; per project the title paragraph and ONE table holding header block and grid: a key
    # in column 1 with its value merged over the other columns, then the grid with 一级/二级 merged down
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    d = Document()
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for pi, p in enumerate(doc["projects"]):
        if pi:
            d.add_paragraph()
        d.add_paragraph(doc["title"])
        cols = p["columns"]
        W = len(cols)
        hdr = [kv for kv in p["header"]]
        t = d.add_table(rows=len(hdr) + 1 + len(p["rows"]), cols=W)
        t.style = "Table Grid"
        for i, (k, v) in enumerate(hdr):
            t.cell(i, 0).text = k
            m = t.cell(i, 1).merge(t.cell(i, W - 1))
            m.text = v
        base_r = len(hdr)
        for j, c in enumerate(cols):
            t.cell(base_r, j).text = c
        for i, r in enumerate(p["rows"]):
            for j, v in enumerate(r):
                if v != "":
                    t.cell(base_r + 1 + i, j).text = v
        for j, c in enumerate(cols):
            if c not in ("一级指标", "二级指标"):
                continue
            j1 = cols.index("一级指标") if "一级指标" in cols else None
            starts = [
                k for k, r in enumerate(p["rows"]) if r[j] != "" or (c == "二级指标" and j1 is not None and r[j1] != "")
            ]
            for b, s0 in enumerate(starts):
                e = (starts[b + 1] if b + 1 < len(starts) else len(p["rows"])) - 1
                if e > s0:
                    top = t.cell(base_r + 1 + s0, j)
                    text = top.text
                    m = top.merge(t.cell(base_r + 1 + e, j))
                    for para in m.paragraphs[1:]:
                        para._element.getparent().remove(para._element)
                    m.paragraphs[0].text = text
    import datetime

    d.core_properties.created = d.core_properties.modified = datetime.datetime(2025, 1, 6, 9, 0, 0)
    d.save(base + ".docx")
    fixed_zip(base + ".docx")


def main():
    for fn in sorted(os.listdir(DATA)):
        doc_id = fn[:-5]
        doc = json.load(open(os.path.join(DATA, fn), encoding="utf-8"))
        projs = [project_rows(doc, p) for p in doc["projects"]]
        w_doc = max(len(r) for p in projs for r in p)
        base = os.path.join(DOCS, doc_id)
        shape_pipe(doc, projs, base)
        shape_pipe_bare(doc, projs, base, w_doc)
        tsv = shape_tab(doc, projs, base)
        shape_csv(doc, projs, base)
        shape_lines(base, tsv)
        shape_flat(doc, projs, base)
        shape_aligned(doc, base, False)
        shape_aligned(doc, base, True)
        shape_xlsx(doc, base)
        shape_docx(doc, base)
        print(doc_id)


if __name__ == "__main__":
    main()
