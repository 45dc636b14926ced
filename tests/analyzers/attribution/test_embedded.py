"""'Analysts say [the spike] shows how fragile supply is': one statement, its content run on."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built


def _read(text: str, *roles: tuple[str, str]) -> list[tuple]:
    return [(s.source.text if s.source else None, s.cue.text, [text[c.start : c.end] for c in s.content])
            for s in built(text, *roles)]


def test_a_content_cut_at_an_embedded_cue_runs_on_over_it() -> None:
    text = "Prices fell. Analysts say the spike shows how fragile supply is."
    assert _read(text, ("source", "Analysts"), ("cue", "say"), ("content", "the spike"), ("cue", "shows"),
                 ("content", "how fragile supply is")) == [
        ("Analysts", "say", ["the spike shows how fragile supply is"])]


def test_a_clause_before_the_embedded_cue_is_left_alone() -> None:
    text = "Prices fell. Analysts say that the spike, they believe, shows how fragile supply is."
    out = _read(text, ("source", "Analysts"), ("cue", "say"), ("content", "that the spike, they believe,"),
                ("cue", "shows"), ("content", "how fragile supply is"))
    assert out[0] == ("Analysts", "say", ["that the spike, they believe,"])


def test_a_question_word_before_the_embedded_cue_is_no_subject() -> None:
    text = "Prices fell. I understand why they say that, but it is not the case."
    out = _read(text, ("source", "I"), ("cue", "understand"), ("content", "why they"), ("cue", "say"),
                ("content", "that, but it is not the case"))
    assert out[0] == ("I", "understand", ["why they"])
