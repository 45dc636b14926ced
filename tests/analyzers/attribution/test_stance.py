"""A contesting verb the tagger reads as a cue ("disputed", "rejected") lends the distancing stance, read
from the stance-only lexicon, which never feeds the tagger's cue flag."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution.features import token_flags
from newssift.analyzers.attribution.lexicon import STANCES, load
from newssift.analyzers.attribution.tagger import RoleSpan
from newssift.analyzers.statements import build
from newssift.text import Article


def role(analysis: Analysis, r: str, words: str) -> RoleSpan:
    start = analysis.text.index(words)
    toks = [i for i, t in enumerate(analysis.tokens) if start <= t.start < start + len(words)]
    return RoleSpan(r, start, start + len(words), 0.9, 0, toks[0], toks[-1] + 1)


@pytest.mark.parametrize(("cue", "expected"), [
    ("disputed", "distancing"), ("rejected", "distancing"), ("flatly rejected", "distancing"),
    ("has refuted", "distancing"), ("pushed back on", "distancing"), ("denied", "distancing"),
    ("did not dispute", "neutral"), ("never challenged", "neutral"), ("said", "neutral"),
])
def test_stance_of_contesting_verbs(cue: str, expected: str) -> None:
    assert load().stance(cue) == expected


def test_stance_only_verbs_use_documented_stances_and_are_no_cue_flag() -> None:
    lex = load()
    assert lex.stance_only and set(lex.stance_only.values()) <= set(STANCES)
    assert "disputed" not in lex.cues and lex.cue_at(["ruiz", "disputed", "that"], 1) is None
    a = Analysis.of(Article("Ruiz disputed that account."))
    plain = Analysis.of(Article("Ruiz watched that account."))
    assert (token_flags(a, lex) == token_flags(plain, lex)).all()


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    ("Ruiz disputed that account.", "Ruiz", "disputed", "that account"),
    ("The company disputed the figures.", "The company", "disputed", "the figures"),
    ("The ministry rejected the claims as baseless.", "The ministry", "rejected", "the claims as baseless"),
])
def test_contesting_cue_is_distancing(text: str, source: str, cue: str, content: str) -> None:
    a = Analysis.of(Article(text))
    (s,), _ = build(a, [role(a, "source", source), role(a, "cue", cue), role(a, "content", content)])
    assert (s.source.text, s.cue.text, s.cue.stance) == (source, cue, "distancing")
