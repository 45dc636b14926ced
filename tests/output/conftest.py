"""A hand-built analysis with every layer filled by fake findings in the canonical JSON shapes."""

from __future__ import annotations

from typing import Any

import pytest

from newssift.analysis import Analysis
from newssift.text import Article, span_dict

TEXT = (
    "Harbour council approves new ferry fares\n"
    "\n"
    "The harbour council voted on Tuesday to raise ferry fares by 12% from March, "
    "council leader Maria Lund said. \u201cWe had no other choice,\u201d she told the "
    "Coastal Herald.\n"
    "\n"
    "Critics called the decision a disgrace. One official, who asked not to be named, "
    "said about 4,000 commuters would pay between 30 and 45 euros a month more.\n"
)


def find(text: str, needle: str, nth: int = 0) -> dict[str, Any]:
    """The span dict of the `nth` occurrence of `needle` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return span_dict(text, start, start + len(needle))


def build_analysis(text: str = TEXT, **meta: Any) -> Analysis:
    article = Article(text=text, id=meta.pop("id", "ferry-1"), title=meta.pop("title", None),
                      outlet=meta.pop("outlet", "Coastal Herald"), **meta)
    analysis = Analysis.of(article)
    if text is TEXT:
        analysis.layers.update(fake_layers(text))
        analysis.sentence_fields["checkworthy"] = [0.1, 0.9, 0.3, 0.2, 0.7]
    return analysis


def fake_layers(t: str) -> dict[str, Any]:
    quote = find(t, "\u201cWe had no other choice,\u201d")
    inner = find(t, "We had no other choice,")
    lund, said = find(t, "council leader Maria Lund"), find(t, "said", 0)
    official, said2 = find(t, "One official, who asked not to be named"), find(t, "said", 1)
    fares = find(t, "The harbour council voted on Tuesday to raise ferry fares by 12% from March")
    pay = find(t, "about 4,000 commuters would pay between 30 and 45 euros a month more")
    return {
        "quotes": [{**quote, "label": "quote", "score": 0.97, "open_mark": "\u201c",
                    "close_mark": "\u201d", "inner": inner, "uncertain": False, "reason": None,
                    "paragraphs": 1}],
        "quantities": [
            {**find(t, "12%"), "label": "percent", "score": 0.95, "value": 12.0, "low": None,
             "high": None, "unit": "%", "currency": None, "approx": False, "rate": None,
             "counted": None},
            {**find(t, "about 4,000 commuters"), "label": "count", "score": 0.9, "value": 4000.0,
             "low": None, "high": None, "unit": None, "currency": None, "approx": True,
             "rate": None, "counted": find(t, "commuters")},
            {**find(t, "between 30 and 45 euros a month"), "label": "money", "score": 0.88,
             "value": None, "low": 30.0, "high": 45.0, "unit": None, "currency": "EUR",
             "approx": False, "rate": "month", "counted": None},
        ],
        "statements": [
            {"id": "s1", **span_dict(t, fares["start"], said["end"]), "label": "statement",
             "type": "indirect", "score": 0.91,
             "source": {**lund, "kind": "person", "source_id": "src1"},
             "cue": {**said, "stance": "neutral"}, "content": [fares], "via": None},
            {"id": "s2", **quote, "label": "statement", "type": "direct", "score": 0.94,
             "source": {**find(t, "she"), "kind": "person", "source_id": "src1"},
             "cue": {**find(t, "told"), "stance": "neutral"}, "content": [inner],
             "via": {**find(t, "the Coastal Herald"), "kind": "media", "source_id": "src3"}},
            {"id": "s3", **span_dict(t, official["start"], pay["end"]), "label": "statement",
             "type": "indirect", "score": 0.8,
             "source": {**official, "kind": "anonymous", "source_id": "src2"},
             "cue": {**said2, "stance": "neutral"}, "content": [pay], "via": None},
        ],
        "sources": [
            {"source_id": "src1", "name": "Maria Lund", "kind": "person", "role": "council leader",
             "mentions": [lund, find(t, "she")], "statements": ["s1", "s2"], "entity_id": "e1"},
            {"source_id": "src2", "name": "One official", "kind": "anonymous", "role": "official",
             "mentions": [official], "statements": ["s3"], "entity_id": None},
        ],
        "sourcing": {"statements": 3, "quoted_words": 5, "named": 2, "anonymous": 1,
                     "unattributed": 0,
                     "by_kind": {"person": {"statements": 2, "share": 0.667, "quoted_words": 5,
                                            "quoted_share": 1.0},
                                 "anonymous": {"statements": 1, "share": 0.333, "quoted_words": 0,
                                               "quoted_share": 0.0}}},
        "techniques": [
            {**find(t, "a disgrace"), "label": "Loaded_Language", "score": 0.83, "voice": "quoted",
             "statement": None, "basis": "span"},
            {**find(t, "no other choice"), "label": "False_Dilemma-No_Choice", "score": 0.61,
             "voice": "quoted", "statement": "s2", "basis": "paragraph"},
        ],
        "paragraph_techniques": [
            {"paragraph": 1, "labels": ["Loaded_Language"], "scores": {"Loaded_Language": 0.83}}],
        "frames": [{"label": "Economic", "score": 0.81}],
        "genre": {"label": "reporting", "score": 0.9,
                  "scores": {"reporting": 0.9, "opinion": 0.08, "satire": 0.02}},
        "entities": [
            {**find(t, "Maria Lund"), "label": "PER", "score": 0.99, "entity_id": "e1"},
            {**find(t, "Coastal Herald"), "label": "ORG", "score": 0.95, "entity_id": "e2"},
        ],
        "entity_groups": [
            {"entity_id": "e1", "name": "Maria Lund", "label": "PER", "roles": ["source"],
             "mentions": [find(t, "Maria Lund")]},
            {"entity_id": "e2", "name": "Coastal Herald", "label": "ORG", "roles": ["via"],
             "mentions": [find(t, "Coastal Herald")]}],
        "claims": [
            {"rank": 1, **fares, "score": 0.9, "sentence": 1, "statement": "s1",
             "source_id": "src1", "source_kind": "person", "entities": ["e1"], "quantities": [0]},
            {"rank": 2, **pay, "score": 0.7, "sentence": 4, "statement": "s3",
             "source_id": "src2", "source_kind": "anonymous", "entities": [], "quantities": [1, 2]},
        ],
    }


@pytest.fixture
def full_doc() -> dict[str, Any]:
    return build_analysis().to_dict()


@pytest.fixture
def bare_doc() -> dict[str, Any]:
    article = Article(text="Short note\n\nNothing much happened today.", id="n1")
    return Analysis.of(article).to_dict()
