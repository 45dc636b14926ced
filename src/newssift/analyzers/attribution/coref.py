"""Source coreference: link pronoun and nominal source mentions to earlier ones and merge every mention
of one source into one `SourceEntry`.

In text order, a mention joins:
- a named person → the entry with the same surname (last name word), e.g. "Shoigu" → "Sergei Shoigu";
- a role without a name ("the Russian Defense Minister") → the latest person entry of that head noun (0.8);
- he/she → the person source named last before it, as a source or in the text (a PER entity of the
  same or the previous paragraph whose surname a person source carries: "Whitcombe, 61, has represented
  Ohio since 2019. She said …"; never a name inside a source's own clause: "said Maria Lopez, who
  represents Latimer. She said …" is Lopez; nor one its own sentence then calls by the other pronoun:
  `genders`; after "The star herself …" it is the story's protagonist: `intensives`), else the latest
  person entry or unnamed single person
  ("a government official", never "two people") not already called by the other pronoun (he never
  links to a source earlier called she). When that latest person was called by the other pronoun, or
  there is none, a person named in the text since ("Elmford boss Kevin Hurst was unhappy. '…,' he
  said") becomes a source of its own, as does one named in the pronoun's paragraph when the latest
  candidate is unnamed ("Neither side gave details. … Vasić told reporters … He said"); they → the
  latest anonymous / organisation / media entry; it → the latest organisation / media / document entry,
  else the organisation named last in the text, in the same or the previous paragraph ("Ventalo …
  unveiled a subscription that it says …", an ORG entity; score 0.6). The link score is 0.8 when the
  antecedent was mentioned in the same or the previous paragraph and no other source was mentioned
  since, else 0.35; when another source came in between AND the candidate is more than a paragraph
  back, the pronoun is not linked at all (a source of its own, link score 0.3): refusing beats a
  confident wrong link, unless he/she follows an unnamed person the writer just introduced ("A
  colleague …", 0.6) or a statement by "sources", an organisation or an outlet in the previous
  sentence (a translation's "sources stated … She pointed out", 0.35; `antecedents`). Such an
  unresolved pronoun is an `anonymous` source with the role "unresolved pronoun": the text does not
  say who is speaking, so it must not count as a named source in the profile;
- "the 34-year-old", "the Polish coach" (`epithets`) → the person named last in the same or the previous
  paragraph, as a source or in the text ("Striker Dan Okoro scored twice. '…,' said the 34-year-old");
- a definite phrase ("the sources", "the channel") → the latest entry with the same kind and head noun
  (a capitalised name, "the Library Trust", only one whose name ends on it: not "the Dunmarrow Fire and
  Rescue Service" → "police and the fire service");
  a bare "the agency", "the company" → else the latest source, when it is a named organisation of the
  same or the previous paragraph ("The World Health Organization said … The agency estimates …", score
  0.6; not "the regional environment agency", a body of its own);
  "the service", "the office" → else the organisation named last in the text, in the same or the
  previous paragraph, whose name ends on that noun ("A statement from the Dunmore Fire Service said …
  The service said …", score 0.6); "the firm", "the company" (`company_nouns`) → else the company named
  last there, even one that never spoke ("The depot is run by Velmont Chemicals. … the firm said",
  score 0.6); a research paper "the paper" → else the latest document source when it is a study, report
  or paper and no other research noun came since (`papers.same_document`, score 0.6);
- a bare "you" in the writer's own voice addresses the reader: that statement is dropped
  (`addresses_reader`, applied by the analyzer);
- "I" / "we" in the writer's own voice, outside every quotation and every other statement's content
  ("I think it is the wrong call", "We dispute that …"), → one source "the author" (a person, role
  "author"), never a person quoted before; no pronoun links to it ("she told me" is not the author);
- anything else → the entry with the same normalised name, or a new entry.
A headline label that names a role only ("Minister: 'We will not resign'") is read after the body: it
links to the one person the body names with that role ("Health Minister Ana Ruiz", score 0.8), and
stays a source of its own when the body names none or several ("Health Minister …", "Finance Minister
…") or an unnamed holder ("a junior minister"). A surname label ("Ruiz: …") links by surname as above.
Limits: gender agreement only from the pronouns already linked; an antecedent that never spoke is found
only as a PER entity of the same or the previous paragraph (else the pronoun links to the nearest
source); no cataphora except the headline label above and a person the next paragraph names (`reveals`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newssift.analysis import Analysis
from newssift.analyzers.attribution import antecedents, authors, intensives, paper_refs, possessors, speakers
from newssift.analyzers.attribution.entity_layer import entities_within, owned
from newssift.analyzers.attribution.epithets import is_epithet
from newssift.analyzers.attribution.full_names import same_name
from newssift.analyzers.attribution.genders import called_other, noun_gender
from newssift.analyzers.attribution.it_links import mentioned, stale
from newssift.analyzers.attribution.lexicon import load as load_lexicon
from newssift.analyzers.attribution.modifiers import named_body, proper_name, same_body
from newssift.analyzers.attribution.org_names import organisation_entity
from newssift.analyzers.attribution.quoted_names import in_quotation
from newssift.analyzers.attribution.records import SourceEntry, SourceRef, Statement
from newssift.analyzers.attribution.repeated_heads import earlier_head
from newssift.analyzers.attribution.reveals import revealed
from newssift.analyzers.attribution.sources import SourceType
from newssift.analyzers.counted import plural
from newssift.text import Span

PRONOUN_KINDS = {"he": ("person",), "she": ("person",), "they": ("anonymous", "organisation", "media"),
                 "it": ("organisation", "media", "document"), "we": ("organisation", "person"),
                 "i": ("person",)}
# an entity after one of these inside a source phrase is not the source ("sources in the city of Hama",
# "Marta Visser, who leads the … Union")
_PREPOSITION = re.compile(r"\b(?:in|of|from|at|on|with|near|inside|close to|who|which)\b|,", re.I)
DEFINITE = ("the ", "these ", "those ", "this ", "that ")
# "the agency", "the company": the named organisation that spoke last, when it is the latest source
GENERIC_BODIES = frozenset({"agency", "company", "firm", "group", "organisation", "organization", "body",
                            "fund", "service", "bank", "office", "authority", "commission", "ministry"})
# the kinds a definite "the <noun>" of each kind may refer back to: an outlet is an organisation too
BODY_KINDS = {"organisation": {"organisation", "media"}, "media": {"media"}}
AGE_PHRASE = re.compile(r"\d+-year-old")  # "said the 34-year-old": a person named just before
UNRESOLVED = "unresolved pronoun"  # the role of a pronoun source with no antecedent
AUTHOR = "author"  # the role of the writer's own first-person statements ("I think", "We dispute")
FIRST_PERSON = frozenset({"i", "we"})


@dataclass
class _Entry:
    entry: SourceEntry
    head: str
    last: int  # start of the latest mention
    last_paragraph: int
    names: list[str] = field(default_factory=list)
    pronouns: set[str] = field(default_factory=set)  # he / she already linked here


@dataclass
class Mention:
    ref: SourceRef
    type: SourceType
    statement: str
    paragraph: int
    typed: SourceRef | None = None  # what a relative-pronoun ref stands for ("Visser" of "Visser, who")
    author: bool = False  # a first-person "I" / "we" in the writer's own voice (`is_author`)

    @property
    def named(self) -> SourceRef:
        """The words that name the source: the antecedent of a relative pronoun, else the ref itself."""
        return self.typed or self.ref


def resolve(analysis: Analysis, mentions: list[Mention]) -> list[SourceEntry]:
    """Merge mentions into sources; sets each ref's `source_id`, `kind` (pronouns) and `link_score`."""
    entries: list[_Entry] = []
    ordered = sorted(mentions, key=lambda m: m.ref.start)
    headline, reveal = _headline_roles(analysis, ordered), revealed(analysis, ordered)
    for m in [m for m in ordered if id(m) not in headline] + [m for m in ordered if id(m) in headline]:
        if m.author:
            _join(_author_entry(analysis, entries, m), m, 0.8)
            continue
        if (name := reveal.get(id(m))) is not None:  # "A pilot …\n\nAnselm Vrederik, 47, …": `reveals`
            _join(_person_named(analysis, entries, name) or _name_entry(analysis, entries, name, m), m, 0.6)
            continue
        if id(m) in headline:  # after the body: the one person it names with that role
            _join(_role_holder(entries, m.type.head) or _new_entry(analysis, entries, m), m, 0.8)
            continue
        target, score = _antecedent(entries, m, analysis.title)
        if m.type.kind == "pronoun" and m.type.head in ("he", "she"):
            target, score = _he_she(analysis, entries, m, target, score)
            if (star := intensives.protagonist(analysis, m.ref.start, m.type.head)) is not None:
                named = _person_named(analysis, entries, star)  # "The star herself …": `intensives`
                target, score = named or _name_entry(analysis, entries, star, m), 0.6
            if target is not None and score < 0.8:  # weak: the sources it sits between win
                found = antecedents.continued_source(analysis, [e.entry for e in entries], m.ref.start,
                                                     [(o.ref.start, o.type.head) for o in ordered])
                target, score = next(((e, 0.35) for e in entries if e.entry is found), (target, score))
        elif m.type.head == "it" and stale(target, m, score) and (doc := _it_document(analysis, entries, m)):
            target, score = doc, 0.6  # a document just introduced beats a weak link
        elif ((AGE_PHRASE.fullmatch(m.type.head) or is_epithet(m.named.text))
              and m.named.text.lower().startswith("the ")):  # "the 34-year-old", "the Polish coach"
            target, score = _age_antecedent(analysis, entries, m)
        if target is None:
            target = (_body_named_in_text(analysis, entries, m) or _research_paper(analysis, entries, m)
                      or _it_document(analysis, entries, m) or _it_named_in_text(analysis, entries, m))
            score = 0.6 if target is not None else score
        if target is None and m.type.kind == "pronoun" and m.type.head in ("he", "she"):
            target, score = _stray_pronoun(analysis, entries, m, score)
        if target is None:
            target = _new_entry(analysis, entries, m)
        _join(target, m, score)
    return [e.entry for e in entries]


