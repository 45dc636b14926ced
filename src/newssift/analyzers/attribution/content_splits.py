"""Cutting a statement's content where a second cue of the same source lies inside it.

The tagger may read everything after a cue as one content: "said the findings were early and urged
patients to …", "disputed that, telling the Echo …", "told reporters … but warned of flooding". The
rules that find such an inner cue (`directives`, `participle_splits`, `coordinated_cues`) share this
cut: the content piece (after its cue, in the cue's sentence) ends before the inner cue's lead-in
(", " / "and" / "but"), and the inner cue becomes a statement of the same source whose content is the
rest of the piece. One cut per statement.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan


@dataclass(frozen=True)
class InnerCue:
    """Token indices: the first token left out of the outer content, and the inner cue [start, end)."""

    cut: int
    start: int
    end: int


Finder = Callable[[RoleSpan], InnerCue | None]


def split_at_inner_cues(analysis: Analysis, linked: list[Linked], find: Finder,
                        skip_tagged: bool = True) -> list[Linked]:
    """Each sourced statement, followed by the statement `find` places inside one of its content
    pieces; with `skip_tagged`, not where another statement already has its cue on that token."""
    cue_tokens = {x.cue.token_start for x in linked} if skip_tagged else set()
    toks = analysis.tokens
    out: list[Linked] = []
    for x in linked:
        out.append(x)
        if x.source is None:
            continue
        for c in x.content:
            if c.sentence != x.cue.sentence or c.start < x.cue.end:
                continue
            inner = find(c)
            if inner is None or inner.start in cue_tokens:
                continue
            x.content = [replace(c, end=toks[inner.cut - 1].end, token_end=inner.cut) if p is c else p
                         for p in x.content]
            cue = RoleSpan("cue", toks[inner.start].start, toks[inner.end - 1].end, x.cue.score,
                           c.sentence, inner.start, inner.end)
            rest = replace(c, start=toks[inner.end].start, token_start=inner.end)
            out.append(Linked(cue=cue, source=x.source, content=[rest]))
            break
    return out


def after_conjunction(analysis: Analysis, conj: int, end: int) -> InnerCue:
    """The cue after conjunction token `conj`, up to token `end`; the cut also leaves out a comma
    before the conjunction."""
    return InnerCue(conj - (analysis.tokens[conj - 1].text == ","), conj + 1, end)
