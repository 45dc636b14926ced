"""Antecedents coreference reads outside the sources: the role a name carries in the text, the
source of the previous sentence, an unnamed person the text introduces.

- `role_before`, `named_role`: "Housing Minister Ottilie Brandt has a talent for …" names Brandt outside any
  statement; when a later "she" makes her a source, her role is the title words right before the name
  ("Housing Minister"), so that "the minister" links to her too. The words run back from the name
  while they are capitalised (or the role noun itself, a person noun of `source_nouns` or
  `entity_roles`; an honorific, "Dr", is no role), stopping at a function word or sentence starter
  ("When", "Yesterday").
- `previous_source`: he/she that coreference cannot link to any person (none compatible, or only one
  more than a paragraph back with other sources since) right after a statement in the previous
  sentence by an organisation, an outlet or unnamed sources whose plural noun names no people
  (`nonhuman_source_plurals`: "Local sources in the city of Hama stated that … . She pointed out that
  …", a translation from a language that gives such plurals a singular pronoun) is that source (a low
  link score: the text does not say so); never people ("Two people close to him said … She said …").
  A he/she that coreference links only weakly to a person (more than a sentence back, other sources
  since) goes to such a source when the next sentence goes on with it ("… . The sources added that
  …", `continued_source`).
- `introduced_person`: he/she with no antecedent among the sources, after an unnamed person the writer
  introduced in the same or the previous sentence of its paragraph, outside quotations ("A colleague
  put it better than I can. '…,' she told me"): a/an/one/another, up to two words, then a singular
  person noun (`person_nouns`, the person nouns of `source_nouns`, `occupation_nouns`).
- `introduced_document`: "it" with no organisation, outlet or document source to point at, after a
  singular document phrase opening in the same or the previous sentence of its paragraph ("A statement
  from Aldane's family was read outside the court by his daughter. '…,' it said"): that document
  (a/an/the, up to two words, capitalised ones too ("The Estreli readout"), a singular document
  noun of `source_nouns` / `document_nouns`, and
  "from/by/of" with up to four more words).
- `subject_before`: a person named as the subject of the sentence right before a quotation that a
  he/she attributes ("Her neighbour Owen Tarrant, 58, was less impressed. '…,' he said"): the name
  opens that sentence (after at most three words: "Her neighbour"), in the same paragraph, and the
  pronoun's sentence opens with the quotation; coreference lets that name win over a named candidate
  mentioned before it.
Limits: no gender agreement beyond the pronouns already linked; one sentence back only.
"""

from __future__ import annotations

import re
from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import load as load_lexicon
from newssift.analyzers.attribution.records import SourceEntry
from newssift.analyzers.attribution.sources import DETERMINERS, HONORIFICS
from newssift.text import Span

_MAX_ROLE_WORDS = 4
_WORD = re.compile(r"[\w'’-]+$")
_INTRODUCED = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)\b"
                         r"(?!['’]s)")
_QUOTE = re.compile(r"[“«][^“”«»]*[”»]|\"[^\"]*\"")
_DOCUMENT = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)"
                       r"(?P<tail>\s+(?:from|by|of)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3})?")
OPENING_QUOTES = "\"“«‘'"  # a sentence opening with a quotation ("'…,' he said")
PREVIOUS_KINDS = ("organisation", "media")  # who a stray singular pronoun may stand for, with `_nonhuman`


@cache
def _stops() -> frozenset[str]:
    words = lexicons.load("function_words") | lexicons.load("sentence_starters")
    return frozenset(w.lower() for w in words)


@cache
def _person_nouns() -> frozenset[str]:
    lex = load_lexicon()
    named = {n for n, kind in lex.nouns.items()
             if kind == "person" or (kind == "anonymous" and n[-1:] != "s")}
    return frozenset(named | lexicons.load("person_nouns") | lexicons.load("occupation_nouns"))


@cache
def _nonhuman() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("nonhuman_source_plurals"))


@cache
def _role_nouns() -> frozenset[str]:
    roles = {n for n, kind in load_lexicon().nouns.items() if kind == "person"}
    return frozenset(roles | {w.lower() for w in lexicons.load("entity_roles")}) - HONORIFICS


def role_before(analysis: Analysis, start: int) -> str | None:
    """The title words right before a name starting at `start` in its sentence ("Housing Minister"
    of "Housing Minister Ottilie Brandt"), None when the word before is no role noun."""
    sentence = next((s for s in analysis.sentences if s.start <= start < s.end), None)
    if sentence is None:
        return None
    before = analysis.text[sentence.start : start].split()
    if not before or not _WORD.match(before[-1]) or before[-1].lower() not in _role_nouns():
        return None
    role = [before[-1]]
    for w in reversed(before[:-1]):
        if len(role) >= _MAX_ROLE_WORDS or not _WORD.match(w) or not w[:1].isupper() or w.lower() in _stops():
            break
        role.insert(0, w)
    return " ".join(role)


