"""Helpers for the integration tests that run the shipped `statements` analyzer on our fixture
articles (`tests/fixtures/articles/<name>.txt`) and check the statements written down for them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from newssift.heads import models_root
from newssift.text import Article

ARTICLES = Path(__file__).parents[2] / "fixtures" / "articles"
SHIPPED = models_root() / "statements"
MARKS = [pytest.mark.integration,
         pytest.mark.skipif(not (SHIPPED / "model.safetensors").is_file(), reason="no shipped statements model")]


@cache
def doc(name: str) -> dict:
    """The article `name` through the shipped encoder, quotes, entities and statements."""
    from newssift.registry import build_pipeline

    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    return build_pipeline(["encoder", "quotes", "entities", "statements"])(
        Article(text, title=text.split("\n")[0])).to_dict()


def statement(name: str, content: str) -> dict:
    """The statement of article `name` one of whose content pieces holds `content`."""
    found = [s for s in doc(name)["statements"] if any(content in c["text"] for c in s["content"])]
    assert found, f"no statement with content {content!r}"
    return found[0]


def entry(name: str, found: dict) -> dict:
    """The source entry (name, kind, mentions) of the statement `found`."""
    return next(e for e in doc(name)["sources"] if e["source_id"] == found["source"]["source_id"])
