"""A national column table as ``pdftotext -layout`` text, where merged category cells sit mid-block.

In a PDF a merged 一级/二级 cell prints its text in the middle of the rows it
spans, so layout text shows ``产出指标`` on a line of its own between (or
beside) the rows it names. The column-table reader expects a category on the
first row of its block (as a PDF's cells give it), so this module rebuilds
those rows first:

- grid sections start at a header row (一级指标 … 三级指标 … 指标值); lines are
  cut into cells at the columns of the header (the gutter rule of
  :mod:`.guangzhou.layout`);
- a line with a name and a value (or a 序号) starts a row; a line with only a
  name or value piece continues the row above (a wrapped cell);
- a line holding only category text is a label: in each category column,
  labels are laid over the rows in order, each taking rows from the first
  not yet taken until the middle of those rows reaches the label's line; the
  label's text goes to the first of them (the rest stay empty, as merged
  cells do);
- other lines (the title, the header block of key/value cells) are rows of
  their chunks, which the reader pairs in order.

The rows go to :func:`~indicator_parser.forms.columns.read_rows`. Positions
are the text file's own.
"""

from __future__ import annotations

import re

import attrs

from ..nodes import Diagnostic, Document
from ..table import Row, TableCell
from .columns import read_rows
from .columns.headers import VALUE_FIELDS, block_key, grid_field
from .columns.reader import accepts
from .columns.shapes import Text
from .guangzhou.layout import column_boundaries, cut_line

_CHUNK = re.compile(r"\S+(?:[ \u3000]\S+)*")
_LEVELS = ("level1", "level2")


def _fields(texts: list[str]) -> list[str | None]:
    return [grid_field(t) for t in texts]


def _header(line: str) -> list[tuple[int, str]] | None:
    """The chunks of a grid header line (two or more column names, most chunks names), with their positions."""
    chunks = [(m.start(), m.group(0)) for m in _CHUNK.finditer(line)]
    named = [c for c in chunks if grid_field(c[1])]
    if len(named) >= 2 and 2 * len(named) >= len(chunks) and any(grid_field(t) in ("name", "level2") for _, t in named):
        return chunks
    return None


def is_layout(head: str) -> bool:
    """Whether a column-table text is pdftotext's: page breaks as form feeds, or a category alone on a line
    inside a grid (merged cells centered)."""
    if "\f" in head and any(_header(line) for line in head.split("\n")):
        return True
    in_grid = False
    lone = 0  # a placeholder row (a 二级 with nothing under it) is one such line; centered blocks make many
    for line in head.split("\n"):
        if _header(line):
            in_grid = True
            continue
        chunks = _CHUNK.findall(line)
        if in_grid and len(chunks) == 1 and (accepts("level1", chunks[0]) or accepts("level2", chunks[0])):
            lone += 1
    return lone >= 2


@attrs.define
class _Draft:
    cells: list[TableCell]
    top: int
    bottom: int


def _grid(doc: Text, header: int, stop: int) -> list[Row]:
    lines = doc.lines
    chunks = _header(lines[header]) or []
    starts = [a for a, _ in chunks]
    fields = _fields([t for _, t in chunks])
    content = [i for i in range(header + 1, stop) if lines[i].strip()]
    bounds = column_boundaries(lines, content, starts)
    rows: list[Row] = [Row(cut_line(doc, header, bounds))]
    drafts: list[_Draft] = []
    labels: dict[int, list[tuple[float, TableCell]]] = {k: [] for k, f in enumerate(fields) if f in _LEVELS}
    pending: dict[int, tuple[int, int, TableCell]] = {}  # a label running over consecutive lines
    for i in content:
        cells = list(cut_line(doc, i, bounds))
        filled = {k for k, c in enumerate(cells) if c.text}
        only_levels = filled and all(fields[k] in _LEVELS for k in filled)
        for k in list(pending):
            if k not in filled or not only_levels:
                first, last, cell = pending.pop(k)
                labels[k].append(((first + last) / 2, cell))
        if only_levels:
            for k in filled:
                if k in pending:
                    first, _, cell = pending[k]
                    pending[k] = (first, i, doc.extend(cell, cells[k]))
                else:
                    pending[k] = (i, i, cells[k])
            continue
        has = {fields[k] for k in filled if k < len(fields)}
        starts_row = ("name" in has and bool(has & {*VALUE_FIELDS, "comparator"})) or "seq" in has
        for k in filled & set(labels):
            labels[k].append((i, cells[k]))  # a label on a row's own line
            cells[k] = doc.cell(
                i,
                cells[k].span[0] - doc.first_offset - doc.starts[i],
                cells[k].span[0] - doc.first_offset - doc.starts[i],
            )
        if starts_row or not drafts:
            drafts.append(_Draft(cells, i, i))
        else:
            draft = drafts[-1]
            draft.cells = [doc.extend(a, b) for a, b in zip(draft.cells, cells, strict=False)]
            draft.bottom = i
    for k, (first, last, cell) in pending.items():
        labels[k].append(((first + last) / 2, cell))
    width = len(bounds)
    # Inner categories first: a label over no row at all is a placeholder row, which the outer blocks span too.
    for k in sorted(labels, key=lambda k: fields[k] != "level2"):
        at = 0
        for middle, cell in sorted(labels[k], key=lambda x: x[0]):
            if at >= len(drafts) or middle < drafts[at].top - 0.5:
                line = int(middle)
                empty = [doc.cell(line, 0, 0) for _ in range(width)]
                drafts.insert(at, _Draft(empty, line, line))
            end = at
            while end + 1 < len(drafts) and (drafts[at].top + drafts[end].bottom) / 2 < middle - 0.5:
                end += 1
            drafts[at].cells[k] = cell
            at = end + 1
    rows.extend(Row(tuple(d.cells)) for d in drafts)
    return rows


