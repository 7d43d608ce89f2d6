"""The ``aligned`` shape of a column table: cells apart by runs of spaces (``pdftotext -layout``, a table typed
with spaces), long cells wrapped onto the next lines at the same column.

- a grid starts at a header row (一级指标 … 三级指标 … 指标值), with the words
  stacked above and below it where a PDF's header cells wrapped (计算 / 符号);
  its lines are cut into cells at the columns of the header (:mod:`..layout`:
  by characters or by display width, whichever the lines follow; names a
  single space apart are placed by the gaps in the rows below);
- rows (:func:`_rows`): each has an anchor line: a line with a name and a
  value (or a 序号), a line of a key column of short cells (权重, 得分, 序号,
  指标性质), or a line of whole values between two lines of a wrapped name.
  Every other piece goes to an anchor, runs of a column's pieces either
  running down from it (cells printed at the top) or centred on it (cells
  centred in their rows, as a PDF prints them), whichever fits the grid;
- 一级/二级 text is a label laid over the rows afterwards, because a merged cell
  prints its text either on the first row of its block (a typed table, a
  spreadsheet export) or in the middle of the rows it spans (a PDF), on a line
  of its own or beside a row. Pieces of one label on consecutive lines (or
  around a row's line) are joined when the category vocabulary says they are
  one name (``社会公众或服务对象满`` / ``意度指标``). Each column's labels are
  then laid over the rows by the partition that best fits them all, either
  every label at the top of its block or every label in its middle: the same
  way all through a file, unless a grid fits the other way better by a line or
  more. A label over no row is a placeholder row. The 二级 column goes first;
  a 一级 block then starts where a 二级 block starts;
- title and page-number lines are furniture; lines under the title of another
  table (收支总表 …) are skipped with a warning; other lines (the header block
  of key/value cells) are rows of their chunks, which the reader pairs in order.

Positions are the text file's own.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections import Counter
from collections.abc import Callable, Sequence

import attrs

from ...nodes import Diagnostic
from ...normalizer import normalize
from ...table import Row, TableCell, Text
from ..layout import (
    CHUNK,
    Measure,
    Spans,
    characters,
    chunk_spans,
    column_boundaries,
    column_table,
    cut_positions,
    display,
    measure,
)
from .headers import BLOCK_KEYS, EXTRA_FIELDS, GRID_HEADERS, VALUE_FIELDS, block_key, grid_field, value_column
from .reader import (
    COMPARATOR_CELLS,
    CONTINUATION,
    FURNITURE,
    accepts,
    clashes_of,
    hints_of,
    is_placeholder,
    known_category,
    lone_furniture,
    money_unit,
    values_by_columns,
)

_LEVELS = ("level1", "level2")
_KEY_FIELDS = ("weight", "score", "seq", "comparator")  # columns of short cells that never wrap: one a row
_CONTINUES = frozenset("（()）、，,；;。：:")  # a name piece starting so continues the name above
_TARGET_TITLE = re.compile(r"绩效目标|绩效自评|绩效指标|绩效(?:运行|执行)?(?:情况)?监控")
_SEQ_START = re.compile(r"[（(]?\d")


@functools.lru_cache(maxsize=4096)
def _header(line: str) -> tuple[tuple[int, str], ...] | None:
    """The chunks of a grid header line (two or more column names, most chunks names), with their positions."""
    compact = line.replace(" ", "").replace("\u3000", "")
    if "指标" not in compact and "二级" not in compact and "三级" not in compact:
        return None  # a grid header names its 三级 or 二级 column
    chunks: list[tuple[int, str]] = []
    for m in CHUNK.finditer(line):
        words = [(m.start() + w.start(), w.group(0)) for w in re.finditer(r"\S+", m.group(0))]
        if (
            len(words) > 1
            and grid_field(m.group(0)) is None
            and all(grid_field(w) or w in _BEGINS or (k and w in _ENDS) for k, (_, w) in enumerate(words))
        ):
            # 实际完成值 分值 得分: names a single space apart (an extractor's tight columns), or their beginnings,
            # the rest stacked below (一级指 二级指 over 标   标), or after a name the end of one stacked above
            # (年度指标值 重, 权 over it)
            chunks.extend(words)
        else:
            chunks.append((m.start(), m.group(0)))
    named = [c for c in chunks if grid_field(c[1])]
    if len(named) >= 2 and 2 * len(named) >= len(chunks) and any(grid_field(t) in ("name", "level2") for _, t in named):
        return tuple(chunks)
    return None


# Category names and key cells repeat all through a file (and a grid is laid twice, at the top and in the
# middle): what the vocabulary says of a text is looked up once.
_accepts = functools.lru_cache(maxsize=4096)(accepts)


_category = known_category  # (the taxonomy's category a category cell's text names at a level, or None)


_Column = tuple[int, str, tuple[tuple[int, int, int], ...]]  # position, name, pieces (line, start, end)


def _stacked(
    lines: Sequence[str], h: int, spans: Sequence[Spans], titles: Sequence[str | None]
) -> tuple[list[_Column], set[int]]:
    """The header of line ``h`` with the words stacked above and below it (a PDF's header cells wrap, and
    pdftotext prints 计算 / 符号 on the lines around the header's line), and the lines that hold such words.
    Every word of such a line must complete a column's name, or the line is not part of the header.
    ``spans``, ``titles``: where every line's chunks stand, and the title each line is (or None)."""
    main: list[_Column] = [(a, t, ((h, a, a + len(t)),)) for a, t in (_header(lines[h]) or ())]
    unknown, taken = _unknown_pairs(lines, h, spans, titles, main)
    if unknown:
        main = sorted([*main, *unknown])
    near: dict[int, list[tuple[int, str]]] = {}  # the lines around that may hold such words, and their words
    for j in (h - 1, h + 1):
        if 0 <= j < len(lines) and spans[j] and not _header(lines[j]) and not titles[j]:
            words = _near_words(lines[j], [span for span in spans[j] if (j, span[0]) not in taken], j < h)
            if words is not None:
                near[j] = words
    for sides in ((h - 1, h + 1), (h - 1,), (h + 1,)):
        if all(j in near for j in sides):
            built = _complete(
                main,
                near.get(h - 1, []) if h - 1 in sides else [],
                near.get(h + 1, []) if h + 1 in sides else [],
                h,
                lines,
            )
            if built is not None:
                if sides == (h + 1,):
                    return _stacked_down(lines, h, spans, built)
                return built, set(sides)
    last = _unknown_stacked(lines, h, spans, main)
    if last is not None:
        return [*main, last], {h - 1, h + 1}
    return main, set()


def _stacked_down(
    lines: Sequence[str], h: int, spans: Sequence[Spans], built: list[_Column]
) -> tuple[list[_Column], set[int]]:
    """The header completed by the line below it (``built``), and by the lines after that where names go on a
    character a line (一 / 级 / 指 / 标: a narrow header cell printed down), each character under its column's
    first one; kept only where every name so made is a header name."""
    columns, used = list(built), {h + 1}
    j = h + 2
    while j < len(lines) and j <= h + 4 and spans[j] and all(b - a == 1 for a, b in spans[j]):
        more = list(columns)
        for a, b in spans[j]:
            k = next((k for k, (c, _, _) in enumerate(more) if c == a), None)
            if k is None:
                return columns, used
            c, name, pieces = more[k]
            more[k] = (c, name + lines[j][a], (*pieces, (j, a, b)))
        if not all(grid_field(name) for _, name, _ in more):
            if not all(any(g.startswith(name) for g in GRID_HEADERS) for _, name, _ in more):
                return columns, used
        columns, used = more, used | {j}
        j += 1
    if all(grid_field(name) for _, name, _ in columns):
        return columns, used
    return list(built), {h + 1}


def _unknown_pairs(
    lines: Sequence[str], h: int, spans: Sequence[Spans], titles: Sequence[str | None], main: list[_Column]
) -> tuple[list[_Column], set[tuple[int, int]]]:
    """Columns whose names the model does not know, stacked round the header's line among names it does (数据核查方 /
    式 beside 计算符 / 号): a word above and a word below that make no known name (the word above may begin one:
    计值 / 符号, 单位类 / 别), standing over each other by display columns, over no name of the header's line; the
    name they make short, of no digit, no field, key or category. The columns, and the words taken (line, start)."""
    if not (0 < h < len(lines) - 1) or not spans[h - 1] or not spans[h + 1] or titles[h - 1] or titles[h + 1]:
        return [], set()
    above = list(spans[h - 1])
    # (below, a word that may end a known name too, 值: 年中目标 / 值 over no name of the header's line is no known
    # name's end)
    below = list(spans[h + 1])
    if not above or not below:
        return [], set()
    columns: list[_Column] = []
    taken: set[tuple[int, int]] = set()
    for a, x in above:
        for b, y in below:
            name = lines[h - 1][a:x] + lines[h + 1][b:y]
            if (h + 1, b) in taken or not _unknown_name(name):
                continue
            for way in (characters, display):  # (an extractor's grid of characters, or a display's columns)
                up, down, header = way(lines[h - 1]), way(lines[h + 1]), way(lines[h])
                names = [(header[c], header[min(c + len(t), len(lines[h]))]) for c, t, _ in main]
                start, end = min(up[a], down[b]), max(up[x], down[y])
                if abs(up[a] - down[b]) <= 2 and not any(lo < end and start < hi for lo, hi in names):
                    columns.append((min(a, b), name, ((h - 1, a, x), (h + 1, b, y))))
                    taken |= {(h - 1, a), (h + 1, b)}
                    break
            if (h - 1, a) in taken:
                break
    return columns, taken


def _unknown_name(name: str) -> bool:
    """Whether a header name the model does not know may be one: short, of no digit or space, no field's, key's or
    category's; or a value's column name the model does not know, a year's too (2026年度 / 指标值)."""
    if value_column(name):
        return True
    if not (2 < len(name) <= 10) or any(ch.isdigit() or ch.isspace() for ch in name):
        return False
    return not (
        grid_field(name) is not None
        or block_key(name) is not None
        or _accepts("level1", name)
        or _accepts("level2", name)
    )


def _unknown_stacked(lines: Sequence[str], h: int, spans: Sequence[Spans], main: list[_Column]) -> _Column | None:
    """A last column whose name the model does not know, stacked round the header's line (是否核 / 心指标 after
    指标值, pdftotext of a wrapped header cell): one word above and one below, standing over each other by display
    columns, right of the last name; the name they make short, of no digit, no field, key or category."""
    if not main or not (0 < h < len(lines) - 1) or len(spans[h - 1]) != 1 or len(spans[h + 1]) != 1:
        return None
    (a, x), (b, y) = spans[h - 1][0], spans[h + 1][0]
    t, u = lines[h - 1][a:x], lines[h + 1][b:y]
    name = t + u
    last, last_name, _ = main[-1]
    for way in (characters, display):  # (an extractor's grid of characters, or a display's columns)
        above, below, header = way(lines[h - 1]), way(lines[h + 1]), way(lines[h])
        right = header[min(last + len(last_name), len(lines[h]))]
        if above[a] > right and below[b] > right and abs(above[a] - below[b]) <= 2:
            break
    else:
        return None
    if not _unknown_name(name):
        return None
    return (min(a, b), name, ((h - 1, a, x), (h + 1, b, y)))


# What a word stacked above a column's name may be: the beginning of a name (a word below: its end), or a word
# with a bracket (a name's trailing bracket, 指标值（单位）, is dropped when it is looked up). A word that is
# neither completes no name (:func:`_complete`), and most lines around a header are a grid's first row.
_BEGINS = frozenset(name[:k] for name in GRID_HEADERS for k in range(1, len(name) + 1))
_ENDS = frozenset(name[k:] for name in GRID_HEADERS for k in range(len(name)))
_BRACKETS = frozenset("（()）")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\S+")


def _near_words(line: str, spans: Spans, above: bool) -> list[tuple[int, str]] | None:
    """The words of a line beside a header's (``above`` it or below), with where they start, where each may
    complete a column's name (:func:`_may_complete`), else None. A chunk is one word, or words a single space
    apart, each its own column's (一级指 二级指 over 三级指标 …)."""
    words: list[tuple[int, str]] = []
    for a, b in spans:
        chunk = line[a:b]
        split = [(a + w.start(), w.group(0)) for w in _WORD.finditer(chunk)] if " " in chunk else []
        if split and all(_may_complete(t, above) for _, t in split):
            words += split  # (words a single space apart, each may complete a name: 向性 （%） under 指标方 权重)
        elif _may_complete(chunk, above):
            words.append((a, chunk))
        else:
            return None  # (most lines around a header: a grid row, whose first chunk ends the search)
    return words


def _may_complete(word: str, above: bool) -> bool:
    """Whether a word above (``above``) or below a header's line may complete a column's name."""
    return not _BRACKETS.isdisjoint(word) or _SPACE.sub("", word) in (_BEGINS if above else _ENDS)


def _complete(
    main: list[_Column], above: list[tuple[int, str]], below: list[tuple[int, str]], h: int, lines: Sequence[str]
) -> list[_Column] | None:
    """The columns with the words above and below joined to the names they complete, or None if a word
    completes none. A word stands over a name where they overlap by characters or by display columns (a
    line of spaces and one word against the header's line of CJK names: only the display tells)."""
    shown = {j: display(lines[j]) for j in (h - 1, h, h + 1) if 0 <= j < len(lines)}

    def over(a: int, t: str, b: int, u: str, j: int = h - 1, k: int = h) -> bool:
        if a < b + len(u) + 1 and b < a + len(t) + 1:
            return True
        x, y = shown[j], shown[k]
        return x[a] < y[b + len(u)] + 1 and y[b] < x[a + len(t)] + 1

    columns: list[_Column] = list(main)
    taken: set[int] = set()

    def joining(a: int, t: str, before: bool) -> int | None:
        """The column a word at ``a`` completes, written before its name (``before``: on the line above) or after
        it."""
        j = h - 1 if before else h + 1
        return next(
            (
                k
                for k, (c, u, _) in enumerate(columns)
                if c + len(u) <= len(lines[h]) and over(a, t, c, u, j) and grid_field(t + u if before else u + t)
            ),
            None,
        )

    for a, t in above:
        k = joining(a, t, True)
        if k is not None:
            c, u, pieces = columns[k]
            columns[k] = (c, t + u, ((h - 1, a, a + len(t)), *pieces))
            continue
        j = next(
            (
                j
                for j, (b, u) in enumerate(below)
                if j not in taken and over(a, t, b, u, h - 1, h + 1) and grid_field(t + u)
            ),
            None,
        )
        if j is None:
            # (or a name the model does not know, over no name of the header's line: 指标值 / 口径 beside 计量 /
            # 单位 and 权重 / （%）, words a space apart over the header's gap)
            j = next(
                (
                    j
                    for j, (b, u) in enumerate(below)
                    if j not in taken
                    and over(a, t, b, u, h - 1, h + 1)
                    and _unknown_name(t + u)
                    and not any(over(a, t, c, n) or over(b, u, c, n, h + 1) for c, n, _ in main)
                ),
                None,
            )
        if j is None:
            return None
        b, u = below[j]
        taken.add(j)
        columns.append((min(a, b), t + u, ((h - 1, a, a + len(t)), (h + 1, b, b + len(u)))))
    for j, (b, u) in enumerate(below):
        if j in taken:
            continue
        k = joining(b, u, False)
        if k is None:
            return None
        c, name, pieces = columns[k]
        columns[k] = (c, name + u, (*pieces, (h + 1, b, b + len(u))))
    return sorted(columns, key=lambda c: c[0])


@attrs.define
class _Draft:
    """A grid row being built: its cells and the lines it covers."""

    cells: list[TableCell]
    top: int
    bottom: int
    furniture: bool = False
    anchor: int | None = None  # the line the row was found by (its cells' line where they are centred in it)


_TOP = operator.attrgetter("top")  # (a draft's first line, as a sort key made in C)


@attrs.define
class Label:
    """The text of a merged category cell, and the lines it stands on."""

    cell: TableCell
    first: int
    last: int
    beside_row: bool  # printed on a line that also holds a row's cells


def _one_name(field: str, above: str, piece: str) -> bool | None:
    """Whether two pieces on consecutive lines are one category name (None: the vocabulary cannot tell)."""
    joined = _accepts(field, above + piece)  # type: ignore[arg-type]
    alone = _accepts(field, above), _accepts(field, piece)  # type: ignore[arg-type]
    if alone[0] and alone[1]:
        return False
    if alone[0] and piece.startswith("指标"):
        return True  # (满意度 / 指标（10分）: a name whole without its suffix too, 满意度; no label starts with 指标)
    if joined or alone[0] or alone[1]:
        return joined and not (alone[0] and alone[1])
    return None


@attrs.define
class _Grid:
    """A grid section (a header row and the lines up to the next header or title), cut into rows and labels."""

    header: _Draft
    furniture: list[_Draft]
    rows: list[_Draft]
    labels: dict[int, list[Label]]  # by column, the 二级 column first
    width: int
    continued: bool  # a later page of the project's grid: its first rows may continue a block
    levels: tuple[int | None, int | None] = (None, None)  # the 一级 and 二级 columns
    way: Measure | None = None  # how its lines were measured, where enough of them told (characters or display)
    name: int | None = None  # the name column
    value: int | None = None  # the column of the (annual) target
    unit: int | None = None  # the column of its unit, where one is (度量单位: 150 | 辆)
    # (a grid joined with the next pages' grids of its table: from each page's header line on, lines are counted
    # as if the page's rows followed the rows above them, its furniture and repeated header taken out)
    squeezed: tuple[tuple[int, int, int], ...] = ()  # (a page's header line, the shift from it on, its first row's)
    pages: tuple[_Draft, ...] = ()  # the later pages' repeated headers, laid where they stand
    hints: list[list[int]] | None = attrs.field(default=None, init=False)  # (hints_of the 二级 labels, once made)

    def _target(self, row: _Draft) -> str:
        """A row's target as its hint reads it: the value, with the unit column's cell after it (150 | 辆: 150辆)."""
        assert self.value is not None and self.name is not None
        value = row.cells[self.value].text
        if self.unit is None or self.unit >= len(row.cells) or _FAULTS.search(row.cells[self.name].text):
            return value  # (faults counted, 差错 | 0 | 处, say nothing of a 数量指标)
        return value + row.cells[self.unit].text

    def _line(self, line: int) -> int:
        """A line as a centred label's nearness counts it (see ``squeezed``)."""
        for start, shift, _ in reversed(self.squeezed):
            if line >= start:
                return line - shift
        return line

    def plan(self, top: bool, up: bool = False, rows: bool = False) -> tuple[float, list[list[int]]]:
        """What laying the labels over the rows costs (every label at the top of its block, or in its middle),
        and the plan of each column of labels (:func:`partition`), in the order they are laid.

        Only the rows' lines and their 二级 texts take part, so this runs on lists of numbers and texts; the
        rows themselves are built once, by :meth:`build`, for the way that the file and grid choose.

        The 二级 are laid first and the 一级 over their blocks; in the middle, where the 二级 alone leave a
        choice the 一级 decide (a block of two lines labelled on one, or three rows centred on the second, not
        four), the 二级 are laid again inside the blocks the 一级 alone would take, and the cheaper of the two
        whole plans is the answer."""
        cost, plans, misfit = self._plan(top, up, rows=rows)
        level1, level2 = self.levels
        if top or level2 is None or level1 is None or not self.labels.get(level1) or not self.labels.get(level2):
            return cost, plans
        if misfit == 0.0:  # (the 一级 fit the 二级's blocks as they are: laid inside the 一级's own, no better)
            return cost, plans
        tops, bottoms, columns = self._lines(top)
        skipped = _CONTINUED if self.continued else _SKIPPED
        breaks = [line for _, _, line in self.squeezed]
        grown = _grown(tops, bottoms, _lines_of(columns[level1]))
        # (a row beside a 二级 label is in its block, which the 一级's clashes count: 生态环境成本指标 beside a
        # row under 成本指标, not 产出指标)
        seconds = [r.cells[level2].text for r in self.rows]
        for x in columns[level2]:
            for i in range(bisect.bisect_left(bottoms, x.first), bisect.bisect_right(tops, x.last)):
                seconds[i] = seconds[i] or x.cell.text
        clash = clashes_of(seconds, [x.cell.text for x in columns[level1]])
        _, firsts = partition(
            tops, bottoms, columns[level1], top, None, skipped, clash, breaks=breaks, up=up, grown=grown, rows=rows
        )
        if not firsts or not all(map(operator.lt, firsts, [*firsts[1:], len(tops)])):
            return cost, plans  # (no plan, or a 一级 with no rows: a placeholder)
        walls = list(itertools.accumulate((a in firsts[1:] for a in range(len(tops))), initial=0))[1:]
        blocks = zip(plans[0], [*plans[0][1:], len(tops)], strict=True)  # (the 二级's, laid first)
        if all(walls[b - 1] == walls[a] for a, b in blocks if b > a):
            return cost, plans  # (the 二级's blocks lie inside the 一级's already: laid again, the same)
        other, others, _ = self._plan(top, up, walls, rows)
        return (other, others) if other < cost else (cost, plans)

    def _lines(self, top: bool) -> tuple[list[int], list[int], dict[int, list[Label]]]:
        """The rows' first and last lines, and the labels, as :func:`partition` counts them."""
        # (at the top, a label stands beside its block's first row where the row's cells stand: on its first
        # line, or on its middle line where the cells are centred in their rows, the label with them)
        tops = [r.anchor if top and r.anchor is not None else r.top for r in self.rows]
        bottoms = [r.bottom for r in self.rows]
        columns = self.labels
        if self.squeezed:
            tops, bottoms = [self._line(t) for t in tops], [self._line(b) for b in bottoms]
            columns = {
                k: [Label(x.cell, self._line(x.first), self._line(x.last), x.beside_row) for x in labels]
                for k, labels in columns.items()
            }
        return tops, bottoms, columns

    def _plan(
        self, top: bool, up: bool, walls: list[int] | None = None, rows: bool = False
    ) -> tuple[float, list[list[int]], float]:
        """:meth:`plan` with the 二级 laid first (``walls``: their blocks kept inside the 一级 blocks these
        running counts of block starts over the rows mark), and what the 一级's plan costs of it."""
        tops, bottoms, columns = self._lines(top)
        level1, level2 = self.levels
        # the 二级 text of each row as laid so far (a 一级's clashes count them)
        seconds = [r.cells[level2].text for r in self.rows] if level2 is not None else []
        starts: set[int] | None = None
        total = 0.0
        plans: list[list[int]] = []
        skipped = _CONTINUED if self.continued else _SKIPPED
        breaks = [line for _, _, line in self.squeezed]  # (where a later page's rows start)
        pieces: set[int] = set()  # the lines of the labels of the columns laid so far
        misfit = 0.0  # what the 一级's plan costs
        for k, labels in columns.items():
            if not labels:
                continue
            pieces |= _lines_of(labels)
            # a 一级's block holds the 二级 the taxonomy puts under it (时效指标 under 产出指标)
            clash = clashes_of(seconds, [x.cell.text for x in labels]) if k == level1 and level2 is not None else None
            hints = None
            if k == level2 and not top and self.name is not None:
                # (in the middle, a 二级 as near one block's middle as the next's goes where the names say)
                if self.hints is None:  # (the same for every plan of the grid: made once)
                    names = [r.cells[self.name].text for r in self.rows]
                    values = [self._target(r) for r in self.rows] if self.value is not None else []
                    self.hints = hints_of(names, [x.cell.text for x in labels], values)
                hints = self.hints
            cost, plan = partition(
                tops,
                bottoms,
                labels,
                top,
                starts,
                skipped,
                clash,
                hints,
                breaks,
                up,
                walls if k == level2 else None,
                _grown(tops, bottoms, pieces) if not top else None,
                rows,
            )
            if not plan:  # no partition fits the blocks of the column before: lay the labels where they stand
                cost, plan = _IMPOSSIBLE, [sum(1 for t in tops if t < x.first) for x in labels]
            total += cost
            if k == level1:
                misfit = cost
            plans.append(plan)
            if all(map(operator.lt, plan, [*plan[1:], len(tops)])):  # every block holds rows
                starts = set(plan)  # the rows stay as they are; the blocks start where the plan says
                if k == level2:
                    for a, label in zip(plan, labels, strict=True):
                        seconds[a] = label.cell.text
                continue
            # The rows after laying (as _lay builds them): a placeholder row inserted for a label over no row.
            new_tops: list[int] = []
            new_bottoms: list[int] = []
            new_seconds: list[str] = []
            starts = set()
            at = 0
            for j, label in enumerate(labels):
                end = plan[j + 1] if j + 1 < len(labels) else len(tops)
                if at < plan[j]:
                    new_tops += tops[at : plan[j]]
                    new_bottoms += bottoms[at : plan[j]]
                    new_seconds += seconds[at : plan[j]]
                    at = plan[j]
                starts.add(len(new_tops))
                if plan[j] == end:
                    new_tops.append(label.first)
                    new_bottoms.append(label.last)
                    new_seconds.append(label.cell.text if k == level2 else "")
                elif k == level2:
                    seconds[at] = label.cell.text
            new_tops += tops[at:]
            new_bottoms += bottoms[at:]
            new_seconds += seconds[at:]
            tops, bottoms = new_tops, new_bottoms
            if level2 is not None:
                seconds = new_seconds
        return total, plans, misfit

    def build(self, doc: Text, plans: list[list[int]]) -> list[_Draft]:
        """The rows with the labels laid over them by these plans (:meth:`plan`), the placeholders inserted and
        the furniture in place. Called once: the grid's rows are laid over in place."""
        rows = self.rows
        for (k, labels), plan in zip(((k, x) for k, x in self.labels.items() if x), plans, strict=True):
            rows = _lay(doc, rows, labels, k, self.width, plan)
        return [self.header, *sorted([*self.furniture, *self.pages, *rows], key=_TOP)]


def _lines_of(labels: Sequence[Label]) -> set[int]:
    """The lines a column's labels stand on."""
    return {i for x in labels for i in range(x.first, x.last + 1)}


def _grown(tops: list[int], bottoms: list[int], pieces: set[int]) -> list[int]:
    """The rows' last lines, each gone on over the lines after it that hold pieces of labels only (``pieces``:
    their lines): a row grown to its block's label's height."""
    out = []
    for i, bottom in enumerate(bottoms):
        end = tops[i + 1] if i + 1 < len(tops) else bottom + 1 + len(pieces)
        while bottom + 1 < end and bottom + 1 in pieces:
            bottom += 1
        out.append(bottom)
    return out


def _kept_apart(before: _Grid, grid: _Grid) -> bool:
    """Whether a page repeats a label of the page before it (a renderer that prints a merged cell split by a page
    on both pages, each part labelled: such a page is laid as its own grid), or holds a label that is no name of
    its column's level (pieces of narrow columns misread: its labels stay on their page)."""
    if any(
        labels and grid.labels[k] and labels[-1].cell.text == grid.labels[k][0].cell.text
        for k, labels in before.labels.items()
    ):
        return True
    level1, level2 = grid.levels
    top = grid.rows[0].top if grid.rows else -1
    return any(
        not _accepts(field, x.cell.text)
        and not (j == 0 and _closes(before.labels.get(k, []), grid.labels[k], top))  # (its end: 分）)
        for k, field in ((level1, "level1"), (level2, "level2"))
        if k is not None
        for j, x in enumerate(grid.labels.get(k, ()))
    )


def _joined_pages(doc: Text, items: list[_Grid], rows: list[Row]) -> tuple[list[_Grid], list[Row]]:
    """The grids with each one joined to the grids of its table's next pages (a continued grid of the same
    columns right after it), so that a merged category cell split by a page is laid over its block's rows on
    both pages: a label centred on the whole block stands on one page only. ``rows``: the text's rows, an empty
    row where each grid goes; the joined grids' places taken out."""
    places = [k for k, row in enumerate(rows) if not row.cells]
    joined: list[_Grid] = []
    dropped: set[int] = set()
    for t, grid in enumerate(items):
        before = joined[-1] if joined else None
        if (
            before is not None
            and grid.continued
            and places[t] == places[t - 1] + 1  # (nothing read between the two grids)
            and grid.width == before.width
            and grid.levels == before.levels
            and grid.labels.keys() == before.labels.keys()
            and any(grid.labels.values())
            and grid.rows
            and before.rows
            and not _kept_apart(before, grid)
        ):
            last = max([before.rows[-1].bottom, *(x.last for xs in before.labels.values() for x in xs)])
            first = min([grid.rows[0].top, *(x.first for xs in grid.labels.values() for x in xs)])
            shift = (before.squeezed[-1][1] if before.squeezed else 0) + first - last - 1
            joined[-1] = attrs.evolve(
                before,
                furniture=[*before.furniture, *grid.furniture],
                rows=[*before.rows, *grid.rows],
                labels={
                    k: _labels_joined(doc, xs, grid.labels[k], grid.rows[0].top) for k, xs in before.labels.items()
                },
                squeezed=(*before.squeezed, (grid.header.top, shift, first - shift)),
                pages=(*before.pages, grid.header, *grid.pages),
            )
            dropped.add(places[t])
            continue
        joined.append(grid)
    return joined, [row for k, row in enumerate(rows) if k not in dropped]


def _closes(above: list[Label], below: list[Label], top: int) -> bool:
    """Whether the first label of a page (at its top, ``top`` the first row's line) ends the last label of the
    page before, whose bracket is left open (产出指标（40 / 分）)."""
    if not above or not below or below[0].first > top or not _tail_piece(below[0].cell.text):
        return False
    text = above[-1].cell.text
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _labels_joined(doc: Text, above: list[Label], below: list[Label], top: int) -> list[Label]:
    """A column's labels of two pages of one table: a label whose bracket the first page left open (产出指标（40)
    and the piece that closes it at the top of the next page (分）, beside its first row) are one label."""
    if not _closes(above, below, top):
        return [*above, *below]
    last, first = above[-1], below[0]
    joined = Label(doc.extend(last.cell, first.cell), last.first, first.last, last.beside_row or first.beside_row)
    return [*above[:-1], joined, *below[1:]]


def _grid(
    doc: Text,
    header: int,
    stop: int,
    continued: bool,
    head: tuple[list[_Column], set[int]],
    firsts: Sequence[str],
    spans: Sequence[Spans],
    before: Measure | None = None,
    heads: frozenset[str] = frozenset(),
) -> _Grid:
    """The grid of the header at line ``header`` (its columns and stacked lines ``head``, :func:`_stacked`) up
    to line ``stop``; ``firsts``, ``spans``: the first chunk of every line of the text, and where its chunks stand;
    ``before``: how the file's grid before it was measured (a grid of a few lines, the end of a table on its last
    page, is measured the same way: its few cells are too little to tell)."""
    lines = doc.lines
    columns, stacked = head
    chunks = [(a, t) for a, t, _ in columns]
    content = [
        i
        for i in range(header + 1, stop)
        if spans[i] and not _furniture_line(lines, i, spans[i], heads) and i not in stacked
    ]
    few = len(content) < _FEW_LINES
    way = before if before is not None and few else measure(lines, header, content, spans)
    told = None if few and before is None else way  # (what a grid of a few lines after it may take)
    places = [way(lines[pieces[0][0]])[min(a, len(lines[pieces[0][0]]))] for a, _, pieces in columns]
    starts = _starts(lines, header, chunks, places, content, way)
    bounds = column_boundaries(lines, content, starts, way, spans)
    table = column_table(bounds, 2 * max(map(len, lines[header:stop])) + 1)  # (a display column is 2 at most)
    fields = [grid_field(t) for _, t in chunks]
    furniture: list[_Draft] = []
    inner = sorted((k for k, f in enumerate(fields) if f in _LEVELS), key=lambda k: fields[k] != "level2")
    # the 一级 and 二级 columns where they stand side by side (narrow columns: their labels may print one space apart)
    pair = (fields.index("level1"), fields.index("level1") + 1) if "level1" in fields else None
    if pair is not None and (pair[1] >= len(fields) or fields[pair[1]] != "level2"):
        pair = None
    labels: dict[int, list[Label]] = {k: [] for k in inner}
    name_at = fields.index("name") if "name" in fields else None
    # value columns with a column of free text after them (评(扣)分标准, 备注: see _part_value)
    values_before_free = [k for k, f in enumerate(fields[:-1]) if f in VALUE_FIELDS and fields[k + 1] in EXTRA_FIELDS]
    cut: dict[int, list[TableCell]] = {}  # line → its cells, the category pieces taken out
    filled: list[list[int]] = [[] for _ in bounds]  # by column, the lines of cut with a piece in it
    grid_lines = set(content)
    for i in range(header + 1, stop):
        if not lines[i].strip() or i in stacked:
            continue
        if i not in grid_lines:
            furniture.append(_Draft([doc.cell(i, 0, len(lines[i]))], i, i, furniture=True))
            continue
        placed = cut_positions(lines[i], bounds, way, spans[i], table)  # column → characters (a, b), text at both ends
        if pair is not None and pair[0] in placed and pair[1] not in placed:
            _part_labels(lines[i], placed, *pair)
            if pair[1] not in placed:
                _part_continued(lines[i], i, placed, *pair, labels)
        if name_at is not None and name_at not in placed:
            for k in labels:
                if k in placed and _stray(labels[k], 1 if fields[k] == "level1" else 2, i, lines[i], placed[k]):
                    placed[name_at] = placed.pop(k)
                    break
        for k in values_before_free:
            if k in placed and k + 1 not in placed:
                _part_value(lines[i], placed, k)
        beside = not placed.keys() <= labels.keys()  # a row's line (text outside the category columns)
        cells = doc.placed(i, placed, len(bounds))  # (as cut_line makes them)
        for k in inner:
            if k in placed:  # a category piece: to its label, and out of the row's cells
                _add_piece(labels[k], fields[k] or "", cells[k], i, beside, doc)
                a = placed[k][0]
                cells[k] = doc.chunk(i, a, a)
        if beside:
            cut[i] = cells
            for k in placed:
                if k not in labels:
                    filled[k].append(i)
    rows = _rows(doc, cut, fields, filled)
    # The header's cells are its names where they stand (names a single space apart are cells of their own).
    header_cells = []
    for _, name, pieces in columns:
        cell = doc.cell(*pieces[0])
        for piece in pieces[1:]:
            cell = doc.extend(cell, doc.cell(*piece))
        # (a name of one piece is that piece's cell: no new cell for it)
        header_cells.append(cell if cell.text == name else TableCell(name, cell.span, cell.line, cell.column, cell.raw))
    header_cells += [doc.cell(header, len(lines[header]), len(lines[header]))] * (len(bounds) - len(header_cells))
    header_row = _Draft(header_cells[: len(bounds)], header, header)
    level_columns = (
        fields.index("level1") if "level1" in fields else None,
        fields.index("level2") if "level2" in fields else None,
    )
    value_at = next((fields.index(f) for f in ("annual", "value") if f in fields), None)
    unit_at = fields.index("unit") if "unit" in fields else None
    return _Grid(
        header_row, furniture, rows, labels, len(bounds), continued, level_columns, told, name_at, value_at, unit_at
    )


def _part_value(line: str, placed: dict[int, tuple[int, int]], k: int) -> None:
    """A value and the free text after it one space apart in the value's column, the free text's empty (pdftotext
    squeezed a narrow column's text left: 5个（含茶叶、柑橘） 少1个扣1分): parted at the space where the part before
    reads as a value and the whole does not."""
    a, b = placed[k]
    if " " not in line[a:b] or normalize(line[a:b]).kind != "text":
        return
    for m in _LONE_SPACE.finditer(line, a, b):
        if normalize(line[a : m.start()]).kind not in ("text", "empty"):
            placed[k], placed[k + 1] = (a, m.start()), (m.end(), b)
            return


_LONE_SPACE = re.compile(r"(?<=\S) (?=\S)")


def _running_heads(lines: Sequence[str], firsts: Sequence[str], spans: Sequence[Spans]) -> frozenset[str]:
    """The texts that head two pages or more, alone on a page's first line (示例市部门预算公开), or two apart on it
    (示例市某某局 … 部门预算公开, as one text: their chunks one space apart): page furniture, not a label of the
    grid going on below them. A page starts the file, after a form feed, or after a line that is a page number
    (第1页: a print with no form feeds)."""
    seen: Counter[str] = Counter()
    top = True  # (the first line with text of the file, or after a form feed or a page's number)
    for i, line in enumerate(lines):
        if line.startswith("\f"):
            top = True
        if not spans[i]:
            continue
        if top and len(spans[i]) == 1:
            seen[firsts[i]] += 1
        elif top and len(spans[i]) == 2:
            seen[_two(line, spans[i])] += 1
        elif "\f" in line.lstrip():  # (a page's foot, then the next one's head alone after it: 1/2\f示例…)
            after = [x for x in spans[i] if x[0] > line.index("\f", len(line) - len(line.lstrip()))]
            if len(after) == 1:
                seen[line[after[0][0] : after[0][1]]] += 1
        # (a page's number alone on its line ends the page: the next line with text heads the next one)
        top = len(spans[i]) == 1 and FURNITURE.match(firsts[i].replace(" ", "")) is not None
    return frozenset(text for text, count in seen.items() if count >= 2)


def _two(line: str, spans: Spans) -> str:
    """A line's two chunks as one text, one space apart (how a running head of two is known)."""
    (a, b), (c, d) = spans
    return f"{line[a:b]} {line[c:d]}"


def _furniture_line(lines: Sequence[str], i: int, spans: Spans, heads: frozenset[str]) -> bool:
    """Whether line ``i`` (its chunks ``spans``) is page furniture: one chunk that is (:func:`_furniture`), a foot
    of two, the second furniture too (打印时间：2025-02-14 09:31 … 1/4, a browser print's http://… 1/2), or a head
    of two, the department and the tables' money unit (示例市某某局 … 单位：万元) or a browser print's date and time
    and the page's title (2025/3/14 10:26 … 目标表_…网站); or a page's foot and the next page's head on one line,
    split by the form feed between them, each furniture."""
    line = lines[i]
    if "\f" in line.lstrip():  # (a page's foot and the next page's head on one line, 1/2\f示例…: each furniture)
        feed = line.index("\f", len(line) - len(line.lstrip()))
        parts = [[x for x in spans if x[1] <= feed], [x for x in spans if x[0] > feed]]
        return all(_furniture_part(lines, i, part, heads) for part in parts if part)
    return _furniture_part(lines, i, spans, heads)


def _furniture_part(lines: Sequence[str], i: int, spans: Spans, heads: frozenset[str]) -> bool:
    """:func:`_furniture_line` of these chunks of line ``i``."""
    first = lines[i][spans[0][0] : spans[0][1]]
    if len(spans) == 1:
        return _furniture(lines, i, first, heads)
    if len(spans) != 2:
        # (GNU pr's head of a page: its date and time, the file's name and the page: 2025-07-08 09:30 … Page 2)
        return len(spans) == 3 and lone_furniture(" ".join(lines[i][a:b] for a, b in spans))
    if heads and _two(lines[i], spans) in heads:
        return True  # (a running head of two: the department … 部门预算公开)
    a, b = spans[1]
    last = lines[i][a:b]
    if money_unit(last) is not None or _PRINTED_AT.fullmatch(first) is not None:
        return True  # (a browser's print: its head, the date and time, then the page's title)
    if FURNITURE.match(last.replace(" ", "")) is None:
        return False
    # (a print's foot: the page's address, then the page number n/m; or a head or foot ending in the page's number
    # written with 页, which ends no row of a grid: 示例市某某区预算公开 … 第2页)
    return lone_furniture(f"{first} {last}") or _ADDRESS.fullmatch(first) is not None or "页" in last


# (or a report's print time, labelled: 打印时间：2025-03-14 10:26 … 用友GRP-U8 预算管理)
_PRINTED_AT = re.compile(
    r"\f?(?:(?:打印|制表|导出|生成)(?:时间|日期)[:：]\s*)?\d{4}[/-]\d{1,2}[/-]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?"
)
_ADDRESS = re.compile(r"(?:https?|file)://\S+")


def _furniture(lines: Sequence[str], i: int, text: str, heads: frozenset[str] = frozenset()) -> bool:
    """Whether line ``i``, of this one chunk, is page furniture: a title, a page number (- 2 -, 第 2 页), a
    running head (``heads``: see :func:`_running_heads`), the next table's money unit (单位：万元), or a bare
    number that ends its page (the next line with text starts a new page, or there is none)."""
    if lone_furniture(text) or text in heads or money_unit(text) is not None:
        return True
    if not (text.isdigit() and len(text) <= 3):
        return False
    after = next((line for line in itertools.islice(lines, i + 1, None) if line.strip()), None)
    return after is None or after.startswith("\f")


def _starts(
    lines: Sequence[str],
    header: int,
    chunks: list[tuple[int, str]],
    places: list[int],
    content: list[int],
    way: Measure,
) -> list[int]:
    """Where the header's columns start. Names a single space apart (实际完成值 分值 得分) came from one chunk:
    an extractor places a chunk by its position on the page but the characters inside it one a column, so
    only the first name's place is known; the others start after gaps in the rows below: of the gaps, the
    one that ends nearest where the name is printed (一级指标 二级指标 over narrow columns: the gap between
    the two columns' labels, not the wider one before the names), the wider of two as near."""
    out = list(places)
    glued = [k for k in range(1, len(chunks)) if chunks[k][0] == chunks[k - 1][0] + len(chunks[k - 1][1]) + 1]
    if not glued:
        return out
    spans: list[tuple[int, int]] = []
    for i in content:
        place = way(lines[i])
        spans.extend((place[m.start()], place[m.end()]) for m in re.finditer(r"\S+", lines[i]))
    k = 0
    while k < len(chunks):
        if k + 1 not in glued:
            k += 1
            continue
        first = k
        while k + 1 in glued:
            k += 1
        lo = out[first]
        hi = out[k + 1] if k + 1 < len(out) else max((b for _, b in spans), default=lo) + 1
        gaps = _gaps(spans, lo, hi)
        if len(gaps) >= k - first:
            at = lo
            for j in range(first + 1, k + 1):
                left = [g for g in gaps if g[1] > at]
                fitting = left[: len(left) - (k - j)]  # (leaving a gap for each name after this one)
                _, at = min(fitting, key=lambda g: (abs(g[1] - places[j]), -g[0]))
                out[j] = at
        k += 1
    return out


def _gaps(spans: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """The runs of positions in [lo, hi) that no text covers, after the first column's text: (how wide, where
    text starts again after it), left to right."""
    covered = [False] * max(hi - lo, 0)
    for a, b in spans:
        for p in range(max(a, lo), min(b, hi)):
            covered[p - lo] = True
    first = next((p for p, c in enumerate(covered) if c), len(covered))  # text of the first column
    runs: list[tuple[int, int]] = []  # (length, where text starts after it)
    p = first
    while p < len(covered):
        if covered[p]:
            p += 1
            continue
        q = p
        while q < len(covered) and not covered[q]:
            q += 1
        if q < len(covered):
            runs.append((q - p, lo + q))
        p = q
    return runs


_MARK = re.compile(r"[/／—\-－–]+")


def _marks_only(cells: Sequence[TableCell], values: list[int]) -> bool:
    """Whether a line's value cells hold marks only, one at least (生态效益指标 | | /, or | | — with no 序号): a
    placeholder row, where the line holds no name (no wrapped value ends in a / or a —)."""
    marks = [cells[k].text for k in values if cells[k].text]
    return bool(marks) and all(_MARK.fullmatch(mark) for mark in marks)


def _starts_row(cells: Sequence[TableCell], names: list[int], seqs: list[int], values: list[int]) -> bool:
    """A line with a name and a value (or a 序号): a row's first line when cells are printed at the top.
    ``names``, ``seqs``, ``values``: the grid's columns of names, of 序号, of values and comparators."""
    # (loops: asked of every line of a grid, and in Python 3.11 a generator is a call of its own)
    for k in seqs:
        seq = cells[k].text
        if seq:
            if _SEQ_START.match(seq):  # a 序号, or the first line of one wrapped (（1 / ）)
                return True
            break
    name = ""
    for k in names:
        name = cells[k].text
        if name:
            break
    if not name:
        return _marks_only(cells, values)
    if len(name) > 1 and is_placeholder(name) and any(is_placeholder(cells[k].text) for k in values if cells[k].text):
        return True  # (a placeholder row: （无） | （无）, whose bracket continues no name)
    if len(name) > 3 and is_placeholder(name):
        return True  # (or words for none in the name's column alone: 本年度无该类指标, which continue no name)
    if name[:1] in _CONTINUES or _tail_piece(name):
        return False  # (nor does the end of a name wrapped above: 年度改良任务完成时 / 间, beside 2025年12月31日 / 前)
    for k in values:
        if cells[k].text and not (len(name) <= 2 and _tail_piece(cells[k].text)):
            return True  # (not a value's end beside a name's, both wrapped below: 较上年提高2个百分 / 点, 村医 / 占比)
    return False


def _rounded_up(above: Sequence[TableCell], cells: Sequence[TableCell], names: list[int], values: list[int]) -> bool:
    """A line whose name piece ends the name begun on the line above (牡丹品种资源圃扩繁面积（ / 亩）), beside whole
    values, the line above holding no value: a row of two lines whose one-line cells were centred rounding down to
    its second line, which is the row's own (not a value's end beside a name's: 完成时 / 间 beside 2025年12月31日 /
    前)."""
    name = next((cells[k].text for k in names if k < len(cells) and cells[k].text), "")
    if not name or not _tail_piece(name):
        return False
    if not any(above[k].text for k in names if k < len(above)) or any(above[k].text for k in values if k < len(above)):
        return False
    texts = [cells[k].text for k in values if k < len(cells) and cells[k].text]
    return bool(texts) and all(not _tail_piece(t) and normalize(t).kind not in ("text", "empty") for t in texts)


def _sandwiched(
    cut: dict[int, list[TableCell]], order: list[int], fields: Sequence[str | None], filled: list[list[int]]
) -> set[int]:
    """Lines of whole values with no name, between two lines of name pieces without values: a row whose name
    wraps around the line of its values (cells centred in their rows, as a PDF prints them); and lines of a name
    alone between the two lines of a value wrapped around it. ``filled``: by column, the lines with a piece in it."""
    name_at = [k for k, f in enumerate(fields) if f == "name"]
    values_at = [k for k, f in enumerate(fields) if f in VALUE_FIELDS]
    if not name_at or not values_at:
        return set()

    def having(ks: list[int]) -> set[int]:
        """The lines with a piece in one of these columns."""
        return set().union(*(filled[k] for k in ks if k < len(filled)))

    named, valued = having(name_at), having(values_at)

    def whole_values(i: int) -> bool:
        texts = [cut[i][k].text for k in values_at if k < len(cut[i]) and cut[i][k].text]
        return bool(texts) and all(normalize(t).kind not in ("text", "empty") for t in texts)

    def values_between(i: int) -> bool:
        """A line of whole values with no name, between two lines of name pieces without values."""
        above, below = i - 1, i + 1
        return (
            i not in named
            and above in named
            and above not in valued
            and below in named
            and below not in valued
            and whole_values(i)
        )

    found = set()
    for i in order:
        above, below = i - 1, i + 1
        if above in named or below in named:
            if values_between(i):
                found.add(i)
        elif (
            # (and the other way round: a line of a name alone between the two lines of its wrapped value, which
            # hold no name: were the cells printed at the top, a name's line would follow its first line; unless
            # the line above is the middle of a name wrapped round it, whose last line this is, or the line
            # below is the values of a name wrapped round them, whose first line this is)
            i in named
            and i not in valued
            and above in valued
            and below in valued
            and above not in found
            and not values_between(below)
        ):
            found.add(i)
    return found


def _rows(
    doc: Text, cut: dict[int, list[TableCell]], fields: Sequence[str | None], filled: list[list[int]]
) -> list[_Draft]:
    """The grid's rows from its lines (``filled``: by column, the lines with a piece in it, in order): each row has
    an anchor line, and every other piece of text goes to a row.

    Anchors are the lines that start a row when cells are printed at the top (a name and a value), the lines
    of a key column: a column of short cells that never wrap (权重, 得分, 序号, 指标性质), whose pieces each
    stand for one row, and lines of whole values between two lines of a wrapped name (:func:`_sandwiched`).
    The other pieces of a column go to the anchors in
    order, runs of consecutive pieces to one anchor: either each run starting at its anchor (cells printed at
    the top) or centred on it (cells centred in their rows, as a PDF prints them), whichever fits the grid.
    """
    order = sorted(cut)
    if not order:
        return []
    width = len(filled)
    names, seqs, values = (
        [k for k, f in enumerate(fields) if f in kinds]
        for kinds in (("name",), ("seq",), (*VALUE_FIELDS, "comparator"))
    )
    sandwiched = _sandwiched(cut, order, fields, filled)
    starts = {i for i in order if _starts_row(cut[i], names, seqs, values)} | sandwiched
    starts |= {i for i in order if i - 1 in cut and _rounded_up(cut[i - 1], cut[i], names, values)}
    key: set[int] = set()
    best, numbered = 0, False
    for k, field in enumerate(fields):
        if field not in _KEY_FIELDS or k >= width:
            continue
        at = filled[k]
        if len(at) > best and all(_accepts(field, cut[i][k].text) for i in at):  # type: ignore[arg-type]
            if field == "comparator" and _wraps(cut, at, k):
                continue
            best, key, numbered = len(at), set(at), field == "seq"
    if key and not numbered:
        # A line of the key column with no name piece is a row's middle line where cells are centred (the name
        # wrapped round it: 开展鼠蚊蝇蟑集中消 / 4 次/年 8 / 杀): the lines beside it are no row's start, even
        # where a comparator wrapped round it too (大于 / 等于) gives them a value piece.
        bare = {i for i in key if not any(cut[i][k].text for k in names if k < len(cut[i]))}
        starts = {i for i in starts if i in key or not (i - 1 in bare or i + 1 in bare)}
        # Nor is a line of values between two name lines a row of its own, where it holds no key piece and a key
        # line stands beside it: the values are centred round that row's line (不少于3, / 兵役登记人数 5 / 500人)
        starts -= {i for i in sandwiched if i not in key and (i - 1 in key or i + 1 in key)}
    # A 序号 column numbers every row: a line with no number of its own continues a row (a name and a value
    # both wrapped: 规范化建设村（社区）人民 / 调解委员会 beside 新建12个、提档升 / 级30个), unless its name is a
    # placeholder (生态效益指标 | — | —: a block with no indicator, no 序号), which continues no name
    if numbered and len(key) >= 2:
        anchors = sorted(
            key
            | {i for i in order if any(is_placeholder(cut[i][k].text) and cut[i][k].text for k in names)}
            | {i for i in order if not any(cut[i][k].text for k in (*names, *seqs)) and _marks_only(cut[i], values)}
        )
    else:
        anchors = sorted(starts | key) or [order[0]]
    # Where pieces stand for the assignment: the lines, a page break counted as no more than one line (the end of
    # a row's long cell printed on the next page, above the next row, is nearer the row it ends)
    printed = doc.lines
    if not any(printed[j].startswith("\f") for j in range(order[0] + 1, order[-1] + 1)):  # (most grids: no break)
        here = order[-1]
    else:
        place: dict[int, int] = {}
        here = before = order[0]
        for i in order:
            page_break = i != order[0] and any(printed[j].startswith("\f") for j in range(before + 1, i + 1))
            here += 1 if page_break else i - before
            place[i] = here
            before = i
    tails = _tails(cut, anchors, filled)
    closing = _closing(cut, anchors, filled, names)
    # (pieces of one character that end a cell, 率 under 送餐上门服务及时: no piece below joins them)
    ends = {
        (k, i) for k, at in enumerate(filled) for i in at if len(cut[i][k].text) == 1 and _tail_piece(cut[i][k].text)
    }
    if here == order[-1]:  # no page break: the lines as they are
        _, moved = min(_assign(filled, anchors, tails, ends, closing), key=operator.itemgetter(0))  # ties: the top
    else:
        line_of = {v: k for k, v in place.items()}
        _, moved = min(
            _assign(
                [[place[i] for i in column] for column in filled],
                [place[a] for a in anchors],
                [(place[a], k, place[i]) for a, k, i in tails],
                {(k, place[i]) for k, i in ends},
                {(k, place[i]) for k, i in closing},
            ),
            key=operator.itemgetter(0),
        )
        moved = [(line_of[a], k, line_of[i]) for a, k, i in moved]
    more: dict[int, dict[int, list[int]]] = {}  # anchor → column → the lines of its pieces not on its own line
    for a, k, i in moved:
        more.setdefault(a, {}).setdefault(k, []).append(i)
    rows: list[_Draft] = []
    for a in anchors:
        cells = list(cut[a])  # the anchor's own pieces, and empty cells
        top = bottom = a
        for k, lines in more.get(a, {}).items():
            lines = sorted([*lines, a]) if cells[k].text else lines  # (the pieces of a run come in order)
            cell = cut[lines[0]][k]
            for i in lines[1:]:
                cell = doc.extend(cell, cut[i][k])
            cells[k] = cell
            top, bottom = min(top, lines[0]), max(bottom, lines[-1])
        rows.append(_Draft(cells, top, bottom, anchor=a))
    return rows


def _wraps(cut: dict[int, list[TableCell]], at: list[int], k: int) -> bool:
    """Whether two pieces of column ``k``, one after the other and at most a line apart, read as one comparator
    (大于 / 等于, on the lines round a row's middle line): the column wraps its cells, so its pieces do not each
    stand for a row."""
    return any(b - a <= 2 and cut[a][k].text + cut[b][k].text in COMPARATOR_CELLS for a, b in itertools.pairwise(at))


_CLOSING = "）)】》”’，。、；："


def _tail_piece(text: str) -> bool:
    """Whether a piece of a cell is the end of a cell wrapped above it, never a cell's start: it starts with a
    closing bracket or a joiner, closes a bracket it did not open (区）), or is a lone character that is no
    value of its own (率, 日; not 是, 优)."""
    if not text:
        return False
    if text[0] in _CLOSING or text.count("）") > text.count("（") or text.count(")") > text.count("("):
        return True
    # (a lone character the normalizer reads, 是, 优, or a placeholder, 无, 略, is a value of its own)
    return (
        len(text) == 1 and "\u4e00" <= text <= "\u9fff" and normalize(text).kind == "text" and not is_placeholder(text)
    )


def _unfinished(text: str) -> bool:
    """Whether a piece of a cell ends where no cell does: a joiner (，、), an opening bracket, or a comparator
    word that a number follows (培训3期，每期不少于 / 25人)."""
    return text.endswith(
        ("，", "、", "；", "（", "(", "不少于", "不低于", "不超过", "不高于", "大于", "小于", "≥", "≤")
    )


def _tails(cut: dict[int, list[TableCell]], anchors: list[int], filled: list[list[int]]) -> list[tuple[int, int, int]]:
    """(anchor, column, line): where an anchor's own piece of a column is the end of a cell (see
    :func:`_tail_piece`) and the line right above it holds a piece of that column that is no anchor's, that
    piece is the cell's start: its cell was centred in its row, rounding its lines up (率 under 用人单位职业病危害
    项目申报)."""
    anchor_set = set(anchors)
    found = []
    for k, at in enumerate(filled):
        lines = set(at)
        for a in at:
            if (
                a in anchor_set
                and a - 1 in lines
                and a - 1 not in anchor_set
                and (_tail_piece(cut[a][k].text) or _unfinished(cut[a - 1][k].text))
            ):
                found.append((a, k, a - 1))
    return found


def _closing(
    cut: dict[int, list[TableCell]], anchors: list[int], filled: list[list[int]], names: Sequence[int]
) -> set[tuple[int, int]]:
    """(column, line) of the pieces, no anchor's, right under an anchor's own piece of their column, that end its
    cell: the end of a cell (:func:`_tail_piece`), or in a name column (``names``) a piece that starts as no name
    does (（0000-62314500）接通率 under 学生资助热线, beside a row centred on its first line)."""
    anchor_set = set(anchors)
    found = set()
    for k, at in enumerate(filled):
        lines = set(at)
        for i in at:
            if i not in anchor_set and i - 1 in anchor_set and i - 1 in lines:
                text = cut[i][k].text
                if _tail_piece(text) or (k in names and text[:1] in _CONTINUES):
                    found.add((k, i))
    return found


def _assign(
    filled: list[list[int]],
    anchors: list[int],
    tails: Sequence[tuple[int, int, int]] = (),
    ends: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(),
    closing: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(),
) -> list[tuple[float, list[tuple[int, int, int]]]]:
    """Which anchor each piece not on an anchor's line goes to (anchor, column, line; in order of the lines in
    each column), and the misfit: per column (``filled``: the lines with a piece in it), runs of pieces between
    anchors go to one anchor each, starting at it (cells printed at the top: the first plan) or centred on it
    (the second). The runs are found once for both; with no runs (no cell wraps) the two are the same and only
    the first is made. An anchor's own pieces stay on its line. ``tails``: pieces that start the cell of the
    anchor below them (see :func:`_tails`); a plan that gives one elsewhere misfits by 2. ``ends``: (column, line)
    of pieces that end their cell: a run of pieces is cut after one. ``closing``: (column, line) of pieces that
    end the cell of the anchor on the line above (see :func:`_closing`): theirs in every plan."""
    anchor_set = set(anchors)
    columns: list[tuple[int, list[tuple[list[int], set[int]]]]] = []  # column, runs
    fixed: list[tuple[int, int, int]] = []  # pieces that go to the anchor above in every plan
    for k, at in enumerate(filled):
        own: list[int] = []  # the anchors with a piece of their own in this column
        free: list[int] = []
        for i in at:
            if i in anchor_set:
                own.append(i)
            elif (k, i) in closing:
                fixed.append((i - 1, k, i))
            else:
                free.append(i)
        own_set = set(own)
        # Runs of free pieces between two anchors' own pieces (or the ends) go to the anchors around them.
        runs: list[tuple[list[int], set[int]]] = []
        run: list[int] = []
        pieces: list[int | None] = [*free, None]
        for piece in pieces:
            if piece is not None:
                if not run:
                    run.append(piece)
                    continue
                after = bisect.bisect_right(own, run[-1])  # the first own piece below the run
                if (after == len(own) or own[after] >= piece) and (k, run[-1]) not in ends:
                    run.append(piece)
                    continue
            if run:
                runs.append((run, own_set))
            run = [piece] if piece is not None else []
        columns.append((k, runs))
    plans = []
    for top in (True, False) if any(runs for _, runs in columns) else (True,):
        moved: list[tuple[int, int, int]] = list(fixed)
        total = 0.0
        for k, runs in columns:
            column = set(filled[k]).difference(anchor_set) if runs else set()
            for run, own_set in runs:
                cost, split = _split_run(run, anchors, own_set, top, column)
                total += cost
                moved += [(a, k, line) for line, a in split.items()]
        if tails:
            given = set(moved)
            total += 2.0 * sum(1 for tail in tails if tail not in given)
        plans.append((total, moved))
    return plans


def _split_run(
    run: list[int], anchors: list[int], own: set[int], top: bool, column: set[int]
) -> tuple[float, dict[int, int]]:
    """A run of pieces of a column with no anchor's own piece among them (``own``: the anchors with a piece in
    the column; ``column``: the lines with a piece in it, anchors' lines aside): each piece to the anchor before
    (``top``: a cell wraps downwards) or the nearest anchor, the run cut where that fits best."""
    lo = bisect.bisect_left(anchors, run[0])  # anchors[:lo] stand before the run
    hi = bisect.bisect_right(anchors, run[-1])  # anchors[lo:hi] inside it, anchors[hi:] after it
    candidates = anchors[max(lo - 1, 0) : min(hi + 1, len(anchors))]
    n, m = len(run), len(candidates)
    if m == 0:
        return 0.0, {}
    if n == 1:  # most runs are one piece (a name's second line): it goes to the last of the anchors it fits best
        x = run[0]
        least, best_at = 0.0, -1
        for a in candidates:  # (fit(0, 1, a), below, for one piece)
            if top:
                c = float(abs(x - (a + 1 if a in own else a))) + (2.0 if x < a else 0.0)
            elif abs(x - a) == 1 and 2 * a - x in column:
                # (the cell's line on the anchor's other side: centred on it)
                c = 0.0
            else:
                c = abs((min(x, a) + max(x, a)) / 2 - a) if a in own else abs((x + x) / 2 - a)
            if best_at < 0 or c <= least:
                least, best_at = c, a
        return least, {x: best_at}

    def fit(i: int, e: int, a: int) -> float:
        """The misfit of run[i:e] going to anchor a (nothing for no pieces)."""
        if i == e:
            return 0.0
        first, last = run[i], run[e - 1]
        if top:  # the cell goes on below its first line: the part starts there and has no gap
            gaps = last - first + 1 - (e - i)
            return float(abs(first - (a + 1 if a in own else a)) + gaps) + (2.0 if first < a else 0.0)
        if a in own:
            first, last = min(first, a), max(last, a)
        # (rows do not overlap: a cell reaching past another row's line is a misfit for each such row)
        crossed = bisect.bisect_right(anchors, max(last, a)) - bisect.bisect_left(anchors, min(first, a)) - 1
        return abs((first + last) / 2 - a) + 2.0 * crossed

    # best[j][e]: the least misfit of run[:e] given to candidates[:j+1], contiguous parts in order
    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(m)]
    back = [[0] * (n + 1) for _ in range(m)]
    for e in range(n + 1):
        best[0][e] = fit(0, e, candidates[0])
    for j in range(1, m):
        for e in range(n + 1):
            for i in range(e + 1):
                c = best[j - 1][i] + fit(i, e, candidates[j])
                if c < best[j][e]:
                    best[j][e], back[j][e] = c, i
    got: dict[int, int] = {}
    e = n
    for j in range(m - 1, 0, -1):
        i = back[j][e]
        got.update({x: candidates[j] for x in run[i:e]})
        e = i
    got.update({x: candidates[0] for x in run[:e]})
    return best[m - 1][n], got


# (or the start of one, wrapped: （20; points as a range too, （0～10分）, or 分 after the bracket, （50）分)
_POINTS_NOTE = re.compile(r"[（(]\s*(?:\d+(?:\.\d+)?\s*[～~\-—－]\s*)?\d*(?:\.\d+)?\s*分?\s*(?:[)）]\s*分?)?$")


@functools.cache
def _level_names(level: int) -> tuple[str, ...]:
    from ...taxonomy import TAXONOMY

    return tuple({n for k in TAXONOMY if k.level == level for n in k.names})


@functools.lru_cache(maxsize=4096)  # (asked of every label piece: the same few texts all through a file)
def _fragment(level: int, text: str) -> bool:
    """Whether ``text`` (its printed points aside) is a piece of a category name of that level, as a label
    wrapped in a narrow column prints it (满意度指 / 标（10分）): two characters at least, or one with points."""
    bare = _POINTS_NOTE.sub("", text)
    if not bare or (len(bare) < 2 and bare == text):
        return False
    return any(bare in name for name in _level_names(level))


def _part_labels(line: str, placed: dict[int, tuple[int, int]], one: int, two: int) -> None:
    """A 一级 and a 二级 label printed one space apart in narrow columns (满意度指 服务对象满), taken as one
    cell of the 一级 column: parted at the space where both sides are pieces of names of their levels."""
    a, b = placed[one]
    text = line[a:b]
    cut = text.rfind(" ")
    if cut < 0:
        # or glued, where the 一级 fills its column (产出指标（50分）数量指标): whole names of both levels
        for k in range(4, len(text) - 3):
            if _accepts("level1", text[:k]) and _accepts("level2", text[k:]):
                placed[one], placed[two] = (a, a + k), (a + k, b)
                return
        return
    if cut == 0 or "  " in text:
        return
    left, right = text[:cut], text[cut + 1 :]
    if _fragment(1, left) and _fragment(2, right):
        placed[one] = (a, a + cut)
        placed[two] = (a + cut + 1, b)


def _part_continued(
    line: str, i: int, placed: dict[int, tuple[int, int]], one: int, two: int, labels: dict[int, list[Label]]
) -> None:
    """The next lines of a 一级 and a 二级 label in narrow columns, taken as one cell of the 一级 column (分）   标
    under 满意度指标（20 服务对象满意度指): parted at the spaces between them where each piece ends its label above."""
    above, beside = labels.get(one), labels.get(two)
    if not above or not beside or i - above[-1].last > 2 or i - beside[-1].last > 2:
        return
    a, b = placed[one]
    m = _LAST_GAP.search(line, a, b)
    if m is None:
        return
    left, right = line[a : m.start()], line[m.end() : b]
    if _one_name("level1", above[-1].cell.text, left) and _one_name("level2", beside[-1].cell.text, right):
        placed[one] = (a, m.start())
        placed[two] = (m.end(), b)


_LAST_GAP = re.compile(r" +(?=[^ ]+$)")


def _stray(found: list[Label], level: int, i: int, line: str, at: tuple[int, int]) -> bool:
    """Whether the piece at ``at`` of line ``i``, in a column of labels of this level, is a name that strayed
    into it (a long name printed where the name column's cell is centred): the label above, on the line before,
    is a piece of a category name, not a whole one (服务对象满 … 意度指标 around 居民环境卫生满意度), and this
    piece is no piece of one."""
    if not found or found[-1].last != i - 1:
        return False
    above = found[-1].cell.text
    text = line[at[0] : at[1]]
    return (
        _fragment(level, above)
        and _category(level, above) is None
        and not _fragment(level, text)
        and not _fragment(level, above + text)
        and _category(level, text) is None
    )


def _add_piece(found: list[Label], field: str, cell: TableCell, i: int, beside: bool, doc: Text) -> None:
    """A piece of category text at line ``i``: a new label, or the next line of the one above."""
    if found and i - found[-1].last <= 2:
        above = found[-1]
        named = _one_name(field, above.cell.text, cell.text)
        level = 1 if field == "level1" else 2
        if (
            named is False
            and len(cell.text) == 1
            and i == above.last + 1
            and _fragment(level, above.cell.text + cell.text)
        ):
            named = True  # a label printed a character a line, its name not whole yet (数 / 量 / 指 / 标)
        if named is False and _POINTS_NOTE.match(cell.text) and not _POINTS_NOTE.search(above.cell.text):
            named = True  # the label's points on the line below it, their note wrapped (成本指标 / （0～10 / 分）)
        # (pieces that together are a piece of a name of their level join, its points' note open or not:
        # 满意度指 / 标（20 / 分）)
        piece = named is None and _fragment(1 if field == "level1" else 2, above.cell.text + cell.text)
        # unknown words: a line of its own continues the label above
        one = piece or not beside if named is None else named
        if i - found[-1].last == 2:  # a row's line between, or a label's line in the next column (narrow columns)
            one = named is True or piece
        if one:
            above.cell = doc.extend(above.cell, cell)
            above.last = i
            above.beside_row = above.beside_row or beside
            return
    found.append(Label(cell, i, i, beside))


# The cost of a row left before the first label: small where it may continue a block of the page before.
_FEW_LINES = 6  # a grid of fewer lines is measured as the grid before it (see _grid)
_SKIPPED = 2.0
_CONTINUED = 0.0
_PLACEHOLDER = 2.0  # the cost of reading a label as a row of its own (a category with nothing under it): rare
_IMPOSSIBLE = 1e9
_HALF = 0.01  # a label half a line off its block's middle, on the side the renderer rounds to: nearly exact
_SIDE = 0.05  # a label half a line off its block's middle, on the other side: a misfit, if within rounding
_NEARER = 0.05  # each line a centred label stands off its block's middle, within the half line of rounding
_LOWER = 2.5  # a label below its block's first row (top-aligned): each line costs this much
_OUTSIDE = 1.0  # each line a centred label stands outside its block's lines (above its first, below its last)
_CLASH = 1.5  # a 二级 in the block of a 一级 the taxonomy does not put it under: a misfit of a line and a half
_FAULTS = re.compile(r"差错|误差|事故|故障|投诉|缺陷|隐患")  # (what a name counts that no 数量指标 does: faults)
_HINT = 0.06  # a row under a 产出 二级 its name does not suggest (see _hints): more than rounding's nearness only
_OTHER_WAY = 0.1  # how much less the plans of a file must cost rounded another way for that way to be taken
_ROWS_FIT = 1.5  # what a file's labels may cost centred on their blocks' middle rows for that way to be taken


def _lay(doc: Text, rows: list[_Draft], labels: list[Label], k: int, width: int, plan: list[int]) -> list[_Draft]:
    """Lay a column's labels over the rows by the plan (:func:`partition`: the first row of each label's block);
    returns the rows, placeholders inserted."""
    out: list[_Draft] = []
    at = 0
    for j, label in enumerate(labels):
        end = plan[j + 1] if j + 1 < len(labels) else len(rows)
        while at < plan[j]:
            out.append(rows[at])
            at += 1
        if plan[j] == end:  # a placeholder row: the label alone
            line = label.first
            empty = [doc.cell(line, 0, 0)] * width  # cells are frozen: one empty cell serves them all
            empty[k] = label.cell
            out.append(_Draft(empty, line, label.last))
        else:
            rows[at].cells[k] = label.cell
    out.extend(rows[at:])
    return out


def partition(
    tops: list[int],
    bottoms: list[int],
    labels: Sequence[Label],
    top: bool,
    starts: set[int] | None,
    skipped: float,
    clash: list[list[int]] | None = None,
    hints: list[list[int]] | None = None,
    breaks: Sequence[int] = (),
    up: bool = False,
    walls: list[int] | None = None,
    grown: list[int] | None = None,
    rows: bool = False,
) -> tuple[float, list[int]]:
    """The first row of each label's block (equal to the next one's for a placeholder) that costs least, and
    its cost: how far each label stands from the top (``top``) or the middle of its block (where the middle falls
    between two lines, the renderer's label stands on the upper one, or with ``up`` on the lower), and (``clash``:
    per label, running counts over the rows of the 二级 the taxonomy puts under another 一级) how many such
    二级 its block holds. ``tops`` and ``bottoms``: the rows' first and last lines (rows stand in order, one
    after another). ``breaks``: the lines where a later page's rows start, where the grid runs over pages (a
    label of a block split by a page stands in the middle of the whole block, or of the part on its first page,
    where it stands there). ``walls``: running counts over the rows of the starts of the blocks of the column laid
    after (a block holds none but its first row). ``grown``: each row's last line, gone on over lines that hold
    only pieces of labels (a block may end there: a block grown to its label's height). ``rows``: the middle is
    the middle row's (its first line), as a renderer that centres a label on its block's rows counted, not lines,
    prints it (three rows: on the second; two: on the first, or with ``up`` the second)."""
    if top and (heads := _heads(tops, labels, starts, skipped, clash)) is not None:
        return 0.0, heads
    n, m = len(tops), len(labels)
    rounded = -1 if up else 1  # (a label below a middle between two lines, or above: twice the lines it stands off)
    fits: dict[int, float] = {}  # the misfit of each skew (_misfit), as met
    # A placeholder stands between rows; a block starts at most a line below its label, and after the rows
    # above the label before it.
    between: list[bool] = []
    windows: list[range] = []  # the rows each label's block may start at
    lo = 0
    for x in labels:
        k = bisect.bisect_right(tops, x.last) - 1
        between.append(k < 0 or bottoms[k] < x.first)
        hi = bisect.bisect_right(tops, x.last + 1)
        windows.append(range(min(lo, hi), hi + 1))
        lo = bisect.bisect_left(tops, x.first - 1)
    windows.append(range(n, n + 1))  # (the end of the last block)

    # best[j][a]: the least cost of the labels before j, label j's block starting at row a (inf: no way there);
    # reached: the rows a that have a cost, in ascending order (ties go to the first)
    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(m + 1)]
    back = [[0] * (n + 1) for _ in range(m + 1)]
    reached = list(windows[0]) if starts is None else [a for a in windows[0] if a in starts]
    for a in reached:
        best[0][a] = skipped * a
    for j in range(m):
        label = labels[j]
        first, last = label.first, label.last
        twice_label = first + last  # (twice its middle line)
        alone = _PLACEHOLDER if between[j] else _IMPOSSIBLE  # label j's block empty: a placeholder
        ends = list(windows[j + 1]) if starts is None else [b for b in windows[j + 1] if b >= n or b in starts]
        so_fars, best_next, back_next = best[j], best[j + 1], back[j + 1]
        clashes = clash[j] if clash is not None else None
        hinted = hints[j] if hints is not None else None
        if top:
            _sweep(reached, ends, so_fars, best_next, back_next, tops, first, last, alone, clashes)
            reached = [b for b in ends if best_next[b] < inf]
            continue
        for a in reached:
            so_far = so_fars[a]
            later = ends[bisect.bisect_left(ends, a) :]  # (ends ascend: blocks after a's)
            if later and later[0] == a:
                c = so_far + alone  # an empty block holds no 二级 to clash
                if c < best_next[a]:
                    best_next[a] = c
                    back_next[a] = a
                del later[0]
            at = tops[a] if later else 0
            for b in later:
                if walls is not None and walls[b - 1] != walls[a]:
                    continue  # (a block over a wall: across two blocks of the column after)
                bottom = bottoms[b - 1]
                if rows:  # (on the first line of the block's middle row, rows counted)
                    mid = a + (b - a if up else b - 1 - a) // 2
                    c = so_far + _row_misfit(tops[mid], bottoms[mid], first)
                else:
                    skew = at + bottom - twice_label  # (twice the lines from the label's middle to the block's)
                    if breaks:
                        skew = _page_skew(skew, breaks, first, at, bottom, twice_label)
                    misfit = fits[skew] if skew in fits else fits.setdefault(skew, _misfit(skew, rounded))
                    # (its last row grown by the lines after it that hold only pieces of labels, of the column or
                    # of those laid before it: a block grown to its label's height, 可持续影响指 / 标 beside a row of
                    # one line)
                    if grown is not None and (end := grown[b - 1]) != bottom:
                        skew = at + end - twice_label
                        if breaks:
                            skew = _page_skew(skew, breaks, first, at, end, twice_label)
                        grew = fits[skew] if skew in fits else fits.setdefault(skew, _misfit(skew, rounded))
                        misfit = grew if grew < misfit else misfit
                    c = so_far + misfit
                    # (a centred label stands within its block's lines: each line outside them is a misfit more)
                    outside = max(at - last, first - bottom)
                    if outside > 0:
                        c += _OUTSIDE * outside
                if clashes is not None:
                    c += _CLASH * (clashes[b] - clashes[a])
                if hinted is not None:
                    c += _HINT * (hinted[b] - hinted[a])
                if c < best_next[b]:
                    best_next[b] = c
                    back_next[b] = a
        reached = [b for b in ends if best_next[b] < inf]
    if best[m][n] == inf:
        return inf, []
    plan = [0] * m
    b = n
    for j in range(m, 0, -1):
        b = plan[j - 1] = back[j][b]
    return best[m][n], plan