def is_author(m: Mention, statements: list[Statement], quoted: list[Span]) -> bool:
    """Is the mention a first-person "I" / "we" in the writer's own voice ("I think it is the wrong call",
    "We do not dispute that …"): outside every quotation and every other statement's content (inside
    them it is a speaker's own word and links as a pronoun)?"""
    if m.type.kind != "pronoun" or m.type.head not in FIRST_PERSON:
        return False
    return _in_writer_voice(m.ref, [s for s in statements if s.id != m.statement], quoted)


def addresses_reader(s: Statement, statements: list[Statement], quoted: list[Span]) -> bool:
    """Is the statement's source a bare "you" in the writer's own voice ("You may already know what
    …"): the reader addressed, no source (outside every quotation and other statement's content)?"""
    if s.source is None or s.source.text.strip().lower() != "you":
        return False
    return _in_writer_voice(s.source, [o for o in statements if o is not s], quoted)


def _in_writer_voice(ref: SourceRef, others: list[Statement], quoted: list[Span]) -> bool:
    """Is `ref` outside every quotation and every content of the `others` statements?"""
    inside = [*quoted, *(c for o in others for c in o.content)]
    return not any(q.start <= ref.start and ref.end <= q.end for q in inside)


def _author_entry(analysis: Analysis, entries: list[_Entry], m: Mention) -> _Entry:
    """The one source of the writer's own statements: "the author" (a person, role "author")."""
    found = next((e for e in entries if e.entry.role == AUTHOR), None)
    if found is not None:
        return found
    entry = SourceEntry(f"src{len(entries) + 1}", "the author", "person", AUTHOR, [], [], None,
                        text_of=analysis.text)
    e = _Entry(entry, AUTHOR, m.ref.start, m.paragraph)
    entries.append(e)
    return e


