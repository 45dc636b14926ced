"""'Holm said [the mayor's wording] [left no doubt]': a source between a cue and its content is the
content's subject."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize(("text", "subject", "content", "expected"), [
    ("Ada Holm said the mayor's wording left no doubt.", "the mayor's wording", "left no doubt",
     "the mayor's wording left no doubt"),
    ("Ada Holm said that the mayor's wording left no doubt.", "the mayor's wording", "left no doubt",
     "the mayor's wording left no doubt"),
])
def test_a_source_between_a_cue_and_its_content_is_the_content_subject(text: str, subject: str, content: str,
                                                                      expected: str) -> None:
    statements = built(text, ("source", "Ada Holm"), ("cue", "said"), ("source", subject), ("content", content))
    assert [(s.source.text, [text[c.start : c.end] for c in s.content]) for s in statements] == [
        ("Ada Holm", [expected])]


def test_a_source_with_its_own_cue_stays_a_source() -> None:
    from newssift.analysis import Analysis
    from newssift.analyzers.attribution.content_subjects import subject_contents
    from newssift.text import Article
    from tests.analyzers.attribution.roles import role_span

    text = "Ada Holm said the mayor told staff the plan was dead."
    analysis = Analysis.of(Article(text))
    spans = [role_span(analysis, role, words) for role, words in [
        ("source", "Ada Holm"), ("cue", "said"), ("source", "the mayor"), ("cue", "told staff"),
        ("content", "the plan was dead")]]
    assert subject_contents(analysis, spans) == spans


def test_a_source_cut_from_its_content_by_a_comma_is_left_alone() -> None:
    text = "Ada Holm said, the mayor, left no doubt."
    statements = built(text, ("source", "Ada Holm"), ("cue", "said,"), ("source", "the mayor"),
                       ("content", "left no doubt"))
    assert all("the mayor" not in " ".join(text[c.start : c.end] for c in s.content) for s in statements)


@pytest.mark.parametrize(("roles", "text"), [
    # "according to" takes its source after the cue
    ((("cue", "according to"), ("source", "court records"), ("content", "the fund was empty")),
     "The audit was late, according to court records the fund was empty."),
    # the listener before a that-clause
    ((("source", "Ada Holm"), ("cue", "told"), ("source", "the board"), ("content", "that the fund was empty")),
     "Ada Holm told the board that the fund was empty."),
])
def test_a_source_after_according_to_or_a_listener_is_left_alone(roles: tuple, text: str) -> None:
    from newssift.analysis import Analysis
    from newssift.analyzers.attribution.content_subjects import subject_contents
    from newssift.text import Article
    from tests.analyzers.attribution.roles import role_span

    analysis = Analysis.of(Article(text))
    spans = [role_span(analysis, role, words) for role, words in roles]
    assert subject_contents(analysis, spans) == spans
