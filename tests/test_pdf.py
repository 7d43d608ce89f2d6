"""PDF budgets: fixtures built from the golden Documents (tests/pdf_fixtures.py) read back to the same content.

Positions differ by nature (a PDF Document's positions refer to its cell
text, see indicator_parser/sources/grid.py), so documents are compared on
content: department, currency, totals, units, projects (name, money, goal,
header fields) and every indicator field but its span. Diagnostic messages
are compared without the ``(page …, row …, column …, character …)`` a PDF adds;
goal texts without spaces, because a space where the PDF wraps a line is not
on the page (the one case: seed 002's ``支出 ，资产``).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

pytest.importorskip("pdfplumber")
pytest.importorskip("reportlab")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pdf_fixtures

from indicator_parser import InputError, read_document, to_dict
from indicator_parser.sources.pdf import PdfPages, parse_pages

LOCATION = re.compile(r" \((?:page|sheet|table) [^()]*, row \d+, column \d+, character \d+\)$")
GOLDEN = {
    **{s: pdf_fixtures.DOCUMENTS / f"{s}.expected.json" for s in pdf_fixtures.SEEDS},
    **{n: pdf_fixtures.DOCUMENTS / "columns" / f"{n}.expected.json" for n in pdf_fixtures.COLUMN_TABLES},
}


def content(data: dict) -> dict:
    """What a Document JSON says, without positions, sources and the PDF's location suffixes."""

    def message(d: dict) -> str:
        return LOCATION.sub("", d["message"])

    units = []
    for unit in data["units"]:
        projects = []
        for p in unit["projects"]:
            kept = {k: v for k, v in p.items() if k not in ("span", "lines", "page", "indicators", "diagnostics")}
            kept["goal"] = p["goal"].replace(" ", "") if p["goal"] else p["goal"]
            kept["diagnostics"] = sorted(message(d) for d in p["diagnostics"])
            kept["indicators"] = [indicator(i) for i in p["indicators"]]
            projects.append(kept)
        units.append({"name": unit["name"], "total": unit["total"], "projects": projects})
    return {k: data[k] for k in ("department", "currency_unit", "total", "form")} | {"units": units}


def indicator(i: dict) -> dict:
    kept = {k: v for k, v in i.items() if k not in ("span", "warnings")}
    kept["warnings"] = [LOCATION.sub("", w["message"]) for w in i["warnings"]]
    return kept


def indicators(data: dict) -> list[dict]:
    return [indicator(i) for u in data["units"] for p in u["projects"] for i in p["indicators"]]


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdfs")
    made = {s: pdf_fixtures.guangzhou_pdf(s, folder / f"{s}.pdf") for s in pdf_fixtures.SEEDS}
    made |= {n: pdf_fixtures.columns_pdf(n, folder / f"{n}.pdf") for n in pdf_fixtures.COLUMN_TABLES}
    return made


@pytest.mark.parametrize("name", list(GOLDEN))
def test_pdf_reads_to_the_golden_document(pdfs: dict[str, Path], name: str) -> None:
    golden = json.loads(GOLDEN[name].read_text(encoding="utf-8"))
    document = read_document(pdfs[name])
    got = to_dict(document)
    # Every indicator exact, one by one (a failure names the first that differs) ...
    expected = indicators(golden)
    found = indicators(got)
    assert len(found) == len(expected)
    for a, b in zip(found, expected, strict=True):
        assert a == b
    # ... and the whole content: every unit and project, with money and goals.
    assert content(got) == content(golden)
    assert all(p.page is not None for u in document.units for p in u.projects)


@pytest.mark.parametrize("name", ["000_c4302184a6673dbb", "c1_plain"])
def test_other_tables_and_the_scan_are_reported(pdfs: dict[str, Path], name: str) -> None:
    document = read_document(pdfs[name])
    messages = [d.message for d in document.diagnostics]
    report = next(m for m in messages if m.startswith("pages read:"))
    pages = PdfPages(str(pdfs[name]), name)
    list(pages.rows())
    last = pages.page_count
    assert pages.skipped[0] == 1 and pages.skipped[-1] == last - 1  # 收支总表 before, 财政拨款支出表 after
    assert pages.scans == [last]
    assert f"no text layer: {last}" in report
    scan = [d for d in document.diagnostics if d.message.startswith(f"page {last} has no text layer")]
    assert len(scan) == 1 and "OCR" in scan[0].message and scan[0].severity == "warning"


