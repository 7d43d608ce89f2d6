"""The ``indicator-parser`` command line.

Data goes to stdout (UTF-8, Chinese unescaped), messages to stderr, one line
each, ``indicator-parser: FILE:LINE:COLUMN: …``. Exit codes: 0 ok, 1 data
errors (``check``, ``--strict``), 2 usage errors, 3 unreadable input; a batch
exits with the worst code met.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import click

from . import __version__
from .grammar import DIALECTS

EXIT_DATA = 1
EXIT_INPUT = 3
FORMATS = ("json", "jsonl", "csv", "parquet")
FORM_NAMES = ("columns", "guangzhou")  # indicator_parser.forms.FORMS, without importing it at start-up (a test checks)
_FORM_OPTION = click.option(
    "--form", type=click.Choice(FORM_NAMES), help="The form of the tables; detected from the first lines when omitted."
)


def _say(message: str) -> None:
    click.echo(f"indicator-parser: {message}", err=True)


def _read(source: str) -> tuple[str, str]:
    """The text of FILE, or of standard input for ``-``; with the name to report."""
    from .sources import decode, read_text

    if source == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>"), "<stdin>"
    return read_text(source), source


def _inputs(paths: Iterable[str]) -> list[tuple[str, str | None]]:
    """Each input to read with what stops it, if anything: files named, folders searched (recursively,
    sorted) for the file types the package reads, globs expanded, ``-`` for standard input."""
    from .errors import MissingFileError
    from .reading import find_files

    found: list[tuple[str, str | None]] = []
    for path in paths:
        if path == "-":
            found.append((path, None))
            continue
        try:
            found.extend((f, None) for f in find_files(path))
        except MissingFileError as error:  # a folder with nothing to read is reported like a missing file
            found.append((path, str(error)))
    return found


def _check_pages(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        from .sources.pdf import parse_pages

        try:
            parse_pages(value)
        except ValueError as error:
            raise click.BadParameter(str(error)) from None
    return value


_PAGES_OPTION = click.option(
    "--pages", callback=_check_pages, metavar="RANGE", help="Pages of a PDF to read: 12-30, 5, 3,7-9 or 40- (from 1)."
)


class _Output:
    """UTF-8 text to stdout or to a file, written as it comes."""

    def __init__(self, path: str | None, bom: bool) -> None:
        self._file = _open_output(path) if path else None
        self._stream: IO[bytes] = self._file or sys.stdout.buffer
        if bom:
            self._stream.write("\ufeff".encode())

    def write(self, text: str) -> None:
        self._stream.write(text.encode("utf-8"))
        self._stream.flush()

    def close(self) -> None:
        if self._file:
            self._file.close()


# ----------------------------------------------------------------- parse


def _open_output(path: str) -> IO[bytes]:
    """OUT opened for writing; a folder that does not exist (or any other refusal) is one line, exit 3."""
    try:
        return open(path, "wb")
    except OSError as error:
        _say(f"{path}: cannot write ({error.strerror or error})")
        raise click.exceptions.Exit(EXIT_INPUT) from None


def _parquet_writer(output: str | None) -> Any:
    """A Parquet writer to OUTPUT: a usage error without -o, exit 3 without the parquet extra."""
    from .errors import MissingExtraError

    if output is None:
        raise click.UsageError("--format parquet needs -o FILE (Parquet is binary, not for a terminal)")
    try:
        from .outputs.arrow import ParquetWriter

        _open_output(output).close()  # a folder that does not exist is reported before any work
        return ParquetWriter(output)
    except MissingExtraError as error:
        _say(str(error))
        raise click.exceptions.Exit(EXIT_INPUT) from None


def _file_documents(
    path: str,
    stdin: bytes | None,
    form: str | None,
    problem: str | None = None,
    pages: str | None = None,
    progress: Any = None,
) -> Iterator[tuple[str, Any, str | None]]:
    """Each document of one input as it is read: (name, Document, None), or (name, None, problem)."""
    from .errors import InputError, MissingExtraError
    from .reading import iter_documents

    if problem is not None:
        yield path, None, problem
        return
    try:
        if path == "-":
            for document in iter_documents(stdin or b"", form=form, source="<stdin>"):
                yield "<stdin>", document, None
        else:
            for document in iter_documents(path, form=form, pages=pages, progress=progress):
                yield path, document, None
    except (InputError, MissingExtraError) as error:
        yield path, None, str(error)


def _parse_one(job: tuple[str, bytes | None, str | None, str | None, str | None]) -> list[tuple[str, Any, str | None]]:
    """All documents of one input, in a worker process (--jobs)."""
    return list(_file_documents(*job))


class _PageBar:
    """A progress bar over the pages of one large PDF, made when the first page is read."""

    def __init__(self) -> None:
        self.bar: Any = None
        self.done = 0

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="reading pages", file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done - self.done)
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def _documents(
    inputs: list[tuple[str, str | None]],
    jobs: int,
    form: str | None = None,
    pages: str | None = None,
    progress: Any = None,
) -> Iterator[tuple[str, Any, str | None]]:
    stdin = sys.stdin.buffer.read() if any(p == "-" for p, _ in inputs) else None
    work = [(p, stdin if p == "-" else None, form, problem, pages) for p, problem in inputs]
    if jobs > 1 and len(work) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for found in pool.map(_parse_one, work):
                yield from found
    else:
        for job in work:
            yield from _file_documents(*job, progress=progress)


def _errors(document: Any) -> list[Any]:
    return [d for d in document.all_diagnostics() if d.severity == "error"]


def _csv_text(rows: Iterable[list[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    return buffer.getvalue()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="indicator-parser")
def main() -> None:
    """Turn 项目支出绩效目标表 text, as extracted from PDFs, into typed, normalized data.

    \b
    Examples:
      indicator-parser parse budget/ --format csv -o indicators.csv
      indicator-parser check budget/
      echo '每年至少24次' | indicator-parser normalize
    """


@main.command()
@click.argument("paths", nargs=-1, metavar="PATH...")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True, help="Parse files in N processes.")
@click.option("--strict", is_flag=True, help="Stop at the first file with errors (exit 1), or unreadable (exit 3).")
@click.option("--excel", is_flag=True, help="CSV as UTF-8 with a byte-order mark, for Excel.")
@click.option("-q", "--quiet", is_flag=True, help="No diagnostics or progress bar on stderr.")
@click.option("-v", "--verbose", is_flag=True, help="Also report warnings on stderr.")
@_FORM_OPTION
@_PAGES_OPTION
def parse(
    paths: tuple[str, ...],
    form: str | None,
    pages: str | None,
    fmt: str,
    output: str | None,
    jobs: int,
    strict: bool,
    excel: bool,
    quiet: bool,
    verbose: bool,
) -> None:
    """Parse table texts into Document JSON, or one row per indicator (jsonl, csv, parquet).

    PATH may be files, folders (searched for *.txt, *.csv, *.tsv, *.html, *.htm, *.pdf, *.xlsx, *.xls, *.docx) or
    - for standard input (the default). json gives one Document object for a single file and an
    array otherwise; jsonl and csv give one flat row per indicator, columns as
    in the README. parquet (needs the parquet extra) writes the same rows with
    exact decimals to the file given by -o. Errors found in the data are
    reported on stderr and the conversion goes on, unless --strict.

    \b
    Examples:
      indicator-parser parse examples/documents/002_be3be7f21966b616.txt
      indicator-parser parse examples/documents --format csv --excel -o indicators.csv
      indicator-parser parse big-folder/ --format jsonl --jobs 2 > rows.jsonl
      indicator-parser parse big-folder/ --format parquet -o indicators.parquet
    """
    from .outputs.arrow import UnrepresentableValueError  # imports no pyarrow
    from .outputs.jsonio import to_json
    from .outputs.records import COLUMNS, csv_cells, to_records

    if excel and fmt != "csv":
        raise click.UsageError("--excel goes with --format csv")
    parquet = _parquet_writer(output) if fmt == "parquet" else None
    files = _inputs(paths or ("-",))
    page_bar = _PageBar() if len(files) == 1 and not quiet and sys.stderr.isatty() else None
    found: Iterable[tuple[str, Any, str | None]] = _documents(files, jobs, form, pages, page_bar)
    single = False
    if fmt == "json" and len(files) == 1 and not any(p != "-" and Path(p).is_dir() for p in paths):
        # One input gives one Document object, unless the file holds several documents.
        found = list(found)
        single = len(found) <= 1
    out = _Output(None if parquet else output, bom=excel)
    worst = 0
    written = 0
    if fmt == "json" and not single:
        out.write("[")
    elif fmt == "csv":
        out.write(_csv_text([list(COLUMNS)]))
    bar = None
    if len(files) > 1 and not quiet and sys.stderr.isatty():
        bar = click.progressbar(length=len(files), label="parsing", file=sys.stderr)
        bar.__enter__()
    last_name = None
    said: set[str] = set()
    try:
        for name, document, problem in found:
            if bar is not None and name != last_name:
                bar.update(1)
            last_name = name
            if problem is not None:
                if problem not in said:  # a missing extra is said once, not once per file
                    _say(problem)
                said.add(problem)
                worst = max(worst, EXIT_INPUT)
                if strict:
                    break
                continue
            for diagnostic in document.all_diagnostics():
                if not quiet and (diagnostic.severity == "error" or verbose):
                    _say(f"{name}:{diagnostic.line}:{diagnostic.column}: {diagnostic.severity}: {diagnostic.message}")
            if fmt == "json":
                text = to_json(document)
                out.write(text + "\n" if single else ("," if written else "") + "\n" + text)
            elif parquet is not None:
                try:
                    parquet.write(document)
                except UnrepresentableValueError as error:  # the document is left out, not rounded
                    _say(f"{error}; the document is left out")
                    worst = max(worst, EXIT_DATA)
                    continue
            elif fmt == "jsonl":
                out.write("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in to_records(document)))
            else:
                out.write(_csv_text(csv_cells(row) for row in to_records(document)))
            written += 1
            if strict and _errors(document):
                worst = max(worst, EXIT_DATA)
                break
    finally:
        if page_bar is not None:
            page_bar.close()
        if bar is not None:
            bar.__exit__(None, None, None)
        if fmt == "json" and not single:
            out.write("\n]\n")
        out.close()
        if parquet is not None:
            parquet.close()
    if worst:
        raise click.exceptions.Exit(worst)


# ----------------------------------------------------------------- one cell, one value


def _read_cell(source: str, dialect: str | None, recover: bool) -> tuple[Any, str]:
    """Read and parse one cell; unreadable input exits 3, a parse error (strict) exits 1."""
    from .errors import InputError, ParseError
    from .grammar.cells import parse_cell

    try:
        text, name = _read(source)
        return parse_cell(text, dialect, recover=recover, source=name), name  # type: ignore[arg-type]
    except InputError as error:
        _say(str(error))
        raise click.exceptions.Exit(EXIT_INPUT) from None
    except ParseError as error:
        _say(str(error))
        raise click.exceptions.Exit(EXIT_DATA) from None


@main.command()
@click.argument("source", default="-", metavar="[FILE|-]")
@click.option("--dialect", type=click.Choice(DIALECTS), help="Cell dialect; detected when omitted.")
@click.option(
    "--recover/--strict",
    default=False,
    help="--recover reports unreadable stretches on stderr and keeps the rest; --strict (default) stops.",
)
def indicators(source: str, dialect: str | None, recover: bool) -> None:
    """Parse one 绩效指标 cell and print its indicators as a JSON list.

    \b
    Example:
      echo '1、1-产出指标,11-数量指标,举办活动场数；实施周期指标值:全年,年度指标值:4次;' \\
        | indicator-parser indicators
    """
    from .outputs.jsonio import to_json

    cell, name = _read_cell(source, dialect, recover)
    for diagnostic in cell.diagnostics:
        _say(f"{name}:{diagnostic.line}:{diagnostic.column}: {diagnostic.message}")
    click.echo(to_json(list(cell.indicators)))
    if cell.diagnostics:
        raise click.exceptions.Exit(EXIT_DATA)


@main.command()
@click.argument("source", default="-", metavar="[FILE|-]")
@click.option("--to", "dialect", type=click.Choice(DIALECTS), required=True, help="The dialect to write.")
def convert(source: str, dialect: str) -> None:
    """Convert one 绩效指标 cell to the canonical form of another dialect.

    \b
    Example:
      echo '1、1-产出指标,11-数量指标,举办活动场数；实施周期指标值:全年,年度指标值:4次;' \\
        | indicator-parser convert --to liwan
    """
    from .render import render

    cell, _ = _read_cell(source, None, recover=False)
    click.echo(render(cell.indicators, dialect))  # type: ignore[arg-type]


@main.command()
@click.argument("values", nargs=-1)
def normalize(values: tuple[str, ...]) -> None:
    """Normalize target values: one JSON Target per line.

    Reads each VALUE, or each line of standard input when none is given.

    \b
    Examples:
      indicator-parser normalize '≥85%' '每年至少24次'
      cut -f3 values.tsv | indicator-parser normalize
    """
    from .errors import InputError
    from .normalizer import normalize as normalize_value
    from .outputs.jsonio import to_dict
    from .sources import decode

    if not values:
        try:
            text = decode(sys.stdin.buffer.read(), "<stdin>")
        except InputError as error:
            _say(str(error))
            raise click.exceptions.Exit(EXIT_INPUT) from None
        values = tuple(text.splitlines())
    out = _Output(None, bom=False)
    out.write("".join(json.dumps(to_dict(normalize_value(v)), ensure_ascii=False) + "\n" for v in values))


# ----------------------------------------------------------------- check, schema, grammar


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@_FORM_OPTION
@_PAGES_OPTION
def check(paths: tuple[str, ...], form: str | None, pages: str | None) -> None:
    """Validation report: counts, totals that do not reconcile, category mismatches, unparsed text.

    Exits 1 when any error is found, 3 when a file cannot be read, 0 otherwise.

    \b
    Example:
      indicator-parser check examples/documents
    """
    worst = 0
    said: set[str] = set()
    for name, document, problem in _documents(_inputs(paths), jobs=1, form=form, pages=pages):
        if problem is not None:
            if problem not in said:  # a missing extra is said once, not once per file
                _say(problem)
            said.add(problem)
            worst = max(worst, EXIT_INPUT)
            continue
        projects = [p for u in document.units for p in u.projects]
        count = sum(len(p.indicators) for p in projects)
        click.echo(f"{name}: {len(document.units)} units, {len(projects)} projects, {count} indicators")
        for diagnostic in document.all_diagnostics():
            click.echo(f"{name}:{diagnostic.line}:{diagnostic.column}: {diagnostic.severity}: {diagnostic.message}")
        if _errors(document):
            worst = max(worst, EXIT_DATA)
    if worst:
        raise click.exceptions.Exit(worst)


@main.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of the Document JSON that parse writes.

    \b
    Example:
      indicator-parser schema > document.schema.json
    """
    from .outputs.schema import SCHEMA

    click.echo(json.dumps(SCHEMA, ensure_ascii=False, indent=2))


@main.command()
def grammar() -> None:
    """Print the shipped grammar files.

    \b
    Example:
      indicator-parser grammar | less
    """
    from .grammar import grammar_files

    for path in grammar_files():
        click.echo(f"// ===== {path.name} =====")
        click.echo(path.read_text(encoding="utf-8"))
