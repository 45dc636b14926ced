"""Attributions marked by layout instead of a speech verb.

- Speaker labels: a title or paragraph that opens with a name and a colon: "PENCE: Well, look, …" in a
  transcript, "Pence: Flowers won't be at debate" in a headline. The colon is the cue, the name the
  source, the rest of the block the content. In a transcript set as a quoted block (every paragraph
  opening with a quotation mark) the turn runs on over the following quoted paragraphs until the next
  label. The name is one to four capitalised words (initials, "Dr."/"Mr." and all-caps allowed), not
  a rubric (`lexicons/en/layout_rubrics.txt`: "UPDATE", "Editor's note", "The Latest", "Q"), an
  inverted cue ("Said Ellis: …", which the tagger reads) nor a phrase with a function word after its
  first word ("TERROR ON THE TOWPATH: …"). When the `entities` layer ran, a label of
  several title-case words must hold a person or organisation entity ("Stealth Over Health: …" is a
  headline phrase); without it, such a phrase is read as a name. A label opening a paragraph is a
  transcript turn: the speaker's own words, typed `direct` with or without quotation marks; a label in
  the title ("Pence: Flowers won't be at debate") may paraphrase and is typed by its marks.
- Signatures: a quotation followed by a dash and a name: “He represents our greatest shame.” ― Sonya
  Herridge (vox pops, tweets: "— Paul Ryan (@SpeakerRyan)"). The dash is the cue, the quotation the
  content.
- Announcements: "Here is what she said:" / "That is what he told us." hand over to the text that
  follows; a statement whose only content is the words before a free-relative "what" right before its
  source is no statement (`is_announcement`).
- Quote-first titles: "'We cannot sandbag our way out of this': the mayor of Brenholt on the floods"
  (`attribution/headline_quotes.py`).
- Interview answers: "A: …" paragraphs of a "Q: … / A: …" interview are the interviewee's turns
  (`attribution/interviews.py`).
Limits: a "Q:" / "A:" label is no speaker label (the letters do not name anyone); a colon after a name
that introduces a list is read as speech.
"""

from __future__ import annotations

import re

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution import coref, headline_quotes, interviews
from newssift.analyzers.attribution.headlines import RUBRIC_PREPOSITIONS
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.records import Cue, SourceRef, Statement, statement_type
from newssift.text import Span

LAYOUT_SCORE = 0.8
OPEN_QUOTES = "\"“«„"
QUOTE_MARKS = "\"“”«»„"
_WORD = r"(?:[A-Z][\w'’.-]*|[A-Z]\.)"
_GAP = r"[ \u00a0]+"
_LABEL = re.compile(
    rf"[\"“«„]?\s*(?P<name>{_WORD}(?:{_GAP}{_WORD}){{0,3}})\s*(?P<colon>:){_GAP}(?=\S)")
_SIGNATURE = re.compile(
    rf"[”\"](?P<gap>\s*)(?P<dash>―|—|–|--)[ \u00a0]*"
    rf"(?P<name>{_WORD}(?:{_GAP}(?:{_WORD}|de|van|von|la)){{0,5}}(?:{_GAP}\(@\w+\))?)")
_SENTENCE_STOP = re.compile(r"(?<![JS]r)(?<=[a-z]{2})\.$")
PHRASE_WORDS = frozenset({"the", "on", "in", "at", "to", "a", "an", "for", "with", "from", "and", "is"})
SPEECH_WORDS = frozenset({"said", "says", "asked", "asks", "added", "adds", "wrote", "writes", "told"})


def merge(analysis: Analysis, existing: list[Statement]) -> list[Statement]:
    """`existing` with the layout attributions added; one replaces an existing statement on the same
    cue (the tagger also learns "NAME:" but cannot see where a transcript turn ends)."""
    found = statements(analysis)
    cues = [s.cue for s in found]
    kept = [s for s in existing
            if s.cue is None or not any(s.cue.start < c.end and c.start < s.cue.end for c in cues)]
    return kept + found


def statements(analysis: Analysis) -> list[Statement]:
    """Speaker-label, signature and interview-answer attributions of an article."""
    return [*_labels(analysis), *_signatures(analysis), *interviews.answers(analysis),
            *headline_quotes.quote_first(analysis)]


