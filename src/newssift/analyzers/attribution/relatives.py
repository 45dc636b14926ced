"""Relative-pronoun sources: what "who" / "which" stands for, and when it is no source at all.

- A source that is only a relative word keeps it as its span (PolNeAR's extent) and is typed and merged
  as the noun phrase it attaches to (`Linked.antecedent`): the capitalised name before ", who"
  (`repair.relative_source`), else the noun phrase right before "who" / ", who" headed by a source noun
  or a plural ("according to the official, who said …" → the official; "some economists who argue
  that …" → some economists), back to its determiner.
- A defining relative clause (no comma before "who" / "which" / "that") whose verb is no speech cue of
  the lexicon and whose content holds no quotation mark describes people by what they do ("anyone who
  disagrees with it", "the next minister who proposes reform", "nations that oppose …"), not what they
  said: it is no attribution and is dropped. A non-defining one (", who opposes …") is left alone.
- A content piece that is only the relative word right before its source ("a monthly subscription
  [that] it says [will give …]") is the noun phrase it stands for, the subject of what was said, not a
  "that" opening the content: it becomes that phrase ("a monthly subscription"), or is dropped.
- A sourceless passive report inside a relative clause ("an injury to Lewin Abara, who is expected to
  miss three months") has the relative word as the subject fragment of its content (`passives`): it
  becomes the noun phrase it stands for ("Lewin Abara … to miss three months"), as a subject written out
  is kept (`passive_relative`); left alone when no such phrase is found.
Limits: no parser: the noun phrase is a name's capitalised words, or lower-case words back to a
determiner, at most `MAX_NP` words, stopping at any word of `np_stops` (prepositions, verbs of saying,
pronouns) or a past form in "-ed"; without a determiner only the head noun is taken.
"""

from __future__ import annotations

from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.sources import RELATIVES
from newssift.analyzers.attribution.tagger import RoleSpan

DEFINING = RELATIVES | {"that"}
DETERMINERS = frozenset({"the", "a", "an", "some", "many", "several", "most", "all", "those", "these",
                         "other", "few", "two", "three", "four", "five", "its", "their", "his", "her"})
MAX_NP = 5


@cache
def _stops() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("np_stops")) - DETERMINERS


def bare_relative(analysis: Analysis, x: Linked, words: frozenset[str] = RELATIVES) -> int | None:
    """The token index of a source that is only a relative word (one of `words`), else None."""
    src = x.source
    if src is None or src.token_end - src.token_start != 1:
        return None
    return src.token_start if analysis.tokens[src.token_start].text.lower() in words else None


def noun_antecedent(analysis: Analysis, x: Linked, lexicon: Lexicon) -> RoleSpan | None:
    """The noun phrase right before a relative-word source ("the official, who", "some economists
    who", "The Green List, which"), headed by a source noun, a plural or a capitalised name, from its
    determiner (or first lower-case word)."""
    k = bare_relative(analysis, x)
    if k is None:
        return None
    found = _noun_phrase(analysis, k, x.cue.sentence)
    cased = analysis.tokens[found[1] - 1].text if found else ""
    word = cased.lower()
    if found is None or not (word in lexicon.nouns or word.endswith("s") or cased[:1].isupper()):
        return None  # a name counts too: "The Green List, which is set to …, said"
    start, end = found
    toks = analysis.tokens
    return RoleSpan("source", toks[start].start, toks[end - 1].end, x.cue.score * 0.8, x.cue.sentence,
                    start, end)


def _noun_phrase(analysis: Analysis, k: int, sentence: int) -> tuple[int, int] | None:
    """Token range of the noun phrase ending right before token `k` (a relative word), over a comma: a
    name back over its capitalised words ("Loomline", "the Valley Courier"), or a lower-case head back to
    its determiner ("a rental plan", "three members"), at most `MAX_NP` words; None if none."""
    toks = analysis.tokens
    first = analysis.sentences[sentence].token_start
    head = (k - 1 if k - 1 > first and toks[k - 1].text == "," else k) - 1
    word = toks[head].text if head >= first else ""
    if not word.isalpha() or word.lower() in _stops():
        return None
    start = head
    if word[0].isupper():
        while start > first and head - start < MAX_NP - 1 and toks[start - 1].text[:1].isupper():
            start -= 1
        return start, head + 1
    while start > first and head - start < MAX_NP - 1 and toks[start].text.lower() not in DETERMINERS:
        before = toks[start - 1].text
        if not before.isalpha() or before.lower() in _stops() or before.lower().endswith("ed"):
            break
        start -= 1
    if toks[start].text.lower() not in DETERMINERS:
        start = head
    return start, head + 1


def relative_content(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    """'a monthly subscription [that] it says [will give …]': a content piece that is only the relative
    word right before the source (which comes before its cue) stands for the noun phrase before it,
    the subject of what was said: it becomes that phrase, or is dropped when there is none."""
    src, toks = x.source, analysis.tokens
    if src is None or src.end > x.cue.start:
        return x.content
    out = []
    for c in x.content:
        if (c.token_end - c.token_start != 1 or c.token_end != src.token_start
                or toks[c.token_start].text.lower() not in DEFINING):
            out.append(c)
            continue
        found = _noun_phrase(analysis, c.token_start, c.sentence)
        if found is not None:
            out.append(RoleSpan("content", toks[found[0]].start, toks[found[1] - 1].end, c.score, c.sentence,
                                *found))
    return out or x.content


def passive_relative(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    """'Lewin Abara, who is expected to miss three months': a sourceless statement's content piece that is
    only a relative word before its cue stands for the noun phrase before it (module docstring)."""
    toks = analysis.tokens
    if x.source is not None:
        return x.content
    out = []
    for c in x.content:
        found = None  # a lone "who" / "which" before the cue
        if (c.token_end - c.token_start == 1 and c.token_end <= x.cue.token_start
                and toks[c.token_start].text.lower() in RELATIVES - {"whose"}):
            found = _noun_phrase(analysis, c.token_start, c.sentence)
        out.append(c if found is None else RoleSpan("content", toks[found[0]].start, toks[found[1] - 1].end,
                                                    c.score, c.sentence, *found))
    return out


def is_defining_description(analysis: Analysis, x: Linked, lexicon: Lexicon) -> bool:
    """'anyone who disagrees with it', 'the next minister who proposes reform': a relative-word
    source with no comma before it, a cue that is no speech cue and no quotation in its content."""
    from newssift.analyzers.attribution.repair import is_lexicon_cue

    k = bare_relative(analysis, x, DEFINING)
    if k is None or k == analysis.sentences[x.cue.sentence].token_start:
        return False
    return analysis.tokens[k - 1].text.isalnum() and not is_lexicon_cue(analysis, x, lexicon)


def clause_subject(analysis: Analysis, x: Linked, lexicon: Lexicon) -> RoleSpan | None:
    """x's source, or the sentence's subject when that source is a whole relative clause set off by
    commas right before the cue ("Berg, [who declined to be interviewed], said" → "Berg")."""
    from newssift.analyzers.attribution.repair import subject_source

    src, toks = x.source, analysis.tokens
    if (src is None or src.token_end - src.token_start < 2 or src.token_end > x.cue.token_start
            or toks[src.token_start].text.lower() not in RELATIVES or src.token_start < 1
            or toks[src.token_start - 1].text != "," or toks[x.cue.token_start - 1].text != ","
            or any(t.text == "," for t in toks[src.token_end : x.cue.token_start - 1])):
        return src
    subject = subject_source(analysis, x, lexicon)
    return subject if subject is not None and subject.token_end == src.token_start - 1 else src
