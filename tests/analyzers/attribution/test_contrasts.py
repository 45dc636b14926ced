"""A contrastive "while" clause with its own subject is no part of the content."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


def test_a_contrast_with_its_own_source_ends_the_content() -> None:
    text = "The port authority, which logged 40 collisions in 2023 while a harbour pilots' union counted 95, said."
    statements = built(text, ("source", "The port authority"), ("cue", "logged"),
                       ("content", "40 collisions in 2023 while a harbour pilots' union counted 95"))
    assert [text[c.start : c.end] for s in statements for c in s.content] == ["40 collisions in 2023"]


def test_the_object_of_the_contrast_is_no_second_piece() -> None:
    text = "Kessler Mining reported three leaks, while Greenwatch found eleven along the river."
    statements = built(text, ("source", "Kessler Mining"), ("cue", "reported"), ("content", "three leaks"),
                       ("content", "eleven along the river"))
    assert [text[c.start : c.end] for s in statements for c in s.content] == ["three leaks"]


@pytest.mark.parametrize("content", [
    "she had raised the issue while in office",  # "while" as "during"
    "sales rose while costs fell",  # the source's own contrast: no verb of saying or finding
    "the pipes burst while he was away",  # a pronoun subject: a time clause
])
def test_while_without_a_new_source_does_not_cut(content: str) -> None:
    text = f"The director said {content}."
    statements = built(text, ("source", "The director"), ("cue", "said"), ("content", content))
    assert [text[c.start : c.end] for s in statements for c in s.content] == [content]
