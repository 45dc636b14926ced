"""An epithet names the person just named: "Quarry manager Ines Dobrowska … The Polish coach, who took
over in the summer, admitted …".

News writing avoids repeating a name by giving a nationality and a role ("the Polish coach", "the
Brazilian striker"). Such a definite phrase is read like "the 34-year-old": the person named last in
the same or the previous paragraph (`coref`, `is_epithet`), not a new unnamed source. An epithet is
"the", a nationality of `entity_norp`, at most one more lower-case word and a singular person noun
(`epithet_nouns`, or a person noun of `source_nouns`, `occupation_nouns`, `entity_roles`), before any
comma.
Limits: nationality epithets only ("the veteran coach" is left to the role-noun rule); the person must
be named in the text within the paragraph before.
"""

from __future__ import annotations

from functools import cache

from newssift import lexicons

MAX_WORDS = 4  # "the", nationality, one more word, noun


@cache
def _nouns() -> frozenset[str]:
    people = {k for k, v in lexicons.load_pairs("source_nouns").items() if v == "person"}
    return frozenset(people | lexicons.load("epithet_nouns") | lexicons.load("occupation_nouns")
                     | lexicons.load("entity_roles"))


def is_epithet(text: str) -> bool:
    """Is `text` (up to its first comma) "the <nationality> (<word>) <person noun>"?"""
    words = text.split(",")[0].split()
    if not 3 <= len(words) <= MAX_WORDS or words[0].lower() != "the":
        return False
    return (words[1].lower() in lexicons.load("entity_norp") and words[1][:1].isupper()
            and all(w.islower() for w in words[2:]) and words[-1] in _nouns())
