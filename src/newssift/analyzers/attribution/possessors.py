"""Whose role is it? "Maren Ostby's lawyer" is not the lawyer named before for someone else.

Coreference links a role without a name ("the lawyer") to the latest person whose role has the same head
noun (`coref`). A role owned by a named possessor ("Maren Ostby's lawyer", "Kestrin's chief executive")
names whose lawyer it is: it may join a person whose role names that possessor too, or whose role is
owned by a common noun ("the company's lawyer"), but not one whose role names another owner or none
("a lawyer at Colter & Webb, which represents the plaintiffs": `fits` is False).
Limits: a possessive pronoun ("her lawyer") is not read; the possessor's last word decides.
"""

from __future__ import annotations

import re

from newssift.analyzers.attribution.modifiers import same_office

NAMED_POSSESSOR = re.compile(r"^(?:the\s+)?(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)['’]s\s", re.U)
POSSESSIVE = re.compile(r"['’]s\b")


def fits(mention: str, role: str | None) -> bool:
    """May the person whose role is `role` be the one `mention` (a role without a name) names?"""
    m = NAMED_POSSESSOR.match(mention)
    if role and not same_office(mention, role):
        return False  # "the prime minister" is not the foreign minister (`modifiers`)
    if m is None or not role:
        return True
    owner = m.group("owner").split()[-1].lower()
    words = re.findall(r"[\w-]+", role.lower())
    if owner in words:
        return True
    owned = POSSESSIVE.search(role)
    return owned is not None and not role[:1].isupper() and not _capitalised(role[: owned.start()])


def _capitalised(words: str) -> bool:
    """Does the possessor phrase of a role hold a capitalised word ("Alliance's")?"""
    return any(w[:1].isupper() for w in words.split() if w.lower() != "the")
