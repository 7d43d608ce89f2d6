"""blind51 renderer: ten text shapes, XLSX and DOCX per document, from data/<doc>.json (own code + real tools).
Usage: python render51.py /work/blind51"""

import csv, io, json, os, subprocess, sys, zipfile, glob

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
TMP = "/tmp/b51r"
os.makedirs(DOCS, exist_ok=True)
os.makedirs(TMP, exist_ok=True)
CELLX = os.path.join(TMP, "cellx")
subprocess.run(["gcc", "-O2", "-o", CELLX, os.path.join(HERE, "tools", "cellx.c")], check=True)


def sheet(doc):
    """The department's sheet, project by project: title row, key/value rows, grid header, grid rows (own widths)."""
    out = []
    for p in doc["projects"]:
        rows = [[doc["title"]]]
        rows += [[k, v] for k, v in p["header"]]
        rows.append(list(p["columns"]))
        rows += [list(r) for r in p["rows"]]
        out.append(rows)
    return out


def width(doc):
    return max(len(p["columns"]) for p in doc["projects"])


def pad(row, w):
    return row + [""] * (w - len(row))


def run(cmd, data, **kw):
    return subprocess.run(cmd, input=data, stdout=subprocess.PIPE, check=True, **kw).stdout


def tsv_for_tools(projs):
    """The system's tab export fed to the C helper: own widths, a cell's line break as a space, no line between projects."""
    return "".join("\t".join(c.replace("\n", " ") for c in r) + "\n" for rows in projs for r in rows).encode()


