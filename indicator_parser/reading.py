"""The one entry point that decides what a text or a file holds, for every command and API function.

A file may hold several tables one after another. :func:`iter_documents`
reads them one at a time (memory stays flat); :func:`read_documents` and
:func:`parse_documents` return them all; :func:`read_document` and
:func:`parse_document` return the one document of a single-table input and
raise :class:`MultipleDocumentsError` when there are more, rather than mix
several tables into one.

The form (Guangzhou serialized cells, …) is detected from the first lines,
or named with ``form=``.

A ``.pdf`` file (or any file starting ``%PDF-``) is read by
:mod:`.sources.pdf`, an ``.xlsx`` workbook by :mod:`.sources.xlsx`, an ``.xls``
one by :mod:`.sources.xls` and a ``.docx`` document's tables by
:mod:`.sources.word`, as rows of cells handed to the form's ``read_rows``; their
positions refer to the cell text of :mod:`.sources.grid`.
"""

from __future__ import annotations

import glob
import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .errors import IndicatorParserError, MissingFileError
from .forms import FORMS, FormReader, form_reader
from .nodes import Diagnostic, Document
from .sources import breaks_at_line_ends, iter_lines
from .table import Row

_HEAD_LINES = 400  # lines looked at to detect the form
# What a folder is searched for (each source of files adds its suffixes here).
SUFFIXES: tuple[str, ...] = (".txt", ".csv", ".tsv", ".html", ".htm", ".pdf", ".xlsx", ".xls", ".docx")


class MultipleDocumentsError(IndicatorParserError, ValueError):
    """A single document was asked for, but the input holds several tables."""


def _documents(lines: Iterable[str], source: str | None, form: str | None) -> Iterator[Document]:
    lines = iter(lines)
    head = list(itertools.islice(lines, _HEAD_LINES))
    reader = form_reader(form, "\n".join(head))
    parse = reader.parse_document
    for first_line, first_offset, text in reader.split_documents(itertools.chain(head, lines)):
        yield parse(text, source, first_line=first_line, first_offset=first_offset)


_HEAD_ROWS = 200  # rows looked at to detect the form of a PDF or a sheet


def _rows_reader(rows: Iterable[Row], form: str | None) -> tuple[FormReader, Iterator[Row]]:
    """The form of rows of cells (a PDF's tables, a sheet), by the header they name, and the rows again."""
    rows = iter(rows)
    head: list[Row] = []
    for row in rows:
        head.append(row)
        text = "  ".join(row.texts)
        if len(head) >= _HEAD_ROWS or any(f.read_rows and f.detect(text) for f in FORMS.values()):
            break
    reader = form_reader(form, "\n".join("  ".join(r.texts) for r in head))
    if reader.read_rows is None:
        raise ValueError(f"the {reader.name} form cannot be read from tables")
    return reader, itertools.chain(head, rows)


def _rows_document(rows: Iterable[Row], source: str, form: str | None) -> Document:
    """The document of rows of cells (a PDF's tables, a sheet), read by the form their header names."""
    reader, rows = _rows_reader(rows, form)
    assert reader.read_rows is not None  # (_rows_reader refuses a form that reads no rows)
    return reader.read_rows(rows, source)


def _file_kind(path: str | Path | bytes) -> str:
    """``pdf``, ``xlsx``, ``xls``, ``docx`` or ``text``, by the name and the first bytes (a PDF's; a workbook's,
    whose name may say another format or hide a text)."""
    if isinstance(path, bytes):
        return "pdf" if path.startswith(b"%PDF-") else "text"
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        return "pdf"
    if suffix == ".docx":
        return "docx"
    try:
        with open(path, "rb") as handle:
            head = handle.read(512)
    except OSError:
        head = b""  # (the reader reports what is wrong with the path)
    if suffix in (".xls", ".xlsx", ".xlsm"):
        # by the first bytes where they tell (an .xls that is an .xlsx, or the reverse); a web page, an XML
        # Spreadsheet or a delimited text that a system exports under a workbook's name is text
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            return "xls"
        if head.startswith(b"PK\x03\x04"):
            return "xlsx"
        if _text_export(head):
            return "text"
        return "xls" if suffix == ".xls" else "xlsx"
    return "pdf" if head.startswith(b"%PDF-") else "text"


