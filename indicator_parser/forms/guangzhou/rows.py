"""Row assembly: the lines of a Guangzhou table text grouped into rows (a name with its amounts, then its body).

Page furniture is recognised and dropped wherever it falls (also inside a row);
a row is a name followed by its amounts, on the same line or a later one; the
lines after a row, up to the next, are its body (goal and indicator text).
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from ...nodes import Diagnostic, Severity
from ...text import JoinedText
from .lines import (
    CELL_START_NUMBERED,
    CURRENCY_ONLY,
    DEPARTMENT_LINE,
    HEADERISH,
    INDENT,
    LAST_COLUMN,
    STRONG_HEADER_WORDS,
    TEXT_PUNCTUATION,
    Lines,
    furniture,
    indent,
    is_furniture,
)
from .money import AMOUNTS_ONLY, NAME_AND_AMOUNTS, amounts


@attrs.define
class Row:
    """A name with its amounts, and the lines that follow it up to the next row (0-based line numbers)."""

    first_line: int
    indent: int
    name_lines: list[int]
    names: list[str]
    amounts: list[Decimal] | None = None
    amounts_line: int | None = None
    body: list[int] = attrs.Factory(list)

    @property
    def name(self) -> str:
        return JoinedText("\n".join(self.names)).text.strip()

    @property
    def last_line(self) -> int:
        return max([self.first_line, *self.name_lines, *(self.body or []), self.amounts_line or 0])


@attrs.define
class Rows:
    """What row assembly found: the rows, the header facts, and the lines it gave a role or a diagnostic."""

    rows: list[Row] = attrs.Factory(list)
    department: str | None = None
    currency_unit: str | None = None
    roles: dict[int, str] = attrs.Factory(dict)  # "header" or "diagnostic", by line
    diagnostics: list[Diagnostic] = attrs.Factory(list)


class _Assembler:
    def __init__(self, doc: Lines) -> None:
        self.doc = doc
        self.found = Rows()
        self.first_header = next((i for i, line in enumerate(doc.lines) if is_furniture(line)), 0)

    def flag(self, index: int, message: str, severity: Severity = "error") -> None:
        self.found.roles[index] = "diagnostic"
        self.found.diagnostics.append(self.doc.line_diagnostic(severity, message, index))

    def header_line(self, i: int, in_header: bool) -> tuple[bool, bool]:
        """Whether line ``i`` is page furniture, and whether a column header block goes on."""
        stripped = self.doc.lines[i].strip()
        kind = furniture(stripped)
        found = self.found
        if kind == "department":
            m = DEPARTMENT_LINE.match(stripped)
            assert m is not None
            found.department = found.department or (m.group("department") or None)
            found.currency_unit = found.currency_unit or m.group("unit")
        elif kind == "currency":
            m = CURRENCY_ONLY.match(stripped)
            assert m is not None
            found.currency_unit = found.currency_unit or m.group("unit")
        elif kind == "words" and not (in_header or STRONG_HEADER_WORDS & set(stripped.split())):
            return False, False  # 资金 alone is a header piece only inside a column header
        if kind in ("columns", "words"):
            return True, LAST_COLUMN not in stripped.split()
        return kind is not None, False

    def next_lines(self, i: int, count: int) -> list[int]:
        """The next ``count`` non-blank lines after ``i``.

        Past the first page header, page furniture is skipped too (a page may
        break inside a row); before it, a header ends the look-ahead, so that
        a preamble is not read as the start of the first row.
        """
        found: list[int] = []
        j = i + 1
        while j < len(self.doc.lines) and len(found) < count:
            line = self.doc.lines[j]
            if line.strip() and is_furniture(line):
                if i < self.first_header:
                    break
            elif line.strip():
                found.append(j)
            j += 1
        return found

    def starts_unindented_row(self, i: int) -> bool:
        """An unindented text line whose name ends in an amounts line within a few lines."""
        if TEXT_PUNCTUATION.search(self.doc.lines[i]) or CELL_START_NUMBERED.match(self.doc.lines[i]):
            return False
        for j in self.next_lines(i, 3):
            line = self.doc.lines[j]
            if indent(line) >= INDENT:
                return False  # the next row starts there, not here
            if AMOUNTS_ONLY.match(line):
                return True
            named = NAME_AND_AMOUNTS.match(line)
            if named:
                return not TEXT_PUNCTUATION.search(named.group("name"))
            if TEXT_PUNCTUATION.search(line):
                return False
        return False

    def start_row(self, i: int, name: str | None = None) -> Row:
        line = self.doc.lines[i]
        row = Row(first_line=i, indent=indent(line), name_lines=[i], names=[name if name is not None else line])
        self.found.rows.append(row)
        return row

    def drop(self, row: Row, message: str) -> None:
        for k in row.name_lines:
            self.flag(k, message)
        self.found.rows.remove(row)

    def run(self) -> Rows:
        row: Row | None = None
        in_header = False
        for i, line in enumerate(self.doc.lines):
            if not line.strip():
                continue
            is_header, in_header = self.header_line(i, in_header) if HEADERISH.search(line) else (False, False)
            if is_header:
                self.found.roles[i] = "header"
                continue
            ends_in_digit = line.rstrip()[-1:].isdigit()
            named = NAME_AND_AMOUNTS.match(line) if ends_in_digit else None
            only = AMOUNTS_ONLY.match(line) if ends_in_digit else None
            if row is not None and row.amounts is None:
                # Still reading a row's name: continuation lines until its amounts.
                if only:
                    row.amounts, row.amounts_line = amounts(only.group("amounts")), i
                elif named:
                    row.names.append(named.group("name"))
                    row.name_lines.append(i)
                    row.amounts, row.amounts_line = amounts(named.group("amounts")), i
                elif len(row.names) >= 4:
                    self.drop(row, "row name runs on without its amounts")
                    row = self.start_row(i)
                else:
                    row.names.append(line)
                    row.name_lines.append(i)
                continue
            indented = indent(line) >= INDENT
            if named and (indented or not TEXT_PUNCTUATION.search(named.group("name"))):
                row = self.start_row(i, named.group("name"))
                row.amounts, row.amounts_line = amounts(named.group("amounts")), i
            elif only:
                self.flag(i, "amounts with no row name")
            elif (indented and not CELL_START_NUMBERED.match(line)) or self.starts_unindented_row(i):
                row = self.start_row(i)
            elif row is not None:
                row.body.append(i)
            else:
                self.flag(i, "text outside any row")
        if row is not None and row.amounts is None:
            self.drop(row, "row name without amounts")
        return self.found


def assemble_rows(doc: Lines) -> Rows:
    """Group the document's lines into rows; see the module docs."""
    return _Assembler(doc).run()
