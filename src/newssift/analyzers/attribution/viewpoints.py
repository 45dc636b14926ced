"""A viewpoint phrase opening a sentence is a statement: "In her view, the council had waited too long".

The tagger rarely marks "In her view," as an attribution, and the sentence then reads as the writer's.
PolNeAR marks it as one: the possessive is the source ("her"), the noun the cue ("view"), the rest of
the sentence the content. A sentence that opens (after "But" / "And") with "In <possessive>
<viewpoint noun>" (`VIEW_NOUNS`) and a comma, outside every quotation, with no tagged cue, source or
content piece of another statement on the phrase, gets that statement (`add_viewpoints`, applied by
the analyzer before the filters); a possessive source is typed as its pronoun ("her" as "she",
`possessive_pronoun`, read where sources are typed), so coref links it as it links "she".
Limits: sentence-initial phrases only ("which in his view has gained strength" is left to the
tagger); "In the view of the committee" is not read.
"""

from __future__ import annotations

import re

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.quoted_names import in_quotation
from newssift.analyzers.attribution.sources import SourceType
from newssift.analyzers.attribution.tagger import RoleSpan

VIEW_NOUNS = ("view", "opinion", "estimation", "judgment", "judgement", "eyes", "mind")
VIEWPOINT = re.compile(r"(?:(?:But|And|Yet)\s+)?[Ii]n\s+(his|her|their|its|my|our)\s+(" + "|".join(VIEW_NOUNS)
                       + r")\s*,\s*")
SCORE = 0.7
POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it", "my": "i", "our": "we"}


def _token_at(analysis: Analysis, pos: int, first: int, last: int) -> int | None:
    return next((i for i in range(first, last) if analysis.tokens[i].start == pos), None)


def add_viewpoints(analysis: Analysis, linked: list[Linked]) -> list[Linked]:
    """`linked` with a statement for each sentence-opening "In her view, …" (module docstring)."""
    text, toks, added = analysis.text, analysis.tokens, []
    taken = [(r.start, r.end) for x in linked for r in (x.cue, x.source, *x.content) if r is not None]
    for si, s in enumerate(analysis.sentences):
        m = VIEWPOINT.match(text, toks[s.token_start].start) if s.token_end > s.token_start else None
        if m is None or in_quotation(analysis, m.start(), m.end()):
            continue
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        src = _token_at(analysis, m.start(1), s.token_start, s.token_end)
        cue = _token_at(analysis, m.start(2), s.token_start, s.token_end)
        body = next((i for i in range(s.token_start, s.token_end) if toks[i].start >= m.end()), None)
        end = s.token_end - (toks[s.token_end - 1].text in ".!?")
        if src is None or cue is None or body is None or body >= end:
            continue
        added.append(Linked(RoleSpan("cue", toks[cue].start, toks[cue].end, SCORE, si, cue, cue + 1),
                            RoleSpan("source", toks[src].start, toks[src].end, SCORE, si, src, src + 1),
                            [RoleSpan("content", toks[body].start, toks[end - 1].end, SCORE, si, body, end)]))
    return sorted([*linked, *added], key=lambda x: x.cue.start)


def possessive_pronoun(words: str) -> SourceType | None:
    """A source that is only a possessive ("her" of "In her view") typed as its pronoun ("she")."""
    head = POSSESSIVES.get(words.strip().lower())
    return SourceType("pronoun", None, None, head) if head else None
