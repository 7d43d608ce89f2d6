"""Files to text: the one decoder for the encodings Chinese government text comes in.

Every way into the package (a path, standard input, bytes) goes through
:func:`iter_lines`, which streams: it reads the input in pieces, so memory
stays flat however large the file is, and decides the encoding from all of
the bytes (a first pass that only validates), so a file reads the same
whichever function reads it.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError, MissingFileError

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
PIECE = 1 << 20  # bytes read at a time


def _encoding(handle: BinaryIO, name: str) -> str:
    """The encoding of the whole input: a byte-order mark, else UTF-8 if every byte is, else GB18030.

    Reads the input once in pieces (validating only) and leaves it at its start.
    """
    head = handle.read(4)
    handle.seek(0)
    for bom, encoding in BOMS:
        if head.startswith(bom):
            return encoding
    decoder = codecs.getincrementaldecoder("utf-8")()
    consumed = 0
    while True:
        data = handle.read(PIECE)
        try:
            decoder.decode(data, final=not data)
        except UnicodeDecodeError as error:
            handle.seek(0)
            return _gb18030_or_error(handle, name, consumed + error.start)
        consumed += len(data)
        if not data:
            handle.seek(0)
            return "utf-8"


def _gb18030_or_error(handle: BinaryIO, name: str, utf8_error_at: int) -> str:
    decoder = codecs.getincrementaldecoder("gb18030")()
    while True:
        data = handle.read(PIECE)
        try:
            decoder.decode(data, final=not data)
        except UnicodeDecodeError:
            handle.seek(utf8_error_at)
            bad = handle.read(1)
            raise InputError(
                f"{name}: not text in UTF-8, UTF-16 or GB18030/GBK "
                f"(undecodable byte 0x{bad[0]:02x} at offset {utf8_error_at})"
            ) from None
        if not data:
            handle.seek(0)
            return "gb18030"


# A NUL that is not a tab-delimited cell of its own (bcp's empty string: a tab or a line's end on both sides)
_LOOSE_NUL = re.compile(r"(?<=[^\t\n])\x00|\x00(?![\t\r\n]|$)")


def _lines(handle: BinaryIO, name: str) -> Iterator[str]:
    encoding = _encoding(handle, name)
    decoder = codecs.getincrementaldecoder(encoding)()
    consumed = 0
    pending = ""
    characters = 0
    while True:
        data = handle.read(PIECE)
        final = not data
        try:
            text = decoder.decode(data, final=final)
        except UnicodeDecodeError as error:
            raise InputError(
                f"{name}: not valid {encoding.upper()} text after its byte-order mark "
                f"(bad byte at offset {consumed + error.start})"
            ) from None
        nul = text.find("\x00")
        if nul != -1 and (m := _LOOSE_NUL.search(text, nul)) is not None:
            # (a NUL alone between tabs is an empty string as SQL Server's bcp writes one: a cell, read as empty)
            raise InputError(f"{name}: binary data, not text (NUL character at character {characters + m.start()})")
        characters += len(text)
        consumed += len(data)
        buffer = pending + text
        hold = "\r" if buffer.endswith("\r") and not final else ""  # its "\n" may come in the next piece
        buffer = buffer[: len(buffer) - len(hold)]
        if "\r" in buffer:
            buffer = buffer.replace("\r\n", "\n").replace("\r", "\n")
        lines = breaks_at_line_ends(buffer).split("\n")
        pending = lines.pop() + hold
        yield from lines
        if final:
            break
    yield pending


# What ends a line besides a line break: ASCII's record separator (a row, as sqlite's .mode ascii writes rows) and a
# vertical tab (Word's manual line break, as its text gives it)
LINE_ENDS = "\x1e\x0b"


def breaks_at_line_ends(text: str) -> str:
    """The text with a line break for each of the :data:`LINE_ENDS` it holds."""
    for end in LINE_ENDS:
        if end in text:
            text = text.replace(end, "\n")
    return text


def iter_lines(source: str | Path | bytes, name: str | None = None) -> Iterator[str]:
    """The lines of a text file (or of bytes), without line ends, decoded piece by piece.

    UTF-8 (with or without a BOM) and UTF-16 with a BOM are recognised; any
    other bytes are read as GB18030 (a superset of GBK and GB2312). CRLF, CR,
    ASCII's record separator (``\x1e``) and a vertical tab (``\x0b``, Word's
    manual line break) become line breaks. Raises :class:`InputError` naming
    the input for bytes that are text in none of them or hold NUL characters
    (before any line is yielded when the encoding is in doubt), and
    :class:`MissingFileError` (also a ``FileNotFoundError``) for a missing file.
    """
    if isinstance(source, bytes):
        yield from _lines(io.BytesIO(source), name or "<input>")
        return
    path = Path(source)
    label = name or str(path)
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise MissingFileError(f"{label}: cannot read (No such file or directory)") from None
    except OSError as error:
        raise InputError(f"{label}: cannot read ({error.strerror or error})") from None
    with handle:
        try:
            yield from _lines(handle, label)
        except OSError as error:
            raise InputError(f"{label}: cannot read ({error.strerror or error})") from None


def decode(data: bytes, name: str = "<input>") -> str:
    """Decode the bytes of a text file; see :func:`iter_lines`. Line ends become ``\\n``."""
    return "\n".join(iter_lines(data, name))


def read_text(path: str | Path) -> str:
    """Read and decode a whole text file; see :func:`iter_lines`."""
    return "\n".join(iter_lines(path))
