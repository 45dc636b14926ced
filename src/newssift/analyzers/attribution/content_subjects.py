"""A "source" between a cue and its content is the content's subject: 'Marquand said [the minister's
wording] [left little room for interpretation]'.

The tagger may read the subject of a reported clause as a source of its own ("the minister's wording")
and the rest of the clause as content; with no cue of its own, the linker drops that source and the
content loses its subject. A source span that follows a cue with nothing but spaces (or "that") between,
and is followed, with nothing but spaces between, by a content piece of the same sentence, is the start
of that content: the two become one content span (`subject_contents`, applied by the analyzer before
linking). The cue must have its own source right before it ("Marquand said"): after "according to" the
source comes after the cue; and the content must not open with "that" or a quotation mark ("told [MPs]
that …": the listener, not a subject).
Limits: only a source directly between a cue and a content piece; a subject cut by a comma or a dash is
left alone.
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.tagger import RoleSpan


def subject_contents(analysis: Analysis, spans: list[RoleSpan]) -> list[RoleSpan]:
    """`spans` with each source between a cue and a content piece joined to that piece (module docstring)."""
    ordered = sorted(spans, key=lambda r: (r.start, r.end))
    dropped: set[int] = set()
    joined: dict[int, RoleSpan] = {}
    for i in range(2, len(ordered) - 1):
        own, cue, src, content = ordered[i - 2 : i + 2]
        if (own.role, cue.role, src.role, content.role) != ("source", "cue", "source", "content") \
                or own.sentence != cue.sentence or analysis.text[content.start] in "\"“‘'" \
                or analysis.text[content.start : content.end].lower().startswith("that "):
            continue
        if not (cue.sentence == src.sentence == content.sentence) or not _touch(analysis, cue, src, "that") \
                or not _touch(analysis, src, content):
            continue
        dropped.add(i)
        joined[i + 1] = replace(content, start=src.start, token_start=src.token_start)
    return [joined.get(i, r) for i, r in enumerate(ordered) if i not in dropped]


def _touch(analysis: Analysis, left: RoleSpan, right: RoleSpan, *words: str) -> bool:
    """Only spaces (or one of `words`) between `left` and `right`?"""
    gap = analysis.text[left.end : right.start].strip()
    return left.end <= right.start and (not gap or gap.lower() in words)
