"""Corpus test fixtures: a store per back end (SQLite file; PostgreSQL schema dropped afterwards),
a pipeline factory of the tiny HashEncoder plus the rule-based `FindingsAnalyzer`, and a store filled
with the hand-written articles once per session and back end (tests must not write to it)."""

from __future__ import annotations

import functools
import importlib.util
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from corpus_fakes import corpus_articles, make_pipeline

from newssift.corpus import open_store
from newssift.corpus.ingest import IngestOptions, PipelineFactory, ingest
from newssift.corpus.store import Store

POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"


@functools.cache
def postgres_problem() -> str | None:
    """Why the PostgreSQL server cannot be used (None when it can)."""
    try:
        import psycopg

        with psycopg.connect(POSTGRES, connect_timeout=3):
            return None
    except Exception as err:
        return f"PostgreSQL at {POSTGRES} is unreachable ({type(err).__name__}: {err})"


def postgres_url() -> str:
    return f"{POSTGRES}?schema=nstest_{uuid.uuid4().hex[:12]}"


def drop(url: str) -> None:
    if url.startswith("postgresql"):
        store = open_store(url)
        store.drop()
        store.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:
    """A fresh store URL for each back end of the contract suite."""
    if request.param == "sqlite":
        yield str(tmp_path / "corpus.db")
        return
    problem = postgres_problem()
    if problem:
        pytest.skip(problem)
    url = postgres_url()
    try:
        yield url
    finally:
        drop(url)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def factory(tiny_encoder: Any) -> PipelineFactory:
    return PipelineFactory(build=functools.partial(make_pipeline, tiny_encoder))


def hash_encoder() -> Any:
    """tests/conftest.py's HashEncoder, for session fixtures (its module name is taken by ours)."""
    path = Path(__file__).resolve().parents[1] / "conftest.py"
    spec = importlib.util.spec_from_file_location("newssift_tests_root_conftest", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.HashEncoder()


@pytest.fixture(scope="session",
                params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def filled_url(request: pytest.FixtureRequest, tmp_path_factory: Any) -> Iterator[str]:
    """A store holding the seven hand-written articles (ingested in batches of three)."""
    if request.param == "postgres" and postgres_problem():
        pytest.skip(postgres_problem())
    url = (str(tmp_path_factory.mktemp("filled") / "corpus.db") if request.param == "sqlite"
           else postgres_url())
    factory = PipelineFactory(build=functools.partial(make_pipeline, hash_encoder()))
    try:
        with open_store(url) as store:
            ingest(corpus_articles(), store, IngestOptions(batch_size=3), factory)
        yield url
    finally:
        drop(url)


@pytest.fixture
def filled(filled_url: str) -> Iterator[Store]:
    """The filled store, opened for one test (read it; do not add to it)."""
    with open_store(filled_url) as store:
        yield store
