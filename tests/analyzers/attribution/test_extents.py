"""Span-edge repairs of `attribution/extents.py` that run before linking."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution.extents import drop_adverbial_cues
from newssift.text import Article
from tests.analyzers.attribution.roles import role_span as _span


@pytest.mark.parametrize(("text", "cues", "kept"), [
    ("The agency said in guidance issued Monday that adults should walk.", ["said in", "issued"], ["said in"]),
    ("The board said in a report published last month that loans failed.", ["said in", "published"],
     ["said in"]),
    ("Sato said in March, and officials confirmed, that staff would come.", ["said in", "confirmed"],
     ["said in", "confirmed"]),
    ("Sato said that staff had confirmed the plan.", ["said", "confirmed"], ["said", "confirmed"]),
])
def test_a_cue_inside_a_dangling_cues_adverbial_is_no_cue(text: str, cues: list[str], kept: list[str]) -> None:
    analysis = Analysis.of(Article(text))
    spans = [_span(analysis, "cue", c) for c in cues]
    assert [text[s.start : s.end] for s in drop_adverbial_cues(analysis, spans)] == kept