_TARGET_TITLE = re.compile(r"绩效目标|绩效自评|绩效指标")


def _title(line: str) -> str | None:
    chunks = _CHUNK.findall(line)
    if len(chunks) == 1 and len(chunks[0]) <= 40 and re.search(r"表(?:[（(]续[)）])?$", chunks[0].replace(" ", "")):
        return chunks[0]
    return None


def layout_rows(text: str, first_line: int = 0, first_offset: int = 0) -> tuple[list[Row], list[Diagnostic]]:
    """Rows of cells of a column-table layout text (see the module docs), and warnings for lines skipped."""
    doc = Text(text, first_line, first_offset)
    lines = doc.lines
    rows: list[Row] = []
    skipped: list[int] = []
    inside = not any(_title(line) and _TARGET_TITLE.search(line) for line in lines)  # no titles: all of it
    i = 0
    while i < len(lines):
        line = lines[i]
        title = _title(line)
        if title:
            inside = bool(_TARGET_TITLE.search(title))
        if not inside:
            if line.strip():
                skipped.append(i)
            i += 1
            continue
        if _header(line):
            stop = i + 1
            while stop < len(lines) and not _header(lines[stop]) and not _ends_grid(lines[stop]):
                stop += 1
            rows.extend(_grid(doc, i, stop))
            i = stop
            continue
        if line.strip():
            cells = [doc.cell(i, m.start(), m.end()) for m in _CHUNK.finditer(line)]
            if rows and not rows[-1].aligned and _continues(rows[-1], cells):
                rows[-1] = Row(tuple(_extend(doc, rows[-1].cells, cells)), aligned=False)
            else:
                rows.append(Row(tuple(cells), aligned=False))
        i += 1
    notes = []
    for run in _runs(skipped):
        where = doc.cell(run[0], 0, len(lines[run[0]]))
        message = f"lines {run[0] + 1 + first_line}-{run[-1] + 1 + first_line} skipped: not part of a 绩效目标表"
        notes.append(where.diagnostic("warning", message))
    return rows, notes


def _runs(numbers: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n - runs[-1][-1] <= 2:
            runs[-1].append(n)
        else:
            runs.append([n])
    return runs


def _continues(above: Row, cells: list[TableCell]) -> bool:
    """Whether a header-block line continues wrapped values of the line above: every piece stands under a value."""
    if not cells or block_key(re.split(r"[:：]", cells[0].text)[0]) is not None:
        return False
    starts = {c.column: c for c in above.cells}
    for cell in cells:
        under = next((c for col, c in starts.items() if abs(col - cell.column) <= 2), None)
        if (
            under is None
            or block_key(re.split(r"[:：]", under.text)[0]) is not None
            or under.line != above.cells[0].line
        ):
            return False
    return True


def _extend(doc: Text, above: tuple[TableCell, ...], cells: list[TableCell]) -> list[TableCell]:
    out = list(above)
    for cell in cells:
        k = min(range(len(out)), key=lambda k: abs(out[k].column - cell.column))
        out[k] = doc.extend(out[k], cell)
    return out


def _ends_grid(line: str) -> bool:
    """A title (of this table or another) or the first key of a project's header block ends a grid."""
    chunks = _CHUNK.findall(line)
    if not chunks:
        return False
    return _title(line) is not None or chunks[0].startswith("项目名称")


def parse_document(text: str, source: str | None = None, *, first_line: int = 0, first_offset: int = 0) -> Document:
    """Read a column-table layout text into a :class:`Document`."""
    rows, notes = layout_rows(text, first_line, first_offset)
    document = read_rows(rows, source)
    return attrs.evolve(document, diagnostics=tuple(sorted([*notes, *document.diagnostics], key=lambda d: d.span)))
