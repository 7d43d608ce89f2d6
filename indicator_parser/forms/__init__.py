"""Forms: text (or rows of cells) to Documents, one subpackage per family of forms.

Each form gives three things: ``detect(head)`` (do the first lines look like
it?), ``split_documents(lines)`` (where each table of a file starts and ends)
and ``parse_document(text, source, first_line=, first_offset=)``. Adding a
form is a subpackage and one :func:`register` line below.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import attrs

from ..nodes import Document

# (first line, first character offset, text) of one document within its file.
Piece = tuple[int, int, str]


@attrs.frozen
class FormReader:
    """How one family of forms is recognised, split into documents and read."""

    name: str
    detect: Callable[[str], bool]
    split_documents: Callable[[Iterable[str]], Iterator[Piece]]
    parse_document: Callable[..., Document]
    # Rows of cells (PDF tables, sheets) to a Document, for forms that read them.
    read_rows: Callable[..., Document] | None = None


FORMS: dict[str, FormReader] = {}


def register(name: str, module: object) -> None:
    """Make a form module (with ``detect``, ``split_documents``, ``parse_document``) known by ``name``."""
    FORMS[name] = FormReader(
        name,
        module.detect,  # type: ignore[attr-defined]
        module.split_documents,  # type: ignore[attr-defined]
        module.parse_document,  # type: ignore[attr-defined]
        getattr(module, "read_rows", None),
    )


def form_reader(name: str | None, head: str) -> FormReader:
    """The reader for form ``name``, or for the first form whose ``detect`` accepts ``head``.

    With no match the Guangzhou reader is used: it reports what it cannot read.
    """
    if name is not None:
        try:
            return FORMS[name]
        except KeyError:
            raise ValueError(f"unknown form {name!r}; expected one of {', '.join(FORMS)}") from None
    return next((reader for reader in FORMS.values() if reader.detect(head)), FORMS["guangzhou"])


from . import columns, guangzhou  # noqa: E402  (the forms register themselves here, in the order detection tries them)

# Column tables first: their detect() needs a grid header (一级指标 … 三级指标) and refuses Guangzhou signs.
register("columns", columns)
register("guangzhou", guangzhou)
