"""A naming participle is no cue: "those who took the drug, called velmidine, lost memory …".

The tagger may read "called" as a cue ("X called the report fiction"). Between commas, right after a
noun phrase and followed by a short name and another comma, "called" / "named" / "dubbed" / "known as"
names the thing before it: the cue span is dropped and content spans on both sides of it, in the same
sentence, become one ("that those who took the drug, called velmidine, lost memory …"); `drop_namings`,
applied to the role spans before linking.
Limits: the name is at most `MAX_NAME` words with no verb of the lexicon; "called" must be the whole cue.
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.tagger import RoleSpan

NAMING = (("called",), ("named",), ("dubbed",), ("known", "as"), ("nicknamed",))
MAX_NAME = 4


def drop_namings(analysis: Analysis, spans: list[RoleSpan]) -> list[RoleSpan]:
    ordered = sorted(spans, key=lambda s: s.start)
    out: list[RoleSpan] = []
    skip: set[int] = set()
    for i, s in enumerate(ordered):
        if i in skip:
            continue
        if s.role == "cue" and _is_naming(analysis, s):
            prev = out[-1] if out and out[-1].role == "content" and out[-1].sentence == s.sentence else None
            nxt = ordered[i + 1] if i + 1 < len(ordered) else None
            if prev is not None and nxt is not None and nxt.role == "content" and nxt.sentence == s.sentence:
                out[-1] = replace(prev, end=nxt.end, token_end=nxt.token_end)
                skip.add(i + 1)
            continue
        out.append(s)
    return out


def _name_end(analysis: Analysis, cue: RoleSpan) -> int:
    """The token of the comma that closes the name after the naming word (or the cue's end)."""
    toks = analysis.tokens
    end = analysis.sentences[cue.sentence].token_end
    stop = min(cue.token_end + MAX_NAME + 1, end)
    return next((k for k in range(cue.token_end, stop) if toks[k].text == ","), cue.token_end)


def _is_naming(analysis: Analysis, cue: RoleSpan) -> bool:
    toks = analysis.tokens
    words = tuple(t.text.lower() for t in toks[cue.token_start : cue.token_end])
    if words not in NAMING or cue.token_start == 0 or toks[cue.token_start - 1].text != ",":
        return False
    k = _name_end(analysis, cue)
    name = toks[cue.token_end : k]
    return k > cue.token_end and all(t.text.replace("-", "").isalnum() for t in name)
