"""Typing a source phrase: its kind, role (title words) and name, by rules over the lexicons.

The head phrase is the source text up to the first preposition, relative word or participle after its
first word ("pages on social media affiliated with …" → "pages", "a report published last week by …" →
"report", "A memo dated 3 February" → "memo", "data compiled by the statistics office" → "data"); its last
word is the head noun.
- an outlet name anywhere, or a capitalised masthead word closing the head phrase after another word
  ("The Meridian Post", "the Post") → `media`; a head noun listed in `source_nouns` → that noun's kind,
  except that a role noun (spokesman, minister) followed by a name, or a capitalised name as head, →
  `person` with the words before the name as its role; a role noun with an anonymous marker and no name
  ("a senior official") → `anonymous`; a lower-case head not in the lexicon (critics, voters), or the
  plural of a role noun (Economists, analysts) → `anonymous`; an unnamed spokesperson or representative
  for a named body ("a spokesperson for Grainco", "A Calder spokesman", "a ministry spokeswoman") →
  `organisation` (the body speaks through them).
- a company noun before a name ("Developer Halden Homes") → an organisation of that name; a media noun
  before one ("the Kelmari newspaper the Morning Ledger", "the broadcaster RTV") → that outlet.
- a capitalised name the entities layer reads as a name, headed by a document noun ("Starlane
  Records") → `organisation`.
- a part of a group ("Two of its members", "Some of the residents") → `anonymous`, named by the phrase.
- a head noun listed in `document_nouns` ("The Treasury's impact note", "a briefing note seen by …") →
  `document`, whatever the entities layer says (these nouns are also cue verbs, so not `source_nouns`).
- a head noun of `body_nouns` ("the regional health inspectorate", "An inspectorate spokeswoman") is an
  organisation's, like an organisation noun of `source_nouns` (it is no tagger input flag).
- a pronoun → kind `pronoun` here; coreference replaces it with its antecedent's kind.
An `entities` layer, when present and the head noun is not in the lexicon, overrides: PER → person,
ORG → organisation, MEDIA (an ORG whose fine label is MEDIA_OUTLET) → media.
- a phrase closed by a capitalised name after a comma ("A spokesman for the ministry, Colonel Igor
  Semyonov") → that name's type when it is a `person`, with the words before the comma as its role.
- an organisation noun phrase followed by a name ("The regulator, the Financial Conduct Board,") → an
  organisation of that name (media for a media noun).
- a name followed by a "which" clause ("Tallis Polymers, which employs 450 people,") is no person: an
  organisation.
- a name after a comma and a lower-case description of it ("The committee's chair, retired civil servant
  Dr Marguerite Fenn,") → that person, with the words before the comma as its role (not after a
  preposition or participle: ", speaking to Interfax" names no one).
- a named person followed by an appositive ("Rami Khalil, a researcher at …,") → that person, with the
  appositive as role when the name carries none.
- an occupation noun before a two-word name ("Shopkeeper Alma Treacher", `occupation_nouns`) → that
  person, the role noun (and the words before it) as role, whatever the entities layer says.
- a title with a portfolio ("Secretary of State John Kerry", "Minister for Administrative Affairs Bertil
  Osgood") → the person named by its last two words, the rest as role.
- "X of Y's Z" is headed by Z when Z is a document, organisation or media noun ("the Chamber of
  Commerce's quarterly survey" → a document, not a person "Chamber").
- a lone capitalised plural of a common noun for people with no entity ("Defenders of the bill",
  "Staff at the ministry", "Councillors") → `anonymous`, not a person named "Defenders".
- "the" and a capitalised name with no title in it and no entity ("The Green List") → `organisation`:
  no person is named with "the" ("the Reverend …", "the Pope" stay persons).
- a media noun before a name with a name particle in it ("the newspaper Jornal do Norte") → that outlet.
Limits: no parser, so an appositive's role is all its words (up to the next comma), and capitalised plural
heads (Democrats) are guessed to be organisations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newssift import lexicons
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.lexicon import load as load_lexicon
from newssift.analyzers.attribution.reduced_passives import ends_head
from newssift.analyzers.attribution.source_text import named_part, plain
from newssift.analyzers.attribution.wire_names import wire_agency

BREAKS = {"in", "on", "of", "from", "at", "with", "affiliated", "who", "which", "that", "close", "for",
          "familiar", "within", "inside", "near", "to", "by", ",", "(", "–", "—",
          "published", "released", "issued", "posted", "obtained", "seen", "cited", "based", "briefed",
          "polled", "surveyed", "interviewed", "questioned", "contacted", "reached",
          "involved", "speaking", "representing", "advising", "dated", "last", "earlier", "yesterday"}
# participles that also stand before a noun ("a leaked memo", "a written statement"): a break only
# when a preposition or time word follows them ("data compiled by …", "Spreadsheets included in …")
POST_PARTICIPLES = {"compiled", "written", "prepared", "drafted", "signed", "leaked", "included", "sent",
                    "produced", "commissioned", "collected", "gathered", "drawn", "shared", "circulated",
                    "attached", "taken", "filed", "submitted", "reviewed", "found", "kept",
                    "standing", "living", "working", "sitting", "walking"}  # "a man standing near …"
AFTER_PARTICIPLE = {"by", "in", "to", "on", "at", "from", "with", "for", "last", "this", "earlier", "near",
                    "outside"}
RELATIVES = frozenset({"who", "whose", "which"})
SPEAKERS = {"spokesperson", "spokesman", "spokeswoman", "representative", "spokespeople"}
# inside a name: "Ledger & Line", "Jornal do Norte", "Diario de la Tarde", "Corriere della Sera"
NAME_JOINS = frozenset({"&", "and", "of", "do", "da", "dos", "das", "de", "del", "della", "di", "du", "des",
                        "la", "le", "el", "der", "van", "von"})
TITLES = frozenset({"reverend", "rev", "honourable", "honorable", "hon", "archbishop", "bishop", "cardinal",
                    "rabbi", "imam", "sheikh", "father", "lord", "lady", "king", "queen", "prince",
                    "princess"})
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame"}  # titles, not roles
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their"}
WORD_RE = re.compile(r"\w+(?:['’]\w+)*(?:-\w+)*|[^\w\s]")
QUOTE_CHARS = "\"“”«»'‘’"
APPOSITIVE_NAME = re.compile(r",\s+((?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+)(?:,\s*\d{1,3})?\W*$")  # age
DESCRIBED_NAME = re.compile(r",\s+(?:(?:the|an?)\s+)?(?P<described>(?:[a-z][\w'’-]*\s+){1,4})"
                            r"(?P<name>(?:[A-Z][\w.'’-]*\s+){1,4}[A-Z][\w'’-]+)(?:,\s*\d{1,3})?\W*$")
QUANTIFIERS = {"none", "neither", "either", "each", "all", "both", "most", "any", "few"}
POSSESSIVE = re.compile(r"['’]s$")
AGENT_PLURAL = re.compile(r"(?:er|or|ist|ant|ent|ian|ee)s$")
WHICH_CLAUSE = re.compile(r"[^,]+,\s*which\b")  # a name a "which" clause describes is no person
OF_NAME = re.compile(r"\s(?:of|at|from)\s+(?:the\s+)?[A-Z]")  # "Mirela Santos of the Saren Institute"
NAMED_BODY = re.compile(r",\s+(?:the\s+)?((?:[A-Z][\w.'’&-]*\s+){0,5}[A-Z][\w'’-]+)\W*$")


@dataclass(frozen=True)
class SourceType:
    kind: str  # person|organisation|media|anonymous|document|pronoun
    role: str | None
    name: str | None
    head: str  # lower-case head noun ("spokesman", "sources", "peskov")


def classify(text: str, lexicon: Lexicon | None = None, entity_label: str | None = None) -> SourceType:
    """Kind, role and name of a source phrase (see the module docstring)."""
    lex = lexicon or load_lexicon()
    text = plain(text)  # "Marwick herself", "…, Piet Achterberg, who gave evidence …,"
    matches = [m for m in WORD_RE.finditer(text) if m.group() not in QUOTE_CHARS]
    words = [_Word(m.group(), m.start(), m.end(), text) for m in matches]
    lower = [_base(w.lower()) for w in words]
    if not words:
        return SourceType("anonymous", None, None, "")
    if len(words) == 1 and lower[0] in lex.pronouns:
        return SourceType("pronoun", None, None, lower[0])
    part = _part_of(words, lower, lex)
    if part is not None:
        named_as = named_part(text)  # "One of the survivors, Alasdair Coombe,"
        inner = classify(named_as[1], lex, "PER") if named_as else None
        return SourceType("person", named_as[0], inner.name, inner.head) if inner and named_as else part
    body = _named_body(text, lex)
    if body is not None:
        return body
    named = APPOSITIVE_NAME.search(text) or _described_name(text)
    if named and len(words) > 1:
        inner = classify(named.group(named.re.groups), lex, "PER")
        if inner.kind == "person":
            role = re.sub(r"^(?:an?|the)\s+", "", text[: named.start()].strip(), flags=re.I)
            return SourceType("person", role, inner.name, inner.head)
    described = (_described_person(text, lex, entity_label) or _possessed(words, lower, lex)
                 or _titled_name(words, lower, lex) or _role_before_name(words, lower, lex))
    if described is not None:
        return described
    head_n = _head_length(lower)
    head_words, head_lower = words[:head_n], lower[:head_n]
    head = head_lower[-1]
    label = entity_label
    if head in lex.nouns or head in _bodies():
        entity_label = None  # the lexicon's head noun ("sources", "channel") outranks the NER guess
    if head in lex.documents and head not in lex.nouns:  # "The Treasury's impact note", "a briefing note"
        return SourceType("document", None, _strip_det(head_words), head)
    owned = _owned_venue(head_words, head_lower, lex)  # "the union's website": a page, not an outlet
    if owned is not None:
        return owned
    outlet = _described_outlet(head_words, head_lower, lex)  # "the Kelmari newspaper the Morning Ledger"
    if outlet is not None:
        return outlet
    if (wire := wire_agency(list(head_words), head_lower)) is not None:
        return SourceType("media", None, *wire)  # "the Norpress agency", "Tarpress"
    masthead = head_n > 1 and head in lex.mastheads and head_words[-1][:1].isupper()
    if (entity_label == "MEDIA" or lex.outlet_in(lower) or lex.nouns.get(head) == "media" or masthead
            or _broadcast_name(head_words, head_lower) or _media_compound(head_lower, lex)):
        return SourceType("media", None, _strip_det(words[:head_n]), head)
    if _named_like_document(head_words, head, lex, label):  # "Starlane Records"
        return SourceType("organisation", None, _strip_det(head_words), head)
    speaks_for = _speaks_for(words, lower, head_n, lex)
    if head in SPEAKERS and _name_start(head_words, head_lower, lex) is None:
        body = speaks_for or _body_before(head_words, head_lower, lex)
        if body is not None:  # "a spokesperson for the Tidewater Observer" speaks for an outlet
            kind = "media" if classify(body, lex).kind == "media" else "organisation"
            return SourceType(kind, _join(head_words[-1:]), body, head)
    company = _described_company(head_words, head_lower, lex)
    if entity_label is None and WHICH_CLAUSE.match(text) and _noun_kind(head, lex) is None:
        # "Tallis Polymers, which employs 450 people," (not "The documents, which include …")
        entity_label = "ORG"
    return company or _by_head(head_words, head_lower, head, lex, entity_label)


def _described_outlet(words: list[str], lower: list[str], lex: Lexicon) -> SourceType | None:
    """"the Kelmari newspaper the Morning Ledger", "the broadcaster RTV": a media noun of the lexicon
    before a capitalised name (after an optional "the") → that outlet, named by the name; a capitalised
    media noun is part of the name ("the Varoshi News Agency")."""
    at = max((i for i, w in enumerate(lower[:-1])
              if lex.nouns.get(w) == "media" and not words[i][:1].isupper()
              and not POSSESSIVE.search(words[i])), default=None)  # not "the network's CEO Ann Lee"
    if at is None:
        return None
    at += 1
    while at < len(words) - 1 and lower[at] in lexicons.load("media_compounds"):  # "news agency X"
        at += 1
    rest = words[at + (lower[at] == "the") :]
    if not rest or not rest[0][:1].isupper() or not _name_words(rest):
        return None
    return SourceType("media", None, _join(rest), lower[-1])


def _name_words(words: list[str]) -> bool:
    """Capitalised words or numbers, joined inside by "&", "and", "of" or a name particle ("Ledger &
    Line", "Jornal do Norte")."""
    return all(w[:1].isupper() or w.isdigit() or (0 < i < len(words) - 1 and w.lower() in NAME_JOINS)
               for i, w in enumerate(words))


def _owned_venue(words: list[str], lower: list[str], lex: Lexicon) -> SourceType | None:
    """"The union's website", "the party's YouTube channel", "its website": an online venue
    (`online_venues`) of an owner that is no outlet is a document; an outlet's own ("The Guardian's
    website") stays media."""
    if lower[-1] not in lexicons.load("online_venues"):
        return None
    owner = next((i for i in range(len(words) - 1) if POSSESSIVE.search(words[i])
                  or lower[i] in ("its", "their", "his", "her")), None)
    if owner is None:
        return None
    if lower[owner] not in ("its", "their", "his", "her"):
        owned_by = classify(_join(words[: owner + 1])[:-2].rstrip("'’"), lex)
        if owned_by.kind == "media":
            return None
    return SourceType("document", None, _strip_det(words), lower[-1])


def _media_compound(lower: list[str], lex: Lexicon) -> bool:
    """"the news agency", "a radio station": a compound noun (`media_compounds`) after a media noun."""
    return (len(lower) >= 2 and lower[-1] in lexicons.load("media_compounds")
            and lex.nouns.get(lower[-2]) == "media")


def _broadcast_name(words: list[str], lower: list[str]) -> bool:
    """"Radio Kestrel", "Channel 9 Valmont": a capitalised broadcast word (`media_prefixes`) opening a
    name of two words or more (after an optional "the")."""
    start = int(bool(lower) and lower[0] == "the")
    return (len(words) - start >= 2 and words[start][:1].isupper()
            and lower[start] in lexicons.load("media_prefixes") and _name_words(words[start + 1 :]))


def _described_company(words: list[str], lower: list[str], lex: Lexicon) -> SourceType | None:
    """"Developer Halden Homes", "the engineering firm Vantor": a company noun (`company_nouns`) before
    a capitalised name → that organisation, named without its descriptor and headed by the noun (so
    "the developer" later is the same source); "the developer" alone → an organisation."""
    if lower[-1] in lex.companies and lower[-1] not in lex.nouns:
        return SourceType("organisation", None, _strip_det(words), lower[-1])
    at = max((i for i, w in enumerate(lower[:-1]) if w in lex.companies), default=None)
    rest = list(zip(words[at + 1 :], lower[at + 1 :])) if at is not None else []
    if not rest or not all(w[:1].isupper() and lex.nouns.get(lw) != "person" for w, lw in rest):
        return None  # "Group chief Ana Berg", "Group Chief Executive Ana Berg" are persons
    return SourceType("organisation", None, _join(words[at + 1 :]), lower[at])


def _part_of(words: list[str], lower: list[str], lex: Lexicon) -> SourceType | None:
    """"Two of its members", "Some of the residents", "None of this": unnamed people (or no one), named by
    the whole phrase up to its first break after "of" (not just "Two", nor a person "None")."""
    if len(words) < 3 or lower[1] != "of" or lower[0] in ("a", "an"):
        return None
    if not (lower[0].isdigit() or lower[0] in lex.anonymous or lower[0] in QUANTIFIERS):
        return None
    end = 2 + _head_length(lower[2:])
    return SourceType("anonymous", None, _join(words[:end]), lower[0])  # head "one": he may follow


def _named_body(text: str, lex: Lexicon) -> SourceType | None:
    """"The regulator, the Financial Conduct Board," → the organisation (or outlet) named after the
    comma, when the words before it are a lower-case phrase headed by an organisation or media noun."""
    named = NAMED_BODY.search(text)
    before = text[: named.start()] if named else ""
    if not named or not before.strip() or any(w[:1].isupper() for w in before.split()[1:]):
        return None
    body = classify(before, lex)
    if body.kind not in ("organisation", "media") or body.role:
        return None
    return SourceType(body.kind, None, named.group(1), body.head)


def _described_person(text: str, lex: Lexicon, entity_label: str | None) -> SourceType | None:
    """"Rami Khalil, a researcher at the Levant Policy Centre," → the person, with the appositive after
    the comma as role when the name itself carries none or only a title ("Dr.", "Ms."); an age before
    it is skipped ("Tom Harker, 54, a fisherman from Northgate"); a relative clause ("Visser, who
    leads …") or a bare number ("King, 82,") is no role. An appositive headed by an organisation or
    media noun makes the name that kind ("Calder Freight, the container shipping group based in Port
    Ellis,"); one headed by an organisation noun makes a masthead-like name ("The Alpine Conflict
    Monitor, an independent research group,") an organisation, not an outlet."""
    first, comma, rest = text.partition(",")
    parts = rest.split(",")
    words = (parts[1] if len(parts) > 1 and parts[0].strip().isdigit() else parts[0]).split()
    determiner = bool(words) and words[0].lower() in ("a", "an", "the")
    role = re.split(r"\s+(?:who|which|whose)\s", " ".join(words[determiner:]))[0]  # not "… who was not …"
    if not comma or not role or not (determiner or role[0].islower()) or role.split()[0] in RELATIVES:
        return None
    inner = classify(first, lex, entity_label)
    honorific = (inner.role or "").lower().strip(".") in HONORIFICS  # "Dr. Ana Vidal, an epidemiologist"
    if inner.kind == "media" and inner.name and not lex.outlet_in(first.lower().split()):
        body = classify(role, lex)  # "The Alpine Conflict Monitor, an independent research group,"
        if body.kind == "organisation" and not body.role and body.head not in ("agency", "service"):
            return SourceType("organisation", None, inner.name, inner.head)
    if inner.kind != "person" or not inner.name or (inner.role and not honorific):
        return None
    body = classify(role, lex)
    if body.kind in ("organisation", "media") and not body.role:  # "Calder Freight, the shipping group"
        return (SourceType("person", inner.role, inner.name, inner.head) if OF_NAME.search(first)
                else SourceType(body.kind, None, inner.name, body.head))  # not "X of the Y Centre, a charity"
    return SourceType("person", role, inner.name, inner.head)


def _speaks_for(words: list[str], lower: list[str], head_n: int, lex: Lexicon) -> str | None:
    """"Grainco" of "a spokesperson for Grainco, …": the capitalised name after for/of/at, or a short
    phrase headed by an organisation noun ("a spokeswoman for the harbour board")."""
    if head_n >= len(words) or lower[head_n] not in ("for", "of", "at"):
        return None
    name: list[str] = []
    rest = head_n + 1 + (head_n + 1 < len(words) and lower[head_n + 1] == "the")
    for w, lw in zip(words[rest:], lower[rest:]):
        if not (w[:1].isupper() or (name and lw in ("of", "and", "&"))):
            break
        name.append(w)
    while name and name[-1].lower() in ("of", "and", "&"):
        name.pop()
    if not name:
        phrase = words[rest : rest + _head_length(lower[rest:])]
        body = phrase[-3:] if phrase and _noun_kind(phrase[-1].lower(), lex) == "organisation" else []
        return _join(body) if body and len(body) == len(phrase) else None
    return _join(name)


def _body_before(words: list[str], lower: list[str], lex: Lexicon) -> str | None:
    """"Calder" of "A Calder spokesman", "ministry" of "a ministry spokeswoman": the words between the
    determiner and the speaker noun, when all are capitalised or organisation nouns of the lexicon."""
    start = 0
    while start < len(words) - 1 and lower[start] in DETERMINERS:
        start += 1
    mods = words[start:-1]
    if not mods or not all(w[:1].isupper() or _noun_kind(lw, lex) == "organisation"
                           for w, lw in zip(mods, lower[start:-1])):
        return None
    return _join(mods)


@cache
def _bodies() -> frozenset[str]:
    return lexicons.load("body_nouns")


def _noun_kind(word: str, lex: Lexicon) -> str | None:
    """The kind a head noun gives: `source_nouns`, else `organisation` for a `body_nouns` word, `person`
    for an `office_nouns` one ("the head of the regulator")."""
    return lex.nouns.get(word) or ("organisation" if word in _bodies() else None) or (
        "person" if word in lexicons.load("office_nouns") else None)


def _by_head(words: list[str], lower: list[str], head: str, lex: Lexicon,
             entity_label: str | None) -> SourceType:
    noun_kind = _noun_kind(head, lex)
    name_start = _name_start(words, lower, lex)
    if entity_label == "PER" or (name_start is not None and _has_role(lower[:name_start], lex)):
        start = name_start if name_start is not None else 0
        return SourceType("person", _role(words[:start]), _join(words[start:]), head)
    if entity_label == "ORG":
        return SourceType("organisation", None, _strip_det(words), head)
    if noun_kind == "person":
        anon = any(w in lex.anonymous for w in lower) and not any(w == "the" for w in lower)
        return SourceType("anonymous" if anon else "person", _role(words), None, head)
    if noun_kind is not None:
        return SourceType(noun_kind, None, _strip_det(words), head)
    if name_start is not None:
        plural = head.endswith("s") and not words[-1].endswith("'s") and len(words) == 1
        noun = lex.nouns.get(head[:-1]) if plural else None
        kind = {None: "person", "person": "anonymous"}.get(noun, "organisation")
        if kind == "person" and entity_label is None and _the_name(lower, name_start, lex):
            kind = "organisation"  # "The Green List said": no person is "the" + a name
        if kind == "person" and len(words) == 1 and entity_label is None and _common_plural(lower[0]):
            kind = "anonymous"  # "Defenders of the bill argue", "Staff at the ministry said"
        return SourceType(kind, _role(words[:name_start]), _join(words[name_start:]), head)
    return SourceType("anonymous", None, _strip_det(words), head)


def _possessed(words: list[str], lower: list[str], lex: Lexicon) -> SourceType | None:
    """"the Chamber of Commerce's quarterly survey": "X of Y's Z" is headed by Z when Z is a document,
    organisation or media noun of the lexicon (not the name "Chamber" cut before "of")."""
    head_n = _head_length(lower)
    if head_n >= len(words) - 2 or lower[head_n] != "of":
        return None
    p = next((i for i in range(head_n + 1, len(words) - 1) if POSSESSIVE.search(words[i])), None)
    if p is None or any(w in BREAKS for w in lower[head_n + 1 : p]):
        return None
    end = p + 1 + _head_length(lower[p + 1 :])
    kind = lex.nouns.get(lower[end - 1])
    if kind not in ("document", "organisation", "media"):
        return None
    return SourceType(kind, None, _strip_det(words[:end]), lower[end - 1])


def _titled_name(words: list[str], lower: list[str], lex: Lexicon) -> SourceType | None:
    """"Secretary of State John Kerry", "Minister for Administrative Affairs Bertil Osgood": a title (a
    capitalised role noun, not a speaker noun), "of" / "for" and a run of at least three capitalised
    words ends on a name (its last two words; the rest is the portfolio, part of the role); "Minister
    of Foreign Affairs" and "the director of Harlow Steel Works" name no one."""
    head_n = _head_length(lower)
    run = words[head_n + 1 :]
    title, low = words[head_n - 1], lower[head_n - 1]
    if (lex.nouns.get(low) != "person" or low in SPEAKERS or not title[:1].isupper()
            or head_n >= len(words) or lower[head_n] not in ("of", "for") or len(run) < 3
            or not all(w[:1].isupper() for w in run)
            or any(w in lex.nouns or w in lex.companies for w in lower[-2:])):
        return None
    return SourceType("person", _role(words[:-2]), _join(words[-2:]), lower[-1])


def _role_before_name(words: list[str], lower: list[str], lex: Lexicon) -> SourceType | None:
    """"Shopkeeper Alma Treacher", "Farmer Tom Hale": a singular occupation noun (`occupation_nouns`; titles
    such as "Dr", "Colonel" stay part of the name) right before a name of two capitalised words (not
    lexicon nouns) → that person, with the words up to the noun as role (an entities layer's ORG guess
    does not hold)."""
    occupations = lexicons.load("occupation_nouns")
    if len(words) < 3 or _head_length(lower) < len(words) or lower[-3] not in occupations:
        return None
    if not all(w[:1].isupper() and lw not in lex.nouns and lw not in lex.companies
               for w, lw in zip(words[-2:], lower[-2:])):
        return None
    return SourceType("person", _role(words[:-2]), _join(words[-2:]), lower[-1])


def _described_name(text: str) -> re.Match | None:
    """"The committee's chair, retired civil servant Dr Marguerite Fenn,": a name of two capitalised
    words or more after a comma and a lower-case description of it (no preposition or other stop word,
    not opening with a participle in -ing: not ", speaking to Interfax", ", according to Reuters"; an
    -ing modifier inside it is fine: "Her main rival, former mining executive Desmond Ashe,")."""
    m = DESCRIBED_NAME.search(text)
    stops = lexicons.load("np_stops")
    described = m.group("described").split() if m else []
    if m is None or any(w in stops for w in described) or described[0].endswith("ing"):
        return None  # an -ing word inside the description is a modifier: "former mining executive"
    return m


def _common_plural(word: str) -> bool:
    """A plural common noun for people, capitalised only because it opens the sentence: a plural of
    `plural_nouns` ("Staff") or an agent noun in -ers / -ors / -ists / -ants / -ents / -ians / -ees
    ("Defenders", "Councillors", "Opponents"); a surname such as "Sanders" is told apart only by the
    entities layer (a PER entity), which is read before this."""
    return word in lexicons.load("plural_nouns") or AGENT_PLURAL.search(word) is not None


class _Word(str):
    """A word that remembers where it sits in the source phrase (so names keep their spacing)."""

    def __new__(cls, value: str, start: int, end: int, text: str) -> _Word:
        obj = super().__new__(cls, value)
        obj.start, obj.end, obj.text = start, end, text
        return obj


def _join(words: list[str]) -> str:
    if not words:
        return ""
    if all(isinstance(w, _Word) for w in words):
        return words[0].text[words[0].start : words[-1].end]
    return " ".join(words)


def _base(w: str) -> str:
    return re.sub(r"['’]s$", "", w)


def _head_length(lower: list[str]) -> int:
    for i in range(1, len(lower)):
        if lower[i] in BREAKS or ends_head(lower, i) or (lower[i] in POST_PARTICIPLES and i + 1 < len(lower)
                                                        and lower[i + 1] in AFTER_PARTICIPLE):
            return i
    return len(lower)


def _name_start(words: list[str], lower: list[str], lex: Lexicon) -> int | None:
    """Start of the trailing run of capitalised words that are not lexicon nouns (the name)."""
    i = len(words)
    while i > 0 and words[i - 1][:1].isupper() and lower[i - 1] not in lex.nouns \
            and lower[i - 1] not in DETERMINERS and lower[i - 1] not in lex.anonymous:
        i -= 1
    return i if i < len(words) else None


def _the_name(lower: list[str], name_start: int, lex: Lexicon) -> bool:
    """"the" and a name with no title in it ("The Green List"; not "the Reverend Al Moss", "the Pope")."""
    titles = HONORIFICS | TITLES | lexicons.load("entity_roles")
    return lower[:name_start] == ["the"] and not any(w in titles or _has_role([w], lex) for w in lower)


def _has_role(lower: list[str], lex: Lexicon) -> bool:
    return any(lex.nouns.get(w) == "person" for w in lower)


def _role(words: list[str]) -> str | None:
    role = _strip_det(words)
    return role or None


def _named_like_document(words: list[str], head: str, lex: Lexicon, entity_label: str | None) -> bool:
    """"Starlane Records": a capitalised name of two words or more that the entities layer reads as a
    name (ORG, or PER by mistake) and whose last word is a document noun is an organisation."""
    name = [w for w in words if w.lower() not in DETERMINERS]
    return (entity_label in ("ORG", "PER") and lex.nouns.get(head) == "document" and len(name) > 1
            and all(w[:1].isupper() for w in name))


def _strip_det(words: list[str]) -> str:
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return _join(words).strip(QUOTE_CHARS + " ")
