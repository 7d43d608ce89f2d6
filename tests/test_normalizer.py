"""The target normalizer: the hand-checked gold file, the legal convention, properties."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from indicator_parser import Target, normalize, to_dict
from indicator_parser.fold import FOLD, fold
from indicator_parser.normalizer import FORMS, UNITS, chinese_numeral, forms_markdown
from indicator_parser.render import render_target
from indicator_parser.strategies import targets

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "examples" / "targets.jsonl"
CASES = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
READ_KINDS = {"quantity", "range", "change", "rank", "composite"}


def test_gold_file_is_large_enough():
    assert len(CASES) >= 600
    assert len({case["raw"] for case in CASES}) == len(CASES)
    assert sum(case["expected"]["kind"] == "text" for case in CASES) >= 100


@pytest.mark.parametrize("case", CASES, ids=[c["raw"][:20] or "<empty>" for c in CASES])
def test_gold(case):
    got = to_dict(normalize(case["raw"]))
    assert got.pop("raw") == case["raw"]
    assert got == case["expected"]


def test_readme_lists_the_forms_of_the_grammar():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = re.search(r"<!-- forms -->\n(.*?)\n<!-- /forms -->", readme, re.S)
    assert listed is not None, "README.md has no generated list of forms"
    assert listed.group(1) == forms_markdown(), "run python tools/update_readme_forms.py"


@pytest.mark.parametrize(("form", "value"), [(f, v) for f in FORMS for v in f.examples], ids=lambda x: str(x)[:12])
def test_every_example_of_a_form_reads_as_its_kind(form, value):
    m = form.pattern.fullmatch(value.translate(FOLD).replace(" ", "").replace("（", "(").replace("）", ")"))
    assert m is not None
    assert normalize(value).kind == form.kind


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("90%以上", ">="),  # 以上 includes the number
        ("5件以下", "<="),  # 以下 includes the number
        ("3天以内", "<="),  # 以内 includes the number
        ("超过3天", ">"),  # 超过 excludes it
        ("不满3天", "<"),  # 不满 excludes it
        ("5公里以外", ">"),  # 以外 excludes it
        ("80%以上（不含）", ">"),  # a note that excludes the number
        ("80%以上（含）", ">="),
        ("不得低于92%", ">="),  # a rule's wording: 不得 (must not) before the bound
        ("不应少于5次", ">="),
        ("不得超过10%", "<="),
        ("不能高于3%", "<="),
        ("不突破38万元", "<="),  # a ceiling not to be broken through (突破 alone is more than)
        ("不超出5%", "<="),
        ("不得突破120万元", "<="),
    ],
)
def test_legal_convention(text, comparator):
    assert normalize(text).comparator == comparator


def test_the_same_target_written_three_ways():
    readings = {(t.comparator, t.value, t.unit) for t in map(normalize, ["≥85%", "85%或以上", "不低于百分之八十五"])}
    assert readings == {(">=", Decimal(85), "%")}


def test_values_are_exact_decimals():
    target = normalize("5911.6平方米")
    assert target.value == Decimal("5911.6") and isinstance(target.value, Decimal)
    assert json.loads(json.dumps(to_dict(target)))["value"] == 5911.6


def test_rate_carries_its_period():
    target = normalize("每年至少24次")
    assert (target.kind, target.comparator, target.value, target.unit, target.per) == (
        "quantity",
        ">=",
        24,
        "次",
        "year",
    )


def test_value_in_a_longer_phrase():
    target = normalize("每个社区每年开展不少于4次居民活动。")
    assert (target.comparator, target.value, target.unit, target.per) == (">=", 4, "次", "year")


def test_holiday_names_are_not_numbers():
    assert normalize("七一、国庆主题党建活动完成率").kind == "text"


def test_meals_are_a_unit():
    """助餐 budgets count meals: a subsidy per meal and meals served were text."""
    readings = [(t.comparator, t.value, t.unit) for t in map(normalize, ["≤5元/餐", "≥3.6万餐次"])]
    assert readings == [("<=", 5, "元/餐"), (">=", Decimal("3.6"), "万餐次")]


def test_one_rule_for_wan_and_yi():
    """万 and 亿 after a number stay in the unit, for money and counts, Arabic or Chinese numerals."""
    readings = [(t.value, t.unit) for t in map(normalize, ["5万", "5万元", "5万人次", "0.5亿", "0.5亿元", "五万元"])]
    assert readings == [
        (5, "万"),
        (5, "万元"),
        (5, "万人次"),
        (Decimal("0.5"), "亿"),
        (Decimal("0.5"), "亿元"),
        (5, "万元"),
    ]
    assert normalize("一万二千元").value == 12000  # 万 inside a numeral is part of the number


def test_a_change_keeps_its_direction():
    target = normalize("下降10%以上")
    assert (target.kind, target.direction, target.comparator, target.value, target.unit) == (
        "change",
        "decrease",
        ">=",
        10,
        "%",
    )


def test_timeframes_carry_iso_dates():
    assert (normalize("2025年第三季度").start, normalize("2025年第三季度").end) == ("2025-07-01", "2025-09-30")
    assert normalize("二〇二五年六月底前").end == "2025-06-30"


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("十五", 15), ("两千", 2000), ("一万二千", 12000), ("一百零五", 105), ("三十", 30), ("一亿二千万", 120000000)],
)
def test_chinese_numerals(numeral, value):
    assert chinese_numeral(numeral) == value


def test_raw_is_kept_verbatim():
    raw = " 100%。"
    assert normalize(raw).raw == raw


def test_traditional_script_folds_one_character_for_one():
    assert fold("12萬元，>=3個，100餘人") == "12万元,>=3个,100余人"
    assert all(len(chr(k)) == len(chr(v)) == 1 for k, v in FOLD.items())
    assert fold("乾坤") == "乾坤"  # a character that is also simplified stays


@given(st.text())
def test_normalize_never_raises(text):
    assert normalize(text).raw == text


DOMAIN_ALPHABET = "0123456789０１２３４５６７８９.,，、；%％≥≤><=＞＜～~-—至到以上下内外及或不少于低超过满每年月季度周天日均/零〇一二两三四五六七八九十百千万亿人次个元万平方米名站长良好提升下降全年在年月日前完成按实际约左右余多分之较同比增长前排"


@given(st.text(alphabet=DOMAIN_ALPHABET, max_size=30))
def test_normalize_never_raises_on_domain_words(text):
    target = normalize(text)
    assert target.kind in {
        "quantity",
        "range",
        "change",
        "rank",
        "qualitative",
        "direction",
        "timeframe",
        "composite",
        "text",
        "empty",
    }


_ROUND_TRIP_UNITS = sorted({u for u in UNITS.values() if u not in {"年", "周", "天", "个月", "分"}})


def _without_raw(target: Target) -> Target:
    return attrs.evolve(target, raw="", parts=tuple(_without_raw(part) for part in target.parts))


@given(
    comparator=st.sampled_from(["=", ">", ">=", "<", "<="]),
    value=st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False),
    unit=st.one_of(st.none(), st.sampled_from(_ROUND_TRIP_UNITS)),
    per=st.one_of(st.none(), st.sampled_from(["year", "quarter", "month", "week", "day"])),
)
def test_rendered_quantity_normalizes_to_the_same_fields(comparator, value, unit, per):
    target = Target("", kind="quantity", comparator=comparator, value=value, unit=unit, per=per)
    # 1910.01 with no unit is also January 1910 (2025.10 is a month in these tables), after 每年 too: text, by
    # design (hypothesis found 每年1958.01).
    assume(not (unit is None and re.fullmatch(r"(?:19|20)\d\d\.(?:0?[1-9]|1[0-2])", str(value))))
    again = normalize(render_target(target))
    assert (again.kind, again.comparator, again.value, again.unit, again.per) == (
        "quantity",
        comparator,
        value,
        unit,
        per,
    )


@given(case=targets())
@example(("1/2", Target("1/2", kind="quantity", comparator="=", value=Decimal(1), denominator=2)))
@example(("1余万人次", Target("1余万人次", kind="quantity", comparator=">", value=Decimal(1), unit="万人次")))
def test_render_then_normalize_gives_the_same_target(case):
    text, expected = case
    target = normalize(text)
    assert target == expected
    assert _without_raw(normalize(render_target(target))) == _without_raw(target)


# Name words: no unit, numeral or meaning word among their characters, so a number before them stays a name.
_NAME_CHARS = "".join(
    ch
    for ch in "热线接通率频道网络工程服务标准系统活动宣传楼号线客服认证景区精神规划页面峰会保障志愿者消防权益"
    if not any(unit.startswith(ch) for unit in UNITS)
)


@given(
    digits=st.one_of(st.integers(0, 999999).map(str), st.sampled_from(["5G", "4K", "3D", "PM2.5", "12345", "2.0"])),
    before=st.text(alphabet=_NAME_CHARS, max_size=4),
    after=st.text(alphabet=_NAME_CHARS, min_size=1, max_size=6),
    value=st.sampled_from(["", "≥95%", "100%", "不少于3次", "良好", "2场"]),
)
@example(digits="96333", before="", after="热线接通率", value="")
@example(digits="4", before="", after="K频道覆盖", value="")
def test_a_number_inside_a_name_is_never_a_target(digits, before, after, value):
    name = before + digits + after
    target = normalize(name)
    assert target.kind not in READ_KINDS
    if value:
        # The name stands before a value: whatever is read, its number is the value's, never the name's.
        embedded = normalize(name + value)
        if embedded.kind in READ_KINDS:
            assert (embedded.value, embedded.unit) == (normalize(value).value, normalize(value).unit)


@pytest.mark.parametrize(
    ("text", "kind", "label", "direction"),
    [
        ("建立", "qualitative", "建立", None),
        ("已建立", "qualitative", "已建立", None),
        ("建立以上", "text", None, None),  # 建立 only as a whole value
        ("有效建立", "text", None, None),
        ("改善明显", "direction", None, "increase"),
        ("下降显著", "direction", None, "decrease"),
        ("稳中有升", "direction", None, "increase"),  # steady, and rising
        ("稳中有降", "direction", None, "decrease"),
        ("稳中向好", "direction", None, "increase"),  # (稳中 qualifies the direction: no label)
    ],
)
def test_a_mechanism_set_up_and_a_direction_that_shows(text, kind, label, direction):
    got = normalize(text)
    assert (got.kind, got.label, got.direction) == (kind, label, direction)
    assert got.value is None


@pytest.mark.parametrize(
    ("raw", "unit"), [("储备帐篷500顶", "顶"), ("≥5架", "架"), ("顶层设计", None), ("框架协议", None)]
)
def test_tents_and_aircraft_are_counted_but_not_inside_words(raw, unit):
    target = normalize(raw)
    assert (target.kind, target.unit) == (("quantity", unit) if unit else ("text", None))


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


def test_the_gates_by_first_and_last_character_change_no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """The forms tried for a value are picked by its first and last character (normalizer._EDGES, read off each
    form's pattern by hand) and by word lists (_WHOLE): a gate that a form's pattern outgrew would silently
    turn a value into text. Every form's examples, the gold values, the corpora's expected cells and every
    stretch of up to 16 characters of the ninth corpus's flattened rows read the same with those gates off."""
    import json
    from pathlib import Path

    from indicator_parser import normalizer as n

    root = Path(__file__).resolve().parent.parent
    texts = {e for form in n.FORMS for e in form.examples}
    texts |= {json.loads(line)["raw"] for line in (root / "examples" / "targets.jsonl").open(encoding="utf-8")}
    for path in sorted(root.glob("tests/corpus*/expected/*.json")):
        for project in json.loads(path.read_text(encoding="utf-8"))["projects"]:
            for indicator in project["indicators"]:
                texts |= {indicator[k] for k in ("annual_raw", "period_raw", "actual_raw") if indicator.get(k)}
    for path in sorted(root.glob("tests/corpus9/docs/*.flat.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            texts |= {line[i : i + k] for i in range(len(line)) for k in range(1, 17) if i + k <= len(line)}

    def readings() -> dict[str, n.Target]:
        n.normalize.cache_clear()
        n._clause.cache_clear()
        return {text: n._read(text) for text in sorted(texts)}

    gated = readings()
    monkeypatch.setattr(n, "_EDGES", {})
    monkeypatch.setattr(n, "_WHOLE", {})
    monkeypatch.setattr(n, "_PLAIN_FIRSTS", _Everything())
    monkeypatch.setattr(n, "_PLAIN_LASTS", _Everything())
    monkeypatch.setattr(n, "_WITH_DIGIT", n._dispatch(True))
    monkeypatch.setattr(n, "_WITHOUT_DIGIT", n._dispatch(False))
    ungated = readings()
    n.normalize.cache_clear()
    n._clause.cache_clear()
    assert len(texts) > 20000
    assert {t: (gated[t], ungated[t]) for t in texts if gated[t] != ungated[t]} == {}


@pytest.mark.parametrize(
    ("raw", "value", "unit"),
    [
        ("≥500万尾", "500", "万尾"),
        ("二十窟", "20", "窟"),
        ("3万剂以上", "3", "万剂"),
        ("≤650元/空方", "650", "元/空方"),
        ("4,800封", "4800", "封"),
        ("≤12元/封", "12", "元/封"),
    ],
)
def test_units_of_fish_doses_caves_and_reef_volume(raw: str, value: str, unit: str) -> None:
    """尾 (fish, by the tail), 剂 (doses), 窟 (a grotto's caves), 空方 (an artificial reef's outer volume, not 方's
    立方米), 封 (letters): quantities in them (each had been text, or 万 alone the unit)."""
    target = normalize(raw)
    assert (target.kind, target.value, target.unit) == ("quantity", Decimal(value), unit)


@pytest.mark.parametrize(
    ("raw", "value", "unit"),
    [
        ("十五款", "15", "款"),
        ("1届", "1", "届"),
        ("每年1届", "1", "届"),
        ("40通", "40", "通"),
        ("≥60通", "60", "通"),
        ("5000刀", "5000", "刀"),
        ("十二讲", "12", "讲"),
    ],
)
def test_units_of_product_designs_and_event_editions(raw: str, value: str, unit: str) -> None:
    """款 (designs of a product: 开发文创产品十五款), 届 (editions of a recurring event: 采摘节1届), 通 (steles:
    迁移保护碑刻40通), 刀 (paper, a hundred sheets: 生产宣纸5000刀) and 讲 (lectures of a series: 讲座十二讲) are units
    (each had been text); 拨款, 第二届, 刀具 and 宣讲 stay text."""
    target = normalize(raw)
    assert (target.kind, target.value, target.unit) == ("quantity", Decimal(value), unit)
    assert normalize("按合同拨款").kind == "text"
    assert normalize("第二届").kind == "text"
    assert normalize("刀具").kind == "text"
    assert normalize("宣讲").kind == "text"


@pytest.mark.parametrize(
    ("raw", "comparator", "value", "unit"),
    [
        ("1,200万棒", "=", "1200", "万棒"),  # (万 alone had been the unit, 棒 lost to it)
        ("30万棒以上", ">=", "30", "万棒"),
        ("1800盘", "=", "1800", "盘"),
        ("不少于一百二十班", ">=", "120", "班"),
        ("≥30所次", ">=", "30", "所次"),
    ],
)
def test_units_of_mushroom_logs_tapes_runs_and_school_visits(raw: str, comparator: str, value: str, unit: str) -> None:
    """棒 (mushroom logs), 盘 (tapes), 班 (runs of a ferry, classes) and 所次 (schools visited, each time) are units
    (each had been text). Not 单, 出 or 档 (orders, plays, slots): a number glued to the next words of a flattened row
    starts 单户…, 出版…, 档案… with them (…105单户化粪池: a 分值 5, not 5 单)."""
    target = normalize(raw)
    assert (target.kind, target.comparator, target.value, target.unit) == ("quantity", comparator, Decimal(value), unit)
    assert normalize("5单").kind == "text"
    assert normalize("4出").kind == "text"


def test_stable_growth_is_a_direction() -> None:
    """稳定 qualifies a direction as 稳步 does (稳定增长, 稳定提升: increase; it had been text); 稳定运行 stays a state."""
    assert (normalize("稳定增长").kind, normalize("稳定增长").direction) == ("direction", "increase")
    assert (normalize("稳定提升").kind, normalize("稳定提升").direction) == ("direction", "increase")
    assert normalize("稳定运行").kind == "qualitative"


@pytest.mark.parametrize(
    ("raw", "unit"),
    [
        ("雕像3尊", "尊"),
        ("12匹", "匹"),
        ("伞30把", "把"),
        ("20棚", "棚"),
        ("40杆", "杆"),
        ("≥300人日", "人日"),
        ("500锭", "锭"),
    ],
)
def test_counters_of_things_are_units(raw: str, unit: str):
    """Counters a table counts things by (尊, 匹, 把, 棚, 杆, 人日 …) are units; not those that start words after a
    number (2018基层, 3000群众: 基 and 群 are no units here)."""
    assert normalize(raw).unit == unit
    assert normalize("2018基层分馆").kind == "text"


@pytest.mark.parametrize(
    ("raw", "comparator", "value", "unit", "per"),
    [
        ("每公斤不高于8元", "<=", "8", "元/公斤", None),  # (每 and a unit of two characters: whose share it is)
        ("每平方米≤350元", "<=", "350", "元/平方米", None),
        ("每亩不超过50元", "<=", "50", "元/亩", None),
        ("每次不少于20人", ">=", "20", "人", None),  # (an occasion: so many at each, no share)
        ("2遍/年", "=", "2", "遍", "year"),  # (遍, times over, a counter as 次 is)
        ("每年2遍", "=", "2", "遍", "year"),
    ],
)
def test_a_share_per_measure_and_times_over(raw: str, comparator: str, value: str, unit: str, per: str | None):
    target = normalize(raw)
    assert (target.kind, target.comparator, target.value, target.unit, target.per) == (
        "quantity",
        comparator,
        Decimal(value),
        unit,
        per,
    )


def test_months_of_every_year_are_a_yearly_span():
    """每年5-6月: the months of every year, a span with no year of its own, per year (as 每年5月 is); a year written
    after 每年 is no such span."""
    target = normalize("每年5-6月")
    assert (target.kind, target.per, target.start, target.end) == ("timeframe", "year", "--05-01", "--06-30")
    assert normalize("5-6月").per is None
    assert normalize("每年2025年5-6月").kind == "text"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("800千升", "800", "千升"),
        ("每年800千升", "800", "千升"),
        ("3千伏", "3", "千伏"),
        ("10kV", "10", "千伏"),
        ("2千亩", "2000", "亩"),
    ],
)
def test_kilo_units_are_units_not_a_thousand_times_the_unit(text: str, value: str, unit: str) -> None:
    """千升 and 千伏 are units of their own (800 kilolitres, not 800,000 litres); 千 before a unit that has no kilo form
    (2千亩) still counts thousands."""
    target = normalize(text)
    assert (target.value, target.unit) == (Decimal(value), unit)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("4期共160人次", [("4", "期"), ("160", "人次")]),
        ("三期共150人次", [("3", "期"), ("150", "人次")]),
        ("4期共计160人次", [("4", "期"), ("160", "人次")]),
    ],
)
def test_a_count_and_its_total_glued_by_gong_are_a_composite(text: str, parts: list[tuple[str, str]]) -> None:
    """N期共M人次 (N sessions, M person-times in all) as 4期，共160人次 is: two parts; 共160人次 alone a quantity."""
    target = normalize(text)
    assert target.kind == "composite"
    assert [(p.value, p.unit) for p in target.parts] == [(Decimal(v), u) for v, u in parts]
    alone = normalize("共160人次")
    assert (alone.kind, alone.value, alone.unit) == ("quantity", Decimal("160"), "人次")


