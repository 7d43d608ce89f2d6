"""blind52 renderer: ten text shapes, XLSX and DOCX from data/<doc>.json (own code; real tools where they exist).
Usage: python render52.py /work/blind52"""

import glob, json, os, re, subprocess, sys, tempfile, zipfile, datetime, shutil, io

import duckdb, jinja2, polars as pl, pyarrow as pa, pyarrow.csv as pacsv
import openpyxl
from openpyxl.styles import Alignment, Font
import docx
from docx.shared import Pt

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(HERE, "docs")
FIXED = datetime.datetime(2025, 3, 1, 9, 0, 0)


def own_rows(doc, p):
    """The budget system's rows of one project, each of its own width."""
    return [[doc["title"]]] + [list(kv) for kv in p["header"]] + [list(p["columns"])] + [list(r) for r in p["rows"]]


def width(doc):
    return max(len(p["columns"]) for p in doc["projects"])


def padded(doc, p, null=None):
    W = width(doc)
    out = []
    for r in own_rows(doc, p):
        out.append([(c if c != "" else null) for c in r] + [null] * (W - len(r)))
    return out


def frame(rows, W):
    return pl.DataFrame(
        {"column_%d" % j: [r[j] for r in rows] for j in range(W)}, schema={"column_%d" % j: pl.String for j in range(W)}
    )


def pipe(doc, path):
    # polars' printed frame in ASCII_MARKDOWN style, pasted from a notebook per project
    W = width(doc)
    out = []
    with pl.Config(
        tbl_formatting="ASCII_MARKDOWN",
        tbl_hide_column_data_types=True,
        tbl_hide_dataframe_shape=True,
        tbl_rows=-1,
        tbl_cols=-1,
        fmt_str_lengths=2000,
        tbl_width_chars=60000,
    ):
        for p in doc["projects"]:
            out.append(str(frame(padded(doc, p, ""), W)))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(out) + "\n")


def pipe_bare(doc, path):
    W = width(doc)
    rows = [r for p in doc["projects"] for r in padded(doc, p)]
    t = pa.table({"c%02d" % j: pa.array([r[j] for r in rows], pa.string()) for j in range(W)})
    pacsv.write_csv(t, path, pacsv.WriteOptions(include_header=False, delimiter="|", quoting_style="none"))


def tab(doc, path):
    W = width(doc)
    con = duckdb.connect()
    con.execute("CREATE TABLE jx (rn INTEGER, %s)" % ", ".join("c%02d VARCHAR" % j for j in range(W)))
    rn = 0
    for p in doc["projects"]:
        for r in padded(doc, p):
            rn += 1
            con.execute("INSERT INTO jx VALUES (?, %s)" % ", ".join("?" * W), [rn] + r)
    con.execute(
        "COPY (SELECT %s FROM jx ORDER BY rn) TO '%s' (FORMAT csv, DELIMITER '\t', HEADER true)"
        % (", ".join("c%02d" % j for j in range(W)), path)
    )
    con.close()


def csv_(doc, path):
    W = width(doc)
    rows = [r for p in doc["projects"] for r in padded(doc, p)]
    frame(rows, W).write_csv(
        path, include_header=False, quote_style="non_numeric", null_value="", line_terminator="\r\n"
    )


def tab_export(doc):
    return "".join("\t".join(r) + "\n" for p in doc["projects"] for r in own_rows(doc, p))


