"""The HTML pages, in process: the result page's marks, panels and escaping; corpus pages."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient


def analyse_page(client: TestClient, text: str, **fields: str):
    return client.post("/analyze", data={"mode": "text", "text": text, **fields})


def test_result_page_marks_statements_and_lists_sources(client: TestClient,
                                                        article_text: str) -> None:
    page = analyse_page(client, article_text).text
    assert 'data-statement="s1"' in page and 'data-f="m' in page
    assert 'class="toggle-statements"' in page
    targets = re.search(r'data-targets="([^"]*)"[^>]*>\s*<span class="name">Marta Visser', page)
    assert len(targets.group(1).split()) == 6  # source, cue and content of her two statements
    assert "Informed sources" in page
    assert '<script type="application/json" id="cards">' in page


@pytest.mark.parametrize("layer", ["statements", "techniques", "entities", "quantities", "claims"])
def test_result_page_offers_a_toggle_per_layer(client: TestClient, article_text: str,
                                               layer: str) -> None:
    assert f'id="toggle-{layer}"' in analyse_page(client, article_text).text


def test_hostile_article_is_shown_as_text(client: TestClient, hostile_text: str) -> None:
    page = analyse_page(client, hostile_text).text
    assert "<script>window.__pwned" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "onerror=&#34;" in page or "onerror=&quot;" in page
    scripts = re.findall(r"<script[^>]*>", page)
    assert all('type="application/json"' in s or "src=" in s for s in scripts)


def test_hostile_text_in_cards_json_cannot_close_the_script(client: TestClient,
                                                             hostile_text: str) -> None:
    page = analyse_page(client, hostile_text + "\nAda Brook said </script><script>alert(1)</script>.\n")
    body = page.text.split('id="cards">', 1)[1].split("</script>", 1)[0]
    assert "<" not in body


def test_javascript_url_is_not_linked(client: TestClient) -> None:
    page = client.post("/analyze", data={"mode": "file"}, files={
        "file": ("a.jsonl", b'{"id": "x", "url": "javascript:alert(1)", "text": '
                            b'"Officials said 12 ferries stopped."}\n')}).text
    assert 'href="javascript:' not in page


def test_input_errors_render_an_error_page(client: TestClient) -> None:
    response = analyse_page(client, "   ")
    assert response.status_code == 400
    assert "text/html" in response.headers["content-type"]
    assert "empty" in response.text


def test_index_offers_paste_upload_and_url(client: TestClient) -> None:
    page = client.get("/").text
    for form in ("paste-form", "file-form", "url-form"):
        assert f'id="{form}"' in page


def test_layer_css_comes_from_the_shared_scheme(client: TestClient) -> None:
    css = client.get("/layers.css")
    assert css.headers["content-type"].startswith("text/css")
    assert ".hl-statements" in css.text and ":has(.toggle-statements" in css.text


@pytest.mark.parametrize(("path", "expected"), [
    ("/corpus", "Ferry service cut"),
    ("/corpus?q=strike&outlet=Harbour+Herald", "Strike talks stall"),
    ("/dashboard?outlet=Daily+Planet", 'data-outlet="Daily Planet"'),
    ("/articles/seed-2", "Ferry service cut"),
    ("/sources", "Informed sources"),
    ("/claims", "Claim clusters"),
])
def test_corpus_pages_render(store_client: TestClient, path: str, expected: str) -> None:
    response = store_client.get(path)
    assert response.status_code == 200, response.text
    assert expected in response.text


def test_missing_article_page_is_404_html(store_client: TestClient) -> None:
    response = store_client.get("/articles/none")
    assert response.status_code == 404
    assert "no article" in response.text


def test_corpus_list_pages_with_a_relative_more_link(store_client: TestClient) -> None:
    page = store_client.get("/corpus", params={"limit": 2}).text
    assert 'href="/corpus?limit=2&amp;offset=2"' in page
    assert "Port strike enters" in store_client.get("/corpus?limit=2&offset=2").text  # oldest