def test_workdays_counted_with_their_measure_word() -> None:
    """个工日 (workdays, 个 the measure word before them): the unit 工日, not 个 and words after it."""
    assert (normalize("30个工日").value, normalize("30个工日").unit) == (Decimal("30"), "工日")
    assert normalize("1.2万个工日").unit == "万工日"


@pytest.mark.parametrize(
    ("raw", "comparator"),
    [
        ("2025年旅游旺季前", "<="),
        ("2025年秋粮收获前", "<="),
        ("2026年元宵节前7天", "<="),
        ("2025年元宵节期间", None),
        ("2024年中秋前后", None),
    ],
)
def test_a_season_a_harvest_or_a_festival_as_a_time_with_no_date_guessed(raw: str, comparator: str | None) -> None:
    """Before a tourist season or a harvest (旅游旺季前, 秋粮收获前), days before a festival (元宵节前7天): a deadline,
    no date guessed; the time round a festival (元宵节期间, 中秋前后): a timeframe with no bound (each had been text).
    A festival's name alone stays text."""
    target = normalize(raw)
    assert (target.kind, target.comparator, target.start, target.end) == ("timeframe", comparator, None, None)
    assert normalize("元宵节").kind == "text"
    assert normalize("春节前后走访").kind == "text"


def test_a_firmer_foundation_is_a_direction_and_inspections_counted_by_place_are_units() -> None:
    """更加牢固, 进一步稳固 (a foundation made firmer): increase, as 进一步完善 is; 牢固 alone stays text. Inspections
    counted by the place checked each time (不少于48矿次, 120企次, ≥60船次) read with their unit."""
    assert (normalize("更加牢固").kind, normalize("更加牢固").direction) == ("direction", "increase")
    assert (normalize("进一步稳固").kind, normalize("进一步稳固").direction) == ("direction", "increase")
    assert normalize("牢固").kind == "text"
    assert [(t.comparator, t.value, t.unit) for t in map(normalize, ["不少于48矿次", "120企次", "≥60船次"])] == [
        (">=", 48, "矿次"),
        ("=", 120, "企次"),
        (">=", 60, "船次"),
    ]


