"""The `statements` analyzer: who says so. Assigns `statements`, `sources` and `sourcing`.

1. Role tagging: the shipped model (`models/statements/`, a context tagger on the shared encoder's
   token vectors, trained on PolNeAR) tags source / cue / content tokens; without a model, or with
   `use_model=False`, the rule tagger (`attribution/rules.py`) does it instead.
2. Linking (`attribution/linker.py`; a sentence closing on ", the survey found." that the tagger missed is
   read in first, `attribution/closing_clauses.py`): cue ↔ nearest source and contents (an anonymity clause,
   "who asked not to be named", takes no role: `attribution/anonymity.py`; a "source" between a cue and its
   content is the content's subject: `attribution/content_subjects.py`); contents over several sentences stay
   one statement; repairs (`attribution/repair.py`): cut sources widened, missing sources from citing clauses
   or the previous statement, "told reporters that | X noted that …" nested; a content that opens a quotation
   runs on to its closing mark (`attribution/quoting.py`); a quotation closing a paragraph stays with that
   paragraph's speaker, not the next paragraph's (`attribution/paragraph_quotes.py`); a closing "…, the
   company disclosed" takes the whole clause before it when the tagger split it at a verb
   (`attribution/inverted_clauses.py`); a supposition in a conditional clause ("If Ms Brandt means what she
   says, …") is no statement (`attribution/conditional.py`); "Figures published | by the Trust show …" is one
   statement (`attribution/participles.py`); "Kaya Moreno | is said | to be heartbroken" has no source
   (`attribution/passives.py`), nor has "A pilot | accused of | negligence …", which joins its noun phrase
   (`attribution/reduced_passives.py`); "the 'exercises' announced by Sorvo" is Sorvo's
   (`attribution/agents.py`); a headline verb outside the cue lexicon ("The rent bill protects …") is no
   statement (`attribution/headlines.py`), nor is a trait ("Brandt has a talent for the reassuring phrase",
   `attribution/traits.py`), a reaction ('she said, drawing loud cheers. "…"', `attribution/coordination.py`),
   an obligation ("Councillors should vote against the plan", `attribution/modals.py`), a silence ("have said
   nothing about", `attribution/silences.py`), a failure to verify ("could not confirm either account",
   `attribution/unverified.py`), a bare topic ("rarely spoke of it", `attribution/topics.py`), a lone
   possessive content ("admitting | their") or a lone article source ("a | promise"); "with many saying" is
   the group named before ("Fans"), `attribution/quantifiers.py`; "[55%] said …" read as content is the source
   (`attribution/share_subjects.py`); ", for its part," closing a source and "and" closing a content are cut
   (`attribution/trims.py`), and so is a relative word closing a source ("according to a new poll that |
   suggests …", `attribution/relative_ends.py`), and so is the participle of an adjunct closing a source ("…'s
   executive, speaking | privately, said", `attribution/source_participles.py`), as are the words of a time
   clause opening it ("weeks after | the regulator began …", `attribution/source_times.py`), and the topic
   after an inverted source ("said Ola Brandt, a tenant, | of the minister", `attribution/topic_adjuncts.py`);
   "Berg, who declined to be interviewed, said" is Berg's, not the relative clause's
   (`attribution/relatives.py`); "Spreadsheets included in the leak show that …" is the spreadsheets'
   statement, cue "show" (`attribution/documents.py`); a wire dateline ("VARENNA, June 12 (Wire) - ") is no
   content (`attribution/datelines.py`); an action inside another statement's content ("Calder plans to cut
   1,200 jobs, the company said") is none (`attribution/inner.py`); a fronted venue ("In her ruling, | Judge
   Croft wrote …") is no content (`attribution/venues.py`), nor an opening aside ("noted, | however, that …",
   `attribution/content_asides.py`), nor a relative clause before the source ("in Dunmara, which lost …,
   residents describe …", `attribution/relative_asides.py`), nor a contrastive "while a survey counted …"
   clause (`attribution/contrasts.py`); a content cut inside its clause runs on
   (`attribution/content_gaps.py`), and so is one around a parenthetical cue ("The visitor centre, he added,
   was quietly dropped", `attribution/parentheticals.py`); "…, a move the union described as …" closing a
   content is cut (`attribution/appraisals.py`); "did not dispute the date" (`attribution/disputes.py`),
   "posted a single question mark" (`attribution/wordless.py`), "voted for the plan" (`attribution/votes.py`),
   "agree to resume talks" (`attribution/undertakings.py`), "wrote to Solvane in October"
   (`attribution/addressees.py`) and "was giving | a second day at …" (a time adjunct only,
   `attribution/time_contents.py`) are no statements; after coreference, nor is "It showed no sign …" with
   an "it" that points at no source (`attribution/unresolved_its.py`).
3. Rules (`attribution/chains.py`, `attribution/layout.py`): citing chains (`via`), nested attributions,
   speaker labels ("PENCE: …", "Pence: … " headlines), signed quotations ("“…” ― Name") and
   interview answers ("A: …", the interviewee's; an "I" inside a turn is its speaker, `interviews.py`),
   unattributed quotations (one that opens the sentence after '"…," he said.' goes on with that
   speaker: `attribution/continued.py`).
4. Typing and coreference (`attribution/sources.py`, `attribution/papers.py`, `attribution/coref.py`):
   source kind and role ("the paper": a newspaper or a research paper; "When I put this to the
   minister's office, a spokesman told me": the office, `attribution/spokespeople.py`), cue stance,
   pronoun / nominal links, one `sources` entry per distinct source; an organisation's name runs on over
   a capitalised "of" phrase ("Ministry of Defence", `attribution/full_names.py`); a name that spoke as
   an organisation stays one when it speaks again (`attribution/same_names.py`); "one of them" is part of
   the plural group before it (`attribution/partitives.py`).
5. Profile (`attribution/profile.py`): the `sourcing` summary.
Optional inputs: `quotes` (quotations: unattributed content, statement types, quoted words, quotations
completed) and `entities` (entity ids and PER/ORG types of sources, pronouns after a named person),
used when an earlier analyzer assigned them.
Limits: see the model card and each module's docstring; English only.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from newssift.analysis import Analysis
from newssift.analyzers.attribution import chains, coref, interviews, layout, papers, profile, trims
from newssift.analyzers.attribution.according import finish_according, open_according
from newssift.analyzers.attribution.action_participles import is_action_participle
from newssift.analyzers.attribution.actions import is_shown_state, negated_modal_end
from newssift.analyzers.attribution.addressees import is_addressee_only
from newssift.analyzers.attribution.agents import passive_agent
from newssift.analyzers.attribution.anonymity import drop_anonymity_clauses
from newssift.analyzers.attribution.appositive_heads import join_appositive_head
from newssift.analyzers.attribution.appraisals import drop_appraisal_tail
from newssift.analyzers.attribution.asides import as_clause_content
from newssift.analyzers.attribution.authors import study_authors
from newssift.analyzers.attribution.breaks import keep_cue_side
from newssift.analyzers.attribution.caveats import drop_caveat_tail
from newssift.analyzers.attribution.citing import drop_cited_cues
from newssift.analyzers.attribution.closing_clauses import backfill_closing
from newssift.analyzers.attribution.company_names import club_source, company_source
from newssift.analyzers.attribution.conditional import is_conditional
from newssift.analyzers.attribution.content_asides import drop_content_aside
from newssift.analyzers.attribution.content_gaps import finish_auxiliary, join_gaps
from newssift.analyzers.attribution.content_subjects import subject_contents
from newssift.analyzers.attribution.continued import continue_quotations
from newssift.analyzers.attribution.contrasts import drop_contrast
from newssift.analyzers.attribution.coordinated_cues import split_coordinated_cues
from newssift.analyzers.attribution.coordinated_verbs import cut_coordinated_verb
from newssift.analyzers.attribution.coordination import (
    absolute_subject,
    coordinated_subject,
    is_reaction,
    is_sourceless_infinitive,
)
from newssift.analyzers.attribution.dangling_ends import finish_dangling
from newssift.analyzers.attribution.datelines import drop_dateline_content
from newssift.analyzers.attribution.demonstratives import demonstrative_contents
from newssift.analyzers.attribution.directives import split_directives
from newssift.analyzers.attribution.disputes import is_undisputed
from newssift.analyzers.attribution.document_openers import add_unlinked, document_opening
from newssift.analyzers.attribution.documents import document_subject
from newssift.analyzers.attribution.earlier_names import earlier_full_name
from newssift.analyzers.attribution.embedded import absorb_embedded
from newssift.analyzers.attribution.extents import (
    drop_adverbial_cues,
    finish_adverbial_cue,
    finish_phrase,
    widen_to_entity,
)
from newssift.analyzers.attribution.full_names import full_name
from newssift.analyzers.attribution.headlines import is_headline_action
from newssift.analyzers.attribution.industry_names import industry_source
from newssift.analyzers.attribution.inner import drop_inner_actions
from newssift.analyzers.attribution.inner_quotes import find_inner_quote
from newssift.analyzers.attribution.inverted_clauses import join_inverted_clause
from newssift.analyzers.attribution.inverted_names import finish_inverted_name
from newssift.analyzers.attribution.led_by import group_source
from newssift.analyzers.attribution.letters import letter_in_source, letter_source
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.lexicon import load as load_lexicon
from newssift.analyzers.attribution.linker import Linked, link
from newssift.analyzers.attribution.modals import is_obligation
from newssift.analyzers.attribution.namings import drop_namings
from newssift.analyzers.attribution.org_names import named_as_organisation, named_as_person
from newssift.analyzers.attribution.orphan_fragments import drop_orphan_fragments
from newssift.analyzers.attribution.paragraph_quotes import move_paragraph_quotes
from newssift.analyzers.attribution.parentheticals import parenthetical_content
from newssift.analyzers.attribution.participle_splits import split_participles
from newssift.analyzers.attribution.participles import merge_published_by
from newssift.analyzers.attribution.partitive_sources import finish_partitive
from newssift.analyzers.attribution.partitives import link_partitives
from newssift.analyzers.attribution.passives import is_event_passive, passive_source
from newssift.analyzers.attribution.possessive_contents import join_possessive
from newssift.analyzers.attribution.quantifiers import (
    group_referents,
    is_bare_article_source,
    is_bare_possessive,
)
from newssift.analyzers.attribution.questions import drop_question_content
from newssift.analyzers.attribution.quoted_by import outlet_quoted
from newssift.analyzers.attribution.quoting import complete_quotations, is_quoted_cue
from newssift.analyzers.attribution.recalls import is_recall
from newssift.analyzers.attribution.records import Cue, SourceEntry, SourceRef, Statement, statement_type
from newssift.analyzers.attribution.reduced_passives import fold_reduced_passives
from newssift.analyzers.attribution.relative_asides import drop_relative_aside
from newssift.analyzers.attribution.relative_ends import drop_content_end, finish_relative_end
from newssift.analyzers.attribution.relatives import clause_subject, passive_relative, relative_content
from newssift.analyzers.attribution.repair import repair
from newssift.analyzers.attribution.rules import RuleTagger, backfill
from newssift.analyzers.attribution.same_names import align_kinds
from newssift.analyzers.attribution.share_subjects import share_subject
from newssift.analyzers.attribution.silences import is_silence
from newssift.analyzers.attribution.source_adverbs import drop_source_adverb
from newssift.analyzers.attribution.source_heads import finish_head
from newssift.analyzers.attribution.source_participles import drop_source_participle
from newssift.analyzers.attribution.source_times import drop_source_time_opening
from newssift.analyzers.attribution.sources import classify
from newssift.analyzers.attribution.spokespeople import for_named_noun, for_person, speaks_for
from newssift.analyzers.attribution.tagger import ModelTagger, RoleSpan
from newssift.analyzers.attribution.tell_addressees import skip_addressee
from newssift.analyzers.attribution.time_contents import is_time_only
from newssift.analyzers.attribution.timestamps import drop_timestamp
from newssift.analyzers.attribution.topic_adjuncts import drop_topic_of
from newssift.analyzers.attribution.topics import is_bare_topic
from newssift.analyzers.attribution.traits import is_trait
from newssift.analyzers.attribution.undertakings import is_undertaking
from newssift.analyzers.attribution.unresolved_its import drop_unresolved_evidence
from newssift.analyzers.attribution.unverified import is_unverified
from newssift.analyzers.attribution.venues import drop_fronted_venue
from newssift.analyzers.attribution.viewpoints import add_viewpoints, possessive_pronoun
from newssift.analyzers.attribution.votes import is_vote
from newssift.analyzers.attribution.wordless import is_wordless
from newssift.heads import models_root
from newssift.pipeline import Analyzer
from newssift.text import Span

UNATTRIBUTED_SCORE = 0.6


class StatementsAnalyzer(Analyzer):
    name = "statements"
    requires = ("encoding",)
    assigns = ("statements", "sources", "sourcing")

    def __init__(self, model_dir: Path | str | None = None, use_model: bool = True):
        path = Path(model_dir) if model_dir else models_root() / "statements"
        use = use_model and (model_dir is not None or (path / "model.safetensors").is_file())
        self.tagger = ModelTagger(path) if use else RuleTagger()
        self.lexicon = load_lexicon()

    def predict(self, batch: Sequence[Analysis]) -> list[list[RoleSpan]]:
        return [backfill(a, self.tagger(a), self.lexicon) for a in batch]

    def set_annotations(self, batch: Sequence[Analysis], predictions: list[list[RoleSpan]]) -> None:
        for analysis, spans in zip(batch, predictions):
            quoted = quotations(analysis)
            statements, sources = build(analysis, spans, self.lexicon, quoted)
            analysis.layers["statements"] = statements
            analysis.layers["sources"] = sources
            analysis.layers["sourcing"] = profile.summarise(analysis.text, statements, quoted)


def build(analysis: Analysis, spans: list[RoleSpan], lexicon: Lexicon | None = None,
          quoted: list[Span] | None = None) -> tuple[list[Statement], list[SourceEntry]]:
    """Statements and sources of one article from its role spans (steps 2–4 of the module docstring);
    `quoted`: its quotations (`quotations(analysis)`, computed here when not given)."""
    lex = lexicon or load_lexicon()
    spans = fold_reduced_passives(analysis, backfill_closing(analysis, spans, lex))
    cues = interviews.drop_label_cues(analysis, drop_adverbial_cues(analysis, drop_namings(analysis, spans)))
    cues = subject_contents(analysis, drop_cited_cues(analysis, drop_anonymity_clauses(analysis, cues)))
    linked = move_paragraph_quotes(analysis, repair(analysis, link(analysis, cues), lex))
    linked = join_inverted_clause(analysis, linked)
    repaired = [passive_source(analysis, x) for x in merge_published_by(analysis, linked, spans)]
    repaired = [y for x in repaired if (y := passive_agent(analysis, x)) is not None]
    for x in repaired:
        x.source, x.content = share_subject(analysis, x)
        x.source = x.source or coordinated_subject(analysis, x) or absolute_subject(analysis, x)
    repaired = absorb_embedded(analysis, repaired)
    repaired = add_unlinked(analysis, repaired, spans, lex)
    repaired = split_directives(analysis, add_viewpoints(analysis, repaired))
    repaired = split_coordinated_cues(analysis, split_participles(analysis, repaired, lex), lex)
    repaired = demonstrative_contents(analysis, repaired)
    quoted = quotations(analysis) if quoted is None else quoted
    linked = [x for x in repaired if not is_quoted_cue(x, quoted)
              if not layout.is_announcement(analysis, x) and not is_sourceless_infinitive(analysis, x)
              and not is_conditional(analysis, x) and not is_headline_action(analysis, x, lex)
              and not is_trait(analysis, x, lex) and not is_bare_possessive(analysis, x)
              and not is_silence(analysis, x) and not is_bare_article_source(analysis, x)
              and not is_reaction(analysis, x, lex) and not is_obligation(analysis, x, lex)
              and not is_event_passive(analysis, x, lex) and not is_unverified(analysis, x)
              and not is_bare_topic(analysis, x) and not is_undisputed(analysis, x)
              and not is_wordless(analysis, x) and not is_vote(analysis, x)
              and not is_undertaking(analysis, x, repaired) and not is_addressee_only(analysis, x)
              and not is_time_only(analysis, x) and not is_shown_state(analysis, x)
              and not is_recall(analysis, x, lex) and not is_action_participle(analysis, x, lex)]
    finish_dangling(analysis, linked)
    for x in linked:
        x.source, x.content = join_appositive_head(analysis, x)
        x.content = keep_cue_side(analysis, x)
        x.content = skip_addressee(analysis, x)
        x.content = drop_caveat_tail(analysis, x)
        x.content = drop_appraisal_tail(analysis, x)
        x.content = drop_contrast(analysis, x, lex)
        x.content = trims.drop_trailing_conjunction(analysis, x)
        x.content = trims.drop_trailing_comma(analysis, x)
        x.content = drop_fronted_venue(analysis, x)
        x.content = drop_dateline_content(analysis, x)
        x.content = drop_timestamp(analysis, x)
        x.content = drop_orphan_fragments(analysis, x)
        x.content = drop_content_aside(analysis, x)
        x.content = drop_relative_aside(analysis, x)
        x.content = drop_question_content(analysis, x)
        x.content = join_possessive(analysis, x)
        x.content = join_gaps(analysis, x)
        x.content = finish_auxiliary(analysis, x)
        x.source, x.cue = document_subject(analysis, x, lex)
        letter_source(analysis, x, lex)
        letter_in_source(analysis, x, lex)
        document_opening(analysis, x, lex)
        x.source = clause_subject(analysis, x, lex)
        x.source = trims.finish_relative_source(analysis, x)
        x.source = trims.drop_source_time(analysis, x)
        x.source = drop_source_time_opening(analysis, x)
        x.source = drop_source_adverb(analysis, x)
        x.source = finish_according(analysis, x)
        x.content = open_according(analysis, x)
        x.cue = finish_adverbial_cue(analysis, x)
        x.source = trims.drop_source_aside(analysis, x)
        x.source = drop_source_participle(analysis, x)
        x.source = drop_topic_of(analysis, x)
        x.source = group_source(analysis, x)
        x.source = finish_partitive(analysis, x)
        x.source = trims.run_on_possessive(analysis, x)
        x.source, x.cue = trims.contact_clause(analysis, x, lex)
        x.source, x.content = widen_to_entity(analysis, x)
        x.source = finish_phrase(analysis, x, lex)
        x.source = finish_head(analysis, x, lex)
        x.source = finish_inverted_name(analysis, x)
        x.source = cut_coordinated_verb(analysis, x)
        x.content = relative_content(analysis, x)
        x.content = passive_relative(analysis, x)
        x.content = as_clause_content(analysis, x)
        x.content = trims.drop_source_content(x)
        outlet_quoted(analysis, x)
    parenthetical_content(analysis, linked)
    trims.share_run_on(analysis, linked)
    trims.drop_relative_tail(analysis, linked)
    finish_relative_end(analysis, linked)
    drop_content_end(analysis, linked)
    statements = drop_inner_actions(layout.merge(analysis, _drop_chain_cues(
        [_statement(analysis, x, lex) for x in complete_quotations(analysis, linked)])), lex)
    cues = [s.cue for s in statements if s.cue is not None]
    statements += [n for s in statements for n in _nested(analysis, s, lex)
                   if not any(n.cue.start < c.end and c.start < n.cue.end for c in cues)]
    statements += continue_quotations(analysis, statements, _unattributed(analysis, statements))
    statements.sort(key=lambda s: (s.start, -s.end))
    statements = [s for s in statements if not coref.addresses_reader(s, statements, quoted)]
    for i, s in enumerate(statements, 1):
        s.id = f"s{i}"
        s.type = "direct" if s.turn else statement_type(analysis.text, s.content, quoted)
    interviews.turn_speakers(statements)
    group_referents(analysis, statements)
    mentions = _mentions(analysis, statements, lex)
    for m in mentions:
        m.author = coref.is_author(m, statements, quoted)
    align_kinds(mentions)
    link_partitives(mentions)
    statements, sources = drop_unresolved_evidence(statements, coref.resolve(analysis, mentions))
    for s in statements:
        links = [r.link_score for r in (s.source, s.via) if r is not None]
        s.score = round(s.score * min(links, default=1.0), 4)
    return statements, sources


def _statement(analysis: Analysis, x: Linked, lex: Lexicon) -> Statement:
    text = analysis.text
    content = [Span(c.start, c.end) for c in x.content]
    cue_text = text[x.cue.start : x.cue.end]
    cue = Cue(x.cue.start, x.cue.end, cue_text, lex.stance(cue_text))
    source = _ref(text, Span(x.source.start, x.source.end)) if x.source else None
    via = None
    if source is not None and x.via is not None:
        via = _ref(text, Span(x.via.start, x.via.end))
    elif source is not None:
        source, via = _chain(text, source, cue, content)
    if source is not None and x.antecedent is not None:
        source.refers_to = Span(x.antecedent.start, x.antecedent.end)
    parts = [x.cue.score, *(c.score for c in x.content)] + ([x.source.score] if x.source else [])
    return Statement("", statement_type(text, content), sum(parts) / len(parts), source, cue, content,
                     via, text_of=text)


def quotations(analysis: Analysis) -> list[Span]:
    """The article's quotations, marks included: the quotes layer's when the pipeline has one (it
    tells a single-mark quotation from an apostrophe), else double and angle marks read here. A
    scare-quoted word counts: content holding one is a partial quotation (`mixed`)."""
    found = chains.quotation_spans(analysis.text, analysis.layers.get("quotes"), min_words=1,
                                   labels=("quote", "scare_quote"))
    return [span for span, _ in found]


def _drop_chain_cues(statements: list[Statement]) -> list[Statement]:
    """A "citing Y" tagged as its own attribution is already the `via` of another statement (a
    statement's own via may lie in its content: "quoted Y as saying …")."""
    vias = [(s, s.via) for s in statements if s.via is not None]
    return [s for s in statements
            if not any(c.start < v.end and v.start < c.end for c in s.content for o, v in vias if o is not s)]


def _chain(text: str, source: SourceRef, cue: Cue, content: list[Span]) -> tuple[SourceRef, SourceRef | None]:
    outer, via = chains.split_chain(text, Span(source.start, source.end), Span(cue.start, cue.end),
                                    content[0].start if content else None)
    return _ref(text, outer), (_ref(text, via) if via is not None else None)


def _ref(text: str, span: Span) -> SourceRef:
    return SourceRef(span.start, span.end, text[span.start : span.end], "anonymous")


def _nested(analysis: Analysis, outer: Statement, lex: Lexicon) -> list[Statement]:
    text = analysis.text
    out: list[Statement] = []
    if outer.turn:  # a transcript turn's words are the speaker's own, however they open
        return out
    for c in outer.content:
        found = chains.find_nested(text, c, lex) or find_inner_quote(text, c, lex)
        if found is None:
            continue
        src, cue_span, rest = found
        if negated_modal_end(text[src.start : cue_span.start].lower().split()):
            continue  # "… that studies of this kind could not show that …": no claim of the studies
        if outer.via is not None and src.start < outer.via.end and outer.via.start < src.end:
            continue  # "X quoted Y as saying that …": Y is the outer statement's via, one statement
        cue = Cue(cue_span.start, cue_span.end, text[cue_span.start : cue_span.end],
                  lex.stance(text[cue_span.start : cue_span.end]))
        out.append(Statement("", statement_type(text, [rest]), outer.score * 0.9, _ref(text, src), cue,
                             [rest], text_of=text))
    return out


def _unattributed(analysis: Analysis, statements: list[Statement]) -> list[Statement]:
    text = analysis.text
    covered = [p for s in statements for p in s.parts()]
    out = []
    for span, score in chains.quotation_spans(text, analysis.layers.get("quotes")):
        if any(span.start < p.end and p.start < span.end for p in covered):
            continue
        out.append(Statement("", "direct", score * UNATTRIBUTED_SCORE, None, None, [span], text_of=text))
    return out


def _mentions(analysis: Analysis, statements: list[Statement], lex: Lexicon) -> list[coref.Mention]:
    out = []
    for s in statements:
        for ref in (s.source, s.via):
            if ref is None:
                continue
            typed = ref if ref.refers_to is None else _ref(analysis.text, ref.refers_to)
            label = _entity_label(analysis, typed, lex)
            t = possessive_pronoun(typed.text) or papers.retype(analysis.text, typed.start, typed.end,
                                                                classify(typed.text, lex, label), lex)
            t = (speaks_for(analysis, typed, t, lex) or for_named_noun(analysis, typed, t)
                 or for_person(analysis, t) or t)
            t = full_name(typed.text, study_authors(analysis.text, typed.start, typed.text, t) or t)
            t = earlier_full_name(analysis, typed.start, t)
            t = industry_source(analysis.text, club_source(analysis.text, company_source(t)))
            ref.kind, ref.role, ref.name = t.kind, t.role, t.name
            out.append(coref.Mention(ref, t, s.id, _paragraph_at(analysis, ref.start), typed))
    return out


def _entity_label(analysis: Analysis, ref: SourceRef, lex: Lexicon) -> str | None:
    for d in coref.head_entities(analysis, ref):
        if d.get("end") == ref.end:
            if d.get("fine_label") == "MEDIA_OUTLET":
                return "MEDIA"
            if d.get("label") == "PER" and named_as_organisation(analysis, d, lex.companies):
                return "ORG"
            if d.get("label") == "ORG" and named_as_person(analysis, d):
                return "PER"
            if d.get("label") in ("LOC", "GPE"):  # a place that speaks: its government ("Kelmar says")
                return "ORG"
            return str(d.get("label")) if d.get("label") in ("PER", "ORG") else None
    return None


def _paragraph_at(analysis: Analysis, pos: int) -> int:
    for p in analysis.paragraphs:
        if p.start <= pos < p.end:
            return p.index
    return -1


__all__ = ["StatementsAnalyzer", "build", "statement_type"]
