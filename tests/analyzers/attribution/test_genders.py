"""he/she does not go to a person the text has just called by the other pronoun."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution.genders import noun_gender
from newssift.analyzers.attribution.tagger import RoleSpan
from newssift.analyzers.statements import build
from newssift.text import Article
from tests.analyzers.attribution.roles import build_tagged
from tests.analyzers.attribution.test_coref import _entities

TEXT = ("Ivo Ashe said taxes were too high. Mara Tull said the race was close.\n\n"
        "Tull then turned to Ashe's record at Lorn Mining, where {pronoun} was chief executive. "
        "\"The company lost money,\" she said.")


@pytest.mark.parametrize(("pronoun", "expected"), [("he", "Mara Tull"), ("she", "Ivo Ashe")])
def test_she_is_not_the_name_just_called_he(pronoun: str, expected: str) -> None:
    text = TEXT.format(pronoun=pronoun)
    a = Analysis.of(Article(text))
    a.layers["entities"] = _entities(text, [("Ivo Ashe", "PER", "e1", 0), ("Mara Tull", "PER", "e2", 0),
                                            ("Tull", "PER", "e2", 1), ("Ashe", "PER", "e1", 1)])
    roles = [("source", "Ivo Ashe", 0), ("cue", "said", 0), ("content", "taxes were too high", 0),
             ("source", "Mara Tull", 0), ("cue", "said", 1), ("content", "the race was close", 0),
             ("content", "\"The company lost money,\"", 0), ("source", "she said", -1), ("cue", "said", 2)]
    statements, sources = build(a, [_span(a, *r) for r in roles])
    last = statements[-1]
    entry = next(e for e in sources if e.source_id == last.source.source_id)
    assert entry.name == expected


def _span(a: Analysis, role: str, words: str, nth: int) -> RoleSpan:
    start = a.text.rindex(words) if nth < 0 else -1
    for _ in range(nth + 1):
        start = a.text.index(words, start + 1)
    words = "she" if nth < 0 else words
    toks = [i for i, t in enumerate(a.tokens) if start <= t.start and t.end <= start + len(words)]
    sentence = next(i for i, s in enumerate(a.sentences) if s.start <= start < s.end)
    return RoleSpan(role, start, start + len(words), 0.9, sentence, toks[0], toks[-1] + 1)


def test_gendered_head_nouns() -> None:
    assert (noun_gender("father"), noun_gender("Sister"), noun_gender("official")) == ("he", "she", None)


def test_she_after_a_quoted_father_is_not_the_father() -> None:
    text = ("Agnes Rourke, 71, farms the hillside above the lake. \"My father always told me, 'Never sell "
            "the land,'\" she said.")
    content = "\"My father always told me, 'Never sell the land,'\""
    statements, sources = build_tagged(text, [("content", content), ("source", "she"), ("cue", "said")],
                                       marked=[("Agnes Rourke", "PER")])
    outer = next(s for s in statements if s.cue.text == "said")
    assert next(e.name for e in sources if outer.id in e.statements) == "Agnes Rourke"
