""""The paper": a newspaper or a research paper. A source headed by an ambiguous noun
(`lexicons/en/research_papers.txt`: "paper") keeps its lexicon kind (media) unless the text makes it
a research paper, a `document`:
- a marker right before it or in its own clause ("a working paper", "A paper published in the journal
  Nature found …", "a paper by researchers at …");
- or, for a definite "the paper", the nearest earlier candidate in the text is a research document: a
  research noun ("A study published on Tuesday … According to the paper, …"), a marker ("the
  journal"), or an earlier "paper" that is itself one; a newspaper before it (an outlet name, a
  capitalised masthead such as "the Herald", a media noun such as "newspaper") keeps it media.
Such a "the paper" is the research document that spoke last (`same_document`: "according to a study
… According to the paper, …"), unless another research document was introduced in between ("A report
said … Researchers published a study in Nature … According to the paper": not the report; "the
findings", "the analysis" refer back and do not count).
Limits: word order only; the nearest candidate wins even across paragraphs.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from newssift import lexicons
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.sources import SourceType

WORD = re.compile(r"\w+(?:[-'’]\w+)*|[,.;:!?]")
CLAUSE_BREAKS = frozenset(",.;:!?")
DEFINITE = ("the", "this", "that")
INDEFINITE = frozenset({"a", "an", "another"})  # "a new study": another document comes in
AFTER = 8  # words of its own clause read after the noun
BEFORE = 2  # words read before it


@cache
def _roles() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for entry in lexicons.load("research_papers"):
        word, _, role = entry.partition("|")
        out.setdefault(role.strip(), set()).add(word.strip().lower())
    return {role: frozenset(words) for role, words in out.items()}


def retype(text: str, start: int, end: int, t: SourceType, lex: Lexicon) -> SourceType:
    """`t` for the source phrase text[start:end], a `document` when it is a research paper."""
    if t.kind != "media" or t.head not in _roles().get("ambiguous", ()):
        return t
    found = list(WORD.finditer(text, 0, end))
    words = [m.group() for m in found]
    heads = [i for i, m in enumerate(found) if m.start() >= start and m.group().lower() == t.head]
    if heads and _paper(_Words(words, [w.lower() for w in words]), heads[0], lex):
        return SourceType("document", t.role, t.name, t.head)
    return t


class _Words(NamedTuple):
    cased: list[str]
    lower: list[str]


def _paper(words: _Words, i: int, lex: Lexicon) -> bool:
    """Is the ambiguous noun at word `i` a research paper?"""
    if _marked(words.lower, i):
        return True
    if i == 0 or words.lower[i - 1] not in DEFINITE:
        return False
    for j in range(i - 1, -1, -1):
        found = _candidate(words, j, lex)
        if found is not None:
            return found
    return False


def _marked(lower: list[str], i: int) -> bool:
    """An adjective right before the noun, or a marker in its own clause after it."""
    roles = _roles()
    after = set()
    for w in lower[i + 1 : i + 1 + AFTER]:
        if w in CLAUSE_BREAKS:
            break
        after.add(w)
    before = set(lower[max(0, i - BEFORE) : i])
    return bool(roles.get("adjective", frozenset()) & before or roles.get("marker", frozenset()) & after)


def _candidate(words: _Words, j: int, lex: Lexicon) -> bool | None:
    """True for a research document at word `j`, False for a newspaper, None for neither."""
    roles = _roles()
    low = words.lower[j]
    if low in roles.get("noun", frozenset()) or low in roles.get("marker", frozenset()):
        return True
    if low in roles.get("ambiguous", frozenset()):
        return _paper(words, j, lex)
    newspaper = lex.nouns.get(low) == "media" or (words.cased[j][:1].isupper() and low in lex.mastheads)
    if newspaper or lex.outlets_at(words.lower, j):
        return False
    return None


def same_document(text: str, head: str, since: int, start: int, doc_head: str,
                  competing: frozenset[str] | None = None) -> bool:
    """May the research paper "the <head>" at `start` be the document source headed by `doc_head`,
    last mentioned at `since`: a research noun or paper (or any head when `competing` is given), with
    no other one (of `competing`, when given) introduced in between ("a study", "an analysis")?"""
    roles = _roles()
    papers = roles.get("ambiguous", frozenset())
    if head not in papers or (competing is None and doc_head not in roles.get("noun", frozenset()) | papers):
        return False
    words = [m.group().lower() for m in WORD.finditer(text, since, start)]
    nouns = competing if competing is not None else roles.get("noun", frozenset()) | papers
    introduced = {w for i, w in enumerate(words)
                  if w in nouns and INDEFINITE & set(words[max(0, i - 2) : i])}
    return introduced <= {doc_head}


def markers() -> frozenset[str]:
    """The research markers of `research_papers` ("journal", "researchers")."""
    return _roles().get("marker", frozenset())
