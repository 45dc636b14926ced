"""Linking role spans into statements: every cue gets the nearest source and contents of its sentence;
contents with no cue in their sentence continue the statement of the previous sentence (in the same
paragraph, or in the next one when it re-opens a quotation), or open the one whose cue comes in the next
sentence; contents that touch across sentences become one span.

A content that opens with "that" goes to the nearest cue before it ("told reporters Friday that …"),
passing over the chain word of "X reported, citing Y, that …".
Before linking, "X told reporters that [the minister] noted that …", where the tagger read "that the
minister" as content, gives the inner cue its source: the phrase after "that" becomes the source of the
cue right after it, and "that" stays the outer statement's content (repair then nests the inner one).

After a closing ", according to", the rest of the sentence is one source ("officials, local activists and
people familiar with the effort": the tagger splits such lists; `closing_according`).
A cue closing its sentence after ", SOURCE" ("…, a source said.", "…, The Post has learned.") and a
", according to SOURCE" take the clause before the comma as their content (`final_clause`).

Limits: purely positional (character distance inside a sentence, one sentence either side across
sentences); a cue with no content anywhere near is dropped; a source with no cue is dropped.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.between import give_back
from newssift.analyzers.attribution.sources import DETERMINERS
from newssift.analyzers.attribution.tagger import RoleSpan
from newssift.text import Span, Token


@dataclass
class Linked:
    """One attribution before typing: its cue, source and content role spans."""

    cue: RoleSpan
    source: RoleSpan | None = None
    content: list[RoleSpan] = field(default_factory=list)
    antecedent: RoleSpan | None = None  # the name a relative-pronoun source ("…, who said") stands for
    via: RoleSpan | None = None  # a `via` read by a repair ("Y was quoted by X as saying": Y)

    @property
    def sentence(self) -> int:
        return self.cue.sentence


def link(analysis: Analysis, spans: list[RoleSpan]) -> list[Linked]:
    """Attributions from role spans (see the module docstring), in text order."""
    by_sentence: dict[int, list[RoleSpan]] = {}
    ordered = determiners_to_sources(analysis, sorted(spans, key=lambda r: r.start))
    ordered = closing_according(analysis, ordered)
    for s in inner_sources(analysis, ordered):
        by_sentence.setdefault(s.sentence, []).append(s)
    linked: list[Linked] = []
    orphans: list[RoleSpan] = []
    for si in sorted(by_sentence):
        here = by_sentence[si]
        cues = [Linked(c) for c in here if c.role == "cue"]
        if not cues:
            orphans.extend(c for c in here if c.role == "content")
            continue
        for r in here:
            if r.role == "content":
                _content_cue(analysis, cues, r).content.append(r)
            elif r.role == "source":
                _set_source(_nearest(cues, r), r, analysis.text)
        give_back(analysis, cues)  # "urged residents [to work from home] and said …" (`between`)
        linked.extend(cues)
    _adopt_orphans(analysis, linked, orphans)
    for x in linked:
        x.content = final_clause(analysis, x) or x.content
    kept = [x for x in linked if x.content]
    for x in kept:
        x.content = merge_adjacent(analysis.text, sorted(x.content, key=lambda r: r.start))
    return sorted(kept, key=lambda x: x.cue.start)


def _set_source(x: Linked, r: RoleSpan, text: str = "") -> None:
    """The nearest source; two sources before the cue that only a comma parts are one, a role and the
    name it gives ("[Its head of research], [Lotte Jansen,] said"), unless the second is a relative word
    ("[Desmond Ruck], [who] …": `Linked.antecedent` reads that one)."""
    s = x.source
    if (s is not None and s.end <= r.start and r.end <= x.cue.start and text[s.end : r.start].strip() == ","
            and text[r.start : r.end].split()[0].lower() not in ("who", "which", "that", "whose")):
        x.source = replace(s, end=r.end, token_end=r.token_end)
    elif s is None or _gap(x.cue, r) < _gap(x.cue, s):
        x.source = r


def _gap(a: RoleSpan, b: RoleSpan) -> int:
    return max(a.start - b.end, b.start - a.end, 0)


def _nearest(cues: list[Linked], r: RoleSpan) -> Linked:
    return min(cues, key=lambda x: _gap(x.cue, r))


CHAIN_CUES = {"citing", "quoting"}


def _content_cue(analysis: Analysis, cues: list[Linked], r: RoleSpan) -> Linked:
    """The nearest cue, or for a content opening with "that", the nearest cue before it that is not
    the chain word of "X reported, citing Y, that …" (when another cue comes before that)."""
    if analysis.tokens[r.token_start].text.lower() == "that":
        before = [x for x in cues if x.cue.end <= r.start]
        main = [x for x in before if analysis.text[x.cue.start : x.cue.end].lower() not in CHAIN_CUES]
        if main or before:
            return _nearest(main or before, r)
    return _nearest(cues, r)


ARTICLES = DETERMINERS - {"that"}  # "that" before a source opens its clause, not its noun phrase


def determiners_to_sources(analysis: Analysis, spans: list[RoleSpan]) -> list[RoleSpan]:
    """'that [the] | [Russian Defense Minister] noted': a content ending on a determiner right before a
    source gives the determiner to the source (a content left empty goes); `spans` in text order."""
    toks, out = analysis.tokens, list(spans)
    for c, src in itertools.pairwise(spans):
        last = toks[c.token_end - 1]
        if (c.role != "content" or src.role != "source" or c.token_end != src.token_start
                or last.text.lower() not in ARTICLES):
            continue
        i = out.index(src)
        out[i] = RoleSpan("source", last.start, src.end, src.score, src.sentence, c.token_end - 1,
                          src.token_end)
        if c.token_end - c.token_start > 1:
            out[out.index(c)] = RoleSpan("content", c.start, toks[c.token_end - 2].end, c.score,
                                         c.sentence, c.token_start, c.token_end - 1)
        else:
            out.remove(c)
    return out


def closing_according(analysis: Analysis, spans: list[RoleSpan]) -> list[RoleSpan]:
    """'CLAUSE, according to [officials,] [local activists and people familiar] [with the effort].': after
    a closing "according to" whose source follows it, the rest of the sentence is that one source (the
    tagger splits coordinated sources and reads their complements as content); only when no other cue
    follows in the sentence. `spans` in text order."""
    toks, out = analysis.tokens, list(spans)
    for i, cue in enumerate(spans):
        if (cue.role != "cue" or not analysis.text[cue.start : cue.end].lower().startswith("according")
                or cue.token_start == 0 or toks[cue.token_start - 1].text != ","):
            continue
        rest = [r for r in spans[i + 1 :] if r.sentence == cue.sentence]
        if not rest or rest[0].role != "source" or any(r.role == "cue" for r in rest):
            continue
        stop = analysis.sentences[cue.sentence].token_end
        while stop > rest[0].token_end and not any(ch.isalnum() for ch in toks[stop - 1].text):
            stop -= 1
        if stop > rest[-1].token_end or stop == rest[0].token_end:
            continue
        out = [r for r in out if r not in rest]
        out.insert(out.index(cue) + 1, RoleSpan("source", rest[0].start, toks[stop - 1].end, rest[0].score,
                                                cue.sentence, rest[0].token_start, stop))
    return out


MAX_INNER_SOURCE = 8
CLAUSE_BREAKS = {",", ";", ":", "\"", "“", "”", "(", ")"}  # also read by `repair`


def inner_sources(analysis: Analysis, spans: list[RoleSpan]) -> list[RoleSpan]:
    """Split "that <short phrase>" content right before a source-less cue into content "that" and
    the cue's source (see the module docstring); `spans` in text order."""
    toks, out = analysis.tokens, list(spans)
    for i in range(len(spans) - 1):
        c, cue = spans[i], spans[i + 1]
        if c.role != "content" or cue.role != "cue" or c.sentence != cue.sentence:
            continue
        phrase = toks[c.token_start + 1 : c.token_end]
        if (toks[c.token_start].text.lower() != "that" or not 0 < len(phrase) <= MAX_INNER_SOURCE
                or any(t.text in CLAUSE_BREAKS for t in phrase) or analysis.text[c.end : cue.start].strip()
                or not any(s.role == "cue" and s.end <= c.start and s.sentence == c.sentence
                           for s in spans[:i])):
            continue
        k = c.token_start
        out[out.index(c)] = RoleSpan("content", c.start, toks[k].end, c.score, c.sentence, k, k + 1)
        out.insert(out.index(cue), RoleSpan("source", phrase[0].start, c.end, c.score, c.sentence,
                                            k + 1, c.token_end))
    return out


