"""'Two sources familiar with the talks said …; one of them, who asked not to be named, said …': one source.

A partitive of a pronoun ("one of them", "two of those", "neither of them") names no one by itself: it is
part of the plural group mentioned last before it, in the same or the previous paragraph, as an anonymous
source or an organisation ("two sources familiar with the negotiations", "the unions"). Such a mention
takes that group's name and kind (`link_partitives`, applied by the analyzer before coreference), so
coreference merges it into the group's source.
Limits: a pronoun partitive only ("one of the officials" is left to the usual name rules); the latest
plural group is trusted.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newssift.analyzers.attribution.coref import Mention

PARTITIVE = re.compile(r"(?:one|two|three|some|several|many|each|both|all|none|either|neither|any|most)"
                       r"\s+of\s+(?:them|those|these)", re.I)
GROUP_KINDS = ("anonymous", "organisation")


def link_partitives(mentions: list[Mention]) -> None:
    """Renames, in place, each pronoun-partitive mention after the plural group before it."""
    ordered = sorted(mentions, key=lambda m: m.ref.start)
    for i, m in enumerate(ordered):
        if PARTITIVE.fullmatch(m.ref.text.strip()) is None:
            continue
        group = next((g for g in reversed(ordered[:i]) if _plural_group(g)
                      and m.paragraph - g.paragraph <= 1), None)
        if group is not None:
            m.type = replace(m.type, kind=group.type.kind, name=group.type.name, head=group.type.head)
            m.ref.kind = group.type.kind


def _plural_group(m: Mention) -> bool:
    head = m.type.head or ""
    return (m.type.kind in GROUP_KINDS and bool(m.type.name) and head.endswith("s")
            and PARTITIVE.fullmatch(m.ref.text.strip()) is None)
