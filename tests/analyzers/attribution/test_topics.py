"""A topic cue with a lone pronoun ("rarely spoke of it") is no statement."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize(("text", "cue", "content", "kept"), [
    ("Marwick herself rarely spoke of it.", "rarely spoke of", "it", False),
    ("The minister discussed this.", "discussed", "this", False),
    ("Marwick often spoke of a betrayal.", "often spoke of", "a betrayal", True),
    ("Marwick denied it.", "denied", "it", True),
])
def test_a_topic_cue_with_a_lone_pronoun_is_no_statement(text: str, cue: str, content: str, kept: bool) -> None:
    source = text.split(" ")[0]
    assert bool(built(text, ("source", source), ("cue", cue), ("content", content))) is kept
