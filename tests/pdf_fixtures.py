"""PDF and XLSX budgets built from the golden Documents, laid out as real budget tables are.

The Guangzhou seeds: every row of the golden Document (合计, units, projects
with their amounts by column and their goal) from the golden JSON; each
project's 绩效指标 cell is the seed's own text from the project's first
indicator to the project's end (the golden spans say where), with the page
furniture that a page break left inside it removed and its wrapped lines
joined as the text path joins them. The column tables: the rows of
``tests/columns_fixtures.py``, which the column goldens were read against.

The PDF (reportlab, built-in CID font STSong-Light, no font file): other
budget tables before (收支总表) and after (财政拨款支出表), a scanned-like page
(an image, no text layer) at the end, then the 绩效目标表 as a ruled grid with
merged cells (一级/二级 blocks, header-block values over the empty cells
beside them), the header row repeated on every page, long rows split over a
page break (the longest project's row, cut in two). The workbook (openpyxl): the same rows in one
sheet, with merged ranges where the PDF merges cells, after a sheet of
another table.

Run ``python tests/pdf_fixtures.py OUT_DIR`` to write every fixture there.
"""

from __future__ import annotations

import io
import json
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ROOT / "examples" / "documents"
SEEDS = ("000_c4302184a6673dbb", "002_be3be7f21966b616")
COLUMN_TABLES = ("c1_plain", "c2_coded", "c3_two_targets", "c4_value_unit", "c5_self_evaluation", "c6_sequence")
GUANGZHOU_HEADER = ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"]
GUANGZHOU_TITLE = "项目支出绩效目标表（含转移支付项目）"
# Page furniture lines of the seed texts (a page break inside a cell leaves them there).
_FURNITURE_PIECES = {"财政", "专户", "拨款", "其他", "资金", "绩效目标 绩效指标", "财政专户拨款", "其他资金"}
OTHER_BEFORE = (
    "2025年部门收支总表",
    [
        ["收入项目", "预算数", "支出项目", "预算数"],
        ["一、一般公共预算拨款", "4,784.95", "一、一般公共服务支出", "3,120.40"],
    ]
    + [[f"其他收入{i}", f"{i}.00", f"其他支出{i}", f"{i}.00"] for i in range(1, 12)],
)
OTHER_AFTER = (
    "2025年财政拨款支出表",
    [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]]
    + [[f"2010{i:02d}", f"行政运行{i}", f"{i * 10}.00", f"{i * 6}.00", f"{i * 4}.00"] for i in range(1, 10)],
)


def _money(value: object) -> str:
    return "" if value is None else f"{Decimal(str(value)):,.2f}"


def _is_furniture(line: str) -> bool:
    s = line.strip()
    return (
        s in _FURNITURE_PIECES
        or s.startswith(("项目支出绩效目标表", "部门名称", "项目名称（资金使用单位）"))
        or (s.startswith("项目名称") and "绩效指标" in s)
    )


def _joined(text: str) -> str:
    from indicator_parser.text import JoinedText

    kept = "\n".join(line for line in text.split("\n") if not _is_furniture(line))
    return JoinedText(kept).text.strip()


def guangzhou_rows(seed: str) -> dict:
    """The seed's table as rows of cells, from its golden Document (and the seed's indicator cells)."""
    golden = json.loads((DOCUMENTS / f"{seed}.expected.json").read_text(encoding="utf-8"))
    text = (DOCUMENTS / f"{seed}.txt").read_text(encoding="utf-8")
    rows: list[tuple[str, list[str]]] = []
    if golden["total"] is not None:
        rows.append(("total", ["合计", _money(golden["total"]), "", "", "", "", ""]))
    for unit in golden["units"]:
        rows.append(("unit", [unit["name"], _money(unit["total"]), "", "", "", "", ""]))
        for project in unit["projects"]:
            amounts = project["amounts"]
            cell = _joined(text[project["indicators"][0]["span"][0] : project["span"][1]])
            money = [_money(amounts[k]) for k in ("total", "fiscal", "special", "other")]
            rows.append(("project", [project["name"], *money, project["goal"] or "", cell]))
    return {
        "title": GUANGZHOU_TITLE,
        "department": f"部门名称：{golden['department']} 单位：{golden['currency_unit']}",
        "header": GUANGZHOU_HEADER,
        "rows": rows,
    }


