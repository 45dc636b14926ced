"""End to end in headless Chromium (Debian's, driven by Playwright): analyse a pasted article, toggle
a layer, pick a source, read a hover card, open a dashboard's charts, and a hostile article shown as
text. The app runs under uvicorn in a thread on a free port, with the tiny test pipeline.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from newssift.settings import Settings
from newssift.web.app import create_app
from newssift.web.server import ServerThread

pytestmark = pytest.mark.browser



@pytest.fixture
def site(web_pipeline: Any, seeded_store_url: str) -> Iterator[str]:
    with ServerThread(create_app(Settings(), seeded_store_url, web_pipeline)) as url:
        yield url


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.errors = []
    tab.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    yield tab
    context.close()


def paste(page: Any, site: str, text: str) -> None:
    page.goto(site + "/")
    page.fill("#paste-form textarea[name=text]", text)
    page.click("#paste-form button[type=submit]")
    page.wait_for_selector("#article")


def test_pasted_article_is_analysed_and_highlighted(page: Any, site: str,
                                                    article_text: str) -> None:
    paste(page, site, article_text)
    assert page.locator("#article .hl-statements").count() >= 4
    assert page.locator("#sources-panel button.source").count() == 3
    assert "4,200 members" in page.locator("#claims-panel").inner_text()
    assert page.errors == []  # no CSP violations or script errors


def test_toggling_a_layer_hides_and_shows_its_marks(page: Any, site: str,
                                                    article_text: str) -> None:
    paste(page, site, article_text)
    mark = page.locator("#article .hl-techniques").first
    decoration = "el => getComputedStyle(el).textDecorationLine"
    assert mark.evaluate(decoration) == "underline"
    page.uncheck("#toggle-techniques")
    assert mark.evaluate(decoration) == "none"
    page.check("#toggle-techniques")
    assert mark.evaluate(decoration) == "underline"


def test_clicking_a_source_highlights_its_statements(page: Any, site: str,
                                                     article_text: str) -> None:
    paste(page, site, article_text)
    page.click("#sources-panel button.source:has-text('Marta Visser')")
    active = page.locator("#article .hl.active")
    statements = set(active.evaluate_all("els => els.map(e => e.dataset.statement)"))
    assert statements == {"s1", "s4"}  # Marta Visser's two statements, nothing else
    texts = " ".join(active.all_inner_texts())
    assert "members had voted to continue" in texts
    assert "Pieter Smit" not in texts
    page.click("#sources-panel button.source:has-text('Marta Visser')")
    assert page.locator("#article .hl.active").count() == 0


def test_hover_card_shows_label_score_and_voice(page: Any, site: str, article_text: str) -> None:
    paste(page, site, article_text)
    page.locator("#article .hl-techniques").first.hover()
    card = page.locator("#card")
    card.wait_for(state="visible")
    text = card.inner_text()
    assert "techniques" in text.lower() and "score 0.70" in text and "quoted voice" in text


def test_dashboard_draws_its_charts(page: Any, site: str) -> None:
    page.goto(site + "/dashboard?outlet=Daily%20Planet")
    page.wait_for_selector("#charts[data-ready=true]")
    for chart in ("techniques", "kinds", "anonymous", "sources"):
        marks = page.locator(f"#chart-{chart} svg .bar, #chart-{chart} svg .point")
        assert marks.count() > 0, chart
    assert "Informed sources" in page.locator("#chart-sources").inner_text()
    assert page.errors == []


def test_hostile_article_is_rendered_as_text(page: Any, site: str, hostile_text: str) -> None:
    paste(page, site, hostile_text)
    headline = page.locator("#article .headline").inner_text()
    assert "<script>window.__pwned = 1</script>" in headline
    assert "onerror=" in page.locator("#article").inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#article script, #article img, #article b").count() == 0