@pytest.mark.parametrize(
    ("raw", "value", "unit"),
    [("签订协议后一个月内", 1, "个月"), ("受理后两个工作日内", 2, "工作日"), ("验收合格后十五日内", 15, "天")],
)
def test_a_limit_after_an_event_written_in_numerals(raw: str, value: int, unit: str) -> None:
    """A limit counted from an event, its number in Chinese numerals (签订协议后一个月内), reads as one in digits
    does: at most the limit, labelled with its event."""
    t = normalize(raw)
    assert (t.kind, t.comparator, t.value, t.unit, t.label) == (
        "quantity",
        "<=",
        value,
        unit,
        raw[: raw.index("后") + 1],
    )


def test_about_a_number_written_after_it_as_shang_xia() -> None:
    """上下 after a number and its unit means about it, as 左右 does (80人次上下), not a noun counted (个 of 3个乡镇)."""
    t = normalize("80人次上下")
    assert (t.comparator, t.value, t.unit, t.approximate) == ("=", 80, "人次", True)


def test_sets_of_equipment_are_a_unit_of_their_own() -> None:
    """台套 (sets of equipment) is one measure: 12台套 is 12 台套, not 12 台 with 套 dropped."""
    t = normalize("12台套")
    assert (t.kind, t.value, t.unit) == ("quantity", 12, "台套")