def _row_misfit(top: int, bottom: int, line: int) -> float:
    """What a label costs on ``line`` where it belongs on the first line of the row from ``top`` to ``bottom``
    (see :func:`partition`'s ``rows``): a line within the row a little, each line outside it one."""
    if top <= line <= bottom:
        return _NEARER * (line - top)
    return float(top - line if line < top else line - bottom)


def _misfit(skew: int, rounded: int) -> float:
    """What a centred label costs that stands ``skew`` half lines off its block's middle (below it where
    negative; ``rounded``: the side, as a skew's sign, a renderer puts a label on where a middle falls between two
    lines). Half a line either way is rounding (rows differ in height, an extractor puts a label on a line): no
    misfit. Within it, a label nearer where the renderer puts it fits better: on the middle line, or where the
    middle falls between two lines on the side it rounds to: 3 rows centred on the second, not 4 (rounding up);
    2 rows labelled on the lower, 1 not 2."""
    off = abs(skew) / 2 - 0.5
    side = 0.0
    if skew % 2:  # (a middle between two lines: counted from the line on the label's side)
        side = _HALF if (skew > 0) == (rounded > 0) else _SIDE
        skew = abs(skew) - 1
    return (off if off > 0.0 else 0.0) + _NEARER * abs(skew) / 2 + side


