"""A sentence closing on a reporting clause is a statement even when the tagger missed it: "Prices rose
again in March, the survey found."

The tagger sometimes marks only the subject of a closing reporting clause ("the survey") and neither its
verb nor the clause before it; the subject then has no cue and the sentence reads as the writer's. A
sentence with no tagged cue or content and no quotation mark that ends with ", <subject> <cue of the
lexicon>" or a finding verb of `finding_verbs` ("found") (the subject at most `MAX_SUBJECT` words,
opening with "the", "a", "an" or a capital, no other comma after the one before it), then at most
`MAX_TAIL` words ("on Monday") and its full stop, gets that reading: the clause before the comma as
content (after a dateline), the subject as source, the verb as cue, at score 0.5; a source tagged in that
sentence gives way (`backfill_closing`, applied by the analyzer before linking).
A sentence whose cue the tagger did mark, with no content anywhere in it, gets the same reading when
that cue is the closing clause's verb, with a tail of up to `MAX_TAGGED_TAIL` words ("…, its owner
announced in a Facebook post on Sunday.").
Limits: only a comma right before the subject; an inverted "…, said the survey" is left to the tagger.
"""

from __future__ import annotations

from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import after_dateline
from newssift.analyzers.attribution.tagger import RoleSpan

MAX_SUBJECT = 5
MAX_TAIL = 3
MAX_TAGGED_TAIL = 7  # when the tagger marked the cue ("its owner announced in a Facebook post on Sunday")
OPENERS = frozenset({"the", "a", "an", "its", "their"})
QUOTES = frozenset({'"', "“", "”", "«", "»", "‘", "’"})
SCORE = 0.5
NOT_SUBJECT = frozenset({"that", "which", "who", "as", "than", "of"})
PAST = frozenset({"said", "found", "wrote", "told", "says", "finds", "thinks", "thought"})


def _finite(word: str) -> bool:
    """A lower-case reporting verb in a finite form: "said", "found", "concluded" (not "States")."""
    return word.islower() and (word in PAST or word.endswith("ed"))


@cache
def _findings() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("finding_verbs"))


def _cue_at(low: list[str], j: int, lex: Lexicon) -> tuple[int, str] | None:
    """The lexicon cue at word `j`, else a finding verb (`finding_verbs`: "found") as a one-word cue."""
    return lex.cue_at(low, j) or ((1, "neutral") if low[j] in _findings() else None)


def _reading(analysis: Analysis, si: int, lex: Lexicon, max_tail: int = MAX_TAIL) -> list[RoleSpan] | None:
    """The (content, source, cue) spans of sentence `si` closing on a reporting clause, if it does."""
    s, toks = analysis.sentences[si], analysis.tokens
    words = [t.text for t in toks[s.token_start : s.token_end]]
    low = [w.lower() for w in words]
    if not words or words[-1] not in (".", "!") or QUOTES & set(words):
        return None
    comma = max((i for i, w in enumerate(words) if w == ","), default=None)
    if comma is None or comma < 3:
        return None
    for j in range(comma + 2, min(comma + 2 + MAX_SUBJECT, len(words) - 1)):
        found = _cue_at(low, j, lex)
        if not found or len(words) - 1 - (j + found[0]) > max_tail:
            continue
        subject = words[comma + 1 : j]
        if not _finite(words[j]) or NOT_SUBJECT & {w.lower() for w in subject} or any(
                w.lower().endswith("ed") for w in subject):
            return None  # "the United States", "the think tank that published", "failed as predicted"
        opens = low[comma + 1] in OPENERS or subject[0][:1].isupper()
        if not opens or not all(w.isalnum() for w in [*subject, *words[j + found[0] : -1]]):
            return None
        lo = s.token_start
        first = after_dateline(analysis, lo, lo + comma)
        return [RoleSpan(role, toks[a].start, toks[b - 1].end, SCORE, si, a, b)
                for role, a, b in (("content", first, lo + comma), ("source", lo + comma + 1, lo + j),
                                   ("cue", lo + j, lo + j + found[0]))]
    return None


def backfill_closing(analysis: Analysis, spans: list[RoleSpan], lex: Lexicon) -> list[RoleSpan]:
    """`spans` with the closing reporting clauses the tagger missed read in (module docstring)."""
    cued = {r.sentence for r in spans if r.role in ("cue", "content")}
    bare = {r.sentence: r for r in spans if r.role == "cue"}  # a tagged cue, no content in its sentence
    bare = {si: r for si, r in bare.items()
            if not any(c.role == "content" and c.sentence == si for c in spans)}
    out = list(spans)
    for si in range(len(analysis.sentences)):
        if si in bare:
            reading = _reading(analysis, si, lex, MAX_TAGGED_TAIL)
            if reading is not None and reading[2].token_start == bare[si].token_start:
                out = [r for r in out if r.sentence != si] + reading
            continue
        if si in cued:
            continue
        reading = _reading(analysis, si, lex)
        if reading is not None:
            out = [r for r in out if r.sentence != si] + reading
    return sorted(out, key=lambda r: r.start)
