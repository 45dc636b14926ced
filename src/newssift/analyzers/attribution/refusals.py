"""Who refused and then said? "Its main rival refused to concede and said it would wait for the count."

A refusal ("refused to concede", "declined to comment") is no statement (`repair.is_no_comment` drops
it), but its source is still the subject of a cue coordinated with it: "… and said" / "…, but said" /
", saying" right after it in its sentence takes the refusal's source, not the source of the statement
before the refusal ("The Renewal Party claimed victory, although its main rival refused to concede and
said …": the rival said it, not the party) (`refusal_source`, read by `repair.participle_source`).
Limits: the latest refusal with a tagged source before the cue, in the cue's sentence.
A cue is a refusal when it holds a word of `refusal_words` ("declined", "refused", "in no mood",
"unwilling": `is_refusal`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from newssift import lexicons
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan


@cache
def _refusal() -> re.Pattern[str]:
    words = sorted((re.escape(w).replace("\\ ", r"\s+") for w in lexicons.load("refusal_words")), key=len,
                   reverse=True)
    return re.compile(rf"\b(?:{'|'.join(words)})", re.I)


def is_refusal(cue: str) -> bool:
    """Does the cue's text hold a refusal word ("declined", "in no mood": `refusal_words`)?"""
    return _refusal().search(cue) is not None


def refusal_source(refusals: Sequence[Linked], prev: Linked | None, cue: RoleSpan) -> RoleSpan | None:
    """The source of the latest refusal between `prev`'s cue (when in the same sentence) and `cue`."""
    after = prev.cue.end if prev is not None and prev.cue.sentence == cue.sentence else -1
    found = [r for r in refusals if r.source is not None and r.cue.sentence == cue.sentence
             and after <= r.cue.start and r.cue.end <= cue.start]
    return max(found, key=lambda r: r.cue.start).source if found else None