@pytest.mark.parametrize(
    ("raw", "value", "unit"),
    [
        ("5000万美元以上", 5000, "万美元"),
        ("1.2亿美元", Decimal("1.2"), "亿美元"),
        ("20万欧元", 20, "万欧元"),
        ("不少于10展次", 10, "展次"),
    ],
)
def test_foreign_currencies_and_trade_fairs_are_units(raw: str, value: Decimal, unit: str) -> None:
    """A sum in a foreign currency keeps it as its unit (1.2亿美元 is 1.2 亿美元, not 1.2 亿 with 美元 dropped as a
    noun counted); 展次 counts trade fairs attended."""
    t = normalize(raw)
    assert (t.kind, t.value, t.unit) == ("quantity", value, unit)


@pytest.mark.parametrize(
    ("raw", "comparator", "value", "unit", "label"),
    [
        ("3年累计1500人次", "=", 1500, "人次", "3年累计"),
        ("三年不少于30个", ">=", 30, "个", "三年"),
        ("两年内建成3个", "=", 3, "个", "两年内"),
    ],
)
def test_a_quantity_over_a_span_of_years_keeps_its_span_as_its_label(
    raw: str, comparator: str, value: int, unit: str, label: str
) -> None:
    """A period's target over its years, the years written first (3年累计1500人次), reads as its quantity labelled with
    the span; 1年2次, a rate, is not read so, nor the years of a name's words (学前三年毛入园率≥92%) or a span glued to
    another (15年15年)."""
    t = normalize(raw)
    assert (t.kind, t.comparator, t.value, t.unit, t.label) == ("quantity", comparator, value, unit, label)
    assert normalize("1年2次").label != "1年"
    assert normalize("三年毛入园率≥92%").kind == "text"
    assert normalize("15年15年").kind == "text"


