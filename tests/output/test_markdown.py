"""Markdown: a fact-checker's summary, sections in order, article text escaped."""

from __future__ import annotations

import re
from typing import Any

import pytest

from newssift.output import render
from newssift.output.docview import technique_name
from newssift.output.markdown import escape_md

SECTIONS = ["## Claims to check", "## Sources", "### Sourcing profile", "## Statements",
            "## Persuasion techniques", "## Framing and genre", "## Entities", "## Figures",
            "## Quotations"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain words", "plain words"),
        ("*bold* and _under_", r"\*bold\* and \_under\_"),
        ("<script>alert(1)</script>", r"\<script\>alert(1)\</script\>"),
        ("[link](javascript:alert(1))", r"\[link\](javascript:alert(1))"),
        ("a | b", r"a \| b"),
        ("# not a heading", r"\# not a heading"),
        ("- not a bullet", r"\- not a bullet"),
        ("1. not a list", r"1\. not a list"),
        ("`code` & ~strike~", r"\`code\` \& \~strike\~"),
        ("line\none\n\ntwo", "line one two"),
        ("back\\slash", "back\\\\slash"),
    ],
)
def test_escape_md(text: str, expected: str) -> None:
    assert escape_md(text) == expected


def test_sections_come_in_the_fact_checkers_order(full_doc: dict[str, Any]) -> None:
    out = render([full_doc], "markdown")
    positions = [out.index(heading + "\n") for heading in SECTIONS]
    assert positions == sorted(positions)
    assert out.startswith("# Harbour council approves new ferry fares\n")


def test_absent_layers_render_no_section(bare_doc: dict[str, Any]) -> None:
    out = render([bare_doc], "markdown")
    assert out.startswith("# Short note\n")
    assert "## " not in out


@pytest.mark.parametrize(
    "row",
    [
        "| 1 | 0.90 | The harbour council voted on Tuesday to raise ferry fares by 12% from March"
        " | Maria Lund (person) | 12% |",
        "| 2 | 0.70 | about 4,000 commuters would pay between 30 and 45 euros a month more"
        " | One official (anonymous) | about 4,000 commuters, between 30 and 45 euros a month |",
        "| Maria Lund | person | council leader | 2 |",
        "| anonymous | 1 | 33% | 0 | 0% |",
        "| between 30 and 45 euros a month | money | 30–45 EUR per month |   | 30 | 45 | EUR"
        " | month |   |",
        f"| {technique_name('Loaded_Language')} | a disgrace | quoted | 0.83 | words |",
        f"| {technique_name('False_Dilemma-No_Choice')} | no other choice | quoted | 0.61 | paragraph only |",
        "2 spans: 0 in the author's voice, 2 in quoted sources' words; 1 is paragraph-level evidence only.",
    ],
)
def test_tables_show_claims_sources_profile_figures_and_techniques(
    full_doc: dict[str, Any], row: str
) -> None:
    assert row in render([full_doc], "markdown").splitlines()


def test_statement_reads_source_cue_content_and_via(full_doc: dict[str, Any]) -> None:
    out = render([full_doc], "markdown")
    assert ("- **s2** (direct, neutral, 0.94): **Maria Lund (person)** → *told* → "
            "“We had no other choice,” (via the Coastal Herald, media)") in out


def test_uncertain_quote_is_flagged(full_doc: dict[str, Any]) -> None:
    full_doc["quotes"][0].update(uncertain=True, reason="closing mark missing")
    assert "⚠ uncertain: closing mark missing" in render([full_doc], "markdown")


def test_warnings_are_quoted_under_the_header(bare_doc: dict[str, Any]) -> None:
    bare_doc["warnings"] = ["language 'de' detected"]
    assert "> ⚠ language 'de' detected" in render([bare_doc], "markdown")


def test_hostile_article_text_stays_literal(full_doc: dict[str, Any]) -> None:
    full_doc["claims"][0]["text"] = "<img src=x onerror=alert(1)> | *boom*"
    full_doc["article"]["title"] = "[click](javascript:alert(1))"
    out = render([full_doc], "markdown")
    assert r"\<img src=x onerror=alert(1)\> \| \*boom\*" in out
    assert "# \\[click\\](javascript:alert(1))" in out
    assert not re.search(r"(?<!\\)<img", out)


def test_several_documents_are_separated_by_rules(
    full_doc: dict[str, Any], bare_doc: dict[str, Any]
) -> None:
    out = render([full_doc, bare_doc], "markdown")
    assert "\n---\n\n# Short note\n" in out


def test_checkworthy_sentences_stand_in_when_there_are_no_claims(full_doc: dict[str, Any]) -> None:
    del full_doc["claims"]
    out = render([full_doc], "markdown")
    assert "## Most check-worthy sentences" in out
    assert "| 0.90 | The harbour council voted" in out


def test_content_that_carries_its_own_quote_marks_is_not_quoted_twice(
    full_doc: dict[str, Any]
) -> None:
    full_doc["statements"][1]["content"] = [full_doc["quotes"][0]]
    out = render([full_doc], "markdown")
    assert "→ *told* → “We had no other choice,” (via" in out
