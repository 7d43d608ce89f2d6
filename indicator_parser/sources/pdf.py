"""PDF budgets: the pages holding a 绩效目标表, their ruled tables read as rows of cells (pdfplumber, extra ``pdf``).

A department's budget PDF holds many tables (收支总表, 财政拨款支出表 …); the
项目支出绩效目标表 is one section of it. A page is read when it holds a ruled
table whose rows name the columns of a 绩效目标表 (项目名称 … 绩效指标, or
一级指标 … 三级指标 … 指标值), or when it continues one (the page before was
read, no other table's title stands on it, and its table has the same number
of columns). Every other page is skipped, and :attr:`PdfPages.report` says
which pages were read and why the others were not.

Cells are read as cells (pdfplumber's ``find_tables``/``extract``), never as
re-flowed text: a merged cell comes as None from pdfplumber and becomes an
empty cell. Text outside the tables (the title, 部门名称, 单位) comes as rows of
one cell, in the order it stands on the page. Pages are read one at a time and
released, so memory stays flat however long the PDF is.

Positions: see :mod:`indicator_parser.sources.grid` (the cell text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs

from ..errors import InputError, MissingFileError, require_extra
from ..table import Row
from .grid import GridText, is_target_header

_TARGET_WORDS = re.compile(r"绩效目标|绩效指标|三级指标|一级指标|指标名称")
_OTHER_TITLE = re.compile(r"^.{0,30}(?:总表|支出表|收入表|预算表|情况表|明细表|统计表)(?:（续）|\(续\))?$")
_PAGE_SPEC = re.compile(r"^\s*(\d+)\s*(?:[-–~]\s*(\d+)?)?\s*$")


def parse_pages(spec: str) -> list[tuple[int, int | None]]:
    """``"12-30"``, ``"5"``, ``"3,7-9"``, ``"40-"`` as 1-based inclusive ranges (None: to the end)."""
    ranges: list[tuple[int, int | None]] = []
    for part in spec.split(","):
        m = _PAGE_SPEC.match(part)
        if not m or int(m.group(1)) < 1:
            raise ValueError(f"pages {spec!r}: expected page numbers such as 12-30, 5 or 3,7-9 (from 1)")
        first = int(m.group(1))
        last = None if ("-" in part or "–" in part or "~" in part) and m.group(2) is None else int(m.group(2) or first)
        if last is not None and last < first:
            raise ValueError(f"pages {spec!r}: {first}-{last} runs backwards")
        ranges.append((first, last))
    return ranges


def _wanted(ranges: list[tuple[int, int | None]] | None, count: int) -> list[int]:
    if ranges is None:
        return list(range(1, count + 1))
    found: set[int] = set()
    for first, last in ranges:
        found.update(range(first, min(count, last if last is not None else count) + 1))
    return sorted(found)


@attrs.frozen
class PdfPage:
    """One page: what it holds (``table``, ``other``, ``scan`` or ``empty``), and in reading order
    its text lines outside tables (``("line", text)``) and table rows (``("row", cells)``)."""

    number: int
    kind: str
    items: tuple[tuple[str, Any], ...] = ()
    columns: int = 0


def _outside(tables: list[Any]) -> Callable[[dict[str, Any]], bool]:
    boxes = [t.bbox for t in tables]

    def keep(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") != "char":
            return False
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    return keep


def read_page(page: Any, number: int, previous: PdfPage | None) -> PdfPage:
    """Classify and read one pdfplumber page (see the module docs)."""
    chars = page.chars
    if not chars:
        return PdfPage(number, "scan" if page.images else "empty")
    text = "".join(c["text"] for c in chars)
    continuing = previous is not None and previous.kind == "table"
    if not _TARGET_WORDS.search(text) and not continuing:
        return PdfPage(number, "other")
    tables = sorted(page.find_tables(), key=lambda t: (t.bbox[1], t.bbox[0]))
    extracted = [t.extract() for t in tables]
    lines = page.filter(_outside(tables)).extract_text_lines()
    # In page order: a 绩效目标表 title opens the table, another table's title closes it; a table is read when
    # its rows name the columns, or when it stands where the table is open (continued from the page before,
    # as wide as the table there, when no title opened it on this page).
    events: list[tuple[float, int, str, Any]] = [(line["top"], 0, "line", line["text"]) for line in lines]
    events += [(table.bbox[1], 1 + k, "table", k) for k, table in enumerate(tables)]
    events.sort(key=lambda e: (e[0], e[1]))
    from ..forms.columns.headers import TITLE  # (the one list of a 绩效目标表's titles; here when a PDF is read)

    inside, opened_here = continuing, False
    width = previous.columns if continuing and previous else 0
    items: list[tuple[float, int, tuple[str, Any]]] = []
    for top, _, kind, content in events:
        if kind == "line":
            title = content.replace(" ", "")
            if len(title) <= 40 and TITLE.search(title):
                inside, opened_here = True, True
            elif _OTHER_TITLE.match(title):
                inside = False
            if inside:
                items.append((top, 0, ("line", content)))
            continue
        rows = extracted[content]
        if not rows:
            continue
        headed = any(is_target_header(row) for row in rows)
        if headed or (inside and (opened_here or len(rows[0]) == width)):
            inside, width = True, len(rows[0])
            for i, (cells, row_box) in enumerate(zip(rows, tables[content].rows, strict=True)):
                items.append((row_box.bbox[1], 1 + content * 100000 + i, ("row", cells)))
        else:
            inside = False
    if not any(item[0] == "row" for _, _, item in items):
        # A 绩效目标表 title or its column names in the text, but no ruled table: a table drawn without lines.
        titled = any(TITLE.search(line["text"].replace(" ", "")) for line in lines)
        unruled = not tables and (titled or is_target_header([text]))
        return PdfPage(number, "unruled" if unruled else "other")
    items.sort(key=lambda item: (item[0], item[1]))
    return PdfPage(number, "table", tuple(item for _, _, item in items), width)


def _ranges(numbers: list[int]) -> str:
    out: list[str] = []
    for n in numbers:
        if out and int(out[-1].split("-")[-1]) == n - 1:
            out[-1] = f"{out[-1].split('-')[0]}-{n}"
        else:
            out.append(str(n))
    return ", ".join(out)


@attrs.define
class PdfPages:
    """A PDF's 绩效目标表 as rows (:meth:`rows`), and afterwards :attr:`report` on the pages read and skipped."""

    path: str
    name: str
    pages: str | None = None
    progress: Callable[[int, int], None] | None = None
    grid: GridText = attrs.Factory(GridText)
    read: list[int] = attrs.Factory(list)
    skipped: list[int] = attrs.Factory(list)
    scans: list[int] = attrs.Factory(list)
    unruled: list[int] = attrs.Factory(list)  # a 绩效目标表's words but no ruled table
    page_count: int = 0

    def rows(self) -> Iterator[Row]:
        """The rows of every page read, in order, each page released once read."""
        require_extra("pdfplumber", "pdf", "reading PDF files")
        import pdfplumber

        ranges = parse_pages(self.pages) if self.pages else None
        if not Path(self.path).exists():
            raise MissingFileError(f"{self.name}: no such file")
        with open(self.path, "rb") as handle:
            looks_like_pdf = handle.read(5) == b"%PDF-"
        try:
            pdf = pdfplumber.open(self.path)
        except Exception as error:  # pdfminer raises many kinds for damaged, encrypted or non-PDF files
            raise InputError(f"{self.name}: {_why(error, looks_like_pdf)}") from None
        with pdf:
            try:
                count = len(pdf.pages)
            except Exception as error:
                raise InputError(f"{self.name}: {_why(error, looks_like_pdf)}") from None
            self.page_count = count
            wanted = _wanted(ranges, count)
            previous: PdfPage | None = None
            for done, number in enumerate(wanted, 1):
                page = pdf.pages[number - 1]
                try:
                    found = read_page(page, number, previous)
                except Exception as error:
                    raise InputError(f"{self.name}: page {number}: {_why(error)}") from None
                finally:
                    page.close()
                previous = found
                if found.kind == "table":
                    self.read.append(number)
                    yield from self._page_rows(found)
                elif found.kind == "scan":
                    self.scans.append(number)
                elif found.kind == "unruled":
                    self.unruled.append(number)
                    self.skipped.append(number)
                else:
                    self.skipped.append(number)
                if self.progress is not None:
                    self.progress(done, len(wanted))

    def _page_rows(self, page: PdfPage) -> Iterator[Row]:
        row = 0
        for kind, content in page.items:
            row += 1
            if kind == "line":
                yield self.grid.row([content], page.number, row, aligned=False)
            else:
                yield self.grid.row(content, page.number, row)

    def layout_text(self, numbers: list[int]) -> str:
        """pdfplumber's layout text of these pages (1-based), form feeds between them: for tables without rules."""
        import pdfplumber

        texts = []
        with pdfplumber.open(self.path) as pdf:
            for number in numbers:
                page = pdf.pages[number - 1]
                try:
                    texts.append(page.extract_text(layout=True) or "")
                except Exception as error:
                    raise InputError(f"{self.name}: page {number}: {_why(error)}") from None
                finally:
                    page.close()
        return "\f".join(texts)

    @property
    def report(self) -> str:
        """``pages read: 3-7; skipped: 1-2, 8 (other tables); no text layer: 9`` (after :meth:`rows`)."""
        parts = [f"pages read: {_ranges(self.read) or 'none'} of {self.page_count}"]
        if self.skipped:
            parts.append(f"skipped (other tables or text): {_ranges(self.skipped)}")
        if self.scans:
            parts.append(f"no text layer: {_ranges(self.scans)}")
        return "; ".join(parts)


def _why(error: Exception, looks_like_pdf: bool = False) -> str:
    """A reason for people, from what pdfminer or pdfplumber raised (pdfplumber wraps pdfminer's errors)."""
    inner: BaseException = error
    while True:
        nested = next((a for a in inner.args if isinstance(a, BaseException)), None) or inner.__cause__
        if nested is None or nested is inner:
            break
        inner = nested
    kind = type(inner).__name__
    text = str(inner) if str(inner) and str(inner) != kind else ""
    if "Password" in kind or "Encrypt" in kind or "password" in text.lower():
        return "the PDF is encrypted (it needs a password); decrypt it first (for example qpdf --decrypt)"
    if "No /Root" in text or (not text and kind in ("PDFSyntaxError", "PSEOF")):
        return "a damaged PDF (no document structure found)" if looks_like_pdf else "not a PDF (no PDF structure found)"
    return f"a damaged PDF ({kind}{': ' + text if text else ''})"
