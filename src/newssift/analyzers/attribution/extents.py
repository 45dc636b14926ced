"""Source extents: repairs of a tagged source span's edges, applied by `repair` (see its docstring).
A cue never ends on a comma or semicolon (`drop_break`).

- A source cut inside its phrase widens back to the start of its clause when the widened phrase is
  headed by a source noun ("Local sources in the city of [Hama]"), or forward to its cue ("[Local]
  sources in the city of Hama stated"), never back over a dash or "but" ("… last night - but [locals]
  say"); one ending on a preposition or article runs on to its cue or
  loses those words (a lone article runs on to the comma of an aside before its cue: "[The] council's
  impact assessment, to its credit, admits"); one that opens a quotation runs on to the closing mark.
- A source after its cue ("said Joan Pike, whose house was flooded | to the ceiling.") runs on to its
  sentence's end when only a few words without a clause break are left.
- A source cut inside a person or organisation name of the entities layer ("the Dunmarrow Fire and
  [Rescue Service] said") widens back to the name's start, one cut before the name's end ("[Environment
  Minister Sofia] Brennan, who …, promised") forward to its end; content tagged over the name gives it
  up (`widen_to_entity`, applied by the analyzer after `repair`).
- An appositive source ("[the container shipping group,] plans") takes the name before its comma
  when the entities layer reads it as a person or organisation ("Calder Freight, the container …,").
- A cue tagged a few words after a cue that ends on a preposition or article, in the same clause
  ("said in | guidance | issued Monday that …"), is part of that cue's adverbial, not a cue of its own.
- A source cut one or two lower-case words before the comma of an aside that comes before its cue ("Two
  members of the monetary policy | committee, in speeches last month, pointed to") runs on to that comma
  when the last of those words is a person or organisation noun (`finish_phrase`, applied by the analyzer).
- A cue cut inside its adverbial after a preposition and determiner ("[said in a written] report to
  councillors that …") runs on to its content when at most `MAX_ADVERBIAL_REST` words without a clause
  break lie between (`finish_adverbial_cue`, applied by the analyzer).
- A source never starts with a clause word, never ends with punctuation (except the comma closing an
  appositive right before its cue), and ends before a speech verb of the lexicon inside it that takes
  an object.
"""

from __future__ import annotations

from dataclasses import replace

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.coref import entities_within
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import CLAUSE_BREAKS, Linked, after_dateline
from newssift.analyzers.attribution.sources import DETERMINERS, classify
from newssift.analyzers.attribution.tagger import RoleSpan

PREPOSITIONS = {"in", "of", "from", "at", "on", "with", "for", "close", "near", "inside"}
CLAUSE_WORDS = {"in", "what", "which", "as", "while", "when", "and", "but", "where", "whom", "with"}
MAX_WIDEN = 12
WIDEN_STOPS = {"-", "–", "—", "--", "but"}  # "… behind bars last night - but [locals] say": no widening back
DANGLING = PREPOSITIONS | {"the", "a", "an", "to", "by", "and", "of", "through", "via"}
SHORT_REST = 2  # words a span may stop short of its sentence's end and still run on
QUOTES = {'"', "“", "”", "«", "»"}
MAX_ADVERBIAL_GAP = 4  # words between a dangling cue and a participle cue inside its adverbial
MAX_ADVERBIAL_REST = 5  # words of a cue's adverbial left between it and its content
ADVERBIAL_OPENERS = {"in", "on", "at", "during", "to", "through"}
ADVERBIAL_DETERMINERS = {"a", "an", "the", "his", "her", "its", "their", "our"}


def close_quote(analysis: Analysis, src: RoleSpan, cue: RoleSpan) -> RoleSpan:
    """A source with an unclosed quotation mark runs on to the closing one (and on to its cue when
    at most three words without a clause break are left), before the cue in the same sentence."""
    toks = analysis.tokens
    if sum(t.text in QUOTES for t in toks[src.token_start : src.token_end]) % 2 == 0:
        return src
    limit = cue.token_start if cue.sentence == src.sentence and cue.token_start > src.token_end \
        else analysis.sentences[src.sentence].token_end
    close = next((k for k in range(src.token_end, limit) if toks[k].text in QUOTES), None)
    if close is None:
        return src
    end = close + 1
    rest = toks[end:limit]
    if limit == cue.token_start and 0 < len(rest) <= 3 and not any(t.text in CLAUSE_BREAKS for t in rest):
        end = limit
    return replace(src, end=toks[end - 1].end, token_end=end)


