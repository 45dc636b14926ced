"""A fronted venue is where something was said, not what was said.

"In her ruling, Judge Croft wrote that …", "In a post on Sunday, the mayor said …": the tagger may read
the opening prepositional phrase as a content piece of the statement. A content piece of at most
`MAX_WORDS` words that opens with a preposition of place or occasion ("in", "on", "at", "during"), ends
right before the source (a comma at most in between) and comes with another content piece after the cue
is dropped (`drop_fronted_venue`, applied by the analyzer); so is a fronted participle clause of the
same length ("Sentencing him at Orvel Crown Court, Recorder Nadia Vost said …", "Asked about it, …").
The same phrase right after the cue, before a "that" clause ("The weather service said [in its latest
update] that winds would ease"), is no content either: a content piece that opens right after the cue with
such a preposition and has "that" within `MAX_WORDS` words, with no punctuation before it, starts at
"that" (`_after_cue`).
Limits: only a venue right before the source or right after the cue; "Judge Croft, in her ruling, wrote
…" is left alone.
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

PREPOSITIONS = frozenset({"in", "on", "at", "during"})
MAX_WORDS = 6


def drop_fronted_venue(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    """x's content without a fronted venue phrase (module docstring)."""
    content = [_after_cue(analysis, x, c) for c in x.content]
    if x.source is None or not any(c.start >= x.cue.end for c in content):
        return content
    return [c for c in content if not _is_venue(analysis, c, x.source)]


def _after_cue(analysis: Analysis, x: Linked, c: RoleSpan) -> RoleSpan:
    """c from its "that" when it opens right after x's cue with a venue ("in its latest update that …")."""
    toks = analysis.tokens
    if c.start < x.cue.end or analysis.text[x.cue.end : c.start].strip():
        return c
    words = [t.text.lower() for t in toks[c.token_start : min(c.token_end, c.token_start + MAX_WORDS + 1)]]
    if not words or words[0] not in PREPOSITIONS or "that" not in words[2:]:
        return c
    k = words.index("that", 2)
    if not all(w[:1].isalnum() for w in words[:k]) or c.token_start + k >= c.token_end - 1:
        return c
    return replace(c, start=toks[c.token_start + k].start, token_start=c.token_start + k)


def _is_venue(analysis: Analysis, c: RoleSpan, source: RoleSpan) -> bool:
    text = analysis.text
    words, gap = text[c.start : c.end].split(), text[c.end : source.start].strip()
    participle = bool(words) and _participle(words[0])  # its clause may run on untagged: "… Crown | Court,"
    closed = gap in ("", ",") or (participle and gap.endswith(",") and len(gap.split()) <= 2)
    return (c.end <= source.start and closed
            and 1 < len(words) <= MAX_WORDS and (words[0].lower() in PREPOSITIONS or participle)
            and not any(ch in text[c.start : c.end] for ch in "\"“”"))


def _participle(word: str) -> bool:
    """A capitalised participle opening a fronted clause ("Sentencing him at …", "Asked about …")."""
    return word[:1].isupper() and (word.lower().endswith("ing") or word.lower() == "asked") and len(word) > 4
