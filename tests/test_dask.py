"""The Dask reader: fixed schema, diagnostics as data, and the same rows on a 2-process cluster as in one process."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from indicator_parser import iter_documents, to_arrow
from indicator_parser.errors import InputError, MissingFileError

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

from indicator_parser.dask import read_diagnostics, read_indicators, read_tables  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "examples" / "documents").glob("*.txt"))
SEED = ROOT / "examples" / "documents" / "002_be3be7f21966b616.txt"


def _single_process(paths) -> pd.DataFrame:
    documents = [document for path in paths for document in iter_documents(path)]
    return to_arrow(documents).to_pandas(types_mapper=pd.ArrowDtype)


@pytest.fixture(scope="module")
def cluster():
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield cluster, client
    assert cluster.status.name == "closed"


def test_two_worker_processes_give_the_single_process_rows(cluster):
    _, client = cluster
    frame = read_indicators(str(ROOT / "examples" / "documents" / "*.txt"), files_per_partition=1)
    assert frame.npartitions == len(SEEDS) == 2
    computed = client.compute(frame).result()
    # Both dialects: the tianhe seed (000) and the liwan seed (002).
    assert len(client.scheduler_info()["workers"]) == 2
    expected = _single_process(SEEDS)
    assert len(computed) == 343
    pd.testing.assert_frame_equal(computed.reset_index(drop=True), expected, check_exact=True)
    assert list(computed.dtypes) == list(frame.dtypes)  # the meta given up front is what comes back


def test_readme_cluster_recipe_writes_parquet_by_department_and_year(cluster, tmp_path):
    scheduler, _ = cluster
    data = tmp_path / "data"
    for year, seed in zip(("2023", "2024"), SEEDS, strict=True):
        (data / "budgets" / year).mkdir(parents=True)
        shutil.copy(seed, data / "budgets" / year / seed.name)
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    (block,) = [b for b in re.findall(r"```python\n(.*?)```", text, re.S) if 'Client("tcp://scheduler:8786")' in b]
    block = block.replace("tcp://scheduler:8786", scheduler.scheduler_address).replace("/data/", f"{data}/")
    scope: dict = {}
    exec(compile(block, "README dask recipe", "exec"), scope)
    scope["client"].close()
    departments = sorted(p.name for p in (data / "indicators").iterdir())
    assert departments == [
        "department=广州市天河区人民政府元岗街道办事处",
        "department=广州市荔湾区人民政府白鹤洞街道办事处",
    ]
    years = sorted(p.name for p in (data / "indicators").glob("*/*"))
    assert years == ["year=2023", "year=2024"]
    written = pq.read_table(data / "indicators")
    assert written.num_rows == 343
    assert pq.read_table(data / "diagnostics").num_rows == 0


@pytest.fixture
def troubled(tmp_path) -> Path:
    text = SEED.read_text(encoding="utf-8").replace("1、1-产出指标；", "1、1-产出指标；；；", 1)
    (tmp_path / "a_damaged.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b_binary.txt").write_bytes(b"\x00\x01binary")
    return tmp_path


def test_diagnostics_travel_as_a_frame(troubled):
    indicators, diagnostics = read_tables(str(troubled), files_per_partition=1)
    rows, found = (f.compute(scheduler="sync") for f in (indicators, diagnostics))
    assert len(rows) == 156  # 157 less the damaged item, which is in the diagnostics instead
    assert list(found.dtypes) == list(diagnostics.dtypes)
    damaged, binary = found.to_dict("records")
    assert damaged["source"].endswith("a_damaged.txt") and damaged["project"] == "社区民政工作经费"
    assert (damaged["severity"], damaged["line"], damaged["column"]) == ("error", 25, 1)
    assert (
        damaged["text"].startswith("1、1-产出指标；；；11-数量指标") and "unparsed indicator text" in damaged["message"]
    )
    assert binary["source"].endswith("b_binary.txt") and binary["severity"] == "error"
    assert "binary" in binary["message"] and pd.isna(binary["line"])
    again = read_diagnostics(str(troubled), files_per_partition=2).compute(scheduler="sync")
    assert again.reset_index(drop=True).equals(found.reset_index(drop=True))


def test_an_unreadable_file_raises_when_computed_not_when_built(troubled):
    frame = read_indicators(str(troubled / "*.txt"))  # nothing read yet, so no error
    with pytest.raises(InputError, match=r"b_binary\.txt"):
        frame.compute(scheduler="sync")
    reported = read_indicators(str(troubled / "*.txt"), on_unreadable="report").compute(scheduler="sync")
    assert len(reported) == 156


def test_a_glob_that_finds_nothing_is_a_missing_file(tmp_path):
    with pytest.raises(MissingFileError, match="no file matches"):
        read_indicators(str(tmp_path / "*.txt"))
    with pytest.raises(ValueError, match="files_per_partition"):
        read_indicators(str(SEED), files_per_partition=0)
