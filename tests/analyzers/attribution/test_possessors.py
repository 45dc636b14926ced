"""'Dov Amsel's lawyer' is not the lawyer named before for someone else."""

from __future__ import annotations

import pytest

from newssift.analyzers.attribution.possessors import fits
from tests.analyzers.attribution.roles import build_tagged


@pytest.mark.parametrize(("mention", "role", "expected"), [
    ("Dov Amsel's lawyer", "lawyer at Brack & Lund", False),  # a lawyer of other clients
    ("Dov Amsel's lawyer", "Amsel's lawyer", True),
    ("Dov Amsel's lawyer", "company's lawyer", True),  # a common-noun owner may be the same one
    ("Dov Amsel's lawyer", "Tessa Roy's lawyer", False),
    ("the Alliance's spokesman", "party's spokesman", True),
    ("the Alliance's spokesman", "Union's spokesman", False),
    ("the lawyer", "lawyer at Brack & Lund", True),  # no owner named: as before
    ("her lawyer", "lawyer at Brack & Lund", True),  # a possessive pronoun is not read
])
def test_a_role_owned_by_a_name_fits_only_a_role_of_that_owner(mention: str, role: str, expected: bool) -> None:
    assert fits(mention, role) is expected


def test_a_named_owners_lawyer_is_a_source_of_its_own() -> None:
    text = ("Ida Brack, a lawyer at Brack & Lund, said the fees were unlawful. "
            "Dov Amsel's lawyer told reporters his client denied the claims.")
    _, sources = build_tagged(text, [("source", "Ida Brack, a lawyer at Brack & Lund"), ("cue", "said"),
                                     ("content", "the fees were unlawful"), ("source", "Dov Amsel's lawyer"),
                                     ("cue", "told"), ("content", "his client denied the claims")],
                              marked=[("Ida Brack", "PER"), ("Dov Amsel", "PER")])
    assert len(sources) == 2
