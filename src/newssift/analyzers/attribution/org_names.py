"""Is a one-word PER entity an organisation the article names as one ("the engineering firm Vantor …
Vantor said")? The NER model often reads a bare company name as a person (`named_as_organisation`, read
when a source is typed); and the other way round, a lone surname read as an organisation ("Petra Ossin …
Ossin argued", `named_as_person`)."""

from __future__ import annotations

import re
from collections.abc import Collection

from newssift.analysis import Analysis
from newssift.analyzers.attribution.entity_layer import entities_within, layer_memo


def named_as_organisation(analysis: Analysis, entity: dict, org_nouns: Collection[str] = ()) -> bool:
    """Is a one-word PER entity ("Vantor", "Calder") an organisation the article names as one: an ORG
    mention of the same name or starting with it ("Calder Freight"), or a mention of it right after an
    organisation noun (`org_nouns`: "the engineering firm Vantor"), while no mention of it as a person
    has more than one word ("Daniel Yusuf")? The NER model often reads a bare company name as a
    person. A name whose demonym the article uses ("Varosh accuses Keldar …", "the Varoshi News
    Agency"; "Vessaria" → "Vessarian") is a country, speaking through its government: an organisation
    too."""
    name = analysis.text[entity["start"] : entity["end"]]
    if len(name.split()) != 1:
        return False
    memo = layer_memo(analysis)
    key = ("named_as_organisation", name, entity.get("entity_id"), id(org_nouns))
    if key not in memo:
        memo[key] = _named_as_organisation(analysis, entity, name, org_nouns)
    return memo[key]


def organisation_entity(analysis: Analysis, entity: dict, org_nouns: Collection[str] = ()) -> bool:
    """Is the entity an organisation: an ORG one, or a one-word PER one the article names as an
    organisation elsewhere ("Stridely, the app …" read as a person, "Stridely" an ORG later;
    `named_as_organisation`)?"""
    return entity.get("label") == "ORG" or (entity.get("label") == "PER"
                                            and named_as_organisation(analysis, entity, org_nouns))


def _named_as_organisation(analysis: Analysis, entity: dict, name: str, org_nouns: Collection[str]) -> bool:
    same, org = [], False
    for d in entities_within(analysis, 0, len(analysis.text)):
        text = analysis.text[d["start"] : d["end"]]
        org = org or _organisation_mention(analysis, d, name, org_nouns)
        if d.get("label") == "PER" and (text.split()[-1:] == [name] or _same_id(d, entity)):
            same.append(text)
    demonym = "n|" if name.endswith("a") else ""  # "Vessaria" → "Vessarian"
    org = org or re.search(rf"\b{re.escape(name)}(?:{demonym}i|ian|ese|ish)\b", analysis.text) is not None
    return org and all(len(t.split()) == 1 for t in same)


def _organisation_mention(analysis: Analysis, d: dict, name: str, org_nouns: Collection[str]) -> bool:
    """Does the entity `d` name `name` as an organisation: "Calder Freight" (ORG), "firm Vantor"?"""
    text = analysis.text[d["start"] : d["end"]]
    if d.get("label") == "ORG" and (text == name or text.startswith(name + " ")):
        return True
    before = analysis.text[max(0, d["start"] - 30) : d["start"]].split()[-1:]
    return text == name and bool(before) and before[0].lower() in org_nouns


def _same_id(a: dict, b: dict) -> bool:
    return a.get("entity_id") is not None and a.get("entity_id") == b.get("entity_id")


def named_as_person(analysis: Analysis, entity: dict) -> bool:
    """Is a one-word ORG entity ("Ossin") the surname of a person the article names in full ("Petra
    Ossin", a PER entity), and never the start of a longer organisation name ("Ossin Holdings")? The
    NER model sometimes reads a lone surname as an organisation."""
    name = analysis.text[entity["start"] : entity["end"]]
    if len(name.split()) != 1:
        return False
    full, org = False, False
    for d in entities_within(analysis, 0, len(analysis.text)):
        words = analysis.text[d["start"] : d["end"]].split()
        full = full or (d.get("label") == "PER" and len(words) > 1 and words[-1] == name)
        org = org or (d.get("label") == "ORG" and len(words) > 1 and name in words)
    return full and not org
