"""blind63 renderer (own code): data/<doc>.json → docs/<doc>.{pipe.txt, pipe_bare.txt, tab.tsv, csv, lines.txt,
lines_dropped.txt, aligned_top.txt, aligned_centered.txt, flat.txt, oneline.txt, xlsx, docx}.

Every shape is written by a real program (see README "Renderings"):
  .xlsx                 XlsxWriter 3.3.1 (the bureau's python report service)
  .tab.tsv              VisiData 3.4 `vd -b <xlsx> +:<sheet>:: -o <tsv>` over that .xlsx (a data journalist)
  .pipe.txt             pytablewriter 1.2.1 MarkdownTableWriter (a clerk's wiki page)
  .pipe_bare.txt, .flat.txt, .oneline.txt
                        tools/JxExport.java (javac/java 17) over a staging file (the vendor's export job)
  .csv, .docx           tools/portal_export.js (node 20, papaparse 5.7.1, docx 9.15.2: the portal's buttons)
  .lines.txt, .lines_dropped.txt
                        docx2python 3.7.1 over that .docx (a researcher's text extraction)
  .aligned_top.txt, .aligned_centered.txt
                        rich 15.0.0 nested tables, vertical="top" / "middle" (a clerk's plain-text print)
Usage: python render63.py [corpus folder]   (needs java/javac, node with NODE_PATH holding papaparse and docx, vd)
"""

import glob
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DATA, DOCS, TOOLS = (os.path.join(HERE, x) for x in ("data", "docs", "tools"))
WORK = os.environ.get("B63_WORK", "/tmp/b63/work")
NODE_PATH = os.environ.get("NODE_PATH", "/tmp/b63/npm/node_modules")
VD = os.environ.get("B63_VD", os.path.join(os.path.dirname(sys.executable), "vd"))
CATS = ("一级指标", "二级指标")
SHEET = "项目绩效目标"


# ------------------------------------------------------------------ the staged sheet
def staged(doc):
    """Per project the rows as the system holds them: header [k, v] pairs, the grid header, the grid rows with a
    merged 一级/二级 continuation cell as None (an own-empty cell stays "")."""
    out = []
    for p in doc["projects"]:
        cats = [j for j, c in enumerate(p["columns"]) if c in CATS]
        rows = [[None if (j in cats and c == "") else c for j, c in enumerate(r)] for r in p["rows"]]
        out.append({"header": [list(kv) for kv in p["header"]], "columns": list(p["columns"]), "rows": rows})
    return out


def sheet(doc):
    """The document as one sheet: the title row, per project its rows, an all-None row between projects."""
    rows = [[doc["title"]]]
    for i, p in enumerate(staged(doc)):
        if i:
            rows.append([])
        rows += p["header"] + [p["columns"]] + p["rows"]
    return rows


def width(rows):
    return max(len(r) for r in rows)


def run(cmd, **kw):
    subprocess.run(cmd, check=True, **kw)


