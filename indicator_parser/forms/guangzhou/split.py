"""Where one Guangzhou table ends and the next begins, in a stream of lines.

A file may hold several tables one after another (a department's budget book,
or a corpus concatenated for a pipeline); each is handed on as soon as it
ends, so memory stays flat however large the file is.

A new document starts at a page title whose 部门名称 names another department,
or whose table restarts with a 合计 row. Two tables of the same department
without a 合计 row read as one document.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

from .layout import is_layout
from .lines import DEPARTMENT_LINE, is_title
from .money import AMOUNT

_HEAD_LINES = 400
_TOTAL_ROW = re.compile(rf"^\s*合计\s+{AMOUNT}")
_AMOUNTS_AT_END = re.compile(rf"{AMOUNT}\s*$")


def split_documents(lines: Iterable[str]) -> Iterator[tuple[int, int, str]]:
    """Group lines (without line ends) into documents: ``(first line, first offset, text)``.

    Line numbers count from 0 and offsets are in characters, counting one for
    each line end. Space-aligned text (``pdftotext -layout``) is one document:
    its lines hold other columns' text beside the rows, so they are not cut.
    """
    lines = iter(lines)
    head = list(itertools.islice(lines, _HEAD_LINES))
    if is_layout(head):
        yield 0, 0, "\n".join(itertools.chain(head, lines))
        return
    lines = itertools.chain(head, lines)
    current: list[str] = []
    first_line = first_offset = 0
    department: str | None = None
    has_rows = False
    title_at: int | None = None  # where in ``current`` the latest page title stands

    def cut(at: int) -> tuple[int, int, str]:
        nonlocal current, first_line, first_offset
        done = current[:at]
        current = current[at:]
        piece = (first_line, first_offset, "\n".join(done))
        first_line += len(done)
        first_offset += sum(len(line) + 1 for line in done)
        return piece

    for line in lines:
        if not line:  # most lines of an extracted text are blank
            current.append(line)
            continue
        # Substring tests first: most lines are none of these, and ``in`` is far cheaper than a regex.
        if "绩效目标表" in line and is_title(line.strip()):
            title_at = len(current)
        m = DEPARTMENT_LINE.match(line.strip()) if "部门名称" in line else None
        name = m.group("department") if m else None
        if has_rows and (
            (name is not None and department is not None and name != department)
            or (m is None and "合计" in line and _TOTAL_ROW.match(line))
        ):
            at = title_at if title_at is not None else len(current)
            yield cut(at)
            title_at = 0 if current else None
            has_rows = False
            carried = [DEPARTMENT_LINE.match(kept.strip()) for kept in current]
            department = next((c.group("department") for c in carried if c), None)
        if name is not None and department is None:
            department = name
        current.append(line)
        if (not has_rows or title_at is not None) and m is None and "." in line and _AMOUNTS_AT_END.search(line):
            has_rows = True
            title_at = None  # a title before this row belongs to this document
    if current:
        yield first_line, first_offset, "\n".join(current)
