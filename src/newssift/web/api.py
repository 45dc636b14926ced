"""The JSON API under /api: analyse (text, file, URL), and the corpus (articles, search, aggregates,
claims, sources). Its OpenAPI schema is served at /api/openapi.json.

Every error is JSON `{"status", "code", "message"}`; routes that write to the store need the API
token when the server has one. Request bodies are capped by the app (see `app.WebConfig`).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Query, Request, UploadFile
from fastapi.security import HTTPAuthorizationCredentials
from pydantic import BaseModel, Field

from newssift import __version__
from newssift.web import explore, inputs
from newssift.web.deps import (
    analyse,
    analyse_one,
    bearer,
    check_token,
    config_of,
    settings_of,
    store_of,
)

Doc = dict[str, Any]


class ErrorBody(BaseModel):
    status: int
    code: str | None = None
    message: str


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in [(400, "Bad input"), (413, "Too large"), (415, "Unsupported type"),
                       (422, "Invalid request"), (503, "Unavailable")]
}
STORE_ERRORS = {k: v for k, v in ERRORS.items() if k in (400, 422, 503)} | {
    404: {"model": ErrorBody, "description": "Not found"}}

router = APIRouter(prefix="/api", tags=["api"])


class TextIn(BaseModel):
    """An article to analyse: its text, and optional metadata."""

    text: str = Field(min_length=1,
                      description="The article body (paragraphs separated by blank lines).")
    title: str | None = Field(None, max_length=1000)
    outlet: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000, description="Recorded only; never fetched.")
    published: str | None = Field(None, max_length=40)


class UrlIn(BaseModel):
    url: str = Field(min_length=1, max_length=2000,
                     description="An http(s) URL to fetch and analyse.")


class Batch(BaseModel):
    documents: list[Doc]
    problems: list[str]


class Health(BaseModel):
    status: str
    version: str
    analyzers: list[str]
    store: bool


@router.get("/health", response_model=Health)
def health(request: Request) -> Health:
    pipeline = request.app.state.pipeline
    return Health(status="ok", version=__version__, analyzers=pipeline.names if pipeline else [],
                  store=request.app.state.store is not None)


@router.get("/schema", response_model=Doc)
def document_schema() -> Doc:
    """The JSON Schema (2020-12) of the analysis documents the analyse routes return."""
    from newssift.schema import load_schema

    return load_schema()


@router.post("/analyze", responses=ERRORS, response_model=Doc)
def analyze_text(body: TextIn, request: Request) -> Doc:
    """Analyse pasted text; returns the analysis document (`newssift.analysis/1`, whose JSON
    Schema is served at /api/schema)."""
    config = config_of(request)
    meta = {"outlet": body.outlet, "url": body.url, "published": body.published}
    article = inputs.article_from_paste(body.text, body.title, meta, settings_of(request),
                                        config.max_bytes, config.max_chars)
    return analyse_one(request, article)


@router.post("/analyze/file", responses=ERRORS, response_model=Batch)
def analyze_file(request: Request, file: Annotated[UploadFile, File()]) -> Batch:
    """Analyse an uploaded .txt, .html, .htm, .jsonl or .json file (every article in it)."""
    config = config_of(request)
    data = file.file.read(config.max_bytes + 1)
    articles, problems = inputs.articles_from_upload(file.filename, data, settings_of(request),
                                                     config.max_bytes)
    analyses, failed = analyse(request, articles)
    return Batch(documents=[a.to_dict() for a in analyses], problems=problems + failed)


@router.post("/analyze/url", responses=ERRORS, response_model=Doc)
def analyze_url(body: UrlIn, request: Request) -> Doc:
    """Fetch an http(s) page on the server (time- and size-limited, public addresses only) and
    analyse it."""
    article, _ = inputs.article_from_url(body.url, settings_of(request), config_of(request).fetch)
    return analyse_one(request, article)


WRITE_ERRORS = {**ERRORS, 401: {"model": ErrorBody, "description": "Missing or wrong token"}}


@router.post("/articles", responses=WRITE_ERRORS, response_model=explore.Stored, status_code=201)
def add_article(
    body: TextIn, request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> explore.Stored:
    """Analyse an article and add it to the corpus store (needs the token when one is set)."""
    check_token(request, credentials)
    store = store_of(request)
    config = config_of(request)
    meta = {"outlet": body.outlet, "url": body.url, "published": body.published}
    article = inputs.article_from_paste(body.text, body.title, meta, settings_of(request),
                                        config.max_bytes, config.max_chars)
    analyses, _ = analyse(request, [article])
    return explore.add(store, analyses[0])


@router.get("/articles", responses=STORE_ERRORS, response_model=explore.Page)
def list_articles(
    request: Request,
    filters: Annotated[explore.Filters, Query()],
) -> explore.Page:
    """Stored articles, newest first, with the search filters (no query text needed)."""
    return explore.search(store_of(request), filters)


@router.get("/articles/{article_id:path}", responses=STORE_ERRORS, response_model=Doc)
def get_article(article_id: str, request: Request) -> Doc:
    """One stored article's full analysis document."""
    return explore.article(store_of(request), article_id)


@router.get("/search", responses=STORE_ERRORS, response_model=explore.Page)
def search(request: Request, filters: Annotated[explore.Filters, Query()]) -> explore.Page:
    """Full-text search with the store's filters (outlet, dates, source kind, technique)."""
    return explore.search(store_of(request), filters)


@router.get("/aggregates", responses=STORE_ERRORS, response_model=explore.Aggregates)
def aggregates(request: Request,
               query: Annotated[explore.AggregateQuery, Query()]) -> explore.Aggregates:
    """Chart data: technique and source-kind shares per week, anonymous share by outlet, top
    sources."""
    return explore.aggregates(store_of(request), query)


@router.get("/claims", responses=STORE_ERRORS, response_model=list[explore.ClaimCluster])
def claims(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
) -> list[explore.ClaimCluster]:
    """Claim clusters across the corpus (similar claims from different articles grouped)."""
    return explore.claim_clusters(store_of(request), limit, outlet)


@router.get("/sources", responses=STORE_ERRORS, response_model=list[explore.SourceEntry])
def sources(request: Request, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
            kind: Annotated[str | None, Query(max_length=40)] = None,
            source_kind: Annotated[str | None, Query(max_length=40)] = None
            ) -> list[explore.SourceEntry]:
    """The source index: who is cited, how often, in which outlets; `kind` (or its alias
    `source_kind`) keeps the sources of that kind (an unknown kind is a 400)."""
    return explore.source_index(store_of(request), limit, kind or source_kind)
