"""Defects found in review (issue 10), each with the case that showed it."""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import tomllib
from click.testing import CliRunner

import indicator_parser
from indicator_parser import (
    IndicatorParserError,
    InputError,
    MultipleDocumentsError,
    ParseError,
    iter_documents,
    parse_cell,
    parse_document,
    parse_documents,
    parse_indicators,
    read_document,
    read_documents,
    to_dict,
)
from indicator_parser.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED_000, SEED_002 = sorted((ROOT / "examples" / "documents").glob("*.txt"))
TEXTS = [SEED_000.read_text(encoding="utf-8"), SEED_002.read_text(encoding="utf-8")]


def test_declared_lark_version_has_what_the_code_imports():
    """1: the recovering parser imports lark.utils.TextSlice, which lark 1.2 lacks (CI also runs .ci/lowest.txt)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lark_requirement = next(d for d in project["dependencies"] if d.startswith("lark"))
    assert ">=1.3" in lark_requirement
    lowest = (ROOT / ".ci" / "lowest.txt").read_text(encoding="utf-8")
    assert "lark==1.3.0" in lowest
    for name in ("attrs", "click"):
        floor = next(d for d in project["dependencies"] if d.startswith(name)).split(">=")[1].split(",")[0]
        assert f"{name}=={floor}" in lowest or f"{name}=={floor}.0" in lowest


def _book(tmp_path: Path) -> Path:
    path = tmp_path / "book.txt"
    path.write_text(TEXTS[1] + "\n" + TEXTS[0], encoding="utf-8")
    return path


def test_every_reader_agrees_on_a_file_of_several_tables(tmp_path: Path):
    """2: parse split such a file while check and read_document read it as one table."""
    path = _book(tmp_path)
    with pytest.raises(MultipleDocumentsError, match=r"holds 2 documents.*read_documents\(\) or iter_documents\(\)"):
        read_document(path)
    with pytest.raises(MultipleDocumentsError):
        parse_document(path.read_text(encoding="utf-8"))
    documents = read_documents(path)
    assert [d.department for d in documents] == [
        "广州市荔湾区人民政府白鹤洞街道办事处",
        "广州市天河区人民政府元岗街道办事处",
    ]
    assert [to_dict(d) for d in parse_documents(path.read_text(encoding="utf-8"), str(path))] == [
        to_dict(d) for d in documents
    ]
    report = CliRunner().invoke(main, ["check", str(path)]).stdout.splitlines()
    counts = [line for line in report if line.startswith(f"{path}: ")]
    assert counts == [
        f"{path}: 2 units, 50 projects, 157 indicators",
        f"{path}: 1 units, 38 projects, 186 indicators",
    ]
    assert not any("error" in line for line in report)  # every total reconciles, table by table
    rows = CliRunner().invoke(main, ["parse", str(path), "--format", "jsonl"]).stdout.splitlines()
    assert len(rows) == 157 + 186


def test_one_decoder_for_a_gbk_section_past_the_first_mebibyte(tmp_path: Path):
    """3: the streaming decoder decided from the first 1 MiB and failed on GBK bytes after it."""
    padding = ("#" * 99 + "\n") * 11_000  # 1.1 MB of ASCII: valid UTF-8 and valid GBK
    path = tmp_path / "late-gbk.txt"
    path.write_bytes(padding.encode("ascii") + TEXTS[1].encode("gbk"))
    whole = read_document(path)
    (streamed,) = iter_documents(path)
    assert to_dict(whole) == to_dict(streamed)
    assert sum(len(p.indicators) for u in whole.units for p in u.projects) == 157
    result = CliRunner().invoke(main, ["parse", str(path), "--format", "jsonl"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 157


def test_changing_the_runtime_switch_inside_a_process_changes_nothing():
    """4: the runtime was chosen per call but the parser built once: recovery raised TypeError."""
    code = (
        "import os\n"
        "from indicator_parser import parse_cell\n"
        "from indicator_parser.grammar import accelerated\n"
        "broken = '1、1-产出指标,11-数量指标,甲；年度指标值:1次;,2、；；,3、1-产出指标,11-数量指标,乙；年度指标值:2次;'\n"
        "first = parse_cell(broken)\n"
        "before = accelerated()\n"
        "os.environ['INDICATOR_PARSER_PURE'] = '' if os.environ.get('INDICATOR_PARSER_PURE') else '1'\n"
        "second = parse_cell(broken)\n"
        "assert accelerated() == before and first == second, (first, second)\n"
        "assert [i.name for i in second.indicators] == ['甲', '乙'] and len(second.diagnostics) == 1\n"
    )
    for pure in ("", "1"):
        env = {**os.environ, "INDICATOR_PARSER_PURE": pure}
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, check=False)
        assert done.returncode == 0, done.stderr.decode()


def test_check_reports_an_unreadable_file_on_stderr(tmp_path: Path):
    """5: check printed unreadable-file errors on stdout without the program prefix."""
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(main, ["check", str(missing), str(SEED_002)])
    assert result.exit_code == 3
    assert f"indicator-parser: {missing}: cannot read (No such file or directory)" in result.stderr
    assert str(missing) not in result.stdout
    assert result.stdout.startswith(f"{SEED_002}: 2 units, 50 projects, 157 indicators")


def test_public_signatures_and_errors(tmp_path: Path):
    """6: a private parameter in parse_cell, recover shown positional, missing files not FileNotFoundError."""
    parameters = inspect.signature(parse_cell).parameters
    assert not any(name.startswith("_") for name in parameters)
    assert parameters["recover"].kind is inspect.Parameter.KEYWORD_ONLY
    with pytest.raises(FileNotFoundError):
        read_document(tmp_path / "nowhere.txt")
    with pytest.raises(FileNotFoundError):
        list(iter_documents(tmp_path / "nowhere.txt"))
    with pytest.raises(IndicatorParserError):
        parse_indicators("1、1-产出指标；；；")
    assert issubclass(ParseError, ValueError) and issubclass(InputError, IndicatorParserError)
    assert issubclass(MultipleDocumentsError, IndicatorParserError)
    assert "IndicatorParserError" in indicator_parser.__all__


def test_readme_shows_recover_as_a_keyword():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "parse_cell(text, dialect=None, *, recover=True" in readme
    assert "parse_cell(text, dialect=None, recover=True)" not in readme


def test_positions_follow_one_convention():
    """8: span is always character offsets; line ranges are ``lines``; warnings are Diagnostics with positions."""
    document = read_document(SEED_002)
    text = SEED_002.read_text(encoding="utf-8")
    unit = document.units[0]
    assert text[unit.span[0] :].startswith(unit.name[:4]) and unit.lines[0] == text[: unit.span[0]].count("\n") + 1
    for project in unit.projects:
        assert project.lines[0] == text[: project.span[0]].count("\n") + 1
        assert project.lines[1] == text[: project.span[1]].count("\n") + 1
    warnings = [w for d in [document] for w in d.all_diagnostics() if w.severity == "warning"]
    assert len(warnings) == 4
    for warning in warnings:
        assert text[warning.span[0] : warning.span[1]] == warning.text
        assert warning.line == text[: warning.span[0]].count("\n") + 1
    check = CliRunner().invoke(main, ["check", str(SEED_002)]).stdout.splitlines()
    assert f"{SEED_002}:{warnings[0].line}:{warnings[0].column}: warning: {warnings[0].message}" in check


def test_json_schema_comes_from_the_nodes():
    """9: the enumerations were written in nodes.py and again in schema.py."""
    import typing

    from indicator_parser import nodes
    from indicator_parser.outputs.schema import SCHEMA

    target = SCHEMA["$defs"]["Target"]["properties"]
    assert target["kind"]["enum"] == list(typing.get_args(nodes.Kind))
    assert target["comparator"]["enum"] == [*typing.get_args(nodes.Comparator), None]
    assert list(SCHEMA["$defs"]["Project"]["properties"]) == [f.name for f in nodes.attrs.fields(nodes.Project)]
    assert SCHEMA["$defs"]["Project"]["properties"]["lines"]["description"].startswith("First and last line")
    json.dumps(SCHEMA)


def test_category_words_come_from_the_taxonomy():
    """9: the grammar had its own list of category words, and 成本指标 disagreed with the taxonomy."""
    from indicator_parser import taxonomy
    from indicator_parser.grammar import grammar_path

    generated = grammar_path("categories.lark").read_text(encoding="utf-8")
    assert generated == taxonomy.grammar_text(), (
        "run: python -c 'from indicator_parser.taxonomy import write_grammar; write_grammar()'"
    )
    grammar = grammar_path("indicators.lark").read_text(encoding="utf-8")
    # The tianhe item break looks ahead for a level-1 word: the same words.
    lookahead = grammar.split("_TIANHE_NEXT.3:")[1].split("\n")[0]
    written = lookahead.split("|(?:")[1].split(")指标")[0].split("|")
    assert sorted(f"{w}指标" for w in written) == sorted(taxonomy.cell_words(1))


@pytest.mark.parametrize(
    ("level1", "level2", "expected1", "expected2", "warnings"),
    [
        # 2021 framework: 成本指标 is a level 1 with no Guangzhou code; its level 2s have none either.
        ("成本指标", "经济成本指标", (None, "成本指标", False), (None, "经济成本指标", False), 0),
        (None, "社会成本指标", (None, "成本指标", True), (None, "社会成本指标", False), 0),
        # The older framework: 成本指标 as the level 2 coded 14 under 产出指标.
        (None, "14-成本指标", ("1", "产出指标", True), ("14", "成本指标", False), 0),
        ("1-产出指标", "成本指标", ("1", "产出指标", False), ("14", "成本指标", True), 0),
        # National names mapped to Guangzhou codes.
        ("效益指标", "社会效益指标", ("2", "效益指标", True), ("22", "社会效益指标", True), 0),
        ("产出指标", "产出数量", ("1", "产出指标", True), ("11", "产出数量", True), 0),
        # Mismatches stay flagged, with or without codes.
        ("2-效益指标", "12-质量指标", ("2", "效益指标", False), ("12", "质量指标", False), 1),
        ("产出指标", "经济成本指标", ("1", "产出指标", True), (None, "经济成本指标", False), 1),
    ],
)
def test_taxonomy_reads_the_2021_framework(level1, level2, expected1, expected2, warnings):
    from indicator_parser.nodes import Category
    from indicator_parser.taxonomy import resolve, split_category

    first = Category(*split_category(level1)) if level1 else Category()
    got1, got2, problems = resolve(first, Category(*split_category(level2)))
    assert (got1.code, got1.name, got1.inferred) == expected1
    assert (got2.code, got2.name, got2.inferred) == expected2
    assert len(problems) == warnings, problems


# ----------------------------------------------------------------- fixes found by fuzzing, as explicit cases

HEADER_BLOCK = (
    "项目支出绩效目标表（含转移支付项目）\n部门名称：测试街道办事处 单位：万元\n"
    "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标"
)
CELL = "1、1-产出指标；11-数量指标；测试场次；实施周期指标值:2场；年度指标值:2场。"


def test_a_page_break_inside_an_unindented_row_name():
    """The look-ahead for an unindented row's amounts skips a page header that falls inside the row."""
    text = "\n".join(
        [
            HEADER_BLOCK,
            "测试单位甲（名称",
            HEADER_BLOCK,  # the page breaks between the name's two lines
            "续行）",
            "10.00 10.00",
            "测试项目 10.00 10.00",
            "测试目标。",
            CELL,
        ]
    )
    document = parse_document(text)
    assert [(u.name, u.total) for u in document.units] == [("测试单位甲（名称续行）", 10)]
    (project,) = document.units[0].projects
    assert (project.name, project.goal, len(project.indicators)) == ("测试项目", "测试目标。", 1)
    assert document.all_diagnostics() == []


