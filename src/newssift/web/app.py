"""The web app factory: `create_app(settings, store_url=None, pipeline=None)`.

One pipeline per process, built (and warmed up) at startup unless one is injected; one corpus store,
opened at startup when `store_url` is given. Every response carries a strict Content-Security-Policy
(scripts and styles only from /static), request bodies are capped, and errors come back as JSON
`{"status", "code", "message"}` under /api and as an HTML page elsewhere.
Limits: analyses run one at a time (the encoder already uses every core); the token, when set,
guards only the routes that write to the store.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from newssift import __version__
from newssift.pipeline import Pipeline
from newssift.web import api, handlers, pages
from newssift.web.fetch import FetchPolicy
from newssift.web.middleware import BodyLimitMiddleware, SecurityHeadersMiddleware

log = logging.getLogger("newssift.web")

DEFAULT_MAX_BYTES = 2_000_000
DEFAULT_MAX_CHARS = 200_000
MULTIPART_OVERHEAD = 64_000
WARMUP_TEXT = "Warm-up\n\nThe minister said on Friday that 300 volunteers were ready."


@dataclass(frozen=True, slots=True)
class WebConfig:
    """The web layer's limits, read from `Settings` (any object with those attributes will do)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_chars: int = DEFAULT_MAX_CHARS
    token: str | None = None
    fetch: FetchPolicy = field(default_factory=FetchPolicy)
    analyzers: tuple[str, ...] | None = None

    @property
    def max_request_bytes(self) -> int:
        return self.max_bytes + MULTIPART_OVERHEAD

    @classmethod
    def from_settings(cls, settings: Any, token: str | None = None) -> WebConfig:
        max_bytes = int(getattr(settings, "max_bytes", None) or DEFAULT_MAX_BYTES)
        fetch = FetchPolicy(
            timeout=float(getattr(settings, "html_fetch_timeout", None) or 10.0),
            max_bytes=max_bytes,
            allow_private=bool(getattr(settings, "allow_private_urls", False)),
        )
        names = getattr(settings, "analyzers", None)
        return cls(
            max_bytes=max_bytes,
            max_chars=int(getattr(settings, "max_chars", None) or DEFAULT_MAX_CHARS),
            token=token or getattr(settings, "api_token", None) or None,
            fetch=fetch,
            analyzers=tuple(names) if names else None,
        )


def create_app(
    settings: Any = None,
    store_url: str | None = None,
    pipeline: Pipeline | None = None,
    *,
    token: str | None = None,
    allow_private_urls: bool | None = None,
) -> FastAPI:
    """The FastAPI app; `pipeline` is injected by tests, else the default is built at startup."""
    if settings is None:
        from newssift.settings import Settings

        settings = Settings()
    config = WebConfig.from_settings(settings, token)
    if allow_private_urls is not None:
        config = _with_private(config, allow_private_urls)
    app = FastAPI(
        title="newssift",
        version=__version__,
        description="Analyse news articles and explore a corpus of analyses.",
        lifespan=_lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    state = app.state
    state.settings, state.config, state.store_url = settings, config, store_url
    state.pipeline, state.store = pipeline, None
    state.analyse_lock, state.setup_lock = threading.Lock(), threading.Lock()
    app.add_middleware(BodyLimitMiddleware, max_bytes=config.max_request_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    handlers.install(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    static = resources.files("newssift.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    return app


def _with_private(config: WebConfig, allow: bool) -> WebConfig:
    return replace(config, fetch=replace(config.fetch, allow_private=allow))


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    ensure_pipeline(app)
    ensure_store(app)
    try:
        yield
    finally:
        close = getattr(app.state.store, "close", None)
        if callable(close):
            close()


def ensure_pipeline(app: FastAPI) -> Pipeline:
    """The process's pipeline, built and warmed up once (models load on the first analysis)."""
    state = app.state
    with state.setup_lock:
        if state.pipeline is None:
            from newssift import build_pipeline
            from newssift.text import Article

            pipeline = build_pipeline(state.config.analyzers)
            pipeline(Article(text=WARMUP_TEXT, id="warm-up"))
            log.info("pipeline ready: %s", ", ".join(pipeline.names))
            state.pipeline = pipeline
    return state.pipeline


def ensure_store(app: FastAPI) -> Any:
    """The corpus store, opened once; None when the app was started without `--db`."""
    state = app.state
    with state.setup_lock:
        if state.store is None and state.store_url:
            from newssift.corpus import open_store
            from newssift.web.explore import LockedStore

            state.store = LockedStore(open_store(state.store_url))
    return state.store
