"""Attributions marked by layout: speaker labels ("PENCE: …", "Pence: …" headlines) and signed quotations."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution import layout
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.records import Cue
from newssift.analyzers.attribution.tagger import RoleSpan
from newssift.text import Article, Span

TRANSCRIPT = (
    "Partial transcript of the interview follows:\n\n"
    '"HOST: Will the mayor attend the hearing tomorrow?\n\n'
    '"VOSS: She will not. The council has its own timetable.\n\n'
    "And the ferry will run on Sunday as planned.\n\n"
    '"We will publish the figures next week."\n\n'
    '"HOST: Thank you."\n'
)


def found(text: str, title: str | None = None, entities: list[dict] | None = None) -> list[tuple]:
    analysis = Analysis.of(Article(text, title=title))
    if entities is not None:
        analysis.layers["entities"] = entities
    return [(s.source.text, s.cue.text, [analysis.text[c.start : c.end] for c in s.content])
            for s in layout.statements(analysis)]


def test_transcript_turns_stop_at_an_unquoted_paragraph() -> None:
    assert found(TRANSCRIPT) == [
        ("HOST", ":", ["Will the mayor attend the hearing tomorrow?"]),
        ("VOSS", ":", ["She will not. The council has its own timetable."]),
        ("HOST", ":", ['Thank you."']),
    ]


def test_transcript_turns_run_over_quoted_paragraphs_until_the_next_label() -> None:
    text = ('"VOSS: She will not.\n\n"The council has its own timetable.\n\n"HOST: Thank you.\n\n'
            '"VOSS: You are welcome."')
    assert found(text) == [("VOSS", ":", ["She will not.", "The council has its own timetable."]),
                           ("HOST", ":", ["Thank you."]),
                           ("VOSS", ":", ['You are welcome."'])]


def test_a_turn_ends_where_its_quotation_closes() -> None:
    text = '"VOSS: The ferry will run.\n\n"It will run on Sunday."\n\n"Nobody asked about Monday.'
    assert found(text)[0][2] == ["The ferry will run.", 'It will run on Sunday."']


def test_headline_label_names_the_source_of_the_headline() -> None:
    text = "Brandt: Harbour Will Stay Open All Winter\n\nThe defence minister spoke in Kessa."
    assert found(text) == [("Brandt", ":", ["Harbour Will Stay Open All Winter"])]


@pytest.mark.parametrize("label", ["UPDATE", "Editor's note", "The Latest", "Q", "Said Ellis", "Explainer", "FACTBOX",
                                   "Timeline", "What we know", "Inside Ferrow Mills", "Behind The Vote",
                                   "Rating", "Our ruling", "Who made it", "The bottom line"])  # fact-check rubrics
def test_rubrics_and_inverted_cues_are_not_speakers(label: str) -> None:
    assert found(f"{label}: The vote was delayed until Friday.") == []


@pytest.mark.parametrize("label", ["FEAR IN THE HARBOUR", "CHAOS AT THE DOCKS", "PANIC ON LINE FOUR"])
def test_an_all_caps_headline_phrase_is_not_a_speaker(label: str) -> None:
    assert found(f"{label}: Gang Who Robbed Dock Workers Jailed\n\nThe gang was jailed on Friday.") == []


def test_an_all_caps_speaker_label_still_names_its_speaker() -> None:
    assert found("SEN. MARLOWE: We will not vote for it.") == [("SEN. MARLOWE", ":", ["We will not vote for it."])]


def test_lower_case_introductions_are_not_speakers() -> None:
    assert found("The challenge is clear from this finding: the port lost money.") == []


def test_with_entities_a_title_case_phrase_needs_a_named_entity() -> None:
    phrase = "Stealth Over Health: Minister Was Taken to Hospital"
    assert len(found(phrase)) == 1  # no entities layer: read as a name
    assert found(phrase, entities=[]) == []
    named = "Dr. Ilse Brandt: Harbour Will Stay Open"
    person = {"start": 4, "end": 14, "label": "PER", "text": "Ilse Brandt"}
    assert found(named, entities=[person])[0][0] == "Dr. Ilse Brandt"


def test_signed_quotations_in_a_row() -> None:
    text = ("“The harbour is our livelihood.” ― Anna Kovac “Nobody asked us.”― Piet de Vries\n\n"
            "“We will strike again.” — Marta Visser (@mvisser)")
    assert found(text) == [
        ("Anna Kovac", "―", ["“The harbour is our livelihood.”"]),
        ("Piet de Vries", "―", ["“Nobody asked us.”"]),
        ("Marta Visser (@mvisser)", "—", ["“We will strike again.”"]),
    ]


def test_a_signature_closing_its_sentence_leaves_the_full_stop_out() -> None:
    text = "“The harbour is ours.” ― Anna Kovac. “Pay us.” ― Piet Smit Jr. “Now.” ― Ines A."
    assert [name for name, _, _ in found(text)] == ["Anna Kovac", "Piet Smit Jr.", "Ines A."]


def test_a_dash_after_a_quotation_without_a_name_is_no_signature() -> None:
    assert found("“The harbour is our livelihood” — and the union knows it.") == []


def test_a_layout_statement_replaces_a_tagged_one_on_the_same_cue() -> None:
    analysis = Analysis.of(Article('"BRANDT: The harbour stays open.\n\n"KOVAC: It does not.'))
    (brandt, kovac) = layout.statements(analysis)
    tagged = replace(brandt, content=[Span(brandt.content[0].start, len(analysis.text))])  # runs on
    other = replace(kovac, cue=Cue(0, 1, '"', "neutral"))  # a cue the layout does not know
    merged = layout.merge(analysis, [tagged, other])
    assert merged == [other, brandt, kovac]


def _linked(text: str, source: str, cue: str, content: str) -> tuple[Analysis, Linked]:
    analysis = Analysis.of(Article(text))

    def span(role: str, words: str) -> RoleSpan:
        start = text.index(words)
        toks = [i for i, t in enumerate(analysis.tokens) if start <= t.start and t.end <= start + len(words)]
        return RoleSpan(role, start, start + len(words), 0.9, 0, toks[0], toks[-1] + 1)

    return analysis, Linked(span("cue", cue), span("source", source), [span("content", content)])


@pytest.mark.parametrize(("text", "source", "cue", "content", "expected"), [
    ("Here is what she said:", "she", "said", "Here is what", True),
    ("That is what the minister told us.", "the minister", "told", "That is what", True),
    ("She said what many were thinking.", "She", "said", "what many were thinking", False),
    ("Prices will rise, she said.", "she", "said", "Prices will rise", False),
])
def test_here_is_what_she_said_announces_and_says_nothing(text: str, source: str, cue: str, content: str,
                                                          expected: bool) -> None:
    analysis, x = _linked(text, source, cue, content)
    assert layout.is_announcement(analysis, x) is expected


def test_a_transcript_turn_without_quotation_marks_is_direct_a_title_label_is_not() -> None:
    from newssift.analyzers.statements import build

    text = ("MAYOR OKAFOR: We are doing everything we can.\n\n"
            "REPORTER: When will the water be back?\n\n"
            "MAYOR OKAFOR: By Friday, we hope.")
    analysis = Analysis.of(Article(text))
    statements, _ = build(analysis, [])
    assert [(s.source.text, s.type) for s in statements] == [
        ("MAYOR OKAFOR", "direct"), ("REPORTER", "direct"), ("MAYOR OKAFOR", "direct")]
    headline = Analysis.of(Article("Okafor: water back by Friday\n\nThe mayor spoke on Monday."))
    statements, _ = build(headline, [])
    assert [(s.source.text, s.type) for s in statements] == [("Okafor", "indirect")]
