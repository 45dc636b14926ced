"""Rule repairs of tagged sources: a source cut short widens back to its head noun."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import load as load_lexicon
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.repair import (
    bridge_gaps,
    close_appositive,
    close_cue,
    close_quote,
    cut_at_cue,
    drop_break,
    drop_circumstance,
    finish_content,
    finish_cue,
    finish_cut,
    finish_inverted,
    is_auxiliary,
    is_no_comment,
    is_passive,
    is_quoted_predicate,
    is_unsourced_assertion,
    media_subject,
    merge_overlaps,
    noun_subject,
    participle_source,
    reach_back,
    relative_source,
    repair,
    subject_over_clause,
    subject_source,
    trim_trailing,
    widen_to_cue,
    widen_to_name,
)
from newssift.analyzers.attribution.tagger import RoleSpan
from newssift.text import Article
from tests.analyzers.attribution.roles import role_span


@pytest.mark.parametrize(
    ("text", "source", "cue", "expected"),
    [
        ("Local sources in the town of Kessa stated that fuel ran out.", "Local", "stated",
         "Local sources in the town of Kessa"),
        ("Informed sources close to the talks said a deal was near.", "Informed", "said",
         "Informed sources close to the talks"),
        ("The minister, sources said, was angry.", "The minister", "said", "The minister"),
        ("Officials at the port said ships waited.", "Officials", "said", "Officials"),
    ],
)
def test_source_cut_before_its_head_noun_widens_to_the_cue(
    text: str, source: str, cue: str, expected: str
) -> None:
    analysis = Analysis.of(Article(text))
    src = role_span(analysis, "source", source)
    widened = widen_to_cue(analysis, src, role_span(analysis, "cue", cue), load_lexicon())
    assert text[widened.start : widened.end] == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("On Monday, the state \u201cHorizon\u201d channel broadcast a video showing convoys at night.",
         "showing", "the state \u201cHorizon\u201d channel"),
        ("A local newspaper printed photos showing burned trucks.", "showing", "A local newspaper"),
        ("On Monday, soldiers filmed a video showing convoys.", "showing", None),
    ],
)
def test_cue_without_source_takes_the_media_subject_of_its_clause(
    text: str, cue: str, expected: str | None
) -> None:
    analysis = Analysis.of(Article(text))
    found = media_subject(analysis, Linked(role_span(analysis, "cue", cue)), load_lexicon())
    assert (text[found.start : found.end] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("He spoke to the Valley Courier, which first reported the loss.", "first reported",
         "Valley Courier"),
        ("The Port Authority of Kessa, which runs the docks, said fees would rise.", "said", None),
        ("He met a reporter, who asked about the loss.", "asked", None),
    ],
)
def test_cue_after_comma_which_takes_the_name_before_it(text: str, cue: str, expected: str | None) -> None:
    analysis = Analysis.of(Article(text))
    found = relative_source(analysis, Linked(role_span(analysis, "cue", cue)))
    assert (text[found.start : found.end] if found else None) == expected


def test_source_loses_trailing_punctuation() -> None:
    text = "A spokesperson for Grainco, the largest supplier, said prices would rise."
    analysis = Analysis.of(Article(text))
    src = role_span(analysis, "source", "A spokesperson for Grainco, the largest supplier,")
    trimmed = trim_trailing(analysis, src)
    assert text[trimmed.start : trimmed.end] == "A spokesperson for Grainco, the largest supplier"


def test_a_bare_media_word_inside_the_content_is_not_its_source() -> None:
    text = "Daily walk linked to lower risk of memory decline, study finds"
    analysis = Analysis.of(Article(text))
    x = Linked(role_span(analysis, "cue", "linked"), content=[role_span(analysis, "content", "Daily walk")])
    assert media_subject(analysis, x, load_lexicon()) is None


@pytest.mark.parametrize(
    ("text", "cue", "content", "expected"),
    [
        ("The mayor's office did not respond to a request for comment.", "did not respond to",
         "a request for comment", True),
        ("A spokesperson declined to comment.", "declined", "to comment", True),
        ("Mr. Orlo did not respond to repeated requests for comment.", "did not respond to",
         "repeated requests for comment", True),
        ("The insurer did not answer several questions on the payouts.", "did not answer",
         "several questions on the payouts", True),
        ("The minister declined to confirm the plan.", "declined", "to confirm the plan", True),
        ("Two officials, who asked not to be named, said so.", "asked", "not to be named", True),
        ("One resident, who declined to be named, said so.", "declined", "to", True),
        ("It began, she said, speaking on condition of anonymity because it was secret.", "speaking",
         "anonymity because it was secret", True),
        ("Ana Ruiz, who declined to be identified, said so.", "declined", "identified", True),
        ("The minister said to expect rain.", "said", "to expect rain", False),
        ("Grainco declined to comment on the lawsuit.", "declined", "to comment on the lawsuit", True),
        ("The minister said the port would reopen.", "said", "the port would reopen", False),
        ("Asked whether he had been warned, Ruiz said he had not.", "Asked", "whether he had been warned",
         True),
        ("Officials asked whether the port was safe.", "asked", "whether the port was safe", False),
        ("Asked about the closure, Ruiz said it was temporary.", "Asked", "the closure", True),
        ("Asked about the closure, Ruiz said it was temporary.", "Asked about", "the closure", True),
        ("Asked about the mayor's claim that the pool was safe, Ruiz said no.", "Asked about",
         "the mayor's claim that the pool was safe", False),  # a claim reported in the question
        ("Asked about the mayor's claim that the pool was safe, Ruiz said no.", "Asked",
         "about the mayor's claim that the pool was safe", True),  # a bare "Asked": as before
    ],
)
def test_refusals_to_comment_are_not_statements(text: str, cue: str, content: str, expected: bool) -> None:
    analysis = Analysis.of(Article(text))
    x = Linked(role_span(analysis, "cue", cue), content=[role_span(analysis, "content", content)])
    assert is_no_comment(analysis, x) is expected


@pytest.mark.parametrize(
    ("text", "source", "cue", "expected"),
    [
        ("Local sources in the city of Kessa stated that fuel ran out.", "Local sources in the", "stated",
         "Local sources in the city of Kessa"),
        ("Figures from the, as it were, association showed a rise.", "Figures from the", "showed",
         "Figures"),
        ("Officials at the port said ships waited.", "Officials", "said", "Officials"),
    ],
)
def test_source_ending_on_a_preposition_runs_on_or_is_trimmed(
    text: str, source: str, cue: str, expected: str
) -> None:
    analysis = Analysis.of(Article(text))
    fixed = finish_cut(analysis, role_span(analysis, "source", source), role_span(analysis, "cue", cue))
    assert text[fixed.start : fixed.end] == expected


def test_relative_word_as_source_becomes_the_name_before_it() -> None:
    text = "He spoke to the Valley Courier, which first reported the loss."
    analysis = Analysis.of(Article(text))
    x = Linked(role_span(analysis, "cue", "first reported"), source=role_span(analysis, "source", "which"))
    found = relative_source(analysis, x)
    assert found is not None and text[found.start : found.end] == "Valley Courier"


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("In the capital, Kessa, informed sources indicated that talks had failed.", "indicated",
         "informed sources"),
        ("The harbour master's spokeswoman confirmed the closure.", "confirmed",
         "The harbour master's spokeswoman"),
        ("In the capital, the storm indicated that winter had come.", "indicated", None),
        ("In the north, angry farmers warned that prices would rise.", "warned", "angry farmers"),
        ("In the north, fellow doctors want no part of it.", "want", None),  # a group noun: lexicon cues only
    ],
)
def test_cue_without_source_takes_the_source_noun_phrase_before_it(
    text: str, cue: str, expected: str | None
) -> None:
    analysis = Analysis.of(Article(text))
    found = noun_subject(analysis, Linked(role_span(analysis, "cue", cue)), load_lexicon())
    assert (text[found.start : found.end] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        ('On Monday the Kessan "Morning Star" channel broadcast a clip of the dam.', 'the Kessan "Morning',
         'the Kessan "Morning Star" channel'),
        ('The "Harbour Watch" group, long silent, broadcast a clip.', 'The "Harbour', 'The "Harbour Watch"'),
        ('The "Harbour Watch" group broadcast a clip.', 'The "Harbour Watch" group', 'The "Harbour Watch" group'),
    ],
)
def test_source_with_an_unclosed_quote_runs_on_to_the_closing_mark(text: str, source: str, expected: str) -> None:
    analysis = Analysis.of(Article(text))
    fixed = close_quote(analysis, role_span(analysis, "source", source), role_span(analysis, "cue", "broadcast"))
    assert text[fixed.start : fixed.end] == expected


def test_content_ending_on_a_dangling_word_runs_on_to_the_clause_end() -> None:
    text = "The unions said the deal would push young people to leave the valley, as in 1990."
    analysis = Analysis.of(Article(text))
    fixed = finish_content(analysis, role_span(analysis, "content", "the deal would push young people to"))
    assert text[fixed.start : fixed.end] == "the deal would push young people to leave the valley"


def test_content_ending_on_a_relative_pronoun_runs_on_but_not_into_another_cue() -> None:
    text = "The pages promised rewards to anyone who signs up, in what critics said was a trap."
    analysis = Analysis.of(Article(text))
    cut = role_span(analysis, "content", "rewards to anyone who")
    fixed = finish_content(analysis, cut)
    assert text[fixed.start : fixed.end] == "rewards to anyone who signs up"
    signs = next(i for i, t in enumerate(analysis.tokens) if t.text == "signs")
    assert finish_content(analysis, cut, {signs}) == cut


def test_content_stops_before_the_mark_that_opens_the_next_paragraph() -> None:
    text = 'The host asked whether the mayor would come.\n\n"She will not," the aide said.'
    analysis = Analysis.of(Article(text))
    start = text.index("whether")
    end = text.index('"') + 1
    toks = [i for i, t in enumerate(analysis.tokens) if start <= t.start < end]
    fixed = finish_content(analysis, RoleSpan("content", start, end, 0.9, 0, toks[0], toks[-1] + 1))
    assert text[fixed.start : fixed.end] == "whether the mayor would come."


@pytest.mark.parametrize(
    ("text", "cue", "content", "kept"),
    [
        ("Accept these young men in the forces at all.", "Accept", "these young men in the forces at all",
         False),
        ("Reportedly the mill will close next week.", "Reportedly", "the mill will close next week", True),
        ("The mill, it seemed, would close next week.", "seemed", "The mill", False),
        ("The mill will close next week, the owner said.", "said", "The mill will close next week", True),
        ('Look at this: "the mill will close next week."', "Look", '"the mill will close next week."', True),
    ],
)
def test_sourceless_cue_outside_the_lexicon_is_dropped(text: str, cue: str, content: str, kept: bool) -> None:
    analysis = Analysis.of(Article(text))
    x = Linked(role_span(analysis, "cue", cue), content=[role_span(analysis, "content", content)])
    assert bool(repair(analysis, [x], load_lexicon())) is kept


def test_cue_after_but_takes_the_previous_statement_source() -> None:
    text = "Chief executive Lars Holm said the premium would never return, but was open to talks on pay."
    analysis = Analysis.of(Article(text))
    first = Linked(role_span(analysis, "cue", "said"), source=role_span(analysis, "source", "Chief executive Lars Holm"),
                   content=[role_span(analysis, "content", "the premium would never return")])
    second = Linked(role_span(analysis, "cue", "was open to"), content=[role_span(analysis, "content", "talks on pay")])
    found = participle_source(analysis, [first, second], 1)
    assert found is not None and text[found.start : found.end] == "Chief executive Lars Holm"


def test_cue_after_and_does_not_take_an_according_to_source() -> None:
    text = "The family watched the videos on Thursday, according to their lawyers, and said they had doubts."
    analysis = Analysis.of(Article(text))
    first = Linked(role_span(analysis, "cue", "according to"),
                   source=role_span(analysis, "source", "their lawyers"),
                   content=[role_span(analysis, "content", "The family watched the videos on Thursday")])
    second = Linked(role_span(analysis, "cue", "said"),
                    content=[role_span(analysis, "content", "they had doubts")])
    assert participle_source(analysis, [first, second], 1) is None


def test_circumstance_between_cue_and_that_clause_is_not_content() -> None:
    text = "The minister said during a meeting of the harbour board on Friday that the port would stay open."
    analysis = Analysis.of(Article(text))
    x = Linked(role_span(analysis, "cue", "said"), source=role_span(analysis, "source", "The minister"),
               content=[role_span(analysis, "content", "the harbour board"),
                        role_span(analysis, "content", "that the port would stay open")])
    assert [text[c.start : c.end] for c in drop_circumstance(analysis, x)] == ["that the port would stay open"]


@pytest.mark.parametrize(("text", "cue", "passive"), [
    ("Senator accused of misleading voters on pensions", "accused", True),
    ("Mayor criticised over cuts to bus routes", "criticised", True),
    ("The senator accused her rival of lying.", "accused", False),
    ("The minister warned of shortages this winter.", "warned", False),
])
def test_a_headline_passive_has_no_speaker(text: str, cue: str, passive: bool) -> None:
    analysis = Analysis.of(Article(text))
    subject = text.split(" " + cue)[0]
    x = Linked(role_span(analysis, "cue", cue), source=role_span(analysis, "source", subject))
    assert is_passive(analysis, x) is passive


def test_a_cue_opening_a_quotation_after_its_subject_is_a_quoted_predicate() -> None:
    text = 'The regime "wants to send the young men to the front." Nobody signed it.'
    analysis = Analysis.of(Article(text))
    x = Linked(role_span(analysis, "cue", "wants"), source=role_span(analysis, "source", "The regime"),
               content=[role_span(analysis, "content", "to send the young men to the front.\"")])
    assert is_quoted_predicate(analysis, x)
    said = 'The regime said "it wants peace."'
    a2 = Analysis.of(Article(said))
    y = Linked(role_span(a2, "cue", "said"), source=role_span(a2, "source", "The regime"),
               content=[role_span(a2, "content", '"it wants peace."')])
    assert not is_quoted_predicate(a2, y)


def test_an_imperative_stays_one_when_a_later_quotation_was_adopted() -> None:
    text = 'Accept these young men at all.\n\nThe army "wants to avoid losses."'
    analysis = Analysis.of(Article(text))
    adopted = replace(role_span(analysis, "content", '"wants to avoid losses."'), sentence=1)
    x = Linked(role_span(analysis, "cue", "Accept"),
               content=[role_span(analysis, "content", "these young men at all"), adopted])
    assert is_unsourced_assertion(analysis, x, load_lexicon())


@pytest.mark.parametrize(("text", "content", "expected"), [
    ("Berg said his containers had been stuck on a ship for nine days.",
     "his containers had been stuck on a ship for nine", "his containers had been stuck on a ship for nine days"),
    ('"We will not give in" said the minister.', '"We will not give in"', '"We will not give in"'),
    ("Berg said the port was closed, and the union agreed.", "the port was closed", "the port was closed"),
])
def test_content_a_word_or_two_short_of_the_sentence_end_runs_on(text: str, content: str, expected: str) -> None:
    analysis = Analysis.of(Article(text))
    fixed = finish_content(analysis, role_span(analysis, "content", content))
    assert text[fixed.start : fixed.end] == expected


def test_overlapping_content_pieces_become_one() -> None:
    text = "Holm said the company would never return, but was open to discussing compensation."
    analysis = Analysis.of(Article(text))
    pieces = [role_span(analysis, "content", "the company would never return, but was open to discussing"),
              role_span(analysis, "content", "discussing compensation")]
    (merged,) = merge_overlaps(pieces)
    assert text[merged.start : merged.end] == ("the company would never return, but was open to discussing "
                                               "compensation")


@pytest.mark.parametrize(("cue", "expected"), [("are", True), ("have been", True), ("are already feeling", True),
                                                ("hit", False)])
def test_a_cue_of_auxiliaries_only_says_nothing(cue: str, expected: bool) -> None:
    text = "Local businesses are already feeling the effects, and others have been hit too."
    analysis = Analysis.of(Article(text))
    x = Linked(role_span(analysis, "cue", cue), content=[role_span(analysis, "content", "the effects")])
    assert is_auxiliary(analysis, x) is expected


@pytest.mark.parametrize(("source", "expected"), [
    ('the Russian "Zvezda" channel broadcast a video', 'the Russian "Zvezda" channel'),
    ("a report released by the ministry", "a report released by the ministry"),
])
def test_a_source_ends_before_a_speech_verb_with_an_object(source: str, expected: str) -> None:
    text = f"On Friday, {source} showing the port."
    analysis = Analysis.of(Article(text))
    cut = cut_at_cue(analysis, role_span(analysis, "source", source), load_lexicon())
    assert text[cut.start : cut.end] == expected


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Two officials, who asked not to be named because they were not allowed to speak, said so.", "asked",
     "to be named because they were"),
    ("Rossi declined to confirm the plan.", "declined to confirm", "the plan"),
    ("An official, who was not authorised to talk to the media, denied it.", "was not authorised",
     "to talk to the media"),
])
def test_refusals_are_no_statements_however_the_tagger_cuts_them(text: str, cue: str, content: str) -> None:
    analysis = Analysis.of(Article(text))
    x = Linked(role_span(analysis, "cue", cue), content=[role_span(analysis, "content", content)])
    assert is_no_comment(analysis, x)


@pytest.mark.parametrize(("text", "source", "expected"), [
    ("Marta Visser, head of the union, said the strike goes on.", "Marta Visser, head of the union",
     "Marta Visser, head of the union,"),
    ("Marta Visser, head of the union said the strike goes on.", "Marta Visser, head of the union",
     "Marta Visser, head of the union"),
    ("In Kessa, Marta Visser said the strike goes on.", "Marta Visser", "Marta Visser"),
])
def test_a_source_with_an_appositive_keeps_its_closing_comma(text: str, source: str, expected: str) -> None:
    analysis = Analysis.of(Article(text))
    fixed = close_appositive(analysis, role_span(analysis, "source", source), role_span(analysis, "cue", "said"))
    assert text[fixed.start : fixed.end] == expected


@pytest.mark.parametrize(("text", "cue", "expected"), [
    ("The Tribune reported last week that the plan was illegal.", "reported last", "reported last week"),
    ("The Tribune reported last that the plan was illegal.", "reported last", "reported last"),
    ("The Tribune said this week that the plan was illegal.", "said", "said"),
])
def test_a_cue_cut_inside_its_time_adverbial_runs_on_over_the_time_noun(text: str, cue: str,
                                                                       expected: str) -> None:
    analysis = Analysis.of(Article(text))
    x = Linked(role_span(analysis, "cue", cue), content=[role_span(analysis, "content", "that the plan")])
    got = finish_cue(analysis, x)
    assert text[got.start : got.end] == expected


def test_content_pieces_a_few_tokens_apart_with_no_cue_between_are_one() -> None:
    text = "The company warned that its results, due in April, would include a charge, Ana said."
    analysis = Analysis.of(Article(text))
    pieces = [role_span(analysis, "content", "that its results, due"),
              role_span(analysis, "content", "would include a charge")]
    (got,) = bridge_gaps(analysis, pieces, set())
    assert text[got.start : got.end] == "that its results, due in April, would include a charge"
    cue = role_span(analysis, "cue", "April")  # a cue (or source) in the gap keeps them apart
    assert len(bridge_gaps(analysis, pieces, set(range(cue.token_start, cue.token_end)))) == 2


@pytest.mark.parametrize(("text", "source", "expected"), [
    ('"We waited," said Joan Pike, whose house was flooded to the ceiling.',
     "Joan Pike, whose house was flooded", "Joan Pike, whose house was flooded to the ceiling"),
    ('"We waited," said Joan Pike, who lives by the river, on Monday.', "Joan Pike", "Joan Pike"),
    ("Joan Pike said the house was flooded to the ceiling.", "Joan Pike", "Joan Pike"),
])
def test_a_source_after_its_cue_a_few_words_short_of_the_sentence_end_runs_on(
        text: str, source: str, expected: str) -> None:
    analysis = Analysis.of(Article(text))
    got = finish_inverted(analysis, role_span(analysis, "source", source), role_span(analysis, "cue", "said"))
    assert text[got.start : got.end] == expected


@pytest.mark.parametrize(("text", "content", "expected"), [
    ("It added that it expected volumes to recover.", "volumes to recover", "that it expected volumes to recover"),
    ("It added that volumes would recover.", "volumes would recover", "volumes would recover"),
    ("It added on Monday volumes would recover.", "volumes would recover", "volumes would recover"),
])
def test_a_content_runs_back_to_the_that_after_its_cue(text: str, content: str, expected: str) -> None:
    analysis = Analysis.of(Article(text))
    x = Linked(role_span(analysis, "cue", "added"), content=[role_span(analysis, "content", content)])
    (got,) = reach_back(analysis, x, set())
    assert text[got.start : got.end] == expected


@pytest.mark.parametrize(("text", "source", "expected"), [
    ("The figures, which were first reported by the Tribune, show that spending rose.", "the Tribune,",
     "The figures"),
    ("The figures, which were first reported last year, show that spending rose.", "The figures",
     "The figures"),
    ("In May, the Tribune, a daily, reported that spending rose.", "the Tribune, a daily,",
     "the Tribune, a daily,"),
    ("The study, led by researchers at the university, reported that runoff rose.",
     "researchers at the university,", "The study"),
    ("WASHINGTON -- The study, led by researchers at the university, reported that runoff rose.",
     "researchers at the university,", "The study"),
])
def test_a_source_inside_the_subjects_relative_clause_gives_way_to_the_subject(
        text: str, source: str, expected: str) -> None:
    analysis = Analysis.of(Article(text))
    cue = "show" if " show " in text else "reported"
    x = Linked(role_span(analysis, "cue", cue), source=role_span(analysis, "source", source))
    got = subject_over_clause(analysis, x, load_lexicon())
    assert text[got.start : got.end] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A man who works at the yard, who asked not to be named, said staff had complained.",
     "A man who works at the yard"),
    ("Two women, who asked not to be named, said staff had complained.", "Two women"),
    ("12:30 — A man who works at the yard, who asked not to be named, said staff had complained.",
     "A man who works at the yard"),
    ("9.15am GMT - A resident, who asked not to be named, said staff had complained.", "A resident"),
    ("A report on the yard, read to the inquiry on Monday, said staff had complained.", "A report on the yard"),
    ("A report on the yard, presented to councillors, said staff had complained.", "A report on the yard"),
])
def test_a_cue_with_no_source_takes_the_subject_set_off_by_a_relative_clause(text: str, expected: str) -> None:
    analysis = Analysis.of(Article(text))
    got = subject_source(analysis, Linked(role_span(analysis, "cue", "said")), load_lexicon())
    assert got is not None and text[got.start : got.end] == expected


@pytest.mark.parametrize(("text", "cue", "content", "expected"), [
    ("Sato added in an interview with the Courier that staff would come.", "added in an",
     "that staff would come", "added in an interview with the Courier"),
    ('"Staff will come," Sato said in an interview.', "said in an", '"Staff will come,"',
     "said in an interview"),
    ("Sato reserved her praise for the nurses.", "reserved her praise for", "the nurses",
     "reserved her praise for"),
    ("The envoy said through his interpreter that talks would resume.", "said through",
     "that talks would resume", "said through his interpreter"),
])
def test_a_cue_cut_after_a_preposition_runs_on_to_its_content(text: str, cue: str, content: str,
                                                               expected: str) -> None:
    analysis = Analysis.of(Article(text))
    x = Linked(role_span(analysis, "cue", cue), content=[role_span(analysis, "content", content)])
    got = close_cue(analysis, x)
    assert text[got.start : got.end] == expected


@pytest.mark.parametrize(("text", "label", "expected"), [
    ("Calder Freight, the shipping group, plans to cut jobs.", "ORG", "Calder Freight, the shipping group,"),
    ("Calder Freight, the shipping group, plans to cut jobs.", None, "the shipping group,"),
])
def test_an_appositive_source_takes_the_name_before_its_comma(text: str, label: str | None,
                                                              expected: str) -> None:
    analysis = Analysis.of(Article(text))
    name = text.split(",")[0]
    analysis.layers["entities"] = [{"start": 0, "end": len(name), "label": label}] if label else []
    got = widen_to_name(analysis, role_span(analysis, "source", "the shipping group,"))
    assert text[got.start : got.end] == expected


@pytest.mark.parametrize(("text", "cue", "expected"), [
    ('Fans sang while chanting, "Hands up," in the stands.', "chanting,", "chanting"),
    ('The senator wrote: "We will win."', "wrote:", "wrote:"),
    ("Officials said, however, that the road stays shut.", "said,", "said"),
])
def test_a_cue_never_ends_on_a_comma(text: str, cue: str, expected: str) -> None:
    analysis = Analysis.of(Article(text))
    got = drop_break(analysis, role_span(analysis, "cue", cue))
    assert text[got.start : got.end] == expected
