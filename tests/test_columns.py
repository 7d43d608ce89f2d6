"""Column tables (the national 一级/二级/三级/指标值 form): every shape, goldens, mutations, positions."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from columns_fixtures import SHAPES, TABLES, golden_path, path_of, render, table_rows
from hypothesis import given, settings
from hypothesis import strategies as st

from indicator_parser import Category, parse_document, read_document, to_dict
from indicator_parser.forms import form_reader
from indicator_parser.forms.columns import detect_shape, read_rows
from indicator_parser.forms.columns.headers import GRID_HEADERS, block_key, grid_field
from indicator_parser.forms.columns.reader import apply_columns, level1_name
from indicator_parser.sources import read_text
from indicator_parser.strategies import column_tables
from indicator_parser.table import Row, TableCell
from indicator_parser.text import LineIndex

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "examples" / "documents").glob("*.txt"))
EXAMPLES = [(name, shape) for name in TABLES for shape in SHAPES]
IDS = [f"{name}-{shape}" for name, shape in EXAMPLES]
# The whole table on one line: where a row's free text (指标解释, 偏差原因) ends and the next name starts is a guess.
ONE_LINE_GUESSES = {"c2_coded", "c5_self_evaluation"}


def load(path: Path):
    return parse_document(read_text(path), source=path.name)


def content(document) -> list:
    """What a document says, without positions (spans, lines, source) and with diagnostics as messages."""
    data = to_dict(document)
    units = []
    for unit in data["units"]:
        projects = []
        for project in unit["projects"]:
            kept = {k: v for k, v in project.items() if k not in ("span", "lines", "indicators", "diagnostics")}
            kept["diagnostics"] = [d["message"] for d in project["diagnostics"]]
            kept["indicators"] = [
                {
                    **{k: v for k, v in i.items() if k not in ("span", "warnings")},
                    "warnings": [w["message"] for w in i["warnings"]],
                }
                for i in project["indicators"]
            ]
            projects.append(kept)
        units.append((unit["name"], unit["total"], projects))
    return [data["department"], data["currency_unit"], data["form"], units, [d["message"] for d in data["diagnostics"]]]


def indicators(document) -> list:
    return [i for unit in document.units for p in unit.projects for i in p.indicators]


# ---------------------------------------------------------------- goldens and fixtures


def test_the_committed_examples_are_what_the_generator_renders():
    for name, shape in EXAMPLES:
        assert path_of(name, shape).read_text(encoding="utf-8") == render(name, shape), (name, shape)


@pytest.mark.parametrize("name", list(TABLES))
def test_golden_document(name: str):
    expected = json.loads(golden_path(name).read_text(encoding="utf-8"))
    assert to_dict(load(path_of(name, "pipe"))) == expected


def test_examples_are_numerous_enough():
    counts = {name: len(indicators(load(path_of(name, "pipe")))) for name in TABLES}
    assert sum(counts.values()) >= 60 and len(TABLES) >= 4
    assert counts == {
        "c1_plain": 14,
        "c2_coded": 13,
        "c3_two_targets": 13,
        "c4_value_unit": 13,
        "c5_self_evaluation": 8,
        "c6_sequence": 11,
    }


@pytest.mark.parametrize("name", list(TABLES))
def test_goldens_say_what_the_source_tables_say(name: str):
    """An independent reading of the golden JSON against the tables as written (not against the code)."""
    golden = json.loads(golden_path(name).read_text(encoding="utf-8"))
    table = TABLES[name]
    header = table["header"]
    got = [p for u in golden["units"] for p in u["projects"]]
    assert [p["name"] for p in got] == [p["block"][0] for p in table["projects"]]
    for project, source in zip(got, table["projects"], strict=True):
        _, department, implementer, attribute, period, money, goals = source["block"]
        assert (project["department"], project["implementer"], project["attribute"], project["period"]) == (
            department,
            implementer,
            attribute,
            period,
        )
        assert (project["period_goal"], project["goal"]) == goals
        assert project["amounts"]["total"] == float(money[0]) and project["amounts"]["fiscal"] == float(money[1])
        rows = [r for r in source["rows"] if any(r[2:]) or "三级指标" not in header]
        assert len(project["indicators"]) == len(rows)
        level1 = level2 = ""
        for indicator, row in zip(project["indicators"], rows, strict=True):
            cells = dict(zip(header, row, strict=True))
            if "一级指标" in cells:
                if cells["一级指标"]:
                    level1, level2 = cells["一级指标"], cells["二级指标"]
                elif cells["二级指标"]:
                    level2 = cells["二级指标"]
                assert indicator["level1"]["name"] == level1_name(level1)
                assert indicator["level2"]["name"] == level2
            name_header = "三级指标" if "三级指标" in cells else "指标名称"
            assert indicator["name"] == cells[name_header]
            value = cells.get("指标值") or cells.get("年度指标值") or cells.get("指标值及单位")
            assert indicator["annual_target"]["raw"] == value
            if "实施期指标值" in cells:
                assert indicator["period_target"]["raw"] == cells["实施期指标值"]
            if "权重" in cells or "分值" in cells:
                assert indicator["weight"] == float(cells.get("权重") or cells["分值"])
            if "得分" in cells:
                assert indicator["score"] == float(cells["得分"]) and indicator["actual"]["raw"] == cells["实际完成值"]
            if "序号" in cells:
                assert indicator["seq"] == int(cells["序号"])


# ---------------------------------------------------------------- every shape reads the same


@pytest.mark.parametrize(
    ("name", "shape"), [e for e in EXAMPLES if e[1] != "pipe"], ids=[i for i in IDS if not i.endswith("-pipe")]
)
def test_every_shape_gives_the_same_document(name: str, shape: str):
    expected = content(load(path_of(name, "pipe")))
    got = content(load(path_of(name, shape)))
    if shape == "oneline" and name in ONE_LINE_GUESSES:
        pytest.skip("see test_the_whole_table_on_one_line")
    assert got == expected


def test_flattened_self_evaluation_splits_its_points_where_one_place_only_reads():
    """分值 glued to 得分 (2020, 1010, 108): split where one place only leaves a 分值 of at most 100 and a 得分
    above 0 and no more than it (2020 is 20 and 20: 202 and 0 would be over 100), as the pipe table says."""
    pipe = indicators(load(path_of("c5_self_evaluation", "pipe")))
    flat = indicators(load(path_of("c5_self_evaluation", "flat")))
    assert [(i.name, i.weight, i.score) for i in flat] == [(i.name, i.weight, i.score) for i in pipe]
    assert all(i.weight is not None and i.score is not None for i in flat)


@pytest.mark.parametrize(("name", "shape"), EXAMPLES, ids=IDS)
def test_detection_picks_the_column_form_and_the_shape(name: str, shape: str):
    path = path_of(name, shape)
    text = read_text(path)
    assert form_reader(None, text).name == "columns"
    expected = {"bare": "pipe", "dropped": "lines", "oneline": "flat"}.get(shape, shape)
    assert detect_shape(text, path.suffix if path.suffix in (".csv", ".tsv") else None) == expected
    assert detect_shape(text) == expected  # the content alone says it too


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_detection_keeps_the_seeds_guangzhou(seed: Path):
    assert form_reader(None, read_text(seed)).name == "guangzhou"
    assert load(seed).form == "guangzhou"


def test_form_overrides_detection():
    text = read_text(path_of("c1_plain", "pipe"))
    assert parse_document(text).form == "columns"
    forced = parse_document(text, form="guangzhou")
    assert forced.form == "guangzhou" and not indicators(forced)
    seed = read_text(SEEDS[1])
    as_columns = parse_document(seed, form="columns")
    assert as_columns.form == "columns" and not indicators(as_columns)
    # No grid header in a Guangzhou table: what the column reader finds is reported, not read as indicators.
    assert all(p.diagnostics for u in as_columns.units for p in u.projects)


@pytest.mark.parametrize(("name", "shape"), EXAMPLES, ids=IDS)
def test_every_position_points_at_the_file(name: str, shape: str):
    """Spans are offsets into the file; diagnostics have line, column and the file's text verbatim."""
    path = path_of(name, shape)
    text = read_text(path)
    lines = LineIndex(text)
    document = load(path)
    for diagnostic in document.all_diagnostics():
        assert text[diagnostic.span[0] : diagnostic.span[1]] == diagnostic.text
        assert lines.line_column(diagnostic.span[0]) == (diagnostic.line, diagnostic.column)
    for unit in document.units:
        for project in unit.projects:
            assert lines.line_column(project.span[0])[0] == project.lines[0]
            assert project.name in re.sub(r"\s", "", text[project.span[0] : project.span[1]])
            for indicator in project.indicators:
                if indicator.name:  # its characters in order within its span (a wrapped name is interleaved)
                    stretch = iter(text[indicator.span[0] : indicator.span[1]])
                    assert all(ch in stretch for ch in indicator.name.replace(" ", ""))


def test_csv_and_tsv_files_read_by_extension_and_from_a_folder():
    for shape in ("csv", "tab"):
        path = path_of("c3_two_targets", shape)
        assert content(read_document(path)) == content(read_document(path_of("c3_two_targets", "pipe")))


# ---------------------------------------------------------------- header names


def test_every_header_name_of_forms_md_maps_to_its_field():
    fields = {
        "level1": ["一级指标"],
        "level2": ["二级指标"],
        "name": ["三级指标", "指标名称", "指标内容"],
        "comparator": ["指标性质", "计算符号", "符号"],
        "value": ["指标值", "指标值及单位"],
        "period": ["实施期指标值", "长期指标值", "中期指标值"],
        "annual": ["年度指标值"],
        "unit": ["度量单位", "计量单位"],
        "weight": ["权重", "分值", "权重（%）", "分值(分)"],
        "actual": ["实际完成值"],
        "score": ["得分"],
        "direction": ["指标方向性"],
        "explanation": ["指标解释"],
        "scoring": ["评(扣)分标准", "评（扣）分标准"],
        "basis": ["指标值确定依据"],
        "standard": ["绩效标准"],
        "deviation": ["偏差原因及改进措施"],
        "rate": ["完成率", "完成比例"],  # (not in FORMS.md: a self-evaluation's percentage, kept in extra)
        "responsible": [
            "责任单位",
            "配合单位",
            "责任部门",
            "牵头处室",
        ],  # (not in FORMS.md either: who answers for a row)
        "seq": ["序号"],
    }
    for field, names in fields.items():
        for name in names:
            assert grid_field(name) == field, name
            assert grid_field(" ".join(name)) == field  # spaces inside a header (一 级 指 标)
    assert grid_field("考评口径") is None
    assert set(GRID_HEADERS.values()) == set(fields) | {"note"}
    assert block_key("主管部门及代码") == "department" and block_key("项目资金（万元）") == "funds"
    assert block_key("长期目标") == "period_goal" and block_key("年度目标") == "goal"


def _document_of(*lines: str):
    return parse_document("\n".join(lines) + "\n")


BLOCK = ("| 项目名称 | 测试项目 |", "| 主管部门 | 示例局 | 实施单位 | 示例中心 |")


def test_unknown_header_is_kept_in_extra_with_a_diagnostic():
    document = _document_of(
        *BLOCK,
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 考评口径 |",
        "| 产出指标 | 数量指标 | 培训场次 | ≥6场 | 综合科 |",
    )
    (project,) = document.units[0].projects
    (indicator,) = project.indicators
    assert indicator.extra == {"考评口径": "综合科"}
    assert [d.message for d in project.diagnostics] == ["column 考评口径 is not one the model names; kept in extra"]
    assert (project.diagnostics[0].line, project.diagnostics[0].column) == (3, 30)


@pytest.mark.parametrize("empty", ["", "\u3000"])
def test_unknown_header_one_cell_a_line_is_a_header_not_the_first_row(empty: str):
    """One cell a line: a header the model does not know, last before the first row's 序号, is the grid's
    header (kept in extra, with a warning): it had ended the header, and been read as the first row's 序号 (empty
    cells dropped) or shifted every row by a cell."""
    rows = [
        ["1", "产出指标", "数量指标", "培训场次", "≥6场", "综合科"],
        ["2", empty, "质量指标", "培训合格率", "≥95%", "综合科"],
    ]
    cells = [c for row in rows for c in row if c or empty]
    text = (
        "\n".join(["项目名称", "测试项目", "序号", "一级指标", "二级指标", "三级指标", "指标值", "考评口径", *cells])
        + "\n"
    )
    (project,) = parse_document(text).units[0].projects
    got = [(i.level1.name, i.level2.name, i.name, i.annual_target.raw, i.extra) for i in project.indicators]
    assert got == [
        ("产出指标", "数量指标", "培训场次", "≥6场", {"考评口径": "综合科"}),
        ("产出指标", "质量指标", "培训合格率", "≥95%", {"考评口径": "综合科"}),
    ]
    (warning,) = project.diagnostics
    assert (warning.message, warning.line) == ("column 考评口径 is not one the model names; kept in extra", 8)


def test_a_basis_header_set_rather_than_determined_is_the_basis():
    # 指标值设定依据 (set) as 指标值确定依据 (determined): a basis, kept in extra with no warning
    document = _document_of(
        *BLOCK,
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 指标值设定依据 |",
        "| 产出指标 | 数量指标 | 培训场次 | ≥6场 | 年度计划 |",
    )
    (project,) = document.units[0].projects
    assert project.indicators[0].extra == {"指标值设定依据": "年度计划"}
    assert project.diagnostics == ()


def test_missing_value_column_is_a_diagnostic():
    document = _document_of(
        *BLOCK, "| 一级指标 | 二级指标 | 三级指标 | 备注 |", "| 产出指标 | 数量指标 | 培训场次 | 无 |"
    )
    (project,) = document.units[0].projects
    assert "the indicator grid has no value column" in [d.message for d in project.diagnostics]


# ---------------------------------------------------------------- comparator and unit columns


def test_comparator_and_unit_columns_apply_to_a_bare_number():
    target, doubt = apply_columns("96", "≥", "%")
    assert doubt is None
    assert (target.raw, target.kind, target.comparator, target.value, target.unit) == (
        "96",
        "quantity",
        ">=",
        Decimal(96),
        "%",
    )
    full_width, _ = apply_columns("100", "＝", "百分比")
    assert (full_width.comparator, full_width.unit) == ("=", "%")


def test_columns_that_cannot_apply_are_reported_not_dropped():
    target, doubt = apply_columns("良好", "≥", "%")
    assert target.kind == "qualitative" and target.comparator is None
    assert doubt == "指标性质 ≥ and 度量单位 % not applied: the value 良好 is not a number; kept as written"


def test_comparator_column_applies_to_a_date():
    target, doubt = apply_columns("2025年11月", "≤", None)
    assert doubt is None and (target.kind, target.comparator, target.raw) == ("timeframe", "<=", "2025年11月")


def test_qualitative_marks_a_text_value_and_keeps_other_kinds():
    target, doubt = apply_columns("达到预期", "定性", None)
    assert doubt is None and target.kind == "qualitative" and target.raw == "达到预期"
    graded, _ = apply_columns("良好", "定性", None)
    assert graded.kind == "qualitative" and graded.label == "良好"
    dated, _ = apply_columns("2025年10月底前", "定性", None)
    assert dated.kind == "timeframe"
    # a slogan of counts is no list of quantities where the table says 定性
    slogan, doubt = apply_columns("发现一处、整改一处", "定性", None)
    assert doubt is None
    assert (slogan.kind, slogan.label, slogan.parts, slogan.value) == ("qualitative", "发现一处、整改一处", (), None)


def test_columns_that_contradict_the_value_keep_the_value_and_say_so():
    target, doubt = apply_columns("≤5%", "≥", "%")
    assert (target.comparator, target.value) == ("<=", Decimal(5))
    assert doubt == "指标性质 ≥ but the value says <=; the value's own reading is kept"
    target, doubt = apply_columns("96%", None, "个")
    assert target.unit == "%" and doubt is not None and "度量单位 个" in doubt
    target, doubt = apply_columns("96", "定性", None)
    assert target.kind == "quantity" and doubt is not None


def test_comparator_column_in_a_document_and_its_doubt_placed():
    document = _document_of(
        *BLOCK,
        "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 权重 |",
        "| 产出指标 | 质量指标 | 验收合格率 | ≥ | 96 | % | 10.5 |",
        "|  |  | 返工率 | ≥ | ≤2% | % | 5 |",
    )
    first, second = indicators(document)
    assert (
        first.annual_target.raw == "96" and first.annual_target.comparator == ">=" and first.weight == Decimal("10.5")
    )
    assert second.annual_target.comparator == "<="
    (doubt,) = second.warnings
    assert doubt.text == "≤2%" and doubt.line == 5


# ---------------------------------------------------------------- mutations


def _pipe(name: str) -> str:
    return path_of(name, "pipe").read_text(encoding="utf-8")


def test_shifted_cells_are_put_back_by_content():
    """A row whose empty merged cells were dropped (cells shifted left) reads as the full row."""
    text = _pipe("c2_coded")
    shifted = text.replace("|  |  | 新建防汛道路长度 |", "| 新建防汛道路长度 |").replace(
        "|  | 质量指标 | 工程验收合格率 |", "| 质量指标 | 工程验收合格率 |"
    )
    assert shifted != text
    assert content(parse_document(shifted)) == content(parse_document(text))


def test_a_dropped_comparator_cell_is_recognised():
    text = _pipe("c2_coded").replace(
        "| 主体工程完工时间 | 定性 | 2025年10月底前 |  |", "| 主体工程完工时间 | 2025年10月底前 |"
    )
    (indicator,) = [i for i in indicators(parse_document(text)) if i.name == "主体工程完工时间"]
    assert indicator.annual_target.raw == "2025年10月底前" and indicator.weight == 10
    assert indicator.extra["指标解释"] == "按合同工期完工"


def test_page_breaks_with_repeated_headers_and_titles_join_the_project():
    text = _pipe("c3_two_targets")
    header = "| 一级指标 | 二级指标 | 三级指标 | 实施期指标值 | 年度指标值 |"
    lines = text.split("\n")
    at = lines.index("|  | 质量指标 | 健康档案规范建档率 | ≥95% | ≥95% |")
    broken = [*lines[:at], "第 1 页", "", "项目支出绩效目标表（续）", header, *lines[at:]]
    assert content(parse_document("\n".join(broken))) == content(parse_document(text))


@pytest.mark.parametrize("footer", ["第 1 页，共 3 页", "第1页 共3页", "共 3 页 第 1 页", "- 1 -", "1/3"])
def test_page_footers_in_their_usual_spellings_are_no_row(footer: str):
    text = _pipe("c3_two_targets")
    lines = text.split("\n")
    at = lines.index("|  | 质量指标 | 健康档案规范建档率 | ≥95% | ≥95% |")
    broken = [*lines[:at], footer, *lines[at:]]
    assert content(parse_document("\n".join(broken))) == content(parse_document(text))


