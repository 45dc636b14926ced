"""'Two officials said …; one of them said …': one source, the group."""

from __future__ import annotations

from tests.analyzers.attribution.roles import build_tagged


def test_one_of_them_joins_the_plural_group_before_it() -> None:
    text = ("Two officials at the port said the cranes had failed. "
            "One of them told reporters repairs would take a month.")
    _, sources = build_tagged(text, [("source", "Two officials at the port"), ("cue", "said"),
                                     ("content", "the cranes had failed"), ("source", "One of them"),
                                     ("cue", "told"), ("content", "repairs would take a month")])
    assert [(s.name, s.kind, len(s.mentions)) for s in sources] == [("Two officials", "anonymous", 2)]


def test_one_of_them_with_no_group_before_it_stays_a_source_of_its_own() -> None:
    text = "A port official said the cranes had failed. One of them told us repairs would take a month."
    _, sources = build_tagged(text, [("source", "A port official"), ("cue", "said"),
                                     ("content", "the cranes had failed"), ("source", "One of them"),
                                     ("cue", "told us"), ("content", "repairs would take a month")])
    assert len(sources) == 2
