"""Within-article entity linking: merged mentions, roles from titles and appositives, nominal mentions."""

from __future__ import annotations

import pytest

from newssift.analyzers.entities import Entity
from newssift.analyzers.linking import initials, key, link
from newssift.segment import segment


def _entities(text: str, names: list[tuple[str, str]]) -> list[Entity]:
    """Entities for (surface, label) pairs given in text order, each found after the previous one."""
    found, pos = [], 0
    for name, label in names:
        start = text.index(name, pos)
        pos = start + len(name)
        fine = "FAC" if name.endswith(" base") else None
        found.append(Entity(start, pos, name, label, 0.9, fine_label=fine))
    return found


def _link(text: str, names: list[tuple[str, str]]):
    seg = segment(text, has_title=False)
    ents = _entities(text, names)
    ids, groups = link(text, ents, seg.sentences, seg.tokens)
    return ents, ids, groups


def _group_of(groups, mention: str):
    return next(g for g in groups if mention in [m["text"] for m in g.mentions])


@pytest.mark.parametrize(("text", "names", "together"), [
    ("Russian Defence Minister Sergei Shoigu arrived. Shoigu said the army was ready.",
     [("Sergei Shoigu", "PER"), ("Shoigu", "PER")], ["Sergei Shoigu", "Shoigu"]),
    ("The United Nations sent aid. A UN convoy reached the town.",
     [("United Nations", "ORG"), ("UN", "ORG")], ["United Nations", "UN"]),
    ("Officials in Syria said Syria's army was ready.",
     [("Syria", "LOC"), ("Syria", "LOC")], ["Syria", "Syria"]),
])
def test_named_mentions_of_one_referent_share_an_id(text, names, together) -> None:
    ents, ids, groups = _link(text, names)
    by_text = {}
    for e, i in zip(ents, ids):
        by_text.setdefault(e.text, set()).add(i)
    assert len(set().union(*(by_text[t] for t in together))) == 1
    assert len(groups) == 1


def test_different_people_with_different_surnames_stay_apart() -> None:
    _, ids, _ = _link("Anna Kovac met Oleg Marin. Kovac left first.",
                      [("Anna Kovac", "PER"), ("Oleg Marin", "PER"), ("Kovac", "PER")])
    assert ids[0] == ids[2] != ids[1]


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Russian Deputy Defence Minister Arkady Lavrin told the meeting that troops were ready.",
     "Arkady Lavrin", "Russian Deputy Defence Minister"),
    ("A spokesman for the ministry, Colonel Igor Semyonov, told reporters nothing.",
     "Igor Semyonov", "Colonel"),
    ("A spokesman for the ministry, Colonel Igor Semyonov, told reporters nothing.",
     "Igor Semyonov", "spokesman for the ministry"),
    ("Rami Khalil, a researcher at the Levant Policy Centre, said the plan failed.",
     "Rami Khalil", "researcher at the Levant Policy Centre"),
    ("Yesterday Anna Kovac said it was over.", "Anna Kovac", None),
    ("U.S. Secretary of State Dana Hill arrived in Kyiv.", "Dana Hill", "U.S. Secretary of State"),
    ("Kremlin spokesman Oleg Marin denied it.", "Oleg Marin", "Kremlin spokesman"),
    ("Minister Sergei Shoigu spoke.", "Shoigu", "Minister"),  # NER missed "Sergei": not a title
])
def test_roles_come_from_titles_and_appositives(text: str, name: str, role: str | None) -> None:
    _, _, groups = _link(text, [(name, "PER")])
    if role is None:
        assert groups[0].roles == []
    else:
        assert role in groups[0].roles


def test_the_minister_links_to_the_person_with_that_role() -> None:
    text = ("Defence Minister Sergei Shoigu visited the front. Anna Kovac stayed home. "
            "The minister promised more troops.")
    _, _, groups = _link(text, [("Sergei Shoigu", "PER"), ("Anna Kovac", "PER")])
    assert [m["text"] for m in _group_of(groups, "Sergei Shoigu").mentions] == [
        "Sergei Shoigu", "The minister"]


@pytest.mark.parametrize(("text", "mentions"), [
    ("Militias loyal to the Syrian regime grew. Critics say the regime pays them.",
     ["the Syrian regime", "the regime"]),
    ("Militias loyal to the Syrian government grew. The regime pays them, critics say.",
     ["the Syrian government", "The regime"]),
])
def test_bare_institution_joins_the_named_one(text: str, mentions: list[str]) -> None:
    _, _, groups = _link(text, [("Syrian", "MISC")])
    group = _group_of(groups, mentions[0])
    assert [m["text"] for m in group.mentions] == mentions
    assert group.label == "ORG"


def test_bare_nominal_without_antecedent_is_left_out() -> None:
    _, _, groups = _link("The regime denied it. Anna Kovac disagreed.", [("Anna Kovac", "PER")])
    assert [g.name for g in groups] == ["Anna Kovac"]


def test_the_base_links_to_the_facility() -> None:
    text = "Jets flew from the Hmeimim air base. Later the base was quiet."
    _, _, groups = _link(text, [("Hmeimim air base", "LOC")])
    assert [m["text"] for m in groups[0].mentions] == ["Hmeimim air base", "the base"]


@pytest.mark.parametrize(("name", "expected"), [
    ("the Syrian regime", "syrian regime"), ("Russia's", "russia"), ("Kovac", "kovac")])
def test_key_drops_articles_and_possessives(name: str, expected: str) -> None:
    assert key(name) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("United Nations", "un"), ("North Atlantic Treaty Organization", "nato"),
    ("Ministry of Defence", "md")])
def test_initials_skip_function_words(name: str, expected: str) -> None:
    assert initials(name) == expected


def test_group_dict_has_the_contract_fields() -> None:
    _, _, groups = _link("Anna Kovac spoke.", [("Anna Kovac", "PER")])
    d = groups[0].to_dict()
    assert {"entity_id", "name", "label", "roles", "mentions"} <= set(d)
    assert d["mentions"] == [{"start": 0, "end": 10, "text": "Anna Kovac"}]
