"""The target normalizer: the hand-checked gold file, the legal convention, properties."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from indicator_parser import Target, normalize, to_dict
from indicator_parser.normalizer import UNITS, chinese_numeral
from indicator_parser.render import render_target

GOLD = Path(__file__).resolve().parent.parent / "examples" / "targets.jsonl"
CASES = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_gold_file_is_large_enough():
    assert len(CASES) >= 200
    assert len({case["raw"] for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["raw"][:20] or "<empty>" for c in CASES])
def test_gold(case):
    got = to_dict(normalize(case["raw"]))
    assert got.pop("raw") == case["raw"]
    assert got == case["expected"]


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("90%以上", ">="),  # 以上 includes the number
        ("5件以下", "<="),  # 以下 includes the number
        ("3天以内", "<="),  # 以内 includes the number
        ("超过3天", ">"),  # 超过 excludes it
        ("不满3天", "<"),  # 不满 excludes it
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


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("十五", 15), ("两千", 2000), ("一万二千", 12000), ("一百零五", 105), ("三十", 30), ("一亿二千万", 120000000)],
)
def test_chinese_numerals(numeral, value):
    assert chinese_numeral(numeral) == value


def test_raw_is_kept_verbatim():
    raw = " 100%。"
    assert normalize(raw).raw == raw


@given(st.text())
def test_normalize_never_raises(text):
    assert normalize(text).raw == text


DOMAIN_ALPHABET = "0123456789０１２３４５６７８９.,，、；%％≥≤><=＞＜～~-至到以上下内及或不少于低超过满每年月季度周天日均/零〇一二两三四五六七八九十百千万亿人次个元万平方米名站长良好提升下降全年在年月日前完成按实际"


@given(st.text(alphabet=DOMAIN_ALPHABET, max_size=30))
def test_normalize_never_raises_on_domain_words(text):
    target = normalize(text)
    assert target.kind in {"quantity", "range", "qualitative", "direction", "timeframe", "composite", "text", "empty"}


_ROUND_TRIP_UNITS = sorted({u for u in UNITS.values() if u not in {"年", "月", "周", "天", "个月", "分"}})


@given(
    comparator=st.sampled_from(["=", ">", ">=", "<", "<="]),
    value=st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False),
    unit=st.one_of(st.none(), st.sampled_from(_ROUND_TRIP_UNITS)),
    per=st.one_of(st.none(), st.sampled_from(["year", "quarter", "month", "week", "day"])),
)
def test_rendered_quantity_normalizes_to_the_same_fields(comparator, value, unit, per):
    target = Target("", kind="quantity", comparator=comparator, value=value, unit=unit, per=per)
    again = normalize(render_target(target))
    assert (again.kind, again.comparator, again.value, again.unit, again.per) == (
        "quantity",
        comparator,
        value,
        unit,
        per,
    )