# ---------------------------------------------------------------- pipe: w3m -dump -no-graph of the web page
def html_page(doc):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    W = width(doc)
    h = ['<html><head><meta charset="utf-8"><title>%s</title></head><body>' % esc(doc["title"])]
    for p in doc["projects"]:
        h.append("<h3>%s</h3>" % esc(doc["title"]))
        h.append('<table border="1" cellspacing="0" cellpadding="2">')
        for k, v in p["header"]:
            h.append('<tr><td>%s</td><td colspan="%d">%s</td></tr>' % (esc(k), W - 1, esc(v)))
        cols = p["columns"]
        h.append("<tr>" + "".join("<th>%s</th>" % esc(c) for c in cols) + ("<th></th>" * (W - len(cols))) + "</tr>")
        rows = p["rows"]
        cat = [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标")]
        for i, r in enumerate(rows):
            tds = []
            for j, c in enumerate(r):
                if j in cat:
                    if c == "" and i > 0 and not (j == cat[-1] and len(cat) > 1 and r[cat[0]] != ""):
                        continue  # covered by a rowspan above
                    n = 1
                    while (
                        i + n < len(rows)
                        and rows[i + n][j] == ""
                        and not (j == cat[-1] and len(cat) > 1 and rows[i + n][cat[0]] != "")
                    ):
                        n += 1
                    tds.append('<td rowspan="%d">%s</td>' % (n, esc(c)) if n > 1 else "<td>%s</td>" % esc(c))
                else:
                    tds.append("<td>%s</td>" % esc(c))
            tds += ["<td></td>"] * (W - len(cols))
            h.append("<tr>" + "".join(tds) + "</tr>")
        h.append("</table>")
    h.append("</body></html>")
    return "\n".join(h) + "\n"


def pipe(doc):
    page = html_page(doc).encode()
    return run(
        ["w3m", "-dump", "-no-graph", "-cols", "400", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"],
        page,
        env={**os.environ, "HOME": TMP, "W3M_DIR": TMP},
    )


# ---------------------------------------------------------------- aligned: groff tbl | nroff -Tutf8
GW = {"一级指标": 12, "二级指标": 14, "三级指标": 20, "指标名称": 20, "序号": 8}


def troff_cell(c):
    if c == "":
        return ""
    s = c.replace("\\", "\\e").replace("\n", " ")
    return "T{\n" + "\\:".join(s) + "\nT}"


def groff_doc(doc, top):
    out = [
        ".ll 120n",
        ".nh",
        ".char - \\[char45]",
        ".char ' \\[char39]",
        ".char ` \\[char96]",
        ".ce 1",
        doc["title"],
        ".sp 1",
    ]
    for pi, p in enumerate(doc["projects"]):
        if pi:
            out += [".sp 2", ".ce 1", doc["title"], ".sp 1"]
        out += [".TS", "tab(\x07);", "l lw(60n)."]
        for k, v in p["header"]:
            out.append(troff_cell(k) + "\x07" + troff_cell(v))
        out += [".TE", ".sp 1"]
        cols = p["columns"]
        fmt = []
        for c in cols:
            w = GW.get(c, 16 if "值" in c else 10)
            fmt.append("lw(%dn)%s" % (w, "t" if top and c in ("一级指标", "二级指标") else ""))
        out += [".TS", "tab(\x07);", " ".join(fmt) + "."]
        out.append("\x07".join(troff_cell(c) for c in cols))
        cat = [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标")]
        for r in p["rows"]:
            cells = []
            for j, c in enumerate(r):
                if j in cat and c == "" and not (len(cat) > 1 and j == cat[1] and r[cat[0]] != ""):
                    cells.append("\\^")
                else:
                    cells.append(troff_cell(c))
            out.append("\x07".join(cells))
        out += [".TE"]
    return ("\n".join(out) + "\n").encode()


def aligned(doc, top):
    raw = run(["groff", "-Kutf8", "-t", "-Tutf8", "-P-c"], groff_doc(doc, top), stderr=subprocess.DEVNULL)
    return run(["cat", "-s"], raw)


# ---------------------------------------------------------------- tab: node, the crawler's clipboard writer
NODE = r"""
const rows = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = rows.map(r => { r = r.map(c => c.replace(/\s*\n\s*/g, ' ')); while (r.length && r[r.length - 1] === '') r.pop(); return r.join('\t'); });
process.stdout.write(out.join('\r\n') + '\r\n');
"""


def tab(projs):
    rows = [r for rows in projs for r in rows]
    return run(["node", "-e", NODE], json.dumps(rows, ensure_ascii=False).encode())


# ---------------------------------------------------------------- csv: pandas DataFrame(rows).to_csv(index=False)
def csv_(projs, W):
    import pandas as pd

    rows = [pad(r, W) for rows in projs for r in rows]
    buf = io.StringIO()
    pd.DataFrame(rows, dtype=object).to_csv(buf, index=False)
    return buf.getvalue().encode()


# ---------------------------------------------------------------- flat: pyarrow.compute.binary_join_element_wise
def flat(projs, W):
    import pyarrow as pa, pyarrow.compute as pc

    lines = []
    for rows in projs:
        cols = [pa.array([pad(r, W)[j] or None for r in rows], pa.string()) for j in range(W)]
        joined = pc.binary_join_element_wise(*cols, "", null_handling="skip")
        lines += joined.to_pylist()
    return ("\n".join(lines) + "\n").encode()


# ---------------------------------------------------------------- oneline: pandas ravel, a project a line, CRLF
def oneline(projs, W):
    import pandas as pd

    out = []
    for rows in projs:
        df = pd.DataFrame([pad(r, W) for r in rows], dtype=object).fillna("")
        out.append("".join(df.to_numpy().ravel()).replace("\n", ""))
    return ("\r\n".join(out) + "\r\n").encode()


# ---------------------------------------------------------------- xlsx / docx
FIXED = (2025, 1, 6, 9, 0, 0)


def fix_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re

                data = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*", rb"\g<1>2025-01-06T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def xlsx(doc, path):
    import datetime
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    wb.remove(wb.active)
    for pi, p in enumerate(doc["projects"]):
        ws = wb.create_sheet("项目%d" % (pi + 1))
        W = len(p["columns"])
        ws.cell(1, 1, doc["title"]).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=W)
        r = 2
        for k, v in p["header"]:
            ws.cell(r, 1, k)
            ws.cell(r, 2, v if v != "" else None).alignment = Alignment(wrap_text=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=W)
            r += 1
        for j, c in enumerate(p["columns"]):
            ws.cell(r, j + 1, c).font = Font(bold=True)
        r += 1
        ws.print_title_rows = "%d:%d" % (r - 1, r - 1)
        ws.freeze_panes = ws.cell(r, 1)
        top = r
        for row in p["rows"]:
            for j, c in enumerate(row):
                if c != "":
                    ws.cell(r, j + 1, c).alignment = Alignment(wrap_text=True, vertical="center")
            r += 1
        cat = [j for j, c in enumerate(p["columns"]) if c in ("一级指标", "二级指标")]
        rows = p["rows"]
        for j in cat:
            i = 0
            while i < len(rows):
                n = 1
                while (
                    i + n < len(rows)
                    and rows[i + n][j] == ""
                    and not (len(cat) > 1 and j == cat[1] and rows[i + n][cat[0]] != "")
                ):
                    n += 1
                if n > 1:
                    ws.merge_cells(start_row=top + i, start_column=j + 1, end_row=top + i + n - 1, end_column=j + 1)
                i += n
    wb.properties.creator = "示例市预算绩效管理系统"
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 1, 6, 9, 0, 0)
    wb.save(path)
    fix_zip(path)


def docx(doc, path):
    import datetime
    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.styles["Normal"].font.size = Pt(9)
    for p in doc["projects"]:
        d.add_paragraph(doc["title"])
        cols, W = p["columns"], len(p["columns"])
        t = d.add_table(rows=len(p["header"]) + 1 + len(p["rows"]), cols=W)
        t.style = "Table Grid"
        for i, (k, v) in enumerate(p["header"]):
            t.cell(i, 0).text = k
            m = t.cell(i, 1).merge(t.cell(i, W - 1))
            m.text = v
        base = len(p["header"])
        for j, c in enumerate(cols):
            t.cell(base, j).text = c
        cat = [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标")]
        rows = p["rows"]
        for i, row in enumerate(rows):
            for j, c in enumerate(row):
                if j not in cat:
                    t.cell(base + 1 + i, j).text = c
        for j in cat:
            i = 0
            while i < len(rows):
                n = 1
                while (
                    i + n < len(rows)
                    and rows[i + n][j] == ""
                    and not (len(cat) > 1 and j == cat[1] and rows[i + n][cat[0]] != "")
                ):
                    n += 1
                c = t.cell(base + 1 + i, j)
                if n > 1:
                    c = c.merge(t.cell(base + i + n, j))
                c.text = rows[i][j]
                i += n
        d.add_paragraph("")
    cp = d.core_properties
    cp.author = "示例市预算绩效管理系统"
    cp.created = cp.modified = datetime.datetime(2025, 1, 6, 9, 0, 0)
    cp.last_modified_by = ""
    d.save(path)
    fix_zip(path)


def main():
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        doc = json.load(open(path, encoding="utf-8"))
        projs, W = sheet(doc), width(doc)
        base = os.path.join(DOCS, doc_id)
        tsv = tsv_for_tools(projs)
        outs = {
            ".pipe.txt": pipe(doc),
            ".pipe_bare.txt": run([CELLX, "-d", "|"], tsv),
            ".tab.tsv": tab(projs),
            ".csv": csv_(projs, W),
            ".lines.txt": run([CELLX, "-l"], tsv),
            ".lines_dropped.txt": run([CELLX, "-l", "-s"], tsv),
            ".aligned_top.txt": aligned(doc, True),
            ".aligned_centered.txt": aligned(doc, False),
            ".flat.txt": flat(projs, W),
            ".oneline.txt": oneline(projs, W),
        }
        for suf, data in outs.items():
            with open(base + suf, "wb") as f:
                f.write(data)
        xlsx(doc, base + ".xlsx")
        docx(doc, base + ".docx")
        print(doc_id)


if __name__ == "__main__":
    main()
