"""Space-aligned text (``pdftotext -layout``, pdfplumber ``extract_text(layout=True)``, a table typed with spaces)
cut into cells at the columns of a header row.

Columns are placed by position on the line. Extractors place characters on a
grid of one character a cell (a CJK character counts 1); a table typed or
printed for a terminal aligns by display width (a CJK character counts 2).
:func:`measure` tells which one a stretch of lines follows, by which of the
two puts more chunks of text where the header's columns start.

- :func:`column_boundaries`: the boundary between two columns is the position,
  between their header words, that the fewest lines cover (a gutter of
  spaces);
- :func:`cut_line`: every chunk of text (runs of two spaces apart) goes to the
  column it starts in; a chunk running over a boundary is cut at a single
  space near it.

Both the Guangzhou layout reader and the column tables' ``aligned`` shape use
these.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Sequence

from ..table import TableCell, Text
from ..text import display_width

# Text with single spaces inside, between runs of two or more. ``\S\S*`` is ``\S+`` written so that the pattern
# starts with a character set: the regex engine then skips the runs of spaces by that set alone instead of trying
# a match at every position (lines printed for a table are mostly spaces).
CHUNK = re.compile(r"\S\S*(?:[ \u3000]\S+)*")
_WORD = re.compile(r"\S\S*")  # (\S+, the same way)

# Positions of a line's characters (and of its end): len(line) + 1 numbers.
Measure = Callable[[str], Sequence[int]]
# Where a line's chunks stand: (start, end) of each, as chunk_spans finds them. Functions that take the spans of
# the lines (by line number) use them instead of searching the lines again: a search costs more than the rest.
Spans = Sequence[tuple[int, int]]


def chunk_spans(line: str) -> list[tuple[int, int]]:
    """Where the line's chunks (:data:`CHUNK`) stand."""
    return list(map(re.Match.span, CHUNK.finditer(line)))


@functools.lru_cache(maxsize=8192)  # a grid's lines are measured for the measure, the gutters and the cut
def characters(line: str) -> tuple[int, ...]:
    """One position a character (extractors' grids); a form feed (a new page) takes none."""
    if "\f" not in line:
        return tuple(range(len(line) + 1))
    return (0, *itertools.accumulate(int(ch != "\f") for ch in line))


@functools.lru_cache(maxsize=8192)
def display(line: str) -> tuple[int, ...]:
    """Display columns: a wide (CJK) character takes two, a form feed none."""
    if line.isascii():
        return characters(line)
    # each character translated to the character of its width, the widths summed from their bytes: both loops in C
    return (0, *itertools.accumulate(line.translate(_WIDTHS).encode("latin-1")))


class _Widths(dict[int, str]):
    """A translation table, filled as it is read: a character's code to the character whose code is its display
    width (a form feed 0)."""

    def __missing__(self, code: int) -> str:
        width = chr(0 if code == 0x0C else display_width(chr(code)))
        self[code] = width
        return width


_WIDTHS = _Widths()


_IN_LINE = 6  # the lines a grid needs for its cells standing in line to tell its measure


def measure(lines: Sequence[str], header: int, content: Sequence[int], spans: Sequence[Spans] | None = None) -> Measure:
    """The measure under which more chunks of the content lines start where a header chunk starts (±1), or stand
    centred where one is centred (±1: cells and header words centred in their columns, as a PDF prints them), or
    start in line with chunks of two other lines."""
    best: tuple[int, Measure] | None = None
    found: Sequence[Spans] | dict[int, Spans] = (
        spans if spans is not None else {i: chunk_spans(lines[i]) for i in (header, *content)}
    )
    for way in (characters, display):
        pos = way(lines[header])
        heads = [(pos[a], pos[b]) for a, b in found[header]]
        near = {s + d for s, _ in heads for d in (-1, 0, 1)}
        centred = {s + e + d for s, e in heads for d in (-2, -1, 0, 1, 2)}  # (twice the middle: no fractions)
        hits = 0
        tally = len(content) >= _IN_LINE  # (see below: only a grid of some lines is told by its cells in line)
        starts: dict[int, int] = {}
        for i in content:
            at = way(lines[i])
            for a, b in found[i]:
                if at[a] in near or at[a] + at[b] in centred:
                    hits += 1
                elif a and tally:
                    starts[at[a]] = starts.get(at[a], 0) + 1
        # and, in a grid of some lines, chunks that start where chunks of two other lines start: cells left-aligned
        # under header words centred over them (a table typed by display width) stand in line only under their
        # measure (in a few lines, lines alike before their cells stand in line under both)
        hits += sum(count for count in starts.values() if count >= 3)
        if best is None or hits > best[0]:
            best = (hits, way)
    assert best is not None
    return best[1]


