"""The indicator cell parser: golden cells from the seeds, every irregular form, errors."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest

from indicator_parser import (
    Category,
    ParseError,
    detect_dialect,
    parse_cell,
    parse_indicators,
    to_dict,
    to_json,
)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "cells"
CELLS = sorted(EXAMPLES.glob("*.txt"))


def test_examples_are_present():
    assert len(CELLS) == 88


@pytest.mark.parametrize("path", CELLS, ids=lambda p: p.stem)
def test_golden_cell(path: Path):
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert to_dict(parse_cell(path.read_text(encoding="utf-8"))) == expected


@pytest.mark.parametrize(("seed", "count"), [("000", 186), ("002", 157)])
def test_seed_indicator_counts(seed: str, count: int):
    total = sum(len(parse_indicators(p.read_text(encoding="utf-8"))) for p in CELLS if p.name.startswith(seed))
    assert total == count


@pytest.mark.parametrize("path", CELLS, ids=lambda p: p.stem)
def test_spans_cover_every_character(path: Path):
    text = path.read_text(encoding="utf-8")
    cell = parse_cell(text)
    spans = sorted([i.span for i in cell.indicators] + [d.span for d in cell.diagnostics])
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start, "spans overlap"
    covered = [False] * len(text)
    for start, end in spans:
        covered[start:end] = [True] * (end - start)
    missed = [ch for ch, hit in zip(text, covered, strict=False) if not hit and not ch.isspace()]
    assert missed == []


def one(text: str, dialect=None):
    (indicator,) = parse_indicators(text, dialect)
    return indicator


# ----------------------------------------------------------------- the two dialects


def test_tianhe_item():
    cell = "1、2-效益指标,22-社会效益,保障正常办公；实施周期指标值:全年,年度指标值:正常;,2、1-产出指标,11-数量指标,举办活动场数；实施周期指标值:全年,年度指标值:4次;"
    first, second = parse_indicators(cell)
    assert (first.seq, first.level1, first.level2, first.name) == (
        1,
        Category("2", "效益指标"),
        Category("22", "社会效益"),
        "保障正常办公",
    )
    assert first.period_target.raw == "全年" and first.annual_target.raw == "正常"
    assert (second.seq, second.name, second.annual_target.raw) == (2, "举办活动场数", "4次")
    assert second.annual_target.value == 4 and second.annual_target.unit == "次"
    assert detect_dialect(cell) == "tianhe"


def test_liwan_item():
    cell = "1、1-产出指标；11-数量指标；防灾减灾救灾宣传活动场次；实施周期指标值:2场；年度指标值:2场。2、3-满意度指标；31-服务对象满意度；群众满意度；实施周期指标值:≥85%；年度指标值:≥85%。"
    first, second = parse_indicators(cell)
    assert (first.seq, first.name, first.period_target.raw, first.annual_target.raw) == (
        1,
        "防灾减灾救灾宣传活动场次",
        "2场",
        "2场",
    )
    assert (second.seq, second.level2, second.annual_target.raw) == (2, Category("31", "服务对象满意度"), "≥85%")
    assert detect_dialect(cell) == "liwan"


def test_wrapped_lines_are_joined_even_inside_keywords_and_numbers():
    cell = "1、1-产出指标,11-数量指标,举办活动场数；实施周期指标值:全年,年度指\n\n标值:4\n0次;"
    indicator = one(cell)
    assert indicator.annual_target.raw == "40次"
    assert cell[indicator.span[0] : indicator.span[1]] == cell.rstrip()


def test_explicit_dialect_must_fit():
    liwan = "1、1-产出指标；11-数量指标；场次；实施周期指标值:2场；年度指标值:2场。2、1-产出指标；11-数量指标；人次；实施周期指标值:2；年度指标值:2。"
    assert len(parse_indicators(liwan, "liwan")) == 2
    with pytest.raises(ParseError):
        parse_indicators(liwan, "tianhe")
    with pytest.raises(ValueError, match="unknown dialect"):
        parse_indicators(liwan, "haizhu")  # type: ignore[arg-type]


# ----------------------------------------------------------------- irregular forms (DOMAIN.md)


def test_full_width_commas_and_no_value_labels():
    cell = "1、1-产出指标，11-数量指标，租用办公场地面积（平方米），5911.6平方米；3-\n满意度指标，31-服务对象满意度，办公业务用房使用的满意度水平，90%以上"
    first, second = parse_indicators(cell)
    assert (first.name, first.period_target, first.annual_target.raw) == (
        "租用办公场地面积（平方米）",
        None,
        "5911.6平方米",
    )
    assert str(first.annual_target.value) == "5911.6"
    assert (second.seq, second.level1.code, second.name, second.annual_target.raw) == (
        None,
        "3",
        "办公业务用房使用的满意度水平",
        "90%以上",
    )


def test_item_without_value_then_items_without_sequence_numbers():
    cell = "1、1-产出指标,12-质量指标,支出合规性；3-满意度指标，31-服务对象满意度，绿化养护满意率，90%及以上，1-产出指标，11-数量指标，绿化养护完成率，100%"
    first, second, third = parse_indicators(cell)
    assert (first.seq, first.name, first.annual_target) == (1, "支出合规性", None)
    assert (second.seq, second.name, second.annual_target.raw) == (None, "绿化养护满意率", "90%及以上")
    assert (third.seq, third.level2.code, third.name, third.annual_target.raw) == (None, "11", "绿化养护完成率", "100%")


def test_categories_without_codes_are_inferred():
    cell = "1、1-产出指标,12-质量指标,支出合规性；效益指标，生态效益，购买志愿服务，100人；满意度指标，服务对象满意度，疫情防控政策群众普及程度，90%以上"
    _, effect, satisfaction = parse_indicators(cell)
    assert effect.level1 == Category("2", "效益指标", inferred=True)
    assert effect.level2 == Category("23", "生态效益", inferred=True)
    assert satisfaction.level1 == Category("3", "满意度指标", inferred=True)
    assert satisfaction.level2 == Category("31", "服务对象满意度", inferred=True)
    assert (effect.name, effect.annual_target.raw) == ("购买志愿服务", "100人")


def test_level1_omitted_colon_after_level2_and_item_without_name():
    cell = "1、1-产出指标,11-数量指标，政府采购率，100%；12-质量指标,支出合规性；2-效益指标，22-社会效益，案件办结率，100%；3-满意度指标，31-服务对象满意度，90%及以上"
    _first, second, _third, fourth = parse_indicators(cell)
    assert second.level1 == Category("1", "产出指标", inferred=True)
    assert second.level2 == Category("12", "质量指标")
    assert (fourth.name, fourth.annual_target.raw) == (None, "90%及以上")
    colon = one("1、1-产出指标，11-数量指标:政府采购率；实施周期指标值:全年,年度指标值:100%")
    assert (colon.level2.code, colon.name, colon.annual_target.raw) == ("11", "政府采购率", "100%")


def test_values_that_contain_the_field_separators():
    cell = "1、1-产出指标,11-数量指标,值班备勤队伍；实施周期指标值:全年,年度指标值:6名站长，36名队员;"
    indicator = one(cell)
    assert indicator.annual_target.raw == "6名站长，36名队员"
    assert indicator.annual_target.kind == "composite"
    assert [(p.value, p.unit, p.label) for p in indicator.annual_target.parts] == [
        (6, "名", "站长"),
        (36, "名", "队员"),
    ]
    long_value = "开展100个专业个案，共500节次；开展38场活动。每年发展志愿者人数达200人以上，完成党建引领项目1个。"
    cell = f"1、1-产出指标,11-数量指标,服务开展数量；实施周期指标值:全年,年度指标值:{long_value};,2、1-产出指标,11-数量指标,人均服务时间；实施周期指标值:全年,年度指标值:1510小时;"
    first, second = parse_indicators(cell)
    assert first.annual_target.raw == long_value
    assert second.annual_target.raw == "1510小时"


def test_names_that_contain_commas_and_stops():
    cell = "1、2-效益指标,24-可持续影响,强化党员服务群众能力，提升党员党性修养水平。；实施周期指标值:全年,年度指标值:100%;,2、1-产出指标,13-时效指标,在2023年12月31日前完成。；实施周期指标值:全年,年度指标值:100%;"
    first, second = parse_indicators(cell)
    assert first.name == "强化党员服务群众能力，提升党员党性修养水平。"
    assert second.name == "在2023年12月31日前完成。"


def test_liwan_values_with_stops_commas_odd_quotes_and_leading_space():
    cell = (
        "1、1-产出指标；11-数量指标；举办活动次数；实施周期指标值:每个社区每年开展不少于4次居民活动。；年度指标值:每个社区每年开展不少于4次居民活动。"
        "2、1-产出指标；12-质量指标；工作完成质量水平；实施周期指标值:各项工作完成，“”良”以上；年度指标值: 100%。"
    )
    first, second = parse_indicators(cell)
    assert first.period_target.raw == "每个社区每年开展不少于4次居民活动。"
    assert first.annual_target.raw == "每个社区每年开展不少于4次居民活动"  # the final 。 closes the item
    assert (first.annual_target.comparator, first.annual_target.value, first.annual_target.per) == (">=", 4, "year")
    assert second.period_target.raw == "各项工作完成，“”良”以上"
    assert second.annual_target.raw == "100%"


def test_sequence_number_wrapped_before_its_mark():
    cell = "1、1-产出指标,11-数量指标,甲；实施周期指标值:全年,年度指标值:100%;,4\n\n、1-产出指标,11-数量指标,乙；实施周期指标值:全年,年度指标值:4次;"
    assert [i.seq for i in parse_indicators(cell)] == [1, 4]


def test_name_equal_to_a_category_name_is_a_name():
    cell = "1、3-满意度指标；31-服务对象满意度；服务对象满意度；实施周期指标值:90%；年度指标值:90%。"
    indicator = one(cell)
    assert indicator.name == "服务对象满意度"


def test_mismatched_categories_are_kept_and_flagged():
    cell = "1、2-效益指标；12-质量指标；招投标规范性；实施周期指标值:按照规范程序，进行政府采购。；年度指标值:100%。"
    indicator = one(cell)
    assert indicator.level1 == Category("2", "效益指标") and indicator.level2 == Category("12", "质量指标")
    (warning,) = indicator.warnings
    assert warning.message == "level-2 category 12-质量指标 does not belong to level-1 category 2-效益指标"
    assert (warning.severity, warning.span, warning.line, warning.column) == ("warning", indicator.span, 1, 1)
    assert warning.text == cell


def test_a_single_value_label_is_the_annual_target():
    tianhe = one("1、1-产出指标,11-数量指标,培训人次；指标值:≥500人次;")
    liwan = one("1、1-产出指标；11-数量指标；培训人次；目标值:≥500人次。")
    for indicator in (tianhe, liwan):
        assert (indicator.name, indicator.period_target) == ("培训人次", None)
        assert (indicator.annual_target.comparator, indicator.annual_target.value) == (">=", 500)
    glued = one("1、1-产出指标,11-数量指标指标值:2场;")
    assert (glued.level2.name, glued.annual_target.raw) == ("数量指标", "2场")


def test_value_label_without_value():
    indicator = one("1、1-产出指标；11-数量指标；场次；实施周期指标值:；年度指标值:2场。")
    assert indicator.period_target.kind == "empty" and indicator.period_target.raw == ""
    assert indicator.annual_target.raw == "2场"


# ----------------------------------------------------------------- errors and recovery


def test_parse_error_points_at_the_spot():
    text = "1、1-产出指标；11-数量指标；场次；实施周期指标值:2场\n年度指标值:2场。"
    # The line break is joined away, so 年度指标值: follows the value with no separator
    # and still parses; a bad category code does not.
    assert one(text).annual_target.raw == "2场"
    bad = "1、1-产出指标,11-数量指标,甲；实施周期指标值:全年,年度指标值:1次;,\n2、产出,乙"
    with pytest.raises(ParseError) as caught:
        parse_indicators(bad)
    error = caught.value
    assert (error.line, error.column) == (2, 3)
    assert bad[error.offset] == "产"
    assert "expected" in error.message and "category" in error.message
    assert error.snippet.splitlines() == ["2、产出,乙", "   ^"]  # 、 is two columns wide
    assert isinstance(error, ValueError)


def test_parse_error_at_end_of_text():
    with pytest.raises(ParseError) as caught:
        parse_indicators("1、1-产出指标,")
    assert caught.value.line == 1
    assert "the text ends" in caught.value.message


def test_expected_words_are_for_people():
    with pytest.raises(ParseError) as caught:
        parse_indicators("1、1-产出指标；；")
    message = caught.value.message
    assert "_" not in message and "LABEL" not in message and "TEXT" not in message


def test_recovery_keeps_the_other_items():
    cell = "1、1-产出指标,11-数量指标,甲；实施周期指标值:全年,年度指标值:1次;,2、产出,乙;,3、1-产出指标,11-数量指标,丙；实施周期指标值:全年,年度指标值:3次;"
    result = parse_cell(cell)
    assert [i.name for i in result.indicators] == ["甲", "丙"]
    (diagnostic,) = result.diagnostics
    assert diagnostic.severity == "error"
    assert diagnostic.text == "2、产出,乙;,"
    assert cell[diagnostic.span[0] : diagnostic.span[1]] == diagnostic.text
    assert (diagnostic.line, diagnostic.column) == (1, cell.index("2、产出") + 1)
    with pytest.raises(ParseError):
        parse_cell(cell, recover=False)


def test_text_before_the_first_item_is_reported_and_the_items_kept():
    cell = "见附件 1、1-产出指标,11-数量指标,甲；实施周期指标值:全年,年度指标值:1次;"
    result = parse_cell(cell)
    assert [i.name for i in result.indicators] == ["甲"]
    assert [d.text for d in result.diagnostics] == ["见附件"]


def test_garbage_is_one_diagnostic_not_an_exception():
    result = parse_cell("这不是指标文本 at all")
    assert result.indicators == ()
    assert [d.text for d in result.diagnostics] == ["这不是指标文本 at all"]


def test_json_form_keeps_chinese_and_key_names():
    indicator = one("1、1-产出指标,11-数量指标,举办活动场数；实施周期指标值:全年,年度指标值:4次;")
    text = to_json(indicator)
    assert "举办活动场数" in text and "\\u" not in text
    data = json.loads(text)
    assert list(data) == [
        "seq",
        "level1",
        "level2",
        "name",
        "period_target",
        "annual_target",
        "span",
        "warnings",
        "weight",
        "actual",
        "score",
        "extra",
    ]
    assert data["level1"] == {"code": "1", "name": "产出指标", "inferred": False}
    assert data["span"] == [0, len("1、1-产出指标,11-数量指标,举办活动场数；实施周期指标值:全年,年度指标值:4次;")]
    assert data["annual_target"]["raw"] == "4次"
    assert to_dict([indicator]) == [data]


def test_long_repetitive_input_is_fast_enough_to_finish():
    # A pathological cell: must fail or parse, not hang (the lexer looks ahead a bounded distance).
    for fragment in ("1、", "产", "；", "年度指标值:"):
        text = fragment * 5000
        result = parse_cell(text)
        assert result.indicators or result.diagnostics
        assert sum(d.span[1] - d.span[0] for d in result.diagnostics) + sum(
            i.span[1] - i.span[0] for i in result.indicators
        ) == len(text)


def test_grammar_terminals_are_named():
    grammar = (Path(__file__).resolve().parent.parent / "grammar" / "indicators.lark").read_text(encoding="utf-8")
    rules = [line for line in grammar.splitlines() if re.match(r"^\s*[a-z_]+:|^\s*\|", line)]
    assert rules and not any('"' in line for line in rules), "rules use anonymous string terminals"


def test_project_completion_and_effect_level_1s_hold_the_level_2s_of_output_and_effect():
    """项目完成指标 and 项目效益指标 (evaluation frameworks) take 产出指标's and 效益指标's level 2s: no warning
    there, and still one where a level 2 is under the other; they keep no code of their own."""
    from indicator_parser.taxonomy import resolve, under

    first, second, warnings = resolve(Category(None, "项目效益指标"), Category(None, "社会效益指标"))
    assert (first.code, second.code, warnings) == (None, "22", ())
    assert resolve(Category(None, "项目完成指标"), Category(None, "成本指标"))[2] == ()
    assert resolve(Category(None, "项目完成指标"), Category(None, "社会效益指标"))[2] == (
        "level-2 category 社会效益指标 does not belong to level-1 category 项目完成指标",
    )
    assert under("数量指标", "项目完成指标") and not under("数量指标", "项目效益指标")
