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
    path.write_bytes(bytes(range(256)) * 4)  # (neither a workbook nor text)
    with pytest.raises(InputError, match=r"budget\.xls: not a readable XLS workbook"):
        read_document(path)


TABLE = [
    ("项目名称", "示例市某某区渡口维护项目", "", ""),
    ("一级指标", "二级指标", "三级指标", "指标值"),
    ("产出指标", "数量指标", "维护渡船数", "4艘"),
    ("", "质量指标", "渡船检验合格率", "100%"),
]
READ = [("数量指标", "维护渡船数", "4艘"), ("质量指标", "渡船检验合格率", "100%")]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        (  # a portal's "export to Excel": an HTML table under a workbook's name
            "export.xls",
            "<html><body><table>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in TABLE)
            + "</table></body></html>",
        ),
        ("export.xls", "\n".join("\t".join(row) for row in TABLE)),  # tab-separated text
        ("export.xlsx", "\n".join(",".join(row) for row in TABLE)),  # a CSV
    ],
    ids=["html", "tsv", "csv"],
)
def test_text_saved_under_a_workbook_name_is_read_as_text(tmp_path: Path, name: str, content: str) -> None:
    """A system's export that is text named as a workbook: read as text, with a warning saying so (before: not a
    readable workbook)."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    document = read_document(path)
    (project,) = document.units[0].projects
    assert [(i.level2.name, i.name, i.annual_target.raw) for i in project.indicators] == READ
    assert document.diagnostics[0].message.startswith(f"{name} is no workbook but text")


def test_a_workbook_under_the_other_workbook_name_is_read_by_its_bytes(tmp_path: Path) -> None:
    """An .xls workbook named .xlsx (and the reverse) is read as what its first bytes say it is."""
    import openpyxl
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("表")
    for r, row in enumerate(TABLE):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    old = tmp_path / "old.xlsx"
    book.save(str(old))
    new_book = openpyxl.Workbook()
    for row in TABLE:
        new_book.active.append(row)
    new = tmp_path / "new.xls"
    new_book.save(str(new))
    for path in (old, new):
        (project,) = read_document(path).units[0].projects
        assert [(i.level2.name, i.name, i.annual_target.raw) for i in project.indicators] == READ
