"""A source cut on the relative word that opens its clause: "according to a new poll that | suggests"."""

from __future__ import annotations

from tests.analyzers.attribution.roles import build_tagged


def test_a_relative_that_closing_a_source_makes_the_phrase_the_source_of_the_next_cue() -> None:
    text = ("Support for the ferry link has fallen, according to a new survey that suggests the plan could "
            "cost the mayor her seat.")
    statements, _ = build_tagged(text, [
        ("content", "Support for the ferry link has fallen"), ("cue", "according to"),
        ("source", "a new survey that"), ("cue", "suggests"),
        ("content", "the plan could cost the mayor her seat")])
    assert [s.source.text if s.source else None for s in statements] == ["a new survey", "a new survey"]


def test_a_relative_clause_before_the_comma_and_cue_is_part_of_the_source() -> None:
    text = ("Omar Reyes, a porter who usually takes the night bus to the hospital, said he had paid for a "
            "taxi.")
    statements, _ = build_tagged(text, [
        ("source", "Omar Reyes, a porter who"), ("cue", "said"), ("content", "he had paid for a taxi")])
    assert statements[0].source.text.rstrip(",") == (
        "Omar Reyes, a porter who usually takes the night bus to the hospital")


def test_a_dangling_relative_word_leaves_the_source() -> None:
    text = "A teacher who said the roof leaked every winter was ignored, parents said."
    statements, _ = build_tagged(text, [
        ("source", "A teacher who"), ("cue", "said"), ("content", "the roof leaked every winter")])
    assert statements[0].source.text == "A teacher"


def test_a_content_closing_on_a_relative_word_before_another_source_loses_it() -> None:
    text = "The union wants changes to rotas that it says leave drivers working long days."
    statements, _ = build_tagged(text, [
        ("source", "The union"), ("cue", "wants"), ("content", "changes to rotas that"),
        ("source", "it"), ("cue", "says"), ("content", "leave drivers working long days")])
    first = next(s for s in statements if s.cue.text == "wants")
    assert [text[c.start : c.end] for c in first.content] == ["changes to rotas"]
