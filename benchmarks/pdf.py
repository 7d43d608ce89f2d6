"""PDF reading speed beside pdfplumber's own extract_tables(), and peak memory on a long PDF.

    python benchmarks/pdf.py              # 300-page PDF: pages/s, overhead, peak RSS
    python benchmarks/pdf.py --pages 40   # a shorter run

The PDF is generated (tests/pdf_fixtures.py): seed 000's 绩效目标表 repeated until
the table fills the pages asked for, after a 收支总表 page. Three kinds of run,
each in a fresh process so that one cannot warm another's caches and peak RSS
is the run's own, taken in turn ``--repeat`` times (best time kept: the
machine is shared and noisy):

- ``tables``: pdfplumber alone, ``page.extract_tables()`` on every page, each
  page closed after use (the library's cost for the same pages);
- ``cells``: our PDF source alone (page selection, cells, text lines outside
  the tables, the cell text), no parsing;
- ``document``: ``read_document(pdf)``, the whole path to the Document (the
  cell grammar on every 绩效指标 cell included).

Times are CPU seconds (user + system) of the run, which a shared machine
disturbs far less than wall time (wall time is printed too). Overhead is
``cpu(ours) / cpu(tables) - 1``. Peak RSS is ru_maxrss of the run's process.
"""

from __future__ import annotations

import argparse
import math
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def build(path: Path, pages: int) -> int:
    """Write a PDF of about ``pages`` pages; returns its page count."""
    import pdf_fixtures
    import pdfplumber

    table = pdf_fixtures.guangzhou_rows("000_c4302184a6673dbb")
    rows = [cells for kind, cells in table["rows"] if kind == "project"]
    copies = max(1, math.ceil(pages / 4.25))  # one copy of seed 000's projects fills about 4.3 pages

    def story_of(story, cell, title, line):  # type: ignore[no-untyped-def]
        from reportlab.platypus import Paragraph

        story.append(Paragraph(table["title"], title))
        story.append(Paragraph(table["department"], line))
        unit = ["示例街道办事处", "", "", "", "", "", ""]
        body = [unit] + rows * copies
        widths = [90, 42, 42, 42, 42, 170, 352]
        story.append(pdf_fixtures._table([table["header"], *body], widths, cell, repeat=1))

    pdf_fixtures.build_pdf(path, story_of, others=True, scan=False)
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def run(mode: str, path: str) -> None:
    """One timed run in this process; prints ``mode seconds pages indicators max_rss_kb``."""
    start = time.perf_counter()
    begun = resource.getrusage(resource.RUSAGE_SELF)
    cpu_start = begun.ru_utime + begun.ru_stime
    count = 0
    if mode == "tables":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_tables()
                page.close()
                count += 1
    elif mode == "cells":
        from indicator_parser.sources.pdf import PdfPages

        source = PdfPages(path, path)
        for _ in source.rows():
            pass
        count = source.page_count
    else:
        from indicator_parser import read_document

        document = read_document(path)
        count = sum(len(p.indicators) for u in document.units for p in u.projects)
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime - cpu_start
    print(mode, f"{cpu:.3f}", count, usage.ru_maxrss, f"{seconds:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--pdf", type=Path, default=Path("/tmp/indicator-parser-bench.pdf"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--run", nargs=2, metavar=("MODE", "PDF"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        run(*args.run)
        return
    if not args.pdf.exists():
        print(f"writing {args.pdf} …", file=sys.stderr)
        build(args.pdf, args.pages)
    results: dict[str, tuple[float, int, int, float]] = {}
    for _ in range(args.repeat):
        for mode in ("tables", "cells", "document"):
            out = subprocess.run(
                [sys.executable, __file__, "--run", mode, str(args.pdf)], capture_output=True, text=True, check=True
            ).stdout.split()
            found = (float(out[1]), int(out[2]), int(out[3]), float(out[4]))
            best = results.get(mode)
            results[mode] = (
                (min(found[0], best[0]), found[1], max(found[2], best[2]), min(found[3], best[3])) if best else found
            )
    import pdfplumber

    with pdfplumber.open(args.pdf) as pdf:
        pages = len(pdf.pages)
    base = results["tables"][0]
    print(f"{args.pdf.name}: {pages} pages, best of {args.repeat}")
    print("| run | CPU s | pages/s (CPU) | overhead over extract_tables() | wall s | peak RSS |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for mode, (seconds, _, rss, wall) in results.items():
        overhead = "" if mode == "tables" else f"{100 * (seconds / base - 1):+.0f}%"
        print(f"| {mode} | {seconds:.1f} | {pages / seconds:.1f} | {overhead} | {wall:.1f} | {rss / 1024:.0f} MB |")
    print(f"indicators read: {results['document'][1]}")


if __name__ == "__main__":
    main()
