"""A lone demonstrative content stands for the claim of the sentence before."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built

TEXT = ("The trust said the ward was closed in March. Edda Morrow disputed that, telling the Fenwick Post "
        "the ward never shut.")


def test_disputed_that_takes_the_claim_before_it() -> None:
    statements = built(TEXT, ("source", "The trust"), ("cue", "said"), ("content", "the ward was closed in March"),
                       ("source", "Edda Morrow"), ("cue", "disputed"),
                       ("content", "that, telling the Fenwick Post the ward never shut"))
    disputed = [s for s in statements if s.cue.text == "disputed"]
    assert disputed and [TEXT[c.start : c.end] for c in disputed[0].content] == ["the ward was closed in March"]
    assert disputed[0].source.text == "Edda Morrow"
    telling = [s for s in statements if s.cue.text == "telling"]
    assert [TEXT[c.start : c.end] for c in telling[0].content] == ["the ward never shut"]


def test_with_no_claim_before_it_the_statement_goes() -> None:
    text = "The ward was closed in March. Edda Morrow disputed that, telling the Fenwick Post the ward never shut."
    statements = built(text, ("source", "Edda Morrow"), ("cue", "disputed"),
                       ("content", "that, telling the Fenwick Post the ward never shut"))
    assert [s.cue.text for s in statements] == ["telling"]


def test_a_cut_complementiser_is_no_demonstrative() -> None:
    text = "The trust said the ward was closed. Edda Morrow never said that the ward shut."
    statements = built(text, ("source", "The trust"), ("cue", "said"), ("content", "the ward was closed"),
                       ("source", "Edda Morrow"), ("cue", "never said"), ("content", "that"))
    assert not [s for s in statements if s.source is not None and s.source.text == "Edda Morrow"
                and "closed" in text[s.content[0].start : s.content[-1].end]]


def test_a_demonstrative_away_from_its_cue_is_left_alone() -> None:
    text = "The trust said the ward was closed. Edda Morrow wrote to the board about that, in April."
    statements = built(text, ("source", "The trust"), ("cue", "said"), ("content", "the ward was closed"),
                       ("source", "Edda Morrow"), ("cue", "wrote"), ("content", "that"))
    assert [s.cue.text for s in statements] == ["said"]
