"""A capitalised name ending in a wire word, alone or before a lower-case "agency", is a news agency."""

from __future__ import annotations

import pytest

from newssift.analyzers.attribution.sources import classify
from tests.analyzers.attribution.roles import build_tagged


@pytest.mark.parametrize(("phrase", "kind", "name"), [
    ("the Norpress agency", "media", "Norpress"),
    ("Tarpress", "media", "Tarpress"),
    ("the Baltic Newswire agency", "media", "Baltic Newswire"),
    ("the Interfax news service", "media", None),
    ("the Environment Agency", "organisation", None),  # a capitalised "Agency" is a public body's name
    ("the Frontex agency", "organisation", None),  # no wire word in the name
    ("Press", "person", None),  # no coined name: the ending alone
])
def test_a_coined_wire_name_is_a_news_agency(phrase: str, kind: str, name: str | None) -> None:
    typed = classify(phrase)
    assert typed.kind == kind
    assert name is None or typed.name == name


def test_the_agency_and_its_bare_name_are_one_media_source() -> None:
    text = "Tarpress reported that the bridge had collapsed. The Tarpress agency later said six people died."
    statements, sources = build_tagged(text, [
        ("source", "Tarpress"), ("cue", "reported"), ("content", "that the bridge had collapsed"),
        ("source", "The Tarpress agency"), ("cue", "said"), ("content", "six people died")])
    assert [s.source.kind for s in statements] == ["media", "media"]
    assert len(sources) == 1
