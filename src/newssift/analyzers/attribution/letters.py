"""A document sent with a participle cue: "The regulator sent the firm a letter warning that …".

The tagger may read the whole verb phrase as one cue ("sent Stridely a letter warning") with the sender
as its source. What the content says is what the letter says: the source is the document phrase ("a
letter"), typed a document, the cue the participle after it ("warning"), and the sender its `via` (the
statement rests on the sender's word). Only when:
- the cue ends on a participle of a reporting verb ("warning", "saying", "urging", "asking") right after
  a noun phrase opened by "a" / "an" / "the" and headed by a document noun (`sources.classify`), of at
  most `MAX_PHRASE` words, and
- that noun phrase lies inside the tagged cue, whose first word is a verb of sending or writing
  (`SENDING`): "issued a statement saying" stays the issuer's (PolNeAR's reading of a press release).
The tagger may also split the phrase elsewhere: "[The union sent members an email] [urging] …" (the
document phrase closing the source) or "[The mayor wrote residents] [a letter promising] …" (the
document phrase opening the cue); the source before the verb of sending becomes the `via` and the
document phrase the source the same way (`letter_in_source`).
Limits: one sentence.
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.sources import classify
from newssift.analyzers.attribution.tagger import RoleSpan

SENDING = frozenset({"sent", "sends", "send", "wrote", "writes", "write", "delivered", "handed", "mailed",
                     "emailed", "addressed", "gave", "passed", "forwarded", "posted"})
DETERMINERS = frozenset({"a", "an", "the"})
MAX_PHRASE = 5


def reporting_participle(word: str, lexicon: Lexicon) -> bool:
    """An -ing form of a cue verb of the lexicon ("warning": "warn"; "urging": "urge")."""
    if not word.endswith("ing") or len(word) < 5:
        return False
    if lexicon.cue_at([word], 0):
        return True
    stem = word[:-3]
    return any(lexicon.cue_at([w], 0) for w in (stem, stem + "e", stem + "s", stem + "es", stem[:-1])
               if w and w.isalpha())


def letter_in_source(analysis: Analysis, x: Linked, lexicon: Lexicon) -> None:
    """The document phrase closing x's source or opening its cue, after a verb of sending in the source,
    becomes the source and the words before that verb the `via` (see the module docstring)."""
    toks, cue, src = analysis.tokens, x.cue, x.source
    last = cue.token_end - 1
    if src is None or src.token_end > cue.token_start or not reporting_participle(toks[last].text.lower(),
                                                                                   lexicon):
        return
    verb = next((i for i in range(src.token_start + 1, src.token_end) if toks[i].text.lower() in SENDING),
                None)
    if verb is None:
        return
    if last > cue.token_start:  # "[a letter promising]"
        start, end = cue.token_start, last
    elif src.token_end == cue.token_start:  # "[… an email] [urging]"
        start = next((i for i in range(src.token_end - 2, verb, -1) if toks[i].text.lower() in DETERMINERS),
                     None)
        end = src.token_end
        if start is None or src.token_end - start > MAX_PHRASE:
            return
    else:
        return
    words = [t.text.replace("-", "") for t in toks[start:end]]
    if toks[start].text.lower() not in DETERMINERS or not all(w.isalnum() for w in words):
        return
    if classify(analysis.text[toks[start].start : toks[end - 1].end], lexicon).kind != "document":
        return
    x.via = replace(src, end=toks[verb - 1].end, token_end=verb)
    x.source = RoleSpan("source", toks[start].start, toks[end - 1].end, src.score, cue.sentence, start, end)
    x.cue = RoleSpan("cue", toks[last].start, toks[last].end, cue.score, cue.sentence, last, last + 1)


def letter_source(analysis: Analysis, x: Linked, lexicon: Lexicon) -> None:
    """Moves x's source to its `via` and makes the document phrase inside its cue the source, the
    participle the cue, when the module docstring's conditions hold."""
    toks, cue = analysis.tokens, x.cue
    last = cue.token_end - 1
    if last - cue.token_start < 2 or toks[cue.token_start].text.lower() not in SENDING:
        return
    if not reporting_participle(toks[last].text.lower(), lexicon):
        return
    start = next((i for i in range(last - 2, max(cue.token_start, last - MAX_PHRASE - 1), -1)
                  if toks[i].text.lower() in DETERMINERS), None)
    if start is None or not all(t.text.replace("-", "").isalnum() for t in toks[start:last]):
        return
    phrase = analysis.text[toks[start].start : toks[last - 1].end]
    if classify(phrase, lexicon).kind != "document":
        return
    score = x.source.score if x.source is not None else cue.score
    x.via = x.source
    x.source = RoleSpan("source", toks[start].start, toks[last - 1].end, score, cue.sentence, start, last)
    x.cue = RoleSpan("cue", toks[last].start, toks[last].end, cue.score, cue.sentence, last, last + 1)
