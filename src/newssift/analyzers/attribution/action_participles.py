"""An action participle after a comma is no statement: "Tarnby cancelled the fair, escalating a dispute
with the council", "The release called it "a breakthrough", wording the authors did not use".

The tagger sometimes reads a comma-led "-ing" word as a cue whose source is the clause's subject. Such a
cue is kept when its word is a cue (`cue_verbs`) or a stance verb (`stance_verbs`), and when its content
reads as words reported: a quotation mark, an opening "that" / "whether" / "how" …, an infinitive ("…,
encouraging others to follow them"), or an "as" / "for" / "of -ing" complement of an appraisal ("…,
describing the plan as …", "…, accusing the board of hiding …"). Otherwise it is an act or an event
that follows from the clause, and the statement is dropped (`is_action_participle`, applied by the
analyzer). "-ing" nouns that name wording ("wording", "phrasing") are dropped whatever follows.
Limits: word forms only; "…, praising the nurses" (an appraisal with a bare noun-phrase object) goes too.
"""

from __future__ import annotations

import re

from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import Linked

NOMINAL = frozenset({"wording", "phrasing", "framing", "language"})
OPENERS = frozenset({"that", "whether", "how", "what", "why", "if", "when", "where", "who", ":"})
QUOTES = "\"“”«»‘’'"
DETERMINERS = ("the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "our", "my",
               "your", "some", "any", "each", "every", "all", "no")
_NOT_VERB = "|".join(DETERMINERS)
CLAUSE = re.compile(rf"\bto\s+(?!(?:{_NOT_VERB})\b)[a-z]+\b|\bas\b|\bfor\b|\b(?:of|about)\s+\w+ing\b")


def is_action_participle(analysis: Analysis, x: Linked, lexicon: Lexicon) -> bool:
    toks = analysis.tokens
    cue = x.cue
    if cue.token_end - cue.token_start != 1 or cue.token_start == 0:
        return False
    word = toks[cue.token_start].text.lower()
    if not word.endswith("ing") or toks[cue.token_start - 1].text != ",":
        return False
    if word in NOMINAL:
        return True
    if word in lexicon.cues or word in lexicon.stance_only:
        return False
    after = sorted((c for c in x.content if c.start >= cue.end and c.sentence == cue.sentence),
                   key=lambda c: c.start)
    if not after or len(after) != len(x.content):
        return False
    text = analysis.text[after[0].start : after[-1].end]
    if any(q in text for q in QUOTES):
        return False
    words = text.split()
    return bool(words) and words[0].lower() not in OPENERS and not CLAUSE.search(text)
