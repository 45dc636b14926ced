"""The safe URL fetcher behind "analyse this URL": http/https only, public addresses only, bounded.

`fetch_url(url, policy)` refuses any scheme but http and https, any host that resolves to a
private, loopback, link-local, multicast or otherwise non-public address (unless
`policy.allow_private`), follows at most `policy.max_redirects` redirects (each one checked the
same way), gives up after `policy.timeout` seconds and stops reading after `policy.max_bytes` bytes.

The connection goes to the address that was checked (the host name is kept for the Host header
and TLS SNI), so a DNS answer that changes between check and connect cannot send the request
inward.
Limits: proxies from the environment are ignored; only the first checked address is tried; content
types other than HTML and plain text are refused rather than guessed at.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from newssift.errors import FormatError, InputError, SizeLimitError

ALLOWED_SCHEMES = ("http", "https")
ALLOWED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
USER_AGENT = "newssift (+https://github.com/newssift/newssift) article fetcher"

Resolver = Callable[[str, int], list[str]]


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """What the fetcher may do: time and size limits, redirects, whether inner addresses are OK."""

    timeout: float = 10.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    allow_private: bool = False


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # the final URL, after redirects
    content: bytes
    content_type: str  # media type without parameters, e.g. "text/html"
    charset: str | None


def system_resolve(host: str, port: int) -> list[str]:
    """All addresses `host` resolves to (IPv4 and IPv6)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as err:
        raise InputError(f"cannot resolve host {host!r}: {err}; check the URL") from err
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_public(address: str) -> bool:
    """True when `address` is a globally routable unicast address (IPv4-mapped IPv6 unwrapped)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_url(url: str, policy: FetchPolicy, resolve: Resolver | None = None) -> tuple[str, str]:
    """Validate `url`; return `(host, address)`: the host name and the checked address to dial."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise InputError(f"only http and https URLs can be fetched, not {parts.scheme or 'none'!r}")
    host = parts.hostname
    if not host:
        raise InputError(f"URL {url!r} has no host name")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError as err:
        raise InputError(f"URL {url!r} has a bad port: {err}") from err
    addresses = (resolve or system_resolve)(host, port)
    if not addresses:
        raise InputError(f"host {host!r} has no address")
    if not policy.allow_private:
        inner = [a for a in addresses if not is_public(a)]
        if inner:
            raise InputError(
                f"refusing to fetch {host!r}: it resolves to a private, loopback or reserved "
                f"address ({inner[0]}); start the server with private URLs allowed to fetch it"
            )
    return host, addresses[0]


def fetch_url(
    url: str,
    policy: FetchPolicy | None = None,
    resolve: Resolver | None = None,
    transport: httpx.BaseTransport | None = None,
) -> Fetched:
    """Fetch an article page; raises InputError (refused, failed), SizeLimitError, FormatError."""
    policy = policy or FetchPolicy()
    with httpx.Client(timeout=policy.timeout, follow_redirects=False, trust_env=False,
                      transport=transport) as client:
        for _ in range(policy.max_redirects + 1):
            host, address = check_url(url, policy, resolve)
            next_url = _fetch_once(client, url, host, address, policy)
            if isinstance(next_url, Fetched):
                return next_url
            url = next_url
    raise InputError(f"too many redirects (more than {policy.max_redirects}) fetching the URL")


def _pinned(url: str, address: str) -> str:
    """`url` with its host replaced by the checked address (IPv6 in brackets)."""
    parts = urlsplit(url)
    literal = f"[{address}]" if ":" in address else address
    netloc = f"{literal}:{parts.port}" if parts.port else literal
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def _fetch_once(client: httpx.Client, url: str, host: str, address: str,
                policy: FetchPolicy) -> Fetched | str:
    """One request: a `Fetched` page, or the URL a redirect points to."""
    port = urlsplit(url).port
    headers = {"Host": f"{host}:{port}" if port else host, "User-Agent": USER_AGENT,
               "Accept": "text/html, text/plain;q=0.8"}
    request = client.build_request("GET", _pinned(url, address), headers=headers,
                                   extensions={"sni_hostname": host})
    try:
        response = client.send(request, stream=True)
    except httpx.TimeoutException as err:
        raise InputError(f"fetching {host!r} timed out after {policy.timeout:g} s") from err
    except httpx.HTTPError as err:
        raise InputError(f"could not fetch {host!r}: {type(err).__name__}") from err
    try:
        if response.is_redirect and "location" in response.headers:
            return urljoin(url, response.headers["location"])
        if response.status_code >= 400:
            raise InputError(f"the server answered {response.status_code} for that URL")
        media, charset = _content_type(response)
        return Fetched(url, _read_limited(response, policy), media, charset)
    finally:
        response.close()


def _content_type(response: httpx.Response) -> tuple[str, str | None]:
    value = response.headers.get("content-type", "text/html")
    media = value.split(";", 1)[0].strip().lower()
    if media not in ALLOWED_TYPES:
        raise FormatError(f"the URL serves {media!r}; only HTML or plain-text pages can be "
                          "analysed")
    return media, response.charset_encoding


def _read_limited(response: httpx.Response, policy: FetchPolicy) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > policy.max_bytes:
        raise SizeLimitError(f"the page is {int(declared)} bytes; the limit is {policy.max_bytes}")
    chunks, total = [], 0
    deadline = time.monotonic() + policy.timeout
    try:
        for chunk in response.iter_bytes():
            if time.monotonic() > deadline:
                raise InputError(f"reading the page took longer than {policy.timeout:g} s")
            total += len(chunk)
            if total > policy.max_bytes:
                raise SizeLimitError(f"the page is larger than the {policy.max_bytes}-byte limit")
            chunks.append(chunk)
    except httpx.TimeoutException as err:
        raise InputError(f"reading the page timed out after {policy.timeout:g} s") from err
    except httpx.HTTPError as err:
        raise InputError(f"reading the page failed: {type(err).__name__}") from err
    return b"".join(chunks)
