"""What the text itself says of a named person's pronoun, for he/she coreference.

"Tull turned to Ashe's record at Corran Minerals, where he was chief executive. '…,' she said": the
person named last before "she" is Ashe, but the text has already called Ashe "he" in the name's own
sentence; "she" is someone else (the candidate the pronouns followed before, Tull). `coref` links
he/she to a person named in the text only when the first he/she-type pronoun after that name in its
sentence, outside quotations and before the mention, is not of the other gender (`called_other`).
An unnamed person's head noun may say it too (`noun_gender`, `lexicons/en/gendered_nouns.txt`): "'My
father always told me, …,' she said" is not the father's statement.
Limits: the name's own sentence only; the first pronoun is taken to refer to the name, which a third
person between them can defeat.
"""

from __future__ import annotations

import re

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.quoted_names import in_quotation

PRONOUNS = re.compile(r"\b(?:(?P<he>he|him|his|himself)|(?P<she>she|her|hers|herself))\b", re.I)


def called_other(analysis: Analysis, name: dict, end: int, pronoun: str) -> bool:
    """Does the first he/she-type pronoun after the entity `name`, in its sentence, outside quotations
    and before `end`, have the other gender than `pronoun` ("he" / "she")?"""
    if pronoun not in ("he", "she"):
        return False
    sentence = next((s for s in analysis.sentences if s.start <= name["end"] <= s.end), None)
    stop = min(end, sentence.end) if sentence is not None else end
    for m in PRONOUNS.finditer(analysis.text, name["end"], max(name["end"], stop)):
        if in_quotation(analysis, m.start(), m.end()):
            continue
        return m.lastgroup != pronoun
    return False


def noun_gender(head: str) -> str | None:
    """"he" / "she" for a gendered head noun of an unnamed person ("father", "sister"), else None."""
    return lexicons.load_pairs("gendered_nouns").get(head.lower()) or None
