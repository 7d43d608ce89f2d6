"""The Lark transformer: grammar rules to :class:`Indicator` nodes, as written.

It runs inside the LALR parser (no parse tree is built). Names and values are
sliced out of the parsed text, so white space inside them is kept. Category
inference and value normalization are separate passes (see ``cells.py``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from contextvars import ContextVar

import attrs
from lark import Token, Transformer

from ..fold import ascii_digits
from ..nodes import Category, Indicator, Span, Target
from ..taxonomy import split_category

# The text being parsed and the items built so far: the transformer is shared by
# every parse in the process, so what belongs to one parse lives here.
_current: ContextVar[ParseState] = ContextVar("indicator_parse_state")


@attrs.define
class ParseState:
    """What one parse of a cell has built so far (items survive an error)."""

    text: str
    reads_as_value: Callable[[str], bool]
    items: list[Indicator] = attrs.Factory(list)


def begin(text: str, reads_as_value: Callable[[str], bool]) -> ParseState:
    state = ParseState(text, reads_as_value)
    _current.set(state)
    return state


@attrs.frozen
class _Labelled:
    """A labelled value: which label, the label token and the value's fields."""

    which: str  # "period" or "annual"
    label: Token
    fields: list[Span]


@functools.lru_cache(maxsize=4096)
def _category(written: str) -> Category:
    """A category token as written (the same few come back again and again)."""
    return Category(*split_category(written))


def _join(fields: list[Span]) -> Span | None:
    return (fields[0][0], fields[-1][1]) if fields else None


class IndicatorTransformer(Transformer):
    """Builds nodes bottom-up; ``item`` records each indicator in the parse state."""

    def name(self, tokens: list[Token]) -> list[Span]:
        """The spans of the fields: runs of text between field separators."""
        fields: list[Span] = []
        start = None
        end = 0
        for token in tokens:
            if token.type == "FIELD_SEP":
                if start is not None:
                    fields.append((start, end))
                start = None
            else:
                if start is None:
                    start = token.start_pos
                end = token.end_pos
        if start is not None:
            fields.append((start, end))
        return fields

    value = name

    def period_value(self, children: list) -> _Labelled:
        return _Labelled("period", children[0], children[1] if len(children) > 1 else [])

    def annual_value(self, children: list) -> _Labelled:
        return _Labelled("annual", children[0], children[1] if len(children) > 1 else [])

    def level1(self, tokens: list[Token]) -> Token:
        return tokens[0]

    level2 = level1

    def item(self, children: list[Token | list | _Labelled]) -> Indicator:
        state = _current.get()
        text = state.text
        seq: int | None = None
        level1 = level2 = Category()
        fields: list[Span] = []
        labelled: dict[str, _Labelled] = {}
        start: int | None = None
        end = 0
        for child in children:
            if isinstance(child, _Labelled):
                labelled[child.which] = child
                child_start = child.label.start_pos
                child_end = child.fields[-1][1] if child.fields else child.label.end_pos
            elif isinstance(child, list):
                fields = child
                child_start, child_end = fields[0][0], fields[-1][1]
            else:  # a token (lark's, or lark-cython's)
                if child.type == "SEQ":
                    seq = int(ascii_digits(child.value.rstrip("、 \t")))
                else:
                    category = _category(child.value)
                    if child.type == "LEVEL1":
                        level1 = category
                    else:
                        level2 = category
                child_start, child_end = child.start_pos, child.end_pos
            if start is None:
                start = child_start
            end = max(end, child_end)

        name_span: Span | None
        value_span: Span | None = None
        if labelled or not fields:
            name_span = _join(fields)
        else:
            name_span, value_span = _split_unlabelled(fields, text, state.reads_as_value)

        def target(span: Span | None) -> Target | None:
            return Target(text[span[0] : span[1]]) if span else None

        period = labelled.get("period")
        annual = labelled.get("annual")
        indicator = Indicator(
            seq=seq,
            level1=level1,
            level2=level2,
            name=text[name_span[0] : name_span[1]] if name_span else None,
            period_target=(target(_join(period.fields)) or Target("", kind="empty")) if period else None,
            annual_target=(
                (target(_join(annual.fields)) or Target("", kind="empty")) if annual else target(value_span)
            ),
            span=(start or 0, end),
        )
        state.items.append(indicator)
        return indicator

    def tianhe(self, items: list[Indicator]) -> list[Indicator]:
        return items

    liwan = tianhe


def _split_unlabelled(
    fields: list[Span], text: str, reads_as_value: Callable[[str], bool]
) -> tuple[Span | None, Span | None]:
    """Tell the name from the value in an unlabelled item.

    One field is the value when it reads as one (``90%及以上``), else the name.
    With more, the value starts at the first field after the name that reads
    as a value (``6名站长，36名队员`` stays whole); failing that, the first
    field is the name and the rest the value.
    """
    if len(fields) == 1:
        only = fields[0]
        return (None, only) if reads_as_value(text[only[0] : only[1]]) else (only, None)
    for i in range(1, len(fields)):
        if reads_as_value(text[fields[i][0] : fields[i][1]]):
            return _join(fields[:i]), _join(fields[i:])
    return fields[0], _join(fields[1:])