def test_empty_placeholder_rows_are_reported_not_read():
    text = _pipe("c1_plain").replace(
        "|  | 质量指标 | 驿站开放达标率 | ≥95% |", "|  | 质量指标 | — | / |\n|  | 质量指标 | 驿站开放达标率 | ≥95% |"
    )
    document = parse_document(text)
    assert len(indicators(document)) == 14
    messages = [d.message for d in document.all_diagnostics()]
    assert "placeholder row: 质量指标 has no indicator" in messages


def test_a_project_split_across_pages_with_merged_cells_carried_over():
    text = _pipe("c1_plain")
    assert "（续）" in text  # the example breaks its first project over two pages already
    (first, _) = [p for u in parse_document(text).units for p in u.projects]
    assert len(first.indicators) == 8 and first.lines == (2, 20)
    # A page break that also repeats the 二级 cell of the block it breaks: still one project, same reading.
    lines = text.split("\n")
    at = lines.index("|  | 质量指标 | 驿站开放达标率 | ≥95% |")
    lines[at + 1 : at + 1] = ["2025年项目支出绩效目标表（续）", "| 一级指标 | 二级指标 | 三级指标 | 指标值 |"]
    assert content(parse_document("\n".join(lines))) == content(parse_document(text))


def test_wrapped_cells_in_space_aligned_text_are_joined():
    text = path_of("c4_value_unit", "aligned").read_text(encoding="utf-8")
    wrapped = text.split("农户技术掌握程度")[1].split("\n")
    assert "（抽样评估）" not in wrapped[0] and wrapped[1].strip() == "（抽样评估）"  # the name wraps in place
    (indicator,) = [i for i in indicators(parse_document(text)) if i.name and i.name.startswith("农户")]
    assert indicator.name == "农户技术掌握程度（抽样评估）" and indicator.annual_target.raw == "显著提高"


def test_a_wrapped_value_in_space_aligned_text_is_joined():
    text = "\n".join(
        [
            "项目名称   测试项目",
            "一级指标     二级指标     三级指标       指标值",
            "产出指标     数量指标     培训场次       不少于6场，每场",
            "                                         不少于2小时",
            "             质量指标     考核通过率     ≥92%",
        ]
    )
    first, second = indicators(parse_document(text))
    assert first.annual_target.raw == "不少于6场，每场不少于2小时"
    assert (second.level1.name, second.level2.name, second.name) == ("产出指标", "质量指标", "考核通过率")


def test_one_cell_a_line_with_dropped_cells_and_free_text_columns():
    got = content(load(path_of("c5_self_evaluation", "dropped")))
    assert got == content(load(path_of("c5_self_evaluation", "pipe")))


def test_flattened_rows_split_by_the_grammar():
    text = "\n".join(
        [
            "项目名称测试项目",
            "一级指标二级指标三级指标指标值权重",
            "产出指标(40分)数量指标举办技能培训班≥6期10",
            "质量指标新建村级服务点8个的验收合格率100%15",
            "效益指标社会效益指标农户技术掌握程度显著提高15",
        ]
    )
    first, second, third = indicators(parse_document(text))
    assert (first.level1.name, first.level2.name, first.name) == ("产出指标", "数量指标", "举办技能培训班")
    assert (first.annual_target.raw, first.weight, first.extra) == ("≥6期", Decimal(10), {"一级指标": "产出指标(40分)"})
    assert (second.level1.name, second.level2.name) == ("产出指标", "质量指标")
    assert (second.name, second.annual_target.raw, second.weight) == (
        "新建村级服务点8个的验收合格率",
        "100%",
        Decimal(15),
    )
    assert (third.level2.code, third.name, third.annual_target.raw) == ("22", "农户技术掌握程度", "显著提高")


def test_flattened_value_glued_to_the_actual():
    text = "项目名称测试项目\n一级指标二级指标三级指标年度指标值实际完成值\n产出指标质量指标学员结业考核通过率≥92%95%\n"
    (indicator,) = indicators(parse_document(text))
    assert (indicator.annual_target.raw, indicator.actual.raw) == ("≥92%", "95%")


def test_a_flattened_header_with_no_value_column_is_reported():
    # found by hypothesis (an IndexError then): a header of two 一级指标 columns and a bare number below
    document = parse_document("一级指标一级指标\n96", form="columns")
    assert not indicators(document)
    assert [d.text for d in document.diagnostics if d.message == "text outside any project table"] == [
        "一级指标",
        "一级指标",
        "96",
    ]


def test_every_cell_ends_in_a_node_or_a_diagnostic():
    """Cells the reader cannot place are diagnostics, with their place in the file."""
    document = _document_of(
        *BLOCK,
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
        "| 产出指标 | 数量指标 | 培训场次 | ≥6场 | 多出来的一格 |",
        "这一行不属于表格",
    )
    messages = {d.text: d.message for d in document.all_diagnostics()}
    assert "多出来的一格" in messages
    assert (indicators(document)[0].annual_target.raw, len(indicators(document))) == ("≥6场", 2)
    assert indicators(document)[1].name == "这一行不属于表格"  # a stray line in the grid reads as a name
    assert "indicator with no target value" in [w.message for w in indicators(document)[1].warnings]


def test_points_in_a_level1_cell_stay_out_of_its_name():
    assert level1_name("产出指标(40分)") == "产出指标"
    assert level1_name("成本指标（0-20）分") == "成本指标"
    assert level1_name("产出指标") == "产出指标"


def test_misspelt_category_is_kept_and_flagged():
    document = _document_of(
        *BLOCK, "| 一级指标 | 二级指标 | 三级指标 | 指标值 |", "| 产出指木 | 数量指标 | 培训场次 | 6场 |"
    )
    (indicator,) = indicators(document)
    assert indicator.level1.name == "产出指木" and indicator.level1.code is None
    assert "unknown level-1 category 产出指木" in [w.message for w in indicator.warnings]


def test_read_rows_takes_cells_from_any_source():
    """The entry for PDF and XLSX sources: rows of cells, with positions of their own (here: page 3)."""

    def cell(text: str, k: int) -> TableCell:
        return TableCell(text, (k, k + len(text)), 1, k + 1, text)

    rows = [
        ["项目名称", "测试项目"],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "培训场次", "≥6场"],
        ["", "", "培训人数", "≥120人"],
    ]
    document = read_rows([Row(tuple(cell(t, k) for k, t in enumerate(r)), page=3) for r in rows], source="x.pdf")
    (project,) = document.units[0].projects
    assert project.page == 3 and project.name == "测试项目"
    assert [(i.level2.name, i.name, i.annual_target.raw) for i in project.indicators] == [
        ("数量指标", "培训场次", "≥6场"),
        ("数量指标", "培训人数", "≥120人"),
    ]


def test_table_rows_cover_every_example_shape():
    assert {kind for kind, _ in table_rows("c1_plain")} == {"title", "block", "header", "grid"}


# ---------------------------------------------------------------- grammar, registry, command line


def test_the_flattened_grammar_words_stay_in_sync_with_the_taxonomy_and_the_headers():
    from indicator_parser.forms.columns import flat
    from indicator_parser.grammar import grammar_path

    assert grammar_path("column_words.lark").read_text(encoding="utf-8") == flat.grammar_text()
    # Every level-1 name of the taxonomy and every header name is a word of the flattened grammar (but the short
    # forms without 指标, 产出 and 效益: too short to cut a glued line by).
    from indicator_parser.grammar import columns_parser
    from indicator_parser.taxonomy import TAXONOMY

    level1 = re.compile(columns_parser().get_terminal("LEVEL1_NAME").pattern.to_regexp())
    names = {n for k in TAXONOMY if k.level == 1 for n in k.names}
    assert all(level1.fullmatch(n) for n in names if n + "指标" not in names)
    assert not level1.fullmatch("产出") and not level1.fullmatch("效益")
    assert level1.fullmatch("产出指标(40分)") and level1.fullmatch("成本指标（0-20）分")
    headers = [t.value for t in columns_parser().parse("一级指标二级指标三级指标指标值权重", start="header").children]
    assert headers == ["一级指标", "二级指标", "三级指标", "指标值", "权重"]


def test_cli_knows_every_registered_form():
    from indicator_parser.cli import FORM_NAMES
    from indicator_parser.forms import FORMS

    assert set(FORM_NAMES) == set(FORMS) and next(iter(FORMS)) == "columns"


def test_cli_parse_and_check_read_column_tables_and_form_overrides(tmp_path: Path):
    from click.testing import CliRunner

    from indicator_parser.cli import main

    runner = CliRunner()
    csv_file = path_of("c6_sequence", "csv")
    parsed = runner.invoke(main, ["parse", str(csv_file)])
    assert parsed.exit_code == 0, parsed.output
    data = json.loads(parsed.stdout)
    assert data["form"] == "columns" and sum(len(p["indicators"]) for u in data["units"] for p in u["projects"]) == 11
    forced = runner.invoke(main, ["parse", "--form", "guangzhou", str(csv_file)])
    assert json.loads(forced.stdout)["form"] == "guangzhou"
    folder = tmp_path / "tables"
    folder.mkdir()
    for shape in ("csv", "tab", "aligned"):
        source = path_of("c4_value_unit", shape)
        (folder / source.name).write_bytes(source.read_bytes())
    checked = runner.invoke(main, ["check", str(folder)])
    assert checked.exit_code == 0, checked.output
    assert checked.stdout.count("13 indicators") == 3 and ".tsv" in checked.stdout and ".csv" in checked.stdout


# ---------------------------------------------------------------- drawn tables


@given(column_tables())
def test_drawn_column_tables_read_back_in_every_shape(table):
    document = parse_document(table.text)
    assert document.form == "columns"
    got = [
        (
            i.level1.name,
            i.level2.name,
            i.name,
            i.annual_target and i.annual_target.raw,
            i.period_target and i.period_target.raw,
            None if i.weight is None else str(i.weight),
        )
        for i in indicators(document)
    ]
    assert not [d for d in document.all_diagnostics() if d.severity == "error"]
    if table.shape != "flat":
        assert got == list(table.indicators), table.text
        return
    # Flattened text: what is read is what was written; what cannot be split is None (and a warning), never a guess.
    assert len(got) == len(table.indicators), table.text
    for read, drawn in zip(got, table.indicators, strict=True):
        assert read[:2] == drawn[:2], table.text
        for a, b in zip(read[3:], drawn[3:], strict=True):
            assert a in (b, None), table.text
        if read[3] is not None:
            assert read[2] == drawn[2], table.text


def test_header_block_variants_key_space_value_and_a_repeated_merged_value():
    document = parse_document(
        "项目名称 乡村文化驿站运营\n主管部门：示例局\n| 实施单位 | 示例中心 | 示例中心 | 示例中心 |\n"
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n| 产出指标 | 数量指标 | 驿站数量 | 12个 |\n"
    )
    (project,) = document.units[0].projects
    assert (project.name, project.department, project.implementer) == ("乡村文化驿站运营", "示例局", "示例中心")


def test_equal_amounts_under_their_keys_are_two_values_not_a_repeated_merged_cell():
    """年度资金总额 63.80 and 其中：财政拨款 63.80 side by side under their keys (a block laid across, all financed
    from the budget): two amounts, not one merged cell the converter repeated. Before, they were taken for one:
    财政拨款 read 0.00 (其他资金's) and 其他资金 none."""
    document = parse_document(
        "|| 项目名称 || 主管部门 ||\n| 示例河道保洁项目 | 示例县水务局 |\n"
        "|| 项目资金（万元） || 年度资金总额 || 其中：财政拨款 || 其他资金 ||\n|  | 63.80 | 63.80 | 0.00 |\n"
        "|| 一级指标 || 二级指标 || 三级指标 || 指标值 ||\n| 产出指标 | 数量指标 | 保洁长度 | 36公里 |\n"
    )
    (project,) = document.units[0].projects
    assert (project.amounts.total, project.amounts.fiscal, project.amounts.other) == (
        Decimal("63.80"),
        Decimal("63.80"),
        Decimal("0.00"),
    )
    assert not [d.message for d in project.diagnostics if "sum" in d.message or "paired" in d.message]


def test_contact_and_category_keys_end_the_value_before_them():
    """联系人 (with 联系电话 after it) and 项目类别 are keys the model keeps no field for: they end the value
    before them. Before, the 项目期 took 联系人 and the person's name as the rest of its value (2025年联系人卢某某),
    and 实施单位 took 项目类别 and its value."""
    document = parse_document(
        "| 项目名称 | 示例河道保洁项目 | 主管部门 | 示例县水务局 |\n"
        "| 实施单位 | 示例县河道管理所 | 项目类别 | 专项业务类 |\n"
        "| 项目属性 | 新增项目 | 项目期 | 2025年 |\n| 联系人 | 卢某某 | 联系电话 | 0000-12345678 |\n"
        "| 项目资金（万元） | 年度资金总额 | 128.60 | |\n| 其中：财政拨款 | 98.60 | 事业收入 | 30.00 |\n"
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n| 产出指标 | 数量指标 | 保洁长度 | 36公里 |\n"
    )
    (project,) = document.units[0].projects
    assert (project.implementer, project.period) == ("示例县河道管理所", "2025年")
    assert (project.amounts.total, project.amounts.fiscal, project.amounts.other) == (
        Decimal("128.60"),
        Decimal("98.60"),
        None,
    )
    kept = [d.message for d in project.diagnostics if "kept only here" in d.message]
    assert any("联系人 卢某某" in m for m in kept) and any("事业收入 30.00" in m for m in kept)


def test_flattened_glued_bare_numbers_split_only_where_the_weight_reads():
    """＝1210 in a table with a 权重 column: 12 and a 权重 10, the one reading that fills the row (121 and a
    权重 of 0 is none, 1 and 210 is over 100; 1210 with no 权重 leaves the row's 权重 empty)."""
    text = "项目名称测试项目\n一级指标二级指标三级指标指标性质指标值度量单位权重\n产出指标数量指标培训场次＝1210\n质量指标合格率≥96%10\n"
    first, second = indicators(parse_document(text))
    assert (first.annual_target.raw, first.weight) == ("12", 10)
    assert (second.annual_target.raw, second.annual_target.comparator, second.annual_target.unit) == ("96", ">=", "%")
    assert second.weight == 10


def test_one_cell_a_line_with_a_name_broken_over_two_lines():
    text = "项目名称\n测试项目\n一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n新建村级综合服务\n站点数量\n≥8个\n质量指标\n验收合格率\n100%\n"
    first, second = indicators(parse_document(text))
    assert (first.name, first.annual_target.raw) == ("新建村级综合服务站点数量", "≥8个")
    assert (second.level2.name, second.name, second.annual_target.raw) == ("质量指标", "验收合格率", "100%")
    assert parse_document(text).units[0].projects[0].diagnostics == ()


def test_space_aligned_name_and_value_wrapped_on_the_same_line():
    text = "\n".join(
        [
            "项目名称   测试项目",
            "一级指标     二级指标     三级指标          指标值",
            "产出指标     数量指标     培训农户人数      不少于6场，每场",
            "                          （抽样评估）      不少于2小时",
            "             质量指标     考核通过率        ≥92%",
        ]
    )
    first, second = indicators(parse_document(text))
    assert (first.name, first.annual_target.raw) == ("培训农户人数（抽样评估）", "不少于6场，每场不少于2小时")
    assert (second.level2.name, second.name) == ("质量指标", "考核通过率")


def test_the_whole_table_on_one_line():
    """Cut at its keys, header runs, titles and category words, and between merged rows after their values."""
    for name in TABLES:
        text = path_of(name, "oneline").read_text(encoding="utf-8")
        assert text.count("\n") == 1
        document = parse_document(text)
        assert [p.name for u in document.units for p in u.projects] == [p["block"][0] for p in TABLES[name]["projects"]]
        if name not in ONE_LINE_GUESSES:
            assert content(document) == content(load(path_of(name, "pipe")))


def test_column_documents_validate_against_the_json_schema():
    import jsonschema

    from indicator_parser.outputs.schema import document_schema

    validator = jsonschema.Draft202012Validator(document_schema())
    for name in TABLES:
        validator.validate(json.loads(golden_path(name).read_text(encoding="utf-8")))


def test_form_feeds_between_pdftotext_pages_are_white_space():
    text = path_of("c1_plain", "aligned").read_text(encoding="utf-8")
    paged = text.replace(
        "\n                    2025年项目支出绩效目标表（续）", "\n\f                    2025年项目支出绩效目标表（续）"
    )
    assert "\f" in paged
    assert content(parse_document(paged)) == content(parse_document(text))
    lines = text.split("\n")
    at = next(k for k, line in enumerate(lines) if line.startswith("效益指标"))
    lines[at] = "\f" + lines[at]
    assert content(parse_document("\n".join(lines))) == content(parse_document(text))


