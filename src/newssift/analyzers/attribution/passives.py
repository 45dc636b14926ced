"""Passive reporting: "Pop sensation Kaya Moreno is said to be 'absolutely heartbroken'".

The tagger may read the subject of a passive reporting verb as its source. But "X is said / expected /
believed to …" reports what unnamed others say of X, and "X was told …" what someone told X: the
subject speaks no word. A cue that is a form of "be" (possibly after "has", "had", "will" …) and a
participle of `passive_reporting` (an adverb may stand between: "are also said"), with its tagged
source right before it (no clause break between; for "told" anywhere before it in the sentence: "The
source added that …, but was told …") and no agent ("by …") after it, loses its source: the statement
has none, and the subject becomes a fragment of the content ("Kaya Moreno" + "to be 'absolutely
heartbroken' …", as PolNeAR marks it) unless the participle takes an addressee ("told": the subject is
the one told) (`passive_source`, applied by the analyzer after repair).
A passive cue whose participle is neither a reporting participle of that list nor a cue of the lexicon
("A former director … was sentenced to six years") tells what happened to the subject, not what anyone
said: no statement (`is_event_passive`, applied by the analyzer), unless a that-clause follows
("Protesters were frustrated that …": what they felt, a statement in PolNeAR). An agent that is a vote
count ("was approved by a single vote", "was passed by 12 votes to 9", "by a narrow majority",
`VOTE_AGENT`) speaks no word either.
Limits: the be-form must be inside the cue span; "X, it is said, …" is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import Linked

VOTE_AGENT = re.compile(r"by\s+(?:an?\s+|the\s+|\d+\s+|one\s+|two\s+|three\s+)?(?:[a-z-]+\s+){0,2}"
                        r"(?:votes?|margin|majority)\b", re.I)
BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "’s"})
AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "may", "might", "could", "can", "should",
                         "must", "not", "also", "widely", "now", "still", "already", "generally"})
BREAKS = frozenset({",", ";", ":", ".", "—", "–", "(", ")"})


def _participles() -> dict[str, str]:
    return lexicons.load_pairs("passive_reporting")


def passive_source(analysis: Analysis, x: Linked) -> Linked:
    """`x` without the subject of a passive reporting cue as its source (see the module docstring)."""
    src, cue = x.source, x.cue
    if src is None or src.token_end > cue.token_start:
        return x
    toks = analysis.tokens
    words = [t.text.lower() for t in toks[cue.token_start : cue.token_end]]
    at = next((i for i, w in enumerate(words) if w not in AUXILIARIES), len(words))
    if at >= len(words) or words[at] not in BE or "by" in words:
        return x
    participle = next((w for w in words[at + 1 :] if w not in AUXILIARIES), None)  # "are also said"
    role = _participles().get(participle or "")
    after = toks[cue.token_end].text.lower() if cue.token_end < len(toks) else ""
    between = [t.text for t in toks[src.token_end : cue.token_start]]
    near = cue.token_start - src.token_end <= 2 and not BREAKS & set(between)
    if role is None or after == "by" or (role != "addressee" and not near):
        return x
    held = any(c.start <= src.start and src.end <= c.end for c in x.content)  # tagged as content already
    content = x.content if role != "content" or held else [replace(src, role="content"), *x.content]
    return replace(x, source=None, content=sorted(content, key=lambda c: c.start))


def is_event_passive(analysis: Analysis, x: Linked, lex: Lexicon) -> bool:
    """Is x's cue "(aux) be <participle> …" with a participle that reports nothing (module docstring)?"""
    words = [w.strip(",.;:").lower() for w in analysis.text[x.cue.start : x.cue.end].split()]
    at = next((i for i, w in enumerate(words) if w not in AUXILIARIES), len(words))
    if (at + 1 >= len(words) or words[at] not in BE or words[at + 1] in _participles()
            or not words[at + 1].endswith("ed") or "by" in words or len(words) > at + 2):
        return False  # a progressive ("are asking"), an agent ("criticised by"), a longer phrase
    after = analysis.text[x.cue.end : x.cue.end + 12].split()[:1]  # "by" an agent, "that" a thought
    if VOTE_AGENT.match(analysis.text, x.cue.end + 1):  # "was approved | by a single vote"
        return True
    return after not in (["by"], ["that"]) and not lex.cue_at(words, at + 1)
