"""The reporter's caveat or the speaker's refusal is no part of what was said.

- "The ministry said its forces had repelled an assault[, a claim that could not be independently
  verified]": an appositive after a comma that calls the content a claim (account, figure …) and says it
  could not be (or has not been) verified or confirmed is the writer's, not the source's.
- "The board confirmed that it had opened an inquiry [but declined to comment further]": a refusal to
  comment coordinated with the content ("but declined to comment", "and refused to elaborate") is the
  source's own refusal, no statement of its own and no part of the content.
A content piece closing on either ends before it (`drop_caveat_tail`, applied by the analyzer).
Limits: only at the end of a content piece; the piece keeps at least one word before the cut.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

CAVEAT = re.compile(
    r",\s*(?:a|an|the)\s+(?:claim|claims|assertion|account|figure|figures|number|toll|report|allegation)\s+"
    r"(?:that|which)\s+(?:could not|couldn't|cannot|can't|could not immediately|has not|have not|had not)\s+"
    r"(?:been\s+|be\s+)(?:independently\s+|immediately\s+|yet\s+)*(?:verified|confirmed)\b[^.;]*$", re.I)
REFUSAL_TAIL = re.compile(
    r",?\s+(?:but|and)\s+(?:declined|refused)\s+to\s+(?:comment|elaborate|give details|provide details)"
    r"(?:\s+(?:further|on\b[^.;]*))?\s*$", re.I)


def drop_caveat_tail(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    """x's content pieces without a closing caveat or refusal (see the module docstring)."""
    return [_cut(analysis, c) for c in x.content]


def _cut(analysis: Analysis, c: RoleSpan) -> RoleSpan:
    chunk = analysis.text[c.start : c.end]
    m = CAVEAT.search(chunk) or REFUSAL_TAIL.search(chunk)
    if m is None or not chunk[: m.start()].strip():
        return c
    end = c.start + len(chunk[: m.start()].rstrip(" ,"))
    toks = [i for i in range(c.token_start, c.token_end) if analysis.tokens[i].end <= end]
    if not toks or end <= c.start:
        return c
    return replace(c, end=analysis.tokens[toks[-1]].end, token_end=toks[-1] + 1)