def column_boundaries(
    lines: Sequence[str],
    content: Sequence[int],
    starts: Sequence[int],
    way: Measure = characters,
    spans: Sequence[Spans] | None = None,
) -> list[int]:
    """Where each column starts: the least covered position between two header words (the rightmost of ties),
    unless text stands between two gaps there on a line that has text of the column before too: a cell of the
    column after, printed left of its centred header word (年度指标值 … 每季度1次   与县营商环境办联合开展 under
    备注), so the column starts after the first gap."""
    words: list[tuple[int, int]] = []
    by_line: list[list[tuple[int, int]]] = []
    for i in content:
        line = lines[i]
        pos = way(line)
        # the line's words where they stand: from its chunks, a chunk one word unless single spaces part it
        placed = []
        for a, b in map(re.Match.span, _WORD.finditer(line)) if spans is None else spans[i]:
            piece = line[a:b]
            if " " in piece or "\u3000" in piece:
                for x, y in map(re.Match.span, _WORD.finditer(line, a, b)):
                    placed.append((pos[x], pos[y]))
            else:
                placed.append((pos[a], pos[b]))
        words += placed
        by_line.append(placed)
    width = (
        max(max(map(operator.itemgetter(1), words), default=0), max(starts, default=0)) + 1
    )  # the header may be wider
    cover = [0] * (width + 1)  # how many words cover each position: +1 where a word starts, -1 after it, summed
    for a, b in words:
        if a < b:
            cover[a] += 1
            cover[b] -= 1
    cover = list(itertools.accumulate(cover[:width]))
    bounds = [0]
    for k in range(1, len(starts)):
        lo, hi = starts[k - 1] + 1, starts[k]
        if lo > hi:
            bounds.append(hi)
            continue
        # the rightmost of the least covered positions in [lo, hi]: the first of them in the reversed stretch
        stretch = cover[lo : hi + 1]
        least = min(stretch)
        bound = hi - stretch[::-1].index(least)
        if least == 0:
            bound = _first_gap_before_a_cell(stretch, lo, by_line, bounds[-1]) or bound
        bounds.append(bound)
    return bounds


_CLEAN = re.compile(rb"\x00+")


def _first_gap_before_a_cell(
    stretch: list[int], lo: int, by_line: list[list[tuple[int, int]]], before: int
) -> int | None:
    """Of the clean gaps in ``stretch`` (positions from ``lo``), the last position of the first one after which
    text stands, before the next gap, on a line with text of the column before too (two cells on one line; the
    column before starts at ``before``, its cells left of its centred header word too)."""
    # clean runs [a, b): runs of zero bytes in the stretch as bytes of 0 (clean) and 1 (covered), found by a search
    gaps = [(lo + a, lo + b) for a, b in map(re.Match.span, _CLEAN.finditer(bytes(map(bool, stretch))))]
    for (start, end), (after, _) in itertools.pairwise(gaps):
        for placed in by_line:
            ends = [b for a, b in placed if before <= a and b <= start]
            begins = [a for a, _ in placed if end <= a < after]
            # (two words a single space apart are one cell's: 产出指标 50分; a gap one position wide where lines
            # meet may part words far apart on each line)
            if ends and begins and min(begins) - max(ends) >= 2:
                return end - 1
    return None


