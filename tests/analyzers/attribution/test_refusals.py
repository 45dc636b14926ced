"""'The Union claimed a win, although its rival refused to concede and said …': the rival said it."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built


def test_a_cue_coordinated_with_a_refusal_takes_the_refusals_source() -> None:
    text = "The Union claimed a win, although its rival refused to concede and said it would wait."
    statements = built(text, ("source", "The Union"), ("cue", "claimed"), ("content", "a win"),
                       ("source", "its rival"), ("cue", "refused"), ("content", "to concede"),
                       ("cue", "said"), ("content", "it would wait"))
    assert [(s.source.text if s.source else None, s.cue.text) for s in statements] == [
        ("The Union", "claimed"), ("its rival", "said")]


def test_a_refusal_opening_the_sentence_gives_its_source_to_but_said() -> None:
    text = "Rains fell. Holm Bread declined to comment on the lawsuit but said prices were fair."
    statements = built(text, ("source", "Holm Bread"), ("cue", "declined"),
                       ("content", "to comment on the lawsuit"), ("cue", "said"), ("content", "prices were fair"))
    assert [(s.source.text if s.source else None, s.cue.text) for s in statements] == [("Holm Bread", "said")]


def test_in_no_mood_to_discuss_is_a_refusal_not_a_statement() -> None:
    text = "Down the road, the rival coach Ama Reyes was in no mood to discuss linesmen. Her team won again."
    assert not built(text, ("source", "the rival coach Ama Reyes"), ("cue", "was in no mood to discuss"),
                     ("content", "linesmen"))


def test_unwilling_to_say_then_said_gives_the_source_to_said() -> None:
    text = "The mayor was unwilling to say more but said the budget was sound."
    statements = built(text, ("source", "The mayor"), ("cue", "was unwilling to say"), ("content", "more"),
                       ("cue", "said"), ("content", "the budget was sound"))
    assert [(s.source.text if s.source else None, s.cue.text) for s in statements] == [("The mayor", "said")]
