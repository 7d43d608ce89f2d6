"""The command line: CliRunner for behaviour, a real subprocess for the installed entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from indicator_parser.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "cells"
CELL = "1、1-产出指标,11-数量指标,举办活动场数；实施周期指标值:全年,年度指标值:4次;"


def test_indicators_from_a_file():
    result = CliRunner().invoke(main, ["indicators", str(EXAMPLES / "002-05.txt")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [item["seq"] for item in data] == [1, 2, 3, 4]
    assert data[3]["annual_target"]["comparator"] == ">"


def test_indicators_from_stdin_keeps_chinese_unescaped():
    result = CliRunner().invoke(main, ["indicators"], input=CELL.encode("utf-8"))
    assert result.exit_code == 0
    assert "举办活动场数" in result.stdout and "\\u" not in result.stdout


def test_gbk_input():
    result = CliRunner().invoke(main, ["indicators", "-"], input=CELL.encode("gbk"))
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["name"] == "举办活动场数"


def test_parse_error_is_one_message_and_exit_1():
    result = CliRunner().invoke(main, ["indicators", "-"], input="1、1-产出指标；；".encode())
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("indicator-parser: <stdin>:1:10: expected")
    assert "Traceback" not in result.stderr


def test_recover_prints_what_parsed_and_reports_the_rest():
    text = CELL + ",2、产出,乙"
    result = CliRunner().invoke(main, ["indicators", "--recover", "-"], input=text.encode())
    assert result.exit_code == 1
    assert [item["name"] for item in json.loads(result.stdout)] == ["举办活动场数"]
    assert "unparsed indicator text" in result.stderr


def test_missing_file_and_binary_input_exit_3():
    runner = CliRunner()
    missing = runner.invoke(main, ["indicators", "/no/such/file.txt"])
    assert missing.exit_code == 3 and "/no/such/file.txt" in missing.stderr
    for data in (b"\x00\x01\x02binary", b"ok\xff\x80\xff"):
        binary = runner.invoke(main, ["indicators", "-"], input=data)
        assert binary.exit_code == 3 and "Traceback" not in binary.stderr
        assert binary.stderr.startswith("indicator-parser: <stdin>: ")
    # Bytes after a UTF-16 byte-order mark decode to some text (CJK here): readable input that is not
    # indicator text, so a data error (1), not unreadable input (3).
    odd = runner.invoke(main, ["indicators", "-"], input=b"\xff\xfe\x00garbage")
    assert odd.exit_code == 1 and "Traceback" not in odd.stderr
    assert odd.stderr.startswith("indicator-parser: <stdin>:1:1: expected")


def test_version_and_help():
    runner = CliRunner()
    assert runner.invoke(main, ["--version"]).output.startswith("indicator-parser, version")
    help_text = runner.invoke(main, ["indicators", "--help"]).output
    assert "Example" in help_text


def test_python_dash_m_in_a_subprocess():
    completed = subprocess.run(
        [sys.executable, "-m", "indicator_parser", "indicators", "-"],
        input=CELL.encode("utf-8"),
        capture_output=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr.decode()
    assert json.loads(completed.stdout.decode("utf-8"))[0]["annual_target"]["value"] == 4


DOCUMENTS = Path(__file__).resolve().parent.parent / "examples" / "documents"
SEED = DOCUMENTS / "002_be3be7f21966b616.txt"


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def test_parse_one_document():
    result = run("parse", str(SEED))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["total"] == 4784.95 and [len(u["projects"]) for u in data["units"]] == [41, 9]
    assert result.stderr == ""


def test_parse_a_folder_gives_an_array_and_a_missing_file_exits_3(tmp_path: Path):
    out = tmp_path / "out.json"
    result = run("parse", str(DOCUMENTS), "/no/such.txt", "-o", str(out))
    assert result.exit_code == 3
    # The documents read have no error in them: only the missing file is reported.
    assert result.stderr.strip().splitlines() == [
        "indicator-parser: /no/such.txt: cannot read (No such file or directory)"
    ]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["department"] for d in data[:2]] == [
        "广州市天河区人民政府元岗街道办事处",
        "广州市荔湾区人民政府白鹤洞街道办事处",
    ]
    # Then the column-table examples (examples/documents/columns/: .txt, .csv and .tsv alike).
    columns = sorted(p.name for pattern in ("*.txt", "*.csv", "*.tsv") for p in (DOCUMENTS / "columns").glob(pattern))
    assert len(data) == 2 + len(columns) and len(columns) >= 48
    assert {d["form"] for d in data[2:]} == {"columns"}
    assert {Path(d["source"]).suffix for d in data[2:]} == {".txt", ".csv", ".tsv"}


def test_parse_from_stdin_in_gbk():
    result = run("parse", "-", input=SEED.read_text(encoding="utf-8").encode("gbk"))
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["source"] == "<stdin>" and data["total"] == 4784.95


def test_jsonl_rows_follow_the_documented_columns():
    from indicator_parser.outputs.records import COLUMNS

    result = run("parse", str(SEED), "--format", "jsonl")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 157
    assert all(list(row) == list(COLUMNS) for row in rows)
    first = rows[0]
    assert (first["unit"], first["project"], first["project_total"], first["seq"]) == (
        "广州市荔湾区人民政府白鹤洞街道办事处",
        "社区民政工作经费",
        112.63,
        1,
    )
    assert (first["level2_code"], first["indicator"], first["annual_raw"], first["annual_label"]) == (
        "11",
        "居委会修缮",
        "良好",
        "良好",
    )


def test_csv_and_excel(tmp_path: Path):
    import csv as csv_module

    plain = run("parse", str(SEED), "--format", "csv")
    rows = list(csv_module.reader(plain.stdout.splitlines()))
    assert rows[0][:5] == ["source", "department", "unit", "project", "project_total"]
    assert len(rows) == 158
    excel = tmp_path / "x.csv"
    assert run("parse", str(SEED), "--format", "csv", "--excel", "-o", str(excel)).exit_code == 0
    data = excel.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data[3:] == plain.stdout.encode("utf-8")
    assert run("parse", str(SEED), "--excel").exit_code == 2


def test_jobs_2_gives_the_same_output_as_jobs_1():
    one = run("parse", str(DOCUMENTS), str(SEED), "--format", "jsonl", "--jobs", "1")
    two = run("parse", str(DOCUMENTS), str(SEED), "--format", "jsonl", "--jobs", "2")
    assert one.exit_code == two.exit_code == 0
    # The seeds' rows, then one row per indicator of each column-table example (examples/documents/columns/).
    from indicator_parser import read_document, to_records

    examples = [p for pattern in ("*.txt", "*.csv", "*.tsv") for p in (DOCUMENTS / "columns").glob(pattern)]
    columns = sum(len(to_records(read_document(p))) for p in examples)
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == 186 + 157 + 157 + columns


def test_empty_and_binary_files(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("parse", str(empty), "-v")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["units"] == []
    assert "no project rows found" in result.stderr
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)))
    result = run("parse", str(binary))
    assert result.exit_code == 3 and "Traceback" not in result.stderr
    assert str(binary) in result.stderr and "offset" in result.stderr


def test_strict_stops_at_the_first_file_with_errors(tmp_path: Path):
    broken = tmp_path / "a.txt"
    broken.write_text(SEED.read_text(encoding="utf-8").replace("合计 4,784.95", "合计 4,884.95"), encoding="utf-8")
    good = tmp_path / "b.txt"
    good.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    lenient = run("parse", str(tmp_path), "--format", "jsonl")
    assert lenient.exit_code == 0 and len(lenient.stdout.splitlines()) == 2 * 157
    assert "units sum to 4784.95 but the document total (合计) is 4884.95" in lenient.stderr
    strict = run("parse", str(tmp_path), "--format", "jsonl", "--strict")
    assert strict.exit_code == 1 and len(strict.stdout.splitlines()) == 157


def test_normalize_values_and_stdin_lines():
    result = run("normalize", "≥85%", "每年至少24次")
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert (first["comparator"], first["value"], first["unit"]) == (">=", 85, "%")
    assert (second["per"], second["value"]) == ("year", 24)
    piped = run("normalize", input="良好\n5件以下\n".encode())
    assert [json.loads(line)["kind"] for line in piped.stdout.splitlines()] == ["qualitative", "quantity"]


def test_check_reports_and_exit_codes(tmp_path: Path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in DOCUMENTS.glob("*.txt"):
        (seeds / path.name).write_bytes(path.read_bytes())
    ok = run("check", str(seeds))
    assert ok.exit_code == 0
    assert "002_be3be7f21966b616.txt: 2 units, 50 projects, 157 indicators" in ok.stdout
    assert "002_be3be7f21966b616.txt:285:25: warning: level-2 category 12-质量指标" in ok.stdout
    broken = tmp_path / "broken.txt"
    broken.write_text(
        SEED.read_text(encoding="utf-8").replace("3、2-效益指标；21-经济效益；保", "3、2-效益指标；；21-经济效益；保"),
        encoding="utf-8",
    )
    bad = run("check", str(broken))
    assert bad.exit_code == 1
    assert f"{broken}:30:18: error: unparsed indicator text" in bad.stdout
    assert run("check", "/no/such.txt").exit_code == 3
    assert run("check").exit_code == 2


def test_schema_validates_both_seeds():
    import jsonschema

    schema = json.loads(run("schema").stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    for path in sorted(DOCUMENTS.glob("*.txt")):
        jsonschema.Draft202012Validator(schema).validate(json.loads(run("parse", str(path)).stdout))
    broken = json.loads(run("parse", str(SEED)).stdout)
    broken["units"][0]["projects"][0]["amounts"]["total"] = "112.63"
    assert not jsonschema.Draft202012Validator(schema).is_valid(broken)


def test_grammar_prints_the_shipped_files():
    result = run("grammar")
    assert "// ===== indicators.lark =====" in result.stdout
    assert "_TIANHE_NEXT" in result.stdout


def test_every_command_has_help_with_an_example():
    for command in ("parse", "indicators", "normalize", "check", "schema", "grammar"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Example" in result.stdout, command


def test_usage_errors_exit_2():
    assert run("parse", "--format", "xml").exit_code == 2
    assert run("parse", "--jobs", "0").exit_code == 2
    assert run("frobnicate").exit_code == 2


def test_records_and_documents_cross_process_boundaries():
    import pickle

    from indicator_parser import read_document, to_records

    document = read_document(SEED)
    assert pickle.loads(pickle.dumps(document)) == document
    records = to_records(document)
    assert pickle.loads(pickle.dumps(records)) == records
    assert records == [json.loads(line) for line in run("parse", str(SEED), "--format", "jsonl").stdout.splitlines()]


def test_subprocess_parse_jsonl_exit_codes(tmp_path: Path):
    done = subprocess.run(
        [sys.executable, "-m", "indicator_parser", "parse", str(SEED), "--format", "jsonl"],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0 and len(done.stdout.decode("utf-8").splitlines()) == 157
    missing = subprocess.run(
        [sys.executable, "-m", "indicator_parser", "parse", str(tmp_path / "nope.txt")],
        capture_output=True,
        check=False,
    )
    assert missing.returncode == 3 and b"Traceback" not in missing.stderr


def test_convert_between_dialects_and_back():
    liwan = run("convert", "--to", "liwan", input=CELL.encode())
    assert liwan.exit_code == 0
    assert liwan.stdout.strip() == "1、1-产出指标；11-数量指标；举办活动场数；实施周期指标值:全年；年度指标值:4次。"
    back = run("convert", "--to", "tianhe", input=liwan.stdout.encode())
    assert back.stdout.strip() == CELL
    assert run("convert", "--to", "liwan", input="1、1-产出指标；；".encode()).exit_code == 1
    assert run("convert", input=CELL.encode()).exit_code == 2


def test_a_folder_without_text_files_is_reported(tmp_path: Path):
    result = run("parse", str(tmp_path))
    assert result.exit_code == 3
    assert (
        f"indicator-parser: {tmp_path}: no *.txt, *.csv, *.tsv, *.html, *.htm, *.pdf, *.xlsx, *.xls, *.docx files in this folder"
        in result.stderr
    )


def test_an_output_in_a_missing_folder_is_one_line(tmp_path: Path):
    for fmt in ("json", "csv", "parquet"):
        result = run("parse", str(SEED), "--format", fmt, "-o", str(tmp_path / "no" / "such" / "out"))
        assert result.exit_code == 3, fmt
        assert (
            result.stderr.strip()
            == f"indicator-parser: {tmp_path / 'no' / 'such' / 'out'}: cannot write (No such file or directory)"
        )
