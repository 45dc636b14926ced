"""The time stamp that opens a live-blog entry is no content: "11:50 Schools in the district will stay
shut on Tuesday, the county council said." reports "Schools in the district will stay shut …".

A content piece that opens with a clock time ("11:50", "9.05am", "14:20 GMT") followed by a capitalised
word opens after the time stamp (`drop_timestamp`, applied by the analyzer).
Limits: a time stamp inside a quotation mark or after other words is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

STAMP = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+(?:GMT|BST|CET|UTC))?"
                   r"(?:\s*[-–—:|])?\s+(?=[A-Z\"“])")


def drop_timestamp(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    out = []
    for c in x.content:
        stamp = STAMP.match(analysis.text, c.start, c.end)
        if stamp is None:
            out.append(c)
            continue
        toks = analysis.tokens
        at = next((i for i in range(c.token_start, c.token_end) if toks[i].start >= stamp.end()), None)
        out.append(c if at is None else replace(c, start=toks[at].start, token_start=at))
    return out
