"""Temporary."""
import re
from .nodes import Target
_V = re.compile(r"^\s*(?:[0-9０-９≥≤＞＜><=]|不低于|不少于|至少|每年|良好|合格|达标|合规|及时|正常|完成|相符|提升|提高|下降|改善|零)")
def normalize(text: str) -> Target:
    return Target(text, kind="quantity" if _V.match(text) else "text")
