"""Scoring of the blind corpora (tests/corpus*), shared by tests/test_corpus.py and the command line.

    python tests/corpus_score.py [--corpus corpus6 ...] [--shape flat ...] [--docs 05-08] [-v]

prints, per corpus and shape, the projects found and the indicators read exactly (categories, name and raw
targets as the expected files hold them), and in brackets the indicators read beyond those the projects hold
(+2), the header-block fields read wrong ([1 fields wrong]) and the target numbers read that are not the ones
written (<1 numbers wrong>: worse than no number); ``-v`` lists every indicator that is not exact, expected beside
read, and every such number.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).parent
CORPORA = (
    "corpus",
    "corpus2",
    "corpus3",
    "corpus4",
    "corpus5",
    "corpus6",
    "corpus7",
    "corpus8",
    "corpus9",
    "corpus10",
    "corpus11",
    "corpus12",
    "corpus13",
    "corpus14",
    "corpus15",
    "corpus16",
    "corpus17",
    "corpus18",
    "corpus19",
    "corpus20",
    "corpus21",
    "corpus22",
    "corpus23",
    "corpus24",
    "corpus25",
    "corpus26",
    "corpus27",
    "corpus28",
    "corpus29",
    "corpus30",
    "corpus31",
    "corpus32",
    "corpus33",
    "corpus34",
    "corpus35",
    "corpus36",
    "corpus37",
    "corpus38",
    "corpus39",
    "corpus40",
    "corpus41",
    "corpus42",
    "corpus43",
    "corpus44",
    "corpus45",
    "corpus46",
    "corpus47",
    "corpus48",
    "corpus49",
    "corpus50",
    "corpus51",
    "corpus52",
    "corpus53",
    "corpus54",
    "corpus55",
    "corpus56",
    "corpus57",
    "corpus58",
    "corpus59",
    "corpus60",
    "corpus61",
    "corpus62",
    "corpus63",
    "corpus64",
    "corpus65",
    "corpus66",
    "corpus67",
)
SHAPES = {
    "pipe": ".pipe.txt",
    "pipe_bare": ".pipe_bare.txt",
    "tab": ".tab.tsv",
    "csv": ".csv",
    "lines": ".lines.txt",
    "lines_dropped": ".lines_dropped.txt",
    "aligned_top": ".aligned_top.txt",
    "aligned_centered": ".aligned_centered.txt",
    "flat": ".flat.txt",
    "oneline": ".oneline.txt",
    "xlsx": ".xlsx",
    "pdf": ".pdf",
    "pdftotext": ".pdftotext.txt",
    "docx": ".docx",  # (corpus 25 on; an earlier corpus has no Word files: the shape is left out of its line)
}

OPTIONAL = {"docx"}  # shapes not every corpus holds


def expected(corpus: str) -> dict[str, dict]:
    """The expected reading of each document of a corpus, by document name."""
    return {
        p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((HERE / corpus / "expected").glob("*.json"))
    }


def _number(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value)).normalize()


def _raw(target) -> str | None:
    return None if target is None else target.raw


def _written(indicator) -> tuple:
    return (
        indicator.level1.name,
        indicator.level2.name,
        indicator.name,
        _raw(indicator.period_target),
        _raw(indicator.annual_target),
    )


def _reading(target) -> tuple:
    return (target.kind, target.comparator, _number(target.value), _number(target.value_max), target.unit, target.per)


def _wanted(annual: dict) -> tuple:
    return (
        annual["kind"],
        annual["comparator"],
        _number(annual["value"]),
        _number(annual["value_max"]),
        annual["unit"],
        annual["per"],
    )


def misses(shape: str, corpus: str, counts: Counter, docs: set[str] | None = None) -> Iterator[tuple]:
    """Count a corpus in one shape into ``counts`` (projects, found, indicators, exact, targets, targets right,
    spurious: indicators read beyond those a project holds; fields, fields right and fields wrong: the header
    block's, against the source table in data/) and yield (document, project, expected written fields, read
    fields or None) for each indicator not exact, and (document, project, (key, value written), value read) for
    each header-block field read wrong (a field not read is not yielded)."""
    from indicator_parser import read_document
    from indicator_parser.errors import InputError
    from indicator_parser.reading import MultipleDocumentsError

    for doc, want_doc in expected(corpus).items():
        if docs is not None and doc[-2:] not in docs:
            continue
        path = HERE / corpus / "docs" / f"{doc}{SHAPES[shape]}"
        if shape in OPTIONAL and not path.exists():
            continue
        try:
            document = read_document(path)
        except (InputError, MultipleDocumentsError) as error:  # (a file refused, or read as several: none found)
            print(f"  {corpus} {shape} {doc}: {error}", file=sys.stderr)
            document = None
        projects = {p.name: p for unit in document.units for p in unit.projects} if document is not None else {}
        data = json.loads((HERE / corpus / "data" / f"{doc}.json").read_text(encoding="utf-8"))
        blocks = [p["header"] for p in data["projects"]]
        for want in want_doc["projects"]:
            counts["projects"] += 1
            counts["indicators"] += len(want["indicators"])
            got = projects.get(want["name"])
            if got is None:
                yield doc, want["name"], "project not found", None
                continue
            counts["found"] += 1
            counts["spurious"] += max(0, len(got.indicators) - len(want["indicators"]))  # (read, not written)
            block = next((b for b in blocks if _compact(dict(b).get("项目名称")) == _compact(want["name"])), [])
            for key, wanted_value, read_value in _block_fields(block, got):
                counts["fields"] += 1
                if read_value == wanted_value:
                    counts["fields right"] += 1
                elif read_value is not None:
                    counts["fields wrong"] += 1
                    yield doc, want["name"], (key, wanted_value), read_value
            by_name: dict[str, list] = {}
            for indicator in got.indicators:
                by_name.setdefault(indicator.name, []).append(indicator)
            for k, w in enumerate(want["indicators"]):
                at = got.indicators[k] if k < len(got.indicators) else None
                g = at if at is not None and at.name == w["name"] else (by_name.get(w["name"]) or [None])[0]
                wanted = (w["level1"], w["level2"], w["name"], w["period_raw"], w["annual_raw"])
                if g is not None and _written(g) == wanted:
                    counts["exact"] += 1
                else:
                    yield doc, want["name"], wanted, None if at is None else _written(g if g is not None else at)
                if g is not None and w["annual"] is not None and not w.get("doubt"):
                    counts["targets"] += 1
                    if g.annual_target is not None and _reading(g.annual_target) == _wanted(w["annual"]):
                        counts["targets right"] += 1
                if g is not None and g.annual_target is not None and g.annual_target.value is not None:
                    # a number read that is not the one written: worse than none (a target glued to its actual,
                    # ≥40|42 read as ≥4042)
                    wanted_value = w["annual"] and _number(w["annual"]["value"])
                    if not w.get("doubt") and _number(g.annual_target.value) != wanted_value:
                        counts["numbers wrong"] += 1
                        yield doc, want["name"], ("number", w["annual_raw"]), g.annual_target.raw


# The header-block keys' fields of a Project (项目名称 … 年度目标) and its amounts (年度资金总额 …).
_TEXT_FIELDS = {
    "project": "name",
    "department": "department",
    "implementer": "implementer",
    "attribute": "attribute",
    "period": "period",
    "goal": "goal",
    "period_goal": "period_goal",
}
_AMOUNT_FIELDS = ("total", "fiscal", "special", "other")


_AMOUNT = re.compile(r"-?[0-9][0-9,]*(?:\.[0-9]+)?")


def _compact(text: str | None) -> str | None:
    return None if text is None else "".join(text.split())


def _block_fields(block: list, project) -> Iterator[tuple[str, object, object]]:
    """Each header-block key of the source table that names a field of the model, with the value written
    (spaces aside; an amount as a number, empty as None) and the value read."""
    from indicator_parser.forms.columns.headers import block_key

    for key, value in block:
        kind = block_key(key)
        if kind in _TEXT_FIELDS:
            yield key, _compact(value) or None, _compact(getattr(project, _TEXT_FIELDS[kind]))
        elif kind in _AMOUNT_FIELDS and (not value or _AMOUNT.fullmatch(value)):
            # (an amount written with words, 1,200万元, is no number to compare)
            wanted = Decimal(value.replace(",", "")) if value else None
            yield key, wanted, getattr(project.amounts, kind)


def count(shape: str, corpus: str) -> Counter:
    """Counts over a corpus in one shape (see :func:`misses`)."""
    counts: Counter = Counter()
    for _ in misses(shape, corpus, counts):
        pass
    return counts


def main(argv: list[str]) -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    # (any corpus folder: one being written is scored before it joins CORPORA)
    folders = sorted(p.name for p in HERE.glob("corpus*") if (p / "expected").is_dir())
    parser.add_argument("--corpus", action="append", choices=folders)
    parser.add_argument("--shape", action="append", choices=list(SHAPES))
    parser.add_argument("--docs", help="document numbers, as 05-08")
    parser.add_argument("-v", action="store_true", help="list the indicators not read exactly")
    args = parser.parse_args(argv)
    docs = None
    if args.docs:
        first, _, last = args.docs.partition("-")
        docs = {f"{n:02d}" for n in range(int(first), int(last or first) + 1)}
    total: Counter = Counter()
    for corpus in args.corpus or CORPORA:
        line = []
        for shape in args.shape or SHAPES:
            counts: Counter = Counter()
            for doc, project, wanted, read in misses(shape, corpus, counts, docs):
                if args.v:
                    print(f"  {corpus} {shape} {doc} {project}\n    want {wanted}\n    read {read}")
            total += counts
            if not counts["projects"]:
                continue  # (a shape the corpus has no files of)
            more = f" (+{counts['spurious']})" if counts["spurious"] else ""
            more += f" [{counts['fields wrong']} fields wrong]" if counts["fields wrong"] else ""
            more += f" <{counts['numbers wrong']} numbers wrong>" if counts["numbers wrong"] else ""
            line.append(f"{shape} {counts['exact']}/{counts['indicators']}{more}")
        print(corpus + ": " + ", ".join(line))
    print(
        f"ALL {total['exact']}/{total['indicators']} exact; projects {total['found']}/{total['projects']};"
        f" {total['spurious']} indicators read that the tables do not hold; header-block fields"
        f" {total['fields right']}/{total['fields']} right, {total['fields wrong']} wrong;"
        f" {total['numbers wrong']} target numbers read that are not the ones written"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
