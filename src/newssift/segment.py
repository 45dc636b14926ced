"""Segmentation, done once and shared: title, paragraphs, sentences and tokens with character offsets.

Rules, not a model: paragraphs are lines (or blank-line blocks of hard-wrapped lines); a sentence ends
at `.`, `!`, `?` or `…`, after any closing quotes or brackets, when whitespace and an upper-case letter,
digit or opening quote follow, unless the word before the period is a known abbreviation or an initial.
Limits: an abbreviation that really ends a sentence ("... in the U.S. Officials said") is split only when
the next word is a common sentence starter; sentences are never split inside a line's middle without
end punctuation.
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
    cuts.append(len(chunk))
    spans = (_strip(text, span.start + a, span.start + b) for a, b in itertools.pairwise(cuts))
    return [s for s in spans if len(s)]


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
