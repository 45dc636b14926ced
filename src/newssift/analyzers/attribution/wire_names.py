"""A news agency named by a coined wire name: "the Norpress agency", "Tarpress" → `media`.

A source noun "agency" or "service" makes an organisation ("the Environment Agency", "the Frontex
agency"); a capitalised name ending in a wire word (`wire_name_parts`: "Nor|press", "Inter|fax"), alone
or before a lower-case "agency" / "service", is a news agency: `media`, named by the name alone so that
"Tarpress" and "the Tarpress agency" are one source (`wire_agency`, read by `sources.classify`).
Limits: only coined names of one word, or two before "agency" ("the Baltic Newswire agency"); an
agency whose name carries no wire word ("the Xinhua agency") keeps the kind the other rules give it.
"""

from __future__ import annotations

from functools import cache

from newssift import lexicons

AGENCY_NOUNS = frozenset({"agency", "service"})
MIN_STEM = 2  # letters before the wire ending


@cache
def _parts() -> tuple[str, ...]:
    return tuple(sorted(lexicons.load("wire_name_parts"), key=len, reverse=True))


def wire_agency(words: list[str], lower: list[str]) -> tuple[str, str] | None:
    """(name, head) of a head phrase that names a news agency (module docstring), else None."""
    body = words[1:] if lower[:1] == ["the"] else words
    if body and body[-1] in AGENCY_NOUNS:  # lower-case "agency": "the Norpress agency"
        body, head = body[:-1], body[-1]
    else:
        head = ""
    if not 1 <= len(body) <= (2 if head else 1) or not all(w[:1].isupper() for w in body):
        return None
    last = body[-1].lower()
    if not any(last.endswith(p) and len(last) >= len(p) + MIN_STEM and last.isalpha() for p in _parts()):
        return None
    return " ".join(body), head or last
