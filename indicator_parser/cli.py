"""The ``indicator-parser`` command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__
from .errors import ParseError
from .grammar import DIALECTS
from .sources import InputError, decode

EXIT_DATA = 1
EXIT_INPUT = 3


def _fail(message: str, code: int) -> click.exceptions.Exit:
    click.echo(f"indicator-parser: {message}", err=True)
    return click.exceptions.Exit(code)


def _read(source: str) -> tuple[str, str]:
    """The text of FILE, or of standard input for ``-``; with the name to report."""
    if source == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>"), "<stdin>"
    try:
        with open(source, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise InputError(f"{source}: cannot read ({error.strerror or error})") from None
    return decode(data, source), source


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="indicator-parser")
def main() -> None:
    """Turn 项目支出绩效目标表 text into typed, normalized data."""


def _inputs(paths: tuple[str, ...]) -> list[str]:
    """Files named, folders searched for ``*.txt`` (sorted), ``-`` for standard input."""
    found: list[str] = []
    for path in paths or ("-",):
        if path != "-" and Path(path).is_dir():
            found.extend(str(p) for p in sorted(Path(path).rglob("*.txt")))
        else:
            found.append(path)
    return found


@main.command()
@click.argument("paths", nargs=-1, metavar="PATH...")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here instead of stdout.")
def parse(paths: tuple[str, ...], output: str | None) -> None:
    """Parse whole 绩效目标表 texts into Document JSON.

    PATH may be files, folders (searched for *.txt) or - for standard input.
    One Document object for one input, an array for several.

    \b
    Example:
      indicator-parser parse examples/documents/002_be3be7f21966b616.txt
    """
    from .document import parse_document
    from .jsonio import to_dict

    documents = []
    worst = 0
    for path in _inputs(paths):
        try:
            text, name = _read(path)
        except InputError as error:
            click.echo(f"indicator-parser: {error}", err=True)
            worst = max(worst, EXIT_INPUT)
            continue
        documents.append(to_dict(parse_document(text, source=name)))
    payload = documents[0] if len(documents) == 1 and len(_inputs(paths)) == 1 else documents
    out = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if output:
        Path(output).write_text(out, encoding="utf-8")
    else:
        click.echo(out, nl=False)
    if worst:
        raise click.exceptions.Exit(worst)


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
    from .cells import parse_cell
    from .jsonio import to_json

    try:
        text, name = _read(source)
        cell = parse_cell(text, dialect, recover=recover, source=name)  # type: ignore[arg-type]
    except InputError as error:
        raise _fail(str(error), EXIT_INPUT) from None
    except ParseError as error:
        raise _fail(str(error), EXIT_DATA) from None
    for diagnostic in cell.diagnostics:
        click.echo(f"indicator-parser: {name}:{diagnostic.line}:{diagnostic.column}: {diagnostic.message}", err=True)
    click.echo(to_json(list(cell.indicators)))
    if cell.diagnostics:
        raise click.exceptions.Exit(EXIT_DATA)
