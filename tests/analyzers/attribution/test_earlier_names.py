"""A person quoted by surname only is named by the full name the text gave before."""

from __future__ import annotations

import pytest

from newssift.analysis import Analysis
from newssift.analyzers.attribution.earlier_names import earlier_full_name
from newssift.analyzers.attribution.sources import SourceType
from newssift.text import Article


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Questioned by inspector Rhona Marsh, the skipper said little. Marsh said the nets had been cut.",
     ["Rhona Marsh"], "Rhona Marsh"),
    ("Questioned by Dr. Rhona Marsh, the skipper said little. Marsh said the nets had been cut.",
     ["Dr. Rhona Marsh"], "Rhona Marsh"),  # the title left out
    ("The skipper said little. Marsh said the nets had been cut.", [], "Marsh"),  # no full name before
    ("Questioned by Ivo Lund, the skipper said little. Marsh said the nets had been cut.", ["Ivo Lund"],
     "Marsh"),  # another surname
])
def test_a_surname_takes_the_earlier_full_name(text: str, names: list[str], expected: str) -> None:
    analysis = Analysis.of(Article(text))
    analysis.layers["entities"] = [{"start": text.index(n), "end": text.index(n) + len(n), "label": "PER",
                                    "entity_id": f"e{i}"} for i, n in enumerate(names)]
    t = earlier_full_name(analysis, text.rindex("Marsh"), SourceType("person", None, "Marsh", "marsh"))
    assert t.name == expected
