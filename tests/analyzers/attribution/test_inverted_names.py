"""An inverted source cut inside its role runs on to the name that closes the sentence."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built

TEXT = '"The pumps failed twice before anyone came," said its director of operations, Ines Carvalho.'


def test_the_role_and_the_closing_name_join_the_source() -> None:
    [s] = built(TEXT, ("content", '"The pumps failed twice before anyone came,"'), ("cue", "said"),
                ("source", "its director"))
    assert s.source.text == "its director of operations, Ines Carvalho"
    assert s.source.kind == "person"


def test_no_run_on_when_the_name_does_not_close_the_sentence() -> None:
    text = TEXT.replace("Ines Carvalho.", "Ines Carvalho, on a visit to the plant.")
    [s] = built(text, ("content", '"The pumps failed twice before anyone came,"'), ("cue", "said"),
                ("source", "its director"))
    assert s.source.text == "its director"


def test_no_run_on_over_a_clause_before_the_comma() -> None:
    text = TEXT.replace("its director of operations, Ines Carvalho", "its director as she left, Ines Carvalho")
    [s] = built(text, ("content", '"The pumps failed twice before anyone came,"'), ("cue", "said"),
                ("source", "its director"))
    assert s.source.text == "its director"