def _headline_roles(analysis: Analysis, mentions: list[Mention]) -> set[int]:
    """Ids of the title mentions that name a role only ("Minister: 'We will not resign'") when the body
    names exactly one person with that role ("Health Minister Ana Ruiz") and no other holder of it ("a
    junior minister"): they link to that person once the body is read."""
    title = analysis.title
    if title is None:
        return set()
    out = set()
    for m in mentions:
        t = m.type
        if not title.start <= m.ref.start < title.end or t.kind != "person" or t.name or not t.role:
            continue
        body = [b for b in mentions if not title.start <= b.ref.start < title.end
                and t.head in (b.type.role or "").lower().split()]
        named = {b.type.name.split()[-1].lower() for b in body if b.type.kind == "person" and b.type.name}
        unnamed = [b for b in body if not b.type.name and not b.named.text.lower().startswith(DEFINITE)]
        if len(named) == 1 and not unnamed:
            out.add(id(m))
    return out


def _role_holder(entries: list[_Entry], head: str) -> _Entry | None:
    """The one named person entry whose role has the head noun `head`."""
    found = [e for e in entries if e.entry.kind == "person" and e.names and e.entry.role
             and head in e.entry.role.lower().split()]
    return found[0] if len(found) == 1 else None


def _antecedent(entries: list[_Entry], m: Mention, title: Span | None) -> tuple[_Entry | None, float]:
    t, low = m.type, m.named.text.lower()
    latest = sorted((e for e in entries if e.entry.role != AUTHOR), key=lambda e: e.last, reverse=True)
    if t.kind == "pronoun":
        kinds = PRONOUN_KINDS.get(t.head, ())
        found = next((e for e in latest if (e.entry.kind in kinds or _singular_anonymous(e, t.head)
                                            or authors.plural_people(e.head, t.head))
                      and not _other_gender(e, t.head)), None)
        if found is None:
            return None, 0.3
        near = m.paragraph - found.last_paragraph <= 1
        if latest[0] is not found and not near:
            return None, 0.3
        return found, 0.8 if latest[0] is found and near else 0.35
    if t.kind == "person" and t.name:
        surname = t.name.split()[-1].lower()
        return next((e for e in latest if e.entry.kind == "person" and surname in e.names), None), 1.0
    if t.kind == "person":  # "Maren Ostby's lawyer": not a lawyer of someone else (`possessors`)
        return next((e for e in latest if e.entry.kind == "person" and e.entry.role and t.head in
                     e.entry.role.lower().split() and possessors.fits(m.named.text, e.entry.role)), None), 0.8
    if low.startswith(DEFINITE):  # a capitalised name only as the end of the entry's name
        named = " ".join(low.split()[1:]) if any(w[:1].isupper() for w in m.named.text.split()[1:]) else ""
        found = next((e for e in latest if e.entry.kind in BODY_KINDS.get(t.kind, {t.kind})
                      and e.head == t.head and e.entry.name.lower().endswith(named)
                      and same_body(low, e.entry.name, t.head)), None)
        found = found or earlier_head(latest, low.split(), BODY_KINDS.get(t.kind, set()))
        if found is not None:  # "the agency" → "Varoshi News Agency", an outlet; "the company" again
            return found, 0.8
        if (t.head in GENERIC_BODIES or t.kind == "media") and t.kind in BODY_KINDS and len(low.split()) == 2:
            found = latest[0] if latest else None
            near = found is not None and m.paragraph - found.last_paragraph <= 1
            if near and found.entry.kind in BODY_KINDS[t.kind] and proper_name(found.entry, title):
                return found, 0.6
    norm = (t.name or m.named.text).lower()
    return next((e for e in latest if same_name(e.entry.name, norm) and e.entry.kind == t.kind),
                None), 1.0


