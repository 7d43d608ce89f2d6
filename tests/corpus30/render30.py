"""blind30 renderer (own code).  Story: the county's 数据开放平台 serves each document's tables as JSON (a project an
array of rows, a row an array of cells, a merged-continuation cell null); analysts made text shapes from it with jq
1.6 (run for real), read the department web page with html2text 2025.4.15 (run for real), exported a Feishu doc as
Markdown (own imitation) and printed fixed-width reports (own imitation).  Usage: python render30.py /work/blind30"""

import io, json, os, re, subprocess, sys, unicodedata, zipfile
from html import escape

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
DATA, DOCS = os.path.join(HERE, "data"), os.path.join(HERE, "docs")
sys.path.insert(0, "/tmp/h2t")
import html2text  # noqa: E402

MONEY = ("年度资金总额", "实施期资金总额", "年初预算数", "全年预算数", "全年执行数")


def model(doc):
    """Rows per project: title row, header block rows, grid header, grid rows. None = merged continuation."""
    out = []
    for p in doc["projects"]:
        rows = [[doc["title"]], ["单位：万元"]]
        money = False
        for kv in p["header"]:
            k, v = kv[0], kv[1]
            if k == "项目资金（万元）":
                money = True
                continue
            if money and (k in MONEY or k.startswith("其中") or "资金" in k or "投入" in k or "贷款" in k):
                rows.append(
                    [
                        "项目资金（万元）"
                        if rows[-1][0] != None
                        and not rows[-1][0].startswith("项目资金")
                        and not (len(rows[-1]) == 3 and rows[-1][0] is None)
                        else None,
                        k,
                        v,
                    ]
                )
            else:
                money = False
                rows.append([k, v])
        cols = p["columns"]
        rows.append(list(cols))
        lab = [i for i, c in enumerate(cols) if c in ("一级指标", "二级指标")]
        for r in p["rows"]:
            rows.append([None if (i in lab and c == "") else c for i, c in enumerate(r)])
        out.append(rows)
    return out


def fix_money(rows):
    # first money row carries the label, the rest None
    seen = False
    for r in rows:
        if len(r) == 3 and r[0] in ("项目资金（万元）", None) and r[1] is not None:
            r[0] = None if seen else "项目资金（万元）"
            seen = True
    return rows


