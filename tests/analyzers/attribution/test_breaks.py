"""A content piece stays on its cue's side of a paragraph break."""

from __future__ import annotations

from newssift.analysis import Analysis
from newssift.analyzers.attribution.breaks import keep_cue_side
from newssift.analyzers.attribution.linker import Linked
from newssift.text import Article
from tests.analyzers.attribution.roles import built, role_span


def test_a_piece_running_from_a_headline_into_the_story_keeps_the_story_part() -> None:
    text = ("How the ferry checks were skipped\n\nFor two winters the ferries sailed without checks, "
            "according to former crew members.")
    statements = built(text, ("content", "How the ferry checks were skipped\n\nFor two winters the ferries "
                                         "sailed without checks"),
                       ("cue", "according to"), ("source", "former crew members"))
    assert [[text[c.start : c.end] for c in s.content] for s in statements] == [
        ["For two winters the ferries sailed without checks"]]


def test_a_piece_after_its_cue_keeps_the_part_before_the_break() -> None:
    text = "The mayor said the bridge would reopen in May\n\nTraffic was light on Sunday."
    statements = built(text, ("source", "The mayor"), ("cue", "said"),
                       ("content", "the bridge would reopen in May\n\nTraffic was light on Sunday"))
    assert [[text[c.start : c.end] for c in s.content] for s in statements] == [
        ["the bridge would reopen in May"]]



def test_a_quotation_running_over_paragraphs_stays_whole() -> None:
    text = ("“The roads are closed. Nobody can leave the valley.\n\n“We have asked for help three times,” "
            "the farmer said.")
    content = ("“The roads are closed. Nobody can leave the valley.\n\n“We have asked for help three "
               "times,”")
    analysis = Analysis.of(Article(text))
    x = Linked(role_span(analysis, "cue", "said"), role_span(analysis, "source", "the farmer"),
               [role_span(analysis, "content", content)])
    assert [text[c.start : c.end] for c in keep_cue_side(analysis, x)] == [content]
