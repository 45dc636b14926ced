"""A comma-led speech participle inside a content opens a statement of its own."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built


def test_telling_opens_its_own_statement_without_the_addressee() -> None:
    text = ("Idris Vane said the hall was sold in May. Marta Quell denied it, telling the Harrow Courier "
            "the hall was never sold.")
    statements = built(text, ("source", "Idris Vane"), ("cue", "said"), ("content", "the hall was sold in May"),
                       ("source", "Marta Quell"), ("cue", "denied"),
                       ("content", "it, telling the Harrow Courier the hall was never sold"))
    telling = [s for s in statements if s.cue.text == "telling"]
    assert [text[c.start : c.end] for c in telling[0].content] == ["the hall was never sold"]
    assert telling[0].source.text == "Marta Quell"
    assert not [s for s in statements if s.cue.text == "denied" and "never" in text[s.content[0].start : s.content[0].end]]


def test_a_participle_inside_a_quotation_stays_content() -> None:
    text = 'Marta Quell said "we sold nothing, saying otherwise is a lie" on Monday.'
    statements = built(text, ("source", "Marta Quell"), ("cue", "said"),
                       ("content", '"we sold nothing, saying otherwise is a lie"'))
    assert [s.cue.text for s in statements] == ["said"]
