"""The claims analyzer: which sentences become claims, their ranking, source, entities and figures.

The other layers are written by hand here (as the analyzers upstream would write them), so these tests
check only the claims logic."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.claims import ClaimsAnalyzer, claim_span, covering_statement
from newssift.text import Article

TEXT = (
    "Defence Minister Anna Kovac said that 16,000 volunteers were ready to travel. "
    "The weather was mild. "
    "Informed sources said recruits are offered salaries between 300 and 600 dollars. "
    "Prices rose in 2019."
)
S0, S1, S2, S3 = (
    "Defence Minister Anna Kovac said that 16,000 volunteers were ready to travel.",
    "The weather was mild.",
    "Informed sources said recruits are offered salaries between 300 and 600 dollars.",
    "Prices rose in 2019.",
)


def _span(text: str, part: str, after: int = 0) -> dict:
    start = text.index(part, after)
    return {"start": start, "end": start + len(part), "text": part}


def _analysis(scores: list[float], with_layers: bool = True) -> Analysis:
    a = Analysis.of(Article(text=TEXT))
    a.sentence_fields["checkworthy"] = scores
    a.layers["quantities"] = [
        {**_span(TEXT, "16,000 volunteers"), "label": "count"},
        {**_span(TEXT, "between 300 and 600 dollars"), "label": "money"},
        {**_span(TEXT, "2019"), "label": "date"},
    ]
    if with_layers:
        a.layers["entities"] = [{**_span(TEXT, "Anna Kovac"), "label": "PER", "entity_id": "e1"}]
        a.layers["statements"] = [
            {"id": "s1", **_span(TEXT, S0), "source": {**_span(TEXT, "Anna Kovac"), "kind": "person",
                                                     "source_id": "src1"},
             "content": [_span(TEXT, "16,000 volunteers were ready to travel")]},
            {"id": "s2", **_span(TEXT, S2), "source": {**_span(TEXT, "Informed sources"),
                                                     "kind": "anonymous", "source_id": "src2"},
             "content": [_span(TEXT, "recruits are offered salaries between 300 and 600 dollars")]},
        ]
    return a


@pytest.mark.parametrize(("scores", "expected"), [
    ([0.9, 0.1, 0.7, 0.6], ["16,000 volunteers were ready to travel",
                            "recruits are offered salaries between 300 and 600 dollars", S3]),
    ([0.6, 0.1, 0.95, 0.2], ["recruits are offered salaries between 300 and 600 dollars",
                             "16,000 volunteers were ready to travel"]),
    ([0.3, 0.9, 0.1, 0.4], [S1, "16,000 volunteers were ready to travel"]),  # figure: floor 0.25
    ([0.1, 0.1, 0.1, 0.45], []),  # a date is not a figure worth lowering the bar for
])
def test_claims_are_ranked_by_score(scores: list[float], expected: list[str]) -> None:
    claims = ClaimsAnalyzer()(_analysis(scores)).to_dict()["claims"]
    assert [c["text"] for c in claims] == expected
    assert [c["rank"] for c in claims] == list(range(1, len(expected) + 1))


def test_numeric_claims_carry_their_figures_source_and_entities() -> None:
    claims = ClaimsAnalyzer()(_analysis([0.9, 0.1, 0.8, 0.1])).to_dict()["claims"]
    first, second = claims
    assert (first["statement"], first["source_id"], first["source_kind"]) == ("s1", "src1", "person")
    assert first["quantities"] == [0] and first["entities"] == []  # the source is not in the claim
    assert (second["source_kind"], second["quantities"]) == ("anonymous", [1])
    for c in claims:
        assert TEXT[c["start"] : c["end"]] == c["text"] and 0 <= c["score"] <= 1


def test_without_statements_claims_are_whole_sentences_and_unattributed() -> None:
    claims = ClaimsAnalyzer()(_analysis([0.9, 0.1, 0.1, 0.1], with_layers=False)).to_dict()["claims"]
    assert len(claims) == 1
    c = claims[0]
    assert (c["text"], c["statement"], c["source_id"], c["source_kind"]) == (
        S0, None, None, "unattributed")
    assert c["quantities"] == [0] and c["sentence"] == 0


def test_entities_inside_the_claim_are_listed_once() -> None:
    a = _analysis([0.9, 0.1, 0.1, 0.1], with_layers=False)
    a.layers["entities"] = [{**_span(TEXT, "Anna Kovac"), "label": "PER", "entity_id": "e1"},
                            {**_span(TEXT, "Kovac"), "label": "PER", "entity_id": "e1"}]
    assert ClaimsAnalyzer()(a).to_dict()["claims"][0]["entities"] == ["e1"]


def test_a_short_content_span_falls_back_to_the_sentence() -> None:
    a = _analysis([0.9, 0.1, 0.1, 0.1])
    s = a.sentences[0]
    statement = {"id": "s9", "start": s.start, "end": s.end, "content": [_span(TEXT, "ready")]}
    assert claim_span(statement, s) == (s.start, s.end)


def test_covering_statement_prefers_the_content_overlap() -> None:
    a = _analysis([0.5] * 4)
    assert covering_statement(a.layers["statements"], a.sentences[2])["id"] == "s2"
    assert covering_statement(a.layers["statements"], a.sentences[1]) is None


@pytest.mark.integration
def test_shipped_pipeline_ranks_numeric_claims_with_their_figures(sample_text: str) -> None:
    from newssift.registry import build_pipeline

    pipeline = build_pipeline(["encoder", "quantities", "entities", "checkworthy", "claims"])
    doc = pipeline(Article(text=sample_text)).to_dict()
    figures = {doc["quantities"][k]["text"] for c in doc["claims"] for k in c["quantities"]}
    assert any("16,000" in f for f in figures)
    assert any("300" in f and "600" in f for f in figures)
    assert [c["rank"] for c in doc["claims"]] == list(range(1, len(doc["claims"]) + 1))
