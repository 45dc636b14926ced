"""A cue set between commas inside the clause it reports: "The visitor centre, he added, was quietly
dropped from the plans", "Officials, he recalled, had promised new jobs".

The source and cue interrupt the reported clause; everything else in the sentence is what was said. The
tagger may miss a piece of it ("The visitor centre", "was quietly" right after the second comma). For a
statement whose source ends right at its cue, with a comma before the source and one after the cue,
in the same sentence, whose content pieces all lie in the sentence outside "source cue", one of them
after the cue (the tagger read the clause going on there), the content becomes the two parts: the
sentence's start to the first comma, and the second comma to the sentence's end
(`parenthetical_content`, applied by the analyzer).
A closing attribution followed by an adjunct ("The talks began in January, a person familiar with the
matter said, speaking on condition of anonymity …") is no interruption: nothing was tagged after the
cue, or the part after it opens with a participle or a subordinator (`ADJUNCT_OPENERS`); a coordinated
clause ("…, it said, but some homes might not be reconnected until Tuesday") goes on with what was said.
Limits: not when another cue or a quotation mark lies in the sentence outside the interruption, nor when
either part is empty.
"""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

QUOTES = frozenset({'"', "“", "”", "‘", "’", "'"})
ADJUNCT_OPENERS = frozenset({"as", "because", "while", "after", "before", "although", "though", "since",
                             "amid", "despite", "when", "without", "until", "during", "according", "in",
                             "on", "at", "for", "with", "who", "which", "adding", "saying"})


def parenthetical_content(analysis: Analysis, linked: list[Linked]) -> None:
    """Contents of parenthetical attributions, made whole in place (module docstring)."""
    toks = analysis.tokens
    for x in linked:
        src, cue = x.source, x.cue
        if (src is None or not x.content or src.sentence != cue.sentence or src.token_end != cue.token_start
                or src.token_start == 0 or cue.token_end >= len(toks)):
            continue
        if toks[src.token_start - 1].text != "," or toks[cue.token_end].text != ",":
            continue
        sent = analysis.sentences[cue.sentence]
        end = sent.token_end
        while end > cue.token_end + 1 and not toks[end - 1].text[:1].isalnum():
            end -= 1
        parts = [(sent.token_start, src.token_start - 1), (cue.token_end + 1, end)]
        if any(a >= b for a, b in parts) or not _clear(analysis, x, linked, parts):
            continue
        rest = toks[parts[1][0]].text.lower()
        if rest in ADJUNCT_OPENERS or rest.endswith("ing") or not any(c.start >= cue.end for c in x.content):
            continue
        x.content = [RoleSpan("content", toks[a].start, toks[b - 1].end, cue.score, cue.sentence, a, b)
                     for a, b in parts]


def _clear(analysis: Analysis, x: Linked, linked: list[Linked], parts: list[tuple[int, int]]) -> bool:
    toks = analysis.tokens
    inside = [(a, b) for a, b in parts]
    if any(t.text in QUOTES for a, b in inside for t in toks[a:b]):
        return False
    if any(y is not x and any(a <= y.cue.token_start < b for a, b in inside) for y in linked):
        return False
    return all(any(a <= c.token_start and c.token_end <= b for a, b in inside) for c in x.content
               if c.sentence == x.cue.sentence) and all(c.sentence == x.cue.sentence for c in x.content)