_PIECES = [
    "项目名称",
    "主管部门",
    "年度目标",
    "项目资金（万元）",
    "年度资金总额",
    "1,250.00",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
    "指标性质",
    "度量单位",
    "权重",
    "实际完成值",
    "得分",
    "序号",
    "绩效指标",
    "产出指标(40分)",
    "数量指标",
    "满意度指标",
    "成本指标",
    "培训场次",
    "≥",
    "96",
    "%",
    "≥95%",
    "良好",
    "定性",
    "2025年9月底前",
    "10",
    "总分",
    "项目支出绩效目标表（续）",
    "",
    " ",
    "  ",
    "   ",
    "|",
    "\t",
    ",",
    '"',
    "\n",
    "：",
    "—",
    "/",
    "\f",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_any_text_reads_without_a_traceback_and_every_diagnostic_is_placed(pieces):
    text = "".join(pieces)
    lines = LineIndex(text)
    for form in ("columns", None):
        document = parse_document(text, form=form)
        for diagnostic in document.all_diagnostics():
            assert text[diagnostic.span[0] : diagnostic.span[1]] == diagnostic.text
            assert lines.line_column(diagnostic.span[0]) == (diagnostic.line, diagnostic.column)


def test_two_separate_grids_long_term_then_annual_fill_one_indicator():
    document = parse_document(
        "\n".join(
            [
                *BLOCK,
                "| 一级指标 | 二级指标 | 三级指标 | 长期指标值 |",
                "| 产出指标 | 数量指标 | 培训场次 | ≥18场 |",
                "| 效益指标 | 社会效益指标 | 群众知晓率 | 逐年提高 |",
                "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 |",
                "| 产出指标 | 数量指标 | 培训场次 | ≥6场 |",
                "| 效益指标 | 社会效益指标 | 群众知晓率 | ≥80% |",
            ]
        )
    )
    got = [(i.name, i.period_target.raw, i.annual_target.raw) for i in indicators(document)]
    assert got == [("培训场次", "≥18场", "≥6场"), ("群众知晓率", "逐年提高", "≥80%")]


def test_coded_categories_and_points_on_a_level2():
    document = _document_of(
        *BLOCK,
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
        "| 1-产出指标 | 11-数量指标 | 培训场次 | 6场 |",
        "| 效益指标(30分) | 社会效益指标（20分） | 群众知晓率 | ≥80% |",
    )
    first, second = indicators(document)
    assert (first.level1, first.level2) == (Category("1", "产出指标"), Category("11", "数量指标"))
    assert (second.level1.name, second.level2.name, second.level2.code) == ("效益指标", "社会效益指标", "22")
    assert second.extra == {"一级指标": "效益指标(30分)", "二级指标": "社会效益指标（20分）"}
    assert not first.warnings and not second.warnings


def test_a_one_line_table_whose_rows_end_in_free_text_reads_every_row_and_flags_guessed_names():
    """Rows glued on one line that end in 指标解释 or 偏差原因: every row's values read as the pipe table's; where
    the free text before a name ends is a guess (taken to be empty, or to end at a sentence's end), and the
    indicator says so in a warning. Before, these rows were refused (and before that, misread: 25 for 13)."""
    guessed_somewhere = False
    for name in sorted(ONE_LINE_GUESSES):
        text = path_of(name, "oneline").read_text(encoding="utf-8")
        document = parse_document(text)
        pipe = indicators(load(path_of(name, "pipe")))
        read = indicators(document)
        assert len(read) == len(pipe)
        for got, want in zip(read, pipe, strict=True):
            assert (got.level1, got.level2, got.annual_target, got.actual) == (
                want.level1,
                want.level2,
                want.annual_target,
                want.actual,
            )
            assert got.weight in (want.weight, None)  # 1010 is not split into a weight and a score
            guess = [w for w in got.warnings if "is a guess" in w.message]
            if got.name != want.name:
                # the free text before it is glued on, never cut into: the name as printed is its end
                assert got.name.endswith(want.name) and guess, got.name
            guessed_somewhere |= bool(guess)
        assert not [d for d in document.all_diagnostics() if d.severity == "error"]
    assert guessed_somewhere


def test_space_aligned_header_block_value_wrapped_round_its_key():
    """pdftotext -layout prints a wrapped value centred in its cell: its first line above the key's line and
    its last below. Both go to the key whose slot they stand in, not to the value above (the project's name)."""
    text = (
        "                    2025年度项目支出绩效目标表\n"
        " 项目名称                         示例河道堤防加固项目\n"
        "           示例县水利和水土保持局（河\n"
        " 主管部门                                     实施单位               示例县河道管理所\n"
        "                 长制办公室）\n"
        " 项目属性                延续项目                 项目期                         1年\n"
        " 一级指标      二级指标      三级指标             指标值\n"
        " 产出指标      数量指标      加固堤防长度         3.2公里\n"
    )
    (project,) = parse_document(text, form="columns").units[0].projects
    assert (project.name, project.department, project.implementer) == (
        "示例河道堤防加固项目",
        "示例县水利和水土保持局（河长制办公室）",
        "示例县河道管理所",
    )
    assert [(i.name, i.annual_target.raw) for i in project.indicators] == [("加固堤防长度", "3.2公里")]


def test_space_aligned_numbered_grid_a_line_with_no_number_continues_its_row():
    """A name and a value both wrapped onto the next line, in a grid that numbers its rows: the line with no
    序号 continues the row above, although it holds a name piece and a value piece."""
    text = (
        "项目名称：示例村级调解室建设项目\n"
        "序号   一级指标     二级指标     三级指标                   指标值\n"
        "  1    产出指标     数量指标     新建村级调解室             14个\n"
        "  2                              规范化改造村（社区）调解   新建6个、提档升\n"
        "                                 室                         级20个\n"
        "  3                 质量指标     调解室验收合格率           100%\n"
    )
    (project,) = parse_document(text, form="columns").units[0].projects
    assert [(i.name, i.annual_target.raw) for i in project.indicators] == [
        ("新建村级调解室", "14个"),
        ("规范化改造村（社区）调解室", "新建6个、提档升级20个"),
        ("调解室验收合格率", "100%"),
    ]


def test_one_cell_a_line_a_year_alone_is_a_cell_not_a_page_title():
    """年度指标值 2025年第四季度 then 实施期指标值 2027年: the year alone on its line is the row's last cell, and the
    rows after it keep their columns."""
    text = (
        "项目名称\n示例孵化基地项目\n一级指标\n二级指标\n三级指标\n年度指标值\n实施期指标值\n"
        "产出指标\n时效指标\n基地认定申报时间\n2025年第四季度\n2027年\n"
        "效益指标\n经济效益指标\n入驻企业营业收入\n较上年增长10%\n年均增长10%\n"
    )
    got = [(i.name, i.annual_target.raw, i.period_target.raw) for i in indicators(parse_document(text))]
    assert got == [
        ("基地认定申报时间", "2025年第四季度", "2027年"),
        ("入驻企业营业收入", "较上年增长10%", "年均增长10%"),
    ]


def test_a_unit_column_with_a_period_or_an_alternative_in_brackets():
    """度量单位 次/年 is 次 a year; 台（套） is kept whole, also where empty cells were dropped (one cell a line)."""
    piped = (
        "项目名称：示例防汛物资项目\n"
        "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 权重 |\n"
        "| 产出指标 | 数量指标 | 开展物资轮换 | ≥ | 2 | 次/年 | 10 |\n"
        "|  |  | 储备救生设备 | ＝ | 300 | 台（套） | 10 |\n"
    )
    first, second = indicators(parse_document(piped))
    assert (first.annual_target.unit, first.annual_target.per, first.annual_target.comparator) == ("次", "year", ">=")
    assert (second.annual_target.raw, second.annual_target.unit) == ("300", "台（套）")
    dropped = (
        "项目名称\n示例防汛物资项目\n一级指标\n二级指标\n三级指标\n指标性质\n指标值\n度量单位\n权重\n"
        "产出指标\n数量指标\n储备救生设备\n＝\n300\n台（套）\n10\n开展物资轮换\n≥\n2\n次/年\n10\n"
    )
    got = [(i.name, i.annual_target.raw, i.annual_target.unit, i.weight) for i in indicators(parse_document(dropped))]
    assert got == [("储备救生设备", "300", "台（套）", 10), ("开展物资轮换", "2", "次", 10)]


def test_one_cell_a_line_with_dropped_cells_a_value_with_a_numbered_note_is_no_name():
    """A value whose note in brackets holds a number (5所（分布于4个社区）) reads as text (the number in the note may
    change its meaning), but it is a value where the row's cells are placed by content, not the name's second
    line: the next row had lost its name to it."""
    dropped = (
        "项目名称\n示例校园安全项目\n一级指标\n二级指标\n三级指标\n指标值\n分值\n评分标准\n"
        "产出指标\n数量指标\n安装校园监控学校数\n5所（分布于4个社区）\n8\n每少1所扣2分\n"
        "开展安全演练\n≥4次\n8\n按完成比例计分\n"
    )
    got = [(i.name, i.annual_target.raw, i.annual_target.kind, i.weight) for i in indicators(parse_document(dropped))]
    assert got == [("安装校园监控学校数", "5所（分布于4个社区）", "text", 8), ("开展安全演练", "≥4次", "quantity", 8)]


def test_one_cell_a_line_with_dropped_cells_a_tolerance_or_a_value_after_a_quoted_term_is_no_name():
    """±3%以内 (a tolerance the normalizer keeps as text) and “门前三包”全面落实 (a state after a term in quotes) are
    values where the cells are placed by content: they had been read as the name's second line, the weight as
    the value."""
    dropped = (
        "项目名称\n示例市容管理项目\n一级指标\n二级指标\n三级指标\n指标值\n分值\n"
        "产出指标\n成本指标\n单位保洁成本偏差\n±3%以内\n5\n"
        "效益指标\n社会效益指标\n沿街商户责任落实\n“门前三包”全面落实\n10\n"
        "“721”工作法推行街道\n12个\n10\n"
    )
    got = [(i.name, i.annual_target.raw, i.weight) for i in indicators(parse_document(dropped))]
    assert got == [
        ("单位保洁成本偏差", "±3%以内", 5),
        ("沿街商户责任落实", "“门前三包”全面落实", 10),
        ("“721”工作法推行街道", "12个", 10),  # (a quoted term that starts a name: no value after it)
    ]


def test_space_aligned_centred_label_of_a_block_split_by_a_page_stands_on_the_later_page():
    """A merged 一级 cell centred on its whole block, split by a page: 产出指标 stands on the second page, in the
    middle of its seven rows, two of which are on the first page (under 数量指标, centred on its three rows over the
    break). The pages are laid as one grid, lines counted as if the rows ran on: the first page's last rows had
    been read under 成本指标, the label above them."""
    text = (
        "项目名称：示例公园养护项目\n"
        " 一级指标    二级指标      三级指标                指标值\n"
        "                           绿地养护单位成本        ≤12元/平方米\n"
        " 成本指标    经济成本指标  园路维修单位成本        ≤80元/平方米\n"
        "                           苗木采购单价            ≤150元/株\n"
        "                           养护公园数量            6个\n"
        "             数量指标      补植乔木                ≥300株\n"
        "                                                              1/2\n"
        " 一级指标    二级指标      三级指标                指标值\n"
        "                           新增园椅                40张\n"
        " 产出指标                  绿化设施完好率          ≥95%\n"
        "             质量指标      补植苗木成活率          ≥90%\n"
        "                           园路完好率              ≥98%\n"
        "             时效指标      年度养护任务完成时间    2025年12月底前\n"
        " 满意度指标  服务对象满意  游园群众满意度          ≥90%\n"
        "             度指标\n"
    )
    got = [(i.level1.name, i.level2.name, i.name) for i in indicators(parse_document(text))]
    assert got == [
        ("成本指标", "经济成本指标", "绿地养护单位成本"),
        ("成本指标", "经济成本指标", "园路维修单位成本"),
        ("成本指标", "经济成本指标", "苗木采购单价"),
        ("产出指标", "数量指标", "养护公园数量"),
        ("产出指标", "数量指标", "补植乔木"),
        ("产出指标", "数量指标", "新增园椅"),
        ("产出指标", "质量指标", "绿化设施完好率"),
        ("产出指标", "质量指标", "补植苗木成活率"),
        ("产出指标", "质量指标", "园路完好率"),
        ("产出指标", "时效指标", "年度养护任务完成时间"),
        ("满意度指标", "服务对象满意度指标", "游园群众满意度"),
    ]


def test_pdftotext_labels_of_narrow_columns_wrapped_round_a_row_one_space_apart():
    """pdftotext of narrow category columns: 满意度指标（20 and 服务对象满意度指 one space apart above a row's line,
    their ends 分） and 标 below it, far apart but both in the 一级 column's stretch: each end joins its label."""
    text = (
        "项目名称：示例河道保洁项目\n"
        "序号      一级指标            二级指标                三级指标              指标值                    备注\n"
        " 1    产出指标（45分）         数量指标            保洁河道长度总计数量             14条\n"
        " 2                                         保洁船只数             12艘左右\n"
        " 3                      质量指标                河面漂浮物清理率               ≥95%                  按月抽检\n"
        " 4                      时效指标            汛前清淤完成时间         2025年5月31日前\n"
        " 5                      成本指标             每公里保洁成本            ≤2万元/公里                 不含船只\n"
        " 6    效益指标（35分）       生态效益指标             河道水质达标率         较上年提高5个百分点\n"
        " 7                   可持续影响指标             河道长效保洁机制            长效运行\n"
        "      满意度指标（20 服务对象满意度指\n"
        " 8                                        沿河居民满意度             90%以上                  问卷调查\n"
        "        分）         标\n"
        " 9                                      游客满意度           ≥88%\n"
    )
    got = [(i.level1.name, i.level2.name, i.name) for i in indicators(parse_document(text))]
    assert got[-3:] == [
        ("效益指标", "可持续影响指标", "河道长效保洁机制"),
        ("满意度指标", "服务对象满意度指标", "沿河居民满意度"),
        ("满意度指标", "服务对象满意度指标", "游客满意度"),
    ]


def test_pdftotext_label_whose_points_write_fen_after_the_bracket_wraps_into_its_column():
    """产出指标（50）分 in a narrow column, wrapped as 产出指标（ / 50）分 (分 after the bracket, the second line
    centred a space in): the second line ends the label, not the name of the row beside it."""
    text = (
        "项目名称：示例街巷保洁项目\n"
        "一级指标      二级指标               三级指标            指标值及单位              绩效标准          权重\n"
        "                           巷道保洁面积              12万平方米            计划标准               10\n"
        "          数量指标\n"
        "                            垃圾清运车次                每日2车次          历史标准               10\n"
        "产出指标（                  保洁员上岗人数                  46人            计划标准               10\n"
        " 50）分\n"
        "          质量指标             巷道保洁达标率             ≥95%          行业标准               10\n"
        "          时效指标             垃圾日产日清率               100%           计划标准               10\n"
        "满意度指标（       服务对象满意度指标        沿街居民满意度              ≥90%           计划标准               10\n"
        " 10）分\n"
    )
    got = [(i.level1.name, i.level2.name, i.name) for i in indicators(parse_document(text))]
    assert got == [
        ("产出指标", "数量指标", "巷道保洁面积"),
        ("产出指标", "数量指标", "垃圾清运车次"),
        ("产出指标", "数量指标", "保洁员上岗人数"),
        ("产出指标", "质量指标", "巷道保洁达标率"),
        ("产出指标", "时效指标", "垃圾日产日清率"),
        ("满意度指标", "服务对象满意度指标", "沿街居民满意度"),
    ]


def test_space_aligned_label_whose_points_a_page_break_cut_joins_the_next_page_s_first_line():
    """产出指标（40分） centred on its block, cut by a page break inside its bracket: 产出指标（40 on the first page,
    分） at the top of the next (beside its first row, under the repeated header). The two are one label and the
    pages one grid: the next page's rows had been read under a 一级 named 分）."""
    text = (
        "项目名称：示例供水管网改造项目\n"
        "    一级指标       二级指标               三级指标               指标值\n"
        "                   数量指标         改造供水主管长度            7.2公里\n"
        "                                      改造加压泵站                3座\n"
        "  产出指标（40     质量指标         管道试压合格率              100%\n"
        "\n                                    第 1 页\n"
        "    一级指标       二级指标               三级指标               指标值\n"
        "      分）                            水质检测合格率              ≥98%\n"
        "                   时效指标         主体工程完工时间         2025年10月底前\n"
        "  效益指标（60     社会效益指标       供水投诉量                同比下降15%\n"
        "      分）         生态效益指标       管网漏损率                 ≤9%\n"
    )
    got = [(i.level1.name, i.level2.name, i.name) for i in indicators(parse_document(text))]
    assert got == [
        ("产出指标", "数量指标", "改造供水主管长度"),
        ("产出指标", "数量指标", "改造加压泵站"),
        ("产出指标", "质量指标", "管道试压合格率"),
        ("产出指标", "质量指标", "水质检测合格率"),
        ("产出指标", "时效指标", "主体工程完工时间"),
        ("效益指标", "社会效益指标", "供水投诉量"),
        ("效益指标", "生态效益指标", "管网漏损率"),
    ]


def test_space_aligned_placeholder_row_of_a_label_and_a_slash_is_a_row_of_its_own():
    """A 二级 with nothing under it printed as a row of its label and a / in the value column: a placeholder
    row, reported, not the end of the value above (500人以上/, and the row above under 生态效益指标)."""
    text = (
        "项目名称：示例社区服务项目\n"
        " 一级指标    二级指标      指标名称                    指标值            备注\n"
        " 效益指标    社会效益指标  社区志愿服务活动            ≥24场\n"
        "                           新增志愿者注册人数          500人以上         志愿服务信息系\n"
        "                                                                         统记录\n"
        "             生态效益指标                              /\n"
        "             可持续影响指  社区服务长效机制            建立健全\n"
        "             标\n"
        " 产出指标    数量指标      社区服务站点                12个\n"
    )
    (project,) = parse_document(text).units[0].projects
    got = [(i.level1.name, i.level2.name, i.name, i.annual_target.raw) for i in project.indicators]
    assert got == [
        ("效益指标", "社会效益指标", "社区志愿服务活动", "≥24场"),
        ("效益指标", "社会效益指标", "新增志愿者注册人数", "500人以上"),
        ("效益指标", "可持续影响指标", "社区服务长效机制", "建立健全"),
        ("产出指标", "数量指标", "社区服务站点", "12个"),
    ]
    assert project.indicators[1].extra == {"备注": "志愿服务信息系统记录"}
    assert "placeholder row: 生态效益指标 has no indicator" in [d.message for d in project.diagnostics]


def test_one_cell_a_line_a_name_that_starts_with_an_age_is_no_value():
    """Names that start with a number and end as names end (65岁以上老年人健康管理率, 0-6岁儿童健康管理率) are no
    values where cells are placed by content: each had been read as the value of the free text before it."""
    text = "\n".join(
        [
            *("项目名称", "示例公共卫生服务项目", "一级指标", "二级指标", "三级指标", "指标值", "分值", "评分标准"),
            *("产出指标", "数量指标", "家庭医生签约人数", "≥3000人", "10", "每少100人扣1分"),
            *("65岁以上老年人健康管理率", "≥70%", "10", "按完成比例计分"),
            *("0-6岁儿童健康管理率", "≥90%", "10", "按完成比例计分"),
        ]
    )
    got = [(i.name, i.annual_target.raw, i.extra) for i in indicators(parse_document(text + "\n"))]
    assert got == [
        ("家庭医生签约人数", "≥3000人", {"评分标准": "每少100人扣1分"}),
        ("65岁以上老年人健康管理率", "≥70%", {"评分标准": "按完成比例计分"}),
        ("0-6岁儿童健康管理率", "≥90%", {"评分标准": "按完成比例计分"}),
    ]


def test_space_aligned_unnumbered_placeholder_row_in_a_numbered_grid():
    """A line of only a — in the value column between two numbered rows: a placeholder row (no 序号, no name),
    not the end of the value above (≤65元—)."""
    text = (
        "项目名称：示例体质监测项目\n"
        " 序号  指标内容                    年度指标值        备注\n"
        " 9)    科学健身指导讲座            不少于6场\n"
        " 10)   单人次监测成本              ≤65元             含耗材\n"
        "                                   —\n"
        " 11)   监测器材检定合格率          100%\n"
    )
    (project,) = parse_document(text).units[0].projects
    got = [(i.name, i.annual_target.raw, i.extra) for i in project.indicators]
    assert got == [
        ("科学健身指导讲座", "不少于6场", {}),
        ("单人次监测成本", "≤65元", {"备注": "含耗材"}),
        ("监测器材检定合格率", "100%", {}),
    ]


def test_space_aligned_page_with_a_misread_label_is_not_joined_to_the_page_before():
    """A later page whose 一级 column holds a piece that is no 一级 name (服务对象满, a 二级 printed wide) is laid on
    its own: joined to the page before, its label had taken that page's last row (新增垃圾桶)."""
    text = (
        "项目名称：示例公园养护项目\n"
        " 一级指标    二级指标      三级指标                指标值\n"
        "                           绿地养护面积            120万平方米\n"
        " 产出指标    数量指标      养护公园数量            6个\n"
        "                           补植乔木                ≥300株\n"
        "                           新增园椅                40张\n"
        "                           新增垃圾桶              60个\n"
        "                                                              1/2\n"
        " 一级指标    二级指标      三级指标                指标值\n"
        "                           游园群众满意度          ≥90%\n"
        " 服务对象满  满意度指标    周边商户满意度          ≥85%\n"
        " 意度指                    游客满意度              ≥85%\n"
    )
    got = [(i.level1.name, i.level2.name, i.name) for i in indicators(parse_document(text))]
    assert got[:5] == [
        ("产出指标", "数量指标", "绿地养护面积"),
        ("产出指标", "数量指标", "养护公园数量"),
        ("产出指标", "数量指标", "补植乔木"),
        ("产出指标", "数量指标", "新增园椅"),
        ("产出指标", "数量指标", "新增垃圾桶"),
    ]
    assert [name for _, _, name in got[5:]] == ["游园群众满意度", "周边商户满意度", "游客满意度"]


def test_a_dump_of_a_header_block_and_grid_with_other_funds_and_a_numbered_placeholder_row():
    """xlsx2csv's line before a sheet and a dump's column names over the header block (栏目|内容) are furniture; a
    source of funds the model has no field for (区级配套资金) is kept as such, not glued to the amount before it;
    其他资金 with no amount takes not the 实施期目标 after it; a numbered row of placeholders is no indicator, though a
    column the model does not name holds one too."""
    text = "\n".join(
        [
            "-------- 1 - 项目1",
            "栏目|内容|栏目2|内容2",
            "项目名称|示例市某某区公园绿化项目||",
            "主管部门|示例市某某区城市管理局|实施单位|示例市某某区园林所",
            "项目资金（万元）|||",
            "年度资金总额|236.00|其中：财政拨款|156.00",
            "区级配套资金|80.00||",
            "其他资金|||",
            "实施期目标|两年内完成主要公园提升改造。||",
            "序号|一级指标|二级指标|三级指标|指标值|权重（%）|数据来源",
            "1|产出指标|数量指标|提升改造公园|6个|20|年度计划",
            "2||质量指标|—|—|—|—",
            "3|效益指标|社会效益指标|市民游园人次|较上年增长10%|30|统计报表",
        ]
    )
    document = parse_document(text + "\n")
    assert not document.diagnostics
    (project,) = document.units[0].projects
    assert (project.amounts.total, project.amounts.fiscal) == (Decimal("236.00"), Decimal("156.00"))
    assert project.period_goal == "两年内完成主要公园提升改造。"
    assert [i.name for i in project.indicators] == ["提升改造公园", "市民游园人次"]
    messages = [d.message for d in project.diagnostics]
    assert "区级配套资金 80.00: not part of the model, kept only here" in messages
    assert "其他资金 has no value" in messages
    assert "placeholder row: 质量指标 has no indicator" in messages


def test_space_aligned_level1_that_fills_its_column_glued_to_the_level2():
    """A 一级 with its points that fills its column (产出指标（50分）) prints glued to the 二级 beside it: both names
    whole, they are parted (it had been one 一级 label over every row, and the 二级 under it lost)."""
    text = (
        "项目名称：示例河长制巡河项目\n"
        "一级指标        二级指标          三级指标                        指标值                分值\n"
        "产出指标（50分）数量指标          巡河次数                        每月不少于4次         10\n"
        "                                  河道清障处数                    ≥20处                 10\n"
        "                质量指标          问题整改率                      100%                  10\n"
        "效益指标（30分）社会效益指标      群众投诉                        较上年下降10%         10\n"
    )
    got = [(i.level1.name, i.level2.name, i.name) for i in indicators(parse_document(text))]
    assert got == [
        ("产出指标", "数量指标", "巡河次数"),
        ("产出指标", "数量指标", "河道清障处数"),
        ("产出指标", "质量指标", "问题整改率"),
        ("效益指标", "社会效益指标", "群众投诉"),
    ]


def test_a_markdown_title_in_bold_is_a_title():
    """pandoc's Markdown prints the title in bold (**…绩效目标**): a title, not a row of the grid above it."""
    text = "\n".join(
        [
            "**示例市某某区2025年预算项目绩效目标**",
            "",
            "| 项目名称 | 示例市某某区路灯维护项目 |",
            "| --- | --- |",
            "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
            "| --- | --- | --- | --- |",
            "| 产出指标 | 数量指标 | 维护路灯 | 3200盏 |",
            "",
            "**示例市某某区2025年预算项目绩效目标**",
            "",
            "| 项目名称 | 示例市某某区公厕保洁项目 |",
            "| --- | --- |",
            "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
            "| --- | --- | --- | --- |",
            "| 产出指标 | 数量指标 | 保洁公厕 | 86座 |",
        ]
    )
    document = parse_document(text + "\n")
    got = [(p.name, [i.name for i in p.indicators]) for u in document.units for p in u.projects]
    assert got == [("示例市某某区路灯维护项目", ["维护路灯"]), ("示例市某某区公厕保洁项目", ["保洁公厕"])]
    assert not document.diagnostics


def test_space_aligned_centred_labels_go_to_the_block_they_stand_in_the_middle_of():
    """Labels centred on their blocks: 数量指标 on the second of three rows; 质量指标 on the second of the next
    three, a line lower for the 一级 label printed on a line of its own between them. Three rows centred on
    the second fit better than four centred half a line off (which is within rounding too)."""
    text = (
        "项目名称：示例渔港维护项目\n"
        "   一级指标    二级指标      三级指标              指标值\n"
        "                             维护渔港码头          12座\n"
        "               数量指标      疏浚港池航道          3公里\n"
        "                             更换航标灯            20座\n"
        "                             码头验收合格率        100%\n"
        "   产出指标\n"
        "               质量指标      航道通航达标率        ≥95%\n"
        "                             航标灯完好率          ≥98%\n"
        "               时效指标      维护完成时间          2026年10月底前\n"
        "               成本指标      单座码头维护费用      ≤3.5万元\n"
    )
    (project,) = parse_document(text, form="columns").units[0].projects
    assert [(i.level1.name, i.level2.name, i.name) for i in project.indicators] == [
        ("产出指标", "数量指标", "维护渔港码头"),
        ("产出指标", "数量指标", "疏浚港池航道"),
        ("产出指标", "数量指标", "更换航标灯"),
        ("产出指标", "质量指标", "码头验收合格率"),
        ("产出指标", "质量指标", "航道通航达标率"),
        ("产出指标", "质量指标", "航标灯完好率"),
        ("产出指标", "时效指标", "维护完成时间"),
        ("产出指标", "成本指标", "单座码头维护费用"),
    ]


def test_bars_not_printed_round_rows_whose_merged_cells_are_empty():
    """A '|' table without outer bars where most rows start with empty merged cells ( |  | name …): those
    lines start with a bar, but do not end with one, so the empty first cell is a cell."""
    text = (
        "项目名称 | 示例渔港维护项目\n"
        "一级指标 | 二级指标 | 三级指标 | 指标性质 | 度量单位 | 指标值 | 权重\n"
        "产出指标 | 数量指标 | 维护渔港码头 | ≥ | 座 | 12 | 10\n"
        " |  | 疏浚港池航道 | ≥ | 公里 | 3 | 10\n"
        " | 质量指标 | 码头验收 | 定性 |  | 合格 | 10\n"
        " |  | 航标灯完好率 | ≥ | % | 98 | 10\n"
        "效益指标 | 社会效益指标 | 渔船安全靠泊 | 定性 |  | 明显改善 | 10\n"
        " |  | 渔民增收 | 定性 |  | 有所提高 | 10\n"
        " |  | 渔港环境 | 定性 |  | 明显改善 | 5\n"
        " |  | 渔港服务 | 定性 |  | 有所提高 | 5\n"
    )
    (project,) = parse_document(text, form="columns").units[0].projects
    assert [
        (i.level2.name, i.name, i.annual_target.raw, i.annual_target.unit, i.weight) for i in project.indicators
    ] == [
        ("数量指标", "维护渔港码头", "12", "座", 10),
        ("数量指标", "疏浚港池航道", "3", "公里", 10),
        ("质量指标", "码头验收", "合格", None, 10),
        ("质量指标", "航标灯完好率", "98", "%", 10),
        ("社会效益指标", "渔船安全靠泊", "明显改善", None, 10),
        ("社会效益指标", "渔民增收", "有所提高", None, 10),
        ("社会效益指标", "渔港环境", "明显改善", None, 5),
        ("社会效益指标", "渔港服务", "有所提高", None, 5),
    ]


def test_one_cell_a_line_a_grade_after_qualitative_with_the_unit_dropped_is_the_value():
    """度量单位 before 指标值, empty cells dropped: after 定性 the next cell (优秀, 有所提高) is the value, not a
    unit (a grade or a direction is no unit)."""
    cells = [
        "项目名称", "示例渔港维护项目",
        "一级指标", "二级指标", "三级指标", "指标性质", "度量单位", "指标值", "权重",
        "产出指标", "数量指标", "维护渔港码头", "≥", "座", "12", "10",
        "质量指标", "码头验收", "定性", "优秀", "10",
        "效益指标", "社会效益指标", "渔民增收", "定性", "有所提高", "10",
    ]  # fmt: skip
    (project,) = parse_document("\n".join(cells), form="columns").units[0].projects
    assert [(i.name, i.annual_target.raw, i.annual_target.unit, i.weight) for i in project.indicators] == [
        ("维护渔港码头", "12", "座", 10),
        ("码头验收", "优秀", None, 10),
        ("渔民增收", "有所提高", None, 10),
    ]


def test_space_aligned_value_wrapped_around_its_name():
    """Cells centred in their rows: a value of two lines printed one line above its name and one below. The
    name's line starts the row, and both value lines are its value (not the row above's)."""
    text = (
        "项目名称：示例渔港维护项目\n"
        "   一级指标    二级指标      三级指标                  指标值\n"
        "   产出指标    数量指标      维护渔港码头              12座\n"
        "                                                       由40分钟缩短至20\n"
        "               时效指标      渔船进港平均等待时间\n"
        "                                                       分钟以内\n"
        "               成本指标      单座码头维护费用          ≤3.5万元\n"
    )
    (project,) = parse_document(text, form="columns").units[0].projects
    assert [(i.level2.name, i.name, i.annual_target.raw) for i in project.indicators] == [
        ("数量指标", "维护渔港码头", "12座"),
        ("时效指标", "渔船进港平均等待时间", "由40分钟缩短至20分钟以内"),
        ("成本指标", "单座码头维护费用", "≤3.5万元"),
    ]


def test_space_aligned_two_header_values_wrapped_round_their_keys_on_the_same_lines():
    """主管部门 and 实施单位 both printed centred over three lines: a line of two value pieces above the keys'
    line (which holds no value) and a line of two below. Each piece goes to the key it stands after; none
    to the project's name above."""
    text = (
        "                    2025年项目支出绩效目标表\n"
        " 项目名称          示例渔港维护项目\n"
        "                  示例县海洋与渔业局（渔港监             示例县渔港管理站（渔政\n"
        " 主管部门                                     实施单位\n"
        "                  督管理处）                             执法大队）\n"
        " 项目属性          延续项目                   项目期     1年\n"
        " 一级指标      二级指标      三级指标             指标值\n"
        " 产出指标      数量指标      维护渔港码头         12座\n"
    )
    (project,) = parse_document(text, form="columns").units[0].projects
    assert (project.name, project.department, project.implementer) == (
        "示例渔港维护项目",
        "示例县海洋与渔业局（渔港监督管理处）",
        "示例县渔港管理站（渔政执法大队）",
    )


def test_space_aligned_two_header_values_wrapped_round_their_keys_a_line_apart():
    """主管部门 over three lines and 实施单位 over two, both centred: the first line of each stands above the keys'
    line, one a line higher than the other (the keys' line holds only the middle of 主管部门's value). Each piece
    goes to its key, none to the project's name above (before, 示例县委…的 became part of the name)."""
    text = (
        "                    2025年项目支出绩效目标表\n"
        " 项目名称          示例网格化治理项目\n"
        "         示例县委政法委员会（综合\n"
        "                                           示例县网格化服务\n"
        " 主管部门   治理和网格化服务管理         实施单位\n"
        "                                           管理中心\n"
        "              办公室）\n"
        " 项目属性          延续项目                   项目期     1年\n"
        " 一级指标      二级指标      三级指标             指标值\n"
        " 产出指标      数量指标      网格员培训           12期\n"
    )
    (project,) = parse_document(text, form="columns").units[0].projects
    assert (project.name, project.department, project.implementer) == (
        "示例网格化治理项目",
        "示例县委政法委员会（综合治理和网格化服务管理办公室）",
        "示例县网格化服务管理中心",
    )


def test_one_cell_a_line_a_level_1_printed_without_its_指标_is_placed_as_a_level_1():
    """Empty cells dropped, the 一级 printed 效益 (no 指标): placed by content, it is a level 1 (code 2), not a
    name, and the rows after it take it."""
    cells = [
        "项目名称", "示例渔港服务项目",
        "一级指标", "二级指标", "三级指标", "年度指标值",
        "产出", "数量", "维护渔港码头", "12座",
        "效益", "社会效益", "渔船安全靠泊率", "≥95%",
        "可持续影响", "码头使用年限", "20年以上",
    ]  # fmt: skip
    (project,) = parse_document("\n".join(cells), form="columns").units[0].projects
    got = [(i.level1.name, i.level1.code, i.level2.name, i.name) for i in project.indicators]
    assert got == [
        ("产出", "1", "数量", "维护渔港码头"),
        ("效益", "2", "社会效益", "渔船安全靠泊率"),
        ("效益", "2", "可持续影响", "码头使用年限"),
    ]


def test_space_aligned_a_grid_of_a_few_lines_is_measured_as_the_grid_before_it():
    """The end of a table on its last page (a few rows) is too little to tell a grid of characters from one of
    display columns: it is measured as the file's grid before it was."""
    from indicator_parser.forms.columns import aligned
    from indicator_parser.forms.layout import characters, display, measure
    from indicator_parser.table import Text

    text = "一级指标   二级指标   三级指标   指标值\n产出指标   数量指标   维护码头   12座\n"
    doc = Text(text)
    spans = [aligned.chunk_spans(line) for line in doc.lines]
    firsts = [line[s[0][0] : s[0][1]] if s else "" for line, s in zip(doc.lines, spans, strict=True)]
    head = aligned._stacked(doc.lines, 0, spans, [None] * len(doc.lines))
    assert measure(doc.lines, 0, [1], spans) is characters  # (alone, the lines tell nothing either way)
    assert aligned._grid(doc, 0, 2, False, head, firsts, spans).way is None  # (too few lines to pass on)
    assert aligned._grid(doc, 0, 2, False, head, firsts, spans, before=display).way is display


def _centred(cells: list[str], widths: list[int]) -> str:
    """A line of cells, each centred in its column of display width (a CJK character counts 2), as a PDF prints
    them and a renderer by display columns lays them out."""
    from indicator_parser.text import display_width

    out = ""
    for cell, width in zip(cells, widths, strict=True):
        room = width - sum(display_width(ch) for ch in cell)
        out += " " * (room // 2) + cell + " " * (room - room // 2)
    return out.rstrip()


def test_space_aligned_a_grid_of_centred_cells_is_measured_by_where_its_cells_are_centred():
    """Cells centred under centred header words seldom start where a header word starts, so starts alone tell
    little: their middles do. A centred grid laid out by display columns (a CJK character counts 2) is measured
    so, and its two value columns stay apart (before, it was taken for a grid of characters and the 中期 values
    went into 权重)."""
    from indicator_parser.forms.layout import display, measure

    widths = [12, 16, 26, 20, 20, 8]
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "中期指标值", "权重"],
        ["产出指标", "数量", "示例充电桩评分", "≥90分", "≥92分", "10"],
        ["", "", "示例充电桩验收率", "100%", "100%", "10"],
        ["", "质量", "示例补助资金兑付时限", "验收后60日内", "验收后90日内", "10"],
        ["", "时效", "示例充电服务半径", "≤2公里", "≤1公里", "20"],
        ["效益指标", "社会效益指标", "示例新建充电桩数", "120个", "300个", "20"],
        ["满意度指标", "服务对象满意度指标", "示例充电站建成时间", "2025年底前", "2026年底前", "20"],
    ]
    lines = [_centred(r, widths) for r in rows]
    assert measure(lines, 0, list(range(1, len(lines)))) is display
    text = "项目名称：示例充电设施补助项目\n" + "\n\n".join(lines) + "\n"
    document = parse_document(text, form="columns")
    got = [
        (i.level2.name, i.name, i.annual_target.raw, i.period_target.raw, i.weight)
        for u in document.units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        ("数量", "示例充电桩评分", "≥90分", "≥92分", 10),
        ("数量", "示例充电桩验收率", "100%", "100%", 10),
        ("质量", "示例补助资金兑付时限", "验收后60日内", "验收后90日内", 10),
        ("时效", "示例充电服务半径", "≤2公里", "≤1公里", 20),
        ("社会效益指标", "示例新建充电桩数", "120个", "300个", 20),
        ("服务对象满意度指标", "示例充电站建成时间", "2025年底前", "2026年底前", 20),
    ]


