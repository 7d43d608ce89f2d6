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


def accelerated() -> bool:
    """Whether the compiled LALR runtime (lark-cython, the ``fast`` extra) is in use.

    Set ``INDICATOR_PARSER_PURE=1`` to use pure-Python Lark even when it is installed.
    """
    if os.environ.get("INDICATOR_PARSER_PURE"):
        return False
    return importlib.util.find_spec("lark_cython") is not None


@functools.cache
def indicator_parser() -> Lark:
    """The LALR parser of indicator cells, with the transformer built in.

    Same grammar, same results either way; lark-cython, when installed, makes
    parsing about 15% faster end to end (benchmarks/RESULTS.md).
    """
    from lark import Lark

    from .transformer import IndicatorTransformer

    options = {}
    if accelerated():
        import lark_cython

        options["_plugins"] = lark_cython.plugins
    path = grammar_path("indicators.lark")
    return Lark(
        path.read_text(encoding="utf-8"),
        parser="lalr",
        lexer="contextual",
        start=list(DIALECTS),
        transformer=IndicatorTransformer(),
        source_path=str(path),
        maybe_placeholders=False,
        **options,
    )
