"""What a quantity counts and how often: the `counted` noun phrase and the `rate` of the
`quantities` analyzer, read from the shared tokens of one sentence.

Counted noun (a small rule-based noun-phrase grab, no tagger): after the number (and an "of", as in
"thousands of young men"; for money, measures and shares only after "of" / "in" / "worth of"), skip
opening quote marks and, after "of", a determiner; then take up to four words, stopping at
punctuation or a closing quote, at a word of `np_stops` (prepositions, conjunctions, determiners,
pronouns, auxiliaries), at an -ed / -ing word after the first, and after a plural noun unless another
plural follows ("police officers"). When nothing follows, money, measures and shares look back over a
linking word ("salaries ranging between 300 and 600 dollars", "a budget of $5m") for the noun before,
or, before a range, straight at a plural noun ("salaries between 300 and 600 dollars").

Rate: "a month", "per day", "every week", "/day", "monthly", "a year" right after the quantity; for
money and measures also "monthly", "annual"... up to six tokens before it in the same clause
("monthly salaries ranging between 300 and 600 dollars" → month).

Limits: no part-of-speech tagger, so after a singular noun a verb missing from the stop list joins
the phrase ("one soldier dies" → "soldier dies"); a conjunction ends it ("300 tanks and trucks" →
"tanks"). Adjectives before the noun are kept ("young men"; an -ed / -ing word only before a plural
or capitalised word); the backward look takes one word, and before a range without a linking word
it can take a verb that looks plural ("the company earns between ..." → "earns").
"""

from __future__ import annotations

from newssift import lexicons
from newssift.analyzers.numbers import Words, table

MAX_WORDS = 4
RATE_LOOKBACK = 6
OPEN_QUOTES = frozenset({'"', "“", "‘", "'", "«", "„"})
DETERMINERS = frozenset({"the", "these", "those", "its", "their", "his", "her", "our", "all"})
LINKS = frozenset({"of", "ranging", "worth", "totalling", "totaling", "at", "reaching",
                   "averaging", "costing", "valued"})  # fmt: skip
MAX_LINKS = 3
PRONOUNS = frozenset({"he", "she", "it", "who", "that", "which", "one", "everyone", "nobody"})


def wordlike(token: str) -> bool:
    return token[:1].isalpha() and all(c.isalnum() or c in "-'’" for c in token)


def plural(word: str) -> bool:
    """Looks plural: in `plural_nouns`, or ends in -s but not -ss / -us / -is / 's."""
    if word in lexicons.load("plural_nouns"):
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


def forward(w: Words, j: int, mode: str) -> tuple[int, int] | None:
    """The counted noun phrase after the quantity ending before token `j`, as a token range.

    `mode` "count" takes a noun right after or after "of"; "share" (percent, measure) only after
    "of"; "money" after "of", "worth of", or "in" before a lower-case word ("$5m in aid").
    """
    word = w.at(j)
    money_in = mode == "money" and word == "in" and w.raw(j + 1)[:1].islower()
    if word == "of" or money_in or (mode == "money" and word == "worth" and w.at(j + 1) == "of"):
        j += 1 + (word == "worth")
        j += w.at(j) in DETERMINERS
    elif mode != "count":
        return None
    while w.at(j) in OPEN_QUOTES:
        j += 1
    return _grab(w, j)


def _grab(w: Words, j: int) -> tuple[int, int] | None:
    stops = lexicons.load("np_stops")
    start = end = j
    while end < len(w) and end - start < MAX_WORDS:
        word = w.at(end)
        stop = word in stops and not w.raw(end).isupper()  # "US" is no pronoun
        if not wordlike(w.raw(end)) or stop or _is_unitlike(word):
            break
        if word.endswith(("ed", "ing")) and (end > start or not _noun_follows(w, end, stops)):
            break  # "300 people fled"; "several hundred stayed"; but "two unnamed officials"
        end += 1
        if plural(word) and not (wordlike(w.raw(end)) and plural(w.at(end))):
            break
    return (start, end) if end > start else None


def _noun_follows(w: Words, j: int, stops: frozenset[str]) -> bool:
    raw = w.raw(j + 1)
    if raw.isupper() and wordlike(raw):
        return True  # "two unnamed US officials"
    return wordlike(raw) and w.at(j + 1) not in stops and (plural(w.at(j + 1)) or raw[0].isupper())


def _is_unitlike(word: str) -> bool:
    return word in table("units", "time") or word in table("currencies")


def backward(w: Words, start: int) -> tuple[int, int] | None:
    """The noun before a linking word before token `start` ("salaries ranging between ...")."""
    j, links = start - 1, 0
    ranged = w.at(start) in ("between", "from")
    if w.at(j) in ("between", "from"):
        j, ranged = j - 1, True
    if w.at(j) == "to" and w.at(j - 1) == "amounting":
        j, links = j - 2, 1
    while j >= 0 and w.at(j) in LINKS and links < MAX_LINKS:
        j, links = j - 1, links + 1
    stops = lexicons.load("np_stops")
    if j < 0 or not wordlike(w.raw(j)) or w.at(j) in stops:
        return None
    if not links and not (ranged and plural(w.at(j)) and w.at(j - 1) not in PRONOUNS):
        return None  # "salaries between 300 and 600 dollars", but not "he earns between ..."
    if w.at(j).endswith(("ed", "ing")):
        return None
    if w.at(j) in table("units", "rate"):
        return None
    return (j, j + 1)


def rate_after(w: Words, j: int) -> tuple[str, int]:
    """A rate right after token `j` ("a month", "per day", "monthly") and the tokens it takes."""
    rates = table("units", "rate")
    key, n = w.phrase(j, rates, longest=2)
    if n:
        return rates[key], n
    if w.at(j) in table("units", "rate_lead") and (w.at(j) != "/" or w.joined[j - 1]):
        unit = w.at(j + 1)
        time_units, rate_units = table("units", "time"), table("units", "rate_unit")
        if unit in time_units:
            return time_units[unit], 2
        if unit in rate_units:
            return rate_units[unit], 2
    return "", 0


def rate_before(w: Words, start: int) -> str:
    """A rate word ("monthly", "annual") up to six tokens before `start`, in the same clause."""
    rates = table("units", "rate")
    for j in range(start - 1, max(-1, start - 1 - RATE_LOOKBACK), -1):
        word = w.at(j)
        if word in rates:
            return rates[word]
        if not wordlike(w.raw(j)) and word not in OPEN_QUOTES and word not in ("”", "’", "»"):
            return ""
    return ""
