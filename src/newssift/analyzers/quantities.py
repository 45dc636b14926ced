"""Quantities: numbers with what they measure, rule-based, read from the shared tokens sentence by
sentence.

Label scheme (`label`):
- `count`: a number of things ("16,000 volunteers", "two dozen", "thousands of young men").
- `money`: an amount with a currency ("$1.2 million", "between 300 and 600 dollars"); `currency` is
  the ISO 4217 code, `unit` stays null.
- `percent`: "45%", "12 per cent", "3 percentage points" (`unit` "percent" or "percentage point"),
  and shares read as percentages: "a third of" → value 33.33, `unit` "fraction".
- `date`: weekdays, month dates, years in a date context ("in 2019", "the 2022 elections"), decades;
  `time`: clock times. Both have `value` null, except a bare year (its number). See `temporal`.
- `duration`: a number of time units ("three years", "a 10-day ceasefire"); `unit` the singular unit.
- `measure`: a number with a unit of `units.txt` ("5 km", "200 tonnes"); ages ("16-year-old") have
  `unit` "year of age".
- `ordinal`: "21st", "fifth" (value the position).

Fields: `value` is the number stated (null for a range or a vague quantity); `low` / `high` bound it:
a range gives both, "more than" / "at least" give `low`, "nearly" / "up to" give `high`; vague plurals
give a floor ("thousands of" → low 2000, value null; "several hundred" → 300..900). `approx` is true
after an approximator ("about", "nearly", "more than"...) and for vague quantities. `rate` is the
period or unit a quantity is per ("month" for "a month", "monthly salaries"). `counted` is the noun
phrase counted or measured where the text says it (see `counted`).

Limits: English only; a four-digit number from 1800 to 2099 followed by a plain noun without a date
cue is a count ("2000 soldiers"), otherwise a year; a number right after a capitalised word inside
a sentence is taken for an identifier ("Resolution 2254", "Boeing 737") and skipped; "one" after a
determiner or before "of" / "another" / "who" is a pronoun, not a count; score is a fixed prior by
how the number was written (digits 0.95, words 0.85, vague 0.8), not a calibrated probability.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers import counted, temporal
from newssift.analyzers.numbers import Draft, Number, Words, cardinal, is_year, read_number, table
from newssift.analyzers.numbers import values as number_values
from newssift.analyzers.temporal import match_date, match_ordinal, match_time
from newssift.pipeline import Analyzer
from newssift.text import Sentence, Span, Token

SCORES = {"digits": 0.95, "words": 0.85, "fraction": 0.85}
SCORE_VAGUE = 0.8
SCORE_YEAR = 0.85
CONNECTORS = frozenset({"-", "–", "—", "to"})
DASHES = frozenset({"-", "–"})
PRONOUN_BEFORE_ONE = frozenset({"the", "this", "that", "no", "any", "every", "each", "which", "only"})
PRONOUN_AFTER_ONE = frozenset({"of", "another", "who", "which", "that", "'s", "’s"})
AGE = "year of age"
CURRENCY_SIGNS = frozenset("$€£₽₴¥₹₪")


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity: its span, label (see the module docstring) and what it counts."""

    start: int
    end: int
    text: str
    label: str
    score: float
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    currency: str | None = None
    approx: bool = False
    rate: str | None = None
    counted: Span | None = None
    counted_text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        counted_span = None
        if self.counted is not None:
            counted_span = {"start": self.counted.start, "end": self.counted.end,
                            "text": self.counted_text}
        return {
            "start": self.start, "end": self.end, "text": self.text, "label": self.label,
            "score": round(self.score, 4), "value": _num(self.value), "low": _num(self.low),
            "high": _num(self.high), "unit": self.unit, "currency": self.currency,
            "approx": self.approx, "rate": self.rate, "counted": counted_span,
        }  # fmt: skip


