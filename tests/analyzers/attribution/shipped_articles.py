"""Helpers for the integration tests that run the shipped `statements` analyzer on our fixture
articles (`tests/fixtures/articles/<name>.txt`, or texts a test module embeds and registers in
`EMBEDDED`) and check the statements written down for them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from newssift.heads import models_root
from newssift.text import Article

ARTICLES = Path(__file__).parents[2] / "fixtures" / "articles"
SHIPPED = models_root() / "statements"
EMBEDDED: dict[str, str] = {}  # name → article text, for articles a test module holds itself
MARKS = [pytest.mark.integration,
         pytest.mark.skipif(not (SHIPPED / "model.safetensors").is_file(), reason="no shipped statements model")]


@cache
def doc(name: str) -> dict:
    """The article `name` through the shipped encoder, quotes, entities and statements."""
    from newssift.registry import build_pipeline

    text = EMBEDDED.get(name) or (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    return build_pipeline(["encoder", "quotes", "entities", "statements"])(
        Article(text, title=text.split("\n")[0])).to_dict()


def statement(name: str, content: str) -> dict:
    """The statement of article `name` one of whose content pieces holds `content`."""
    found = holding(name, content)
    assert found, f"no statement with content {content!r}"
    return found[0]


def holding(name: str, words: str) -> list[dict]:
    """The statements of article `name` one of whose content pieces holds `words`."""
    return [s for s in doc(name)["statements"] if any(words in c["text"] for c in s["content"])]


def entry(name: str, found: dict) -> dict:
    """The source entry (name, kind, mentions) of the statement `found`."""
    return next(e for e in doc(name)["sources"] if e["source_id"] == found["source"]["source_id"])


def cases(expected: list[tuple], misses: dict[str, str]) -> list:
    """pytest params of `expected` rows (article, content words, ...), a strict xfail for each row whose
    content starts with a key of `misses` (the reason it is not met yet)."""
    def marks(content: str) -> list:
        reason = next((r for m, r in misses.items() if content.startswith(m)), None)
        return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []

    return [pytest.param(*e, id=f"{e[0].split('-', 1)[1]}:{e[1][:30]}", marks=marks(e[1])) for e in expected]


def check(name: str, content: str, source: str | None, cue: str, kind: str | None,
          resolved: str | None) -> None:
    """The statement of `name` holding `content` has a source starting with `source` (an appositive or
    relative may follow), the cue `cue`, and a source entry of `kind` whose name ends with `resolved`
    (None: not checked)."""
    found = statement(name, content)
    assert found["source"], f"{content!r} has no source"
    if source is not None:
        assert found["source"]["text"].startswith(source)
    assert found["cue"]["text"] == cue
    source_entry = entry(name, found)
    if kind is not None:
        assert source_entry["kind"] == kind
    if resolved is not None:
        assert source_entry["name"].endswith(resolved)
