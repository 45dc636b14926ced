"""A content cut inside its clause: 'The council said [the sea wall had been] inspected in the spring and
was found [to be in "fair condition"]', 'She said [an emergency fund would] be opened on Monday'.

The tagger may leave a few words inside a reported clause untagged (often a verb it half-read as a cue)
or stop a content on an auxiliary. What was said runs on:
- two content pieces of one statement in the same sentence, with at most `MAX_GAP` plain words between
  (no punctuation, no quotation mark) and neither the statement's cue nor its source there, become one
  (`join_gaps`);
- a last content piece that ends on an auxiliary or modal (`AUXILIARIES`: would, will, had been …) runs on
  to the clause break after it (a comma, a semicolon, the sentence's end) when at most `MAX_GAP` plain words
  lie in between and nothing of the statement comes after it (`finish_auxiliary`).
Both are applied by the analyzer.
Limits: a gap holding a comma or a dash is left alone ("…, he said, …" is the quoted speaker's aside).
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

MAX_GAP = 8
BREAKS = frozenset({",", ";", ".", "!", "?"})
AUXILIARIES = frozenset({"would", "will", "could", "can", "should", "might", "may", "must", "shall", "had",
                         "has", "have", "was", "were", "is", "are", "be", "been", "being", "to"})


def join_gaps(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    """x's content with pieces split by a few plain words joined (module docstring)."""
    pieces = sorted(x.content, key=lambda c: c.start)
    out: list[RoleSpan] = []
    for c in pieces:
        prev = out[-1] if out else None
        if prev is not None and prev.sentence == c.sentence and _plain_gap(analysis, x, prev.token_end,
                                                                           c.token_start):
            out[-1] = replace(prev, end=c.end, token_end=c.token_end)
        else:
            out.append(c)
    return out


def finish_auxiliary(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    """x's content with a last piece cut on an auxiliary run on to its clause break (module docstring)."""
    if not x.content:
        return x.content
    toks, last = analysis.tokens, max(x.content, key=lambda c: c.end)
    sentence = analysis.sentences[last.sentence]
    if toks[last.token_end - 1].text.lower() not in AUXILIARIES or x.cue.start > last.end \
            or (x.source is not None and x.source.start > last.end):
        return x.content
    end = last.token_end
    while end < sentence.token_end and toks[end].text.isalnum() and end - last.token_end < MAX_GAP:
        end += 1
    if end == last.token_end or (end < sentence.token_end and toks[end].text not in BREAKS):
        return x.content
    return [c if c is not last else replace(c, end=toks[end - 1].end, token_end=end) for c in x.content]


def _plain_gap(analysis: Analysis, x: Linked, start: int, end: int) -> bool:
    """Are tokens [start, end) a run of at most MAX_GAP plain words outside x's cue and source?"""
    toks = analysis.tokens
    if not 0 < end - start <= MAX_GAP or not all(t.text.isalnum() for t in toks[start:end]):
        return False
    owned = [x.cue, *([x.source] if x.source is not None else [])]
    return not any(r.token_start < end and start < r.token_end for r in owned)
