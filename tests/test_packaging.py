"""A plain (non-editable) install must carry the grammar and work from anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CELL = "1、1-产出指标；11-数量指标；防灾减灾救灾宣传活动场次；实施周期指标值:2场；年度指标值:2场。"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", str(ROOT), "-w", str(out)],
        check=True,
        cwd=out,
    )
    (path,) = out.glob("indicator_parser-*.whl")
    return path


def test_wheel_contains_grammar_and_type_marker(wheel: Path):
    names = zipfile.ZipFile(wheel).namelist()
    assert "indicator_parser/grammar/indicators.lark" in names
    assert {"indicator_parser/grammar/columns.lark", "indicator_parser/grammar/column_words.lark"} <= set(names)
    assert "indicator_parser/py.typed" in names


def test_installed_wheel_works_from_another_directory(wheel: Path, tmp_path: Path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    code = (
        "import indicator_parser, json, sys;"
        "from indicator_parser.grammar import grammar_path;"
        "assert 'site-packages' in str(grammar_path('indicators.lark')), grammar_path('indicators.lark');"
        f"print(json.dumps(indicator_parser.to_dict(indicator_parser.parse_indicators({CELL!r}))))"
    )
    done = subprocess.run([str(python), "-c", code], cwd=elsewhere, env=env, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout)[0]["annual_target"]["value"] == 2
    cli = subprocess.run(
        [str(bindir / "indicator-parser"), "indicators", "-"],
        input=CELL.encode(),
        cwd=elsewhere,
        env=env,
        capture_output=True,
        check=False,
    )
    assert cli.returncode == 0, cli.stderr.decode()
    assert json.loads(cli.stdout)[0]["name"] == "防灾减灾救灾宣传活动场次"
