"""The flattened shape: rows with no delimiters, split by the grammar (grammar/columns.lark).

A header row is split into its column names by the ``header`` rule; a grid
row is split into categories, name and a tail of glued values by a pattern
composed of the grammar's own terminals, and the tail into its values by the
``tail`` rule. The values then go to the grid's value columns in order (a
comparator and a unit to their own columns when the grid has them). Values
that cannot be told apart (``109.5`` for a weight 10 and a score 9.5) are
never guessed: they stand beyond the grid's columns, and the reader reports
them.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable

from ...grammar import columns_parser, grammar_path
from ...table import Row, TableCell, Text
from ...taxonomy import TAXONOMY
from .headers import Field, block_key, flattened_header_words, grid_field
from .reader import lone_furniture

# The columns a tail's values go to, in header order (comparator and unit are parts of the first value).
_TARGET_FIELDS = ("value", "period", "annual", "actual", "weight", "score", "standard", "direction")
# Free-text columns that may follow the values: a row may end in such text.
_FREE_FIELDS = ("explanation", "scoring", "basis", "note", "deviation")
_GLUED_FREE_TEXT = (
    "grid rows glued on one line end in free text (指标解释, 偏差原因 …), so where one row ends cannot be told: "
    "not read; give the table with one row a line or with delimiters"
)
_POINTS = r"(?:[（(][0-9.\-－~～]+分?[)）]分?)?"
_MIN_LEVEL2 = 4  # shorter level-2 names (数量, 质量) start too many indicator names to be split off


def _words(level: int) -> list[str]:
    names = {n for k in TAXONOMY if k.level == level for n in k.names}
    if level == 2:
        names = {n for n in names if len(n) >= _MIN_LEVEL2 or n.endswith("指标")}
    return sorted(names, key=lambda n: (-len(n), n))


def grammar_text() -> str:
    """grammar/column_words.lark: the category and header words of the flattened shape."""
    return (
        "// column_words.lark: the words that split a flattened column-table row (see columns.lark).\n"
        "// Generated from indicator_parser/taxonomy.py and forms/columns/headers.py by\n"
        "// indicator_parser.forms.columns.flat.write_grammar(); do not edit.\n\n"
        f"LEVEL1_NAME: /(?:{'|'.join(_words(1))}){_POINTS}/\n"
        f"LEVEL2_NAME: /(?:{'|'.join(_words(2))})/\n"
        f"HEADER_NAME: /(?:{'|'.join(re.escape(w) for w in flattened_header_words())})/\n"
    )


def write_grammar() -> None:
    """Rewrite grammar/column_words.lark (in a source checkout, after changing the taxonomy or the headers)."""
    grammar_path("columns.lark").with_name("column_words.lark").write_text(grammar_text(), encoding="utf-8")


def _terminal(name: str) -> str:
    return columns_parser().get_terminal(name).pattern.to_regexp()


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Categories; a tail running to the end of the row; a tail followed by more text.

    Composed of the grammar's own terminals, so that the grammar stays the one definition of a value.
    """
    t = _terminal
    quantity = (
        f"(?:{t('COMPARATOR')})?(?:{t('NUMBER')})(?:(?:{t('RANGE_SEP')})(?:{t('NUMBER')}))?"
        f"(?:{t('UNIT')})?(?:{t('SUFFIX')})?"
    )
    atom = f"(?:(?:{t('NATURE')})?(?:{t('DATE')}|{quantity}|(?:{t('WORD')})))"
    categories = re.compile(rf"(?P<level1>{t('LEVEL1_NAME')})?(?P<level2>{t('LEVEL2_NAME')})?")
    never_in_a_number = r"(?<![0-9０-９.．])"  # 2025 is not 202 and 5
    return categories, re.compile(rf"{never_in_a_number}(?:{atom})+$"), re.compile(rf"{never_in_a_number}(?:{atom})+")


