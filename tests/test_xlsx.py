"""XLSX workbooks built from the golden Documents (tests/pdf_fixtures.py) read back to the same content.

Compared as in test_pdf.py: content without positions and without the
``(sheet …, row …, column …, character …)`` location a workbook's diagnostics end with.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("openpyxl")
pytest.importorskip("reportlab")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pdf_fixtures
from test_pdf import GOLDEN, content, indicators

from indicator_parser import InputError, read_document, to_dict
from indicator_parser.sources.xlsx import cell_text

# Each format of book: its fixture writer, the module that reads it (its extra's), and how its report begins.
BOOKS = {
    "xlsx": (pdf_fixtures.build_xlsx, "openpyxl", "sheets read: 绩效目标表; skipped sheets: 收支总表"),
    "xls": (pdf_fixtures.build_xls, "xlrd", "sheets read: 绩效目标表; skipped sheets: 收支总表"),
    "docx": (pdf_fixtures.build_docx, "docx", "tables read: 2; skipped tables: 1"),
}


@pytest.mark.parametrize("kind", list(BOOKS))
@pytest.mark.parametrize("name", list(GOLDEN))
def test_a_book_reads_to_the_golden_document(tmp_path: Path, name: str, kind: str) -> None:
    """The golden Documents written as workbooks (openpyxl, xlwt) and Word documents (python-docx) read back to
    the same content."""
    build, module, report = BOOKS[kind]
    pytest.importorskip(module)
    path = tmp_path / f"{name}.{kind}"
    if name in pdf_fixtures.SEEDS:
        pdf_fixtures.guangzhou_xlsx(name, path, build=build)
    else:
        pdf_fixtures.columns_xlsx(name, path, build=build)
    golden = json.loads(GOLDEN[name].read_text(encoding="utf-8"))
    document = read_document(path)
    got = to_dict(document)
    assert indicators(got) == indicators(golden)
    assert content(got) == content(golden)
    assert document.diagnostics[0].message.startswith(report)


@pytest.mark.parametrize(
    ("kind", "extra", "purpose"), [("xls", "xls", "reading XLS workbooks"), ("docx", "docx", "reading Word documents")]
)
def test_without_the_extra_one_line_names_it_and_exits_3(tmp_path: Path, kind: str, extra: str, purpose: str) -> None:
    """A subprocess where the format's reader cannot be imported: one line naming the extra, exit 3."""
    import os
    import subprocess

    build, module, _ = BOOKS[kind]
    path = pdf_fixtures.columns_xlsx("c1_plain", tmp_path / f"c1.{kind}", build=build)
    blocker = tmp_path / "block"
    blocker.mkdir()
    # (a None in sys.modules marks a module as not importable)
    (blocker / "sitecustomize.py").write_text(f"import sys\nsys.modules[{module!r}] = None\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(blocker))
    run = subprocess.run(
        [sys.executable, "-m", "indicator_parser", "parse", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 3, run.stderr
    assert run.stderr.splitlines() == [
        f'indicator-parser: {purpose} needs the {extra!r} extra: pip install "indicator-parser[{extra}]"'
    ]


def test_merged_ranges_leave_one_cell_holding_the_value(tmp_path: Path) -> None:
    import openpyxl

    from indicator_parser.sources.xlsx import _sheet_rows

    path = pdf_fixtures.columns_xlsx("c1_plain", tmp_path / "c1.xlsx")
    sheet = openpyxl.load_workbook(path)["绩效目标表"]
    ranges = list(sheet.merged_cells.ranges)
    assert len(ranges) >= 10  # 一级/二级 blocks and header-block values over the empty cells beside them
    rows = _sheet_rows(sheet)
    for merged in ranges:
        assert rows[merged.min_row - 1][merged.min_col - 1]
        for r in range(merged.min_row, merged.max_row + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                if (r, c) != (merged.min_row, merged.min_col) and c - 1 < len(rows[r - 1]):
                    assert rows[r - 1][c - 1] is None


def test_numbers_read_as_the_sheet_shows_them() -> None:
    assert cell_text(2450.39, "#,##0.00") == "2,450.39"
    assert cell_text(20.0, "0.00") == "20.00"
    assert cell_text(20.0) == "20"
    assert cell_text(3.5) == "3.5"
    # thousands grouped with no decimals, and percentages, as the sheet shows them
    assert cell_text(2150, "#,##0") == "2,150"
    assert cell_text(0.95, "0%") == "95%"
    assert cell_text(0.955, "0.0%") == "95.5%"
    assert cell_text(12) == "12"
    assert cell_text(None) is None


def test_a_file_that_is_no_workbook_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "budget.xlsx"
    bad.write_bytes(bytes(range(256)) * 4)  # (neither a workbook nor text)
    with pytest.raises(InputError, match=r"budget\.xlsx: not a readable XLSX workbook"):
        read_document(bad)
    bad.write_text("not a workbook", encoding="utf-8")  # (text: read as text, with a warning saying so)
    messages = [d.message for d in read_document(bad).all_diagnostics()]
    assert messages[0].startswith("budget.xlsx is no workbook but text")
    assert "no project rows found" in messages


def test_cli_checks_a_folder_of_workbooks(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from indicator_parser.cli import main

    pdf_fixtures.columns_xlsx("c6_sequence", tmp_path / "budget.xlsx")
    result = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert f"{tmp_path / 'budget.xlsx'}: 2 units, 2 projects, 11 indicators" in result.output.splitlines()


def test_a_workbook_with_a_sheet_a_project_is_one_document(tmp_path: Path) -> None:
    """Some departments export their 绩效目标表 with one project a sheet; the text of the same workbook is one
    document, so the sheets are too (before: one document a sheet, and read_document refused the file)."""
    import openpyxl

    book = openpyxl.Workbook()
    del book[book.active.title]
    for title, project, rows in (
        ("表1", "示例渡口维护项目", [("产出指标", "数量指标", "维护渡船数", "4艘")]),
        (
            "表2",
            "示例码头照明项目",
            [("产出指标", "质量指标", "灯具完好率", "≥95%"), ("", "时效指标", "完工时间", "6月底前")],
        ),
    ):
        sheet = book.create_sheet(title)
        sheet.append(["项目名称", project])
        sheet.append(["一级指标", "二级指标", "三级指标", "指标值"])
        for row in rows:
            sheet.append(list(row))
    book.create_sheet("说明").append(["本表数据为示例"])
    path = tmp_path / "book.xlsx"
    book.save(path)
    document = read_document(path)
    assert [
        (p.name, [(i.level1.name, i.level2.name, i.name, i.annual_target.raw) for i in p.indicators])
        for u in document.units
        for p in u.projects
    ] == [
        ("示例渡口维护项目", [("产出指标", "数量指标", "维护渡船数", "4艘")]),
        (
            "示例码头照明项目",
            [("产出指标", "质量指标", "灯具完好率", "≥95%"), ("产出指标", "时效指标", "完工时间", "6月底前")],
        ),
    ]
    assert (
        document.diagnostics[0].message
        == "sheets read: 表1, 表2; skipped sheets: 说明 (this document: sheets 表1, 表2)"
    )


def test_header_blocks_on_one_sheet_and_all_indicators_keyed_by_project_on_another(tmp_path: Path) -> None:
    """A workbook exported from a database: a sheet of header blocks (项目名称, 主管部门 …) one under another, and a
    sheet of every project's indicators, each row led by its project's name. The block sheet had been skipped
    and the grid read as one project with no name."""
    import openpyxl

    book = openpyxl.Workbook()
    blocks = book.active
    blocks.title = "项目信息"
    for project, department in (("示例渡口维护项目", "示例县交通运输局"), ("示例码头照明项目", "示例县港航中心")):
        blocks.append(["项目名称", project])
        blocks.append(["主管部门", department])
        blocks.append([])
    grid = book.create_sheet("绩效指标")
    grid.append(["项目名称", "一级指标", "二级指标", "三级指标", "指标值"])
    grid.append(["示例渡口维护项目", "产出指标", "数量指标", "维护渡船数", "4艘"])
    grid.append(["示例渡口维护项目", "产出指标", "质量指标", "渡船年检合格率", "100%"])
    grid.append(["示例码头照明项目", "产出指标", "质量指标", "灯具完好率", "≥95%"])
    path = tmp_path / "book.xlsx"
    book.save(path)
    document = read_document(path)
    assert [
        (p.name, p.department, [(i.level2.name, i.name, i.annual_target.raw, dict(i.extra)) for i in p.indicators])
        for u in document.units
        for p in u.projects
    ] == [
        (
            "示例渡口维护项目",
            "示例县交通运输局",
            [("数量指标", "维护渡船数", "4艘", {}), ("质量指标", "渡船年检合格率", "100%", {})],
        ),
        ("示例码头照明项目", "示例县港航中心", [("质量指标", "灯具完好率", "≥95%", {})]),
    ]


def test_a_hidden_sheet_of_drop_down_lists_is_not_read(tmp_path: Path) -> None:
    """A declaration template keeps the lists of its drop-downs (一级指标, 二级指标, 项目属性 …) on a hidden sheet: no
    part of the table as shown, it is skipped and named so (it had been read as a second table, and read_document
    refused the workbook as holding two)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "绩效目标申报"
    for row in (
        ("项目名称", "示例渡口维护项目", "", ""),
        ("一级指标", "二级指标", "三级指标", "指标值"),
        ("产出指标", "数量指标", "维护渡船数", "4艘"),
    ):
        sheet.append(list(row))
    lists = book.create_sheet("下拉选项")
    for row in (
        ("一级指标", "二级指标", "项目属性"),
        ("产出指标", "数量指标", "新增项目"),
        ("效益指标", "质量指标", ""),
    ):
        lists.append(list(row))
    lists.sheet_state = "hidden"
    path = tmp_path / "template.xlsx"
    book.save(path)
    document = read_document(path)
    assert [
        (i.level1.name, i.name, i.annual_target.raw) for u in document.units for p in u.projects for i in p.indicators
    ] == [("产出指标", "维护渡船数", "4艘")]
    assert document.diagnostics[0].message.startswith("sheets read: 绩效目标申报; skipped sheets: 下拉选项 (hidden)")
