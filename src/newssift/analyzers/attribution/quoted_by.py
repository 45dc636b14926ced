"""'Y was quoted by X as saying …': the outlet X that quoted is the source, Y its `via`.

"according to Y, quoted by X" already reads X as the source and Y as its via (`chains`); the passive
says the same and is read the same way (`outlet_quoted`, applied by the analyzer after the repairs):
- "Rail chief Tomas Verl was quoted by the Morning Ledger as saying that …" → source "the Morning
  Ledger", cue "was quoted", via "Rail chief Tomas Verl";
- "Verl was quoted as saying by the daily Ledger that …" → source "the daily Ledger", cue "was quoted as
  saying", via "Verl" (X closes before "that", a time word, a comma, a colon or a quotation mark).
Y is the tagged source when it closes before the passive, else the clause's subject: the words from
the sentence's start (or its last semicolon or colon, after a fronted time or place: "On Monday, …")
to the passive, an appositive included ("Its president, Marcel Dufort, was quoted by …"). "Y was
quoted as saying …" with no "by X" keeps Y as its source (PolNeAR: "Braynard | is quoted as saying").
When the tagger took "quoted by" itself as the cue of "According to Y, quoted by X, …", the statement
is read the same way as `chains` reads "according to Y, quoted by X": source X, via Y, cue "according
to". A time closing X ("by the Varnholt Herald on Tuesday") is no part of it.
Limits: one "by X" phrase of at most 60 characters, inside the cue's sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

BE = r"(?:was|were|is|are|has been|have been|had been)"
X = r"(?P<x>[^,;:\"“”]{1,60}?)"
BY_AS = re.compile(rf"\b(?P<cue>{BE}\s+(?:quoted|cited))\s+by\s+{X}\s+as\s+(?:saying|telling)\b")
AS_BY = re.compile(rf"\b(?P<cue>{BE}\s+(?:quoted|cited)\s+as\s+(?:saying|telling))\s+by\s+{X}"
                   r"(?=\s*[,:\"“]|\s+(?:that|on|in|last|this|earlier|yesterday|today)\b|\s*$)")
FRONTED = (r"(?:(?:On|In|At|Last|Earlier|Later|After|Before|During|Meanwhile|Separately|However)\b"
           r"[^,;:]{0,40},\s+)?")
ACCORDING = re.compile(r"\b(?P<cue>[Aa]ccording to)\s+(?P<y>[^,;:\"“”]{2,80}?),?\s+(?:as\s+)?(?:quoted|cited)"
                       r"\s+by\s+(?P<x>[^,;:.\"“”]{1,60})")
TIME = re.compile(r"\s+(?:(?:on|last|this|earlier|in)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                  r"week|month|year|weekend|morning|evening|night)$")
SUBJECT = re.compile(rf"(?:^|[;:]\s+){FRONTED}(?P<y>[A-Za-z][^;:]{{0,100}}?)[\s,]*$")


def outlet_quoted(analysis: Analysis, x: Linked) -> None:
    """Re-read x in place as the module docstring says when its cue lies in such a passive."""
    s = analysis.sentences[x.cue.sentence]
    sentence = analysis.text[s.start : s.end]
    m = next((m for p in (BY_AS, AS_BY, ACCORDING) for m in p.finditer(sentence)
              if s.start + m.start() <= x.cue.start < s.start + m.end()), None)
    if m is None:
        return
    if m.re is ACCORDING:  # the tagger's cue "quoted by": the statement is X's, via Y, cue "according to"
        y = _span(analysis, "source", s.start + m.start("y"), s.start + m.end("y"), x.cue)
    else:
        y = _subject(analysis, x, s.start, s.start + m.start())
    timed = TIME.search(m.group("x"))  # "by the Varnholt Herald on Tuesday"
    x_end = s.start + (m.start("x") + timed.start() if timed and timed.start() > 0 else m.end("x"))
    outlet = _span(analysis, "source", s.start + m.start("x"), x_end, x.cue)
    cue = _span(analysis, "cue", s.start + m.start("cue"), s.start + m.end("cue"), x.cue)
    if y is None or outlet is None or cue is None:
        return
    x.source, x.cue, x.via = outlet, cue, y
    x.content = [_clip(analysis, c, s.start + m.end()) for c in x.content if c.end > s.start + m.end()
                 ] or x.content


def _clip(analysis: Analysis, c: RoleSpan, start: int) -> RoleSpan:
    """A content that opens inside the passive ("saying: …") opens after it and its colon."""
    if c.start >= start:
        return c
    k = next((i for i in range(c.token_start, c.token_end) if analysis.tokens[i].start >= start
              and analysis.tokens[i].text not in ":,"), None)
    if k is None:
        return c
    return replace(c, start=analysis.tokens[k].start, token_start=k)


def _subject(analysis: Analysis, x: Linked, start: int, end: int) -> RoleSpan | None:
    """Y: the tagged source closing before the passive, else the clause's capitalised subject."""
    if x.source is not None and start <= x.source.start and x.source.end <= end:
        return x.source
    m = SUBJECT.search(analysis.text[start:end])
    return _span(analysis, "source", start + m.start("y"), start + m.end("y"), x.cue) if m else None


def _span(analysis: Analysis, role: str, start: int, end: int, like: RoleSpan) -> RoleSpan | None:
    """The role span over the tokens lying inside [start, end), scored and placed like `like`."""
    toks = [i for i, t in enumerate(analysis.tokens) if start <= t.start and t.end <= end]
    if not toks:
        return None
    a, b = analysis.tokens[toks[0]].start, analysis.tokens[toks[-1]].end
    return replace(like, role=role, start=a, end=max(a, b), token_start=toks[0], token_end=toks[-1] + 1)
