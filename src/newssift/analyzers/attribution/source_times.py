"""A source does not open with a time clause's words: "…, weeks after the industry regulator began
asking questions" has the regulator as its source, not "weeks after the industry regulator".

The tagger may open a source with the measure and preposition of a time adjunct ("weeks after", "two
days before", "shortly after"). A source whose first words are a time measure (`MEASURES`, optionally
after a number word or "a few") and "after" / "before", or "shortly" / "soon" / "just" and one of those,
loses them (`drop_source_time_opening`, applied by the analyzer).
Limits: "after" / "before" right after the measure only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

MEASURES = r"(?:minutes?|hours?|days?|weeks?|months?|years?|moments?)"
OPENING = re.compile(rf"(?:(?:(?:a\s+few|several|[\w-]+)\s+)?{MEASURES}|shortly|soon|just|only|days)\s+"
                     r"(?:after|before)\s+", re.I)


def drop_source_time_opening(analysis: Analysis, x: Linked) -> RoleSpan | None:
    """x's source without an opening "weeks after" (module docstring)."""
    src, toks = x.source, analysis.tokens
    if src is None:
        return src
    m = OPENING.match(analysis.text, src.start)
    if m is None or m.end() >= src.end:
        return src
    first = next((i for i in range(src.token_start, src.token_end) if toks[i].start >= m.end()), None)
    return src if first is None else replace(src, start=toks[first].start, token_start=first)
