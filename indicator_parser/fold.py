"""Character folding, one character for one: the single table the package reads text through.

Full-width digits, letters and signs (０-９ ％ ＞ …), look-alikes (en and em
dashes, wave dashes, the micro sign) and traditional characters (萬 個 餘 …,
generated from OpenCC's data: ``tools/make_traditional_table.py``) become
their plain simplified forms. Folding never changes a string's length (never
NFKC), so offsets into folded text are offsets into the original.
"""

from __future__ import annotations

from ._traditional import SIMPLIFIED, TRADITIONAL

FULLWIDTH_DIGITS = "０１２３４５６７８９"
DIGITS = "0123456789"
_FULLWIDTH_LETTERS = (
    "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"
)
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

# Full-width and look-alike characters and their plain forms, position by position.
_FROM = FULLWIDTH_DIGITS + _FULLWIDTH_LETTERS + "％＞＜＝～〜．，：／（）＋－—–―‐﹣＊・•∙µ" + TRADITIONAL
_TO = DIGITS + _LETTERS + "%><=~~.,:/()+------*···μ" + SIMPLIFIED

FOLD: dict[int, int] = str.maketrans(_FROM, _TO)
DIGIT_FOLD: dict[int, int] = str.maketrans(FULLWIDTH_DIGITS, DIGITS)


def fold(text: str) -> str:
    """``text`` with every foldable character replaced by its plain form (same length)."""
    return text.translate(FOLD)


def ascii_digits(text: str) -> str:
    """``text`` with full-width digits as ASCII digits: ``"１２"`` → ``"12"``."""
    return text.translate(DIGIT_FOLD)
