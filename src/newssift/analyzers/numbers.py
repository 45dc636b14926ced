"""Reading numbers from a sentence's tokens: digits, number words, scales and fractions.

Helpers of the `quantities` analyzer. Word lists are data (`lexicons/en/number_words.txt`,
`units.txt`, `currencies.txt`, `approximators.txt`, `dates.txt`, `np_stops.txt`), read as
`[section: ]key = value` entries through `newssift.lexicons.load`.

Limits: digits follow English conventions ("16,000" is sixteen thousand; "3,5" is read as 3.5 only
because no thousands grouping fits); number words combine additively ("two hundred and fifty
thousand" = 250,000) with no check that the sequence is well formed ("one two" = 3); "m" after digits
is always "million", never "metres".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from newssift import lexicons
from newssift.text import Token

THOUSANDS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
PLAIN_RE = re.compile(r"\d+(?:\.\d+)?")
DECIMAL_COMMA_RE = re.compile(r"\d+,\d{1,2}")
YEAR_RE = re.compile(r"1[89]\d\d|20\d\d")


@cache
def table(name: str, section: str = "") -> dict[str, str]:
    """The `key = value` entries of lexicon `name` (only those of `section:` when one is given)."""
    out: dict[str, str] = {}
    for entry in lexicons.load(name):
        head, _, value = entry.rpartition(" = ")
        entry_section, sep, key = head.partition(": ")
        if not sep:
            entry_section, key = "", head
        if entry_section == section:
            out[key.strip()] = value.strip()
    return out


@cache
def values(name: str, section: str = "") -> dict[str, float]:
    """`table` with its values as numbers."""
    return {k: float(v) for k, v in table(name, section).items()}


@dataclass(frozen=True, slots=True)
class Words:
    """One sentence's tokens, their lower-case texts, and whether each touches the next one."""

    tokens: Sequence[Token]
    low: list[str]
    joined: list[bool]

    @classmethod
    def of(cls, tokens: Sequence[Token]) -> Words:
        low = [t.text.lower() for t in tokens]
        joined = [a.end == b.start for a, b in itertools.pairwise(tokens)] + [False]
        return cls(tokens, low, joined)

    def __len__(self) -> int:
        return len(self.tokens)

    def at(self, i: int) -> str:
        """The lower-case token at `i`, "" outside the sentence."""
        return self.low[i] if 0 <= i < len(self.low) else ""

    def raw(self, i: int) -> str:
        return self.tokens[i].text if 0 <= i < len(self.tokens) else ""

    def phrase(self, i: int, entries: Mapping[str, object], longest: int = 4) -> tuple[str, int]:
        """The longest entry of `entries` starting at token `i` and its length in tokens ("", 0)."""
        for n in range(min(longest, len(self.low) - i), 0, -1):
            key = " ".join(self.low[i : i + n])
            if key in entries:
                return key, n
        return "", 0


@dataclass(frozen=True, slots=True)
class Number:
    """A number read from tokens `[start, end)`; `kind` is digits, words or fraction."""

    value: float
    start: int
    end: int
    kind: str
    plain: bool = False  # digits only, no separator, decimal or scale (a possible year)
    scale: float = 1.0


def parse_digits(token: str) -> float | None:
    """The value of a digit token ("16,000", "3.5", "$300", "45%"), None if it is no plain number."""
    s = token.lstrip("$").rstrip("%")
    if THOUSANDS_RE.fullmatch(s):
        return float(s.replace(",", ""))
    if PLAIN_RE.fullmatch(s):
        return float(s)
    if DECIMAL_COMMA_RE.fullmatch(s):
        return float(s.replace(",", "."))
    return None


def read_number(w: Words, i: int) -> Number | None:
    """The number starting at token `i`: digits (with a scale word), number words or a fraction."""
    if w.at(i)[:1].isdigit() or (w.at(i).startswith("$") and w.at(i)[1:2].isdigit()):
        return _digits(w, i)
    return _fraction(w, i) or _words(w, i)


def _digits(w: Words, i: int) -> Number | None:
    value = parse_digits(w.at(i))
    if value is None:
        return None
    scale = values("number_words", "scale").get(w.at(i + 1))
    if scale is None and w.joined[i]:
        scale = values("number_words", "short_scale").get(w.at(i + 1))
    if scale is not None:
        return Number(value * scale, i, i + 2, "digits", scale=scale)
    plain = w.at(i).isdigit()
    return Number(value, i, i + 1, "digits", plain=plain)


def cardinal(word: str) -> float | None:
    """A cardinal word or hyphenated compound ("twenty-five"), without scales."""
    cardinals = values("number_words", "cardinal")
    if word in cardinals and word != "dozen":
        return cardinals[word]
    parts = word.split("-")
    if len(parts) == 2 and all(p in cardinals and p != "dozen" for p in parts):
        return cardinals[parts[0]] + cardinals[parts[1]]
    return None


def _words(w: Words, i: int) -> Number | None:
    scales = values("number_words", "scale")
    total, current, j, seen = 0.0, 0.0, i, False
    if w.at(i) in ("a", "an") and (w.at(i + 1) in scales or w.at(i + 1) == "dozen"):
        current, j = 1.0, i + 1  # "a hundred", "a dozen"
    elif w.at(i) == "half" and w.at(i + 1) == "a" and w.at(i + 2) in scales:
        return Number(0.5 * scales[w.at(i + 2)], i, i + 3, "words")
    while j < len(w):
        word, number = w.at(j), cardinal(w.at(j))
        if number is not None:
            current += number
        elif word == "dozen":
            current = (current or 1.0) * 12
        elif word == "hundred":
            current = (current or 1.0) * 100
        elif word in scales:
            total, current = total + (current or 1.0) * scales[word], 0.0
        elif word == "and" and seen and cardinal(w.at(j + 1)) is not None:
            j += 1
            continue
        else:
            break
        seen, j = True, j + 1
    if not seen:
        return None
    return Number(total + current, i, j, "words")


def _fraction(w: Words, i: int) -> Number | None:
    """ "a third", "one quarter", "two-thirds", "three quarters", "half (of)"."""
    fractions = values("number_words", "fraction")
    word = w.at(i)
    parts = word.split("-")
    if len(parts) == 2 and cardinal(parts[0]) and parts[1] in fractions:
        return Number(cardinal(parts[0]) * fractions[parts[1]], i, i + 1, "fraction")
    if word == "half" and w.at(i + 1) == "of":
        return Number(0.5, i, i + 1, "fraction")
    count = 1.0 if word in ("a", "an") else cardinal(word)
    following = w.at(i + 1)
    fits = following in fractions and following not in ("half", "second")
    if count and fits and following.endswith("s") == (count > 1) and w.at(i + 2) in ("of", ""):
        return Number(count * fractions[following], i, i + 2, "fraction")
    return None


def is_year(number: Number) -> bool:
    """A four-digit plain number between 1800 and 2099."""
    return number.plain and number.end - number.start == 1 and bool(
        YEAR_RE.fullmatch(str(int(number.value)))) and number.value == int(number.value)


@dataclass(slots=True)
class Draft:
    """A quantity being read: token range `[start, end)` of one sentence plus its fields."""

    start: int
    end: int
    label: str
    score: float
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    currency: str | None = None
    approx: bool = False
    rate: str | None = None
    counted: tuple[int, int] | None = None  # token range
