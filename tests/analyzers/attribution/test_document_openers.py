""""Emails reviewed by the Courier show …" is the emails' statement, however the tagger split it."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize(("text", "roles", "expected"), [
    # the outlet tagged as the source, the document as content
    ("Emails reviewed by the Courier show the deputy mayor was warned twice.",
     [("content", "Emails reviewed"), ("source", "by the Courier"), ("cue", "show"),
      ("content", "the deputy mayor was warned twice")],
     ("Emails reviewed by the Courier", "show", "the deputy mayor was warned twice")),
    # the verb inside the source, the next verb as cue
    ("Documents obtained by the Herald show officials ignored the warnings.",
     [("source", "Documents obtained by the Herald show officials"), ("cue", "ignored"),
      ("content", "the warnings")],
     ("Documents obtained by the Herald", "show", "officials ignored the warnings")),
    ("But text messages seen by the paper suggest that the mayor was told in May.",
     [("source", "by the paper"), ("cue", "suggest"), ("content", "that the mayor was told in May")],
     ("text messages seen by the paper", "suggest", "that the mayor was told in May")),
])
def test_a_document_participle_phrase_opening_the_sentence_is_the_source(text: str, roles: list,
                                                                         expected: tuple) -> None:
    (s,) = built(text, *roles)
    assert (s.source.text, s.cue.text, text[s.content[0].start : s.content[-1].end]) == expected


@pytest.mark.parametrize(("text", "roles", "source"), [
    # people, not a document: left to the other rules
    ("Officials contacted by phone said the road was closed.",
     [("source", "Officials contacted by phone"), ("cue", "said"), ("content", "the road was closed")],
     "Officials contacted by phone"),
    ("Emails reviewed by the Courier show that the mayor knew.",  # already right
     [("source", "Emails reviewed by the Courier"), ("cue", "show"), ("content", "that the mayor knew")],
     "Emails reviewed by the Courier"),
])
def test_other_sentences_keep_their_source(text: str, roles: list, source: str) -> None:
    (s,) = built(text, *roles)
    assert s.source.text == source


def test_a_document_phrase_whose_verb_was_left_untagged_gets_its_statement_and_the_inner_one_stays() -> None:
    text = ("Emails reviewed by the Weekly show that the medical director, Dr. Aurel Vasko, wrote on 19 June "
            'that the result was "almost certainly contamination".')
    statements = built(text, ("source", "Emails"), ("content", "that"),
                       ("source", "the medical director, Dr. Aurel Vasko,"), ("cue", "wrote"),
                       ("content", 'that the result was "almost certainly contamination".'))
    rows = [(s.source.text, s.cue.text, text[s.content[0].start : s.content[-1].end]) for s in statements]
    assert rows[0] == ("Emails reviewed by the Weekly", "show",
                       'that the medical director, Dr. Aurel Vasko, wrote on 19 June that the result was '
                       '"almost certainly contamination"')
    assert rows[1][:2] == ("the medical director, Dr. Aurel Vasko,", "wrote")
    assert rows[1][2].startswith("that the result")