def _split(text: str, start: int, targets: int, free: bool) -> tuple[re.Match[str], int, int] | None:
    """Categories, and where the tail starts and ends: the name is the shortest text before a tail that runs
    to the end of the row; or, when the grid ends in free-text columns, before a tail of exactly one value
    per value column followed by text with no digit."""
    categories, to_end, any_tail = _patterns()
    cats = categories.match(text, start)
    assert cats is not None  # every part of it is optional
    m = to_end.search(text, cats.end())
    if m is not None:
        return cats, m.start(), len(text)
    if free:
        for p in range(cats.end(), len(text)):
            m = any_tail.match(text, p)
            if m and len(split_tail(m.group(0))) == targets and not re.search(r"[0-9０-９]", text[m.end() :]):
                return cats, p, m.end()
    return None


def split_header(text: str) -> list[tuple[int, int]] | None:
    """The column names of a flattened header row, as spans of ``text``, or None."""
    from lark.exceptions import LarkError

    try:
        tree = columns_parser().parse(text, start="header")
    except LarkError:
        return None
    return [(token.start_pos, token.end_pos) for token in tree.children]  # type: ignore[union-attr,misc]


@functools.lru_cache(maxsize=4096)
def split_tail(text: str) -> list[list[tuple[str, int, int]]]:
    """The values glued in a tail: per value, its parts (terminal name, start, end). Memoized (do not mutate)."""
    tree = columns_parser().parse(text, start="tail")
    return [
        [(token.type, token.start_pos, token.end_pos) for token in atom.children]  # type: ignore[union-attr,misc]
        for atom in tree.children
    ]


_NEVER_STARTS_A_NAME = frozenset("率度性数量值额")
# Words that fill a column of their own (绩效标准, 指标方向性): a row may well end in them.
_COLUMN_WORDS = frozenset(
    {"计划标准", "行业标准", "历史标准", "其他标准", "正向", "反向", "中性", "正向指标", "反向指标"}
)
_LONG = 160  # characters: a longer line may hold several rows, or the whole table
_TITLE_RUN = re.compile(r"(?:[0-9]{4}年度?)?(?:项目支出)?绩效(?:目标|自评)(?:申报)?表(?:[（(]续[）)])?")


def flat_rows(doc: Text) -> list[Row]:
    """Rows of flattened text: one row a line, or the whole table as one line (cut at its keys, header and
    category words, and between rows where the grid's values end)."""
    rows: list[Row] = []
    fields: list[Field | None] | None = None
    for i, line in enumerate(doc.lines):
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        pieces = _segments(line, lead) if len(stripped) > _LONG else [(lead, lead + len(stripped))]
        many = len(pieces) > 1
        for a, b in pieces:
            fields = _read_piece(doc, i, a, b, fields, rows, many)
    return rows


def _read_piece(
    doc: Text, i: int, a: int, b: int, fields: list[Field | None] | None, rows: list[Row], many: bool
) -> list[Field | None] | None:
    """Read the stretch [a, b) of line ``i`` as a header, a block, a title or grid rows; the grid's fields after."""
    text = doc.lines[i][a:b]
    header = split_header(text) if grid_field(text[:2]) or text[:2] in ("一级", "序号", "三级") else None
    if header is not None and len(header) >= 2:
        cells = tuple(doc.cell(i, a + x, a + y) for x, y in header)
        rows.append(Row(cells))
        return [grid_field(c.text) for c in cells]
    if lone_furniture(text):
        rows.append(Row((doc.cell(i, a, b),), aligned=False))
        return fields
    starts_project = block_key(_block_prefix(text) or "") == "project"
    if fields is None or starts_project:
        rows.append(Row(_block_cells(doc, i, a, b), aligned=False))
        return None
    if many and any(f in _FREE_FIELDS for f in fields):
        # Rows glued in one line end in free text (指标解释, 偏差原因): where one row ends and the next one's
        # name begins cannot be told, so nothing is read from them rather than wrong rows.
        rows.append(Row((doc.cell(i, a, b),), aligned=False, unreadable=_GLUED_FREE_TEXT))
    elif many:
        for x, y in _row_cuts(text, fields):
            rows.append(_grid_row(doc, i, fields, a + x, a + y))
    else:
        rows.append(_grid_row(doc, i, fields, a, b))
    return fields


