"""A passive participle with its agent: 'The so-called "defensive exercises" announced by Sorvo last week
have been presented by foreign media as routine.'

The tagger may read "announced" as a cue whose content is a scrap of the noun phrase before it ("The")
and the linker give it a source from later in the sentence ("foreign media"). When a one-word cue in
"-ed" is followed by "by" and all its content lies before it in its sentence, the agent after "by" is
the source (a capitalised name, after an optional "the", without a closing time: "Sorvo") and the
content is the noun phrase from the content's start up to the participle ('The so-called "defensive
exercises"'): Sorvo announced them. With no capitalised agent ("announced by phone") it is no statement
(`passive_agent`, applied by the analyzer).
Limits: a capitalised agent only (at most `MAX_AGENT` words); the content is not re-read beyond its
start.
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

MAX_AGENT = 5


def passive_agent(analysis: Analysis, x: Linked) -> Linked | None:
    """x, re-read as "<content> <participle> by <agent>" (module docstring), None when no statement, or
    x unchanged when the pattern does not hold."""
    toks, cue = analysis.tokens, x.cue
    word = toks[cue.token_start].text
    if (cue.token_end - cue.token_start != 1 or not word.islower() or not word.endswith("ed")
            or cue.token_end >= len(toks) or toks[cue.token_end].text != "by" or not x.content
            or any(c.sentence != cue.sentence or c.end > cue.start for c in x.content)):
        return x
    start = cue.token_end + 1
    start += start < len(toks) and toks[start].text.lower() == "the"
    end = start
    sentence_end = analysis.sentences[cue.sentence].token_end
    while end < min(sentence_end, start + MAX_AGENT) and toks[end].text[:1].isupper():
        end += 1
    if end == start:
        return None
    first = min(x.content, key=lambda c: c.start)
    content = replace(first, end=toks[cue.token_start - 1].end, token_end=cue.token_start)
    source = RoleSpan("source", toks[start].start, toks[end - 1].end, cue.score * 0.8, cue.sentence,
                      start, end)
    return replace(x, source=source, content=[content])