def widen_source(analysis: Analysis, src: RoleSpan, lexicon: Lexicon) -> RoleSpan:
    toks = analysis.tokens
    first = analysis.sentences[src.sentence].token_start
    start = src.token_start
    while (start > first and toks[start - 1].text not in CLAUSE_BREAKS and src.token_end - start < MAX_WIDEN
           and toks[start - 1].text.lower() not in WIDEN_STOPS):
        start -= 1
    between = {t.text.lower() for t in toks[start : src.token_start]}
    if start == src.token_start or not between & PREPOSITIONS:
        return src
    widened = classify(analysis.text[toks[start].start : src.end], lexicon)
    if widened.head not in lexicon.nouns or widened.kind == "pronoun":
        return src
    return replace(src, start=toks[start].start, token_start=start)


def widen_to_cue(analysis: Analysis, src: RoleSpan, cue: RoleSpan, lexicon: Lexicon) -> RoleSpan:
    toks = analysis.tokens
    if not src.token_end < cue.token_start <= src.token_end + MAX_WIDEN or src.sentence != cue.sentence:
        return src
    if any(t.text in CLAUSE_BREAKS for t in toks[src.token_end : cue.token_start]):
        return src
    if classify(analysis.text[src.start : src.end], lexicon).head in lexicon.nouns:
        return src
    end_tok = toks[cue.token_start - 1]
    widened = classify(analysis.text[src.start : end_tok.end], lexicon)
    noun = widened.head in lexicon.nouns or widened.head in lexicon.documents  # "Leaked test | results"
    if not noun or widened.kind == "pronoun":
        return src
    return replace(src, end=end_tok.end, token_end=cue.token_start)


def finish_inverted(analysis: Analysis, src: RoleSpan, cue: RoleSpan) -> RoleSpan:
    """'said Joan Pike, whose house was flooded | to the ceiling.': a source after its cue that stops
    a few words short of its sentence's end, with no clause break left, runs on to it."""
    toks, stop = analysis.tokens, analysis.sentences[src.sentence].token_end
    rest = toks[src.token_end : stop]
    if src.start < cue.end or src.sentence != cue.sentence or not rest or rest[-1].text not in ".!?":
        return src
    words = rest[:-1]
    if not 0 < len(words) <= SHORT_REST + 2 or not all(t.text.isalnum() for t in words):
        return src
    return replace(src, end=words[-1].end, token_end=stop - 1)


def trim_leading(analysis: Analysis, src: RoleSpan) -> RoleSpan:
    toks, k = analysis.tokens, src.token_start
    while k < src.token_end - 1 and toks[k].text.lower() in CLAUSE_WORDS:
        k += 1
    return src if k == src.token_start else replace(src, start=toks[k].start, token_start=k)


def finish_cut(analysis: Analysis, src: RoleSpan, cue: RoleSpan) -> RoleSpan:
    """A source ending on a preposition or article: run on to the cue, or drop the dangling words; a
    lone article before an aside ("[The] council's impact assessment, to its credit, admits") runs on to
    the aside's comma."""
    toks, k = analysis.tokens, src.token_end
    if toks[k - 1].text.lower() not in DANGLING:
        return src
    gap = toks[k : cue.token_start]
    if src.sentence == cue.sentence and 0 < len(gap) <= MAX_WIDEN \
            and not any(t.text in CLAUSE_BREAKS for t in gap):
        return replace(src, end=gap[-1].end, token_end=cue.token_start)
    brk = next((i for i, t in enumerate(gap) if t.text in CLAUSE_BREAKS), 0)
    if src.token_end - src.token_start == 1 and src.sentence == cue.sentence and 0 < brk <= MAX_WIDEN:
        return replace(src, end=gap[brk - 1].end, token_end=k + brk)  # "[The] council's report, …, admits"
    while k > src.token_start + 1 and toks[k - 1].text.lower() in DANGLING:
        k -= 1
    return replace(src, end=toks[k - 1].end, token_end=k)