@functools.cache
def _cut_points() -> re.Pattern[str]:
    """Where a whole-table line is cut: keys that start a project, header runs, titles, category words."""
    t = _terminal
    return re.compile(
        rf"(?P<header>(?:{t('HEADER_NAME')}){{2,}})|(?P<title>{_TITLE_RUN.pattern})|(?P<project>项目名称)"
        rf"|(?P<category>{t('LEVEL1_NAME')}(?:{t('LEVEL2_NAME')})?|{t('LEVEL2_NAME')})"
    )


def _segments(line: str, lead: int) -> list[tuple[int, int]]:
    """A long line cut into pieces: before each project, around header runs and titles, before category words
    (only after the first header run: before it they are header-block text)."""
    end = len(line.rstrip())
    cuts = {lead, end}
    seen_header = False
    for m in _cut_points().finditer(line, lead, end):
        kind = m.lastgroup
        if kind in ("header", "title"):
            cuts |= {m.start(), m.end()}
            seen_header = seen_header or kind == "header"
        elif kind == "project":
            cuts.add(m.start())
            seen_header = False
        elif seen_header:
            cuts.add(m.start())
    ordered = sorted(cuts)
    return [(x, y) for x, y in itertools.pairwise(ordered) if line[x:y].strip()]


def _row_cuts(text: str, fields: list[Field | None]) -> list[tuple[int, int]]:
    """Rows glued in one piece (merged categories, so nothing marks where a row starts): each row is a name and
    exactly one value per value column; a piece that does not split so stays one row."""
    k = len([f for f in fields if f in _TARGET_FIELDS])
    categories, _, any_tail = _patterns()
    cats = categories.match(text)
    assert cats is not None
    rows, start, pos = [], 0, cats.end()
    while pos < len(text):
        found = None
        for p in range(pos + 1, len(text)):
            m = any_tail.match(text, p)
            if m and len(split_tail(m.group(0))) >= k and re.search(r"[\u4e00-\u9fff]", text[pos:p]):
                # exactly k values: cut the tail after the k-th, unless what follows cannot start a name
                # (达标 in 达标率, 满意 in 满意度 are words of the name, not values)
                atoms = split_tail(m.group(0))
                cut = p + atoms[k - 1][-1][2] if k else m.end()
                last = atoms[k - 1][-1]
                word = m.group(0)[last[1] : last[2]] if last[0] == "WORD" else None
                if text[cut : cut + 1] in _NEVER_STARTS_A_NAME or (word is not None and word not in _COLUMN_WORDS):
                    continue  # a grade word before more text is too often part of a name (完成 in 完成时间)
                found = cut
                break
        if found is None:
            break
        rows.append((start, found))
        start = pos = found
    if start < len(text):
        if rows and not re.search(r"[\u4e00-\u9fff0-9]", text[start:]):
            rows[-1] = (rows[-1][0], len(text))
        else:
            rows.append((start, len(text)))
    return rows or [(0, len(text))]


# ---------------------------------------------------------------- header block


@functools.cache
def _block_keys() -> re.Pattern[str]:
    from .headers import BLOCK_KEYS

    keys = sorted((k for k in BLOCK_KEYS if len(k) >= 4 or k in ("项目期",)), key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys))


def _block_prefix(text: str) -> str | None:
    m = _block_keys().match(text)
    return m.group(0) if m else None


def _block_line(text: str) -> bool:
    return _block_prefix(text) is not None


def _block_cells(doc: Text, i: int, a: int | None = None, b: int | None = None) -> tuple[TableCell, ...]:
    """A header-block line: cut before each key it names (项目名称乡村文化驿站主管部门… → key, value, key, value)."""
    line = doc.lines[i]
    a = 0 if a is None else a
    b = len(line) if b is None else b
    keys = list(_block_keys().finditer(line, a, b))
    cuts = sorted({a, b} | {p for m in keys for p in (m.start(), m.end())})
    # A value starts after the colon that follows its key (项目名称：乡村文化驿站): the colon separates.
    after = {m.end() for m in keys}
    cells = [doc.cell(i, x + _colon(line, x, y) if x in after else x, y) for x, y in itertools.pairwise(cuts)]
    return tuple(c for c in cells if c.text) or (doc.cell(i, a, b),)