def test_rounds_counted_each_time_are_a_unit() -> None:
    """轮次 (rounds of training or drills, each counted) is one unit: 4轮次/年 is 4 轮次 a year."""
    t = normalize("4轮次/年")
    assert (t.kind, t.value, t.unit, t.per) == ("quantity", 4, "轮次", "year")


@pytest.mark.parametrize(
    ("raw", "comparator", "value", "unit"),
    [
        ("≤0.3mg/m³", "<=", "0.3", "毫克/立方米"),
        ("≤0.3mg/m3", "<=", "0.3", "毫克/立方米"),
        ("≥0.45g/cm³", ">=", "0.45", "克/立方厘米"),
        ("≤4Ω", "<=", "4", "欧姆"),
        ("≥2MΩ", ">=", "2", "兆欧"),
        ("≤3.8元/头份", "<=", "3.8", "元/头份"),
        ("不少于900架时", ">=", "900", "架时"),
        ("≤0.6元/卡时", "<=", "0.6", "元/卡时"),
    ],
)
def test_units_of_air_concentration_density_resistance_and_vaccine_doses(raw, comparator, value, unit) -> None:
    """mg/m³ (a concentration in air), g/cm³ (a density), Ω and MΩ (a resistance), 头份 (a vaccine's doses, by the
    animals they serve), 架时 (an aircraft's flying hours), 卡时 (a computing card's hours): each had been text, or
    its unit cut (元/头)."""
    target = normalize(raw)
    assert (target.kind, target.comparator, target.value, target.unit) == ("quantity", comparator, Decimal(value), unit)


