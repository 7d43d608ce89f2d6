"""Reading one Guangzhou 项目支出绩效目标表 text, as extracted from its PDF, into a Document.

The text is read line by line, in steps that each do one job:

1. line classes (:mod:`.lines`): page furniture or content, judged line by line;
2. row assembly (:mod:`.rows`): names with their amounts, and the body lines of each row;
3. units and projects (:mod:`.units`): rows into units and projects, each project's goal and indicator cell;
4. money (:mod:`.money`): amounts to columns, and totals reconciled.

Every non-blank line ends with one role: page header, total row, unit or
project row (name and amounts), goal text, indicator text, or, when none
fits, a diagnostic. Layout cues are evidence, not rules.
"""

from __future__ import annotations

from ...nodes import Document
from .layout import is_layout, parse_layout
from .lines import Lines
from .money import reconcile
from .rows import assemble_rows
from .units import group_units


def _read(text: str, source: str | None, first_line: int, first_offset: int) -> tuple[Document, Lines, dict[int, str]]:
    doc = Lines(text, first_line, first_offset)
    rows = assemble_rows(doc)
    grouped = group_units(doc, rows.rows, source)
    diagnostics = rows.diagnostics + grouped.diagnostics + reconcile(grouped.total, grouped.units, doc)
    if not any(unit.projects for unit in grouped.units):
        diagnostics.append(doc.diagnostic("warning", "no project rows found", 0, 0))
    document = Document(
        source=source,
        department=rows.department,
        currency_unit=rows.currency_unit,
        total=grouped.total,
        units=tuple(grouped.units),
        diagnostics=tuple(sorted(diagnostics, key=lambda d: d.span)),
    )
    return document, doc, {**grouped.roles, **rows.roles}  # a line flagged while assembling rows stays flagged


def parse_document(text: str, source: str | None = None, *, first_line: int = 0, first_offset: int = 0) -> Document:
    """Read one Guangzhou table text into a :class:`Document` (the form's reader; see :mod:`indicator_parser.reading`).

    ``source`` names the text in diagnostics (a file name). Line numbers and
    offsets refer to ``text``; when ``text`` is a piece of a larger file,
    ``first_line`` and ``first_offset`` (lines and characters before it) make
    them refer to the file. Nothing raises on bad content: what cannot be read
    is a diagnostic on the document or on the project it belongs to.
    Space-aligned text (``pdftotext -layout``) is read by its columns (:mod:`.layout`).
    """
    if is_layout(text.split("\n", 400)[:400]):
        return parse_layout(text, source, first_line=first_line, first_offset=first_offset)
    return _read(text, source, first_line, first_offset)[0]


def line_roles(text: str) -> list[str]:
    """The role the reader gives each line of ``text``: ``blank``, ``header``, ``total``,
    ``unit``, ``project`` (name and amounts), ``goal``, ``indicators`` or ``diagnostic``."""
    _, doc, roles = _read(text, None, 0, 0)
    return [roles.get(i, "blank") for i in range(len(doc.lines))]
