"""Quoted spans: every pair of quotation marks, with the marks, rule-based and microsecond-fast.

Marks: straight `"…"` and `'…'`, curly `“…”` and `‘…’`, low-high `„…“`, guillemets `«…»` (also the
German `»…«`) and `‹…›`. Marks pair within their family (double, single, angle, single angle), so
`“…"` still pairs (score 0.85: mixed styles). Direction comes from the mark (curly, guillemets) or,
for straight marks and misused curly ones, from the context: a space or an opening bracket before and
a letter after opens; a letter or punctuation before and a space or punctuation after closes.

Label scheme (`label`):
- `quote`: a quoted utterance or passage (four or more words, or ending in `.`, `,`, `!`, `?`, `;`, `:`).
- `scare_quote`: one to three words without final punctuation, such as “volunteers” or "Baath":
  distancing quotes, titles and quoted names alike (this rule cannot tell them apart).

Fields beyond the canonical ones: `nested` is true for a quote inside another quote (a ‘…’ inside
“…”): the outer quote is the finding a reader wants, the inner one is kept as its own finding.
`paragraphs` counts the paragraphs a quote spans: by news convention a paragraph that ends inside a
quote and a next paragraph that re-opens with the same kind of mark continue ONE quote; its `inner`
then covers the paragraph breaks and the re-opening mark.

Never guessed silently: an opening mark that is never closed gives a finding from the mark to the end
of its paragraph, and a stray closing mark a finding from the start of its sentence to the mark, both
with `uncertain: true`, a `reason` and a low score; the missing mark is `null`. A pair whose closing
mark is followed by detached punctuation (`"… after the end." . From the war.`) is kept but marked
uncertain too: the quote looks cut short or its closing mark misplaced.
Apostrophes are not quotes: `don’t`, `the regime’s`, `’90s`, `students’` (a `’` after a letter closes
only when a single quote is open). An unclosed straight or `’`-style single opener is taken for an
apostrophe (`'em`, `rock 'n' roll` aside) and dropped, not reported.

Limits: no quote spans the title and the body; a quote whose next paragraph does not re-open with a
mark ends, uncertain, at its paragraph's end; inch and foot marks (5'10") are read as quotes; scores
are fixed priors per case, not calibrated probabilities.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from newssift.analysis import Analysis
from newssift.pipeline import Analyzer
from newssift.text import Span

FAMILY = {
    '"': "double", "“": "double", "”": "double", "„": "double",
    "'": "single", "‘": "single", "’": "single",
    "«": "angle", "»": "angle", "‹": "single_angle", "›": "single_angle",
}  # fmt: skip
PREFER = {"“": "open", "„": "open", "‘": "open", "«": "open", "‹": "open",
          "”": "close", "’": "close", "»": "close", "›": "close"}  # fmt: skip
MARK_RE = re.compile("[" + re.escape("".join(FAMILY)) + "]")
OPEN_BEFORE = set("([{<—–-/:") | set(FAMILY)  # besides whitespace and the region's start
CLOSE_AFTER = set(".,;:!?)]}>…—–-/") | set(FAMILY)  # besides whitespace and the region's end
ELISION_RE = re.compile(r"\d\d(?:s\b|\b)")  # ’90s, '22
SCARE_MAX_WORDS = 3
WORD_RE = re.compile(r"\w+(?:[’'-]\w+)*")
FINAL_PUNCT_RE = re.compile(r"[.,!?;:…]\s*$")

SCORE_PAIRED = {"curly": 0.98, "double": 0.95, "single": 0.9, "mixed": 0.85}
SCORE_CONTINUED = 0.95
SCORE_UNCLOSED = 0.4
SCORE_STRAY = 0.3
UNCLOSED = "opening mark {mark} is never closed; the span runs to the end of its paragraph"
UNCLOSED_INNER = "opening mark {mark} is never closed inside the enclosing quote"
STRAY = "closing mark {mark} has no opening mark; the span starts at its sentence's start"
DETACHED = ("the closing mark is followed by detached punctuation; the quote may be cut short or "
            "its closing mark misplaced")
DETACHED_RE = re.compile(r"[ \t\u00a0]+[.,;:](?!\w)")  # `end." .` after a quote ending in `.`
SCORE_DETACHED = 0.6


@dataclass(frozen=True, slots=True)
class Quote:
    """One quoted span, marks included; `inner` is the text between the marks."""

    start: int
    end: int
    text: str
    label: str
    score: float
    open_mark: str | None
    close_mark: str | None
    inner: Span
    inner_text: str
    uncertain: bool = False
    reason: str | None = None
    paragraphs: int = 1
    nested: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "text": self.text, "label": self.label,
            "score": round(self.score, 4), "open_mark": self.open_mark,
            "close_mark": self.close_mark,
            "inner": {"start": self.inner.start, "end": self.inner.end, "text": self.inner_text},
            "uncertain": self.uncertain, "reason": self.reason, "paragraphs": self.paragraphs,
            "nested": self.nested,
        }  # fmt: skip


@dataclass(slots=True)
class _Open:
    mark: str
    pos: int
    paragraphs: int = 1


class _Scanner:
    """Pairs the marks of one text, region (title or paragraph) by region."""

    def __init__(self, text: str, sentence_starts: Sequence[int]):
        self.text = text
        self.sentence_starts = sentence_starts
        self.stack: list[_Open] = []
        self.found: list[Quote] = []
        self.region = Span(0, 0)

    def run(self, regions: Sequence[Span]) -> list[Quote]:
        for i, region in enumerate(regions):
            self.region = region
            skip = self._continue_into(region) if self.stack else None
            for m in MARK_RE.finditer(self.text, region.start, region.end):
                if m.start() != skip:
                    self._mark(m.start())
            following = regions[i + 1] if i + 1 < len(regions) else None
            self._end_region(following)
        return sorted(self.found, key=lambda q: (q.start, -q.end))

    def _continue_into(self, region: Span) -> int | None:
        """The position of the re-opening mark that continues the carried quote, if any."""
        pos = region.start
        outer = self.stack[0]
        if self.text[pos:pos + 1] and FAMILY.get(self.text[pos]) == FAMILY[outer.mark] \
                and self._role(pos) == "open":
            outer.paragraphs += 1
            return pos
        self._unclose_all(self.text_end_before(region.start))
        return None

    def text_end_before(self, pos: int) -> int:
        end = pos
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        return end

    def _end_region(self, following: Span | None) -> None:
        if not self.stack:
            return
        for inner in self.stack[1:]:
            self._unclosed(inner, self.region.end, UNCLOSED, nested=True)
        del self.stack[1:]
        if following is None:
            self._unclose_all(self.region.end)

    def _unclose_all(self, end: int) -> None:
        for i, item in enumerate(self.stack):
            self._unclosed(item, end, UNCLOSED, nested=i > 0)
        self.stack.clear()

    def _mark(self, pos: int) -> None:
        mark = self.text[pos]
        if FAMILY[mark] == "single" and self._apostrophe(pos):
            return
        role = self._role(pos)
        if role == "open":
            self.stack.append(_Open(mark, pos))
        elif role == "close":
            self._close(pos)

    def _apostrophe(self, pos: int) -> bool:
        left, right = self._neighbours(pos)
        if left.isalnum() and right.isalnum():
            return True  # don’t, the regime’s, O’Brien
        if not left.isalnum() and ELISION_RE.match(self.text, pos + 1):
            return True  # ’90s, '22
        if left.isalnum() and self.text[pos] != "‘":
            return not self._is_open("single")  # students’ unless a single quote is open
        return False

    def _neighbours(self, pos: int) -> tuple[str, str]:
        left = self.text[pos - 1] if pos > self.region.start else ""
        right = self.text[pos + 1] if pos + 1 < self.region.end else ""
        return left, right

    def _role(self, pos: int) -> str | None:
        mark = self.text[pos]
        left, right = self._neighbours(pos)
        opens = left == "" or left.isspace() or left in OPEN_BEFORE
        closes = right == "" or right.isspace() or right in CLOSE_AFTER
        context = "open" if opens and not closes else "close" if closes and not opens else None
        is_open = self._is_open(FAMILY[mark])
        prefer = PREFER.get(mark)
        if prefer is None:  # straight marks
            return context or ("close" if is_open else "open")
        if context and context != prefer:  # a curly mark used the wrong way round
            if prefer == "open" and is_open:
                return "close"
            if prefer == "close" and not is_open:
                return "open"
        return prefer

    def _is_open(self, family: str) -> bool:
        return any(FAMILY[o.mark] == family for o in self.stack)

    def _close(self, pos: int) -> None:
        family = FAMILY[self.text[pos]]
        index = next((i for i in range(len(self.stack) - 1, -1, -1)
                      if FAMILY[self.stack[i].mark] == family), None)
        if index is None:
            self._stray(pos)
            return
        for inner in self.stack[index + 1:]:
            self._unclosed(inner, self.text_end_before(pos), UNCLOSED_INNER, nested=True)
        opener = self.stack[index]
        del self.stack[index:]
        self._paired(opener, pos, nested=index > 0)

    def _paired(self, opener: _Open, close: int, nested: bool) -> None:
        close_mark = self.text[close]
        score = SCORE_PAIRED[_style(opener.mark, close_mark)]
        if opener.paragraphs > 1:
            score = min(score, SCORE_CONTINUED)
        reason = None
        if FINAL_PUNCT_RE.search(self.text, opener.pos, close) and \
                DETACHED_RE.match(self.text, close + 1, self.region.end):
            score, reason = SCORE_DETACHED, DETACHED
        self._add(opener.pos, close + 1, opener.mark, close_mark, score,
                  paragraphs=opener.paragraphs, nested=nested, reason=reason)

    def _unclosed(self, opener: _Open, end: int, reason: str, nested: bool) -> None:
        if opener.mark in "'’":
            return  # most likely an apostrophe ('em, ’tis): dropped, see the module docstring
        end = max(end, opener.pos + 1)
        self._add(opener.pos, end, opener.mark, None, SCORE_UNCLOSED, paragraphs=opener.paragraphs,
                  nested=nested, reason=reason.format(mark=opener.mark))

    def _stray(self, pos: int) -> None:
        mark = self.text[pos]
        if mark in "'’":
            return
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        start = max(self.sentence_starts[i] if i >= 0 else 0, self.region.start,
                    max((q.end for q in self.found), default=0))
        self._add(start, pos + 1, None, mark, SCORE_STRAY, reason=STRAY.format(mark=mark))

    def _add(self, start: int, end: int, open_mark: str | None, close_mark: str | None,
             score: float, *, paragraphs: int = 1, nested: bool = False,
             reason: str | None = None) -> None:
        inner = Span(start + (open_mark is not None), end - (close_mark is not None))
        inner_text = inner.slice(self.text)
        self.found.append(Quote(
            start, end, self.text[start:end], _label(inner_text, paragraphs), score, open_mark,
            close_mark, inner, inner_text, reason is not None, reason, paragraphs, nested))


def _style(open_mark: str, close_mark: str) -> str:
    if (open_mark, close_mark) in {("“", "”"), ("„", "“"), ("„", "”"), ("«", "»"), ("»", "«"),
                                   ("‘", "’"), ("‹", "›"), ("›", "‹")}:
        return "curly"
    if open_mark == close_mark == '"':
        return "double"
    if open_mark == close_mark == "'":
        return "single"
    return "mixed"


def _label(inner: str, paragraphs: int) -> str:
    words = WORD_RE.findall(inner)
    short = 1 <= len(words) <= SCARE_MAX_WORDS and paragraphs == 1
    return "scare_quote" if short and not FINAL_PUNCT_RE.search(inner) else "quote"


def find_quotes(text: str, regions: Sequence[Span], sentence_starts: Sequence[int] = ()) -> list[Quote]:
    """Every quoted span of `text` inside `regions` (title, then paragraphs, in order).

    `sentence_starts` (sorted) bound the span of a stray closing mark; without them it starts at its
    region's start.
    """
    return _Scanner(text, sentence_starts).run(regions)


def analysis_regions(analysis: Analysis) -> list[Span]:
    """The title (if any) then every paragraph, as spans."""
    regions = [analysis.title] if analysis.title is not None else []
    return regions + [Span(p.start, p.end) for p in analysis.paragraphs]


class QuotesAnalyzer(Analyzer):
    """Assigns `quotes`: every quoted span (see the module docstring for the label scheme)."""

    name: ClassVar[str] = "quotes"
    requires: ClassVar[tuple[str, ...]] = ("paragraphs", "sentences")
    assigns: ClassVar[tuple[str, ...]] = ("quotes",)

    def __call__(self, analysis: Analysis) -> Analysis:
        starts = [s.start for s in analysis.sentences]
        analysis.layers["quotes"] = find_quotes(analysis.text, analysis_regions(analysis), starts)
        return analysis