def _page_skew(skew: int, breaks: Sequence[int], first: int, at: int, end: int, twice_label: int) -> int:
    """A block split by a page, labelled on its first page: its label in the middle of the part on that page will
    do, as a renderer prints each page's part of a merged cell (the skew of :func:`_misfit`, the nearer)."""
    page = bisect.bisect_right(breaks, first)
    if bisect.bisect_right(breaks, at) == page != bisect.bisect_right(breaks, end):
        part = at + min(end, breaks[page] - 1) - twice_label
        if abs(part) < abs(skew):
            return part
    return skew


def _heads(
    tops: list[int],
    labels: Sequence[Label],
    starts: set[int] | None,
    skipped: float,
    clash: list[list[int]] | None,
) -> list[int] | None:
    """The partition at the top (:func:`partition`) where it costs nothing and no other does: every label
    beside the first line of one row and of no other, that row starting its block (a typed table, a spreadsheet
    export: most grids); None otherwise.

    Every cost at the top is nothing or more (a misfit, a placeholder, rows skipped, clashes), and a label's
    misfit is nothing only where its block's first row starts on one of its lines: the one such row is the only
    start of a plan costing nothing. When that plan is allowed (the first block starts the grid, unless rows
    before it are free; blocks start where the column before's do; no 二级 clashes), it is the partition's
    least, and so its answer; its windows of block starts hold it (rows in order, labels in order)."""
    n = len(tops)
    if not all(map(operator.lt, tops, tops[1:])):  # (rows in order, as the search's windows take them)
        return None
    plan = []
    for x in labels:
        a = bisect.bisect_left(tops, x.first)
        if a == n or tops[a] > x.last or (a + 1 < n and tops[a + 1] <= x.last):
            return None  # no row starts beside the label, or two do
        plan.append(a)
    if (skipped and plan[0]) or (starts is not None and not starts.issuperset(plan)):
        return None
    ends = [*plan[1:], n]
    if clash is not None and any(counts[b] != counts[a] for counts, a, b in zip(clash, plan, ends, strict=True)):
        return None
    return plan


