"""Parsing one indicator cell: dialect detection, recovery and the completing passes."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

import attrs

from .. import grammar, taxonomy
from ..errors import ParseError, caret_snippet, describe_expected
from ..nodes import Cell, Diagnostic, Dialect, Indicator
from ..normalizer import normalize
from ..text import JoinedText, LineIndex
from . import transformer

# liwan ends items with "。" and separates its categories with "；".
_LIWAN_HINT = re.compile(r"。\s*[0-9０-９]{1,3}\s*、|指标\s*；\s*[0-9０-９]{2}\s*[-－]")
_SEPARATORS = re.compile(r"[\s;；,，。]*")
# A numbered item start anywhere: where parsing resumes after an unreadable stretch
# when no item break follows it.
NUMBERED_ITEM = re.compile(
    r"[0-9０-９]{1,3}\s*、\s*(?:[1-9１-９][0-9０-９]?\s*[-－]\s*[\u4e00-\u9fff]|(?:产出|效益|满意度|成本)指标)"
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
        return error.pos_in_stream
    if isinstance(error, UnexpectedToken):
        if error.token.type == "$END" or error.token.start_pos is None:
            return len(text.rstrip()) - start
        return error.token.start_pos
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


def _run(text: str, dialect: Dialect, start: int) -> tuple[list[Indicator], _Failure | None]:
    """Parse ``text`` from ``start``; the items read before any error, and the error.

    Pure-Python Lark reads a view of the text (no copy, positions as they are);
    lark-cython needs a string, so there the rest is copied and positions shifted.
    """
    from lark.exceptions import UnexpectedInput
    from lark.utils import TextSlice

    copy = start > 0 and grammar.accelerated()
    rest = text[start:] if copy else (TextSlice(text, start, len(text)) if start else text)
    state = transformer.begin(text[start:] if copy else text, _reads_as_value)
    failure = None
    try:
        grammar.indicator_parser().parse(rest, start=dialect)
    except UnexpectedInput as error:
        failure = _Failure(error, start if copy else 0)
    items = state.items
    if copy:
        items = [attrs.evolve(item, span=(item.span[0] + start, item.span[1] + start)) for item in items]
    return items, failure


def _to_parse_error(
    failure: _Failure, joined: JoinedText, source: str | None, lines: LineIndex | None = None
) -> ParseError:
    text = joined.text
    at = failure.start + _error_offset(failure.error, text, failure.start)
    message, expected = _error_message(failure.error, text, at)
    offset = joined.original(at)
    line, column = (lines or LineIndex(joined.original_text)).line_column(offset)
    return ParseError(
        message,
        line=line,
        column=column,
        offset=offset,
        snippet=caret_snippet(joined.original_text, offset),
        expected=expected,
        source=source,
    )


def _parse_all(joined: JoinedText, dialect: Dialect, recover: bool, source: str | None) -> Cell:
    text = joined.text
    indicators: list[Indicator] = []
    diagnostics: list[Diagnostic] = []
    lines: LineIndex | None = None
    pos = len(text) - len(text.lstrip())
    while pos < len(text):
        items, failure = _run(text, dialect, pos)
        indicators.extend(items)
        if failure is None:
            break
        if not recover:
            raise _to_parse_error(failure, joined, source)
        bad_start = _SEPARATORS.match(text, items[-1].span[1]).end() if items else pos
        error_at = failure.start + _error_offset(failure.error, text, failure.start)
        resume_from = max(error_at, bad_start + 1)
        following = _next_item(dialect).search(text, resume_from)
        numbered = NUMBERED_ITEM.search(text, resume_from)
        candidates = [m.end() for m in (following,) if m] + [m.start() for m in (numbered,) if m]
        bad_end = min(candidates) if candidates else len(text)
        lines = lines or LineIndex(joined.original_text)
        diagnostics.append(_unparsed(joined, bad_start, bad_end, failure, source, lines))
        pos = bad_end
    return Cell(dialect, tuple(indicators), tuple(diagnostics))


def _unparsed(
    joined: JoinedText, start: int, end: int, failure: _Failure, source: str | None, lines: LineIndex
) -> Diagnostic:
    error = _to_parse_error(failure, joined, source, lines)
    text = joined.text
    while end > start and text[end - 1].isspace():
        end -= 1
    span = joined.original_span(start, end)
    line, column = lines.line_column(span[0])
    return Diagnostic(
        severity="error",
        message=f"unparsed indicator text: {error.message} at {error.line}:{error.column}",
        span=span,
        line=line,
        column=column,
        text=joined.original_text[span[0] : span[1]],
    )


def _complete(cell: Cell, joined: JoinedText, outer: Callable[[int], int] | None = None) -> Cell:
    """Second pass: infer categories, normalize targets, map spans to the original text.

    Each indicator's span is widened to reach the next indicator (or
    diagnostic), so that separators between items belong to the item they close.
    ``outer`` maps offsets further, into a text the cell is part of.
    """
    limits = sorted([joined.original(i.span[0]) for i in cell.indicators] + [d.span[0] for d in cell.diagnostics])
    original = joined.original_text
    text_end = len(original.rstrip())
    done: list[Indicator] = []
    for item in cell.indicators:
        level1, level2, warnings = taxonomy.resolve(item.level1, item.level2)
        start, end = joined.original_span(item.span[0], item.span[1])
        following = bisect.bisect_right(limits, start)
        reach = limits[following] if following < len(limits) else text_end
        end += len(original[end:reach].rstrip())
        if outer is not None:
            start, end = outer(start), outer(end - 1) + 1
        done.append(
            Indicator(
                seq=item.seq,
                level1=level1,
                level2=level2,
                name=item.name,
                period_target=normalize(item.period_target.raw) if item.period_target else None,
                annual_target=normalize(item.annual_target.raw) if item.annual_target else None,
                span=(start, end),
                warnings=item.warnings + warnings,
            )
        )
    return Cell(cell.dialect, tuple(done), cell.diagnostics)


def parse_cell(
    text: str,
    dialect: Dialect | None = None,
    *,
    recover: bool = True,
    source: str | None = None,
    _outer: Callable[[int], int] | None = None,
) -> Cell:
    """Parse one indicator cell; see :func:`indicator_parser.parse_indicators`.

    With ``recover`` (the default here), a stretch that does not parse becomes
    a diagnostic and parsing resumes at the next item; without it, the first
    such stretch raises :class:`ParseError`.
    """
    if dialect is not None and dialect not in grammar.DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}; expected one of {', '.join(grammar.DIALECTS)}")
    joined = JoinedText(text)
    if dialect is not None:
        return _complete(_parse_all(joined, dialect, recover, source), joined, _outer)
    guess = detect_dialect(joined.text)
    other: Dialect = "tianhe" if guess == "liwan" else "liwan"
    try:
        cell = _parse_all(joined, guess, False, source)
    except ParseError as first:
        try:
            cell = _parse_all(joined, other, False, source)
        except ParseError:
            if not recover:
                raise first from None
            cell = _parse_all(joined, guess, True, source)
    return _complete(cell, joined, _outer)