def named_role(analysis: Analysis, mentions: list[dict]) -> str | None:
    """The role before the first of an entity's `mentions` that has one (`role_before`)."""
    for d in sorted(mentions, key=lambda d: d["start"]):
        role = role_before(analysis, d["start"])
        if role is not None:
            return role
    return None


def _sentence_index(analysis: Analysis, pos: int) -> int | None:
    return next((i for i, s in enumerate(analysis.sentences) if s.start <= pos < s.end), None)


def previous_source(analysis: Analysis, sources: list[SourceEntry], pos: int) -> SourceEntry | None:
    """The organisation, outlet or unnamed "sources" (`_nonhuman`) with a statement in the sentence
    before `pos` (its latest mention there), None when that sentence has none or its latest source is
    of another kind."""
    at = _sentence_index(analysis, pos)
    if not at:
        return None
    prev = analysis.sentences[at - 1]
    here = [(m.start, e) for e in sources for m in e.mentions if prev.start <= m.start < prev.end]
    if not here:
        return None
    entry = max(here, key=lambda p: p[0])[1]
    nonhuman = entry.kind == "anonymous" and entry.name.split()[-1].lower() in _nonhuman()
    return entry if entry.kind in PREVIOUS_KINDS or nonhuman else None


def introduced_person(analysis: Analysis, pos: int) -> Span | None:
    """The last "a colleague"-like phrase (see the module docstring) before `pos` in its sentence or
    the previous one of the same paragraph, outside quotations."""
    window = _recent_text(analysis, pos)
    if window is None:
        return None
    start, chunk = window
    found = [m for m in _INTRODUCED.finditer(chunk) if m.group("noun") in _person_nouns()]
    return Span(start + found[-1].start(), start + found[-1].end()) if found else None


def _recent_text(analysis: Analysis, pos: int) -> tuple[int, str] | None:
    """(start, text) from the start of the sentence before `pos`'s (when in the same paragraph; else
    of its own sentence) up to `pos`, quotations blanked out (same length, so offsets hold)."""
    at = _sentence_index(analysis, pos)
    if at is None:
        return None
    here = analysis.sentences[at]
    first = at - 1 if at and analysis.sentences[at - 1].paragraph == here.paragraph else at
    start = analysis.sentences[first].start
    return start, _QUOTE.sub(lambda q: " " * len(q.group()), analysis.text[start:pos])


def subject_before(analysis: Analysis, name: dict, pos: int) -> bool:
    """Is the PER entity `name` the subject of the sentence right before `pos`'s, which opens with a
    quotation (see the module docstring)?"""
    at = _sentence_index(analysis, pos)
    if not at:
        return False
    here, prev = analysis.sentences[at], analysis.sentences[at - 1]
    if prev.paragraph != here.paragraph or not prev.start <= name["start"] < prev.end:
        return False
    opening = analysis.text[prev.start : name["start"]].split()
    return len(opening) <= 3 and analysis.text[here.start : here.start + 1] in OPENING_QUOTES


def continued_source(analysis: Analysis, sources: list[SourceEntry], pos: int,
                     later: list[tuple[int, str]]) -> SourceEntry | None:
    """`previous_source` of a he/she at `pos` when the sentence after it goes on with the same source
    ("Local sources … indicated that … . She explained that … . The sources added that …"): a mention
    there (`later`: start and head noun of every source mention) with that source's head noun."""
    entry = previous_source(analysis, sources, pos)
    at = _sentence_index(analysis, pos)
    if entry is None or at is None or at + 1 >= len(analysis.sentences):
        return None
    nxt = analysis.sentences[at + 1]
    head = entry.name.split()[-1].lower()
    return entry if any(nxt.start <= start < nxt.end and h == head for start, h in later) else None


@cache
def _document_nouns() -> frozenset[str]:
    lex = load_lexicon()
    nouns = {n for n, kind in lex.nouns.items() if kind == "document"} | set(lex.documents)
    return frozenset(n for n in nouns if not n.endswith("s") or n in ("analysis", "news"))


def introduced_document(analysis: Analysis, pos: int) -> tuple[Span, str] | None:
    """(span, noun) of the last singular document phrase (module docstring) before `pos` in its
    sentence or the previous one of the same paragraph, outside quotations."""
    window = _recent_text(analysis, pos)
    if window is None:
        return None
    start, chunk = window
    found = [m for m in _DOCUMENT.finditer(chunk) if m.group("noun") in _document_nouns()]
    if not found:
        return None
    m = found[-1]
    end = m.end("noun")
    if m.group("tail"):
        tail = m.group("tail").split()
        keep = next((i for i, w in enumerate(tail[1:], 1)
                     if w.lower() in _stops() and w.lower() not in DETERMINERS), len(tail))
        end = m.start("tail") + len(m.group("tail")) - len(" ".join(tail[keep:])) if keep > 1 else end
        end = len(chunk[:end].rstrip())
    return Span(start + m.start(), start + end), m.group("noun")
