"""A sentence-opening "In her view, …" is a statement of the possessive's, linked like "she"."""

from __future__ import annotations

import pytest

from newssift.analyzers.attribution.viewpoints import possessive_pronoun
from tests.analyzers.attribution.roles import build_tagged


def test_in_her_view_is_a_statement_of_the_person_named_before() -> None:
    text = ("Harbour master Ilse Varn said the gates were old. In her view, the repairs should have "
            "started last spring.")
    statements, sources = build_tagged(
        text, (("source", "Harbour master Ilse Varn"), ("cue", "said"), ("content", "the gates were old")),
        [("Ilse Varn", "PER")])
    view = next(s for s in statements if s.cue.text == "view")
    assert (view.source.text, [text[c.start : c.end] for c in view.content]) == (
        "her", ["the repairs should have started last spring"])
    names = {s.source_id: s.name for s in sources}
    assert names[view.source.source_id] == "Ilse Varn"


@pytest.mark.parametrize("text", [
    '"In my view, the repairs should have started last spring," Varn said.',  # inside a quotation
    "The repairs, in her view, should have started last spring.",  # not sentence-opening
])
def test_no_viewpoint_statement_of_its_own(text: str) -> None:
    statements, _ = build_tagged(text, ())
    assert not [s for s in statements if s.cue is not None and s.cue.text == "view"]


def test_a_possessive_source_is_typed_as_its_pronoun() -> None:
    assert possessive_pronoun("her").head == "she"
    assert possessive_pronoun("the board") is None
