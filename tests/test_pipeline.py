"""Pipeline: requires/assigns checked at build time; one failing article never stops a batch."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from newssift.analysis import Analysis
from newssift.errors import AnalyzerError, NewssiftError, PipelineError
from newssift.pipeline import Analyzer, Pipeline
from newssift.text import Article


class Counter(Analyzer):
    name = "counter"
    assigns = ("count",)

    def predict(self, batch: Sequence[Analysis]) -> list[int]:
        return [len(a.tokens) for a in batch]

    def set_annotations(self, batch: Sequence[Analysis], predictions: list[int]) -> None:
        for a, n in zip(batch, predictions):
            a.layers["count"] = n


class NeedsCount(Analyzer):
    name = "needs_count"
    requires = ("count",)
    assigns = ("double",)

    def __call__(self, analysis: Analysis) -> Analysis:
        if "boom" in analysis.text:
            raise ValueError("cannot handle boom")
        analysis.layers["double"] = 2 * analysis.layers["count"]
        return analysis


def test_missing_requirement_fails_at_build_time() -> None:
    with pytest.raises(PipelineError, match="requires count"):
        Pipeline([NeedsCount()])


def test_duplicate_analyzer_is_refused() -> None:
    with pytest.raises(PipelineError, match="twice"):
        Pipeline([Counter(), Counter()])


def test_pipe_batches_and_skips_the_failing_article() -> None:
    pipeline = Pipeline([Counter(), NeedsCount()])
    articles = [Article("One two three.", id="a"), Article("A boom here.", id="b"),
                Article("Four five.", id="c")]
    errors: list[tuple[str, NewssiftError]] = []
    results = list(pipeline.pipe(articles, batch_size=2, on_error=lambda i, e: errors.append((i, e))))
    assert [r.article.id for r in results] == ["a", "c"]
    assert [r.layers["double"] for r in results] == [8, 6]
    assert [i for i, _ in errors] == ["b"]
    assert isinstance(errors[0][1], AnalyzerError)
    assert "needs_count" in str(errors[0][1]) and "\n" not in str(errors[0][1])


def test_pipe_without_handler_raises_a_newssift_error() -> None:
    pipeline = Pipeline([Counter(), NeedsCount()])
    with pytest.raises(AnalyzerError):
        list(pipeline.pipe([Article("boom.", id="x")]))


def test_call_on_one_article() -> None:
    analysis = Pipeline([Counter()])(Article("Title\n\nOne two.", id="t"))
    assert analysis.layers["count"] == 4


def test_non_english_article_gets_a_warning() -> None:
    analysis = Analysis.of(Article("Hola amigos.", language="es"))
    assert analysis.warnings and "English" in analysis.warnings[0]
    assert analysis.to_dict()["warnings"] == analysis.warnings


# --- the shipped pipeline on the held-out articles we wrote (tests/fixtures/articles) -----------------

ARTICLES = sorted((Path(__file__).parent / "fixtures" / "articles").glob("*.txt"))
NO_NAMES = re.compile(r"(?i)(?:which|who|whom|that|one|two|three|some|many|it|they)")


@pytest.mark.integration
@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_shipped_pipeline_reads_a_held_out_article_consistently(path: Path) -> None:
    """Every finding slices the text, the document meets the schema, the sourcing profile adds up
    and every statement belongs to a source (or is unattributed); no source is named by a bare
    relative, pronoun or number word."""
    from newssift.registry import build_pipeline
    from newssift.schema import check_spans, validate

    text = path.read_text(encoding="utf-8")
    doc = build_pipeline()(Article(text, title=text.split("\n")[0])).to_dict()
    validate(doc)
    check_spans(doc)
    statements, profile = doc["statements"], doc["sourcing"]
    assert len(statements) >= 8
    assert profile["statements"] == len(statements)
    assert profile["named"] + profile["anonymous"] + profile["unattributed"] == len(statements)
    assert sum(k["statements"] for k in profile["by_kind"].values()) == len(statements)
    owned = {sid for source in doc["sources"] for sid in source["statements"]}
    assert {s["id"] for s in statements if s["source"]} <= owned
    assert not [s["name"] for s in doc["sources"] if NO_NAMES.fullmatch(s["name"])]
