"""Typing reads the words that name a source: no intensive, no "who" clause; a named part is a person;
typing-only nouns for offices, bodies and documents."""

from __future__ import annotations

import pytest

from newssift.analyzers.attribution.sources import classify


@pytest.mark.parametrize(("phrase", "kind", "name"), [
    ("Marwick herself", "person", "Marwick"),
    ("One of the survivors, Alasdair Coombe, who was 19 at the time,", "person", "Alasdair Coombe"),
    ("Northfell Water's operations director, Piet Achterberg, who gave evidence after lunch,", "person",
     "Piet Achterberg"),
    ("The documents, which include laboratory reports and emails,", "document", "documents"),
    ("Tallis Polymers, which employs 450 people,", "organisation", "Tallis Polymers"),  # which: a company
    ("One of them", "anonymous", "One of them"),
    ("The head of the Varnholt water regulator", "person", None),
    ("a head of department", "anonymous", None),
    ("the committee's chair", "person", None),
    ("The sport's world governing body", "organisation", None),
    ("Brennic's team, Velox-Marin,", "organisation", "Velox-Marin"),
    ("a notice posted on the company's website", "document", None),
    ("the written submission", "document", None),
    ("Internal test logs seen by the Tribune", "document", None),
    # a body described, then named by its kind and name after a comma
    ("The bank's largest shareholder, the investment firm Halden Partners,", "organisation", "Halden Partners"),
    ("Its main rival, the supermarket chain Brava,", "organisation", "Brava"),
    ("Her lawyer, the veteran barrister Ana Holm,", "person", "Ana Holm"),  # a person: not a body
    ("The regulator, the Financial Conduct Board,", "organisation", "Financial Conduct Board"),
])
def test_a_source_is_typed_by_the_words_that_name_it(phrase: str, kind: str, name: str | None) -> None:
    typed = classify(phrase)
    assert typed.kind == kind
    assert name is None or typed.name == name
