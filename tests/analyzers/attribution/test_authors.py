""""The authors wrote …" is a person source, joined to the study's named author when the text names one."""

from __future__ import annotations

import pytest

from newssift.analyzers.attribution.authors import study_authors
from newssift.analyzers.attribution.sources import classify
from tests.analyzers.attribution.roles import build_tagged


@pytest.mark.parametrize(("phrase", "role"), [
    ("The authors", "authors"), ("the study's authors", "study's authors"), ("its authors", "authors"),
    ("the lead author", "lead author"),
])
def test_a_definite_author_noun_is_a_person(phrase: str, role: str) -> None:
    t = study_authors(phrase, 0, phrase, classify(phrase))
    assert t is not None and (t.kind, t.role, t.name) == ("person", role, None)


def test_bare_authors_stay_with_the_other_rules() -> None:
    assert study_authors("Authors", 0, "Authors", classify("Authors")) is None


@pytest.mark.parametrize("opening", [
    "Researchers at Varne University, led by Dr. Ilse Korr, tracked 400 swimmers for a year.",
    "Ilse Korr, the study's lead author, tracked 400 swimmers for a year.",
    "The team, which included lead author Ilse Korr, tracked 400 swimmers for a year.",
])
def test_the_authors_take_the_name_of_the_author_named_before(opening: str) -> None:
    text = opening + " The authors wrote that more work was needed."
    (s,), sources = build_tagged(text, [("source", "The authors"), ("cue", "wrote"),
                                       ("content", "that more work was needed")])
    assert (s.source.kind, sources[0].name) == ("person", "Ilse Korr")


def test_they_after_the_authors_refers_back_to_them() -> None:
    text = ("The authors wrote that the link held, but they cautioned that the study could not prove "
            "a cause.")
    statements, sources = build_tagged(text, [
        ("source", "The authors"), ("cue", "wrote"), ("content", "that the link held"), ("source", "they"),
        ("cue", "cautioned"), ("content", "that the study could not prove a cause")])
    assert [s.source.kind for s in statements] == ["person", "person"]
    assert len(sources) == 1 and sources[0].name == "authors"