# ------------------------------------------------------------------ XlsxWriter
def write_xlsx(doc, path):
    import datetime

    import xlsxwriter

    rows = sheet(doc)
    W = width(rows)
    wb = xlsxwriter.Workbook(path)
    wb.set_properties(
        {
            "title": doc["title"],
            "author": "示例市财政局预算股",
            "company": "示例市财政局",
            "created": datetime.datetime(2025, 3, 10, 9, 0, 0),
        }
    )
    ws = wb.add_worksheet(SHEET)
    f_title = wb.add_format({"bold": True, "font_size": 14, "align": "center", "valign": "vcenter"})
    f_key = wb.add_format({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True, "num_format": "@"})
    f_val = wb.add_format({"border": 1, "align": "left", "valign": "vcenter", "text_wrap": True, "num_format": "@"})
    f_head = wb.add_format(
        {"border": 1, "bold": True, "align": "center", "valign": "vcenter", "text_wrap": True, "num_format": "@"}
    )
    f_cell = wb.add_format({"border": 1, "align": "center", "valign": "vcenter", "text_wrap": True, "num_format": "@"})
    ws.merge_range(0, 0, 0, W - 1, doc["title"], f_title)
    r = 1
    for i, p in enumerate(staged(doc)):
        if i:
            r += 1  # an empty row between projects
        for k, v in p["header"]:
            ws.write_string(r, 0, k, f_key)
            ws.merge_range(r, 1, r, W - 1, v, f_val)
            r += 1
        for j, c in enumerate(p["columns"]):
            ws.write_string(r, j, c, f_head)
        r += 1
        top = r
        cats = [j for j, c in enumerate(p["columns"]) if c in CATS]
        for j in range(len(p["columns"])):
            if j in cats:
                continue
            for k, row in enumerate(p["rows"]):
                ws.write_string(top + k, j, row[j], f_cell)
        for j in cats:  # merged blocks: a block opens on a non-None cell and runs over the None cells below
            k = 0
            n = len(p["rows"])
            while k < n:
                e = k
                while e + 1 < n and p["rows"][e + 1][j] is None:
                    e += 1
                if e > k:
                    ws.merge_range(top + k, j, top + e, j, p["rows"][k][j], f_cell)
                else:
                    ws.write_string(top + k, j, p["rows"][k][j], f_cell)
                k = e + 1
        r = top + len(p["rows"])
    for j in range(W):
        ws.set_column(j, j, 14 if j else 16)
    wb.close()


