"""Many files at once, as Dask DataFrames (optional extra ``dask``: dask[dataframe] and distributed).

The same call runs on any Dask scheduler: threads, processes, or a cluster
(``distributed.Client("tcp://scheduler:8786")``); the files must be readable
where the workers run. The frames have fixed columns and dtypes, given as
``meta``, so nothing is read to learn them:

- :func:`read_indicators`: one row per indicator, the columns of
  :func:`indicator_parser.outputs.arrow.arrow_schema` as ``pandas.ArrowDtype``
  (exact decimals stay decimal128);
- :func:`read_diagnostics`: one row per diagnostic (:data:`DIAGNOSTIC_COLUMNS`),
  so that what the parser doubted travels with the data instead of being
  printed on a worker;
- :func:`read_tables`: both, from one reading of each file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .errors import require_extra

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

    from .nodes import Document

OnUnreadable = Literal["raise", "report"]

# Column → Arrow type name of the diagnostics frame.
DIAGNOSTIC_COLUMNS: dict[str, str] = {
    "source": "string",  # the file
    "project": "string",  # null for a diagnostic of the document, or an unreadable file
    "severity": "string",  # error or warning
    "message": "string",
    "line": "int32",  # 1-based, in the file; null for an unreadable file
    "column": "int32",
    "text": "string",  # the stretch concerned, verbatim
}


def _require() -> None:
    require_extra("dask.dataframe", "dask", "indicator_parser.dask")
    require_extra("pyarrow", "dask", "indicator_parser.dask")


def _partitions(paths_or_glob: Any, files_per_partition: int) -> list[list[str]]:
    if files_per_partition < 1:
        raise ValueError(f"files_per_partition must be at least 1, not {files_per_partition}")
    from .reading import find_files

    files = find_files(paths_or_glob)
    return [files[i : i + files_per_partition] for i in range(0, len(files), files_per_partition)]


def _documents_of(path: str) -> Iterable[Document]:
    from .reading import iter_documents

    return iter_documents(path)


def _diagnostic_schema() -> Any:
    import pyarrow as pa

    return pa.schema([pa.field(name, getattr(pa, kind)()) for name, kind in DIAGNOSTIC_COLUMNS.items()])


def _frame(rows: list[dict[str, Any]] | Any, schema: Any) -> pd.DataFrame:
    import pandas as pd
    import pyarrow as pa

    table = rows if isinstance(rows, pa.Table) else pa.Table.from_pylist(rows, schema=schema)
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def indicators_meta() -> pd.DataFrame:
    """The empty frame whose columns and dtypes every indicators partition has."""
    from .outputs.arrow import arrow_schema

    schema = arrow_schema()
    return _frame(schema.empty_table(), schema)


def diagnostics_meta() -> pd.DataFrame:
    """The empty frame whose columns and dtypes every diagnostics partition has."""
    return _frame([], _diagnostic_schema())


def read_partition(files: Sequence[str], on_unreadable: OnUnreadable = "raise") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read some files in this process: (indicator rows, diagnostics), as pandas frames of the fixed dtypes."""
    from .errors import InputError
    from .outputs.arrow import to_arrow

    documents: list[Document] = []
    found: list[dict[str, Any]] = []
    for path in files:
        try:
            for document in _documents_of(path):
                documents.append(document)
                found.extend(_diagnostic_rows(document))
        except InputError as error:
            if on_unreadable == "raise":
                raise
            found.append(
                {"source": path, "project": None, "severity": "error", "message": str(error)}
                | dict.fromkeys(("line", "column", "text"))
            )
    return _frame(to_arrow(documents), None), _frame(found, _diagnostic_schema())


def _diagnostic_rows(document: Document) -> list[dict[str, Any]]:
    located = [(None, d) for d in document.diagnostics] + [
        (project.name, d) for unit in document.units for project in unit.projects for d in project.diagnostics
    ]
    located.sort(key=lambda pair: pair[1].span)
    return [
        {
            "source": document.source,
            "project": project,
            "severity": d.severity,
            "message": d.message,
            "line": d.line,
            "column": d.column,
            "text": d.text,
        }
        for project, d in located
    ]


def _indicator_partition(files: Sequence[str], on_unreadable: OnUnreadable) -> pd.DataFrame:
    return read_partition(files, on_unreadable)[0]


def _diagnostic_partition(files: Sequence[str]) -> pd.DataFrame:
    return read_partition(files, "report")[1]


def read_indicators(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    files_per_partition: int = 8,
    *,
    on_unreadable: OnUnreadable = "raise",
) -> dd.DataFrame:
    """One row per indicator of every file, as a lazy Dask DataFrame with the columns of the Parquet output.

    Files are split into partitions of ``files_per_partition`` in sorted
    order; rows keep file order. A file that cannot be read raises
    :class:`~indicator_parser.InputError` when computed, unless
    ``on_unreadable="report"`` (then it appears in :func:`read_diagnostics`).
    Nothing is read until the frame is computed.
    """
    _require()
    import dask.dataframe as dd

    return dd.from_map(
        _indicator_partition,
        _partitions(paths_or_glob, files_per_partition),
        args=(on_unreadable,),
        meta=indicators_meta(),
        label="read-indicators",
        enforce_metadata=False,
    )


def read_diagnostics(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    files_per_partition: int = 8,
) -> dd.DataFrame:
    """One row per diagnostic of every file (:data:`DIAGNOSTIC_COLUMNS`), unreadable files included.

    This reads the files again; :func:`read_tables` gives both frames from one reading.
    """
    _require()
    import dask.dataframe as dd

    return dd.from_map(
        _diagnostic_partition,
        _partitions(paths_or_glob, files_per_partition),
        meta=diagnostics_meta(),
        label="read-diagnostics",
        enforce_metadata=False,
    )


def read_tables(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    files_per_partition: int = 8,
    *,
    on_unreadable: OnUnreadable = "report",
) -> tuple[dd.DataFrame, dd.DataFrame]:
    """``(indicators, diagnostics)`` from one reading of each file.

    Compute them together (``dask.compute(indicators, diagnostics)``, or
    ``persist``) so that each partition is read once.
    """
    _require()
    import dask
    import dask.dataframe as dd

    parts = [
        dask.delayed(read_partition, pure=True)(files, on_unreadable)
        for files in _partitions(paths_or_glob, files_per_partition)
    ]
    indicators = dd.from_delayed([part[0] for part in parts], meta=indicators_meta(), verify_meta=False)
    diagnostics = dd.from_delayed([part[1] for part in parts], meta=diagnostics_meta(), verify_meta=False)
    return indicators, diagnostics
