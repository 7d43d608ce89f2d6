"""The Guangzhou forms: each project's indicators serialized into one cell (tianhe and liwan dialects)."""

from __future__ import annotations

import re

from ...grammar.cells import NUMBERED_ITEM
from .reader import parse_document
from .split import split_documents
from .table import read_rows

# A cell item (1、1-产出指标) or a Guangzhou column header (项目名称 … 绩效指标).
_SIGNS = re.compile(rf"{NUMBERED_ITEM.pattern}|绩效目标\s+绩效指标|实施周期指标值")


def detect(head: str) -> bool:
    """Whether the first lines of a text look like a Guangzhou table."""
    return _SIGNS.search(head) is not None


__all__ = ["detect", "parse_document", "read_rows", "split_documents"]
