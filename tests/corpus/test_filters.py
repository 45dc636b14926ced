"""`Filters` refuses values no article can match (malformed dates, unknown techniques or kinds)."""

from __future__ import annotations

from typing import Any

import pytest

from newssift.corpus import FilterError, Filters
from newssift.corpus.store import SOURCE_KINDS, technique_names
from newssift.errors import NewssiftError


@pytest.mark.parametrize(("fields", "message"), [
    ({"since": "notadate"}, "expected YYYY-MM-DD"),
    ({"until": "2024-13-01"}, "expected YYYY-MM-DD"),
    ({"since": "1 May 2024"}, "expected YYYY-MM-DD"),
    ({"technique": "Bogus_Technique"}, "techniques.json"),
    ({"technique": ["Loaded_Language", "loaded_language"]}, "did you mean Loaded_Language?"),
    ({"source_kind": "bogus"}, "person, organisation, media, anonymous, document, unattributed"),
    ({"source_kind": ["anonymous", "Person"]}, "unknown source kind 'Person'"),
])
def test_bad_filter_values_raise_a_value_error(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(FilterError, match=message) as caught:
        Filters.of(None, **fields)
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, NewssiftError)
    with pytest.raises(FilterError):
        Filters(**fields)


@pytest.mark.parametrize("fields", [
    {"since": "2024-05-01", "until": "2024-05-31"},
    {"technique": ["Loaded_Language", "Name_Calling-Labeling"]},
    {"source_kind": list(SOURCE_KINDS)},
    {},
])
def test_good_filter_values_are_kept(fields: dict[str, Any]) -> None:
    assert {k: getattr(Filters.of(None, **fields), k) for k in fields} == fields


def test_technique_names_come_from_the_lexicon() -> None:
    assert len(technique_names()) == 23 and "Loaded_Language" in technique_names()
