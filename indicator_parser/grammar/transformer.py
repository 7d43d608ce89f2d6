"""The Lark transformer: grammar rules to raw items, as written.

It runs inside the LALR parser (no parse tree is built) and only records what
the grammar found: category tokens, and the spans of the name and value
fields. Names and values are sliced out of the source later, so white space
inside them is kept. Completing a raw item into an :class:`Indicator`
(splitting unlabelled fields, categories, targets, positions) is one pass in
:mod:`indicator_parser.grammar.cells`.

Lark discards the result of a parse that fails, but the items read before an
error must survive it (recovery resumes after the error). So each item is
also appended to the collector of the parse in progress (:func:`collect`).
"""

from __future__ import annotations

import functools
from contextvars import ContextVar

import attrs
from lark import Token, Transformer

from ..fold import ascii_digits
from ..nodes import Category, Span
from ..taxonomy import split_category

_collector: ContextVar[list[RawItem]] = ContextVar("indicator_items")


@attrs.frozen
class RawItem:
    """One item as the grammar read it: spans into the parsed text, categories as written.

    ``period`` and ``annual`` are the value fields after a 实施周期/年度 label
    (``()`` for a label with no value, None for no label); without labels the
    value is still among ``fields`` (name and value are told apart later).
    """

    seq: int | None
    level1: Category
    level2: Category
    fields: tuple[Span, ...]
    period: tuple[Span, ...] | None
    annual: tuple[Span, ...] | None
    span: Span


def collect() -> list[RawItem]:
    """Start collecting the items of a parse: the list they are appended to."""
    items: list[RawItem] = []
    _collector.set(items)
    return items


@attrs.frozen
class _Labelled:
    which: str  # "period" or "annual"
    label: Token
    fields: tuple[Span, ...]


@functools.lru_cache(maxsize=4096)
def _category(written: str) -> Category:
    """A category token as written (the same few come back again and again)."""
    return Category(*split_category(written))


class IndicatorTransformer(Transformer):  # type: ignore[type-arg]
    """Builds raw items bottom-up."""

    def name(self, tokens: list[Token]) -> tuple[Span, ...]:
        """The spans of the fields: runs of text between field separators."""
        fields: list[Span] = []
        start: int | None = None
        end = 0
        for token in tokens:
            if token.type == "FIELD_SEP":
                if start is not None:
                    fields.append((start, end))
                start = None
            else:
                if start is None:
                    start = int(token.start_pos or 0)
                end = int(token.end_pos or 0)
        if start is not None:
            fields.append((start, end))
        return tuple(fields)

    value = name

    def period_value(self, children: list[Token | tuple[Span, ...]]) -> _Labelled:
        return _Labelled("period", children[0], children[1] if len(children) > 1 else ())  # type: ignore[arg-type]

    def annual_value(self, children: list[Token | tuple[Span, ...]]) -> _Labelled:
        return _Labelled("annual", children[0], children[1] if len(children) > 1 else ())  # type: ignore[arg-type]

    def level1(self, tokens: list[Token]) -> Token:
        return tokens[0]

    level2 = level1

    def item(self, children: list[Token | tuple[Span, ...] | _Labelled]) -> RawItem:
        seq: int | None = None
        level1 = level2 = Category()
        fields: tuple[Span, ...] = ()
        labelled: dict[str, tuple[Span, ...]] = {}
        start: int | None = None
        end = 0
        for child in children:
            if isinstance(child, _Labelled):
                labelled[child.which] = child.fields
                child_start: int = child.label.start_pos  # type: ignore[assignment]
                child_end: int = child.fields[-1][1] if child.fields else child.label.end_pos  # type: ignore[assignment]
            elif isinstance(child, tuple):
                fields = child
                child_start, child_end = fields[0][0], fields[-1][1]
            else:  # a token (lark's, or lark-cython's)
                if child.type == "SEQ":
                    seq = int(ascii_digits(child.value.rstrip("、 \t")))
                elif child.type == "LEVEL1":
                    level1 = _category(child.value)
                else:
                    level2 = _category(child.value)
                child_start, child_end = child.start_pos, child.end_pos  # type: ignore[assignment]
            if start is None:
                start = child_start
            end = max(end, child_end)
        item = RawItem(seq, level1, level2, fields, labelled.get("period"), labelled.get("annual"), (start or 0, end))
        _collector.get().append(item)
        return item

    def tianhe(self, items: list[RawItem]) -> list[RawItem]:
        return items

    liwan = tianhe
