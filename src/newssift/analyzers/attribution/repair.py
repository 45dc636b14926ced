"""Rule repairs of linked attributions, applied after the tagger and before typing (the repairs of a
source span's edges are in `extents.py`; "X quoted Y as saying …" in `quoted_as.py`).

- A source cut inside its phrase ("Local sources in the city of [Hama]") widens back to the start of
  its clause when the widened phrase is headed by a source noun ("Local sources").
- A source cut before its head noun ("[Local] sources in the city of Hama stated") widens forward to
  just before its cue when the widened phrase is headed by a source noun and no clause break intervenes.
- A source after its cue ("said Joan Pike, whose house was flooded | to the ceiling.") runs on to its
  sentence's end when only a few words without a clause break are left.
- A source span never starts with a clause word ("in what opposition activists called" → "opposition
  activists").
- A cue with no source takes the sentence's subject when the sentence opens with a source phrase set off
  by a relative clause ("A government official in Damascus, who spoke on condition of anonymity, denied
  that …"); content tagged inside that clause, between source and cue, is dropped.
  So does a cue whose source lies inside that relative clause ("The figures, which were first reported
  by the Tribune, show …" → the figures) or participle clause ("The study, led by researchers at …,
  said …" → the study).
- A cue with no source in a clause that opens with a media phrase takes it ("the "Zvezda" channel
  broadcast a clip showing …" → the channel); document nouns ("video", "photos") are too often objects.
- A cue with no source right after a phrase headed by a source noun takes it ("In the capital, informed
  sources indicated that …" → "informed sources").
- A cue with no source takes "X" from "X, citing Y, <cue>" before it, or, for a participle cue
  after a comma ("…, noting that") or a cue right after "but" / "and" ("X said …, but was open to
  discussing …"), the source of the statement just before it in the sentence (`coordination.py`).
- A cue with no source right after "<name>, which" / ", who" takes that relative word as its source
  (PolNeAR's extent) with the capitalised name before the comma as its antecedent, by which it is typed
  and merged ("told the Riverton Gazette, which first reported the figures" → "which", the Gazette); so
  does a source that is only that relative word.
- A source that ends on a preposition or article ("Local sources in the") runs on to just before its cue
  when nothing breaks the clause, and otherwise loses those words.
- A cue cut inside its time adverbial ("reported [last] week") runs on over the time noun; one cut
  after a preposition or article ("added [in an] interview with the Courier that …") runs on to its
  content.
- A source span never ends with a comma or other punctuation, except the comma that closes an appositive
  right before its cue ("Brian Fallon, the campaign's press secretary, said": PolNeAR's extent).
- A source that opens a quotation it does not close ('the Russian "Zvezda') runs on to the closing mark,
  and on to its cue when only a few words without a clause break are left ('… "Zvezda" channel').
- A cue left with no source (after the repairs above) that is no cue word of the lexicon and whose
  content in its own sentence holds no quotation mark is not an attribution: an imperative ("Accept
  these young men …") or the author's own assertion ("Sending mercenaries … leaves no doubt that …",
  "The mill, it seemed, would close"); it is dropped. With the sentence-attention tagger this costs
  0.1 cue F1 on PolNeAR dev (recall) and gains 0.8 whole-attribution F1 (precision).
- A content that ends on a preposition, article, "to" or a relative pronoun ("… push young people to",
  "… to anyone who") runs on to the next clause break or the end of its sentence, never into another
  statement's cue.
- Content pieces of one sentence at most four tokens apart, with no cue or source in between, are one;
  a content a few tokens after its cue, with "that" right after the cue, runs back to it ("added
  [that it expected] volumes to recover").
- A passive cue ("Senator accused of misleading voters"): a verb that needs an object followed by
  "of" / "with" / "for" / "over" makes its subject the one accused, not a speaker; it is dropped.
- A refusal or silence ("declined to comment", "did not respond to a request for comment", "declined
  to confirm the plan") or a request for anonymity ("asked not to be named", "speaking on condition
  of anonymity") is not a statement: it
  has no content to check, so it is dropped.
- An attribution whose content is only a linker word ("told reporters that") absorbs the attribution
  that follows it ("the minister noted that …"), which becomes nested in its content.
Limits: clause starts are commas, semicolons, colons, quote marks or the sentence start; participle
cues inherit only from the statement immediately before, in the same sentence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from dataclasses import replace

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.asides import aside_subject
from newssift.analyzers.attribution.conjuncts import is_first_conjunct
from newssift.analyzers.attribution.coordination import coordinated_source
from newssift.analyzers.attribution.extents import (
    CLAUSE_WORDS,
    DANGLING,
    MAX_WIDEN,
    QUOTES,
    SHORT_REST,
    close_appositive,
    close_quote,
    cut_at_cue,
    drop_break,
    finish_cut,
    finish_inverted,
    trim_leading,
    trim_trailing,
    widen_source,
    widen_to_cue,
    widen_to_name,
)
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import CLAUSE_BREAKS, Linked, after_dateline
from newssift.analyzers.attribution.questions import is_question_put
from newssift.analyzers.attribution.quoted_as import is_relative_passive, merge_quoted_as, passive_quoted
from newssift.analyzers.attribution.refusals import is_refusal, refusal_source
from newssift.analyzers.attribution.relatives import is_defining_description, noun_antecedent
from newssift.analyzers.attribution.sources import RELATIVES, classify
from newssift.analyzers.attribution.tagger import RoleSpan

CHAIN_BEFORE = re.compile(r"(?:^|[,;:]\s+)(?P<x>[A-Z][^,;:]{1,80}?),\s*(?:citing|quoting)\s+[^,;:]+?,\s*$")
LINKER_WORDS = {"that", ":", ",", "how", "whether"}
NO_COMMENT = re.compile(r"(?:to |for |a |any |further |immediate |repeated |several |multiple |an? )*(?:"
                        r"comments?|requests? for comment|interview|questions?)(?: on [^.]{0,60})?", re.I)
ANONYMITY = re.compile(r"(?:not to be |to not be )(?:named|identified|quoted)\b|"
                       r"(?:was |were |is |are )?not authori[sz]ed to (?:speak|talk|comment)|"
                       r"^on (?:the )?condition (?:of anonymity|that (?:he|she|they) not be named)", re.I)
UNNAMED = re.compile(r"to be (?:named|identified|quoted)\b", re.I)  # "declined | to be named"
NAME_PARTICLES = {"the", "of", "'s", "’s", "-", "&"}


def repair(analysis: Analysis, linked: list[Linked], lexicon: Lexicon) -> list[Linked]:
    merged = merge_quoted_as(analysis, linked)
    refusals = [x for x in merged if is_no_comment(analysis, x)]  # their sources: `refusals`
    linked = [x for x in merged if x not in refusals and not is_relative_passive(analysis, x)]
    for x in linked:
        x.cue = finish_cue(analysis, x)
        x.cue = drop_break(analysis, close_cue(analysis, x))
    cues = {t for x in linked for t in range(x.cue.token_start, x.cue.token_end)}
    taken = cues | {t for x in linked if x.source for t in range(x.source.token_start, x.source.token_end)}
    for i, x in enumerate(linked):
        if x.source is not None and analysis.text[x.source.start : x.source.end].lower() in RELATIVES:
            x.antecedent = relative_source(analysis, x) or noun_antecedent(analysis, x, lexicon)
        elif x.source is not None:
            x.source = aside_subject(analysis, subject_over_clause(analysis, x, lexicon), x.cue, lexicon)
            x.source = close_quote(analysis, widen_to_name(analysis, x.source), x.cue)
            x.source = finish_cut(analysis, x.source, x.cue)
            x.source = widen_source(analysis, x.source, lexicon)
            x.source = widen_to_cue(analysis, x.source, x.cue, lexicon)
            x.source = trim_leading(analysis, finish_inverted(analysis, x.source, x.cue))
        else:
            x.source, x.cue = passive_quoted(analysis, x) or (None, x.cue)
            x.source = (x.source or chain_source(analysis, x)
                        or participle_source(analysis, linked, i, refusals))
            if x.source is None:
                x.antecedent = relative_source(analysis, x)
                x.source = relative_pronoun(analysis, x) if x.antecedent else None
            x.source = (x.source or subject_source(analysis, x, lexicon)
                        or media_subject(analysis, x, lexicon) or noun_subject(analysis, x, lexicon))
        if x.source is not None:
            x.source = trim_trailing(analysis, cut_at_cue(analysis, x.source, lexicon))
            x.source = close_appositive(analysis, x.source, x.cue)
        if x.source is not None and x.source.end <= x.cue.start:
            kept = [c for c in x.content if not (x.source.end <= c.start and c.end <= x.cue.start)]
            x.content = kept or x.content
        x.content = bridge_gaps(analysis, merge_overlaps([finish_content(analysis, c, cues)
                                                          for c in drop_circumstance(analysis, x)]),
                                taken)
        x.content = reach_back(analysis, x, taken)
    linked = [x for x in linked if not is_unsourced_assertion(analysis, x, lexicon)
              and not is_quoted_predicate(analysis, x) and not is_auxiliary(analysis, x)
              and not is_passive(analysis, x) and not is_defining_description(analysis, x, lexicon)]
    absorb_nested(analysis, linked)
    return linked


TIME_MODIFIERS = {"last", "next", "this", "earlier", "late"}
TIME_NOUNS = {"week", "month", "year", "night", "weekend", "morning", "afternoon", "evening", "monday",
              "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def finish_cue(analysis: Analysis, x: Linked) -> RoleSpan:
    """A cue cut inside its time adverbial ("reported [last] week") runs on over the time noun
    ("reported last week", PolNeAR's extent: "found last week") unless that is content."""
    toks, cue = analysis.tokens, x.cue
    k = cue.token_end
    if (cue.token_end - cue.token_start < 2 or toks[k - 1].text.lower() not in TIME_MODIFIERS
            or k >= analysis.sentences[cue.sentence].token_end or toks[k].text.lower() not in TIME_NOUNS
            or any(c.token_start <= k < c.token_end for c in x.content)):
        return cue
    return replace(cue, end=toks[k].end, token_end=k + 1)


def close_cue(analysis: Analysis, x: Linked) -> RoleSpan:
    """'added [in an] interview with the Courier that …': a cue ending on a preposition or article runs
    on to its content (or source) when a few words without a clause break lie between, or, with none
    after it, to its clause's end ('"…," she [said in an] interview.'); one right before its content
    or source stays ("reserved his passion for | the cause", "according to | police")."""
    toks, cue = analysis.tokens, x.cue
    k = cue.token_end
    if cue.token_end - cue.token_start < 2 or toks[k - 1].text.lower() not in DANGLING:
        return cue
    after = [c.token_start for c in [*x.content, *([x.source] if x.source else [])]
             if c.sentence == cue.sentence and c.token_start >= k]
    stop = min(after) if after else analysis.sentences[cue.sentence].token_end
    end = k
    while end < stop and toks[end].text not in CLAUSE_BREAKS and toks[end].text not in ".!?":
        end += 1
    if end == k or end - k > MAX_WIDEN or (after and end < stop):
        return cue
    return replace(cue, end=toks[end - 1].end, token_end=end)


def is_unsourced_assertion(analysis: Analysis, x: Linked, lexicon: Lexicon) -> bool:
    """A cue left without a source that is no lexicon cue: an imperative ("Accept these young men …")
    or the author's own assertion ("Sending mercenaries … leaves no doubt that …"), not an attribution."""
    return x.source is None and not is_lexicon_cue(analysis, x, lexicon)


def is_lexicon_cue(analysis: Analysis, x: Linked, lexicon: Lexicon) -> bool:
    """Does the cue hold a cue word of the lexicon, or its content in its own sentence a quotation
    mark (a quotation adopted from a later paragraph does not count)?"""
    words = analysis.text[x.cue.start : x.cue.end].lower().split()
    if any(lexicon.cue_at(words, i) for i in range(len(words))):
        return True
    own = [c for c in x.content if c.sentence == x.cue.sentence]
    return any(ch in QUOTES for c in own for ch in analysis.text[c.start : c.end])


def drop_circumstance(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    """'said during a meeting of [the Council] on Friday that …': a content piece between the cue and
    a later "that" content is the circumstance of the saying, not what was said."""
    toks = analysis.tokens
    that = [c for c in x.content if c.start >= x.cue.end and toks[c.token_start].text.lower() == "that"]
    if not that:
        return x.content
    first = min(c.start for c in that)
    return [c for c in x.content if not (x.cue.end <= c.start and c.end <= first)
            or is_first_conjunct(analysis, c, that)]  # "said [X] and that Y": both content


AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "'s", "’s",
               "already", "still", "now", "also", "not", "feeling", "feel", "feels", "felt"}


def is_auxiliary(analysis: Analysis, x: Linked) -> bool:
    """A cue of auxiliaries, adverbs and "feel" only ("Local businesses [are already feeling] the
    effects") reports no statement."""
    return set(analysis.text[x.cue.start : x.cue.end].lower().split()) <= AUXILIARIES


PASSIVE = re.compile(r"\s*(?:of|with|for|over)\b", re.I)
OBJECT_VERBS = {"accused", "charged", "criticised", "criticized", "blamed", "suspected", "convicted",
                "cleared", "sued", "slammed", "condemned", "praised", "questioned", "grilled"}


def is_passive(analysis: Analysis, x: Linked) -> bool:
    """A headline passive ("Senator accused of misleading voters", "Mayor criticised over cuts"): the
    verb needs an object, so "of" right after it means its subject is the one accused, not the speaker."""
    words = analysis.text[x.cue.start : x.cue.end].lower().split()
    return (x.source is not None and x.source.end <= x.cue.start and bool(words)
            and words[-1] in OBJECT_VERBS and bool(PASSIVE.match(analysis.text, x.cue.end)))


def is_quoted_predicate(analysis: Analysis, x: Linked) -> bool:
    """'The regime "wants to plunge …"': the cue opens a quotation right after its source, so the
    source is the quotation's subject, not its speaker (the quotation stays, unattributed)."""
    if x.source is None or x.source.end > x.cue.start:
        return False
    return analysis.text[x.source.end : x.cue.start].strip() in QUOTES


def finish_content(analysis: Analysis, c: RoleSpan, cues: Collection[int] = ()) -> RoleSpan:
    """A content ending on a dangling word or a relative pronoun ('… to anyone who') runs on to the next
    clause break, its sentence's end or another statement's cue (token indices `cues`);
    one that stops a word or two short of its sentence's end ('… stuck for nine | days.') runs on to
    it; one ending on a quotation mark that opens the next paragraph ('… be there?\n\n"') stops
    before it."""
    toks = analysis.tokens
    last = toks[c.token_end - 1]
    opens_paragraph = last.text in QUOTES and analysis.text[last.start - 1 : last.start] == "\n"
    if opens_paragraph and c.token_end - c.token_start > 1:
        return replace(c, end=toks[c.token_end - 2].end, token_end=c.token_end - 1)
    end, stop = c.token_end, analysis.sentences[c.sentence].token_end
    rest = toks[end:stop]
    words = rest[:-1]
    cut_word = last.text.isalnum() and all(t.text.isalnum() for t in words)  # not '"…" said Smith.'
    if 0 < len(words) <= SHORT_REST and rest[-1].text in ".!?" and cut_word:
        return replace(c, end=words[-1].end, token_end=stop - 1)
    if last.text.lower() not in DANGLING | RELATIVES:
        return c
    while (end < stop and toks[end].text not in CLAUSE_BREAKS and toks[end].text not in ".!?"
           and end not in cues):
        end += 1
    return c if end == c.token_end else replace(c, end=toks[end - 1].end, token_end=end)


MAX_GAP = 4


def reach_back(analysis: Analysis, x: Linked, taken: Collection[int]) -> list[RoleSpan]:
    """'added [that it expected] volumes to recover': a content a few tokens after its cue, with
    "that" and more words right after the cue and no cue or source in between, runs back to "that"
    (a bare "that" left out stays out: PolNeAR's extents differ on it)."""
    toks, cue = analysis.tokens, x.cue
    after = [c for c in x.content if c.sentence == cue.sentence and c.token_start >= cue.token_end]
    if not after:
        return x.content
    first = min(after, key=lambda c: c.start)
    gap = range(cue.token_end, first.token_start)
    if (not 1 < len(gap) <= MAX_GAP or toks[cue.token_end].text.lower() != "that"
            or any(t in taken for t in gap)
            or any(toks[t].text in CLAUSE_BREAKS for t in gap)):
        return x.content
    moved = replace(first, start=toks[cue.token_end].start, token_start=cue.token_end)
    return [moved if c is first else c for c in x.content]


def bridge_gaps(analysis: Analysis, spans: list[RoleSpan], taken: Collection[int]) -> list[RoleSpan]:
    """Content pieces of one sentence a few tokens apart, with no cue or source in between (token
    indices `taken`), are one piece ("that its results, due | in April, | would include …")."""
    out: list[RoleSpan] = []
    for s in sorted(spans, key=lambda r: r.start):
        p = out[-1] if out else None
        if (p is not None and p.sentence == s.sentence and 0 < s.token_start - p.token_end <= MAX_GAP
                and not any(t in taken for t in range(p.token_end, s.token_start))):
            out[-1] = replace(p, end=s.end, token_end=s.token_end)
        else:
            out.append(s)
    return out


def merge_overlaps(spans: list[RoleSpan]) -> list[RoleSpan]:
    """Content pieces that overlap become one (a nested statement's content repeated in its outer's)."""
    out: list[RoleSpan] = []
    for s in sorted(spans, key=lambda r: r.start):
        if out and s.start < out[-1].end:
            if s.end > out[-1].end:
                out[-1] = replace(out[-1], end=s.end, token_end=s.token_end)
        else:
            out.append(s)
    return out


def is_no_comment(analysis: Analysis, x: Linked) -> bool:
    """"declined to comment", "did not respond to a request for comment", "declined to confirm the
    plan", "asked not to be named", "declined to be named", "was not authorised to talk", "speaking
    | on condition of anonymity", a question put ("Asked whether …, Ruiz said"): no content to check."""
    content = " ".join(analysis.text[c.start : c.end] for c in x.content).strip(" .,;")
    cue = analysis.text[x.cue.start : x.cue.end].lower()
    after_cue = analysis.text[x.cue.end : x.cue.end + 40]  # "asked | not to be named"
    if ANONYMITY.search(f"{cue} {content}") or ANONYMITY.match(after_cue.lstrip()):
        return True
    if is_refusal(cue) and (content.lower().startswith("to ") or UNNAMED.match(after_cue.lstrip())
                                or re.search(r"\bto\b", cue)):
        return True
    if is_question_put(analysis, x, content):
        return True
    return bool(content) and NO_COMMENT.fullmatch(content) is not None


def relative_source(analysis: Analysis, x: Linked) -> RoleSpan | None:
    """The capitalised name before ", which"/", who" that directly precedes a cue with no source."""
    toks, s = analysis.tokens, analysis.sentences[x.cue.sentence]
    k = x.cue.token_start - 1
    if x.source is not None and x.source.token_end == x.cue.token_start:
        k = x.source.token_start
    if k - 1 <= s.token_start or toks[k].text.lower() not in RELATIVES or toks[k - 1].text != ",":
        return None
    end = start = k - 1
    while start > s.token_start and (toks[start - 1].text[:1].isupper()
                                     or toks[start - 1].text.lower() in NAME_PARTICLES):
        start -= 1
    while start < end and toks[start].text.lower() in NAME_PARTICLES:
        start += 1
    if start == end:
        return None
    return RoleSpan("source", toks[start].start, toks[end - 1].end, x.cue.score * 0.8, x.cue.sentence,
                    start, end)


def relative_pronoun(analysis: Analysis, x: Linked) -> RoleSpan:
    """The relative pronoun right before a cue ("…, who | said"): the source span (PolNeAR's extent),
    typed and merged as the name before it (`Linked.antecedent`)."""
    k = x.cue.token_start - 1
    tok = analysis.tokens[k]
    return RoleSpan("source", tok.start, tok.end, x.cue.score * 0.8, x.cue.sentence, k, k + 1)


def subject_source(analysis: Analysis, x: Linked, lexicon: Lexicon) -> RoleSpan | None:
    """The sentence-opening source phrase of "X, who …, <cue>" or "X, led by …, <cue>" when the tagger
    gave the cue no source."""
    s, toks = analysis.sentences[x.cue.sentence], analysis.tokens
    first = after_dateline(analysis, s.token_start, x.cue.token_start)  # "WASHINGTON -- "
    comma = next((i for i in range(first, x.cue.token_start) if toks[i].text == ","), None)
    if comma is None or comma == first or comma + 1 >= x.cue.token_start:
        return None
    if not _opens_aside(toks[comma + 1].text.lower()):
        return None
    kind = classify(analysis.text[toks[first].start : toks[comma - 1].end], lexicon)
    if kind.kind == "pronoun" or (kind.head not in lexicon.nouns and kind.kind != "person"):
        return None
    return RoleSpan("source", toks[first].start, toks[comma - 1].end, x.cue.score * 0.8,
                    x.cue.sentence, first, comma)


ASIDE_PARTICIPLES = lexicons.load("aside_participles")  # "led by …", "read to the court …"


def _opens_aside(word: str) -> bool:
    """Does `word` open an aside between a subject and its verb: a relative word ("who", "which") or
    a participle ("led by …", "speaking to reporters")?"""
    return word in RELATIVES or word in ASIDE_PARTICIPLES


def subject_over_clause(analysis: Analysis, x: Linked, lexicon: Lexicon) -> RoleSpan:
    """'The figures, which were first reported by [the Tribune], show …': a source inside the relative
    clause that sets the sentence's subject off from the cue is not the cue's; that subject is."""
    src, toks = x.source, analysis.tokens
    if src is None or src.end > x.cue.start or toks[x.cue.token_start - 1].text != ",":
        return src
    subject = subject_source(analysis, x, lexicon)
    return subject if subject is not None and src.token_start > subject.token_end + 1 else src


def media_subject(analysis: Analysis, x: Linked, lexicon: Lexicon) -> RoleSpan | None:
    """The media phrase opening the cue's clause, when the tagger gave the cue no source (a bare media
    word inside the cue's content is none: "Daily walk linked to …")."""
    s, toks = analysis.sentences[x.cue.sentence], analysis.tokens
    start = s.token_start
    for i in range(s.token_start, x.cue.token_start):
        if toks[i].text in (",", ";", ":"):
            start = i + 1
    head = next((i for i in range(start, x.cue.token_start)
                 if lexicon.nouns.get(toks[i].text.lower()) == "media"), None)
    if head is None or (head == start and any(c.token_start <= head < c.token_end for c in x.content)):
        return None  # a bare media word inside the content is not its source ("[Daily] walk linked to …")
    while start < head and toks[start].text.lower() in CLAUSE_WORDS:
        start += 1
    kind = classify(analysis.text[toks[start].start : toks[head].end], lexicon)
    if kind.kind != "media":
        return None
    return RoleSpan("source", toks[start].start, toks[head].end, x.cue.score * 0.7, x.cue.sentence,
                    start, head + 1)


def noun_subject(analysis: Analysis, x: Linked, lexicon: Lexicon) -> RoleSpan | None:
    """The phrase just before a cue with no source, when it is headed by a source noun ("…, informed
    sources indicated that …"), from the start of its clause; a group noun ("doctors", `groups`) only
    before a cue of the lexicon (before other verbs it is a plain subject: "DOCTORS DON'T WANT …")."""
    s, toks = analysis.sentences[x.cue.sentence], analysis.tokens
    head = x.cue.token_start - 1
    if head < s.token_start or toks[head].text.lower() not in lexicon.nouns or (
            toks[head].text.lower() in lexicon.groups and not is_lexicon_cue(analysis, x, lexicon)):
        return None
    start = head
    while start > s.token_start and toks[start - 1].text not in CLAUSE_BREAKS \
            and head - start < MAX_WIDEN // 2:
        start -= 1
    while start < head and toks[start].text.lower() in CLAUSE_WORDS:
        start += 1
    kind = classify(analysis.text[toks[start].start : toks[head].end], lexicon)
    if kind.kind == "pronoun" or kind.head not in lexicon.nouns:
        return None
    return RoleSpan("source", toks[start].start, toks[head].end, x.cue.score * 0.7, x.cue.sentence,
                    start, head + 1)


def chain_source(analysis: Analysis, x: Linked) -> RoleSpan | None:
    """X of "X, citing Y, <cue>" when the tagger gave the cue no source."""
    s = analysis.sentences[x.cue.sentence]
    m = CHAIN_BEFORE.search(analysis.text[s.start : x.cue.start])
    if not m:
        return None
    a, b = s.start + m.start("x"), s.start + m.end("x")
    idx = [i for i in range(s.token_start, s.token_end) if a <= analysis.tokens[i].start < b]
    if not idx:
        return None
    toks = analysis.tokens
    return RoleSpan("source", toks[idx[0]].start, toks[idx[-1]].end, x.cue.score, x.cue.sentence,
                    idx[0], idx[-1] + 1)


def participle_source(analysis: Analysis, linked: list[Linked], i: int,
                      refusals: Collection[Linked] = ()) -> RoleSpan | None:
    """The previous statement's source for a ", noting that" / "but was open to" cue in its sentence (or a
    refusal's in between: "X refused to concede and said …", `refusals`)."""
    cue = linked[i].cue
    cue_word = analysis.text[cue.start : cue.end].split()[0].lower().rstrip(":,")  # "writing:"
    k = cue.token_start - 1
    while k > 0 and analysis.tokens[k].text in "\"”’»":
        k -= 1
    after_comma = k >= 0 and analysis.tokens[k].text == ","
    coordinated = k >= 0 and analysis.tokens[k].text.lower() in ("but", "and")
    if not ((cue_word.endswith("ing") and after_comma) or coordinated):
        return None
    prev = linked[i - 1] if i > 0 else None
    if (refused := refusal_source(list(refusals), prev, cue)) is not None or prev is None:
        return refused
    if analysis.text[prev.cue.start : prev.cue.end].lower().startswith("according"):
        return None  # "X did Y, according to Z, and said …": Z is not the one who said
    return coordinated_source(analysis, prev, cue) if prev.cue.sentence == cue.sentence else None


def absorb_nested(analysis: Analysis, linked: list[Linked]) -> None:
    """"X told reporters that | the minister noted that …": the outer content runs over the inner."""
    text = analysis.text
    for outer, inner in itertools.pairwise(linked):
        if inner.source is None or not outer.content or inner.source.start < outer.cue.end:
            continue  # an inner source before the outer cue is one it inherited ("X denied that, telling …")
        words = " ".join(text[c.start : c.end] for c in outer.content).lower().split()
        last = max(outer.content, key=lambda c: c.end)
        if len(words) > 2 or not set(words) <= LINKER_WORDS or text[last.end : inner.source.start].strip():
            continue
        end = max([inner.cue.end, *(c.end for c in inner.content)])
        end_tok = max([inner.cue.token_end, *(c.token_end for c in inner.content)])
        outer.content = [*[c for c in outer.content if c is not last],
                         replace(last, end=end, token_end=end_tok)]
