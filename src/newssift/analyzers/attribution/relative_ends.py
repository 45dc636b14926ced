"""A source cut on the relative word that opens its clause: "according to [a new poll that] suggests
…", "[Kieran Walsh, a nurse who] normally takes two buses …, said …".

The tagger may close a source on "that" / "who" / "which", the word that opens a relative clause after
the noun phrase, leaving the clause untagged (`finish_relative_end`):
- When the next token opens a cue with no source of its own ("a new poll that | suggests | the project
  could …"), the relative clause is a statement of the noun phrase: the relative word leaves the first
  source and the phrase before it becomes the source of that cue as well.
- When the source's own cue follows the clause after a comma ("a nurse who normally takes two buses to
  reach the Royal Infirmary, | said"), the clause is part of the source phrase: the source runs on over
  the comma, as a source cut inside a non-defining relative clause does (`trims.finish_relative_source`).
- Otherwise the dangling relative word (and a comma before it) leaves the source.
A content piece may close on the relative word the same way: "is seeking … changes to shift patterns
[that] | it says | leave some drivers …". When the next token opens another statement's source, the
relative word is that statement's subject, no part of this content, and leaves it (`drop_content_end`).
Limits: a clause of at most `trims.MAX_CLAUSE_REST` tokens, none of them a sentence break.
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan
from newssift.analyzers.attribution.trims import BREAK_TOKENS, MAX_CLAUSE_REST

RELATIVE_ENDS = frozenset({"that", "who", "which"})


def finish_relative_end(analysis: Analysis, linked: list[Linked]) -> None:
    """Sources closing on a relative word, finished in place (module docstring)."""
    toks = analysis.tokens
    sourceless = {x.cue.token_start: x for x in linked if x.source is None}
    for x in linked:
        src = x.source
        if src is None or src.token_end - src.token_start < 2:
            continue
        if toks[src.token_end - 1].text.lower() not in RELATIVE_ENDS:
            continue
        cut = src.token_end - 1 - (toks[src.token_end - 2].text == ",")
        if cut <= src.token_start:
            continue
        phrase = replace(src, end=toks[cut - 1].end, token_end=cut)
        other = sourceless.get(src.token_end)
        if other is not None and other is not x and other.cue.sentence == src.sentence:
            x.source, other.source = phrase, phrase
            continue
        x.source = _run_on(analysis, x) or phrase


def _run_on(analysis: Analysis, x: Linked) -> RoleSpan | None:
    """x's source run on over its relative clause to the comma right before its cue, else None."""
    src, toks = x.source, analysis.tokens
    if src is None or src.end >= x.cue.start or toks[x.cue.token_start - 1].text != ",":
        return None
    gap = toks[src.token_end : x.cue.token_start - 1]
    if not gap or len(gap) > MAX_CLAUSE_REST or any(t.text in BREAK_TOKENS for t in gap):
        return None
    end = x.cue.token_start  # the comma too, as `trims.finish_relative_source` keeps it
    return replace(src, end=toks[end - 1].end, token_end=end)


def drop_content_end(analysis: Analysis, linked: list[Linked]) -> None:
    """Content pieces closing on a relative word right before another statement's source, without it
    (module docstring), in place."""
    toks = analysis.tokens
    sources = {x.source.token_start: x for x in linked if x.source is not None}
    for x in linked:
        x.content = [_without_end(toks, c, sources, x) for c in x.content]


def _without_end(toks: list, c: RoleSpan, sources: dict[int, Linked], x: Linked) -> RoleSpan:
    other = sources.get(c.token_end)
    if (c.token_end - c.token_start < 2 or toks[c.token_end - 1].text.lower() not in RELATIVE_ENDS
            or other is None or other is x or not toks[c.token_end - 2].text[:1].isalnum()):
        return c
    return replace(c, end=toks[c.token_end - 2].end, token_end=c.token_end - 1)
