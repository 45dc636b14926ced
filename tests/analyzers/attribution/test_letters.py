""""The council sent the firm a letter warning that …": the letter is the source, its sender the via."""

from __future__ import annotations

from newssift.analyzers.attribution.letters import reporting_participle
from newssift.analyzers.attribution.lexicon import load
from tests.analyzers.attribution.roles import built

TEXT = "Last week the Harbour Board sent Quayline a letter warning that its moorings were unsafe."


def test_the_letter_is_the_source_of_the_participle_and_the_sender_its_via() -> None:
    [s] = built(TEXT, ("source", "the Harbour Board"), ("cue", "sent Quayline a letter warning"),
                ("content", "that its moorings were unsafe"))
    assert (s.source.text, s.source.kind, s.cue.text) == ("a letter", "document", "warning")
    assert s.via is not None and s.via.text == "the Harbour Board"


def test_an_issued_statement_stays_the_issuers() -> None:
    text = TEXT.replace("sent Quayline a letter warning", "issued a statement saying")
    [s] = built(text, ("source", "the Harbour Board"), ("cue", "issued a statement saying"),
                ("content", "that its moorings were unsafe"))
    assert (s.source.text, s.cue.text) == ("the Harbour Board", "issued a statement saying")


def test_a_person_in_the_cue_is_no_document() -> None:
    text = TEXT.replace("a letter warning", "a lawyer warning")
    [s] = built(text, ("source", "the Harbour Board"), ("cue", "sent Quayline a lawyer warning"),
                ("content", "that its moorings were unsafe"))
    assert s.source.text == "the Harbour Board"


def test_reporting_participles() -> None:
    lex = load()
    assert all(reporting_participle(w, lex) for w in ("warning", "saying", "urging", "claiming"))
    assert not any(reporting_participle(w, lex) for w in ("morning", "building", "sing"))


def test_a_document_closing_the_source_or_opening_the_cue() -> None:
    text = "The ferry union sent members an email urging them to reject the offer."
    [s] = built(text, ("source", "The ferry union sent members an email"), ("cue", "urging"),
                ("content", "them to reject the offer"))
    assert (s.source.text, s.source.kind, s.cue.text, s.via.text) == ("an email", "document", "urging",
                                                                      "The ferry union")
    text = "The mayor wrote residents a letter promising that the bridge would reopen."
    [s] = built(text, ("source", "The mayor wrote residents"), ("cue", "a letter promising"),
                ("content", "that the bridge would reopen"))
    assert (s.source.text, s.cue.text, s.via.text) == ("a letter", "promising", "The mayor")
