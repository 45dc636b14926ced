"""The attribution lexicons are data files; every entry must use a documented stance or kind."""

from __future__ import annotations

import pytest

from newssift.analyzers.attribution.lexicon import KINDS, STANCES, load


def test_every_cue_has_a_documented_stance() -> None:
    assert set(load().cues.values()) <= set(STANCES)


def test_every_source_noun_has_a_documented_kind() -> None:
    assert set(load().nouns.values()) <= set(KINDS) - {"unattributed"}


@pytest.mark.parametrize(("words", "start", "expected"), [
    (["she", "pointed", "out", "that"], 1, (2, "neutral")),
    (["they", "alleged", "that"], 1, (1, "distancing")),
    (["according", "to", "police"], 0, (2, "neutral")),
    (["the", "harbour"], 1, None),
])
def test_longest_cue_wins(words: list[str], start: int, expected: tuple | None) -> None:
    assert load().cue_at(words, start) == expected


@pytest.mark.parametrize(("cue", "expected"), [
    ("told reporters", "neutral"), ("stressed", "assertive"), ("has claimed", "distancing"),
    ("disclosed", "revealing"), ("wrote in a letter", "neutral"),
    ("did not deny", "neutral"), ("never confirmed", "neutral"), ("didn't deny", "neutral"),
])
def test_stance_of_a_cue_phrase(cue: str, expected: str) -> None:
    assert load().stance(cue) == expected


def test_group_nouns_type_sources_but_are_no_tagger_flag() -> None:
    lex = load()
    assert lex.nouns["farmers"] == "anonymous"
    assert "farmers" not in lex.flag_nouns and "sources" in lex.flag_nouns