def column_rows(name: str) -> list[tuple[str, list[str]]]:
    """A column table's rows in reading order, (kind, cells): title, block, header or grid."""
    sys.path.insert(0, str(ROOT / "tests"))
    from columns_fixtures import table_rows

    return table_rows(name)


# ---------------------------------------------------------------- merged cells


def column_spans(rows: list[list[str]], kinds: list[str]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Merged cells of a column table: (start, stop) as reportlab's SPAN takes them, (column, row)."""
    spans: list[tuple[tuple[int, int], tuple[int, int]]] = []
    width = max(len(r) for r in rows)
    header: list[str] = []
    for r, (cells, kind) in enumerate(zip(rows, kinds, strict=True)):
        if kind == "header":
            header = cells
        if kind == "block":
            filled = [k for k, c in enumerate(cells) if c]
            if filled and filled[-1] < width - 1 and len(filled) > 1:
                spans.append(((filled[-1], r), (width - 1, r)))
    # Vertical merges: an empty first block cell under its key; empty 一级/二级 under theirs.
    for column in (0, 1):
        r = 0
        while r < len(rows):
            kind = kinds[r]
            levels = kind == "grid" and header[column : column + 1] in (["一级指标"], ["二级指标"])
            if ((kind == "block" and column == 0) or levels) and rows[r][column]:
                end = r
                while (
                    end + 1 < len(rows)
                    and kinds[end + 1] == kind
                    and not rows[end + 1][column]
                    and (column == 0 or rows[end + 1][0] == "" or kind == "block")
                    and any(rows[end + 1])
                ):
                    end += 1
                if end > r and not (kind == "block" and column == 1):
                    spans.append(((column, r), (column, end)))
                r = end + 1
            else:
                r += 1
    return spans


# ---------------------------------------------------------------- PDF


def _styles():  # type: ignore[no-untyped-def]
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    cell = ParagraphStyle("cell", fontName="STSong-Light", fontSize=7, leading=9, wordWrap="CJK")
    title = ParagraphStyle("title", fontName="STSong-Light", fontSize=14, leading=18, alignment=1)
    line = ParagraphStyle("line", fontName="STSong-Light", fontSize=9, leading=12)
    return cell, title, line


def _markup(text: str) -> str:
    """Cell text as reportlab markup; spaces do not break (a wrap at a space would drop it from the page)."""
    return text.replace("&", "&amp;").replace("<", "&lt;")


RULED = True  # tables drawn with a grid; False for the unruled variant (set by unruled_pdf)


def _table(rows: list[list[str]], widths: list[float], cell_style, spans=(), repeat: int = 0):  # type: ignore[no-untyped-def]
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    data = [[Paragraph(_markup(c), cell_style) if c else "" for c in r] for r in rows]
    style = [
        *([("GRID", (0, 0), (-1, -1), 0.5, colors.black)] if RULED else []),
        ("FONT", (0, 0), (-1, -1), "STSong-Light", 7),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *[("SPAN", a, b) for a, b in spans],
        *[("VALIGN", a, b, "MIDDLE") for a, b in spans if a[0] == b[0]],
    ]
    return Table(data, colWidths=widths, repeatRows=repeat, style=TableStyle(style))


def _scan_image():  # type: ignore[no-untyped-def]
    """A grey page-sized image with dark bars: what a scanned page looks like to a PDF reader (no text)."""
    from PIL import Image as PILImage
    from PIL import ImageDraw
    from reportlab.platypus import Image

    picture = PILImage.new("L", (600, 400), 235)
    draw = ImageDraw.Draw(picture)
    for y in range(30, 380, 24):
        draw.rectangle((40, y, 560, y + 10), fill=60)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    buffer.seek(0)
    return Image(buffer, width=600, height=400)


def _others_story(story: list, which, title_style, cell_style) -> None:  # type: ignore[no-untyped-def]
    from reportlab.platypus import Paragraph

    title, rows = which
    story.append(Paragraph(title, title_style))
    story.append(_table(rows, [120] * len(rows[0]), cell_style, repeat=1))


def build_pdf(path: Path, story_of, *, others: bool = True, scan: bool = True, same_page: bool = False) -> Path:  # type: ignore[no-untyped-def]
    """A landscape A4 PDF: [收支总表], the table story, [财政拨款支出表], [a scanned page].

    ``same_page``: the other tables share a page with the 绩效目标表 (before it and after it).
    """
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    cell, title, line = _styles()
    story: list = []
    if others:
        _others_story(story, OTHER_BEFORE, title, cell)
        if not same_page:
            story.append(PageBreak())
    story_of(story, cell, title, line)
    if others:
        if not same_page:
            story.append(PageBreak())
        _others_story(story, OTHER_AFTER, title, cell)
    if scan:
        story.append(PageBreak())
        story.append(_scan_image())
    doc = SimpleDocTemplate(
        str(path), pagesize=landscape(A4), leftMargin=20, rightMargin=20, topMargin=24, bottomMargin=24
    )
    doc.build(story)
    return path


def split_row(cells: list[str]) -> tuple[list[str], list[str]]:
    """A project row cut in two where a page break falls inside it: the continuation has no name or amounts."""

    def cut(text: str) -> tuple[str, str]:
        at = len(text) // 2
        while at < len(text) - 1 and (text[at - 1].isascii() or text[at].isascii()):
            at += 1  # break between two CJK characters, as a wrapped line does
        return text[:at], text[at:]

    goal = cut(cells[5])
    cell = cut(cells[6])
    return [*cells[:5], goal[0], cell[0]], ["", "", "", "", "", goal[1], cell[1]]


def guangzhou_pdf(seed: str, path: Path, **options: bool) -> Path:
    """The seed's table; the project with the longest 绩效指标 cell is split by a page break."""
    table = guangzhou_rows(seed)

    def story_of(story, cell, title, line):  # type: ignore[no-untyped-def]
        from reportlab.platypus import PageBreak, Paragraph

        story.append(Paragraph(table["title"], title))
        story.append(Paragraph(table["department"], line))
        rows = [cells for _, cells in table["rows"]]
        longest = max(range(len(rows)), key=lambda k: len(rows[k][6]))
        first, rest = split_row(rows[longest])
        widths = [90, 42, 42, 42, 42, 170, 352]
        story.append(_table([table["header"], *rows[:longest], first], widths, cell, repeat=1))
        story.append(PageBreak())
        story.append(_table([table["header"], rest, *rows[longest + 1 :]], widths, cell, repeat=1))

    return build_pdf(path, story_of, **options)


def unruled_pdf(seed: str, path: Path) -> Path:
    """The seed's table drawn with no rules at all (some budget PDFs draw none), no other tables."""
    global RULED
    RULED = False
    try:
        return guangzhou_pdf(seed, path, others=False, scan=False)
    finally:
        RULED = True


def columns_pdf(name: str, path: Path, **options: bool) -> Path:
    rows = column_rows(name)

    def story_of(story, cell, title, line):  # type: ignore[no-untyped-def]
        from reportlab.platypus import PageBreak, Paragraph

        pending: list[tuple[str, list[str]]] = []
        started = False

        def flush() -> None:
            if pending:
                cells = [c for _, c in pending]
                kinds = [k for k, _ in pending]
                width = max(len(c) for c in cells)
                cells = [c + [""] * (width - len(c)) for c in cells]
                widths = [800 / width] * width
                story.append(_table(cells, widths, cell, spans=column_spans(cells, kinds)))
                pending.clear()

        for kind, cells in rows:
            if kind == "title":
                flush()
                if started:
                    story.append(PageBreak())
                started = True
                story.append(Paragraph(cells[0], title))
            else:
                pending.append((kind, cells))
        flush()

    return build_pdf(path, story_of, **options)


# ---------------------------------------------------------------- XLSX


def _sheet_rows(rows: list[tuple[str, list[str]]]) -> tuple[list[list[str]], list[str]]:
    width = max(len(c) for _, c in rows)
    return [c + [""] * (width - len(c)) for _, c in rows], [k for k, _ in rows]


def build_xlsx(path: Path, rows: list[list[str]], spans, *, numbers: bool = False) -> Path:  # type: ignore[no-untyped-def]
    """A workbook: a sheet of another table first, then the 绩效目标表 with merged ranges."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook()
    other = book.active
    other.title = "收支总表"
    for r in OTHER_BEFORE[1]:
        other.append(r)
    sheet = book.create_sheet("绩效目标表")
    for r, cells in enumerate(rows, 1):
        for c, text in enumerate(cells, 1):
            if not text:
                continue
            value, shown = _stored(text, numbers)
            cell = sheet.cell(r, c, value)
            if shown:
                cell.number_format = shown
    for (c0, r0), (c1, r1) in spans:
        sheet.merge_cells(f"{get_column_letter(c0 + 1)}{r0 + 1}:{get_column_letter(c1 + 1)}{r1 + 1}")
    book.save(path)
    return path


def _stored(text: str, numbers: bool) -> tuple[str | float, str | None]:
    """What a sheet stores for a cell's text, and its number format: with ``numbers``, an amount of two decimals
    as a number shown ``#,##0.00``; else the text."""
    plain = text.replace(",", "")
    if numbers and plain.replace(".", "", 1).isdigit() and "." in plain and len(plain.split(".")[1]) == 2:
        return float(plain), "#,##0.00"
    return text, None


def build_xls(path: Path, rows: list[list[str]], spans, *, numbers: bool = False) -> Path:  # type: ignore[no-untyped-def]
    """The workbook of :func:`build_xlsx` as an Excel 97-2003 file, written by xlwt."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    other = book.add_sheet("收支总表")
    for r, cells in enumerate(OTHER_BEFORE[1]):
        for c, text in enumerate(cells):
            other.write(r, c, text)
    sheet = book.add_sheet("绩效目标表")
    money = xlwt.easyxf(num_format_str="#,##0.00")
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            if text:
                value, shown = _stored(text, numbers)
                sheet.write(r, c, value, money) if shown else sheet.write(r, c, value)
    for (c0, r0), (c1, r1) in spans:
        sheet.merge(r0, r1, c0, c1)
    book.save(str(path))
    return path


def build_docx(path: Path, rows: list[list[str]], spans, *, numbers: bool = False) -> Path:  # type: ignore[no-untyped-def]
    """The workbook of :func:`build_xlsx` as a Word document, written by python-docx: the other table first, then
    the 绩效目标表's title as a paragraph and its rows as a table with merged cells (amounts are text in Word)."""
    import docx

    document = docx.Document()
    other = OTHER_BEFORE[1]
    table = document.add_table(rows=len(other), cols=max(len(r) for r in other))
    for r, cells in enumerate(other):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    title = rows[0][0]
    document.add_paragraph(title)
    body = rows[1:]
    table = document.add_table(rows=len(body), cols=max(len(r) for r in body))
    for r, cells in enumerate(body):
        for c, text in enumerate(cells):
            if text:
                table.cell(r, c).text = text
    for (c0, r0), (c1, r1) in spans:
        if r0 > 0:  # (the title's range: a paragraph here)
            table.cell(r0 - 1, c0).merge(table.cell(r1 - 1, c1))
    document.save(str(path))
    return path


def guangzhou_xlsx(seed: str, path: Path, build=build_xlsx) -> Path:  # type: ignore[no-untyped-def]
    table = guangzhou_rows(seed)
    rows = [[table["title"]], [table["department"]], table["header"]] + [c for _, c in table["rows"]]
    width = len(table["header"])
    rows = [r + [""] * (width - len(r)) for r in rows]
    return build(path, rows, [((0, 0), (width - 1, 0)), ((0, 1), (width - 1, 1))], numbers=True)


def columns_xlsx(name: str, path: Path, build=build_xlsx) -> Path:  # type: ignore[no-untyped-def]
    cells, kinds = _sheet_rows(column_rows(name))
    return build(path, cells, column_spans(cells, kinds))


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = [guangzhou_pdf(s, folder / f"{s}.pdf") for s in SEEDS]
    out += [columns_pdf(n, folder / f"{n}.pdf") for n in COLUMN_TABLES]
    out += [guangzhou_xlsx(s, folder / f"{s}.xlsx") for s in SEEDS]
    out += [columns_xlsx(n, folder / f"{n}.xlsx") for n in COLUMN_TABLES]
    return out


if __name__ == "__main__":
    for written in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "fixtures")):
        print(written)
