"""Shared fixtures: hand-written articles and a tiny deterministic encoder (no model files)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from newssift.encoder import EncodedText


class HashEncoder:
    """A tiny fake encoder: each word piece gets a fixed pseudo-random vector from its hash.

    Deterministic, fast, and shaped like the real one (vector, token vectors, offsets, middle-layer
    token vectors), so heads and
    pipelines can be tested without the shipped ONNX model.
    """

    def __init__(self, dim: int = 16):
        self.dim = dim

    def _vec(self, piece: str) -> np.ndarray:
        seed = int.from_bytes(hashlib.blake2b(piece.lower().encode(), digest_size=8).digest(), "little")
        return np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)

    def encode(self, texts: Sequence[str]) -> list[EncodedText]:
        out = []
        for text in texts:
            pieces = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
            tokens = np.stack([self._vec(text[a:b]) for a, b in pieces]) if pieces else np.zeros(
                (0, self.dim), np.float32)
            pooled = tokens.mean(0) if len(tokens) else np.zeros(self.dim, np.float32)
            vector = pooled / (np.linalg.norm(pooled) or 1.0)
            offsets = np.asarray(pieces, np.int32).reshape(-1, 2)
            mid = np.stack([self._vec(text[a:b] + "|mid") for a, b in pieces]) if pieces else tokens
            out.append(EncodedText(vector.astype(np.float32), tokens, offsets, mid))
        return out


@pytest.fixture
def tiny_encoder() -> HashEncoder:
    return HashEncoder()


SAMPLE = (
    "Officials say 16,000 volunteers are ready\n"
    "\n"
    "Defense Minister Anna Kovac said on Friday that 16,000 \u201cvolunteers\u201d were ready to travel. "
    "\"They come of their own free will,\" she told reporters.\n"
    "\n"
    "Informed sources said recruits are offered monthly salaries between 300 and 600 dollars.\n"
)


@pytest.fixture
def sample_text() -> str:
    return SAMPLE


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's headless Chromium driven by Playwright (never a downloaded browser)."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (scripts/test-services.sh installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
