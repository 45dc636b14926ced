"""The JSON API, in process: analyse text, files and (refused) URLs; limits; errors as JSON."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from newssift.settings import Settings
from newssift.web.app import create_app


def test_analyze_returns_the_analysis_document(client: TestClient, article_text: str) -> None:
    response = client.post("/api/analyze", json={"text": article_text, "outlet": "Daily Planet"})
    assert response.status_code == 200
    doc = response.json()
    assert doc["schema"] == "newssift.analysis/1"
    assert doc["article"]["outlet"] == "Daily Planet"
    for s in doc["statements"]:
        assert doc["article"]["text"][s["start"]:s["end"]] == s["text"]
    assert {s["name"] for s in doc["sources"]} == {"Marta Visser", "Pieter Smit",
                                                   "Informed sources"}


def test_analyze_puts_a_separate_title_first(client: TestClient) -> None:
    doc = client.post("/api/analyze", json={"title": "Ferry cut", "text": "Officials said 12 "
                                            "crossings would go."}).json()
    assert doc["article"]["text"].startswith("Ferry cut\n\nOfficials said")
    assert doc["article"]["title"] == "Ferry cut"


@pytest.mark.parametrize(("body", "status"), [
    ({"text": ""}, 422),
    ({"text": "   \n\n  "}, 400),
    ({}, 422),
    ({"text": 12}, 422),
    ({"text": "x", "title": "t" * 1001}, 422),
])
def test_bad_analyze_requests_are_json_errors(client: TestClient, body: dict, status: int) -> None:
    response = client.post("/api/analyze", json=body)
    assert response.status_code == status
    error = response.json()
    assert error["status"] == status
    assert error["message"]


def test_malformed_json_is_a_422_with_a_message(client: TestClient) -> None:
    response = client.post("/api/analyze", content=b"{not json",
                           headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert "invalid request" in response.json()["message"]


def test_too_large_body_is_refused_before_analysis(web_pipeline) -> None:
    app = create_app(Settings(max_bytes=2000), None, web_pipeline)
    with TestClient(app) as small:
        response = small.post("/api/analyze", json={"text": "word " * 20_000})
        assert response.status_code == 413
        assert response.json()["code"] == "E105"


def test_text_over_the_char_limit_is_413(web_pipeline) -> None:
    app = create_app(Settings(max_bytes=100_000, max_chars=300), None, web_pipeline)
    with TestClient(app) as small:
        response = small.post("/api/analyze", json={"text": "Officials said it. " * 40})
        assert response.status_code == 413


@pytest.mark.parametrize(("name", "content", "articles"), [
    ("strike.txt", b"Port strike\n\nMarta Visser said 4,200 members voted.\n", 1),
    ("page.html", b"<html><head><title>Port strike</title></head><body><article><p>Marta Visser "
                  b"said 4,200 members voted to continue the strike on Monday morning.</p>"
                  b"</article></body></html>", 1),
    ("two.jsonl", b'{"id": "a", "text": "Officials said 12 ferries stopped."}\n'
                  b'{"id": "b", "text": "Marta Visser said 4,200 members voted."}\n', 2),
])
def test_upload_analyses_every_article(client: TestClient, name: str, content: bytes,
                                       articles: int) -> None:
    response = client.post("/api/analyze/file", files={"file": (name, content)})
    assert response.status_code == 200, response.text
    assert len(response.json()["documents"]) == articles


@pytest.mark.parametrize(("name", "status"), [
    ("tool.exe", 415), ("archive.tar.gz", 415), ("noextension", 415), ("empty.txt", 400),
])
def test_upload_refuses_other_types_and_empty_files(client: TestClient, name: str,
                                                    status: int) -> None:
    content = b"" if name == "empty.txt" else b"Officials said 12 ferries stopped."
    response = client.post("/api/analyze/file", files={"file": (name, content)})
    assert response.status_code == status
    assert response.json()["status"] == status


def test_upload_name_is_never_a_path(client: TestClient) -> None:
    response = client.post("/api/analyze/file", files={
        "file": ("../../etc/passwd.txt", b"Officials said 12 ferries stopped.\n")})
    assert response.status_code == 200
    assert response.json()["documents"][0]["article"]["source"] == "passwd.txt"


@pytest.mark.parametrize("url", [
    "file:///etc/passwd", "ftp://example.org/a.txt", "http://127.0.0.1:8000/",
    "http://localhost/", "http://[::1]/", "http://169.254.169.254/latest/meta-data/",
    "http://10.1.2.3/news", "javascript:alert(1)",
])
def test_url_fetch_refuses_local_and_odd_urls(client: TestClient, url: str) -> None:
    response = client.post("/api/analyze/url", json={"url": url})
    assert response.status_code == 400
    assert response.json()["code"] == "E100"


def test_openapi_schema_lists_the_api(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/analyze", "/api/analyze/file", "/api/analyze/url", "/api/articles",
                 "/api/search", "/api/aggregates", "/api/claims", "/api/sources"):
        assert path in paths
    assert "/analyze" not in paths  # HTML pages are not part of the API


def test_store_routes_say_how_to_get_a_store(client: TestClient) -> None:
    response = client.get("/api/search", params={"q": "strike"})
    assert response.status_code == 503
    assert "--db" in response.json()["message"]


def test_every_response_has_a_strict_csp(client: TestClient) -> None:
    headers = client.get("/api/health").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_health_lists_the_pipeline(client: TestClient) -> None:
    body = client.get("/api/health").json()
    assert body["analyzers"] == ["encoder", "test_layers"]
    assert body["store"] is False


def test_unknown_api_route_is_json_404(client: TestClient) -> None:
    response = client.get("/api/nothing-here")
    assert response.status_code == 404
    assert json.loads(response.text)["status"] == 404


@pytest.fixture
def local_page() -> str:
    """A tiny HTTP server on 127.0.0.1 serving one article page; yields its URL."""
    import http.server
    import threading

    body = (b"<html><head><title>Ferry service cut</title></head><body><article><p>Officials "
            b"said 12 crossings would be cancelled on Monday because of the harbour strike.</p>"
            b"</article></body></html>")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("content-type", "text/html; charset=utf-8")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/ferries"
    server.shutdown()


def test_url_is_fetched_and_analysed_when_private_urls_are_allowed(web_pipeline,
                                                                   local_page: str) -> None:
    app = create_app(Settings(), None, web_pipeline, allow_private_urls=True)
    with TestClient(app) as trusting:
        doc = trusting.post("/api/analyze/url", json={"url": local_page}).json()
    assert doc["article"]["url"] == local_page
    assert "12 crossings" in doc["article"]["text"]
    assert doc["statements"][0]["source"]["text"] == "Officials"


@pytest.mark.parametrize("path", [
    "/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py",
    "/static/%2e%2e/%2e%2e/settings.py", "/static//etc/passwd",
])
def test_static_files_cannot_reach_outside_their_folder(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "create_app" not in response.text and "root:" not in response.text


def test_analysis_documents_validate_against_the_served_schema(client: TestClient,
                                                               article_text: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = client.get("/api/schema").json()
    doc = client.post("/api/analyze", json={"text": article_text}).json()
    jsonschema.Draft202012Validator(schema).validate(doc)
