"""The words of a source phrase that name it, before it is typed (`sources.classify`).

- An intensive reflexive closing the phrase says nothing of who speaks: "Marwick herself" is typed as
  "Marwick", "the minister himself" as "the minister".
- A relative clause closing the phrase after a comma describes the source: "Northfell Water's
  operations director, Piet Achterberg, who gave evidence in the second half of the hearing," is typed
  as "Northfell Water's operations director, Piet Achterberg" (a "which" clause is kept: it tells an
  organisation from a person, `sources.WHICH_CLAUSE`).
- A part of a group named after a comma is that person: "One of the survivors, Alasdair Coombe," is
  the person Alasdair Coombe with role "One of the survivors" (`named_part`), not an unnamed part.
- A lower-case description of a body named after a comma by its own kind and name ("The company's
  largest shareholder, the investment firm Norreys Partners,") is typed as the name with that
  description after it ("Norreys Partners, the investment firm", an organisation, as "Calder Freight,
  the shipping group" is) when the description's last word is a company or organisation noun
  (`body_appositive`).
Limits: only a "who" clause after a comma; the name must close the phrase.
"""

from __future__ import annotations

import re

from newssift import lexicons
from newssift.analyzers.attribution.lexicon import load as load_lexicon

INTENSIVE = re.compile(r"\s+(?:herself|himself|themselves|itself)\W*$", re.I)
WHO_CLAUSE = re.compile(r",\s+who\b.*$", re.I | re.S)
BODY_APPOSITIVE = re.compile(r"^[^,]*[a-z][^,]*,\s+(?P<kind>(?:the|an?)\s+(?:[a-z][\w'’-]*\s+){0,2}"
                             r"[a-z][\w'’-]*)\s+(?P<name>(?:[A-Z][\w.'’&-]*\s+){0,4}[A-Z][\w'’-]+)\W*$")
APPOSITIVE = re.compile(r",\s+((?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+)\W*$")


def plain(text: str) -> str:
    """`text` without a closing intensive reflexive or "who" clause (module docstring)."""
    out = INTENSIVE.sub("", text)
    m = WHO_CLAUSE.search(out)
    if m is not None and out[: m.start()].strip():
        out = out[: m.start()]
    return body_appositive(out) or (out if out.strip() else text)


def body_appositive(text: str) -> str | None:
    """The body a lower-case description names after a comma by its kind and name, as "<name>, <kind>"
    ("Norreys Partners, the investment firm"; module docstring); None for anything else."""
    m = BODY_APPOSITIVE.match(text)
    if m is None or any(w[:1].isupper() for w in text[: m.start("kind")].split()[1:]):
        return None
    lex, kind_word = load_lexicon(), m.group("kind").split()[-1].lower()
    if kind_word in lex.companies or kind_word in lexicons.load("body_nouns") \
            or lex.nouns.get(kind_word) in ("organisation", "media"):
        return f"{m.group('name')}, {m.group('kind')}"
    return None


def named_part(text: str) -> tuple[str, str] | None:
    """(role, name) of a part of a group named after a comma ("One of the survivors, Alasdair Coombe")."""
    m = APPOSITIVE.search(text.rstrip(" ,"))
    if m is None or not text[: m.start()].strip():
        return None
    return text[: m.start()].strip(), m.group(1)
