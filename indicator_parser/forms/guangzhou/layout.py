"""A Guangzhou table as space-aligned text (``pdftotext -layout``, pdfplumber ``extract_text(layout=True)``).

Such text keeps the columns side by side: the goal and the 绩效指标 cell are
interleaved line by line, each cell wrapped in place. It is read by the
column positions of its header row (项目名称 … 绩效指标), page by page:

- the header row names the columns; words stacked under a header word
  (``财政专户`` / ``拨款``) complete it;
- the boundary between two columns is the character position, between their
  header words, that the fewest lines of the page cover (a gutter of spaces);
  positions count characters, as these extractors place them on a grid of one
  character a cell;
- every line is cut at the boundaries into a row of cells placed in the file,
  and :func:`.table.read_rows` in ``lines`` mode joins wrapped lines into rows.

Text before the first table and after it (other budget tables) is skipped with
one warning that says which lines.
"""

from __future__ import annotations

import itertools
import re

from ...nodes import Diagnostic, Document
from ...table import Row, Text
from ..layout import column_boundaries, cut_line
from .lines import furniture, is_title
from .table import header_field, read_rows

# A header row with its words apart: 项目名称 … 绩效目标   绩效指标 (a gap of three spaces or more).
LAYOUT_HEADER = re.compile(r"项目名称.*绩效目标[ \u3000]{3,}绩效指标")
_WORD = re.compile(r"\S+")
_OTHER_TITLE = re.compile(r"^.{0,30}(?:总表|支出表|收入表|预算表|情况表|明细表|统计表)(?:（续）|\(续\))?$")


def is_layout(lines: list[str]) -> bool:
    """Whether a Guangzhou text is space-aligned (its header words stand apart)."""
    return any(LAYOUT_HEADER.search(line) for line in lines)


def _header_continues(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and furniture(stripped) in ("words", "columns") and not LAYOUT_HEADER.search(line)


def _columns(lines: list[str], header: int) -> tuple[list[int], list[int]]:
    """The header's column starts (character positions) and the lines that complete its words."""
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(lines[header])]
    below: list[int] = []
    j = header + 1
    while j < len(lines) and (not lines[j].strip() or _header_continues(lines[j])):
        if lines[j].strip():
            below.append(j)
            for m in _WORD.finditer(lines[j]):
                for k, (a, b, text) in enumerate(words):
                    if m.start() < b + 2 and m.end() > a - 2:
                        words[k] = (a, b, text + m.group(0))
                        break
        j += 1
    starts: list[int] = []
    seen: set[str] = set()
    for a, _, text in words:
        field = header_field(text)
        if field and field not in seen:  # 项目名称 （资金使用单位）: one column
            seen.add(field)
            starts.append(a)
    return starts, below


def layout_rows(text: str, first_line: int = 0, first_offset: int = 0) -> tuple[list[Row], list[Diagnostic]]:
    """The rows of cells of a space-aligned Guangzhou table text, and warnings for the lines skipped."""
    doc = Text(text, first_line, first_offset)
    lines = doc.lines
    headers = [i for i, line in enumerate(lines) if LAYOUT_HEADER.search(line)]
    rows: list[Row] = []
    notes: list[Diagnostic] = []
    if not headers:
        return rows, notes
    start = headers[0]
    while start > 0 and (not lines[start - 1].strip() or _is_furniture(lines[start - 1])):
        start -= 1  # the title and 部门名称 lines above the first header
    end = len(lines)
    for i in range(headers[-1] + 1, len(lines)):
        stripped = lines[i].strip().replace(" ", "")
        if _OTHER_TITLE.match(stripped) and not is_title(stripped):
            end = i
            break
    for a, b in ((0, start), (end, len(lines))):
        skipped = [i for i in range(a, b) if lines[i].strip()]
        if skipped:
            first = doc.cell(skipped[0], 0, len(lines[skipped[0]]))
            message = (
                f"lines {skipped[0] + 1 + first_line}-{skipped[-1] + 1 + first_line} skipped: not part of the table"
            )
            notes.append(first.diagnostic("warning", message))
    sections = [*headers, end]
    for i in range(start, headers[0]):
        if lines[i].strip():
            rows.append(Row((doc.cell(i, 0, len(lines[i])),), aligned=False))
    for h, stop in itertools.pairwise(sections):
        starts, below = _columns(lines, h)
        content = [i for i in range(h + 1, stop) if lines[i].strip() and i not in below and not _is_furniture(lines[i])]
        bounds = column_boundaries(lines, content, starts)
        rows.append(Row(tuple(doc.cell(h, a, b) for a, b in zip(bounds, [*bounds[1:], len(lines[h])], strict=True))))
        for i in range(h + 1, stop):
            line = lines[i]
            if not line.strip() or i in below:
                continue
            if _is_furniture(line):
                rows.append(Row((doc.cell(i, 0, len(line)),), aligned=False))
                continue
            rows.append(Row(cut_line(doc, i, bounds)))
    return rows, notes


def _is_furniture(line: str) -> bool:
    stripped = line.strip()
    return is_title(stripped) or furniture(stripped) in ("department", "currency", "title")


def parse_layout(text: str, source: str | None = None, *, first_line: int = 0, first_offset: int = 0) -> Document:
    """Read a space-aligned Guangzhou table text (see the module docs) into a :class:`Document`."""
    import attrs

    rows, notes = layout_rows(text, first_line, first_offset)
    document = read_rows(rows, source, lines_mode=True)
    return attrs.evolve(document, diagnostics=tuple(sorted([*notes, *document.diagnostics], key=lambda d: d.span)))
