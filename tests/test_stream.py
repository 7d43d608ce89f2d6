"""Large files, one document at a time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from indicator_parser import InputError, iter_documents, read_document, to_dict
from indicator_parser.cli import main
from indicator_parser.forms.guangzhou.split import split_documents

ROOT = Path(__file__).resolve().parent.parent
SEED_000, SEED_002 = sorted((ROOT / "examples" / "documents").glob("*.txt"))
TEXTS = [SEED_000.read_text(encoding="utf-8"), SEED_002.read_text(encoding="utf-8")]


def test_a_single_document_reads_as_read_document_does():
    (streamed,) = iter_documents(SEED_002)
    assert to_dict(streamed) == to_dict(read_document(SEED_002))


@pytest.mark.parametrize(("encoding", "newline"), [("utf-8", "\n"), ("gb18030", "\r\n"), ("utf-16", "\n")])
def test_concatenated_documents_split_where_the_next_one_starts(tmp_path: Path, encoding: str, newline: str):
    order = [0, 1, 1, 0, 1]
    path = tmp_path / "book.txt"
    path.write_bytes(newline.join(TEXTS[i] for i in order).encode(encoding))
    documents = list(iter_documents(path))
    assert [d.department for d in documents] == [
        "广州市天河区人民政府元岗街道办事处" if i == 0 else "广州市荔湾区人民政府白鹤洞街道办事处" for i in order
    ]
    assert [sum(len(p.indicators) for u in d.units for p in u.projects) for d in documents] == [
        186 if i == 0 else 157 for i in order
    ]
    assert all(d.diagnostics == () for d in documents)
    # Line numbers and offsets refer to the whole file.
    text = path.read_bytes().decode(encoding).replace("\r\n", "\n")
    lines = text.split("\n")
    for document in documents:
        project = document.units[0].projects[0]
        assert lines[project.lines[0] - 1].strip().startswith(project.name[:4])
        assert text[project.span[0] :].startswith(project.name[:4])
        indicator = project.indicators[0]
        assert text[indicator.span[0] : indicator.span[1]].startswith("1、")


def test_same_department_without_a_total_row_reads_as_one_document():
    pieces = list(split_documents((TEXTS[0] + "\n" + TEXTS[0]).split("\n")))
    assert len(pieces) == 1


def test_bad_bytes_after_good_documents(tmp_path: Path):
    path = tmp_path / "broken.txt"
    good = TEXTS[1].encode()
    path.write_bytes(good + b"\n\xff\xfe\xfd" + TEXTS[0].encode())
    documents = iter_documents(path)
    with pytest.raises(InputError) as caught:
        list(documents)
    assert f"offset {len(good) + 1}" in str(caught.value)


def test_cli_streams_every_document_of_a_file(tmp_path: Path):
    path = tmp_path / "book.txt"
    path.write_text("\n".join([TEXTS[1], TEXTS[0]]), encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(path)])
    assert result.exit_code == 0
    assert [d["department"][-5:] for d in json.loads(result.stdout)] == ["街道办事处", "街道办事处"]
    rows = CliRunner().invoke(main, ["parse", str(path), "--format", "jsonl"]).stdout.splitlines()
    assert len(rows) == 157 + 186


def test_benchmark_smoke():
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick"], capture_output=True, check=False, timeout=300
    )
    assert done.returncode == 0, done.stderr.decode()
    assert "| documents end to end (both seeds) |" in done.stdout.decode()


def test_pure_python_lark_gives_the_same_documents():
    """lark-cython (the ``fast`` extra) is optional: the pure-Python runtime must agree with it."""
    from indicator_parser.grammar import accelerated

    # The goldens are read in this process: the comparison means something only if that used lark-cython
    # (the test extra installs it).
    assert accelerated(), "lark-cython is not in use: install the test extra"
    code = (
        "import json, sys; from pathlib import Path;"
        "from indicator_parser import read_document, to_dict; from indicator_parser.grammar import accelerated;"
        "assert not accelerated();"
        "docs = sorted(Path(sys.argv[1]).glob('*.txt'));"
        "print(json.dumps([to_dict(read_document(p)) for p in docs], ensure_ascii=False))"
    )
    folder = ROOT / "examples" / "documents"
    env = {**__import__("os").environ, "INDICATOR_PARSER_PURE": "1"}
    done = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True, env=env, check=False)
    assert done.returncode == 0, done.stderr.decode()
    expected = [
        json.loads(p.with_suffix(".expected.json").read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))
    ]
    got = json.loads(done.stdout.decode("utf-8"))
    for document, path in zip(got, sorted(folder.glob("*.txt")), strict=True):
        document["source"] = path.name
    assert got == expected
