"""A question put to a speaker is no statement: "Asked whether he had been warned, Ruiz said …".

A sentence-opening "Asked" with no source, followed by a question word ("whether", "if", "why", "how",
"what", "when") or by "about", is the question put to the speaker, not a statement: nothing in it is
claimed (`is_question_put`, read by `repair.is_no_comment`); so is a request put to them, "to" or
"for" ("Asked to name the main reason for their opposition, 62 per cent chose …", "Asked for comment,
a spokesman said …"). The question word is read from the text
after "Asked", so it counts when the tagger put "about" into the cue ("[Asked about] the post") or left
it out of the content. A cue "Asked about" whose topic holds a clause of its own ("[Asked about]
[Trump's declaration that it had been a bomb]") stays: the declaration is reported (PolNeAR marks it
so); a content opening with "about" after a bare "Asked" is the question put, as before.
The speaker's answer keeps none of the question: a content piece of a cue after the opening "Asked …,"
clause that lies inside it ("Asked by Labour member Tomas Henne [whether any figures had been changed],
he said he would …") is dropped (`drop_question_content`, applied by the analyzer).
Limits: only "Asked" opening its sentence; the clause ends at its first comma.
"""

from __future__ import annotations

import re

from newssift.analysis import Analysis
from newssift.analyzers.attribution.linker import Linked
from newssift.analyzers.attribution.tagger import RoleSpan

QUESTION_PUT = re.compile(r"(?:whether|if|why|how|what|when|about|to|for)\b", re.I)
CLAUSE = re.compile(r"\bthat\b|[\"“”]")


def is_question_put(analysis: Analysis, x: Linked, content: str) -> bool:
    """Is x a sentence-opening "Asked …" question (module docstring)?"""
    opens = x.cue.token_start == analysis.sentences[x.cue.sentence].token_start
    put = analysis.text[x.cue.start : x.cue.start + 20].lower()  # "asked | whether", "asked about |"
    if x.source is not None or not opens or not put.startswith("asked "):
        return False
    word = QUESTION_PUT.match(put[6:])
    cued = analysis.text[x.cue.start : x.cue.end].lower().split()[-1] == "about"  # "[Asked about] X"
    return word is not None and not (cued and CLAUSE.search(content) is not None)


def drop_question_content(analysis: Analysis, x: Linked) -> list[RoleSpan]:
    """x's content without the pieces inside an opening "Asked …," clause before its cue (module
    docstring); all of it when nothing else is left."""
    s = analysis.sentences[x.cue.sentence]
    head = analysis.text[s.start : x.cue.start]
    if not head.startswith("Asked ") or "," not in head:
        return x.content
    comma = s.start + head.index(",")
    kept = [c for c in x.content
            if not (c.sentence == x.cue.sentence and s.start <= c.start and c.end <= comma)]
    return kept or x.content
