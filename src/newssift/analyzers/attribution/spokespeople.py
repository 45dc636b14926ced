"""Whom does an unnamed spokesperson speak for? "When I put this to the minister's office, a spokesman
told me …"

`sources.classify` types "a spokesperson for Grainco" or "a ministry spokeswoman" as the organisation
they speak for; a bare "a spokesman" stays an unnamed (anonymous) source. When the same sentence names,
before it and outside quotations, a body the writer turned to (a phrase headed by an organisation noun
of `source_nouns`, "the minister's office", or an ORG entity that is no outlet), the spokesperson
speaks for that body: an `organisation` source of that name, the spokesperson's noun its role
(`speaks_for`, applied by the analyzer when it types sources).
A spokesperson or representative "for" a person ("a representative for Moreno", where the body
`sources.classify` found is the surname of a person named in full, a PER entity of two words or more,
and in no ORG entity; not "A Vantor spokesman") speaks for that person, not
an organisation: a `person` source, role "representative for Moreno" (`for_person`).
A spokesperson "for the <noun>" speaks for the organisation that noun was given as a name earlier in the
text ("bosses at her label, Starlane Records, … a spokesperson for the label said"): an appositive name
after "<noun>," that the entities layer reads as an ORG somewhere in the text (`for_named_noun`); a
noun never so named ("a spokesperson for the singer") stays as it is.
Limits: the same sentence only ("The ministry did not reply. A spokesman later said …" stays
anonymous); the last such body before the spokesperson wins.
"""

from __future__ import annotations

import re

from newssift.analysis import Analysis
from newssift.analyzers.attribution.coref import entities_within
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.sources import SPEAKERS, SourceType
from newssift.text import Span

_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")
_POSSESSIVE = re.compile(r"['’]s$")
_MAX_BODY_WORDS = 4
_QUOTE = re.compile(r"[“«][^“”«»]*[”»]|\"[^\"]*\"")
_BARE = re.compile(r"^(?:an?|the)\s+(?:[\w-]+\s+)?(?P<noun>[\w-]+)\s*,?$", re.I)


def speaks_for(analysis: Analysis, ref: Span, t: SourceType, lex: Lexicon) -> SourceType | None:
    """The organisation an unnamed spokesperson `ref` (typed `t`) speaks for (module docstring)."""
    bare = _BARE.match(analysis.text[ref.start : ref.end].strip())
    if t.kind != "anonymous" or t.head not in SPEAKERS or bare is None:
        return None
    sentence = next((s for s in analysis.sentences if s.start <= ref.start < s.end), None)
    if sentence is None:
        return None
    before = _QUOTE.sub(lambda q: " " * len(q.group()), analysis.text[sentence.start : ref.start])
    found = _bodies(before, lex)
    found += [(d["start"] - sentence.start, analysis.text[d["start"] : d["end"]])
              for d in entities_within(analysis, sentence.start, ref.start)
              if d.get("label") == "ORG" and d.get("fine_label") != "MEDIA_OUTLET"
              and before[d["start"] - sentence.start] != " "]
    if not found:
        return None
    name = re.sub(r"^the\s+", "", max(found)[1], flags=re.I)
    return SourceType("organisation", bare.group("noun"), name, t.head)


def _bodies(chunk: str, lex: Lexicon) -> list[tuple[int, str]]:
    """(offset, words) of each "the …" phrase in `chunk` headed by an organisation noun ("the
    minister's office", "the city council"; not "the council's plan")."""
    toks = list(_TOKEN.finditer(chunk))
    out = []
    for i, t in enumerate(toks):
        if t.group().lower() != "the":
            continue
        for j in range(i + 1, min(len(toks), i + 1 + _MAX_BODY_WORDS)):
            word = toks[j].group()
            if not word[:1].isalnum():
                break
            if lex.nouns.get(word.lower()) == "organisation" and not _POSSESSIVE.search(word):
                out.append((t.start(), chunk[toks[i + 1].start() : toks[j].end()]))
                break
    return out


def for_person(analysis: Analysis, t: SourceType) -> SourceType | None:
    """"a representative for Moreno": a person speaking for a person (module docstring), else None."""
    if t.kind != "organisation" or t.head not in SPEAKERS or not t.name or len(t.name.split()) != 1:
        return None
    people, bodies = False, False
    for d in entities_within(analysis, 0, len(analysis.text)):
        words = analysis.text[d["start"] : d["end"]].split()
        people = people or (d.get("label") == "PER" and len(words) > 1 and words[-1] == t.name)
        bodies = bodies or (d.get("label") == "ORG" and t.name in words)
    if not people or bodies:
        return None
    return SourceType("person", f"{t.role or t.head} for {t.name}", None, t.head)


_FOR_THE = re.compile(r"^(?:an?|the)\s+[\w-]+\s+(?:for|of|at)\s+the\s+(?P<noun>[a-z][\w-]*)\s*,?$", re.I)
_NAMED_AFTER = r"\b{noun},\s+(?:the\s+)?(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w'’&.-]*){{0,4}})"


def for_named_noun(analysis: Analysis, ref: Span, t: SourceType) -> SourceType | None:
    """"a spokesperson for the label" → the organisation named "<label>, Starlane Records" before it
    (module docstring), else None."""
    bare = _FOR_THE.match(analysis.text[ref.start : ref.end].strip())
    if t.kind != "anonymous" or t.head not in SPEAKERS or bare is None:
        return None
    pattern = re.compile(_NAMED_AFTER.format(noun=re.escape(bare.group("noun").lower())))
    found = list(pattern.finditer(analysis.text, 0, ref.start))
    orgs = {analysis.text[d["start"] : d["end"]] for d in entities_within(analysis, 0, len(analysis.text))
            if d.get("label") == "ORG"}
    names = [m.group("name") for m in found if m.group("name") in orgs]
    if not names:
        return None
    return SourceType("organisation", t.head, names[-1], t.head)
