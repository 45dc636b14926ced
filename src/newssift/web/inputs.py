"""What a web user sends (pasted text, an uploaded file, a URL) → `Article`s, via `newssift.ingest`.

Uploads are parsed in memory (`ingest.articles_from_bytes`): the client's file name is never used as
a path; its extension picks the format and its base name is shown (as text). Only .txt, .html, .htm,
.jsonl and .json uploads are accepted, and every input is checked against the size limits before
it is parsed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any

from newssift.errors import EmptyInputError, FormatError, NewssiftError, SizeLimitError
from newssift.text import Article
from newssift.web.fetch import FetchPolicy, fetch_url

UPLOAD_TYPES = (".txt", ".html", ".htm", ".jsonl", ".json")
MAX_UPLOAD_ARTICLES = 50


def web_id(text: str, prefix: str = "web") -> str:
    return f"{prefix}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:12]}"


def check_size(data: bytes | str, max_bytes: int, max_chars: int | None = None) -> None:
    size = len(data.encode("utf-8")) if isinstance(data, str) else len(data)
    if size > max_bytes:
        raise SizeLimitError(f"the input is {size} bytes; the limit is {max_bytes}")
    if isinstance(data, str) and max_chars is not None and len(data) > max_chars:
        raise SizeLimitError(f"the text has {len(data)} characters; the limit is {max_chars}")


def article_from_paste(text: str, title: str | None, meta: dict[str, Any], settings: Any,
                       max_bytes: int, max_chars: int) -> Article:
    """An article from pasted text; a separate title becomes the text's first line (see ingest)."""
    from newssift.ingest import article_from_text

    body = text.replace("\r\n", "\n").strip("\n")
    if not body.strip():
        raise EmptyInputError("the article text is empty; paste the article's text")
    check_size(body, max_bytes, max_chars)
    clean = {k: v for k, v in meta.items() if v not in (None, "")}
    if title and title.strip():
        clean["title"] = title
    return article_from_text(body + "\n", web_id(f"{title}\n{body}"), settings=settings,
                             where="the pasted article", **clean)


def safe_name(filename: str | None) -> str:
    """The client's file name reduced to a short, displayable base name."""
    name = PurePath((filename or "upload").replace("\\", "/")).name
    return "".join(ch for ch in name if ch.isprintable())[:120] or "upload"


def upload_suffix(filename: str | None) -> str:
    suffix = PurePath(safe_name(filename)).suffix.lower()
    if suffix not in UPLOAD_TYPES:
        shown = suffix or "no extension"
        raise FormatError(f"cannot analyse a {shown} file; upload one of {', '.join(UPLOAD_TYPES)}")
    return suffix


def parse_bytes(data: bytes, suffix: str, settings: Any) -> tuple[list[Article], list[str]]:
    """Parse `data` as a file of type `suffix` with the library's reader: articles and problems."""
    from newssift.ingest import articles_from_bytes

    problems: list[str] = []

    def on_error(where: str, err: NewssiftError) -> None:
        problems.append(str(err))

    articles = articles_from_bytes(data, f"upload{suffix}", settings, on_error=on_error)
    if len(articles) > MAX_UPLOAD_ARTICLES:
        problems.append(f"only the first {MAX_UPLOAD_ARTICLES} articles of the file were read")
    return articles[:MAX_UPLOAD_ARTICLES], problems


def articles_from_upload(filename: str | None, data: bytes, settings: Any,
                         max_bytes: int) -> tuple[list[Article], list[str]]:
    suffix = upload_suffix(filename)
    if not data.strip():
        raise EmptyInputError("the uploaded file is empty")
    check_size(data, max_bytes)
    articles, problems = parse_bytes(data, suffix, settings)
    name = safe_name(filename)
    renamed = [a.with_(id=web_id(a.text, "upload"), source=name) for a in articles]
    return renamed, problems


def article_from_url(url: str, settings: Any, policy: FetchPolicy) -> tuple[Article, list[str]]:
    """Fetch `url` safely and extract its article; the article keeps the final URL."""
    fetched = fetch_url(url.strip(), policy)
    suffix = ".txt" if fetched.content_type == "text/plain" else ".html"
    articles, problems = parse_bytes(fetched.content, suffix, settings)
    if not articles:
        detail = f": {problems[0]}" if problems else ""
        raise FormatError(f"no article text could be extracted from that page{detail}")
    article = articles[0]
    article = article.with_(id=web_id(article.text, "url"), url=fetched.url, source=fetched.url)
    return article, problems


def first_or_fail(articles: Sequence[Article], problems: Sequence[str]) -> Article:
    if not articles:
        detail = f": {problems[0]}" if problems else ""
        raise FormatError(f"the file holds no readable article{detail}")
    return articles[0]
