"""An inverted source cut before its role's end and the name after it: '"…," said its head | of campaigns,
Owen Garrity.'

After a quotation the source follows its cue and often closes the sentence as a role and a name in
apposition ("said its chief executive, Mara Quint."). When the role runs on over a phrase ("head of
campaigns", "director of the fire service") the tagger may close the source early, so the person is
lost and the source reads "its" or "its head". A source after its cue whose sentence goes on with at
most `MAX_ROLE` words of a role's phrase (opening on a preposition of `ROLE_OPENERS`, and no word of
`np_stops` but prepositions, articles and possessives: no clause), a comma, and a name of two to four
capitalised words that ends the sentence runs on to the end of that name; the source typing then reads
the role and the person as it does for "its chief executive, Mara Quint".
Limits: the name must close the sentence; a title or an age after it ("Owen Garrity, 51.") is not
taken in.
"""

from __future__ import annotations

from dataclasses import replace

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

MAX_ROLE = 8
MAX_NAME = 4
CLOSERS = frozenset({".", "!", "?"})
ROLE_OPENERS = frozenset({"of", "at", "for", "in", "on", "from"})
ROLE_WORDS = ROLE_OPENERS | {"the", "a", "an", "its", "their", "our", "his", "her", "and"}


def finish_inverted_name(analysis: Analysis, x: Linked) -> RoleSpan | None:
    """x's source run on to the name in apposition that closes its sentence (module docstring)."""
    src, toks = x.source, analysis.tokens
    if src is None or src.start < x.cue.end or src.sentence != x.cue.sentence:
        return src
    sentence = analysis.sentences[src.sentence]
    stop = sentence.token_start
    while stop < len(toks) and toks[stop].end <= sentence.end:
        stop += 1
    while stop > src.token_end and toks[stop - 1].text in CLOSERS | {'"', "”", "’", "'"}:
        stop -= 1
    comma = next((k for k in range(src.token_end, min(src.token_end + MAX_ROLE + 1, stop))
                  if toks[k].text == ","), None)
    if comma is None or not _role_tail([t.text for t in toks[src.token_end : comma]]):
        return src
    name = toks[comma + 1 : stop]
    if not 2 <= len(name) <= MAX_NAME or not all(_name_word(t.text) for t in name):
        return src
    return replace(src, end=toks[stop - 1].end, token_end=stop)


def _name_word(word: str) -> bool:
    return word[:1].isupper() and word.replace("'", "").replace("’", "").replace("-", "").isalpha()


def _role_tail(words: list[str]) -> bool:
    """True for no words, or a role's phrase: "of campaigns", "of legal affairs at the firm"."""
    if not words:
        return True
    stops = lexicons.load("np_stops")
    return words[0].lower() in ROLE_OPENERS and all(
        w.isalpha() and (w.lower() not in stops or w.lower() in ROLE_WORDS) for w in words)
