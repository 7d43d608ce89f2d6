"""Rows of cells: the table model between sources and the column-table form.

Every source of a column table (a text shape, a PDF page, a spreadsheet) is
first turned into :class:`Row` s of :class:`TableCell` s, each cell with its
place in the file; the column-table reader
(:func:`indicator_parser.forms.columns.read_rows`) turns rows into a
Document. A source that has cells of its own (PDF, XLSX) builds rows
directly and never goes through text.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable
from typing import NamedTuple

import attrs

from .nodes import Diagnostic, Severity, Span
from .text import wrap_joiner

# What a cell is stripped of (\f: pdftotext starts each page with a form feed; \ufeff: a BOM read as text)
BLANK = " \t\u3000\u00a0\r\f\v\ufeff"


class TableCell(NamedTuple):
    """One cell as read: its text (wrapped lines joined, outer white space removed) and where it stands.

    ``span`` is a pair of character offsets into the file (end exclusive),
    ``line`` and ``column`` (1-based) its start; ``raw`` is the stretch of
    the file under ``span``, verbatim (for a PDF or XLSX cell, its text).
    An empty cell has an empty ``text`` and a zero-width span where it stands.

    A named tuple, immutable as the model's other nodes are, because a table's cells are made by the
    tens of thousands: it is built in half the time of a frozen attrs class.
    """

    text: str
    span: Span
    line: int
    column: int
    raw: str = ""

    def diagnostic(self, severity: Severity, message: str) -> Diagnostic:
        """A diagnostic about this cell."""
        return Diagnostic(severity, message, self.span, self.line, self.column, self.raw or self.text)


@attrs.frozen
class Row:
    """One table row: its cells, left to right.

    ``aligned`` says that ``cells[i]`` stands in column ``i`` (delimited text,
    space-aligned text by the header's column positions, a PDF grid). When
    false, empty cells may have been dropped (one cell a line, flattened text)
    and the reader places the cells by their content. ``page`` is the page of
    a PDF row, else None. ``unreadable`` says why a source could not cut this
    stretch into cells: the reader reports it as an error and reads nothing
    from it (no number is better than a wrong one). ``doubt`` says what the
    source had to guess in cutting it (where a name starts): the reader
    warns of it on the row's indicator. ``furniture``: the source knows the
    row for page furniture by where it stands (a bare page number at a page's
    end), which its text alone does not tell: the reader passes over it.
    """

    cells: tuple[TableCell, ...]
    aligned: bool = True
    page: int | None = None
    unreadable: str | None = None
    doubt: str | None = None
    furniture: bool = False

    # Both asked of every row the column reader reads: loops, as in Python 3.11 a comprehension is a call of its own.
    @property
    def texts(self) -> list[str]:
        texts = []
        for cell in self.cells:
            texts.append(cell.text)
        return texts

    @property
    def filled(self) -> list[TableCell]:
        """The non-empty cells."""
        filled = []
        for cell in self.cells:
            if cell.text:
                filled.append(cell)
        return filled

    @property
    def span(self) -> Span:
        filled = self.filled or list(self.cells)
        if not filled:
            return (0, 0)
        return (filled[0].span[0], max(cell.span[1] for cell in filled))

    @property
    def line(self) -> int:
        filled = self.filled or list(self.cells)
        return filled[0].line if filled else 1

    @property
    def last_line(self) -> int:
        filled = self.filled or list(self.cells)
        return max((cell.line + cell.raw.count("\n") for cell in filled), default=1)


# A cell made from its five fields in order without the named tuple's keyword-taking ``__new__`` (a Python
# function): tables make a cell for every piece of every line.
_cell = functools.partial(tuple.__new__, TableCell)


class Text:
    """The lines of a document piece, with what places a stretch of a line in the file."""

    def __init__(self, text: str, first_line: int = 0, first_offset: int = 0) -> None:
        self.text = text
        self.lines = text.split("\n")
        self.first_line = first_line
        self.first_offset = first_offset
        self.starts: list[int] = []
        pos = 0
        for line in self.lines:
            self.starts.append(pos)
            pos += len(line) + 1

    def cell(self, i: int, a: int, b: int, text: str | None = None) -> TableCell:
        """The cell of line ``i``, characters [a, b) (its text stripped), placed in the file."""
        piece = self.lines[i][a:b]
        stripped = piece.strip(BLANK)  # the cell's raw text too: the line from its first to its last character
        if len(stripped) != b - a:  # (most cells have nothing to strip, and stand inside the line: [a, b) stays)
            if stripped:
                a += len(piece) - len(piece.lstrip(BLANK))
            b = a + len(stripped)
        at = self.first_offset + self.starts[i]
        return _cell((stripped if text is None else text, (at + a, at + b), self.first_line + i + 1, a + 1, stripped))

    def split(self, i: int, pieces: Iterable[str], a: int = 0, width: int = 1) -> tuple[TableCell, ...]:
        """The cells of line ``i`` cut at delimiters of ``width`` characters: ``pieces`` are the stretches between
        them, the first starting at character ``a``; each cell as :meth:`cell` makes it.

        :meth:`cell` once a piece, with the line's place looked up once and no slicing (a delimited table's
        rows are most of its cells)."""
        at = self.first_offset + self.starts[i]
        line = self.first_line + i + 1
        cells = []
        for piece in pieces:
            stripped = piece.strip(BLANK)
            if not stripped:
                cells.append(_cell((stripped, (at + a, at + a), line, a + 1, stripped)))
            else:
                start = a if len(stripped) == len(piece) else a + len(piece) - len(piece.lstrip(BLANK))
                cells.append(_cell((stripped, (at + start, at + start + len(stripped)), line, start + 1, stripped)))
            a += len(piece) + width
        return tuple(cells)

    def chunk(self, i: int, a: int, b: int) -> TableCell:
        """The cell of line ``i``, characters [a, b), which start and end with text (a chunk of the line, or
        chunks of it with the blanks between them): :meth:`cell` with nothing to strip."""
        text = self.lines[i][a:b]
        at = self.first_offset + self.starts[i]
        return _cell((text, (at + a, at + b), self.first_line + i + 1, a + 1, text))

    def chunks(self, i: int, spans: Iterable[tuple[int, int]]) -> list[TableCell]:
        """:meth:`chunk` for each of these stretches of line ``i``, the line's place looked up once (a space-aligned
        line is cut into its chunks)."""
        line = self.lines[i]
        at = self.first_offset + self.starts[i]
        number = self.first_line + i + 1
        return [_cell((text := line[a:b], (at + a, at + b), number, a + 1, text)) for a, b in spans]

    def placed(self, i: int, pieces: dict[int, tuple[int, int]], width: int) -> list[TableCell]:
        """Line ``i`` as ``width`` cells: the cell of each column of ``pieces`` (column → characters [a, b), which
        start and end with text: :meth:`chunk`), the other columns one empty cell at the line's end (cells are
        frozen: one serves them all)."""
        line = self.lines[i]
        at = self.first_offset + self.starts[i]
        number = self.first_line + i + 1
        end = len(line)
        cells = [_cell(("", (at + end, at + end), number, end + 1, ""))] * width
        for k, (a, b) in pieces.items():
            text = line[a:b]
            cells[k] = _cell((text, (at + a, at + b), number, a + 1, text))
        return cells

    def extend(self, cell: TableCell, more: TableCell) -> TableCell:
        """A cell continued by a later piece (a wrapped cell): texts joined, the span covering both."""
        if not more.text:
            return cell
        if not cell.text:
            return more
        a = cell.span[0] - self.first_offset
        b = more.span[1] - self.first_offset
        joiner = wrap_joiner(cell.text[-1], more.text[0])
        return _cell(
            (cell.text + joiner + more.text, (cell.span[0], more.span[1]), cell.line, cell.column, self.text[a:b])
        )


class Pieces(Text):
    """A text read as stretches of its lines, each a line of its own (a copy whose cells stand one space apart,
    read one cell a line): ``spans`` are (line, start, end) of the text's lines; cells are placed in the file."""

    def __init__(self, doc: Text, spans: Iterable[tuple[int, int, int]]) -> None:
        self.text = doc.text
        self.first_line = doc.first_line
        self.first_offset = doc.first_offset
        self.lines: list[str] = []
        self.starts: list[int] = []
        self.numbers: list[int] = []  # by piece, its line in the file
        self.columns: list[int] = []  # by piece, where it starts on that line
        placed = isinstance(doc, Pieces)  # (stretches of stretches: placed where those stand)
        for n, a, b in spans:
            self.lines.append(doc.lines[n][a:b])
            self.starts.append(doc.starts[n] + a)
            self.numbers.append(doc.numbers[n] if placed else doc.first_line + n + 1)  # type: ignore[attr-defined]
            self.columns.append(doc.columns[n] + a if placed else a)  # type: ignore[attr-defined]

    @classmethod
    def cut(cls, doc: Text, cuts: Callable[[int, str], Iterable[int]]) -> Pieces:
        """``doc`` read as the stretches of its lines between the characters that ``cuts`` gives for each line
        (its index, its text: delimiters of one character, a space or a comma, no stretch's text), empty
        stretches dropped."""
        spans: list[tuple[int, int, int]] = []
        for n, line in enumerate(doc.lines):
            bounds = [-1, *cuts(n, line), len(line)]
            spans.extend((n, x + 1, y) for x, y in itertools.pairwise(bounds) if y > x + 1)
        return cls(doc, spans)

    def cell(self, i: int, a: int, b: int, text: str | None = None) -> TableCell:
        return self._placed(i, super().cell(i, a, b, text))

    def chunk(self, i: int, a: int, b: int) -> TableCell:
        return self._placed(i, super().chunk(i, a, b))

    def split(self, i: int, pieces: Iterable[str], a: int = 0, width: int = 1) -> tuple[TableCell, ...]:
        return tuple(self._placed(i, cell) for cell in super().split(i, pieces, a, width))

    def _placed(self, i: int, cell: TableCell) -> TableCell:
        return cell._replace(line=self.numbers[i], column=self.columns[i] + cell.column)