def dw(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def wrap(s, w):
    out, cur = [], ""
    for part in s.split("\n"):
        cur = ""
        for ch in part:
            if dw(cur + ch) > w:
                out.append(cur)
                cur = ""
            cur += ch
        out.append(cur)
    return out or [""]


def jq(args, inp):
    return subprocess.run(["jq"] + args, input=inp.encode(), capture_output=True, check=True).stdout.decode()


def aligned(projects, centre):
    """A fixed-width report (display width, CJK = 2), cells wrapped in place, 2+ spaces apart."""
    L = []
    for rows in projects:
        grid_at = next(i for i, r in enumerate(rows) if r and r[0] in ("一级指标", "序号"))
        for r in rows[:grid_at]:
            L.append(
                "  ".join("" if c is None else c.replace("\n", "") for c in r).rstrip()
                if len(r) != 1
                else " " * 20 + r[0]
            )
        grid = rows[grid_at:]
        n = len(grid[0])
        W = [max(8, min(22, max(dw((r[i] or "").replace("\n", "")) for r in grid))) for i in range(n)]
        labcols = [i for i, c in enumerate(grid[0]) if c in ("一级指标", "二级指标")]
        # blocks of merged labels
        body = []
        for r in grid:
            cells = [
                wrap((c or "").replace("\n", ""), W[i])
                if i not in labcols or not centre
                else [(c or "").replace("\n", "")]
                for i, c in enumerate(r)
            ]
            h = max(len(c) for i, c in enumerate(cells) if not (centre and i in labcols))
            body.append([cells, h])
        lines = []
        start_of = []
        for cells, h in body:
            start_of.append(len(lines))
            for k in range(h):
                lines.append(
                    [
                        (cells[i][k] if k < len(cells[i]) else "") if not (centre and i in labcols) else ""
                        for i in range(n)
                    ]
                )
        if centre:
            for i in labcols:
                lines[start_of[0]][i] = grid[0][i]
                j = 1
                while j < len(grid):
                    if grid[j][i] is None:
                        j += 1
                        continue
                    e = j + 1
                    while e < len(grid) and grid[e][i] is None:
                        e += 1
                    a, b = start_of[j], (start_of[e] if e < len(grid) else len(lines))
                    lines[a + (b - a - 1) // 2][i] = grid[j][i].replace("\n", "")
                    j = e
        for ln in lines:
            s = ""
            for i, c in enumerate(ln):
                s += c + " " * (W[i] - dw(c) + 2)
            L.append(s.rstrip())
        L.append("")
    return "\n".join(L) + "\n"


def main():
    os.makedirs(DOCS, exist_ok=True)
    for fn in sorted(os.listdir(DATA)):
        doc_id = fn[:-5]
        doc = json.load(open(os.path.join(DATA, fn), encoding="utf-8"))
        projects = [fix_money(rows) for rows in model(doc)]
        api = json.dumps(projects, ensure_ascii=False)
        base = os.path.join(DOCS, doc_id)

        def w(ext, text, enc="utf-8", nl="\n"):
            with open(base + ext, "w", encoding=enc, newline="") as f:
                f.write(text.replace("\n", nl) if nl != "\n" else text)

        # .tab.tsv: jq -r '.[][] | map(. // "") | @tsv'  (jq escapes \n inside a cell as the two characters \n)
        w(".tab.tsv", jq(["-r", '.[][] | map(. // "") | @tsv'], api))
        # .csv: jq -r '.[][] | @csv' : strings quoted, null an EMPTY unquoted field; a blank line between projects
        w(".csv", jq(["-r", '.[] | (.[] | @csv), ""'], api), nl="\r\n")
        # .lines.txt: jq -r '.[][][] // ""' ; a cell's own line breaks stay real line breaks
        w(".lines.txt", jq(["-r", '.[][][] | . // ""'], api))
        # .lines_dropped.txt: jq -r '.[][][] | select(. != null and . != "")'
        w(".lines_dropped.txt", jq(["-r", '.[][][] | select(. != null and . != "")'], api))
        # .flat.txt: jq -r '.[][] | map(. // "" | gsub("\n"; "")) | join("")'
        w(".flat.txt", jq(["-r", '.[][] | map(. // "" | gsub("\n"; "")) | join("")'], api))
        # .oneline.txt: one project a line, rows and cells glued with nothing
        w(".oneline.txt", jq(["-r", '.[] | map(map(. // "" | gsub("\n"; "")) | join("")) | join("")'], api))
        # .pipe.txt: a Feishu (飞书) doc exported as Markdown: each project's table with a |---| rule under its first
        # row, outer bars, a cell's line break as <br>, merged cells empty, every row padded to the table's width
        P = []
        for rows in projects:
            n = max(len(r) for r in rows)
            for k, r in enumerate(rows):
                cells = [(c or "").replace("\n", "<br>").replace("|", "\\|") for c in r] + [""] * (n - len(r))
                P.append("| " + " | ".join(cells) + " |")
                if k == 0:
                    P.append("|" + "|".join(["---"] * n) + "|")
            P.append("")
        w(".pipe.txt", "\n".join(P))
        # .pipe_bare.txt: the department's web page (rowspan/colspan table) read by html2text (real), pad_tables off
        H = ["<html><head><meta charset='utf-8'><title>%s</title></head><body>" % escape(doc["title"])]
        for rows in projects:
            H.append("<table border='1'>")
            n = max(len(r) for r in rows)
            grid_at = next(i for i, r in enumerate(rows) if r and r[0] in ("一级指标", "序号"))
            for k, r in enumerate(rows):
                tds = []
                for i, c in enumerate(r):
                    if c is None:
                        continue
                    span = ""
                    if k < grid_at and i == len(r) - 1 and len(r) < n:
                        span = " colspan='%d'" % (n - len(r) + 1)
                    if k > grid_at:
                        e = k + 1
                        while e < len(rows) and rows[e][i] is None and i < 2 + (rows[grid_at][0] == "序号"):
                            e += 1
                        if e - k > 1:
                            span = " rowspan='%d'" % (e - k)
                    tds.append("<td%s>%s</td>" % (span, escape(c).replace("\n", "<br>")))
                H.append("<tr>" + "".join(tds) + "</tr>")
            H.append("</table>")
        H.append("</body></html>")
        h = html2text.HTML2Text()
        h.body_width = 0
        w(".pipe_bare.txt", h.handle("\n".join(H)))
        w(".aligned_top.txt", aligned(projects, False))
        w(".aligned_centered.txt", aligned(projects, True), nl="\r\n")
        xlsx(doc, projects, base + ".xlsx")
        docx(doc, projects, base + ".docx")


def xlsx(doc, projects, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    row = 1
    for rows in projects:
        n = max(len(r) for r in rows)
        grid_at = next(i for i, r in enumerate(rows) if r and r[0] in ("一级指标", "序号"))
        for k, r in enumerate(rows):
            for i, c in enumerate(r):
                if c is not None:
                    ws.cell(row, i + 1, c).alignment = Alignment(wrap_text=True, vertical="center")
            if k < grid_at and len(r) < n:
                ws.merge_cells(start_row=row, start_column=len(r), end_row=row, end_column=n)
            if k > grid_at:
                for i, c in enumerate(r):
                    if c is not None and rows[grid_at][i] in ("一级指标", "二级指标"):
                        e = k + 1
                        while e < len(rows) and rows[e][i] is None:
                            e += 1
                        if e - k > 1:
                            ws.merge_cells(start_row=row, start_column=i + 1, end_row=row + e - k - 1, end_column=i + 1)
            if k > 0 and k < grid_at and len(r) == 3 and r[0] == "项目资金（万元）":
                e = k + 1
                while e < len(rows) and len(rows[e]) == 3 and rows[e][0] is None:
                    e += 1
                if e - k > 1:
                    ws.merge_cells(start_row=row, start_column=1, end_row=row + e - k - 1, end_column=1)
            row += 1
        row += 1
    wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2025, 3, 1, 9, 0, 0)
    bio = io.BytesIO()
    wb.save(bio)
    stable_zip(bio.getvalue(), path)


def stable_zip(blob, path):
    zin = zipfile.ZipFile(io.BytesIO(blob))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for it in zin.infolist():
            data = zin.read(it.filename)
            data = re.sub(
                rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2025-03-01T09:00:00Z\2", data
            )
            zi = zipfile.ZipInfo(it.filename, (2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def docx(doc, projects, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = Document()
    d.core_properties.created = d.core_properties.modified = __import__("datetime").datetime(2025, 3, 1, 9, 0, 0)
    for rows in projects:
        t = d.add_paragraph(rows[0][0])
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.add_paragraph(rows[1][0]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        body = rows[2:]
        n = max(len(r) for r in body)
        grid_at = next(i for i, r in enumerate(body) if r and r[0] in ("一级指标", "序号"))
        tb = d.add_table(rows=len(body), cols=n)
        tb.style = "Table Grid"
        for k, r in enumerate(body):
            for i, c in enumerate(r):
                if c is not None:
                    tb.cell(k, i).text = c
            if k < grid_at and len(r) < n:
                tb.cell(k, len(r) - 1).merge(tb.cell(k, n - 1))
        for i in range(n):
            k = grid_at + 1
            while k < len(body):
                if i < len(body[k]) and body[k][i] is not None and body[grid_at][i] in ("一级指标", "二级指标"):
                    e = k + 1
                    while e < len(body) and body[e][i] is None:
                        e += 1
                    if e - k > 1:
                        tb.cell(k, i).merge(tb.cell(e - 1, i))
                    k = e
                else:
                    k += 1
        k = 0
        while k < grid_at:
            if len(body[k]) == 3 and body[k][0] == "项目资金（万元）":
                e = k + 1
                while e < grid_at and len(body[e]) == 3 and body[e][0] is None:
                    e += 1
                if e - k > 1:
                    tb.cell(k, 0).merge(tb.cell(e - 1, 0))
                k = e
            else:
                k += 1
        d.add_paragraph("")
    bio = io.BytesIO()
    d.save(bio)
    stable_zip(bio.getvalue(), path)


if __name__ == "__main__":
    main()
