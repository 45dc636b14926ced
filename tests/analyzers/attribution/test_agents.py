""""The 'safety checks' announced by Ostrel last month …": the agent after "by" is the source."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built


def test_the_agent_of_a_participle_is_the_source_and_the_noun_phrase_before_it_the_content() -> None:
    text = ('The so-called "safety checks" announced by Ostrel last month have been called routine by '
            'local papers.')
    [s] = built(text, ("content", "The"), ("cue", "announced"), ("source", "local papers"))
    assert (s.source.text, s.cue.text, [text[c.start : c.end] for c in s.content]) == (
        "Ostrel", "announced", ['The so-called "safety checks"'])


def test_a_participle_with_no_named_agent_is_no_statement() -> None:
    text = "The new rules announced by phone on Monday have been called routine by local papers."
    assert built(text, ("content", "The new"), ("cue", "announced"), ("source", "local papers")) == []
