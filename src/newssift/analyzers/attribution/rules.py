"""The rule-only role tagger: cue lexicon matching plus word-order heuristics, no model.

It is the baseline the model is scored against, and the fallback when no model is shipped. Per sentence
it takes the first cue outside quotation marks and:
- "according to X, CONTENT" / "CONTENT, according to X" → X is the source;
- "“QUOTE,” X said" / "“QUOTE,” said X" → the quote is the content, X the source;
- otherwise the source is the phrase before the cue (back to a comma or the sentence start, at most
  8 tokens) and the content is what follows the cue (after an optional "that"), up to the sentence end.
`backfill` adds that reading to sentences the model left untagged, only for the plain "<short subject>
<speech verb> that/: …" order.
Limits: no syntax, so relative clauses, inverted word orders other than the ones above and cues used as
nouns ("the report") are often wrong; one attribution per sentence at most.
"""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.features import quote_state
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.lexicon import load as load_lexicon
from newssift.analyzers.attribution.tagger import RoleSpan

QUOTES = set("\"“”«»„")
DETERMINERS = {"the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "new"}
LEADING_JUNK = {"and", "but", "so", "as", "while", "when", "because", "also", "then"}
MAX_SOURCE = 8
CHAIN_WORDS = {"citing", "quoting", "cited", "quoted"}
STOP_BEFORE = {",", ";", ":", "that"}


class RuleTagger:
    """Role spans by rules (see the module docstring); a drop-in for `ModelTagger`."""

    def __init__(self, lexicon: Lexicon | None = None):
        self.lexicon = lexicon or load_lexicon()

    def __call__(self, analysis: Analysis) -> list[RoleSpan]:
        inside = quote_state(analysis)
        out: list[RoleSpan] = []
        for si, s in enumerate(analysis.sentences):
            out.extend(self._sentence(analysis, si, s.token_start, s.token_end, inside))
        return out

    def _sentence(self, a: Analysis, si: int, lo: int, hi: int, inside) -> list[RoleSpan]:
        words = [t.text.lower() for t in a.tokens[lo:hi]]
        cue = self._first_cue(words, inside[lo:hi])
        if cue is None:
            return []
        c0, c1 = cue
        if words[c0] == "according":
            return self._according(a, si, lo, hi, c0, c1)
        quoted = self._quote_before(words, c0)
        if quoted is not None:
            return self._quote_first(a, si, lo, hi, quoted, c0, c1)
        src = self._source_before(words, self._skip_chain(words, c0))
        content0 = c1 + (1 if c1 < len(words) and words[c1] in {"that", ":"} else 0)
        return _spans(a, si, lo, [("source", src), ("cue", (c0, c1)),
                                  ("content", (content0, _end_of(words)))])

    def _first_cue(self, words: list[str], inside) -> tuple[int, int] | None:
        """The first cue outside quotes, not used as a noun; a chain word (citing) only as a last resort."""
        found_cues = []
        for j in range(len(words)):
            found = None if inside[j] else self.lexicon.cue_at(words, j)
            if found and not (j > 0 and words[j - 1] in DETERMINERS):
                found_cues.append((j, j + found[0]))
        main = [c for c in found_cues if words[c[0]] not in CHAIN_WORDS]
        return (main or found_cues or [None])[0]

    @staticmethod
    def _according(a: Analysis, si: int, lo: int, hi: int, c0: int, c1: int) -> list[RoleSpan]:
        words = [t.text.lower() for t in a.tokens[lo:hi]]
        comma = next((k for k in range(c1, len(words)) if words[k] == ","), None)
        if c0 == 0 and comma is not None:  # According to X, CONTENT.
            parts = [("cue", (c0, c1)), ("source", (c1, comma)), ("content", (comma + 1, _end_of(words)))]
        else:  # CONTENT, according to X.
            end = c0 - 1 if c0 > 0 and words[c0 - 1] == "," else c0
            parts = [("content", (0, end)), ("cue", (c0, c1)), ("source", (c1, _end_of(words)))]
        return _spans(a, si, lo, parts)

    @staticmethod
    def _quote_before(words: list[str], c0: int) -> tuple[int, int] | None:
        """“QUOTE,” X said / “QUOTE,” said X: the quote's token range if it ends just before."""
        k = c0 - 1
        while k >= 0 and k >= c0 - 5 and words[k] not in QUOTES:
            k -= 1
        if k < 1 or words[k] not in QUOTES:
            return None
        opening = next((j for j in range(k - 1, -1, -1) if words[j] in QUOTES), None)
        return (opening, k + 1) if opening is not None else None

    @staticmethod
    def _quote_first(a: Analysis, si: int, lo: int, hi: int, quoted: tuple[int, int], c0: int,
                     c1: int) -> list[RoleSpan]:
        words = [t.text.lower() for t in a.tokens[lo:hi]]
        between = (quoted[1], c0)
        src = between if c0 > quoted[1] else (c1, _end_of(words))
        return _spans(a, si, lo, [("content", quoted), ("source", src), ("cue", (c0, c1))])

    @staticmethod
    def _skip_chain(words: list[str], c0: int) -> int:
        """Where the source ends in "X, citing Y, said": before the ", citing Y," clause."""
        if c0 < 2 or words[c0 - 1] != ",":
            return c0
        k = next((j for j in range(c0 - 2, max(c0 - 10, 0), -1) if words[j] in CHAIN_WORDS), None)
        return k - 1 if k is not None and k > 1 and words[k - 1] == "," else c0

    @staticmethod
    def _source_before(words: list[str], c0: int) -> tuple[int, int]:
        start = c0
        while start > 0 and c0 - start < MAX_SOURCE and words[start - 1] not in STOP_BEFORE | QUOTES:
            start -= 1
        while start < c0 and words[start] in LEADING_JUNK:
            start += 1
        return start, c0


def _end_of(words: list[str]) -> int:
    """Sentence end without the final period (kept when a closing quote follows it)."""
    end = len(words)
    while end > 0 and words[end - 1] in {".", "!", "?"}:
        end -= 1
    return end


def _spans(a: Analysis, si: int, lo: int, parts: list[tuple[str, tuple[int, int]]]) -> list[RoleSpan]:
    toks = a.tokens
    out = []
    for role, (i, j) in parts:
        if j > i:
            out.append(RoleSpan(role, toks[lo + i].start, toks[lo + j - 1].end, 0.5, si, lo + i, lo + j))
    return out


MAX_SUBJECT = 4  # words of a backfilled source: "It", "The company", "Union leader Sam Okoro"
LINKERS = {"that", ":"}
COPULAS = frozenset({"is", "was", "are", "were", "be", "'s", "’s"})


def backfill(analysis: Analysis, spans: list[RoleSpan], lexicon: Lexicon | None = None) -> list[RoleSpan]:
    """The model's spans plus, for each sentence it left untagged that opens with "<subject of at most
    MAX_SUBJECT words> <speech verb> that/: …" ("It added that the strike would cost millions."), that
    reading: source, cue (with a colon after it) and the content from "that" to the sentence end, at
    score 0.5; not an infinitive after a copula ("It is hard to believe that …": the writer's voice)."""
    lex = lexicon or load_lexicon()
    tagged = {r.sentence for r in spans}
    inside = quote_state(analysis)
    out = list(spans)
    for si, s in enumerate(analysis.sentences):
        words = [t.text.lower() for t in analysis.tokens[s.token_start : s.token_end]]
        if si in tagged or not words or inside[s.token_start]:
            continue
        c0 = next((j for j in range(1, min(MAX_SUBJECT, len(words) - 1) + 1) if lex.cue_at(words, j)), None)
        if c0 is None or words[c0] in CHAIN_WORDS or words[c0] == "according":
            continue
        c1 = c0 + lex.cue_at(words, c0)[0]
        if c1 >= len(words) or words[c1] not in LINKERS or any(not w.isalnum() for w in words[:c0]):
            continue
        if words[c0 - 1] == "to" or COPULAS & set(words[:c0]):  # "It is hard to believe that …"
            continue
        out.extend(_spans(analysis, si, s.token_start,
                          [("source", (0, c0)), ("cue", (c0, c1 + (words[c1] == ":"))),
                           ("content", (c1 + (words[c1] == ":"), _end_of(words)))]))
    return sorted(out, key=lambda r: r.start)
