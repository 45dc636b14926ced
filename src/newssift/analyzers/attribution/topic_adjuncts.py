"""A source after its cue does not run on over the topic of the cue: '"She never called us back," said Ola
Brandt, a tenant, of the housing minister.'

"said X of Y" names whom or what X spoke about; the tagger may run the inverted source on over that
"of" phrase ("Ola Brandt, a tenant, of the housing minister"). A source after its cue, made of a name,
a comma-set appositive and a closing ", of …" piece, is cut before that last comma (`drop_topic_of`,
applied by the analyzer). A single ", of …" right after the name ("said Ann Lee, of the Harwell Trust")
is an affiliation and stays.
Limits: the topic must follow an appositive; "said Lee of the minister" (no commas) is left alone.
"""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan


def drop_topic_of(analysis: Analysis, x: Linked) -> RoleSpan | None:
    """x's inverted source without a closing ", of <topic>" after an appositive (module docstring)."""
    src, toks = x.source, analysis.tokens
    if src is None or src.start < x.cue.end:
        return src
    words = [t.text.lower() for t in toks[src.token_start : src.token_end]]
    commas = [i for i, w in enumerate(words) if w == ","]
    if len(commas) < 2 or commas[-1] + 1 >= len(words) or words[commas[-1] + 1] != "of":
        return src
    end = src.token_start + commas[-1]
    return replace(src, end=toks[end - 1].end, token_end=end)
