"""The one entry point that decides what a text or a file holds, for every command and API function.

A file may hold several tables one after another. :func:`iter_documents`
reads them one at a time (memory stays flat); :func:`read_documents` and
:func:`parse_documents` return them all; :func:`read_document` and
:func:`parse_document` return the one document of a single-table input and
raise :class:`MultipleDocumentsError` when there are more, rather than mix
several tables into one.

The form (Guangzhou serialized cells, …) is detected from the first lines,
or named with ``form=``.
"""

from __future__ import annotations

import glob
import itertools
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import IndicatorParserError, MissingFileError
from .forms import form_reader
from .nodes import Document
from .sources import iter_lines

_HEAD_LINES = 400  # lines looked at to detect the form
# What a folder is searched for (each source of files adds its suffixes here).
SUFFIXES: tuple[str, ...] = (".txt", ".csv", ".tsv")


class MultipleDocumentsError(IndicatorParserError, ValueError):
    """A single document was asked for, but the input holds several tables."""


def _documents(lines: Iterable[str], source: str | None, form: str | None) -> Iterator[Document]:
    lines = iter(lines)
    head = list(itertools.islice(lines, _HEAD_LINES))
    reader = form_reader(form, "\n".join(head))
    for first_line, first_offset, text in reader.split_documents(itertools.chain(head, lines)):
        yield reader.parse_document(text, source, first_line=first_line, first_offset=first_offset)


def _only(documents: Iterator[Document], source: str | None) -> Document:
    first = next(documents)
    if next(documents, None) is not None:
        count = 2 + sum(1 for _ in documents)
        where = f"{source} holds" if source else "the text holds"
        raise MultipleDocumentsError(
            f"{where} {count} documents (tables); use read_documents() or iter_documents() to read them all"
        )
    return first


def iter_documents(
    path: str | Path | bytes, *, form: str | None = None, source: str | None = None
) -> Iterator[Document]:
    """Each document (table) of a file (or of a file's bytes) in turn, holding one at a time.

    Line numbers and offsets refer to the whole file; ``source`` names it in
    the documents and diagnostics (default: the path). Raises
    :class:`~indicator_parser.InputError` for input that cannot be read,
    before any document is yielded.
    """
    name = source or ("<input>" if isinstance(path, bytes) else str(path))
    return _documents(iter_lines(path, name), name, form)


def read_documents(path: str | Path, *, form: str | None = None) -> list[Document]:
    """All documents (tables) of a file."""
    return list(iter_documents(path, form=form))


def read_document(path: str | Path, *, form: str | None = None) -> Document:
    """The one document of a file; :class:`MultipleDocumentsError` if it holds several tables."""
    return _only(iter_documents(path, form=form), str(path))


def parse_documents(text: str, source: str | None = None, *, form: str | None = None) -> list[Document]:
    """All documents (tables) of a text."""
    return list(_documents(text.split("\n"), source, form))


def parse_document(text: str, source: str | None = None, *, form: str | None = None) -> Document:
    """Read a whole 项目支出绩效目标表 text into a :class:`Document`.

    ``source`` names the text in diagnostics (a file name). Nothing raises on
    bad content: what cannot be read is a diagnostic on the document or on the
    project it belongs to. A text holding several tables raises
    :class:`MultipleDocumentsError` (use :func:`parse_documents`).
    """
    return _only(_documents(text.split("\n"), source, form), source)


def find_files(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[str]:
    """The files to read: each path as given, folders searched recursively for :data:`SUFFIXES`, globs expanded.

    Folder and glob results are sorted. Raises
    :class:`~indicator_parser.MissingFileError` naming the folder or glob
    when it finds nothing to read.
    """
    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    found: list[str] = []
    for item in (os.fspath(i) for i in items):
        if Path(item).is_dir():
            inside = sorted(str(p) for p in Path(item).rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
            if not inside:
                raise MissingFileError(f"{item}: no {', '.join('*' + s for s in SUFFIXES)} files in this folder")
            found.extend(inside)
        elif glob.has_magic(item) and not Path(item).exists():
            matched = sorted(glob.glob(item, recursive=True))
            if not matched:
                raise MissingFileError(f"{item}: no file matches")
            found.extend(matched)
        else:
            found.append(item)
    return found