@pytest.mark.parametrize("name", ["c6_sequence", "c4_value_unit"])
def test_other_tables_on_the_same_page_are_not_read(tmp_path: Path, name: str) -> None:
    """收支总表 above the 绩效目标表 and 财政拨款支出表 below it, on its pages: only its rows are read."""
    path = pdf_fixtures.columns_pdf(name, tmp_path / f"{name}.pdf", same_page=True, scan=False)
    golden = json.loads(GOLDEN[name].read_text(encoding="utf-8"))
    got = to_dict(read_document(path))
    assert indicators(got) == indicators(golden)
    assert content(got) == content(golden)
    rows = list(PdfPages(str(path), name).rows())
    assert not any(t.startswith(("其他收入", "行政运行", "2010")) for r in rows for t in r.texts)


def test_a_row_split_by_a_page_break_is_joined(pdfs: dict[str, Path]) -> None:
    seed = "002_be3be7f21966b616"
    pages = PdfPages(str(pdfs[seed]), seed)
    rows = list(pages.rows())
    continuations = [r for r in rows if r.aligned and not any(r.texts[:5]) and r.texts[6]]
    assert len(continuations) == 1
    assert continuations[0].page == rows[rows.index(continuations[0]) - 2].page + 1  # after the repeated header
    headers = [r for r in rows if r.texts[:1] == ["项目名称（资金使用单位）"]]
    assert len(headers) == len({r.page for r in rows if r.aligned})  # the header on every page, dropped by the reader
    table = pdf_fixtures.guangzhou_rows(seed)
    longest = max((cells for _, cells in table["rows"]), key=lambda c: len(c[6]))
    project = next(p for u in read_document(pdfs[seed]).units for p in u.projects if p.name == longest[0])
    assert len(project.indicators) == longest[6].count("年度指标值")


def test_diagnostics_say_page_row_column_and_character(pdfs: dict[str, Path]) -> None:
    seed = "002_be3be7f21966b616"
    document = read_document(pdfs[seed])
    pages = PdfPages(str(pdfs[seed]), seed)
    rows = list(pages.rows())
    warnings = [w for u in document.units for p in u.projects for i in p.indicators for w in i.warnings]
    assert warnings
    for warning in warnings:
        m = re.search(r"\(page (\d+), row (\d+), column (\d+), character (\d+)\)$", warning.message)
        assert m, warning.message
        page, row, column, character = map(int, m.groups())
        assert column == 7  # the 绩效指标 column
        cell = [r for r in rows if r.page == page][row - 1].cells[column - 1]
        assert cell.raw[character:].startswith(warning.text[:10])


def test_pages_option_limits_the_pages_read(pdfs: dict[str, Path]) -> None:
    name = "000_c4302184a6673dbb"
    whole = read_document(pdfs[name])
    first_table_page = min(p.page for u in whole.units for p in u.projects if p.page)
    only = read_document(pdfs[name], pages=f"{first_table_page}")
    assert 0 < sum(len(u.projects) for u in only.units) < sum(len(u.projects) for u in whole.units)
    assert only.diagnostics[0].message.startswith(f"pages read: {first_table_page} of")
    none = read_document(pdfs[name], pages="1")
    assert not any(u.projects for u in none.units)
    assert any(d.message == "no project rows found" for d in none.diagnostics)


def test_parse_pages() -> None:
    assert parse_pages("12-30") == [(12, 30)]
    assert parse_pages("5") == [(5, 5)]
    assert parse_pages("3,7-9") == [(3, 3), (7, 9)]
    assert parse_pages("40-") == [(40, None)]
    for bad in ("0", "9-3", "a", ""):
        with pytest.raises(ValueError):
            parse_pages(bad)


def _encrypted(path: Path) -> Path:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("secret"))
    c.drawString(100, 100, "budget")
    c.save()
    return path