def test_space_aligned_a_centred_label_stands_within_its_block():
    """A 二级 printed alone between two rows, with no row on its line nor on the next (生态效益指标 here), has
    nothing under it: a centred label stands within its block's lines, so the row two lines below is not its
    block but the next label's (centred over both rows below). Before, the placeholder cost more than a label
    two lines off a block of one row."""
    text = (
        "项目名称：示例价格监测项目\n"
        "一级指标      二级指标        三级指标          指标值\n"
        "\n"
        "                              示例巡查次数      12次\n"
        "产出指标      数量指标\n"
        "                              示例巡查里程      300公里\n"
        "\n"
        "              社会效益指标    示例商品价格      基本稳定\n"
        "\n"
        "              生态效益指标\n"
        "\n"
        "效益指标                      示例预警体系      日趋完善\n"
        "\n"
        "              可持续影响指标                    为调控提\n"
        "                              示例调控依据      供依据\n"
    )
    document = parse_document(text, form="columns")
    got = [(i.level1.name, i.level2.name, i.name) for u in document.units for p in u.projects for i in p.indicators]
    assert got == [
        ("产出指标", "数量指标", "示例巡查次数"),
        ("产出指标", "数量指标", "示例巡查里程"),
        ("效益指标", "社会效益指标", "示例商品价格"),
        ("效益指标", "可持续影响指标", "示例预警体系"),
        ("效益指标", "可持续影响指标", "示例调控依据"),
    ]


