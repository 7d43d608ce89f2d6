"""Arrow tables and Parquet files of the flat rows (optional extra ``parquet``: pyarrow).

The columns are those of :data:`indicator_parser.outputs.records.COLUMN_SPECS`,
typed as :func:`arrow_schema` says: strings as UTF-8, integers as int32, money
and target numbers as exact ``decimal128(38, 10)`` and the unnamed columns
(``extra``) as the text of a JSON object; every column nullable. pyarrow is imported when a
function here is called, never when the package is imported.
"""

from __future__ import annotations

import decimal
import os
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..errors import IndicatorParserError, require_extra
from ..nodes import Document
from .records import COLUMN_SPECS, COLUMNS, DECIMAL_COLUMNS, exact_records, json_text

if TYPE_CHECKING:
    import pyarrow as pa

# decimal128(38, 10): ten decimal places keep amounts in 亿元 to the 分 (0.01 元) and
# any percentage or rate seen; 28 digits before the point hold any budget in 元.
# A value that does not fit is an error, never rounded.
DECIMAL_PRECISION = 38
DECIMAL_SCALE = 10
_QUANTUM = Decimal(1).scaleb(-DECIMAL_SCALE)
_EXACT = decimal.Context(prec=DECIMAL_PRECISION, traps=[decimal.Inexact, decimal.InvalidOperation])

# Rows gathered before a Parquet row group is written.
ROW_GROUP_ROWS = 65_536


class UnrepresentableValueError(IndicatorParserError, ValueError):
    """A number that the Arrow decimal column cannot hold without rounding; the message says where."""


def _pyarrow() -> Any:
    require_extra("pyarrow", "parquet", "Arrow and Parquet output")
    import pyarrow

    return pyarrow


def arrow_schema() -> pa.Schema:
    """The Arrow schema of :func:`to_arrow` and of the Parquet files, with each column's description."""
    pa = _pyarrow()
    types = {
        "string": pa.string(),
        "integer": pa.int32(),
        "decimal": pa.decimal128(DECIMAL_PRECISION, DECIMAL_SCALE),
        "boolean": pa.bool_(),
        "json": pa.string(),
    }
    fields = [
        pa.field(c.name, types[c.type], nullable=True, metadata={"description": c.description}) for c in COLUMN_SPECS
    ]
    return pa.schema(fields)


_JSON_COLUMNS = tuple(c.name for c in COLUMN_SPECS if c.type == "json")


def _checked(row: dict[str, Any]) -> dict[str, Any]:
    """The row for Arrow: each decimal checked to fit decimal128(38, 10) exactly, objects as JSON text."""
    for name in _JSON_COLUMNS:
        if row[name] is not None:
            row[name] = json_text(row[name])
    for name in DECIMAL_COLUMNS:
        value = row[name]
        if value is None:
            continue
        try:
            value.quantize(_QUANTUM, context=_EXACT)
        except (decimal.Inexact, decimal.InvalidOperation):
            where = f"{row['source'] or '<text>'}: project {row['project']!r}"
            if row["seq"] is not None:
                where += f", indicator {row['seq']}"
            raise UnrepresentableValueError(
                f"{where}: {name} {value} does not fit decimal128({DECIMAL_PRECISION}, {DECIMAL_SCALE})"
                f" (at most {DECIMAL_PRECISION - DECIMAL_SCALE} digits before the point and"
                f" {DECIMAL_SCALE} after); it is not rounded"
            ) from None
    return row


def _table(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    pa = _pyarrow()
    arrays = [pa.array([row[name] for row in rows], type=schema.field(name).type) for name in COLUMNS]
    return pa.Table.from_arrays(arrays, schema=schema)


def _document_rows(document: Document) -> list[dict[str, Any]]:
    return [_checked(row) for row in exact_records(document)]


def to_arrow(documents: Document | Iterable[Document]) -> pa.Table:
    """One row per indicator of the documents, as a ``pyarrow.Table`` of :func:`arrow_schema`.

    Numbers are exact decimals; raises :class:`UnrepresentableValueError` for
    a number that the decimal column cannot hold, and
    :class:`~indicator_parser.errors.MissingExtraError` without pyarrow.
    """
    schema = arrow_schema()
    if isinstance(documents, Document):
        documents = (documents,)
    return _table([row for document in documents for row in _document_rows(document)], schema)


class ParquetWriter:
    """Writes documents to one Parquet file as they come, a row group at a time.

    Each document becomes a small Arrow table at once; at most
    ``row_group_rows`` rows wait in memory, in Arrow's columnar form. A
    document whose rows cannot be written raises before any of its rows are
    kept, so the file never holds part of a document.
    """

    def __init__(
        self, path: str | os.PathLike[str], *, row_group_rows: int = ROW_GROUP_ROWS, compression: str = "zstd"
    ) -> None:
        _pyarrow()
        import pyarrow.parquet as pq

        self.schema = arrow_schema()
        self.rows_written = 0
        self._row_group_rows = row_group_rows
        self._pending: list[pa.Table] = []
        self._pending_rows = 0
        self._writer = pq.ParquetWriter(os.fspath(path), self.schema, compression=compression)

    def write(self, document: Document) -> int:
        """Add the rows of one document; returns how many."""
        table = _table(_document_rows(document), self.schema)
        self._pending.append(table)
        self._pending_rows += table.num_rows
        if self._pending_rows >= self._row_group_rows:
            self._flush()
        return table.num_rows

    def _flush(self, everything: bool = False) -> None:
        size = self._row_group_rows
        if not self._pending_rows:
            return
        pa = _pyarrow()
        waiting = pa.concat_tables(self._pending)
        start = 0
        while waiting.num_rows - start >= size or (everything and start < waiting.num_rows):
            group = waiting.slice(start, size)
            self._writer.write_table(group, row_group_size=size)
            self.rows_written += group.num_rows
            start += group.num_rows
        rest = waiting.slice(start)
        # A copy, so that the written row groups' buffers can be freed.
        self._pending = (
            [pa.Table.from_batches(rest.combine_chunks().to_batches(), self.schema)] if rest.num_rows else []
        )
        self._pending_rows = rest.num_rows

    def close(self) -> None:
        """Write what is left and the file footer."""
        self._flush(everything=True)
        self._writer.close()

    def __enter__(self) -> ParquetWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_parquet(
    documents: Document | Iterable[Document],
    path: str | os.PathLike[str],
    *,
    row_group_rows: int = ROW_GROUP_ROWS,
) -> int:
    """Write the documents' rows to a Parquet file as they stream by; returns the number of rows.

    ``write_parquet(iter_documents("big.txt"), "out.parquet")`` holds one
    document and at most one row group in memory.
    """
    if isinstance(documents, Document):
        documents = (documents,)
    with ParquetWriter(path, row_group_rows=row_group_rows) as writer:
        for document in documents:
            writer.write(document)
    return writer.rows_written


_SQL_TYPES = {
    "string": "STRING",
    "integer": "INT",
    "decimal": f"DECIMAL({DECIMAL_PRECISION},{DECIMAL_SCALE})",
    "boolean": "BOOLEAN",
    "json": "STRING",
}


def spark_ddl() -> str:
    """The schema as a Spark DDL string (``source STRING, …, project_total DECIMAL(38,10), …``); needs no pyarrow."""
    return ", ".join(f"{c.name} {_SQL_TYPES[c.type]}" for c in COLUMN_SPECS)
