"""The result page model: marks per finding, overlaps, escaping, panels, and missing layers."""

from __future__ import annotations

from typing import Any

import pytest

from newssift.web import view

TEXT = "Ferry cut\n\nOfficials said 12 <b>crossings</b> would stop.\n"


def doc(**layers: Any) -> dict[str, Any]:
    return {"article": {"id": "a", "title": "Ferry cut", "title_span": {"start": 0, "end": 9},
                        "text": TEXT, "url": None},
            "paragraphs": [{"start": 11, "end": len(TEXT) - 1, "text": TEXT[11:-1], "index": 0}],
            **layers}


def span(start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": TEXT[start:end]}


STATEMENT = {"id": "s1", **span(11, 58), "type": "indirect", "score": 0.9,
             "source": {**span(11, 20), "kind": "person", "source_id": "src1"},
             "cue": {**span(21, 25), "stance": "neutral"}, "content": [span(26, 57)], "via": None}
SOURCE = {"source_id": "src1", "name": "Officials", "kind": "person", "role": None,
          "mentions": [span(11, 20)], "statements": ["s1"], "entity_id": None}


def test_overlapping_findings_each_get_their_marks_and_cards() -> None:
    model = view.page_model(doc(statements=[STATEMENT], sources=[SOURCE],
                                quantities=[{**span(26, 28), "label": "count", "score": 1.0,
                                             "value": 12.0}]))
    html = str(model["paragraphs"][0])
    parts = [c["part"] for c in model["cards"].values() if c["layer"] == "statements"]
    assert parts == ["source", "cue", "content"]
    figure = next(k for k, c in model["cards"].items() if c["layer"] == "quantities")
    assert f'data-f="{figure}"' in html and "12" in model["cards"][figure]["text"]
    assert " title=" not in html  # hover text lives in the cards, not in native tooltips
    assert [key for key, _, _ in model["layers"]] == ["statements", "quantities"]


def test_marked_text_is_escaped() -> None:
    html = str(view.page_model(doc(statements=[STATEMENT]))["paragraphs"][0])
    assert "<b>" not in html and "&lt;b&gt;crossings&lt;/b&gt;" in html


@pytest.mark.parametrize(("url", "shown"), [
    ("https://news.example/a", "https://news.example/a"), ("http://x.example/", "http://x.example/"),
    ("javascript:alert(1)", None), ("data:text/html,hi", None), (None, None),
])
def test_only_web_urls_are_linked(url: str | None, shown: str | None) -> None:
    d = doc()
    d["article"]["url"] = url
    assert view.page_model(d)["safe_url"] == shown


def test_sources_panel_targets_the_sources_statements() -> None:
    model = view.page_model(doc(statements=[STATEMENT], sources=[SOURCE]))
    assert model["sources"] == [{"name": "Officials", "kind": "person", "role": None, "count": 1,
                                 "targets": " ".join(model["cards"]),
                                 "said": ["Officials said 12 <b>crossings</b> would stop."]}]


@pytest.mark.parametrize("bad", [
    {"start": 5, "end": 999, "label": "count"},  # past the end of the text
    {"start": 8, "end": 3, "label": "count"},  # reversed
    {"label": "count"},  # no span at all
])
def test_findings_with_bad_spans_are_dropped(bad: dict) -> None:
    model = view.page_model(doc(quantities=[bad]))
    assert model["cards"] == {} and model["layers"] == []


def test_a_document_with_only_base_layers_renders() -> None:
    model = view.page_model(doc())
    assert model["sources"] == [] and model["claims"] == [] and model["summary"]["genre"] is None
    assert "Officials said" in str(model["paragraphs"][0])


@pytest.mark.parametrize(("snippet", "html"), [
    ("the [strike] goes on", "the <mark>strike</mark> goes on"),
    ("<script>[x]</script>", "&lt;script&gt;<mark>x</mark>&lt;/script&gt;"),
    (None, ""),
])
def test_search_snippets_mark_matches_and_escape_the_rest(snippet: str | None, html: str) -> None:
    from newssift.web.pages import snippet_html

    assert str(snippet_html(snippet)) == html
