"""An "it" that shows something and points at no source is no statement: "Mr Pennick eventually had his
scan in June. It showed no sign of the disease returning."

The tagger reads "It | showed | no sign of …" as a statement; coreference finds no organisation,
outlet or document for the "it" (a scan, a test, a result that never spoke as a source) and leaves it
an unresolved pronoun, a source named "It". A statement whose source is such an unresolved "it" and
whose cue ends on a verb of `evidence_verbs` ("showed", "suggests", "indicated") is dropped after
coreference, with its mention, and a source left with no statement goes too (`drop_unresolved_evidence`,
applied by the analyzer). "It said …" (a body the text did not name) stays.
Limits: the cue's last word only.
"""

from __future__ import annotations

from functools import cache

from newssift import lexicons
from newssift.analyzers.attribution.coref import UNRESOLVED
from newssift.analyzers.attribution.records import SourceEntry, Statement


@cache
def _verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("evidence_verbs"))


def drop_unresolved_evidence(statements: list[Statement],
                             sources: list[SourceEntry]) -> tuple[list[Statement], list[SourceEntry]]:
    """(statements, sources) without the unresolved-"it" evidence statements (module docstring)."""
    entries = {e.source_id: e for e in sources}
    dropped = []
    for s in statements:
        ref = s.source
        entry = entries.get(ref.source_id) if ref is not None and ref.source_id else None
        words = s.cue.text.lower().split() if s.cue is not None else []
        if (entry is None or entry.role != UNRESOLVED or ref.text.strip().lower() != "it"
                or not words or words[-1] not in _verbs()):
            continue
        dropped.append(s)
        entry.statements = [i for i in entry.statements if i != s.id]
        entry.mentions = [m for m in entry.mentions if (m.start, m.end) != (ref.start, ref.end)]
    if not dropped:
        return statements, sources
    gone = {id(s) for s in dropped}
    return [s for s in statements if id(s) not in gone], [e for e in sources if e.statements]
