"""Segmentation, done once and shared: title, paragraphs, sentences and tokens with character offsets.

Rules, not a model: paragraphs are lines (or blank-line blocks of hard-wrapped lines); a sentence ends
at `.`, `!`, `?` or `…`, after any closing quotes or brackets, when whitespace and an upper-case letter,
digit or opening quote follow, unless the word before the period is a known abbreviation or an initial.
A run-in heading, which scraped pages glue to the next sentence without punctuation ("... in favour of
Russia The Syrian regime began ..."), is cut off before a mid-sentence "The" when the word after it is
lower-case, or when the short unpunctuated stretch before it ends in a capitalised word and holds a
lower-case content word while "The" starts a sentence-like run (`_run_in_cuts`).
Limits: an abbreviation that really ends a sentence ("... in the U.S. Officials said") is split only when
the next word is a common sentence starter; other sentences without end punctuation are never split.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from newssift import lexicons
from newssift.text import Paragraph, Sentence, Span, Token

TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., e.g.
    r"|\$?\d+(?:[.,:]\d+)*%?"  # 16,000  3.5  10:30  $300  45%
    r"|\w+(?:['’]\w+)*(?:-\w+)*"  # words, don't, pro-Russian
    r"|\.\.\.|[^\w\s]",
    re.UNICODE,
)
BOUNDARY_RE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9])")
RUN_IN_RE = re.compile(r"(\S+) The (\w+)(?: (\w+))?")  # a word, a mid-sentence "The", what follows
RUN_IN_MAX_WORDS = 12
BLOCK_RE = re.compile(r"[^\n]+(?:\n[^\n]+)*")  # runs of non-empty lines
LINE_RE = re.compile(r"[^\n]+")
WRAPPED_LINE_MAX = 100
TITLE_MAX_WORDS = 30


@dataclass(frozen=True, slots=True)
class Segmentation:
    title: Span | None
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    tokens: list[Token]


def segment(text: str, has_title: bool | None = None) -> Segmentation:
    """Split `text` into title, paragraphs, sentences and tokens (all offsets into `text`).

    `has_title=None` guesses: a first line that stands alone before a blank line, is short and does not
    end like a sentence is the title.
    """
    blocks = _paragraph_spans(text)
    title = None
    if blocks and (has_title if has_title is not None else _looks_like_title(text, blocks)):
        title, blocks = blocks[0], blocks[1:]
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    paragraphs: list[Paragraph] = []
    if title is not None:
        _add_sentences(text, title, None, sentences, tokens)
    for index, block in enumerate(blocks):
        first = len(sentences)
        _add_sentences(text, block, index, sentences, tokens)
        paragraphs.append(
            Paragraph(block.start, block.end, block.slice(text), index, first, len(sentences))
        )
    return Segmentation(title, paragraphs, sentences, tokens)


def _paragraph_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    for block in BLOCK_RE.finditer(text):
        lines = [_strip(text, m.start() + block.start(), m.end() + block.start())
                 for m in LINE_RE.finditer(block.group())]
        lines = [s for s in lines if len(s)]
        if len(lines) > 1 and max(len(s) for s in lines) <= WRAPPED_LINE_MAX:
            spans.append(Span(lines[0].start, lines[-1].end))  # hard-wrapped paragraph
        else:
            spans.extend(lines)
    return spans


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _looks_like_title(text: str, blocks: list[Span]) -> bool:
    first = blocks[0]
    if len(blocks) < 2 or "\n" in first.slice(text):
        return False
    between = text[first.end : blocks[1].start]
    line = first.slice(text)
    return (
        between.count("\n") >= 2
        and len(line.split()) <= TITLE_MAX_WORDS
        and not line.rstrip("\"'”’").endswith(".")
    )


def sentence_spans(text: str, span: Span) -> list[Span]:
    """Sentence spans inside `span` of `text`."""
    chunk = span.slice(text)
    abbreviations = lexicons.load("abbreviations")
    starters = lexicons.load("sentence_starters")
    cuts = [0]
    for m in BOUNDARY_RE.finditer(chunk):
        if _is_abbreviation(chunk, m.start(), abbreviations, starters):
            continue
        cuts.append(m.end())
    cuts = sorted(set(cuts + _run_in_cuts(chunk, cuts)))
    cuts.append(len(chunk))
    spans = (_strip(text, span.start + a, span.start + b) for a, b in itertools.pairwise(cuts))
    return [s for s in spans if len(s)]


def _run_in_cuts(chunk: str, cuts: list[int]) -> list[int]:
    """Where a run-in heading ends: before a mid-sentence "The" followed by a lower-case word ("BILLION
    The sale is"), or by a sentence-like run ("Russia The Syrian regime began") when the stretch since
    the sentence's start is 3-12 words without punctuation, ends in a capitalised word and holds a
    lower-case content word (a title-case headline does not). Never after a function word ("Into The
    Wild"); the second kind never across punctuation or quotation marks ('"Meet The Neighbours"')."""
    function_words = lexicons.load("function_words")
    out = []
    for m in RUN_IN_RE.finditer(chunk):
        before, after, then = m.group(1), m.group(2), m.group(3) or ""
        if before.lower() in function_words or not before[-1].isalnum():
            continue
        start = max(c for c in cuts if c <= m.start())
        if after[0].islower() or _heading_before(chunk[start : m.end(1)], before, then, function_words):
            out.append(m.end(1) + 1)
    return out


def _heading_before(stretch: str, last: str, then: str, function_words: frozenset[str]) -> bool:
    """Whether `stretch` (a sentence's start up to its word `last`, glued to "The <Word> <then>") reads
    as a run-in heading rather than a name with "The" in it."""
    words = stretch.split()
    return (last[0].isupper() and not last.isupper() and then[:1].islower()
            and 3 <= len(words) <= RUN_IN_MAX_WORDS
            and not re.search(r"[,;:\"“”‘’()\[\]]", stretch)
            and any(w[0].islower() and w.lower() not in function_words for w in words))


def _is_abbreviation(
    chunk: str, dot: int, abbreviations: frozenset[str], starters: frozenset[str]
) -> bool:
    if chunk[dot] != ".":
        return False
    word = re.search(r"(?:[A-Za-z]\.)*[\w.]*$", chunk[:dot]).group()
    if not word:
        return False
    if len(word) == 1 and word.isupper():
        return True  # an initial: "Vladimir V. Putin"
    if word not in abbreviations:
        return False
    next_word = re.match(r"\s+[\"'“‘«(\[]?(\w+)", chunk[dot + 1 :])
    ambiguous = "." in word  # U.S., a.m.: may well end a sentence
    return not (ambiguous and next_word and next_word.group(1) in starters)


def _add_sentences(
    text: str, span: Span, paragraph: int | None, sentences: list[Sentence], tokens: list[Token]
) -> None:
    for s in sentence_spans(text, span):
        first = len(tokens)
        tokens.extend(tokenize(text, s))
        sentences.append(Sentence(s.start, s.end, s.slice(text), paragraph, first, len(tokens)))


def tokenize(text: str, span: Span) -> list[Token]:
    """Word and punctuation tokens of `span`, with offsets into `text`."""
    return [
        Token(span.start + m.start(), span.start + m.end(), m.group())
        for m in TOKEN_RE.finditer(span.slice(text))
    ]