@pytest.mark.parametrize(
    ("raw", "comparator", "value"),
    [("九成五以上", ">=", "9.5"), ("不低于九成五", ">=", "9.5"), ("九成以上", ">=", "9")],
)
def test_tenths_and_a_digit_after_them(raw, comparator, value):
    # 九成五: nine and a half tenths (9.5 成), the 五 no number of its own; 九成五十万 stays text
    t = normalize(raw)
    assert (t.raw, t.kind, t.comparator, t.value, t.unit) == (raw, "quantity", comparator, Decimal(value), "成")
    assert normalize("九成五十万").kind == "text"


@pytest.mark.parametrize(
    "raw",
    [
        "符合GB 17733—2008",  # (a standard's code alone)
        "符合GB 4806.4—2016",
        "符合《古籍修复技术规范与质量要求》（WH/T 23-2006）",  # (its code in brackets after its title)
        "符合国家一、二等水准测量规范",  # (a list in it)
        "符合《中国语言资源调查手册·汉语方言》要求",  # (a title's middle dot)
        "符合国家毽球竞赛规则",  # (a rule)
    ],
)
def test_compliance_with_a_standard_named_by_its_code_or_a_rule_is_qualitative(raw: str) -> None:
    """Each had been text; a number after 符合 with no standard's name stays what it was."""
    assert normalize(raw).kind == "qualitative"
    assert normalize("符合条件的对象100%").kind == "quantity"


@pytest.mark.parametrize("raw", ["2025年梅雨季前", "2025年5月大蒜收获前", "台风季前", "2026年枯水期前"])
def test_a_deadline_before_a_season_or_a_harvest_is_at_most_then(raw: str) -> None:
    target = normalize(raw)
    assert (target.kind, target.comparator) == ("timeframe", "<=")


def test_a_chain_extended_further_is_an_increase() -> None:
    target = normalize("进一步延伸")
    assert (target.kind, target.direction) == ("direction", "increase")
