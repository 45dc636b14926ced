"""Training helpers: how cached features are batched through the encoder."""

from __future__ import annotations

import pytest

from training.common import _batches


def test_each_article_is_its_own_encoder_call_as_at_inference() -> None:
    texts = ["a1", "a2", "b1", "c1", "c2", "c3"]
    assert _batches(texts, 4, [2, 1, 0, 3]) == [["a1", "a2"], ["b1"], ["c1", "c2", "c3"]]


def test_without_articles_texts_go_in_chunks() -> None:
    assert _batches(["x", "y", "z"], 2, None) == [["x", "y"], ["z"]]


def test_article_sizes_must_cover_the_texts() -> None:
    with pytest.raises(ValueError, match="articles hold 2 texts, not 3"):
        _batches(["x", "y", "z"], 2, [1, 1])
