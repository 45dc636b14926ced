"""The store contract, run against both back ends (SQLite and a real PostgreSQL server)."""

from __future__ import annotations

from typing import Any

import pytest
from corpus_fakes import BRIDGE, add_doubt_findings, corpus_articles, make_pipeline

from newssift.corpus import Filters, open_store
from newssift.corpus.rows import record_of
from newssift.corpus.store import Store
from newssift.errors import StoreError
from newssift.text import Article


def test_opening_applies_the_named_migrations(store: Store) -> None:
    assert store.stats()["migrations"] == ["0001_initial", "0002_technique_basis"]


def test_reopening_keeps_the_data_and_migrates_nothing(filled: Store) -> None:
    again = open_store(filled.url)
    try:
        assert again.stats()["articles"] == filled.stats()["articles"]
        assert again.stats()["migrations"] == ["0001_initial", "0002_technique_basis"]
    finally:
        again.close()


def test_stats_count_articles_duplicates_copies_and_findings(filled: Store) -> None:
    stats = filled.stats()
    assert (stats["articles"], stats["near_duplicates"], stats["exact_copies"]) == (5, 1, 1)
    assert stats["rows"]["statements"] == 11  # 3 + 2 + 1 + 1 + 2, and the wire copy's 2
    assert stats["rows"]["claims"] == 6  # one statement with a figure per stored article
    assert stats["size_bytes"] > 0


def test_get_returns_the_document_exactly_as_analysed(store: Store, tiny_encoder: Any) -> None:
    analysis = make_pipeline(tiny_encoder)(Article(BRIDGE, id="b", outlet="Northern Courier"))
    store.add([record_of(analysis)])
    assert store.get("b") == analysis.to_dict()
    assert store.get("missing") is None


def test_adding_the_same_text_twice_stores_it_once(store: Store, tiny_encoder: Any) -> None:
    record = record_of(make_pipeline(tiny_encoder)(Article(BRIDGE, id="b")))
    first = store.add([record])
    second = store.add([record])
    assert [a.status for a in first + second] == ["new", "skipped"]
    assert store.stats()["articles"] == 1


def test_a_wire_copy_is_linked_to_the_first_article(filled: Store) -> None:
    hits = filled.search("evacuated", duplicates=True)
    assert {h["id"]: h["duplicate_of"] for h in hits} == {"coast-floods": None,
                                                          "valley-floods": "coast-floods"}
    assert [h["id"] for h in filled.search("evacuated")] == ["coast-floods"]


def test_known_maps_stored_hashes_to_ids(filled: Store) -> None:
    nurses = corpus_articles()[0]
    assert filled.known([nurses.content_hash, "0" * 64]) == {nurses.content_hash: "courier-nurses"}


@pytest.mark.parametrize(("query", "filters", "expected"), [
    ("nurses", {}, {"courier-nurses", "valley-nurses", "coast-nurses"}),
    ("nurses", {"outlet": "Coast Daily"}, {"coast-nurses"}),
    ("nurses", {"outlet": ["Coast Daily", "Valley Times"]}, {"coast-nurses", "valley-nurses"}),
    ("nurses", {"since": "2024-05-03", "until": "2024-05-03"}, {"valley-nurses"}),
    ("nurses -winter", {}, set()),
    ('"hired before the winter"', {}, {"valley-nurses"}),
    ("bridge OR flooded", {}, {"courier-bridge", "coast-floods"}),
    ("hiring", {}, {"courier-nurses", "valley-nurses", "coast-nurses"}),  # stemmed: finds "hired"
    (None, {"technique": "Loaded_Language"}, {"courier-nurses", "courier-bridge"}),
    (None, {"technique": ["Loaded_Language", "Name_Calling-Labeling"]},
     {"courier-nurses", "courier-bridge", "coast-floods"}),
    (None, {"source_kind": "anonymous"}, {"courier-nurses", "courier-bridge", "coast-floods"}),
    (None, {"entity": "lena ortiz"}, {"courier-nurses", "valley-nurses", "coast-nurses"}),
    (None, {"language": "fr"}, set()),
    ("nurses", {"technique": "Loaded_Language", "outlet": "Northern Courier"}, {"courier-nurses"}),
])
def test_search_with_filters(filled: Store, query: str | None, filters: dict[str, Any],
                             expected: set[str]) -> None:
    assert {h["id"] for h in filled.search(query, Filters.of(None, **filters))} == expected


