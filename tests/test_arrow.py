"""Arrow and Parquet output: one column definition, exact decimals, streaming, the CLI and the README recipes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import attrs
import jsonschema
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from indicator_parser import iter_documents, read_document, to_arrow, to_records, write_parquet
from indicator_parser.cli import main
from indicator_parser.errors import MissingExtraError
from indicator_parser.outputs.arrow import UnrepresentableValueError, arrow_schema
from indicator_parser.outputs.records import COLUMN_SPECS, COLUMNS, records_schema

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "examples" / "documents").glob("*.txt"))
SEED = ROOT / "examples" / "documents" / "002_be3be7f21966b616.txt"

# The jsonl/csv columns as the README listed them before the model grew: they keep their order.
OLD_COLUMNS = (
    "source, department, unit, project, project_total, seq, level1_code, level1, level2_code, level2, indicator, "
    "period_raw, annual_raw, annual_kind, annual_comparator, annual_value, annual_value_max, annual_unit, "
    "annual_per, annual_label, annual_direction"
).split(", ")


@pytest.fixture(scope="module")
def documents():
    return [document for path in SEEDS for document in iter_documents(path)]


def test_old_columns_keep_their_order_and_new_ones_follow():
    assert list(COLUMNS[: len(OLD_COLUMNS)]) == OLD_COLUMNS
    for name in ("form", "weight", "actual_raw", "actual_value", "score", "page", "implementer", "period_goal"):
        assert name in COLUMNS[len(OLD_COLUMNS) :]


def test_arrow_schema_and_json_schema_come_from_one_definition():
    schema = arrow_schema()
    properties = records_schema()["properties"]
    assert schema.names == list(COLUMNS) == list(properties)
    expected = {
        "string": pa.string(),
        "integer": pa.int32(),
        "decimal": pa.decimal128(38, 10),
        "boolean": pa.bool_(),
        "json": pa.string(),
    }
    for spec in COLUMN_SPECS:
        field = schema.field(spec.name)
        assert field.type == expected[spec.type] and field.nullable
        assert field.metadata[b"description"].decode() == properties[spec.name]["description"] == spec.description
    assert properties["annual_kind"]["enum"][-1] is None and "quantity" in properties["annual_kind"]["enum"]


def test_every_row_validates_against_the_records_schema(documents):
    validator = jsonschema.Draft202012Validator(records_schema())
    rows = [row for document in documents for row in to_records(document)]
    assert len(rows) == 343
    for row in rows:
        validator.validate(row)
    broken = {**rows[0], "annual_kind": "bogus"}
    assert not validator.is_valid(broken)


def test_arrow_rows_are_the_records_with_exact_decimals(documents):
    table = to_arrow(documents)
    rows = [row for document in documents for row in to_records(document)]
    assert table.schema == arrow_schema() and table.num_rows == len(rows)
    decimal_columns = {c.name for c in COLUMN_SPECS if c.type == "decimal"}
    for arrow_row, row in zip(table.to_pylist(), rows, strict=True):
        for name in COLUMNS:
            if name in decimal_columns and row[name] is not None:
                assert isinstance(arrow_row[name], Decimal)
                assert Decimal(str(row[name])) == arrow_row[name], name
            else:
                assert arrow_row[name] == row[name], name


def test_known_values_read_from_the_seed_text():
    table = to_arrow(read_document(SEED))
    first = table.slice(0, 1).to_pylist()[0]
    # "社区民政工作经费 112.63 112.63" and its first indicator "…年度指标值:良好。" in the text.
    assert first["project"] == "社区民政工作经费" and first["project_total"] == Decimal("112.63")
    assert first["project_fiscal"] == Decimal("112.63") and first["project_special"] is None
    assert (first["seq"], first["indicator"], first["annual_raw"]) == (1, "居委会修缮", "良好")
    assert first["annual_value"] is None and first["annual_comparator"] is None  # null, not "" or NaN
    assert (first["form"], first["currency_unit"]) == ("guangzhou", "万元")
    assert first["weight"] is None and first["actual_raw"] is None and first["extra"] is None
    hundred = table.slice(2, 1).to_pylist()[0]  # "年度指标值:100%。"
    assert (hundred["annual_value"], hundred["annual_unit"]) == (Decimal(100), "%")


def _with_value(document, value: Decimal):
    unit = document.units[0]
    project = unit.projects[0]
    indicator = attrs.evolve(
        project.indicators[0], annual_target=attrs.evolve(project.indicators[0].annual_target, value=value)
    )
    project = attrs.evolve(project, indicators=(indicator, *project.indicators[1:]))
    return attrs.evolve(
        document, units=(attrs.evolve(unit, projects=(project, *unit.projects[1:])), *document.units[1:])
    )


@pytest.mark.parametrize("value", ["0.12345678901", "1E+28", "-1E+28"])
def test_a_value_the_decimal_column_cannot_hold_is_an_error_not_rounded(value):
    document = _with_value(read_document(SEED), Decimal(value))
    with pytest.raises(UnrepresentableValueError) as caught:
        to_arrow(document)
    message = str(caught.value)
    assert "社区民政工作经费" in message and "indicator 1" in message and "annual_value" in message
    assert "\n" not in message


@pytest.mark.parametrize("value", ["0.1234567890", "9999999999999999999999999999.9999999999", "1.50000000000000"])
def test_values_that_fit_are_kept_exactly(value):
    table = to_arrow(_with_value(read_document(SEED), Decimal(value)))
    assert table.column("annual_value")[0].as_py() == Decimal(value)


def test_write_parquet_streams_row_groups(tmp_path, documents):
    out = tmp_path / "rows.parquet"
    written = write_parquet(iter(documents), out, row_group_rows=100)
    assert written == 343
    meta = pq.ParquetFile(out).metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [100, 100, 100, 43]
    assert pq.read_table(out).equals(to_arrow(documents))


def test_cli_parquet_matches_to_arrow(tmp_path, documents):
    out = tmp_path / "out.parquet"
    result = CliRunner().invoke(main, ["parse", *map(str, SEEDS), "--format", "parquet", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert pq.read_table(out).equals(to_arrow(documents))


def test_cli_parquet_needs_an_output_file():
    result = CliRunner().invoke(main, ["parse", str(SEED), "--format", "parquet"])
    assert result.exit_code == 2 and "needs -o" in result.stderr


def test_cli_leaves_out_a_document_it_cannot_write_exactly_and_says_so(tmp_path, monkeypatch):
    import indicator_parser.cli as cli

    good = read_document(SEED)
    bad = _with_value(good, Decimal("0.12345678901"))
    given = {"a.txt": bad, "b.txt": good}
    monkeypatch.setattr(cli, "_file_documents", lambda path, *_, **__: iter([(path, given[path], None)]))
    out = tmp_path / "out.parquet"
    result = CliRunner().invoke(main, ["parse", "a.txt", "b.txt", "--format", "parquet", "-o", str(out)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "annual_value 0.12345678901" in lines[0] and "left out" in lines[0]
    assert pq.read_table(out).num_rows == 157  # the good document only


def test_without_pyarrow_one_line_naming_the_extra_and_exit_3(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # find_spec then reports it missing
    result = CliRunner().invoke(main, ["parse", str(SEED), "--format", "parquet", "-o", str(tmp_path / "x.parquet")])
    assert result.exit_code == 3
    assert (
        result.stderr
        == "indicator-parser: Arrow and Parquet output needs the 'parquet' extra: pip install \"indicator-parser[parquet]\"\n"
    )
    with pytest.raises(MissingExtraError, match=r"indicator-parser\[parquet\]"):
        to_arrow([])


def test_importing_the_package_does_not_import_pyarrow():
    code = "import sys, indicator_parser; print(sorted(m for m in ('pyarrow', 'pandas', 'dask') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_csv_and_jsonl_carry_the_new_columns_after_the_old(tmp_path):
    result = CliRunner().invoke(main, ["parse", str(SEED), "--format", "csv"])
    header = result.stdout.splitlines()[0].split(",")
    assert header == list(COLUMNS)
    second = result.stdout.splitlines()[1].split(",")
    assert second[COLUMNS.index("form")] == "guangzhou" and second[COLUMNS.index("extra")] == ""


# ----------------------------------------------------------------- README recipes


def _readme_blocks(marker: str) -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Data pipelines") :]
    section = section[: section.index("\n## ", 1)]
    return [block for block in re.findall(r"```python\n(.*?)```", section, re.S) if marker in block]


@pytest.mark.parametrize("reader", ["pandas", "polars", "duckdb"])
def test_readme_recipe_reads_the_parquet_file(reader, tmp_path, monkeypatch, documents):
    (block,) = _readme_blocks(f"import {reader}")
    monkeypatch.chdir(tmp_path)
    write_parquet(documents, "indicators.parquet")
    scope: dict = {}
    exec(compile(block, f"README {reader} recipe", "exec"), scope)
    result = scope["result"]
    # Per level-1 category: indicators and the sum of annual values, counted here from the records.
    expected: dict = {}
    for row in (row for document in documents for row in to_records(document)):
        count, total = expected.get(row["level1"], (0, Decimal(0)))
        value = Decimal(str(row["annual_value"])) if row["annual_value"] is not None else Decimal(0)
        expected[row["level1"]] = (count + 1, total + value)
    assert {name: (int(n), Decimal(str(s))) for name, n, s in result} == expected
    assert json.dumps([str(r) for r in result], ensure_ascii=False)  # plain values, printable


def test_readme_schema_lists_match_the_column_definition():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Data pipelines") :]
    section = section[: section.index("\n## ", 1)]
    lists = {}
    for item in re.findall(
        r"^- (int32|boolean|decimal128\(38, 10\)|string \(UTF-8\))(.*?)(?=^- |^$)", section, re.M | re.S
    ):
        lists[item[0]] = re.findall(r"`([a-z0-9_]+)`", item[1])
    by_type = {"int32": "integer", "boolean": "boolean", "decimal128(38, 10)": "decimal"}
    for heading, kind in by_type.items():
        assert set(lists[heading]) == {c.name for c in COLUMN_SPECS if c.type == kind}, heading
    strings = {c.name for c in COLUMN_SPECS if c.type in ("string", "json")}
    assert set(lists["string (UTF-8)"]) - {"guangzhou", "columns"} == strings
    ddl = re.search(r"```text\n(.*?)```", section, re.S).group(1)
    from indicator_parser.outputs.arrow import spark_ddl

    assert " ".join(ddl.split()) == spark_ddl()


def test_the_test_extra_installs_every_optional_extra():
    tomllib = pytest.importorskip("tomllib")
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert {"parquet", "dask"} <= set(extras)
    for name, requirements in extras.items():
        assert set(requirements) <= set(extras["test"]), name


def test_new_target_fields_reach_every_output():
    """Issue 11's Target fields (approximate, denominator, start, end) have columns in jsonl, csv and Arrow."""
    from indicator_parser import parse_document

    text = (
        "项目支出绩效目标表\n部门名称：测试部门 单位：万元\n项目名称（资金使用单位） 总计 财政拨款 绩效目标 绩效指标\n"
        "测试单位\n10.00 10.00\n    测试项目 10.00 10.00\n"
        "1、1-产出指标；11-数量指标；覆盖人数；实施周期指标值:全年；年度指标值:约3000人。"
        "2、1-产出指标；13-时效指标；完成时间；实施周期指标值:全年；年度指标值:2025年9月底前。"
    )
    document = parse_document(text)
    (first, second) = to_records(document)
    assert (first["annual_value"], first["annual_approximate"], first["annual_denominator"]) == (3000, True, None)
    assert (second["annual_kind"], second["annual_end"], second["annual_approximate"]) == (
        "timeframe",
        "2025-09-30",
        False,
    )
    table = to_arrow([document])
    assert table.column("annual_approximate").to_pylist() == [True, False]
    assert table.column("annual_end").to_pylist() == [None, "2025-09-30"]
