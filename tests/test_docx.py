"""Word documents (.docx) written by python-docx: a cell's paragraphs, merged cells and a file that is no document.
(Every golden written as a .docx reads back to its golden in tests/test_xlsx.py, with the workbooks.)"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("docx")


from indicator_parser import InputError, read_document


def test_a_cell_s_paragraphs_are_its_lines_and_merged_cells_stand_in_their_first_column(tmp_path: Path) -> None:
    """A header block table and a grid table: a goal of two paragraphs in one cell (joined as wrapped lines), a
    value merged across three columns, a 一级 merged down three rows."""
    import docx

    document = docx.Document()
    document.add_paragraph("示例市某某区交通运输局2025年项目支出绩效目标表")
    block = document.add_table(rows=3, cols=4)
    for r, cells in enumerate(
        (
            ("项目名称", "示例渡口改造项目", "", ""),
            ("主管部门", "示例市某某区交通运输局", "", ""),
            ("年度目标", "", "", ""),
        )
    ):
        for c, text in enumerate(cells):
            block.cell(r, c).text = text
    goal = block.cell(2, 1)
    goal.text = "1.改造渡口2座；"
    goal.add_paragraph("2.更换救生设备40套。")
    for r in range(3):
        block.cell(r, 1).merge(block.cell(r, 3))
    grid = document.add_table(rows=4, cols=4)
    for r, cells in enumerate(
        (
            ("一级指标", "二级指标", "三级指标", "指标值"),
            ("产出指标", "数量指标", "改造渡口", "2座"),
            ("", "", "更换救生设备", "40套"),
            ("", "质量指标", "验收合格率", "100%"),
        )
    ):
        for c, text in enumerate(cells):
            grid.cell(r, c).text = text
    grid.cell(1, 0).merge(grid.cell(3, 0))
    grid.cell(1, 1).merge(grid.cell(2, 1))
    path = tmp_path / "budget.docx"
    document.save(str(path))
    read = read_document(path)
    (project,) = read.units[0].projects
    assert (project.name, project.department, project.goal) == (
        "示例渡口改造项目",
        "示例市某某区交通运输局",
        "1.改造渡口2座；2.更换救生设备40套。",
    )
    assert [(i.level1.name, i.level2.name, i.name, i.annual_target.raw) for i in project.indicators] == [
        ("产出指标", "数量指标", "改造渡口", "2座"),
        ("产出指标", "数量指标", "更换救生设备", "40套"),
        ("产出指标", "质量指标", "验收合格率", "100%"),
    ]


def test_a_file_that_is_no_word_document_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "budget.docx"
    path.write_text("项目名称,示例\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"budget\.docx: not a readable Word document"):
        read_document(path)