def test_search_ranks_and_pages(filled: Store) -> None:
    first = filled.search("bridge", limit=1)
    rest = filled.search("bridge", limit=10, offset=1)
    assert len(first) == 1 and first[0]["id"] == "courier-bridge"
    assert first[0]["snippet"].count("[") >= 1
    assert rest == []


def test_search_df_has_the_documented_columns(filled: Store) -> None:
    frame = filled.search_df("nurses")
    assert list(frame.columns) == ["id", "title", "outlet", "url", "published", "language",
                                   "duplicate_of", "score", "snippet"]
    assert len(frame) == 3
    assert filled.search_df("zebras").empty


@pytest.mark.parametrize("query", ["-winter", "  ", "---"])
def test_a_query_with_nothing_to_find_is_refused_or_lists(filled: Store, query: str) -> None:
    if query.strip():
        with pytest.raises(StoreError, match="no word to look for"):
            filled.search(query)
    else:
        assert len(filled.search(query)) == 5  # blank: every article, newest first


def test_unknown_filter_names_are_refused(filled: Store) -> None:
    with pytest.raises(StoreError, match="unknown filter"):
        filled.search("nurses", colour="red")


def test_technique_shares_per_outlet(filled: Store) -> None:
    frame = filled.technique_shares(by="outlet")
    rows = {(r["outlet"], r["technique"]): r for r in frame.to_dict("records")}
    courier = rows[("Northern Courier", "Loaded_Language")]
    assert (courier["findings"], courier["articles"], courier["article_share"]) == (2, 2, 1.0)
    assert courier["share"] == pytest.approx(2 / 3, abs=1e-4)
    assert rows[("Northern Courier", "Appeal_to_Popularity")]["findings"] == 1


def test_technique_shares_per_week_use_monday(filled: Store) -> None:
    weeks = set(filled.technique_shares(by="week")["week"])
    assert weeks == {"2024-04-29", "2024-05-06", "2024-05-13"}


def test_source_kind_shares_and_anonymous_share(filled: Store) -> None:
    kinds = filled.source_kind_shares(by="outlet").to_dict("records")
    coast = {r["source_kind"]: r["statements"] for r in kinds if r["outlet"] == "Coast Daily"}
    assert coast == {"anonymous": 1, "person": 2}
    anonymous = {r["outlet"]: r["share"] for r in filled.anonymous_share().to_dict("records")}
    assert anonymous["Coast Daily"] == pytest.approx(1 / 3, abs=1e-4)
    assert anonymous["Valley Times"] == 0.0


def test_top_sources_and_entities_count_articles_once(filled: Store) -> None:
    sources = filled.top_sources(limit=3).to_dict("records")
    assert sources[0]["name"] == "Minister Lena Ortiz"
    assert (sources[0]["articles"], sources[0]["outlets"]) == (3, 3)
    entities = filled.top_entities(limit=1).to_dict("records")[0]
    assert (entities["name"], entities["articles"]) == ("Health Minister", 3)


def test_bad_grouping_is_refused(filled: Store) -> None:
    with pytest.raises(StoreError, match="cannot group by"):
        filled.technique_shares(by="colour")


def test_findings_iterate_rows_with_article_metadata(filled: Store) -> None:
    rows = list(filled.findings("techniques", Filters(outlet="Coast Daily")))
    assert [(r["article_id"], r["label"], r["text"]) for r in rows] == [
        ("coast-floods", "Name_Calling-Labeling", "cowards")]


def test_documents_round_trip_every_stored_article(filled: Store) -> None:
    ids = [d["article"]["id"] for d in filled.documents(Filters(duplicates=True))]
    assert ids == ["courier-nurses", "courier-bridge", "valley-nurses", "coast-nurses",
                   "coast-floods", "valley-floods"]


def test_word_evidence_leaves_out_paragraph_level_technique_findings(store: Store) -> None:
    add_doubt_findings(store)

    def found(**changes: Any) -> set[str]:
        return {r["id"] for r in store.search(None, Filters(technique="Doubt", **changes))}

    assert found() == {"a", "b", "c"}
    assert found(word_evidence=True) == {"a", "c"}  # c was stored before newssift kept the basis
    shares = store.technique_shares(by="outlet", filters=Filters(word_evidence=True))
    assert list(shares["findings"]) == [2] and list(shares["articles"]) == [2]
    assert list(store.technique_shares(by="outlet")["findings"]) == [3]
