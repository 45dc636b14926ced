"""'The singer herself … she wrote': an intensive reflexive points he/she at the story's protagonist."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.statements import build
from newssift.text import Article
from tests.analyzers.attribution.roles import role_span
from tests.analyzers.attribution.test_coref import _entities

TEXT = ("Singer Lia Varga cancelled her tour. Varga had rehearsed for months.\n\n"
        "A fan wrote that the news came too late.\n\n"
        "The singer {self} posted a message on Tuesday. \"I am so sorry,\" she wrote.")


@pytest.mark.parametrize(("reflexive", "expected"), [("herself", "Lia Varga"), ("also", "fan")])
def test_she_after_the_singer_herself_is_the_protagonist(reflexive: str, expected: str) -> None:
    text = TEXT.format(self=reflexive)
    a = Analysis.of(Article(text))
    a.layers["entities"] = _entities(text, [("Lia Varga", "PER", "e1", 0), ("Varga", "PER", "e1", 1)])
    spans = [role_span(a, "source", "A fan"), role_span(a, "cue", "wrote"),
             role_span(a, "content", "the news came too late"), role_span(a, "content", "\"I am so sorry,\""),
             role_span(a, "source", "she", last=True), role_span(a, "cue", "wrote", last=True)]
    statements, sources = build(a, spans)
    entry = next(e for e in sources if e.source_id == statements[-1].source.source_id)
    assert entry.name == expected


def test_a_role_noun_with_a_reflexive_is_left_to_role_coreference() -> None:
    from newssift.analyzers.attribution.intensives import protagonist

    text = ("Prime Minister Ana Dahl and Dahl's allies backed the levy. Dahl spoke twice.\n\n"
            "The minister himself later admitted doubts. \"It is hard,\" he said.")
    a = Analysis.of(Article(text))
    a.layers["entities"] = _entities(text, [("Ana Dahl", "PER", "e1", 0), ("Dahl", "PER", "e1", 1),
                                            ("Dahl", "PER", "e1", 2)])
    assert protagonist(a, text.rindex("he said"), "he") is None
