"""XLS workbooks (Excel 97-2003) written by xlwt: hidden sheets, dates, number formats and a file that is no
workbook. (Every golden written as an .xls reads back to its golden in tests/test_xlsx.py, with the other books.)"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("xlrd")
pytest.importorskip("xlwt")


from indicator_parser import InputError, read_document


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
