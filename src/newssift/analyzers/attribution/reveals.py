"""An unnamed person whom the text names a little later: "A harbour pilot accused of … admitted on Tuesday
that …\n\nAnselm Vrederik, 47, was giving evidence …", "… when a retired postman from Lowbridge
complained that …\n\nGerald Pennick, 71, said …", "A ferry engineer … said … The engineer, Ola Dunmore,
had …".

News writing often brings a person in by a description and names them soon after, with their age or in
an apposition to the same noun. An indefinite, singular, unnamed source ("A harbour pilot", "a retired
postman") is the person (`revealed`, used by `coref.resolve`) named either
- by a name and age opening a sentence ("Anselm Vrederik, 47,") later in its own paragraph or opening
  the next paragraph, when no other "a" / "an" phrase comes before the description in its sentence
  ("A care-home owner … was jailed by a judge who said …": the name is the owner's), or
- by "The <same head noun>, <name>," ("The pilot, Anselm Vrederik,") or the head noun as the name's
  title ("a judge who said …" then "Judge Horace Pettigrew") later in its own paragraph or the next
  `APPOSITION_PARAGRAPHS` paragraphs,
when that name does not occur before the description. So are an unnamed title mention with the same
head noun ("Harbour pilot admits …") and a later definite one ("The pilot denied it").
Limits: a description with an anonymity clause ("A nurse, who asked not to be named,") stays unnamed;
plural descriptions ("Two employees") too; a name and age inside a sentence ("…, said Ola Dunmore, 58")
is not read.
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
APPOSITION_PARAGRAPHS = 2
INDEFINITE_WORD = re.compile(r"\b(?:an?)\s", re.I)


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
        name = _later_name(analysis, m)
        if name is None:
            continue
        for o in mentions:
            same = o.type.kind == "anonymous" and o.type.head == t.head
            in_title = title is not None and title.start <= o.ref.start < title.end
            later = o.ref.start > m.ref.start and o.named.text.lower().startswith("the ")
            if o is m or (same and (in_title or later)):
                out.setdefault(id(o), name)
    return out


def _later_name(analysis: Analysis, m: Mention) -> dict | None:
    """The PER entity that names the description `m` later (see the module docstring), if any."""
    text, after = analysis.text, m.named.end
    window = [p for p in analysis.paragraphs if m.paragraph <= p.index <= m.paragraph + APPOSITION_PARAGRAPHS]
    head = re.compile(rf"\bthe\s+(?:[a-z][\w'’-]*\s+){{0,2}}{re.escape(m.type.head)},\s*$", re.I)
    sentence_starts = {s.start for s in analysis.sentences}
    sentence = next((s for s in analysis.sentences if s.start <= m.named.start < s.end), None)
    first = sentence is None or not INDEFINITE_WORD.search(text, sentence.start, m.named.start)
    for p in window:
        lead = p.start + len(text[p.start : p.end]) - len(text[p.start : p.end].lstrip())
        for d in entities_within(analysis, max(p.start, after), p.end):
            if d.get("label") != "PER" or _named_before(analysis, d, m.named.start):
                continue
            apposed = head.search(text, max(p.start, d["start"] - 60), d["start"])
            if apposed and m.type.head and text[d["end"] : d["end"] + 1] == ",":
                return d  # "The pilot, Anselm Vrederik,"
            if m.type.head and _titled(text, d, m.type.head):
                return d  # "a judge who said …" then "Judge Horace Pettigrew"
            opens = d["start"] == lead if p.index > m.paragraph else d["start"] in sentence_starts
            if p.index <= m.paragraph + 1 and opens and AGE.match(text, d["end"]) and first:
                return d  # "Anselm Vrederik, 47,"
    return None


def _named_before(analysis: Analysis, d: dict, pos: int) -> bool:
    """Does the name of entity `d` (its last word) occur before `pos`?"""
    last = analysis.text[d["start"] : d["end"]].split()[-1]
    return re.search(rf"\b{re.escape(last)}\b", analysis.text[:pos]) is not None


def _titled(text: str, d: dict, head: str) -> bool:
    """Does the PER entity `d` carry `head` as its capitalised title ("Judge Horace Pettigrew")?"""
    words = text[d["start"] : d["end"]].split()
    before = text[max(0, d["start"] - len(head) - 1) : d["start"]].strip()
    return (len(words) > 2 and words[0] == head.capitalize()) or before == head.capitalize()
