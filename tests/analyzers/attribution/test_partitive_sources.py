"""'One of | them, who asked not to be named, said …': the source runs on over "of them"."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import build_tagged

TEXT = ("Two sources familiar with the talks said the club's position had softened. {part} them, who asked "
        "not to be named, added that the club needed to sell.")


@pytest.mark.parametrize("tagged", ["One of", "One"])
def test_a_part_cut_before_of_them_is_the_part_of_the_group(tagged: str) -> None:
    text = TEXT.format(part="One of")
    statements, sources = build_tagged(text, [
        ("source", "Two sources familiar with the talks"), ("cue", "said"),
        ("content", "the club's position had softened"), ("source", tagged), ("cue", "added"),
        ("content", "that the club needed to sell")])
    assert statements[-1].source.text == "One of them"
    assert statements[-1].source.kind == "anonymous"
    assert not [e.name for e in sources if e.name == "One"]
