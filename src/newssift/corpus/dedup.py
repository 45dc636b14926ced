"""Near-duplicate detection: MinHash signatures over word shingles, with LSH band keys.

Method: the text is lower-cased and split into words (CRC-32 each); its shingles are the overlapping
5-word windows (the whole text when shorter), each hashed as a polynomial of its words' hashes. A
signature holds, for 128 seeds, the minimum over the shingles of a 32-bit mix (MurmurHash3's finaliser)
of the shingle hash xor the seed, so the share of equal positions in two signatures estimates the
Jaccard similarity of their shingle sets (Broder 1997).
For lookup the signature is cut into 16 bands of 8 rows; articles sharing a band key are candidates
(LSH: pairs at Jaccard 0.8 are found with probability 0.95, at 0.9 with 0.999, at 0.5 rarely), then
checked against `threshold` on the estimate.
Limits: deterministic across processes (no Python `hash`); word-level, so a re-punctuated copy still
matches, but a translated or heavily rewritten copy does not; texts of under five words are compared as a
single shingle (equal or not).
"""

from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np

PERMUTATIONS = 128
BANDS = 16
ROWS = PERMUTATIONS // BANDS
SHINGLE = 5
_SEEDS = np.random.default_rng(20240601).integers(0, 2**32, PERMUTATIONS, dtype=np.uint64).astype(
    np.uint32)
_M1, _M2 = np.uint32(0x85EBCA6B), np.uint32(0xC2B2AE35)
_16, _13 = np.uint32(16), np.uint32(13)
_WORD = re.compile(r"\w+", re.UNICODE)
_P = np.uint64(1_000_003)


def shingles(text: str) -> np.ndarray:
    """64-bit hashes of the text's overlapping 5-word windows (uint64 array, deduplicated)."""
    words = _WORD.findall(text.lower())
    w = np.fromiter((zlib.crc32(x.encode("utf-8")) for x in words), np.uint64, len(words))
    if len(w) <= SHINGLE:
        return np.array([_poly(w)], np.uint64)
    h = np.zeros(len(w) - SHINGLE + 1, np.uint64)
    for k in range(SHINGLE):  # h = sum of w[i + k] * P^(SHINGLE - 1 - k), modulo 2^64
        h = h * _P + w[k : len(w) - SHINGLE + 1 + k]
    return np.unique(h)


def _poly(w: np.ndarray) -> np.uint64:
    h = np.zeros(1, np.uint64)
    for x in w:
        h = h * _P + x
    return h[0]


def signature(text: str) -> np.ndarray:
    """The 128-value MinHash signature (uint32) of `text`."""
    x = shingles(text)
    z = (x ^ (x >> np.uint64(32))).astype(np.uint32)[:, None] ^ _SEEDS[None, :]
    z ^= z >> _16  # MurmurHash3's fmix32, in place (multiplications wrap modulo 2^32)
    z *= _M1
    z ^= z >> _13
    z *= _M2
    z ^= z >> _16
    return z.min(axis=0)


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per band (band index mixed in, so equal rows in different bands differ)."""
    keys = []
    for band in range(BANDS):
        chunk = sig[band * ROWS : (band + 1) * ROWS].astype("<u4").tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def similarity(a: np.ndarray | bytes, b: np.ndarray | bytes) -> float:
    """Estimated Jaccard similarity of two signatures (arrays or their stored bytes)."""
    return float(np.mean(_array(a) == _array(b)))


def _array(sig: np.ndarray | bytes) -> np.ndarray:
    return np.frombuffer(sig, "<u4") if isinstance(sig, bytes | bytearray | memoryview) else sig


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()
