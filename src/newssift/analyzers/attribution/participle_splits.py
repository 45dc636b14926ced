"""A comma-led speech participle inside a statement's content opens a second statement of the same
source: "Baarsma disputed that, telling the Lowmere Echo the offer was never made in writing".

The tagger may read everything after "disputed" as one content. A content piece (after its cue, in the
cue's sentence) that holds ", <participle>" where the participle is a one-word "-ing" cue of the lexicon
("telling", "saying", "adding" …) and a word follows it is cut before the comma; the participle becomes
a cue of its own with the same source and the rest of the piece as its content (the addressee after
"telling" is dropped later, `tell_addressees`). Not when the comma lies inside a quotation (an odd
number of quotation marks before it in the piece), and not when another statement already has its cue
on the participle.
Limits: one split per content piece; at least one word must stay before the comma.
"""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.content_splits import InnerCue, split_at_inner_cues
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

STRAIGHT = '"'
OPENING = "“«"
CLOSING = "”»"
NOT_SPEECH = frozenset({"according"})


def split_participles(analysis: Analysis, linked: list[Linked], lexicon: Lexicon) -> list[Linked]:
    def find(c: RoleSpan) -> InnerCue | None:
        at = _participle(analysis, c, lexicon)
        return None if at is None else InnerCue(at - 1, at, at + 1)  # cut before the comma

    return split_at_inner_cues(analysis, linked, find)


def _participle(analysis: Analysis, c: RoleSpan, lexicon: Lexicon) -> int | None:
    """The token of a speech participle right after a comma inside content piece `c`, if any."""
    toks = analysis.tokens
    for i in range(c.token_start + 2, c.token_end - 1):
        word = toks[i].text.lower()
        if toks[i - 1].text != "," or not word.endswith("ing") or word in NOT_SPEECH:
            continue
        if lexicon.cues.get(word) is None:
            continue
        before = analysis.text[c.start : toks[i - 1].start]
        opened = sum(before.count(q) for q in OPENING) - sum(before.count(q) for q in CLOSING)
        if before.count(STRAIGHT) % 2 == 0 and opened <= 0:
            return i
    return None