def test_unreadable_pdfs_are_one_clear_error(pdfs: dict[str, Path], tmp_path: Path) -> None:
    whole = pdfs["c1_plain"].read_bytes()
    (tmp_path / "damaged.pdf").write_bytes(whole[: len(whole) // 3])
    (tmp_path / "text.pdf").write_text("项目名称 not a PDF", encoding="utf-8")
    (tmp_path / "empty.pdf").write_bytes(b"")
    cases = {
        _encrypted(tmp_path / "locked.pdf"): "encrypted",
        tmp_path / "damaged.pdf": "damaged PDF",
        tmp_path / "text.pdf": "not a PDF",
        tmp_path / "empty.pdf": "not a PDF",
    }
    for path, words in cases.items():
        with pytest.raises(InputError) as caught:
            read_document(path)
        assert str(caught.value).startswith(f"{path}: ") and words in str(caught.value)


def test_a_pdf_is_known_by_its_first_bytes(pdfs: dict[str, Path], tmp_path: Path) -> None:
    renamed = tmp_path / "budget.bin"
    renamed.write_bytes(pdfs["c6_sequence"].read_bytes())
    assert sum(len(p.indicators) for u in read_document(renamed).units for p in u.projects) == 11


# ---------------------------------------------------------------- command line and the missing extra


def test_cli_parses_and_checks_pdfs_and_folders(pdfs: dict[str, Path], tmp_path: Path) -> None:
    import shutil

    from click.testing import CliRunner

    from indicator_parser.cli import main

    folder = tmp_path / "budgets"
    folder.mkdir()
    shutil.copy(pdfs["c6_sequence"], folder / "a.pdf")
    shutil.copy(pdfs["c1_plain"], folder / "b.pdf")
    result = CliRunner().invoke(main, ["check", str(folder)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert f"{folder / 'a.pdf'}: 2 units, 2 projects, 11 indicators" in lines
    assert f"{folder / 'b.pdf'}: 2 units, 2 projects, 14 indicators" in lines
    result = CliRunner().invoke(main, ["parse", str(folder / "a.pdf"), "--format", "jsonl", "--pages", "2"])
    assert result.exit_code == 0
    assert len(result.output.splitlines()) == 11
    result = CliRunner().invoke(main, ["parse", str(folder / "a.pdf"), "--pages", "3-1"])
    assert result.exit_code == 2 and "runs backwards" in result.output


def test_cli_unreadable_pdf_exits_3_with_one_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from indicator_parser.cli import main

    bad = tmp_path / "budget.pdf"
    bad.write_bytes(b"%PDF-1.4\n garbage")
    result = CliRunner().invoke(main, ["parse", str(bad)])
    assert result.exit_code == 3
    [line] = result.output.strip().splitlines()
    assert line.startswith(f"indicator-parser: {bad}: a damaged PDF")


def test_without_the_extra_one_line_names_it_and_exits_3(pdfs: dict[str, Path], tmp_path: Path) -> None:
    """A subprocess where pdfplumber cannot be imported: one line naming the extra, exit 3, for two files."""
    import os
    import subprocess

    blocker = tmp_path / "block"
    blocker.mkdir()
    # A None in sys.modules is how Python marks a module as not importable (find_spec gives None).
    (blocker / "sitecustomize.py").write_text("import sys\nsys.modules['pdfplumber'] = None\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(blocker))
    for args in (["parse", str(pdfs["c1_plain"]), str(pdfs["c6_sequence"])], ["check", str(pdfs["c1_plain"])]):
        run = subprocess.run(
            [sys.executable, "-m", "indicator_parser", *args], capture_output=True, text=True, env=env, timeout=120
        )
        assert run.returncode == 3, run.stderr
        assert run.stderr.splitlines() == [
            "indicator-parser: reading PDF files needs the 'pdf' extra: pip install \"indicator-parser[pdf]\""
        ]


# ---------------------------------------------------------------- text from pdftotext -layout


def _pdftotext(pdf: Path, out: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; .ci/run installs it")
    subprocess.run(["pdftotext", "-layout", str(pdf), str(out)], check=True, timeout=120)
    return out.read_text(encoding="utf-8")


def _pdfplumber_layout(pdf: Path, out: Path) -> str:
    import pdfplumber

    with pdfplumber.open(pdf) as opened:
        text = "\n".join(page.extract_text(layout=True) or "" for page in opened.pages)
    out.write_text(text, encoding="utf-8")
    return text


@pytest.mark.parametrize("extract", [_pdftotext, _pdfplumber_layout], ids=["pdftotext-layout", "pdfplumber-layout"])
@pytest.mark.parametrize("name", pdf_fixtures.SEEDS)
def test_layout_text_reads_to_the_golden_document(
    pdfs: dict[str, Path], tmp_path: Path, name: str, extract: object
) -> None:
    """Layout text of the generated PDF: columns side by side, the goal and 绩效指标 lines interleaved."""
    text_path = tmp_path / f"{name}.layout.txt"
    text = extract(pdfs[name], text_path)  # type: ignore[operator]
    assert re.search(r"绩效目标 {3,}绩效指标", text)  # the shape this test is about
    assert re.search(r"[\u4e00-\u9fff] +[0-9]{1,2}、[0-9]-", text)  # goal and 绩效指标 text side by side
    golden = json.loads(GOLDEN[name].read_text(encoding="utf-8"))
    document = read_document(text_path)
    got = to_dict(document)
    assert indicators(got) == indicators(golden)
    assert content(got) == content(golden)
    # Positions are the text file's own: every indicator's span starts at its item in the file.
    for unit in document.units:
        for project in unit.projects:
            for item in project.indicators:
                start = item.span[0]
                assert text[start : start + 1] in "0123456789０１２３４５６７８９" or text[start] in "123效产满"
    skipped = [d.message for d in document.diagnostics if "skipped: not part of the table" in d.message]
    assert len(skipped) == 2  # the 收支总表 before, the 财政拨款支出表 after


def test_space_aligned_guangzhou_text_cuts_cells_at_the_columns() -> None:
    """A hand-written layout text: a name with one space before its amount, a wrapped name, a page header."""
    from indicator_parser import parse_document

    def at(*pieces: tuple[int, str]) -> str:
        line = ""
        for position, piece in pieces:
            line = line.ljust(position) + piece
        return line

    columns = (0, 13, 24, 36, 44, 54, 76)  # 项目名称 总计 财政拨款 财政专户 其他资金 绩效目标 绩效指标
    text = "\n".join(
        [
            at((17, "项目支出绩效目标表（含转移支付项目）")),
            "部门名称：示例街道办事处 单位：万元",
            at(
                *zip(
                    columns,
                    ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户", "其他资金", "绩效目标", "绩效指标"],
                    strict=True,
                )
            ),
            at((columns[3], "拨款")),
            at((0, "示例街道办事处"), (13, "30.00"), (24, "30.00")),
            at(
                (0, "街道专项经费（工作经费）"),
                (13, "30.00"),
                (24, "30.00"),
                (54, "保障日常工作需求"),
                (76, "1、1-产出指标,11-数量指标,"),
            ),
            at((0, "（23n）"), (54, "的正常开支。"), (76, "采购次数；实施周期指标值:全年,年度指标值:4次;")),
        ]
    )
    document = parse_document(text, "layout.txt")
    [unit] = document.units
    assert (unit.name, unit.total) == ("示例街道办事处", Decimal("30.00"))
    [project] = unit.projects
    assert project.name == "街道专项经费（工作经费）（23n）"
    assert (project.amounts.total, project.amounts.fiscal) == (Decimal("30.00"), Decimal("30.00"))
    assert project.goal == "保障日常工作需求的正常开支。"
    [item] = project.indicators
    assert (item.name, item.annual_target.raw) == ("采购次数", "4次")
    assert document.department == "示例街道办事处" and not document.all_diagnostics()


@pytest.mark.parametrize("name", pdf_fixtures.COLUMN_TABLES)
def test_pdftotext_layout_of_column_tables(pdfs: dict[str, Path], tmp_path: Path, name: str) -> None:
    """pdftotext -layout of a national table: merged 一级/二级 labels print mid-block, on lines of their own."""
    text = _pdftotext(pdfs[name], tmp_path / f"{name}.layout.txt")
    golden = json.loads(GOLDEN[name].read_text(encoding="utf-8"))
    document = read_document(tmp_path / f"{name}.layout.txt")
    got = to_dict(document)
    assert "\f" in text
    assert indicators(got) == indicators(golden)
    assert content(got) == content(golden)
    skipped = [d.message for d in document.diagnostics if "skipped: not part of a 绩效目标表" in d.message]
    assert len(skipped) == 2  # the 收支总表 before, the 财政拨款支出表 after


@pytest.mark.parametrize("name", pdf_fixtures.SEEDS)
def test_a_table_drawn_without_rules_is_read_from_its_layout_text(tmp_path: Path, name: str) -> None:
    """No ruled table anywhere, but pages naming a 绩效目标表: their layout text is read by its columns."""
    path = pdf_fixtures.unruled_pdf(name, tmp_path / f"{name}.pdf")
    golden = json.loads(GOLDEN[name].read_text(encoding="utf-8"))
    document = read_document(path)
    got = to_dict(document)
    assert indicators(got) == indicators(golden)
    assert content(got) == content(golden)
    assert any(d.message.startswith("no ruled table: read the layout text of pages 1, 2") for d in document.diagnostics)


def test_guangzhou_rows_with_a_two_row_header() -> None:
    """项目名称 | 总计 | 资金来源 (merged over three) | 绩效目标 | 绩效指标, the money columns named in the row below."""
    from indicator_parser.forms.guangzhou.table import read_rows
    from indicator_parser.sources.grid import GridText

    grid = GridText()
    texts = [
        ["项目名称（资金使用单位）", "总计", "资金来源", None, None, "绩效目标", "绩效指标"],
        [None, None, "财政拨款", "财政专户\n拨款", "其他资金", None, None],
        ["示例街道办事处", "30.00", "", "", "", "", ""],
        ["街道专项经费", "30.00", "20.00", "", "10.00", "保障日常工作", "1、1-产出指标,11-数量指标,采购次数；"],
        ["", "", "", "", "", "需求。", "实施周期指标值:全年,年度指标值:4次;"],
    ]
    document = read_rows([grid.row(t, 1, k + 1) for k, t in enumerate(texts)], "two-rows.pdf")
    [unit] = document.units
    [project] = unit.projects
    assert (project.amounts.total, project.amounts.fiscal, project.amounts.special, project.amounts.other) == (
        Decimal("30.00"),
        Decimal("20.00"),
        None,
        Decimal("10.00"),
    )
    assert project.goal == "保障日常工作需求。"
    [item] = project.indicators
    assert (item.name, item.annual_target.raw) == ("采购次数", "4次")
    assert not document.all_diagnostics()


@pytest.mark.parametrize(
    ("row", "header"),
    [
        (["序号", "指标内容", "年度指标值"], True),  # (a grid going on on the next page: 指标内容 names its names)
        (["一级指标", "二级指标", "三级指标", "指标值"], True),
        (["项目名称", "示例渡口改造"], False),
        (["单位：万元", "三级", "指标值"], False),  # (三级 alone is too common in other text to tell a header)
    ],
)
def test_a_grid_header_is_told_by_any_name_of_its_name_column(row: list[str], header: bool) -> None:
    """A page's table whose header names its name column 指标内容 was skipped as another table (a project's
    grid going on on page 2 lost its rows)."""
    from indicator_parser.sources.grid import is_target_header

    assert is_target_header(row) is header


@pytest.mark.parametrize(
    "title",
    ["示例县2025年项目支出绩效运行监控表（新写的例子）", "示例县2025年项目支出绩效目标表（新写的例子）"],
)
def test_a_titled_block_table_apart_from_its_grid_is_read(tmp_path: Path, title: str) -> None:
    """A header block ruled as a table of its own above the grid names no column of a 绩效目标表: the page's title
    (a target table's, a monitoring table's too) is what opens the table, so the block is read."""

    def story_of(story, cell, title_style, line):  # type: ignore[no-untyped-def]
        from reportlab.platypus import Paragraph, Spacer

        story.append(Paragraph(title, title_style))
        block = [
            ["项目名称", "示例县新写的监控例子项目", "主管部门", "示例县某某局"],
            ["实施单位", "示例县某某中心", "", ""],
        ]
        story.append(pdf_fixtures._table(block, [200] * 4, cell))
        story.append(Spacer(1, 30))
        grid = [
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "新写的巡查次数", "≥12次"],
            ["", "质量指标", "新写的问题整改率", "100%"],
        ]
        story.append(pdf_fixtures._table(grid, [200] * 4, cell))

    path = pdf_fixtures.build_pdf(tmp_path / "monitor.pdf", story_of, others=False, scan=False)
    document = read_document(path)
    assert [p.name for u in document.units for p in u.projects] == ["示例县新写的监控例子项目"]
    project = document.units[0].projects[0]
    assert project.department == "示例县某某局" and project.implementer == "示例县某某中心"
    assert [(i.name, i.annual_target.raw) for i in project.indicators] == [
        ("新写的巡查次数", "≥12次"),
        ("新写的问题整改率", "100%"),
    ]