def _he_she(analysis: Analysis, entries: list[_Entry], m: Mention, target: _Entry | None,
            score: float) -> tuple[_Entry | None, float]:
    """he/she: the person source named in the text since the candidate `target`, else `target`; a
    name no source carries becomes a new source when `target` is missing or of the other gender."""
    name = _named_since(analysis, entries, m, target)
    if name is None:
        return target, score
    named = _person_named(analysis, entries, name)
    if called_other(analysis, name, m.ref.start, m.type.head):  # "Ashe's record, where he was …"
        return target, score
    if named is not None and not _other_gender(named, m.type.head):
        return named, 0.8
    if named is None and (target is None or _other_gender(target, m.type.head)
                          or _named_over_unnamed(analysis, target, name, m)):
        return _name_entry(analysis, entries, name, m), 0.8
    return target, score


def _named_over_unnamed(analysis: Analysis, target: _Entry, name: dict, m: Mention) -> bool:
    """"Neither side gave details. … Vasić told reporters … He said …": a person named in the pronoun's
    paragraph after the candidate's last mention wins over an unnamed candidate (`anonymous`), who may
    not be a person at all, over one of an earlier paragraph ("… Brandeis said …\n\nIt is not the first
    time Kaya Moreno has clashed … she accused"), and as the subject before a quotation (`antecedents`)."""
    start = next((p.start for p in analysis.paragraphs if p.index == m.paragraph), 0)
    earlier = target.last_paragraph < m.paragraph  # a named candidate of an earlier paragraph too
    subject = antecedents.subject_before(analysis, name, m.ref.start)  # "Her neighbour Owen Tarrant"
    return ((target.entry.kind == "anonymous" or earlier) and name["start"] >= start) or subject


