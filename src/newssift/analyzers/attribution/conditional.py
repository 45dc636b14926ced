"""Is a cue in a conditional clause a supposition about its source, not a statement by it?

"If Ms Brandt means what she says, she will accept those changes", "if Leonor Dahl cannot understand why
people are furious, she should …": the writer supposes something about the source, who said nothing; the
tagger still reads "means" / "cannot understand" as a cue. A statement whose source comes right after a
conditional conjunction and before its cue, when the cue holds a verb of meaning or understanding
(`conditional_words`: if, unless; means, understand, realise …), is no statement (`is_conditional`,
applied by the analyzer). Other cues in a conditional clause stay statements ("if Holt asks him about his
tax returns", "if the Chinese pledged to cap …": PolNeAR marks them as attributions; dropping every
conditional cue lowered its dev F1).
Limits: the conjunction must directly precede the source ("if, as the minister claims, …" is not read).
"""

from __future__ import annotations

import re
from functools import cache

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked

LAST_WORD = re.compile(r"(\w+)\W*$")


@cache
def _words(kind: str) -> frozenset[str]:
    pairs = (e.partition("|") for e in lexicons.load("conditional_words"))
    return frozenset(w.strip().lower() for k, _, w in pairs if k.strip() == kind)


def is_conditional(analysis: Analysis, x: Linked) -> bool:
    """`x`'s source follows "if" / "unless" and its cue holds a verb of meaning or understanding."""
    if x.source is None or x.source.start > x.cue.start:
        return False
    before = LAST_WORD.search(analysis.text[max(0, x.source.start - 20) : x.source.start])
    if before is None or before.group(1).lower() not in _words("conjunction"):
        return False
    return bool(_words("verb") & set(analysis.text[x.cue.start : x.cue.end].lower().split()))
