"""A weak, unquoted fragment of a later sentence is no part of the statement before it."""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.orphan_fragments import drop_orphan_fragments
from newssift.text import Article
from tests.analyzers.attribution.roles import role_span

TEXT = "Most of the boat owners blamed the fees. Few of them will leave the marina, however."


def _kept(fragment: str, score: float) -> list[str]:
    analysis = Analysis.of(Article(TEXT))
    x = Linked(role_span(analysis, "cue", "blamed"), role_span(analysis, "source", "Most of the boat owners"),
               [role_span(analysis, "content", "the fees"),
                replace(role_span(analysis, "content", fragment), score=score)])
    return [TEXT[c.start : c.end] for c in drop_orphan_fragments(analysis, x)]


def test_a_weak_fragment_of_the_next_sentence_is_dropped() -> None:
    assert _kept("Few of them will leave", 0.35) == ["the fees"]


def test_a_confident_fragment_or_a_whole_sentence_stays() -> None:
    assert _kept("Few of them will leave", 0.9) == ["the fees", "Few of them will leave"]
    assert _kept("Few of them will leave the marina, however", 0.35) == [
        "the fees", "Few of them will leave the marina, however"]
