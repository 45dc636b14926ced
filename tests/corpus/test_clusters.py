"""Claims across articles (clusters) and the source index, on both back ends."""

from __future__ import annotations

import numpy as np
import pytest

from newssift.corpus import Filters
from newssift.corpus.clusters import _compatible, similar_pairs
from newssift.corpus.store import Store


def test_a_repeated_claim_forms_one_cluster_with_its_first_article(filled: Store) -> None:
    (cluster,) = filled.claim_clusters()
    assert cluster["articles"] == 2
    assert cluster["first_seen"] == {"article_id": "courier-nurses", "outlet": "Northern Courier",
                                     "published": "2024-05-02", "day": "2024-05-02"}
    assert cluster["outlets"] == ["Northern Courier", "Valley Times"]
    assert [m["article_id"] for m in cluster["members"]] == ["courier-nurses", "valley-nurses"]
    assert cluster["members"][0]["similarity"] == 1.0
    assert cluster["text"] == "Minister Lena Ortiz said 3,400 nurses will be hired before winter."
    assert cluster["sources"] == [{"name": "Minister Lena Ortiz", "kind": "person", "articles": 2}]


def test_a_different_figure_keeps_a_similar_claim_out(filled: Store) -> None:
    members = {m["article_id"] for c in filled.claim_clusters(threshold=0.5) for m in c["members"]}
    assert "coast-nurses" not in members  # 2,000 nurses, not 3,400


def test_near_duplicates_do_not_make_a_cluster_of_their_own(filled: Store) -> None:
    every = filled.claim_clusters(filters=Filters(duplicates=True))
    assert any({m["article_id"] for m in c["members"]} == {"coast-floods", "valley-floods"}
               for c in every)
    assert all("valley-floods" not in {m["article_id"] for m in c["members"]}
               for c in filled.claim_clusters())


@pytest.mark.parametrize(("min_articles", "expected"), [(2, 1), (3, 0)])
def test_min_articles(filled: Store, min_articles: int, expected: int) -> None:
    assert len(filled.claim_clusters(min_articles=min_articles)) == expected


def test_filters_restrict_the_claims_compared(filled: Store) -> None:
    assert filled.claim_clusters(filters=Filters(outlet="Northern Courier")) == []


@pytest.mark.parametrize(("a", "b", "expected"), [
    (({3400.0}, {"lena ortiz"}), ({3400.0}, {"lena ortiz"}), True),
    (({3400.0}, {"lena ortiz"}), ({2000.0}, {"lena ortiz"}), False),
    (({3400.0}, set()), ({3400.0}, {"lena ortiz"}), True),  # one names nobody: figures decide
    ((set(), {"lena ortiz"}), (set(), {"marco bellini"}), False),
    ((set(), set()), (set(), set()), True),
])
def test_figures_and_entities_must_overlap_when_both_have_some(a: tuple, b: tuple,
                                                               expected: bool) -> None:
    assert _compatible(a, b) is expected


def test_similar_pairs_are_found_across_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newssift.corpus.clusters.BLOCK", 2)
    v = np.eye(5, dtype=np.float32)
    v[4] = v[0]
    assert [(i, j) for i, j, _ in similar_pairs(v, 0.9)] == [(0, 4)]


def test_source_index_lists_articles_and_outlets_per_source(filled: Store) -> None:
    index = {(e["name"], e["kind"]): e for e in filled.source_index()}
    anonymous = index[("Informed sources", "anonymous")]
    assert anonymous["article_ids"] == ["courier-nurses", "coast-floods"]
    assert anonymous["outlets"] == ["Coast Daily", "Northern Courier"]
    assert anonymous["first_seen"] == {"article_id": "courier-nurses", "day": "2024-05-02"}
    ortiz = index[("Minister Lena Ortiz", "person")]
    assert (ortiz["articles"], ortiz["statements"]) == (3, 3)
    assert filled.source_index()[0]["name"] == "Minister Lena Ortiz"  # most cited first


def test_source_index_min_articles_and_filters(filled: Store) -> None:
    assert {e["name"] for e in filled.source_index(min_articles=2)} == {
        "Minister Lena Ortiz", "Informed sources"}
    assert {e["name"] for e in filled.source_index(filters=Filters(outlet="Coast Daily"))} == {
        "Informed sources", "Mayor Ines Duarte", "Minister Lena Ortiz"}
    assert {e["name"] for e in filled.source_index(filters=Filters(source_kind="anonymous",
                                                                   outlet="Coast Daily"))} == {
        "Informed sources"}


@pytest.mark.parametrize(("kind", "expected"), [
    ("anonymous", {"Informed sources", "People close to the talks"}),
    ("person", {"Minister Lena Ortiz", "Mayor Ines Duarte", "Marco Bellini", "Tomas Varga"}),
    ("document", set()),
])
def test_source_index_and_top_sources_keep_only_sources_of_the_kind(
        filled: Store, kind: str, expected: set[str]) -> None:
    index = filled.source_index(filters=Filters(source_kind=kind, duplicates=True))
    assert {e["name"] for e in index} == expected
    assert {e["kind"] for e in index} <= {kind}
    top = filled.top_sources(50, Filters(source_kind=kind, duplicates=True))
    assert set(top["name"]) == expected
