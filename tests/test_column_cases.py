"""Column tables: cases found by reading a corpus written independently of the code (invented rows here).

Each test names the defect it guards against; each failed on the code before its fix.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from indicator_parser import parse_document, read_document
from indicator_parser.errors import InputError
from indicator_parser.forms.columns.shapes import delimited_rows, detect_shape
from indicator_parser.table import Text


def kept_keys(document) -> list[str]:
    """The header-block keys and values a document kept as no field of the model (their diagnostics' heads)."""
    return [d.message.split(":")[0] for d in document.all_diagnostics() if "not part of the model" in d.message]


def rows(document):
    return [
        (i.level1.name, i.level2.name, i.name, i.annual_target.raw if i.annual_target else None)
        for unit in document.units
        for project in unit.projects
        for i in project.indicators
    ]


def test_a_header_wider_than_its_rows_is_read() -> None:
    """The header row reached further right than any row of the grid: IndexError before."""
    text = (
        "项目名称  示例桥梁巡检\n"
        "一级指标   二级指标   三级指标     指标值     备注说明栏目很宽的表头\n"
        "产出指标   数量指标   巡检座数     12座\n"
    )
    assert rows(parse_document(text)) == [("产出指标", "数量指标", "巡检座数", "12座")]


def test_a_form_feed_takes_no_column() -> None:
    """pdftotext starts a page with a form feed; counted as a column, it put the header after it one column
    off its only row, whose cells then ran together (通行群众满意度 ≥ 90 % as one name)."""
    text = (
        "项目名称  示例桥梁巡检\n"
        "  一级指标     二级指标         三级指标             指标性质   指标值   度量单位   权重\n"
        "  产出指标     数量指标         巡检座数             ≥          12       座         10\n"
        "                                        - 1 -\n"
        "\f  一级指标     二级指标         三级指标             指标性质   指标值   度量单位   权重\n"
        "  满意度指标   服务对象满意度   通行群众满意度       ≥          90       %          10\n"
        "               指标\n"
    )
    assert rows(parse_document(text)) == [
        ("产出指标", "数量指标", "巡检座数", "12"),
        ("满意度指标", "服务对象满意度指标", "通行群众满意度", "90"),
    ]


def test_labels_printed_between_rows_take_the_rows_around_them() -> None:
    """A renderer that centres a merged label by rows prints it on a line of its own after the block's first
    half; reading the label as a category with nothing under it (a placeholder row) was too cheap, and the
    first row went to the 质量 block."""
    text = (
        "项目名称  示例渡口改造\n"
        "  一级指标     二级指标     三级指标         指标值     偏差说明\n"
        "                            新建趸船         2艘\n"
        "               数量指标\n"
        "                            改造码头         3座\n"
        "                            安全事故         零事故\n"
        "               质量指标\n"
        "  产出指标\n"
        "                            工程验收合格率   100%       第三季度\n"
        "                                                        复验一次\n"
        "                                                        已整改\n"
        "               时效指标     完工时间         2025年10月底前\n"
        "               成本指标     单船造价         ≤80万元\n"
    )
    assert rows(parse_document(text)) == [
        ("产出指标", "数量指标", "新建趸船", "2艘"),
        ("产出指标", "数量指标", "改造码头", "3座"),
        ("产出指标", "质量指标", "安全事故", "零事故"),
        ("产出指标", "质量指标", "工程验收合格率", "100%"),
        ("产出指标", "时效指标", "完工时间", "2025年10月底前"),
        ("产出指标", "成本指标", "单船造价", "≤80万元"),
    ]


def test_a_cost_category_under_output_is_a_second_level() -> None:
    """One cell a line with empty cells dropped: 成本指标 right after a 产出指标 block, followed by a name, is
    the older tables' 二级 under 产出 (the 一级 cell was empty); it was read as a 一级 with no 二级."""
    text = "\n".join(
        [
            "项目名称",
            "示例渡口改造",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值",
            "产出指标",
            "数量指标",
            "新建趸船",
            "2艘",
            "成本指标",
            "单船造价",
            "≤80万元",
            "效益指标",
            "社会效益指标",
            "过渡时间缩短",
            "明显",
        ]
    )
    assert rows(parse_document(text)) == [
        ("产出指标", "数量指标", "新建趸船", "2艘"),
        ("产出指标", "成本指标", "单船造价", "≤80万元"),
        ("效益指标", "社会效益指标", "过渡时间缩短", "明显"),
    ]


def test_a_cost_category_under_project_completion_is_a_second_level() -> None:
    """The same under 项目完成指标, which holds 产出指标's 二级 (evaluation frameworks name 产出 so)."""
    text = (
        "项目名称\n示例渡口改造\n一级指标\n二级指标\n三级指标\n指标值\n"
        "项目完成指标\n数量指标\n新建趸船\n2艘\n成本指标\n单船造价\n≤80万元\n"
        "项目效益指标\n社会效益指标\n过渡时间缩短\n明显"
    )
    document = parse_document(text)
    assert rows(document) == [
        ("项目完成指标", "数量指标", "新建趸船", "2艘"),
        ("项目完成指标", "成本指标", "单船造价", "≤80万元"),
        ("项目效益指标", "社会效益指标", "过渡时间缩短", "明显"),
    ]
    assert not [w for u in document.units for p in u.projects for i in p.indicators for w in i.warnings]


def test_a_2021_cost_category_with_its_second_level_stays_first_level() -> None:
    text = "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n| 成本指标 | 经济成本指标 | 单船造价 | ≤80万元 |\n"
    assert rows(parse_document(text)) == [("成本指标", "经济成本指标", "单船造价", "≤80万元")]


def test_a_unit_column_is_written_in_the_common_form() -> None:
    """度量单位 dB stayed dB while the same unit inside a value reads 分贝."""
    text = (
        "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 |\n"
        "| 效益指标 | 生态效益指标 | 施工噪声 | ≤ | 60 | dB |\n"
        "| 产出指标 | 数量指标 | 新建管线 | ≥ | 2.5 | km |\n"
    )
    document = parse_document(text)
    targets = [i.annual_target for u in document.units for p in u.projects for i in p.indicators]
    assert [(t.comparator, t.value, t.unit) for t in targets] == [
        ("<=", Decimal("60"), "分贝"),
        (">=", Decimal("2.5"), "公里"),
    ]


def test_counts_of_visits_to_things_are_units() -> None:
    """15万册次 was text, so a self-evaluation row with its deviation cell dropped lost its next row's name."""
    from indicator_parser import normalize

    target = normalize("15万册次")
    assert (target.kind, target.value, target.unit) == ("quantity", Decimal("15"), "万册次")


def test_a_formula_never_computed_keeps_what_was_typed(tmp_path: Path) -> None:
    """A cell typed as =100% is a formula; a workbook written by a program saves no value for it, and the
    cell came back empty (the target was lost)."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "绩效目标表"
    for row in [
        ["项目名称", "示例渡口改造"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "质量指标", "工程验收合格率", "=100%"],
    ]:
        sheet.append(row)
    path = tmp_path / "formula.xlsx"
    book.save(path)
    document = read_document(path)
    assert rows(document) == [("产出指标", "质量指标", "工程验收合格率", "=100%")]
    target = document.units[0].projects[0].indicators[0].annual_target
    assert (target.comparator, target.value, target.unit) == ("=", Decimal("100"), "%")


def test_a_placeholder_after_a_name_is_its_value() -> None:
    """One cell a line: 无 after a name was taken for the name's second line (征收户数无), and the next row's
    序号 for its value."""
    text = "\n".join(
        ["项目名称", "示例渡口改造", "序号", "指标名称", "年度指标值", "1", "征收户数", "无", "2", "新建趸船", "2艘"]
    )
    document = parse_document(text)
    got = [(i.seq, i.name, i.annual_target.raw) for u in document.units for p in u.projects for i in p.indicators]
    assert got == [(1, "征收户数", "无"), (2, "新建趸船", "2艘")]


def _lines(*cells: str) -> str:
    return "\n".join(["项目名称", "示例渡口改造", *cells])


def test_sequence_numbers_written_with_a_dot_or_brackets() -> None:
    """序号 printed 1. or （1） was not taken for a 序号, and every row after it ran together."""
    for first, second in (("1.", "2."), ("（1）", "（2）"), ("1、", "2、")):
        document = parse_document(
            _lines("序号", "指标名称", "年度指标值", first, "新建趸船", "2艘", second, "改造码头", "3座")
        )
        got = [(i.seq, i.name, i.annual_target.raw) for u in document.units for p in u.projects for i in p.indicators]
        assert got == [(1, "新建趸船", "2艘"), (2, "改造码头", "3座")], first


def test_a_sequence_number_after_a_value_in_words_starts_the_next_row() -> None:
    """高于全省平均水平 (text, no number) followed by 9. was read as the second line of a broken name."""
    document = parse_document(
        _lines("序号", "指标名称", "年度指标值", "1", "渡运准点率", "高于全省平均水平", "2", "新建趸船", "2艘")
    )
    got = [(i.seq, i.name, i.annual_target.raw) for u in document.units for p in u.projects for i in p.indicators]
    assert got == [(1, "渡运准点率", "高于全省平均水平"), (2, "新建趸船", "2艘")]


def test_one_cell_a_line_with_merged_labels_dropped_and_empty_cells_kept_as_empty_lines() -> None:
    """A converter that drops a merged label's continuation cells but keeps a truly empty cell as an empty line
    (here the placeholder row's 序号): rows of as many lines as columns misfit as a rule, so the cells are placed
    by content. Before, every row after the first was shifted (a 分值 read as a 一级, a name as a value)."""
    header = ("序号", "一级指标", "二级指标", "三级指标", "指标值", "分值", "评分标准")
    rows = (
        ("1", "产出指标", "数量指标", "新建趸船", "2艘", "10", "少1艘扣5分"),
        ("2", "改造码头", "3座", "10", "按比例计分"),  # (一级 and 二级 merged: their lines dropped)
        ("3", "质量指标", "趸船验收合格率", "100%", "10", "未通过不得分"),
        ("", "效益指标", "经济效益指标", "/", "/", "/", "/"),  # a placeholder row with no 序号: its empty line
        ("4", "社会效益指标", "群众出行时间", "较上年缩短10%", "10", "按调查计分"),
        ("5", "渡口安全事故", "不发生", "10", "发生1起不得分"),
    )
    text = _lines(*header, *(cell for row in rows for cell in row))
    got = [
        (i.seq, i.level1.name, i.level2.name, i.name, i.annual_target.raw, i.weight, dict(i.extra).get("评分标准"))
        for u in parse_document(text).units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        (1, "产出指标", "数量指标", "新建趸船", "2艘", Decimal(10), "少1艘扣5分"),
        (2, "产出指标", "数量指标", "改造码头", "3座", Decimal(10), "按比例计分"),
        (3, "产出指标", "质量指标", "趸船验收合格率", "100%", Decimal(10), "未通过不得分"),
        (4, "效益指标", "社会效益指标", "群众出行时间", "较上年缩短10%", Decimal(10), "按调查计分"),
        (5, "效益指标", "社会效益指标", "渡口安全事故", "不发生", Decimal(10), "发生1起不得分"),
    ]


def test_a_zero_claim_naming_no_thing_is_a_value_one_cell_a_line() -> None:
    """不发生 and 未发生 alone (the normalizer names no thing, so they stay text) are whole value cells: they had
    been read as the end of the name above them."""
    document = parse_document(
        _lines("三级指标", "年度指标值", "实际完成值", "渡口安全事故", "不发生", "未发生", "新建趸船", "2艘", "2艘")
    )
    got = [
        (i.name, i.annual_target.raw, i.actual.raw) for u in document.units for p in u.projects for i in p.indicators
    ]
    assert got == [("渡口安全事故", "不发生", "未发生"), ("新建趸船", "2艘", "2艘")]


def test_a_category_word_is_a_name_where_the_grid_has_no_category_columns() -> None:
    document = parse_document(_lines("序号", "指标名称", "年度指标值", "1", "满意度", "≥90%", "2", "新建趸船", "2艘"))
    got = [(i.seq, i.name, i.annual_target.raw) for u in document.units for p in u.projects for i in p.indicators]
    assert got == [(1, "满意度", "≥90%"), (2, "新建趸船", "2艘")]


def test_a_category_word_after_the_second_level_is_the_name() -> None:
    """满意度指标 / 满意度 / 满意度 / ≥90% with empty cells dropped: the second 满意度 started a new row."""
    document = parse_document(
        _lines("一级指标", "二级指标", "三级指标", "指标值", "满意度指标", "满意度", "满意度", "≥90%")
    )
    assert rows(document) == [("满意度指标", "满意度", "满意度", "≥90%")]


def test_header_names_broken_over_two_lines() -> None:
    """指标值 / 及单位 and 绩效 / 标准: 指标值 alone is a name too, so 及单位 ended the header."""
    document = parse_document(
        _lines(
            *("序号", "一级", "指标", "二级", "指标", "三级", "指标", "指标值", "及单位", "绩效", "标准"),
            *("1", "产出指标", "数量指标", "新建趸船", "2艘", "计划标准"),
        )
    )
    assert rows(document) == [("产出指标", "数量指标", "新建趸船", "2艘")]


def test_points_after_a_category_without_brackets() -> None:
    text = "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n| 效益指标 40分 | 社会效益指标 | 渡运安全 | 零事故 |\n"
    assert rows(parse_document(text)) == [("效益指标", "社会效益指标", "渡运安全", "零事故")]


def test_points_glued_to_a_category() -> None:
    text = "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n| 效益指标25分 | 社会效益指标 | 渡口夜航事故 | 零事故 |\n"
    assert rows(parse_document(text)) == [("效益指标", "社会效益指标", "渡口夜航事故", "零事故")]


def test_money_per_station_is_a_unit() -> None:
    from indicator_parser import normalize

    target = normalize("≤8万元/站")
    assert (target.comparator, target.value, target.unit) == ("<=", Decimal("8"), "万元/站")


def _at(*cells: tuple[int, str]) -> str:
    """A line with each text starting at its character position (as pdftotext places them)."""
    out = ""
    for at, text in cells:
        out = out.ljust(at) + text
    return out


def test_header_words_stacked_above_and_below_the_header_line() -> None:
    """A PDF's header cells wrap: pdftotext prints 计算 / 符号 and 计量 / 单位 on the lines around the header's
    line. Those columns were missing, so the comparator and the unit ran into the name and the value."""
    text = "\n".join(
        [
            "项目名称    示例渡口改造",
            _at((22, "计算"), (36, "计量")),
            _at((0, "一级指标"), (8, "二级指标"), (16, "三级指标"), (28, "指标值"), (42, "分值")),
            _at((22, "符号"), (36, "单位")),
            _at((0, "产出指标"), (8, "数量指标"), (16, "新建趸船"), (22, "≥"), (28, "2"), (36, "艘"), (42, "10")),
            _at((16, "改造码头"), (22, "＝"), (28, "3"), (36, "座"), (42, "5")),
        ]
    )
    document = parse_document(text)
    got = [
        (i.name, i.annual_target.raw, i.annual_target.comparator, i.annual_target.unit, i.weight)
        for u in document.units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [("新建趸船", "2", ">=", "艘", Decimal("10")), ("改造码头", "3", "=", "座", Decimal("5"))]


def test_a_name_and_a_value_both_wrapped_onto_a_line_of_short_pieces() -> None:
    """Cells printed at the top of their rows: 渡工持证上岗人员 / 占比 beside 较上年提高3个百分 / 点. The second
    line (a name's end of two characters, a value's lone last character) had been read as a row of its own."""
    text = "\n".join(
        [
            "项目名称    示例渡口改造",
            _at((0, "一级指标"), (10, "二级指标"), (22, "指标名称"), (42, "指标值"), (62, "权重")),
            _at((0, "产出指标"), (10, "数量指标"), (22, "新建趸船"), (42, "2艘"), (62, "10")),
            _at((10, "质量指标"), (22, "渡工持证上岗人员"), (42, "较上年提高3个百分"), (62, "5")),
            _at((22, "占比"), (42, "点")),
            _at((10, "时效指标"), (22, "趸船交付时间"), (42, "2026年6月底前"), (62, "5")),
        ]
    )
    got = [
        (i.name, i.annual_target.raw, i.weight)
        for u in parse_document(text).units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        ("新建趸船", "2艘", Decimal(10)),
        ("渡工持证上岗人员占比", "较上年提高3个百分点", Decimal(5)),
        ("趸船交付时间", "2026年6月底前", Decimal(5)),
    ]


def test_a_label_whose_points_as_a_range_wrap_over_two_lines_below_it() -> None:
    """成本指标 / （0～10 / 分） in a narrow 一级 column: the points' two lines had been read as a 一级 of their own."""
    text = "\n".join(
        [
            "项目名称    示例渡口改造",
            _at((0, "一级指标"), (10, "二级指标"), (24, "三级指标"), (42, "指标值"), (62, "分值")),
            _at((0, "产出指标"), (10, "数量指标"), (24, "新建趸船"), (42, "2艘"), (62, "10")),
            _at((0, "成本指标"), (10, "经济成本指标"), (24, "单艘趸船造价"), (42, "≤80万元"), (62, "5")),
            _at((0, "（0～10")),
            _at((0, "分）"), (24, "年度维护费用"), (42, "≤6万元"), (62, "5")),
        ]
    )
    got = [
        (i.level1.name, i.level2.name, i.name, i.annual_target.raw)
        for u in parse_document(text).units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        ("产出指标", "数量指标", "新建趸船", "2艘"),
        ("成本指标", "经济成本指标", "单艘趸船造价", "≤80万元"),
        ("成本指标", "经济成本指标", "年度维护费用", "≤6万元"),
    ]


def test_values_centred_round_a_row_with_its_weight_are_no_row_of_their_own() -> None:
    """A PDF prints cells centred in their rows: 不少于3,500 / 人次 round 渡运登记人次 and its 分值. The values'
    first line, between the name end of the row above (成率) and the row's own line, had been read as a row of
    its own (a name wrapped round its values), and the values' last line went to the row below."""
    text = "\n".join(
        [
            _at((0, "项目名称"), (12, "示例渡口改造")),
            _at((0, "二级指标"), (12, "三级指标"), (30, "年度指标值"), (46, "实施期指标值"), (62, "分值")),
            _at((12, "趸船建设任务完")),
            _at((30, "100%"), (46, "100%"), (62, "10")),
            _at((12, "成率")),
            _at((30, "不少于3,500"), (46, "每年不少于3,")),
            _at((12, "渡运登记人次"), (62, "5")),
            _at((0, "数量指标"), (30, "人次"), (46, "500人次")),
            _at((12, "码头检查次数"), (30, "约420次"), (46, "约1,300次"), (62, "5")),
        ]
    )
    got = [
        (i.name, i.annual_target.raw, i.period_target.raw, i.weight)
        for u in parse_document(text, form="columns").units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        ("趸船建设任务完成率", "100%", "100%", Decimal(10)),
        ("渡运登记人次", "不少于3,500人次", "每年不少于3,500人次", Decimal(5)),
        ("码头检查次数", "约420次", "约1,300次", Decimal(5)),
    ]


def test_qualitative_nature_makes_a_direction_qualitative() -> None:
    """指标性质 定性 with 明显提升: the issue says 定性 makes it qualitative; the direction stayed its kind."""
    text = "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 |\n| 效益指标 | 社会效益指标 | 渡运服务水平 | 定性 | 明显提升 |\n"
    target = parse_document(text).units[0].projects[0].indicators[0].annual_target
    assert (target.kind, target.direction) == ("qualitative", "increase")


def test_a_second_project_grid_is_not_a_continued_page() -> None:
    """项目名称 with its value on the same line did not reset the count of a project's grids, so the first
    rows of the second project's grid were taken for rows continued from a page before and left without
    their categories."""
    text = "\n".join(
        [
            "项目名称   示例渡口改造",
            "一级指标   二级指标   三级指标     指标值",
            "产出指标   数量指标   新建趸船     2艘",
            "项目名称   示例码头维护",
            "一级指标   二级指标   三级指标     指标值",
            "                      维修泊位     4个",
            "产出指标   数量指标   改造码头     3座",
            "                      疏浚航道     5公里",
            "效益指标   社会效益   渡运安全     零事故",
        ]
    )
    assert rows(parse_document(text)) == [
        ("产出指标", "数量指标", "新建趸船", "2艘"),
        ("产出指标", "数量指标", "维修泊位", "4个"),
        ("产出指标", "数量指标", "改造码头", "3座"),
        ("产出指标", "数量指标", "疏浚航道", "5公里"),
        ("效益指标", "社会效益", "渡运安全", "零事故"),
    ]


def test_a_sequence_number_wrapped_in_a_narrow_column() -> None:
    """（1） wrapped as （1 / ） in a narrow 序号 column: the bracket's line was taken for a new row."""
    text = "\n".join(
        [
            "项目名称   示例渡口改造",
            _at((2, "序号"), (8, "三级指标"), (24, "年度指标值")),
            _at((2, "（1"), (8, "新建趸船及配套浮"), (24, "2艘")),
            _at((2, "）"), (8, "码头")),
            _at((2, "（2"), (8, "改造码头"), (24, "3座")),
            _at((2, "）")),
        ]
    )
    document = parse_document(text)
    got = [(i.seq, i.name, i.annual_target.raw) for u in document.units for p in u.projects for i in p.indicators]
    assert got == [(1, "新建趸船及配套浮码头", "2艘"), (2, "改造码头", "3座")]


def test_values_centred_between_the_lines_of_a_wrapped_name() -> None:
    """A PDF centres cells in their rows: a name of two lines prints above and below the line of its values.
    That line has no name, so it was not taken for a row, and its values went to the rows around it."""
    text = "\n".join(
        [
            "项目名称   示例渡口改造",
            _at((0, "一级指标"), (8, "二级指标"), (16, "三级指标"), (34, "长期指标值"), (44, "年度指标值")),
            _at((0, "产出指标"), (8, "数量指标"), (16, "新建趸船"), (34, "3艘"), (44, "2艘")),
            _at((16, "码头修缮工程质量（按")),
            _at((34, "合格"), (44, "合格以上")),
            _at((16, "规范验收）")),
            _at((16, "改造码头"), (34, "5座"), (44, "3座")),
        ]
    )
    document = parse_document(text)
    got = [
        (i.name, i.period_target.raw, i.annual_target.raw)
        for u in document.units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        ("新建趸船", "3艘", "2艘"),
        ("码头修缮工程质量（按规范验收）", "合格", "合格以上"),
        ("改造码头", "5座", "3座"),
    ]


def test_header_words_stacked_over_a_name_they_do_not_complete() -> None:
    """计算 / 符号 stacked where pdftotext squeezed them under the next name of the header line: they were
    refused as part of that name, and the stacked line was read as a row of the grid before."""
    text = "\n".join(
        [
            "项目名称    示例渡口改造",
            _at((24, "计算"), (36, "计量")),
            _at((0, "一级指标"), (8, "二级指标"), (16, "三级指标"), (26, "指标值"), (42, "分值")),
            _at((24, "符号"), (36, "单位")),
            _at((0, "产出指标"), (8, "数量指标"), (16, "新建趸船"), (24, "≥"), (28, "2"), (36, "艘"), (42, "10")),
        ]
    )
    document = parse_document(text)
    got = [
        (i.name, i.annual_target.raw, i.annual_target.comparator, i.annual_target.unit)
        for u in document.units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [("新建趸船", "2", ">=", "艘")]


def test_tabs_at_the_ends_of_lines_do_not_make_a_tab_table() -> None:
    """White space pasted after each line (" \\t ") made every line hold a tab, so a one-cell-a-line table
    was read as tab-delimited and nothing was found."""
    text = _lines("一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标", "新建趸船", "2艘")
    padded = "\n".join(line + " \t " for line in text.split("\n"))
    assert rows(parse_document(padded)) == [("产出指标", "数量指标", "新建趸船", "2艘")]


def test_a_free_text_cell_before_a_name_that_cannot_be_followed_by_its_next_cell() -> None:
    """One cell a line, empty cells dropped: 指标解释 then the next row's name 质量达标 then 定性. The
    explanation was taken for the next name, because 质量达标 reads as a value; but 定性 must follow a name
    in a grid with a 指标性质 column, and 质量达标 is no 指标性质."""
    document = parse_document(
        _lines(
            *("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "指标解释"),
            *("产出指标", "质量指标", "泊位验收合格率", "≥", "95", "%", "10", "按验收单统计"),
            *("质量达标", "定性", "达标", "5"),
        )
    )
    got = [(i.name, i.annual_target.raw, i.extra) for u in document.units for p in u.projects for i in p.indicators]
    assert got == [("泊位验收合格率", "95", {"指标解释": "按验收单统计"}), ("质量达标", "达标", {})]


def test_a_performance_standard_word_is_no_name() -> None:
    """计划标准 in the 绩效标准 column, then the next row's 序号: the word was taken for the next name."""
    document = parse_document(
        _lines(
            *("序号", "三级指标", "指标值及单位", "绩效标准"),
            *("1", "新建趸船", "2艘", "计划标准", "2", "改造码头", "3座", "行业标准"),
        )
    )
    got = [(i.seq, i.name, i.annual_target.raw) for u in document.units for p in u.projects for i in p.indicators]
    assert got == [(1, "新建趸船", "2艘"), (2, "改造码头", "3座")]


def test_a_category_on_a_line_of_its_own_below_a_row_is_a_placeholder_when_labels_stand_at_the_top() -> None:
    """Space-aligned, labels at the top of their blocks: 经济效益指标 alone on the line below the last row of the
    社会效益指标 block is a 二级 with nothing under it, not that row's 二级 (a label below its row fits worse)."""
    text = (
        "项目名称：示例山洪预警项目\n"
        "  一级指标       二级指标         指标内容                   指标值\n"
        "  产出指标       数量指标         维护自动雨量站             46个\n"
        "                                  更换预警广播设备           8套\n"
        "                                  开展防御演练               12次\n"
        "                 质量指标         数据畅通率                 大于95%\n"
        "                                  预警发布准确率             100%\n"
        "                                  站点巡检覆盖率             100%\n"
        "  效益指标       社会效益指标     因灾伤亡人数               零伤亡\n"
        "                                  群众防灾避险意识           明显增强\n"
        "                                  预警信息到户率             ≥95%\n"
        "                 经济效益指标\n"
        "                 可持续影响指标   预警系统长效运行           运行稳定\n"
        "                                  运维制度建设               健全\n"
    )
    got = rows(parse_document(text))
    assert [r[1] for r in got] == ["数量指标"] * 3 + ["质量指标"] * 3 + ["社会效益指标"] * 3 + ["可持续影响指标"] * 2


def test_a_full_width_percent_in_its_own_cell_is_a_unit() -> None:
    """One cell a line with empty cells dropped: ％ alone is the 度量单位 (it went to 指标方向性, and the cells
    after it shifted, so the next row's name took the previous row's 评分标准)."""
    text = (
        "项目名称\n示例抽检项目\n一级指标\n二级指标\n三级指标\n权重\n计算符号\n指标值\n度量单位\n指标方向性\n评(扣)分标准\n"
        "产出指标\n质量指标\n核查处置率\n10\n=\n100\n％\n正向\n每有1批次未处置扣2分。\n"
        "报告差错率\n5\n＜\n0.5\n%\n反向\n超过0.5%不得分。\n"
    )
    document = parse_document(text)
    got = [
        (i.name, i.annual_target.value, i.annual_target.unit, i.extra)
        for u in document.units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        ("核查处置率", Decimal("100"), "%", {"指标方向性": "正向", "评(扣)分标准": "每有1批次未处置扣2分。"}),
        ("报告差错率", Decimal("0.5"), "%", {"指标方向性": "反向", "评(扣)分标准": "超过0.5%不得分。"}),
    ]


def test_a_number_wrapped_by_characters_is_joined_without_a_space() -> None:
    """A renderer that wraps a narrow cell by characters breaks numbers as well as words: 2025.03-2026 / .10
    and GB 13801-2 / 015 were joined with a space, as if the line had broken between two ASCII words; only a
    break between words (GB / 13801) keeps its space."""
    text = (
        "项目名称  示例堤防加固\n"
        "一级指标   二级指标   三级指标       指标值\n"
        "产出指标   时效指标   项目建设期     2025.03-2026\n"
        "                                     .10\n"
        "           质量指标   尾气排放       符合GB\n"
        "                                     13801-2\n"
        "                                     015要求\n"
    )
    assert rows(parse_document(text)) == [
        ("产出指标", "时效指标", "项目建设期", "2025.03-2026.10"),
        ("产出指标", "质量指标", "尾气排放", "符合GB 13801-2015要求"),
    ]


def test_a_continued_table_headed_by_its_continuation_title_goes_on() -> None:
    """A page that goes on with a table may open with 续表 over the repeated header; taken for the title of
    another table, it ended the 绩效目标表 and every row after it was skipped."""
    text = (
        "项目名称           示例渡口维护项目\n"
        "一级指标     二级指标     三级指标           指标值\n"
        "产出指标     数量指标     维护渡船数         4艘\n"
        "\f续表\n"
        "一级指标     二级指标     三级指标           指标值\n"
        "             质量指标     渡船安检合格率     100%\n"
    )
    assert rows(parse_document(text)) == [
        ("产出指标", "数量指标", "维护渡船数", "4艘"),
        ("产出指标", "质量指标", "渡船安检合格率", "100%"),
    ]


def test_header_names_one_space_apart_over_narrow_columns() -> None:
    """pdftotext prints 一级指标 二级指标 as one chunk when the columns are narrow; the second name starts at the
    gap nearest where it is printed, not at the widest gap in the rows (which lies before the names and put
    every 二级 label in the 一级 column)."""
    text = (
        "项目名称  示例充电设施补助\n"
        "一级指标 二级指标      三级指标           年度指标值\n"
        "     数量指标     新建公共充电桩     360个\n"
        "产出指标          新增充电功率       ≥12,000kW\n"
        "     质量指标     充电桩在线率       不低于95%\n"
    )
    assert rows(parse_document(text)) == [
        ("产出指标", "数量指标", "新建公共充电桩", "360个"),
        ("产出指标", "数量指标", "新增充电功率", "≥12,000kW"),
        ("产出指标", "质量指标", "充电桩在线率", "不低于95%"),
    ]


def test_one_cell_a_line_a_cell_broken_over_two_lines() -> None:
    """One cell a line, empty cells kept: a long name broken over two lines as its PDF cell wrapped it pushed
    every later cell one column on (the rest of the name read as a value, the value as the next row's 一级)."""
    text = "\n".join(
        [
            "项目名称",
            "示例庭院经济帮扶项目",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值",
            "产出指标",
            "数量指标",
            "新建蔬菜大棚",
            "200亩",
            "",
            "",
            "帮扶脱贫户及监测户发展庭院",
            "经济",
            "1200户以上",
            "",
            "质量指标",
            "大棚验收合格率",
            "100%",
            "",
            "",
            "村集体经济年经营性收入10万",
            "元以上村占比",
            "≥80%",
            "",
            "时效指标",
            "大棚建成时间",
            "2025年10月底前",
        ]
    )
    assert rows(parse_document(text)) == [
        ("产出指标", "数量指标", "新建蔬菜大棚", "200亩"),
        ("产出指标", "数量指标", "帮扶脱贫户及监测户发展庭院经济", "1200户以上"),
        ("产出指标", "质量指标", "大棚验收合格率", "100%"),
        ("产出指标", "质量指标", "村集体经济年经营性收入10万元以上村占比", "≥80%"),
        ("产出指标", "时效指标", "大棚建成时间", "2025年10月底前"),
    ]


def test_a_header_name_wrapped_below_its_line_in_display_columns() -> None:
    """指标方向 / 性: the line under the header holds spaces and 性, placed by display columns (a CJK
    character two wide), so its character index lies far right of 指标方向's; compared by characters only, it
    completed no name and became part of the first row, whose label then stood a line below its top."""
    text = (
        "项目名称    示例机房运维项目\n"
        "一级指标    二级指标    三级指标          指标值    权重    指标方向\n"
        "                                                                  性\n"
        "产出指标    数量指标    运维服务器台数    120台     10      正向\n"
        "                        机房巡检次数      52次      10      正向\n"
        "            质量指标    系统可用率        99.9%     10      正向\n"
    )
    document = parse_document(text)
    assert rows(document) == [
        ("产出指标", "数量指标", "运维服务器台数", "120台"),
        ("产出指标", "数量指标", "机房巡检次数", "52次"),
        ("产出指标", "质量指标", "系统可用率", "99.9%"),
    ]
    assert document.units[0].projects[0].indicators[0].extra == {"指标方向性": "正向"}


def test_a_title_with_a_note_in_brackets_ends_the_grid_above_it() -> None:
    """2025年度项目支出绩效目标表（含转移支付项目） over the next project: not taken for a title, it and its
    单位：万元 line ran into the last row of the grid above (不低于95%单位：万元)."""
    text = (
        "            2025年度项目支出绩效目标表（含转移支付项目）\n"
        "项目名称    示例庭院经济帮扶项目\n"
        "一级指标    二级指标    三级指标          指标值\n"
        "产出指标    数量指标    帮扶农户数        120户\n"
        "满意度指标  满意度指标  农户满意度        不低于95%\n"
        "\n"
        "            2025年度项目支出绩效目标表（含转移支付项目）\n"
        "                                                    单位：万元\n"
        "项目名称    示例蔬菜大棚项目\n"
        "一级指标    二级指标    三级指标          指标值\n"
        "产出指标    数量指标    新建大棚面积      200亩\n"
    )
    assert rows(parse_document(text)) == [
        ("产出指标", "数量指标", "帮扶农户数", "120户"),
        ("满意度指标", "满意度指标", "农户满意度", "不低于95%"),
        ("产出指标", "数量指标", "新建大棚面积", "200亩"),
    ]


def test_a_cell_printed_left_of_its_centred_header_word() -> None:
    """备注 centred over a wide column (pdftotext's grid of characters): its cells start left of the header
    word, after a gap from the value column. The column boundary went to the gap after them, and each note
    joined its row's value (每季度1次 与县金融服务办联合开展)."""
    text = "\n".join(
        [
            "项目名称   示例小微企业服务项目",
            " 序号             三级指标                     年度指标值                              备注",
            "（1）         开展“银企面对面”交流会                  每季度1次                 与县金融服务办联合开展",
            "（2）           走访服务小微企业                    ≥300家次",
            "（3）        组织小微企业参加推介会、博览会                   3~5场",
            "                                                                联合县商务局、行业协会",
            "（4）          金融服务“融资体检”                覆盖会员企业80%以上",
            "                                                                     开展",
            "（5）           企业诉求办结率                        ≥95%",
        ]
    )
    document = parse_document(text)
    indicators = [i for u in document.units for p in u.projects for i in p.indicators]
    assert [(i.name, i.annual_target.raw, dict(i.extra)) for i in indicators] == [
        ("开展“银企面对面”交流会", "每季度1次", {"备注": "与县金融服务办联合开展"}),
        ("走访服务小微企业", "≥300家次", {}),
        ("组织小微企业参加推介会、博览会", "3~5场", {}),
        ("金融服务“融资体检”", "覆盖会员企业80%以上", {"备注": "联合县商务局、行业协会开展"}),  # (wrapped round it)
        ("企业诉求办结率", "≥95%", {}),
    ]


def test_cells_printed_left_of_centred_header_words_from_the_first_column_on() -> None:
    """A grid drawn without vertical rules, its header words centred and its cells left-aligned (pdftotext -layout
    of a 三线表): each column's cells start left of its header word, the 一级 label's end too. The 二级 label had
    joined the 一级's (产出指标 … 数量指标), each row's cells one column to the left of their own."""
    text = "\n".join(
        [
            "项目名称            示例新写的击剑训练项目",
            "    一级指标          二级指标               三级指标            指标值     度量单位   比较符  分值",
            "产出指标        数量指标            新写的训练剑道            12          条          ≥       8",
            "                                    新写的电动裁判器          12          套          =       6",
            "                                    新写的青少年公开赛        2           场次        ≥       6",
            "                质量指标            新写的器材合格率          100         %           =       8",
            "                                    新写的成绩有效率          98          %           ≥       6",
            "效益指标        社会效益指标        新写的开放时长            40          小时/周     ≥       6",
            "                                    新写的注册运动员          增加30      人                  8",
            "满意度指标      服务对象满意度指标  新写的学员满意度          90          %           ≥       8",
        ]
    )
    indicators = [i for u in parse_document(text).units for p in u.projects for i in p.indicators]
    assert [(i.level1.name, i.level2.name, i.name, i.annual_target.raw, i.weight) for i in indicators] == [
        ("产出指标", "数量指标", "新写的训练剑道", "12", Decimal("8")),
        ("产出指标", "数量指标", "新写的电动裁判器", "12", Decimal("6")),
        ("产出指标", "数量指标", "新写的青少年公开赛", "2", Decimal("6")),
        ("产出指标", "质量指标", "新写的器材合格率", "100", Decimal("8")),
        ("产出指标", "质量指标", "新写的成绩有效率", "98", Decimal("6")),
        ("效益指标", "社会效益指标", "新写的开放时长", "40", Decimal("6")),
        ("效益指标", "社会效益指标", "新写的注册运动员", "增加30", Decimal("8")),
        ("满意度指标", "服务对象满意度指标", "新写的学员满意度", "90", Decimal("8")),
    ]


def test_a_bare_page_number_at_the_end_of_a_page_is_furniture() -> None:
    """A page number printed as a bare number under the grid, the next page starting with a form feed: read as
    the rest of the last row's name (通关企业及旅客满意度2)."""
    text = (
        "项目名称    示例口岸查验项目\n"
        "一级指标    二级指标        三级指标                指标值\n"
        "产出指标    数量指标        查验通道维护数量        12条\n"
        "满意度指标  满意度指标      通关企业满意度          ≥90%\n"
        "\n"
        "                                   2\n"
        "\f项目名称    示例口岸照明项目\n"
        "一级指标    二级指标        三级指标                指标值\n"
        "产出指标    质量指标        灯具完好率              ≥95%\n"
        "\n"
        "                                   3\n"
    )
    assert rows(parse_document(text)) == [
        ("产出指标", "数量指标", "查验通道维护数量", "12条"),
        ("满意度指标", "满意度指标", "通关企业满意度", "≥90%"),
        ("产出指标", "质量指标", "灯具完好率", "≥95%"),
    ]


def test_one_cell_a_line_free_text_broken_over_two_lines() -> None:
    """A 指标解释 broken over two lines pushed the next rows one column on (its rest read as the next row's 一级,
    every category after it wrong); a value of words the normalizer cannot read (新建12个，提升改造8个) stands
    in that row too, so the row itself need not fit to be joined."""
    text = "\n".join(
        [
            "项目名称",
            "示例社区助餐项目",
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "指标解释",
            "产出指标",
            "数量指标",
            "建成社区助餐点",
            "新建12个，提升改造8个",
            "按照“一街一中心”布局",
            "建设，以竣工验收为准",
            "",
            "",
            "日均助餐人次",
            "日均1,200人次以上",
            "以刷卡记录统计",
            "",
            "质量指标",
            "食品安全事故",
            "0起",
            "",
        ]
    )
    document = parse_document(text)
    indicators = [i for u in document.units for p in u.projects for i in p.indicators]
    assert [(i.level1.name, i.level2.name, i.name, i.annual_target.raw, dict(i.extra)) for i in indicators] == [
        (
            "产出指标",
            "数量指标",
            "建成社区助餐点",
            "新建12个，提升改造8个",
            {"指标解释": "按照“一街一中心”布局建设，以竣工验收为准"},
        ),
        ("产出指标", "数量指标", "日均助餐人次", "日均1,200人次以上", {"指标解释": "以刷卡记录统计"}),
        ("产出指标", "质量指标", "食品安全事故", "0起", {}),
    ]


def test_a_comparator_wrapped_round_the_line_of_its_values() -> None:
    """A PDF centres cells in their rows: 大于等于 wraps in a narrow 指标性质 column, 大于 above and 等于 below the
    line of the values, as the name wraps round it too. The comparator pieces made both outer lines rows of
    their own (and the comparator column, one piece a line, was taken to number the rows)."""
    text = "\n".join(
        [
            "项目名称   示例渡口改造",
            _at(
                (0, "一级指标"),
                (10, "二级指标"),
                (20, "三级指标"),
                (40, "指标性质"),
                (50, "指标值"),
                (58, "计量单位"),
                (68, "分值"),
            ),
            _at((0, "产出指标"), (10, "数量指标"), (20, "新建趸船"), (40, "等于"), (50, "3"), (58, "艘"), (68, "10")),
            _at((20, "改造码头泊位数量（按"), (40, "大于")),
            _at((50, "5"), (58, "个"), (68, "10")),
            _at((20, "设计）"), (40, "等于")),
            _at((20, "码头验收合格率"), (40, "等于"), (50, "100"), (58, "%"), (68, "10")),
        ]
    )
    got = [
        (i.name, i.annual_target.raw, i.annual_target.comparator, i.weight)
        for u in parse_document(text, form="columns").units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        ("新建趸船", "3", "=", Decimal("10")),
        ("改造码头泊位数量（按设计）", "5", ">=", Decimal("10")),
        ("码头验收合格率", "100", "=", Decimal("10")),
    ]


def test_a_centred_cell_reaches_no_further_than_the_rows_around_its_own() -> None:
    """Centred cells: the pieces of a free-text column under one row and two rows further down (C级, then
    含药物、器械及人工 / 费用) were given together to the row whose line stands in their middle, across the rows
    between; each piece goes to the row it stands beside."""
    text = "\n".join(
        [
            "项目名称   示例病媒防制",
            _at((0, "一级指标"), (10, "二级指标"), (20, "三级指标"), (42, "指标值"), (58, "分值"), (64, "指标解释")),
            _at((64, "鼠、蚊、蝇、蟑四项")),
            _at((20, "病媒生物密度控制水")),
            _at((42, "达到C级"), (58, "6"), (64, "密度均达到国家标准")),
            _at((20, "平")),
            _at((64, "C级")),
            "",
            _at((0, "产出指标"), (10, "质量指标"), (20, "消杀药物抽检合格率"), (42, "≥98%"), (58, "4")),
            _at((20, "春季灭鼠集中行动完")),
            _at((42, "2025年4月30日"), (58, "4")),
            _at((20, "成时间")),
            _at((20, "单次集中消杀平均成"), (64, "含药物、器械及人工")),
            _at((42, "18.5万元/次"), (58, "8")),
            _at((20, "本"), (64, "费用")),
        ]
    )
    got = [
        (i.name, i.annual_target.raw, i.extra.get("指标解释"))
        for u in parse_document(text, form="columns").units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        ("病媒生物密度控制水平", "达到C级", "鼠、蚊、蝇、蟑四项密度均达到国家标准C级"),
        ("消杀药物抽检合格率", "≥98%", None),
        ("春季灭鼠集中行动完成时间", "2025年4月30日", None),
        ("单次集中消杀平均成本", "18.5万元/次", "含药物、器械及人工费用"),
    ]


def test_a_long_name_printed_into_the_column_of_a_wrapped_label() -> None:
    """Narrow PDF columns: a name centred in its cell starts left of its column, under a 二级 label wrapped
    round its line (服务对象满 / 意度指标). It was taken for a third label, one more than the rows, and the
    labels of the whole grid were laid a row off."""
    text = "\n".join(
        [
            "项目名称   示例病媒防制",
            _at((0, "一级指标"), (10, "二级指标"), (22, "三级指标"), (44, "指标值")),
            _at((0, "产出指标"), (10, "数量指标"), (22, "集中消杀覆盖面积"), (44, "350万㎡")),
            _at((0, "效益指标"), (10, "社会效益指标"), (22, "媒介传染病暴发疫情"), (44, "0起")),
            _at((0, "满意度指"), (10, "服务对象满")),
            _at((12, "居民环境卫生满意度"), (44, "85%")),
            _at((0, "标"), (10, "意度指标")),
        ]
    )
    assert rows(parse_document(text, form="columns")) == [
        ("产出指标", "数量指标", "集中消杀覆盖面积", "350万㎡"),
        ("效益指标", "社会效益指标", "媒介传染病暴发疫情", "0起"),
        ("满意度指标", "服务对象满意度指标", "居民环境卫生满意度", "85%"),
    ]


def test_a_name_between_the_two_lines_of_a_value_in_words() -> None:
    """A PDF centres cells in their rows: a one-line name prints between the two lines of its value wrapped
    round it. Where that value reads as words only (2026年3月—4月、10月—11 / 月), the name's line was not taken
    for a row, and the name and the value went to the row above."""
    text = "\n".join(
        [
            "项目名称   示例民兵训练",
            _at((0, "一级指标"), (10, "二级指标"), (22, "三级指标"), (44, "指标值及单位"), (70, "绩效标准")),
            _at(
                (0, "产出指标"), (10, "数量指标"), (22, "民兵集中训练"), (44, "300人，每人不少于10天"), (70, "计划标准")
            ),
            _at((44, "2026年3月—4月、10月—11")),
            _at((22, "集中训练时段"), (70, "计划标准")),
            _at((44, "月")),
            _at((22, "配发训练器材"), (44, "300套"), (70, "计划标准")),
        ]
    )
    assert rows(parse_document(text, form="columns")) == [
        ("产出指标", "数量指标", "民兵集中训练", "300人，每人不少于10天"),
        ("产出指标", "数量指标", "集中训练时段", "2026年3月—4月、10月—11月"),
        ("产出指标", "数量指标", "配发训练器材", "300套"),
    ]


def test_a_label_wrapped_every_other_line_beside_the_label_before_it() -> None:
    """Narrow PDF columns: the 二级 label 服务对象满意度指标 wraps over three lines and the 一级 label 满意度指标
    over two, each printed on the lines between the other's (服务对象 / 满意度指 / 满意度指 / 标 / 标). Two lines
    apart, the 二级's pieces were taken for labels of their own, and the row kept only the last."""
    text = "\n".join(
        [
            "项目名称   示例助餐服务",
            _at((0, "一级指标"), (9, "二级指标"), (20, "三级指标"), (40, "年度指标值")),
            _at((0, "产出指标"), (9, "数量指标"), (20, "新建社区助餐点"), (40, "12个")),
            _at((9, "服务对象")),
            _at((0, "满意度指")),
            _at((9, "满意度指"), (20, "就餐老人满意度"), (40, "≥90%")),
            _at((2, "标")),
            _at((11, "标")),
        ]
    )
    assert rows(parse_document(text, form="columns")) == [
        ("产出指标", "数量指标", "新建社区助餐点", "12个"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%"),
    ]


def test_the_last_line_of_a_name_wrapped_round_its_values_before_a_wrapped_value() -> None:
    """Centred cells: a name wrapped round the line of its values (联农带农机 / 100% / 制建立率), then a row whose
    value wraps round its name. The name's last line, between two lines of values, was taken for a row of its
    own (a name's line between the two lines of its value)."""
    text = "\n".join(
        [
            "项目名称   示例产业帮扶",
            _at((0, "一级指标"), (8, "二级指标"), (18, "指标名称"), (38, "实施期指标值"), (58, "年度指标值")),
            _at((18, "产业项目联农带农机")),
            _at((0, "产出指标"), (8, "质量指标"), (38, "100%"), (58, "100%")),
            _at((18, "制建立率")),
            _at((38, "按项目实施进"), (58, "10月底前拨付")),
            _at((8, "时效指标"), (18, "资金拨付进度")),
            _at((38, "度拨付"), (58, "80%以上")),
        ]
    )
    assert rows(parse_document(text, form="columns")) == [
        ("产出指标", "质量指标", "产业项目联农带农机制建立率", "100%"),
        ("产出指标", "时效指标", "资金拨付进度", "10月底前拨付80%以上"),
    ]


def test_a_cell_of_three_lines_centred_on_its_row() -> None:
    """Centred cells: a value of three lines stands round its row's line (360个，其中快 / 充桩不少于120 / 个). Its
    last line, as near to the next row's line as to its own, went to the next row (个≥12,000kW)."""
    text = "\n".join(
        [
            "项目名称   示例充电设施",
            _at(
                (0, "一级指标"), (8, "二级指标"), (18, "三级指标"), (36, "年度指标值"), (52, "中期指标值"), (64, "权重")
            ),
            _at((36, "360个，其中快")),
            _at(
                (0, "产出指标"),
                (8, "数量指标"),
                (18, "新建公共充电桩"),
                (36, "充桩不少于120"),
                (52, "600个"),
                (64, "10"),
            ),
            _at((36, "个")),
            _at((18, "新增充电功率"), (36, "≥12,000kW"), (52, "≥20,000kW"), (64, "8")),
        ]
    )
    assert rows(parse_document(text, form="columns")) == [
        ("产出指标", "数量指标", "新建公共充电桩", "360个，其中快充桩不少于120个"),
        ("产出指标", "数量指标", "新增充电功率", "≥12,000kW"),
    ]


def test_header_names_broken_over_three_lines_one_cell_a_line() -> None:
    """One cell a line, the grid header's names broken every three characters (指标值 / 确定依 / 据): only names
    broken over two lines were joined, so 指标值 was read twice and every cell after it went a column off."""
    text = "\n".join(
        [
            "项目名称",
            "示例河道保洁项目",
            "一级指",
            "标",
            "二级指",
            "标",
            "指标名",
            "称",
            "指标值",
            "计量单",
            "位",
            "指标值",
            "确定依",
            "据",
            "产出指标",
            "数量指标",
            "河道保洁长度",
            "42",
            "公里",
            "河道管养合同",
            "",
            "质量指标",
            "水面漂浮物清理率",
            "100",
            "%",
            "行业标准",
        ]
    )
    document = parse_document(text, form="columns")
    got = [
        (i.level2.name, i.name, i.annual_target.raw, i.annual_target.unit, dict(i.extra))
        for u in document.units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        ("数量指标", "河道保洁长度", "42", "公里", {"指标值确定依据": "河道管养合同"}),
        ("质量指标", "水面漂浮物清理率", "100", "%", {"指标值确定依据": "行业标准"}),
    ]


def test_a_running_head_on_every_page_is_no_label() -> None:
    """A running head (示例县预算公开) on each page's first line, where the 一级 column stands, over a grid going
    on from the page before with no header: it was read as the 一级 of the rows below it."""
    text = "\n".join(
        [
            _at((3, "示例县预算公开")),
            "",
            _at((3, "项目名称"), (20, "示例渡口改造")),
            _at((3, "一级指标"), (20, "二级指标"), (32, "三级指标"), (50, "指标值")),
            _at((3, "产出指标"), (20, "数量指标"), (32, "新建趸船"), (50, "2艘")),
            _at((32, "改造码头"), (50, "3座")),
            "",
            _at((60, "第 1 页")),
            "\f" + _at((3, "示例县预算公开")),
            "",
            _at((20, "质量指标"), (32, "验收合格率"), (50, "100%")),
            _at((3, "效益指标"), (20, "社会效益指标"), (32, "通航安全事故"), (50, "0起")),
            "",
            _at((60, "第 2 页")),
        ]
    )
    assert rows(parse_document(text, form="columns")) == [
        ("产出指标", "数量指标", "新建趸船", "2艘"),
        ("产出指标", "数量指标", "改造码头", "3座"),
        ("产出指标", "质量指标", "验收合格率", "100%"),
        ("效益指标", "社会效益指标", "通航安全事故", "0起"),
    ]


def test_a_page_s_foot_and_the_next_page_s_first_row_on_one_line_parted_by_a_form_feed() -> None:
    """A report engine's print: the page's foot (第 1 页), the form feed, then the next page's first grid row on the
    same line, its columns placed from the feed: the foot is furniture, the row read in its columns."""
    text = "\n".join(
        [
            _at((3, "项目名称"), (20, "示例渡口改造")),
            _at((3, "一级指标"), (20, "二级指标"), (32, "三级指标"), (50, "指标值")),
            _at((3, "产出指标"), (20, "数量指标"), (32, "新建趸船"), (50, "2艘")),
            _at((40, "第 1 页")) + "\f" + _at((32, "改造码头"), (50, "3座")),
            _at((20, "质量指标"), (32, "验收合格率"), (50, "100%")),
        ]
    )
    assert rows(parse_document(text, form="columns")) == [
        ("产出指标", "数量指标", "新建趸船", "2艘"),
        ("产出指标", "数量指标", "改造码头", "3座"),
        ("产出指标", "质量指标", "验收合格率", "100%"),
    ]


def test_a_page_s_foot_of_a_name_and_its_number_written_with_page_is_no_label() -> None:
    """A print's foot of two chunks, the publisher and the page's number (示例县预算公开 … 第2页), then the grid
    going on under a repeated header: not a 一级 and a 二级 of the rows after it."""
    text = "\n".join(
        [
            _at((3, "项目名称"), (20, "示例渡口改造")),
            _at((3, "一级指标"), (20, "二级指标"), (32, "三级指标"), (50, "指标值")),
            _at((3, "产出指标"), (20, "数量指标"), (32, "新建趸船"), (50, "2艘")),
            _at((3, "示例县预算公开"), (27, "第2页")),
            "",
            _at((3, "一级指标"), (20, "二级指标"), (32, "三级指标"), (50, "指标值")),
            _at((32, "改造码头"), (50, "3座")),
            _at((20, "质量指标"), (32, "验收合格率"), (50, "100%")),
        ]
    )
    assert rows(parse_document(text, form="columns")) == [
        ("产出指标", "数量指标", "新建趸船", "2艘"),
        ("产出指标", "数量指标", "改造码头", "3座"),
        ("产出指标", "质量指标", "验收合格率", "100%"),
    ]


@pytest.mark.parametrize("footer", ["— 1 —", "－ 1 －", "– 1 –"])
def test_a_page_number_between_dashes_of_any_width(footer: str) -> None:
    """A page number between long dashes (— 1 —) closed the page, under the last row: it was read as more of
    that row's name and value."""
    text = "\n".join(
        [
            _at((3, "项目名称"), (20, "示例渡口改造")),
            _at((3, "一级指标"), (20, "二级指标"), (32, "三级指标"), (50, "指标值")),
            _at((3, "产出指标"), (20, "数量指标"), (32, "新建趸船"), (50, "2艘")),
            _at((32, "改造码头"), (50, "3座")),
            "",
            _at((36, footer)),
            "\f" + _at((3, "一级指标"), (20, "二级指标"), (32, "三级指标"), (50, "指标值")),
            _at((3, "效益指标"), (20, "社会效益指标"), (32, "通航安全事故"), (50, "0起")),
        ]
    )
    assert rows(parse_document(text, form="columns")) == [
        ("产出指标", "数量指标", "新建趸船", "2艘"),
        ("产出指标", "数量指标", "改造码头", "3座"),
        ("效益指标", "社会效益指标", "通航安全事故", "0起"),
    ]


MIDDLE_LABELS_CSV = "\n".join(
    [
        "项目名称,示例渡口改造,,,",
        "一级指标,二级指标,三级指标,指标值,备注",
        ",,新建趸船,2艘,",
        ",数量指标,改造码头,3座,",
        ",,新增航标,12座,",
        "产出指标（60分）,质量指标,验收合格率,100%,",
        ",,航标完好率,≥95%,",
        ",时效指标,完工时间,2025年10月底前,",
        ",社会效益指标,通航安全事故,0起,",
        "效益指标（30分）,生态效益指标,水质,不低于Ⅲ类,",
        ",可持续影响指标,码头使用年限,≥20年,",
        "满意度指标（10分）,服务对象满意度指标,船民满意度,≥90%,",
        ",,—,—,",
    ]
)


def test_labels_on_the_middle_row_of_their_blocks_in_a_delimited_table() -> None:
    """A PDF table extractor writes a merged cell's text on the middle row of its block (tabula). Carried down
    from the row above, the rows before each label took the block before's label, and the first rows none.
    Where the grid's first row has none, the labels are laid as centred on their blocks, and a 二级 the
    taxonomy puts under another 一级 does not go to its block (可持续影响指标 under 效益, not 满意度)."""
    document = parse_document(MIDDLE_LABELS_CSV + "\n", form="columns")
    assert [(a, b, c) for a, b, c, _ in rows(document)] == [
        ("产出指标", "数量指标", "新建趸船"),
        ("产出指标", "数量指标", "改造码头"),
        ("产出指标", "数量指标", "新增航标"),
        ("产出指标", "质量指标", "验收合格率"),
        ("产出指标", "质量指标", "航标完好率"),
        ("产出指标", "时效指标", "完工时间"),
        ("效益指标", "社会效益指标", "通航安全事故"),
        ("效益指标", "生态效益指标", "水质"),
        ("效益指标", "可持续影响指标", "码头使用年限"),
        ("满意度指标", "服务对象满意度指标", "船民满意度"),
    ]
    # (the rows read again say what they say once: one placeholder row, its two placeholder cells)
    assert sorted(d.message for d in document.all_diagnostics()) == [
        "placeholder cell in a row with no indicator",
        "placeholder cell in a row with no indicator",
        "placeholder row: — has no indicator",
    ]


def test_labels_at_the_top_of_their_blocks_stay_carried_down() -> None:
    """The same grid with its labels on each block's first row reads as before."""
    text = "\n".join(
        [
            "项目名称,示例渡口改造,,",
            "一级指标,二级指标,三级指标,指标值",
            "产出指标,数量指标,新建趸船,2艘",
            ",,改造码头,3座",
            ",质量指标,验收合格率,100%",
            "效益指标,社会效益指标,通航安全事故,0起",
        ]
    )
    assert [(a, b, c) for a, b, c, _ in rows(parse_document(text, form="columns"))] == [
        ("产出指标", "数量指标", "新建趸船"),
        ("产出指标", "数量指标", "改造码头"),
        ("产出指标", "质量指标", "验收合格率"),
        ("效益指标", "社会效益指标", "通航安全事故"),
    ]


def test_a_grid_table_rule_under_its_header_is_no_row() -> None:
    """tabulate's grid style rules its header off with +====+: that line was read as an indicator named so."""
    text = "\n".join(
        [
            "+----------+----------+",
            "| 项目名称 | 示例渡口改造 |",
            "+----------+----------+",
            "",
            "+----------+----------+----------+--------+",
            "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
            "+==========+==========+==========+========+",
            "| 产出指标 | 数量指标 | 新建趸船 | 2艘    |",
            "+----------+----------+----------+--------+",
            "|          |          | 改造码头 | 3座    |",
            "+----------+----------+----------+--------+",
        ]
    )
    assert rows(parse_document(text, form="columns")) == [
        ("产出指标", "数量指标", "新建趸船", "2艘"),
        ("产出指标", "数量指标", "改造码头", "3座"),
    ]


def test_a_tab_delimited_cell_quoted_over_two_lines() -> None:
    """Excel's tab-delimited export quotes a cell that holds a line break; its second line was read as a row."""
    text = (
        "项目名称\t示例渡口改造\t\t\t\r\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t偏差原因及改进措施\r\n"
        '产出指标\t数量指标\t新建趸船\t2艘\t"汛期停工，\n下一年度补建。"\r\n'
        "\t\t改造码头\t3座\t\r\n"
    )
    document = parse_document(text, form="columns")
    got = [
        (i.name, i.annual_target.raw, dict(i.extra)) for u in document.units for p in u.projects for i in p.indicators
    ]
    assert got == [
        ("新建趸船", "2艘", {"偏差原因及改进措施": "汛期停工，下一年度补建。"}),
        ("改造码头", "3座", {}),
    ]


def test_a_tab_delimited_text_with_every_text_cell_quoted() -> None:
    """LibreOffice's tab-delimited export quotes every text cell (numbers stay bare): the quotes were read as part
    of the cells, and no header was found."""
    text = (
        '"项目名称"\t"示例渡口改造"\t\t\n'
        '"一级指标"\t"二级指标"\t"三级指标"\t"指标值"\t"分值"\n'
        '"产出指标"\t"数量指标"\t"新建趸船"\t"2艘"\t10\n'
        '\t\t"改造码头"\t"3座"\t10\n'
    )
    document = parse_document(text, form="columns")
    got = [(i.name, i.annual_target.raw, i.weight) for u in document.units for p in u.projects for i in p.indicators]
    assert [p.name for u in document.units for p in u.projects] == ["示例渡口改造"]
    assert got == [("新建趸船", "2艘", Decimal(10)), ("改造码头", "3座", Decimal(10))]


def test_a_confluence_table_whose_header_row_has_double_bars() -> None:
    """Confluence wiki markup writes a header row between double bars (||一级指标||…||) and a row's empty cells
    as a blank: the header's empty pieces between the bars had taken columns of their own."""
    text = "\n".join(
        [
            "h2. 示例渡口改造项目绩效目标表",
            "|项目名称|示例渡口改造|",
            "||序号||一级指标||二级指标||三级指标||指标值||",
            "|1|产出指标|数量指标|新建趸船|2艘|",
            "|2| | |改造码头|3座|",
        ]
    )
    assert rows(parse_document(text, form="columns")) == [
        ("产出指标", "数量指标", "新建趸船", "2艘"),
        ("产出指标", "数量指标", "改造码头", "3座"),
    ]


def test_a_data_export_whose_rows_name_their_project_reads_a_project_each() -> None:
    """A CSV exported from a database: no header blocks, each row led by its project's name. The header had made
    a project with no name and no indicators of its own, and the name stood in no field."""
    text = (
        "项目名称,一级指标,二级指标,三级指标,指标值\n"
        "示例渡口维护项目,产出指标,数量指标,维护渡船数,4艘\n"
        "示例渡口维护项目,产出指标,质量指标,渡船年检合格率,100%\n"
        "示例码头照明项目,产出指标,质量指标,灯具完好率,≥95%\n"
    )
    document = parse_document(text)
    got = [
        (p.name, [(i.name, i.annual_target.raw, dict(i.extra)) for i in p.indicators])
        for u in document.units
        for p in u.projects
    ]
    assert got == [
        ("示例渡口维护项目", [("维护渡船数", "4艘", {}), ("渡船年检合格率", "100%", {})]),
        ("示例码头照明项目", [("灯具完好率", "≥95%", {})]),
    ]
    assert not list(document.all_diagnostics())


def test_what_psql_prints_round_its_rows_is_no_row() -> None:
    """A psql session's expanded record header and row count (-[ RECORD 1 ]--+--, (2 rows)) were read as
    indicators."""
    text = "\n".join(
        [
            "-[ RECORD 1 ]----+------------",
            "项目名称         | 示例渡口改造",
            "",
            " 一级指标 | 二级指标 | 三级指标 | 指标值",
            "----------+----------+----------+--------",
            " 产出指标 | 数量指标 | 新建趸船 | 2艘",
            "          |          | 改造码头 | 3座",
            "(2 rows)",
            "",
        ]
    )
    assert rows(parse_document(text, form="columns")) == [
        ("产出指标", "数量指标", "新建趸船", "2艘"),
        ("产出指标", "数量指标", "改造码头", "3座"),
    ]


def test_a_placeholder_row_with_no_number_in_a_numbered_grid() -> None:
    """A 序号 column numbers the indicators; a placeholder row (生态效益指标 | — | —) has no number. A line
    with no number was taken to continue the row above, and the placeholders ran into its name and value."""
    text = "\n".join(
        [
            _at((1, "项目名称"), (14, "示例渡口改造")),
            _at((0, "序号"), (6, "一级指标"), (18, "二级指标"), (32, "指标名称"), (52, "指标值")),
            _at((1, "1"), (6, "产出指标"), (18, "数量指标"), (32, "新建趸船"), (52, "2艘")),
            _at((1, "2"), (6, "效益指标"), (18, "社会效益指标"), (32, "通航安全事故"), (52, "0起")),
            _at((18, "生态效益指标"), (34, "—"), (53, "—")),
            _at((1, "3"), (18, "可持续影响指标"), (32, "码头使用年限"), (52, "≥20年")),
        ]
    )
    assert rows(parse_document(text, form="columns")) == [
        ("产出指标", "数量指标", "新建趸船", "2艘"),
        ("效益指标", "社会效益指标", "通航安全事故", "0起"),
        ("效益指标", "可持续影响指标", "码头使用年限", "≥20年"),
    ]


def test_the_end_of_a_long_cell_printed_on_the_next_page() -> None:
    """A row broken by a page: the end of its long remark is printed at the top of the next page, above the
    next row. Counted in lines across the page's foot, it stood as near the next row and went to it."""
    text = "\n".join(
        [
            _at((3, "项目名称"), (20, "示例渡口改造")),
            _at((3, "一级指标"), (14, "二级指标"), (26, "三级指标"), (44, "指标值"), (54, "偏差原因及改进措施")),
            _at((3, "产出指标"), (14, "数量指标"), (26, "新建趸船"), (44, "2艘"), (54, "汛期停工，下一年")),
            _at((3, "效益指标"), (14, "社会效益指标"), (26, "通航安全事故"), (44, "0起"), (54, "加强巡查，")),
            "",
            "",
            _at((60, "第 1 页")),
            "\f",
            _at((54, "确保安全。")),
            _at((3, "满意度指标"), (14, "服务对象满意度指标"), (26, "船民满意度"), (44, "≥90%")),
        ]
    )
    document = parse_document(text, form="columns")
    got = [
        (i.name, i.extra.get("偏差原因及改进措施")) for u in document.units for p in u.projects for i in p.indicators
    ]
    assert got == [
        ("新建趸船", "汛期停工，下一年"),
        ("通航安全事故", "加强巡查，确保安全。"),
        ("船民满意度", None),
    ]


def test_a_label_and_its_points_wrapped_over_three_lines_beside_rows() -> None:
    """A narrow 一级 column wraps 满意度指标（20分） over three lines (满意度指 / 标（20 / 分）), its second line
    beside a row: the open points' note (标（20) was no piece of a name, so it became a label of its own."""
    text = "\n".join(
        [
            _at((0, "项目名称"), (12, "示例渡口改造")),
            _at((0, "一级指标"), (10, "二级指标"), (21, "三级指标"), (40, "指标值")),
            _at((0, "产出指标"), (10, "数量指标"), (21, "新建趸船"), (40, "2艘")),
            _at((0, "满意度指"), (10, "服务对象满"), (21, "船民满意度"), (40, "≥90%")),
            _at((1, "标（20"), (10, "意度指标"), (21, "游客满意度"), (40, "≥85%")),
            _at((2, "分）")),
        ]
    )
    assert rows(parse_document(text, form="columns")) == [
        ("产出指标", "数量指标", "新建趸船", "2艘"),
        ("满意度指标", "服务对象满意度指标", "船民满意度", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥85%"),
    ]


def test_a_chinese_numeral_number_after_the_last_header_name_one_cell_a_line() -> None:
    """One cell a line: the first row's 序号 （一） after the header's last name (备注) was joined to it as a
    bracketed note (备注（一）), and every row after it went a cell off."""
    text = "\n".join(
        [
            *("项目名称", "示例渡口改造", "序号", "三级指标", "年度指标值", "备注"),
            *("（一）", "新建趸船", "2艘", "按合同", "（二）", "改造码头", "3座", ""),
        ]
    )
    document = parse_document(text, form="columns")
    got = [
        (i.seq, i.name, i.annual_target.raw, dict(i.extra))
        for u in document.units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [(1, "新建趸船", "2艘", {"备注": "按合同"}), (2, "改造码头", "3座", {})]


def test_header_names_broken_in_narrow_columns_one_space_apart() -> None:
    """Narrow PDF columns: 一级指标 and 二级指标 broken as 一级指 / 标 and 二级指 / 标, their first lines one space
    apart above the header's line (one chunk to pdftotext) and their ends below it. Neither completed a name, so
    the grid had no 一级 and 二级 columns and its labels ran into the names."""
    text = "\n".join(
        [
            _at((0, "项目名称"), (14, "示例渡口改造")),
            _at((0, "一级指 二级指")),
            _at((11, "三级指标"), (26, "年度指标值")),
            _at((1, "标"), (5, "标")),
            _at((0, "产出指"), (4, "数量指"), (11, "新建趸船"), (26, "2艘")),
            _at((1, "标"), (5, "标"), (11, "改造码头"), (26, "3座")),
        ]
    )
    assert rows(parse_document(text, form="columns")) == [
        ("产出指标", "数量指标", "新建趸船", "2艘"),
        ("产出指标", "数量指标", "改造码头", "3座"),
    ]


def test_labels_at_the_top_of_blocks_of_rows_whose_cells_are_centred() -> None:
    """A PDF centres each row's cells (a 绩效标准 wrapped round the row's line: 计划标 / 准) and prints a block's
    label beside its first row's cells. Measured from the first row's first line, each label stood a line
    below the top of its block, and the labels were laid as centred: most rows went to the block below."""
    text = "\n".join(
        [
            _at((0, "项目名称"), (14, "示例渡口改造")),
            _at((0, "一级指标"), (10, "二级指标"), (20, "指标名称"), (38, "绩效标准"), (48, "指标值")),
            _at((38, "计划标")),
            _at((0, "产出指标"), (10, "数量指标"), (20, "新建趸船"), (48, "2艘")),
            _at((39, "准")),
            _at((38, "计划标")),
            _at((20, "改造码头"), (48, "3座")),
            _at((39, "准")),
            _at((38, "行业标")),
            _at((10, "质量指标"), (20, "验收合格率"), (48, "100%")),
            _at((39, "准")),
            _at((38, "计划标")),
            _at((20, "航标完好率"), (48, "≥95%")),
            _at((39, "准")),
            _at((38, "计划标")),
            _at((0, "效益指标"), (10, "社会效益指标"), (20, "通航安全事故"), (48, "0起")),
            _at((39, "准")),
        ]
    )
    assert rows(parse_document(text, form="columns")) == [
        ("产出指标", "数量指标", "新建趸船", "2艘"),
        ("产出指标", "数量指标", "改造码头", "3座"),
        ("产出指标", "质量指标", "验收合格率", "100%"),
        ("产出指标", "质量指标", "航标完好率", "≥95%"),
        ("效益指标", "社会效益指标", "通航安全事故", "0起"),
    ]


def test_labels_in_the_middle_of_blocks_as_near_one_as_the_next_go_where_the_names_say() -> None:
    """Labels on their blocks' middle rows: a row between a label of a block of two (rounded down, on its first
    row) and the next label stands as near the middle of either block. The names settle it: a rate (完好率) is a
    质量指标, a time (开工时间) a 时效指标. Before, the row went to the block below."""
    text = "\n".join(
        [
            "项目名称,示例渡口改造,,",
            "一级指标,二级指标,三级指标,指标值",
            ",,新建趸船,2艘",
            ",数量指标,改造码头,3座",
            ",,新增航标,12座",
            "产出指标,质量指标,验收合格率,100%",
            ",,航标完好率,≥95%",
            ",时效指标,完工时间,2025年10月底前",
            ",,开工时间,2025年3月",
            ",成本指标,单位造价,≤500万元",
        ]
    )
    assert [(b, c) for _, b, c, _ in rows(parse_document(text, form="columns"))] == [
        ("数量指标", "新建趸船"),
        ("数量指标", "改造码头"),
        ("数量指标", "新增航标"),
        ("质量指标", "验收合格率"),
        ("质量指标", "航标完好率"),
        ("时效指标", "完工时间"),
        ("时效指标", "开工时间"),
        ("成本指标", "单位造价"),
    ]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("航标完好率", "12"),
        ("信息录入及时率", "13"),  # (及时率: 时效, not a rate of 质量)
        ("补助资金拨付时间", "13"),
        ("单位造价", "14"),
        ("免疫抗体监测样品数", "11"),
        ("群众满意率", None),  # (满意: not 产出)
        ("新增充电功率", None),  # (功率, power: no share of a whole)
        ("调解成功率", "12"),  # (成功率 is one, though it ends as 功率 does)
        ("河湖健康评价", None),
    ],
)
def test_what_an_indicator_name_suggests_of_its_output_category(name: str, code: str | None) -> None:
    from indicator_parser.taxonomy import output_kind

    assert output_kind(name) == code


def test_centred_labels_as_near_one_block_as_the_next_go_where_the_names_say() -> None:
    """The same in space-aligned text: 质量指标 centred over two rows stands on the first (rounded down), as near
    the middle of its block as of a block of its first row alone; the rate goes to 质量指标, not 时效指标."""
    text = "\n".join(
        [
            _at((0, "项目名称"), (12, "示例渡口改造")),
            _at((0, "一级指标"), (10, "二级指标"), (20, "三级指标"), (36, "指标值")),
            _at((20, "新建趸船"), (36, "2艘")),
            _at((10, "数量指标"), (20, "改造码头"), (36, "3座")),
            _at((0, "产出指标"), (20, "新增航标"), (36, "12座")),
            _at((10, "质量指标"), (20, "验收合格率"), (36, "100%")),
            _at((20, "航标完好率"), (36, "≥95%")),
            _at((10, "时效指标"), (20, "完工时间"), (36, "2025年10月底前")),
            _at((20, "开工时间"), (36, "2025年3月")),
        ]
    )
    assert [(b, c) for _, b, c, _ in rows(parse_document(text, form="columns"))] == [
        ("数量指标", "新建趸船"),
        ("数量指标", "改造码头"),
        ("数量指标", "新增航标"),
        ("质量指标", "验收合格率"),
        ("质量指标", "航标完好率"),
        ("时效指标", "完工时间"),
        ("时效指标", "开工时间"),
    ]


def test_centred_labels_of_benefit_cost_and_satisfaction_go_where_the_names_say() -> None:
    """The same beyond 产出: a cost's name (造价, 费用) goes to a cost label, not to the 效益 label before it; a
    satisfaction's (满意度) to the satisfaction label, not to the cost label before it."""
    text = "\n".join(
        [
            _at((0, "项目名称"), (12, "示例渡口改造")),
            _at((0, "二级指标"), (22, "三级指标"), (40, "指标值")),
            _at((22, "群众出行便利度"), (40, "明显提高")),
            _at((0, "社会效益指标"), (22, "渡口周边商户收入"), (40, "较上年增长5%")),
            _at((22, "沿岸受益群众"), (40, "3000人")),
            _at((0, "经济成本指标"), (22, "单艘趸船造价"), (40, "≤80万元")),
            _at((22, "年度维护费用"), (40, "≤6万元")),
            _at((0, "服务对象满意度指标"), (22, "乘客满意度"), (40, "≥90%")),
            _at((22, "渡工满意度"), (40, "≥85%")),
        ]
    )
    assert [(b, c) for _, b, c, _ in rows(parse_document(text, form="columns"))] == [
        ("社会效益指标", "群众出行便利度"),
        ("社会效益指标", "渡口周边商户收入"),
        ("社会效益指标", "沿岸受益群众"),
        ("经济成本指标", "单艘趸船造价"),
        ("经济成本指标", "年度维护费用"),
        ("服务对象满意度指标", "乘客满意度"),
        ("服务对象满意度指标", "渡工满意度"),
    ]


def test_a_data_frame_written_with_its_index_reads_as_its_table(tmp_path: Path) -> None:
    """pandas' to_csv writes a row of column numbers (an empty cell, then 0, 1, 2 …) and leads each row with
    its number: read as cells, the numbers pushed every key and header one column right, and no project was
    found at all."""
    header = "\t0\t1\t2\t3\n"
    body = [
        "项目名称\t示例河道保洁\t\t",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t保洁河道长度\t≥12公里",
        "\t时效指标\t完成时间\t2025年12月底前",
    ]
    text = header + "".join(f"{k}\t{line}\n" for k, line in enumerate(body))
    document = parse_document(text, form="columns")
    assert rows(document) == [
        ("产出指标", "数量指标", "保洁河道长度", "≥12公里"),
        ("产出指标", "时效指标", "完成时间", "2025年12月底前"),
    ]
    assert document.units[0].projects[0].name == "示例河道保洁"
    assert not [d for d in document.diagnostics if "outside" in d.message]
    # the same as CSV
    path = tmp_path / "frame.csv"
    path.write_text(",0,1,2,3\n" + "".join(f"{k},{line.replace(chr(9), ',')}\n" for k, line in enumerate(body)))
    assert rows(read_document(path)) == rows(document)


def test_a_first_column_of_numbers_with_no_row_of_column_numbers_stays_a_column() -> None:
    """Only under a row of column numbers is a leading number the writer's: a 序号 column stays the table's."""
    text = "项目名称\t示例河道保洁\n序号\t三级指标\t指标值\n0\t保洁河道长度\t≥12公里\n1\t完成时间\t2025年12月底前\n"
    document = parse_document(text, form="columns")
    assert [i.seq for i in document.units[0].projects[0].indicators] == [0, 1]


def test_a_header_on_two_rows_is_one_header() -> None:
    """绩效指标 printed over 一级指标 | 二级指标 | 三级指标, with 指标值 and 权重 merged down over both rows
    (a workbook's two-row header): the second row was taken for a grid of its own, with no value column, and
    no target was read."""
    text = (
        "| 项目名称 | 示例河道保洁 | | | |\n"
        "| 绩效指标 | | | 指标值 | 权重 |\n"
        "| 一级指标 | 二级指标 | 三级指标 | | |\n"
        "| 产出指标 | 数量指标 | 保洁河道长度 | ≥12公里 | 20 |\n"
        "| | 时效指标 | 完成时间 | 2025年12月底前 | 10 |\n"
    )
    document = parse_document(text, form="columns")
    assert rows(document) == [
        ("产出指标", "数量指标", "保洁河道长度", "≥12公里"),
        ("产出指标", "时效指标", "完成时间", "2025年12月底前"),
    ]
    assert [i.weight for i in document.units[0].projects[0].indicators] == [Decimal("20"), Decimal("10")]
    assert not [d for d in document.diagnostics if "no value column" in d.message]


def test_two_headers_one_above_the_other_stay_two() -> None:
    """A row naming the same columns as the header under it is no first half of it (the same header twice)."""
    text = (
        "| 项目名称 | 示例河道保洁 | | |\n"
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
        "| 产出指标 | 数量指标 | 保洁河道长度 | ≥12公里 |\n"
    )
    assert rows(parse_document(text, form="columns")) == [("产出指标", "数量指标", "保洁河道长度", "≥12公里")]


def test_a_category_with_its_points_on_a_line_of_their_own_is_one_cell() -> None:
    """One cell a line, a typed break inside a label (产出指标 / （50分）): the points line was taken for a cell of
    its own, and every cell after it went one column right."""
    text = "\n".join(
        [
            "项目名称",
            "示例古桥保护",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值",
            "产出指标",
            "（50分）",
            "数量指标",
            "（20分）",
            "古桥修缮座数",
            "3座",
            "",
            "",
            "修缮方案评审",
            "全部通过",
        ]
    )
    assert rows(parse_document(text + "\n", form="columns")) == [
        ("产出指标", "数量指标", "古桥修缮座数", "3座"),
        ("产出指标", "数量指标", "修缮方案评审", "全部通过"),
    ]


def test_numbered_rows_with_no_empty_cell_are_read_as_whole_rows() -> None:
    """One cell a line with no cell empty, under 序号: rows numbered 1, 2, 3 in turn are whole rows, even where a
    value reads as no target (2024年春耕前 was joined to the name); and the money unit of the next table
    (单位：万元) ends the grid instead of being read as a cell of it."""
    text = "\n".join(
        [
            "项目名称",
            "示例耕地修复",
            "序号",
            "指标名称",
            "目标值",
            "实际完成值",
            "1",
            "修复面积",
            "≥2万亩",
            "2.1万亩",
            "2",
            "物资发放完成时间",
            "2024年春耕前",
            "2024年4月12日",
            "单位：万元",
        ]
    )
    document = parse_document(text + "\n", form="columns")
    assert rows(document) == [
        (None, None, "修复面积", "≥2万亩"),
        (None, None, "物资发放完成时间", "2024年春耕前"),
    ]
    assert [i.actual.raw for i in document.units[0].projects[0].indicators] == ["2.1万亩", "2024年4月12日"]


def test_cells_centred_rounding_up_give_their_first_line_to_the_row_below() -> None:
    """pdftotext of cells centred in their rows, two-line cells rounding up: the 序号 stands on a wrapped cell's
    second line, so the line above it starts the cell (用人单位职业病危害项目申报 / 率). Every such line went to the
    row above, which a top-aligned grid would print there too; a lone 率 or an unopened bracket (区）) on the
    numbered line ends a cell, and tells the rows apart."""
    text = (
        "项目名称  示例职业病防治\n"
        "\n"
        "序号    指标名称                     年度指标值           指标值确定依据\n"
        "1.      尘肺病患者随访管理率         ≥95%                 国家规划要求\n"
        "        用人单位职业病危害项目申报\n"
        "2.      率                           达95%以上\n"
        "3.      监测岗位噪声强度             ≤85dB(A)             限值标准\n"
        "                                     覆盖所有县（市、\n"
        "4.      职业病诊断机构设置           区）\n"
    )
    assert rows(parse_document(text, form="columns")) == [
        (None, None, "尘肺病患者随访管理率", "≥95%"),
        (None, None, "用人单位职业病危害项目申报率", "达95%以上"),
        (None, None, "监测岗位噪声强度", "≤85dB(A)"),
        (None, None, "职业病诊断机构设置", "覆盖所有县（市、区）"),
    ]


def test_the_next_tables_money_unit_is_no_cell_of_the_grid_above() -> None:
    """单位：万元 printed at the right edge before the next project's table fell in the last column of the grid
    above it, and its last value read 90单位：万元."""
    widths = (16, 20, 22, 12, 6)  # display columns (a Chinese character is two)

    def line(*cells: str) -> str:
        return "".join(
            c + " " * (w - sum(2 if ord(ch) > 0x2E80 else 1 for ch in c)) for c, w in zip(cells, widths, strict=False)
        ).rstrip()

    header = line("一级指标", "二级指标", "三级指标", "指标值", "权重")
    text = "\n".join(
        [
            "项目名称        示例清洁取暖",
            header,
            line("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%", "10"),
            "",
            " " * 60 + "单位：万元",
            "项目名称        示例矿山修复",
            header,
            line("产出指标", "数量指标", "修复面积", "120亩", "10"),
        ]
    )
    assert rows(parse_document(text, form="columns")) == [
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%"),
        ("产出指标", "数量指标", "修复面积", "120亩"),
    ]


def test_free_text_after_a_number_may_start_with_a_units_first_character() -> None:
    """延 begins the unit 延米, and a free-text cell after a number was taken for that number's unit whenever it
    began with a unit's first character (6|延迟发放一次扣2分 read as one value): only a whole unit goes on a number."""
    text = (
        "项目名称示例人才安居\n"
        "一级指标二级指标指标名称指标性质指标值度量单位权重评(扣)分标准\n"
        "产出指标时效指标补贴发放频次定性按季度发放6延迟发放一次扣2分\n"
        "成本指标伸缩缝更换≥320延米5每少10延米扣1分\n"
    )
    document = parse_document(text, form="columns")
    indicators = document.units[0].projects[0].indicators
    assert [(i.name, i.annual_target.raw if i.annual_target else None, i.weight) for i in indicators] == [
        ("补贴发放频次", "按季度发放", Decimal("6")),
        ("伸缩缝更换", "320", Decimal("5")),
    ]
    assert indicators[0].extra == {"评(扣)分标准": "延迟发放一次扣2分"}


def test_a_second_level_2_after_a_level_2_makes_the_first_a_placeholder() -> None:
    """One cell a line, empty cells dropped: 经济效益指标 with no indicator under it, then 社会效益指标. A category
    word right after a 二级 was taken for the name (as 满意度 after 满意度 is), so 社会效益指标 became the name's
    start and its rows fell under 经济效益指标."""
    text = "\n".join(
        [
            "项目名称",
            "示例渡口维护",
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值",
            "产出指标",
            "数量指标",
            "渡口巡检次数",
            "24次",
            "效益指标",
            "经济效益指标",
            "社会效益指标",
            "渡口通行安全",
            "明显提升",
            "过渡群众满意度",
            "≥90%",
        ]
    )
    assert rows(parse_document(text + "\n", form="columns")) == [
        ("产出指标", "数量指标", "渡口巡检次数", "24次"),
        ("效益指标", "社会效益指标", "渡口通行安全", "明显提升"),
        ("效益指标", "社会效益指标", "过渡群众满意度", "≥90%"),
    ]


def test_a_two_row_header_written_as_a_data_frame_is_one_header() -> None:
    """A data frame's TSV of a table with a two-row header: the first row's number, a furniture row of its own,
    stood between the header's two rows, which were then read as two headers (no value column)."""
    lines = [
        "项目名称\t示例河道保洁\t\t",
        "绩效指标\t\t\t指标值",
        "一级指标\t二级指标\t三级指标\t",
        "产出指标\t数量指标\t保洁河道长度\t≥12公里",
    ]
    text = "\t0\t1\t2\t3\n" + "".join(f"{k}\t{line}\n" for k, line in enumerate(lines))
    document = parse_document(text, form="columns")
    assert rows(document) == [("产出指标", "数量指标", "保洁河道长度", "≥12公里")]
    assert not [d for d in document.diagnostics if "no value column" in d.message]


def test_a_line_of_wrapped_ends_of_one_character_starts_no_row() -> None:
    """A name and its value both wrapped by one character (年度清淤任务完成时 / 间 beside 2025年11月30日 / 前):
    the line of their ends was read as a row of its own, name 间 and value 前."""
    text = "\n".join(
        [
            "项目名称    示例河道清淤",
            _at((0, "一级指标"), (10, "二级指标"), (20, "三级指标"), (42, "指标值"), (60, "权重")),
            _at((0, "产出指标"), (10, "数量指标"), (20, "清淤河道长度"), (42, "≥12公里"), (60, "20")),
            _at((10, "时效指标"), (20, "年度清淤任务完成时"), (42, "2025年11月30日"), (60, "10")),
            _at((20, "间"), (42, "前")),
            _at((0, "效益指标"), (10, "生态效益指标"), (20, "河道水质"), (42, "稳定达标"), (60, "30")),
        ]
    )
    assert rows(parse_document(text)) == [
        ("产出指标", "数量指标", "清淤河道长度", "≥12公里"),
        ("产出指标", "时效指标", "年度清淤任务完成时间", "2025年11月30日前"),
        ("效益指标", "生态效益指标", "河道水质", "稳定达标"),
    ]


def test_a_piece_of_one_character_ends_its_run_of_pieces() -> None:
    """Cells centred in their rows (pdftotext of a PDF): a name column with pieces on lines 38 (a row's own), 40
    (率, the end of that name), 41 and 43 (the next name round its row's line, 42). The run 40-41 went whole to
    the row below (率助餐点建成投用时间); 率 ends its cell, so the run is cut after it."""
    import operator

    from indicator_parser.forms.columns.aligned import _assign

    filled = [[38, 40, 41, 43], [38, 39, 42]]  # by column, the lines with a piece
    cheapest = min(_assign(filled, [38, 42], (), {(0, 40)}), key=operator.itemgetter(0))[1]
    assert sorted(cheapest) == [(38, 0, 40), (38, 1, 39), (42, 0, 41), (42, 0, 43)]


def test_a_centred_label_takes_a_row_whose_target_is_a_count() -> None:
    """Labels centred in their blocks, rounding up: 数量指标 beside the second of four rows, 质量指标 beside the
    first of two. Split three and three, each label stands at its block's exact middle, so the fourth row
    (养护技能培训, no word of its name tells) went under 质量指标; its target, a count (2期), says 数量."""
    text = "\n".join(
        [
            "项目名称    示例古道养护",
            _at((0, "一级指标"), (10, "二级指标"), (24, "三级指标"), (44, "指标值")),
            _at((24, "古道修缮长度"), (44, "12公里")),
            _at((10, "数量指标"), (24, "修复石阶段数"), (44, "30段")),
            _at((0, "产出指标"), (24, "更换护栏"), (44, "800米")),
            _at((24, "养护技能培训"), (44, "2期")),
            _at((10, "质量指标"), (24, "修缮工程验收合格率"), (44, "100%")),
            _at((24, "石阶平整度达标率"), (44, "≥95%")),
            _at((0, "效益指标"), (10, "社会效益指标"), (24, "古道通行安全"), (44, "零事故")),
        ]
    )
    assert [(level2, name) for _, level2, name, _ in rows(parse_document(text))] == [
        ("数量指标", "古道修缮长度"),
        ("数量指标", "修复石阶段数"),
        ("数量指标", "更换护栏"),
        ("数量指标", "养护技能培训"),
        ("质量指标", "修缮工程验收合格率"),
        ("质量指标", "石阶平整度达标率"),
        ("社会效益指标", "古道通行安全"),
    ]


def test_a_name_piece_starting_with_a_bracket_ends_the_name_above_it() -> None:
    """Cells centred, rounding up (corpus 10, 04 A): 学生资助热线 / （0000-62314500）接通率 beside a one-line row
    (line 23), a one-line row right below (line 25), and a centred cell of another column round line 27.
    Centred, the bracketed piece on line 24 fits either row and went to the one below; a name never starts with
    a bracket, so it ends the name above, in both plans (the centred one, the grid's, stays the cheaper)."""
    from types import SimpleNamespace

    from indicator_parser.forms.columns.aligned import _assign, _closing

    texts = {
        23: ["学生资助热线", "≥95%"],
        24: ["（0000-62314500）接通率", ""],
        25: ["秋季学期助学金发放", "11月30日前"],
    }
    cut = {i: [SimpleNamespace(text=t) for t in row] for i, row in texts.items()}
    filled, anchors = [[23, 24, 25, 27], [23, 25, 27], [26, 27, 28]], [23, 25, 27]
    closing = _closing(cut, anchors, filled[:2], names=[0])  # type: ignore[arg-type]
    assert closing == {(0, 24)}
    assert (25, 0, 24) in _assign(filled, anchors)[1][1]  # (before)
    (top_cost, _), (cost, centred) = _assign(filled, anchors, closing=closing)
    assert cost < top_cost
    assert sorted(centred) == [(23, 0, 24), (27, 2, 26), (27, 2, 28)]


def test_one_cell_a_line_a_name_before_a_direction_word_starts_a_row() -> None:
    """Empty cells dropped, 指标方向性 right after the name and 备注 last: a row with no 备注 is followed by the next
    row's name, which was taken for that 备注 (the next row then named 正向)."""
    document = parse_document(
        _lines(
            *("一级指标", "二级指标", "三级指标", "指标方向性", "符号", "指标值", "计量单位", "分值", "备注"),
            *("产出指标", "数量指标", "修缮古井数量", "正向", "≥", "12", "口", "20"),
            *("古井周边清淤", "正向", "≥", "3,000", "平方米", "10", "含井台"),
        )
    )
    assert [(name, value) for _, _, name, value in rows(document)] == [
        ("修缮古井数量", "12"),
        ("古井周边清淤", "3,000"),
    ]


def test_one_cell_a_line_a_comparator_printed_after_its_value() -> None:
    """指标值 before 符号 (定性 after 有效保护): the value was joined to the name as its second line, and 定性 read
    as the value."""
    document = parse_document(
        _lines(
            *("一级指标", "二级指标", "三级指标", "指标值", "符号", "计量单位", "分值"),
            *("效益指标", "可持续影响指标", "古井文化资源", "有效保护", "定性", "10"),
        )
    )
    assert rows(document) == [("效益指标", "可持续影响指标", "古井文化资源", "有效保护")]


def test_a_value_piece_ending_in_a_word_with_biao_is_no_title() -> None:
    """A value's first line alone on its line (2期，共培训代表, centred round its row) ends in 表 as a table's title
    does: it was taken for the title of another table, and every line after it skipped."""
    text = "\n".join(
        [
            "项目名称    示例古井保护",
            _at((0, "序号"), (8, "三级指标"), (30, "年度指标值"), (50, "权重")),
            _at((0, "1、"), (8, "修缮古井数量"), (30, "12口"), (50, "20")),
            _at((30, "2期，共培训代表")),
            _at((0, "2、"), (8, "护井员履职培训"), (50, "10")),
            _at((30, "60人次")),
            _at((0, "3、"), (8, "古井水质检测频次"), (30, "每季度1次"), (50, "15")),
        ]
    )
    got = [
        (i.name, i.annual_target.raw if i.annual_target else None)
        for i in parse_document(text).units[0].projects[0].indicators
    ]
    assert got == [
        ("修缮古井数量", "12口"),
        ("护井员履职培训", "2期，共培训代表60人次"),
        ("古井水质检测频次", "每季度1次"),
    ]


def test_header_block_keys_wrapped_in_a_narrow_key_column() -> None:
    """A PDF printed large: 项目名 / 称 round the project's name, 主管部 / 门 beside a value wrapped too. No key was
    found, so no project either: the whole file was read as one project with no name."""
    text = "\n".join(
        [
            "项目名",
            _at((9, "示例古井保护项目")),
            _at((1, "称")),
            _at((0, "主管部"), (9, "示例市某某区文"), (30, "实施单"), (39, "示例市某某区文物")),
            _at((1, "门"), (9, "化广电旅游局"), (31, "位"), (39, "保护中心")),
            _at((0, "一级指标"), (11, "二级指标"), (22, "三级指标"), (38, "指标值")),
            _at((0, "产出指标"), (11, "数量指标"), (22, "修缮古井数量"), (38, "12口")),
        ]
    )
    [project] = [p for u in parse_document(text).units for p in u.projects]
    assert (project.name, project.department) == ("示例古井保护项目", "示例市某某区文化广电旅游局")
    assert project.implementer == "示例市某某区文物保护中心"
    assert [(i.name, i.annual_target.raw) for i in project.indicators] == [("修缮古井数量", "12口")]


def test_a_csv_cut_at_semicolons_as_excel_writes_it_where_the_decimal_mark_is_a_comma() -> None:
    """Excel writes ``;`` between cells where the decimal mark is a comma (with a BOM and CRLF): nothing was read,
    every line being one cell cut at no comma."""
    text = (
        "\ufeff项目名称;示例渡口改造;;\r\n"
        "项目资金（万元）;年度资金总额：36.50;其中：财政拨款：30.00;其他资金：6.50\r\n"
        "一级指标;二级指标;三级指标;指标值\r\n"
        "产出指标;数量指标;新建趸船;2艘\r\n"
        ";;改造码头;3座\r\n"
    )
    document = parse_document(text)
    (project,) = [p for u in document.units for p in u.projects]
    assert project.name == "示例渡口改造"
    assert (project.amounts.total, project.amounts.fiscal, project.amounts.other) == (
        Decimal("36.50"),
        Decimal("30.00"),
        Decimal("6.50"),
    )
    assert rows(document) == [("产出指标", "数量指标", "新建趸船", "2艘"), ("产出指标", "数量指标", "改造码头", "3座")]


def test_an_excel_sep_line_names_the_delimiter() -> None:
    text = "sep=;\n项目名称;示例渡口改造\n一级指标;二级指标;三级指标;指标值\n产出指标;数量指标;新建趸船,钢质;2艘\n"
    assert rows(parse_document(text)) == [("产出指标", "数量指标", "新建趸船,钢质", "2艘")]


def test_a_database_export_writes_empty_cells_as_backslash_n() -> None:
    r"""MySQL's and PostgreSQL's text export write an empty cell as \N: the markers were read as categories and
    values."""
    text = (
        "项目名称\t示例渡口改造\t\\N\t\\N\n"
        "一级指标\t二级指标\t三级指标\t指标值\t度量单位\n"
        "产出指标\t数量指标\t新建趸船\t2\t艘\n"
        "\\N\t\\N\t改造码头\t3\t\\N\n"
    )
    document = parse_document(text)
    got = [
        (i.level1.name, i.level2.name, i.name, i.annual_target.raw, i.annual_target.unit)
        for u in document.units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [("产出指标", "数量指标", "新建趸船", "2", "艘"), ("产出指标", "数量指标", "改造码头", "3", None)]


def test_html_line_breaks_in_a_markdown_table_are_a_wrapped_cells_lines() -> None:
    """A Markdown table converted from a PDF keeps a cell's line breaks as <br>: they stood in the names, the
    values and the categories (产出指标<br>（50分） named no category)."""
    text = "\n".join(
        [
            "| 项目名称 | 示例渡口改造 |",
            "|---|---|",
            "",
            "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
            "|---|---|---|---|",
            "| 产出指标<br>（50分） | 数量指标 | 新建趸船<br/>（艘） | 开展2期，共培训40<br>人次 |",
            "|  |  | 船用GPS<br />ONE型 | 3台 |",
        ]
    )
    assert rows(parse_document(text)) == [
        ("产出指标", "数量指标", "新建趸船（艘）", "开展2期，共培训40人次"),
        ("产出指标", "数量指标", "船用GPS ONE型", "3台"),
    ]


def test_cells_left_aligned_under_header_words_centred_by_display_width() -> None:
    """A table typed by display width (a CJK character two columns), its header words centred over cells written
    from their column's left edge: no cell starts where a header word does, and a few did so by characters by
    chance; the grid was cut by characters (服务对象满意度指标 | 渡运群众满意度 … read wrong)."""
    text = (
        "项目名称  示例渡口改造\n"
        "    一级指标          二级指标                 三级指标                   指标值          权重\n"
        "产出指标        数量指标            新建趸船                      2艘                   10\n"
        "                                    改造码头泊位                  3个                   10\n"
        "                质量指标            趸船验收合格率                100%                  10\n"
        "                时效指标            码头改造完成时间              2025年10月底前        10\n"
        "效益指标        社会效益指标        渡运安全事故                  0起                   20\n"
        "                可持续影响指标      渡口长效管护机制              建立健全              20\n"
        "满意度指标      服务对象满意度指标  渡运群众满意度                ≥90%                  20\n"
    )
    got = [
        (i.level1.name, i.level2.name, i.name, i.annual_target.raw, i.weight)
        for u in parse_document(text).units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        ("产出指标", "数量指标", "新建趸船", "2艘", Decimal(10)),
        ("产出指标", "数量指标", "改造码头泊位", "3个", Decimal(10)),
        ("产出指标", "质量指标", "趸船验收合格率", "100%", Decimal(10)),
        ("产出指标", "时效指标", "码头改造完成时间", "2025年10月底前", Decimal(10)),
        ("效益指标", "社会效益指标", "渡运安全事故", "0起", Decimal(20)),
        ("效益指标", "可持续影响指标", "渡口长效管护机制", "建立健全", Decimal(20)),
        ("满意度指标", "服务对象满意度指标", "渡运群众满意度", "≥90%", Decimal(20)),
    ]


def test_a_value_after_a_free_text_cell_is_the_next_rows_and_no_note() -> None:
    """One cell a line, empty cells dropped, a 偏差原因 and a 备注 column after the score: the next row's name was
    read as this row's 偏差原因, and its value as the next row's name (a 备注 took any text)."""
    text = "\n".join(
        [
            "项目名称",
            "示例渡口改造",
            "一级指标",
            "二级指标",
            "指标名称",
            "年度指标值",
            "实际完成值",
            "权重",
            "得分",
            "偏差原因及改进措施",
            "备注",
            "产出指标",
            "数量指标",
            "新建趸船",
            "2艘",
            "2艘",
            "10",
            "10",
            "改造码头泊位",
            "≥3个",
            "2个",
            "10",
            "7",
            "汛期停工，下年度补建",
            "码头验收合格率",
            "100%",
            "100%",
            "10",
            "10",
        ]
    )
    got = [
        (i.name, i.annual_target.raw, i.actual.raw if i.actual else None, dict(i.extra))
        for u in parse_document(text).units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        ("新建趸船", "2艘", "2艘", {}),
        ("改造码头泊位", "≥3个", "2个", {"偏差原因及改进措施": "汛期停工，下年度补建"}),
        ("码头验收合格率", "100%", "100%", {}),
    ]


def test_header_words_stacked_below_one_space_apart() -> None:
    """Under the header's line pdftotext printed the ends of two names one space apart (向性 （%）: 指标方向性 and
    权重（%）): read as one word, they completed no name, and no stacked word was taken (指标性 / 质 was lost too,
    the comparator running into the value)."""
    text = "\n".join(
        [
            "项目名称    示例渡口改造",
            _at((22, "指标性"), (36, "指标方"), (40, "权重")),
            _at((0, "一级指标"), (8, "二级指标"), (16, "三级指标"), (28, "指标值"), (46, "备注")),
            _at((23, "质"), (37, "向性 （%）")),
            _at((0, "产出指标"), (8, "数量指标"), (16, "新建趸船"), (22, "≥"), (28, "2艘"), (36, "正向"), (41, "10")),
            _at((16, "改造码头"), (22, "＝"), (28, "3座"), (36, "正向"), (41, "5")),
        ]
    )
    document = parse_document(text)
    got = [
        (i.name, i.annual_target.raw, i.annual_target.comparator, dict(i.extra), i.weight)
        for u in document.units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        ("新建趸船", "2艘", ">=", {"指标方向性": "正向"}, Decimal("10")),
        ("改造码头", "3座", "=", {"指标方向性": "正向"}, Decimal("5")),
    ]


def test_a_header_name_one_space_before_the_end_of_a_name_stacked_above_it() -> None:
    """pdftotext printed 年度指标值 and 重 (权 above it, （%） below) one space apart on the header's line: the chunk
    named no column, and every annual value ran into the column before."""
    text = "\n".join(
        [
            "项目名称    示例渡口改造",
            _at((30, "权")),
            _at((0, "一级指标"), (8, "二级指标"), (16, "三级指标"), (25, "年度指标值 重")),
            _at((30, "（%）")),
            _at((0, "产出指标"), (8, "数量指标"), (16, "新建趸船"), (25, "2艘"), (31, "10")),
            _at((16, "改造码头"), (25, "3座"), (31, "5")),
        ]
    )
    document = parse_document(text)
    got = [(i.name, i.annual_target.raw, i.weight) for u in document.units for p in u.projects for i in p.indicators]
    assert got == [("新建趸船", "2艘", Decimal("10")), ("改造码头", "3座", Decimal("5"))]


def test_a_level2_label_broken_by_a_page_is_one_label() -> None:
    """A centred label broken by a page (服务对象满意度 / the repeated header / 指标, and 满意度指标 / (20分)): the
    second page's row read 指标 as its 二级 and (20分) as its 一级, the first page's the label's first piece."""
    header = _at((0, "一级指标"), (14, "二级指标"), (30, "指标内容"), (48, "指标值"), (60, "分值"))
    text = "\n".join(
        [
            "项目名称    示例渡口改造",
            header,
            _at((0, "产出指标"), (14, "数量指标"), (30, "新建趸船"), (48, "2艘"), (60, "50")),
            _at((0, "满意度指标"), (14, "服务对象满意度"), (30, "乘客满意度"), (48, "≥90%"), (60, "25")),
            "",
            _at((58, "1/2")),
            header,
            _at((0, "(50分)"), (14, "指标"), (30, "船工满意度"), (48, "≥85%"), (60, "25")),
        ]
    )
    assert rows(parse_document(text)) == [
        ("产出指标", "数量指标", "新建趸船", "2艘"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "船工满意度", "≥85%"),
    ]


def test_a_value_and_the_free_text_after_it_one_space_apart_in_the_value_column() -> None:
    """pdftotext squeezed a narrow column's text left: 5个（含趸船、浮桥） 少1个扣1分 stood in the value's column, and
    the 评(扣)分标准 was read as part of the value."""
    text = "\n".join(
        [
            "项目名称    示例渡口改造",
            _at((0, "一级指标"), (10, "二级指标"), (20, "三级指标"), (34, "指标值"), (56, "评(扣)分标准")),
            _at((0, "产出指标"), (10, "数量指标"), (20, "新建趸船"), (34, "2艘"), (56, "少1艘扣1分")),
            _at((20, "改造设施"), (34, "5个（含趸船、浮桥） 少1个扣1分")),
            _at((20, "码头验收合格率"), (34, "100%"), (56, "不合格不得分")),
        ]
    )
    document = parse_document(text)
    got = [
        (i.name, i.annual_target.raw, dict(i.extra)) for u in document.units for p in u.projects for i in p.indicators
    ]
    assert got == [
        ("新建趸船", "2艘", {"评(扣)分标准": "少1艘扣1分"}),
        ("改造设施", "5个（含趸船、浮桥）", {"评(扣)分标准": "少1个扣1分"}),
        ("码头验收合格率", "100%", {"评(扣)分标准": "不合格不得分"}),
    ]


def test_a_name_wrapped_round_its_values_after_a_value_wrapped_round_its_name() -> None:
    """Cells centred in their rows, as pdftotext prints a PDF (lines 38-63 of corpus 12's blind12_03.pdftotext.txt,
    invented content): 受理时限's value wraps round its name, then 群体性事 / 件 wraps round its values. The first
    line of the second name was read as the middle of the first row's value (a name alone between two lines of
    values), and the second row lost its name."""
    lines = (
        (Path(__file__).parent / "corpus12" / "docs" / "blind12_03.pdftotext.txt")
        .read_text(encoding="utf-8")
        .split("\n")
    )
    document = parse_document("项目名称    示例区根治欠薪项目\n" + "\n".join(lines[37:63]))
    got = [
        (i.name, i.period_target.raw if i.period_target else None, i.annual_target.raw if i.annual_target else None)
        for u in document.units
        for p in u.projects
        for i in p.indicators
    ]
    assert got[5:7] == [
        ("投诉举报受理时限", "接到投诉后3个工作日内", "接到投诉后3个工作日内"),
        ("因欠薪引发的群体性事件", "0起", "0起"),
    ]


def test_a_mysql_clients_tables_and_a_title_without_its_last_character() -> None:
    """The mysql client prints 2 rows in set (0.00 sec) after a table, and a title may lack its 表: both were read
    as an indicator (the next project's title as a name in the grid above it)."""
    text = "\n".join(
        [
            "示例县2026年部门预算项目绩效目标",
            "+----------+--------------+",
            "| 项目名称 | 示例渡口改造 |",
            "+----------+--------------+",
            "1 row in set (0.00 sec)",
            "",
            "+------+----------+--------+",
            "| 序号 | 三级指标 | 指标值 |",
            "+------+----------+--------+",
            "| 01   | 新建趸船 | 2艘    |",
            "| 02   | 改造码头 | 3座    |",
            "+------+----------+--------+",
            "2 rows in set (0.01 sec)",
            "",
            "示例县2026年部门预算项目绩效目标",
            "+----------+--------------+",
            "| 项目名称 | 示例码头照明 |",
            "+----------+--------------+",
            "1 row in set (0.00 sec)",
            "",
            "+------+----------+--------+",
            "| 序号 | 三级指标 | 指标值 |",
            "+------+----------+--------+",
            "| 01   | 灯具完好率 | ≥95% |",
            "+------+----------+--------+",
            "1 row in set (0.00 sec)",
        ]
    )
    document = parse_document(text)
    got = [(p.name, [(i.name, i.annual_target.raw) for i in p.indicators]) for u in document.units for p in u.projects]
    assert got == [
        ("示例渡口改造", [("新建趸船", "2艘"), ("改造码头", "3座")]),
        ("示例码头照明", [("灯具完好率", "≥95%")]),
    ]


def test_r_write_csv_writes_a_missing_cell_as_a_bare_na() -> None:
    """R's write.csv quotes every text cell and writes a missing one as a bare NA: the NA were read as categories
    and values."""
    text = (
        '"...1","...2","...3","...4"\n'
        '"项目名称","示例渡口改造",NA,NA\n'
        '"一级指标","二级指标","三级指标","指标值"\n'
        '"产出指标","数量指标","新建趸船","2艘"\n'
        'NA,NA,"改造码头","3座"\n'
        'NA,"质量指标","码头验收合格率",NA\n'
    )
    document = parse_document(text, form="columns")
    got = [
        (i.level1.name, i.level2.name, i.name, i.annual_target.raw if i.annual_target else None)
        for u in document.units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        ("产出指标", "数量指标", "新建趸船", "2艘"),
        ("产出指标", "数量指标", "改造码头", "3座"),
        ("产出指标", "质量指标", "码头验收合格率", None),
    ]


def test_a_seq_numbered_within_a_part_one_cell_a_line() -> None:
    """序号 written 1-1, 1-2 … (numbered within a part), one cell a line: each was read as the 依据 of the row
    before and the next row's name was lost into it."""
    text = "\n".join(
        [
            "项目名称",
            "示例渡口改造",
            "序号",
            "指标内容",
            "目标值",
            "指标值确定依据",
            "1-1",
            "新建趸船",
            "2艘",
            "年度工作计划",
            "1-2",
            "改造码头泊位",
            "3个",
            "年度工作计划",
            "2-1",
            "码头验收合格率",
            "100%",
            "行业标准",
        ]
    )
    got = [
        (i.name, i.annual_target.raw, dict(i.extra))
        for u in parse_document(text).units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        ("新建趸船", "2艘", {"指标值确定依据": "年度工作计划"}),
        ("改造码头泊位", "3个", {"指标值确定依据": "年度工作计划"}),
        ("码头验收合格率", "100%", {"指标值确定依据": "行业标准"}),
    ]


def test_a_money_key_with_no_amount_before_the_goals() -> None:
    """其他资金 with its amount cell empty, then the goals' group label: the 实施期目标's text was paired with 其他资金
    as an amount (not a number), and the goal was lost."""
    text = (
        "项目名称,示例渡口改造,,\n"
        "项目资金（万元）,年度资金总额,36.50,\n"
        ",其他资金,,\n"
        "总体目标,实施期目标,三年内完成全县渡口改造。,\n"
        ",年度目标,新建趸船2艘。,\n"
        "一级指标,二级指标,三级指标,指标值\n"
        "产出指标,数量指标,新建趸船,2艘\n"
    )
    document = parse_document(text)
    (project,) = [p for u in document.units for p in u.projects]
    assert (project.period_goal, project.goal) == ("三年内完成全县渡口改造。", "新建趸船2艘。")
    assert (project.amounts.total, project.amounts.other) == (Decimal("36.50"), None)
    assert [d.message for d in project.diagnostics] == ["其他资金 has no value"]


BOTTOM_LABELS = [
    ("", "", "新增长者食堂", "4家"),
    ("", "", "助餐服务人次", "≥12000人次"),
    ("", "数量指标", "送餐上门户数", "300户"),
    ("", "", "食品安全抽检合格率", "100%"),
    ("", "质量指标", "餐具消毒合规率", "100%"),
    ("产出指标", "时效指标", "补助资金拨付时间", "2025年6月30日前"),
    ("成本指标", "经济成本指标", "每餐补助标准", "≤5元/餐"),
    ("", "社会效益指标", "老年人就餐便利度", "明显提升"),
    ("效益指标", "可持续影响指标", "食堂持续运营年限", "≥3年"),
    ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%"),
]
BOTTOM_READ = [
    ("产出指标", "数量指标", "新增长者食堂"),
    ("产出指标", "数量指标", "助餐服务人次"),
    ("产出指标", "数量指标", "送餐上门户数"),
    ("产出指标", "质量指标", "食品安全抽检合格率"),
    ("产出指标", "质量指标", "餐具消毒合规率"),
    ("产出指标", "时效指标", "补助资金拨付时间"),
    ("成本指标", "经济成本指标", "每餐补助标准"),
    ("效益指标", "社会效益指标", "老年人就餐便利度"),
    ("效益指标", "可持续影响指标", "食堂持续运营年限"),
    ("满意度指标", "服务对象满意度指标", "就餐老人满意度"),
]


@pytest.mark.parametrize("glue", [",", ""], ids=["csv", "flattened"])
def test_labels_on_the_last_rows_of_their_blocks(glue: str) -> None:
    """A merged cell aligned to its bottom (a spreadsheet's default) prints its label on its block's last row,
    and a PDF copy or an extractor gives it with that row: each label closes its block. The rows above a label
    had been laid as centred on it (食品安全抽检合格率 under 数量指标, 产出's rows partly under 成本指标)."""
    head = ["项目名称" + glue + "示例社区长者食堂运营补助", glue.join(["一级指标", "二级指标", "三级指标", "指标值"])]
    text = "\n".join([*head, *(glue.join(row) for row in BOTTOM_LABELS)]) + "\n"
    document = parse_document(text, form="columns")
    assert [(a, b, c) for a, b, c, _ in rows(document)] == BOTTOM_READ
    assert [t for *_, t in rows(document)] == [row[3] for row in BOTTOM_LABELS]


DUMP_ROWS = [
    ["项目名称", "示例社区长者食堂运营补助", "", ""],
    ["经办人", "某某某", "联系方式", "0000-12345678"],
    ["项目期", "1年", "", ""],
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "新增长者食堂", "4"],
    ["", "", "助餐服务人次", "12000"],
    ["效益指标", "社会效益指标", "老年人就餐便利度", "明显提升"],
]
DUMP_READ = [
    ("产出指标", "数量指标", "新增长者食堂", "4"),
    ("产出指标", "数量指标", "助餐服务人次", "12000"),
    ("效益指标", "社会效益指标", "老年人就餐便利度", "明显提升"),
]


def _dumped(marker: str, index: bool) -> str:
    """The rows as a script dumps a sheet: pandas' to_markdown (an index column, column numbers, nan) or a join of
    openpyxl's values (None)."""
    width = len(DUMP_ROWS[0])
    lines = []
    if index:
        lines.append("|    | " + " | ".join(map(str, range(width))) + " |")
        lines.append("|---:|" + "|".join([":---"] * width) + "|")
    for k, row in enumerate(DUMP_ROWS):
        cells = [cell or marker for cell in row]
        lines.append(f"| {k} | " + " | ".join(cells) + " |" if index else "|".join(cells))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("marker", "index"), [("nan", True), ("None", False), ("NaN", True), ("<NA>", False)])
def test_a_scripts_dump_of_a_sheet_marks_its_empty_cells(marker: str, index: bool) -> None:
    """pandas writes an empty cell nan (NaN, <NA>), a join of openpyxl's values None: no cell's text. 项目期 had
    read 1年|None and rows with a None 一级 no categories; the contact keys (经办人, 联系方式) are no field."""
    document = parse_document(_dumped(marker, index), form="columns")
    assert rows(document) == DUMP_READ
    (project,) = document.units[0].projects
    assert (project.name, project.period) == ("示例社区长者食堂运营补助", "1年")


def test_a_number_kept_as_text_by_an_apostrophe_is_the_number() -> None:
    """A CSV export writes a bare number after an apostrophe, so that a spreadsheet keeps it as text ('468.30,
    '1,500): the apostrophe is the export's, not the table's (a 指标值 read '12000)."""
    text = "\n".join(
        [
            "项目名称,示例社区长者食堂运营补助,,",
            "项目资金（万元）,年度资金总额,'468.30,",
            "一级指标,二级指标,三级指标,指标值",
            '产出指标,数量指标,助餐服务人次,"\'12,000"',
            ",质量指标,食品安全抽检合格率,'100%",
            ",,餐具消毒说明,'按规程消毒",
        ]
    )
    document = parse_document(text + "\n", form="columns")
    assert [t for *_, t in rows(document)] == ["12,000", "100%", "'按规程消毒"]  # (words keep theirs)
    assert document.units[0].projects[0].amounts.total == Decimal("468.30")


@pytest.mark.parametrize(("pretty", "ascii_only"), [(False, False), (True, False), (False, True)])
def test_a_table_as_a_json_array_of_its_rows_texts(pretty: bool, ascii_only: bool) -> None:
    """A web page's data: the rows' cells glued, each row a string of a JSON array. Each string is a flattened row,
    read as JSON reads it (a quote escaped, \\", every character escaped where the writer kept to ASCII); the
    brackets, quotes and commas are the array's (the whole was one flattened line, read as one row)."""
    table = [*DUMP_ROWS, ["", "", "“一老一小”助餐点", "12个"]]
    texts = ["".join(row) for row in table]
    texts[-1] = texts[-1].replace("“一老一小”", '"一老一小"')
    text = json.dumps(texts, ensure_ascii=ascii_only, indent=1 if pretty else None)
    document = parse_document(text, form="columns")
    assert rows(document) == [*DUMP_READ, ("效益指标", "社会效益指标", '"一老一小"助餐点', "12个")]
    start, end = document.units[0].projects[0].indicators[2].span
    assert json.loads(f'"{text[start:end]}"') == "效益指标社会效益指标老年人就餐便利度明显提升"


def test_a_table_as_a_json_array_of_rows_of_cells() -> None:
    """The same with each row an array of its cells, null an empty one: a row of cells as a delimited text's."""
    data = [[cell or None for cell in row] for row in DUMP_ROWS]
    text = json.dumps(data, ensure_ascii=False)
    document = parse_document(text, form="columns")
    assert rows(document) == DUMP_READ
    assert document.units[0].projects[0].period == "1年"


def test_one_cell_a_line_with_each_merged_cell_written_for_every_column_it_spans() -> None:
    """python-docx's row.cells gives a merged cell at every place of the grid: the project's name three times, an
    amount twice. The copies outside the grid are passed over (the name had read three times over, the amount
    468.30468.30); inside it a cell like the one before stays (a period's target and the year's alike)."""
    lines = [
        "项目名称", *["示例社区长者食堂运营补助"] * 3,
        "项目期", "1年",
        "项目资金（万元）", "年度资金总额", "468.30", "468.30",
        "一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值",
        "产出指标", "数量指标", "新增长者食堂", "8家", "4家",
        "产出指标", "数量指标", "送餐服务", "每日1次", "每日1次",
    ]  # fmt: skip
    document = parse_document("\n".join(lines) + "\n", form="columns")
    (project,) = document.units[0].projects
    assert project.name == "示例社区长者食堂运营补助"
    assert project.amounts.total == Decimal("468.30")
    got = [(i.name, i.period_target.raw, i.annual_target.raw) for i in project.indicators]
    assert got == [("新增长者食堂", "8家", "4家"), ("送餐服务", "每日1次", "每日1次")]


ALIGNED_PAGES = """\
                    示例市某某区民政局2025年项目支出绩效目标表
   项目名称       示例社区长者食堂运营补助
   项目资金（万   年度资金总额      120.00
   元）           其中：财政拨款    80.00
                  市级补助资金      30.00
                  其他资金          10.00
    一级指标      二级指标        指标名称              指标值        分值
   产出指标       数量指标        新增长者食堂          4家           10
                                  助餐服务人次          12000人次     10
                                                                       第1页/共2页
   示例市某某区民政局                                               单位：万元
    一级指标      二级指标        指标名称              指标值        分值
                  质量指标        食品安全抽检合格率    100%          10
   效益指标       社会效益指标    老年人就餐便利度      明显提升      10
"""


def test_a_page_head_of_the_department_and_the_money_unit_is_furniture() -> None:
    """pdftotext of a print whose pages after the first are headed by the department and 单位：万元, and footed
    第1页/共2页: the head had been read as a 一级 label over the next rows, the foot as the 分值 above it. A
    key wrapped in its bracket (项目资金（万 / 元）) is one key: its 元） had been added to the amount beside it. A
    source of funds the model has no field for (市级补助资金) is a part of the total: no error that the parts do
    not add up."""
    document = parse_document(ALIGNED_PAGES, form="columns")
    assert rows(document) == [
        ("产出指标", "数量指标", "新增长者食堂", "4家"),
        ("产出指标", "数量指标", "助餐服务人次", "12000人次"),
        ("产出指标", "质量指标", "食品安全抽检合格率", "100%"),
        ("效益指标", "社会效益指标", "老年人就餐便利度", "明显提升"),
    ]
    (project,) = document.units[0].projects
    assert [i.weight for i in project.indicators] == [Decimal(10)] * 4
    assert (project.amounts.total, project.amounts.fiscal, project.amounts.other) == (
        Decimal("120.00"),
        Decimal("80.00"),
        Decimal("10.00"),
    )
    assert [d.message for d in document.all_diagnostics()] == [
        "市级补助资金 30.00: not part of the model, kept only here"
    ]


GOALS_IN_COLUMNS = """\
                    示例市某某区民政局2025年项目支出绩效目标表
 项目名称                          示例社区长者食堂运营补助
                    实施期目标                              年度目标

 总体目标      三年内建成覆盖全区的长者食堂网络，
                                             1.新增长者食堂4家；2.助餐服务12000人次
           老年人就餐便利度明显提升。
                                             以上；3.全年不发生食品安全事故。
 一级指标       二级指标        三级指标              指标值
 产出指标       数量指标        新增长者食堂          4家
"""


def test_goals_side_by_side_with_their_lines_interleaved_are_read_by_column() -> None:
    """pdftotext of 实施期目标 | 年度目标 side by side: each cell's lines fall as its rows do, so the two goals'
    lines come interleaved. Each goal is the lines of its column, in order (they had been read as one, the lines
    of both in turn, under 实施期目标)."""
    document = parse_document(GOALS_IN_COLUMNS, form="columns")
    (project,) = document.units[0].projects
    assert project.period_goal == "三年内建成覆盖全区的长者食堂网络，老年人就餐便利度明显提升。"
    assert project.goal == "1.新增长者食堂4家；2.助餐服务12000人次以上；3.全年不发生食品安全事故。"
    assert rows(document) == [("产出指标", "数量指标", "新增长者食堂", "4家")]


def test_two_goals_side_by_side_one_space_apart_part_where_the_second_numbering_starts() -> None:
    """The goals' cells side by side, each on one line, one space apart (pdftotext): the first goal is prose, the
    second numbered. They part where its numbering starts (both had been read as the first goal)."""
    text = GOALS_IN_COLUMNS.replace(
        GOALS_IN_COLUMNS[GOALS_IN_COLUMNS.index(" 总体目标") : GOALS_IN_COLUMNS.index(" 一级指标")],
        " 总体目标\n           建成覆盖全区的长者食堂网络。 1.新增长者食堂4家；2.全年不发生食品安全事故。\n",
    )
    (project,) = parse_document(text, form="columns").units[0].projects
    assert (project.period_goal, project.goal) == (
        "建成覆盖全区的长者食堂网络。",
        "1.新增长者食堂4家；2.全年不发生食品安全事故。",
    )


def test_a_csv_row_that_ends_at_its_last_filled_cell_keeps_its_cells_in_their_columns() -> None:
    """A writer that ends a row at its last filled cell leaves 差异原因说明 off where it is empty: the row is the
    header's without its last cells, not a row whose cells were shifted (形成…模式 had been read into the name)."""
    text = "\n".join(
        [
            "项目名称,示例社区长者食堂运营补助,,,,,,",
            "一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,差异原因说明",
            "产出指标,数量指标,新增长者食堂,4家,4家,10,10",
            ",,送餐上门户数,300户,280户,10,9,部分老人住院",
            "效益指标,可持续影响指标,长效运营管理,形成“社区+企业”模式,已形成,5,5",
        ]
    )
    document = parse_document(text + "\n", form="columns")
    got = [(i.name, i.annual_target.raw, i.actual.raw, i.score) for i in document.units[0].projects[0].indicators]
    assert got == [
        ("新增长者食堂", "4家", "4家", Decimal(10)),
        ("送餐上门户数", "300户", "280户", Decimal(9)),
        ("长效运营管理", "形成“社区+企业”模式", "已形成", Decimal(5)),
    ]


def test_a_tsv_cell_quoted_whole_with_its_quotes_escaped_by_a_backslash() -> None:
    """Spark's CSV writer quotes a cell that holds a quote and escapes the quote with a backslash: the cell is its
    text ("9610"模式申报单量; it had been read with the writer's quotes and backslashes)."""
    text = '项目名称\t示例跨境电商平台\n序号\t指标名称\t指标值\n1\t"\\"9610\\"模式申报单量"\t≥50万单\n'
    (indicator,) = parse_document(text, form="columns").units[0].projects[0].indicators
    assert (indicator.name, indicator.annual_target.raw) == ('"9610"模式申报单量', "≥50万单")


STACKED_UNKNOWN = """\
 项目名称      示例招商服务保障项目
                                      计算符                      度量单           数据核查方
一级指标      二级指标              三级指标                      目标值              分值
                                       号                        位              式
产出指标      数量指标       新签约亿元以上项目            ≥          15          个    10   查阅签约合同
"""


def test_a_header_name_the_model_does_not_know_stacked_among_names_it_does() -> None:
    """pdftotext of a header whose cells wrap: 计算符 / 号 and 度量单 / 位 round the header's line, and 数据核查方
    / 式, a name the model does not know, beside them. Its words had ended the search for stacked words: no
    comparator or unit column, the comparator read into the value (号≥ 15)."""
    document = parse_document(STACKED_UNKNOWN, form="columns")
    (indicator,) = document.units[0].projects[0].indicators
    target = indicator.annual_target
    assert (indicator.name, target.raw, target.comparator, target.value, target.unit) == (
        "新签约亿元以上项目",
        "15",
        ">=",
        15,
        "个",
    )
    assert indicator.extra == {"数据核查方式": "查阅签约合同"}


STACKED_UNKNOWN_BEGUN = """\
 项目名称      示例渡口安全检查项目
                                计值                                          单位类
一级指标     二级指标       三级指标               实施期指标值         年度指标值                       权重
                                符号                                           别
                  渡口渡船安全检查       ≥         36                 12            次      10
         数量指标     渡口救生衣配备      =         900                300           件      10
                   渡工安全培训        ≥         6                  2             期      5
"""


def test_header_names_the_model_does_not_know_stacked_from_words_that_begin_names_it_does() -> None:
    """pdftotext of a header whose cells wrap: 计值 / 符号 and 单位类 / 别, names the model does not know, whose
    first words begin names it does (计值单位, 单位类型): they had been left out, 符号 and the first row's sign read
    into its target (符号≥ 36). Read as a sign and a unit column by their cells."""
    document = parse_document(STACKED_UNKNOWN_BEGUN, form="columns")
    got = [
        (i.name, i.period_target.raw, i.annual_target.raw, i.annual_target.comparator, i.annual_target.unit, i.weight)
        for i in document.units[0].projects[0].indicators
    ]
    assert got == [
        ("渡口渡船安全检查", "36", "12", ">=", "次", 10),
        ("渡口救生衣配备", "900", "300", "=", "件", 10),
        ("渡工安全培训", "6", "2", ">=", "期", 5),
    ]


STACKED_SPACED = """\
 项目名称     示例县边贸市场改造项目
                                                  计量 权重 指标值
一级指标  二级指标    三级指标          目标值
                                                  单位 （%） 口径
产出指标  数量指标    改造交易棚        3600      米   10    竣工验收面积
          质量指标    验收合格率        100       %    10    验收报告
"""


def test_header_names_stacked_a_space_apart_one_the_model_does_not_know() -> None:
    """pdftotext of wrapped header cells a space apart (计量 权重 指标值 / 单位 （%） 口径): 计量单位 and 权重（%）
    complete names the model knows, 指标值口径 one it does not (kept in extra); that one had ended the search, the
    words above and below read into the first row's name and value."""
    document = parse_document(STACKED_SPACED, form="columns")
    got = [
        (i.name, i.annual_target.raw, i.annual_target.unit, i.weight, i.extra)
        for i in document.units[0].projects[0].indicators
    ]
    assert got == [
        ("改造交易棚", "3600", "米", 10, {"指标值口径": "竣工验收面积"}),
        ("验收合格率", "100", "%", 10, {"指标值口径": "验收报告"}),
    ]


STACKED_UNKNOWN_VALUE = """\
 项目名称      示例盆景园改造项目
                                 年中目标
一级指标   二级指标       三级指标                           目标值
                                   值
               盆景养护课体验课          12场           不少于24场
产出指标   数量指标       盆景展区改造              1处            3处
"""


def test_a_header_name_the_model_does_not_know_stacked_round_the_line_before_a_known_one() -> None:
    """年中目标 / 值 round the header's line, between 三级指标 and 目标值 (pdftotext of a wrapped header cell): its lower
    word 值 could end a known name, but no name of the header's line stands over it, so it is the unknown name's end:
    a column of its own (kept in extra), not 12场 read into the value."""
    document = parse_document(STACKED_UNKNOWN_VALUE, form="columns")
    found = document.units[0].projects[0].indicators
    assert [(i.name, i.annual_target.raw, i.extra.get("年中目标值")) for i in found] == [
        ("盆景养护课体验课", "不少于24场", "12场"),
        ("盆景展区改造", "3处", "1处"),
    ]


@pytest.mark.parametrize(
    ("header", "field"),
    [("计分方法", "scoring"), ("评分方法", "scoring"), ("差异原因说明", "deviation"), ("指标值来源", "basis")],
)
def test_more_header_names_of_free_text_columns(header: str, field: str) -> None:
    """Names of columns the forms print for their scoring rule, a deviation's reason and a value's source."""
    from indicator_parser.forms.columns.headers import grid_field

    assert grid_field(header) == field


def test_a_flattened_self_evaluation_block_with_its_budget_columns_laid_down() -> None:
    """年初预算数96.00 / 全年预算数92.00 on lines of their own after 项目期: keys of amounts the model has no field
    for (项目期 had read 1年年初预算数96.00全年预算数92.00)."""
    text = (
        "项目名称示例外事接待服务项目\n项目属性延续项目项目期1年\n年初预算数96.00\n全年预算数92.00\n"
        "项目资金（万元）\n全年执行数88.74\n执行率96.46%\n"
        "一级指标二级指标三级指标指标值\n产出指标数量指标接待来访团组≥20批次\n"
    )
    (project,) = parse_document(text, form="columns").units[0].projects
    assert project.period == "1年"


@pytest.mark.parametrize("value", ["86块", "≥300盏", "1200张", "45栋", "600根"])
def test_more_units_of_a_count_suggest_a_quantity_indicator(value: str) -> None:
    """A target counted in 块, 盏, 张, 栋, 根 … suggests 数量指标 where a centred label's block is in doubt (更新河长
    公示牌 86块 had gone to the 质量指标 block below, as near one block's middle as the other's)."""
    from indicator_parser.forms.columns.reader import value_kind

    assert value_kind(value) == "11"


@pytest.mark.parametrize("value", ["不少于360航次", "120台次", "20万株", "1.5万人次", "12台（套）", "3口", "2.4公顷"])
def test_units_of_a_count_in_tens_of_thousands_of_times_or_with_an_alternative_suggest_a_quantity(value: str) -> None:
    """万株, 万人次 (a count in tens of thousands), 航次, 台次 (a count of times), 台（套） (a unit with its
    alternative in brackets), 口, 公顷: a count or an extent, 数量指标 where a centred label's block is in doubt."""
    from indicator_parser.forms.columns.reader import value_kind

    assert value_kind(value) == "11"


@pytest.mark.parametrize("value", ["≥600分钟", "≤24小时", "≤3.5万元", "2次/年", "95%"])
def test_units_of_a_time_a_sum_or_a_rate_suggest_no_quantity(value: str) -> None:
    """A duration, a sum of money, a rate per period or a percentage is no count (value_kind: None)."""
    from indicator_parser.forms.columns.reader import value_kind

    assert value_kind(value) is None


TEXTILE = """\
h3. 示例市某某区民政局2025年项目支出绩效目标表

|_. 项目名称|示例社区长者食堂运营补助|
|_. 一级指标|_. 二级指标|_. 三级指标|_. 指标值|_. 权重|
|/3. 产出指标|/2. 数量指标|新增长者食堂|4家|10|
|助餐服务人次|≥12000人次|10|
|质量指标|食品安全抽检合格率|100%|10|
|/2. 效益指标|/2. 社会效益指标|老年人就餐便利度|明显提升|10|
|{color:red}. 食堂周边居民参与度|>. 逐步提高|10|
"""


def test_textile_table_markup_with_cells_spanning_rows() -> None:
    """Redmine's Textile tables: |_. a header cell, |/3. a cell spanning three rows (dropped from the rows below
    it), other modifiers before ". " (alignment, style): each cell without them, in its column."""
    document = parse_document(TEXTILE, form="columns")
    assert rows(document) == [
        ("产出指标", "数量指标", "新增长者食堂", "4家"),
        ("产出指标", "数量指标", "助餐服务人次", "≥12000人次"),
        ("产出指标", "质量指标", "食品安全抽检合格率", "100%"),
        ("效益指标", "社会效益指标", "老年人就餐便利度", "明显提升"),
        ("效益指标", "社会效益指标", "食堂周边居民参与度", "逐步提高"),
    ]
    assert document.units[0].projects[0].name == "示例社区长者食堂运营补助"


def test_bar_delimited_cells_quoted_with_empty_ones_left_unquoted() -> None:
    """DB2's EXPORT … OF DEL with | for its delimiter quotes every string and leaves an empty cell empty
    (||"标准化考点数"|…): the cells without their quotes (they had been read with them)."""
    text = "\n".join(
        [
            '"示例市某某区民政局2025年项目支出绩效目标表"||||',
            '"项目名称"|"示例社区长者食堂运营补助"|||',
            '"一级指标"|"二级指标"|"三级指标"|"指标值"|',
            '"产出指标"|"数量指标"|"新增长者食堂"|"4家"|',
            '||"助餐服务人次"|"≥12000人次"|',
            '||"送餐上门户数"|"300户"|',
            '|"质量指标"|"食品安全抽检合格率"|"100%"|',
        ]
    )
    assert rows(parse_document(text + "\n", form="columns")) == [
        ("产出指标", "数量指标", "新增长者食堂", "4家"),
        ("产出指标", "数量指标", "助餐服务人次", "≥12000人次"),
        ("产出指标", "数量指标", "送餐上门户数", "300户"),
        ("产出指标", "质量指标", "食品安全抽检合格率", "100%"),
    ]


def test_a_sheets_range_pasted_into_a_one_line_field() -> None:
    """A range of a sheet pasted into a one-line field keeps the tabs between cells but loses the breaks between
    rows: each row's last cell (empty) and the next row's first are one piece. The rows are as wide as puts
    项目名称 and 一级指标 at rows' starts (the line had been read as space-aligned text: nothing)."""
    table = [
        ["示例市某某区民政局2025年项目支出绩效目标表", "", "", "", "", ""],
        ["项目名称", "示例社区长者食堂运营补助", "", "", "", ""],
        ["项目属性", "新增项目", "项目期", "1年", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标值", "权重", ""],
        ["产出指标", "数量指标", "新增长者食堂", "4家", "10", ""],
        ["", "", "助餐服务人次", "≥12000人次", "10", ""],
        ["效益指标", "社会效益指标", "老年人就餐便利度", "明显提升", "10", ""],
        ["项目名称", "示例社区助浴服务补助", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标值", "权重", ""],
        ["产出指标", "数量指标", "上门助浴人次", "≥600人次", "20", "超额完成"],
        ["", "", "助浴服务满意度", "≥90%", "10", ""],
    ]
    # (each row's last cell glued to the next row's first: 超额完成 before an empty label, the last row's alone)
    text = "".join(("\t".join(row[:-1]) + "\t" + row[-1]) for row in table) + "\n"
    assert text.count("\n") == 1 and text.count("\t") >= 20
    document = parse_document(text, form="columns")
    assert [p.name for p in document.units[0].projects] == ["示例社区长者食堂运营补助", "示例社区助浴服务补助"]
    assert rows(document) == [
        ("产出指标", "数量指标", "新增长者食堂", "4家"),
        ("产出指标", "数量指标", "助餐服务人次", "≥12000人次"),
        ("效益指标", "社会效益指标", "老年人就餐便利度", "明显提升"),
        ("产出指标", "数量指标", "上门助浴人次", "≥600人次"),
        ("产出指标", "数量指标", "助浴服务满意度", "≥90%"),
    ]
    assert document.units[0].projects[0].period == "1年"
    assert document.units[0].projects[1].indicators[0].extra == {"column 6": "超额完成"}


def test_a_pages_foot_and_the_next_pages_head_on_one_line_are_furniture() -> None:
    """pdftotext puts the form feed where a page ends: a page's foot (1/2), the feed, then the next page's head
    (部门预算公开·绩效目标 … 单位：万元) on one line. The line had been read as the rest of the name above it."""
    text = "\n".join(
        [
            " 项目名称      示例社区长者食堂运营补助",
            " 一级指标      二级指标        三级指标              指标值",
            " 产出指标      数量指标        新增长者食堂          4家",
            "                               助餐服务人次          ≥12000人次",
            "",
            "                                    1/2\f部门预算公开·绩效目标                     单位：万元",
            "",
            " 一级指标      二级指标        三级指标              指标值",
            " 效益指标      社会效益指标    老年人就餐便利度      明显提升",
        ]
    )
    assert rows(parse_document(text + "\n", form="columns")) == [
        ("产出指标", "数量指标", "新增长者食堂", "4家"),
        ("产出指标", "数量指标", "助餐服务人次", "≥12000人次"),
        ("效益指标", "社会效益指标", "老年人就餐便利度", "明显提升"),
    ]


def test_a_page_number_under_the_header_block_is_no_part_of_a_goal() -> None:
    """The page ends under the header block: its number (-1-) had been read as the rest of 年度目标."""
    text = GOALS_IN_COLUMNS.replace(" 一级指标", "\n\n                                           -1-\n 一级指标", 1)
    (project,) = parse_document(text, form="columns").units[0].projects
    assert project.goal == "1.新增长者食堂4家；2.助餐服务12000人次以上；3.全年不发生食品安全事故。"


def test_a_teradata_report_with_question_marks_for_null() -> None:
    """BTEQ's report export with | for its separator writes a NULL as ? (padded in its column): such a cell is
    empty, where it stands (the grid's 一级 and 二级 under the first row of a block had read ?)."""
    width = [max(len(row[k] or "?") for row in DUMP_ROWS) for k in range(4)]
    lines = ["|".join((cell or "?").ljust(w) for cell, w in zip(row, width, strict=True)) for row in DUMP_ROWS]
    document = parse_document("\n".join(lines) + "\n", form="columns")
    assert rows(document) == DUMP_READ
    assert document.units[0].projects[0].period == "1年"


def test_a_csv_quoted_as_sql_literals() -> None:
    """sqlite's .mode quote: text in single quotes (a quote inside doubled), numbers bare, NULL for an empty
    cell, a first line of column names quoted so. Read as a CSV whose quote is the apostrophe (the cells had kept
    their quotes, and nothing was read)."""
    table = [["c1", "c2", "c3", "c4"], *DUMP_ROWS, ["", "", "“一老一小”助餐点", "12个"]]
    table[-1][2] = "'一老一小'助餐点"

    def literal(cell: str) -> str:
        if not cell:
            return "NULL"
        return cell if cell.isdigit() else "'" + cell.replace("'", "''") + "'"

    text = "\n".join(",".join(map(literal, row)) for row in table) + "\n"
    document = parse_document(text, form="columns")
    assert rows(document) == [*DUMP_READ, ("效益指标", "社会效益指标", "'一老一小'助餐点", "12个")]


def test_a_bcp_export_with_nul_for_an_empty_string(tmp_path: Path) -> None:
    """SQL Server's bcp -c writes an empty string as a NUL byte between its tabs (a NULL as nothing): such a NUL
    is an empty cell (the file had been refused as binary); a NUL inside a cell's text still is an error."""
    lines = ["\t".join(cell if cell else "\x00" for cell in row) for row in DUMP_ROWS]
    path = tmp_path / "table.tsv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8", newline="")
    assert rows(read_document(path)) == DUMP_READ
    path.write_text("\n".join(lines).replace("12000", "120\x0000") + "\n", encoding="utf-8", newline="")
    with pytest.raises(InputError, match="NUL character"):
        read_document(path)


@pytest.mark.parametrize("array", [False, True])
def test_a_table_as_json_objects_keyed_by_its_header(array: bool) -> None:
    """A project as a JSON object (JSON Lines, or an array of them): its header block's keys and values, and its
    grid an array of objects keyed by the grid's header names, null or a key left out an empty cell. Read as the
    delimited rows they stand for, each string placed in the file (nothing had been read)."""
    grid = [dict(zip(DUMP_ROWS[3], row, strict=True)) for row in DUMP_ROWS[4:]]
    grid[1]["一级指标"] = None
    del grid[1]["二级指标"]
    project = {"项目名称": DUMP_ROWS[0][1], "经办人": "某某某", "项目期": "1年", "绩效指标": grid}
    other = dict(project, 项目名称="示例社区老年助浴服务补助")
    objects = [project, other]
    text = (
        json.dumps(objects, ensure_ascii=False)
        if array
        else "\n".join(json.dumps(o, ensure_ascii=False) for o in objects)
    )
    document = parse_document(text + "\n", form="columns")
    projects = document.units[0].projects
    assert [p.name for p in projects] == ["示例社区长者食堂运营补助", "示例社区老年助浴服务补助"]
    assert rows(document) == DUMP_READ * 2
    assert projects[0].period == "1年"
    start, end = projects[0].indicators[1].span
    assert "助餐服务人次" in text[start:end]


def test_keys_of_people_dates_and_lottery_funds_part_a_flattened_block_line() -> None:
    """绩效联系人, 联系手机, 财务负责人, 申报日期, 预算年度, 所属领域: keys of no field (kept as written), and 体育彩票公益金 a
    source of funds: in a flattened block each starts a value of its own (项目期 had read 1年绩效联系人某某某…)."""
    text = (
        "项目名称示例社区长者食堂运营补助\n项目期1年绩效联系人某某某联系手机13700000000\n"
        "预算年度2025所属领域社会保障申报日期2024年11月20日财务负责人某某某\n"
        "项目资金（万元）年度资金总额80.00其中：财政拨款50.00体育彩票公益金30.00\n"
        "一级指标二级指标三级指标指标值\n产出指标数量指标新增长者食堂4家\n"
    )
    document = parse_document(text, form="columns")
    (project,) = document.units[0].projects
    assert (project.period, project.amounts.total, project.amounts.fiscal) == (
        "1年",
        Decimal("80.00"),
        Decimal("50.00"),
    )
    kept = kept_keys(document)
    assert kept == ["绩效联系人 某某某", "联系手机 13700000000", "预算年度 2025", "所属领域 社会保障",
                    "申报日期 2024年11月20日", "财务负责人 某某某", "体育彩票公益金 30.00"]  # fmt: skip
    assert not [d for d in document.all_diagnostics() if "sum" in d.message]


def test_vimwiki_cells_merged_with_the_one_above() -> None:
    """Vimwiki's table markup writes a cell merged with the one above as \\/: an empty cell, the label above carried
    down (the 一级 and 二级 had read \\/)."""
    lines = ["= 示例社区长者食堂运营补助 =", ""]
    for row in DUMP_ROWS:
        cells = list(row)
        if row[2] == "助餐服务人次":
            cells[0] = cells[1] = "\\/"
        lines.append("| " + " | ".join(cells) + " |")
        if row[0] == "一级指标":
            lines.append("|" + "|".join(["---"] * len(cells)) + "|")
    document = parse_document("\n".join(lines) + "\n", form="columns")
    assert rows(document) == DUMP_READ


def test_a_header_block_row_of_one_cell_holding_several_keys_and_values() -> None:
    """A sheet whose header-block rows are each one merged cell, key：value pairs one after another (blanks between
    them, the money's items after semicolons, the first opening the 项目资金 key's value): each pair is read (the
    department had read 示例市某某局实施单位：…, the amounts none)."""
    lines = [
        "| 项目名称：示例社区长者食堂运营补助 | | | |",
        "| 主管部门：示例市某某区民政局\u3000\u3000实施单位：示例市某某区养老服务中心 | | | |",
        "| 项目属性：新增项目\u3000\u3000项目期：1年 | | | |",
        "| 项目资金（万元）：年度资金总额 80.00；其中：财政拨款 50.00；其他资金 30.00 | | | |",
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
        "| 产出指标 | 数量指标 | 新增长者食堂 | 4家 |",
    ]
    document = parse_document("\n".join(lines) + "\n", form="columns")
    (project,) = document.units[0].projects
    assert (project.department, project.implementer) == ("示例市某某区民政局", "示例市某某区养老服务中心")
    assert (project.attribute, project.period) == ("新增项目", "1年")
    assert (project.amounts.total, project.amounts.fiscal, project.amounts.other) == (
        Decimal("80.00"),
        Decimal("50.00"),
        Decimal("30.00"),
    )


def test_the_evaluation_framework_s_second_levels_under_process_and_decision() -> None:
    """One cell a line with empty cells dropped, a self-evaluation's 过程 with its 二级 资金管理 and 组织实施 (and
    决策's 项目立项): each a 二级, placed by what it names (资金管理 had been read as the start of the name)."""
    text = "\n".join(
        [
            "项目名称", "示例渡口改造",
            "一级指标", "二级指标", "三级指标", "指标值",
            "决策", "项目立项", "立项依据充分性", "充分",
            "过程", "资金管理", "资金拨付及时率", "100%",
            "组织实施", "项目管理制度执行", "有效",
        ]
    )  # fmt: skip
    document = parse_document(text + "\n", form="columns")
    assert rows(document) == [
        ("决策", "项目立项", "立项依据充分性", "充分"),
        ("过程", "资金管理", "资金拨付及时率", "100%"),
        ("过程", "组织实施", "项目管理制度执行", "有效"),
    ]


def _boxed(style: str) -> str:
    """DUMP_ROWS drawn as a console draws a result with box-drawing characters, cells padded to display width:
    sqlite3's ``.mode box`` (an outer box, a rule under the first row), psql's ``\\pset linestyle unicode`` (no
    outer border) or tabulate's ``fancy_grid`` (a rule between every two rows, double rules round the first)."""
    wide = [[sum(2 if ord(ch) > 0x2E80 else 1 for ch in cell) for cell in row] for row in DUMP_ROWS]
    widths = [max(w[k] for w in wide) for k in range(len(DUMP_ROWS[0]))]
    bars = ["─" * (w + 2) for w in widths]
    doubles = ["═" * (w + 2) for w in widths]
    lines = []
    for k, row in enumerate(DUMP_ROWS):
        cells = [" " + cell + " " * (widths[j] - wide[k][j]) + " " for j, cell in enumerate(row)]
        if style == "psql":
            lines.append("│".join(cells))
            if k == 0:
                lines.append("┼".join(bars))
            continue
        if style == "box":
            if k == 0:
                lines.append("┌" + "┬".join(bars) + "┐")
            lines.append("│" + "│".join(cells) + "│")
            if k == 0:
                lines.append("├" + "┼".join(bars) + "┤")
            continue
        if k == 0:
            lines.append("╒" + "╤".join(doubles) + "╕")
        elif k == 1:
            lines.append("╞" + "╪".join(doubles) + "╡")
        else:
            lines.append("├" + "┼".join(bars) + "┤")
        lines.append("│" + "│".join(cells) + "│")
    lines.append("└" + "┴".join(bars) + "┘" if style == "box" else "╘" + "╧".join(doubles) + "╛")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("style", ["box", "psql", "fancy_grid"])
def test_a_table_drawn_with_box_drawing_characters(style: str) -> None:
    """A console's result drawn with box-drawing characters (│ between cells, ├───┼───┤ for rules): its bars delimit
    as | does and its rules are no rows (nothing had been read: no project found)."""
    text = _boxed(style)
    document = parse_document(text, form="columns")
    assert rows(document) == DUMP_READ
    assert [p.name for p in document.units[0].projects] == ["示例社区长者食堂运营补助"]


HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>示例市某某区民政局2025年项目支出绩效目标表</title>
<style>td { border: 1px solid #000; }</style><script>var rows = "<td>不是表格</td>";</script></head>
<body>
<h2>示例市某某区民政局2025年项目支出绩效目标表</h2>
<p>单位：<b>万元</b></p>
<table class="MsoTableGrid">
  <tr><td>项目名称</td><td colspan="3">示例社区长者食堂运营补助</td></tr>
  <tr><td>主管部门</td><td>示例市某某区民政局</td><td>实施单位</td><td>示例市某某区养老服务中心</td></tr>
  <tr><td>年度目标</td><td colspan="3"><p>1.新增长者食堂4家；</p><p>2.全年助餐服务
      12000人次。</p></td></tr>
</table>
<table>
  <tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>
  <tr><td rowspan="3">产出指标</td><td rowspan="2">数量指标</td><td>新增长者食堂</td><td>4家</td></tr>
  <tr><td>助餐服务<br>人次</td><td>&ge;12000人次</td></tr>
  <tr><td>质量指标</td><td>食品安全抽检合格率</td><td>100%</td></tr>
  <tr><td>满意度指标</td><td>服务对象满意度指标</td><td>就餐老人满意度</td><td>&nbsp;≥90%</td></tr>
</table>
</body></html>
"""


def test_html_tables_of_a_saved_web_page() -> None:
    """A budget saved from a portal as a web page: <table> markup, a merged label one cell with rowspan (absent from
    the rows below it), a value across the sheet one cell with colspan, entities, <br> and <p> in a cell, the page's
    style and script no text of it (nothing had been read: no project found)."""
    document = parse_document(HTML_PAGE, form="columns")
    assert rows(document) == [
        ("产出指标", "数量指标", "新增长者食堂", "4家"),
        ("产出指标", "数量指标", "助餐服务人次", "≥12000人次"),
        ("产出指标", "质量指标", "食品安全抽检合格率", "100%"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%"),
    ]
    (project,) = document.units[0].projects
    assert (project.name, project.department, project.implementer) == (
        "示例社区长者食堂运营补助",
        "示例市某某区民政局",
        "示例市某某区养老服务中心",
    )
    assert (
        project.goal == "1.新增长者食堂4家；2.全年助餐服务12000人次。"
    )  # (the markup's line break in CJK text: nothing)
    # each indicator placed in the file where its name stands
    second = project.indicators[1]
    start, end = second.span
    assert HTML_PAGE[start:end].startswith("助餐服务<br>人次")


def test_html_files_are_read_and_found_in_folders(tmp_path: Path) -> None:
    """A saved page (.html, .htm) is read by read_document and found in a folder as the other files are."""
    from indicator_parser.reading import find_files

    page = tmp_path / "budget.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    (tmp_path / "copy.htm").write_text(HTML_PAGE, encoding="utf-8")
    assert len(rows(read_document(page))) == 4
    assert sorted(Path(p).name for p in find_files([str(tmp_path)])) == ["budget.html", "copy.htm"]


def _wiki_written(style: str) -> str:
    """DUMP_ROWS in a wiki's table markup that marks header cells: Creole (|=一级指标|), Trac (||= 一级指标 =||),
    txt2tags (a header row opened by a double bar), TWiki (*一级指标* in bold, ^ a cell merged with the one above) or Markdown with bold
    header cells (**一级指标**)."""
    lines = []
    for row in DUMP_ROWS:
        header = row[0] in ("项目名称", "一级指标")
        cells = list(row)
        if style == "creole":
            lines.append("".join(("|=" if header else "|") + c for c in cells) + "|")
        elif style == "txt2tags":
            lines.append(("|| " if header else "| ") + " | ".join(cells) + " |")
        elif style == "trac":
            lines.append("||" + "||".join(f"= {c} =" if header else f" {c} " for c in cells) + "||")
        elif style == "twiki":
            if row[2] == "助餐服务人次":
                cells[0] = cells[1] = "^"
            lines.append("| " + " | ".join(f"*{c}*" if header and c else c for c in cells) + " |")
        else:
            lines.append("| " + " | ".join(f"**{c}**" if header and c else c for c in cells) + " |")
            if header:
                lines.append("|" + "|".join(["---"] * len(cells)) + "|")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("style", ["creole", "trac", "txt2tags", "twiki", "markdown"])
def test_wiki_header_cells_marked_in_the_markup(style: str) -> None:
    """A header cell marked by the markup (Creole's =, txt2tags' double bar, emphasis) is its text without the mark,
    and TWiki's ^ a cell merged with the one above (the header had not been found, or read one column off)."""
    document = parse_document(_wiki_written(style), form="columns")
    assert rows(document) == DUMP_READ
    assert [p.name for p in document.units[0].projects] == ["示例社区长者食堂运营补助"]


def test_rows_numbered_by_a_database_export() -> None:
    """ClickHouse's TSVWithNamesAndTypes of a staging table whose first column numbers the rows: a line of the
    columns' names, one of their types, then every row led by its number, the grid header's too (nothing had been
    read: no project found)."""
    lines = ["rn\tc1\tc2\tc3\tc4", "UInt32\t" + "\t".join(["Nullable(String)"] * 4)]
    for k, row in enumerate(DUMP_ROWS, 1):
        lines.append("\t".join([str(k), *(cell or "\\N" for cell in row)]))
    document = parse_document("\n".join(lines) + "\n", form="columns")
    assert rows(document) == DUMP_READ
    assert [p.name for p in document.units[0].projects] == ["示例社区长者食堂运营补助"]
    assert not [d for d in document.all_diagnostics() if d.severity == "error"]


def test_a_sequence_column_is_not_taken_for_the_writer_s_row_numbers() -> None:
    """A grid whose first column is its 序号 (1, 2, 3 …) keeps it: only a grid header led by a number is."""
    lines = ["项目名称\t示例渡口改造\t\t\t", "序号\t一级指标\t二级指标\t三级指标\t指标值"]
    lines += ["1\t产出指标\t数量指标\t改造渡口\t2座", "2\t\t质量指标\t验收合格率\t100%"]
    document = parse_document("\n".join(lines) + "\n", form="columns")
    assert [(i.seq, i.name, i.annual_target.raw) for i in document.units[0].projects[0].indicators] == [
        (1, "改造渡口", "2座"),
        (2, "验收合格率", "100%"),
    ]


def test_header_block_keys_spread_to_their_cell_s_width() -> None:
    """An official form justifies its header-block keys over their cells (项   目   名  称): each is one key (the
    project had not been found: 项, 目, 名, 称 read as four cells). A placeholder row of single characters
    (无  无  无) stays cells of its own."""
    text = (
        "       项   目   名  称  示例渡口改造项目\n"
        "       主   管   部  门  示例市某某区交通运输局      实   施   单  位  示例市某某区航务所\n"
        "       项     目     期  2025年\n"
        "       支出功能分类科目  2140106 公路养护\n"
        "\n"
        "       一级指标      二级指标        三级指标                  指标值\n"
        "       产出指标      数量指标        改造渡口                  2座\n"
        "                     质量指标        无                        无\n"
    )
    document = parse_document(text, form="columns")
    (project,) = document.units[0].projects
    assert (project.name, project.department, project.implementer, project.period) == (
        "示例渡口改造项目",
        "示例市某某区交通运输局",
        "示例市某某区航务所",
        "2025年",
    )
    assert rows(document) == [("产出指标", "数量指标", "改造渡口", "2座")]


def test_keys_of_a_declaration_form_beside_the_project_are_keys() -> None:
    """支出功能分类科目, 项目实施地点, 立项依据, 预算单位编码: keys of no field of the model, kept as written (the
    line had been read as the wrapped end of the 项目期 above it: 2025年支出功能分类科目…)."""
    text = (
        "项目名称          示例渡口改造项目\n"
        "项目期            2025年\n"
        "支出功能分类科目  2140106 公路养护\n"
        "项目实施地点      示例市某某区东渡口\n"
        "立项依据          《示例市某某区渡口安全三年行动方案》\n"
        "预算单位编码      318006\n"
        "\n"
        "一级指标      二级指标        三级指标                  指标值\n"
        "产出指标      数量指标        改造渡口                  2座\n"
    )
    document = parse_document(text, form="columns")
    (project,) = document.units[0].projects
    assert project.period == "2025年"
    kept = kept_keys(document)
    assert kept == ["支出功能分类科目 2140106 公路养护", "项目实施地点 示例市某某区东渡口",
                    "立项依据 《示例市某某区渡口安全三年行动方案》", "预算单位编码 318006"]  # fmt: skip


@pytest.mark.parametrize("kind", [list, tuple])
def test_rows_printed_as_a_python_list(kind: type) -> None:
    """A script's ``print(title, rows)`` of a PDF library's extracted table: the title, then the rows as Python
    writes a list of lists (or of tuples), None for an empty cell, a string holding an apostrophe in double quotes
    (nothing had been read: the line was taken for a CSV)."""
    table = [kind(cell or None for cell in row) for row in DUMP_ROWS]
    table[2] = kind(["项目期", "1年（'十四五'收官）", None, None])
    line = "示例市某某区民政局2025年项目支出绩效目标表 " + repr(table)
    assert "\"1年（'十四五'收官）\"" in line and "None" in line
    document = parse_document(line + "\n", form="columns")
    assert rows(document) == DUMP_READ
    (project,) = document.units[0].projects
    assert (project.name, project.period) == ("示例社区长者食堂运营补助", "1年（'十四五'收官）")
    start, end = project.indicators[0].span
    assert line[start:end].startswith("产出指标', '数量指标', '新增长者食堂'")  # (the row's cells, placed)


def test_flattened_labels_on_lines_of_their_own_over_their_blocks() -> None:
    """A web page's mobile view copied: each 一级 and 二级 on a line of its own before its block's rows (the 一级
    short, 产出; one with its points that names a 二级 too, 成本指标(0~10)分, over its 二级), rows numbered as an
    outline (1.1.1). The labels had been laid as if centred in their blocks (rows under the next label), the
    short 一级 read as a row, and the outline's .1.1 left in the names."""
    text = "\n".join(
        [
            "项目名称示例渡口改造项目",
            "一级指标二级指标序号三级指标指标值分值",
            "产出",
            "数量指标",
            "1.1.1改造渡口2座10",
            "1.1.2新建候船亭3个10",
            "1.1.3更换救生设备40套10",
            "质量指标",
            "1.2.1验收合格率100%10",
            "成本指标(0~10)分",
            "经济成本指标",
            "2.1.1单座渡口改造成本≤60万元10",
            "满意度",
            "社会公众或服务对象满意度",
            "3.1.1渡运群众满意度≥90%10",
        ]
    )
    document = parse_document(text + "\n", form="columns")
    assert rows(document) == [
        ("产出", "数量指标", "改造渡口", "2座"),
        ("产出", "数量指标", "新建候船亭", "3个"),
        ("产出", "数量指标", "更换救生设备", "40套"),
        ("产出", "质量指标", "验收合格率", "100%"),
        ("成本指标", "经济成本指标", "单座渡口改造成本", "≤60万元"),  # (its points no part of its name)
        ("满意度", "社会公众或服务对象满意度", "渡运群众满意度", "≥90%"),
    ]


def test_an_outline_sequence_one_cell_a_line() -> None:
    """One cell a line with empty cells dropped, 序号 numbered as an outline (1.1.1, 1.2.1): each its own cell,
    kept as written (it had been joined to the name after it: 1.1.1改造渡口)."""
    text = "\n".join(
        ["项目名称", "示例渡口改造项目", "一级指标", "二级指标", "序号", "三级指标", "指标值",
         "产出指标", "数量指标", "1.1.1", "改造渡口", "2座", "1.1.2", "新建候船亭", "3个",
         "质量指标", "1.2.1", "验收合格率", "100%"]
    )  # fmt: skip
    document = parse_document(text + "\n", form="columns")
    assert rows(document) == [
        ("产出指标", "数量指标", "改造渡口", "2座"),
        ("产出指标", "数量指标", "新建候船亭", "3个"),
        ("产出指标", "质量指标", "验收合格率", "100%"),
    ]
    first = document.units[0].projects[0].indicators[0]
    assert (first.seq, first.extra) == (None, {"序号": "1.1.1"})


def test_a_long_key_wrapped_round_its_value_in_a_narrow_key_column() -> None:
    """pdftotext of a narrow key column: 支出功能分类科 / (the value, centred) / 目 is one key (the key's first line
    had been read as the wrapped end of the 项目期 value above it). 是否政府采购 a key of no field."""
    text = (
        "   项目名称          示例渡口改造项目\n"
        "   项目属性          延续项目          项目期          1年\n"
        "支出功能分类科\n"
        "           2140106 公路养护\n"
        "   目\n"
        "   是否政府采购       是\n"
        "\n"
        "一级指标      二级指标        三级指标                  指标值\n"
        "产出指标      数量指标        改造渡口                  2座\n"
    )
    document = parse_document(text, form="columns")
    (project,) = document.units[0].projects
    assert project.period == "1年"
    kept = kept_keys(document)
    assert kept == ["支出功能分类科目 2140106 公路养护", "是否政府采购 是"]


def test_a_cell_s_wrapped_end_in_biao_alone_on_its_line_is_no_table_title() -> None:
    """pdftotext of a narrow 计量方法 column: 统计报 / 表, the 表 alone on a line. Read as the title of another
    table (a chunk ending in 表), it ended the grid and skipped the rows after it."""
    text = (
        "项目名称  示例渡口码头维护\n"
        "一级指标   二级指标      三级指标           指标值        计量方法\n"
        "产出指标   数量指标      维护码头           3座           现场核验\n"
        "效益指标   经济效益指标  年渡运量           较上年增长5%  渡运统计报\n"
        "                                                          表\n"
        "           社会效益指标  渡运安全事故       零事故        海事通报\n"
    )
    document = parse_document(text)
    assert rows(document) == [
        ("产出指标", "数量指标", "维护码头", "3座"),
        ("效益指标", "经济效益指标", "年渡运量", "较上年增长5%"),
        ("效益指标", "社会效益指标", "渡运安全事故", "零事故"),
    ]
    assert not [d for d in document.diagnostics if "skipped" in d.message]


def test_a_restructuredtext_simple_table_s_rules_are_no_cells() -> None:
    """reStructuredText's simple tables (======  ======): the rule under a header-block value had been read as the
    value's wrapped line (示例…项目========)."""
    text = (
        "========  ======================\n"
        "项目名称  示例市某某区渡口维护项目\n"
        "========  ======================\n"
        "主管部门  示例市某某区交通运输局\n"
        "========  ======================\n"
        "\n"
        "==========  ============  ============  =========\n"
        "一级指标    二级指标      三级指标      指标值\n"
        "==========  ============  ============  =========\n"
        "产出指标    数量指标      维护渡口      3座\n"
        "效益指标    社会效益指标  渡运安全事故  零事故\n"
        "==========  ============  ============  =========\n"
    )
    document = parse_document(text)
    assert [p.name for u in document.units for p in u.projects] == ["示例市某某区渡口维护项目"]
    assert [p.department for u in document.units for p in u.projects] == ["示例市某某区交通运输局"]
    assert rows(document) == [
        ("产出指标", "数量指标", "维护渡口", "3座"),
        ("效益指标", "社会效益指标", "渡运安全事故", "零事故"),
    ]


@pytest.mark.parametrize(
    "grid",
    [
        # pandas' DataFrame.to_string as it prints by default (widths by characters) ...
        "    一级指标       二级指标     三级指标      指标值\n"
        "0   产出指标       数量指标   巡查海堤长度    ≥12公里\n"
        "1    NaN        NaN     巡查次数  每月不少于4次\n"
        "2    NaN       质量指标    隐患处置率     100%\n"
        "3   效益指标     社会效益指标   海堤安全事故      零事故\n",
        # ... and with display.unicode.east_asian_width (widths by display columns)
        "     一级指标        二级指标      三级指标         指标值\n"
        "0    产出指标        数量指标  巡查海堤长度        ≥12公里\n"
        "1         NaN             NaN      巡查次数  每月不少于4次\n"
        "2         NaN        质量指标    隐患处置率           100%\n"
        "3    效益指标    社会效益指标  海堤安全事故         零事故\n",
        # R's print of a data.frame: rows numbered from 1, columns one space apart, <NA>
        "  一级指标     二级指标     三级指标        指标值\n"
        "1 产出指标     数量指标 巡查海堤长度       ≥12公里\n"
        "2     <NA>         <NA>     巡查次数 每月不少于4次\n"
        "3     <NA>     质量指标   隐患处置率          100%\n"
        "4 效益指标 社会效益指标 海堤安全事故        零事故\n",
    ],
)
def test_a_data_frame_printed_with_its_index_and_nan(grid: str) -> None:
    """pandas' to_string of a grid: each row led by its index (0, 1 …) in a column with no name, and NaN for an
    empty cell (a merged label's). The index had been read into the 一级 cell (0    产出指标), NaN as a label."""
    text = "项目名称  示例市某某区海堤巡查项目\n主管部门  示例市某某区水务局\n\n" + grid
    assert rows(parse_document(text)) == [
        ("产出指标", "数量指标", "巡查海堤长度", "≥12公里"),
        ("产出指标", "数量指标", "巡查次数", "每月不少于4次"),
        ("产出指标", "质量指标", "隐患处置率", "100%"),
        ("效益指标", "社会效益指标", "海堤安全事故", "零事故"),
    ]


def _records(rows: list[list[str | None]], psql: bool) -> str:
    """Rows of a staging table (columns c1 …) as a database client prints its records one field a line."""
    out = []
    for n, row in enumerate(rows, 1):
        out.append(f"-[ RECORD {n} ]-+------" if psql else "*" * 27 + f" {n}. row " + "*" * 27)
        for k, cell in enumerate(row, 1):
            out.append(f"c{k} | {cell or ''}" if psql else f"c{k}: {'NULL' if cell is None else cell}")
    return "\n".join(out) + ("\n" if psql else f"\n{len(rows)} rows in set (0.01 sec)\n")


@pytest.mark.parametrize("psql", [False, True])
def test_records_printed_one_field_a_line(psql: bool) -> None:
    """MySQL's \\G (*** 1. row ***, c1: …) and psql's expanded display (-[ RECORD 1 ]-, c1 | …) of a staging
    table: each record a row of its fields' values; a value over two lines (a goal) continued. Read before as
    lines of one cell each, no project found."""
    rows_ = [
        ["项目名称", "示例市某某区海堤巡查项目", None, None],
        ["年度目标", "完成海堤巡查全覆盖，\n隐患及时处置。", None, None],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "巡查海堤长度", "≥12公里"],
        [None, "质量指标", "隐患处置率", "100%"],
        ["效益指标", "社会效益指标", "海堤安全事故", "零事故"],
    ]
    document = parse_document(_records(rows_, psql))
    (project,) = [p for u in document.units for p in u.projects]
    assert project.name == "示例市某某区海堤巡查项目"
    assert project.goal == "完成海堤巡查全覆盖，隐患及时处置。"
    assert rows(document) == [
        ("产出指标", "数量指标", "巡查海堤长度", "≥12公里"),
        ("产出指标", "质量指标", "隐患处置率", "100%"),
        ("效益指标", "社会效益指标", "海堤安全事故", "零事故"),
    ]


def test_records_named_by_the_grid_s_columns_give_its_header() -> None:
    """MySQL's \\G of the grid itself (一级指标: 产出指标 …): the first record's names are the header row."""
    text = (
        "项目名称：示例市某某区海堤巡查项目\n"
        "*************************** 1. row ***************************\n"
        "一级指标: 产出指标\n二级指标: 数量指标\n三级指标: 巡查海堤长度\n  指标值: ≥12公里\n"
        "*************************** 2. row ***************************\n"
        "一级指标: \n二级指标: 质量指标\n三级指标: 隐患处置率\n  指标值: 100%\n"
        "2 rows in set (0.00 sec)\n"
    )
    assert rows(parse_document(text)) == [
        ("产出指标", "数量指标", "巡查海堤长度", "≥12公里"),
        ("产出指标", "质量指标", "隐患处置率", "100%"),
    ]


def test_a_forum_s_bbcode_tables() -> None:
    """BBCode's [table][tr][td]… (a forum post), a 一级 spanning two rows ([td rowspan=2]): read as HTML's tables
    are. Read before as text of no table, no project found."""
    text = (
        "[b]示例市某某区2025年项目支出绩效目标表[/b]\n"
        "[table]\n[tr][td]项目名称[/td][td]示例市某某区海堤巡查项目[/td][/tr]\n[/table]\n"
        "[table]\n[tr][th]一级指标[/th][th]二级指标[/th][th]三级指标[/th][th]指标值[/th][/tr]\n"
        "[tr][td rowspan=2]产出指标[/td][td]数量指标[/td][td]巡查海堤长度[/td][td]≥12公里[/td][/tr]\n"
        "[tr][td]质量指标[/td][td]隐患处置率[/td][td]100%[/td][/tr]\n"
        "[tr][td]效益指标[/td][td]社会效益指标[/td][td]海堤安全事故[/td][td]零事故[/td][/tr]\n[/table]\n"
    )
    document = parse_document(text)
    assert [p.name for u in document.units for p in u.projects] == ["示例市某某区海堤巡查项目"]
    assert rows(document) == [
        ("产出指标", "数量指标", "巡查海堤长度", "≥12公里"),
        ("产出指标", "质量指标", "隐患处置率", "100%"),
        ("效益指标", "社会效益指标", "海堤安全事故", "零事故"),
    ]
    first = document.units[0].projects[0].indicators[0]
    assert first.span[0] <= text.index("巡查海堤长度") < first.span[1]  # (placed in the file, tags and all)


def test_a_latex_table() -> None:
    """A report typeset in LaTeX: a longtable whose cells stand between &, rows ended by \\\\, \\multirow labels
    (empty cells below), a \\multicolumn value, \\textbf header names, \\% escaped, rules of commands. Read before as
    lines of one cell (a project named & 示例…)."""
    text = (
        "\\section*{示例市某某区2025年项目支出绩效目标表}\n"
        "\\begin{longtable}{|p{3cm}|p{3cm}|p{4cm}|p{3cm}|}\n\\hline\n"
        "项目名称 & \\multicolumn{3}{l|}{示例市某某区海堤巡查项目} \\\\ \\hline\n"
        "主管部门 & 示例市某某区水务局 & 实施单位 & 示例市某某区堤防管理所 \\\\ \\hline\n"
        "\\textbf{一级指标} & \\textbf{二级指标} & \\textbf{三级指标} & \\textbf{指标值} \\\\ \\hline\n"
        "\\multirow{2}{*}{产出指标} & 数量指标 & 巡查海堤长度 & ≥12公里 \\\\ \\cline{2-4}\n"
        " & 质量指标 & 隐患处置率 & 100\\% \\\\ \\hline\n"
        "效益指标 & 社会效益指标 & 海堤安全事故 & 零事故 \\\\ \\hline\n"
        "\\end{longtable}\n"
    )
    document = parse_document(text)
    (project,) = [p for u in document.units for p in u.projects]
    assert (project.name, project.department, project.implementer) == (
        "示例市某某区海堤巡查项目",
        "示例市某某区水务局",
        "示例市某某区堤防管理所",
    )
    assert rows(document) == [
        ("产出指标", "数量指标", "巡查海堤长度", "≥12公里"),
        ("产出指标", "质量指标", "隐患处置率", "100%"),
        ("效益指标", "社会效益指标", "海堤安全事故", "零事故"),
    ]
    assert not list(document.all_diagnostics())


def test_a_restructuredtext_list_table() -> None:
    """reStructuredText's list-table directive: `* -` opens a row, `-` items its next cells, an empty item an
    empty cell (a merged label's), a cell's further line indented past its dash. Read before as lines of one cell,
    no project found."""
    text = (
        "示例市某某区2025年项目支出绩效目标表\n"
        "==================================\n\n"
        ".. list-table::\n   :widths: 10 30\n\n"
        "   * - 项目名称\n     - 示例市某某区海堤巡查项目\n"
        "   * - 年度目标\n     - 完成海堤巡查全覆盖，\n       隐患及时处置。\n\n"
        ".. list-table::\n   :header-rows: 1\n\n"
        "   * - 一级指标\n     - 二级指标\n     - 三级指标\n     - 指标值\n"
        "   * - 产出指标\n     - 数量指标\n     - 巡查海堤长度\n     - ≥12公里\n"
        "   * -\n     - 质量指标\n     - 隐患处置率\n     - 100%\n"
        "   * - 效益指标\n     - 社会效益指标\n     - 海堤安全事故\n     - 零事故\n"
    )
    document = parse_document(text)
    (project,) = [p for u in document.units for p in u.projects]
    assert (project.name, project.goal) == ("示例市某某区海堤巡查项目", "完成海堤巡查全覆盖，隐患及时处置。")
    assert rows(document) == [
        ("产出指标", "数量指标", "巡查海堤长度", "≥12公里"),
        ("产出指标", "质量指标", "隐患处置率", "100%"),
        ("效益指标", "社会效益指标", "海堤安全事故", "零事故"),
    ]


def test_asciidoc_tables_one_cell_a_line_with_spans() -> None:
    """AsciiDoc's tables written one cell a line, rows apart by an empty line, a 一级 spanning three rows (.3+|)
    and a 二级 two (.2+|), as many columns as cols="…" names. Read before as rows of one cell each."""
    text = (
        ".示例市某某区2025年项目支出绩效目标表\n"
        '[cols="1,3"]\n|===\n|项目名称\n|示例市某某区海堤巡查项目\n\n|主管部门\n|示例市某某区水务局\n|===\n\n'
        '[cols="1,1,2,1",options="header"]\n|===\n|一级指标 |二级指标 |三级指标 |指标值\n\n'
        ".3+|产出指标\n.2+|数量指标\n|巡查海堤长度\n|≥12公里\n\n|巡查次数\n|每月不少于4次\n\n"
        "|质量指标\n|隐患处置率\n|100%\n\n"
        "|效益指标\n|社会效益指标\n|海堤安全事故\n|零事故\n|===\n"
    )
    document = parse_document(text)
    (project,) = [p for u in document.units for p in u.projects]
    assert (project.name, project.department) == ("示例市某某区海堤巡查项目", "示例市某某区水务局")
    assert rows(document) == [
        ("产出指标", "数量指标", "巡查海堤长度", "≥12公里"),
        ("产出指标", "数量指标", "巡查次数", "每月不少于4次"),
        ("产出指标", "质量指标", "隐患处置率", "100%"),
        ("效益指标", "社会效益指标", "海堤安全事故", "零事故"),
    ]


def test_a_javascript_array_of_rows_with_holes() -> None:
    """A page script's `tables.push([…]);` line: a JavaScript array of rows, single-quoted strings, a merged
    cell an array hole ([,'质量指标', …], a trailing hole written with its extra comma), null an empty cell. Read
    before as flattened text (its literal is no Python's), no project found."""
    text = (
        "tables.push([['示例市某某区2025年项目支出绩效目标表'],['项目名称','示例市某某区海堤巡查项目'],"
        "['一级指标','二级指标','三级指标','指标值','备注'],"
        "['产出指标','数量指标','巡查海堤长度','≥12公里',null],"
        "[,'质量指标','隐患处置率','100%',,],"
        "['效益指标','社会效益指标','海堤安全事故','零事故','']]);\n"
        "tables.push([['项目名称','示例市某某区渡口维护项目'],['一级指标','二级指标','三级指标','指标值','备注'],"
        "['产出指标','数量指标','维护渡口','3座',null]]);\n"
    )
    document = parse_document(text)
    # (the call before each array, tables.push(, is code: furniture, no row of the project above it)
    assert [len(p.indicators) for u in document.units for p in u.projects] == [3, 1]
    assert [p.name for u in document.units for p in u.projects] == [
        "示例市某某区海堤巡查项目",
        "示例市某某区渡口维护项目",
    ]
    document = parse_document(text.split("\n")[0])
    assert rows(document) == [
        ("产出指标", "数量指标", "巡查海堤长度", "≥12公里"),
        ("产出指标", "质量指标", "隐患处置率", "100%"),
        ("效益指标", "社会效益指标", "海堤安全事故", "零事故"),
    ]


def test_timeliness_spelt_with_xing_and_not_applicable_as_a_placeholder() -> None:
    """时效性指标 is the 二级 时效指标 (code 13), not an unknown category; a row of 不适用 or N/A (not applicable)
    under a 二级 is a placeholder, no indicator named so."""
    text = (
        "项目名称|示例市某某区海堤巡查项目\n"
        "一级指标|二级指标|三级指标|指标值\n"
        "产出指标|时效性指标|巡查完成时间|2025年12月底前\n"
        "成本指标|社会成本指标|不适用|不适用\n"
        "效益指标|经济效益指标|N/A|N/A\n"
    )
    document = parse_document(text)
    (indicator,) = document.units[0].projects[0].indicators
    assert (indicator.level2.name, indicator.level2.code) == ("时效性指标", "13")
    assert not [d for d in document.all_diagnostics() if "unknown" in d.message]
    assert any("placeholder row: 社会成本指标" in d.message for d in document.all_diagnostics())
    assert any("placeholder row: 经济效益指标" in d.message for d in document.all_diagnostics())


def test_a_hive_text_file_separated_by_ctrl_a() -> None:
    """A Hive table's data file (hdfs dfs -getmerge): fields separated by ^A (\\x01), Hive's default, NULL written
    \\N. Read before as text of no delimiter."""
    rows_ = [
        ["项目名称", "示例市某某区海堤巡查项目", "\\N", "\\N"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "巡查海堤长度", "≥12公里"],
        ["\\N", "质量指标", "隐患处置率", "100%"],
    ]
    text = "".join("\x01".join(row) + "\n" for row in rows_)
    assert detect_shape(text) == "tab"
    assert rows(parse_document(text)) == [
        ("产出指标", "数量指标", "巡查海堤长度", "≥12公里"),
        ("产出指标", "质量指标", "隐患处置率", "100%"),
    ]


def test_header_names_typed_over_two_lines_one_a_key_s_word() -> None:
    """A word processor's text export, one cell a line, the header names typed with a soft break (一级 / 指标,
    权重 / （%）, 绩效目标 / 设定依据): the last name's first piece is a header-block key (绩效目标), which had ended
    the header there and the project read with no indicator."""
    text = (
        "项目名称\n示例市某某区海堤巡查项目\n\n"
        "一级\n指标\n二级\n指标\n三级\n指标\n年度\n指标值\n权重\n（%）\n绩效目标\n设定依据\n"
        "产出指标\n数量指标\n巡查海堤长度\n≥12公里\n10\n巡查方案\n"
        "\n质量指标\n隐患处置率\n100%\n10\n管理办法\n"
    )
    document = parse_document(text)
    assert rows(document) == [
        ("产出指标", "数量指标", "巡查海堤长度", "≥12公里"),
        ("产出指标", "质量指标", "隐患处置率", "100%"),
    ]
    assert [i.extra for i in document.units[0].projects[0].indicators] == [
        {"绩效目标设定依据": "巡查方案"},
        {"绩效目标设定依据": "管理办法"},
    ]


def test_a_running_head_of_two_parts_over_pages_with_no_form_feed() -> None:
    """A print whose pages each open with the department and 部门预算公开 on one line and end with 第n页, no form
    feed between them: the head is page furniture. It had been read as a row, the department the 一级 of the
    rows after it."""
    head = "示例市某某区水务局                                              部门预算公开\n"
    text = (
        head + "\n"
        "项目名称        示例市某某区海堤巡查项目\n\n"
        "一级指标      二级指标          三级指标              指标值\n"
        "产出指标      数量指标          巡查海堤长度          ≥12公里\n"
        "              质量指标          隐患处置率            100%\n"
        "\n                                   第1页\n" + head + "\n"
        "              时效指标          隐患处置时限          24小时内\n"
        "效益指标      社会效益指标      海堤安全事故          零事故\n"
        "\n                                   第2页\n"
    )
    document = parse_document(text)
    assert rows(document) == [
        ("产出指标", "数量指标", "巡查海堤长度", "≥12公里"),
        ("产出指标", "质量指标", "隐患处置率", "100%"),
        ("产出指标", "时效指标", "隐患处置时限", "24小时内"),
        ("效益指标", "社会效益指标", "海堤安全事故", "零事故"),
    ]


@pytest.mark.parametrize(
    "marks",
    [
        *(
            ["①", "②", "③"],
            ["⑴", "⑵", "⑶"],
            ["第1项", "第2项", "第3项"],
            ["A01", "A02", "A03"],
            ["No.1", "No.2", "No.3"],
        ),
        ["第一", "第二", "第三"],
        ["C1", "C2", "C3"],
        ["A.01", "A.02", "A.03"],
    ],
)
def test_sequence_numbers_circled_or_written_as_items(marks: list[str]) -> None:
    """序号 written ① ② ③, ⑴ ⑵ ⑶, 第1项 第2项, A01 A02, No.1 No.2 or 第一 第二 (an ordinal): a 序号 (delimited, one cell
    a line, flattened); they had been read as the start of the name, or the row as no indicator (第一: one cell a line
    read the rows shifted, 第一 a name)."""
    grid = [
        [marks[0], "产出指标", "数量指标", "巡查海堤长度", "≥12公里"],
        [marks[1], "", "质量指标", "隐患处置率", "100%"],
        [marks[2], "效益指标", "社会效益指标", "海堤安全事故", "零事故"],
    ]
    want = [
        ("产出指标", "数量指标", "巡查海堤长度", "≥12公里"),
        ("产出指标", "质量指标", "隐患处置率", "100%"),
        ("效益指标", "社会效益指标", "海堤安全事故", "零事故"),
    ]
    header = ["序号", "一级指标", "二级指标", "三级指标", "指标值"]
    piped = "项目名称|示例市某某区海堤巡查项目\n" + "".join("|".join(r) + "\n" for r in [header, *grid])
    flat = "项目名称示例市某某区海堤巡查项目\n" + "".join("".join(r) + "\n" for r in [header, *grid])
    lines = "项目名称\n示例市某某区海堤巡查项目\n" + "".join(c + "\n" for r in [header, *grid] for c in r)
    for text in (piped, flat, lines):
        document = parse_document(text)
        assert rows(document) == want, text
        assert [i.seq for i in document.units[0].projects[0].indicators] == [1, 2, 3]


def test_money_lines_of_a_print_with_qizhong_keys_in_their_own_cells() -> None:
    """A print's money lines, 年度资金总额 on the 项目资金（万元） line and 其中：财政拨款 under it: 其中：财政拨款 is a key
    (the colon after 其中 its own), not the wrapped end of the amount above (64.80其中：财政拨款64.80, no number)."""
    text = (
        "      项目名称            示例市某某区海堤巡查项目\n"
        "      项目资金（万元）    年度资金总额                                       64.80\n"
        "                          其中：财政拨款                                     60.00\n"
        "                          其他资金                                           4.80\n"
        "      年度目标            1.巡查。\n\n"
        "      一级指标      二级指标          三级指标              指标值\n"
        "      产出指标      数量指标          巡查海堤长度          ≥12公里\n"
    )
    project = parse_document(text).units[0].projects[0]
    assert (project.amounts.total, project.amounts.fiscal, project.amounts.other) == (
        Decimal("64.80"),
        Decimal("60.00"),
        Decimal("4.80"),
    )
    assert not project.diagnostics


def test_keys_of_a_declaration_form_s_office_and_classification() -> None:
    """Header-block keys of no field (项目主管科室, 预算科目, 所属行业) are keys: kept as such, not glued to the value
    before them in a pair row (2025-2026年项目主管科室非遗保护科)."""
    text = (
        "项目名称|示例市某某区海堤巡查项目||\n"
        "项目期|2025-2026年|项目主管科室|堤防管理科\n"
        "预算科目|2130301 行政运行|所属行业|水利\n"
        "一级指标|二级指标|三级指标|指标值\n"
        "产出指标|数量指标|巡查海堤长度|≥12公里\n"
    )
    document = parse_document(text)
    assert document.units[0].projects[0].period == "2025-2026年"
    assert kept_keys(document) == ["项目主管科室 堤防管理科", "预算科目 2130301 行政运行", "所属行业 水利"]


def test_a_table_with_no_outer_bars_whose_rows_start_or_end_with_an_empty_cell() -> None:
    """Stata's export delimited with |: no outer bars, but rows whose first cells are empty (merged labels) start
    with a bar and header-block rows with empty last cells end with one, most of each. Their first cell had been
    taken for an outer bar, the row shifted left (苗网下海时段每年9-10月 read as one name)."""
    text = (
        "A|B|C|D|E|F|G\n"
        "项目名称|示例市某某区海堤巡查项目|||||\n"
        "主管部门|示例市某某区水务局|||||\n"
        "项目期|2025-2026年|||||\n"
        "一级指标|二级指标|三级指标|实施期指标值|年度指标值|权重|依据\n"
        "产出指标|时效指标|巡查完成时间|每年12月前|2025年12月前|6|\n"
        "||巡查时段|每年6-9月|2025年6月-9月|6|汛期\n"
        "||复查时段|每年10月|2025年10月|4|汛后\n"
        "|质量指标|隐患处置率|100%|100%|6|\n"
        "||隐患销号率|≥95%|≥95%|6|台账\n"
        "||整改合格率|100%|100%|6|\n"
        "||复查合格率|100%|100%|6|\n"
        "||回访率|≥90%|≥90%|6|台账\n"
    )
    assert rows(parse_document(text)) == [
        ("产出指标", "时效指标", "巡查完成时间", "2025年12月前"),
        ("产出指标", "时效指标", "巡查时段", "2025年6月-9月"),
        ("产出指标", "时效指标", "复查时段", "2025年10月"),
        ("产出指标", "质量指标", "隐患处置率", "100%"),
        ("产出指标", "质量指标", "隐患销号率", "≥95%"),
        ("产出指标", "质量指标", "整改合格率", "100%"),
        ("产出指标", "质量指标", "复查合格率", "100%"),
        ("产出指标", "质量指标", "回访率", "≥90%"),
    ]


ROW_A_LINE = [
    ["示例市某某区2025年项目支出绩效目标表"],
    ["项目名称", "示例市某某区街巷保洁项目"],
    ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
    ["产出指标", "数量指标", "保洁街巷条数", "≥40条", ""],
    ["", "质量指标", "保洁达标率", "95%", ""],
    ["效益指标", "满意度指标", "居民满意度", "≥90%", "问卷"],
]
ROW_A_LINE_READ = [
    ("产出指标", "数量指标", "保洁街巷条数", "≥40条"),
    ("产出指标", "质量指标", "保洁达标率", "95%"),
    ("效益指标", "满意度指标", "居民满意度", "≥90%"),
]


def _sql(cell: str) -> str:
    return "'" + cell.replace("'", "''") + "'" if cell else "NULL"


@pytest.mark.parametrize(
    "line",
    [
        lambda row: json.dumps(row, ensure_ascii=False),  # JSON Lines of arrays
        lambda row: "- " + json.dumps(row, ensure_ascii=False),  # YAML's flow sequences
        lambda row: repr(tuple(cell or None for cell in row)),  # a script's print of each row, as a tuple
        lambda row: "c(" + ", ".join(json.dumps(c, ensure_ascii=False) if c else "NA" for c in row) + ")",  # R
        lambda row: (
            'INSERT INTO "绩效目标" VALUES(' + ",".join(_sql(cell) for cell in row) + ");"
        ),  # sqlite .mode insert
    ],
    ids=["jsonl", "yaml_flow", "tuples", "r_vectors", "sql_insert"],
)
def test_a_row_a_line_written_as_a_literal(line) -> None:
    """A program's output of a table a row a line, each row a literal of its cells (strings quoted, an empty
    cell a null or an empty string): read as delimited rows. Before, read as flattened text (SQL's INSERT
    statements as CSV, by their commas), no indicator right."""
    text = "\n".join(line(row) for row in ROW_A_LINE) + "\n"
    document = parse_document(text)
    assert document.form == "columns"
    assert [p.name for u in document.units for p in u.projects] == ["示例市某某区街巷保洁项目"]
    assert rows(document) == ROW_A_LINE_READ
    assert document.units[0].projects[0].indicators[2].extra == {"备注": "问卷"}


def test_an_extended_insert_of_mysqldump() -> None:
    """mysqldump's one INSERT for a whole table, its rows one after another (VALUES (1,'…'),(2,'…');), an id
    first (dropped as a row number), a quote escaped with a backslash: the rows of a table."""
    cells = [["'" + c.replace("'", "\\'") + "'" for c in row] + ["''"] * (5 - len(row)) for row in ROW_A_LINE]
    cells[3][2] = "'保洁街巷条数\\'东区\\''"
    text = "INSERT INTO `t` VALUES " + ",".join(f"({n},{','.join(row)})" for n, row in enumerate(cells, 1)) + ";\n"
    assert rows(parse_document(text)) == [
        ("产出指标", "数量指标", "保洁街巷条数'东区'", "≥40条"),
        *ROW_A_LINE_READ[1:],
    ]


def test_a_sql_string_with_a_doubled_quote_is_one_quote() -> None:
    """SQL writes a quote in a string twice ('…''…'): one quote in the cell."""
    text = "\n".join(
        'INSERT INTO "t" VALUES(' + ",".join(_sql(cell) for cell in row) + ");"
        for row in [*ROW_A_LINE[:3], ["产出指标", "数量指标", "'三小'场所检查", "≥40家", ""]]
    )
    assert rows(parse_document(text)) == [("产出指标", "数量指标", "'三小'场所检查", "≥40家")]


def test_an_xml_spreadsheet_2003() -> None:
    """Excel's XML Spreadsheet 2003 (what many systems export as .xls): <Row> a row, <Cell> a cell, a merged
    一级 with ss:MergeDown and the cells under it absent (the next cell placed by ss:Index), a key's value merged
    across; the document's properties (its author) and styles no text of the table."""
    text = """<?xml version="1.0"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Author>示例科</Author></DocumentProperties>
 <Styles><Style ss:ID="s1"><NumberFormat ss:Format="0.00"/></Style></Styles>
 <Worksheet ss:Name="绩效目标">
  <Table>
   <Row><Cell><Data ss:Type="String">项目名称</Data></Cell>
    <Cell ss:MergeAcross="2"><Data ss:Type="String">示例市某某区渡口维护项目</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">一级指标</Data></Cell><Cell><Data ss:Type="String">二级指标</Data></Cell>
    <Cell><Data ss:Type="String">三级指标</Data></Cell><Cell><Data ss:Type="String">指标值</Data></Cell></Row>
   <Row><Cell ss:MergeDown="1"><Data ss:Type="String">产出指标</Data></Cell>
    <Cell><Data ss:Type="String">数量指标</Data></Cell><Cell><Data ss:Type="String">维护渡船数</Data></Cell>
    <Cell><Data ss:Type="String">4艘</Data></Cell></Row>
   <Row><Cell ss:Index="2"><Data ss:Type="String">质量指标</Data></Cell>
    <Cell><Data ss:Type="String">渡船检验合格率</Data></Cell><Cell><Data ss:Type="String">100%</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">效益指标</Data></Cell><Cell><Data ss:Type="String">满意度指标</Data></Cell>
    <Cell><Data ss:Type="String">乘客满意度</Data></Cell><Cell ss:StyleID="s1"><Data ss:Type="Number">90</Data></Cell></Row>
  </Table>
 </Worksheet>
</Workbook>
"""
    document = parse_document(text)
    assert [p.name for u in document.units for p in u.projects] == ["示例市某某区渡口维护项目"]
    assert rows(document) == [
        ("产出指标", "数量指标", "维护渡船数", "4艘"),
        ("产出指标", "质量指标", "渡船检验合格率", "100%"),
        ("效益指标", "满意度指标", "乘客满意度", "90"),
    ]
    assert "示例科" not in str([d.message for d in document.all_diagnostics()])


def test_yaml_lists_of_rows_block_and_flow() -> None:
    """A table as yaml.dump writes a list of rows: block sequences (`- - 一级指标` opens a row, `  - …` a cell),
    '' and null empty cells, a number-like string quoted, a scalar with a space folded onto the next line; and
    as older PyYAML writes it, a flow sequence a row, a long one wrapped after a comma. Before: no project."""
    block = (
        "- - 示例市某某区2025年项目支出绩效目标表\n"
        "- - 项目名称\n  - 示例市某某区街巷保洁项目\n"
        "- - 年度资金总额\n  - '64.80'\n"
        "- - 一级指标\n  - 二级指标\n  - 三级指标\n  - 指标值\n  - 备注\n"
        "- - 产出指标\n  - 数量指标\n  - 保洁街巷条数\n  - ≥40条\n  - ''\n"
        "- - null\n  - 质量指标\n  - 保洁作业符合 GB 1234-2020\n    规范比例\n  - 95%\n  - ''\n"
        "- - 效益指标\n  - 满意度指标\n  - 居民满意度\n  - ≥90%\n  - 问卷\n"
    )
    flow = (
        "- [示例市某某区2025年项目支出绩效目标表]\n"
        "- [项目名称, 示例市某某区街巷保洁项目]\n"
        "- [年度资金总额, '64.80']\n"
        "- [一级指标, 二级指标, 三级指标, 指标值, 备注]\n"
        "- [产出指标, 数量指标, 保洁街巷条数, ≥40条, '']\n"
        "- ['', 质量指标, 保洁作业符合 GB 1234-2020 规范比例,\n  95%, '']\n"
        "- [效益指标, 满意度指标, 居民满意度, ≥90%, 问卷]\n"
    )
    for text in (block, flow):
        document = parse_document(text)
        (project,) = document.units[0].projects
        assert project.name == "示例市某某区街巷保洁项目"
        assert str(project.amounts.total) == "64.80"
        assert rows(document) == [
            ("产出指标", "数量指标", "保洁街巷条数", "≥40条"),
            ("产出指标", "质量指标", "保洁作业符合 GB 1234-2020 规范比例", "95%"),
            ("效益指标", "满意度指标", "居民满意度", "≥90%"),
        ]
        assert project.indicators[2].extra == {"备注": "问卷"}


@pytest.mark.parametrize("delimiter", ["¦", "~", "\x1f", "‖"])
def test_fields_parted_by_an_odd_delimiter(delimiter: str) -> None:
    """An export whose fields are parted by a character other than a tab, a comma or a bar (a broken bar, a tilde,
    the ASCII unit separator, a double bar), known by the grid header it parts into header names: read as tabs
    are; a ~ inside a value (a range) is no delimiter where the header is parted by another. Before: flattened."""
    text = "\n".join(delimiter.join(row) for row in ROW_A_LINE) + "\n"
    assert rows(parse_document(text)) == ROW_A_LINE_READ
    if delimiter != "~":
        ranged = text.replace("≥40条", "38~42条")
        assert rows(parse_document(ranged))[0] == ("产出指标", "数量指标", "保洁街巷条数", "38~42条")


def test_mysql_xml_output() -> None:
    """MySQL's --xml output: <row> a row, <field> a cell, xsi:nil an empty one; fields named by the grid's header
    names (一级指标 …) give the header row, once for the rows named alike. Before: no project."""

    def field(name: str, value: str) -> str:
        if not value:
            return f'\t<field name="{name}" xsi:nil="true" />'
        return f'\t<field name="{name}">{value}</field>'

    names = ["一级指标", "二级指标", "三级指标", "指标值", "备注"]
    text = "\n".join(
        [
            '<?xml version="1.0"?>',
            '<resultset statement="SELECT * FROM 项目" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
            "  <row>",
            field("c1", "项目名称"),
            field("c2", "示例市某某区街巷保洁项目"),
            "  </row>",
            "</resultset>",
            '<resultset statement="SELECT * FROM 指标" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
            *(
                line
                for row in ROW_A_LINE[3:]
                for line in ("  <row>", *(field(n, v) for n, v in zip(names, row, strict=True)), "  </row>")
            ),
            "</resultset>",
        ]
    )
    assert rows(parse_document(text)) == ROW_A_LINE_READ


def test_tiddlywiki_tables() -> None:
    """A TiddlyWiki tiddler: its fields first (title:, type:), a heading (!! …), key cells as header cells (|!项目名称|),
    a cell merged with the one on its left (<) or above (~), the grid's header row marked |h, an entity (&gt;). Before:
    the marks read as cells (~ an indicator's name), no project found."""
    text = (
        "title: 示例市某某区2025年项目支出绩效目标表\n"
        "type: text/vnd.tiddlywiki\n"
        "\n"
        "!! 示例市某某区2025年项目支出绩效目标表\n"
        "\n"
        "|!项目名称|示例市某某区街巷保洁项目|<|<|\n"
        "|!主管部门|示例市某某区城管局|!实施单位|示例市某某区环卫所|\n"
        "\n"
        "|一级指标|二级指标|三级指标|计算符号|指标值|h\n"
        "|产出指标|数量指标|保洁街巷条数|&gt;|40条|\n"
        "|~|质量指标|保洁达标率|≥|95%|\n"
        "|效益指标|满意度指标|居民满意度|≥|90%|\n"
    )
    document = parse_document(text)
    (project,) = document.units[0].projects
    assert (project.name, project.department, project.implementer) == (
        "示例市某某区街巷保洁项目",
        "示例市某某区城管局",
        "示例市某某区环卫所",
    )
    assert rows(document) == [
        ("产出指标", "数量指标", "保洁街巷条数", "40条"),
        ("产出指标", "质量指标", "保洁达标率", "95%"),
        ("效益指标", "满意度指标", "居民满意度", "90%"),
    ]
    assert project.indicators[0].annual_target.comparator == ">"


def test_a_key_the_model_does_not_know_is_kept_apart_from_the_value_above() -> None:
    """A header-block row of a key the model does not know (项目所在地 | 示例…, 立项时间 | … as the second pair of a
    row) is kept as such, not joined to the value above it (项目期 2025年项目所在地…); nor is a numbered table's name
    over the grid (项目1-绩效指标) joined to the goal above it. A block laid across (keys, then their values
    under them) is not taken for unknown keys."""
    text = (
        "项目名称,示例市某某区街巷保洁项目,,\n"
        "项目属性,新增项目,项目期,2025年\n"
        "项目所在地,示例市某某区某街道,,\n"
        "主管部门,示例市某某区城管局,立项时间,2024年11月\n"
        "年度目标,保洁街巷40条。,,\n"
        "\n"
        "项目1-绩效指标\n"
        "一级指标,二级指标,三级指标,指标值\n"
        "产出指标,数量指标,保洁街巷条数,≥40条\n"
    )
    document = parse_document(text)
    (project,) = document.units[0].projects
    assert (project.period, project.department, project.goal) == ("2025年", "示例市某某区城管局", "保洁街巷40条。")
    assert kept_keys(document) == ["项目所在地 示例市某某区某街道", "立项时间 2024年11月"]
    across = "项目名称,主管部门,实施单位\n示例市某某区街巷保洁项目,示例城管局,示例环卫所\n" + text.split("\n", 5)[5]
    (project,) = parse_document(across).units[0].projects
    assert (project.name, project.department, project.implementer) == (
        "示例市某某区街巷保洁项目",
        "示例城管局",
        "示例环卫所",
    )


@pytest.mark.parametrize(
    "placeholder",
    [
        *("暂无", "（无）", "本项目不涉及", "略", "未设置"),
        *("此项无", "该项无", "未设定", "不设定", "暂未设定", "未纳入考核", "无相关指标"),
        *("暂缺指标", "未量化", "本年度无", "本年无", "不作考核"),
        *("待定", "年内不设", "不予设置", "无对应指标"),
        *("不作要求", "此项暂缺", "不涉及此项", "不考核", "本年度不涉及", "本年不设", "不另设置"),
        *("本年度未安排", "不宜量化", "不单列", "暂不设定", "无需填列", "不适宜量化", "本期不列", "未设定本项"),
        *("未细化", "暂未分解", "无量化要求", "未列入", "不另设", "当年不设", "不另行设置"),
        *("本年度未纳入", "年度不考核", "未确定", "暂不确定"),
        *("本项不设", "未列", "不计列", "本项暂缺", "本项不涉及", "本年度无该类指标"),
        # (a kind, a modifier, a subject before the word: 此类指标不适用, 不单独设置, 不单设, 该项无指标; 空项)
        *("此类指标不适用", "不单独设置", "不单设", "该项无指标", "空项", "缺项", "本指标不考核"),
        # (two subjects and 暂, an object after the word, 无 and an object)
        *("该类指标本年不设置", "本年度暂不设置", "年度暂不考核", "本项目未设此类指标", "不涉及此类", "本项目无此内容"),
        *("年度无此考核", "本年度未设该类目标", "年度未列入考核", "本项目不设成本指标"),
        *("无考核要求", "不纳入本年度考核", "今年不纳入考核"),  # (no demand made; not in this year's review)
    ],
)
def test_placeholder_rows_in_words(placeholder: str) -> None:
    """A row that says its category has nothing (暂无, （无）, 本项目不涉及, 略, 未设置; 此项无, 未设定, 未纳入考核, 无相关指标,
    暂缺指标, 未量化, 本年度无, 不作考核; 待定, 年内不设, 不予设置, 无对应指标; 不作要求, 此项暂缺, 不涉及此项 …) is a placeholder row, no indicator of that
    name."""
    text = (
        "项目名称|示例市某某区街巷保洁项目\n"
        "一级指标|二级指标|三级指标|指标值\n"
        "产出指标|数量指标|保洁街巷条数|≥40条\n"
        f"成本指标|经济成本指标|{placeholder}|{placeholder}\n"
    )
    document = parse_document(text)
    assert rows(document) == [("产出指标", "数量指标", "保洁街巷条数", "≥40条")]
    assert any("placeholder row: 经济成本指标" in d.message for d in document.all_diagnostics())


def test_sqlite_ascii_mode_records(tmp_path: Path) -> None:
    """sqlite's .mode ascii: fields parted by the ASCII unit separator (\\x1f), each record ended by the record
    separator (\\x1e), no line break in the file: each record a row (a line of its own in the positions). Before:
    one line, no project."""
    text = "".join("\x1f".join(row) + "\x1e" for row in ROW_A_LINE)
    assert "\n" not in text
    assert rows(parse_document(text)) == ROW_A_LINE_READ
    path = tmp_path / "export.txt"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    assert rows(document) == ROW_A_LINE_READ
    a, b = document.units[0].projects[0].indicators[0].span  # (offsets into the file's text, as for any file)
    assert text[a:b].startswith("产出指标\x1f数量指标\x1f保洁街巷条数")


def _php(value) -> str:
    """PHP's serialize() of a list of lists of strings (None: null), as a test writes it."""
    if value is None:
        return "N;"
    if isinstance(value, str):
        return f's:{len(value.encode("utf-8"))}:"{value}";'
    return f"a:{len(value)}:{{" + "".join(f"i:{k};{_php(v)}" for k, v in enumerate(value)) + "}"


def test_php_serialized_rows_a_table_a_line() -> None:
    """A CMS's column of PHP serialize() values, a table a line: each inner array a row, a string's length in UTF-8
    bytes (a quote and a semicolon inside a string stay its text), N; an empty cell. Before: no project."""
    table = [[cell or None for cell in row] for row in ROW_A_LINE]
    table[3][4] = '“街巷";清单'
    text = _php(table) + "\n" + _php([["项目名称", "示例市某某区渡口维护项目"], *table[2:4]]) + "\n"
    document = parse_document(text)
    assert [len(p.indicators) for p in document.units[0].projects] == [3, 1]
    assert rows(document)[:3] == ROW_A_LINE_READ
    assert document.units[0].projects[0].indicators[0].extra == {"备注": '“街巷";清单'}


@pytest.mark.parametrize(
    "numbers",
    [
        ["Ⅰ", "Ⅱ", "Ⅲ"],
        ["1#", "2#", "3#"],
        ["壹", "贰", "叁"],
        ["[1]", "[2]", "[3]"],
        ["甲", "乙", "丙"],
        ["a.", "b.", "c."],
        ["A.", "B.", "C."],
    ],
)
def test_sequence_numbers_of_more_kinds(numbers: list[str]) -> None:
    """序号 written as Roman numerals, with #, as capital numerals, in square brackets, as heavenly stems or as
    letters: one cell a line (no delimiter tells the cells), each starts a row and reads as its number."""
    lines = ["项目名称", "示例市某某区街巷保洁项目", "序号", "一级指标", "二级指标", "三级指标", "指标值"]
    lines += [numbers[0], "产出指标", "数量指标", "保洁街巷条数", "≥40条"]
    lines += [numbers[1], "", "质量指标", "保洁达标率", "95%"]
    lines += [numbers[2], "效益指标", "满意度指标", "居民满意度", "≥90%"]
    document = parse_document("\n".join(lines) + "\n")
    assert rows(document) == ROW_A_LINE_READ
    assert [i.seq for i in document.units[0].projects[0].indicators] == [1, 2, 3]


def test_a_header_name_the_model_does_not_know_before_the_names_it_knows() -> None:
    """One cell a line, a header the model does not know first (指标编码, then 一级指标 …): it is the grid's, so that
    each row is as many lines as the header; before, it was read as the goal's last words and every row shifted. A
    last one it does not know (预警值) is the grid's too where a code follows it (the first row's 指标编码)."""
    lines = ["项目名称", "示例市某某区街巷保洁项目", "年度目标", "保洁街巷40条。"]
    lines += ["指标编码", "一级指标", "二级指标", "三级指标", "指标值", "预警值"]
    lines += ["C0101", "产出指标", "数量指标", "保洁街巷条数", "≥40条", "36"]
    lines += ["C0102", "", "质量指标", "保洁达标率", "95%", "90"]
    lines += ["C0201", "效益指标", "满意度指标", "居民满意度", "≥90%", "85"]
    document = parse_document("\n".join(lines) + "\n")
    assert document.units[0].projects[0].goal == "保洁街巷40条。"
    assert rows(document) == ROW_A_LINE_READ
    assert [i.extra for i in document.units[0].projects[0].indicators] == [
        {"指标编码": "C0101", "预警值": "36"},
        {"指标编码": "C0102", "预警值": "90"},
        {"指标编码": "C0201", "预警值": "85"},
    ]


@pytest.mark.parametrize(("first", "second"), [("Ⅰ", "Ⅱ"), ("甲", "乙"), ("壹", "贰"), ("[1]", "[2]"), ("1#", "2#")])
def test_flattened_rows_numbered_by_marks_of_a_series(first: str, second: str) -> None:
    """Flattened rows whose 序号 is a Roman numeral, a heavenly stem, a capital numeral, a bracketed number or a
    number with # glued before the category words: the 序号 parted from them. Before: the mark and the categories
    read as the name's start."""
    text = (
        "项目名称示例市某某区街巷保洁项目\n"
        "序号一级指标二级指标三级指标指标值\n"
        f"{first}产出指标数量指标保洁街巷条数≥40条\n"
        f"{second}质量指标保洁达标率95%\n"
    )
    document = parse_document(text)
    assert rows(document) == ROW_A_LINE_READ[:2]
    assert [i.seq for i in document.units[0].projects[0].indicators] == [1, 2]


def test_a_flattened_header_led_by_an_indicator_code_column() -> None:
    """A flattened header whose first name the model does not know, an indicator's code (指标编码一级指标…): a header
    all the same, its last unknown name too, not the goal's last words."""
    text = "项目名称示例市某某区街巷保洁项目\n年度目标保洁街巷40条。\n指标编码一级指标二级指标三级指标指标值预警值\n"
    document = parse_document(text)
    assert document.units[0].projects[0].goal == "保洁街巷40条。"


def test_short_cost_level1_public_satisfaction_and_worded_comparator_cells() -> None:
    """成本 alone is the 一级 成本指标 (printed short, as 产出 is); 社会公众满意度指标 a 满意度 二级; 大于或等于 and
    小于或等于 in a 指标性质 column are comparators."""
    text = (
        "项目名称|示例市某某区街巷保洁项目\n"
        "一级指标|二级指标|三级指标|指标性质|指标值|度量单位\n"
        "成本|经济成本|保洁单价|小于或等于|12|元/平方米\n"
        "满意度指标|社会公众满意度指标|居民满意度|大于或等于|90|%\n"
    )
    document = parse_document(text)
    first, second = document.units[0].projects[0].indicators
    assert (first.level1.name, first.level2.name, first.annual_target.comparator) == ("成本", "经济成本", "<=")
    assert (second.level2.code, second.annual_target.comparator, second.annual_target.value) == ("31", ">=", 90)
    assert not [d for d in document.all_diagnostics() if "unknown" in d.message]


def test_a_header_name_the_model_does_not_know_between_names_it_knows() -> None:
    """A column the model does not know between known ones (…得分 | 完成率 | 偏差原因…): one cell a line, it is in
    the header (each row as many lines); flattened, it parts the header (and the names after it are read). Before:
    the header stopped at it and every row shifted."""
    lines = ["项目名称", "示例市某某区街巷保洁项目", "一级指标", "二级指标", "三级指标", "指标值", "完成率", "备注"]
    lines += ["产出指标", "数量指标", "保洁街巷条数", "≥40条", "100%", ""]
    lines += ["", "质量指标", "保洁达标率", "95%", "98%", "抽查"]
    document = parse_document("\n".join(lines) + "\n")
    assert rows(document) == ROW_A_LINE_READ[:2]
    assert [i.extra for i in document.units[0].projects[0].indicators] == [
        {"完成率": "100%"},
        {"完成率": "98%", "备注": "抽查"},
    ]
    from indicator_parser.forms.columns.flat import split_header

    header = "一级指标二级指标三级指标年度指标值实际完成值分值得分完成率偏差原因及改进措施"
    assert [header[x:y] for x, y in split_header(header)] == [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "完成率",
        "偏差原因及改进措施",
    ]


def test_a_placeholder_row_of_one_character_in_a_space_aligned_print() -> None:
    """A space-aligned print's placeholder row of 略 (生态效益指标  略  略) is a placeholder, not the last characters
    of the row above it wrapped (媒体宣传报道略, ≥10篇略)."""
    text = (
        "项目名称      示例市某某区街巷保洁项目\n"
        "一级指标      二级指标        三级指标              指标值\n"
        "效益指标      社会效益指标    媒体宣传报道          ≥10篇\n"
        "              生态效益指标    略                    略\n"
        "              可持续影响指标  保洁长效机制          建立\n"
    )
    document = parse_document(text)
    assert rows(document) == [
        ("效益指标", "社会效益指标", "媒体宣传报道", "≥10篇"),
        ("效益指标", "可持续影响指标", "保洁长效机制", "建立"),
    ]
    assert any("placeholder row: 生态效益指标" in d.message for d in document.all_diagnostics())


def test_cells_printed_left_of_their_centred_header_where_one_line_shifted_a_cell() -> None:
    """pdftotext -layout: a column's cells printed left of its centred header word (评分依据), and one line whose
    cell the extractor shifted left against them, its value wrapped above and below it: the lines meet in a gap one
    position wide where each line's words stand far apart, and the column starts after it. Before: every 评分依据
    cell was read as part of the value before it."""

    def line(*cells: tuple[int, str]) -> str:  # (cells at character positions)
        out = ""
        for at, text in cells:
            out += " " * (at - len(out)) + text
        return out

    text = "\n".join(
        [
            "项目名称       示例市某某区街巷保洁项目",
            line((0, "序号"), (6, "一级指标"), (18, "二级指标"), (36, "三级指标"), (56, "指标值"), (80, "评分依据")),
            line(
                (0, "1"), (6, "产出指标"), (18, "数量指标"), (33, "保洁街巷条数"), (56, "≥40条"), (73, "按验收面积计分")
            ),
            line((51, "每日清扫两遍且不少于三遍")),
            line((0, "2"), (34, "保洁作业频次"), (64, "按清扫台账核计分")),
            line((56, "次")),
            line((0, "3"), (18, "质量指标"), (34, "保洁达标率"), (56, "95%"), (73, "按抽检报告计分")),
            line((0, "4"), (35, "垃圾清运率"), (55, "100%"), (73, "按清运台账计分")),
        ]
    )
    indicators = parse_document(text + "\n").units[0].projects[0].indicators
    # (the wrapped value, centred on its row, is still read as the row above's: left alone)
    assert [(i.name, i.extra.get("评分依据")) for i in indicators if i.name != "保洁作业频次"] == [
        ("保洁街巷条数", "按验收面积计分"),
        ("保洁达标率", "按抽检报告计分"),
        ("垃圾清运率", "按清运台账计分"),
    ]
    assert [i.annual_target.raw for i in indicators[2:]] == ["95%", "100%"]


def test_php_serialized_rows_nested_deeper_keep_every_cell() -> None:
    """A serialized row holding an array of its own (a cell written as a list): its cells stand in the row in
    order, none dropped."""
    table = [["项目名称", "示例市某某区渡口维护项目"], ["一级指标", "二级指标", "三级指标", "指标值"]]
    table.append(["产出指标", ["数量指标", "维护渡船数"], "4艘"])
    document = parse_document(_php(table) + "\n")
    assert rows(document) == [("产出指标", "数量指标", "维护渡船数", "4艘")]


def test_html2text_of_a_web_page_table_breaks_a_level1_cell_and_drops_empty_cells() -> None:
    """html2text writes a cell's line break as a new line (产出指标 / (0-40分)| 数量指标| …) and no empty merged
    cells: the label alone on its line goes on into the next row's first cell (its points), not a row of its
    own; and two cells of one line stay two cells (林下复合经营 | 可复制、可推广 | 12月 is a name and a value of
    words, not a name wrapped over two lines)."""
    text = (
        "项目名称| 示例园艺项目  \n一级指标| 二级指标| 三级指标| 指标值| 考核时点  \n产出指标  \n"
        "(0-40分)| 数量指标| 新植苗木株数| 不少于1200株| 3月  \n补植面积| 12亩| 4月  \n效益指标  \n"
        "(0-40分)| 社会效益指标| 带动务工人数| ≥150人次| 12月  \n可持续影响指标| 林下复合经营| 可复制、可推广| 12月  \n"
    )
    document = parse_document(text)
    assert rows(document) == [
        ("产出指标", "数量指标", "新植苗木株数", "不少于1200株"),
        ("产出指标", "数量指标", "补植面积", "12亩"),
        ("效益指标", "社会效益指标", "带动务工人数", "≥150人次"),
        ("效益指标", "可持续影响指标", "林下复合经营", "可复制、可推广"),
    ]
    first = document.units[0].projects[0].indicators[0]
    assert first.extra == {"一级指标": "产出指标(0-40分)", "考核时点": "3月"}  # (the label's points kept as written)
    assert first.span[0] == text.index("产出指标  \n")  # (the row starts with its label's first line)


@pytest.mark.parametrize(("word", "symbol"), [("不晚于", "<="), ("不迟于", "<="), ("不早于", ">=")])
def test_a_comparator_cell_of_a_date(word: str, symbol: str) -> None:
    """指标性质 不晚于 (不迟于, 不早于) beside a date: the deadline's comparator, not a word left unread."""
    text = f"项目名称|示例园艺项目\n三级指标|指标性质|指标值\n盆栽移植完成|{word}|2025年4月15日\n"
    indicator = parse_document(text).units[0].projects[0].indicators[0]
    assert (indicator.annual_target.kind, indicator.annual_target.comparator) == ("timeframe", symbol)
    assert not indicator.warnings


def test_node_console_table_of_a_crawled_table() -> None:
    """Node's console.table(rows): box-drawing bars, an (index) column of row numbers and a first row of column
    numbers (the writer's, no cells of the table), each string in single quotes as util.inspect writes it ('' an
    empty string, a quote inside escaped), the cells a short row lacks left blank."""
    text = (
        "┌─────────┬──────────┬────────────┬──────────┐\n"
        "│ (index) │ 0        │ 1          │ 2        │\n"
        "├─────────┼──────────┼────────────┼──────────┤\n"
        "│ 0       │ '项目名称' │ '示例园艺项目' │          │\n"
        "│ 1       │ '三级指标' │ '指标值'     │ '备注'    │\n"
        "│ 2       │ '补植面积' │ '12亩'      │ ''       │\n"
        "│ 3       │ '苗木成活率' │ '≥92%'      │ '\\'春季\\'' │\n"
        "└─────────┴──────────┴────────────┴──────────┘\n"
    )
    document = parse_document(text)
    project = document.units[0].projects[0]
    assert project.name == "示例园艺项目"
    assert [(i.name, i.annual_target.raw, i.extra.get("备注")) for i in project.indicators] == [
        ("补植面积", "12亩", None),
        ("苗木成活率", "≥92%", "'春季'"),
    ]


def test_a_monitoring_table_prints_the_targets_too() -> None:
    """A 绩效运行监控表 (the mid-year monitoring of the targets) printed space-aligned: its title names no 绩效目标, but
    its grid is the targets' own; its pages are read, not skipped as a table of another kind."""
    text = (
        "            示例县2025年项目支出绩效运行监控表\n项目名称        示例园艺项目\n\n"
        "一级指标    二级指标    三级指标        指标值      上半年目标值\n\n"
        "产出指标    数量指标    新植苗木株数    ≥1200株     ≥800株\n\n"
        "                        补植面积        12亩        8亩\n"
    )
    document = parse_document(text)
    assert rows(document) == [
        ("产出指标", "数量指标", "新植苗木株数", "≥1200株"),
        ("产出指标", "数量指标", "补植面积", "12亩"),
    ]
    assert [i.extra["上半年目标值"] for i in document.units[0].projects[0].indicators] == ["≥800株", "8亩"]


def test_one_cell_a_line_a_value_s_column_name_is_whole_before_another_unknown_name() -> None:
    """One cell a line, two header names the model does not know in a row (上半年目标值 / 预期结果): a value's
    column name (…目标值) is whole, the next line another name, not its second piece."""
    text = (
        "项目名称\n示例园艺项目\n一级指标\n二级指标\n三级指标\n指标值\n上半年目标值\n预期结果\n产出指标\n数量指标\n"
        "新植苗木株数\n≥1200株\n≥800株\n能完成\n补植面积\n12亩\n8亩\n能完成\n"
    )
    indicators = parse_document(text).units[0].projects[0].indicators
    assert [(i.name, i.annual_target.raw, i.extra) for i in indicators] == [
        ("新植苗木株数", "≥1200株", {"上半年目标值": "≥800株", "预期结果": "能完成"}),
        ("补植面积", "12亩", {"上半年目标值": "8亩", "预期结果": "能完成"}),
    ]


def test_sequence_numbers_coded_with_letters_before_padded_digits() -> None:
    """序号 written as an indicator's code, two letters and padded digits (ZB001, ZB002), one cell a line: each
    starts a row, never the name of the one before."""
    text = (
        "项目名称\n示例园艺项目\n序号\n指标名称\n年度指标值\n资料来源\nZB001\n新植苗木株数\n≥1200株\n验收报告\n"
        "ZB002\n补植面积\n12亩\n测量记录\n"
    )
    indicators = parse_document(text).units[0].projects[0].indicators
    assert [(i.seq, i.name, i.annual_target.raw, i.extra.get("资料来源")) for i in indicators] == [
        (1, "新植苗木株数", "≥1200株", "验收报告"),
        (2, "补植面积", "12亩", "测量记录"),
    ]


def test_a_county_s_own_funds_are_a_part_of_the_total() -> None:
    """县本级财力安排 (the county's own revenue arranged for the project): a source of funds, its amount one of the
    total's parts (no false sum error)."""
    text = (
        "项目名称示例园艺项目\n年度资金总额100.00\n其中：财政拨款60.00\n县本级财力安排40.00\n"
        "一级指标二级指标三级指标指标值\n产出指标数量指标补植面积12亩\n"
    )
    document = parse_document(text)
    assert "县本级财力安排 40.00: not part of the model, kept only here" in [
        d.message for d in document.all_diagnostics()
    ]
    assert not [d for d in document.all_diagnostics() if d.severity == "error"]


@pytest.mark.parametrize(
    ("first", "second", "numbers"),
    [
        ("1号", "2号", (1, 2)),
        ("一-1", "一-2", (1001, 1002)),
        ("二-1", "二-2", (2001, 2002)),
        ("Ⅱ-1", "Ⅱ-2", (2001, 2002)),
        ("甲1", "甲2", (1001, 1002)),
    ],
)
def test_sequence_numbers_with_a_mark_of_number_or_a_part_in_chinese_numerals(first: str, second: str, numbers) -> None:
    """序号 written 1号, 2号 (a number's mark) or 一-1, 一-2 (a part in Chinese or Roman numerals: Ⅱ-1), one cell a line: each
    starts a row, never the name of the one before or a cell of it."""
    text = (
        f"项目名称\n示例园艺项目\n序号\n三级指标\n年度指标值\n公开方式\n{first}\n新植苗木株数\n≥1200株\n官网公示\n"
        f"{second}\n补植面积\n12亩\n内部通报\n"
    )
    indicators = parse_document(text).units[0].projects[0].indicators
    assert [(i.seq, i.name, i.annual_target.raw, i.extra.get("公开方式")) for i in indicators] == [
        (numbers[0], "新植苗木株数", "≥1200株", "官网公示"),
        (numbers[1], "补植面积", "12亩", "内部通报"),
    ]


def test_a_plan_s_later_years_values_one_cell_a_line_with_empty_lines_dropped() -> None:
    """A mid-term plan's grid with a column a later year (年度指标值, 2026年度指标值, 2027年度指标值), one cell a line with
    the empty lines dropped: the later years' names are header names, their cells values kept in extra, not the next
    row's name."""
    text = (
        "项目名称\n示例园艺项目\n一级指标\n二级指标\n三级指标\n年度指标值\n2026年度指标值\n2027年度指标值\n产出指标\n"
        "数量指标\n举办花展\n1届\n1届\n1届\n新植苗木\n300株以上\n350株以上\n400株以上\n"
    )
    indicators = parse_document(text).units[0].projects[0].indicators
    assert [(i.name, i.annual_target.raw, i.extra) for i in indicators] == [
        ("举办花展", "1届", {"2026年度指标值": "1届", "2027年度指标值": "1届"}),
        ("新植苗木", "300株以上", {"2026年度指标值": "350株以上", "2027年度指标值": "400株以上"}),
    ]


def test_a_plan_s_later_years_names_stacked_round_the_header_line_in_pdftotext() -> None:
    """pdftotext of a narrow header cell: 2026年度 over the header's line, 指标值 under it, beside the names the model
    knows; the name they make is a column of its own, its cells kept in extra."""
    text = (
        "项目名称              示例园艺项目\n"
        "                                           2026年度     2027年度\n"
        "一级指标 二级指标        三级指标          年度指标值\n"
        "                                            指标值        指标值\n"
        "               举办园艺花卉展会          1届           1届         1届\n"
        "产出指标  数量指标    苗圃步道改造段          2.2公里             /       /\n"
    )
    indicators = parse_document(text).units[0].projects[0].indicators
    assert [(i.name, i.annual_target.raw, i.extra) for i in indicators] == [
        ("举办园艺花卉展会", "1届", {"2026年度指标值": "1届", "2027年度指标值": "1届"}),
        ("苗圃步道改造段", "2.2公里", {"2026年度指标值": "/", "2027年度指标值": "/"}),
    ]


def test_sqlite_qbox_of_a_table_imported_with_no_header() -> None:
    """sqlite3's .mode qbox: box-drawing bars, the columns' names sqlite gave a table imported with no header (c1,
    c2 …: the export's, no row of the table), strings in SQL quotes ('' empty, a quote inside doubled), NULL empty."""
    text = (
        "┌──────────┬────────────┬──────────┐\n"
        "│    c1    │     c2     │    c3    │\n"
        "├──────────┼────────────┼──────────┤\n"
        "│ '项目名称' │ '示例园艺项目' │ NULL     │\n"
        "│ '三级指标' │ '指标值'     │ '备注'    │\n"
        "│ '补植面积' │ '12亩'      │ ''       │\n"
        "│ '苗木成活率' │ '≥92%'      │ '''春季''' │\n"
        "└──────────┴────────────┴──────────┘\n"
    )
    project = parse_document(text).units[0].projects[0]
    assert project.name == "示例园艺项目"
    assert [(i.name, i.annual_target.raw, i.extra.get("备注")) for i in project.indicators] == [
        ("补植面积", "12亩", None),
        ("苗木成活率", "≥92%", "'春季'"),
    ]


def test_a_csv_export_of_a_staging_table_with_key_columns_before_the_table_s() -> None:
    """A database tool's CSV of a staging table: its columns p, n (a project's number, a row's) then c1, c2 …; each
    row led by its two keys. The names' row and the keys are the export's; the rest of each row is the table's."""
    text = "p,n,c1,c2,c3\n1,1,项目名称,示例园艺项目,\n1,2,三级指标,指标值,备注\n1,3,补植面积,12亩,\n1,4,苗木成活率,≥92%,春季\n"
    project = parse_document(text).units[0].projects[0]
    assert project.name == "示例园艺项目"
    assert [(i.name, i.annual_target.raw, i.extra.get("备注")) for i in project.indicators] == [
        ("补植面积", "12亩", None),
        ("苗木成活率", "≥92%", "春季"),
    ]


def test_a_grid_with_no_level1_column_keeps_the_level1_unprinted() -> None:
    """A short table of 二级 | 三级 | 指标值 (no 一级 column): the categories as printed, the 一级 no name the table does
    not print; its code alone inferred from the 二级's (数量指标 → 1), marked inferred."""
    text = (
        "项目名称|示例园艺项目\n二级指标|三级指标|指标值\n数量指标|补植面积|12亩\n社会效益指标|带动务工人数|≥150人次\n"
    )
    indicators = parse_document(text).units[0].projects[0].indicators
    read = [(i.level1.code, i.level1.name, i.level1.inferred, i.level2.name, i.name) for i in indicators]
    assert read == [("1", None, True, "数量指标", "补植面积"), ("2", None, True, "社会效益指标", "带动务工人数")]


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        *(("运算符", "单位"), ("关系符", "单位"), ("比较关系", "量纲"), ("运算关系", "计量单元")),
        *(("比对符", "单位符号"), ("方向符", "指标单位"), ("比较方式", "取值单位")),
        *(("比较符号", "计算单位"), ("判断符", "量值单位"), ("符号位", "计值单位"), ("逻辑符号", "指标值单位")),
        *(("比较条件", "量度单位"), ("计算关系", "单位"), ("关系运算符", "计量单位"), ("比较运算符", "单位")),
        # (named by what is compared and the mark printed; a unit by what it measures)
        *(("判定符", "数值单位"), ("关系符号", "计数单位"), ("取值符号", "统计单位"), ("大小关系", "单位名称")),
        *(("运算标识", "数据单位"), ("比较标识", "计量单位"), ("比较方法", "度量单位"), ("逻辑关系", "单位")),
        *(("比较类型", "数量单位"), ("关系类型", "计量单位名称"), ("比较要求", "统计单位")),
        # (a measure's or a test's mark, the operation compared by; a unit named by what it quantifies or counts)
        *(("测度符号", "量化单位"), ("度量符号", "核算单位"), ("判别符号", "计量名称"), ("比较运算", "单位口径")),
        *(("比较算符", "单位"),),
        # (the mark that bounds, constrains or tests a value, a relation's formula; a unit by its dimension or its
        # target, an indicator's measured unit)
        *(("限定符", "量纲单位"), ("约束符号", "目标单位"), ("达标符号", "指标计量单位"), ("数值符号", "单位")),
        *(("关系式", "单位"),),
    ],
)
def test_comparator_columns_named_operator_or_relation(header: str, unit: str) -> None:
    """运算符, 关系符, 比较关系, 运算关系, 比对符, 方向符 and 比较方式 name a comparator column as 计算符号 does: its sign
    applied to the bare number beside it; 量纲 (a value's dimension), 计量单元, 单位符号, 指标单位 and 取值单位 name its
    unit column."""
    text = f"项目名称|示例园艺项目\n三级指标|{header}|指标值|{unit}\n补植面积|≥|12|亩\n"
    indicator = parse_document(text).units[0].projects[0].indicators[0]
    target = indicator.annual_target
    assert (target.raw, target.comparator, target.value, target.unit) == ("12", ">=", Decimal("12"), "亩")
    assert indicator.extra == {}


@pytest.mark.parametrize("seq_name", ["指标序号"])
def test_a_standard_column_named_measure_and_a_sequence_column_named_indicator_number(seq_name: str) -> None:
    """衡量标准 names the 绩效标准 column (计划标准, 行业标准: kept in extra as that column is) and 指标序号 the 序号
    column; neither is a column the model does not know (指标编号 is left a column of its own: its codes are no
    序号 in every table)."""
    text = f"项目名称|示例园艺项目\n{seq_name}|三级指标|衡量标准|指标值\n1|补植面积|计划标准|12亩\n"
    document = parse_document(text)
    indicator = document.units[0].projects[0].indicators[0]
    assert (indicator.seq, indicator.name, indicator.annual_target.raw) == (1, "补植面积", "12亩")
    assert not [d for d in document.all_diagnostics() if "not one the model names" in d.message]


@pytest.mark.parametrize(
    "source",
    [
        *("乡贤捐资", "社会组织资助", "村股份经济合作社投入", "园区管委会配套", "文化馆自有收入", "企业冠名费"),
        *("省级补助", "市级补贴"),
    ],
)
def test_sources_of_funds_of_more_kinds_are_parts_of_the_total(source: str) -> None:
    """A source of funds no key list names (乡贤捐资, 社会组织资助, …投入, …配套, …自有收入, 企业冠名费, 省级补助) is one of the
    total's parts: kept in a diagnostic, and the total is their sum (no false error that it is not)."""
    text = (
        f"项目名称|示例园艺项目\n年度资金总额|46.80\n其中：财政拨款|40.00\n{source}|6.80\n"
        "三级指标|指标值\n补植面积|12亩\n"
    )
    document = parse_document(text)
    messages = [d.message for d in document.all_diagnostics()]
    assert f"{source} 6.80: not part of the model, kept only here" in messages
    assert not [d for d in document.all_diagnostics() if d.severity == "error"]


@pytest.mark.parametrize(("word", "symbol"), [("以内", "<="), ("以上", ">="), ("以下", "<=")])
def test_a_comparator_cell_of_a_word_written_after_a_number(word: str, symbol: str) -> None:
    """以内, 以上, 以下 in the comparator column (600 | 以内: what 600元以内 says): the bound's comparator, not a word
    reported as not understood."""
    text = f"项目名称|示例园艺项目\n三级指标|比较关系|指标值|量纲\n培训人均成本|{word}|600|元/人\n"
    indicator = parse_document(text).units[0].projects[0].indicators[0]
    target = indicator.annual_target
    assert (target.comparator, target.value, target.unit) == (symbol, Decimal("600"), "元/人")
    assert not indicator.warnings


@pytest.mark.parametrize("title", ["### 示例县2025年项目支出绩效目标调整申请表", "示例县2025年项目支出绩效目标申报表"])
def test_an_adjustment_request_s_title_starts_the_next_table_not_a_row(title: str) -> None:
    """绩效目标调整申请表 (a request to change the targets mid-year; a Markdown heading as a pipe table's export
    prints it): its title over the next project is furniture, not an indicator of the project before."""
    text = (
        f"{title}\n|项目名称|示例园艺项目|\n|三级指标|指标值|\n|补植面积|12亩|\n\n"
        f"{title}\n|项目名称|示例花卉项目|\n|三级指标|指标值|\n|引进新品种数|30个|\n"
    )
    document = parse_document(text)
    assert [[i.name for i in p.indicators] for u in document.units for p in u.projects] == [
        ["补植面积"],
        ["引进新品种数"],
    ]


def test_a_short_form_s_title_starts_the_next_table_not_a_row() -> None:
    """绩效目标简表 (a short form of the targets' table): its title over the next project is furniture, not an
    indicator of the project before."""
    text = (
        "示例县2025年项目支出绩效目标简表\n项目名称|示例园艺项目\n二级指标|三级指标|指标值\n数量指标|补植面积|12亩\n"
        "示例县2025年项目支出绩效目标简表\n项目名称|示例花卉项目\n二级指标|三级指标|指标值\n数量指标|引进新品种数|30个\n"
    )
    document = parse_document(text)
    assert [[i.name for i in p.indicators] for u in document.units for p in u.projects] == [
        ["补植面积"],
        ["引进新品种数"],
    ]


def test_a_placeholder_row_of_a_part_numbered_sequence_with_its_trailing_cells_dropped() -> None:
    """|Ⅱ-3||可持续影响指标|此项暂缺|此项暂缺| (its last cells dropped): Ⅱ-3 is the 序号, the row a placeholder; no
    indicator named Ⅱ-3."""
    text = (
        "项目名称|示例项目\n|指标序号|一级指标|二级指标|三级指标|指标值及单位|绩效标准|采信材料|\n"
        "|Ⅱ-1|效益指标|生态效益指标|非法拆解案件|零发生|历史标准|执法台账|\n|Ⅱ-3||可持续影响指标|此项暂缺|此项暂缺|\n"
        "|Ⅲ-1|满意度指标|服务对象满意度指标|维修企业满意度|≥85%|计划标准|问卷|\n"
    )
    document = parse_document(text)
    assert [(i.seq, i.name) for i in document.units[0].projects[0].indicators] == [
        (2001, "非法拆解案件"),
        (3001, "维修企业满意度"),
    ]
    assert any("placeholder row: 可持续影响指标" in d.message for d in document.all_diagnostics())


def test_a_basis_key_in_the_header_block_after_the_period_is_a_key_of_its_own() -> None:
    """项目期 | 2025-2026年, then 绩效目标设定依据 | 《…》 (a grid column's name, written as a block key): the period
    stays 2025-2026年 and the basis is kept in a diagnostic with its value, not glued to the period."""
    text = "项目名称|示例项目\n项目期|2025-2026年\n绩效目标设定依据|《示例行动方案》\n三级指标|指标值\n补植面积|12亩\n"
    document = parse_document(text)
    assert document.units[0].projects[0].period == "2025-2026年"
    messages = [d.message for d in document.all_diagnostics()]
    assert "绩效目标设定依据 《示例行动方案》: not part of the model, kept only here" in messages


def test_one_cell_a_line_header_names_after_a_value_s_name_that_an_empty_line_ends() -> None:
    """One cell a line, an empty line after each row: the header's last names a value's the model keeps in extra
    (省级下达值) and one it does not know (监督方式), then the empty line: both are the header's, not the first
    row's cells."""
    text = (
        "项目名称\n示例园艺项目\n\n一级指标\n二级指标\n三级指标\n指标值\n省级下达值\n监督方式\n\n"
        "产出指标\n数量指标\n补植面积\n≥800亩\n≥1.2万亩\n遥感核查\n\n"
    )
    document = parse_document(text)
    indicators = document.units[0].projects[0].indicators
    assert [(i.name, i.annual_target.raw, i.extra) for i in indicators] == [
        ("补植面积", "≥800亩", {"省级下达值": "≥1.2万亩", "监督方式": "遥感核查"})
    ]


def test_a_row_of_no_name_and_no_value_with_only_a_reviewer_s_words_is_a_placeholder_row() -> None:
    """A grid row whose name and value are empty and whose column the model does not name holds a remark
    (审核意见: 不涉及，同意删除) is a placeholder row, not an indicator with no name; the remark is kept in a
    diagnostic."""
    text = (
        "项目名称|示例项目\n一级指标|二级指标|三级指标|指标值|审核意见\n产出指标|数量指标|补植面积|12亩|同意\n"
        "效益指标|生态效益指标|||不涉及，同意删除\n"
    )
    document = parse_document(text)
    assert [i.name for i in document.units[0].projects[0].indicators] == ["补植面积"]
    messages = [d.message for d in document.all_diagnostics()]
    assert "审核意见 不涉及，同意删除: in a row with no indicator, kept only here" in messages
    assert "placeholder row: 生态效益指标 has no indicator" in messages


@pytest.mark.parametrize("title", ["示例县2025年项目支出绩效目标审核表", "示例县2025年部门预算项目支出绩效目标表"])
def test_a_review_table_s_title_starts_the_next_table(title: str) -> None:
    """A 绩效目标审核表's title (and a 部门预算 title) between two projects' tables starts the next table: it is
    no indicator of the table above."""
    text = (
        "项目名称|示例项目\n三级指标|指标值\n补植面积|12亩\n"
        f"{title}\n项目名称|示例项目二\n三级指标|指标值\n新植苗木|300株\n"
    )
    projects = parse_document(text).units[0].projects
    assert [[i.name for i in p.indicators] for p in projects] == [["补植面积"], ["新植苗木"]]


@pytest.mark.parametrize("order", ["sign first", "value first", "named type"])
def test_a_kind_column_and_a_sign_column_apart(order: str) -> None:
    """值类型 (定量, 定性) and 逻辑符号 (≥) name the comparator's two columns, side by side or the value between:
    the sign is applied to the bare number, and 定性 makes a value qualitative."""
    if order == "sign first":
        text = (
            "项目名称|示例项目\n三级指标|值类型|逻辑符号|指标值|计量单位\n补植面积|定量|≥|12|亩\n工程质量|定性||合格|\n"
        )
    elif order == "value first":
        text = (
            "项目名称|示例项目\n三级指标|值类型|指标值|逻辑符号|计量单位\n补植面积|定量|12|≥|亩\n工程质量|定性|合格||\n"
        )
    else:  # (指标类型 and 指标值符号, the unit between)
        text = (
            "项目名称|示例项目\n三级指标|指标类型|目标值|单位|指标值符号\n补植面积|定量|12|亩|≥\n工程质量|定性|合格||\n"
        )
    indicators = parse_document(text).units[0].projects[0].indicators
    read = [(t.raw, t.kind, t.comparator, t.value, t.unit) for i in indicators for t in [i.annual_target]]
    assert read == [("12", "quantity", ">=", Decimal("12"), "亩"), ("合格", "qualitative", None, None, None)]


@pytest.mark.parametrize("key", ["项目起止年限", "实施期限"])
def test_the_years_a_project_runs_named_from_start_to_end(key: str) -> None:
    """项目起止年限 and 实施期限 name the 项目期 (2025-2027年): the project's period, not a key the model does not know
    (space-aligned, 实施期限's value had been read as more of the 项目属性 above it)."""
    text = f"项目名称|示例项目\n项目属性|新增项目\n{key}|2025-2027年\n三级指标|指标值\n补植面积|12亩\n"
    project = parse_document(text).units[0].projects[0]
    assert (project.attribute, project.period) == ("新增项目", "2025-2027年")
    aligned = (
        "项目名称          示例项目\n项目属性          新增项目\n"
        f"{key}{' ' * (18 - 2 * len(key))}2025-2027年\n"
        "一级指标    二级指标    三级指标    指标值\n产出指标    数量指标    补植面积    12亩\n"
    )
    project = parse_document(aligned, form="columns").units[0].projects[0]
    assert (project.attribute, project.period) == ("新增项目", "2025-2027年")


def test_a_heading_of_the_grid_on_a_line_of_its_own_is_no_part_of_the_goal() -> None:
    """绩效指标 printed alone between the header block and the grid (a Word file's heading paragraph between its two
    tables): not more of the 年度目标 above it."""
    text = "项目名称|示例项目\n年度目标|完成补植12亩。\n绩效指标\n三级指标|指标值\n补植面积|12亩\n"
    project = parse_document(text).units[0].projects[0]
    assert (project.goal, [i.name for i in project.indicators]) == ("完成补植12亩。", ["补植面积"])


def test_one_cell_a_line_header_of_a_value_s_sign_named_whole() -> None:
    """One cell a line, 指标值符号 on a line of its own names the sign column (a whole cell); 指标值 then 符号 on two
    lines are two names, the value's and the sign's."""
    for names, row in (("指标值\n指标值符号\n计量单位", "12\n≥\n亩"), ("指标值\n符号\n计量单位", "12\n≥\n亩")):
        text = f"项目名称\n示例项目\n一级指标\n二级指标\n三级指标\n{names}\n产出指标\n数量指标\n补植面积\n{row}\n"
        target = parse_document(text).units[0].projects[0].indicators[0].annual_target
        assert (target.raw, target.comparator, target.value, target.unit) == ("12", ">=", Decimal("12"), "亩")


def test_one_cell_a_line_numbered_by_a_part_and_its_number_in_four_digits() -> None:
    """序号 0101, 0102, 0201 (a part and its number in four digits, as a coded table prints them), one cell a line
    after a header whose last name the model does not know (数据来源渠道): each starts a row, the header ends before
    it; a year (2025) or a number with no item (0100) is no such 序号."""
    text = (
        "项目名称\n示例项目\n序号\n三级指标\n计量单位\n指标值\n数据来源渠道\n"
        "0101\n检查经营单位\n家次\n≥120\n检查记录\n0102\n标识规范使用培训\n场\n4\n培训签到\n"
    )
    indicators = parse_document(text).units[0].projects[0].indicators
    read = [(i.seq, i.name, i.annual_target.raw, i.annual_target.unit, i.extra) for i in indicators]
    assert read == [
        (1001, "检查经营单位", "≥120", "家次", {"数据来源渠道": "检查记录"}),
        (1002, "标识规范使用培训", "4", "场", {"数据来源渠道": "培训签到"}),
    ]


@pytest.mark.parametrize(("first", "second"), [("#01", "#02"), ("#9", "#10"), ("指标01", "指标02")])
def test_sequence_numbers_marked_by_a_hash_or_named_as_indicators(first: str, second: str) -> None:
    """#01, #9 (a number marked before it) and 指标01 (an indicator's number) are 序号 cells: a row that lost its
    last empty cell (a tool that trims them) is still placed by them, not shifted."""
    text = (
        "项目名称|示例园艺项目\n序号|指标名称|年度指标值|归口科室\n"
        f"{first}|新写的补植面积|12亩|综合科\n{second}|新写的满意度|≥90%\n"
    )
    indicators = parse_document(text).units[0].projects[0].indicators
    assert [(i.seq, i.name, i.annual_target.raw) for i in indicators] == [
        (int(first.lstrip("#指标")), "新写的补植面积", "12亩"),
        (int(second.lstrip("#指标")), "新写的满意度", "≥90%"),
    ]


def test_a_weight_printed_in_percent_is_its_number_one_cell_a_line_too() -> None:
    """A 权重 cell printed with its percent sign (10%) is the weight 10: in a table one cell a line it ends its row,
    not starting the next row's name (10%新写的作品)."""
    text = (
        "项目名称\n示例项目\n一级指标\n二级指标\n三级指标\n指标值\n计量单位\n比较标识\n权重\n产出指标\n数量指标\n"
        "新写的大赛\n1\n届\n＝\n10%\n\n\n新写的作品\n500\n件\n≥\n10%\n"
    )
    indicators = parse_document(text).units[0].projects[0].indicators
    assert [(i.name, i.annual_target.raw, i.weight) for i in indicators] == [
        ("新写的大赛", "1", Decimal("10")),
        ("新写的作品", "500", Decimal("10")),
    ]


def test_a_collection_s_title_in_an_org_heading_between_two_tables_is_no_row() -> None:
    """An Org file of two tables, each after the collection's title as a heading (* …绩效目标汇编): the title
    after the first table had been read as a row of it (an indicator named by the title, under the last 二级)."""
    title = "* 示例市某某区2026年交通领域项目支出绩效目标汇编\n"
    table = (
        "| 项目名称 | {name} |\n"
        "|---------+--------|\n"
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n"
        "| 产出指标 | 数量指标 | 巡检跑道次数 | ≥365次 |\n"
        "| 满意度指标 | 服务对象满意度指标 | 通航企业满意度 | ≥90% |\n"
    )
    text = (
        title
        + table.format(name="示例市某某区跑道巡检项目")
        + "\n"
        + title
        + table.format(name="示例市某某区站坪巡检项目")
    )
    projects = parse_document(text, form="columns").units[0].projects
    assert [[i.name for i in p.indicators] for p in projects] == [["巡检跑道次数", "通航企业满意度"]] * 2


def test_markdown_headings_between_the_tables_of_a_note_are_no_rows() -> None:
    """A Markdown note's headings (# its title, ## each project's name, the block after it naming the project again)
    between pipe tables are the note's markup, no indicator of the table above."""
    text = (
        "# 示例市某某局2025年项目支出绩效目标表\n\n## 新写的甲项目\n\n| 项目名称 | 新写的甲项目 |\n| --- | --- |\n\n"
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n| --- | --- | --- | --- |\n| 产出指标 | 数量指标 | 新写的巡查 | 12次 |\n\n"
        "## 新写的乙项目\n\n| 项目名称 | 新写的乙项目 |\n| --- | --- |\n\n"
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n| --- | --- | --- | --- |\n| 产出指标 | 数量指标 | 新写的培训 | 3期 |\n"
    )
    document = parse_document(text)
    read = [(p.name, [i.name for i in p.indicators]) for u in document.units for p in u.projects]
    assert read == [("新写的甲项目", ["新写的巡查"]), ("新写的乙项目", ["新写的培训"])]


@pytest.mark.parametrize("name", ["行次", "序次", "项次", "栏次", "行号", "次序", "顺序号", "编号"])
def test_a_sequence_column_named_by_rows_or_numbers_and_numbered_within_parts(name: str) -> None:
    """行次, 序次, 编号 and their kin name the 序号 column; 1-① numbers a row within its part (1001), as 1-1 does. The
    name had been a column the model does not know, 1-① glued to the name in one cell a line."""
    grid = [["1-①", "巡查海堤长度", "≥12公里"], ["1-②", "隐患处置率", "100%"], ["2-①", "海堤安全事故", "零事故"]]
    header = [name, "三级指标", "指标值"]
    piped = "项目名称|示例市某某区海堤巡查项目\n" + "".join("|".join(r) + "\n" for r in [header, *grid])
    lines = "项目名称\n示例市某某区海堤巡查项目\n" + "".join(c + "\n" for r in [header, *grid] for c in r)
    for text in (piped, lines):
        document = parse_document(text)
        got = [(i.seq, i.name, i.annual_target.raw) for i in document.units[0].projects[0].indicators]
        assert got == [
            (1001, "巡查海堤长度", "≥12公里"),
            (1002, "隐患处置率", "100%"),
            (2001, "海堤安全事故", "零事故"),
        ]
        assert not [d for d in document.all_diagnostics() if "not one the model names" in d.message]


@pytest.mark.parametrize(
    ("sign", "unit"), [("限值标记", "测量口径"), ("控制标识", "核量口径"), ("判读标记", "计数口径")]
)
def test_columns_the_model_does_not_name_are_read_by_their_cells(sign: str, unit: str) -> None:
    """A column whose name no list holds is read by its cells where they say what it holds: every cell a comparator
    (≥, 至少, 定性) a 指标性质, every cell a unit's word (亩, %, 万元) a 度量单位 (限值标记, 计量口径: names no list
    holds, as corpora 48 and 49 printed 限定符, 约束符号 and 计量口径 before their names were known); with a diagnostic that names it
    (delimited and one cell a line, where two such names stand together in the header). A column of free text
    (评判方法) stays in extra."""
    header = ["一级指标", "二级指标", "三级指标", sign, "指标值", unit, "分值", "评判方法"]
    grid = [
        ["产出指标", "数量指标", "补植面积", "≥", "12", "亩", "20", "现场核查"],
        ["", "质量指标", "苗木成活率", "至少", "90", "%", "20", "抽样调查"],
        ["", "成本指标", "亩均投资", "≤", "0.3", "万元", "20", "财务结算"],
        ["效益指标", "社会效益指标", "群众认可度", "定性", "明显提升", "", "40", "问卷调查"],
    ]
    piped = "项目名称|示例园艺项目\n" + "".join("|".join(r) + "\n" for r in [header, *grid])
    lines = "项目名称\n示例园艺项目\n" + "".join(c + "\n" for r in [header, *grid] for c in r)
    for text in (piped, lines):
        document = parse_document(text)
        got = [
            (t.raw, t.kind, t.comparator, t.value, t.unit)
            for t in (i.annual_target for i in document.units[0].projects[0].indicators)
        ]
        assert got == [
            ("12", "quantity", ">=", Decimal("12"), "亩"),
            ("90", "quantity", ">=", Decimal("90"), "%"),
            ("0.3", "quantity", "<=", Decimal("0.3"), "万元"),
            ("明显提升", "qualitative", None, None, None),
        ], text
        assert document.units[0].projects[0].indicators[0].extra == {"评判方法": "现场核查"}
        messages = [d.message for d in document.all_diagnostics()]
        assert f"column {sign} is not one the model names; read as 指标性质, by its cells" in messages
        assert f"column {unit} is not one the model names; read as 度量单位, by its cells" in messages


def test_a_column_of_words_that_are_not_all_units_is_kept_as_written() -> None:
    """Cells that are words of a unit's shape but not units the normalizer knows (统计报表, 台账) leave the column
    as it is: kept in extra, no unit applied to the value."""
    text = (
        "项目名称|示例园艺项目\n三级指标|指标值|资料来源\n补植面积|12|统计报表\n苗木成活率|90|抽查记录\n"
        "亩均投资|0.3|台账\n"
    )
    indicators = parse_document(text).units[0].projects[0].indicators
    assert [(i.annual_target.unit, i.extra) for i in indicators] == [
        (None, {"资料来源": "统计报表"}),
        (None, {"资料来源": "抽查记录"}),
        (None, {"资料来源": "台账"}),
    ]


def test_one_cell_a_line_two_names_the_model_does_not_know_together_in_the_header() -> None:
    """One cell a line: two header names no list holds, side by side among known ones (指标计量单位 / 关系式 /
    指标值), are both the header's; the rows below read under them (they had ended the header there, every cell
    below read as an indicator of its own)."""
    header = ["一级指标", "二级指标", "三级指标", "指标计量单位", "关系式", "指标值", "权重"]
    grid = [
        ["产出指标", "数量指标", "补充耕地面积", "亩", "大于等于", "420", "10"],
        ["", "", "土壤培肥地块", "块", "等于", "36", "5"],
        ["", "质量指标", "项目入库备案率", "%", "等于", "100", "10"],
    ]
    text = "项目名称\n示例市某某县补充耕地项目\n" + "".join(c + "\n" for r in [header, *grid] for c in r)
    got = [
        (i.name, i.annual_target.comparator, i.annual_target.value, i.annual_target.unit, i.weight)
        for i in parse_document(text).units[0].projects[0].indicators
    ]
    assert got == [
        ("补充耕地面积", ">=", Decimal("420"), "亩", Decimal("10")),
        ("土壤培肥地块", "=", Decimal("36"), "块", Decimal("5")),
        ("项目入库备案率", "=", Decimal("100"), "%", Decimal("10")),
    ]


@pytest.mark.parametrize("marks", [["一、1", "一、2", "二、1"], ["（1-1）", "（1-2）", "（2-1）"]])
def test_sequence_numbers_within_parts_and_a_person_column_after_the_values(marks: list[str]) -> None:
    """序号 numbered within a part, its part in Chinese numerals marked 、 (一、1) or the pair in brackets ((1-1)):
    1001, 1002, 2001 in every shape; a last column named by a header-block key of no field (经办人, a person) is the
    grid's, kept in extra (one cell a line had read it as the first row's first cell, every row shifted; flattened
    text had read 一、 as the 序号 and 1 as the name's start)."""
    grid = [
        [marks[0], "产出指标", "数量指标", "巡查海堤长度", "≥12公里", "王某某"],
        [marks[1], "", "质量指标", "隐患处置率", "100%", "李某某"],
        [marks[2], "效益指标", "社会效益指标", "海堤安全事故", "零事故", "王某某"],
    ]
    header = ["序号", "一级指标", "二级指标", "三级指标", "指标值", "经办人"]
    piped = "项目名称|示例市某某区海堤巡查项目\n" + "".join("|".join(r) + "\n" for r in [header, *grid])
    flat = "项目名称示例市某某区海堤巡查项目\n" + "".join("".join(r) + "\n" for r in [header, *grid])
    lines = "项目名称\n示例市某某区海堤巡查项目\n" + "".join(c + "\n" for r in [header, *grid] for c in r)
    for text in (piped, flat, lines):
        document = parse_document(text)
        assert rows(document) == [
            ("产出指标", "数量指标", "巡查海堤长度", "≥12公里"),
            ("产出指标", "质量指标", "隐患处置率", "100%"),
            ("效益指标", "社会效益指标", "海堤安全事故", "零事故"),
        ], text
        indicators = document.units[0].projects[0].indicators
        assert [(i.seq, i.extra) for i in indicators] == [
            (1001, {"经办人": "王某某"}),
            (1002, {"经办人": "李某某"}),
            (2001, {"经办人": "王某某"}),
        ]


def test_space_aligned_words_for_none_in_the_name_column_alone_are_a_placeholder_row() -> None:
    """Space-aligned text, categories at the top: a 二级 whose row says in its name's column alone that it has no
    indicator (本年度无该类指标, its value columns empty) is a placeholder row, not the end of the name above
    wrapped (农村群众文化生活本年度无该类指标 had been read as one name under the next block's label)."""
    text = (
        "项目名称            示例市某某县农村电影放映项目\n\n"
        "一级指标      二级指标        三级指标                  指标值            分值\n"
        "效益指标      社会效益指标    观影群众                  ≥7万人次          10\n"
        "                              农村群众文化生活          进一步丰富        10\n"
        "              生态效益指标    本年度无该类指标\n"
        "              可持续影响指标  放映员队伍稳定性          稳定              10\n"
    )
    document = parse_document(text)
    assert rows(document) == [
        ("效益指标", "社会效益指标", "观影群众", "≥7万人次"),
        ("效益指标", "社会效益指标", "农村群众文化生活", "进一步丰富"),
        ("效益指标", "可持续影响指标", "放映员队伍稳定性", "稳定"),
    ]
    assert any("placeholder row: 生态效益指标" in d.message for d in document.all_diagnostics())


W3M_GRID = """\
+--------------------------------------------------------------------------+
|项目名称   |示例市某某区少儿科普营地项目                                  |
|-----------+--------------------------------------------------------------|
|   序号    | 一级指标 |  二级指标  |     三级指标     |   指标值   | 分值 |
|-----------+----------+------------+------------------+------------+------|
| 一(1)     |          |            | 举办科普营期数   | 6期        | 10   |
|-----------|          |数量指标    |------------------+------------+------|
| 一(2)     |          |            | 营员人次         | ≥600人次   | 10   |
|-----------|产出指标  |------------+------------------+------------+------|
| 一(3)     |（0~40分）| 质量指标   | 营地安全事故     | 0起        | 10   |
|-----------+----------+------------+------------------+------------+------|
| 二(1)     |满意度指标|满意度指标  | 家长满意度       | ≥90%       | 10   |
+--------------------------------------------------------------------------+
"""


def test_a_bordered_grid_whose_merged_labels_stand_on_the_rules_through_them() -> None:
    """w3m's dump of a bordered HTML table (rowspan on the 一级 and 二级 blocks): a merged cell's words stand at the
    middle of its rows, on the rules between them too (产出指标 on a rule, its points on the next row's line). They
    had been read as a row of their own (a name of dashes), and the points alone as the 一级 of the rows after."""
    document = parse_document(W3M_GRID, form="columns")
    got = [
        (i.level1.name, i.level2.name, i.name, i.annual_target.raw) for i in document.units[0].projects[0].indicators
    ]
    assert got == [
        ("产出指标", "数量指标", "举办科普营期数", "6期"),
        ("产出指标", "数量指标", "营员人次", "≥600人次"),
        ("产出指标", "质量指标", "营地安全事故", "0起"),
        ("满意度指标", "满意度指标", "家长满意度", "≥90%"),
    ]


def test_a_nested_sequence_number_one_cell_a_line() -> None:
    """One cell a line, empty cells dropped: 序号 cells nested with a bracketed step (一(1), （二）1-2, 1-(3)) are the
    序号's, not a name's (the name had been 一(2), and every later cell one column off)."""
    lines = ["项目名称", "示例市某某区少儿科普营地项目", "序号", "一级指标", "二级指标", "三级指标", "指标值"]
    lines += ["一(1)", "产出指标", "数量指标", "举办科普营期数", "6期", "一(2)", "营员人次", "≥600人次"]
    lines += ["（二）1-2", "效益指标", "社会效益指标", "青少年科学兴趣", "明显提高", "1-(3)", "科普志愿者", "20名"]
    document = parse_document("\n".join(lines) + "\n", form="columns")
    got = [(i.level1.name, i.name, i.annual_target.raw, i.extra) for i in document.units[0].projects[0].indicators]
    assert got == [  # (a 序号 of no number kept as written, in extra)
        ("产出指标", "举办科普营期数", "6期", {"序号": "一(1)"}),
        ("产出指标", "营员人次", "≥600人次", {"序号": "一(2)"}),
        ("效益指标", "青少年科学兴趣", "明显提高", {"序号": "（二）1-2"}),
        ("效益指标", "科普志愿者", "20名", {"序号": "1-(3)"}),
    ]


@pytest.mark.parametrize("key", ["实施周期", "执行年度", "执行期间", "建设期限", "建设周期", "项目实施期"])
def test_a_project_period_keyed_by_a_word_of_carrying_out(key: str) -> None:
    """One cell a line: 实施周期, 执行年度, 执行期间, 建设期限, 建设周期 and 项目实施期 name the 项目期 (they had been read
    into the 项目属性 above)."""
    lines = ["项目名称", "示例市某某区路灯节能改造项目", "项目属性", "延续项目", key, "2023-2025年"]
    lines += ["一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标", "改造路灯", "1200盏"]
    (project,) = parse_document("\n".join(lines) + "\n", form="columns").units[0].projects
    assert (project.attribute, project.period) == ("延续项目", "2023-2025年")


def test_a_level1_label_s_points_printed_in_the_level2_column() -> None:
    """pdftotext of a wide 一级 cell prints its points apart from its name, in the 二级's column (产出指标    （50分）,
    满意度指标    （20分） 服务对象满意度指标): the points are the 一级's, the 二级 what follows them (or the one
    above, where nothing does); they had been read as the 二级."""
    text = (
        "项目名称|示例市某某区社区调解室项目\n"
        "一级指标|二级指标|三级指标|指标值\n"
        "产出指标|（50分）||\n"
        "|数量指标|调解案件|≥300件\n"
        "|质量指标|调解成功率|≥45%\n"
        "满意度指标|（20分） 服务对象满意度指标|当事人满意度|≥90%\n"
    )
    document = parse_document(text, form="columns")
    assert rows(document) == [
        ("产出指标", "数量指标", "调解案件", "≥300件"),
        ("产出指标", "质量指标", "调解成功率", "≥45%"),
        ("满意度指标", "服务对象满意度指标", "当事人满意度", "≥90%"),
    ]
    # (the label's row alone, its points joined to the 一级)
    assert [d.message for d in document.all_diagnostics()] == ["placeholder row: 产出指标（50分） has no indicator"]


def test_words_on_a_rule_with_no_merged_cell_to_join_are_kept_as_a_row() -> None:
    """A rule holding words (w3m prints a merged cell's words on the rules through it) where no cell above is open
    to take them (the rule is of another width than the rows before it): the line is read as a row of its own, so
    that its words are not lost."""
    text = (
        "|项目名称   |示例市某某区少儿科普营地项目         |\n"
        "|-----------|产出指标|------------+------------|\n"
        "| 一(1)     | 举办科普营期数 | 6期        | 10   |\n"
        "|-----------|--------+------------+------------|\n"
        "| 一(2)     |营员人次|≥600人次    |------|\n"
    )
    texts = [cell.text for row in delimited_rows(Text(text), "|") for cell in row.cells]
    assert "产出指标" in texts
    assert {"项目名称", "举办科普营期数", "6期", "营员人次", "≥600人次"} <= set(texts)


def test_a_sheet_s_column_letters_over_the_next_table_do_not_untype_a_sign_column() -> None:
    """csvlook prints a table with no header under its column letters (| a | b | c |): such a row is the sheet's,
    not a row of the table above, so it does not keep the column above from being read as signs by its cells (d
    is no comparator)."""
    head = "| 一级指标 | 二级指标 | 三级指标 | 比较判定 | 指标值 | 度量单位名称 |\n"
    rows = "| 产出指标 | 数量指标 | 新建冰场 | ≥ | 2 | 块 |\n| | 质量指标 | 冰面验收合格率 | 大于或等于 | 98 | % |\n"
    text = (
        "| 项目名称 | 示例市某某区冰雪运动推广项目 | | | | |\n" + head + rows + "\n"
        "| a | b | c | d | e | f |\n| --- | --- | --- | --- | --- | --- |\n"
        "| 项目名称 | 示例市某某区滑冰培训项目 | | | | |\n"
        + head
        + "| 产出指标 | 数量指标 | 培训学员 | ≥ | 300 | 人次 |\n"
        "| | 时效指标 | 培训完成时间 | ≤ | 11 | 月 |\n"
    )
    document = parse_document(text, form="columns")
    got = [
        (i.name, i.annual_target.raw, i.annual_target.comparator, i.annual_target.unit)
        for p in document.units[0].projects
        for i in p.indicators
    ]
    assert got == [
        ("新建冰场", "2", ">=", "块"),
        ("冰面验收合格率", "98", ">=", "%"),
        ("培训学员", "300", ">=", "人次"),
        ("培训完成时间", "11", "<=", "月"),
    ]


def test_a_database_export_s_null_cells_one_a_line_are_empty_cells() -> None:
    """One cell a line from ``tr '\\t' '\\n'`` over a database's tab-separated rows: the header block's rows padded to
    the grid's width with NULL, a line each; those are empty cells, not values (the grid had been read as nothing)."""
    rows = [
        ["项目名称", "示例算力调度项目", "NULL", "NULL"],
        ["主管部门", "示例市某某区数据资源局", "NULL", "NULL"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "算力调度服务企业数", "不少于60家"],
        ["", "质量指标", "平台可用率", "不低于99.9%"],
    ]
    text = "c1\nc2\nc3\nc4\n" + "".join(cell + "\n" for row in rows for cell in row)
    document = parse_document(text)
    project = document.units[0].projects[0]
    assert (project.name, project.department) == ("示例算力调度项目", "示例市某某区数据资源局")
    got = [(i.level2.name, i.name, i.annual_target.raw) for i in project.indicators]
    assert got == [("数量指标", "算力调度服务企业数", "不少于60家"), ("质量指标", "平台可用率", "不低于99.9%")]


def test_a_query_client_s_echo_and_footer_round_its_result_are_furniture() -> None:
    """impala-shell pasted from a terminal: its prompt and query over each result, and ``Fetched N row(s) in 0.18s``
    under it, are no rows of the grid (each had been read as one more indicator)."""
    rule = "+----------+----------+----------------+----------+\n"
    text = (
        "[dl-impala-02.example:21000] jx> select c1, ..., c4 from jx57 where p = 1 order by rn;\n"
        "Query: select c1, ..., c4 from jx57 where p = 1 order by rn\n"
        "| 项目名称 | 示例算力券项目 |  |  |\n"
        + rule
        + "| 一级指标 | 二级指标 | 三级指标       | 指标值   |\n"
        + "| 产出指标 | 数量指标 | 发放算力券     | 1200万元 |\n"
        + "|          | 质量指标 | 平台可用率     | ≥99.9%   |\n"
        + rule
        + "Fetched 4 row(s) in 0.18s\n"
    )
    document = parse_document(text)
    got = [(i.name, i.annual_target.raw) for i in document.units[0].projects[0].indicators]
    assert got == [("发放算力券", "1200万元"), ("平台可用率", "≥99.9%")]


@pytest.mark.parametrize(
    "marks",
    [("产出-1", "产出-2", "效益-1"), ("产出1", "产出2", "效益1"), ("甲-1", "甲-2", "乙-1"), ("1-a", "1-b", "2-a")],
)
def test_one_cell_a_line_sequences_within_parts_named_by_a_category_or_a_stem(marks) -> None:
    """One cell a line, a free column last: 产出-1 (or 产出1) … 效益-1, 甲-1 … 乙-1 and a part's lettered items, 1-a …
    2-a, are 序号 cells (each had been read as a name, every later cell a column off)."""
    rows = [
        ["序号", "三级指标", "年度指标值", "考核周期"],
        [marks[0], "租用灭火飞机", "6架", "年度"],
        [marks[1], "航空巡护飞行", "不少于900架时", "半年"],
        [marks[2], "森林火灾受害率", "≤0.9‰", "年度"],
    ]
    text = "项目名称\n示例航空灭火项目\n" + "".join(cell + "\n" for row in rows for cell in row)
    indicators = parse_document(text).units[0].projects[0].indicators
    assert [(i.name, i.annual_target.raw, i.extra.get("考核周期")) for i in indicators] == [
        ("租用灭火飞机", "6架", "年度"),
        ("航空巡护飞行", "不少于900架时", "半年"),
        ("森林火灾受害率", "≤0.9‰", "年度"),
    ]


def test_a_placeholder_with_the_period_as_its_object() -> None:
    """未纳入本期: not taken into this period, a placeholder (had been read as an indicator named so)."""
    text = "项目名称|示例雷管回收项目\n一级指标|二级指标|三级指标|指标值\n产出指标|数量指标|回收雷管|≥2万发\n效益指标|生态效益指标|未纳入本期|未纳入本期\n"
    indicators = parse_document(text).units[0].projects[0].indicators
    assert [i.name for i in indicators] == ["回收雷管"]


def test_sequence_numbers_marked_numero_one_cell_a_line() -> None:
    """№01, №02: 序号 cells (each had been read as a name, every later cell a column off); №0 alone, a wrapped
    piece of one, is none."""
    rows = [["序号", "三级指标", "指标值"], ["№01", "根雕技艺培训", "4期"], ["№02", "扶持根雕工作室", "15家"]]
    text = "项目名称\n示例根雕扶持项目\n" + "".join(cell + "\n" for row in rows for cell in row)
    indicators = parse_document(text).units[0].projects[0].indicators
    assert [(i.seq, i.name, i.annual_target.raw) for i in indicators] == [
        (1, "根雕技艺培训", "4期"),
        (2, "扶持根雕工作室", "15家"),
    ]
    from indicator_parser.forms.columns.reader import accepts

    assert not accepts("seq", "№0")


def test_a_rule_line_after_a_page_s_form_feed_is_no_label() -> None:
    """A legacy report's print: each page opens with a form feed before its ===== rule and the repeated header; the
    rule is no cell (it had been read as the next rows' 一级)."""
    header = "一级指标    二级指标        三级指标               指标值\n"
    text = (
        "项目名称    示例大骨节病防治项目\n\n"
        "=========================================================\n"
        + header
        + "---------------------------------------------------------\n"
        "产出指标    数量指标        病区儿童X线筛查        ≥900人\n\n"
        "                                     第 1 页\n"
        "\f=========================================================\n"
        + header
        + "---------------------------------------------------------\n"
        "                            成人患者综合治疗       150人\n"
        "            质量指标        X线片合格率            ≥95%\n"
    )
    indicators = parse_document(text).units[0].projects[0].indicators
    assert [(i.level1.name, i.level2.name, i.name) for i in indicators] == [
        ("产出指标", "数量指标", "病区儿童X线筛查"),
        ("产出指标", "数量指标", "成人患者综合治疗"),
        ("产出指标", "质量指标", "X线片合格率"),
    ]


@pytest.mark.parametrize(
    "words", ["此栏不填", "本项目无此类效益", "年度内不考核", "暂不评价", "本次活动不设该类指标", "无相应指标"]
)
def test_placeholder_words_of_a_field_a_kind_of_benefit_and_evaluation(words: str) -> None:
    """此栏不填 (this field left blank), 本项目无此类效益, 年度内不考核, 暂不评价: placeholders (each had been read as an
    indicator named so)."""
    text = (
        "项目名称|示例产后康复项目\n一级指标|二级指标|三级指标|指标值\n产出指标|数量指标|产后康复服务量|3000人次\n"
        f"效益指标|经济效益指标|{words}|{words}\n"
    )
    assert [i.name for i in parse_document(text).units[0].projects[0].indicators] == ["产后康复服务量"]


def test_a_page_head_of_gnu_pr_between_aligned_rows_is_furniture():
    # GNU pr's head of a page (2025-07-08 09:30 … blind.txt … Page 2), three chunks wide apart: not a row's cells
    from indicator_parser import parse_document

    text = (
        "项目名称    示例长城巡查项目\n\n"
        "一级指标    二级指标    三级指标            指标值\n"
        "产出指标    数量指标    巡查长城墙体        120公里\n"
        "\n2025-07-08 09:30                  示例.txt                  Page 2\n\n"
        "            质量指标    巡查记录完整率      100%\n"
        "满意度指标  满意度指标  沿线村民满意度      ≥90%\n"
    )
    document = parse_document(text)
    got = [
        (i.level2.name, i.name, i.annual_target.raw) for u in document.units for p in u.projects for i in p.indicators
    ]
    assert got == [
        ("数量指标", "巡查长城墙体", "120公里"),
        ("质量指标", "巡查记录完整率", "100%"),
        ("满意度指标", "沿线村民满意度", "≥90%"),
    ]
    assert not [d for d in document.diagnostics if "Page" in (d.text or "")]


def test_a_sign_column_s_between_beside_a_range_is_the_range_s_own_reading():
    # 介于 | 14-18 | ℃: between 14 and 18 ℃, the unit applied; 介于 beside one number says too little to apply
    from indicator_parser import parse_document

    text = (
        "项目名称|示例菌菇项目\n一级指标|二级指标|三级指标|数值关系|指标值|指标量纲|权重\n"
        "产出指标|质量指标|出菇期棚内温度|介于|14-18|℃|4\n产出指标|质量指标|菌棒含水率|介于|60|%|4\n"
    )
    document = parse_document(text)
    first, second = (i.annual_target for u in document.units for p in u.projects for i in p.indicators)
    assert (first.raw, first.kind, first.comparator, first.value, first.value_max, first.unit) == (
        "14-18",
        "range",
        "between",
        Decimal("14"),
        Decimal("18"),
        "℃",
    )
    # (the value's own reading kept, its columns not applied, as where a sign and a value disagree)
    assert (second.raw, second.comparator, second.value, second.unit) == ("60", "=", Decimal("60"), None)


def test_comparator_columns_named_by_what_a_value_must_reach_or_by_its_bound_after_it():
    # 达成要求 至少 | 120 | 只: >= 120 只; 上下限 after the value and unit: 95 | % | 及以上, 2025年7月15日 | | 以前
    from indicator_parser import parse_document

    text = (
        "项目名称|示例奶山羊项目\n一级指标|二级指标|三级指标|达成要求|指标值|计量单位|权重\n"
        "产出指标|数量指标|引进种公羊|至少|120|只|10\n"
        "项目名称|示例天文馆项目\n一级指标|二级指标|三级指标|指标值|计量单位|上下限|权重\n"
        "产出指标|质量指标|设备完好率|95|%|及以上|10\n产出指标|时效指标|设备安装完成时间|2025年7月15日||以前|10\n"
    )
    got = [
        (i.annual_target.raw, i.annual_target.comparator, i.annual_target.value, i.annual_target.unit)
        for u in parse_document(text).units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        ("120", ">=", Decimal("120"), "只"),
        ("95", ">=", Decimal("95"), "%"),
        ("2025年7月15日", "<=", None, None),
    ]


def test_centred_labels_as_near_one_block_as_the_next_go_where_a_unit_column_says() -> None:
    """Corpus 44's centred print: 个税APP操作指引印发 | 20000 | 份 stands as near the middle of the 数量指标 block as
    of the 质量指标 block below; its name suggests neither, its value and its unit column's cell (20000份, a count)
    say 数量指标. 检定证书差错 | 0 | 处 (a fault counted, in corpus 13) says nothing of a 数量指标."""
    from pathlib import Path

    text = (Path(__file__).parent / "corpus44" / "docs" / "blind44_02.aligned_centered.txt").read_text(encoding="utf-8")
    got = {c: b for _, b, c, _ in rows(parse_document(text, form="columns"))}
    assert got["个税APP操作指引印发"] == "数量指标"
    text = (Path(__file__).parent / "corpus13" / "docs" / "blind13_07.aligned_centered.txt").read_text(encoding="utf-8")
    got = {c: b for _, b, c, _ in rows(parse_document(text, form="columns"))}
    assert got["检定证书差错"] == "质量指标"


def test_a_title_in_a_grid_s_top_rule_and_a_title_written_across_every_column_are_no_rows() -> None:
    """terminaltables' AsciiTable prints its title inside the top rule (+示例…绩效目标表-----+----+); pyexcel's CSV
    writes a merged title once for each column it spans (示例…表,示例…表,示例…表,…): neither is an indicator of the
    project before it."""
    from indicator_parser import parse_document

    title = "示例市某某县2025年度项目支出绩效目标申报表"
    grid = "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n| 产出指标 | 数量指标 | 示范面积 | 1.2万亩 |\n"
    boxed = "".join(f"+{title}{'-' * 20}+{'-' * 8}+\n| 项目名称 | 示例项目{k} | | |\n{grid}" for k in (1, 2))
    spread = "".join(
        f"{','.join([title] * 4)}\n项目名称,示例项目{k},,\n{grid.replace(' | ', ',').replace('| ', '').replace(' |', '')}"
        for k in (1, 2)
    )
    for text in (boxed, spread):
        document = parse_document(text, form="columns")
        projects = [p for unit in document.units for p in unit.projects]
        assert [[i.name for i in p.indicators] for p in projects] == [["示范面积"], ["示范面积"]], text


@pytest.mark.parametrize(("sign", "unit"), [("取值要求", "度量"), ("判定要求", "计量")])
def test_sign_and_unit_columns_named_by_what_a_value_must_meet_and_by_the_measure_alone(sign: str, unit: str) -> None:
    # 取值要求 不少于 | 2500 | 公斤: >= 2500 公斤; a unit's column named by the measure alone, 计量 or 度量
    from indicator_parser import parse_document

    text = f"项目名称|示例向日葵项目\n一级指标|二级指标|三级指标|{sign}|指标值|{unit}|权重\n" + (
        "产出指标|数量指标|发放杂交食葵种子|不少于|2500|公斤|10\n"
    )
    (indicator,) = (i for u in parse_document(text).units for p in u.projects for i in p.indicators)
    target = indicator.annual_target
    assert (target.raw, target.comparator, target.value, target.unit) == ("2500", ">=", Decimal("2500"), "公斤")


@pytest.mark.parametrize(
    ("sign", "unit"),
    [
        ("达标关系", "计量单位符号"),
        ("运算规则", "度量单位符号"),
        ("运算关系符", "计量单位符号"),
        ("目标值符号", "指标值计量单位"),  # (a sign and a unit named after the target, as whole cells)
        ("比对关系", "目标值单位"),
        ("目标值比较", "计量单位"),
    ],
)
def test_sign_columns_named_by_the_relation_or_the_rule_and_a_units_column_by_its_symbol(sign: str, unit: str) -> None:
    # 达标关系 不高于 | 3.5 | 万元/套: <= 3.5 万元/套; 计量单位符号 a whole cell is the unit's column
    from indicator_parser import parse_document

    text = f"项目名称|示例渡口项目\n一级指标|二级指标|三级指标|{sign}|指标值|{unit}|权重\n" + (
        "产出指标|成本指标|单套候船亭补助|不高于|3.5|万元/套|10\n"
    )
    (indicator,) = (i for u in parse_document(text).units for p in u.projects for i in p.indicators)
    target = indicator.annual_target
    assert (target.raw, target.comparator, target.value, target.unit) == ("3.5", "<=", Decimal("3.5"), "万元/套")
    assert dict(indicator.extra) == {}


def test_a_sign_column_that_writes_reached_is_at_least_in_every_shape() -> None:
    # 达到 | 80 | %: >= 80 %, the word a sign's cell, not the name's end, in one cell a line with empty cells dropped
    from indicator_parser import parse_document

    rows = [
        ["一级指标", "二级指标", "三级指标", "运算规则", "指标值", "计量单位", "权重"],
        ["产出指标", "质量指标", "渡船检验合格比例", "达到", "80", "%", "10"],
        ["", "", "救生衣配备率", "不低于", "95", "%", "10"],
    ]
    piped = "项目名称|示例渡口项目\n" + "".join("|".join(r) + "\n" for r in rows)
    dropped = "项目名称\n示例渡口项目\n" + "".join(c + "\n" for r in rows for c in r if c)
    for text in (piped, dropped):
        got = [
            (i.name, i.annual_target.comparator, i.annual_target.value)
            for u in parse_document(text, form="columns").units
            for p in u.projects
            for i in p.indicators
        ]
        assert got == [("渡船检验合格比例", ">=", Decimal("80")), ("救生衣配备率", ">=", Decimal("95"))], text


@pytest.mark.parametrize("marks", [("1—1", "1—2", "2—1"), ("1。", "2。", "3。")])
def test_a_sequence_parted_by_a_dash_or_closed_by_a_full_stop_in_one_cell_a_line(marks: tuple[str, str, str]) -> None:
    # 1—1 (a dash between the part and its number, as Word's autoformat writes it) and 1。 are 序号 cells: each row
    # starts at one, though a row's last cell is empty
    from indicator_parser import parse_document

    rows = [
        ["序号", "指标名称", "年度指标值", "执行标准"],
        [marks[0], "渡船安全检查", "12次", "交通运输部规定"],
        [marks[1], "救生衣配备", "200件", ""],
        [marks[2], "乘客满意度", "≥90%", "问卷调查"],
    ]
    text = "项目名称\n示例渡口项目\n" + "".join(c + "\n" for r in rows for c in r)
    got = [
        (i.name, i.annual_target.raw)
        for u in parse_document(text, form="columns").units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [("渡船安全检查", "12次"), ("救生衣配备", "200件"), ("乘客满意度", "≥90%")]


def test_one_cell_a_line_with_the_labels_after_the_name_keeps_an_unknown_last_header_name() -> None:
    # 三级指标 / 年度指标值 / 一级指标 / 二级指标 / 指标值设定说明: the last name, one the model does not know, is the
    # header's (the first row's 一级 falls on 产出指标 only so), not the first row's name
    from indicator_parser import parse_document

    rows = [
        ["三级指标", "年度指标值", "一级指标", "二级指标", "指标值设定说明"],
        ["渡船安全检查", "12次", "产出指标", "数量指标", "每月1次"],
        ["救生衣配备", "200件", "产出指标", "数量指标", ""],
        ["乘客满意度", "≥90%", "满意度指标", "服务对象满意度指标", "问卷调查"],
    ]
    text = "项目名称\n示例渡口项目\n" + "".join(c + "\n" for r in rows for c in r)
    got = [
        (i.level1.name, i.name, i.annual_target.raw, dict(i.extra))
        for u in parse_document(text, form="columns").units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        ("产出指标", "渡船安全检查", "12次", {"指标值设定说明": "每月1次"}),
        ("产出指标", "救生衣配备", "200件", {}),
        ("满意度指标", "乘客满意度", "≥90%", {"指标值设定说明": "问卷调查"}),
    ]
