"""Loading the shipped grammar files and building the parsers (once per process)."""

from __future__ import annotations

import functools
import importlib.util
import os
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from lark import Lark

DIALECTS = ("tianhe", "liwan")


def grammar_path(name: str) -> Path:
    """Path of a shipped grammar file, e.g. ``grammar_path("indicators.lark")``.

    Installed wheels carry the grammar inside the package
    (``indicator_parser/grammar/``); a source checkout or an editable install
    reads the top-level ``grammar/`` folder.
    """
    shipped = resources.files("indicator_parser").joinpath("grammar", name)
    if shipped.is_file():
        return Path(str(shipped))
    source = Path(__file__).resolve().parents[2] / "grammar" / name
    if source.is_file():
        return source
    raise FileNotFoundError(f"grammar file {name} is missing from the installation")


def grammar_files() -> list[Path]:
    """All shipped grammar files, in a stable order."""
    folder = grammar_path("indicators.lark").parent
    return sorted(folder.glob("*.lark"))


def _compiled_runtime_wanted() -> bool:
    """Whether to build on lark-cython: installed, and not refused with ``INDICATOR_PARSER_PURE=1``."""
    if os.environ.get("INDICATOR_PARSER_PURE"):
        return False
    return importlib.util.find_spec("lark_cython") is not None


@functools.cache
def _built() -> tuple[Lark, bool]:
    """The LALR parser of indicator cells (transformer built in), and whether it runs on lark-cython.

    The runtime is chosen once, here, when the parser is built: changing
    ``INDICATOR_PARSER_PURE`` later in the process changes nothing.
    """
    from lark import Lark

    from .transformer import IndicatorTransformer

    compiled = _compiled_runtime_wanted()
    options = {}
    if compiled:
        import lark_cython  # type: ignore[import-untyped]

        options["_plugins"] = lark_cython.plugins
    path = grammar_path("indicators.lark")
    parser = Lark(
        path.read_text(encoding="utf-8"),
        parser="lalr",
        lexer="contextual",
        start=list(DIALECTS),
        transformer=IndicatorTransformer(),
        source_path=str(path),
        maybe_placeholders=False,
        **options,
    )
    return parser, compiled


@functools.cache
def columns_parser() -> Lark:
    """The LALR parser of flattened column-table rows (grammar/columns.lark), built once per process.

    Start rules: ``header`` and ``categories``.

    It returns trees: the flattened reader (forms/columns/flat.py) reads the
    tokens' positions from them.
    """
    from lark import Lark

    path = grammar_path("columns.lark")
    return Lark(
        path.read_text(encoding="utf-8"),
        parser="lalr",
        lexer="contextual",
        start=["header", "categories"],
        source_path=str(path),
        maybe_placeholders=False,
    )


def indicator_parser() -> Lark:
    """The LALR parser of indicator cells, with the transformer built in (built once per process).

    Same grammar, same results either way; lark-cython, when installed, makes
    parsing about 15% faster end to end (benchmarks/RESULTS.md).
    """
    return _built()[0]


def accelerated() -> bool:
    """Whether the parser in use runs on the compiled LALR runtime (lark-cython, the ``fast`` extra).

    Set ``INDICATOR_PARSER_PURE=1`` before the first parse to use pure-Python
    Lark even when lark-cython is installed.
    """
    return _built()[1]
