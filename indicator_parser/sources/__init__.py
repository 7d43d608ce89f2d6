"""Reading input files: the encodings Chinese government text comes in."""

from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import InputError, MissingFileError

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, name: str = "<input>") -> str:
    """Decode the bytes of a text file.

    UTF-8 (with or without a BOM) and UTF-16 with a BOM are recognised; any
    other bytes are tried as GB18030 (a superset of GBK and GB2312). Line ends
    become ``\\n``. Bytes that decode in none of them, or that hold NUL
    characters, raise :class:`InputError` naming the first bad byte.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(
                    f"{name}: not valid {encoding.upper()} text after its byte-order mark "
                    f"(bad byte at offset {error.start})"
                ) from None
            return _checked(text, name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise undecodable(name, data, utf8_error.start) from None
    return _checked(text, name)


def undecodable(name: str, data: bytes, offset: int) -> InputError:
    """The error for bytes that are text in none of the encodings (offset of the first bad UTF-8 byte)."""
    return InputError(
        f"{name}: not text in UTF-8, UTF-16 or GB18030/GBK (undecodable byte 0x{data[offset]:02x} at offset {offset})"
    )


def _checked(text: str, name: str) -> str:
    nul = text.find("\x00")
    if nul != -1:
        raise InputError(f"{name}: binary data, not text (NUL character at character {nul})")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: str | Path) -> str:
    """Read and decode a text file; see :func:`decode`."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise MissingFileError(f"{path}: cannot read (No such file or directory)") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    return decode(data, str(path))