def test_comparator_words_written_in_the_comparator_column():
    """A 符号 column holding the words of a comparison (不低于, 不超过, 低于) as well as signs: applied as the signs
    are (不低于 | 98 | % is >= 98 %). Before, the words were not taken for comparators and the value read = 98."""
    text = (
        "项目名称|示例燃气巡检项目\n"
        "一级指标|二级指标|三级指标|符号|指标值|度量单位\n"
        "产出指标|质量指标|隐患整改率|不低于|98|%\n"
        "||巡检响应时间|不超过|30|分钟\n"
        "||管网泄漏率|低于|2|%\n"
        "||巡检户数|≥|1,600|户\n"
    )
    got = [
        (i.name, i.annual_target.raw, i.annual_target.comparator, i.annual_target.value, i.annual_target.unit)
        for u in parse_document(text, form="columns").units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        ("隐患整改率", "98", ">=", Decimal(98), "%"),
        ("巡检响应时间", "30", "<=", Decimal(30), "分钟"),
        ("管网泄漏率", "2", "<", Decimal(2), "%"),
        ("巡检户数", "1,600", ">=", Decimal(1600), "户"),
    ]


def test_one_cell_a_line_unit_cells_of_a_percent_with_letters_and_a_money_per_latin_unit():
    """Empty cells dropped, cells placed by content: %LEL (a share of the lower explosive limit) and 万元/km are
    unit cells, so the row's free text and direction stay in their columns (before, %LEL was no unit and the
    row's cells slid into the next row's)."""
    text = (
        "项目名称\n示例燃气管网项目\n"
        "一级指标\n二级指标\n三级指标\n符号\n指标值\n度量单位\n分值\n指标解释\n指标方向性\n"
        "产出指标\n质量指标\n报警器报警设定值\n≤\n25\n%LEL\n6\n按爆炸下限百分比设定\n反向\n"
        "中压管道运行压力\n≤\n0.4\nMPa\n6\n反向\n"
        "成本指标\n经济成本指标\n管道更新单位造价\n≤\n185\n万元/km\n6\n反向\n"
    )
    got = [
        (i.name, i.annual_target.raw, i.annual_target.unit, dict(i.extra))
        for u in parse_document(text, form="columns").units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        ("报警器报警设定值", "25", "%LEL", {"指标解释": "按爆炸下限百分比设定", "指标方向性": "反向"}),
        ("中压管道运行压力", "0.4", "兆帕", {"指标方向性": "反向"}),
        ("管道更新单位造价", "185", "万元/公里", {"指标方向性": "反向"}),  # (km → 公里 inside a compound too)
    ]


def test_one_cell_a_line_a_sequence_in_chinese_numerals():
    """Empty cells dropped, 序号 written 一, 二, 三: each a 序号 (its number read), not the start of a name."""
    text = (
        "项目名称\n示例河道管护项目\n序号\n三级指标\n年度指标值\n备注\n"
        "一\n巡河次数\n≥96次\n二\n河道保洁长度\n36公里\n按合同\n三\n沿河群众满意度\n≥90%\n"
    )
    got = [
        (i.seq, i.name, i.annual_target.raw, dict(i.extra))
        for u in parse_document(text, form="columns").units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        (1, "巡河次数", "≥96次", {}),
        (2, "河道保洁长度", "36公里", {"备注": "按合同"}),
        (3, "沿河群众满意度", "≥90%", {}),
    ]


def test_a_flattened_grid_with_no_value_column_reads_without_a_traceback():
    """一级指标序号 then a number (found by hypothesis): a grid header naming no value column, so a row has no
    values to split off; before, the flattened reader failed on the empty tail (IndexError)."""
    text = "一级指标序号1,250.00"
    for form in ("columns", None):
        document = parse_document(text, form=form)
        assert not [p for u in document.units for p in u.projects]
        # nothing lost: every character is in a diagnostic's text (no project table here)
        assert "".join(d.text for d in document.all_diagnostics()) == text


def test_pdftotext_level_1_and_level_2_labels_one_space_apart_in_narrow_columns():
    """Narrow PDF columns: the 一级 and 二级 labels wrapped over two lines and printed one space apart (满意度指
    服务对象满 / 标（10分） 意度指标), left of the 二级 header word. Parted at the space where each side is a piece of
    a name of its level, they are the 一级 and the 二级 (before, both were taken for the 一级)."""
    text = (
        "项目名称     示例救助管理项目\n"
        "一级指标        二级指标        三级指标            年度指标值\n"
        "产出指标        数量指标        救助流浪人员          600人次以上\n"
        "满意度指 服务对象满              受助人员满意度         ≥85%\n"
        "标（10分） 意度指标             社会公众满意度         ≥80%\n"
    )
    got = [
        (i.level1.name, i.level2.name, i.name)
        for u in parse_document(text, form="columns").units
        for p in u.projects
        for i in p.indicators
    ]
    assert got == [
        ("产出指标", "数量指标", "救助流浪人员"),
        ("满意度指标", "服务对象满意度指标", "受助人员满意度"),
        ("满意度指标", "服务对象满意度指标", "社会公众满意度"),
    ]


@settings(max_examples=40)
@given(st.sampled_from(["quoted", "confluence"]).flatmap(lambda shape: column_tables(shape=shape)))
def test_drawn_column_tables_quoted_by_libreoffice_or_written_as_confluence_markup_read_back(table):
    """The tab shape with every text cell quoted (LibreOffice), and Confluence wiki markup (a header row between
    double bars, an empty cell a blank), read as the delimited shapes do: every indicator as drawn."""
    got = [
        (
            i.level1.name,
            i.level2.name,
            i.name,
            i.annual_target and i.annual_target.raw,
            i.period_target and i.period_target.raw,
            None if i.weight is None else str(i.weight),
        )
        for i in indicators(parse_document(table.text))
    ]
    assert got == list(table.indicators), table.text


@settings(max_examples=60)
@given(column_tables(shape="frame"))
def test_drawn_column_tables_written_as_a_data_frame_read_back(table):
    """The tab shape with a data frame's index and column numbers (pandas' to_csv) reads as the tab shape does."""
    got = [
        (i.level1.name, i.level2.name, i.name, i.annual_target and i.annual_target.raw)
        for i in indicators(parse_document(table.text))
    ]
    assert got == [drawn[:4] for drawn in table.indicators], table.text


def _rows_of(document) -> list[tuple]:
    return [(i.level1.name, i.level2.name, i.name, i.annual_target.raw, i.weight) for i in indicators(document)]


_EXPORTED = [
    ("产出指标", "数量指标", "新建公共充电桩", "≥120个", Decimal(10)),
    ("产出指标", "数量指标", "充电桩巡检次数", "每月1次", Decimal(10)),
    ("效益指标", "社会效益指标", "充电服务覆盖乡镇", "全覆盖", Decimal(20)),
]


def test_sqlcmd_output_null_cells_are_empty_and_its_row_count_is_furniture():
    """SQL Server's sqlcmd prints an empty cell as NULL and (N rows affected) after each result: NULL had been
    read as a category (unknown level 1 NULL), the project's name had taken |NULL."""
    text = (
        "项目名称：示例充电设施建设项目|NULL|NULL\n"
        "主管部门：示例县发展和改革局|实施单位：示例县能源服务中心|NULL\n"
        "\n(2 rows affected)\n\n"
        "一级指标|二级指标|三级指标|指标值|分值\n"
        "----|----|----|---|--\n"
        "产出指标|数量指标|新建公共充电桩|≥120个|10\n"
        "NULL|NULL|充电桩巡检次数|每月1次|10\n"
        "效益指标|社会效益指标|充电服务覆盖乡镇|全覆盖|20\n"
        "\n(3 rows affected)\n"
    )
    document = parse_document(text)
    assert [p.name for u in document.units for p in u.projects] == ["示例充电设施建设项目"]
    assert _rows_of(document) == _EXPORTED
    assert not [d for d in document.all_diagnostics() if "NULL" in d.text or "affected" in d.text]


def test_a_text_field_written_raw_with_tab_and_line_break_escapes_is_a_tab_delimited_table():
    """A scraper's JSON string written out as it is: cells joined by the two characters \\t, rows by \\n, on one
    line. It is read as the tab-delimited table it stands for, each cell placed where it stands in the file."""
    rows = [
        "一级指标\\t二级指标\\t三级指标\\t指标值\\t分值",
        "产出指标\\t数量指标\\t新建公共充电桩\\t≥120个\\t10",
        "\\t\\t充电桩巡检次数\\t每月1次\\t10",
        "效益指标\\t社会效益指标\\t充电服务覆盖乡镇\\t全覆盖\\t20",
    ]
    text = "项目名称：示例充电设施建设项目\\n主管部门：示例县发展和改革局\\n" + "\\n".join(rows) + "\n"
    assert text.count("\n") == 1  # one line
    document = parse_document(text)
    assert _rows_of(document) == _EXPORTED
    name = indicators(document)[2]
    assert text[name.span[0] : name.span[1]].startswith("效益指标\\t")  # (the row as written, escapes and all)


def test_csv_cells_written_as_formulas_of_their_text_are_their_text():
    """An export that keeps numbers as written by writing them as formulas (="10", or quoted with its quotes
    doubled): the cell is the text inside."""
    text = (
        "项目名称：示例充电设施建设项目\n"
        "一级指标,二级指标,三级指标,指标值,分值\n"
        '产出指标,数量指标,新建公共充电桩,≥120个,"=""10"""\n'
        ',,充电桩巡检次数,每月1次,="10"\n'
        '效益指标,社会效益指标,充电服务覆盖乡镇,全覆盖,"=""20"""\n'
    )
    assert _rows_of(parse_document(text)) == _EXPORTED


def test_an_asciidoc_table_s_attribute_list_is_no_row():
    """pandoc's AsciiDoc: each table opens with an attribute list ([width="100%",cols="…",]) and |===; the list
    had been read as an indicator of the table above it."""
    text = (
        ".示例县2025年项目支出绩效目标表\n"
        '[width="100%",cols="50%,50%",]\n|===\n'
        "|项目名称：示例充电设施建设项目 |主管部门：示例县发展和改革局\n|===\n\n"
        '[width="100%",cols="20%,20%,20%,20%,20%",options="header",]\n|===\n'
        "|一级指标 |二级指标 |三级指标 |指标值 |分值\n"
        "|产出指标 |数量指标 |新建公共充电桩 |≥120个 |10\n"
        "| | |充电桩巡检次数 |每月1次 |10\n"
        "|效益指标 |社会效益指标 |充电服务覆盖乡镇 |全覆盖 |20\n|===\n\n"
        '[width="100%",cols="50%,50%",]\n|===\n'
        "|项目名称：示例充电设施运维项目 |主管部门：示例县发展和改革局\n|===\n"
    )
    document = parse_document(text)
    first = document.units[0].projects[0]
    assert [(i.name, i.annual_target.raw) for i in first.indicators] == [(n, v) for _, _, n, v, _ in _EXPORTED]


def test_one_cell_a_line_a_numbered_placeholder_row_of_its_number_alone_is_no_name():
    """Empty cells dropped, a placeholder row printed as its 序号 alone (9、 then 10、): the next 序号 starts the next
    row, not the placeholder's name (10、 had been read as the start of the name 10、巡查覆盖率)."""
    rows = [(f"巡查第{k}网格", f"≥{k + 10}次") for k in range(1, 9)]
    dropped = (
        "项目名称\n示例街区巡查项目\n序号\n三级指标\n目标值\n评价标准\n"
        + "".join(f"{k}、\n{name}\n{value}\n" for k, (name, value) in enumerate(rows, 1))
        + "9、\n10、\n巡查覆盖率\n较上年提高\n按台账计\n"
    )
    got = [(i.seq, i.name, i.annual_target.raw) for i in indicators(parse_document(dropped))]
    assert got == [*((k, *row) for k, row in enumerate(rows, 1)), (10, "巡查覆盖率", "较上年提高")]


