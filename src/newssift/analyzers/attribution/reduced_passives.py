"""A reduced passive is part of its noun phrase, not a cue: "A harbour pilot accused of gross negligence
over the collision admitted on Tuesday that …".

The tagger reads "A harbour pilot | accused of | gross negligence …" as a statement of the pilot's and
leaves "admitted" without a source, although the pilot is the one accused and says nothing with
"accused". A cue that opens with a participle of `reduced_passives` followed by its preposition
("accused of", "charged with"), right after a tagged source (no comma or other word between), is no cue:
it and the content span right after it (in the same sentence) are folded into that source, which then
reads "A harbour pilot accused of gross negligence over the collision" and goes to the cue after it
(`fold_reduced_passives`, applied before linking).
Limits: an active "accused him of" has an object between participle and preposition and is left alone;
"the man, accused of …" (after a comma) too.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.tagger import RoleSpan


@cache
def _participles() -> dict[str, str]:
    return lexicons.load_pairs("reduced_passives")


def ends_head(lower: list[str], i: int) -> bool:
    """Does the lower-case word `i` of a source phrase open a reduced passive ("a harbour pilot | accused
    of gross negligence", "a man | charged with fraud"), ending the phrase's head before it?"""
    return i + 1 < len(lower) and _participles().get(lower[i]) == lower[i + 1]


def _is_reduced(analysis: Analysis, cue: RoleSpan) -> bool:
    """Does `cue` open with "<participle> <its preposition>" (the preposition may follow the span)?"""
    words = analysis.text[cue.start : cue.end + 8].lower().split()
    return len(words) >= 2 and _participles().get(words[0]) == words[1].strip(",.;:")


def fold_reduced_passives(analysis: Analysis, spans: list[RoleSpan]) -> list[RoleSpan]:
    """`spans` with each reduced-passive cue and its content folded into the source before it."""
    out = sorted(spans, key=lambda r: r.start)
    for cue in [r for r in out if r.role == "cue" and _is_reduced(analysis, r)]:
        source = next((r for r in out if r.role == "source" and r.end <= cue.start
                       and not analysis.text[r.end : cue.start].strip()), None)
        if source is None:
            continue
        content = next((r for r in out if r.role == "content" and r.sentence == cue.sentence
                        and cue.end <= r.start and not analysis.text[cue.end : r.start].strip()), None)
        last = content or cue
        out = [r for r in out if r is not cue and r is not content and r is not source]
        out.append(replace(source, end=last.end, token_end=last.token_end))
        out.sort(key=lambda r: r.start)
    return out