def _stray_pronoun(analysis: Analysis, entries: list[_Entry], m: Mention,
                   score: float) -> tuple[_Entry | None, float]:
    """he/she with no antecedent: an unnamed person the writer just introduced ("A colleague put it
    better than I can. '…,' she told me", score 0.6), else the unnamed group, organisation or outlet
    of the previous sentence's statement (score 0.35; `antecedents`)."""
    span = antecedents.introduced_person(analysis, m.ref.start)
    if span is not None:
        return _name_entry(analysis, entries, {"start": span.start, "end": span.end}, m, "anonymous"), 0.6
    usable = [e for e in entries if not _other_gender(e, m.type.head) and e.entry.role != AUTHOR]
    prev = antecedents.previous_source(analysis, [e.entry for e in usable], m.ref.start)
    return next((e for e in usable if e.entry is prev), None), 0.35 if prev is not None else score


def _age_antecedent(analysis: Analysis, entries: list[_Entry], m: Mention) -> tuple[_Entry | None, float]:
    """"Striker Dan Okoro scored twice. '…,' said the 34-year-old": the person named last in the same
    or the previous paragraph (a source, or a name the text gives), else a new source."""
    name = _named_since(analysis, entries, m, None)
    if name is None:
        return None, 0.3
    named = _person_named(analysis, entries, name)
    return (named or _name_entry(analysis, entries, name, m)), 0.8


def _body_named_in_text(analysis: Analysis, entries: list[_Entry], m: Mention) -> _Entry | None:
    """"A statement from the Dunmore Fire Service said … The service": a bare generic body ("the service",
    "the office"; not "the central bank") is the organisation named last in the same or the previous
    paragraph whose name ends on that noun (an ORG entity, maybe inside another source's phrase); "the
    firm", "the company" (a company noun) is the company named last there ("The depot is run by Velmont
    Chemicals. … the firm said"), an ORG entity whose name does not end on another source noun ("the
    Environment Agency", "the City Council" are no company) nor follows "its" (`owned`); None if none."""
    t = m.type
    bare = re.match(r"(?:the|this|that)\s+([\w-]+)", m.named.text.strip(), re.I)  # not "The central bank"
    companies, text = load_lexicon().companies, analysis.text
    if t.kind != "organisation" or t.head not in GENERIC_BODIES | companies or not bare or bare[1] != t.head:
        return None
    names = [d for d in entities_within(analysis, _since_paragraph(analysis, m), m.ref.start)
             if organisation_entity(analysis, d, companies) and d.get("fine_label") != "MEDIA_OUTLET"
             and not owned(text, d) and named_body(text[d["start"] : d["end"]], t.head, companies)]
    if not names:
        return None
    d = names[-1]
    text = re.sub(r"^the\s+", "", analysis.text[d["start"] : d["end"]], flags=re.I)
    same = next((e for e in entries
                 if e.entry.kind == "organisation" and e.entry.name.lower() == text.lower()), None)
    if same is not None:
        return same
    return _name_entry(analysis, entries, d, m, "organisation", text)


