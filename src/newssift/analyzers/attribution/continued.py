"""A quotation that goes on after its speaker: '"The board looked the other way for three years," he
said. "The judge has done her job. Now the board must answer for theirs."'

A quotation no statement covers is reported as unattributed. When it opens a sentence of the same
paragraph right after a sentence that closes on a statement's source and cue, and that statement's
content is a quotation before its cue ('"…," he said.'), the quotation goes on with the same speaker:
it joins that statement's content (`continue_quotations`, applied by the analyzer).
A participle clause after the cue that is no cue of the lexicon and quotes nothing ('"…," she said,
drawing one of the loudest cheers of the night. "…"') does not stop it.
Limits: one sentence back only; a quotation after "…, he said, adding …" stays unattributed.
"""

from __future__ import annotations

import re

from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import load as load_lexicon
from newssift.analyzers.attribution.records import Statement
from newssift.text import Span

QUOTE_MARKS = "\"“”«»'‘’"
PARTICIPLE_TAIL = re.compile(r"^,\s+(\w+ing)\b[^\"“”«»]*$")


def continue_quotations(analysis: Analysis, statements: list[Statement],
                        quotations: list[Statement]) -> list[Statement]:
    """`quotations` (unattributed) without those that continue a statement of `statements`, which
    gets their content (see the module docstring)."""
    kept = []
    for q in quotations:
        s = _speaker_before(analysis, statements, q.content[0])
        if s is None:
            kept.append(q)
        else:
            s.content.append(q.content[0])
    return kept


def _speaker_before(analysis: Analysis, statements: list[Statement], quote: Span) -> Statement | None:
    text = analysis.text
    at = next((i for i, s in enumerate(analysis.sentences) if s.start <= quote.start < s.end), None)
    if not at or text[analysis.sentences[at].start : quote.start].strip():
        return None
    here, prev = analysis.sentences[at], analysis.sentences[at - 1]
    if prev.paragraph is None or prev.paragraph != here.paragraph:
        return None
    for s in statements:
        if s.source is None or s.cue is None or not prev.start <= s.cue.start < prev.end:
            continue
        last = max(s.content, key=lambda c: c.end)
        quoted = text[last.end - 1] in QUOTE_MARKS or text[last.end - 2 : last.end] in (',"', ",”")
        closes = _closes(text[s.end : prev.end].strip(" .!?"))  # the source and cue close the sentence
        if quoted and closes and last.end <= min(s.cue.start, s.source.start):
            return s
    return None


def _closes(rest: str) -> bool:
    """Does what follows a statement's cue in its sentence add nothing said: nothing, or a participle
    clause that is no cue of the lexicon and quotes nothing (", drawing loud cheers")?"""
    m = PARTICIPLE_TAIL.match(rest)
    return not rest or (m is not None and load_lexicon().cue_at([m.group(1).lower()], 0) is None)
