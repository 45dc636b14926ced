"""Antecedents outside the sources: the role before a name, the previous sentence's source, an unnamed
person the text introduces."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution.antecedents import role_before
from newssift.text import Article


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Housing Minister Ottilie Brandt has a talent for it.", "Ottilie Brandt", "Housing Minister"),
    ("Rents rose. When Ottilie Brandt spoke, nobody listened.", "Ottilie Brandt", None),
    ("The letter was signed by Dr Amara Oyelaran.", "Amara Oyelaran", None),
    ("It was read by presiding judge Miriam Okafor.", "Miriam Okafor", "judge"),
])
def test_the_title_words_before_a_name_are_its_role(text: str, name: str, role: str | None) -> None:
    a = Analysis.of(Article(text))
    assert role_before(a, text.index(name)) == role
