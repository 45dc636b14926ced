"""'X quoted Y as saying …' is one attribution with Y as its via; 'Y was quoted by X as saying …' is Y's."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution.chains import find_via
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.quoted_as import is_relative_passive, merge_quoted_as, passive_quoted
from newssift.analyzers.attribution.tagger import RoleSpan
from newssift.text import Article, Span


def role(analysis: Analysis, r: str, words: str) -> RoleSpan:
    start = analysis.text.index(words)
    toks = [i for i, t in enumerate(analysis.tokens) if start <= t.start < start + len(words)]
    return RoleSpan(r, start, start + len(words), 0.9, 0, toks[0], toks[-1] + 1)


@pytest.mark.parametrize(("text", "tagged", "content", "via"), [
    ("The Herald quoted a senior official as saying that two ferries failed checks.", "a senior official",
     "a senior official as saying that two ferries failed checks", "a senior official"),
    # the tagged person closes before its appositive
    ("The bulletin quoted Dr. Ines Marl, a co-author, as saying that the trial would be extended.", "Dr. Ines",
     "Dr. Ines Marl, a co-author, as saying that the trial would be extended", "Dr. Ines Marl"),
])
def test_quoted_and_saying_become_one_attribution_with_the_person_as_via(text: str, tagged: str, content: str,
                                                                         via: str) -> None:
    a = Analysis.of(Article(text))
    source = text.split(" quoted")[0]
    quoted = Linked(role(a, "cue", "quoted"), role(a, "source", source), [role(a, "content", tagged)])
    rest = text[text.index("that ") : -1]
    saying = Linked(role(a, "cue", "saying"), None, [role(a, "content", rest)])
    (x,) = merge_quoted_as(a, [quoted, saying])
    assert [text[c.start : c.end] for c in x.content] == [content]
    found = find_via(text, Span(x.source.start, x.source.end), Span(x.cue.start, x.cue.end), x.content[0].start)
    assert found is not None and text[found.start : found.end] == via


def test_two_attributions_that_are_not_quoted_as_saying_stay_apart() -> None:
    text = "The Herald quoted a senior official, and Ana was saying that ferries failed."
    a = Analysis.of(Article(text))
    quoted = Linked(role(a, "cue", "quoted"), role(a, "source", "The Herald"), [role(a, "content", "a senior official")])
    saying = Linked(role(a, "cue", "saying"), role(a, "source", "Ana"), [role(a, "content", "that ferries failed")])
    assert len(merge_quoted_as(a, [quoted, saying])) == 2


def test_the_subject_of_was_quoted_as_saying_is_the_source() -> None:
    text = "Minister Ivo Brandt was quoted by the Courier as saying the checks were routine."
    a = Analysis.of(Article(text))
    x = Linked(role(a, "cue", "saying"), None, [role(a, "content", "the checks were routine")])
    source, cue = passive_quoted(a, x)
    assert (text[source.start : source.end], text[cue.start : cue.end]) == (
        "Minister Ivo Brandt", "was quoted by the Courier as saying")


@pytest.mark.parametrize(("text", "source", "cue", "expected"), [
    ("The figures, which were first reported by the Tribune, show a rise.", "which", "were first reported",
     True),
    ("The plan, which was leaked last week, shows cuts.", "which", "was leaked", True),
    ("Ana Berg, who said the plan was sound, left.", "who", "said", False),
    ("The figures were first reported by the Tribune.", "The figures", "were first reported", False),
])
def test_a_relative_word_before_a_passive_cue_is_no_source(text: str, source: str, cue: str,
                                                           expected: bool) -> None:
    analysis = Analysis.of(Article(text))
    x = Linked(role(analysis, "cue", cue), source=role(analysis, "source", source))
    assert is_relative_passive(analysis, x) is expected


def _built(text: str, roles: list[tuple[str, str]]) -> tuple[list, dict]:
    from newssift.analyzers.attribution import profile
    from newssift.analyzers.statements import build

    a = Analysis.of(Article(text))
    statements, _ = build(a, [role(a, r, words) for r, words in roles])
    return statements, profile.summarise(text, statements, [])


def test_quoted_y_as_saying_that_is_one_statement_counted_once() -> None:
    text = "Local media quoted police as saying that two people had been arrested."
    statements, sourcing = _built(text, [("source", "Local media"), ("cue", "quoted"),
                                         ("content", "police as saying that two people had been arrested")])
    assert [(s.source.text, s.via.text) for s in statements] == [("Local media", "police")]
    assert sourcing["statements"] == 1 and sourcing["by_kind"]["organisation"]["statements"] == 1


def test_quoted_y_as_saying_with_y_tagged_as_the_source_of_saying_keeps_y_as_via() -> None:
    text = 'The Herald quoted Interior Minister Ivo Brandt as saying that "the border will stay shut."'
    statements, sourcing = _built(text, [
        ("source", "The Herald"), ("cue", "quoted"), ("source", "Interior Minister Ivo Brandt"),
        ("cue", "saying"), ("content", 'that "the border will stay shut."')])
    assert [(s.source.text, s.via and s.via.text) for s in statements] == [
        ("The Herald", "Interior Minister Ivo Brandt")]
    assert sourcing["statements"] == 1 and set(sourcing["by_kind"]) == {"person"}


def test_a_quoted_person_then_a_new_clause_before_saying_stays_apart() -> None:
    text = "The bulletin quoted Dr. Ines Marl. Officials were saying that the trial would be extended."
    a = Analysis.of(Article(text))
    quoted = Linked(role(a, "cue", "quoted"), role(a, "source", "The bulletin"), [role(a, "content", "Dr. Ines")])
    saying = Linked(role(a, "cue", "saying"), role(a, "source", "Officials"),
                    [role(a, "content", "that the trial would be extended")])
    assert len(merge_quoted_as(a, [quoted, saying])) == 2


def test_a_passive_quoted_by_an_outlet_is_the_subjects_when_the_cue_holds_as() -> None:
    text = "Tomas Verl was quoted by the news agency Marpress as saying that the dam would stay."
    a = Analysis.of(Article(text))
    x = Linked(role(a, "cue", "as saying"), None, [role(a, "content", "that the dam would stay")])
    found = passive_quoted(a, x)
    assert found is not None
    source, cue = found
    assert text[source.start : source.end] == "Tomas Verl"
    assert text[cue.start : cue.end] == "was quoted by the news agency Marpress as saying"
