"""Surface style features of an article for the `genre` head: how it is written, not what it says.

`style_features(text, title, body)` returns one row of `len(STYLE_NAMES)` floats computed from the
article text, its title span (or None) and its body sentence spans only (no encoder): attribution
cues, quotation density, personal pronouns, questions and exclamations, sentence and word length,
numbers, hedges, intensifiers, a news dateline, and a few title cues. Reporting attributes and counts;
opinion says "I", "we" and "you", asks and intensifies; satire is in between.
Limits: English word lists; rates are per word or per sentence, so very short texts are noisy; the
features are raw — the genre model standardises them with means and deviations stored in its config.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np

from newssift.text import Span

STYLE_NAMES = [
    "log_sentences", "log_words", "mean_sentence_words", "sd_sentence_words", "mean_word_chars",
    "attribution_sentences", "according_to_sentences", "quoted_char_share", "quote_sentences",
    "first_singular", "first_plural", "second_person", "question_sentences", "exclaim_sentences",
    "number_words", "capitalised_words", "hedge_words", "intensifier_words", "dateline",
    "title_words", "title_question", "title_colon", "title_quote", "title_exclaim",
]

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.,-]*[A-Za-z0-9]|[A-Za-z0-9]")
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|told|tells|according to|reported|reports|stated|states|announced|added|"
    r"explained|confirmed|noted|wrote|claimed|insisted|warned|argued|denied|spokesman|spokeswoman|"
    r"spokesperson|statement)\b", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording to\b|\b(?:told|said in a statement)\b", re.IGNORECASE)
_QUOTE_SPAN = re.compile(r"[\"“”„«»]([^\"“”„«»]{1,600})[\"“”„«»]")
_QUOTE_MARK = re.compile(r"[\"“”„«»]")
_FIRST_SING = frozenset({"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"})
_FIRST_PLUR = frozenset({"we", "us", "our", "ours", "ourselves", "we're", "we've", "we'll"})
_SECOND = frozenset({"you", "your", "yours", "yourself", "yourselves", "you're", "you've", "you'll"})
_HEDGES = frozenset({"may", "might", "could", "perhaps", "possibly", "likely", "unlikely", "reportedly",
                     "allegedly", "apparently", "suggest", "suggests", "appear", "appears", "seem",
                     "seems", "estimated", "about", "around", "approximately"})
_INTENSIFIERS = frozenset({"very", "really", "absolutely", "totally", "utterly", "completely",
                           "extremely", "truly", "clearly", "obviously", "simply", "literally",
                           "never", "always", "everyone", "nothing", "entirely", "so", "indeed"})
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z.]+(?:[ ,]+[A-Z][A-Za-z.]+){0,3}\s*(?:\([A-Za-z. ]+\)\s*)?[-–—:]\s)"
    r"|^\((?:AP|AFP|Reuters|UPI|CNN)\)|^[A-Z]{3,}(?:[ ,]+[A-Z]{2,})*\s*[-–—,]")


def _words(piece: str) -> list[str]:
    return _WORD.findall(piece)


def _rate(count: float, total: float) -> float:
    return count / total if total else 0.0


def _word_rates(words: list[str]) -> list[float]:
    lower = [w.lower().replace("’", "'") for w in words]
    n = len(words)
    return [
        _rate(sum(w in _FIRST_SING for w in lower), n),
        _rate(sum(w in _FIRST_PLUR for w in lower), n),
        _rate(sum(w in _SECOND for w in lower), n),
        0.0, 0.0,  # question and exclamation rates, filled per sentence
        _rate(sum(any(c.isdigit() for c in w) for w in words), n),
        _rate(sum(w[0].isupper() for w in words), n),
        _rate(sum(w in _HEDGES for w in lower), n),
        _rate(sum(w in _INTENSIFIERS for w in lower), n),
    ]


def _title_features(title: str) -> list[float]:
    return [math.log1p(len(_words(title))), float("?" in title), float(":" in title),
            float(bool(_QUOTE_MARK.search(title) or re.search(r"(?:^|\s)'\w", title))),
            float("!" in title)]


def style_features(text: str, title: Span | None, body: Sequence[Span]) -> np.ndarray:
    """One row (1, len(STYLE_NAMES)) of raw style features; zeros for an article without body."""
    pieces = [text[s.start : s.end] for s in body]
    out = np.zeros((1, len(STYLE_NAMES)), np.float32)
    title_text = text[title.start : title.end] if title is not None else ""
    out[0, -5:] = _title_features(title_text) if title_text else 0.0
    if not pieces:
        return out
    lengths = np.asarray([len(_words(p)) for p in pieces], np.float32)
    words = [w for p in pieces for w in _words(p)]
    joined = "\n".join(pieces)
    n = len(pieces)
    quoted = sum(len(m.group(1)) for m in _QUOTE_SPAN.finditer(joined))
    rates = _word_rates(words)
    rates[3] = _rate(sum("?" in p for p in pieces), n)
    rates[4] = _rate(sum("!" in p for p in pieces), n)
    head = [math.log1p(n), math.log1p(len(words)), float(lengths.mean()) / 10,
            float(lengths.std()) / 10, _rate(sum(len(w) for w in words), len(words)) / 5,
            _rate(sum(bool(_ATTRIBUTION.search(p)) for p in pieces), n),
            _rate(sum(bool(_ACCORDING.search(p)) for p in pieces), n),
            _rate(quoted, len(joined)), _rate(sum(bool(_QUOTE_MARK.search(p)) for p in pieces), n)]
    out[0, : len(STYLE_NAMES) - 5] = [*head, *rates, float(bool(_DATELINE.match(pieces[0])))]
    return out
