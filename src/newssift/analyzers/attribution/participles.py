"""'Figures published by the Varnholt Library Trust show …': one statement, not two.

The tagger may read "[Figures] [published]" as an attribution of its own and "[the Varnholt Library Trust]
[show] [that …]" as another. When a cue is a publishing participle (`publishing_participles`: published,
released, issued …) right after its source and right before "by", and the next statement of the sentence
has its source right after that "by", the two are one: the participle's statement goes, and the next
statement's source runs from the participle's source ("Figures published by the Varnholt Library Trust",
typed by its head noun: a document) — as in "The figures, which were first reported by the Tribune,
show …", where the reporting clause is no statement of its own.
Limits: word order only, inside one sentence; the body after "by" must be the tagged source.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked


@cache
def _participles() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("publishing_participles"))


def merge_published_by(analysis: Analysis, linked: list[Linked]) -> list[Linked]:
    """`linked` with each "X published | by Y show …" pair made one statement (see the docstring)."""
    dropped: set[int] = set()
    for i, x in enumerate(linked):
        y = _main_statement(analysis, x, linked)
        if y is not None and y.source is not None and x.source is not None:
            y.source = replace(y.source, start=x.source.start, token_start=x.source.token_start)
            dropped.add(i)
    return [x for i, x in enumerate(linked) if i not in dropped]


def _main_statement(analysis: Analysis, x: Linked, linked: list[Linked]) -> Linked | None:
    toks = analysis.tokens
    cue = x.cue
    if (x.source is None or cue.token_end - cue.token_start != 1 or x.source.token_end != cue.token_start
            or toks[cue.token_start].text.lower() not in _participles()
            or cue.token_end >= len(toks) or toks[cue.token_end].text.lower() != "by"):
        return None
    by = cue.token_end
    for y in linked:
        if (y is not x and y.source is not None and y.cue.sentence == cue.sentence
                and y.source.token_start in (by + 1, by + 2) and y.cue.start > y.source.end):
            return y
    return None
