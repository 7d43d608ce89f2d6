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
    # Bytes after a UTF-16 byte-order mark decode to some text; that is a data error, not a crash.
    odd = runner.invoke(main, ["indicators", "-"], input=b"\xff\xfe\x00garbage")
    assert odd.exit_code in (1, 3) and "Traceback" not in odd.stderr


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


def test_parse_one_document():
    result = CliRunner().invoke(main, ["parse", str(DOCUMENTS / "002_be3be7f21966b616.txt")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["total"] == 4784.95 and [len(u["projects"]) for u in data["units"]] == [41, 9]


def test_parse_a_folder_gives_an_array_and_a_missing_file_exits_3(tmp_path: Path):
    out = tmp_path / "out.json"
    result = CliRunner().invoke(main, ["parse", str(DOCUMENTS), "/no/such.txt", "-o", str(out)])
    assert result.exit_code == 3
    assert "/no/such.txt" in result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["department"] for d in data] == [
        "广州市天河区人民政府元岗街道办事处",
        "广州市荔湾区人民政府白鹤洞街道办事处",
    ]
