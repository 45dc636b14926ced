"""The corpus routes over a small seeded SQLite store: search, articles, aggregates, token on writes."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


def test_search_finds_by_words_and_filters(store_client: TestClient) -> None:
    hits = store_client.get("/api/search", params={"q": "strike"}).json()["items"]
    assert {h["id"] for h in hits} == {"seed-1", "seed-3"}
    only = store_client.get("/api/search", params={"q": "strike", "outlet": "Harbour Herald"})
    assert [h["id"] for h in only.json()["items"]] == ["seed-3"]


@pytest.mark.parametrize(("params", "expected"), [
    ({}, {"seed-1", "seed-2", "seed-3"}),
    ({"outlet": "Daily Planet"}, {"seed-1", "seed-2"}),
    ({"since": "2024-03-05"}, {"seed-2", "seed-3"}),
    ({"source_kind": "anonymous"}, {"seed-1", "seed-2", "seed-3"}),
    ({"technique": "Name_Calling-Labeling"}, set()),
    ({"technique": "Name_Calling-Labeling", "word_evidence": True}, set()),
    ({"word_evidence": True}, {"seed-1", "seed-2", "seed-3"}),  # no technique asked: no effect
])
def test_article_list_filters(store_client: TestClient, params: dict, expected: set) -> None:
    items = store_client.get("/api/articles", params=params).json()["items"]
    assert {h["id"] for h in items} == expected


@pytest.mark.parametrize(("params", "status"), [
    ({"since": "March"}, 422), ({"limit": 0}, 422), ({"limit": 10_000}, 422),
    ({"q": "-strike"}, 400), ({"colour": "red"}, 422),
])
def test_bad_search_parameters_are_client_errors(store_client: TestClient, params: dict,
                                                 status: int) -> None:
    response = store_client.get("/api/search", params=params)
    assert response.status_code == status
    assert response.json()["message"]


def test_article_route_returns_the_stored_document(store_client: TestClient) -> None:
    doc = store_client.get("/api/articles/seed-1").json()
    assert doc["article"]["outlet"] == "Daily Planet"
    assert doc["statements"][0]["source"]["text"] == "Marta Visser"
    assert store_client.get("/api/articles/nope").status_code == 404


def test_aggregates_are_chart_ready(store_client: TestClient) -> None:
    data = store_client.get("/api/aggregates", params={"outlet": "Daily Planet"}).json()
    assert data["source_kinds"]["x"] == ["2024-03-04", "2024-03-11"]  # week starts (Mondays)
    kinds = {s["name"]: s["values"] for s in data["source_kinds"]["series"]}
    assert kinds["anonymous"][1] == pytest.approx(0.5)  # 2nd week: 1 of 2 statements anonymous
    assert set(data["anonymous_by_outlet"]["labels"]) == {"Daily Planet", "Harbour Herald"}
    assert data["top_sources"]["labels"][0].startswith("Informed sources")


def test_writing_to_the_store_needs_the_token(store_client: TestClient) -> None:
    body = {"text": "Tram fares rise\n\nOfficials said 40 routes would change.", "outlet": "Gazette"}
    assert store_client.post("/api/articles", json=body).status_code == 401
    wrong = store_client.post("/api/articles", json=body, headers={"Authorization": "Bearer no"})
    assert wrong.status_code == 401
    ok = store_client.post("/api/articles", json=body, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 201, ok.text
    assert ok.json()["status"] == "new"
    hits = store_client.get("/api/search", params={"q": "tram"}).json()["items"]
    assert [h["outlet"] for h in hits] == ["Gazette"]


def test_claims_and_sources_routes_answer(store_client: TestClient) -> None:
    pytest.importorskip("newssift.corpus.clusters")
    claims = store_client.get("/api/claims")
    assert claims.status_code == 200, claims.text
    sources = store_client.get("/api/sources").json()
    assert sources, "the seeded corpus cites sources"


def test_ids_with_slashes_and_odd_characters_are_linked_and_found(
        store_client: TestClient, seeded_store_url: str, web_pipeline) -> None:
    from newssift.corpus import open_store
    from newssift.corpus.rows import record_of
    from newssift.text import Article

    odd = "2024/port strike?#1"
    store = open_store(seeded_store_url)
    store.add([record_of(web_pipeline(Article(text="Tugboats idle\n\nOfficials said 9 tugs "
                                                   "stayed in port.\n", id=odd, outlet="Gazette",
                                              published="2024-03-06", language="en")))])
    store.close()
    page = store_client.get("/corpus", params={"q": "tugboats"}).text
    assert 'articles/2024/port%20strike%3F%231"' in page
    assert store_client.get("/articles/2024/port%20strike%3F%231").status_code == 200
    assert store_client.get("/api/articles/2024/port%20strike%3F%231").json()["article"]["id"] == odd


@pytest.mark.parametrize("params", [{"source_kind": "anonymous"}, {"kind": "anonymous"}])
def test_sources_route_keeps_only_sources_of_the_kind(store_client: TestClient,
                                                      params: dict) -> None:
    pytest.importorskip("newssift.corpus.clusters")
    every = store_client.get("/api/sources").json()
    assert {s["kind"] for s in every} > {"anonymous"}, "the seed cites people too"
    response = store_client.get("/api/sources", params=params)
    assert response.status_code == 200, response.text
    assert {s["kind"] for s in response.json()} == {"anonymous"}


@pytest.mark.parametrize(("route", "params"), [
    ("/api/sources", {"source_kind": "bogus"}),
    ("/api/articles", {"technique": "Bogus_Technique"}),
    ("/api/search", {"source_kind": "nobody"}),
])
def test_unknown_filter_values_are_400(store_client: TestClient, route: str, params: dict) -> None:
    response = store_client.get(route, params=params)
    assert response.status_code == 400, response.text
    assert "unknown" in response.json()["message"]
