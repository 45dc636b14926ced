"""Dates, times and ordinals for the `quantities` analyzer, read from a sentence's tokens.

Dates: weekdays ("Friday", "Friday's"), today / yesterday / tomorrow, "March 3", "March 3, 2022",
"3 March 2022", "3rd of March", "March 2022", a bare month after a cue ("in March"), numeric dates
("3/4/2022", "2022-03-04"), decades ("1990s", "’90s"), "mid-2019", "21st century". Years are read in
`quantities` (a four-digit number is a year only in a date context). Times: "10:30", "10 a.m.",
"10pm", "ten o'clock", "noon", "midnight". Ordinals: "21st", "3rd", "fifth" (a capitalised ordinal
inside a sentence is taken for part of a name, "the Fifth Corps", and skipped).

Every date and time has `value` null (a year alone excepted, in `quantities`); the text is the finding.
Limits: a capitalised month or weekday is trusted (a person called April after "in" is a date); "May"
is a date only beside a day, a year or a cue; week numbers, seasons and relative phrases ("last week",
"two days ago") are not dates.
"""

from __future__ import annotations

import re

from newssift.analyzers.numbers import Draft, Words, parse_digits, table, values

CLOCK_RE = re.compile(r"\d{1,2}[:.]\d{2}")
SCORE_DATE = 0.95
SCORE_BARE_MONTH = 0.8
SCORE_TIME = 0.95
SCORE_ORDINAL_DIGITS = 0.9
SCORE_ORDINAL_WORD = 0.75


def base(word: str) -> str:
    """`word` without a possessive 's ("friday's" → "friday")."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _day(w: Words, i: int) -> int:
    """Tokens of a day of the month at `i` ("3", "3rd"), 0 if none."""
    token = w.at(i)
    if not token.isdigit() or not 1 <= int(token) <= 31:
        return 0
    suffix = w.joined[i] and w.at(i + 1) in table("number_words", "ordinal_suffix")
    return 2 if suffix else 1


def _year_at(w: Words, i: int) -> bool:
    return bool(re.fullmatch(r"1[89]\d\d|20\d\d", w.at(i)))


def _month(w: Words, i: int) -> bool:
    word = w.at(i)
    if word not in table("dates", "month") or not w.raw(i)[:1].isupper():
        return False
    if len(word) <= 4 and word not in ("may", "june", "july"):  # an abbreviation: "Jan." or "Jan 3"
        return w.at(i + 1) == "." or w.at(i + 1)[:1].isdigit()
    return True


def match_time(w: Words, i: int) -> Draft | None:
    """A clock time at token `i`."""
    clock = table("dates", "clock")
    token = w.at(i)
    if token in table("dates", "time_word"):
        return Draft(i, i + 1, "time", SCORE_TIME)
    if re.fullmatch(r"\d{1,2}:\d{2}", token):
        return Draft(i, i + 1 + (w.at(i + 1) in clock), "time", SCORE_TIME)
    number = parse_digits(token) if token[:1].isdigit() else None
    hour = (number is not None and number <= 24) or CLOCK_RE.fullmatch(token)
    if hour and w.at(i + 1) in clock:
        return Draft(i, i + 2, "time", SCORE_TIME)
    if token in values("number_words", "cardinal") and w.at(i + 1) == "o'clock":
        return Draft(i, i + 2, "time", SCORE_TIME)
    return None


def match_date(w: Words, i: int) -> Draft | None:
    """A date at token `i` (see the module docstring)."""
    word = base(w.at(i))
    if word in table("dates", "weekday") and w.raw(i)[:1].isupper():
        return Draft(i, i + 1, "date", SCORE_DATE)
    if word in table("dates", "relative"):
        return Draft(i, i + 1, "date", SCORE_DATE)
    if _month(w, i):
        return _month_first(w, i)
    return _day_first(w, i) or _numeric(w, i) or _decade(w, i) or _prefixed_year(w, i)


def _abbreviated(w: Words, i: int) -> bool:
    """A month abbreviation ("Jan.") whose period is part of it."""
    return len(w.at(i)) <= 4 and w.at(i) not in ("may", "june", "july") and w.at(i + 1) == "." \
        and w.joined[i]


def _month_first(w: Words, i: int) -> Draft | None:
    end = i + 1 + _abbreviated(w, i)
    day = _day(w, end)
    if day:
        end += day
        if w.at(end) == "," and _year_at(w, end + 1):
            end += 2
        elif _year_at(w, end):
            end += 1
        return Draft(i, end, "date", SCORE_DATE)
    if _year_at(w, end):
        return Draft(i, end + 1, "date", SCORE_DATE)
    if w.at(i - 1) in table("dates", "cue"):
        return Draft(i, end, "date", SCORE_BARE_MONTH)
    return None


def _day_first(w: Words, i: int) -> Draft | None:
    day = _day(w, i)
    if not day:
        return None
    end = i + day + (w.at(i + day) == "of")
    if not _month(w, end):
        return None
    end += 1 + _abbreviated(w, end)
    return Draft(i, end + _year_at(w, end), "date", SCORE_DATE)


def _numeric(w: Words, i: int) -> Draft | None:
    """ "3/4/2022" or "2022-03-04": five joined tokens."""
    parts = [w.at(i + k) for k in range(5)]
    if not all(w.joined[i : i + 4]) or parts[1] != parts[3] or parts[1] not in ("/", "-"):
        return None
    if not all(p.isdigit() for p in parts[::2]):
        return None
    iso = parts[1] == "-" and len(parts[0]) == 4
    slashed = parts[1] == "/" and len(parts[0]) <= 2 and len(parts[4]) in (2, 4)
    return Draft(i, i + 5, "date", SCORE_DATE) if iso or slashed else None


def _decade(w: Words, i: int) -> Draft | None:
    """ "1990s", "the ’90s" (the apostrophe is its own token)."""
    token = w.at(i)
    if w.at(i + 1) != "s" or not w.joined[i] or not token.isdigit() or not token.endswith("0"):
        return None
    if len(token) == 4 and _year_at(w, i):
        return Draft(i, i + 2, "date", SCORE_DATE)
    if len(token) == 2 and w.at(i - 1) in ("'", "’") and w.joined[i - 1]:
        return Draft(i - 1, i + 2, "date", SCORE_DATE)
    return None


def _prefixed_year(w: Words, i: int) -> Draft | None:
    """ "mid-2019", "late-1990s" are single tokens."""
    head, _, year = w.at(i).partition("-")
    if head in ("mid", "early", "late", "pre", "post") and re.fullmatch(r"(1[89]|20)\d\d(s)?", year):
        return Draft(i, i + 1, "date", SCORE_DATE)
    return None


def match_ordinal(w: Words, i: int) -> Draft | None:
    """ "21st", "3rd", "fifth"; "21st century" is a date."""
    token = w.at(i)
    suffixes = table("number_words", "ordinal_suffix")
    if token.isdigit() and w.joined[i] and w.at(i + 1) in suffixes:
        if w.at(i + 2) in ("century", "centuries"):
            return Draft(i, i + 3, "date", SCORE_DATE)
        return Draft(i, i + 2, "ordinal", SCORE_ORDINAL_DIGITS, value=float(token))
    ordinals = values("number_words", "ordinal")
    if token in ordinals and not (i > 0 and w.raw(i)[:1].isupper()):
        if w.at(i + 1) in ("century", "centuries"):
            return Draft(i, i + 2, "date", SCORE_DATE)
        return Draft(i, i + 1, "ordinal", SCORE_ORDINAL_WORD, value=ordinals[token])
    return None
