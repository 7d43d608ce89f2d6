"""The project's exceptions, with positions and messages for people."""

from __future__ import annotations

from collections.abc import Iterable

from .text import display_width

# What each terminal of grammar/indicators.lark is, in words.
TERMINAL_WORDS: dict[str, str] = {
    "SEQ": "an item number (1、)",
    "LEVEL1": "a level-1 category (1-产出指标)",
    "LEVEL2": "a level-2 category (11-数量指标)",
    "_CAT_SEP": "a separator (， or ；) after the category",
    "FIELD_SEP": "a separator (， or ；)",
    "PERIOD_LABEL": "实施周期指标值:",
    "ANNUAL_LABEL": "年度指标值:",
    "TEXT": "indicator text",
    "STOP": "。",
    "_TIANHE_NEXT": "the end of the item (;,) and the next item",
    "_LIWAN_NEXT": "the end of the item (。) and the next item",
    "_CELL_END": "the end of the cell",
    "$END": "the end of the cell",
}


def describe_expected(expected: Iterable[str]) -> str:
    """``{"ANNUAL_LABEL", "$END"}`` → ``"年度指标值: or the end of the cell"``."""
    words = sorted({TERMINAL_WORDS.get(name, name) for name in expected})
    if not words:
        return "nothing more"
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + " or " + words[-1]


def caret_snippet(text: str, offset: int, width: int = 40) -> str:
    """The line of ``text`` around ``offset`` with a caret under it."""
    # Look for the line's ends only within the window, so that a snippet of a
    # long one-line text costs the window, not the line.
    line_start = text.rfind("\n", max(0, offset - width - 1), offset) + 1 or max(0, offset - width)
    line_end = text.find("\n", offset, offset + width + 1)
    if line_end == -1:
        line_end = min(len(text), offset + width + 1)
    lo = max(line_start, offset - width)
    hi = min(line_end, offset + width)
    before = ("…" if lo > line_start else "") + text[lo:offset]
    after = text[offset:hi] + ("…" if hi < line_end else "")
    return f"{before}{after}\n{' ' * display_width(before)}^"


class IndicatorParserError(Exception):
    """Base class of every error the package raises on purpose: ``except IndicatorParserError`` catches them all."""


class InputError(IndicatorParserError, ValueError):
    """Input that cannot be read: missing, damaged, binary or in no known encoding.

    The message names the file (and the byte offset where there is one).
    """


class MissingFileError(InputError, FileNotFoundError):
    """A file that does not exist (also caught by ``except FileNotFoundError``)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])


class MissingExtraError(IndicatorParserError, ImportError):
    """A capability whose optional extra is not installed; the message says which one."""


def require_extra(module: str, extra: str, purpose: str) -> None:
    """Raise :class:`MissingExtraError` unless ``module`` can be imported.

    ``require_extra("pyarrow", "parquet", "writing Parquet")`` →
    ``writing Parquet needs the 'parquet' extra: pip install "indicator-parser[parquet]"``.
    """
    import importlib.util

    if importlib.util.find_spec(module) is None:
        raise MissingExtraError(f'{purpose} needs the {extra!r} extra: pip install "indicator-parser[{extra}]"')


class ParseError(IndicatorParserError, ValueError):
    """Text that does not read as indicator text.

    ``line`` and ``column`` are 1-based and ``offset`` 0-based, in the text
    given to the parser; ``snippet`` shows the line with a caret under the
    spot; ``expected`` says what would have been understood there.
    """

    def __init__(
        self,
        message: str,
        *,
        line: int,
        column: int,
        offset: int,
        snippet: str,
        expected: str,
        source: str | None = None,
    ) -> None:
        self.message = message
        self.line = line
        self.column = column
        self.offset = offset
        self.snippet = snippet
        self.expected = expected
        self.source = source
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.source}:" if self.source else ""
        return f"{where}{self.line}:{self.column}: {self.message}\n{self.snippet}"
