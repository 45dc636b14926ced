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
Limits: personal pronouns only; a named subject in between is not read.
"""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

PRONOUNS = {"he", "she", "they", "we", "i", "it"}
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
