"""The analyzers newssift knows, in pipeline order, and how to build a pipeline from their names."""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from newssift.errors import PipelineError
from newssift.pipeline import Analyzer, Pipeline

# name -> "module:Class"; order is the default pipeline order (requirements come first).
ANALYZERS: dict[str, str] = {
    "encoder": "newssift.encoder:EncoderAnalyzer",
    "quotes": "newssift.analyzers.quotes:QuotesAnalyzer",
    "quantities": "newssift.analyzers.quantities:QuantitiesAnalyzer",
    "entities": "newssift.analyzers.entities:EntitiesAnalyzer",
    "statements": "newssift.analyzers.statements:StatementsAnalyzer",
    "techniques": "newssift.analyzers.techniques:TechniquesAnalyzer",
    "frames": "newssift.analyzers.frames:FramesAnalyzer",
    "genre": "newssift.analyzers.genre:GenreAnalyzer",
    "checkworthy": "newssift.analyzers.checkworthy:CheckworthyAnalyzer",
    "claims": "newssift.analyzers.claims:ClaimsAnalyzer",
}


def available() -> list[str]:
    """Names whose module is installed (all of them in a complete install)."""
    return [n for n, target in ANALYZERS.items() if _importable(target.split(":")[0])]


def _importable(module: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def create(name: str, **options: object) -> Analyzer:
    if name not in ANALYZERS:
        raise PipelineError(f"unknown analyzer {name!r}; known: {', '.join(ANALYZERS)}")
    module, cls = ANALYZERS[name].split(":")
    return getattr(importlib.import_module(module), cls)(**options)


def build_pipeline(names: Sequence[str] | None = None, encoder: object | None = None) -> Pipeline:
    """A pipeline of the named analyzers (default: all available), in registry order.

    `encoder` replaces the shipped ONNX encoder (tests pass a tiny one).
    """
    wanted = list(names) if names is not None else available()
    unknown = [n for n in wanted if n not in ANALYZERS]
    if unknown:
        raise PipelineError(f"unknown analyzer(s) {', '.join(unknown)}; known: {', '.join(ANALYZERS)}")
    analyzers = []
    for name in ANALYZERS:
        if name in wanted:
            options = {"encoder": encoder} if name == "encoder" and encoder is not None else {}
            analyzers.append(create(name, **options))
    return Pipeline(analyzers)
