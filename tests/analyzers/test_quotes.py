"""The `quotes` analyzer: marks, apostrophes, nesting, paragraphs, unbalanced marks, scare quotes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newssift.analysis import Analysis
from newssift.analyzers.quotes import QuotesAnalyzer, find_quotes
from newssift.pipeline import Pipeline
from newssift.schema import check_spans, validate
from newssift.text import Article, Span


def quotes_of(text: str) -> list[dict]:
    analysis = QuotesAnalyzer()(Analysis.of(Article(text)))
    return analysis.to_dict()["quotes"]


def texts(text: str) -> list[str]:
    return [q["text"] for q in quotes_of(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ('The mayor said "we will rebuild the bridge by spring" on Monday.',
     ['"we will rebuild the bridge by spring"']),
    ("“We have no fuel left,” a nurse at the clinic said.", ["“We have no fuel left,”"]),
    ("The ministry denied the report: ‘There is no shortage of bread in the capital.’",
     ["‘There is no shortage of bread in the capital.’"]),
    ("The envoy said «the talks are over» and left the room.", ["«the talks are over»"]),
    ("The envoy said »the talks are over« and left the room.", ["»the talks are over«"]),
    ("„Wir bleiben hier“, sagte der Bürgermeister.", ["„Wir bleiben hier“"]),
    ('They were told: "Go home."And most of them did.', ['"Go home."']),
    ("Two quotes: “first one” and then “a second, longer one.”",
     ["“first one”", "“a second, longer one.”"]),
])
def test_finds_quoted_spans_with_their_marks(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize("text", [
    "The regime’s officials don’t agree with the plan.",
    "Prices have not been this high since the ’90s, traders say.",
    "The students’ union and the teachers’ union met on Friday.",
    "It's the army's third retreat since '22, and officers won't say why.",
    "O’Neill’s office said the ministry’s figures were wrong.",
])
def test_apostrophes_are_not_quotes(text: str) -> None:
    assert quotes_of(text) == []


@pytest.mark.parametrize(("text", "outer", "inner"), [
    ("“The captain told us ‘nobody leaves the port’ and locked the gate,” a sailor said.",
     "“The captain told us ‘nobody leaves the port’ and locked the gate,”",
     "‘nobody leaves the port’"),
    ("\"He kept saying 'stay calm' until the lights went out,\" she recalled.",
     "\"He kept saying 'stay calm' until the lights went out,\"", "'stay calm'"),
])
def test_nested_quote_is_kept_inside_the_outer_one(text: str, outer: str, inner: str) -> None:
    found = quotes_of(text)
    assert [(q["text"], q["nested"]) for q in found] == [(outer, False), (inner, True)]
    assert found[0]["label"] == "quote"


def test_quote_running_over_paragraphs_is_one_quote() -> None:
    text = (
        "Bakers warn of shortages\n\n"
        "“Flour costs twice what it did in spring. We cannot keep prices where they are.\n\n"
        "“If nothing changes, half the bakeries on this street will close,” one owner said.\n\n"
        "The ministry did not comment."
    )
    [quote] = quotes_of(text)
    assert quote["paragraphs"] == 2 and not quote["uncertain"]
    assert quote["text"].startswith("“Flour") and quote["text"].endswith("will close,”")
    assert quote["inner"]["text"].startswith("Flour")


def test_quote_spanning_sentences_in_one_paragraph() -> None:
    [quote] = quotes_of("He said: “The road is open. Trucks can pass. We are relieved.” Then he left.")
    assert quote["text"] == "“The road is open. Trucks can pass. We are relieved.”"
    assert quote["paragraphs"] == 1


@pytest.mark.parametrize(("text", "expected_text", "open_mark", "close_mark"), [
    ("The governor said “we will not evacuate the town. Nobody is leaving.\n\nLater he left.",
     "“we will not evacuate the town. Nobody is leaving.", "“", None),
    ("Farmers are angry. We were promised seed and got nothing,” a farmer said.",
     "We were promised seed and got nothing,”", None, "”"),
    ('"An opening straight mark that is never closed by anyone.',
     '"An opening straight mark that is never closed by anyone.', '"', None),
])
def test_unbalanced_marks_are_reported_as_uncertain(
    text: str, expected_text: str, open_mark: str | None, close_mark: str | None
) -> None:
    [quote] = quotes_of(text)
    assert quote["text"] == expected_text
    assert (quote["open_mark"], quote["close_mark"]) == (open_mark, close_mark)
    assert quote["uncertain"] and quote["reason"] and quote["score"] < 0.5


def test_detached_punctuation_after_a_quote_is_flagged() -> None:
    text = 'Recruits were promised pay and "bonuses after the fighting." . From the front.'
    [quote] = quotes_of(text)
    assert quote["text"] == '"bonuses after the fighting."'
    assert quote["uncertain"] and "detached punctuation" in quote["reason"]


@pytest.mark.parametrize(("text", "label"), [
    ("The army called them “volunteers” in its statement.", "scare_quote"),
    ('The ruling "Baath" party held a rally.', "scare_quote"),
    ("The offer came with “generous cash rewards” attached.", "scare_quote"),
    ("“No,” the minister said.", "quote"),
    ("He said the plan was “a disaster for everyone involved”.", "quote"),
])
def test_short_quotes_are_labelled_scare_quotes(text: str, label: str) -> None:
    [quote] = quotes_of(text)
    assert quote["label"] == label


def test_quote_in_the_title_is_found() -> None:
    text = "Minister calls recruits ‘volunteers’\n\nThe minister spoke on Friday."
    assert texts(text) == ["‘volunteers’"]


def test_findings_match_the_schema_and_text(sample_text: str) -> None:
    analysis = Pipeline([QuotesAnalyzer()])(Article(sample_text))
    doc = analysis.to_dict()
    validate(doc)
    check_spans(doc)
    assert [q["label"] for q in doc["quotes"]] == ["scare_quote", "quote"]


def test_find_quotes_without_segmentation() -> None:
    text = 'He said "yes."'
    [quote] = find_quotes(text, [Span(0, len(text))])
    assert quote.text == '"yes."' and quote.inner_text == "yes."


QUOTE_ALPHABET = st.sampled_from([*"ab .,\n'\"“”‘’«»", "don’t", "\n\n", "Word", " 16,000"])


@settings(max_examples=200, deadline=None)
@given(st.lists(QUOTE_ALPHABET, max_size=40).map("".join))
def test_every_finding_is_an_exact_slice(text: str) -> None:
    for q in quotes_of(text):
        assert q["text"] == text[q["start"] : q["end"]]
        assert q["inner"]["text"] == text[q["inner"]["start"] : q["inner"]["end"]]
        assert 0 <= q["score"] <= 1 and q["paragraphs"] >= 1
        assert q["uncertain"] == (q["reason"] is not None)
