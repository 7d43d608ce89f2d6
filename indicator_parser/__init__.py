"""indicator-parser: Chinese performance-target tables (项目支出绩效目标表) as typed data.

Public API::

    parse_document(text, source=None) -> Document              # a whole table text
    read_document(path) -> Document                           # the same, from a file
    parse_indicators(text, dialect=None) -> list[Indicator]   # one 绩效指标 cell, strict
    parse_cell(text, dialect=None) -> Cell                    # the same, recovering
    normalize(text) -> Target                                  # one target value
    to_dict(obj) / to_json(obj)                                # JSON form of any node
    to_records(document) -> list[dict]                         # one flat row per indicator
    to_arrow(documents) -> pyarrow.Table                       # the same rows, exact decimals (extra: parquet)
    write_parquet(documents, path) -> int                      # streamed to a Parquet file (extra: parquet)
"""

from __future__ import annotations

from .errors import ParseError
from .forms.guangzhou.reader import parse_document, read_document
from .grammar.cells import detect_dialect, parse_cell
from .nodes import Amounts, Category, Cell, Diagnostic, Dialect, Document, Indicator, Project, Target, Unit
from .normalizer import normalize
from .outputs.arrow import to_arrow, write_parquet  # pyarrow is imported on first call, not here
from .outputs.jsonio import to_dict, to_json
from .outputs.records import COLUMNS, to_records
from .sources import InputError

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
    "InputError",
    "ParseError",
    "Project",
    "Target",
    "Unit",
    "__version__",
    "detect_dialect",
    "normalize",
    "parse_cell",
    "parse_document",
    "parse_indicators",
    "read_document",
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