# ------------------------------------------------------------------ VisiData
def write_tsv(xlsx, path):
    run([VD, "-b", xlsx, "+:%s::" % SHEET, "-o", path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ------------------------------------------------------------------ pytablewriter
def write_pipe(doc, path):
    import pytablewriter as ptw
    from pytablewriter.typehint import String

    buf = io.StringIO()
    for i, p in enumerate(staged(doc)):
        rows = p["header"] + [p["columns"]] + p["rows"]
        w = width(rows)
        rows = [[("" if c is None else c) for c in r] + [""] * (w - len(r)) for r in rows]
        writer = ptw.MarkdownTableWriter(
            table_name=doc["title"], headers=rows[0], value_matrix=rows[1:], type_hints=[String] * w
        )
        writer.stream = buf
        if i:
            writer.write_null_line()
        writer.write_table()
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ------------------------------------------------------------------ the Java export job
def staging_file(doc, path):
    rows = sheet(doc)
    W = width(rows)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            cells = list(r) + [None] * (W - len(r))
            for c in cells:
                assert c is None or ("\x1f" not in c and "\\" not in c and "\x00" not in c), c
            f.write("\x1f".join("\x00" if c is None else c.replace("\n", "\\n") for c in cells) + "\n")


def write_java(doc, stem, work):
    st = os.path.join(work, stem + ".staging")
    staging_file(doc, st)
    cls = os.path.join(work, "classes")
    if not os.path.exists(os.path.join(cls, "JxExport.class")):
        os.makedirs(cls, exist_ok=True)
        run(["javac", "-d", cls, os.path.join(TOOLS, "JxExport.java")])
    for mode, ext in (("pipe", ".pipe_bare.txt"), ("flat", ".flat.txt"), ("oneline", ".oneline.txt")):
        run(["java", "-Dfile.encoding=UTF-8", "-cp", cls, "JxExport", mode, st, os.path.join(DOCS, stem + ext)])


# ------------------------------------------------------------------ the portal (node)
def write_portal(doc, stem, work):
    src = os.path.join(work, stem + ".sheet.json")
    with open(src, "w", encoding="utf-8") as f:
        json.dump({"title": doc["title"], "variant": doc["variant"], "projects": staged(doc)}, f, ensure_ascii=False)
    env = dict(os.environ, NODE_PATH=NODE_PATH)
    js = os.path.join(TOOLS, "portal_export.js")
    run(["node", js, "csv", src, os.path.join(DOCS, stem + ".csv")], env=env)
    run(["node", js, "docx", src, os.path.join(DOCS, stem + ".docx")], env=env)


# ------------------------------------------------------------------ docx2python
def write_lines(stem):
    from docx2python import docx2python
    from docx2python.iterators import iter_paragraphs

    with docx2python(os.path.join(DOCS, stem + ".docx")) as r:
        pars = list(iter_paragraphs(r.body))
    with open(os.path.join(DOCS, stem + ".lines.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(p + "\n" for p in pars))
    with open(os.path.join(DOCS, stem + ".lines_dropped.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(p + "\n" for p in pars if p))


# ------------------------------------------------------------------ rich
COLW = {"序号": 6, "一级指标": 10, "二级指标": 10, "三级指标": 20, "指标名称": 20, "权重": 4, "分值": 4, "权重（%）": 6}


def colw(c):
    if c in COLW:
        return COLW[c]
    if c in ("对比符号", "数值关系", "衡量单位", "指标量纲", "得分"):
        return 6
    if any(w in c for w in ("原因", "规则", "公式", "说明", "安排", "来源")):
        return 16
    return 14


def rich_grid(p, valign):
    from rich.table import Table
    from rich.text import Text

    cols, rows = p["columns"], [[Text("" if c is None else c) for c in r] for r in p["rows"]]
    ws = [colw(c) for c in cols]

    def table(widths, v=None):
        t = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False)
        for k, w in enumerate(widths):
            t.add_column(width=w, overflow="fold", vertical=(v if (v and k == 0) else "top"))
        return t

    merged = cols[:2] == list(CATS) and any(c is None for r in p["rows"] for c in r[:2])
    head = table(ws)
    head.add_row(*[Text(c) for c in cols])
    if not merged:
        t = table(ws)
        for r in rows:
            t.add_row(*r)
        return head, t
    rest = lambda k: sum(ws[k:]) + 2 * (len(ws) - k - 1)  # noqa: E731
    outer = table([ws[0], rest(1)], valign)
    i = 0
    while i < len(rows):
        j = i + 1
        while j < len(rows) and p["rows"][j][0] is None:
            j += 1
        mid = table([ws[1], rest(2)], valign)
        a = i
        while a < j:
            b = a + 1
            while b < j and p["rows"][b][1] is None:
                b += 1
            inner = table(ws[2:])
            for r in rows[a:b]:
                inner.add_row(*r[2:])
            mid.add_row(rows[a][1], inner)
            a = b
        outer.add_row(rows[i][0], mid)
        i = j
    return head, outer


def write_aligned(doc, path, valign):
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    buf = io.StringIO()
    st = staged(doc)
    total = max(sum(colw(c) for c in p["columns"]) + 2 * (len(p["columns"]) - 1) for p in st)
    con = Console(file=buf, width=total, color_system=None, legacy_windows=False, emoji=False, highlight=False)
    for i, p in enumerate(st):
        if i:
            con.print()
        con.print(doc["title"], justify="center", markup=False)
        kv = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False)
        kv.add_column(width=16, overflow="fold")
        kv.add_column(width=total - 18, overflow="fold")
        for k, v in p["header"]:
            kv.add_row(Text(k), Text(v))
        con.print(kv)
        for t in rich_grid(p, valign):
            con.print(t)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ------------------------------------------------------------------ main
def render(path, work):
    stem = os.path.splitext(os.path.basename(path))[0]
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    write_xlsx(doc, os.path.join(DOCS, stem + ".xlsx"))
    write_tsv(os.path.join(DOCS, stem + ".xlsx"), os.path.join(DOCS, stem + ".tab.tsv"))
    write_pipe(doc, os.path.join(DOCS, stem + ".pipe.txt"))
    write_java(doc, stem, work)
    write_portal(doc, stem, work)
    write_lines(stem)
    write_aligned(doc, os.path.join(DOCS, stem + ".aligned_top.txt"), "top")
    write_aligned(doc, os.path.join(DOCS, stem + ".aligned_centered.txt"), "middle")
    print(stem)


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(WORK, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(DATA, "*.json"))):
        render(path, WORK)


if __name__ == "__main__":
    main()