def _text_export(head: bytes) -> bool:
    """Whether a file's first bytes are text: UTF-16's byte-order mark, or no NUL byte and UTF-8 or GB18030 (a
    character cut at the end aside)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if not head.strip() or b"\x00" in head:
        return False
    for encoding in ("utf-8", "gb18030"):
        for cut in range(4):
            try:
                head[: len(head) - cut].decode(encoding)
            except UnicodeDecodeError:
                continue
            return True
    return False


def _note(document: Document, notes: list[Diagnostic]) -> Document:
    import attrs

    if not notes:
        return document
    return attrs.evolve(document, diagnostics=(*notes, *document.diagnostics))


def _pdf_documents(
    path: str | Path, name: str, form: str | None, pages: str | None, progress: Callable[[int, int], None] | None
) -> Iterator[Document]:
    from .sources.pdf import PdfPages

    pdf = PdfPages(str(path), name, pages, progress)
    document = pdf.grid.located(_rows_document(pdf.rows(), name, form))
    notes = [Diagnostic("warning", pdf.report, (0, 0), 1, 1, "")]
    if not pdf.read and pdf.unruled:
        # No ruled table anywhere, but pages that name a 绩效目标表: a table drawn without lines. Read the
        # pages' layout text by its columns, as the text of pdftotext -layout is read.
        text = pdf.layout_text(pdf.unruled)
        found = list(_documents(text.split("\n"), name, form))
        if found and any(unit.projects for unit in found[0].units):
            document = found[0]
            pages_read = ", ".join(map(str, pdf.unruled))
            message = (
                f"no ruled table: read the layout text of pages {pages_read} by its columns "
                "(positions refer to that text: pdfplumber's extract_text(layout=True), pages joined by form feeds)"
            )
            notes.append(Diagnostic("warning", message, (0, 0), 1, 1, ""))
    for page in pdf.scans:
        inside = bool(pdf.read) and pdf.read[0] < page < pdf.read[-1]
        message = (
            f"page {page} has no text layer (a scanned image?)"
            + (", inside the table: its rows are missing" if inside else "")
            + "; run OCR on the PDF (for example ocrmypdf) and read the result"
        )
        notes.append(Diagnostic("error" if inside else "warning", message, (0, 0), 1, 1, ""))
    yield _note(document, notes)


def _xlsx_documents(path: str | Path, name: str, form: str | None, kind: str = "xlsx") -> Iterator[Document]:
    """The documents of a workbook (``kind`` ``xlsx`` or ``xls``) or of a Word document's tables (``docx``)."""
    from .sources.word import WordDocument
    from .sources.xls import XlsWorkbook
    from .sources.xlsx import Workbook

    book = {"xlsx": Workbook, "xls": XlsWorkbook, "docx": WordDocument}[kind](str(path), name)
    # Column-table sheets one after another are one document (a department's workbook with a sheet a project,
    # as its text would be one); a sheet of the Guangzhou form is a document of its own.
    joined: list[tuple[str, Iterator[Row]]] = []

    def document(sheets: list[tuple[str, Iterator[Row]]], reader: FormReader) -> Document:
        assert reader.read_rows is not None
        rows = itertools.chain.from_iterable(rows for _, rows in sheets)
        names = ", ".join(sheet for sheet, _ in sheets)
        where = f"(this document: {book.part}{'s' if len(sheets) > 1 else ''} {names})"
        read = book.grid.located(reader.read_rows(rows, name))
        return _note(read, [Diagnostic("warning", f"{book.report} {where}", (0, 0), 1, 1, "")])

    columns = FORMS["columns"]
    for sheet, sheet_rows in book.sheets():
        reader, rows = _rows_reader(sheet_rows, form)
        if form is None and sheet in book.blocks_only:
            reader = columns  # (header blocks with no grid: the column form's, whose grids are keyed by name)
        if reader is columns:
            joined.append((sheet, rows))
            continue
        if joined:
            yield document(joined, columns)
            joined = []
        yield document([(sheet, rows)], reader)
    if joined:
        yield document(joined, columns)


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
    path: str | Path | bytes,
    *,
    form: str | None = None,
    source: str | None = None,
    pages: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[Document]:
    """Each document (table) of a file (or of a file's bytes) in turn, holding one at a time.

    Line numbers and offsets refer to the whole file; ``source`` names it in
    the documents and diagnostics (default: the path). Raises
    :class:`~indicator_parser.InputError` for input that cannot be read,
    before any document is yielded.

    A PDF (``.pdf``), workbook (``.xlsx``, ``.xls``) or Word document (``.docx``) is
    read as tables (extras ``pdf``, ``xlsx``, ``xls`` and ``docx``); ``pages``
    (``"12-30"``) limits the pages of a PDF read, and ``progress(done, total)`` is
    called after each of its pages.
    """
    name = source or ("<input>" if isinstance(path, bytes) else str(path))
    kind = _file_kind(path)
    if kind != "text" and isinstance(path, bytes):
        from .errors import InputError

        raise InputError(f"{name}: a PDF on standard input; give its file name instead")
    if kind == "pdf":
        return _pdf_documents(path, name, form, pages, progress)  # type: ignore[arg-type]
    if kind in ("xlsx", "xls", "docx"):
        return _xlsx_documents(path, name, form, kind)  # type: ignore[arg-type]
    documents = _documents(iter_lines(path, name), name, form)
    if not isinstance(path, bytes) and Path(path).suffix.lower() in (".xls", ".xlsx", ".xlsm"):
        message = (
            f"{Path(path).name} is no workbook but text (a web page, an XML Spreadsheet or a delimited text saved "
            "under a workbook's name): read as text"
        )
        note = Diagnostic("warning", message, (0, 0), 1, 1, "")
        return (_note(document, [note]) for document in documents)
    return documents


def read_documents(path: str | Path, *, form: str | None = None, pages: str | None = None) -> list[Document]:
    """All documents (tables) of a file (text, PDF or XLSX)."""
    return list(iter_documents(path, form=form, pages=pages))


def read_document(path: str | Path, *, form: str | None = None, pages: str | None = None) -> Document:
    """The one document of a file; :class:`MultipleDocumentsError` if it holds several tables."""
    return _only(iter_documents(path, form=form, pages=pages), str(path))


def parse_documents(text: str, source: str | None = None, *, form: str | None = None) -> list[Document]:
    """All documents (tables) of a text."""
    return list(_documents(_text_lines(text), source, form))


def parse_document(text: str, source: str | None = None, *, form: str | None = None) -> Document:
    """Read a whole 项目支出绩效目标表 text into a :class:`Document`.

    ``source`` names the text in diagnostics (a file name). Nothing raises on
    bad content: what cannot be read is a diagnostic on the document or on the
    project it belongs to. A text holding several tables raises
    :class:`MultipleDocumentsError` (use :func:`parse_documents`).
    """
    return _only(_documents(_text_lines(text), source, form), source)


def _text_lines(text: str) -> list[str]:
    """A text's lines, as a file's are read (ASCII's record separator, ``\x1e``, and a vertical tab, ``\x0b``,
    a line's end)."""
    return breaks_at_line_ends(text).split("\n")


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
