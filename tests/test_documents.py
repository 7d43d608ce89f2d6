"""Whole documents: the two seeds, golden and mutated."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from indicator_parser import InputError, parse_document, read_document, to_dict
from indicator_parser.forms.guangzhou.money import assign_amounts
from indicator_parser.forms.guangzhou.reader import line_roles
from indicator_parser.sources import read_text
from indicator_parser.strategies import wrap

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ROOT / "examples" / "documents"
SEED_000 = DOCUMENTS / "000_c4302184a6673dbb.txt"
SEED_002 = DOCUMENTS / "002_be3be7f21966b616.txt"
SEEDS = [SEED_000, SEED_002]


def load(path: Path):
    return parse_document(read_text(path), source=path.name)


def without_positions(indicator: dict) -> dict:
    """An indicator's JSON without its span, and its warnings as their messages."""
    kept = {k: v for k, v in indicator.items() if k != "span"}
    kept["warnings"] = [w["message"] for w in indicator["warnings"]]
    return kept


def content(document) -> list:
    """What a document says, without positions (spans, line numbers, source)."""
    data = to_dict(document)
    units = []
    for unit in data["units"]:
        projects = []
        for project in unit["projects"]:
            indicators = [without_positions(i) for i in project["indicators"]]
            projects.append((project["name"], project["amounts"], project["goal"], project["dialect"], indicators))
        units.append((unit["name"], unit["total"], projects))
    return [data["department"], data["currency_unit"], data["total"], units]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_golden_document(path: Path):
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert to_dict(load(path)) == expected


def test_seed_000_counts_and_header():
    document = load(SEED_000)
    assert document.department == "广州市天河区人民政府元岗街道办事处"
    assert document.currency_unit == "万元"
    assert document.total is None  # this table has no 合计 row
    (unit,) = document.units
    assert unit.name == "广州市天河区人民政府元岗街道办事处"
    assert unit.total == Decimal("2450.39")
    assert len(unit.projects) == 38
    assert sum(len(p.indicators) for p in unit.projects) == 186
    assert document.diagnostics == ()


def test_seed_002_counts_and_totals():
    document = load(SEED_002)
    assert document.total == Decimal("4784.95")
    assert [len(u.projects) for u in document.units] == [41, 9]
    assert [u.name for u in document.units] == [
        "广州市荔湾区人民政府白鹤洞街道办事处",
        "广州市荔湾区白鹤洞街道党群服务中心",
    ]
    assert [u.total for u in document.units] == [Decimal("3257.87"), Decimal("1527.08")]
    assert sum(len(p.indicators) for u in document.units for p in u.projects) == 157
    # The first unit's projects sum to 3,257.88 against a printed 3,257.87: within rounding, no diagnostic.
    assert sum(p.amounts.total for p in document.units[0].projects) == Decimal("3257.88")
    assert document.diagnostics == ()
    assert all(p.dialect == "liwan" for u in document.units for p in u.projects)


def test_projects_read_by_hand():
    projects = {p.name: p for u in load(SEED_000).units for p in u.projects}
    culture = projects["文化业务经费"]
    assert culture.amounts.total == Decimal("20.00") and culture.amounts.fiscal == Decimal("20.00")
    assert culture.amounts.special is None and culture.amounts.other is None
    assert culture.goal == "进一步加强文化站建设，提高基层公共文化设施服务效能。"  # trailing U+3000 gone
    assert culture.lines == (23, 33)
    text = read_text(SEED_000)
    # The span is the project's text, from its name to the end of its indicator cell.
    assert text[culture.span[0] :].startswith("文化业务经费")
    assert text[: culture.span[1]].endswith("年度指标值:90%;")
    # Names wrapped over lines, amounts on a later line.
    assert "办公及业务用房租赁经费" in projects and projects["办公及业务用房租赁经费"].amounts.total == Decimal(
        "220.20"
    )
    assert "综合养老服务中心(颐康中心)运营经费" in projects
    assert "社区两委干部补贴（居委专职人员经费）（编外人员聘用经费）" in projects
    # A numbered goal is still the goal.
    assert projects["社区级居家养老服务平台和设施运营经费"].goal == (
        "1.维护社区级居家养老服务设施正常运营；2.为辖内老年人提供便利的养老服务；3.加强养老服务政策宣传，提升养老服务水平。"
    )
    assert [i.seq for i in projects["社区级居家养老服务平台和设施运营经费"].indicators] == [1, 2, 3, 4, 5, 6, 7]
    liwan = {p.name: p for u in load(SEED_002).units for p in u.projects}
    assert liwan["环卫保洁类经费"].amounts.total == Decimal("1000.00")  # thousands separator
    assert liwan["社区党组织服务群众经费(荔湾区)"].lines[0] == 361  # right after a bare page title


