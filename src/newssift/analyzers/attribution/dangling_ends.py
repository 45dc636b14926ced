"""A content never ends on a subordinating word: "One of them said the breakthrough came when | Kethmar
offered to share real-time data".

Repair runs a content that ends on a preposition or article on to its clause's end, but never into
another statement's cue; when that statement is later dropped (an undertaking, a vote, …) the content
is left hanging on "when", "because" or "since". After the filters, a content piece whose last word is
a subordinator (`SUBORDINATORS`) runs on to the next clause break, its sentence's end or the cue or
source of a statement still standing (`finish_dangling`, applied by the analyzer).
Limits: only pieces that end on one of the listed words.
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import CLAUSE_BREAKS, Linked

SUBORDINATORS = frozenset({"when", "because", "after", "before", "if", "since", "while", "although", "though",
                           "until", "unless", "whether", "once", "whereas"})
ENDS = frozenset({".", "!", "?"})


def finish_dangling(analysis: Analysis, linked: list[Linked]) -> None:
    """Run each content piece of `linked` that ends on a subordinator on (module docstring), in place."""
    toks = analysis.tokens
    held = {t for x in linked for r in (x.cue, x.source) if r is not None
            for t in range(r.token_start, r.token_end)}
    for x in linked:
        pieces = []
        for c in x.content:
            end, stop = c.token_end, analysis.sentences[c.sentence].token_end
            if toks[end - 1].text.lower() in SUBORDINATORS:
                while (end < stop and toks[end].text not in CLAUSE_BREAKS and toks[end].text not in ENDS
                       and end not in held):
                    end += 1
            pieces.append(c if end == c.token_end else replace(c, end=toks[end - 1].end, token_end=end))
        x.content = pieces
