"""The `quantities` analyzer: digits, number words, ranges, currencies, units, rates, approximations,
dates and times, ordinals, and the noun each quantity counts."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newssift.analysis import Analysis
from newssift.analyzers.quantities import QuantitiesAnalyzer
from newssift.pipeline import Pipeline
from newssift.schema import check_spans, validate
from newssift.text import Article


def quantities_of(text: str) -> list[dict[str, Any]]:
    analysis = QuantitiesAnalyzer()(Analysis.of(Article(text)))
    return analysis.to_dict()["quantities"]


def only(text: str) -> dict[str, Any]:
    [quantity] = quantities_of(text)
    return quantity


def subset(found: dict[str, Any], expected: dict[str, Any]) -> dict[str, Any]:
    """The fields of `found` named in `expected`, `counted` reduced to its text."""
    out = {k: found[k] for k in expected}
    if "counted" in out and out["counted"] is not None:
        out["counted"] = out["counted"]["text"]
    return out


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials said 16,000 reservists were called up.",
     {"text": "16,000", "label": "count", "value": 16000, "counted": "reservists"}),
    ("The pipeline carries 3.5 units.", {"text": "3.5", "value": 3.5}),
    ("The city has 1.2 million inhabitants.",
     {"text": "1.2 million", "value": 1_200_000, "counted": "inhabitants"}),
    ("The army said sixteen thousand reservists were ready.",
     {"text": "sixteen thousand", "value": 16000, "counted": "reservists"}),
    ("Two dozen police officers guarded the court.",
     {"text": "Two dozen", "value": 24, "counted": "police officers"}),
    ("Officials counted two hundred and fifty thousand ballots.",
     {"text": "two hundred and fifty thousand", "value": 250_000, "counted": "ballots"}),
    ("Half a million people signed the petition.",
     {"text": "Half a million", "value": 500_000, "counted": "people"}),
    ("Officials said 16,000 “volunteers” were ready.",
     {"text": "16,000", "counted": "volunteers"}),
    ('Two unnamed US officials confirmed it.', {"text": "Two", "counted": "unnamed US officials"}),
])
def test_reads_counts(text: str, expected: dict[str, Any]) -> None:
    assert subset(only(text), expected) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Recruits earn between 300 and 600 dollars.",
     {"text": "between 300 and 600 dollars", "label": "money", "value": None, "low": 300,
      "high": 600, "currency": "USD"}),
    ("Fighters are paid $300–600 a month.",
     {"text": "$300–600 a month", "low": 300, "high": 600, "currency": "USD", "rate": "month"}),
    ("Officers get 300 to 600 euros per day.",
     {"low": 300, "high": 600, "currency": "EUR", "rate": "day"}),
    ("The firm lost €5bn.", {"text": "€5bn", "value": 5e9, "currency": "EUR"}),
    ("The loan was £3m.", {"text": "£3m", "value": 3e6, "currency": "GBP"}),
    ("He earns 20,000 rubles monthly.", {"currency": "RUB", "rate": "month"}),
    ("The deal is worth USD 250.", {"text": "USD 250", "value": 250, "currency": "USD"}),
    ("Donors pledged $5m in aid.", {"text": "$5m", "counted": "aid"}),
    ("Militias offer monthly salaries ranging between 300 and 600 dollars, officials said.",
     {"text": "between 300 and 600 dollars", "label": "money", "low": 300, "high": 600,
      "rate": "month", "counted": "salaries"}),
    ("Millions of dollars were spent.",
     {"text": "Millions of dollars", "label": "money", "low": 2e6, "value": None, "approx": True}),
])
def test_reads_money_ranges_and_rates(text: str, expected: dict[str, Any]) -> None:
    assert subset(only(text), {"label": "money", **expected}) == {"label": "money", **expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("Prices rose 3.5 percent.", {"text": "3.5 percent", "label": "percent", "value": 3.5}),
    ("Prices rose 12 per cent.", {"text": "12 per cent", "label": "percent", "value": 12}),
    ("Turnout was 45%.", {"text": "45%", "label": "percent", "value": 45}),
    ("Support fell 3 percentage points.", {"label": "percent", "unit": "percentage point"}),
    ("Nearly 40% of voters stayed home.",
     {"text": "Nearly 40%", "approx": True, "high": 40, "counted": "voters"}),
    ("A third of the residents have left.",
     {"text": "A third", "label": "percent", "unit": "fraction", "value": 33.33,
      "counted": "residents"}),
    ("Two-thirds of the wells are dry.", {"value": 66.67, "counted": "wells"}),
])
def test_reads_percentages_and_shares(text: str, expected: dict[str, Any]) -> None:
    assert subset(only(text), expected) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The convoy travelled 40 km.", {"text": "40 km", "label": "measure", "unit": "km"}),
    ("It drove 12 miles.", {"label": "measure", "unit": "mile", "value": 12}),
    ("Ships carried 200 tonnes of wheat.",
     {"text": "200 tonnes", "unit": "tonne", "counted": "wheat"}),
    ("The fighting lasted three years.",
     {"text": "three years", "label": "duration", "unit": "year", "value": 3}),
    ("A 10-day truce began.", {"text": "10-day", "label": "duration", "unit": "day"}),
    ("A five-year plan was announced.", {"text": "five-year", "label": "duration", "value": 5}),
    ("A 16-year-old boy was hurt.", {"text": "16-year-old", "label": "measure",
                                     "unit": "year of age", "value": 16}),
])
def test_reads_units_and_durations(text: str, expected: dict[str, Any]) -> None:
    assert subset(only(text), expected) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("About 300 people were evacuated.",
     {"text": "About 300", "value": 300, "approx": True, "low": None, "counted": "people"}),
    ("More than 1,500 homes were damaged.",
     {"text": "More than 1,500", "low": 1500, "high": None, "approx": True, "counted": "homes"}),
    ("At least 12 schools were hit.", {"low": 12, "approx": True, "counted": "schools"}),
    ("Up to 40 trucks crossed.", {"high": 40, "approx": True, "counted": "trucks"}),
    ("The regime recruits thousands of young men from the militias.",
     {"text": "thousands", "value": None, "low": 2000, "approx": True, "counted": "young men"}),
    ("Rallies drew thousands of members of local militias.",
     {"text": "thousands", "counted": "members"}),
    ("The video showed hundreds of mercenaries of the regime.",
     {"text": "hundreds", "low": 200, "counted": "mercenaries"}),
    ("Dozens of protesters gathered.", {"text": "Dozens", "low": 24, "counted": "protesters"}),
    ("Tens of thousands of supporters marched.",
     {"text": "Tens of thousands", "low": 20000, "counted": "supporters"}),
    ("Several hundred stayed behind.",
     {"text": "Several hundred", "low": 300, "high": 900, "counted": None}),
])
def test_reads_approximations(text: str, expected: dict[str, Any]) -> None:
    assert subset(only(text), {"label": "count", **expected}) == {"label": "count", **expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister spoke on Friday.", [("Friday", "date")]),
    ("Friday's meeting was short.", [("Friday's", "date")]),
    ("Talks resumed on March 3.", [("March 3", "date")]),
    ("Talks resumed on March 3, 2022.", [("March 3, 2022", "date")]),
    ("Talks resumed on 3 March 2022.", [("3 March 2022", "date")]),
    ("Talks resumed in March.", [("March", "date")]),
    ("The war began in 2019.", [("2019", "date")]),
    ("2022 was a hard year.", [("2022", "date")]),
    ("The 2022 elections were close.", [("2022", "date")]),
    ("The 1990s were hard.", [("1990s", "date")]),
    ("Prices have not been this high since the ’90s.", [("’90s", "date")]),
    ("The decree is dated 2022-03-04.", [("2022-03-04", "date")]),
    ("Growth stalled in mid-2019.", [("mid-2019", "date")]),
    ("Shelling started at 10:30.", [("10:30", "time")]),
    ("Shelling started at 10 a.m. yesterday.", [("10 a.m.", "time"), ("yesterday", "date")]),
    ("It ended at midnight.", [("midnight", "time")]),
    ("It was the fifth attempt.", [("fifth", "ordinal")]),
    ("He finished 21st.", [("21st", "ordinal")]),
    ("The 21st century has seen worse.", [("21st century", "date")]),
    ("Officials sent 2000 soldiers.", [("2000", "count")]),
])
def test_dates_and_times_are_kept_apart_from_counts(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(q["text"], q["label"]) for q in quantities_of(text)] == expected


@pytest.mark.parametrize("text", [
    "On the one hand, prices fell.",
    "One of the officials resigned.",
    "The council cited Resolution 2254 again.",
    "The Fifth Corps moved north.",
    "Over the river, the march went on.",
    "She paid some attention to the decree.",
])
def test_words_that_only_look_like_quantities_are_skipped(text: str) -> None:
    assert quantities_of(text) == []


def test_sample_article_quantities(sample_text: str) -> None:
    doc = Pipeline([QuantitiesAnalyzer()])(Article(sample_text)).to_dict()
    validate(doc)
    check_spans(doc)
    found = [(q["text"], q["label"], q["counted"]["text"] if q["counted"] else None)
             for q in doc["quantities"]]
    assert found == [
        ("16,000", "count", "volunteers"),
        ("Friday", "date", None),
        ("16,000", "count", "volunteers"),
        ("between 300 and 600 dollars", "money", "salaries"),
    ]
    assert doc["quantities"][-1]["rate"] == "month"


NUMBERISH = st.sampled_from([
    "16,000", "3.5", "$300", "–", "-", "600", "dollars", "a", "month", "of", "thousands", "two",
    "dozen", "about", "between", "and", "March", "3", "Friday", "10:30", "%", "percent", "km",
    "men", "“", "”", "young", ".", ",", "\n\n", "’", "90", "s", "1990", "year-old", "21", "st",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(NUMBERISH, max_size=25).map(" ".join))
def test_every_finding_is_an_exact_slice(text: str) -> None:
    for q in quantities_of(text):
        assert q["text"] == text[q["start"] : q["end"]]
        assert 0 <= q["score"] <= 1
        if q["counted"] is not None:
            counted = q["counted"]
            assert counted["text"] == text[counted["start"] : counted["end"]]