def test_document_indicators_equal_the_golden_cells():
    cells = sorted((ROOT / "examples" / "cells").glob("*.expected.json"))
    from_cells = [
        [without_positions(i) for i in json.loads(p.read_text(encoding="utf-8"))["indicators"]] for p in cells
    ]
    from_documents = [project[4] for seed in SEEDS for unit in content(load(seed))[3] for project in unit[2]]
    assert from_documents == from_cells


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_indicator_spans_point_into_the_document(path: Path):
    text = read_text(path)
    for unit in parse_document(text).units:
        for project in unit.projects:
            for indicator in project.indicators:
                stretch = text[indicator.span[0] : indicator.span[1]]
                if indicator.seq is not None:
                    assert re.match(rf"{indicator.seq}\s*、", stretch), stretch[:20]
                assert re.sub(r"\s", "", indicator.name or "") in re.sub(r"\s", "", stretch)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_every_line_has_a_role(path: Path):
    text = read_text(path)
    roles = line_roles(text)
    for line, role in zip(text.split("\n"), roles, strict=True):
        assert (role == "blank") == (not line.strip())
    assert "diagnostic" not in roles


# ----------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030", "gbk", "utf-16"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_same_text_in_any_encoding(tmp_path: Path, encoding: str, newline: str):
    text = read_text(SEED_000)
    path = tmp_path / "seed.txt"
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    reread = read_document(path)
    expected = to_dict(load(SEED_000))
    expected["source"] = str(path)
    assert to_dict(reread) == expected


def test_undecodable_bytes_name_the_file_and_offset(tmp_path: Path):
    path = tmp_path / "broken.txt"
    path.write_bytes("部门名称：某街道".encode() + b"\x80\xff\xfe" + "单位：万元".encode())
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert str(path) in str(caught.value)
    assert f"offset {len('部门名称：某街道'.encode())}" in str(caught.value)


# ----------------------------------------------------------------- mutations

HEADER_BLOCK = "项目支出绩效目标表（含转移支付项目）\n\n部门名称：广州市荔湾区人民政府白鹤洞街道办事处 单位：万元\n\n项目名称（资金使用单位） 总计 财政拨款\n\n财政\n\n专户\n\n拨款\n\n其他\n\n资金\n绩效目标 绩效指标\n"


def _without_headers(text: str) -> list[str]:
    roles = line_roles(text)
    return [line for line, role in zip(text.split("\n"), roles, strict=True) if role != "header"]


def test_headers_moved_to_other_page_breaks():
    text = read_text(SEED_002)
    lines = _without_headers(text)
    moved: list[str] = []
    for n, line in enumerate(lines):
        # A header block before every 50th line: between rows, inside goals, inside indicator cells.
        if n % 50 == 25:
            moved.extend(HEADER_BLOCK.split("\n"))
        moved.append(line)
    mutated = parse_document("\n".join(moved))
    assert content(mutated) == content(parse_document(text))
    assert mutated.diagnostics == ()


