"""The words of a source phrase that name it, before it is typed (`sources.classify`).

- An intensive reflexive closing the phrase says nothing of who speaks: "Marwick herself" is typed as
  "Marwick", "the minister himself" as "the minister".
- A relative clause closing the phrase after a comma describes the source: "Northfell Water's
  operations director, Piet Achterberg, who gave evidence in the second half of the hearing," is typed
  as "Northfell Water's operations director, Piet Achterberg" (a "which" clause is kept: it tells an
  organisation from a person, `sources.WHICH_CLAUSE`).
- A part of a group named after a comma is that person: "One of the survivors, Alasdair Coombe," is
  the person Alasdair Coombe with role "One of the survivors" (`named_part`), not an unnamed part.
Limits: only a "who" clause after a comma; the name must close the phrase.
"""

from __future__ import annotations

import re

INTENSIVE = re.compile(r"\s+(?:herself|himself|themselves|itself)\W*$", re.I)
WHO_CLAUSE = re.compile(r",\s+who\b.*$", re.I | re.S)
APPOSITIVE = re.compile(r",\s+((?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+)\W*$")


def plain(text: str) -> str:
    """`text` without a closing intensive reflexive or "who" clause (module docstring)."""
    out = INTENSIVE.sub("", text)
    m = WHO_CLAUSE.search(out)
    if m is not None and out[: m.start()].strip():
        out = out[: m.start()]
    return out if out.strip() else text


def named_part(text: str) -> tuple[str, str] | None:
    """(role, name) of a part of a group named after a comma ("One of the survivors, Alasdair Coombe")."""
    m = APPOSITIVE.search(text.rstrip(" ,"))
    if m is None or not text[: m.start()].strip():
        return None
    return text[: m.start()].strip(), m.group(1)
