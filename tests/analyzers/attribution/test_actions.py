"""Tagged cues that report no words: an action participle, a person showing a state, an inability."""

from __future__ import annotations

from tests.analyzers.attribution.roles import build_tagged, built


def test_an_action_participle_is_no_second_statement() -> None:
    text = "Kestany closed its border on Monday, escalating a quarrel over fishing rights."
    assert not built(text, ("source", "Kestany"), ("cue", "escalating"), ("content", "a quarrel over fishing rights"))


def test_a_reporting_participle_stays() -> None:
    text = "Kestany closed its border on Monday, saying that boats had crossed illegally."
    [s] = built(text, ("source", "Kestany"), ("cue", "saying"), ("content", "that boats had crossed illegally"))
    assert s.cue.text == "saying"


def test_a_person_showing_a_state_says_nothing() -> None:
    text = "Orla Venn showed no emotion as the verdict was read."
    statements, _ = build_tagged(text, [("source", "Orla Venn"), ("cue", "showed"),
                                        ("content", "no emotion as the verdict")], [("Orla Venn", "PER")])
    assert not statements


def test_figures_that_show_stay_statements() -> None:
    text = "The accounts showed heavy losses in the final year."
    [s] = built(text, ("source", "The accounts"), ("cue", "showed"), ("content", "heavy losses in the final year"))
    assert s.source.text == "The accounts"


def test_what_cannot_be_shown_is_no_claim() -> None:
    text = "Surveys of this sort could not prove that the scheme worked."
    assert not built(text, ("source", "Surveys of this sort could not"), ("cue", "prove"),
                     ("content", "that the scheme worked"))


def test_an_inability_nested_in_a_warning_is_no_statement() -> None:
    text = "Dr Ilse Marr warned that surveys of this sort could not show that the scheme worked."
    statements = built(text, ("source", "Dr Ilse Marr"), ("cue", "warned"),
                       ("content", "that surveys of this sort could not show that the scheme worked"))
    assert [s.source.text for s in statements] == ["Dr Ilse Marr"]
