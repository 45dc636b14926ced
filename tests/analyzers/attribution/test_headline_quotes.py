""""'…': the mayor of Brenholt on the floods": a quote-first title names its speaker after the colon."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution.headline_quotes import quote_first
from newssift.text import Article


@pytest.mark.parametrize(("title", "expected"), [
    ("'We cannot sandbag our way out of this': the mayor of Brenholt on the floods",
     ("the mayor of Brenholt", "'We cannot sandbag our way out of this'")),
    ("“Nobody listened”: Ada Brandt", ("Ada Brandt", "“Nobody listened”")),
    ("Mayor: 'We cannot sandbag our way out of this'", None),
    ("Floods: what we know so far", None),
])
def test_a_quote_first_title_is_a_statement_of_the_phrase_after_its_colon(title: str, expected) -> None:
    text = f"{title}\n\nThe river rose."
    found = quote_first(Analysis.of(Article(text)))
    got = (found[0].source.text, text[found[0].content[0].start : found[0].content[0].end]) if found else None
    assert got == expected