def cut_at_cue(analysis: Analysis, src: RoleSpan, lexicon: Lexicon) -> RoleSpan:
    """'the Russian "Zvezda" channel [broadcast a video]': a source ends before a speech verb of the
    lexicon inside it that takes an object ("broadcast a", "published the": another statement's verb)."""
    toks = analysis.tokens
    words = [t.text.lower() for t in toks[src.token_start : src.token_end]]
    for i in range(1, len(words) - 1):
        found = lexicon.cue_at(words, i)
        if found and i + found[0] < len(words) and words[i + found[0]] in DETERMINERS:
            return replace(src, end=toks[src.token_start + i - 1].end, token_end=src.token_start + i)
    return src


def trim_trailing(analysis: Analysis, src: RoleSpan) -> RoleSpan:
    toks, k = analysis.tokens, src.token_end
    while k > src.token_start + 1 and not any(ch.isalnum() for ch in toks[k - 1].text) \
            and toks[k - 1].text not in "\"”’»)":
        k -= 1
    return src if k == src.token_end else replace(src, end=toks[k - 1].end, token_end=k)


def close_appositive(analysis: Analysis, src: RoleSpan, cue: RoleSpan) -> RoleSpan:
    """'Brian Fallon, the campaign's press secretary, | said': a source holding an appositive keeps the
    comma that closes it right before its cue (PolNeAR's extent; `name` and `role` never show it)."""
    toks, k = analysis.tokens, src.token_end
    inner = any(t.text == "," for t in toks[src.token_start : k])
    if inner and k + 1 == cue.token_start and toks[k].text == ",":
        return replace(src, end=toks[k].end, token_end=k + 1)
    return src


def widen_to_name(analysis: Analysis, src: RoleSpan) -> RoleSpan:
    """'Calder Freight, [the container shipping group based in Port Ellis,] plans …': an appositive
    source (an article right after a comma) takes the name before that comma when the name opens its
    clause and the entities layer reads it as a person or organisation (PolNeAR's extent: "Brian
    Fallon, the campaign's press secretary,")."""
    toks, k = analysis.tokens, src.token_start
    if k < 2 or toks[k].text.lower() not in ("the", "a", "an") or toks[k - 1].text != ",":
        return src
    first = after_dateline(analysis, analysis.sentences[src.sentence].token_start, k)
    start = k - 1
    while start > first and toks[start - 1].text not in CLAUSE_BREAKS:
        start -= 1
    if start == k - 1:
        return src
    name = (toks[start].start, toks[k - 2].end)
    named = any((d["start"], d["end"]) == name and d.get("label") in ("PER", "ORG")
                for d in entities_within(analysis, *name))
    return replace(src, start=toks[start].start, token_start=start) if named else src


def drop_adverbial_cues(analysis: Analysis, spans: list[RoleSpan]) -> list[RoleSpan]:
    """'said in | guidance | issued Monday that …': a cue that follows a cue ending on a preposition or
    article within a few words of the same clause, with nothing tagged between, is no cue of its own
    (the participle of the first cue's adverbial); `close_cue` runs the first cue on to its content."""
    toks, out = analysis.tokens, []
    ordered = sorted(spans, key=lambda s: s.start)
    for i, s in enumerate(ordered):
        prev = ordered[i - 1] if i else None
        gap = toks[prev.token_end : s.token_start] if prev is not None else []
        if (prev is not None and prev.role == s.role == "cue" and prev.sentence == s.sentence
                and toks[prev.token_end - 1].text.lower() in DANGLING and 0 < len(gap) <= MAX_ADVERBIAL_GAP
                and not any(t.text in CLAUSE_BREAKS or t.text.lower() == "that" for t in gap)):
            continue
        out.append(s)
    return out


def drop_break(analysis: Analysis, cue: RoleSpan) -> RoleSpan:
    """A cue never ends on a comma or semicolon ('while [chanting,] "Hands up …"'): 13 of PolNeAR's
    22,467 train cues do (a colon stays: 443 do)."""
    toks, k = analysis.tokens, cue.token_end
    while k > cue.token_start + 1 and toks[k - 1].text in {",", ";"}:
        k -= 1
    return cue if k == cue.token_end else replace(cue, end=toks[k - 1].end, token_end=k)


