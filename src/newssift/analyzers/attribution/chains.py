"""Rules on top of the tagger: citing chains, nested attributions and unattributed quotations.

- Chains: "X, citing Y, reported …" (also when the tagged source is "citing Y" alone) / "X reported,
  citing Y, that …" / "X quoted Y as saying …" (cue
  "quoted", or "saying" when the tagger kept only that one) → source X, via Y;
  "according to Y, quoted by X" (or "according to Y quoted by X") → source X, via Y; "Y polled by X
  expect …" / "Y, contacted by X, said …"
  (`lexicons/en/relay_participles.txt`) → source X, via Y, when X is an outlet or organisation or a
  capitalised name (not "contacted by phone"): the statement rests on the people asked.
- Nested: a content that opens with "<source> <cue> that/:" ("the minister noted that …") yields an inner
  statement whose content is the rest of the outer one; not when that source is the outer statement's
  via ("X quoted Y as saying that …" is one statement, counted once).
- Unattributed: a quotation of at least `MIN_QUOTE_WORDS` words that no statement covers → a statement
  with no source and no cue (taken from the `quotes` layer when present, else found by quote marks).
Limits: chains are matched on the few phrasings above only; nested statements on contents that open
with the inner attribution; a quotation whose speaker the tagger missed is reported as unattributed.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from newssift import lexicons
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.sources import DETERMINERS, classify
from newssift.text import Span

CITING_BETWEEN = re.compile(r"^\s*,\s*(?:citing|quoting)\s+(?P<y>[^,;.]+?)\s*,?\s*$")
CITING_AFTER = re.compile(r"^\s*,\s*(?:citing|quoting)\s+(?P<y>[^,;.]+?)\s*,")
QUOTED_BY = re.compile(r"(?:,\s*(?:as\s+)?(?:quoted|cited|reported)|\s+(?:quoted|cited))"
                       r"\s+by\s+(?P<x>[^,;.]+)")
QUOTED_AS = re.compile(r"^\s+(?P<y>(?:[^,;.:\"“”]|\.(?=\s[A-Z])){2,80}?)(?:,[^,;.:\"“”]{2,60},)?"
                       r"\s+as\s+(?:saying|telling)\b")  # "Dr. Ines Marl, a co-author, as saying"
QUOTED_Y_AS = re.compile(r"^\s+(?:quoted|cited)\s+(?P<y>[^,;.:\"“”]{2,80}?)\s+as\s*$")
CITING_INSIDE = re.compile(r",\s*(?:citing|quoting)\s+(?P<y>[^,;.]+?)\s*,?\s*$")
PUBLISHED_BY = re.compile(r"\s(?P<p>[a-z]+)(?:\s+(?:on|in|at|last|this|earlier|yesterday|today)\b[^,;.]*?)?"
                          r"\s+by\s+(?P<y>[^,;.]+?)"
                          r"(?:\s+(?:on|in|at|last|this|earlier|yesterday|today)\b[^,;.]*)?\s*$")
RELAY_KINDS = ("media", "organisation")
TIME_TAIL = re.compile(r"\s+(?:(?:last|this|earlier|on|in)\s+)?(?:week|month|year|weekend|"
                       r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
                       r"July|August|September|October|November|December)(?:\s+\d{1,4})?$")
CITING_START = re.compile(r"(?:citing|quoting)\s+(?=\S)", re.I)
MAX_SUBJECT_WORDS = 12
NESTED = re.compile(
    r"^(?:[^,;:.“”\"]{0,40}?\bthat\s+)?(?P<src>(?:(?!\bthat\b)[^,;:.“”\"]){2,80}?)\s+(?:as\s+)?"
    r"(?P<cue>[a-z]+(?: out)?)\s*(?:that\b|:)\s*")
QUOTE_RE = re.compile(r"[“«]([^“”«»\n]+)[”»]|\"([^\"\n]+)\"")
MIN_QUOTE_WORDS = 4


def split_chain(text: str, source: Span, cue: Span, content_start: int | None
                ) -> tuple[Span, Span | None]:
    """(outer source, inner `via` source or None) for a tagged source and its cue."""
    quoted_by = _quoted_by(text, source, text[cue.start : cue.end]) or _relayed_by(text, source, cue)
    if quoted_by is not None:
        return quoted_by
    cited = _cited_only(text, source)
    if cited is not None:
        return cited
    m = CITING_INSIDE.search(text[source.start : source.end])
    if m:  # the tagger took "X, citing Y" as one source
        return _trim(text, Span(source.start, source.start + m.start())), _group_span(m, "y", source.start)
    return source, find_via(text, source, cue, content_start) or _published_by(text, source)


def _cited_only(text: str, source: Span) -> tuple[Span, Span] | None:
    """"The official Varoshi News Agency (VNA), [citing informed sources in the Ministry of Defence],
    reported": a source that opens with the chain word is the via; the outer source is the phrase
    before its comma, back to the sentence's start or the comma before (at most `MAX_SUBJECT_WORDS`)."""
    m = CITING_START.match(text[source.start : source.end])
    if m is None:
        return None
    before = text[max(0, source.start - 200) : source.start]
    if not before.rstrip().endswith(","):
        return None
    clause = re.split(r"[.!?;:\n,]\s", before.rstrip()[:-1] + " ")[-1].strip()
    if not clause or len(clause.split()) > MAX_SUBJECT_WORDS:
        return None
    if not clause[:1].isupper() and clause.split()[0].lower() not in DETERMINERS:
        return None
    start = source.start - len(before) + before.rindex(clause)
    return Span(start, start + len(clause)), _trim(text, Span(source.start + m.end(), source.end))