def _colon(line: str, x: int, y: int) -> int:
    """The length of a separator (a colon and the white space around it) at ``x``."""
    m = re.match(r"[ \u3000]*[:：][ \u3000]*", line[x:y])
    return m.end() if m else 0


# ---------------------------------------------------------------- grid rows


def _put_categories(m: re.Match[str], put: Callable[[Field, int, int], bool]) -> int:
    """Put the categories a row starts with in their columns; where the name starts (at a category the grid
    has no column for, which is then part of the name)."""
    for group in ("level1", "level2"):
        if m.group(group) and not put(group, m.start(group), m.end(group)):  # type: ignore[arg-type]
            return m.start(group)
    return m.end()


def _grid_row(doc: Text, i: int, fields: list[Field | None], a: int, b: int) -> Row:
    """The grid row in [a, b) of line ``i``."""
    line = doc.lines[i]
    piece = line[a:b]
    lead = a + len(piece) - len(piece.lstrip())
    text = piece.strip()
    cells: list[TableCell] = [doc.cell(i, b, b) for _ in fields]
    beyond: list[TableCell] = []

    def put(field: Field, a: int, b: int) -> bool:
        if field not in fields:
            return False
        cells[fields.index(field)] = doc.cell(i, lead + a, lead + b)
        return True

    seq_end = 0
    if "seq" in fields:
        m = re.match(r"\d{1,3}(?=\D)", text)
        if m:
            put("seq", 0, m.end())
            seq_end = m.end()
    targets = [f for f in fields if f in _TARGET_FIELDS]
    free = [k for k, f in enumerate(fields) if f in _FREE_FIELDS or f is None]
    found = _split(text, seq_end, len(targets), bool(free)) if targets else None
    if found is None:
        # No value could be split off: the categories, and the rest as the name (the reader reports no value).
        cats = _patterns()[0].match(text, seq_end)
        assert cats is not None
        rest = _put_categories(cats, put)
        if rest < len(text) and not put("name", rest, len(text)):
            beyond.append(doc.cell(i, lead + cats.end(), lead + len(text)))  # no name column: reported, not lost
        return Row(tuple(cells) + tuple(beyond))
    m, base, tail_end = found
    name_start = _put_categories(m, put)
    atoms = split_tail(text[base:tail_end])
    name_end = base
    if len(atoms) > len(targets):
        # More values than value columns: the first ones belong to the name (开展培训2期≥6期).
        extra = len(atoms) - len(targets)
        name_end = base + atoms[extra][0][1]
        atoms = atoms[extra:]
    if name_end > name_start:
        put("name", name_start, name_end)
    if tail_end < len(text):
        cells[free[0]] = doc.cell(i, lead + tail_end, lead + len(text))
    exact = len(atoms) == len(targets)
    for k, parts in enumerate(atoms):
        start, end = base + parts[0][1], base + parts[-1][2]
        field = targets[k]
        bare = {p[0] for p in parts} <= {"NUMBER", "COMPARATOR", "NATURE", "RANGE_SEP"}
        if not exact and (bare or field in ("weight", "score")):
            # Fewer values than columns: a bare number may be two glued (＝1210 for 12 and a weight 10).
            beyond.append(doc.cell(i, lead + start, lead + end))
            continue
        if k == 0 and field in ("value", "period", "annual"):
            kinds = [p[0] for p in parts]
            if "comparator" in fields and kinds[0] in ("NATURE", "COMPARATOR"):
                put("comparator", base + parts[0][1], base + parts[0][2])
                start = base + parts[1][1] if len(parts) > 1 else end
            if "unit" in fields and kinds[-1] == "UNIT" and len(parts) > 1:
                put("unit", base + parts[-1][1], base + parts[-1][2])
                end = base + parts[-1][1]
        put(field, start, end)
    return Row(tuple(cells) + tuple(beyond))
