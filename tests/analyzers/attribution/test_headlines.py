"""A headline opening with its source and a verb outside the cue lexicon is an action, no statement."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution.headlines import is_headline_action
from newssift.analyzers.attribution.lexicon import load
from newssift.analyzers.attribution.linker import Linked
from newssift.text import Article
from tests.analyzers.attribution.roles import role_span

BODY = "\n\nThe council met on Monday. Its leader said the plan was sound."


@pytest.mark.parametrize(("title", "source", "cue", "content", "expected"), [
    ("The fare freeze helps everyone except commuters", "The fare freeze", "helps", "everyone except commuters",
     True),
    ("Kessel named 'Cleanest Town' for second year", "Kessel", "named", "'Cleanest Town'", True),
    ("Kessel council warns of fare rise", "Kessel council", "warns", "of fare rise", False),
    ("Walking linked to better sleep, study finds", "study", "finds", "Walking linked to better sleep", False),
    ("Inside Ferrow Mills: how the night shift was cut", "Inside Ferrow Mills", ":", "how the night shift was cut",
     True),  # a rubric's colon
    ("Mayor Ana Kell: the budget is sound", "Mayor Ana Kell", ":", "the budget is sound", False),  # a label's
])
def test_a_headline_verb_outside_the_cue_lexicon_is_no_statement(title: str, source: str, cue: str,
                                                                 content: str, expected: bool) -> None:
    text = title + BODY
    analysis = Analysis.of(Article(text, title=title))
    x = Linked(role_span(analysis, "cue", cue), source=role_span(analysis, "source", source),
               content=[role_span(analysis, "content", content)])
    assert is_headline_action(analysis, x, load()) is expected


def test_a_body_sentence_keeps_its_cue() -> None:
    text = "Kessel wins award" + "\n\nThe fare freeze helps everyone except commuters."
    analysis = Analysis.of(Article(text, title="Kessel wins award"))
    cue = replace(role_span(analysis, "cue", "helps"), sentence=1)
    source = replace(role_span(analysis, "source", "The fare freeze"), sentence=1)
    assert analysis.sentences[1].token_start == source.token_start
    assert not is_headline_action(analysis, Linked(cue, source=source), load())
