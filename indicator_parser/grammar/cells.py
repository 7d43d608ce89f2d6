"""Parsing one indicator cell: dialect detection, recovery, and the pass that completes raw items."""

from __future__ import annotations

import bisect
import functools
import re

import attrs
from lark.exceptions import UnexpectedInput
from lark.utils import TextSlice

from .. import grammar, taxonomy
from ..errors import ParseError, caret_snippet, describe_expected
from ..nodes import Cell, Diagnostic, Dialect, Indicator, Span, Target
from ..normalizer import normalize
from ..text import JoinedText, Place
from . import transformer
from .transformer import RawItem

# liwan ends items with "。" and separates its categories with "；".
_LIWAN_HINT = re.compile(r"。\s*[0-9０-９]{1,3}\s*、|指标\s*；\s*[0-9０-９]{2}\s*[-－]")
_SEPARATORS = re.compile(r"[\s;；,，。]*")
# A numbered item start anywhere: where parsing resumes after an unreadable stretch
# when no item break follows it.
# The level-1 names an item may start with, from the taxonomy (the grammar's item break says the same; a test
# checks that it does).
LEVEL1_WORDS = "|".join(taxonomy.cell_words(1))
NUMBERED_ITEM = re.compile(
    rf"[0-9０-９]{{1,3}}\s*、\s*(?:[1-9１-９][0-9０-９]?\s*[-－]\s*[\u4e00-\u9fff]|(?:{LEVEL1_WORDS}))"
)


def detect_dialect(text: str) -> Dialect:
    """Guess the dialect of a cell from its separators."""
    return "liwan" if _LIWAN_HINT.search(text) else "tianhe"


def _reads_as_value(text: str) -> bool:
    """Whether a field of an unlabelled item is a target value rather than a name.

    Numbers always are; a grade, direction or timeframe only as a short word
    (良好, 提升), since names such as 办公效率提升 end in such words too.
    """
    target = normalize(text)
    if target.kind in ("quantity", "range", "composite"):
        return True
    return target.kind in ("qualitative", "direction", "timeframe") and len(text.strip()) <= 5


@functools.cache
def _next_item(dialect: Dialect) -> re.Pattern[str]:
    """Where the dialect's next item starts (from the grammar's own terminal)."""
    terminal = {"tianhe": "_TIANHE_NEXT", "liwan": "_LIWAN_NEXT"}[dialect]
    return re.compile(grammar.indicator_parser().get_terminal(terminal).pattern.to_regexp())


def _error_offset(error: Exception, text: str, start: int = 0) -> int:
    """Where in ``text[start:]`` the error is (positions of a copy count from ``start``)."""
    from lark.exceptions import UnexpectedCharacters, UnexpectedToken

    if isinstance(error, UnexpectedCharacters):
        return int(error.pos_in_stream or 0)
    if isinstance(error, UnexpectedToken):
        if error.token.type == "$END" or error.token.start_pos is None:
            return len(text.rstrip()) - start
        return int(error.token.start_pos)
    return 0


def _error_message(error: Exception, text: str, offset: int) -> tuple[str, str]:
    from lark.exceptions import UnexpectedCharacters, UnexpectedToken

    if isinstance(error, UnexpectedToken):
        expected = set(error.expected)
    elif isinstance(error, UnexpectedCharacters):
        expected = set(error.allowed or ())
    else:
        expected = set()
    words = describe_expected(expected)
    if {"LEVEL1", "LEVEL2", "SEQ"} <= expected:
        context = " at the start of an item"
    elif {"LEVEL1", "LEVEL2"} <= expected:
        context = " after the item number"
    elif "LEVEL2" in expected:
        context = " after the level-1 category"
    elif "_CAT_SEP" in expected:
        context = " after the category"
    elif "ANNUAL_LABEL" in expected and "PERIOD_LABEL" not in expected:
        context = " after the 实施周期 value"
    else:
        context = ""
    if isinstance(error, UnexpectedToken) and error.token.type != "$END":
        found = str(error.token.value)
    else:
        found = text[offset : offset + 1]
    what = f"found {found!r}" if found else "the text ends"
    return f"expected {words}{context}; {what}", words


