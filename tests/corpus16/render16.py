"""blind16 renderer: ten text shapes and the XLSX from data/<doc>.json (my own code, FORMS.md §2)."""

import glob, json, os, sys, unicodedata, zipfile, io

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
PAGE = 58


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def rows_of(doc):
    """[(kind, cells)] per project: title, header pairs, grid header, grid rows."""
    out = []
    for p in doc["projects"]:
        rs = [("title", [doc["title"]])]
        rs += [("hdr", list(kv)) for kv in p["header"]]
        rs.append(("cols", list(p["columns"])))
        rs += [("row", list(r)) for r in p["rows"]]
        out.append(rs)
    return out


def wrap(text, width):
    lines, cur = [], ""
    for ch in text:
        if dw(cur + ch) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    return lines + [cur] if cur or not lines else lines


def widths(cols):
    w = []
    for c in cols:
        if c in (
            "序号",
            "分值",
            "权重",
            "得分",
            "权重（%）",
            "计算符号",
            "指标性质",
            "计量单位",
            "度量单位",
            "指标方向性",
        ):
            w.append(10)
        elif c in ("一级指标", "二级指标", "绩效标准"):
            w.append(14)
        elif c in ("三级指标", "指标名称", "指标内容"):
            w.append(26)
        else:
            w.append(18)
    return w


def aligned(doc, centered):
    body = []
    for proj in rows_of(doc):
        cols = next(c for k, c in proj if k == "cols")
        w = widths(cols)
        grid = [c for k, c in proj if k == "row"]
        lab = {}
        if centered:  # merged 一级/二级 labels moved to the middle row of their block
            grid = [list(r) for r in grid]
            for ci, name in enumerate(cols):
                if name not in ("一级指标", "二级指标"):
                    continue
                starts = [i for i, r in enumerate(grid) if r[ci]] + [len(grid)]
                for a, b in zip(starts, starts[1:]):
                    text = grid[a][ci]
                    grid[a][ci] = ""
                    grid[a + (b - a - 1) // 2][ci] = text
        for k, c in proj:
            if k == "title":
                body.append(" " * max(0, (110 - dw(c[0])) // 2) + c[0])
                body.append("")
            elif k == "hdr":
                vl = wrap(c[1], 84) if c[1] else [""]
                body.append((c[0] + " " * max(1, 22 - dw(c[0])) + vl[0]).rstrip())
                body += [" " * 22 + x for x in vl[1:]]
        body.append("")
        for r in [cols] + grid:
            cells = [wrap(x, wi) if x else [""] for x, wi in zip(r, w)]
            h = max(len(x) for x in cells)
            for li in range(h):
                line = ""
                for x, wi in zip(cells, w):
                    off = (h - len(x)) // 2 if centered else 0
                    t = x[li - off] if 0 <= li - off < len(x) else ""
                    line += t + " " * (wi - dw(t) + 2)
                body.append(line.rstrip())
        body.append("")
    pages, out = [body[i : i + PAGE] for i in range(0, len(body), PAGE)], []
    for n, pg in enumerate(pages, 1):
        out += pg + [""] * (PAGE - len(pg)) + [" " * 50 + "- %d -" % n]
        if n < len(pages):
            out.append("\f")
    return "\n".join(out).replace("\n\f\n", "\n\f") + "\n"


def render(doc_id):
    doc = json.load(open(os.path.join(HERE, "data", doc_id + ".json"), encoding="utf-8"))
    projs = rows_of(doc)
    base = os.path.join(HERE, "docs", doc_id)
    o = {}
    # pipe: pandoc gfm-like; header block as its own 2-column table (first pair as its header), grid with --- rule
    L = []
    for proj in projs:
        for k, c in proj:
            if k == "title":
                L += ["**" + c[0] + "**", ""]
        hp = [c for k, c in proj if k == "hdr"]
        L.append("| " + " | ".join(hp[0]) + " |")
        L.append("|---|---|")
        L += ["| " + " | ".join(c) + " |" for c in hp[1:]]
        L.append("")
        cols = next(c for k, c in proj if k == "cols")
        L.append("| " + " | ".join(cols) + " |")
        L.append("|" + "---|" * len(cols))
        L += ["| " + " | ".join(c) + " |" for k, c in proj if k == "row"]
        L.append("")
    o["pipe.txt"] = "\n".join(L)
    # pipe_bare: ' | ' between cells, no outer bars, empty cell = nothing
    o["pipe_bare.txt"] = "\n".join(" | ".join(c) for proj in projs for k, c in proj) + "\n"
    # tsv: LibreOffice-like, rows of their own widths, no quoting
    o["tab.tsv"] = "\n".join("\t".join(c) for proj in projs for k, c in proj) + "\n"
    # csv: quote-all-text-cells (LibreOffice option), numbers bare, LF
    num = lambda x: x and all(ch in "0123456789." for ch in x) and x[0] != "."
    q = lambda x: x if num(x) or x == "" else '"' + x.replace('"', '""') + '"'
    o["csv"] = "\n".join(",".join(q(x) for x in c) for proj in projs for k, c in proj) + "\n"
    # lines: one cell a line, empty cell = empty line, a line of 10 hyphens between projects
    o["lines.txt"] = "\n----------\n".join("\n".join(x for k, c in proj for x in c) for proj in projs) + "\n"
    o["lines_dropped.txt"] = (
        "\n----------\n".join("\n".join(x for k, c in proj for x in c if x) for proj in projs) + "\n"
    )
    o["aligned_top.txt"] = aligned(doc, False)
    o["aligned_centered.txt"] = aligned(doc, True)
    # flat: every row its cells glued, header pairs glued too, labels where printed
    o["flat.txt"] = "\n".join("".join(c) for proj in projs for k, c in proj) + "\n"
    # oneline: a web mirror's textContent, rows joined by one space
    o["oneline.txt"] = " ".join("".join(c) for proj in projs for k, c in proj) + "\n"
    for suf, text in o.items():
        with open(base + "." + suf, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    xlsx(doc, projs, base + ".xlsx")


def xlsx(doc, projs, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    import datetime

    wb = Workbook()
    wb.remove(wb.active)
    for n, proj in enumerate(projs, 1):
        ws = wb.create_sheet("项目%d" % n)
        cols = next(c for k, c in proj if k == "cols")
        ws.append([doc["title"]])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(cols))
        for k, c in proj:
            if k == "hdr":
                ws.append([c[0], c[1] or None])
        ws.append([])
        ws.append(cols)
        top = ws.max_row
        grid = [c for k, c in proj if k == "row"]
        for r in grid:
            ws.append([x if x != "" else None for x in r])
        for ci, name in enumerate(cols):
            if name not in ("一级指标", "二级指标"):
                continue
            starts = [i for i, r in enumerate(grid) if r[ci]] + [len(grid)]
            for a, b in zip(starts, starts[1:]):
                ok = all(not grid[j][ci] for j in range(a + 1, b))
                if b - a > 1 and ok:
                    ws.merge_cells(start_row=top + 1 + a, start_column=ci + 1, end_row=top + b, end_column=ci + 1)
                    ws.cell(top + 1 + a, ci + 1).alignment = Alignment(vertical="center")
    t = datetime.datetime(2025, 1, 1)
    wb.properties.created = wb.properties.modified = t
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re

                data = re.sub(
                    rb"<dcterms:modified[^>]*>[^<]*<",
                    b'<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z<',
                    data,
                )
            zi = zipfile.ZipInfo(info.filename, (2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


if __name__ == "__main__":
    for p in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        render(os.path.splitext(os.path.basename(p))[0])
