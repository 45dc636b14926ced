"""A lone demonstrative as a content: "The council said the offer was made in May. Baarsma disputed that,
telling the Lowmere Echo the offer was never made in writing."

Once the participle after it is split off (`participle_splits`), "disputed" keeps only "that" as its
content, which says nothing by itself (`quantifiers.is_bare_possessive` drops such a statement). When
that lone "that" / "this" is the cue's object, right after it, and a pronoun (a comma, a full stop, a
semicolon or a dash follows it: not "wrote to his office about that, in April") and the
sentence before it holds a statement of another source with all its content in that sentence, the
demonstrative stands for that claim: the statement takes the last such statement's content pieces as
its own ("Baarsma | disputed | the offer was made in May"; `demonstrative_contents`, applied by the
analyzer after the participle splits). Otherwise it is left to be dropped.
Limits: only the sentence right before (in the same paragraph or the one before); a demonstrative that
points further back, or to an event rather than a claim, is not followed.
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked

DEMONSTRATIVES = frozenset({"that", "this"})
AFTER = frozenset({",", ".", ";", "—", "–", ""})


def demonstrative_contents(analysis: Analysis, linked: list[Linked]) -> list[Linked]:
    """`linked` with a lone demonstrative content replaced by the claim it points to (module docstring)."""
    toks, text = analysis.tokens, analysis.text
    for x in linked:
        if x.source is None or len(x.content) != 1:
            continue
        c = x.content[0]
        if (c.token_end - c.token_start != 1 or c.token_start != x.cue.token_end
                or toks[c.token_start].text.lower() not in DEMONSTRATIVES):
            continue
        if (toks[c.token_end].text if c.token_end < len(toks) else "") not in AFTER:
            continue  # "we never | that": a cut complementiser, not a pronoun
        said = text[x.source.start : x.source.end].lower()
        before = [y for y in linked if y is not x and y.source is not None and y.content
                  and y.cue.sentence == x.cue.sentence - 1
                  and all(p.sentence == y.cue.sentence for p in y.content)
                  and text[y.source.start : y.source.end].lower() != said]
        if before:
            claim = max(before, key=lambda y: y.cue.start)
            x.content = [replace(p) for p in claim.content]
    return linked
