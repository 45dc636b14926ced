"""'Y was quoted by X as saying …' is the outlet X's statement with Y as its via, like 'according to Y,
quoted by X'."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize(("text", "roles", "expected"), [
    ("Rail chief Tomas Verl was quoted by the Morning Ledger as saying that fares would rise in spring.",
     [("source", "Rail chief Tomas Verl"), ("cue", "was quoted by the Morning Ledger as saying"),
      ("content", "that fares would rise in spring")],
     ("the Morning Ledger", "was quoted", "Rail chief Tomas Verl", "that fares would rise in spring")),
    # the tagger kept "saying" alone, with no source
    ("Rail chief Tomas Verl was quoted by the Morning Ledger as saying that fares would rise in spring.",
     [("cue", "saying"), ("content", "that fares would rise in spring")],
     ("the Morning Ledger", "was quoted", "Rail chief Tomas Verl", "that fares would rise in spring")),
    # "by X" after "as saying": X closes before "that"
    ("Verl was quoted as saying by the daily Ledger that the fares would rise, a claim the ministry denied.",
     [("source", "Verl"), ("cue", "was quoted as saying by the daily"), ("content", "Ledger that the fares would rise")],
     ("the daily Ledger", "was quoted as saying", "Verl", "that the fares would rise")),
    # after a fronted time, a content opening with the colon
    ('On Monday, the rail chief was quoted by the news agency Tarpress as saying: "Fares must rise."',
     [("source", "the rail chief"), ("cue", "was quoted"), ("content", 'saying: "Fares must rise."')],
     ("the news agency Tarpress", "was quoted", "the rail chief", '"Fares must rise."')),
])
def test_the_outlet_that_quoted_is_the_source_and_the_quoted_its_via(text: str, roles: list,
                                                                     expected: tuple) -> None:
    (s,) = built(text, *roles)
    assert (s.source.text, s.cue.text, s.via and s.via.text, text[s.content[0].start : s.content[-1].end]) == expected
    assert s.via.start <= s.via.end and s.source.start <= s.source.end


def test_quoted_as_saying_with_no_outlet_keeps_the_subject_as_source() -> None:
    text = "Braynard is quoted as saying that the campaign was over."
    (s,) = built(text, ("source", "Braynard"), ("cue", "is quoted as saying"),
                 ("content", "that the campaign was over"))
    assert (s.source.text, s.via) == ("Braynard", None)


def test_according_to_y_quoted_by_x_without_a_comma_is_xs_with_y_as_via() -> None:
    text = "The suspects fled south, according to a senior police officer quoted by the daily Ledger."
    (s,) = built(text, ("content", "The suspects fled south"), ("cue", "according to"),
                 ("source", "a senior police officer quoted by the daily Ledger"))
    assert (s.source.text, s.via and s.via.text) == ("the daily Ledger", "a senior police officer")


@pytest.mark.parametrize(("text", "via"), [
    ('Its president, Marcel Dufort, was quoted by the Norpress agency as saying that "nobody is above the '
     'rules".', "Its president, Marcel Dufort"),
    ("On Monday, the rail chief was quoted by the Norpress agency as saying that fares would rise.",
     "the rail chief"),
])
def test_with_no_tagged_source_the_subject_before_the_passive_is_the_via(text: str, via: str) -> None:
    content = text[text.index("that ") : -1]
    (s,) = built(text, ("cue", "as saying"), ("content", content))
    assert (s.source.text, s.via and s.via.text) == ("the Norpress agency", via)


def test_a_time_closing_the_outlet_is_no_part_of_the_source() -> None:
    text = "Deputy minister Anna Kolar was quoted by the Varnholt Herald on Tuesday as saying the talks had failed."
    (s,) = built(text, ("source", "Deputy minister Anna Kolar"),
                 ("cue", "was quoted by the Varnholt Herald on Tuesday as saying"), ("content", "the talks had failed"))
    assert (s.source.text, s.via and s.via.text) == ("the Varnholt Herald", "Deputy minister Anna Kolar")


def test_according_to_y_with_quoted_by_tagged_as_the_cue_is_xs_with_y_as_via() -> None:
    text = "According to the researchers, quoted by the Norpress agency, the sample was small."
    (s,) = built(text, ("cue", "quoted by"), ("source", "the Norpress agency"), ("content", "the sample was small"))
    assert (s.source.text, s.cue.text, s.via and s.via.text) == ("the Norpress agency", "According to",
                                                                  "the researchers")
