"""An unnamed person the next paragraph names with an age is that person ("A pilot …\n\nOle Brant, 52,")."""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.coref import Mention, resolve
from newssift.analyzers.attribution.records import SourceRef
from newssift.analyzers.attribution.reveals import revealed
from newssift.analyzers.attribution.sources import classify
from newssift.text import Article


def _mentions(text: str, sources: list[str]) -> tuple[Analysis, list[Mention]]:
    analysis = Analysis.of(Article(text, title=text.split("\n")[0]))
    name = "Ole Brant"
    start = text.index(name)
    analysis.layers["entities"] = [{"start": start, "end": start + len(name), "label": "PER", "entity_id": "e1"}]
    out, pos = [], 0
    for i, words in enumerate(sources):
        pos = text.index(words, pos)
        ref = SourceRef(pos, pos + len(words), words, "person")
        index = next((p.index for p in analysis.paragraphs if p.start <= pos < p.end), -1)
        out.append(Mention(ref, classify(words), f"s{i + 1}", index))
        pos += len(words)
    return analysis, out


TEXT = ("Harbour pilot quits over pay\n\nA pilot accused of speeding said on Friday that the rota had been unfair."
        "\n\nOle Brant, 52, had worked the crossing for twenty years. The pilot said he would appeal.")


def test_an_unnamed_person_named_with_an_age_next_is_that_person() -> None:
    analysis, mentions = _mentions(TEXT, ["Harbour pilot", "A pilot accused of speeding", "The pilot"])
    assert set(revealed(analysis, mentions)) == {id(m) for m in mentions}
    entries = resolve(analysis, mentions)
    assert [e.name for e in entries] == ["Ole Brant"]
    assert entries[0].kind == "person"


def test_no_age_or_an_anonymity_clause_leaves_the_person_unnamed() -> None:
    no_age = TEXT.replace("Ole Brant, 52,", "Ole Brant")
    assert not revealed(*_mentions(no_age, ["A pilot accused of speeding"]))
    text = TEXT.replace("of speeding", "of speeding, who asked not to be named,")
    assert not revealed(*_mentions(text, ["A pilot accused of speeding"]))


def test_a_plural_description_is_not_one_person() -> None:
    text = TEXT.replace("A pilot accused of speeding said", "Two pilots accused of speeding said")
    assert not revealed(*_mentions(text, ["Two pilots accused of speeding"]))


def test_one_of_a_vox_pop_is_not_the_next_person_named() -> None:
    text = TEXT.replace("A pilot accused of speeding said", "One pilot accused of speeding said")
    assert not revealed(*_mentions(text, ["One pilot accused of speeding"]))


def test_a_name_and_age_opening_a_later_sentence_of_the_paragraph() -> None:
    text = TEXT.replace("unfair.\n\nOle Brant, 52,", "unfair. Ole Brant, 52,")
    assert revealed(*_mentions(text, ["A pilot accused of speeding"]))


def test_the_same_noun_in_apposition_to_the_name_two_paragraphs_on() -> None:
    text = TEXT.replace("Ole Brant, 52, had", "The crossing reopened.\n\nThe pilot, Ole Brant, had")
    assert revealed(*_mentions(text, ["A pilot accused of speeding"]))
    other = TEXT.replace("Ole Brant, 52, had", "The crossing reopened.\n\nThe mayor, Ole Brant, had")
    assert not revealed(*_mentions(other, ["A pilot accused of speeding"]))


def test_a_name_met_before_the_description_is_someone_else() -> None:
    text = TEXT.replace("Harbour pilot quits over pay\n\n", "Harbour pilot quits over pay\n\nOle Brant praised the crew. ")
    assert not revealed(*_mentions(text, ["A pilot accused of speeding"]))


def test_a_name_and_age_belong_to_the_first_description_of_the_sentence() -> None:
    text = TEXT.replace("A pilot accused of speeding said", "A clerk was sacked by a pilot who said")
    assert not revealed(*_mentions(text, ["a pilot who"]))


def test_the_head_noun_as_a_title_names_the_description() -> None:
    text = TEXT.replace("Ole Brant, 52, had worked", "The crossing reopened.\n\nPilot Ole Brant had worked")
    assert revealed(*_mentions(text, ["A pilot accused of speeding"]))