def widen_to_entity(analysis: Analysis, x: Linked) -> tuple[RoleSpan | None, list[RoleSpan]]:
    """'…, the Dunmarrow Fire and [Rescue Service] said': a source before its cue that starts inside a
    person or organisation name of the entities layer (the name ending inside the source) widens back
    to the name's start (and its article), and content tagged over that part of the name gives it up."""
    src, toks = x.source, analysis.tokens
    if src is None or src.end > x.cue.start:
        return src, x.content
    if (longer := _to_name_end(analysis, src, x.cue)) is not src:
        return longer, [c for c in x.content if not (longer.start <= c.start and c.end <= longer.end)]
    s = analysis.sentences[src.sentence]
    names = [d for d in entities_within(analysis, s.start, src.end) if d.get("label") in ("PER", "ORG")
             and d["start"] < src.start < d["end"] <= src.end]
    if not names:
        return src, x.content
    k = next((i for i in range(s.token_start, src.token_start) if toks[i].start >= names[0]["start"]),
             None)
    if k is None:  # the name starts inside the token before the source
        return src, x.content
    k -= k > s.token_start and toks[k - 1].text.lower() == "the"
    wide = replace(src, start=toks[k].start, token_start=k)
    content = []
    for c in x.content:
        if c.start < wide.start < c.end:
            end = k
            while end > c.token_start and toks[end - 1].text in CLAUSE_BREAKS:
                end -= 1
            c = replace(c, end=toks[end - 1].end, token_end=end) if end > c.token_start else None
        if c is not None and not (wide.start <= c.start and c.end <= wide.end):
            content.append(c)
    return wide, content or x.content


def _to_name_end(analysis: Analysis, src: RoleSpan, cue: RoleSpan) -> RoleSpan:
    """'[Environment Minister Sofia] Brennan, who …, promised': a source cut inside a person or
    organisation name that ends before its cue runs on to the name's end."""
    toks = analysis.tokens
    names = [d for d in entities_within(analysis, src.start, cue.start) if d.get("label") in ("PER", "ORG")
             and d["start"] < src.end < d["end"]]
    end = next((k for k in range(src.token_end, cue.token_start) if names and toks[k].end == names[0]["end"]),
               None)
    return src if end is None else replace(src, end=toks[end].end, token_end=end + 1)


def finish_phrase(analysis: Analysis, x: Linked, lexicon: Lexicon) -> RoleSpan | None:
    """'Two members of the monetary policy [committee], in speeches last month, pointed to': a source
    before its cue, ending on a lower-case word one or two lower-case words (no stop word, cue or
    preposition) short of a comma before the cue, runs on to the comma when the last of those words is a
    person or organisation noun of the lexicon and the source's own last word is no source noun."""
    src, toks = x.source, analysis.tokens
    if src is None or src.end > x.cue.start or src.sentence != x.cue.sentence:
        return src
    comma = next((k for k in range(src.token_end, min(src.token_end + 3, x.cue.token_start))
                  if toks[k].text == ","), None)
    rest = toks[src.token_end : comma] if comma is not None else []
    stops, words = lexicons.load("np_stops"), [toks[src.token_end - 1], *rest]
    if not rest or not all(t.text.isalpha() and t.text.islower() and t.text not in stops
                           and t.text not in lexicon.cue_first_words for t in words):
        return src
    if words[0].text in lexicon.nouns or lexicon.nouns.get(rest[-1].text) not in ("organisation", "person"):
        return src
    return replace(src, end=rest[-1].end, token_end=comma)


def finish_adverbial_cue(analysis: Analysis, x: Linked) -> RoleSpan:
    """x's cue, run on over the rest of its adverbial ("said in a written | report to councillors") to
    its content in the same sentence (module docstring)."""
    toks, cue = analysis.tokens, x.cue
    words = [t.text.lower() for t in toks[cue.token_start : cue.token_end]]
    opens = any(w in ADVERBIAL_OPENERS and words[i + 1] in ADVERBIAL_DETERMINERS
                for i, w in enumerate(words[1:-1], 1))
    after = [c.token_start for c in x.content
             if c.sentence == cue.sentence and c.token_start >= cue.token_end]
    if not opens or not after or min(after) == cue.token_end:
        return cue
    gap = toks[cue.token_end : min(after)]
    if len(gap) > MAX_ADVERBIAL_REST or not all(t.text.isalnum() for t in gap):
        return cue
    return replace(cue, end=gap[-1].end, token_end=min(after))