def vim(path, cmds):
    args = ["vim", "-es", "-u", "NONE", "-i", "NONE", "-N"]
    for c in cmds:
        args += ["-c", c]
    args += ["-c", "wq", path]
    subprocess.run(args, check=False, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def lines(doc, path, dropped):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(tab_export(doc))
    vim(path, ["%s/\\t/\\r/ge"] + (["v/./d"] if dropped else []))


def html(doc, valign):
    from xml.sax.saxutils import escape

    W = width(doc)
    out = ["<html><head><meta charset='utf-8'><title>%s</title></head><body>" % escape(doc["title"])]
    for p in doc["projects"]:
        out.append("<h3>%s</h3>" % escape(doc["title"]))
        out.append("<table border=0 cellspacing=0 cellpadding=1>")
        for k, v in p["header"]:
            out.append("<tr><td>%s</td><td colspan=%d>%s</td></tr>" % (escape(k), W - 1, escape(v)))
        cols = p["columns"]
        out.append("<tr>" + "".join("<th>%s</th>" % escape(c) for c in cols) + "</tr>")
        rows = p["rows"]
        cats = [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标")]
        span = {}
        for j in cats:
            i = 0
            while i < len(rows):
                if rows[i][j] != "" or i == 0:
                    k = i + 1
                    while (
                        k < len(rows)
                        and rows[k][j] == ""
                        and not (j == cats[-1] and len(cats) > 1 and rows[k][cats[0]] != "")
                    ):
                        k += 1
                    span[(i, j)] = k - i
                    for m in range(i + 1, k):
                        span[(m, j)] = 0
                    i = k
                else:
                    i += 1
        for i, r in enumerate(rows):
            tds = []
            for j, c in enumerate(r):
                n = span.get((i, j), 1)
                if n == 0:
                    continue
                tds.append(
                    "<td%s valign=%s width=%d>%s</td>"
                    % (" rowspan=%d" % n if n > 1 else "", valign, 90 if j in cats else 140, escape(c))
                )
            out.append("<tr>" + "".join(tds) + "</tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


def aligned(doc, path, valign):
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as t:
        t.write(html(doc, valign))
    res = subprocess.run(
        ["w3m", "-dump", "-cols", "160", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", t.name],
        check=True,
        capture_output=True,
    )
    os.unlink(t.name)
    with open(path, "wb") as f:
        f.write(res.stdout)


FLAT = jinja2.Environment(keep_trailing_newline=True).from_string(
    "{% for p in projects %}{% for row in p %}{{ row|join }}\n{% endfor %}{% endfor %}"
)


def flat(doc, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(FLAT.render(projects=[own_rows(doc, p) for p in doc["projects"]]))


def oneline(doc, path):
    con = duckdb.connect()
    con.execute("CREATE TABLE cell (pn INTEGER, rn INTEGER, cn INTEGER, v VARCHAR)")
    for pn, p in enumerate(doc["projects"]):
        for rn, r in enumerate(own_rows(doc, p)):
            for cn, c in enumerate(r):
                con.execute("INSERT INTO cell VALUES (?, ?, ?, ?)", [pn, rn, cn, c if c != "" else None])
    res = con.execute("SELECT string_agg(v, '' ORDER BY rn, cn) FROM cell GROUP BY pn ORDER BY pn").fetchall()
    con.close()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for (s,) in res:
            f.write(s + "\n")


def fix_zip(path):
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as zi, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zo:
        for n in sorted(zi.namelist()):
            data = zi.read(n)
            if n == "docProps/core.xml":  # openpyxl stamps the save time: set it to the fixed one
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-03-01T09:00:00Z", data)
            zo.writestr(zipfile.ZipInfo(n, date_time=(2025, 3, 1, 9, 0, 0)), data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def xlsx(doc, path):
    W = width(doc)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    wb.properties.creator = "示例市预算管理一体化系统"
    wb.properties.created = wb.properties.modified = FIXED
    row = 1
    for p in doc["projects"]:
        ws.cell(row, 1, doc["title"]).font = Font(bold=True, size=14)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=W)
        row += 1
        for k, v in p["header"]:
            ws.cell(row, 1, k)
            ws.cell(row, 2, v)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=W)
            row += 1
        for j, c in enumerate(p["columns"]):
            ws.cell(row, j + 1, c).font = Font(bold=True)
        row += 1
        cols = p["columns"]
        cats = [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标")]
        start = row
        for r in p["rows"]:
            for j, c in enumerate(r):
                if c != "":
                    ws.cell(row, j + 1, c).alignment = Alignment(wrap_text=True, vertical="center")
            row += 1
        rows = p["rows"]
        for j in cats:
            i = 0
            while i < len(rows):
                k = i + 1
                while (
                    k < len(rows)
                    and rows[k][j] == ""
                    and not (j == cats[-1] and len(cats) > 1 and rows[k][cats[0]] != "")
                ):
                    k += 1
                if k - i > 1 and rows[i][j] != "":
                    ws.merge_cells(start_row=start + i, start_column=j + 1, end_row=start + k - 1, end_column=j + 1)
                i = k
        row += 1  # one empty row between projects
    wb.save(path)
    fix_zip(path)


def docx_(doc, path):
    d = docx.Document()
    d.core_properties.author = "示例市预算管理一体化系统"
    d.core_properties.created = d.core_properties.modified = FIXED
    d.styles["Normal"].font.size = Pt(9)
    for p in doc["projects"]:
        d.add_paragraph(doc["title"])
        cols = p["columns"]
        t = d.add_table(rows=len(p["header"]), cols=2)
        t.style = "Table Grid"
        for i, (k, v) in enumerate(p["header"]):
            t.cell(i, 0).text, t.cell(i, 1).text = k, v
        d.add_paragraph("")
        g = d.add_table(rows=1 + len(p["rows"]), cols=len(cols))
        g.style = "Table Grid"
        for j, c in enumerate(cols):
            g.cell(0, j).text = c
        rows = p["rows"]
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                if c != "":
                    g.cell(i + 1, j).text = c
        cats = [j for j, c in enumerate(cols) if c in ("一级指标", "二级指标")]
        for j in cats:
            i = 0
            while i < len(rows):
                k = i + 1
                while (
                    k < len(rows)
                    and rows[k][j] == ""
                    and not (j == cats[-1] and len(cats) > 1 and rows[k][cats[0]] != "")
                ):
                    k += 1
                if k - i > 1 and rows[i][j] != "":
                    keep = g.cell(i + 1, j).text
                    g.cell(i + 1, j).merge(g.cell(k, j)).text = keep
                i = k
        d.add_paragraph("")
    d.save(path)
    fix_zip(path)


def main():
    for path in sorted(glob.glob(os.path.join(HERE, "data", "*.json"))):
        doc_id = os.path.basename(path)[:-5]
        doc = json.load(open(path, encoding="utf-8"))
        b = os.path.join(DOCS, doc_id)
        pipe(doc, b + ".pipe.txt")
        pipe_bare(doc, b + ".pipe_bare.txt")
        tab(doc, b + ".tab.tsv")
        csv_(doc, b + ".csv")
        lines(doc, b + ".lines.txt", False)
        lines(doc, b + ".lines_dropped.txt", True)
        aligned(doc, b + ".aligned_top.txt", "top")
        aligned(doc, b + ".aligned_centered.txt", "middle")
        flat(doc, b + ".flat.txt")
        oneline(doc, b + ".oneline.txt")
        xlsx(doc, b + ".xlsx")
        docx_(doc, b + ".docx")
        print(doc_id)


if __name__ == "__main__":
    main()
