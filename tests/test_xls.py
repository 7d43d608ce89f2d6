"""XLS workbooks (Excel 97-2003) built from the golden Documents with xlwt read back to the same content, as the
XLSX ones do (tests/test_xlsx.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("xlrd")
pytest.importorskip("xlwt")
pytest.importorskip("reportlab")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pdf_fixtures
from test_pdf import GOLDEN, content, indicators

from indicator_parser import InputError, read_document, to_dict


@pytest.mark.parametrize("name", list(GOLDEN))
def test_xls_reads_to_the_golden_document(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.xls"
    if name in pdf_fixtures.SEEDS:
        pdf_fixtures.guangzhou_xlsx(name, path, build=pdf_fixtures.build_xls)
    else:
        pdf_fixtures.columns_xlsx(name, path, build=pdf_fixtures.build_xls)
    golden = json.loads(GOLDEN[name].read_text(encoding="utf-8"))
    document = read_document(path)
    got = to_dict(document)
    assert indicators(got) == indicators(golden)
    assert content(got) == content(golden)
    assert document.diagnostics[0].message.startswith("sheets read: 绩效目标表; skipped sheets: 收支总表")


def test_hidden_sheets_dates_and_numbers_as_the_sheet_shows_them(tmp_path: Path) -> None:
    """A hidden sheet of drop-down lists is skipped; a date cell reads as its date, a number as its format shows it
    (two decimals), a whole number with no format without a decimal point."""
    import datetime

    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("绩效目标申报")
    rows = [
        ("项目名称", "示例渡口维护项目", "", ""),
        ("项目资金（万元）", "年度资金总额", 86.4, ""),
        ("一级指标", "二级指标", "三级指标", "指标值"),
        ("产出指标", "数量指标", "维护渡船数", 4),
        ("", "时效指标", "完工日期", datetime.date(2025, 6, 30)),
    ]
    money, day = xlwt.easyxf(num_format_str="0.00"), xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            if value != "":
                style = money if isinstance(value, float) else day if isinstance(value, datetime.date) else None
                sheet.write(r, c, value, style) if style else sheet.write(r, c, value)
    lists = book.add_sheet("下拉选项")
    for r, value in enumerate(("一级指标", "产出指标", "效益指标")):
        lists.write(r, 0, value)
    lists.visibility = 1  # hidden
    path = tmp_path / "template.xls"
    book.save(str(path))
    document = read_document(path)
    (project,) = document.units[0].projects
    assert [(i.level2.name, i.name, i.annual_target.raw) for i in project.indicators] == [
        ("数量指标", "维护渡船数", "4"),
        ("时效指标", "完工日期", "2025-06-30"),
    ]
    assert str(project.amounts.total) == "86.40"
    assert document.diagnostics[0].message.startswith("sheets read: 绩效目标申报; skipped sheets: 下拉选项 (hidden)")


def test_a_file_that_is_no_xls_workbook_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "budget.xls"
    path.write_text("项目名称,示例\n", encoding="utf-8")  # (a CSV saved under the wrong name)
    with pytest.raises(InputError, match=r"budget\.xls: not a readable XLS workbook"):
        read_document(path)


def test_without_the_extra_one_line_names_it_and_exits_3(tmp_path: Path) -> None:
    """A subprocess where xlrd cannot be imported: one line naming the extra, exit 3."""
    import os
    import subprocess

    path = pdf_fixtures.columns_xlsx("c1_plain", tmp_path / "c1.xls", build=pdf_fixtures.build_xls)
    blocker = tmp_path / "block"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text("import sys\nsys.modules['xlrd'] = None\n", encoding="utf-8")
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
        "indicator-parser: reading XLS workbooks needs the 'xls' extra: pip install \"indicator-parser[xls]\""
    ]