def _num(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def sentence_quantities(w: Words) -> list[Draft]:
    """Every quantity in one sentence's tokens, left to right, never overlapping."""
    drafts: list[Draft] = []
    i = 0
    starters = _starters()
    candidates = [_may_start(word, starters) for word in w.low]
    while i < len(w):
        if not candidates[i]:
            i += 1
            continue
        draft = (match_time(w, i) or match_date(w, i) or match_ordinal(w, i) or _amount(w, i)
                 or _vague(w, i) or _hyphenated(w, i))
        if draft is None:
            i += 1
            continue
        drafts.append(draft)
        i = max(draft.end, i + 1)
    return drafts


def _may_start(word: str, starters: frozenset[str]) -> bool:
    """A cheap test that a quantity may begin at `word`, before the matchers run."""
    first = word[:1]
    if first.isdigit() or first in CURRENCY_SIGNS or word in starters:
        return True
    return word.split("-", 1)[0] in starters or temporal.base(word) in starters


@cache
def _starters() -> frozenset[str]:
    """Words that can begin a quantity."""
    words = {"a", "an", "half", "between", "from", "us", "mid", "early", "late", "pre", "post"}
    for name, section in [("number_words", "cardinal"), ("number_words", "scale"),
                          ("number_words", "ordinal"), ("number_words", "vague"),
                          ("number_words", "few"), ("dates", "weekday"), ("dates", "month"),
                          ("dates", "relative"), ("dates", "time_word"), ("approximators", ""),
                          ("currencies", "")]:
        words.update(key.split()[0] for key in table(name, section))
    return frozenset(words)


def _approximator(w: Words, i: int) -> tuple[int, str]:
    approximators = table("approximators")
    key, n = w.phrase(i, approximators, longest=3)
    return (i + n, approximators[key]) if n else (i, "")


def _amount(w: Words, i: int) -> Draft | None:
    k, effect = _approximator(w, i)
    if effect:
        other = match_time(w, k) or _vague(w, k)  # "around 10:30", "nearly a few hundred"
        if other is not None:
            other.start, other.approx = i, True
            return other
    lead = w.at(k) if w.at(k) in ("between", "from") else ""
    currency, n = _currency_prefix(w, k + bool(lead))
    first = read_number(w, n)
    if first is None or _not_a_quantity(w, first):
        return None
    second = _range_tail(w, first, lead)
    if lead and second is None:
        return None  # "from 300 people": the number alone is read at the next token
    draft = Draft(i, (second or first).end, "count", SCORES[first.kind], approx=bool(effect))
    _set_values(draft, first, second, effect)
    j = _suffix(w, draft, first, currency)
    _year(w, draft, first, second)
    return _finish(w, draft, j)


def _currency_prefix(w: Words, k: int) -> tuple[str | None, int]:
    """A currency sign or code before the number ("€", "USD", "US$300") and where the number starts."""
    currencies = table("currencies")
    token = w.at(k)
    if token == "us" and w.joined[k] and w.at(k + 1).startswith("$"):
        return "USD", k + 1
    if token.startswith("$"):
        return "USD", k
    if token in currencies and (not token.isalpha() or w.raw(k).isupper()):
        return currencies[token], k + 1
    return None, k


def _not_a_quantity(w: Words, number: Number) -> bool:
    i = number.start
    before, after = w.at(i - 1), w.at(number.end)
    if number.kind == "words" and w.at(i) == "one" and number.end == i + 1:
        return before in PRONOUN_BEFORE_ONE or after in PRONOUN_AFTER_ONE
    previous = w.raw(i - 1)
    identifier = number.plain and i > 1 and previous.isalpha() and previous[:1].isupper()
    return identifier and before not in table("dates", "month") and before not in table("currencies")


def _range_tail(w: Words, first: Number, lead: str) -> Number | None:
    j = first.end
    connector = w.at(j)
    if not (connector in CONNECTORS or (connector == "and" and lead == "between")):
        return None
    if connector == "to" and w.at(j + 1) in ("a", "an", "one"):
        return None
    second = read_number(w, j + 1 + (w.at(j + 1) in table("currencies") and w.at(j + 1) != "to"))
    if second is None or second.kind == "fraction":
        return None
    if connector in DASHES and first.kind != second.kind:
        return None
    return second


def _set_values(draft: Draft, first: Number, second: Number | None, effect: str) -> None:
    low = first.value
    if second is not None:
        if second.scale > 1 and first.scale == 1 and first.value < second.value / second.scale:
            low = first.value * second.scale  # "2 to 3 million"
        draft.low, draft.high = low, second.value
        return
    draft.value = first.value
    if effect == "low":
        draft.low = first.value
    elif effect == "high":
        draft.high = first.value


def _suffix(w: Words, draft: Draft, first: Number, currency: str | None) -> int:
    """Read what follows the number (percent, currency, unit, time unit, age); return the next token."""
    j = draft.end
    percent_key, n = w.phrase(j, table("units", "percent"), longest=2)
    if w.raw(j - 1).endswith("%") or n or first.kind == "fraction":
        _as_percent(draft, first, table("units", "percent").get(percent_key, "percent"))
        return j + n
    currencies = table("currencies")
    key, n = w.phrase(j, currencies, longest=3)
    if n and (key.isalpha() or " " in key or currency):
        currency = currencies[key]
    if currency:
        draft.label, draft.currency = "money", currency
        return j + n
    return _unit_suffix(w, draft, j)


def _as_percent(draft: Draft, first: Number, unit: str) -> None:
    draft.label, draft.unit = "percent", unit
    if first.kind == "fraction":
        draft.unit, draft.value = "fraction", round(first.value * 100, 2)


def _unit_suffix(w: Words, draft: Draft, j: int) -> int:
    units, time_units = table("units", "unit"), table("units", "time")
    key, n = w.phrase(j, units, longest=3)
    if n:
        draft.label, draft.unit = "measure", units[key]
        return j + n
    if w.at(j) in DASHES and w.joined[j - 1] and w.joined[j]:  # "16-year-old", "10-day"
        parts = w.at(j + 1).split("-")
        if parts[0] in time_units:
            old = parts[-1] == "old"
            draft.label = "measure" if old else "duration"
            draft.unit = AGE if old else time_units[parts[0]]
            return j + 2
    if w.at(j) in time_units:
        draft.label, draft.unit = "duration", time_units[w.at(j)]
        if w.at(j + 1) == "old":
            draft.label, draft.unit = "measure", AGE
            return j + 2
        return j + 1
    return j


def _year(w: Words, draft: Draft, first: Number, second: Number | None) -> None:
    """A year-like count in a date context becomes a date."""
    if draft.label != "count" or not is_year(first) or (second is not None and not is_year(second)):
        return
    before = w.at(draft.start - 1)
    after, raw_after = w.at(draft.end), w.raw(draft.end)
    cue = before in table("dates", "cue") or before in table("dates", "month")
    plain_noun = counted.wordlike(raw_after) and raw_after[:1].islower() \
        and after not in lexicons.load("np_stops")
    if cue or not plain_noun:
        draft.label, draft.score = "date", SCORE_YEAR


def _finish(w: Words, draft: Draft, j: int) -> Draft:
    """Take a rate and the counted noun after token `j`; set the draft's end."""
    if draft.label in ("date", "time", "duration", "ordinal"):
        draft.end = max(draft.end, j)
        return draft
    rate, n = counted.rate_after(w, j)
    if not n:
        draft.counted = _counted(w, draft, j)
        if draft.counted is not None:
            rate, n = counted.rate_after(w, draft.counted[1])
            n = 0  # the rate after the counted noun stays outside the quantity's span
    if not rate and draft.label in ("money", "measure"):
        rate = counted.rate_before(w, draft.start)
    draft.rate = rate or None
    draft.end = j + n
    return draft


def _counted(w: Words, draft: Draft, j: int) -> tuple[int, int] | None:
    if draft.label == "count":
        return counted.forward(w, j, mode="count")
    found = counted.forward(w, j, mode="money" if draft.label == "money" else "share")
    return found or counted.backward(w, draft.start)


def _vague(w: Words, i: int) -> Draft | None:
    """ "thousands of", "tens of thousands", "dozens", "a few hundred", "several thousand"."""
    scales = {**number_values("number_words", "scale"), "dozen": 12.0}
    few = number_values("number_words", "few")
    key, n = w.phrase(i, few, longest=3)
    if n and w.at(i + n) in scales:
        scale = scales[w.at(i + n)]
        draft = Draft(i, i + n + 1, "count", SCORE_VAGUE, low=few[key] * scale, high=9 * scale,
                      approx=True)
        return _finish(w, draft, draft.end)
    vague = number_values("number_words", "vague")
    key, n = w.phrase(i, vague, longest=3)
    if not n or (key == "scores" and w.at(i + n) != "of"):
        return None
    draft = Draft(i, i + n, "count", SCORE_VAGUE, low=vague[key], approx=True)
    currencies = table("currencies")
    money, m = w.phrase(i + n + 1, currencies, longest=3) if w.at(i + n) == "of" else ("", 0)
    if m and money.isalpha():  # "millions of dollars" is money, not a count of dollars
        draft.label, draft.currency = "money", currencies[money]
        return _finish(w, draft, i + n + 1 + m)
    return _finish(w, draft, i + n)


def _hyphenated(w: Words, i: int) -> Draft | None:
    """Number-word compounds: "five-year" (duration), "three-kilometre" (measure), "ten-year-old"."""
    parts = w.at(i).split("-")
    value = cardinal(parts[0]) if len(parts) > 1 else None
    if value is None:
        return None
    time_units, units = table("units", "time"), table("units", "unit")
    if parts[1] in time_units:
        if parts[-1] == "old":
            return Draft(i, i + 1, "measure", SCORES["words"], value=value, unit=AGE)
        return Draft(i, i + 1, "duration", SCORES["words"], value=value,
                     unit=time_units[parts[1]])
    if parts[1] in units:
        return Draft(i, i + 1, "measure", SCORES["words"], value=value, unit=units[parts[1]])
    return None


def find_quantities(text: str, sentences: Sequence[Sentence], tokens: Sequence[Token]) -> list[Quantity]:
    """Every quantity of `text`, sentence by sentence (spans are offsets into `text`)."""
    found: list[Quantity] = []
    for sentence in sentences:
        sentence_tokens = tokens[sentence.token_start : sentence.token_end]
        w = Words.of(sentence_tokens)
        found.extend(_quantity(text, w, d) for d in sentence_quantities(w))
    return found


def _quantity(text: str, w: Words, d: Draft) -> Quantity:
    start, end = w.tokens[d.start].start, w.tokens[d.end - 1].end
    counted_span = None
    if d.counted is not None:
        counted_span = Span(w.tokens[d.counted[0]].start, w.tokens[d.counted[1] - 1].end)
    return Quantity(
        start, end, text[start:end], d.label, d.score, d.value, d.low, d.high, d.unit, d.currency,
        d.approx, d.rate, counted_span, counted_span.slice(text) if counted_span else None)


class QuantitiesAnalyzer(Analyzer):
    """Assigns `quantities`: numbers with what they measure (see the module docstring)."""

    name: ClassVar[str] = "quantities"
    requires: ClassVar[tuple[str, ...]] = ("sentences", "tokens")
    assigns: ClassVar[tuple[str, ...]] = ("quantities",)

    def __call__(self, analysis: Analysis) -> Analysis:
        analysis.layers["quantities"] = find_quantities(
            analysis.text, analysis.sentences, analysis.tokens)
        return analysis

