"""The safe URL fetcher: schemes, address checks (also after redirects), size and type limits.

No network: a fake resolver maps host names to addresses and httpx's MockTransport plays the server.
"""

from __future__ import annotations

import httpx
import pytest

from newssift.errors import FormatError, InputError, SizeLimitError
from newssift.web.fetch import FetchPolicy, check_url, fetch_url, is_public

PUBLIC = "93.184.216.34"
HOSTS = {"news.example": [PUBLIC], "inner.example": ["10.0.0.7"], "mixed.example": [PUBLIC, "::1"]}
PAGE = b"<html><body><article><p>Officials said 12 ferries stopped.</p></article></body></html>"


def resolve(host: str, port: int) -> list[str]:
    return HOSTS.get(host, [host])


@pytest.mark.parametrize(("address", "expected"), [
    ("93.184.216.34", True), ("2606:2800:220:1::1", True),
    ("127.0.0.1", False), ("10.2.3.4", False), ("172.16.0.1", False), ("192.168.1.1", False),
    ("169.254.169.254", False), ("0.0.0.0", False), ("::1", False), ("fe80::1", False),
    ("fc00::1", False), ("::ffff:127.0.0.1", False), ("224.0.0.1", False), ("100.64.0.1", False),
])
def test_only_public_addresses_count_as_public(address: str, expected: bool) -> None:
    assert is_public(address) is expected


@pytest.mark.parametrize(("url", "reason"), [
    ("file:///etc/passwd", "only http and https"),
    ("gopher://news.example/", "only http and https"),
    ("http:///path-only", "no host"),
    ("http://inner.example/a", "private"),
    ("http://mixed.example/a", "private"),
    ("http://news.example:99999/", "bad port"),
])
def test_check_url_refuses(url: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        check_url(url, FetchPolicy(), resolve)


def test_private_addresses_can_be_allowed() -> None:
    assert check_url("http://inner.example/", FetchPolicy(allow_private=True), resolve) == (
        "inner.example", "10.0.0.7")


def serve(handler) -> httpx.MockTransport:
    return httpx.MockTransport(handler)


def test_fetch_dials_the_checked_address_with_the_host_header() -> None:
    seen = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.update(host=request.url.host, header=request.headers["host"])
        return httpx.Response(200, content=PAGE, headers={"content-type": "text/html"})

    page = fetch_url("http://news.example/story", FetchPolicy(), resolve, serve(handler))
    assert page.content == PAGE and page.content_type == "text/html"
    assert seen == {"host": PUBLIC, "header": "news.example"}


def test_redirect_to_an_inner_host_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "http://inner.example/admin"})

    with pytest.raises(InputError, match="private"):
        fetch_url("http://news.example/story", FetchPolicy(), resolve, serve(handler))


def test_redirect_loops_stop() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(301, headers={"location": "/again"})

    with pytest.raises(InputError, match="too many redirects"):
        fetch_url("http://news.example/", FetchPolicy(max_redirects=3), resolve, serve(handler))


@pytest.mark.parametrize(("headers", "body", "error"), [
    ({"content-type": "text/html", "content-length": "999999"}, b"x", SizeLimitError),
    ({"content-type": "text/html"}, b"x" * 5000, SizeLimitError),
    ({"content-type": "application/pdf"}, b"%PDF", FormatError),
    ({"content-type": "image/svg+xml"}, b"<svg/>", FormatError),
])
def test_big_or_non_text_pages_are_refused(headers: dict, body: bytes, error: type) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers=headers)

    with pytest.raises(error):
        fetch_url("http://news.example/", FetchPolicy(max_bytes=1000), resolve, serve(handler))


def test_server_errors_and_timeouts_are_input_errors() -> None:
    def failing(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(InputError, match="answered 500"):
        fetch_url("http://news.example/", FetchPolicy(), resolve, serve(failing))
    with pytest.raises(InputError, match="timed out"):
        fetch_url("http://news.example/", FetchPolicy(timeout=0.5), resolve, serve(slow))
