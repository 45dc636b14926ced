""""The authors wrote …": a study's authors are people, not an anonymous source.

A definite author noun ("The authors", "the study's authors", "its authors", "the lead author",
`AUTHOR_HEADS`) names the people who wrote the study the article reports on: kind `person`, role the
phrase without its determiner. When the text named an author before it ("researchers led by Dr. Ilse
Korr", "lead author Pavel Anders", "Ilse Korr, the study's lead author"), the latest such name is its
name, so that coreference joins it to that person (`study_authors`, read by the analyzer after typing);
a later "they" still refers back to plural authors (`plural_people`, read by `coref`).
An indefinite or bare "authors" ("authors of several studies said") stays with the other rules.
Limits: the name is read by the few phrasings above; with several named authors the latest named wins.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newssift.analyzers.attribution.sources import SourceType

AUTHOR_HEADS = frozenset({"author", "authors", "co-author", "co-authors", "coauthor", "coauthors"})
DEFINITE = re.compile(r"^(?:the|its|their|his|her|[\w-]+['’]s)\s", re.I)
TITLE = r"(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)?"
NAME = r"(?P<n>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
NAMED_AUTHOR = tuple(re.compile(p) for p in (
    rf"\bled by\s+(?:[a-z][\w-]*\s+){{0,2}}{TITLE}{NAME}",  # "led by hydrologist Dr. Mira Castell"
    rf"\b(?:lead|senior|first|principal)\s+(?:author|investigator|researcher),?\s+{TITLE}{NAME}",
    rf"\bco-?authors?,?\s+{TITLE}{NAME}",
    rf"{NAME},\s+(?:the|a|one of the)\s+(?:[\w-]+['’]s\s+)?(?:lead |senior |first |principal )?"
    r"(?:co-?)?authors?\b",
))


def study_authors(text: str, start: int, phrase: str, t: SourceType) -> SourceType | None:
    """`t` re-typed as the module docstring says for the source `phrase` at `start`, else None."""
    if t.head not in AUTHOR_HEADS or t.kind != "anonymous" or DEFINITE.match(phrase) is None:
        return None
    role = re.sub(r"^(?:the|its|their|his|her)\s+", "", phrase.split(",")[0].strip(), flags=re.I)
    end = start + len(phrase)  # "The survey's authors, led by Dr. Mira Castell": the name inside it
    named = max((m for p in NAMED_AUTHOR for m in p.finditer(text, 0, end)), key=lambda m: m.start(),
                default=None)
    return replace(t, kind="person", role=role, name=named.group("n") if named else None)


def plural_people(head: str, pronoun: str) -> bool:
    """May "they" refer back to a source headed by `head`: a plural author noun ("The authors wrote …,
    but they cautioned …"), typed person here?"""
    return pronoun == "they" and head in AUTHOR_HEADS and head.endswith("s")
