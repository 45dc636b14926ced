"""Near-duplicate detection: MinHash similarity estimates and LSH band keys."""

from __future__ import annotations

import pytest
from corpus_fakes import BRIDGE, FLOODS, NURSES, NURSES_WIRE, wire_copy

from newssift.corpus import dedup


@pytest.mark.parametrize(("a", "b", "low", "high"), [
    (FLOODS, FLOODS, 1.0, 1.0),
    (FLOODS, wire_copy(FLOODS), 0.8, 1.0),
    (FLOODS, FLOODS.replace("overnight", "on Sunday night"), 0.7, 0.98),
    (NURSES, NURSES_WIRE, 0.0, 0.3),
    (BRIDGE, FLOODS, 0.0, 0.1),
    ("Short.", "Short!", 1.0, 1.0),  # punctuation is not a word
])
def test_similarity_estimates_shared_shingles(a: str, b: str, low: float, high: float) -> None:
    assert low <= dedup.similarity(dedup.signature(a), dedup.signature(b)) <= high


def test_signatures_are_stable_and_stored_as_bytes() -> None:
    sig = dedup.signature(BRIDGE)
    assert sig.dtype.name == "uint32" and sig.shape == (dedup.PERMUTATIONS,)
    assert dedup.similarity(dedup.to_bytes(sig), sig) == 1.0
    assert dedup.band_keys(sig) == dedup.band_keys(dedup.signature(BRIDGE))


def test_near_copies_share_a_band_key_and_strangers_do_not() -> None:
    keys = set(dedup.band_keys(dedup.signature(FLOODS)))
    assert keys & set(dedup.band_keys(dedup.signature(wire_copy(FLOODS))))
    assert not keys & set(dedup.band_keys(dedup.signature(BRIDGE)))
