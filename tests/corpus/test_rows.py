"""From analysis documents to rows: stored JSON round trip, dates, missing layers, claims."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest
from corpus_fakes import FLOODS, NURSES, make_pipeline

from newssift.corpus.rows import (
    doc_json,
    norm,
    normalise_day,
    record_of,
    record_of_doc,
    restore,
    week_of,
)
from newssift.text import Article


@pytest.mark.parametrize(("published", "expected"), [
    ("2024-05-02", "2024-05-02"),
    ("2024-05-02T23:10:00Z", "2024-05-02"),
    ("2024-05-02T08:00:00+02:00", "2024-05-02"),
    ("Thu, 02 May 2024 10:00:00 +0000", "2024-05-02"),
    ("2024-05-02 mid-morning", "2024-05-02"),
    ("last Tuesday", None),
    ("", None),
    (None, None),
])
def test_publication_day_is_read_from_common_formats(published: str | None,
                                                      expected: str | None) -> None:
    assert normalise_day(published) == expected


@pytest.mark.parametrize(("day", "monday"), [
    ("2024-05-02", "2024-04-29"), ("2024-05-06", "2024-05-06"), ("2024-05-12", "2024-05-06"),
    (None, None),
])
def test_week_is_the_monday_that_starts_it(day: str | None, monday: str | None) -> None:
    assert week_of(day) == monday


@pytest.mark.parametrize(("name", "expected"), [
    ("Lena  Ortiz", "lena ortiz"), ("“Informed sources”,", "informed sources"), ("", None),
    (None, None), ("...", None),
])
def test_names_are_folded_for_grouping(name: str | None, expected: str | None) -> None:
    assert norm(name) == expected


def test_stored_json_leaves_out_the_text_and_restores_it_in_place(tiny_encoder: Any) -> None:
    doc = make_pipeline(tiny_encoder)(Article(NURSES, id="n", title=None)).to_dict()
    stored = json.loads(doc_json(doc))
    assert "text" not in stored["article"]
    restored = restore(stored, NURSES)
    assert restored == doc
    assert list(restored["article"]) == list(doc["article"])  # key order kept too


def test_a_bare_document_gives_an_article_and_no_findings() -> None:
    doc = {"schema": "newssift.analysis/1",
           "article": {"id": "x", "content_hash": "h" * 64, "text": "Short text.", "title": None},
           "sentences": [], "paragraphs": []}
    record = record_of_doc(doc)
    assert record.article["id"] == "x"
    assert all(rows == [] for rows in record.children.values())
    assert len(record.signature) == 128 * 4


def test_claims_carry_figures_entities_source_and_a_vector(tiny_encoder: Any) -> None:
    record = record_of(make_pipeline(tiny_encoder)(Article(NURSES, id="n")))
    (claim,) = record.children["claims"]
    assert claim[3] == "Minister Lena Ortiz said 3,400 nurses will be hired before winter."
    assert json.loads(claim[11]) == [3400.0]
    assert json.loads(claim[10]) == ["lena ortiz"]  # "Health Minister" starts before the claim
    assert (claim[8], claim[9]) == ("person", "Minister Lena Ortiz")
    assert np.frombuffer(claim[12], np.float16).shape == (tiny_encoder.dim,)


def test_checkworthy_sentences_stand_in_for_a_missing_claims_layer(tiny_encoder: Any) -> None:
    analysis = make_pipeline(tiny_encoder)(Article(FLOODS, id="f"))
    del analysis.layers["claims"]
    analysis.sentence_fields["checkworthy"] = [0.1, 0.2, 0.9, 0.6]
    claims = record_of(analysis).children["claims"]
    assert [(c[0], c[5]) for c in claims] == [(1, 2), (2, 3)]  # (rank, sentence), best first
    assert json.loads(claims[0][11]) == [40.0]  # the figure inside the sentence's span
