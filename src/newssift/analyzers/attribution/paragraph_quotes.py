"""A quotation stays with the speaker of its own paragraph: '"You had the vessel on your screen for six
minutes," Calloway said. "Why did you wait?"' then a new paragraph '"I believed she was turning away,"
Vrederik replied.'

The linker may give a quoted sentence that closes a paragraph to the first cue after it, in the next
paragraph ("replied"), and join it to that cue's quotation over the paragraph break. News writing
turns to a new speaker with a new paragraph: a quoted content piece (or the part of one) lying in an
earlier paragraph than its cue goes to the statement whose cue comes last before it in its own
paragraph, when that statement has a source (`move_paragraph_quotes`, applied by the analyzer after
repair); a piece running over the break is split there first.
Limits: only quoted pieces, and only back to a cue of the same paragraph; a quotation that opens a
paragraph with its cue in the next paragraph is left alone.
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

QUOTES = "\"“”‘’'"


def _paragraph(analysis: Analysis, pos: int) -> tuple[int, int]:
    """(start, end) of the paragraph holding character `pos` (the text before the first paragraph, a
    title, counts as one)."""
    starts = [p.start for p in analysis.paragraphs]
    if starts and pos < min(starts):
        return 0, min(starts)
    return next(((p.start, p.end) for p in analysis.paragraphs if p.start <= pos < p.end),
                (0, len(analysis.text)))


def _sentence(analysis: Analysis, token: int) -> int:
    return next((i for i, s in enumerate(analysis.sentences) if s.token_start <= token < s.token_end), 0)


def _parts(analysis: Analysis, c: RoleSpan) -> list[RoleSpan]:
    """`c` cut at every paragraph start inside it."""
    toks, out = analysis.tokens, []
    for p in analysis.paragraphs:
        if not c.start < p.start < c.end:
            continue
        k = next((i for i in range(c.token_start, c.token_end) if toks[i].start >= p.start), c.token_end)
        if c.token_start < k < c.token_end:
            out.append(replace(c, end=toks[k - 1].end, token_end=k))
            c = replace(c, start=toks[k].start, token_start=k, sentence=_sentence(analysis, k))
    return [*out, c]


def _owner(analysis: Analysis, linked: list[Linked], x: Linked, part: RoleSpan) -> Linked:
    """Who says the quoted `part`: x when it shares x's cue paragraph, else the sourced statement whose
    cue comes last before it in its own paragraph, else the first after it there, else x."""
    start, end = _paragraph(analysis, part.start)
    if start <= x.cue.start < end or analysis.text[part.start] not in QUOTES:
        return x
    here = [y for y in linked if y.source is not None and start <= y.cue.start < end]
    before = [y for y in here if y.cue.end <= part.start]
    after = [y for y in here if y.cue.start >= part.end]
    if before:
        return max(before, key=lambda y: y.cue.start)
    return min(after, key=lambda y: y.cue.start) if after else x


def move_paragraph_quotes(analysis: Analysis, linked: list[Linked]) -> list[Linked]:
    """`linked` with each quoted piece, or part of one, given to the speaker of its own paragraph (a
    statement keeps its content when every part of it would go)."""
    moves: list[tuple[Linked, RoleSpan]] = []
    for x in linked:
        kept: list[RoleSpan] = []
        local: list[tuple[Linked, RoleSpan]] = []
        for part in (p for c in x.content for p in _parts(analysis, c)):
            owner = _owner(analysis, linked, x, part)
            if owner is x:
                kept.append(part)
            else:
                local.append((owner, part))
        if kept and local:
            x.content = _joined(analysis, kept)
            moves += local
    for owner, part in moves:
        owner.content = _joined(analysis, [*owner.content, part])
    return linked


def _joined(analysis: Analysis, pieces: list[RoleSpan]) -> list[RoleSpan]:
    """`pieces` in text order, parts of one paragraph that touch joined again."""
    out: list[RoleSpan] = []
    for c in sorted(pieces, key=lambda r: r.start):
        if out and out[-1].token_end == c.token_start and _paragraph(analysis, out[-1].start) == \
                _paragraph(analysis, c.start):
            out[-1] = replace(out[-1], end=c.end, token_end=c.token_end)
        else:
            out.append(c)
    return out
