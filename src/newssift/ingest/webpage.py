"""HTML → article: main-text extraction with trafilatura.

The page is parsed by lxml inside trafilatura and only its text is kept: scripts, styles, event
attributes and `javascript:` links are never run or copied, so hostile HTML is as harmless as any
other.
The article text is the title, a blank line, then the extracted paragraphs separated by blank lines
(one paragraph per block trafilatura finds: paragraph, list item, heading or table row); metadata
title / url / date / sitename become `Article.title` / `url` / `published` / `outlet`.
Limits: comments, navigation, captions, related-link lists and ads are dropped by trafilatura's
heuristics, which can also drop a short article's last paragraph or keep a stray teaser; inline
markup (bold, links) is flattened to plain text. Extracted text of fewer than `MIN_WORDS` words is
treated as no article (a navigation page, tag soup), not as a very short one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newssift.errors import FormatError

MIN_WORDS = 12
EXTRACT_OPTIONS = {
    "with_metadata": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "deduplicate": False,
}


@dataclass(frozen=True, slots=True)
class Page:
    """What a web page yields: its body paragraphs (joined) and metadata."""

    body: str
    title: str | None
    url: str | None
    published: str | None
    outlet: str | None


def extract_page(html: str, name: str) -> Page:
    """The main text and metadata of `html`; FormatError when there is no article to extract."""
    document = _extract(html, name)
    title = _clean(document.title)
    paragraphs = [p for p in (" ".join(line.split()) for line in (document.text or "").splitlines())
                  if p]
    if paragraphs and title and paragraphs[0] == " ".join(title.split()):
        paragraphs = paragraphs[1:]  # trafilatura often repeats the headline as the first block
    words = sum(len(p.split()) for p in paragraphs)
    if words < MIN_WORDS:
        raise FormatError(
            f"{name}: no article text found in the HTML (only {words} word(s) of main text: "
            "malformed, empty, or a page without an article); give the article's own page")
    return Page(
        body="\n\n".join(paragraphs),
        title=title,
        url=_clean(document.url),
        published=_clean(document.date),
        outlet=_clean(document.sitename),
    )


def _extract(html: str, name: str) -> Any:  # a trafilatura.settings.Document
    import trafilatura  # heavy import, deferred to first use

    try:
        document = trafilatura.bare_extraction(html, **EXTRACT_OPTIONS)
    except (ValueError, TypeError, AttributeError) as err:  # lxml parser failures surface as these
        raise FormatError(f"{name}: malformed HTML that could not be parsed ({err})") from err
    if document is None:
        raise FormatError(f"{name}: no article text found in the HTML (malformed, empty, or a page "
                          "without an article); give the article's own page")
    return document


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None