MAX_TAIL = 5  # tokens after a closing "…, X said" cue: "on Friday", "in a statement"
TAIL_STOPS = {"that", ":", ",", "\"", "“"}


ANONYMITY = re.compile(r"\banonymity\b|\bnot authori[sz]ed to\b", re.I)
ADJUNCT_OPENERS = {"as", "because", "while", "after", "before", "although", "though", "since", "amid",
                   "despite", "when", "without", "until", "during"}


def final_clause(analysis: Analysis, x: Linked) -> list[RoleSpan] | None:
    """The content of a closing attribution, "CLAUSE, SOURCE said [on Friday]." or "CLAUSE, according
    to SOURCE": the clause from the sentence start to the comma, when the cue has no content or only
    content inside that clause (the tagger often marks a piece of it); None when the pattern does not
    hold. The source may have been cut short of its cue ("[a person familiar with] the matter said"),
    and the tail may go on, after a comma, with an adjunct ("…, speaking on condition of anonymity
    because …", "…, as volumes fell": `closing_tail`); content the tagger marked in that adjunct
    stays, after the clause, when it marked none before the cue (it missed the clause), unless the
    adjunct is about the source's anonymity; after "according to SOURCE", content in such an adjunct
    ("…, although none could be reached for comment") is dropped. A wire
    dateline opening the sentence ("LONDON, March 4 (Wire) - ") is no content."""
    toks, sent = analysis.tokens, analysis.sentences[x.sentence]
    src = x.source
    if src is None or src.sentence != x.sentence:
        return None
    content, adjunct = x.content, []
    if analysis.text[x.cue.start : x.cue.end].lower().startswith("according"):
        comma = x.cue.token_start - 1
        if src.start < x.cue.end:
            return None
        content = [c for c in content if not _in_adjunct(toks, src, c)]
    else:
        comma = src.token_start - 1
        tail = toks[x.cue.token_end : sent.token_end]
        if (src.end > x.cue.start or not _short(toks[src.token_end : x.cue.token_start])
                or not closing_tail(tail)):
            return None
        cut = next((t.start for t in tail if t.text == ","), None)  # "…, as volumes fell"
        adjunct = [c for c in content if cut is not None and c.start >= cut]
        content = [c for c in content if c not in adjunct]
        if ANONYMITY.search(analysis.text[cut if cut is not None else sent.end : sent.end]):
            adjunct = []  # "…, speaking on condition of anonymity because …" is about the source
        if adjunct and content:
            return None
    first = after_dateline(analysis, sent.token_start, comma)
    if comma <= first or toks[comma].text != ",":
        return None
    clause = Span(toks[first].start, toks[comma - 1].end)
    if any(not (clause.start <= c.start and c.end <= clause.end) for c in content):
        return None
    return [RoleSpan("content", clause.start, clause.end, x.cue.score * 0.8, x.sentence, first, comma),
            *adjunct]