def test_the_column_header_ends_at_its_last_column():
    """A goal line that is a header word (资金) after a page header is content, not more header."""
    text = "\n".join(
        [
            *("合计 10.00 10.00", "测试单位", "10.00 10.00", "    测试项目甲 10.00 10.00", "保障专项"),
            HEADER_BLOCK,  # the page breaks inside the goal, before a line that is a header word
            *("资金", "使用规范。", CELL),
        ]
    )
    (project,) = parse_document(text).units[0].projects
    assert project.goal == "保障专项资金使用规范。"
    assert len(project.indicators) == 1


def test_chinese_numeral_with_zero_before_ten():
    """一万零十 is 10010 (零 before 十 made it 10000 + 10 × 0)."""
    target = indicator_parser.normalize("一万零十人")
    assert (target.kind, target.value, target.unit) == ("quantity", 10010, "人")


# ----------------------------------------------------------------- goldens agree with the gold file


def test_golden_targets_agree_with_the_gold_file():
    """13: the cell and document goldens were written by the code; every target in them whose raw value the
    hand-read gold file (examples/targets.jsonl) also holds must carry the gold file's reading."""
    gold = {}
    for line in (ROOT / "examples" / "targets.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        gold[case["raw"]] = case["expected"]

    def targets(node):
        if isinstance(node, dict):
            if "raw" in node and "kind" in node:
                yield node
            for value in node.values():
                yield from targets(value)
        elif isinstance(node, list):
            for value in node:
                yield from targets(value)

    checked = 0
    goldens = sorted((ROOT / "examples").glob("*/*.expected.json"))
    for path in goldens:
        for target in targets(json.loads(path.read_text(encoding="utf-8"))):
            expected = gold.get(target["raw"])
            if expected is None:
                continue
            assert {key: target[key] for key in expected} == expected, (path.name, target["raw"])
            checked += 1
    assert checked > 500  # the seeds' values are all in the gold file
