"""A contrastive "while" clause with its own subject is no part of the content: "Northfell Water, which
reported 112 spills last year[, while a university survey counted more than 600 at the same sites]".

The tagger may run a content on over "while <subject> <verb> …", or take the clause's object as a
second content piece: the clause has a subject of its own and is the writer's contrast, not the
source's words. A content piece ends before "while" (and its comma) when "while" is followed by a
subject (a determiner or possessive and at most four more words, or one to three capitalised words)
and a verb of saying or finding (a cue of the lexicon, or "counted", "found", "recorded" …): another
source's account set against the first; pieces after that "while" in the same sentence are dropped
(`drop_contrast`, applied by the analyzer).
"while" as "during" does not cut: "while in office", "while visiting the site", "while he was …"
(a pronoun subject reads as a time clause and is left alone), nor does a contrast the source itself
draws ("sales rose while costs fell": no verb of saying or finding).
Limits: no parser; the piece keeps at least one word before the cut.
"""

from __future__ import annotations

import re

from newssift.analysis import Analysis
from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan
from newssift.analyzers.attribution.trims import cut_before

_FINDING = frozenset({"counted", "counts", "found", "finds", "recorded", "records", "put", "puts", "logged",
                      "tallied", "measured", "calculated", "documented", "identified", "listed"})
WHILE = re.compile(r",?\s*\bwhile\s+")
_WORD = re.compile(r"[\w'’&-]+")
_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "other", "another", "some",
                          "many", "most", "several"})


def drop_contrast(analysis: Analysis, x: Linked, lex: Lexicon) -> list[RoleSpan]:
    """x's content pieces ending before a contrastive "while" clause (module docstring)."""
    text = analysis.text
    out: list[RoleSpan] = []
    cut_at: int | None = None
    for c in sorted(x.content, key=lambda r: r.start):
        if cut_at is not None and analysis.sentences[c.sentence].end > cut_at and c.start >= cut_at:
            continue
        end = _sentence_end(analysis, c)
        m = next((m for m in WHILE.finditer(text, c.start, end)
                  if _has_subject_and_verb(_WORD.findall(text, m.end(), end)[:7], lex)), None)
        if m is not None and m.start() > c.start and c.start >= x.cue.end:
            cut_at = m.start()
            if m.start() < c.end:
                cut = cut_before(analysis, c, m.start())
                if cut is not None:
                    out.append(cut)
                continue
        out.append(c)
    return out if out else x.content


def _sentence_end(analysis: Analysis, c: RoleSpan) -> int:
    return max(c.end, analysis.sentences[c.sentence].end)


def _has_subject_and_verb(words: list[str], lex: Lexicon) -> bool:
    """Do `words` (after "while") open on a subject and a verb of saying or finding?"""
    if not words:
        return False
    if words[0].lower() in _DETERMINERS:
        verb = next((i for i, w in enumerate(words[1:6], 1) if _is_verb(w, lex)), None)
        return verb is not None and verb >= 2
    names = next((i for i, w in enumerate(words[:4]) if not w[:1].isupper()), len(words))
    return 0 < names <= 3 and names < len(words) and _is_verb(words[names], lex)


def _is_verb(word: str, lex: Lexicon) -> bool:
    return word in _FINDING or lex.cue_at([word], 0) is not None

