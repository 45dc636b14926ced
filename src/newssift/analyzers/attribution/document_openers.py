"""A sentence opening "Emails reviewed by the Courier show …" is the emails' statement, however tagged.

`documents.document_subject` re-reads a participle-phrase source whose cue the tagger put on the
participle or the verb. The tagger also splits such a sentence in two other ways:
- the outlet as source and the document as content ("Emails reviewed | [by the Courier] [show] | the
  deputy mayor …": source "by the Courier", content "Emails reviewed");
- the verb inside the source and the next verb as cue ("[Documents obtained by the Herald show
  officials] [ignored] [the warnings]").
When the sentence opens (after "But" / "And") with a document noun phrase, a past participle and a
preposition (`documents`' conditions), followed by a cue verb of the lexicon, and the tagged source lies
inside that phrase (first case) or runs over the verb (second case), the statement is re-read: source
the phrase, cue the verb, content from the word after the verb to the end of the tagged content
(`document_opening`, applied by the analyzer after `document_subject`).
Limits: the phrase must open the sentence, with no comma or other break inside it, and the verb is the
first cue verb after the participle's preposition.
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.documents import (
    BREAKS,
    MAX_NOUN,
    MAX_PHRASE,
    OPENERS,
    PARTICIPLE,
    PREPOSITIONS,
)
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.sources import classify


def document_opening(analysis: Analysis, x: Linked, lexicon: Lexicon) -> None:
    """Re-read x in place when the module docstring's conditions hold."""
    found = _phrase(analysis, x, lexicon)
    if found is None or x.source is None:
        return
    first, verb, n = found
    inside = first <= x.source.token_start and x.source.token_end <= verb and x.cue.token_start == verb
    over = x.source.token_start == first and x.source.token_end > verb and x.cue.token_start > verb
    if not (inside or over):
        return
    toks = analysis.tokens
    after = [c for c in x.content if c.token_start >= verb + n]
    if over:
        after = [c for c in x.content if c.token_start > verb]
    if not after:
        return
    end = max(after, key=lambda c: c.end)
    source = replace(x.source, start=toks[first].start, end=toks[verb - 1].end, token_start=first,
                     token_end=verb)
    cue = replace(x.cue, start=toks[verb].start, end=toks[verb + n - 1].end, token_start=verb,
                  token_end=verb + n)
    content = replace(end, start=toks[verb + n].start, token_start=verb + n)
    if content.start > content.end:
        return
    x.source, x.cue, x.content = source, cue, [content]


def _phrase(analysis: Analysis, x: Linked, lexicon: Lexicon) -> tuple[int, int, int] | None:
    """(first token, verb token, verb length) of a document participle phrase opening x's sentence."""
    toks, s = analysis.tokens, analysis.sentences[x.cue.sentence]
    first = s.token_start + (toks[s.token_start].text.lower() in OPENERS)
    words = [t.text.lower() for t in toks[first : min(s.token_end, first + MAX_PHRASE + 3)]]
    p = next((i for i in range(1, min(MAX_NOUN, len(words) - 2) + 1)
              if PARTICIPLE.match(words[i]) and words[i + 1] in PREPOSITIONS), None)
    if p is None:
        return None
    verb = next((j for j in range(p + 2, len(words) - 1) if lexicon.cue_at(words, j)), None)
    if verb is None or any(w in BREAKS for w in words[:verb]):
        return None
    noun = classify(analysis.text[toks[first].start : toks[first + p - 1].end], lexicon)
    n = lexicon.cue_at(words, verb)
    if noun.kind != "document" or n is None or first + verb + n[0] >= s.token_end:
        return None
    return first, first + verb, n[0]

