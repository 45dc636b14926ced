"""'The prime minister' is not the foreign minister named before.

Coreference links a role without a name ("the minister") to the latest person whose role has the same
head noun. When both the mention and that role put a modifier right before the head ("prime minister",
"foreign minister of Marevia") and the mention's modifier is no word of the role, they name two
different offices: no link (`same_office`, read by `possessors.fits`). A bare head ("the minister") or a
modifier the role holds ("the foreign minister") still links.
The same holds for a body: "the regional fire service" is not the "National Weather Service" named
before, though both are headed by "service"; "the weather service" is (`same_body`, read by `coref`). A
word of scope ("the local council", "the national agency", `SCOPE`) names no other body.
Limits: only the word right before the head is compared; a possessive or determiner there counts as none.
A bare "the company" may refer back to the latest source when that is a named organisation: one whose
name is capitalised, but not only by a headline's first capital ("Fitness app maker says …" names no
company; `proper_name`, read by `coref`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from newssift.analyzers.attribution.lexicon import load as load_lexicon
from newssift.analyzers.attribution.records import SourceEntry
from newssift.text import Span

WORD = re.compile(r"[\w'’-]+")
NO_MODIFIER = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that",
                         "former", "then", "current", "new", "outgoing", "incoming", "late"})  # times
SCOPE = frozenset({"local", "regional", "national", "federal", "state", "provincial", "municipal", "central",
                   "main", "same", "country's", "government's"})


def proper_name(entry: SourceEntry, title: Span | None) -> bool:
    """Is the entry's name a proper name: capitalised, with a capital after its first word when all its
    mentions lie in the `title` ("Fitness app maker" is a headline's description)?"""
    name = entry.name
    if not name[:1].isupper():
        return False
    headline = title is not None and all(title.start <= s.start < title.end for s in entry.mentions)
    return not headline or any(w[:1].isupper() for w in name.split()[1:])


def same_office(mention: str, role: str) -> bool:
    """May the role-only `mention` be the person whose role is `role`? The head is the last word of the
    mention that the role holds too."""
    theirs_words = WORD.findall(role.lower())
    shared = [w for w in WORD.findall(mention.lower()) if w in theirs_words]
    if not shared:
        return True
    head = shared[-1]
    ours, theirs = _before_head(mention, head), _before_head(role, head)
    if ours is None or theirs is None or ours == theirs:
        return True
    return ours in theirs_words


def _before_head(phrase: str, head: str) -> str | None:
    words = WORD.findall(phrase.lower())
    if head not in words or words.index(head) == 0:
        return None
    word = words[words.index(head) - 1]
    return None if word in NO_MODIFIER or word.endswith(("'s", "’s")) else word


def same_body(mention: str, name: str, head: str) -> bool:
    """May the lower-case definite body phrase `mention` ("the regional fire service") name the body
    called `name` ("National Weather Service")? Not when the word before its head `head` is a modifier
    the name does not hold."""
    ours = _before_head(mention, head)
    return ours is None or ours in SCOPE or ours in WORD.findall(name.lower())


def named_body(name: str, head: str, companies: Collection[str]) -> bool:
    """Can "the <head>" refer to the organisation called `name`?"""
    last = name.split()[-1].lower()
    if last == head:
        return True
    nouns = load_lexicon().nouns
    return head in companies and (last in companies or last not in nouns)
