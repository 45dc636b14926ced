"""The HTML report in headless Chromium: layer toggles and source clicks work, per article, under
the page's own Content-Security-Policy, with no console errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newssift.output import render

pytestmark = pytest.mark.browser

CLEAR = "rgba(0, 0, 0, 0)"


@pytest.fixture
def report(browser: Any, tmp_path: Path, full_doc: dict[str, Any]) -> Iterator[Any]:
    page_file = tmp_path / "report.html"
    page_file.write_text(render([full_doc, full_doc], "html"), encoding="utf-8")
    context = browser.new_context()
    page = context.new_page()
    page.errors = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.goto(page_file.as_uri())
    yield page
    context.close()
    assert page.errors == []


def background(page: Any, selector: str) -> str:
    return page.eval_on_selector(selector, "e => getComputedStyle(e).backgroundColor")


@pytest.mark.parametrize("layer", ["quotes", "statements", "claims"])
def test_unchecking_a_layer_clears_it_in_that_article_only(report: Any, layer: str) -> None:
    mine, other = f"#a0 .article-text .hl-{layer}", f"#a1 .article-text .hl-{layer}"
    assert background(report, mine) != CLEAR
    report.uncheck(f"#a0 .toggle-{layer}")
    assert background(report, mine) == CLEAR
    assert background(report, other) != CLEAR


def test_clicking_a_source_outlines_its_statements_and_again_clears(report: Any) -> None:
    def focused(article: str) -> set[str]:
        return set(report.eval_on_selector_all(f"{article} .focus",
                                               "els => els.map(e => e.dataset.statement)"))

    report.click("#a1 .source >> nth=1")
    assert focused("#a1") == {"s3"} and focused("#a0") == set()
    report.click("#a1 .source >> nth=0")
    assert focused("#a1") == {"s1", "s2"}
    report.click("#a1 .source >> nth=0")
    assert focused("#a1") == set()
