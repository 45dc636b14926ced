"""HTML report: overlapping spans split into pieces, everything escaped, one self-contained page."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from typing import Any

import pytest

from newssift.output import docview, render
from newssift.output.spans import Mark, render_marked_text, split_pieces


class Page(HTMLParser):
    """Start tags with their attributes, text per element, and a check that tags balance."""

    VOID = frozenset({"meta", "input", "br", "img", "link"})

    def __init__(self, markup: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.data: list[tuple[str, str]] = []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.data.append((self.stack[-1] if self.stack else "", data))

    def attrs(self, name: str) -> list[str]:
        return [a[name] or "" for _, a in self.tags if name in a]


def marks(*specs: tuple[int, int, str]) -> list[Mark]:
    return [Mark(start, end, layer, tip=f"{layer}{i}")
            for i, (start, end, layer) in enumerate(specs)]


@pytest.mark.parametrize(
    ("length", "specs", "expected"),
    [
        (10, [], [(0, 10, ())]),
        (10, [(2, 5, "quotes")], [(0, 2, ()), (2, 5, (0,)), (5, 10, ())]),
        (10, [(0, 6, "quotes"), (4, 10, "techniques")],
         [(0, 4, (0,)), (4, 6, (0, 1)), (6, 10, (1,))]),
        (10, [(3, 4, "entities"), (0, 10, "claims")],  # nested: claims outermost
         [(0, 3, (1,)), (3, 4, (1, 0)), (4, 10, (1,))]),
        (10, [(2, 8, "quotes"), (2, 8, "quotes")], [(0, 2, ()), (2, 8, (0, 1)), (8, 10, ())]),
        (10, [(5, 5, "quotes"), (8, 30, "quotes"), (-1, 3, "quotes")],  # empty, clipped, bad
         [(0, 8, ()), (8, 10, (1,))]),
    ],
)
def test_split_pieces_cuts_at_every_boundary(
    length: int, specs: list[tuple[int, int, str]], expected: list[tuple[int, int, tuple[int, ...]]]
) -> None:
    got = [(p.start, p.end, p.marks) for p in split_pieces(length, marks(*specs))]
    assert got == expected


def test_marked_text_keeps_the_exact_text_and_balances_tags() -> None:
    text = "Alpha <beta> & \"gamma\" delta\nepsilon"
    html = render_marked_text(text, marks((0, 12, "quotes"), (6, 22, "techniques"),
                                          (9, 30, "statements"), (0, len(text), "claims")))
    page = Page(html)
    assert "".join(data for _, data in page.data) == text
    assert not page.stack


def test_each_piece_carries_one_combined_hover_text_on_its_outer_span() -> None:
    html = render_marked_text("one two", marks((0, 7, "claims"), (4, 7, "techniques")))
    assert html == ('<span class="hl hl-claims" title="claims0">one </span>'
                    '<span class="hl hl-claims" title="claims0&#10;techniques1">'
                    '<span class="hl hl-techniques">two</span></span>'.replace("&#10;", "\n"))


def test_anchor_goes_on_the_first_piece_only() -> None:
    spans = [Mark(0, 7, "claims", anchor="claim-1"), Mark(4, 7, "quotes")]
    html = render_marked_text("one two", spans, "a0-")
    assert html.count('id="a0-claim-1"') == 1
    assert html.index('id="a0-claim-1"') < html.index("one")


HOSTILE = [
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    '"><svg onload=alert(1)>',
    "javascript:alert(document.cookie)",
]


def _poison(doc: dict[str, Any], bad: str) -> None:
    doc["article"].update(title=bad, outlet=bad, url=bad, id=bad, published=bad)
    doc["warnings"] = [bad]
    doc["sources"][0]["name"] = bad
    doc["sources"][0]["statements"] = [bad]
    doc["statements"][0]["id"] = bad
    doc["techniques"][0]["label"] = bad
    doc["frames"][0]["label"] = bad
    doc["genre"]["label"] = bad
    doc["entity_groups"][0]["name"] = bad
    doc["claims"][0]["text"] = bad


@pytest.mark.parametrize("bad", HOSTILE)
def test_hostile_text_and_metadata_appear_only_escaped(full_doc: dict[str, Any], bad: str) -> None:
    text = full_doc["article"]["text"]
    full_doc["article"]["text"] = text.replace("a disgrace", bad[:10].ljust(10))
    _poison(full_doc, bad)
    page = Page(render([full_doc], "html"))
    assert [tag for tag, _ in page.tags].count("script") == 1
    assert not [tag for tag, _ in page.tags if tag in {"img", "svg", "iframe", "object"}]
    for _, attrs in page.tags:
        assert not [name for name in attrs if name.startswith("on")]
        assert not (attrs.get("href") or "").lower().startswith("javascript:")
    assert any(bad in data for _, data in page.data)  # shown, as text


def test_page_is_self_contained_under_a_strict_policy(full_doc: dict[str, Any]) -> None:
    full_doc["article"]["url"] = "https://news.example/ferry"
    out = render([full_doc], "html")
    page = Page(out)
    assert not page.attrs("src") and "<link" not in out
    hrefs = page.attrs("href")
    assert all(h.startswith("#") or h == "https://news.example/ferry" for h in hrefs)
    policy = next(a["content"] for t, a in page.tags if a.get("http-equiv") ==
                  "Content-Security-Policy")
    assert policy is not None and policy.startswith("default-src 'none'")
    for tag in ("style", "script"):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", out, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy


def test_claims_come_first_and_link_into_the_text(full_doc: dict[str, Any]) -> None:
    out = render([full_doc], "html")
    assert out.index('class="claims"') < out.index('class="article-text"')
    assert '<a href="#a0-claim-1">' in out and 'id="a0-claim-1"' in out
    assert "on the authority of One official (anonymous)" in out


def test_legend_has_a_toggle_for_each_layer_present(full_doc: dict[str, Any]) -> None:
    def toggles() -> list[str | None]:
        return [a["class"] for t, a in Page(render([full_doc], "html")).tags if t == "input"]

    assert toggles() == [f"toggle-{k}" for k in ("claims", "quotes", "statements", "quantities",
                                                   "entities", "techniques")]
    del full_doc["techniques"]
    assert "toggle-techniques" not in toggles()


def test_sources_panel_links_each_source_to_its_statements(full_doc: dict[str, Any]) -> None:
    page = Page(render([full_doc], "html"))
    assert page.attrs("data-statements") == ["s1 s2", "s3"]
    marked = set(page.attrs("data-statement"))
    assert marked == {"s1", "s2", "s3"}


def test_hover_card_gives_technique_definition_score_and_voice(
    full_doc: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    lexicon = {"Loaded_Language": {"name": "Loaded language",
                                   "definition": "Words chosen for their emotional charge."}}
    monkeypatch.setattr(docview, "technique_definitions", lambda language="en": lexicon)
    titles = Page(render([full_doc], "html")).attrs("title")
    assert any("Technique: Loaded language (score 0.83, quoted voice): Words chosen for their "
               "emotional charge." in t for t in titles)


def test_paragraph_level_technique_evidence_is_drawn_lighter_and_explained(
    full_doc: dict[str, Any]
) -> None:
    page = Page(render([full_doc], "html"))
    assert sorted(page.attrs("data-basis")) == ["paragraph", "span"]
    html = render([full_doc], "html")
    assert 'class="hl hl-techniques hl-techniques-paragraph"' in html
    assert '<span class="hl-techniques-paragraph">paragraph-level evidence</span>' in html
    assert any("weaker evidence: only its paragraph reaches the threshold" in t for t in page.attrs("title"))


def test_techniques_panel_counts_each_technique_by_voice(full_doc: dict[str, Any]) -> None:
    html = render([full_doc], "html")
    assert ("<p>2 spans: 0 in the author's voice, 2 in quoted sources' words; 1 is paragraph-level "
            "evidence only.</p>") in html
    assert "×1 (quoted)</li>" in html


def test_several_articles_get_distinct_ids_and_a_contents_list(
    full_doc: dict[str, Any], bare_doc: dict[str, Any]
) -> None:
    page = Page(render([full_doc, bare_doc, full_doc], "html"))
    ids = page.attrs("id")
    assert len(ids) == len(set(ids))
    assert {"a0", "a1", "a2", "a0-claim-1", "a2-claim-1"} <= set(ids)
    assert page.attrs("href")[:3] == ["#a0", "#a1", "#a2"]


def test_bare_document_renders_text_without_legend(bare_doc: dict[str, Any]) -> None:
    out = render([bare_doc], "html")
    assert "Nothing much happened today." in out and "<fieldset" not in out
    assert not Page(out).stack
