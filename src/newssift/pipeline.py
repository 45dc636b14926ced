"""Analyzers and the pipeline that runs them.

An analyzer is a small component: a `name`, the keys it `requires` and `assigns`, `predict(batch)` (pure,
batchable) and `set_annotations(batch, predictions)`. The pipeline checks requires/assigns once, when it is
built, and `pipe()` reports a failing article through `on_error` and goes on with the rest.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, ClassVar

from newssift.analysis import BASE_KEYS, Analysis
from newssift.errors import AnalyzerError, NewssiftError, PipelineError
from newssift.text import Article

ErrorHandler = Callable[[str, NewssiftError], None]


class Analyzer:
    """Base class of every analyzer. Subclasses set the class variables and override `predict`
    and `set_annotations` (or only `__call__` for rule-based ones with nothing to batch)."""

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, analysis: Analysis) -> Analysis:
        self.set_annotations([analysis], self.predict([analysis]))
        return analysis

    def predict(self, batch: Sequence[Analysis]) -> list[Any]:
        raise NotImplementedError(f"{type(self).__name__} must implement predict or __call__")

    def set_annotations(self, batch: Sequence[Analysis], predictions: list[Any]) -> None:
        raise NotImplementedError(f"{type(self).__name__} must implement set_annotations")

    def pipe(self, batch: Sequence[Analysis]) -> list[Analysis]:
        """Annotate a batch; the default runs `predict` once on the whole batch."""
        if type(self).predict is Analyzer.predict:
            return [self(a) for a in batch]
        self.set_annotations(batch, self.predict(batch))
        return list(batch)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


class Pipeline:
    """An ordered list of analyzers, checked once at construction."""

    def __init__(self, analyzers: Sequence[Analyzer]):
        self.analyzers = list(analyzers)
        self._check()

    def _check(self) -> None:
        available = set(BASE_KEYS)
        names: set[str] = set()
        for analyzer in self.analyzers:
            if analyzer.name in names:
                raise PipelineError(f"analyzer {analyzer.name!r} appears twice in the pipeline")
            names.add(analyzer.name)
            missing = [k for k in analyzer.requires if k not in available]
            if missing:
                raise PipelineError(
                    f"analyzer {analyzer.name!r} requires {', '.join(missing)}, which no earlier "
                    f"analyzer assigns; add the analyzer that assigns it before {analyzer.name!r}"
                )
            available.update(analyzer.assigns)

    @property
    def names(self) -> list[str]:
        return [a.name for a in self.analyzers]

    def get(self, name: str) -> Analyzer | None:
        return next((a for a in self.analyzers if a.name == name), None)

    def __call__(self, article: Article) -> Analysis:
        """Analyse one article; errors propagate (as `NewssiftError`)."""
        analysis = Analysis.of(article)
        for analyzer in self.analyzers:
            _run(analyzer, [analysis])
        return analysis

    def pipe(
        self,
        articles: Iterable[Article],
        batch_size: int = 16,
        on_error: ErrorHandler | None = None,
    ) -> Iterator[Analysis]:
        """Analyse a stream in batches; an article that fails is reported to `on_error` and skipped."""
        it = iter(articles)
        while batch := list(itertools.islice(it, batch_size)):
            yield from self._pipe_batch(batch, on_error)

    def _pipe_batch(self, batch: list[Article], on_error: ErrorHandler | None) -> list[Analysis]:
        analyses = []
        for article in batch:
            try:
                analyses.append(Analysis.of(article))
            except Exception as err:
                _report(on_error, article.id, err)
        for analyzer in self.analyzers:
            try:
                _run(analyzer, analyses)
            except Exception:
                analyses = self._one_by_one(analyzer, analyses, on_error)
        return analyses

    @staticmethod
    def _one_by_one(
        analyzer: Analyzer, analyses: list[Analysis], on_error: ErrorHandler | None
    ) -> list[Analysis]:
        kept = []
        for analysis in analyses:
            try:
                _run(analyzer, [analysis])
                kept.append(analysis)
            except Exception as err:
                _report(on_error, analysis.article.id, err, analyzer.name)
        return kept


def _run(analyzer: Analyzer, analyses: list[Analysis]) -> None:
    if analyses:
        analyzer.pipe(analyses)


def _report(on_error: ErrorHandler | None, article_id: str, err: Exception, where: str = "") -> None:
    if not isinstance(err, NewssiftError):
        place = f" in analyzer {where!r}" if where else ""
        err = AnalyzerError(f"article {article_id!r} failed{place}: {type(err).__name__}: {err}")
    if on_error is None:
        raise err
    on_error(article_id, err)