@attrs.frozen
class _Failure:
    """Where a parse stopped: Lark's error, for text that started at ``start``."""

    error: Exception
    start: int


def _run(text: str, dialect: Dialect, start: int) -> tuple[list[RawItem], _Failure | None]:
    """Parse ``text`` from ``start``; the items read before any error, and the error.

    Pure-Python Lark reads a view of the text (no copy, positions as they are);
    lark-cython needs a string, so there the rest is copied and positions shifted.
    """
    copy = start > 0 and grammar.accelerated()
    rest = text[start:] if copy else (TextSlice(text, start, len(text)) if start else text)
    items = transformer.collect()
    failure = None
    try:
        grammar.indicator_parser().parse(rest, start=dialect)
    except UnexpectedInput as error:
        failure = _Failure(error, start if copy else 0)
    if copy:
        items = [_shifted(item, start) for item in items]
    return items, failure


def _shifted(item: RawItem, by: int) -> RawItem:
    def move(spans: tuple[Span, ...]) -> tuple[Span, ...]:
        return tuple((s + by, e + by) for s, e in spans)

    return attrs.evolve(
        item,
        fields=move(item.fields),
        period=None if item.period is None else move(item.period),
        annual=None if item.annual is None else move(item.annual),
        span=(item.span[0] + by, item.span[1] + by),
    )


def _to_parse_error(failure: _Failure, joined: JoinedText, source: str | None, place: Place) -> ParseError:
    text = joined.text
    at = failure.start + _error_offset(failure.error, text, failure.start)
    message, expected = _error_message(failure.error, text, at)
    offset = joined.original(at)
    line, column = place.line_column(offset)
    return ParseError(
        message,
        line=line,
        column=column,
        offset=place.offset(offset),
        snippet=caret_snippet(joined.original_text, offset),
        expected=expected,
        source=source,
    )


def _parse_all(
    joined: JoinedText, dialect: Dialect, recover: bool, source: str | None, place: Place
) -> tuple[list[RawItem], list[Diagnostic], list[int]]:
    """The raw items of the whole cell, a diagnostic for each stretch that does not parse, and where they start."""
    text = joined.text
    items: list[RawItem] = []
    diagnostics: list[Diagnostic] = []
    bad_starts: list[int] = []
    pos = len(text) - len(text.lstrip())
    while pos < len(text):
        found, failure = _run(text, dialect, pos)
        items.extend(found)
        if failure is None:
            break
        error = _to_parse_error(failure, joined, source, place)
        if not recover:
            raise error
        bad_start = _SEPARATORS.match(text, found[-1].span[1]).end() if found else pos  # type: ignore[union-attr]
        error_at = failure.start + _error_offset(failure.error, text, failure.start)
        resume_from = max(error_at, bad_start + 1)
        following = _next_item(dialect).search(text, resume_from)
        numbered = NUMBERED_ITEM.search(text, resume_from)
        candidates = [m.end() for m in (following,) if m] + [m.start() for m in (numbered,) if m]
        bad_end = min(candidates) if candidates else len(text)
        end = bad_end
        while end > bad_start and text[end - 1].isspace():
            end -= 1
        start, stop = joined.original_span(bad_start, end)
        message = f"unparsed indicator text: {error.message} at {error.line}:{error.column}"
        diagnostics.append(place.diagnostic("error", message, start, stop))
        bad_starts.append(start)
        pos = bad_end
    return items, diagnostics, bad_starts


