"""Segmentation: title, paragraphs, sentences and tokens with offsets into the exact text."""

from __future__ import annotations

import pytest

from newssift.segment import segment

TITLED = "Officials deny report\n\nThe ministry said nothing. Gen. Ali Hasan disagreed.\n\nA second paragraph."


def test_title_is_split_from_the_paragraphs() -> None:
    seg = segment(TITLED)
    assert seg.title is not None and seg.title.slice(TITLED) == "Officials deny report"
    assert [p.text for p in seg.paragraphs] == [
        "The ministry said nothing. Gen. Ali Hasan disagreed.",
        "A second paragraph.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said nothing about the convoy on Friday.\n\nA second paragraph followed.",
        "No title here at all, just one paragraph that runs on.",
        "",
    ],
)
def test_text_without_a_title_gets_none(text: str) -> None:
    assert segment(text).title is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gen. Smith met Dr. Jones on Monday. They talked.", ["Gen. Smith met Dr. Jones on Monday.", "They talked."]),
        ("Aid reached 16,000 people. It cost 3.5 million dollars.", ["Aid reached 16,000 people.", "It cost 3.5 million dollars."]),
        ("He flew to the U.S. on Friday. Nobody knew.", ["He flew to the U.S. on Friday.", "Nobody knew."]),
        ("He lives in the U.S. The rest stayed.", ["He lives in the U.S.", "The rest stayed."]),
        ('"We are ready." The minister smiled.', ['"We are ready."', "The minister smiled."]),
        ("\u201cWe are ready.\u201d The minister smiled.", ["\u201cWe are ready.\u201d", "The minister smiled."]),
        ("Vladimir V. Putin spoke. Then he left!", ["Vladimir V. Putin spoke.", "Then he left!"]),
        ("Prices rose \u2014 sharply \u2013 again. Why? Nobody said.", ["Prices rose \u2014 sharply \u2013 again.", "Why?", "Nobody said."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in segment(text, has_title=False).sentences] == expected


def test_every_offset_slices_the_exact_text() -> None:
    text = "  Title line\n\n\u201cQuote one.\u201d She said.\r\n\r\nNext \u00ab para \u00bb here.  \n"
    seg = segment(text)
    for item in [*seg.paragraphs, *seg.sentences, *seg.tokens]:
        assert text[item.start : item.end] == item.text


def test_tokens_keep_numbers_and_abbreviations_whole() -> None:
    seg = segment("The U.S. sent $300 and 16,000 troops, 3.5% more.", has_title=False)
    assert [t.text for t in seg.tokens] == [
        "The", "U.S.", "sent", "$300", "and", "16,000", "troops", ",", "3.5%", "more", ".",
    ]


def test_hard_wrapped_lines_form_one_paragraph() -> None:
    text = "First line of a wrapped\nparagraph that goes on.\n\nSecond paragraph.\n"
    seg = segment(text, has_title=False)
    assert [p.text for p in seg.paragraphs] == [
        "First line of a wrapped\nparagraph that goes on.", "Second paragraph.",
    ]


def test_sentences_point_at_their_paragraph_and_tokens() -> None:
    seg = segment(TITLED)
    assert [s.paragraph for s in seg.sentences] == [None, 0, 0, 1]
    first = seg.sentences[1]
    assert [t.text for t in seg.tokens[first.token_start : first.token_end]][:2] == ["The", "ministry"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regime mobilizes thousands in favor of Russia The Syrian regime began recruiting.",
         ["The regime mobilizes thousands in favor of Russia", "The Syrian regime began recruiting."]),
        ("TALKS STALL IN VARNO The delegations left early.", ["TALKS STALL IN VARNO", "The delegations left early."]),
        ("Talks stall The delegations left early.", ["Talks stall", "The delegations left early."]),
        # not run-in headings: names and titles with a capital "The", title-case headlines
        ("He flew to The Hague on Monday.", ["He flew to The Hague on Monday."]),
        ("She wrote for The Harbour Times in 2010.", ["She wrote for The Harbour Times in 2010."]),
        ("Mayor Closes The Door on Ferry Plan", ["Mayor Closes The Door on Ferry Plan"]),
        ("He watched Into The Wild again.", ["He watched Into The Wild again."]),
        ("He said on Meet The Press Sunday that it was over.", ["He said on Meet The Press Sunday that it was over."]),
        ('The film "Meet The Neighbours" opened.', ['The film "Meet The Neighbours" opened.']),
    ],
)
def test_a_run_in_heading_is_cut_off_before_the_sentence_it_was_glued_to(text: str, expected: list[str]) -> None:
    assert [s.text for s in segment(text, has_title=False).sentences] == expected
