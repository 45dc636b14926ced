"""'The survey's authors, led by Dr. Mira Castell, said …': the group that opens the sentence is the source."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import build_tagged


@pytest.mark.parametrize(("text", "tagged", "source", "name"), [
    ("The survey's authors, led by hydrologist Dr. Mira Castell of Lundby University, said that their "
     "sensors had been calibrated.", "hydrologist Dr. Mira Castell of Lundby University",
     "The survey's authors, led by hydrologist Dr. Mira Castell of Lundby University", "Mira Castell"),
    ("A team of engineers, led by Ana Berg, said that the bridge was unsafe.", "Ana Berg",
     "A team of engineers, led by Ana Berg", None),
])
def test_the_group_a_leader_leads_is_the_source(text: str, tagged: str, source: str, name: str | None) -> None:
    content = text[text.index("that ") : -1]
    (s,), sources = build_tagged(text, [("source", tagged), ("cue", "said"), ("content", content)])
    assert s.source.text == source
    assert name is None or sources[0].name == name


def test_a_leader_named_in_the_middle_of_a_sentence_keeps_the_tagged_source() -> None:
    text = "On Monday the panel, led by Ana Berg, said that the bridge was unsafe."
    (s,), _ = build_tagged(text, [("source", "Ana Berg"), ("cue", "said"),
                                  ("content", "that the bridge was unsafe")])
    assert s.source.text == "Ana Berg"
