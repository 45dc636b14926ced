"""Tagged cues that report no words: a person showing a state, an inability nested in a statement."""

from __future__ import annotations

from tests.analyzers.attribution.roles import build_tagged, built


def test_a_person_showing_a_state_says_nothing() -> None:
    text = "Orla Venn showed no emotion as the verdict was read."
    statements, _ = build_tagged(text, [("source", "Orla Venn"), ("cue", "showed"),
                                        ("content", "no emotion as the verdict")], [("Orla Venn", "PER")])
    assert not statements


def test_figures_that_show_stay_statements() -> None:
    text = "The accounts showed heavy losses in the final year."
    [s] = built(text, ("source", "The accounts"), ("cue", "showed"), ("content", "heavy losses in the final year"))
    assert s.source.text == "The accounts"


def test_a_top_level_inability_stays_as_polnear_marks_it() -> None:
    text = "Surveys of this sort could not prove that the scheme worked."
    assert built(text, ("source", "Surveys of this sort could not"), ("cue", "prove"),
                 ("content", "that the scheme worked"))


def test_an_inability_nested_in_a_warning_is_no_statement() -> None:
    text = "Dr Ilse Marr warned that surveys of this sort could not show that the scheme worked."
    statements = built(text, ("source", "Dr Ilse Marr"), ("cue", "warned"),
                       ("content", "that surveys of this sort could not show that the scheme worked"))
    assert [s.source.text for s in statements] == ["Dr Ilse Marr"]
