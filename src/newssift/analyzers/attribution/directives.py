"""A directive coordinated inside a statement's content is a second statement of the same source: "The
charity said the findings were "interesting but early" and urged patients to speak to their doctor".

The tagger may read everything after "said" as one content. A content piece that holds "and" followed by
a directive verb (`DIRECTIVES`: "urged", "asked", "called on", "encouraged") and later "to" / "that" /
"not" is cut before "and"; the verb becomes a cue of its own with the same source and the rest of the
piece as its content ("patients to speak to their doctor …"), as PolNeAR marks such a second cue.
Not inside a quotation the piece opens, and the verb must be followed by a word ("asked (to fight)").
Limits: one directive per content piece; at least `MIN_BEFORE` words must stay before "and".
"""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.content_splits import InnerCue, after_conjunction, split_at_inner_cues
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

DIRECTIVES = (("called", "on"), ("appealed", "to"), ("urged",), ("asked",), ("encouraged",), ("advised",),
              ("implored",), ("begged",), ("pressed",))
QUOTES = ('"', "“", "”", "«", "»")
FOLLOWERS = frozenset({"to", "that", "not"})
MIN_BEFORE = 3
MAX_OBJECT = 8  # words between the verb and its "to" / "that"


def split_directives(analysis: Analysis, linked: list[Linked]) -> list[Linked]:
    return split_at_inner_cues(analysis, linked, lambda c: _directive(analysis, c), skip_tagged=False)


def _directive(analysis: Analysis, c: RoleSpan) -> InnerCue | None:
    """The directive verb after "and" inside content piece `c`, if any (cut before "and", or before
    the comma ahead of it)."""
    toks = analysis.tokens
    words = [t.text.lower() for t in toks[c.token_start : c.token_end]]
    for i, w in enumerate(words):
        if w != "and" or i < MIN_BEFORE:
            continue
        for verb in DIRECTIVES:
            n = len(verb)
            if tuple(words[i + 1 : i + 1 + n]) != verb or i + 1 + n >= len(words):
                continue
            tail = words[i + 1 + n : i + 2 + n + MAX_OBJECT]
            before = analysis.text[c.start : toks[c.token_start + i].start]
            quoted = sum(before.count(q) for q in QUOTES) % 2 == 1  # "… who want and asked (to fight) …"
            if any(t in FOLLOWERS for t in tail) and tail[0].isalpha() and not quoted:
                return after_conjunction(analysis, c.token_start + i, c.token_start + i + 1 + n)
    return None
