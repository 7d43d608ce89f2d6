"""Line classes: what a line of a Guangzhou table text is on its own (page furniture or content).

Also :class:`Lines`, the document's lines with their offsets and the mapping
of positions into the file.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from ...grammar.cells import LEVEL1_WORDS, NUMBERED_ITEM
from ...nodes import Diagnostic, Severity
from ...text import LineIndex, Place

TITLE = re.compile(r"绩效目标表")
DEPARTMENT_LINE = re.compile(r"^\s*部门名称\s*[:：]\s*(?P<department>.*?)\s*(?:单位\s*[:：]\s*(?P<unit>\S+))?\s*$")
CURRENCY_ONLY = re.compile(r"^\s*单位\s*[:：]\s*(?P<unit>\S+)\s*$")
_HEADER_START = re.compile(r"^\s*项目名称")
# Every page-header line holds one of these words: a quick test before the full one.
HEADERISH = re.compile(r"部门名称|单位|绩效目标表|项目名称|总计|合计|财政|专户|拨款|其他|资金|绩效")
_HEADER_WORDS = frozenset(
    "项目名称（资金使用单位） 项目名称 （资金使用单位） (资金使用单位) 总计 合计 财政拨款 财政 专户 拨款 "
    "财政专户拨款 其他资金 其他 资金 绩效目标 绩效指标".split()
)
STRONG_HEADER_WORDS = frozenset("总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标".split())
# The column header ends with its last column; what follows it is content.
LAST_COLUMN = "绩效指标"
CELL_START_NUMBERED = re.compile(r"^\s*" + NUMBERED_ITEM.pattern)
CELL_START_BARE = re.compile(rf"^\s*(?:[1-9１-９]\s*[-－]\s*[\u4e00-\u9fff]+指标|(?:{LEVEL1_WORDS}))")
TEXT_PUNCTUATION = re.compile(r"[:：,，;；。、]")
INDENT = 2  # a project row is indented at least this much; a unit row is not


def is_title(stripped: str) -> bool:
    """The page title line (项目支出绩效目标表…)."""
    return bool(TITLE.search(stripped)) and len(stripped) <= 40 and "指标值" not in stripped


def furniture(stripped: str) -> str | None:
    """What kind of page-header line this is, judged on its own, or None.

    ``department`` (部门名称：…), ``currency`` (单位：万元), ``title``,
    ``columns`` (the column header row) or ``words`` (pieces of it).
    """
    if DEPARTMENT_LINE.match(stripped):
        return "department"
    if CURRENCY_ONLY.match(stripped):
        return "currency"
    if is_title(stripped):
        return "title"
    words = stripped.split()
    if _HEADER_START.match(stripped) and all(w in _HEADER_WORDS for w in words[1:]):
        return "columns"
    if words and all(w in _HEADER_WORDS for w in words):
        return "words"
    return None


def is_furniture(line: str) -> bool:
    """A page header line, judged on its own (for looking ahead past page breaks)."""
    return furniture(line.strip()) is not None


def indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t\u3000"))


class Lines:
    """The document's lines with their offsets.

    ``first_line`` and ``first_offset`` say where the text starts in its file
    (0 and 0 for a whole file); every line number and offset that leaves the
    reader is placed in the file through :attr:`place`.
    """

    def __init__(self, text: str, first_line: int = 0, first_offset: int = 0) -> None:
        self.text = text
        self.first_line = first_line
        self.first_offset = first_offset
        self.lines = text.split("\n")
        self.offsets: list[int] = []
        pos = 0
        for line in self.lines:
            self.offsets.append(pos)
            pos += len(line) + 1
        self.line_index = LineIndex(text)
        self.place = Place(text, lines=self.line_index, first_line=first_line, first_offset=first_offset)

    def excerpt(self, indices: Sequence[int]) -> tuple[str, Place]:
        """The given lines as one text, and where its offsets are in the file."""
        starts: list[int] = []
        pos = 0
        for i in indices:
            starts.append(pos)
            pos += len(self.lines[i]) + 1
        doc_starts = [self.offsets[i] for i in indices]

        def to_doc(offset: int) -> int:
            k = bisect_right(starts, offset) - 1
            return doc_starts[k] + offset - starts[k]

        place = Place(
            self.text, lines=self.line_index, first_line=self.first_line, first_offset=self.first_offset, inner=to_doc
        )
        return "\n".join(self.lines[i] for i in indices), place

    def diagnostic(self, severity: Severity, message: str, start: int, end: int) -> Diagnostic:
        return self.place.diagnostic(severity, message, start, end)

    def line_diagnostic(self, severity: Severity, message: str, index: int) -> Diagnostic:
        """A diagnostic about line ``index`` (0-based), without its outer white space."""
        line = self.lines[index]
        start = self.offsets[index] + len(line) - len(line.lstrip())
        return self.diagnostic(severity, message, start, self.offsets[index] + len(line.rstrip()))

    def span(self, first: int, last: int) -> tuple[int, int]:
        """File offsets of lines ``first`` to ``last`` (inclusive, 0-based), without their outer white space."""
        start = self.offsets[first] + len(self.lines[first]) - len(self.lines[first].lstrip())
        end = self.offsets[last] + len(self.lines[last].rstrip())
        return self.place.span(start, max(start, end))

    def line_range(self, first: int, last: int) -> tuple[int, int]:
        """1-based file line numbers of lines ``first`` to ``last`` (0-based)."""
        return first + 1 + self.first_line, last + 1 + self.first_line
