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

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

DIRECTIVES = (("called", "on"), ("appealed", "to"), ("urged",), ("asked",), ("encouraged",), ("advised",),
              ("implored",), ("begged",), ("pressed",))
QUOTES = ('"', "“", "”", "«", "»")
FOLLOWERS = frozenset({"to", "that", "not"})
MIN_BEFORE = 3
MAX_OBJECT = 8  # words between the verb and its "to" / "that"


def split_directives(analysis: Analysis, linked: list[Linked]) -> list[Linked]:
    out: list[Linked] = []
    for x in linked:
        out.append(x)
        if x.source is None:
            continue
        for c in x.content:
            if c.sentence != x.cue.sentence or c.start < x.cue.end:
                continue
            found = _directive(analysis, c)
            if found is None:
                continue
            and_at, verb_end = found
            toks = analysis.tokens
            cut = and_at - (toks[and_at - 1].text == ",")
            x.content = [replace(c, end=toks[cut - 1].end, token_end=cut) if p is c else p for p in x.content]
            cue = RoleSpan("cue", toks[and_at + 1].start, toks[verb_end - 1].end, x.cue.score, c.sentence,
                           and_at + 1, verb_end)
            rest = replace(c, start=toks[verb_end].start, token_start=verb_end)
            out.append(Linked(cue=cue, source=x.source, content=[rest]))
            break
    return out


def _directive(analysis: Analysis, c: RoleSpan) -> tuple[int, int] | None:
    """(token of "and", token after the directive verb) inside content piece `c`, if any."""
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
                return c.token_start + i, c.token_start + i + 1 + n
    return None
