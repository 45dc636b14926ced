"""Is a content that names a wordless post a statement? "several riders posted a single question mark"

The tagger may read "posted | a single question mark on their accounts" or "posted | a photograph of a
scorched garage wall" as a statement: what was posted is a punctuation mark, an emoji or a picture, not
words, so there is nothing to attribute. A single content piece, with no quotation mark, made of a
determiner (or a number), at most two modifiers and a noun of `posted_things`, then nothing or an "of" /
"on" / "in" / "with" / "to" phrase, is no statement (`is_wordless`, applied by the analyzer).
Limits: the nouns of the list only; "posted a photo saying that …" keeps its that-clause as another
piece or content, and a caption in quotation marks stays a statement.
"""

from __future__ import annotations

import re
from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked

_QUOTES = "\"“”«»"


@cache
def _pattern() -> re.Pattern[str]:
    nouns = sorted((re.escape(n).replace(r"\ ", r"\s+") for n in lexicons.load("posted_things")),
                   key=len, reverse=True)
    return re.compile(
        r"(?:an?|the|one|two|three|several|some|many|its|his|her|their|our|this|these|those|\d+)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(nouns)})"
        r"(?:\s+(?:of|on|in|with|to|from)\b(?:(?!\b(?:is|was|were|are|had|has|have|would|will)\b)[^,;:.])*)?"
        r"[\s.,]*", re.I)


def is_wordless(analysis: Analysis, x: Linked) -> bool:
    """Does x's only content name a wordless post (module docstring)?"""
    if len(x.content) != 1:
        return False
    chunk = analysis.text[x.content[0].start : x.content[0].end].strip()
    return not any(q in chunk for q in _QUOTES) and _pattern().fullmatch(chunk) is not None
