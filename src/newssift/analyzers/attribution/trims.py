"""Edges the tagger sometimes takes into a span that belong to neither speaker nor words.

- A source closing on an aside between commas before its cue ("The Keldari Foreign Ministry, for its
  part, denied …"; `source_asides`) ends before the aside's comma (`drop_source_aside`).
- A content ending on a coordinating conjunction ("Starlane Records insisted the cancellation was down
  to 'logistical challenges' and | denied …", "welcomed the verdict but | said …") ends before it and
  before a comma left in front of it (`drop_trailing_conjunction`).
- A source that ends on a possessive ("Moreno's | ex-boyfriend, actor Luca Brandeis, appeared …") runs
  on over the possessed phrase and its appositive to its cue, when at most `MAX_POSSESSED` tokens of
  words and commas lie between (`run_on_possessive`).
  Another cue of the same sentence sharing that source ("…, sharing a cryptic post reading: …") gets
  the run-on source too (`share_run_on`).
- A source closing on a subject pronoun ("The hydrologists we") before a cue whose last word alone is a
  cue of the lexicon ("have asked say") holds a contact clause: the source runs on over the cue's other
  words ("The hydrologists we have asked"), the cue is its last word ("say") (`contact_clause`).
- A content running on over a comma into a relative clause that holds another statement's source, or
  ends on its relative word ("… near the village of Tarnik, in what | officials described as …", "the
  closure of the hospital, which | records attribute to …"), ends before that comma
  (`drop_relative_tail`).
- A source cut inside a relative clause set off by commas ("Lena Dvorak, whose father lived | at Elm
  Court until his death, said") runs on to the comma that closes the clause right before its cue,
  when at most `MAX_CLAUSE_REST` tokens without another clause break lie between
  (`finish_relative_source`).
- A source closing on a time ("The Ministry of Administrative Affairs [on Tuesday] said", "Officials
  [yesterday] said") ends before it (`drop_source_time`).
- A content piece closing on a comma ('that it expected "a full and transparent investigation",
  while …') ends before it (PolNeAR's contents end on a word or a closing mark) (`drop_trailing_comma`).
- A content piece lying within the statement's own source ("Two current employees, who spoke on condition
  that they not be identified, said …", where the tagger read the subject as content and a repair made
  it the source) is dropped (`drop_source_content`).
All are applied by the analyzer after repair.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan
from newssift.text import Token

CONJUNCTIONS = frozenset({"and", "but", "or", "nor", "yet"})
RELATIVE_WORDS = frozenset({"what", "which", "who", "whom", "whose", "where"})
SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
MAX_POSSESSED = 8
MAX_CLAUSE_REST = 12
TIME_OPENERS = frozenset({"on", "last", "this", "earlier", "late"})
TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week",
                        "month", "year", "weekend", "night", "morning", "afternoon", "evening"})
BREAK_TOKENS = frozenset({",", ";", ":", "(", ")", "—", "–", "\"", "“", "”"})
POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")


@cache
def _asides() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(a.lower().split()) for a in lexicons.load("source_asides"))


def drop_source_aside(analysis: Analysis, x: Linked) -> RoleSpan | None:
    """x's source without a closing ", for its part,"-like aside (see the module docstring)."""
    src, toks = x.source, analysis.tokens
    if src is None or src.end > x.cue.start:
        return src
    words = [t.text.lower() for t in toks[src.token_start : src.token_end]]
    while words and words[-1] == ",":
        words.pop()
    for aside in _asides():
        n = len(aside)
        if len(words) > n + 1 and tuple(words[-n:]) == aside and words[-n - 1] == ",":
            end_tok = src.token_start + len(words) - n - 1
            if end_tok > src.token_start:
                return replace(src, end=toks[end_tok - 1].end, token_end=end_tok)
    return src


