""""Halden Ports plans to cut 300 jobs, the company said": the plan is what was said, not a statement."""

from __future__ import annotations

import pytest

from newssift.analyzers.attribution.inner import drop_inner_actions
from newssift.analyzers.attribution.lexicon import load as load_lexicon
from newssift.analyzers.attribution.records import Cue, SourceRef, Statement
from newssift.text import Span


def _statement(text: str, source: str, cue: str, content: str) -> Statement:
    def at(words: str) -> tuple[int, int]:
        start = text.rindex(words)
        return start, start + len(words)

    return Statement("", "indirect", 0.9, SourceRef(*at(source), source, "anonymous"),
                     Cue(*at(cue), cue, "neutral"), [Span(*at(content))], text_of=text)


@pytest.mark.parametrize(("text", "inner", "kept"), [
    ("Halden Ports plans to cut 300 jobs, the company said.", ("Halden Ports", "plans", "to cut 300 jobs"),
     False),
    ("The mayor warned that 300 jobs would go, the union said.",
     ("The mayor", "warned", "that 300 jobs would go"), True),  # a speech act inside a content stays
])
def test_an_action_inside_anothers_content_is_no_statement(text: str, inner: tuple, kept: bool) -> None:
    outer = _statement(text, text.split(", ")[1].rsplit(" said", 1)[0], "said", text.split(",")[0])
    found = drop_inner_actions([outer, _statement(text, *inner)], load_lexicon())
    assert len(found) == (2 if kept else 1)