def _sweep(
    reached: list[int],
    ends: list[int],
    so_fars: list[float],
    best_next: list[float],
    back_next: list[int],
    tops: list[int],
    first: int,
    last: int,
    alone: float,
    clashes: list[int] | None,
) -> None:
    """One label's step of :func:`partition` at the top: the least cost of each block end in ``ends`` (and the
    start it comes from) over the block starts ``reached`` (both ascending), in one sweep.

    At the top a block's misfit depends on where it starts only (how far its first row stands from the label),
    so the best start for an end is the best of the starts before it, the first of equals, as the partition
    takes it. A 一级's clashes add the count up to the end less the count up to the start: the start's part is
    counted with the start. Costs at the top are multiples of a half (the constants, line counts), so these sums
    are exact and compare as the partition's own do."""
    k, count = 0, len(reached)
    least, start, base = float("inf"), -1, 0.0
    for b in ends:
        while k < count and reached[k] < b:
            a = reached[k]
            k += 1
            at = tops[a]
            # a label of several lines beside its block's first row fits; else how far it stands from it
            # (a label below its block's first row fits worse: the top of a cell is where its text starts)
            cost = so_fars[a] + (0.0 if first <= at <= last else (first - at) * _LOWER if first > at else at - first)
            weighed = cost if clashes is None else cost - _CLASH * clashes[a]
            if weighed < least:
                least, start, base = weighed, a, cost
        if start >= 0:
            best_next[b] = base if clashes is None else base + _CLASH * (clashes[b] - clashes[start])
            back_next[b] = start
        if k < count and reached[k] == b:  # the label's block empty: a placeholder (no 二级 to clash)
            c = so_fars[b] + alone
            if c < best_next[b]:
                best_next[b] = c
                back_next[b] = b


