"""A cue verb coordinated inside a content opens a statement of its own."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built


def test_but_warned_is_a_statement_of_its_own() -> None:
    text = "Ilse Varga told reporters the rain would ease by noon but warned of floods on the coast."
    statements = built(text, ("source", "Ilse Varga"), ("cue", "told"),
                       ("content", "the rain would ease by noon but warned of floods on the coast"))
    by_cue = {s.cue.text: [text[c.start : c.end] for c in s.content] for s in statements}
    assert by_cue == {"told": ["the rain would ease by noon"], "warned": ["of floods on the coast"]}
    assert all(s.source.text == "Ilse Varga" for s in statements)


def test_a_verb_that_is_no_cue_stays_content() -> None:
    text = "Ilse Varga said the river had risen and flooded the lower town."
    statements = built(text, ("source", "Ilse Varga"), ("cue", "said"),
                       ("content", "the river had risen and flooded the lower town"))
    assert [s.cue.text for s in statements] == ["said"]


def test_a_conjunction_inside_a_quotation_stays_content() -> None:
    text = 'Ilse Varga said "the river rose, and warned nobody" on Monday.'
    statements = built(text, ("source", "Ilse Varga"), ("cue", "said"),
                       ("content", '"the river rose, and warned nobody"'))
    assert [s.cue.text for s in statements] == ["said"]


def test_and_called_for_is_a_statement_of_its_own() -> None:
    text = "Ilse Varga said the fares had doubled and called for a cap on rises."
    statements = built(text, ("source", "Ilse Varga"), ("cue", "said"),
                       ("content", "the fares had doubled and called for a cap on rises"))
    assert {s.cue.text for s in statements} == {"said", "called for"}
