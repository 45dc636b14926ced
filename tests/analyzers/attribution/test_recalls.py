"""Recalling an envoy or a product is no statement; recalling what happened is."""

from __future__ import annotations

import pytest

from tests.analyzers.attribution.roles import built


@pytest.mark.parametrize("content", ["its ambassador from Kestany on Monday", "12,000 kettles last spring"])
def test_recalling_an_envoy_or_a_product_is_no_statement(content: str) -> None:
    text = f"Valmora recalled {content}."
    assert not built(text, ("source", "Valmora"), ("cue", "recalled"), ("content", content))


@pytest.mark.parametrize("content", ["that the gates had been open", "the night the river rose"])
def test_remembering_aloud_stays(content: str) -> None:
    text = f"Ona Brill recalled {content}."
    [s] = built(text, ("source", "Ona Brill"), ("cue", "recalled"), ("content", content))
    assert s.cue.text == "recalled"
