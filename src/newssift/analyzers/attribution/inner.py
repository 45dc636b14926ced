"""An action inside what someone said is part of what they said, not a statement of its own.

"Calder Freight … plans to cut about 1,200 jobs over the next two years, the company said": the tagger
may also read "Calder Freight | plans | to cut about 1,200 jobs" as a statement; its source and cue lie
inside the company's content. A statement whose source and cue both lie inside another statement's
content and whose cue holds no cue of the lexicon ("plans", "will publish") is dropped
(`drop_inner_actions`, applied by the analyzer); a reported speech act inside a content ("the minister
noted that …", a lexicon cue) stays, nested.
Limits: the lexicon decides what is a speech act; "expects" or "hinted" inside a content go too.
"""

from __future__ import annotations

from newssift.analyzers.attribution.lexicon import Lexicon
from newssift.analyzers.attribution.records import Statement


def drop_inner_actions(statements: list[Statement], lex: Lexicon) -> list[Statement]:
    """`statements` without the actions inside another statement's content (module docstring)."""
    return [s for s in statements if not _inner_action(s, statements, lex)]


def _inner_action(s: Statement, statements: list[Statement], lex: Lexicon) -> bool:
    if s.source is None or s.cue is None:
        return False
    words = s.cue.text.lower().split()
    if any(lex.cue_at(words, i) for i in range(len(words))):
        return False
    lo, hi = min(s.source.start, s.cue.start), max(s.source.end, s.cue.end)
    return any(c.start <= lo and hi <= c.end for o in statements if o is not s for c in o.content)
