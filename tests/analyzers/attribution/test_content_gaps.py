"""A content cut inside its clause runs on: a few plain words between two pieces, or an auxiliary at its end."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize(("text", "pieces", "expected"), [
    ("The board said the dam had been checked in May and was found to be sound.",
     ("the dam had been", "to be sound"), ["the dam had been checked in May and was found to be sound"]),
    # a comma in the gap: an aside, left alone
    ('"The dam is sound," the board said, "and it will hold."', ('"The dam is sound,"', '"and it will hold."'),
     ['"The dam is sound,"', '"and it will hold."']),
])
def test_content_pieces_split_by_a_few_plain_words_become_one(text: str, pieces: tuple, expected: list) -> None:
    roles = [("content", pieces[0]), ("source", "the board"), ("cue", "said"), ("content", pieces[1])] \
        if text.startswith('"') else [("source", "The board"), ("cue", "said"), ("content", pieces[0]),
                                      ("content", pieces[1])]
    s = built(text, *roles)[0]
    assert [text[c.start : c.end] for c in s.content] == expected


@pytest.mark.parametrize(("text", "content", "expected"), [
    ("She said a relief fund would be opened on Monday, but gave no figure.", "a relief fund would",
     "a relief fund would be opened on Monday"),
    ("She said a relief fund would open.", "a relief fund would", "a relief fund would open"),
    ("She said a relief fund would be opened, she thought, on Monday.", "a relief fund would be opened",
     "a relief fund would be opened"),  # no auxiliary at the end: left alone
])
def test_a_content_cut_on_an_auxiliary_runs_on_to_its_clause_break(text: str, content: str, expected: str) -> None:
    s = built(text, ("source", "She"), ("cue", "said"), ("content", content))[0]
    assert [text[c.start : c.end] for c in s.content] == [expected]
