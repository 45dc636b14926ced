"""'Kaya Moreno is said to be heartbroken': the subject of a passive reporting verb is no source."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.statements import build
from newssift.text import Article
from tests.analyzers.attribution.roles import built, role_span


@pytest.mark.parametrize(("text", "source", "cue", "content", "expected"), [
    ("Singer Kaya Moreno is said to be heartbroken.", "Singer Kaya Moreno", "is said", "to be heartbroken",
     (None, ["Singer Kaya Moreno", "to be heartbroken"])),
    ("Councillors will be told that there is no alternative.", "Councillors", "will be told",
     "that there is no alternative", (None, ["that there is no alternative"])),
    ("The source added that she begged, but was told the money was gone.", "The source", "was told",
     "the money was gone", (None, ["the money was gone"])),  # "told": the subject is never the speaker
    ("Councillors were told by the mayor that cuts loom.", "Councillors", "were told",
     "that cuts loom", ("Councillors", ["that cuts loom"])),  # an agent: left to the tagger
    ("Rovers are also said to be watching two defenders.", "Rovers", "are also said",
     "to be watching two defenders", (None, ["Rovers", "to be watching two defenders"])),  # an adverb
    ("Singer Kaya Moreno said she was heartbroken.", "Singer Kaya Moreno", "said", "she was heartbroken",
     ("Singer Kaya Moreno", ["she was heartbroken"])),
])
def test_a_passive_reporting_cue_has_no_source(text: str, source: str, cue: str, content: str,
                                               expected: tuple) -> None:
    a = Analysis.of(Article(text))
    spans = [role_span(a, "source", source), role_span(a, "cue", cue), role_span(a, "content", content)]
    s = build(a, spans)[0][0]
    assert (s.source.text if s.source else None, [text[c.start : c.end] for c in s.content]) == expected


@pytest.mark.parametrize(("text", "cue", "kept"), [
    ("A former harbour clerk was jailed for four years on Monday.", "was jailed", False),
    ("The clerk was criticised by residents for the delay.", "was criticised", True),  # an agent speaks
    ("The clerks are asking for more time.", "are asking", True),  # a progressive, not a passive
    ("Protesters were frustrated that the police released only part of the video.", "were frustrated",
     True),  # a that-clause: what they felt
    ("The budget was approved by a single vote after a long debate.", "was approved", False),  # a vote count
    ("The levy was rejected by 12 votes to 9.", "was rejected", False),
    ("The levy was rejected by the mayor as unfair.", "was rejected", True),  # an agent who speaks
])
def test_a_passive_that_reports_nothing_is_no_statement(text: str, cue: str, kept: bool) -> None:
    from tests.analyzers.attribution.roles import built

    source = text.split(f" {cue}")[0]
    content = text[text.index(cue) + len(cue) + 1 : -1]
    assert bool(built(text, ("source", source), ("cue", cue), ("content", content))) is kept


def test_a_subject_the_tagger_already_took_as_content_is_not_added_twice() -> None:
    text = "The committee is expected to publish its report in the autumn."
    (s,) = built(text, ("content", "The committee"), ("cue", "is expected"),
                 ("content", "to publish its report in the autumn"))
    assert s.source is None
    assert [text[c.start : c.end] for c in s.content] == ["The committee", "to publish its report in the autumn"]