# a wire dateline ("LONDON, March 4 (Wire) - ") or a live-blog timestamp ("10:42 — ", "9.15am GMT - ")
DATELINE = re.compile(r"(?:[A-Z]{3,}[A-Z .]*(?:,[^\n()–—-]{1,30})?(?:\s*\([^()\n]{1,30}\))?"
                      r"|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,4})?)\s*(?:--|[-–—])\s+")


def after_dateline(analysis: Analysis, first: int, stop: int) -> int:
    """The first token after a wire dateline or live-blog timestamp that opens the sentence ("LONDON,
    March 4 (Wire) - ", "10:42 — "), else `first`."""
    toks = analysis.tokens
    m = DATELINE.match(analysis.text, toks[first].start)
    if m is None:
        return first
    return next((i for i in range(first, stop) if toks[i].start >= m.end()), first)


def closing_tail(tail: list[Token]) -> bool:
    """Is `tail`, the tokens after a closing cue, a short tail ("on Friday", "in a statement") that may
    go on with a comma and an adjunct (an -ing participle or a subordinating word: "…, speaking on
    condition of anonymity", "…, as volumes fell"), not with more of the statement ("…, said Ana, who")?"""
    cut = next((i for i, t in enumerate(tail) if t.text == ","), len(tail))
    if cut < len(tail):
        after = tail[cut + 1].text.lower() if cut + 1 < len(tail) else ""
        if not ((len(after) > 4 and after.endswith("ing")) or after in ADJUNCT_OPENERS):
            return False
    head = tail[:cut]
    return _words(head) <= MAX_TAIL and not any(t.text in TAIL_STOPS for t in head)


