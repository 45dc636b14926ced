"""'The star herself broke her silence late on Tuesday … "I love you all," she wrote.'

An intensive reflexive after a definite description ("The star herself", "the minister himself") sets the
person the story is about against the others quoted so far (fans, insiders): a he/she in that sentence or
the next one of its paragraph is that person, not the unnamed fan quoted last. Coreference takes the
article's protagonist, the person entity the text mentions most (at least twice, named in full at least
once), whose reflexive matches the pronoun ("herself" for she) (`protagonist`).
Not for a role noun of `source_nouns` ("the minister himself"): coreference links a role to the person
who holds it, who need not be the protagonist.
Limits: "the <noun> herself/himself" only, at most two words between "the" and the noun; the
protagonist is found by counting mentions, not by reading the description.
"""

from __future__ import annotations

import re
from collections import Counter

from newssift.analysis import Analysis
from newssift.analyzers.attribution.entity_layer import entities_within
from newssift.analyzers.attribution.lexicon import load as load_lexicon
from newssift.analyzers.attribution.quoted_names import in_quotation

INTENSIVE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)\s+"
                       r"(?P<self>herself|himself)\b")
REFLEXIVE = {"she": "herself", "he": "himself"}


def protagonist(analysis: Analysis, pos: int, pronoun: str) -> dict | None:
    """The protagonist's fullest mention (an entity dict) when he/she at `pos` follows "the <noun>
    herself/himself" in its sentence or the one before in its paragraph (module docstring), else None."""
    at = next((i for i, s in enumerate(analysis.sentences) if s.start <= pos < s.end), None)
    if at is None or pronoun not in REFLEXIVE:
        return None
    here = analysis.sentences[at]
    prev = analysis.sentences[at - 1] if at > 0 else None
    start = prev.start if prev is not None and prev.paragraph == here.paragraph else here.start
    roles = load_lexicon().nouns  # "the minister himself": a role coreference reads by itself
    if not any(m.group("self") == REFLEXIVE[pronoun] and m.group("noun") not in roles
               and not in_quotation(analysis, m.start(), m.end())
               for m in INTENSIVE.finditer(analysis.text, start, pos)):
        return None
    people = [d for d in entities_within(analysis, 0, len(analysis.text))
              if d.get("label") == "PER" and d.get("entity_id")]
    counts = Counter(d["entity_id"] for d in people)
    if not counts:
        return None
    (eid, n), *rest = counts.most_common(2)
    mentions = [d for d in people if d["entity_id"] == eid]
    full = max(mentions, key=lambda d: len(analysis.text[d["start"] : d["end"]].split()))
    if n < 2 or (rest and rest[0][1] == n) or len(analysis.text[full["start"] : full["end"]].split()) < 2:
        return None
    return full