def _split_unlabelled(fields: tuple[Span, ...], text: str) -> tuple[Span | None, Span | None]:
    """Tell the name from the value in an unlabelled item.

    One field is the value when it reads as one (``90%及以上``), else the name.
    With more, the value starts at the first field after the name that reads
    as a value (``6名站长，36名队员`` stays whole); failing that, the first
    field is the name and the rest the value.
    """
    if len(fields) == 1:
        only = fields[0]
        return (None, only) if _reads_as_value(text[only[0] : only[1]]) else (only, None)
    for i in range(1, len(fields)):
        if _reads_as_value(text[fields[i][0] : fields[i][1]]):
            return _join(fields[:i]), _join(fields[i:])
    return fields[0], _join(fields[1:])


def _join(fields: tuple[Span, ...]) -> Span | None:
    return (fields[0][0], fields[-1][1]) if fields else None


def _complete(items: list[RawItem], bad_starts: list[int], joined: JoinedText, place: Place) -> tuple[Indicator, ...]:
    """The one pass from raw items to indicators: names and values, categories, targets, positions.

    Each indicator's span is widened to reach the next indicator (or
    diagnostic), so that separators between items belong to the item they close.
    """
    text = joined.text
    original = joined.original_text
    limits = sorted([joined.original(i.span[0]) for i in items] + bad_starts)
    text_end = len(original.rstrip())

    def target(spans: tuple[Span, ...] | None) -> Target | None:
        if spans is None:
            return None
        span = _join(spans)
        return normalize(text[span[0] : span[1]]) if span else Target("", kind="empty")

    done: list[Indicator] = []
    for item in items:
        level1, level2, problems = taxonomy.resolve(item.level1, item.level2)
        if item.period is None and item.annual is None and item.fields:
            name_span, value_span = _split_unlabelled(item.fields, text)
            annual = target((value_span,) if value_span else None)
        else:
            name_span = _join(item.fields)
            annual = target(item.annual)
        start, end = joined.original_span(*item.span)
        following = bisect.bisect_right(limits, start)
        reach = limits[following] if following < len(limits) else text_end
        end += len(original[end:reach].rstrip())
        done.append(
            Indicator(
                seq=item.seq,
                level1=level1,
                level2=level2,
                name=text[name_span[0] : name_span[1]] if name_span else None,
                period_target=target(item.period),
                annual_target=annual,
                span=place.span(start, end),
                warnings=tuple(place.diagnostic("warning", p, start, end) for p in problems) if problems else (),
            )
        )
    return tuple(done)


def read_cell(
    text: str, dialect: Dialect | None = None, *, recover: bool = True, source: str | None = None, place: Place
) -> Cell:
    """:func:`parse_cell` for a cell that is part of a larger text, placed in it by ``place``."""
    if dialect is not None and dialect not in grammar.DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}; expected one of {', '.join(grammar.DIALECTS)}")
    joined = JoinedText(text)
    if dialect is None:
        guess = detect_dialect(joined.text)
        other: Dialect = "tianhe" if guess == "liwan" else "liwan"
        try:
            items, diagnostics, bad_starts = _parse_all(joined, guess, False, source, place)
            dialect = guess
        except ParseError as first:
            try:
                items, diagnostics, bad_starts = _parse_all(joined, other, False, source, place)
                dialect = other
            except ParseError:
                if not recover:
                    raise first from None
                items, diagnostics, bad_starts = _parse_all(joined, guess, True, source, place)
                dialect = guess
    else:
        items, diagnostics, bad_starts = _parse_all(joined, dialect, recover, source, place)
    return Cell(dialect, _complete(items, bad_starts, joined, place), tuple(diagnostics))


def parse_cell(text: str, dialect: Dialect | None = None, *, recover: bool = True, source: str | None = None) -> Cell:
    """Parse one indicator cell; see :func:`indicator_parser.parse_indicators`.

    With ``recover`` (the default here), a stretch that does not parse becomes
    a diagnostic and parsing resumes at the next item; without it, the first
    such stretch raises :class:`ParseError`. Spans, lines and columns refer to ``text``.
    """
    return read_cell(text, dialect, recover=recover, source=source, place=Place(text))
