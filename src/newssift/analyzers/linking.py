"""Entity linking within one article: mentions of one referent share an `entity_id`.

Rules, in order (a pure function over the entities and the shared tokens; no model):
1. Named mentions merge when their names match after dropping "the" and a possessive; a person's
   surname alone ("Lavrin") or a full name with the same surname and initial joins the most recent
   person group with that surname; an acronym joins the organisation it abbreviates ("UN").
2. Roles: capitalised titles and role nouns right before a name ("Russian Deputy Defence Minister
   Arkady Lavrin", "Colonel Igor Semyonov"), an appositive after it ("Rami Khalil, a researcher at ..."),
   or a role phrase before a comma ("A spokesman for the ministry, Colonel Igor Semyonov").
3. Nominal mentions: "the <Capitalised modifier> <institution>" ("the Syrian government") starts a group
   of its own; a bare "the regime" / "the government" joins the most recent such group of the same kind;
   "the minister" joins the most recent person whose role has that noun; "the base" the most recent
   facility ending in it. A bare nominal with no antecedent is left out (refuse to guess).
Limits: no pronouns ("he", "its"), no cross-article identity, no world knowledge ("Moscow" as the Russian
government stays a place); a surname shared by two people in one article joins the most recent one.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from newssift import lexicons
from newssift.text import Sentence, Token, span_dict

FUNCTION_WORDS = frozenset({
    "the", "a", "an", "of", "for", "to", "and", "or", "said", "says", "told", "by", "with", "in",
    "on", "at", "from", "that", "as", "when", "while", "who", "which", "but", "is", "was", "were",
    "are", "has", "had", "have", "be", "been"})
DETERMINERS = ("the ", "a ", "an ")


class Mention(Protocol):
    start: int
    end: int
    text: str
    label: str
    fine_label: str | None


@dataclass
class EntityGroup:
    entity_id: str
    name: str
    label: str
    roles: list[str] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    fine_label: str | None = None
    kind: str | None = None  # institution kind of a nominal group ("government", ...)

    def to_dict(self) -> dict[str, Any]:
        return {"entity_id": self.entity_id, "name": self.name, "label": self.label,
                "roles": list(self.roles), "mentions": list(self.mentions),
                "fine_label": self.fine_label}


def key(name: str) -> str:
    name = name.lower()
    for det in DETERMINERS:
        name = name.removeprefix(det)
    return re.sub(r"['’]s$", "", name).strip()


def initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in FUNCTION_WORDS]
    return "".join(w[0] for w in words).lower()


class _Index:
    """Named groups by mention key, by surname (people) and by acronym, for O(1) matching."""

    def __init__(self) -> None:
        self.by_key: dict[str, EntityGroup] = {}
        self.by_surname: dict[str, EntityGroup] = {}
        self.by_acronym: dict[str, EntityGroup] = {}  # "un" → the group named "UN" or "United Nations"

    def find(self, m: Mention) -> EntityGroup | None:
        mk = key(m.text)
        if mk in self.by_key:
            return self.by_key[mk]
        words = mk.split()
        if m.label == "PER" and words:
            g = self.by_surname.get(words[-1])
            gw = key(g.name).split() if g else []
            if g and (len(words) == 1 or len(gw) == 1 or words[0][0] == gw[0][0]):
                return g
            return None
        plain = mk.replace(".", "")
        if m.label in ("ORG", "LOC") and len(words) == 1 and 1 < len(plain) <= 6:
            return self.by_acronym.get(plain)
        return self.by_acronym.get(initials(m.text)) if len(words) > 1 else None

    def add(self, m: Mention, g: EntityGroup) -> None:
        mk = key(m.text)
        self.by_key[mk] = g
        words = mk.split()
        if g.label == "PER" and words:
            self.by_surname[words[-1]] = g
        elif len(words) > 1:
            self.by_acronym[initials(m.text)] = g
        elif 1 < len(mk.replace(".", "")) <= 6:
            self.by_acronym[mk.replace(".", "")] = g


def link(text: str, entities: Sequence[Mention], sentences: Sequence[Sentence],
         tokens: Sequence[Token]) -> tuple[list[str], list[EntityGroup]]:
    """Entity ids for `entities` (in order) and the groups, nominal mentions included."""
    groups: list[EntityGroup] = []
    ids: list[str] = []
    index = _Index()
    for m in entities:
        group = index.find(m)
        if group is None:
            group = EntityGroup(f"e{len(groups) + 1}", m.text, m.label, fine_label=m.fine_label)
            groups.append(group)
        elif len(key(m.text)) > len(key(group.name)):
            group.name, group.label = m.text, m.label
        group.mentions.append(span_dict(text, m.start, m.end))
        index.add(m, group)
        ids.append(group.entity_id)
        if m.label == "PER":
            for role in roles_of(text, tokens, sentences, m.start, m.end):
                if role not in group.roles:
                    group.roles.append(role)
    add_nominals(text, entities, groups)
    for g in groups:
        g.mentions.sort(key=lambda s: s["start"])
    return ids, groups


def _sentence_tokens(tokens: Sequence[Token], sentences: Sequence[Sentence], pos: int) -> list[Token]:
    for s in sentences:
        if s.start <= pos < s.end:
            return list(tokens[s.token_start : s.token_end])
    return []


def roles_of(text: str, tokens: Sequence[Token], sentences: Sequence[Sentence], start: int,
             end: int) -> list[str]:
    """Role phrases the text gives a person mention at `[start, end)`."""
    toks = _sentence_tokens(tokens, sentences, start)
    before = [t for t in toks if t.end <= start]
    after = [t for t in toks if t.start >= end]
    found = [title_before(text, before), appositive_after(text, after),
             appositive_before(text, before)]
    return [r for r in found if r]


def _is_role(word: str) -> bool:
    return word.lower().strip(".") in lexicons.load("entity_roles")


def title_before(text: str, before: list[Token]) -> str | None:
    """Capitalised titles and role nouns right before a name ("Defence Minister", "U.S. Secretary of
    State"). The phrase must hold a role noun; capitalised words between it and the name are kept only
    after "of" ("Minister of Defence"), otherwise they are taken for a missed part of the name."""
    taken: list[Token] = []  # nearest to the name first
    seen_role = False
    for tok in reversed(before):
        word = tok.text
        if _is_role(word):
            seen_role = True
        elif word == "of" and taken and taken[-1].text[:1].isupper() and not seen_role:
            pass  # "Secretary of State": the connector inside a title
        elif not (word[:1].isupper() or (seen_role and word.isalpha() and word.islower()
                                         and word not in FUNCTION_WORDS)):
            break
        taken.append(tok)
    roles = [i for i, t in enumerate(taken) if _is_role(t.text)]
    if not roles:
        return None
    tail = taken[: roles[0]]
    if not (tail and tail[-1].text == "of"):
        taken = taken[roles[0] :]
    return text[taken[-1].start : taken[0].end]


def _phrase_role(text: str, toks: list[Token]) -> str | None:
    if not toks or len(toks) > 12 or not any(_is_role(t.text) for t in toks):
        return None
    phrase = text[toks[0].start : toks[-1].end]
    for det in ("a ", "an ", "the ", "A ", "An ", "The "):
        phrase = phrase.removeprefix(det)
    return phrase


def appositive_after(text: str, after: list[Token]) -> str | None:
    """"<Name>, a researcher at X," → "researcher at X"."""
    if len(after) < 2 or after[0].text != ",":
        return None
    toks = []
    for tok in after[1:]:
        if tok.text in (",", ".", ";", ":", "(", ")") or tok.text in ("said", "says", "told"):
            break
        toks.append(tok)
    if not toks:
        return None
    first = toks[0].text
    if first.lower() not in ("a", "an", "the") and not _is_role(first) \
            and not first.endswith(("'s", "’s")):
        return None
    return _phrase_role(text, toks)


def appositive_before(text: str, before: list[Token]) -> str | None:
    """"A spokesman for the ministry, Colonel Igor Semyonov" → "spokesman for the ministry"."""
    k = len(before) - 1
    while k >= 0 and (before[k].text[:1].isupper() or _is_role(before[k].text)):
        k -= 1
    if k < 1 or before[k].text != ",":
        return None
    toks = []
    for tok in reversed(before[:k]):
        if tok.text in (",", ".", ";", ":", "\u201c", "\u201d", '"'):
            break
        toks.insert(0, tok)
    return _phrase_role(text, toks)


def _institutions() -> dict[str, str]:
    pairs = (line.split("|") for line in lexicons.load("entity_institutions"))
    return {noun.strip(): kind.strip() for noun, kind in pairs}


NOMINAL_RE = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w’'-]*\s+){0,3})([a-z]+)\b")


def add_nominals(text: str, entities: Sequence[Mention], groups: list[EntityGroup]) -> None:
    """Add "the Syrian government" groups and link bare "the regime" / "the minister" mentions."""
    institutions = _institutions()
    inside = _Overlaps([(e.start, e.end) for e in entities])
    latest = _Latest(groups)
    for m in NOMINAL_RE.finditer(text):
        modifier, noun = m.group(1).strip(), m.group(2)
        start, end = m.start(), m.end()
        if inside(start, end, m.start(1), m.end(1)):
            continue  # part of a named entity ("The Syrian Ministry of Information")
        mention = span_dict(text, start, end)
        if noun in institutions and modifier:
            target = _add_institution(groups, mention, f"{modifier} {noun}", institutions[noun])
        elif noun in institutions:
            target = latest(start, lambda g, k=institutions[noun]: g.kind == k)
        elif not modifier:
            target = latest(start, lambda g, n=noun: _nominal_fits(g, n))
        else:
            continue
        if target:
            if target.mentions[-1] is not mention:
                target.mentions.append(mention)
            latest.seen(target, start)


class _Overlaps:
    """Whether `[start, end)` overlaps an entity other than one inside `[keep_start, keep_end)`."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.reach = list(itertools.accumulate((b for _, b in self.spans), max))  # max end so far

    def __call__(self, start: int, end: int, keep_start: int, keep_end: int) -> bool:
        k = bisect.bisect_left(self.starts, end) - 1
        while k >= 0 and self.reach[k] > start:
            a, b = self.spans[k]
            if b > start and not (a >= keep_start and b <= keep_end):
                return True
            k -= 1
        return False


class _Latest:
    """The group with the latest mention before a position among those that fit; positions must come
    in increasing order, and mentions added meanwhile are reported with `seen`."""

    def __init__(self, groups: list[EntityGroup]):
        self.groups = groups
        self.events = sorted((s["start"], i) for i, g in enumerate(groups) for s in g.mentions)
        self.done = 0
        self.last: dict[int, int] = {}  # id(group) → latest mention start seen

    def seen(self, group: EntityGroup, start: int) -> None:
        self.last[id(group)] = max(self.last.get(id(group), -1), start)

    def __call__(self, pos: int, fits: Callable[[EntityGroup], bool]) -> EntityGroup | None:
        while self.done < len(self.events) and self.events[self.done][0] < pos:
            start, i = self.events[self.done]
            self.seen(self.groups[i], start)
            self.done += 1
        best, best_pos = None, -1
        for g in self.groups:
            at = self.last.get(id(g), -1)
            if at > best_pos and fits(g):
                best, best_pos = g, at
        return best


def _add_institution(groups: list[EntityGroup], mention: dict[str, Any], name: str,
                     kind: str) -> EntityGroup:
    for g in groups:
        if g.kind == kind and key(g.name) == key(name):
            g.mentions.append(mention)
            return g
    groups.append(EntityGroup(f"e{len(groups) + 1}", name, "ORG", mentions=[mention], kind=kind))
    return groups[-1]


def _nominal_fits(group: EntityGroup, noun: str) -> bool:
    if group.label == "PER":
        return _is_role(noun) and any(noun in r.lower().split() for r in group.roles)
    return group.fine_label == "FAC" and key(group.name).endswith(noun)
