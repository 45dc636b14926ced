"""newssift: reads news articles the way a careful fact-checker does.

    >>> import newssift
    >>> analysis = newssift.analyze_text("Title\\n\\nThe minister said 16,000 volunteers were ready.")
    >>> analysis.to_dict()["quantities"][0]["value"]
    16000.0
"""

from __future__ import annotations

from newssift.analysis import SCHEMA_ID, Analysis
from newssift.errors import NewssiftError
from newssift.pipeline import Analyzer, Pipeline
from newssift.registry import build_pipeline
from newssift.text import Article, Span

__all__ = [
    "SCHEMA_ID",
    "Analysis",
    "Analyzer",
    "Article",
    "NewssiftError",
    "Pipeline",
    "Span",
    "analyze_text",
    "build_pipeline",
]
__version__ = "0.1.0"


def analyze_text(text: str, article_id: str = "article", pipeline: Pipeline | None = None) -> Analysis:
    """Analyse one text with the default pipeline (built once per call unless given)."""
    return (pipeline or build_pipeline())(Article(text=text, id=article_id))