def drop_trailing_conjunction(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    """x's contents without a closing "and" / "but" (and a comma before it)."""
    toks, out = analysis.tokens, []
    for c in x.content:
        end = c.token_end
        while end - c.token_start > 1 and toks[end - 1].text.lower() in CONJUNCTIONS:
            end -= 1
        while end < c.token_end and end - c.token_start > 1 and toks[end - 1].text == ",":
            end -= 1
        out.append(c if end == c.token_end else replace(c, end=toks[end - 1].end, token_end=end))
    return out


def run_on_possessive(analysis: Analysis, x: Linked) -> RoleSpan | None:
    """x's source run on from a closing possessive to its cue (see the module docstring)."""
    src, cue, toks = x.source, x.cue, analysis.tokens
    if src is None or src.sentence != cue.sentence or src.token_end >= cue.token_start:
        return src
    if not toks[src.token_end - 1].text.endswith(POSSESSIVE_ENDS):
        return src
    gap = toks[src.token_end : cue.token_start]
    if len(gap) > MAX_POSSESSED or not all(t.text == "," or t.text[:1].isalnum() for t in gap):
        return src
    end = cue.token_start
    while end > src.token_end and toks[end - 1].text == ",":
        end -= 1
    return replace(src, end=toks[end - 1].end, token_end=end) if end > src.token_end else src


def share_run_on(analysis: Analysis, linked: list[Linked]) -> None:
    """A source left on a possessive where another statement's source, starting at the same place,
    ran on (`run_on_possessive`) takes that longer source when it ends before its own cue."""
    toks = analysis.tokens
    for x in linked:
        for y in linked:
            a, b = x.source, y.source
            if (a is not None and b is not None and a.start == b.start and a.end < b.end <= x.cue.start
                    and a.sentence == b.sentence and toks[a.token_end - 1].text.endswith(POSSESSIVE_ENDS)):
                x.source = b


def contact_clause(analysis: Analysis, x: Linked, lex: Lexicon) -> tuple[RoleSpan | None, RoleSpan]:
    """(source, cue) of x with a contact clause moved from the cue into the source (module docstring)."""
    src, cue, toks = x.source, x.cue, analysis.tokens
    if src is None or src.token_end != cue.token_start or src.token_end - src.token_start < 2:
        return src, cue
    words = [t.text.lower() for t in toks[cue.token_start : cue.token_end]]
    if toks[src.token_end - 1].text.lower() not in SUBJECT_PRONOUNS or len(words) < 2:
        return src, cue
    if lex.cue_at(words, 0) or lex.cue_at(words, len(words) - 1) != (1, lex.cues.get(words[-1])):
        return src, cue
    last = cue.token_end - 1
    return (replace(src, end=toks[last - 1].end, token_end=last),
            replace(cue, start=toks[last].start, token_start=last))


def drop_relative_tail(analysis: Analysis, linked: list[Linked]) -> None:
    """Contents cut before a closing ", (preposition) what / which" that is empty or only another
    statement's source up to the content's end (see the module docstring)."""
    toks = analysis.tokens
    starts = {y.source.token_start: y for y in linked if y.source is not None}
    for x in linked:
        x.content = [_cut_relative(toks, c, starts, x) for c in x.content]


def _cut_relative(toks: list[Token], c: RoleSpan, starts: dict[int, Linked], x: Linked) -> RoleSpan:
    for i in range(c.token_end - 1, c.token_start + 1, -1):
        if toks[i].text.lower() not in RELATIVE_WORDS:
            continue
        y = starts.get(i + 1)
        tail_ok = i + 1 == c.token_end or (y is not None and y is not x and y.source.token_end == c.token_end
                                           and y.cue.token_start >= c.token_end)
        comma = i - 1 if toks[i - 1].text == "," else i - 2
        if not tail_ok or comma <= c.token_start or toks[comma].text != ",":
            return c
        if comma == i - 2 and not toks[i - 1].text.islower():
            return c
        return replace(c, end=toks[comma - 1].end, token_end=comma)
    return c


def finish_relative_source(analysis: Analysis, x: Linked) -> RoleSpan | None:
    """x's source, run on to the comma closing the relative clause it was cut in (module docstring)."""
    src, toks = x.source, analysis.tokens
    if src is None or src.end >= x.cue.start or toks[x.cue.token_start - 1].text != ",":
        return src
    opens = any(toks[i].text == "," and toks[i + 1].text.lower() in RELATIVE_WORDS - {"what", "where"}
                for i in range(src.token_start + 1, src.token_end - 1))
    gap = toks[src.token_end : x.cue.token_start - 1]
    if not opens or not gap or len(gap) > MAX_CLAUSE_REST or any(t.text in BREAK_TOKENS for t in gap):
        return src
    end = x.cue.token_start
    return replace(src, end=toks[end - 1].end, token_end=end)


def drop_source_time(analysis: Analysis, x: Linked) -> RoleSpan | None:
    """x's source without a closing time before its cue ("… Affairs on Tuesday | said")."""
    src, toks = x.source, analysis.tokens
    if src is None or src.end > x.cue.start or src.token_end - src.token_start < 2:
        return src
    words = [t.text.lower() for t in toks[src.token_start : src.token_end]]
    cut = len(words)
    if words[-1] in ("yesterday", "today"):
        cut -= 1
    elif len(words) > 2 and words[-1] in TIME_WORDS and words[-2] in TIME_OPENERS:
        cut -= 2
    if cut == len(words) or cut < 1 or not words[cut - 1][:1].isalnum():
        return src
    end = src.token_start + cut
    return replace(src, end=toks[end - 1].end, token_end=end)


def drop_trailing_comma(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    """x's content pieces without a closing comma (module docstring)."""
    toks = analysis.tokens
    return [replace(c, end=max(c.start, toks[c.token_end - 2].end), token_end=c.token_end - 1)
            if c.token_end - c.token_start > 1 and toks[c.token_end - 1].text == "," else c
            for c in x.content]


def drop_source_content(x: Linked) -> list[RoleSpan]:
    """x's content without the pieces inside its source (module docstring)."""
    src = x.source
    if src is None or len(x.content) < 2:
        return x.content
    return [c for c in x.content if not (src.start <= c.start and c.end <= src.end)]


def cut_before(analysis: Analysis, r: RoleSpan, at: int) -> RoleSpan | None:
    """r ended before character `at`, without trailing punctuation; None when nothing is left."""
    toks = analysis.tokens
    end = r.token_start
    while end < r.token_end and toks[end].start < at:
        end += 1
    while end > r.token_start and not toks[end - 1].text[:1].isalnum():
        end -= 1
    return replace(r, end=toks[end - 1].end, token_end=end) if end > r.token_start else None