def _it_named_in_text(analysis: Analysis, entries: list[_Entry], m: Mention) -> _Entry | None:
    """"Ventalo … unveiled AeroVault, a subscription that it says …": "it" with no organisation source
    to point at is the organisation (or outlet) named last in the text, in the same or the previous
    paragraph (an ORG entity, not inside a source's own clause); None if none."""
    if m.type.kind != "pronoun" or m.type.head != "it":
        return None
    names = [d for d in entities_within(analysis, _since_paragraph(analysis, m), m.ref.start)
             if d.get("label") == "ORG" and not _inside_source_clause(analysis, entries, d)]
    if not names:
        return None
    d = names[-1]
    kind = "media" if d.get("fine_label") == "MEDIA_OUTLET" else "organisation"
    text = re.sub(r"^the\s+", "", analysis.text[d["start"] : d["end"]], flags=re.I)
    same = next((e for e in entries if e.entry.kind == kind and e.entry.name.lower() == text.lower()), None)
    return same or _name_entry(analysis, entries, d, m, kind, text)


def _it_document(analysis: Analysis, entries: list[_Entry], m: Mention) -> _Entry | None:
    """"A statement from Aldane's family was read … '…,' it said": `antecedents.introduced_document`."""
    found = antecedents.introduced_document(analysis, m.ref.start) if m.type.head == "it" else None
    if m.type.kind != "pronoun" or found is None:
        return None
    span = {"start": found[0].start, "end": found[0].end}
    e = mentioned(entries, found) or _name_entry(analysis, entries, span, m, "document")
    e.head = found[1]
    return e


def _research_paper(analysis: Analysis, entries: list[_Entry], m: Mention) -> _Entry | None:
    """"According to a study published in … According to the paper, …": a definite research paper
    (`papers.retype`) is the latest research document source, a paper-like one first (`paper_refs`)."""
    if m.type.kind != "document" or not m.named.text.lower().startswith(DEFINITE):
        return None
    docs = sorted((e for e in entries if e.entry.kind == "document"), key=lambda e: e.last)
    return paper_refs.research_document(analysis.text, docs, m.type.head, m.ref.start)


def _person_named(analysis: Analysis, entries: list[_Entry], name: dict) -> _Entry | None:
    """The person entry carrying the surname of the PER entity `name`, if any."""
    surname = analysis.text[name["start"] : name["end"]].split()[-1].lower()
    return next((e for e in entries if e.entry.kind == "person" and surname in e.names), None)


def _other_gender(e: _Entry, pronoun: str) -> bool:
    """Was the entry already called by the other of he/she, or does its head noun say so ("father")?"""
    other = {"he": "she", "she": "he"}.get(pronoun)
    return other is not None and (other in e.pronouns or noun_gender(e.head) == other)


def _named_since(analysis: Analysis, entries: list[_Entry], m: Mention,
                 candidate: _Entry | None) -> dict | None:
    """The PER entity named last before he/she, in the text rather than as a source ("Whitcombe, 61,
    has represented Ohio since 2019. She said …"), after the candidate's latest mention, in the same or
    the previous paragraph, and not inside a source's own clause nor a quotation (`quoted_names`)."""
    floor = _since_paragraph(analysis, m)
    floor = max(floor, candidate.last + 1) if candidate is not None else floor
    names = [d for d in entities_within(analysis, floor, m.ref.start)
             if d.get("label") == "PER" and not _inside_source_clause(analysis, entries, d)
             and not in_quotation(analysis, d["start"], d["end"])]
    return names[-1] if names else None


def _since_paragraph(analysis: Analysis, m: Mention) -> int:
    """Where the paragraph before the mention's starts (0 in the first paragraph)."""
    return max([p.start for p in analysis.paragraphs if p.index == m.paragraph - 1], default=0)


def _name_entry(analysis: Analysis, entries: list[_Entry], name: dict, m: Mention, kind: str = "person",
                text: str | None = None) -> _Entry:
    """A new source for an entity the text names (as `text`, default its words) but never as a
    source: a person before he/she (by the longest name the text gives that entity: "Teodor Vasić" for
    a later "Vasić", with the title words before a mention as role: `antecedents.named_role`), an
    organisation before "the service"."""
    eid = name.get("entity_id")
    same = [d for d in entities_within(analysis, 0, name["end"]) if eid and d.get("entity_id") == eid]
    text = text or max((analysis.text[d["start"] : d["end"]] for d in [name, *same]), key=len)
    role = antecedents.named_role(analysis, [name, *same]) if kind == "person" else None
    entry = SourceEntry(f"src{len(entries) + 1}", text, kind, role, [], [],
                        str(eid) if eid else None, text_of=analysis.text)
    words = [w.lower() for w in text.split()]
    e = _Entry(entry, "he" if kind == "person" else words[-1], name["start"], m.paragraph,
               words if kind == "person" else [])
    entries.append(e)
    return e


