"""An unnamed person whom the next paragraph names: "A harbour pilot accused of … admitted on Tuesday that
…\n\nAnselm Vrederik, 47, was giving evidence …", "… when a retired postman from Lowbridge complained
that …\n\nGerald Pennick, 71, said …".

News writing often brings a person in by a description and names them at the start of the next
paragraph, with their age. An indefinite, singular, unnamed source ("A harbour pilot", "a retired
postman") whose very next paragraph opens with a person's name and age ("Anselm Vrederik, 47,") is that
person (`revealed`, used by `coref.resolve`); so are an unnamed title mention with the same head noun
("Harbour pilot admits …") and a later definite one ("The pilot denied it").
Limits: the name must open the next paragraph and carry an age; a description with an anonymity clause
("A nurse, who asked not to be named,") stays unnamed; plural descriptions ("Two employees") too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newssift.analysis import Analysis
from newssift.analyzers.attribution.anonymity import anonymity_clause
from newssift.analyzers.attribution.entity_layer import entities_within
from newssift.analyzers.counted import plural

if TYPE_CHECKING:
    from newssift.analyzers.attribution.coref import Mention

INDEFINITE = re.compile(r"an?\s", re.I)  # not "One resident": a vox pop may name the next one
AGE = re.compile(r",\s*\d{1,3}\s*,")  # "Anselm Vrederik, 47,"


def revealed(analysis: Analysis, mentions: list[Mention]) -> dict[int, dict]:
    """Ids of the mentions that are a person the next paragraph names (see the module docstring), each
    mapped to that PER entity."""
    out: dict[int, dict] = {}
    title = analysis.title
    for m in mentions:
        t = m.type
        if t.kind != "anonymous" or plural(t.head) or not INDEFINITE.match(m.named.text):
            continue
        if anonymity_clause(analysis.text, m.named.end):  # "A nurse, who asked not to be named,"
            continue
        name = _opening_name(analysis, m.paragraph + 1)
        if name is None:
            continue
        for o in mentions:
            same = o.type.kind == "anonymous" and o.type.head == t.head
            in_title = title is not None and title.start <= o.ref.start < title.end
            later = o.ref.start > m.ref.start and o.named.text.lower().startswith("the ")
            if o is m or (same and (in_title or later)):
                out.setdefault(id(o), name)
    return out


def _opening_name(analysis: Analysis, index: int) -> dict | None:
    """The PER entity that opens paragraph `index` followed by an age ("Gerald Pennick, 71,"), if any."""
    paragraph = next((p for p in analysis.paragraphs if p.index == index), None)
    if paragraph is None:
        return None
    text, words = analysis.text, analysis.text[paragraph.start : paragraph.end]
    start = paragraph.start + len(words) - len(words.lstrip())
    first = next((d for d in entities_within(analysis, start, paragraph.end) if d.get("label") == "PER"),
                 None)
    if first is None or first["start"] != start or not AGE.match(text, first["end"]):
        return None
    return first