# (表（续）, 表（含转移支付项目）; not a word ending in 表 that names no table, a cell of its own: 共培训代表, 智能水表)
# (a note after it, up to 24 characters: （县应急管理局、县农业农村局）)
_TITLE_END = re.compile(r"(?<![代电水气仪图发外手钟])表(?:[（(][^（）()]{1,24}[)）])?$")


def _wrapped_keys(doc: Text, spans: Sequence[Spans]) -> tuple[dict[tuple[int, int], TableCell], set[tuple[int, int]]]:
    """Header-block keys wrapped in a narrow key column (项目名 / 称, 主管部 / 门, with the value's lines between or
    beside): a chunk that begins a key and, a line or two below and starting within two characters of it, a
    chunk that completes it. The joined key cells, by (line, chunk), and the chunks joined into them."""
    keys: dict[tuple[int, int], TableCell] = {}
    dropped: set[tuple[int, int]] = set()
    lines = doc.lines
    for i, found in enumerate(spans):
        for k, (a, b) in enumerate(found):
            piece = lines[i][a:b]
            if (
                not 2 <= len(piece) <= 8
                or (not piece.startswith(_KEY_STARTS) and piece not in _KEY_HEADS)
                or "（" in piece
                or "(" in piece
                or _key(piece) is not None
            ):
                continue  # (a key wrapped inside its brackets, 项目资金（ / 万元）, is the money lines' reader's)
            for j in (i + 1, i + 2):
                rest = next(
                    (
                        (m, x, y)
                        for m, (x, y) in enumerate(spans[j] if j < len(spans) else ())
                        if a - 1 <= x <= max(a + 2, b - 1) and (j, m) not in dropped
                    ),
                    None,
                )
                if rest is None:
                    continue
                m, x, y = rest
                if _key(piece + lines[j][x:y]) is not None:
                    keys[(i, k)] = doc.extend(doc.cell(i, a, b), doc.cell(j, x, y))
                    dropped.add((j, m))
                    break
    return keys, dropped


