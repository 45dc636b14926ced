"""A content cut at an embedded cue: "Researchers say [the episode] shows how quickly a clip can spread".

The tagger may close a content on the subject of a reporting verb inside it and read that verb as a cue
of its own with no source ("the episode | shows | how quickly …"). When a cue with no source follows
another statement's content in the same sentence with nothing but spaces between, that content is a
short noun phrase (at most `MAX_SUBJECT` words, no "that" or question word, no quotation mark: not
"I understand [why they] | say …") coming after its own cue, the outer content runs on over the inner
statement, which goes: the phrase is seldom a source ("the episode", "an ad this week | showing …"),
and what it shows is the outer source's claim (`absorb_embedded`, applied by the analyzer after repair).
The inner cue must come after the phrase and its content after the cue (not "…, the paper | shows").
Limits: one sentence; the phrase must be the last content piece of the statement just before.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked

MAX_SUBJECT = 5
NOT_SUBJECT = re.compile(r"\b(?:that|why|how|what|whether|if|when|where|who|which)\b|[\"“”«»,;:]", re.I)


def absorb_embedded(analysis: Analysis, linked: list[Linked]) -> list[Linked]:
    """`linked` with each outer content run over the embedded sourceless statement after it, which goes
    (module docstring)."""
    text = analysis.text
    absorbed: list[Linked] = []
    for outer, inner in itertools.pairwise(linked):
        if inner.source is not None or not outer.content or inner.cue.sentence != outer.cue.sentence:
            continue
        last = max(outer.content, key=lambda c: c.end)
        phrase = text[last.start : last.end]
        if (inner.cue.start < last.end or text[last.end : inner.cue.start].strip()
                or last.start < outer.cue.end or not inner.content
                or any(c.start < inner.cue.end for c in inner.content)  # its content must follow it
                or len(phrase.split()) > MAX_SUBJECT or NOT_SUBJECT.search(phrase)):
            continue
        end = max(inner.content, key=lambda c: c.end)
        outer.content = [*[c for c in outer.content if c is not last],
                         replace(last, end=end.end, token_end=end.token_end)]
        absorbed.append(inner)
    return [x for x in linked if not any(x is a for a in absorbed)]
