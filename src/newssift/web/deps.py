"""What the routes share: config, pipeline, store, the token check, and running analyses."""

from __future__ import annotations

import hmac
from collections.abc import Sequence
from typing import Any

from fastapi import Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException

from newssift.analysis import Analysis
from newssift.errors import NewssiftError
from newssift.text import Article

bearer = HTTPBearer(auto_error=False,
                    description="The API token given to `newssift serve --token`.")


def config_of(request: Request) -> Any:
    return request.app.state.config


def settings_of(request: Request) -> Any:
    return request.app.state.settings


def store_of(request: Request) -> Any:
    """The corpus store, or 503 when the server runs without one."""
    from newssift.web.app import ensure_store

    store = ensure_store(request.app)
    if store is None:
        raise HTTPException(503, "no corpus store: start the server with `newssift serve --db URL`")
    return store


def has_store(request: Request) -> bool:
    return bool(request.app.state.store is not None or request.app.state.store_url)


def check_token(request: Request, credentials: HTTPAuthorizationCredentials | None) -> None:
    """401 unless the request carries the configured token (Bearer header or X-API-Token)."""
    expected = config_of(request).token
    if not expected:
        return
    given = credentials.credentials if credentials else request.headers.get("x-api-token", "")
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(
            401, "this route needs the API token: send `Authorization: Bearer <token>`",
            headers={"WWW-Authenticate": "Bearer"})


def analyse(request: Request, articles: Sequence[Article]) -> tuple[list[Analysis], list[str]]:
    """Run the process's pipeline on `articles`, one request at a time; failures become messages."""
    from newssift.web.app import ensure_pipeline

    pipeline = ensure_pipeline(request.app)
    problems: list[str] = []

    def on_error(article_id: str, err: NewssiftError) -> None:
        problems.append(f"{article_id}: {err}")

    with request.app.state.analyse_lock:
        if len(articles) == 1:
            return [pipeline(articles[0])], problems
        return list(pipeline.pipe(articles, on_error=on_error)), problems


def analyse_one(request: Request, article: Article) -> dict[str, Any]:
    analyses, _ = analyse(request, [article])
    return analyses[0].to_dict()