@pytest.mark.parametrize("width", [8, 13, 21, 34])
@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_wraps_at_other_columns(path: Path, width: int):
    text = read_text(path)
    roles = line_roles(text)
    rewrapped: list[str] = []
    for line, role in zip(text.split("\n"), roles, strict=True):
        if role in ("goal", "indicators"):
            rewrapped.extend(wrap(line, width))
        else:
            rewrapped.append(line)
    assert content(parse_document("\n".join(rewrapped))) == content(parse_document(text))


def test_a_project_with_broken_indicator_text_loses_nothing_else():
    text = read_text(SEED_002)
    broken = text.replace("3、2-效益指标；21-经济效益；保", "3、2-效益指标；；21-经济效益；保", 1)
    assert broken != text
    before, after = parse_document(text), parse_document(broken)
    first_before, first_after = before.units[0].projects[0], after.units[0].projects[0]
    assert (first_after.name, first_after.amounts, first_after.goal) == (
        first_before.name,
        first_before.amounts,
        first_before.goal,
    )
    assert [i.seq for i in first_after.indicators] == [1, 2, 4]
    (diagnostic,) = first_after.diagnostics
    assert diagnostic.text.startswith("3、2-效益指标；；21-经济效益")
    at = broken.index("3、2-效益指标；；")
    line_no = broken[:at].count("\n") + 1
    column = at - broken.rfind("\n", 0, at)
    assert (diagnostic.line, diagnostic.column) == (line_no, column) == (30, 18)
    assert content(after)[3][0][2][1:] == content(before)[3][0][2][1:]
    assert content(after)[3][1:] == content(before)[3][1:]


def test_stray_lines_become_diagnostics_with_their_line_numbers():
    text = read_text(SEED_000)
    lines = text.split("\n")
    lines.insert(0, "多余的说明文字")
    lines.insert(30, "99.99")
    document = parse_document("\n".join(lines))
    found = [(d.line, d.message) for d in document.diagnostics]
    assert (1, "text outside any row") in found
    assert (31, "amounts with no row name") in found
    assert sum(len(p.indicators) for u in document.units for p in u.projects) == 186


def test_totals_that_do_not_reconcile_are_reported():
    text = read_text(SEED_002).replace("合计 4,784.95 4,784.95", "合计 4,884.95 4,884.95")
    (diagnostic,) = parse_document(text).diagnostics
    assert "4884.95" in diagnostic.message and "4784.95" in diagnostic.message
    text = read_text(SEED_002).replace("3,257.87 3,257.87", "3,297.87 3,297.87")
    messages = [d.message for d in parse_document(text).diagnostics]
    assert any("广州市荔湾区人民政府白鹤洞街道办事处" in m and "3257.88" in m and "3297.87" in m for m in messages)


def test_unindented_documents_are_split_into_units_by_their_sums():
    text = read_text(SEED_002)
    flat = "\n".join(line.lstrip(" ") for line in text.split("\n"))
    assert content(parse_document(flat)) == content(parse_document(text))


# ----------------------------------------------------------------- money


@pytest.mark.parametrize(
    ("numbers", "expected"),
    [
        (["20.00", "20.00"], ("20.00", "20.00", None, None)),
        (["30.00", "20.00", "10.00"], ("30.00", "20.00", None, "10.00")),
        (["60.00", "30.00", "20.00", "10.00"], ("60.00", "30.00", "20.00", "10.00")),
        (["5.00"], ("5.00", None, None, None)),
    ],
)
def test_money_columns(numbers, expected):
    amounts = assign_amounts([Decimal(n) for n in numbers])
    got = (amounts.total, amounts.fiscal, amounts.special, amounts.other)
    assert got == tuple(Decimal(e) if e else None for e in expected)


def test_json_numbers_have_no_float_noise():
    text = json.dumps(to_dict(load(SEED_002)), ensure_ascii=False)
    assert '"total": 3257.87' in text and '"total": 4784.95' in text
    assert "0000000" not in text
