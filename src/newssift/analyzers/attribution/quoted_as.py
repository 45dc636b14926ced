"""'X quoted Y as saying …' and 'Y was quoted by X as saying …': one attribution, not two.

- Active: the tagger reads "The Herald [quoted] [a senior official] as [saying] [that …]" as two
  attributions, "quoted" with the quoted person as its content and "saying" with what was said. They
  become one, the quoting source's, whose content runs from the person to the end of what was said
  (PolNeAR's extent: "The New York Times | quoted | one of Carson's advisers as saying …"); `chains`
  reads the person as its `via`. The person may close on an appositive ("quoted [Professor Omar]
  Beltran, a co-author, as saying": the tagged content holds part of it).
- Passive: "Minister Ivo Brandt was quoted by the Courier as [saying] …" with no source for "saying":
  the subject before "was quoted" is the source and the cue runs from "was" to "saying" (PolNeAR:
  "Braynard | is quoted as saying"); with "by X" the analyzer then re-reads it as X's statement with
  the subject as its via (`quoted_by`).
- A relative word right before a passive cue ("The figures, [which] [were first reported] by the
  Tribune, show …") is what was reported, not who reported it: no statement of its own.
Limits: the person and the quoting source are read by word order only, inside one sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

QUOTING = {"quoted", "cited"}
SAYING = {"saying", "as saying", "telling", "as telling"}
BE_FORMS = re.compile(r"(?:was|were|is|are|been|being|has been|have been|had been)\b", re.I)
RELATIVE_WORDS = {"which", "who", "that"}
PERSON_REST = re.compile(r"[^.;:!?\"“”()]{0,60},\s*as")
PASSIVE = re.compile(r"(?:^|[,;:]\s+)(?P<x>[A-Z][^,;:]{0,80}?)\s+(?P<cue>(?:was|were|is|are|has been|"
                     r"have been|had been)\s+(?:quoted|cited)(?:\s+by\s+[^,;:]{1,60}?)?\s+as)\s*$")


def merge_quoted_as(analysis: Analysis, linked: list[Linked]) -> list[Linked]:
    """The active case (module docstring); `linked` in text order."""
    out: list[Linked] = []
    for x in linked:
        prev = out[-1] if out else None
        if prev is not None and _quotes_as(analysis, prev, x):
            first = min(prev.content, key=lambda c: c.start)
            last = max(x.content, key=lambda c: c.end)
            prev.content = [replace(first, end=last.end, token_end=last.token_end)]
            continue
        out.append(x)
    return out


def _quotes_as(analysis: Analysis, prev: Linked, x: Linked) -> bool:
    text = analysis.text
    if (prev.cue.sentence != x.cue.sentence or not prev.content or not x.content
            or text[prev.cue.start : prev.cue.end].lower() not in QUOTING
            or text[x.cue.start : x.cue.end].lower() not in SAYING):
        return False
    if x.source is not None and (prev.source is None or x.source.start != prev.source.start):
        return False
    person_end = max(c.end for c in prev.content)
    between = text[person_end : x.cue.start].strip().lower()
    return (all(prev.cue.end <= c.start and c.end <= x.cue.start for c in prev.content)
            and _name_rest(between) and all(c.start >= x.cue.end for c in x.content))


def _name_rest(between: str) -> bool:
    """Between the quoted person and "saying": "as", or the rest of the name or an appositive and "as"
    ("[Professor Omar] Beltran, a co-author, as | saying")."""
    return between in ("as", "") or PERSON_REST.fullmatch(between) is not None


def passive_quoted(analysis: Analysis, x: Linked) -> tuple[RoleSpan, RoleSpan] | None:
    """(source, cue) of the passive case (module docstring) for a "saying" cue with no source."""
    text, toks = analysis.text, analysis.tokens
    if text[x.cue.start : x.cue.end].lower() not in SAYING:
        return None
    s = analysis.sentences[x.cue.sentence]
    before = text[s.start : x.cue.start]  # "was quoted by X | as saying": the tagger's cue holds "as"
    as_cue = text[x.cue.start : x.cue.end].lower().startswith("as ")
    m = PASSIVE.search(before.rstrip() + " as" if as_cue else before)
    if m is None:
        return None
    idx = [i for i in range(s.token_start, x.cue.token_start) if s.start + m.start("x") <= toks[i].start]
    src = [i for i in idx if toks[i].end <= s.start + m.end("x")]
    cue = [i for i in idx if toks[i].start >= s.start + m.start("cue")]
    if not src or not cue:
        return None
    source = RoleSpan("source", toks[src[0]].start, toks[src[-1]].end, x.cue.score, x.cue.sentence,
                      src[0], src[-1] + 1)
    return source, replace(x.cue, start=toks[cue[0]].start, token_start=cue[0])


def is_relative_passive(analysis: Analysis, x: Linked) -> bool:
    """A relative word as the source right before a passive cue ('which | were first reported')."""
    src = x.source
    if src is None or src.token_end != x.cue.token_start:
        return False
    word = analysis.text[src.start : src.end].lower()
    return word in RELATIVE_WORDS and BE_FORMS.match(analysis.text, x.cue.start) is not None