def _published_by(text: str, source: Span) -> Span | None:
    """"Figures published by the Varnholt Library Trust": the body after a publishing participle
    (`publishing_participles`) and "by" inside a source is its `via` (the source stays the document),
    without a closing time or place ("A report published by the Harbor Institute on Monday"), past one
    before "by" ("A report published last week by the Westhaven Chamber of Commerce")."""
    m = PUBLISHED_BY.search(text[source.start : source.end])
    if m is None or m.group("p").lower() not in lexicons.load("publishing_participles"):
        return None
    return _trim(text, _group_span(m, "y", source.start))


def find_via(text: str, source: Span, cue: Span, content_start: int | None) -> Span | None:
    """The inner source Y of "X, citing Y, <cue>" or "X <cue>, citing Y, …" (None when absent)."""
    if source.end <= cue.start:
        m = CITING_BETWEEN.match(text[source.end : cue.start])
        if m is None and text[cue.start : cue.end].lower() in ("saying", "telling"):
            m = QUOTED_Y_AS.match(text[source.end : cue.start])  # the "quoted" cue was not kept
        if m:
            return _group_span(m, "y", source.end)
    if text[cue.start : cue.end].lower() in ("quoted", "cited"):
        m = QUOTED_AS.match(text[cue.end : cue.end + 120])
        if m:
            return _group_span(m, "y", cue.end)
    stop = content_start if content_start is not None and content_start > cue.end else cue.end + 120
    m = CITING_AFTER.match(text[cue.end : stop])
    return _group_span(m, "y", cue.end) if m else None


def _quoted_by(text: str, source: Span, cue_text: str) -> tuple[Span, Span] | None:
    """"according to Y, quoted by X" → (X, Y), whether or not the tagged source ran on over X."""
    if not cue_text.lower().startswith("according"):
        return None
    m = QUOTED_BY.search(text[source.start : source.end + 120])
    if not m or m.start() > len(source):
        return None
    inner = _trim(text, Span(source.start, source.start + m.start()))
    return _group_span(m, "x", source.start), inner


@cache
def _relayed_re() -> re.Pattern[str]:
    words = "|".join(sorted(lexicons.load("relay_participles")))
    return re.compile(rf"^(?P<y>.*?)\s*,?\s+(?:{words})\s+by\s+(?P<x>[^,;.:“”\"]+?)\s*,?\s*$", re.I)


def _relayed_by(text: str, source: Span, cue: Span) -> tuple[Span, Span] | None:
    """"Y polled by X <cue>" (the tagged source Y alone or running on over "polled by X") → (X, Y); a
    time closing X is no part of it ("polled by Meridian last week" → Meridian)."""
    end = cue.start if source.end <= cue.start and cue.start - source.end < 120 else source.end
    m = _relayed_re().match(text[source.start : end])
    if not m or not m.group("y").strip() or not _relays(m.group("x")):
        return None
    x = _group_span(m, "x", source.start)
    timed = TIME_TAIL.search(text[x.start : x.end])
    x = Span(x.start, x.start + timed.start()) if timed and timed.start() > 0 else x
    return x, _trim(text, Span(source.start, source.start + m.end("y")))


def _relays(phrase: str) -> bool:
    """An outlet or organisation asks the questions, or a name does ("polled by Gallup"); "phone" or
    "telephone" does not."""
    first = phrase.split()[1] if phrase.lower().startswith("the ") and len(phrase.split()) > 1 else phrase
    return classify(phrase).kind in RELAY_KINDS or first[:1].isupper()


def _trim(text: str, s: Span) -> Span:
    chunk = text[s.start : s.end]
    a = s.start + len(chunk) - len(chunk.lstrip(" ,"))
    return Span(a, max(a, s.start + len(chunk.rstrip(" ,"))))


def find_nested(text: str, content: Span, lexicon: Lexicon) -> tuple[Span, Span, Span] | None:
    """(source, cue, content) of an attribution opening `content`, e.g. "the minister noted that …"."""
    m = NESTED.match(text[content.start : content.end])
    if not m or m.group("cue") not in lexicon.cues or lexicon.cues.get(m.group("src").lower()):
        return None
    rest = content.start + m.end()
    if content.end - rest < 3 or (not text[rest].isalnum() and text[rest] not in "“\"‘'"):
        return None  # "why they say that, but …": that "that" is the object, not the content's opener
    return (_group_span(m, "src", content.start), _group_span(m, "cue", content.start),
            Span(rest, content.end))


def quotation_spans(text: str, quotes_layer: list[Any] | None, min_words: int = MIN_QUOTE_WORDS,
                    labels: tuple[str, ...] = ("quote",)) -> list[tuple[Span, float]]:
    """Quotations of at least `min_words` words: (span including the marks, score). From the quotes
    layer when the pipeline has one (it reads single marks too; `labels`: which of its labels count),
    else double and angle marks."""
    if quotes_layer is not None:
        out = []
        for q in quotes_layer:
            d = q.to_dict() if hasattr(q, "to_dict") else q
            if d.get("label", "quote") not in labels or d.get("nested"):
                continue
            inner = d.get("inner") or d
            if len(text[inner["start"] : inner["end"]].split()) >= min_words:
                out.append((Span(d["start"], d["end"]), float(d.get("score", 0.8))))
        return out
    return [(Span(m.start(), m.end()), 0.7) for m in QUOTE_RE.finditer(text)
            if len((m.group(1) or m.group(2)).split()) >= min_words]


def _group_span(m: re.Match, group: str, base: int) -> Span:
    a, b = m.span(group)
    seg = m.string[a:b]
    a += len(seg) - len(seg.lstrip())
    b -= len(seg) - len(seg.rstrip())
    return Span(base + a, base + b)
