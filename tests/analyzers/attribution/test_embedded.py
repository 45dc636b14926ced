"""'Analysts say [the spike] shows how fragile supply is': one statement, its content run on."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built


def _read(text: str, *roles: tuple[str, str]) -> list[tuple]:
    return [(s.source.text if s.source else None, s.cue.text, [text[c.start : c.end] for c in s.content])
            for s in built(text, *roles)]


def test_a_content_cut_at_an_embedded_cue_runs_on_over_it() -> None:
    text = "Prices fell. Analysts say the spike shows how fragile supply is."
    assert _read(text, ("source", "Analysts"), ("cue", "say"), ("content", "the spike"), ("cue", "shows"),
                 ("content", "how fragile supply is")) == [
        ("Analysts", "say", ["the spike shows how fragile supply is"])]


def test_a_clause_before_the_embedded_cue_is_left_alone() -> None:
    text = "Prices fell. Analysts say that the spike, they believe, shows how fragile supply is."
    out = _read(text, ("source", "Analysts"), ("cue", "say"), ("content", "that the spike, they believe,"),
                ("cue", "shows"), ("content", "how fragile supply is"))
    assert out[0] == ("Analysts", "say", ["that the spike, they believe"])  # the closing comma is dropped (trims)


def test_a_question_word_before_the_embedded_cue_is_no_subject() -> None:
    text = "Prices fell. I understand why they say that, but it is not the case."
    out = _read(text, ("source", "I"), ("cue", "understand"), ("content", "why they"), ("cue", "say"),
                ("content", "that, but it is not the case"))
    assert out[0] == ("I", "understand", ["why they"])


def test_an_inner_statement_whose_content_comes_before_its_cue_is_left_alone() -> None:
    """Its content ends before the outer one's last piece: running on to it made an inverted span
    (found on a SemEval article read through the torch fp32 encoder)."""
    from newssift.analysis import Analysis
    from newssift.analyzers.attribution.embedded import absorb_embedded
    from newssift.analyzers.attribution.linker import Linked
    from newssift.text import Article
    from tests.analyzers.attribution.roles import role_span

    text = "Prices fell. Supply is fragile, analysts say the spike shows."
    analysis = Analysis.of(Article(text))
    def span(role: str, words: str):
        return role_span(analysis, role, words)
    outer = Linked(span("cue", "say"), span("source", "analysts"), [span("content", "the spike")])
    inner = Linked(span("cue", "shows"), None, [span("content", "Supply is fragile")])
    out = absorb_embedded(analysis, [outer, inner])
    assert out == [outer, inner] and [(c.start, c.end) for c in outer.content] == [(45, 54)]


def test_an_inner_cue_before_the_outer_content_is_left_alone() -> None:
    from newssift.analysis import Analysis
    from newssift.analyzers.attribution.embedded import absorb_embedded
    from newssift.analyzers.attribution.linker import Linked
    from newssift.text import Article
    from tests.analyzers.attribution.roles import role_span

    text = "Prices fell. Reports show it, analysts say the spike."
    analysis = Analysis.of(Article(text))
    outer = Linked(role_span(analysis, "cue", "say"), role_span(analysis, "source", "analysts"),
                   [role_span(analysis, "content", "the spike")])
    inner = Linked(role_span(analysis, "cue", "show"), None, [role_span(analysis, "content", "it")])
    assert absorb_embedded(analysis, [outer, inner]) == [outer, inner]
