"""Word lists as data: entries without comments, and key|value lists as dicts."""

from __future__ import annotations

from newssift import lexicons


def test_entries_drop_comments_and_blank_lines() -> None:
    cues = lexicons.load("cue_verbs")
    assert cues and all(e and "#" not in e and e == e.strip() for e in cues)


def test_pairs_read_key_value_lists_with_lower_cased_keys() -> None:
    stance = lexicons.load_pairs("cue_verbs")
    assert stance["said"] == "neutral" and stance["claimed"] == "distancing"
    assert all(k == k.lower() == k.strip() and v == v.strip() for k, v in stance.items())
