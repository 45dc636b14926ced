"""A document described by a participle clause is the source of the cue after it.

"Spreadsheets included in the leak show that staffing fell …": the tagger may take the participle
("included") as the cue, with "Spreadsheets" as its source; the cue is the verb after the participle
phrase ("show"), and the source the whole phrase ("Spreadsheets included in the leak"), typed by its head
noun (a document). "Invoices attached to the complaint suggest that …": a cue tagged with no source
takes that phrase too. Only when:
- the phrase opens its sentence (after "But" / "And"), a noun phrase of at most `MAX_NOUN` words is
  followed by a past participle and a preposition, and nothing in it breaks the clause (comma,
  semicolon, colon, dash, quotation mark);
- the verb is a cue of the lexicon standing right before the content (or its "that");
- the noun phrase before the participle is typed `document` (`sources.classify`): people ("Officials
  contacted by phone said") are left to the other rules.
Limits: one participle phrase, at most `MAX_PHRASE` words; the phrase must open the sentence.
"""

from __future__ import annotations

import re

from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.sources import classify
from newssift.analyzers.attribution.tagger import RoleSpan

PARTICIPLE = re.compile(r"^[a-z]+(?:ed|en|wn)$|^(?:seen|sent|kept|held|made|found|put|read)$")
PREPOSITIONS = frozenset({"by", "in", "to", "at", "from", "with", "on", "for", "during", "under", "into"})
OPENERS = frozenset({"but", "and"})
BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")", "\"", "“", "”", "«", "»"})
MAX_PHRASE = 12
MAX_NOUN = 3  # words of the noun phrase before the participle ("Internal emails seen by …")


def document_subject(analysis: Analysis, x: Linked, lexicon: Lexicon) -> tuple[RoleSpan | None, RoleSpan]:
    """(source, cue) of x, the document phrase and the cue verb after it when the module docstring's
    conditions hold, else x's own."""
    toks, s = analysis.tokens, analysis.sentences[x.cue.sentence]
    first = s.token_start + (toks[s.token_start].text.lower() in OPENERS)
    if x.source is not None and x.source.token_start != first:
        return x.source, x.cue
    content = min((c.token_start for c in x.content if c.sentence == x.cue.sentence
                   and c.token_start >= x.cue.token_start), default=None)
    if content is None or content - first > MAX_PHRASE + 3:
        return x.source, x.cue
    words = [t.text.lower() for t in toks[first:content]]
    p = next((i for i in range(1, min(MAX_NOUN, len(words) - 2) + 1)
              if PARTICIPLE.match(words[i]) and words[i + 1] in PREPOSITIONS), None)
    if p is None or any(w in BREAKS for w in words):
        return x.source, x.cue
    stop = len(words) - (words[-1] == "that")
    verb = next((j for j in range(p + 2, stop) if (n := lexicon.cue_at(words, j)) and j + n[0] == stop), None)
    noun = classify(analysis.text[toks[first].start : toks[first + p - 1].end], lexicon)
    if verb is None or noun.kind != "document" or x.cue.token_start not in (first + p, first + verb):
        return x.source, x.cue
    at, n = first + verb, lexicon.cue_at(words, verb)[0]
    cue = RoleSpan("cue", toks[at].start, toks[at + n - 1].end, x.cue.score, x.cue.sentence, at, at + n)
    source = RoleSpan("source", toks[first].start, toks[at - 1].end, x.source.score if x.source else
                      x.cue.score * 0.8, x.cue.sentence, first, at)
    return source, cue
