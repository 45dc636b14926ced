"""Language identification with py3langid (a numpy port of langid.py, 97 languages, Naive Bayes
over byte n-grams), run on a sample of the text so long articles cost no more than short ones.

Limits: texts with fewer than `min_chars` letters, fewer than four words, or a best guess under
`MIN_CONFIDENCE` get `None` rather than a guess; a bilingual article gets the language of the
sampled majority; ISO 639-1 codes as py3langid spells them ("en", "de", "zh", ...). The model
(about 0.6 s to load) is loaded on first use, never at import time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

SAMPLE_CHARS = 3000  # characters read, in up to three evenly spaced windows
MIN_CONFIDENCE = 0.5
MIN_WORDS = 4
_LETTER_RE = re.compile(r"[^\W\d_]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    language: str
    score: float


def detect_language(text: str, min_chars: int = 40) -> str | None:
    """ISO 639-1 code of `text`'s language, or None when the text is too short or unclear."""
    guess = guess_language(text, min_chars)
    return guess.language if guess else None


def guess_language(text: str, min_chars: int = 40) -> LanguageGuess | None:
    """The best language and its probability, or None (see the module docstring for when)."""
    sample = sample_text(text)
    if len(_LETTER_RE.findall(sample)) < min_chars or len(sample.split()) < MIN_WORDS:
        return None
    language, score = _identifier().classify(sample)
    if score < MIN_CONFIDENCE:
        return None
    return LanguageGuess(str(language), round(float(score), 4))


def sample_text(text: str, size: int = SAMPLE_CHARS) -> str:
    """Up to `size` characters of `text`: all of it when short, else three windows (start, middle,
    end), each cut back to whole words."""
    if len(text) <= size:
        return text
    window = size // 3
    starts = (0, (len(text) - window) // 2, len(text) - window)
    parts = []
    for start in starts:
        chunk = text[start : start + window]
        if start:
            chunk = chunk.split(None, 1)[-1]  # drop the partial first word
        parts.append(chunk.rsplit(None, 1)[0] if " " in chunk else chunk)
    return "\n".join(parts)


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
