"""A name that spoke as an organisation does not turn into a person when it speaks again.

"The water company, Ostwick Water, said …" is an organisation; later "Ostwick Water said …" may be read
as a person by the entities layer (a two-word capitalised name). A mention typed `person`, with no role,
whose name is the name of an earlier mention typed `organisation` or `media` takes that kind
(`align_kinds`, applied by the analyzer before coreference), so coreference merges the two.
Limits: the same name exactly (case included); the earlier typing is trusted.
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analyzers.attribution.coref import Mention

BODIES = ("organisation", "media")


def align_kinds(mentions: list[Mention]) -> None:
    """Retype, in place, the person mentions named like an earlier organisation or outlet."""
    bodies: dict[str, str] = {}
    for m in sorted(mentions, key=lambda m: m.ref.start):
        t = m.type
        if not t.name or not t.name[:1].isupper():
            continue
        if t.kind == "person" and not t.role and t.name in bodies:
            m.type = replace(t, kind=bodies[t.name])
            m.ref.kind = m.type.kind
        elif t.kind in BODIES:
            bodies.setdefault(t.name, t.kind)
