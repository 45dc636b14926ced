"""Whose is a coordinated or participle cue with no source of its own?

`repair.participle_source` gives a cue right after "but" / "and" (or a participle after a comma) the
source of the statement just before it in the sentence ("X said …, but was open to …"). When a personal
pronoun opens a clause between that statement's cue and this cue, outside its content, the cue is that
pronoun's ("when opposition deputies asked him to name …, he waffled, dodged and finally mumbled …":
he, not the deputies), and the pronoun is its source (coreference links it).
An infinitive cue left with no source ("a curious thing to say about a bill") is nobody's: no statement
(`is_sourceless_infinitive`, applied by the analyzer).
A participle after a comma that is no cue of the lexicon and has no content in its own sentence ('"…,"
she said, drawing one of the loudest cheers of the night. "…"') tells what the words did, not a new
thing said: no statement (`is_reaction`, applied by the analyzer); the quotation after it is left to
the statement before (`continued`).
When no statement comes before it in its sentence, a cue right after "and" with no source takes the
name its first verb phrase follows ("Tarrant smiled and said …", "Interior Minister Gregor Halvik,
appeared briefly and said …"): a person or organisation of the entities layer ending right before a run
of lower-case words, or before a comma closing it, and opening its clause (after the sentence's start,
a comma or a title); not for a passive cue ("… and has been mentioned as …") (`coordinated_subject`,
applied by the analyzer). A participle cue after a comma takes it the same way ("Opposition MP Jens
Aldrin went further, accusing the government of …").
A participle cue with no source after "with" and a short phrase ("with reports in Spain suggesting the
clubs have agreed a fee", "with many saying …") is that phrase's: it is the participle's subject
(`absolute_subject`, applied by the analyzer); not a phrase with "of" ("with footage of Trump saying").
Limits: personal pronouns only between two statements; a named subject in between is not read.
"""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.entity_layer import entities_within
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

PRONOUNS = {"he", "she", "they", "we", "i", "it"}
MAX_VERB_PHRASE = 8  # lower-case words between a subject and "and <cue>"
SUBJECT_LABELS = ("PER", "ORG")
BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
BREAKS = {",", ";", ":"}


def coordinated_source(analysis: Analysis, prev: Linked, cue: RoleSpan) -> RoleSpan | None:
    """The source of `cue` coordinated with the statement `prev`: a pronoun opening a clause in
    between (outside `prev`'s content), else `prev`'s source."""
    toks = analysis.tokens
    inside = {t for c in prev.content for t in range(c.token_start, c.token_end)}
    for k in range(cue.token_start - 1, prev.cue.token_end, -1):
        if (toks[k].text.lower() in PRONOUNS and toks[k - 1].text in BREAKS and k not in inside
                and k - 1 not in inside):
            return RoleSpan("source", toks[k].start, toks[k].end, cue.score * 0.8, cue.sentence, k, k + 1)
    return prev.source


def is_sourceless_infinitive(analysis: Analysis, x: Linked) -> bool:
    """'That is a curious thing [to say about] a bill', 'to sit somewhere warm, [to ask for] help': an
    infinitive cue left with no source (after `repair`) reports no one's statement: nobody said it."""
    words = analysis.text[x.cue.start : x.cue.end].lower().split()
    return x.source is None and len(words) > 1 and words[0] == "to"


def is_reaction(analysis: Analysis, x: Linked, lexicon: Lexicon) -> bool:
    """'she said, [drawing] one of the loudest cheers. "…"': a participle in -ing right after a comma,
    no cue of the lexicon, with no content in its own sentence."""
    toks, cue = analysis.tokens, x.cue
    words = [t.text.lower() for t in toks[cue.token_start : cue.token_end]]
    return (words[0].endswith("ing") and cue.token_start > 0 and toks[cue.token_start - 1].text == ","
            and not any(lexicon.cue_at(words, j) for j in range(len(words)))
            and not any(c.sentence == cue.sentence for c in x.content))


def coordinated_subject(analysis: Analysis, x: Linked) -> RoleSpan | None:
    """The named subject of "<name> <verb phrase> and <cue>" for a cue with no source (module docstring)."""
    toks, cue = analysis.tokens, x.cue
    start = analysis.sentences[cue.sentence].token_start
    joint = toks[cue.token_start - 1].text.lower() if cue.token_start > 0 else ""
    participle = joint == "," and toks[cue.token_start].text.lower().endswith("ing")  # "…, accusing"
    if (x.source is not None or cue.token_start - 2 < start or (joint != "and" and not participle)
            or BE & {t.text.lower() for t in toks[cue.token_start : cue.token_end]}):
        return None  # "… and has been mentioned as …": a passive has no such subject
    k = cue.token_start - 2
    while k >= start and cue.token_start - 2 - k < MAX_VERB_PHRASE and toks[k].text.isalpha() \
            and toks[k].text.islower() and toks[k].text != "that":
        k -= 1
    if k == cue.token_start - 2 or k < start:
        return None
    k -= toks[k].text == ","
    found = [d for d in entities_within(analysis, toks[start].start, toks[k].end)
             if d.get("end") == toks[k].end and d.get("label") in SUBJECT_LABELS]
    if not found:
        return None
    first = next((i for i in range(start, k + 1) if toks[i].start >= found[0]["start"]), None)
    if first is None:  # the name starts inside a token, or nothing is left after a leading comma
        return None
    before = toks[first - 1].text if first > start else ","
    if before != "," and not before[:1].isupper():  # "for the Clinton campaign and …": no subject
        return None
    return RoleSpan("source", toks[first].start, toks[k].end, cue.score * 0.8, cue.sentence, first, k + 1)


def absolute_subject(analysis: Analysis, x: Linked) -> RoleSpan | None:
    """The phrase of "with <phrase> <cue in -ing>" for such a cue with no source (module docstring)."""
    toks, cue = analysis.tokens, x.cue
    if x.source is not None or not toks[cue.token_start].text.lower().endswith("ing"):
        return None
    start = analysis.sentences[cue.sentence].token_start
    for k in range(cue.token_start - 1, max(start, cue.token_start - MAX_VERB_PHRASE) - 1, -1):
        word = toks[k].text
        if word.lower() == "with":
            first = k + 1
            if first == cue.token_start:
                return None
            return RoleSpan("source", toks[first].start, toks[cue.token_start - 1].end, cue.score * 0.8,
                            cue.sentence, first, cue.token_start)
        if not (word.isalnum() or word in ("-", "'s", "’s")) or word.lower() == "of":
            return None  # "with footage of Trump saying": the footage says nothing
    return None
