"""', for its part,' closing a source and 'and' closing a content are cut; sources run on where they
stop short; a content running into the next statement's relative clause ends before it."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built

SOURCE, CUE, CONTENT = "source", "cue", "content"


@pytest.mark.parametrize(("text", "roles", "expected"), [
    ("The Keldari Foreign Ministry, for its part, denied that troops had moved.",
     [(SOURCE, "The Keldari Foreign Ministry, for its part,"), (CUE, "denied"), (CONTENT, "that troops had moved")],
     "The Keldari Foreign Ministry"),
    ("Moreno's ex-boyfriend, actor Luca Brandeis, appeared to take a swipe at the label.",
     [(SOURCE, "Moreno's"), (CUE, "appeared"), (CONTENT, "to take a swipe at the label")],
     "Moreno's ex-boyfriend, actor Luca Brandeis"),
])
def test_a_source_is_cut_at_an_aside_or_runs_on_over_a_possessive(text: str, roles: list, expected: str) -> None:
    assert built(text, *roles)[0].source.text == expected


def test_a_second_cue_sharing_the_possessive_source_gets_the_run_on_source_too() -> None:
    text = "Moreno's ex-boyfriend, actor Luca Brandeis, took a swipe at the label, sharing a post reading: “Bye.”"
    statements = built(text, (SOURCE, "Moreno's"), (CUE, "took"), (CONTENT, "a swipe at the label"),
                       (CUE, "sharing a post reading:"), (CONTENT, "“Bye.”"))
    assert {s.source.text for s in statements} == {"Moreno's ex-boyfriend, actor Luca Brandeis"}


def test_a_contact_clause_after_a_subject_pronoun_joins_the_source() -> None:
    s = built("The hydrologists we have asked say 400 homes should never have been built.",
              (SOURCE, "The hydrologists we"), (CUE, "have asked say"),
              (CONTENT, "400 homes should never have been built"))[0]
    assert (s.source.text, s.cue.text) == ("The hydrologists we have asked", "say")


@pytest.mark.parametrize(("text", "roles", "expected"), [
    ("Campaigners welcomed the verdict, but said it came too late.",
     [(SOURCE, "Campaigners"), (CUE, "welcomed"), (CONTENT, "the verdict, but")], "the verdict"),
    ("The ministry reported that tanks had moved near the village, in what officials described as a provocation.",
     [(SOURCE, "The ministry"), (CUE, "reported"), (CONTENT, "that tanks had moved near the village, in what"),
      (SOURCE, "officials"), (CUE, "described"), (CONTENT, "as a provocation")],
     "that tanks had moved near the village"),
    ("She pointed to the closure of the hospital, which health records attribute to staff shortages.",
     [(SOURCE, "She"), (CUE, "pointed to"), (CONTENT, "the closure of the hospital, which health records"),
      (SOURCE, "health records"), (CUE, "attribute"), (CONTENT, "to staff shortages")],
     "the closure of the hospital"),
    ("He said the plan, which was drafted in May, would fail.",
     [(SOURCE, "He"), (CUE, "said"), (CONTENT, "the plan, which was drafted in May, would fail")],
     "the plan, which was drafted in May, would fail"),
])
def test_a_content_ends_before_a_closing_conjunction_or_the_next_statements_relative_clause(
        text: str, roles: list, expected: str) -> None:
    first = built(text, *roles)[0]
    assert [text[c.start : c.end] for c in first.content] == [expected]


def test_the_statement_after_a_cut_relative_clause_keeps_its_own_source() -> None:
    text = "The ministry reported that tanks had moved near the village, in what officials described as a provocation."
    statements = built(text, (SOURCE, "The ministry"), (CUE, "reported"),
                       (CONTENT, "that tanks had moved near the village, in what"),
                       (SOURCE, "officials"), (CUE, "described"), (CONTENT, "as a provocation"))
    assert statements[1].source.text == "officials"


@pytest.mark.parametrize(("text", "source", "expected"), [
    ("Ada Lund, whose son worked at the mill until it shut in May, said the fumes were constant.",
     "Ada Lund, whose son worked", "Ada Lund, whose son worked at the mill until it shut in May,"),
    ("Okoro, who joined the club on loan, said he was happy.", "Okoro, who joined the club on",
     "Okoro, who joined the club on loan,"),
    ("Okoro, who joined the club (on loan), said he was happy.", "Okoro, who joined the club",
     "Okoro, who joined the club"),
])
def test_a_source_cut_inside_its_relative_clause_runs_on_to_the_comma_before_its_cue(
        text: str, source: str, expected: str) -> None:
    content = text[text.index(" said ") + 6 : -1]
    statements = built(text, ("source", source), ("cue", "said"), ("content", content))
    assert [s.source.text for s in statements] == [expected]


@pytest.mark.parametrize(("text", "source", "expected"), [
    ("The harbour board on Friday said the cranes were unsafe.", "The harbour board on Friday",
     "The harbour board"),
    ("A survey published by the port last week said the cranes were unsafe.",
     "A survey published by the port last week", "A survey published by the port"),
    ("Dockers yesterday said the cranes were unsafe.", "Dockers yesterday", "Dockers"),
    ("The Friday said the cranes were unsafe.", "The Friday", "The Friday"),
])
def test_a_source_closing_on_a_time_ends_before_it(text: str, source: str, expected: str) -> None:
    statements = built(text, ("source", source), ("cue", "said"), ("content", "the cranes were unsafe"))
    assert [s.source.text for s in statements] == [expected]


def test_a_participle_cue_closing_on_a_colon_takes_the_clause_subject() -> None:
    text = 'One user in Halvik posted a photograph of a scorched wall, writing: "Three weeks and still no engineer."'
    statements = built(text, ("source", "One user in Halvik"), ("cue", "posted"),
                       ("content", "a photograph of a scorched wall"), ("cue", "writing:"),
                       ("content", '"Three weeks and still no engineer."'))
    writing = next(s for s in statements if s.cue.text.startswith("writing"))
    # the colon stays in the cue, as PolNeAR marks it ("said:")
    assert (writing.cue.text, writing.source and writing.source.text) == ("writing:", "One user in Halvik")


def test_a_content_closing_on_a_comma_ends_before_it() -> None:
    text = 'Ostra Pro said that it expected "a full investigation", while riders stayed silent.'
    (s,) = built(text, ("source", "Ostra Pro"), ("cue", "said"), ("content", 'that it expected "a full investigation",'))
    assert text[s.content[0].start : s.content[-1].end] == 'that it expected "a full investigation"'


def test_a_content_piece_inside_the_source_is_dropped() -> None:
    from newssift.analysis import Analysis
    from newssift.analyzers.attribution.linker import Linked
    from newssift.analyzers.attribution.trims import drop_source_content
    from newssift.text import Article
    from tests.analyzers.attribution.roles import role_span

    analysis = Analysis.of(Article("Two porters, tired of waiting, said the lifts were broken."))
    x = Linked(role_span(analysis, "cue", "said"), role_span(analysis, "source", "Two porters"),
               [role_span(analysis, "content", "Two porters"), role_span(analysis, "content", "the lifts were broken")])
    assert [analysis.text[c.start : c.end] for c in drop_source_content(x)] == ["the lifts were broken"]
