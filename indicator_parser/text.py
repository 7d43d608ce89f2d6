"""Text helpers: joining wrapped lines while keeping offsets into the original."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable

from .nodes import Diagnostic, Severity

# A line break with the white space around it (trailing U+3000, indentation).
_WRAP = re.compile(r"[^\S\n]*\n\s*")


class JoinedText:
    """Text whose wrapped lines are joined, with a map back to the original.

    PDF extraction wraps cells mid-word and mid-number (``年度指\\n标值:4次``);
    Chinese text is joined with no space, so every line break and the white
    space around it is removed. Only white space is removed, so nothing that
    carries meaning is lost; :meth:`original` maps offsets back.
    """

    __slots__ = ("_joined_starts", "_original_starts", "original_text", "text")

    def __init__(self, original: str) -> None:
        self.original_text = original
        pieces: list[str] = []
        joined_starts: list[int] = [0]
        original_starts: list[int] = [0]
        pos = 0
        length = 0
        for m in _WRAP.finditer(original):
            pieces.append(original[pos : m.start()])
            length += m.start() - pos
            pos = m.end()
            joined_starts.append(length)
            original_starts.append(pos)
        pieces.append(original[pos:])
        self.text = "".join(pieces)
        self._joined_starts = joined_starts
        self._original_starts = original_starts

    def original(self, offset: int) -> int:
        """Map an offset in the joined text to the original text."""
        i = bisect.bisect_right(self._joined_starts, offset) - 1
        return self._original_starts[i] + offset - self._joined_starts[i]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the joined text to the original text."""
        if end <= start:
            s = self.original(start)
            return s, s
        return self.original(start), self.original(end - 1) + 1


class LineIndex:
    """Line and column of many offsets in one text, each in O(log n) (the index is built on first use)."""

    __slots__ = ("_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] | None = None

    def line_column(self, offset: int) -> tuple[int, int]:
        if self._starts is None:
            self._starts = [0] + [m.end() for m in re.finditer("\n", self._text)]
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


class Place:
    """Where a piece of text sits in its file: piece offsets to file offsets, lines and columns.

    ``text`` is the text that ``inner`` maps piece offsets into (the piece
    itself when ``inner`` is None), ``lines`` its :class:`LineIndex` when one
    is at hand; ``first_line`` and ``first_offset`` say where that text starts
    in the file (lines and characters before it).
    """

    __slots__ = ("_first_line", "_first_offset", "_inner", "_lines", "_text")

    def __init__(
        self,
        text: str,
        *,
        lines: LineIndex | None = None,
        first_line: int = 0,
        first_offset: int = 0,
        inner: Callable[[int], int] | None = None,
    ) -> None:
        self._text = text
        self._lines = lines or LineIndex(text)
        self._first_line = first_line
        self._first_offset = first_offset
        self._inner = inner

    def _local(self, offset: int) -> int:
        return self._inner(offset) if self._inner else offset

    def offset(self, offset: int) -> int:
        """The file offset of a piece offset."""
        return self._local(offset) + self._first_offset

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The file span of a piece span (``end`` exclusive)."""
        return (self.offset(start), self.offset(end - 1) + 1) if end > start else (self.offset(start),) * 2

    def line_column(self, offset: int) -> tuple[int, int]:
        """The 1-based file line and column of a piece offset."""
        line, column = self._lines.line_column(self._local(offset))
        return line + self._first_line, column

    def diagnostic(self, severity: Severity, message: str, start: int, end: int) -> Diagnostic:
        """A diagnostic about the piece span [start, end), placed in the file; its text is the file's, verbatim."""
        line, column = self.line_column(start)
        local = (self._local(start), self._local(end - 1) + 1) if end > start else (self._local(start),) * 2
        return Diagnostic(severity, message, self.span(start, end), line, column, self._text[local[0] : local[1]])


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: CJK characters are two wide."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap_joiner(before: str, after: str) -> str:
    """What goes between the two lines of a wrapped cell, given the characters either side of the break: a space
    between ASCII words (the line broke at one: ``GB`` + ``13801``), nothing within CJK text or within a number
    (``13801-2`` + ``015``, ``2026`` + ``.10``: a cell wrapped by characters breaks numbers too)."""
    if before.isascii() and after.isascii() and before.isalnum() and after.isalnum():
        return "" if before.isdigit() and after.isdigit() else " "
    return ""
