"""The description opening a sentence before a named source joins the source, not the content."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built


def test_an_opening_description_joins_the_named_source() -> None:
    text = "The keeper of the Harwell lighthouse, Ove Strand, said on Monday that the lamp had failed."
    [s] = built(text, ("content", "The keeper of the Harwell lighthouse"), ("source", "Ove Strand,"), ("cue", "said"),
                ("content", "that the lamp had failed"))
    assert s.source.text.startswith("The keeper of the Harwell lighthouse, Ove Strand")
    assert [text[c.start : c.end] for c in s.content] == ["that the lamp had failed"]


def test_a_parenthetical_cue_keeps_its_opening_content() -> None:
    text = "The lamp, Ove Strand said, had failed twice that winter."
    [s] = built(text, ("content", "The lamp"), ("source", "Ove Strand"), ("cue", "said"),
                ("content", "had failed twice that winter"))
    assert s.source.text == "Ove Strand"
    assert "The lamp" in [text[c.start : c.end] for c in s.content]


def test_a_closing_cue_keeps_its_content() -> None:
    text = "The lamp had failed twice, Ove Strand said."
    [s] = built(text, ("content", "The lamp had failed twice"), ("source", "Ove Strand"), ("cue", "said"))
    assert s.source.text == "Ove Strand"


def test_an_opening_phrase_before_a_pronoun_or_role_stays_content() -> None:
    text = "The truth, the harbour master said on Monday that the lamp had failed."
    [s] = built(text, ("content", "The truth"), ("source", "the harbour master"), ("cue", "said"),
                ("content", "that the lamp had failed"))
    assert s.source.text == "the harbour master"


def test_an_untagged_possessive_description_joins_the_name() -> None:
    text = "Tenants formed a league. Its founding secretary, Mirela Dunn, said the rents were unlawful."
    [s] = built(text, ("source", "Mirela Dunn,"), ("cue", "said"), ("content", "the rents were unlawful"))
    assert s.source.text.startswith("Its founding secretary, Mirela Dunn")


def test_an_untagged_opening_with_a_capital_stays_out() -> None:
    text = "In Harwell Town, Mirela Dunn said the rents were unlawful."
    [s] = built(text, ("source", "Mirela Dunn"), ("cue", "said"), ("content", "the rents were unlawful"))
    assert s.source.text == "Mirela Dunn"


def test_an_untagged_role_after_a_fronted_adverbial_joins_the_name() -> None:
    text = "After the race the team captain, Ilse Varga, told reporters that the boat had leaked."
    [s] = built(text, ("source", "Ilse Varga"), ("cue", "told"), ("content", "that the boat had leaked"))
    assert s.source.text.startswith("the team captain, Ilse Varga")
    assert s.source.kind == "person"


def test_a_plural_description_before_a_name_stays_apart() -> None:
    text = "After the race the rowers, Ilse Varga told reporters, had complained that the boat leaked."
    [s] = built(text, ("source", "Ilse Varga"), ("cue", "told"), ("content", "that the boat leaked"))
    assert s.source.text == "Ilse Varga"


def test_a_phrase_after_a_preposition_is_no_role() -> None:
    text = "For his part, harbour master Ilse Varga said that the boat had leaked."
    [s] = built(text, ("source", "harbour master Ilse Varga"), ("cue", "said"), ("content", "that the boat had leaked"))
    assert s.source.text == "harbour master Ilse Varga"


def test_an_indefinite_spokesperson_phrase_joins_the_name() -> None:
    text = "Asked about the leak, a spokesman for the harbour board, Ilse Varga, said it was an old draft."
    [s] = built(text, ("source", "Ilse Varga"), ("cue", "said"), ("content", "it was an old draft"))
    assert s.source.text.startswith("a spokesman for the harbour board, Ilse Varga")


def test_an_indefinite_thing_before_a_name_stays_apart() -> None:
    text = "After a long meeting, Ilse Varga said it was an old draft."
    [s] = built(text, ("source", "Ilse Varga"), ("cue", "said"), ("content", "it was an old draft"))
    assert s.source.text == "Ilse Varga"
