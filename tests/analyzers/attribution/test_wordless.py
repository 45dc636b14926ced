"""A content naming a wordless post (a punctuation mark, an emoji, a picture) is no statement."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize("content", [
    "a lone exclamation mark on the forum",
    "three crying emojis",
    "a blurred photo of the stage",
])
def test_a_wordless_post_is_no_statement(content: str) -> None:
    text = f"Some fans posted {content}."
    assert built(text, ("source", "Some fans"), ("cue", "posted"), ("content", content)) == []


@pytest.mark.parametrize("content", [
    '"a photo of the stage"',  # a caption in quotation marks: words
    "that the photo of the stage was fake",  # a claim about a picture
    "a long message on the forum",  # words posted
])
def test_words_posted_stay_a_statement(content: str) -> None:
    text = f"Some fans posted {content}."
    assert len(built(text, ("source", "Some fans"), ("cue", "posted"), ("content", content))) == 1
