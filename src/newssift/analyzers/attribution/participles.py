"""'Figures published by the Varnholt Library Trust show …': one statement, not two.

The tagger may read "[Figures] [published]" as an attribution of its own and "[the Varnholt Library Trust]
[show] [that …]" as another. When a cue is a publishing participle (`publishing_participles`: published,
released, issued …; or an obtaining one, `obtaining_participles`: obtained, seen) right after its source
and right before "by", and the next statement of the sentence has its source right after that "by", the
two are one: the participle's statement goes, and the next statement's source runs from the participle's
source ("Figures published by the Varnholt Library Trust", typed by its head noun: a document) — as in
"The figures, which were first reported by the Tribune, show …", where the reporting clause is no
statement of its own. A time or place may stand between the participle and "by" ("A report published
last week by the Westhaven Chamber of Commerce estimated …"), and when the tagger kept the participle's
phrase as a source but no statement of its own (a cue with no content is dropped by the linker), the
tagged source ending right before the participle, or on it ("[Records obtained] by the Ledger show"), is
used (`extend_published_by`). After an obtaining participle the body after "by" is no `via` (chains).
Limits: word order only, inside one sentence; the body after "by" must be the tagged source.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

# a time or place between a publishing participle and "by": "published last week by", "released on Monday by"
_BETWEEN = frozenset({"on", "in", "at", "last", "this", "earlier", "yesterday", "today"})
_MAX_BETWEEN = 4


@cache
def _participles() -> frozenset[str]:
    words = [*lexicons.load("publishing_participles"), *lexicons.load("obtaining_participles")]
    return frozenset(w.lower() for w in words)


def merge_published_by(analysis: Analysis, linked: list[Linked],
                       spans: list[RoleSpan] | None = None) -> list[Linked]:
    """`linked` with each "X published | by Y show …" pair made one statement (see the docstring);
    `spans`: the tagged role spans, for an "X published" the linker dropped."""
    dropped: set[int] = set()
    for i, x in enumerate(linked):
        y = _main_statement(analysis, x, linked)
        if y is not None and y.source is not None and x.source is not None:
            y.source = replace(y.source, start=x.source.start, token_start=x.source.token_start)
            dropped.add(i)
    kept = [x for i, x in enumerate(linked) if i not in dropped]
    for y in kept:
        extended = _extend_published_by(analysis, y, spans or [])
        if extended is not None:
            y.source = extended
    return kept


def _extend_published_by(analysis: Analysis, y: Linked, spans: list[RoleSpan]) -> RoleSpan | None:
    """y's source run back over "X <participle> [time] by" when a tagged source X ends right before
    the participle (or on it: "[Records obtained] by") in y's sentence and y's source opens right after
    "by" ("the"/"a" included)."""
    if y.source is None or y.cue.start < y.source.end:
        return None
    participle = _participle_before(analysis, y.source.token_start)
    if participle is None:
        return None
    x = next((r for r in spans if r.role == "source" and r.token_end in (participle, participle + 1)
              and r.token_start < participle and r.sentence == y.source.sentence), None)
    return None if x is None else replace(y.source, start=x.start, token_start=x.token_start)


def _participle_before(analysis: Analysis, token: int) -> int | None:
    """The token of the publishing participle of "<participle> [time] by" closing right before `token`."""
    toks = analysis.tokens
    by = token - 1
    if by < 1 or toks[by].text.lower() != "by":
        return None
    for at in range(by - 1, max(-1, by - 2 - _MAX_BETWEEN), -1):
        word = toks[at].text.lower()
        if word in _participles():
            between = [t.text.lower() for t in toks[at + 1 : by]]
            timed = not between or (between[0] in _BETWEEN and all(w.isalnum() for w in between))
            return at if timed else None
        if not word.isalnum():
            return None
    return None


def _main_statement(analysis: Analysis, x: Linked, linked: list[Linked]) -> Linked | None:
    toks = analysis.tokens
    cue = x.cue
    if (x.source is None or cue.token_end - cue.token_start != 1 or x.source.token_end != cue.token_start
            or toks[cue.token_start].text.lower() not in _participles()
            or cue.token_end >= len(toks)):
        return None
    by = _by_after(analysis, cue.token_end)
    if by is None:
        return None
    for y in linked:
        if (y is not x and y.source is not None and y.cue.sentence == cue.sentence
                and y.source.token_start in (by + 1, by + 2) and y.cue.start > y.source.end):
            return y
    return None


def _by_after(analysis: Analysis, token: int) -> int | None:
    """The "by" at `token`, or after a time or place opening there ("last week by"), else None."""
    toks = analysis.tokens
    for at in range(token, min(len(toks), token + _MAX_BETWEEN + 1)):
        word = toks[at].text.lower()
        if word == "by":
            return at if at == token or toks[token].text.lower() in _BETWEEN else None
        if not word.isalnum():
            return None
    return None
