"""Rewrite the README's list of accepted target forms from the grammar (indicator_parser.normalizer.FORMS).

    python tools/update_readme_forms.py

tests/test_normalizer.py checks that the list in README.md is the one this writes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indicator_parser.normalizer import forms_markdown  # noqa: E402


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    listed = "<!-- forms -->\n" + forms_markdown() + "\n<!-- /forms -->"
    readme.write_text(
        re.sub(r"<!-- forms -->\n.*?\n<!-- /forms -->", lambda _: listed, text, flags=re.S), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
