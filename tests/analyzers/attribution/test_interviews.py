"""'Q: … / A: …' interviews: answers are the interviewee's turns; an 'I' inside one is the interviewee."""

from __future__ import annotations

from dataclasses import replace

from newssift.analysis import Analysis
from newssift.analyzers.statements import build
from newssift.text import Article
from tests.analyzers.attribution.roles import role_span

TEXT = ("The mayor, Clara Vendt, was criticised. Vendt spoke to us.\n\n"
        "Q: Was the town prepared?\n\nA: No. I have said that publicly.\n\n"
        "Q: The minister, Aurel Dask, said the town got enough. True?\n\nA: It is not true.")


def _analysis(entities: bool) -> Analysis:
    a = Analysis.of(Article(TEXT))
    if entities:
        a.layers["entities"] = [
            {"start": TEXT.index(w), "end": TEXT.index(w) + len(w), "label": "PER", "entity_id": f"e{i}"}
            for i, w in enumerate(["Clara Vendt", "Vendt spoke", "Aurel Dask"])]
        a.layers["entities"][1]["end"] = a.layers["entities"][1]["start"] + len("Vendt")
    return a


def _spans(a: Analysis) -> list:
    colon = role_span(a, "cue", "Q: The")  # the tagger's cue on the label's colon
    colon = replace(colon, start=colon.start + 1, end=colon.start + 2, token_start=colon.token_start + 1,
                    token_end=colon.token_start + 2)
    return [role_span(a, "source", "I"), role_span(a, "cue", "have said"),
            role_span(a, "content", "that publicly"), colon,
            role_span(a, "source", "The minister, Aurel Dask,"), role_span(a, "cue", "said the town"),
            role_span(a, "content", "the town got enough")]


def test_answers_are_the_interviewee_s_and_an_i_inside_them_is_the_interviewee() -> None:
    a = _analysis(entities=True)
    spans = _spans(a)
    spans[5] = replace(spans[5], end=spans[5].start + 4, token_end=spans[5].token_start + 1)
    statements, sources = build(a, spans)
    names = {e.source_id: e.name for e in sources}
    found = [(s.source.text, names[s.source.source_id], s.type) for s in statements if s.source]
    assert [f for f in found if f[0] == "A"] == [("A", "Clara Vendt", "direct")] * 2
    assert ("I", "Clara Vendt", "indirect") in found
    assert ("The minister, Aurel Dask,", "Aurel Dask", "indirect") in found  # the label's colon is no cue


def test_without_a_named_interviewee_no_answer_is_attributed() -> None:
    a = _analysis(entities=False)
    statements, _ = build(a, _spans(a)[:3])
    assert not [s for s in statements if s.source is not None and s.source.text == "A"]
