"""A sentence opening "Emails reviewed by the Courier show …" is the emails' statement, however tagged.

`documents.document_subject` re-reads a participle-phrase source whose cue the tagger put on the
participle or the verb. The tagger also splits such a sentence in two other ways:
- the outlet as source and the document as content ("Emails reviewed | [by the Courier] [show] | the
  deputy mayor …": source "by the Courier", content "Emails reviewed");
- the verb inside the source and the next verb as cue ("[Documents obtained by the Herald show
  officials] [ignored] [the warnings]").
When the tagger tagged the phrase's noun as a source but no cue on the verb ("[Emails] reviewed by the
Weekly show that the team's medical director, Dr. Aurel Vasko, [wrote] …"), the statement is added
(`add_unlinked`, applied by the analyzer after the repairs): source the phrase, cue the verb, content
the rest of the sentence; the inner statement stays, as a nested one.
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
from newssift.analyzers.attribution.tagger import RoleSpan


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


def add_unlinked(analysis: Analysis, linked: list[Linked], spans: list[RoleSpan], lexicon: Lexicon
                 ) -> list[Linked]:
    """`linked` with the statement of a document phrase whose verb the tagger left untagged (module
    docstring; `spans`: the tagged role spans), in text order; other statements lose content pieces
    inside that phrase."""
    cues = {t for x in linked for t in range(x.cue.token_start, x.cue.token_end)}
    sources = [r for r in spans if r.role == "source"]
    added = []
    for si in sorted({x.cue.sentence for x in linked}):
        s = analysis.sentences[si]
        found = _opening(analysis, si, lexicon)
        if found is None or not any(src.sentence == si and src.token_start == found[0] for src in sources):
            continue
        first, verb, n = found
        if cues & set(range(first, verb + n)) or any(x.source is not None and x.sentence == si
                                                     and first <= x.source.token_start < verb + n
                                                     for x in linked):
            continue  # the verb tagged, or a statement whose source opens the phrase: `document_opening`
        end = s.token_end - (analysis.tokens[s.token_end - 1].text in ".!?")
        like = RoleSpan("cue", 0, 0, 0.7, si, 0, 0)
        added.append(Linked(_span(analysis, like, "cue", verb, verb + n),
                            _span(analysis, like, "source", first, verb),
                            [_span(analysis, like, "content", verb + n, end)]))
        for x in linked:
            x.content = [c for c in x.content if not (c.sentence == si and first <= c.token_start
                                                      and c.token_end <= verb + n + 1)] or x.content
    return sorted(linked + added, key=lambda x: x.cue.start)


def _span(analysis: Analysis, like: RoleSpan, role: str, a: int, b: int) -> RoleSpan:
    toks = analysis.tokens
    return replace(like, role=role, start=toks[a].start, end=toks[max(a, b - 1)].end, token_start=a,
                   token_end=max(a + 1, b))


def _phrase(analysis: Analysis, x: Linked, lexicon: Lexicon) -> tuple[int, int, int] | None:
    """(first token, verb token, verb length) of a document participle phrase opening x's sentence."""
    return _opening(analysis, x.cue.sentence, lexicon)


def _opening(analysis: Analysis, sentence: int, lexicon: Lexicon) -> tuple[int, int, int] | None:
    """(first token, verb token, verb length) of a document participle phrase opening the sentence."""
    toks, s = analysis.tokens, analysis.sentences[sentence]
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

