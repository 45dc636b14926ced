"""The question put to a speaker ("Asked … whether …, he said …") is no part of the answer."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built


def test_the_question_before_the_answer_is_no_part_of_its_content() -> None:
    text = ("Asked by Labour member Tomas Henne whether any figures had been changed, Piet Achterberg said he "
            'would "write to the committee".')
    (s,) = built(text, ("cue", "Asked"), ("source", "Labour member Tomas Henne"),
                 ("content", "whether any figures had been changed"), ("source", "Piet Achterberg"), ("cue", "said"),
                 ("content", 'he would "write to the committee"'))
    assert (s.source.text, [text[c.start : c.end] for c in s.content]) == (
        "Piet Achterberg", ['he would "write to the committee"'])


def test_a_content_after_the_asked_clause_stays() -> None:
    text = "Asked about the delay, the minister said the trains were old."
    (s,) = built(text, ("cue", "said"), ("source", "the minister"), ("content", "the trains were old"))
    assert [text[c.start : c.end] for c in s.content] == ["the trains were old"]


def test_a_request_put_to_respondents_is_no_statement() -> None:
    text = "Asked to name the main reason for their opposition, most opponents said the cost had doubled."
    statements = built(text, ("cue", "Asked"), ("content", "to name the main reason for their opposition"),
                       ("source", "most opponents"), ("cue", "said"), ("content", "the cost had doubled"))
    assert [s.cue.text for s in statements] == ["said"]