def _in_adjunct(toks: list[Token], src: RoleSpan, c: RoleSpan) -> bool:
    """Does content `c` lie in an adjunct after the source of a closing "according to" ("…, according to
    diplomatic sources, although [none] could be reached"), the reporter's words, not the source's?"""
    return c.token_start >= src.token_end and any(
        toks[i].text == "," and toks[i + 1].text.lower() in ADJUNCT_OPENERS
        for i in range(src.token_end, c.token_start - 1))


def _short(toks: list[Token]) -> bool:
    """At most MAX_TAIL words and no clause break."""
    return _words(toks) <= MAX_TAIL and not any(t.text in CLAUSE_BREAKS for t in toks)


def _words(toks: list[Token]) -> int:
    return sum(any(ch.isalnum() for ch in t.text) for t in toks)


def _adopt_orphans(analysis: Analysis, linked: list[Linked], orphans: list[RoleSpan]) -> None:
    """A content with no cue in its sentence joins, in this order: the next sentence's statement when
    that statement's content opens its sentence (a quote running on into "…,” she said"; taken from the
    last orphan back, so a quotation over several sentences and paragraphs goes whole to its closing cue),
    the statement whose content reached the sentence before (not across a paragraph break when the next
    sentence of the content's own paragraph has a statement with no content, `_closed_here`), the next
    sentence's statement when it has no content."""
    by_sentence: dict[int, list[Linked]] = {}
    for x in linked:
        by_sentence.setdefault(x.sentence, []).append(x)
    left = []
    for r in sorted(orphans, key=lambda r: r.start, reverse=True):
        opening = [x for x in by_sentence.get(r.sentence + 1, [])
                   if x.content and _opens_sentence(analysis, x.content)]
        if opening:
            opening[0].content.append(r)
            by_sentence.setdefault(r.sentence, []).append(opening[0])
        else:
            left.append(r)
    for r in reversed(left):
        empty = [x for x in by_sentence.get(r.sentence + 1, []) if not x.content]
        prev = _latest_before(linked, r)
        if prev is not None and (not _continues(analysis, prev, r) or _closed_here(analysis, prev, r, empty)):
            prev = None
        target = prev if prev is not None else (empty[0] if empty else None)
        if target is not None:
            target.content.append(r)


def _continues(analysis: Analysis, x: Linked, r: RoleSpan) -> bool:
    """May `r` continue `x`'s content: same paragraph, or a new paragraph that opens with a quotation
    mark (a quotation re-opened); 'The union "has been lying …"' opens with its subject, not a mark."""
    para = analysis.sentences[r.sentence].paragraph
    if para == analysis.sentences[x.sentence].paragraph:
        return True
    opening = analysis.text[analysis.paragraphs[para].start :].lstrip()[:1] if para is not None else ""
    return opening in ("\"", "“", "«") and analysis.text[r.start : r.start + 1] in "\"“«"


def _closed_here(analysis: Analysis, prev: Linked, r: RoleSpan, empty: list[Linked]) -> bool:
    """'"Did nobody think …?" | Lindqvist asked.': a quotation opening a new paragraph goes to the
    statement with no content in the next sentence of its own paragraph, not back to the previous
    paragraph's statement (a quotation re-opened there has no cue of its own after it)."""
    para = analysis.sentences[r.sentence].paragraph
    return (bool(empty) and para != analysis.sentences[prev.sentence].paragraph
            and analysis.sentences[empty[0].sentence].paragraph == para)


def _opens_sentence(analysis: Analysis, content: list[RoleSpan]) -> bool:
    first = min(content, key=lambda c: c.start)
    return first.token_start == analysis.sentences[first.sentence].token_start


def _latest_before(linked: list[Linked], r: RoleSpan) -> Linked | None:
    """The last statement whose content reaches the sentence just before `r`'s sentence."""
    best = None
    for x in linked:
        last = max((c.sentence for c in x.content), default=x.sentence)
        if last == r.sentence - 1 and x.cue.start < r.start:
            best = x
    return best


def merge_adjacent(text: str, spans: list[RoleSpan]) -> list[RoleSpan]:
    """Join consecutive spans separated only by whitespace (a content running over sentences)."""
    out: list[RoleSpan] = []
    for s in spans:
        if out and not text[out[-1].end : s.start].strip():
            p = out[-1]
            score = (p.score + s.score) / 2
            out[-1] = RoleSpan(p.role, p.start, s.end, score, p.sentence, p.token_start, s.token_end)
        else:
            out.append(s)
    return out


def as_spans(spans: list[RoleSpan]) -> list[Span]:
    return [Span(s.start, s.end) for s in spans]