def _blocks(analysis: Analysis) -> list[Span]:
    title = [analysis.title] if analysis.title is not None else []
    return [*title, *(Span(p.start, p.end) for p in analysis.paragraphs)]


def _labels(analysis: Analysis) -> list[Statement]:
    text = analysis.text
    blocks = _blocks(analysis)
    out = []
    for i, block in enumerate(blocks):
        m = _LABEL.match(text, block.start, block.end)
        if m is None or not _is_name(m.group("name")) or not _named(analysis, Span(*m.span("name"))):
            continue
        content = [Span(m.end(), _rstrip(text, block.start, block.end))]
        if _opens_quote(text, block):
            content += _turn(text, blocks[i + 1 :])
        label = _statement(text, Span(*m.span("name")), Span(*m.span("colon")), content)
        label.turn = block != analysis.title
        out.append(label)
    return out


def _is_name(label: str) -> bool:
    """Not a rubric ("UPDATE", "The Latest", "Inside Harlow Logistics": a preposition opening it), an
    inverted cue ("Said Ellis") nor a phrase holding a function word no name holds ("TERROR ON THE
    TOWPATH")."""
    low = label.lower().rstrip(".")
    return (low not in lexicons.load("layout_rubrics") and not SPEECH_WORDS & set(low.split())
            and not PHRASE_WORDS & set(low.split()[1:]) and low.split()[0] not in RUBRIC_PREPOSITIONS)


def _named(analysis: Analysis, name: Span) -> bool:
    """One word, all capitals, or (when entities ran) holding a PER / ORG entity."""
    words = analysis.text[name.start : name.end]
    if "entities" not in analysis.layers or len(words.split()) == 1 or words.isupper():
        return True
    inside = coref.entities_within(analysis, name.start, name.end)
    return any(e.get("label") in ("PER", "ORG") for e in inside)


def _turn(text: str, following: list[Span]) -> list[Span]:
    """The quoted paragraphs that carry a transcript turn on, up to the next speaker label, a signed
    quotation or the paragraph that closes the quotation."""
    out = []
    for block in following:
        if (not _opens_quote(text, block) or _LABEL.match(text, block.start, block.end)
                or _SIGNATURE.search(text, block.start, block.end)):
            break
        end = _rstrip(text, block.start, block.end)
        out.append(Span(block.start + 1, end))
        if text[end - 1] in "”\"":
            break
    return out


def _signatures(analysis: Analysis) -> list[Statement]:
    """Signed quotations: the content runs from the first quotation mark after the previous signature
    (or the block's start) to the mark closing before the dash."""
    text = analysis.text
    out = []
    for block in _blocks(analysis):
        start = block.start
        for m in _SIGNATURE.finditer(text, block.start, block.end):
            opening = next((i for i in range(start, m.start()) if text[i] in QUOTE_MARKS), None)
            if opening is not None and "\n\n" not in m.group("gap"):
                content = [Span(opening, m.start() + 1)]
                out.append(_statement(text, _name_span(text, m), Span(*m.span("dash")), content))
            start = m.end()
    return out


def _name_span(text: str, m: re.Match) -> Span:
    """The signature's name without the full stop closing its sentence ("― Steve Quinlan."), which an
    initial or a title keeps ("A.", "Jr.")."""
    start, end = m.span("name")
    if _SENTENCE_STOP.search(text, start, end):
        end -= 1
    return Span(start, end)


def _statement(text: str, source: Span, cue: Span, content: list[Span]) -> Statement:
    ref = SourceRef(source.start, source.end, text[source.start : source.end], "anonymous")
    return Statement("", statement_type(text, content), LAYOUT_SCORE, ref,
                     Cue(cue.start, cue.end, text[cue.start : cue.end], "neutral"), content, text_of=text)


def _opens_quote(text: str, block: Span) -> bool:
    return block.end > block.start and text[block.start] in OPEN_QUOTES


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def is_announcement(analysis: Analysis, x: Linked) -> bool:
    """'[Here is what] she said:': all content lies before the source and ends on "what" (the free
    relative the cue's object), so the statement announces the text that follows and says nothing."""
    if x.source is None or not x.content or any(c.end > x.source.start for c in x.content):
        return False
    last = max(x.content, key=lambda c: c.end)
    words = analysis.text[last.start : last.end].split()
    between = analysis.text[last.end : x.source.start].strip()
    return bool(words) and words[-1] == "what" and between in ("", "what")
