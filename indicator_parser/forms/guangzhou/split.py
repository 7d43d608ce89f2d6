"""Reading large files one document at a time.

A file may hold several tables one after another (a department's budget book,
or a corpus concatenated for a pipeline). :func:`iter_documents` decodes the
file in pieces and hands each document to the reader as soon as it ends, so
memory stays flat however large the file is.

A new document starts at a page title whose 部门名称 names another department,
or whose table restarts with a 合计 row. Two tables of the same department
without a 合计 row read as one document.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ...nodes import Document
from ...sources import BOMS, InputError, undecodable
from .reader import DEPARTMENT_LINE, is_title, parse_document

_TOTAL_ROW = re.compile(r"^\s*合计\s+-?[\d,]+\.\d{2}")
_AMOUNTS_AT_END = re.compile(r"-?[\d,]+\.\d{2}\s*$")
_PIECE = 1 << 20


def split_documents(lines: Iterable[str]) -> Iterator[tuple[int, int, str]]:
    """Group lines (without line ends) into documents: ``(first line, first offset, text)``.

    Line numbers count from 0 and offsets are in characters, counting one for
    each line end.
    """
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
        stripped = line.strip()
        if is_title(stripped):
            title_at = len(current)
        m = DEPARTMENT_LINE.match(stripped)
        name = m.group("department") if m else None
        if has_rows and ((name is not None and name != department) or (m is None and _TOTAL_ROW.match(line))):
            at = title_at if title_at is not None else len(current)
            yield cut(at)
            title_at = 0 if current else None
            has_rows = False
            carried = [DEPARTMENT_LINE.match(kept.strip()) for kept in current]
            department = next((c.group("department") for c in carried if c), None)
        if name is not None and department is None:
            department = name
        current.append(line)
        if m is None and _AMOUNTS_AT_END.search(line):
            has_rows = True
            title_at = None  # a title before this row belongs to this document
    if current:
        yield first_line, first_offset, "\n".join(current)


def _decoded_lines(path: Path) -> Iterator[str]:
    """The lines of a text file, decoded piece by piece (see :func:`indicator_parser.sources.decode`)."""
    with path.open("rb") as handle:
        head = handle.read(_PIECE)
        encoding = "utf-8"
        for bom, name in BOMS:
            if head.startswith(bom):
                encoding = name
                break
        else:
            try:
                codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
            except UnicodeDecodeError as utf8_error:
                try:
                    codecs.getincrementaldecoder("gb18030")().decode(head, final=False)
                except UnicodeDecodeError:
                    raise undecodable(str(path), head, utf8_error.start) from None
                encoding = "gb18030"
        decoder = codecs.getincrementaldecoder(encoding)()
        consumed = 0
        pending = ""
        data = head
        while True:
            final = not data
            try:
                text = decoder.decode(data, final=final)
            except UnicodeDecodeError as error:
                raise InputError(
                    f"{path}: not valid {encoding.upper()} text (bad byte at offset {consumed + error.start})"
                ) from None
            if "\x00" in text:
                raise InputError(f"{path}: binary data, not text (NUL character)")
            consumed += len(data)
            buffer = pending + text
            hold = "\r" if buffer.endswith("\r") and not final else ""  # its "\n" may come in the next piece
            buffer = buffer[: len(buffer) - len(hold)]
            if "\r" in buffer:
                buffer = buffer.replace("\r\n", "\n").replace("\r", "\n")
            lines = buffer.split("\n")
            pending = lines.pop() + hold
            yield from lines
            if final:
                break
            data = handle.read(_PIECE)
    yield pending


def iter_documents(path: str | Path) -> Iterator[Document]:
    """Parse each document of a file in turn, holding one document at a time.

    Line numbers and offsets refer to the whole file. Raises
    :class:`~indicator_parser.InputError` for a missing or undecodable file;
    the documents before the bad bytes have been yielded by then.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: cannot read (No such file or directory)")
    for first_line, first_offset, text in split_documents(_decoded_lines(path)):
        yield parse_document(text, source=str(path), first_line=first_line, first_offset=first_offset)