def test_one_cell_a_line_centred_labels_whose_first_level_1_is_missing_are_read_as_carried_down():
    """Labels centred on their blocks (empty cells kept as empty lines), the first 一级 block printing none: the
    plan of the 一级 labels would leave the first rows under no label, and had raised (zip of unequal lengths);
    the labels are read as carried down instead, each row kept."""
    rows = [
        ["", "", "巡查街区数量", "≥12个"],
        ["", "数量指标", "巡查频次", "每周2次"],
        ["", "", "巡查人员数量", "8人"],
        ["", "质量指标", "巡查记录完整率", "100%"],
        ["", "", "问题整改率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "商户满意度", "≥90%"],
    ]
    text = "项目名称：示例街区巡查项目\n一级指标\n二级指标\n三级指标\n指标值\n" + "".join(
        "".join(cell + "\n" for cell in row) for row in rows
    )
    got = [(i.name, i.annual_target.raw) for i in indicators(parse_document(text))]
    assert got == [(row[2], row[3]) for row in rows]
    last = indicators(parse_document(text))[-1]
    assert (last.level1.name, last.level2.name) == ("满意度指标", "服务对象满意度指标")


def _padded(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` display columns (a wide character fills two)."""
    import unicodedata

    shown = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * (width - shown)


def test_space_aligned_header_block_of_keys_over_values_wrapped_under_them():
    """A header block laid across: a line of keys, their values on the line below, each wrapped onto the next
    line under its own key (aligned by display width, wide characters filling the values); 项目类型 a key of no
    field. The wrapped pieces had all been joined to the last value."""
    text = (
        "      项目名称                     主管部门                     实施单位\n"
        "      示例县城区背街小巷路面改造   示例县住房和城乡建设局       示例县市政设施维护中心（县\n"
        "      提升工程                                                  道路养护所）\n"
        "      项目属性                     项目期                       项目类型\n"
        "      新增项目                     1年                          一次性项目\n"
        "\n"
        + "".join(
            "      "
            + "".join(_padded(cell, width) for cell, width in zip(row, (14, 18, 22, 10), strict=True)).rstrip()
            + "\n"
            for row in (
                ("一级指标", "二级指标", "三级指标", "指标值"),
                ("产出指标", "数量指标", "改造背街小巷条数", "≥24条"),
                ("", "质量指标", "工程验收合格率", "100%"),
                ("满意度指标", "服务对象满意度", "沿街居民满意度", "≥90%"),
            )
        )
    )
    document = parse_document(text)
    (project,) = [p for u in document.units for p in u.projects]
    assert (project.name, project.department, project.implementer, project.attribute) == (
        "示例县城区背街小巷路面改造提升工程",
        "示例县住房和城乡建设局",
        "示例县市政设施维护中心（县道路养护所）",
        "新增项目",
    )
    assert [(i.name, i.annual_target.raw) for i in project.indicators] == [
        ("改造背街小巷条数", "≥24条"),
        ("工程验收合格率", "100%"),
        ("沿街居民满意度", "≥90%"),
    ]


def test_sql_plus_row_count_after_a_result_is_furniture():
    """SQL*Plus prints `13 rows selected.` after a query's rows: furniture, not an indicator of the grid above."""
    text = (
        "项目名称：示例充电设施建设项目\n"
        "一级指标|二级指标|三级指标|指标值|分值\n"
        "--------|--------|--------|------|----\n"
        "产出指标|数量指标|新建公共充电桩|≥120个|10\n"
        "\n3 rows selected.\n\n"
    )
    document = parse_document(text)
    assert [(i.name, i.annual_target.raw) for i in indicators(document)] == [("新建公共充电桩", "≥120个")]


def test_one_cell_a_line_header_block_laid_across_with_values_wrapped_at_the_block_width():
    """A header block laid across, one cell a line, as a word processor saves a table as text with its line
    breaks: the keys (项目名称 / 主管部门 / 实施单位), then their values in order, a line that fills the width (14
    wide characters) going on in the next (where the lines part into as many values as keys one way only). The
    values had been paired with the keys line by line (项目名称: 示例县城区背街小巷路面改造提, 主管部门: 升工程 …)."""
    lines = [
        "项目名称",
        "主管部门",
        "实施单位",
        "示例县城区背街小巷路面改造提",
        "升工程",
        "示例县住房和城乡建设局",
        "示例县市政设施维护中心城西、",
        "城东道路养护所",
        "项目属性",
        "项目期",
        "新增项目",
        "1年",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
        "产出指标",
        "数量指标",
        "改造背街小巷条数",
        "≥24条",
    ]
    document = parse_document("\n".join(lines) + "\n", form="columns")
    (project,) = [p for u in document.units for p in u.projects]
    assert (project.name, project.department, project.implementer, project.attribute, project.period) == (
        "示例县城区背街小巷路面改造提升工程",
        "示例县住房和城乡建设局",
        "示例县市政设施维护中心城西、城东道路养护所",
        "新增项目",
        "1年",
    )
    assert [(i.name, i.annual_target.raw) for i in project.indicators] == [("改造背街小巷条数", "≥24条")]


def test_one_cell_a_line_unknown_header_broken_over_two_lines_is_the_grid_s_last_column():
    """是否核心 / 指标 (a header the model does not know, wrapped) after the known names and before the first row's
    category: one header, its cells kept in extra (it had been read as the first rows' cells)."""
    lines = ["项目名称：示例街区巡查项目", "一级指标", "二级指标", "三级指标", "指标值", "是否核心", "指标"]
    lines += ["产出指标", "数量指标", "巡查街区数量", "≥12个", "是", "", "", "巡查频次", "每周2次", "否"]
    document = parse_document("\n".join(lines) + "\n", form="columns")
    got = [(i.name, i.annual_target.raw, i.extra) for i in indicators(document)]
    assert got == [("巡查街区数量", "≥12个", {"是否核心指标": "是"}), ("巡查频次", "每周2次", {"是否核心指标": "否"})]


def test_pdftotext_header_name_the_model_does_not_know_stacked_round_the_header_line():
    """是否核 / 心指标 printed above and below the header's line, right of its last name (a wrapped header cell the
    model does not know, as pdftotext lays it): one column, 是否核心指标, its cells kept in extra (they had been
    read into the values: ≥12个      是)."""

    def line(*cells: tuple[int, str]) -> str:
        out = ""
        for at, text in cells:
            out += " " * (at - len(out)) + text
        return out + "\n"

    text = (
        "项目名称：示例街区巡查项目\n"
        + line((50, "是否核"))
        + line((0, "一级指标"), (12, "二级指标"), (24, "三级指标"), (40, "指标值"))
        + line((50, "心指标"))
        + line((0, "产出指标"), (12, "数量指标"), (24, "巡查街区数量"), (40, "≥12个"), (50, "是"))
        + line((24, "巡查频次"), (40, "每周2次"), (50, "否"))
    )
    got = [(i.name, i.annual_target.raw, i.extra) for i in indicators(parse_document(text))]
    assert got == [("巡查街区数量", "≥12个", {"是否核心指标": "是"}), ("巡查频次", "每周2次", {"是否核心指标": "否"})]


def test_one_cell_a_line_points_whose_bracket_opens_on_the_category_s_line():
    """产出指标 ( / 0~50分): a category with its points, wrapped inside the bracket (a word processor's text save):
    one label, 产出指标 (the points line had been read as a row's cell and the grid shifted)."""
    lines = ["项目名称：示例街区巡查项目", "一级指标", "二级指标", "三级指标", "指标值"]
    lines += ["产出指标 (", "0~50分)", "数量指标", "巡查街区数量", "≥12个", "", "", "巡查频次", "每周2次"]
    lines += ["满意度指标(", "20)", "服务对象满意度指标", "商户满意度", "≥90%"]
    document = parse_document("\n".join(lines) + "\n", form="columns")
    got = [(i.level1.name, i.name, i.annual_target.raw) for i in indicators(document)]
    assert got == [
        ("产出指标", "巡查街区数量", "≥12个"),
        ("产出指标", "巡查频次", "每周2次"),
        ("满意度指标", "商户满意度", "≥90%"),
    ]


def test_one_cell_a_line_a_name_and_its_comparator_after_a_repeated_header_are_no_header_name():
    """Drawn by the strategies (a header repeated under a 续 title, empty cells dropped): 设施验收合格率 and ≥ after
    the header are a row's name and comparator, not a header name the model does not know broken over two lines
    (the row had been read as 96% with the value 1)."""
    header = "一级\n指标\n二级\n指标\n三级\n指标\n指标性质\n指标值\n度量单位\n权重\n"
    text = (
        "项目支出绩效目标表\n项目名称\n示例项目\n主管部门\n示例市示例局\n"
        + header
        + "项目支出绩效目标表（续）\n"
        + header
        + "产出指标\n数量指标\n培训覆盖率\n≥\n96\n%\n1\n"
        + "项目支出绩效目标表（续）\n"
        + header
        + "设施验收合格率\n≥\n96\n%\n1\n"
    )
    got = [(i.name, i.annual_target.raw, i.weight) for i in indicators(parse_document(text))]
    assert got == [("培训覆盖率", "96", 1), ("设施验收合格率", "96", 1)]


def test_dokuwiki_table_markup_header_cells_and_merged_rows():
    """DokuWiki opens a header cell with ^ where a cell opens with | and writes ::: in the cells a merged cell
    spans; its headings are ====== … ======. Before, a header row of ^ cells alone was one cell (no grid found),
    ^ stayed in the key cells, ::: was read as a category, and a long title in a heading as a grid row."""
    text = (
        "====== 示例县2025年项目支出绩效目标表 ======\n\n"
        "^ 项目名称 | 示例充电设施建设项目 |\n^ 主管部门 | 示例县发展和改革局 |\n"
        "^ 项目资金（万元） ^ 年度资金总额 | 40.00 |\n^ ::: ^ 其中：财政拨款 | 40.00 |\n\n"
        "^ 一级指标 ^ 二级指标 ^ 三级指标 ^ 指标值 ^ 分值 ^\n"
        "| 产出指标 | 数量指标 | 新建公共充电桩 | ≥120个 | 10 |\n"
        "| ::: | ::: | 充电桩巡检次数 | 每月1次 | 10 |\n"
        "| 效益指标 | 社会效益指标 | 充电服务覆盖乡镇 | 全覆盖 | 20 |\n\n"
        "====== 示例县发展和改革局2025年部门预算项目支出绩效目标表（二） ======\n"
    )
    document = parse_document(text)
    (project,) = [p for u in document.units for p in u.projects]
    assert (project.name, project.department) == ("示例充电设施建设项目", "示例县发展和改革局")
    assert (project.amounts.total, project.amounts.fiscal) == (Decimal("40.00"), Decimal("40.00"))
    assert _rows_of(document) == _EXPORTED
    assert not [d.message for d in document.all_diagnostics() if ":::" in d.text or "^" in d.text]


def test_r_write_csv_row_numbers_column_names_and_na_cells_are_the_writers():
    """R's write.csv of a sheet read with readxl: a first row of the names readxl gave the unnamed columns
    ("", "...1", "...2" …), each row led by its number from 1, NA in every empty cell. Before, the numbers
    pushed every cell one column right and NA was read as text."""
    body = [
        ["项目名称", "示例充电设施建设项目", "NA", "NA", "NA"],
        ["主管部门", "示例县发展和改革局", "NA", "NA", "NA"],
        ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
        ["产出指标", "数量指标", "新建公共充电桩", "≥120个", "10"],
        ["NA", "NA", "充电桩巡检次数", "每月1次", "10"],
        ["效益指标", "社会效益指标", "充电服务覆盖乡镇", "全覆盖", "20"],
    ]

    def quoted(cell: str) -> str:
        return cell if cell == "NA" else f'"{cell}"'

    text = '"","...1","...2","...3","...4","...5"\n' + "".join(
        f'"{k}",' + ",".join(map(quoted, row)) + "\n" for k, row in enumerate(body, start=1)
    )
    document = parse_document(text)
    (project,) = [p for u in document.units for p in u.projects]
    assert (project.name, project.department) == ("示例充电设施建设项目", "示例县发展和改革局")
    assert _rows_of(document) == _EXPORTED
    assert not [d.message for d in document.all_diagnostics() if "NA" in d.text or "...1" in d.text]


def test_one_cell_a_line_with_an_empty_line_after_every_row():
    """A table pasted from Word into a text box: one cell a line, empty cells as empty lines, and a paragraph
    mark after each row (the header's too) as one more empty line. Before, the rows were taken one line off
    from the second on (the 二级 read as a 一级, names as values)."""
    cells = [
        "项目名称", "示例充电设施建设项目", "",
        "一级指标", "二级指标", "三级指标", "指标值", "分值", "",
        "产出指标", "数量指标", "新建公共充电桩", "≥120个", "10", "",
        "", "", "充电桩巡检次数", "每月1次", "10", "",
        "效益指标", "社会效益指标", "充电服务覆盖乡镇", "全覆盖", "20", "",
    ]  # fmt: skip
    document = parse_document("\n".join(cells) + "\n", form="columns")
    assert _rows_of(document) == _EXPORTED


def test_one_cell_a_line_a_year_alone_under_the_period_key_is_its_value():
    """项目期 then 2025年 on the next line: the year is the period, not a title's year line (it had been dropped
    as page furniture, and the 项目期 took the next value: the amount 58.00)."""
    cells = [
        "项目名称", "示例充电设施建设项目", "项目期", "2025年", "项目资金（万元）", "年度资金总额", "58.00",
        "一级指标", "二级指标", "三级指标", "指标值", "分值",
        "产出指标", "数量指标", "新建公共充电桩", "≥120个", "10",
    ]  # fmt: skip
    document = parse_document("\n".join(cells) + "\n", form="columns")
    (project,) = [p for u in document.units for p in u.projects]
    assert (project.period, project.amounts.total) == ("2025年", Decimal("58.00"))


def test_a_block_laid_across_one_cell_a_line_whose_value_starts_as_a_wrapped_line_goes_on():
    """Keys laid across (项目名称 / 主管部门 / 实施单位), values wrapped at the block's width: of the ways that make
    three values with none ending in a joiner, the one where no value starts with a mark that only goes on
    (、某某镇…) is taken. Before, two ways were as good and the block was read line by line (实施单位 none)."""
    lines = [
        "项目名称", "主管部门", "实施单位",
        "示例市某某县2025年防沙治", "沙综合治理项目", "示例市某某县林业和草原局", "示例市某某县国有某某林场",
        "、某某镇人民政府",
        "一级指标", "二级指标", "三级指标", "指标值",
        "产出指标", "数量指标", "营造防风固沙林", "≥3,600亩",
    ]  # fmt: skip
    document = parse_document("\n".join(lines) + "\n", form="columns")
    (project,) = [p for u in document.units for p in u.projects]
    assert (project.name, project.department, project.implementer) == (
        "示例市某某县2025年防沙治沙综合治理项目",
        "示例市某某县林业和草原局",
        "示例市某某县国有某某林场、某某镇人民政府",
    )


def test_one_cell_a_line_empty_cells_dropped_a_value_of_words_before_its_weight():
    """Empty cells dropped, one cell a line: a value of words (2025年11月第二个周日) after the name, then its 权重
    and a 责任科室 of words. Before, the value was taken for the second line of a name broken over two (the
    weight after it is a number) and the 权重 10 read as the target."""
    cells = [
        "项目名称", "示例城市马拉松赛事保障项目",
        "一级指标", "二级指标", "三级指标", "指标值", "权重", "责任科室",
        "产出指标", "时效指标", "赛事举办日期", "2025年11月第二个周日", "10", "办公室",
        "质量指标", "赛道丈量认证", "通过丈量认证", "10", "竞赛科",
    ]  # fmt: skip
    document = parse_document("\n".join(cells) + "\n", form="columns")
    assert [(i.name, i.annual_target.raw, i.weight) for i in indicators(document)] == [
        ("赛事举办日期", "2025年11月第二个周日", Decimal(10)),
        ("赛道丈量认证", "通过丈量认证", Decimal(10)),
    ]


def test_one_cell_a_line_a_header_name_the_model_did_not_know_before_a_known_one_stays_two():
    """评分规则 (a scoring rule, now known) then 分值 on the next line: two header names. Before, the two lines were
    joined as one name broken over two (as 是否核心 / 指标 is), the grid had a column too few and no row read."""
    cells = [
        "项目名称", "示例商标培育项目",
        "一级指标", "二级指标", "指标内容", "指标值", "评分规则", "分值",
        "产出指标", "数量指标", "新增注册商标", "新增30件以上", "每少1件扣0.5分", "10",
        "", "", "申报地理标志证明商标", "1件", "未申报不得分", "10",
    ]  # fmt: skip
    document = parse_document("\n".join(cells) + "\n", form="columns")
    assert [(i.name, i.annual_target.raw, i.weight, i.extra) for i in indicators(document)] == [
        ("新增注册商标", "新增30件以上", Decimal(10), {"评分规则": "每少1件扣0.5分"}),
        ("申报地理标志证明商标", "1件", Decimal(10), {"评分规则": "未申报不得分"}),
    ]


def test_one_cell_a_line_an_empty_line_after_every_row_and_a_name_typed_over_two_lines():
    """The Word paste above (an empty line after each row), with a long name typed over two lines: that row is
    one line longer, the empty line after it one line later. Before, the rows after it were read one line off."""
    cells = [
        "项目名称", "示例尘肺病救治救助项目", "",
        "一级指标", "二级指标", "三级指标", "指标值", "分值", "",
        "产出指标", "数量指标", "尘肺病康复站", "（点）建设", "3个", "10", "",
        "", "", "救治救助患者", "≥300人", "10", "",
        "效益指标", "社会效益指标", "患者因病致贫返贫", "有效防止", "20", "",
    ]  # fmt: skip
    document = parse_document("\n".join(cells) + "\n", form="columns")
    assert [(i.level2.name, i.name, i.annual_target.raw) for i in indicators(document)] == [
        ("数量指标", "尘肺病康复站（点）建设", "3个"),
        ("数量指标", "救治救助患者", "≥300人"),
        ("社会效益指标", "患者因病致贫返贫", "有效防止"),
    ]


def test_a_database_export_escaping_a_line_break_in_a_cell_and_a_bar_csv_quoting_one():
    """A goal typed over lines: PostgreSQL's COPY (tab-delimited) writes its breaks as the two characters \\n;
    Excel's CSV with | for its list separator quotes the cell over real line breaks. Both are one cell's wrapped
    lines. Before, the goal kept the escapes, or its quotes; 项目联系人 and 归口业务科室, keys of no field, had
    been read as the 项目期's value."""
    goal = "1.组织增雨作业不少于40次；2.新建作业站点3个。"
    tab = (
        "项目名称\t示例人工影响天气作业保障项目\n项目期\t2025年\n项目联系人\t欧阳某某\n归口业务科室\t业务科\n"
        "年度目标\t1.组织增雨作业不少于40次；\\n2.新建作业站点3个。\n"
        "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t增雨作业次数\t≥40次\n"
    )
    bars = (
        "项目名称|示例人工影响天气作业保障项目||\n项目期|2025年||\n"
        '年度目标|"1.组织增雨作业不少于40次；\n2.新建作业站点3个。"||\n'
        "一级指标|二级指标|三级指标|指标值\n产出指标|数量指标|增雨作业次数|≥40次\n"
    )
    for text in (tab, bars):
        (project,) = [p for u in parse_document(text, form="columns").units for p in u.projects]
        assert (project.period, project.goal) == ("2025年", goal)
        assert [(i.name, i.annual_target.raw) for i in project.indicators] == [("增雨作业次数", "≥40次")]


def test_space_aligned_goals_laid_across_with_their_group_label_centred_beside_their_wrapped_lines():
    """pdftotext of a header block whose goals are laid across (实施期目标 年度目标 over their values, wrapped in
    narrow cells) with the group's label 总体目标 printed at the left of their second line: the label names no
    value and the lines after it go on the values above. Before, the label cut the goals after their first
    line (实施期目标 read 保障美术馆全年免费开)."""
    text = "\n".join(
        [
            "项目名称   示例美术馆免费开放项目",
            "          实施期目标                    年度目标",
            "       保障美术馆全年免费开      全年免费开放不少于300天，举办主",
            "总体目标   放，丰富展览和公共教      题展览12至15个。",
            "       育供给。",
            "",
            "一级指标   二级指标     三级指标        指标值",
            "产出指标   数量指标     全年开放天数    ≥300天",
        ]
    )
    (project,) = [p for u in parse_document(text, form="columns").units for p in u.projects]
    assert (project.period_goal, project.goal) == (
        "保障美术馆全年免费开放，丰富展览和公共教育供给。",
        "全年免费开放不少于300天，举办主题展览12至15个。",
    )
    assert [(i.name, i.annual_target.raw) for i in project.indicators] == [("全年开放天数", "≥300天")]


def test_space_aligned_self_evaluation_budget_columns_laid_down_are_keys_of_no_field():
    """pdftotext of a self-evaluation whose money block is laid down (年初预算数 100.80 / 全年预算数 100.80 beside
    a centred 项目资金（万元）): 年初预算数 is a key of no field, not the rest of the 项目属性 above it (which had
    read 延续项目年初预算数)."""
    text = "\n".join(
        [
            "      项目名称                      示例戏曲进乡村惠民演出项目",
            "      项目属性          延续项目               项目期              2024年",
            "                        年初预算数                                100.80",
            "",
            "                        全年预算数                                100.80",
            "     项目资金（万元）",
            "",
            "一级指标   二级指标     三级指标        年度指标值",
            "产出指标   数量指标     惠民演出场次    ≥120场",
        ]
    )
    (project,) = [p for u in parse_document(text, form="columns").units for p in u.projects]
    assert (project.attribute, project.period) == ("延续项目", "2024年")
    assert [(i.name, i.annual_target.raw) for i in project.indicators] == [("惠民演出场次", "≥120场")]


def test_mediawiki_table_markup_with_cells_spanning_rows():
    """MediaWiki's markup: {| … |- … |}, ! header cells, | cells, one a line or several between !! and ||, a
    cell's attributes before a single | (rowspan="2" | 产出指标), the spanned cells dropped in the rows below.
    Before, no project was found (the markup's lines were cells of one column)."""
    text = "\n".join(
        [
            "== 示例县2025年项目支出绩效目标表 ==",
            '{| class="wikitable"',
            "|-",
            "! 项目名称",
            "| 示例充电设施建设项目",
            "! 主管部门",
            "| 示例县发展和改革局",
            "|-",
            "! 一级指标 !! 二级指标 !! 三级指标 !! 指标值 !! 分值",
            "|-",
            '| rowspan="2" | 产出指标 || rowspan="2" | 数量指标 || 新建公共充电桩 || ≥120个 || 10',
            "|-",
            "| 充电桩巡检次数 || 每月1次 || 10",
            "|-",
            "| 效益指标 || 社会效益指标 || 充电服务覆盖乡镇 || 全覆盖 || 20",
            "|}",
        ]
    )
    document = parse_document(text)
    (project,) = [p for u in document.units for p in u.projects]
    assert (project.name, project.department) == ("示例充电设施建设项目", "示例县发展和改革局")
    assert _rows_of(document) == _EXPORTED
    assert not [d.message for d in document.all_diagnostics() if "{|" in d.text or "rowspan" in d.text]


def test_powershell_export_csv_with_bars_type_line_and_generic_column_names():
    """PowerShell's Export-Csv -Delimiter '|': a #TYPE line, a row of generic names (P1, P2 …), every cell
    quoted. Before, the quotes stayed and no project was found."""
    body = [
        ["项目名称", "示例充电设施建设项目", "", "", ""],
        ["主管部门", "示例县发展和改革局", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
        ["产出指标", "数量指标", "新建公共充电桩", "≥120个", "10"],
        ["", "", "充电桩巡检次数", "每月1次", "10"],
        ["效益指标", "社会效益指标", "充电服务覆盖乡镇", "全覆盖", "20"],
    ]
    text = "#TYPE System.Management.Automation.PSCustomObject\n" + '"P1"|"P2"|"P3"|"P4"|"P5"\n'
    text += "".join("|".join(f'"{cell}"' for cell in row) + "\n" for row in body)
    document = parse_document(text)
    (project,) = [p for u in document.units for p in u.projects]
    assert (project.name, project.department) == ("示例充电设施建设项目", "示例县发展和改革局")
    assert _rows_of(document) == _EXPORTED
    assert not [d.message for d in document.all_diagnostics() if "P1" in d.text or "#TYPE" in d.text]


def test_one_cell_a_line_with_an_empty_line_after_every_cell():
    """docx2txt's text of a Word table: each cell a paragraph with an empty line after it, an empty cell an empty
    line then that one; the header block's 项目负责人及电话 a key of no field; 序号 numbered in an outline (1.1).
    Before, every empty line was taken for an empty cell and no row stood in its columns."""
    cells = [
        "项目名称", "示例充电设施建设项目", "项目期", "1年", "项目负责人及电话", "邹某某 0000-66121408",
        "序号", "三级指标", "指标值", "分值",
        "1.1", "新建公共充电桩", "≥120个", "10",
        "1.2", "充电桩巡检次数", "", "10",
        "2.1", "充电服务覆盖乡镇", "全覆盖", "20",
    ]  # fmt: skip
    document = parse_document("".join(f"{cell}\n\n" for cell in cells), form="columns")
    (project,) = [p for u in document.units for p in u.projects]
    assert project.period == "1年"
    assert [
        (i.seq, i.name, i.annual_target.raw if i.annual_target else None, i.weight) for i in project.indicators
    ] == [
        (1001, "新建公共充电桩", "≥120个", Decimal(10)),
        (1002, "充电桩巡检次数", None, Decimal(10)),
        (2001, "充电服务覆盖乡镇", "全覆盖", Decimal(20)),
    ]


def test_space_aligned_print_time_foot_and_a_form_number_over_the_next_page():
    """A print's page foot (打印时间：2025-02-14 09:31, the page number far right) and the form's number printed
    over the next page (公开09表): page furniture. Before, the foot was read as a row's labels and the form's
    number as the title of another table, so the next page's rows were skipped."""
    text = "\n".join(
        [
            "项目名称     示例充电设施建设项目",
            "一级指标      二级指标        三级指标                    指标值",
            "产出指标      数量指标        新建公共充电桩              ≥120个",
            "打印时间：2025-02-14 09:31                                                   1/2",
            "\f                                                                  公开09表",
            "",
            "一级指标      二级指标        三级指标                    指标值",
            "              质量指标        充电设施验收合格率          100%",
            "效益指标      社会效益指标    充电服务覆盖乡镇            全覆盖",
        ]
    )
    document = parse_document(text, form="columns")
    assert [(i.level1.name, i.level2.name, i.name, i.annual_target.raw) for i in indicators(document)] == [
        ("产出指标", "数量指标", "新建公共充电桩", "≥120个"),
        ("产出指标", "质量指标", "充电设施验收合格率", "100%"),
        ("效益指标", "社会效益指标", "充电服务覆盖乡镇", "全覆盖"),
    ]
    assert not [d.message for d in document.all_diagnostics() if "skipped" in d.message]


def test_space_aligned_browser_print_head_and_foot():
    """A web page printed from a browser: each page opens with the date and time and the page's title, and ends
    with the page's address and the page number n/m. Page furniture; the head had been read as a row of labels
    (10:26 as a 一级) and the foot as one too."""
    head = "2025/3/14 10:26            示例市某某区2025年项目支出绩效目标表_示例市某某区人民政府门户网站"
    foot = "http://www.example.gov.cn/zwgk/bmys/2025/t20250314_01.html                          {}/2"
    text = "\n".join(
        [
            head,
            "项目名称     示例充电设施建设项目",
            "一级指标      二级指标        三级指标                    指标值",
            "产出指标      数量指标        新建公共充电桩              ≥120个",
            foot.format(1),
            "\f" + head,
            "",
            "一级指标      二级指标        三级指标                    指标值",
            "              质量指标        充电设施验收合格率          100%",
            "效益指标      社会效益指标    充电服务覆盖乡镇            全覆盖",
            foot.format(2),
        ]
    )
    document = parse_document(text, form="columns")
    assert [(i.level1.name, i.level2.name, i.name, i.annual_target.raw) for i in indicators(document)] == [
        ("产出指标", "数量指标", "新建公共充电桩", "≥120个"),
        ("产出指标", "质量指标", "充电设施验收合格率", "100%"),
        ("效益指标", "社会效益指标", "充电服务覆盖乡镇", "全覆盖"),
    ]


def test_space_aligned_project_name_centred_round_its_key_over_three_lines():
    """pdftotext of a long project name centred in its cell: its first line above the key's line, its last
    below, then the first line of 主管部门's value (also above its key). The line below the key ends the name.
    Before, it was taken for the first line of 主管部门's value and the name was not the project's."""
    text = "\n".join(
        [
            "示例市某某区2025年度项目支出绩效目标表",
            "         示例市某某区电动自行车集中充电设施建设及消防安全隐患整治",
            " 项目名称",
            "                      项目",
            "        示例市某某区住房和城乡                      示例市某某区物业管理服",
            " 主管部门                         实施单位",
            "            建设局                              务中心",
            " 项目属性          新增项目           项目期                  2025年",
            "",
            "一级指标      二级指标        三级指标                    指标值",
            "产出指标      数量指标        新建公共充电桩              ≥120个",
        ]
    )
    (project,) = [p for u in parse_document(text, form="columns").units for p in u.projects]
    assert (project.name, project.department, project.implementer) == (
        "示例市某某区电动自行车集中充电设施建设及消防安全隐患整治项目",
        "示例市某某区住房和城乡建设局",
        "示例市某某区物业管理服务中心",
    )


def test_a_mysql_outfile_csv_escaping_the_line_breaks_of_a_quoted_cell():
    """MySQL's SELECT … INTO OUTFILE writes a line break inside a field as a backslash then the break: the
    backslash is the escape, not the cell's text. Before, the goal read 1.完成增雨作业；\\2.新建…"""
    text = (
        '"项目名称","示例人工影响天气作业保障项目",\\N,\\N\n'
        '"年度目标","1.完成增雨作业40次；\\\n2.新建作业站点3个。",\\N,\\N\n'
        '"一级指标","二级指标","三级指标","指标值"\n"产出指标","数量指标","增雨作业次数","≥40次"\n'
    )
    (project,) = [p for u in parse_document(text).units for p in u.projects]
    assert project.goal == "1.完成增雨作业40次；2.新建作业站点3个。"
    assert [(i.name, i.annual_target.raw) for i in project.indicators] == [("增雨作业次数", "≥40次")]


def test_space_aligned_labels_printed_a_character_a_line():
    """Narrow merged category cells whose labels print one character a line over their blocks (数 / 量 / 指 /
    标): the characters are one label while what they make is a piece of a name of the level. Before, 数量 (a
    name of its own, short) was cut from 指标, which became a label of its own (a 二级 指标 over two rows)."""
    text = "\n".join(
        [
            "项目名称   示例综合管廊运营维护项目",
            "一级指标  二级指标  三级指标                    指标值",
            "          数        管廊日常巡检里程            ≥86km/月",
            "          量        入廊管线监测点位            1,260个",
            "产        指        附属设施维修                不少于45处次",
            "出        标        管廊巡检记录归档            全部归档",
            "指        质        管廊舱室温度                ≤40℃",
            "标        量        廊内氧气浓度                19.5%～23.5%",
            "          指        监控系统在线率              ≥99.5%",
            "          标        报警信息处置率              100%",
        ]
    )
    document = parse_document(text, form="columns")
    assert [(i.level1.name, i.level2.name, i.name) for i in indicators(document)] == [
        ("产出指标", "数量指标", "管廊日常巡检里程"),
        ("产出指标", "数量指标", "入廊管线监测点位"),
        ("产出指标", "数量指标", "附属设施维修"),
        ("产出指标", "数量指标", "管廊巡检记录归档"),
        ("产出指标", "质量指标", "管廊舱室温度"),
        ("产出指标", "质量指标", "廊内氧气浓度"),
        ("产出指标", "质量指标", "监控系统在线率"),
        ("产出指标", "质量指标", "报警信息处置率"),
    ]


def test_space_aligned_header_names_printed_down_a_character_a_line():
    """A narrow header cell printed down (一 / 级 / 指 / 标 under the header's line, the other names on it): the
    characters go on the names of their columns. Before, only the line right below was joined: the header read
    一级, 二级, and 指 / 标 were taken for pieces of the first block's labels (in corpus 20 a 一级 指标 of its own)."""
    text = "\n".join(
        [
            "项目名称   示例综合管廊运营维护项目",
            "一  二  三级指标                    指标值",
            "级  级",
            "指  指",
            "标  标",
            "    数  管廊日常巡检里程            ≥86km/月",
            "产  量  入廊管线监测点位            1,260个",
            "出  指  附属设施维修                不少于45处次",
            "指  标  管廊巡检记录归档            全部归档",
            "标",
        ]
    )
    document = parse_document(text, form="columns")
    (project,) = document.units[0].projects
    assert [(i.level1.name, i.level2.name, i.name) for i in project.indicators] == [
        ("产出指标", "数量指标", "管廊日常巡检里程"),
        ("产出指标", "数量指标", "入廊管线监测点位"),
        ("产出指标", "数量指标", "附属设施维修"),
        ("产出指标", "数量指标", "管廊巡检记录归档"),
    ]
    from indicator_parser.forms.columns.shapes import text_rows

    rows, _ = text_rows(text, "aligned")
    (header,) = [row for row in rows if row.cells and row.cells[0].text.startswith("一")]
    assert [c.text for c in header.cells] == ["一级指标", "二级指标", "三级指标", "指标值"]


@pytest.mark.parametrize(
    "block",
    [
        # one cell a line: the 项目期's value, then a key the model does not know and its value
        "项目名称\n示例河道保洁项目\n项目属性\n新增项目\n项目期\n2025年\n项目所在地\n示例县某某镇\n"
        "项目资金（万元）\n年度资金总额\n128.60\n",
        # flattened: the key glued to its value on a line of its own, a fund the model does not know the same
        "项目名称示例河道保洁项目\n项目属性新增项目项目期2025年\n支出经济分类30227 委托业务费\n"
        "项目资金（万元）年度资金总额128.60\n其中：财政拨款98.60\n河道管护专项资金30.00\n",
    ],
    ids=["lines", "flat"],
)
def test_a_key_the_model_does_not_know_after_the_period_is_no_part_of_it(block: str):
    """项目期 | 2025年 | 项目所在地 | 示例…: a period is all of its value; before, the key and its value were joined to
    it (2025年项目所在地示例县某某镇). They are reported, kept only in the diagnostic, and the amounts still read."""
    grid = "一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n保洁长度\n36公里\n"
    if "\n项目名称\n" not in "\n" + block:
        grid = "一级指标二级指标三级指标指标值\n产出指标数量指标保洁长度36公里\n"
    (project,) = parse_document(block + grid, form="columns").units[0].projects
    assert (project.period, project.amounts.total) == ("2025年", Decimal("128.60"))
    kept = " ".join(d.message for d in project.diagnostics if "kept only here" in d.message)
    assert ("项目所在地" in kept and "示例县某某镇" in kept) or ("支出经济分类30227" in kept and "30.00" in kept)
    if "财政拨款" in block:
        assert project.amounts.fiscal == Decimal("98.60")


def test_a_label_s_points_on_a_row_of_their_own_go_on_the_label_above():
    """产出指标 / （50分）: a merged label's second line written as a row of its own (sqlite's .mode markdown of a
    sheet, a staging table's c1 … c5 over it): the label goes on, no indicator is lost and none is made."""
    text = (
        "| c1 | c2 | c3 | c4 |\n|---|---|---|---|\n| 项目名称 | 示例花园项目 | | |\n"
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n| 产出指标 | 数量指标 | 新品种引进 | 30个 |\n"
        "| （50分） | | | |\n| | | 扩繁面积 | ≮15亩 |\n| | 质量指标 | 成活率 | ≯5% |\n"
    )
    document = parse_document(text, form="columns")
    found = indicators(document)
    assert [(i.level1.name, i.level2.name, i.name) for i in found] == [
        ("产出指标", "数量指标", "新品种引进"),
        ("产出指标", "数量指标", "扩繁面积"),
        ("产出指标", "质量指标", "成活率"),
    ]
    assert [(i.annual_target.comparator, i.annual_target.value) for i in found[1:]] == [
        (">=", Decimal(15)),
        ("<=", Decimal(5)),
    ]
    assert not [d for d in document.all_diagnostics() if "c1" in d.text]


def test_circled_sequence_numbers_a_full_width_sign_and_a_placeholder_word():
    """❶ … ⓫ as 序号, ＞＝ in the sign column, 无此项 for a row with nothing: read, applied, skipped."""
    text = (
        "项目名称,示例冷链项目,,,,\n序号,一级指标,二级指标,三级指标,符号,指标值\n"
        "❶,产出指标,数量指标,预冷库,＞＝,4\n❿,,,直播推介,≥,十\n⓫,,可持续影响指标,无此项,,无此项\n"
    )
    found = indicators(parse_document(text, form="columns"))
    assert [(i.seq, i.name, i.annual_target.comparator) for i in found] == [(1, "预冷库", ">="), (10, "直播推介", ">=")]


def test_a_bar_delimited_csv_with_empty_strings_quoted():
    """PostgreSQL's COPY … (FORMAT csv, DELIMITER '|'): an empty string is "" and a NULL nothing; both empty."""
    text = (
        "项目名称|示例窑洞项目||\n一级指标|二级指标|三级指标|指标值\n产出指标|数量指标|修缮窑洞|40孔\n"
        '|经济效益指标|""|""\n|社会效益指标|常住户数|不减少\n'
    )
    found = indicators(parse_document(text, form="columns"))
    assert [(i.level2.name, i.name, i.annual_target.raw) for i in found] == [
        ("数量指标", "修缮窑洞", "40孔"),
        ("社会效益指标", "常住户数", "不减少"),
    ]


def test_one_paragraph_a_line_of_a_word_table_merged_cells_dropped_empty_cells_kept():
    """A Word table's text a paragraph a line (sed over document.xml): a merged label's continuation writes no
    line, an empty cell an empty one, a label of two paragraphs two lines (产出指标 / （50分）), the sign's entity
    not decoded (&gt;). Each row is its columns from its first label on; nothing shifts."""
    rows = (
        ("项目名称", "示例芒果项目", "一级指标", "二级指标", "三级指标", "度量单位", "指标值", "指标性质"),
        ("产出指标", "（50分）", "数量指标", "高接换种面积", "亩", "1,200", "≥"),
        ("采后处理线", "条", "二", "＝"),
        ("质量指标", "可溶性固形物含量", "°Brix", "14", "&gt;"),
        ("高接换种完成时间", "", "2025年4月30日", "≤"),
        ("效益指标", "社会效益指标", "带动种植户", "户", "600", "≥", ""),
    )
    text = "\n".join(line for row in rows for line in row)
    found = indicators(parse_document(text, form="columns"))
    assert [(i.level1.name, i.level2.name, i.name, i.annual_target.raw) for i in found] == [
        ("产出指标", "数量指标", "高接换种面积", "1,200"),
        ("产出指标", "数量指标", "采后处理线", "二"),
        ("产出指标", "质量指标", "可溶性固形物含量", "14"),
        ("产出指标", "质量指标", "高接换种完成时间", "2025年4月30日"),
        ("效益指标", "社会效益指标", "带动种植户", "600"),
    ]
    brix = found[2].annual_target
    assert (brix.comparator, brix.value, brix.unit) == (">", Decimal(14), "°Brix")


def test_sequence_numbers_with_a_full_stop_and_letters_after_a_unit_sign():
    """⒈ … ⒛ as 序号; 5°Bé (a unit sign then letters the normalizer does not know) stays text, not 5 °."""
    found = indicators(
        parse_document("项目名称,示例项目\n序号,三级指标,指标值\n⒈,采集点,6处\n⒉,卤水浓度,5°Bé\n", form="columns")
    )
    assert [(i.seq, i.name) for i in found] == [(1, "采集点"), (2, "卤水浓度")]
    assert (found[1].annual_target.kind, found[1].annual_target.value) == ("text", None)


def test_space_aligned_a_print_date_and_page_foot_and_a_row_centred_on_its_second_line():
    """A budget system's print: each page ends 打印日期：… 第 n 页/共 m 页 (no cell of the row above). A name wrapped
    over two lines whose one-line cells were centred on its second line (扩繁面积（ / 亩） beside ≥15): one row,
    not the first line's end of the row above."""
    text = (
        "项目名称    示例花园项目\n"
        "一级指标    二级指标    三级指标            指标值\n"
        "产出指标    数量指标    引进新品种数        不少于三十个\n"
        "                        资源圃扩繁面积（\n"
        "                        亩）                ≥15\n"
        "                        科普讲解活动        每月2场\n"
        "\n  打印日期：2025-03-01                              第 1 页/共 1 页\n"
    )
    found = indicators(parse_document(text, form="columns"))
    assert [(i.name, i.annual_target.raw) for i in found] == [
        ("引进新品种数", "不少于三十个"),
        ("资源圃扩繁面积（亩）", "≥15"),
        ("科普讲解活动", "每月2场"),
    ]


def test_an_evaluation_framework_s_goal_category_with_points_is_a_grid_row():
    """决策 / 绩效目标（5分）: a 二级 of the evaluation framework named as the header block's goals key; with its
    points it is the grid's, its indicator read (before, taken for a goal and lost). 未涉及: a placeholder."""
    text = (
        "项目名称,示例银饰项目,,\n一级指标,二级指标,三级指标,指标值\n决策（20分),项目立项（5分）,立项依据充分性,充分\n"
        ",绩效目标（5分）,绩效目标明确性,明确\n,社会成本指标,未涉及,未涉及\n"
    )
    found = indicators(parse_document(text, form="columns"))
    assert [(i.level1.name, i.level2.name, i.name, i.annual_target.raw) for i in found] == [
        ("决策", "项目立项", "立项依据充分性", "充分"),
        ("决策", "绩效目标", "绩效目标明确性", "明确"),
    ]


def test_one_cell_a_line_two_header_names_the_model_does_not_know_and_items_numbered_in_words():
    """完成进度 / 未完成原因分析 after the known names, the first row's category next: both the grid's columns (kept in
    extra), not the first row's cells; 第一项 … as 序号 (评价主体 last, unknown, before 第一项)."""
    lines = (
        ("项目名称", "示例漆器项目", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "完成进度"),
        ("未完成原因分析", "产出指标", "数量指标", "传习班", "4期", "4期", "100%", ""),
        ("", "", "修复漆器", "不少于60件", "52件", "86.7%", "修复周期延长"),
        ("项目名称", "示例马头琴项目", "序号", "指标名称", "年度指标值", "评价主体"),
        ("第一项", "传承人带徒", "12名", "区文化馆", "第二项", "制作技艺培训", "2期", "区青少年宫"),
    )
    text = "\n".join(line for group in lines for line in group)
    projects = parse_document(text, form="columns").units[0].projects
    first, second = ([(i.seq, i.name, i.annual_target.raw, i.extra) for i in p.indicators] for p in projects)
    assert [row[1:3] for row in first] == [("传习班", "4期"), ("修复漆器", "不少于60件")]
    assert first[1][3]["未完成原因分析"] == "修复周期延长"
    assert second == [
        (1, "传承人带徒", "12名", {"评价主体": "区文化馆"}),
        (2, "制作技艺培训", "2期", {"评价主体": "区青少年宫"}),
    ]


def test_space_aligned_labels_rounded_to_the_lower_line_where_the_cells_are():
    """Cells centred in their rows: a one-line value beside a two-line name on its lower line (亩）| ≥15), beside a
    three-line name on its middle. Labels centred over their blocks are rounded the same way (质量指标 on the lower
    of its two rows' lines), so 移栽苗木成活率 is under 质量指标, not the block above (read rounding to the upper)."""
    text = (
        "项目名称    示例花园项目\n"
        "一级指标    二级指标      三级指标                指标值\n"
        "                          引进新品种数            30个\n"
        "                          资源圃扩繁面积（\n"
        "            数量指标      亩）                    ≥15\n"
        "                          科普讲解活动            每月2场\n"
        "产出指标                  移栽苗木成活率          ≥95%\n"
        "            质量指标      病虫害发生面积占比      低于3%\n"
        "                          苗木病虫害防治（含\n"
        "            时效指标      冬季清园、春季预防      2025年10月前\n"
        "                          ）\n"
    )
    found = indicators(parse_document(text, form="columns"))
    assert [(i.level2.name, i.name) for i in found] == [
        ("数量指标", "引进新品种数"),
        ("数量指标", "资源圃扩繁面积（亩）"),
        ("数量指标", "科普讲解活动"),
        ("质量指标", "移栽苗木成活率"),
        ("质量指标", "病虫害发生面积占比"),
        ("时效指标", "苗木病虫害防治（含冬季清园、春季预防）"),
    ]


def test_space_aligned_labels_rounded_to_the_lower_line_where_the_labels_say_so():
    """Labels centred over their blocks, on the lower of two middle lines, the rows' cells one line each (they
    tell nothing): 数量指标 and 服务对象满意度 over two rows stand on the lower, so 船舶靠泊事故,
    between 成本指标 and 社会效益指标, is the first of 社会效益指标's two rows, not the second of 成本指标's
    (read rounding to the upper line, as a file whose rows do not tell is read unless its labels fit the lower
    better)."""
    text = (
        "项目名称    示例码头项目\n"
        "一级指标      二级指标          三级指标                    指标值\n"
        "                                系泊桩检修                  全覆盖\n"
        "              数量指标          护舷更换                    按需\n"
        "产出指标      质量指标          检修验收合格率              100%\n"
        "              成本指标          单个系泊桩检修费用          ≤0.8万元\n"
        "                                船舶靠泊事故                较上年减少\n"
        "效益指标      社会效益指标      码头作业中断天数            较上年减少\n"
        "              可持续影响指标    码头设施使用年限            持续延长\n"
        "                                船公司满意度                ≥90%\n"
        "满意度指标    服务对象满意度    码头作业人员满意度          ≥90%\n"
    )
    found = indicators(parse_document(text, form="columns"))
    assert [(i.level1.name, i.level2.name) for i in found] == [
        ("产出指标", "数量指标"),
        ("产出指标", "数量指标"),
        ("产出指标", "质量指标"),
        ("产出指标", "成本指标"),
        ("效益指标", "社会效益指标"),
        ("效益指标", "社会效益指标"),
        ("效益指标", "可持续影响指标"),
        ("满意度指标", "服务对象满意度"),
        ("满意度指标", "服务对象满意度"),
    ]


def test_space_aligned_centred_二级_laid_inside_the_blocks_the_一级_take():
    """Labels centred, on the upper of two middle lines: the 二级 alone fit two ways as well (生态环境成本指标
    over its placeholder row and 泵站巡检, 数量指标 over 机组保养 alone, 质量指标 over three rows; or as
    printed), and laid first they took the first, which leaves 成本指标 no block it stands in the middle of.
    The 一级 alone fit as printed (a row beside 生态环境成本指标 is in its block, which goes under 成本指标),
    and the 二级 laid inside their blocks fit as well: the whole plan that fits better is taken."""
    text = (
        "项目名称    示例泵站项目\n"
        "一级指标      二级指标          三级指标                    指标值\n"
        "成本指标      经济成本指标      单座泵站运维成本            ≤12万元\n"
        "              生态环境成本指标  /                           /\n"
        "                                泵站巡检                    全覆盖\n"
        "              数量指标          机组保养                    按规程\n"
        "产出指标                        闸门启闭试验                正常\n"
        "              质量指标          设备完好率                  ≥95%\n"
        "                                排涝达标率                  100%\n"
        "              时效指标          汛前检修完成时间            2026年4月底前\n"
        "              社会效益指标      内涝积水点                  较上年减少\n"
        "效益指标                        排涝影响人口                较上年减少\n"
        "              可持续影响指标    泵站运行年限                持续延长\n"
        "满意度指标    服务对象满意度    周边居民满意度              ≥90%\n"
    )
    found = indicators(parse_document(text, form="columns"))
    assert [(i.level1.name, i.level2.name, i.name) for i in found] == [
        ("成本指标", "经济成本指标", "单座泵站运维成本"),
        ("产出指标", "数量指标", "泵站巡检"),
        ("产出指标", "数量指标", "机组保养"),
        ("产出指标", "数量指标", "闸门启闭试验"),
        ("产出指标", "质量指标", "设备完好率"),
        ("产出指标", "质量指标", "排涝达标率"),
        ("产出指标", "时效指标", "汛前检修完成时间"),
        ("效益指标", "社会效益指标", "内涝积水点"),
        ("效益指标", "社会效益指标", "排涝影响人口"),
        ("效益指标", "可持续影响指标", "泵站运行年限"),
        ("满意度指标", "服务对象满意度", "周边居民满意度"),
    ]


def test_space_aligned_a_block_grown_to_its_wrapped_label_s_height():
    """可持续影响指 / 标 beside a row of one line: the renderer grew the block to the label's two lines, and 效益指标
    stands in the middle of the grown block (生态效益指标's two rows, 社会效益指标's, and the two lines), not
    half a line below the middle of the rows alone (which read 绿化覆盖面积 under 社会效益指标)."""
    text = (
        "项目名称    示例苗圃项目\n"
        "一级指标    二级指标      三级指标            指标值\n"
        "产出指标    数量指标      育苗数量            20万株\n"
        "            生态效益指标  苗木成活率          ≥90%\n"
        "                          绿化覆盖面积        较上年增加\n"
        "效益指标    社会效益指标  带动就业            30人\n"
        "            可持续影响指  苗圃长效管护机制    健全\n"
        "            标\n"
        "满意度指标  服务对象满意  周边居民满意度      ≥90%\n"
        "            度指标\n"
    )
    found = indicators(parse_document(text, form="columns"))
    assert [(i.level1.name, i.level2.name) for i in found] == [
        ("产出指标", "数量指标"),
        ("效益指标", "生态效益指标"),
        ("效益指标", "生态效益指标"),
        ("效益指标", "社会效益指标"),
        ("效益指标", "可持续影响指标"),
        ("满意度指标", "服务对象满意度指标"),
    ]


def test_space_aligned_a_placeholder_row_in_brackets_continues_no_name():
    """（无） | （无）: a placeholder row, its bracket no name's continuation (before, joined to the row above)."""
    text = (
        "项目名称    示例枸杞项目\n"
        "一级指标    二级指标              三级指标                指标值\n"
        "效益指标    社会效益指标          品牌影响力              稳步扩大\n"
        "            可持续影响指标        （无）                  （无）\n"
        "满意度指标  服务对象满意度指标    种植户满意度            ≥88%\n"
    )
    found = indicators(parse_document(text, form="columns"))
    assert [(i.level2.name, i.name, i.annual_target.raw) for i in found] == [
        ("社会效益指标", "品牌影响力", "稳步扩大"),
        ("服务对象满意度指标", "种植户满意度", "≥88%"),
    ]


def test_space_aligned_a_value_s_first_line_that_cannot_end_a_cell_goes_to_the_row_below():
    """培训3期，每期不少于 / 25人: a piece ending in a comparator word (or a joiner) ends no cell, so the line it
    stands on, with no 序号, is the first line of the row below (cells centred on the row's lower line)."""
    text = (
        "项目名称    示例宣纸项目\n"
        "序号    三级指标                指标值                  评分依据\n"
        "1       原料基地面积            300亩                   按验收面积计分\n"
        "2       成品产量                5000刀                  按入库台账计分\n"
        "                                培训3期，每期不少于\n"
        "3       抄纸技艺培训            25人                    按签到表计分\n"
        "4       抽检合格率              ≥95%                    按抽检报告计分\n"
    )
    found = indicators(parse_document(text, form="columns"))
    assert [(i.seq, i.name, i.annual_target.raw) for i in found] == [
        (1, "原料基地面积", "300亩"),
        (2, "成品产量", "5000刀"),
        (3, "抄纸技艺培训", "培训3期，每期不少于25人"),
        (4, "抽检合格率", "≥95%"),
    ]


def test_one_cell_a_line_empty_cells_dropped_a_name_then_its_value_of_words():
    """传承梯队 | 老中青三代衔接 | 初步形成 (a self-evaluation's target and actual, empty cells dropped): the line after
    a name is its value of words, not more of the name, where it is the longer of the two (a cell wrapped over
    two lines breaks where its first line is full: 帮扶脱贫户及监测户发展庭院 / 经济)."""
    lines = ["项目名称", "示例紫砂项目", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    lines += ["效益指标", "可持续影响指标", "传承梯队", "老中青三代衔接", "初步形成", "10", "8"]
    lines += ["帮扶脱贫户及监测户发展庭院", "经济", "≥200户", "210户", "10", "10"]
    found = indicators(parse_document("\n".join(lines) + "\n", form="columns"))
    assert [(i.name, i.annual_target.raw, i.actual.raw) for i in found] == [
        ("传承梯队", "老中青三代衔接", "初步形成"),
        ("帮扶脱贫户及监测户发展庭院经济", "≥200户", "210户"),
    ]


def test_a_polars_frame_printed_as_markdown_and_placeholder_words():
    """polars' print of a frame (ASCII_MARKDOWN): its shape line, column_0 … names, --- and dtype rows are no
    cells, `null` an empty cell; 本年度不考核, 不设此项, ＼: words and marks for nothing here, no indicator."""
    text = (
        "shape: (5, 4)\n| column_0 | column_1 | column_2 | column_3 |\n| --- | --- | --- | --- |\n"
        "| str | str | str | str |\n|---|---|---|---|\n| 项目名称 | 示例花椒项目 | null | null |\n"
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n| 产出指标 | 数量指标 | 示范基地面积 | 不少于1200亩 |\n"
        "| null | 质量指标 | 本年度不考核 | 本年度不考核 |\n| null | 时效指标 | 不设此项 | ＼ |\n"
    )
    document = parse_document(text, form="columns")
    (project,) = document.units[0].projects
    assert project.name == "示例花椒项目"
    assert [(i.level2.name, i.name, i.annual_target.raw) for i in project.indicators] == [
        ("数量指标", "示范基地面积", "不少于1200亩")
    ]


def test_a_go_log_line_of_the_rows():
    """Go's %v of a [][]string (log.Printf("%s %v", id, rows)): a record a line after the log's date, each row in
    brackets, cells one space apart, an empty cell two spaces; a cell holding a line break runs over two lines."""
    text = (
        "2025/03/14 09:32:07 doc1 表1 [[项目名称 示例蚕桑项目] [一级指标 二级指标 三级指标 指标值] "
        "[产出指标\n40分 数量指标 新植桑园 ≥500亩] [  发放蚕种 8000张] [ 质量指标 上车茧率 ≥95%]]\n"
    )
    document = parse_document(text, form="columns")
    (project,) = document.units[0].projects
    assert project.name == "示例蚕桑项目"
    assert [(i.level1.name, i.level2.name, i.name, i.annual_target.raw) for i in project.indicators] == [
        ("产出指标", "数量指标", "新植桑园", "≥500亩"),
        ("产出指标", "数量指标", "发放蚕种", "8000张"),
        ("产出指标", "质量指标", "上车茧率", "≥95%"),
    ]


def test_more_placeholder_words_make_no_indicator():
    """本期无, 未列示, 免填, 此项空缺, 不适用本项目, 本期不设, 无此类指标: words for nothing here, in the name and value cells of a row that
    holds no indicator (the row is reported as a placeholder); words of a value (未发生, 无事故) are none."""
    rows = ["| 产出指标 | 数量指标 | 示范基地面积 | 不少于1200亩 |"]
    for word in (
        "本期无",
        "未列示",
        "免填",
        "此项空缺",
        "不适用本项目",
        "不适用于本项目",
        "本年度未设",
        "本期不设",
        "无此类指标",
    ):
        rows.append(f"|  | 质量指标 | {word} | {word} |")
    rows.append("|  | 时效指标 | 安全事故 | 未发生 |")
    text = "项目名称：示例花椒项目\n| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n" + "\n".join(rows) + "\n"
    document = parse_document(text, form="columns")
    (project,) = document.units[0].projects
    assert [(i.name, i.annual_target.raw) for i in project.indicators] == [
        ("示范基地面积", "不少于1200亩"),
        ("安全事故", "未发生"),
    ]


def test_a_report_print_s_page_heads_and_money_unit_around_a_header_block():
    """A budget system's report printed to PDF and read back space-aligned: 单位：万元 right-aligned over the first
    key is the tables' money unit, not the first line of the project's name; a page's head (打印时间：… and the
    system's name) between two lines of a header block is furniture, not the rest of the amount above it."""
    text = (
        "打印时间：2025-03-14 10:26                                          示例预算管理系统\n\n"
        "                    示例县园艺站2025年度项目支出绩效目标表\n"
        "                                                              单位：万元\n"
        "项目名称：示例盆景园改造项目\n主管部门：示例县园艺站\n项目资金（万元）：\n年度资金总额：98.40\n"
        "                                          第 1 页 / 共 2 页\n"
        "\f打印时间：2025-03-14 10:26                                        示例预算管理系统\n\n"
        "其中：财政拨款：90.00\n\n"
        "一级指标       二级指标         三级指标                   指标值\n"
        "产出指标       数量指标         改造盆景展区               3处\n"
    )
    document = parse_document(text, form="columns")
    (project,) = document.units[0].projects
    assert (project.name, project.department) == ("示例盆景园改造项目", "示例县园艺站")
    assert (str(project.amounts.total), str(project.amounts.fiscal)) == ("98.40", "90.00")
    assert [(i.name, i.annual_target.raw) for i in project.indicators] == [("改造盆景展区", "3处")]


def test_sequence_numbers_lettered_with_a_dash_or_in_other_brackets_one_cell_a_line():
    """序号 A-1, 〔2〕, 【3】, 第4条, 〈5〉 in a grid of one cell a line: each is the row's first cell, so the rows keep their
    width (no cell shifts into the next row)."""
    cells = ["序号", "一级指标", "二级指标", "三级指标", "指标值", "预期成效"]
    cells += ["A-1", "产出指标", "数量指标", "盆景展区改造", "3处", "展区焕新"]
    cells += ["〔2〕", "", "", "盆景养护培训", "2期", "提高养护水平"]
    cells += ["【3】", "", "质量指标", "盆景成活率", "≥95%", ""]
    cells += ["第4条", "效益指标", "社会效益指标", "接待游客", "1万人次", "扩大影响"]
    cells += ["〈5〉", "", "", "举办盆景展", "2次", ""]
    text = "项目名称\n示例盆景园改造项目\n" + "\n".join(cells) + "\n"
    found = indicators(parse_document(text, form="columns"))
    assert [(i.seq, i.level2.name, i.name, i.annual_target.raw) for i in found] == [
        (1, "数量指标", "盆景展区改造", "3处"),
        (2, "数量指标", "盆景养护培训", "2期"),
        (3, "质量指标", "盆景成活率", "≥95%"),
        (4, "社会效益指标", "接待游客", "1万人次"),
        (5, "社会效益指标", "举办盆景展", "2次"),
    ]


def test_an_adjustment_table_s_title_is_a_title():
    """项目支出绩效目标调整表 (a mid-year adjustment of the targets), printed again over the next project: a title,
    not a row of the grid above it."""
    text = (
        "示例县2025年项目支出绩效目标调整表\n项目名称,示例盆景园改造项目\n一级指标,二级指标,三级指标,指标值\n"
        "产出指标,数量指标,盆景展区改造,3处\n\n示例县2025年项目支出绩效目标调整表\n项目名称,示例花卉园项目\n"
        "一级指标,二级指标,三级指标,指标值\n产出指标,数量指标,花卉展区改造,2处\n"
    )
    projects = parse_document(text, form="columns").units[0].projects
    assert [[(i.name, i.annual_target.raw) for i in p.indicators] for p in projects] == [
        [("盆景展区改造", "3处")],
        [("花卉展区改造", "2处")],
    ]


def test_labels_centred_on_their_blocks_middle_row_counted_in_rows_not_lines():
    """A renderer that centres a category on its block's middle row, rows counted (three rows: the second; two: the
    first), whatever their lines: 数量指标 beside the second of three rows, the third of two lines, and 质量指标
    beside the first of two (by lines, 组建专业服务分队 would be as near 质量指标's middle). The file fits that way
    exactly, and so is read that way."""
    grid = (
        "一级指标     二级指标             三级指标             指标值               监测周期\n"
        "                                  新注册科技志愿者     不少于三百名         季度\n"
        "             数量指标             开展科技志愿服务活   每月≥2场             月度\n"
        "                                  动\n"
        "                                  组建专业服务分队     6支（农技、医疗、    年度\n"
        "                                                       应急各2支）\n"
        "产出指标     质量指标             志愿服务时长记录完   百分之百             季度\n"
        "                                  整率\n"
        "                                  服务需求对接成功率   ≧85%                 季度\n"
        "             时效指标             年度星级志愿者评定   2025年11月中旬       年度\n"
        "             成本指标             志愿者意外保险人均   ≤30元/人·年          年度\n"
        "                                  保费\n"
        "             社会效益指标         惠及基层群众         2万人次以上          年度\n"
        "效益指标                          科学素质宣传覆盖行   覆盖全区所有行政村   年度\n"
        "                                  政村\n"
        "             可持续影响指标       科技志愿服务信息平   持续运行             年度\n"
        "                                  台\n"
        "满意度指标   服务对象满意度指标   受助群众满意度       90%（不含）以上      年度\n"
        "                                  志愿者参与满意度     ≥88%                 年度\n"
    )
    text = "项目名称            示例科技志愿服务项目\n\n" + grid
    document = parse_document(text)
    got = [(i.level2.name, i.name) for i in document.units[0].projects[0].indicators]
    assert got == [
        ("数量指标", "新注册科技志愿者"),
        ("数量指标", "开展科技志愿服务活动"),
        ("数量指标", "组建专业服务分队"),
        ("质量指标", "志愿服务时长记录完整率"),
        ("质量指标", "服务需求对接成功率"),
        ("时效指标", "年度星级志愿者评定"),
        ("成本指标", "志愿者意外保险人均保费"),
        ("社会效益指标", "惠及基层群众"),
        ("社会效益指标", "科学素质宣传覆盖行政村"),
        ("可持续影响指标", "科技志愿服务信息平台"),
        ("服务对象满意度指标", "受助群众满意度"),
        ("服务对象满意度指标", "志愿者参与满意度"),
    ]


def test_space_aligned_target_table_title_with_a_long_note_after_another_table():
    # a 收支总表 first, then the 绩效目标表 whose title ends in a bracketed list of departments (13 characters): the
    # title still opens the target table, whose rows are read (none had been: all skipped with the 收支总表)
    text = "\n".join(
        [
            "                 2025年部门收支总表",
            "   科目编码        科目名称              金额",
            "   201             一般公共服务支出      11229.55",
            "",
            "      示例县2025年项目支出绩效目标表（县应急管理局、县农业农村局）",
            "项目名称   示例渡口安全项目",
            "一级指标     二级指标     三级指标       指标值",
            "产出指标     数量指标     渡船安全检查   12次",
            "             质量指标     救生衣配备率   100%",
        ]
    )
    got = [(i.level2.name, i.name, i.annual_target.raw) for i in indicators(parse_document(text))]
    assert got == [("数量指标", "渡船安全检查", "12次"), ("质量指标", "救生衣配备率", "100%")]
