"""indicator-parser: Chinese performance-target tables (项目支出绩效目标表) as typed data.

Public API::

    parse_document(text, source=None, *, form=None) -> Document   # a whole table text
    read_document(path, *, form=None) -> Document                  # the same, from a file
    iter_documents(path) / read_documents(path) / parse_documents(text)  # inputs holding several tables
    parse_indicators(text, dialect=None) -> list[Indicator]   # one 绩效指标 cell, strict
    parse_cell(text, dialect=None) -> Cell                    # the same, recovering
    normalize(text) -> Target                                  # one target value
    to_dict(obj) / to_json(obj)                                # JSON form of any node
    to_records(document) -> list[dict]                         # one flat row per indicator
    to_arrow(documents) -> pyarrow.Table                       # the same rows, exact decimals (extra: parquet)
    write_parquet(documents, path) -> int                      # streamed to a Parquet file (extra: parquet)
"""

from __future__ import annotations

from .errors import IndicatorParserError, InputError, MissingExtraError, MissingFileError, ParseError
from .grammar.cells import detect_dialect, parse_cell
from .nodes import Amounts, Category, Cell, Diagnostic, Dialect, Document, Indicator, Project, Target, Unit
from .normalizer import normalize
from .outputs.arrow import to_arrow, write_parquet  # pyarrow is imported on first call, not here
from .outputs.jsonio import to_dict, to_json
from .outputs.records import COLUMNS, to_records
from .reading import (
    MultipleDocumentsError,
    iter_documents,
    parse_document,
    parse_documents,
    read_document,
    read_documents,
)

__version__ = "0.1.0"

__all__ = [
    "COLUMNS",
    "Amounts",
    "Category",
    "Cell",
    "Diagnostic",
    "Dialect",
    "Document",
    "Indicator",
    "IndicatorParserError",
    "InputError",
    "MissingExtraError",
    "MissingFileError",
    "MultipleDocumentsError",
    "ParseError",
    "Project",
    "Target",
    "Unit",
    "__version__",
    "detect_dialect",
    "iter_documents",
    "normalize",
    "parse_cell",
    "parse_document",
    "parse_documents",
    "parse_indicators",
    "read_document",
    "read_documents",
    "to_arrow",
    "to_dict",
    "to_json",
    "to_records",
    "write_parquet",
]


def parse_indicators(text: str, dialect: Dialect | None = None) -> list[Indicator]:
    """Parse one 绩效指标 cell into its indicators.

    ``dialect`` is ``"tianhe"`` or ``"liwan"``; when None it is detected from
    the separators. Wrapped lines are joined first. Spans are offsets into
    ``text``. Raises :class:`ParseError` at the first stretch that does not
    read as indicator text; :func:`parse_cell` records such stretches as
    diagnostics instead and goes on.
    """
    return list(parse_cell(text, dialect, recover=False).indicators)