def _inside_source_clause(analysis: Analysis, entries: list[_Entry], d: dict) -> bool:
    """Is the entity named inside a source mention after its head ("Maria Lopez, who represents
    Latimer", "a lawyer for Latimer")? Then it is not the one who goes on speaking as he/she."""
    return any(s.start <= d["start"] and d["end"] <= s.end
               and _PREPOSITION.search(analysis.text[s.start : d["start"]])
               for e in entries for s in e.entry.mentions)


def _singular_anonymous(e: _Entry, pronoun: str) -> bool:
    """he/she may point at one unnamed person: "a government official", "a senior diplomat" (never at
    "two people" or "officials"), or at a body whose latest mention is its spokesman (`speakers`)."""
    return pronoun in ("he", "she") and ((e.entry.kind == "anonymous" and not plural(e.head))
                                         or speakers.spoke_last(e.entry, pronoun))


def _new_entry(analysis: Analysis, entries: list[_Entry], m: Mention) -> _Entry:
    t = m.type
    kind, role = ("anonymous", UNRESOLVED) if t.kind == "pronoun" else (t.kind, _cased(t.role, t.kind))
    name = _cased(t.name, t.kind, t.role) or (role if t.kind == "person" and role else m.named.text)
    entry = SourceEntry(f"src{len(entries) + 1}", name, kind, role, [], [],
                        _entity_id(analysis, m.named), text_of=analysis.text)
    e = _Entry(entry, t.head, m.ref.start, m.paragraph)
    entries.append(e)
    return e


def _cased(words: str | None, kind: str, role: str | None = "") -> str | None:
    """A person's role or name set in capitals by a transcript label ("MAYOR OKAFOR: …") in title case
    ("Okafor", role "Mayor"); a name only with a role or of two words or more (a lone "NATO" may be an
    organisation the NER did not see); other words as written."""
    one_word = role is None and len(words.split()) < 2 if words else True
    if words is None or kind != "person" or not words.isupper() or len(words) < 4 or one_word:
        return words
    return words.title()


def _join(e: _Entry, m: Mention, score: float) -> None:
    e.entry.mentions.append(Span(m.named.start, m.named.end))
    if m.statement not in e.entry.statements:
        e.entry.statements.append(m.statement)
    if m.type.kind == "person" and m.type.name:
        e.names.extend(w.lower() for w in m.type.name.split())
        if len(m.type.name) > len(e.entry.name) or e.entry.name == e.entry.role:
            e.entry.name = _cased(m.type.name, "person", m.type.role) or m.type.name
    if e.entry.role is None and m.type.role:
        e.entry.role = _cased(m.type.role, m.type.kind)
    if m.type.kind == "pronoun" and m.type.head in ("he", "she"):
        e.pronouns.add(m.type.head)
    e.last, e.last_paragraph = max(e.last, m.ref.start), m.paragraph
    m.ref.source_id = e.entry.source_id
    m.ref.kind = e.entry.kind
    m.ref.link_score = score


def _entity_id(analysis: Analysis, ref: SourceRef) -> str | None:
    """The id of the PER / ORG entity inside the mention that ends last (the head), if any; an entity
    after a preposition ("sources in the city of Hama") is not the source."""
    best = None
    for d in head_entities(analysis, ref):
        usable = d.get("label") in ("PER", "ORG") and d.get("entity_id")
        if usable and (best is None or d["end"] > best["end"]):
            best = d
    return str(best["entity_id"]) if best else None


def head_entities(analysis: Analysis, ref: SourceRef) -> list[dict]:
    """The entities inside a source mention that are not after a preposition, comma or relative word."""
    return [d for d in entities_within(analysis, ref.start, ref.end)
            if not _PREPOSITION.search(analysis.text[ref.start : d["start"]])]
