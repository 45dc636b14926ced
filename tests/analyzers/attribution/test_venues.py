"""'In her ruling, Judge Osei wrote that …': the fronted venue is no content."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize(("text", "venue", "source", "cue", "content", "expected"), [
    ("In her ruling, Judge Mara Osei wrote that the fees were unlawful.", "In her ruling", "Judge Mara Osei",
     "wrote", "that the fees were unlawful", ["that the fees were unlawful"]),
    ("On its website, the council said that the pool would close.", "On its website", "the council",
     "said", "that the pool would close", ["that the pool would close"]),
    ("Sentencing him at Orvel Crown Court, Judge Ada Morn said that the harm was grave.",
     "Sentencing him at Orvel Crown Court", "Judge Ada Morn", "said", "that the harm was grave",
     ["that the harm was grave"]),
    # a capitalised content opening that is no participle stays ("Drinking water …" would too: a limit)
    ("Rents rose sharply, Judge Ada Morn said that the harm was grave.", "Rents rose sharply", "Judge Ada Morn",
     "said", "that the harm was grave", ["Rents rose sharply", "that the harm was grave"]),
    # a quotation before the source is what was said
    ('"In the end, it failed," Osei wrote, "and it cost us."', '"In the end, it failed,"', "Osei",
     "wrote", '"and it cost us."', ['"In the end, it failed,"', '"and it cost us."']),
])
def test_a_fronted_venue_is_no_content(text: str, venue: str, source: str, cue: str, content: str,
                                       expected: list[str]) -> None:
    s = built(text, ("content", venue), ("source", source), ("cue", cue), ("content", content))[0]
    assert [text[c.start : c.end] for c in s.content] == expected


@pytest.mark.parametrize(("text", "content", "expected"), [
    ("The agency said in its evening bulletin that the river had peaked.",
     "in its evening bulletin that the river had peaked", "that the river had peaked"),
    ("The agency said on Friday that the river had peaked.", "on Friday that the river had peaked",
     "that the river had peaked"),
    # "that" as a determiner right after the preposition: no venue to drop
    ("The agency said in that case the river would peak.", "in that case the river would peak",
     "in that case the river would peak"),
    # a comma before "that": a clause of the content, left alone
    ("The agency said in the end, that the river had peaked.", "in the end, that the river had peaked",
     "in the end, that the river had peaked"),
])
def test_a_venue_right_after_the_cue_is_no_content(text: str, content: str, expected: str) -> None:
    s = built(text, ("source", "The agency"), ("cue", "said"), ("content", content))[0]
    assert [text[c.start : c.end] for c in s.content] == [expected]