# The first characters of a key's words, two or more (项目名, 主管部, 实施单, 项目属, 项目资, 总体目): a piece so
# begun may be a key wrapped in its column.
_KEY_STARTS = ("项目", "主管", "实施", "资金", "总体", "年度", "联系", "负责")


# The beginnings of the known keys of four characters or more, but their last character or more (支出功能分类科 of
# 支出功能分类科目): a piece so written may be such a key wrapped in its column.
_KEY_HEADS = frozenset(key[:n] for key in BLOCK_KEYS if len(key) >= 4 for n in range(3, len(key)))


def _chunks(
    doc: Text, i: int, spans: Sequence[Spans], keys: dict[tuple[int, int], TableCell], dropped: set[tuple[int, int]]
) -> list[TableCell]:
    """Line ``i``'s chunks as cells, with the wrapped keys joined (see :func:`_wrapped_keys`)."""
    if not keys:
        return doc.chunks(i, spans[i])
    cells = []
    for k, span in enumerate(spans[i]):
        if (i, k) in dropped:
            continue
        cells.append(keys[(i, k)] if (i, k) in keys else doc.chunk(i, *span))
    return cells


def _title_of(chunk: str) -> str | None:
    """The title a line of this one chunk is (a chunk ending in 表, not a form's number: 公开09表), or None; four
    characters at least (收支总表): a shorter one is a cell's wrapped end (统计报 / 表)."""
    plain = chunk.replace(" ", "")
    if 4 <= len(plain) and len(chunk) <= 40 and _TITLE_END.search(plain) and not FURNITURE.match(plain):
        return chunk
    return None