# How far from a boundary a single space may cut a chunk that runs over it: extractors that place
# characters by width squeeze more narrow (ASCII) characters into a line than its column holds.
_NEAR = 8
_CLOSING = frozenset(
    "）)】」』〕，。；：、,.;:!?！？%％"
)  # no cell starts with these: a space before one is inside a cell


def column_table(bounds: Sequence[int], width: int) -> list[int] | None:
    """The column each position below ``width`` stands in, as :func:`cut_positions` finds it by searching the
    bounds, where they ascend (as :func:`column_boundaries` makes them); None where they do not. The lines of a
    grid look their chunks' columns up in it instead of searching the bounds for each."""
    if not all(map(operator.le, bounds, bounds[1:])):
        return None
    table: list[int] = []
    for k, end in enumerate([*bounds[1:], width]):
        table += [k] * (end - len(table))
    return table


def cut_positions(
    line: str,
    bounds: Sequence[int],
    way: Measure = characters,
    chunks: Spans | None = None,
    table: Sequence[int] | None = None,
) -> dict[int, tuple[int, int]]:
    """Line as character ranges by column: each chunk of text goes to the column it starts in; a chunk running
    over a boundary is cut at a single space near it (``经费 30.00``), else kept whole (a line of a goal a
    character too long). ``chunks``: the line's chunks, if found already; ``table``: the bounds'
    :func:`column_table`, if made already."""
    pos = way(line)
    pieces: dict[int, tuple[int, int]] = {}
    if table is not None and pos[-1] >= len(table):
        table = None  # (a line wider than the table: the bounds searched)
    # Where the bounds ascend (as column_boundaries makes them), a chunk that ends before the next column's bound
    # ends in the column it starts in: no second search.
    columns = len(bounds)
    ascending = table is not None or all(map(operator.le, bounds, bounds[1:]))
    for a, b in chunk_spans(line) if chunks is None else chunks:
        if table is not None:
            column, last = table[pos[a]], table[pos[b - 1]]
        else:
            column = max(bisect.bisect_right(bounds, pos[a]) - 1, 0)  # the column it starts in (bounds ascend)
            if ascending and (column + 1 >= columns or pos[b - 1] < bounds[column + 1]):
                last = column
            else:
                last = max(bisect.bisect_right(bounds, pos[b - 1]) - 1, 0)
        if last == column:  # the chunk stands inside its column (most do)
            before = pieces.get(column)
            pieces[column] = (before[0], b) if before else (a, b)
            continue
        for k in range(column + 1, last + 1):
            near = [p for p in range(a + 1, b - 1) if line[p] in " \u3000" and -_NEAR <= pos[p] - bounds[k] < _NEAR]
            if near:
                cut = min(near, key=lambda p: (line[p + 1] in _CLOSING, abs(pos[p] - bounds[k])))
                _put(pieces, column, a, cut)
                a, column = cut + 1, k
        _put(pieces, column, a, b)
    return pieces


def _put(pieces: dict[int, tuple[int, int]], k: int, a: int, b: int) -> None:
    """Characters [a, b) of a line into column ``k`` (after the column's text so far, if any)."""
    before = pieces.get(k)
    pieces[k] = (before[0], b) if before else (a, b)


def cut_line(
    doc: Text, i: int, bounds: Sequence[int], way: Measure = characters, chunks: Spans | None = None
) -> tuple[TableCell, ...]:
    """Line ``i`` of ``doc`` as one cell a column (see :func:`cut_positions`); empty cells stand at its end."""
    line = doc.lines[i]
    cells = [doc.chunk(i, len(line), len(line))] * len(bounds)  # cells are frozen: one empty cell serves them all
    for k, (a, b) in cut_positions(line, bounds, way, chunks).items():
        if k < len(cells):  # (no bounds, no columns)
            cells[k] = doc.chunk(i, a, b)  # pieces start and end with text
    return tuple(cells)
