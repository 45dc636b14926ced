"""Is a statement only a topic? "Marwick herself rarely spoke of it."

A cue that names what was talked about ("spoke of", "talked about", "wrote on", "discussed",
"mentioned") with a content that is one pronoun ("it", "this", "them") reports that something was
talked about, not what was said: no words to attribute, no statement (`is_bare_topic`, applied by the
analyzer). "She spoke of a betrayal" (a noun phrase) and "He denied it" (no topic cue) stay.
Limits: the content must be the single pronoun.
"""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked

PRONOUNS = frozenset({"it", "this", "that", "them", "him", "her", "these", "those"})
TOPIC_WORDS = frozenset({"of", "about", "on", "discussed", "mentioned", "raised", "addressed"})


def is_bare_topic(analysis: Analysis, x: Linked) -> bool:
    """Is x a topic cue with a lone pronoun as content (module docstring)?"""
    words = " ".join(analysis.text[c.start : c.end] for c in x.content).lower().strip(" .,").split()
    cue = analysis.text[x.cue.start : x.cue.end].lower().split()
    return len(words) == 1 and words[0] in PRONOUNS and bool(cue) and cue[-1] in TOPIC_WORDS