def _spread_joined(line: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line's chunks with a header-block key spread over its cell joined (an official form justifies its keys
    to the cell's width: 项   目   名  称, 实  施  期 目 标): the chunks of one to three Chinese characters from
    one of a single character, whose text makes a known key (not any run of single characters: a placeholder row
    prints 无  无  无)."""
    if sum(1 for a, b in found if b - a == 1) < 2:
        return found  # (most lines: no two chunks of one character)
    out: list[tuple[int, int]] = []
    j = 0
    while j < len(found):
        a, b = found[j]
        end = None
        if b - a == 1 and _one_hanzi(line[a]):
            text = line[a]
            for k in range(j + 1, min(j + 10, len(found))):
                piece = line[found[k][0] : found[k][1]].replace(" ", "")
                if len(piece) > 3 or not all(_one_hanzi(ch) for ch in piece):
                    break
                text += piece
                if block_key(text) is not None:
                    end = k  # (the longest such run)
        if end is None:
            out.append(found[j])
            j += 1
        else:
            out.append((a, found[end][1]))
            j = end + 1
    return out


def _one_hanzi(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch in "（）()"


def aligned_rows(doc: Text) -> tuple[list[Row], list[Diagnostic]]:
    """Rows of cells of a space-aligned column-table text (see the module docs), and warnings for lines
    skipped."""
    lines = doc.lines
    rows: list[Row] = []
    items: list[_Grid] = []
    skipped: list[int] = []
    # each line's chunks, found once: where they stand, and the first one's text (titles, keys, furniture)
    spans = [chunk_spans(line) for line in lines]
    for i, found in enumerate(spans):
        if len(found) > 2 and found[0][1] - found[0][0] == 1:  # (a line opening with a character alone: a key spread)
            spans[i] = _spread_joined(lines[i], found)
    keys, dropped = _wrapped_keys(doc, spans)
    firsts = [line[found[0][0] : found[0][1]] if found else "" for line, found in zip(lines, spans, strict=True)]
    for (i, k), cell in keys.items():
        if k == 0:
            firsts[i] = cell.text
    titles = [_title_of(first) if len(found) == 1 else None for first, found in zip(firsts, spans, strict=True)]
    projects = [bool(first) and _key(first) == "project" for first in firsts]  # a project header block's first key
    running = _running_heads(lines, firsts, spans)
    inside = not any(t and _TARGET_TITLE.search(line) for t, line in zip(titles, lines, strict=True))  # no titles: all
    heads = [_header(line) is not None for line in lines] + [False]  # the grid header lines (none after the last)
    headers: dict[int, tuple[list[_Column], set[int]]] = {}  # header line → its columns and stacked lines

    def stacked(h: int) -> tuple[list[_Column], set[int]]:
        if h not in headers:
            headers[h] = _stacked(lines, h, spans, titles)
        return headers[h]

    def grid_at(h: int) -> bool:  # (a grid's header line, or words of it stacked over it)
        return heads[h] or (h + 1 < len(lines) and heads[h + 1] and h in stacked(h + 1)[1])

    # (Rows are built with their fields in order, cells, aligned, page, unreadable, doubt, furniture: a class with
    # a Python __init__ called with keywords has them packed into a dict and out again.)
    i = grids = 0
    ahead: tuple[int, list[TableCell]] | None = None  # the next line's cells, where a line looked ahead at them
    while i < len(lines):
        line = lines[i]
        title = titles[i]
        if title and not CONTINUATION.fullmatch(title.replace(" ", "")):
            inside = bool(_TARGET_TITLE.search(title))  # (a 续表 continues the table it is printed over)
        if projects[i]:
            grids = 0  # a project's first grid: its first rows need their categories
        if not inside:
            if line.strip():
                skipped.append(i)
            i += 1
            continue
        if heads[i + 1] and i in stacked(i + 1)[1]:
            i += 1  # words of the header below, stacked over it
            continue
        if heads[i]:
            stop = i + 1
            # A title (of this table or another) or the first key of a project's header block ends a grid.
            while stop < len(lines) and not heads[stop] and titles[stop] is None and not projects[stop]:
                if heads[stop + 1] and stop in stacked(stop + 1)[1]:
                    break
                stop += 1
            grid = _grid(doc, i, stop, grids > 0, stacked(i), firsts, spans, items[-1].way if items else None, running)
            grids += 1
            items.append(grid)
            rows.append(Row(()))  # the grid's place
            i = stop
            continue
        if line.strip():
            # (the line's cells, made already when the line above looked ahead at them)
            cells = ahead[1] if ahead is not None and ahead[0] == i else _chunks(doc, i, spans, keys, dropped)
            if not cells:  # (a line of the ends of keys only, joined to the keys above it)
                i += 1
                continue
            if len(cells) == 1 and "年" not in cells[0].text and FURNITURE.match(cells[0].text.replace(" ", "")):
                # a page's number (- 1 -) under a header block the page ends: no value's rest (a year alone may be
                # 项目期's value)
                rows.append(Row((cells[0],), False, None, None, None, True))
                i += 1
                continue
            if len(cells) == 2 and len(spans[i]) == 2 and _furniture_part(lines, i, spans[i], running):
                # a page's head of two between a header block's lines (打印时间：… 用友GRP-U8 预算管理): no value
                rows.append(Row(tuple(cells), False, None, None, None, True))
                i += 1
                continue
            if rows and (columned := _goals_in_columns(doc, i, rows[-1], cells, spans, keys, dropped, grid_at)):
                # goals laid across, their values wrapped in columns whose lines interleave: each column its value
                rows.extend(columned[0])
                i = columned[1]
                continue
            # pieces of values with no key (not the tables' money unit alone: 单位：万元 over the first key)
            keyless = not title and not _keyed(cells) and not (len(cells) == 1 and money_unit(cells[0].text))
            below = (
                _chunks(doc, i + 1, spans, keys, dropped) if keyless and i + 1 < len(lines) and spans[i + 1] else None
            )
            if below is not None and not below:
                below = None  # (a line of the ends of keys only, joined to the keys above it)
            if below is not None:
                ahead = (i + 1, below)
            if below is not None and (slotted := _into_slot(doc, list(below), cells, True)):
                # a value's first line above its key's (centred), where the key has none on its line: not the
                # rest of the value above
                rows.append(Row(tuple(slotted), False))
                i += 1
            elif (
                below is not None
                and rows
                and len(rows[-1].cells) == 2
                and not rows[-1].aligned
                and _key(rows[-1].cells[0].text) == "project"
                and rows[-1].cells[1].line < rows[-1].cells[0].line  # (its first line above the key's: centred)
                and (slotted := _into_slot(doc, list(rows[-1].cells), cells))
            ):
                # the rest of a project's name wrapped round its key (centred, its first line above the key's:
                # 示例市…整治 / 项目名称 / 项目), not the first line of the value of the key below (主管部门)
                rows[-1] = Row(tuple(slotted), False)
            elif below is not None and (slotted := _two_above(doc, i, spans, cells, below)):
                # the first lines of two values above their keys' line (each three lines tall, centred: 中共示例市…
                # / 示例市…网络舆情和 / 主管部门 安全和信息化… 实施单位)
                rows.append(Row(tuple(slotted), aligned=False))
                i += 2
            elif (
                rows
                and not rows[-1].aligned
                and not rows[-1].furniture
                and (way := _continues(doc, rows[-1], cells)) is not None
            ):
                rows[-1] = Row(tuple(_extend(doc, rows[-1].cells, cells, way)), False)
            elif (
                len(cells) > 1
                and _key(cells[0].text) in ("goals", "funds")
                and len(rows) > 1
                and not rows[-1].aligned
                # (under keys laid across, every one with the first line of its value: 年度目标's value may start
                # lower, centred, where the lines after interleave the two)
                and len(rows[-1].cells) == len(rows[-2].cells)
                and all(_key(c.text) is not None for c in rows[-2].cells)
                and (way := _continues(doc, rows[-1], cells[1:])) is not None
            ):
                # a group's label (总体目标) centred beside its keys' values, which go on wrapped on its line: the
                # values continued, the label a row of its own among its keys' (it names no value)
                rows[-1:] = [Row((cells[0],), False), Row(tuple(_extend(doc, rows[-1].cells, cells[1:], way)), False)]
            elif (
                keyless
                and rows
                and not rows[-1].aligned
                and not rows[-1].furniture
                and (slotted := _into_slot(doc, list(rows[-1].cells), cells))
            ):
                rows[-1] = Row(tuple(slotted), False)  # the rest of a value wrapped round its key
            else:
                rows.append(Row(tuple(cells), False))
        i += 1
    items, rows = _joined_pages(doc, items, rows)
    chosen = _ways(items)
    laid = iter([g.build(doc, plans) for g, plans in zip(items, chosen, strict=True)])
    rows = [
        row
        for placed in rows
        for row in (
            [Row(tuple(d.cells), not d.furniture, None, None, None, d.furniture) for d in next(laid)]
            if not placed.cells
            else [placed]
        )
    ]
    notes = []
    for run in _runs(skipped):
        where = doc.cell(run[0], 0, len(lines[run[0]]))
        first, last = run[0] + 1 + doc.first_line, run[-1] + 1 + doc.first_line
        message = f"lines {first}-{last} skipped: not part of a 绩效目标表"
        notes.append(where.diagnostic("warning", message))
    return rows, notes


_Plan = tuple[float, list[list[int]]]  # what laying a grid's labels costs, and the plan of each column (_Grid.plan)


def _rounds_up(items: list[_Grid]) -> bool:
    """Whether a file's rows of two lines hold their row's line (the one their one-line cells stand on) on the
    lower line more often than on the upper, its rows of three on the middle one: cells centred in their rows,
    a middle between two lines rounded to the lower."""
    lower = upper = last = middle = 0
    for grid in items:
        for row in grid.rows:
            if row.anchor is not None and row.bottom == row.top + 1:
                lower += row.anchor == row.bottom
                upper += row.anchor == row.top
            elif row.anchor is not None and row.bottom == row.top + 2:
                last += row.anchor == row.bottom
                middle += row.anchor == row.top + 1
    # (and rows of three lines show the cells centred, on their middle line, never on the last: cells aligned to
    # their rows' bottoms, Excel's default, stand on the lower line too, their labels rounded either way)
    return lower > upper and middle > 0 and last == 0


def _ways(items: list[_Grid]) -> list[list[list[int]]]:
    """The plans by which each grid's labels are laid. Merged category cells print at the top of their block or
    in its middle, the same way all through a file (the way whose costs sum less), unless a grid fits the other
    way better by a line or more (a renderer may print a block split over pages at its top).

    The top plans come first (a sweep, :func:`_sweep`); the middle ones are a search and are made only where they
    may be chosen. Costs are never negative, so a grid laid at the top for less than a line is laid at the top in
    a file laid at the top, and the file is laid at the top as soon as the middle costs of some grids (summed in
    the file's order, the others as nothing: a float sum of the same order, with terms no larger, is no larger)
    reach the top's sum. The grids that fit the top less well by a line or more are those planned first."""
    at_top = [g.plan(True) for g in items]
    top_total = sum(cost for cost, _ in at_top)
    if top_total == 0:  # every label heads its block: nothing fits better
        return [plans for _, plans in at_top]
    middle: list[_Plan | None] = [g.plan(False) if t >= 1.0 else None for g, (t, _) in zip(items, at_top, strict=True)]
    if sum(m[0] if m is not None else 0.0 for m in middle) >= top_total:
        file_top = True
    else:
        middle = [m if m is not None else g.plan(False) for g, m in zip(items, middle, strict=True)]
        file_top = top_total <= sum(m[0] for m in middle if m is not None)
        if not file_top:
            # The side of a middle between two lines a renderer puts a label on (the lower line, or the upper):
            # the side the rows' cells are rounded to (:func:`_rounds_up`; a renderer rounds a row's cells as it
            # rounds a block's label), else the upper, unless the file's labels fit the other side better by more
            # than a block or two
            up = _rounds_up(items)
            if up:
                middle = [g.plan(False, True) for g in items]
            # (costs are never negative: a grid that fits one way for nothing is planned the other way only where
            # the grids that do not may cost less by enough)
            least = sum(m[0] for m in middle if m is not None) - _OTHER_WAY
            other: dict[int, _Plan] = {}
            so_far = 0.0
            for j, m in enumerate(middle):
                if so_far >= least:
                    break  # (the other way costs as much already)
                if m is not None and m[0] > 0.0:
                    other[j] = items[j].plan(False, not up)
                    so_far += other[j][0]
            if so_far < least:
                full = [other[j] if j in other else g.plan(False, not up) for j, g in enumerate(items)]
                if sum(o[0] for o in full) < least:
                    middle = full  # type: ignore[assignment]
                    up = not up
            # (or centred on the middle row, rows counted not lines, where the file's labels fit so nearly exactly,
            # and half as well as by lines at most: a PDF's labels, centred on lines, fit neither way so)
            lines = sum(m[0] for m in middle if m is not None)
            if lines > _OTHER_WAY:
                by_rows = [g.plan(False, up, rows=True) for g in items]
                rows = sum(r[0] for r in by_rows)
                if rows < _ROWS_FIT and rows * 2 <= lines:
                    middle = by_rows  # type: ignore[assignment]
    return [
        t[1] if m is None else ((t if t[0] < m[0] else m) if abs(t[0] - m[0]) >= 1.0 else (t if file_top else m))[1]
        for t, m in zip(at_top, middle, strict=True)
    ]


def _runs(numbers: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n - runs[-1][-1] <= 2:
            runs[-1].append(n)
        else:
            runs.append([n])
    return runs


_KEY_END = re.compile(r"[:：]")


_GOAL_KEYS = frozenset({"goal", "period_goal"})


def _goals_in_columns(
    doc: Text,
    i: int,
    above: Row,
    cells: list[TableCell],
    spans: Sequence[Spans],
    keys: dict[tuple[int, int], TableCell],
    dropped: set[tuple[int, int]],
    grid_at: Callable[[int], bool],
) -> tuple[list[Row], int] | None:
    """The values of goals laid across (实施期目标 年度目标 on a line of their own, ``above``), from line ``i`` on,
    where they are wrapped in as many columns, each line of a column starting where the column does: a PDF's cells
    side by side, their lines interleaved as the cells' rows fall (pdftotext). The rows (a group's label, 总体目标,
    beside them a row of its own; each line's pieces rows of their own, for the reader to give each key the pieces of
    its column) and the line after them; None for other lines."""
    if len(above.cells) < 2 or above.aligned or len({c.line for c in above.cells}) != 1:
        return None
    if any(_key(c.text) not in _GOAL_KEYS for c in above.cells):
        return None
    label: TableCell | None = None
    pieces: list[TableCell] = []
    j, line_cells = i, cells
    while True:
        for k, cell in enumerate(line_cells):
            key = _key(cell.text)
            if key == "goals" and k == 0 and label is None:
                label = cell  # (总体目标, centred beside the values)
            elif key is not None:
                return None
            else:
                pieces.append(cell)
        j += 1
        if j >= len(doc.lines) or not spans[j] or grid_at(j):
            break  # (the values' lines run on, to an empty line, a page's foot after it, or the grid)
        line_cells = _chunks(doc, j, spans, keys, dropped)
        if _keyed(line_cells) and _key(line_cells[0].text) != "goals":
            break
    if values_by_columns([(c, _key(c.text)) for c in above.cells], pieces) is None:  # type: ignore[misc]
        return None
    # (the reader gives each key the pieces of its column: see values_by_columns)
    rows = [Row((label,), False)] if label is not None else []
    rows.extend(Row((piece,), False) for piece in pieces)
    return rows, j


@functools.lru_cache(maxsize=4096)  # asked of every line's first chunk and of the header block's cells, which repeat
def _key(text: str) -> str | None:
    """The header-block key a cell starts with (项目名称：…, 其中：财政拨款), or None."""
    head = _KEY_END.split(text, 1)[0]
    if head == "其中" and len(text) > 3 and _KEY_END.search(text, 3) is None:
        head = text  # (其中：财政拨款 alone in its cell: the colon after 其中 is the key's own)
    return block_key(head)


def _keyed(cells: Sequence[TableCell]) -> bool:
    """Whether a cell of these starts with a header-block key (a loop: in Python 3.11 a generator is a call of its
    own, and this is asked of every header-block line)."""
    for cell in cells:
        if _key(cell.text) is not None:
            return True
    return False


def _continues(doc: Text, above: Row, cells: list[TableCell]) -> Measure | None:
    """The measure under which a header-block line continues wrapped values of the line above: every piece stands
    under a value (by characters, or by display width where wide characters fill the values: a horizontal block's
    values under their keys); None where it does not."""
    if not cells or _key(cells[0].text) is not None:
        return None
    for way in (characters, display):
        starts = {_at(doc, c, way): c for c in above.cells}
        for cell in cells:
            column = _at(doc, cell, way)
            under = next((c for col, c in starts.items() if abs(col - column) <= 2), None)
            if under is None or _key(under.text) is not None or under.line != above.cells[0].line:
                break
        else:
            return way
    return None


def _at(doc: Text, cell: TableCell, way: Measure, offset: int = 0) -> int:
    """Where a cell starts on its line (or ``offset`` characters into it), by the measure given."""
    line = doc.lines[cell.line - 1 - doc.first_line]
    return way(line)[min(cell.column - 1 + offset, len(line))]


def _two_above(
    doc: Text, i: int, spans: Sequence[Spans], cells: list[TableCell], below: list[TableCell]
) -> list[TableCell] | None:
    """Line ``i``'s pieces and the next line's (``below``, its cells), none a key, put in the slots of the key line
    after them: the next line's only where a key has no value on its line, then line ``i``'s before the values (or
    as them)."""
    if i + 2 >= len(doc.lines) or not spans[i + 1] or not spans[i + 2]:
        return None
    middle = list(below)
    if _keyed(middle):
        return None
    slotted = _into_slot(doc, list(doc.chunks(i + 2, spans[i + 2])), middle, True)
    return _into_slot(doc, slotted, cells) if slotted is not None else None


def _into_slot(doc: Text, row: list[TableCell], cells: list[TableCell], empty: bool = False) -> list[TableCell] | None:
    """A header-block line of pieces of values with no key (values wrapped round their keys, printed centred in
    their cells: 示例市…发展和改革局（粮食和物 / 主管部门 … 实施单位 / 资储备局）) put each in the row's slot it
    stands in: between a key and the next piece of the row, as that key's value or joined to it (in the order
    of the lines; ``empty``: only where the key has no value on its line, the piece being above it; several
    pieces below their keys only join values: 实施期目标 年度目标 over the goals' line leave it a row of its own);
    None where a piece stands in no such slot."""
    if not cells or _keyed(cells):
        return None
    out: list[TableCell] | None = row
    for piece in cells:
        out = _into_one_slot(doc, out, piece, empty, join=not empty and len(cells) > 1) if out is not None else None
    return out


def _into_one_slot(
    doc: Text, row: list[TableCell], piece: TableCell, empty: bool, join: bool = False
) -> list[TableCell] | None:
    # A piece goes only to the slot of a key that may take it: one with no value on its line (``empty``: the
    # piece above it), or one with a value (``join``). Where the row has no such key, no measure places it.
    for k, cell in enumerate(row):
        if _key(cell.text) is not None:
            following = row[k + 1] if k + 1 < len(row) else None
            valued = following is not None and _key(following.text) is None
            if not ((empty and valued) or (join and not valued)):
                break
    else:
        return None
    for way in (characters, display):  # (an extractor's grid of characters, or a display's columns)

        def at(cell: TableCell, offset: int = 0, way: Measure = way) -> int:
            # (a key joined from two lines, 项目名 / 称, ends where its first line's piece does)
            return _at(doc, cell, way, offset)

        for k, cell in enumerate(row):
            if _key(cell.text) is None:
                continue
            following = row[k + 1] if k + 1 < len(row) else None
            value = following if following is not None and _key(following.text) is None else None
            stop = at(row[k + 2]) if value is not None and k + 2 < len(row) else None
            if value is None:
                stop = at(following) if following is not None else None
            if at(cell, len(cell.text)) <= at(piece) and (stop is None or at(piece) < stop):
                if (empty and value is not None) or (join and value is None):
                    break  # (the key has its value on its line, or none to join: no slot by this measure)
                if value is None:
                    return [*row[: k + 1], piece, *row[k + 1 :]]
                joined = doc.extend(piece, value) if piece.line < value.line else doc.extend(value, piece)
                return [*row[: k + 1], joined, *row[k + 2 :]]
    return None


def _extend(doc: Text, above: tuple[TableCell, ...], cells: list[TableCell], way: Measure) -> list[TableCell]:
    out = list(above)
    starts = [_at(doc, cell, way) for cell in out]
    for cell in cells:
        column = _at(doc, cell, way)
        k = min(range(len(out)), key=lambda k: abs(starts[k] - column))
        out[k] = doc.extend(out[k], cell)
    return out
