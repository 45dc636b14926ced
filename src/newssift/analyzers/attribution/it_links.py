"""Is an "it" link to an earlier paragraph's source stale? "The Morvanian readout said … \\n\\n The
Estreli readout, published several hours later, struck a cooler tone. It said Dusart had …".

`coref` links "it" to the latest organisation, outlet or document source; a strong link (score 0.8)
normally beats a document phrase the text has just introduced (`antecedents.introduced_document`), which
only counts for a weak one. When that latest source was last mentioned in an earlier paragraph, a
document phrase introduced in the pronoun's own paragraph (its sentence or the one before) is nearer
and is what "it" stands for (`stale`, read by `coref.resolve`).
A document phrase that lies inside a source mention ("The readout issued by the presidency said … It
stated …") is that source, not a new one, and so is a bare definite one, "the" and the head noun only,
when a document source has that head ("according to a large study … \n\n The study, published on
Wednesday, followed 9,000 pupils. It found …": the large study) (`mentioned`, read by `coref`).
Limits: a document phrase of this paragraph that names the earlier source again outside a statement
("The readout also …") opens an entry of its own.
"""

from __future__ import annotations

from typing import Any

STRONG = 0.8


def stale(target: Any, mention: Any, score: float) -> bool:
    """Is `target` (a coref entry with `last_paragraph`, or None) a weak link for `mention` (with
    `paragraph`), or one last mentioned before the mention's paragraph (module docstring)?"""
    return score < STRONG or (target is not None and target.last_paragraph < mention.paragraph)


def mentioned(entries: list[Any], found: tuple[Any, str]) -> Any:
    """The coref entry (with `entry.mentions`) the introduced document phrase (`found`: its span and head
    noun) names again, else None (module docstring)."""
    span, noun = found
    inside = next((e for e in entries if any(r.start <= span.start and span.end <= r.end
                                             for r in e.entry.mentions)), None)
    text = next((e.entry.text_of for e in entries if e.entry.text_of), "")
    if inside is not None or text[span.start : span.end].lower().split() != ["the", noun]:
        return inside
    same = [e for e in entries if e.entry.kind == "document" and e.head == noun]
    return max(same, key=lambda e: e.last) if same else None
