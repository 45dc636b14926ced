"""Web test fixtures: a pipeline of the tiny HashEncoder and a rule-based stand-in that writes every
layer the web app shows (in the canonical JSON shapes), hand-written articles, and a seeded store.

The stand-in (`LayersAnalyzer`) keeps the web tests independent of the real analyzers' accuracy: it
finds "<Name> said <content>." statements, "<figure>" quantities, a few loaded words as techniques, and
capitalised names as entities, so every expectation below can be read straight off the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newssift.analysis import Analysis
from newssift.encoder import EncoderAnalyzer
from newssift.pipeline import Analyzer, Pipeline
from newssift.settings import Settings
from newssift.text import Article, span_dict
from newssift.web.app import create_app

STATEMENT_RE = re.compile(
    r"(?P<source>Informed sources|Officials|(?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+) "
    r"(?P<cue>said|told reporters|claimed) (?P<content>[^.]+)\.")
NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
LOADED = {"heroic": "Loaded_Language", "disastrous": "Loaded_Language",
          "never": "Exaggeration-Minimisation", "traitors": "Name_Calling-Labeling"}
NAME_RE = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")


class LayersAnalyzer(Analyzer):
    """Writes statements, sources, sourcing, techniques, entities, quantities and claims by rule."""

    name = "test_layers"
    requires = ("encoding",)
    assigns = ("statements", "sources", "sourcing", "techniques", "entities", "quantities",
               "claims", "genre")

    def __call__(self, analysis: Analysis) -> Analysis:
        text = analysis.text
        statements, sources = self._statements(text)
        quantities = [{**span_dict(text, m.start(), m.end()), "label": "count", "score": 0.9,
                       "value": float(m.group().replace(",", "")), "low": None, "high": None,
                       "unit": None, "currency": None, "approx": False, "rate": None,
                       "counted": None} for m in NUMBER_RE.finditer(text)]
        analysis.layers.update({
            "statements": statements, "sources": sources,
            "sourcing": _sourcing(statements),
            "techniques": self._techniques(text, statements),
            "entities": [{**span_dict(text, m.start(), m.end()), "label": "PER", "score": 0.8,
                          "entity_id": f"e{i + 1}"} for i, m in enumerate(NAME_RE.finditer(text))],
            "quantities": quantities,
            "claims": _claims(text, statements, quantities),
            "genre": {"label": "reporting", "score": 0.9,
                      "scores": {"reporting": 0.9, "opinion": 0.08, "satire": 0.02}},
        })
        return analysis

    @staticmethod
    def _statements(text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        statements, by_name = [], {}
        for i, m in enumerate(STATEMENT_RE.finditer(text)):
            name = m.group("source")
            kind = "anonymous" if name == "Informed sources" else "person"
            source = by_name.setdefault(name, {
                "source_id": f"src{len(by_name) + 1}", "name": name, "kind": kind, "role": None,
                "mentions": [], "statements": [], "entity_id": None})
            source["mentions"].append(span_dict(text, m.start("source"), m.end("source")))
            source["statements"].append(f"s{i + 1}")
            statements.append({
                "id": f"s{i + 1}", **span_dict(text, m.start(), m.end()), "label": "statement",
                "type": "indirect", "score": 0.9,
                "source": {**span_dict(text, m.start("source"), m.end("source")), "kind": kind,
                           "source_id": source["source_id"]},
                "cue": {**span_dict(text, m.start("cue"), m.end("cue")), "stance": "neutral"},
                "content": [span_dict(text, m.start("content"), m.end("content"))], "via": None})
        return statements, list(by_name.values())

    @staticmethod
    def _techniques(text: str, statements: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        out = []
        for word, label in LOADED.items():
            for m in re.finditer(rf"\b{word}\b", text):
                inside = next((s["id"] for s in statements if s["start"] <= m.start() < s["end"]),
                              None)
                out.append({**span_dict(text, m.start(), m.end()), "label": label, "score": 0.7,
                            "voice": "quoted" if inside else "author", "statement": inside})
        return sorted(out, key=lambda t: t["start"])


def _sourcing(statements: Sequence[dict[str, Any]]) -> dict[str, Any]:
    kinds: dict[str, int] = {}
    for s in statements:
        kinds[s["source"]["kind"]] = kinds.get(s["source"]["kind"], 0) + 1
    total = len(statements) or 1
    return {"statements": len(statements), "quoted_words": 0,
            "by_kind": {k: {"statements": n, "share": n / total, "quoted_words": 0,
                            "quoted_share": 0.0} for k, n in kinds.items()},
            "named": kinds.get("person", 0), "anonymous": kinds.get("anonymous", 0),
            "unattributed": 0}


def _claims(text: str, statements: Sequence[dict[str, Any]],
            quantities: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    claims = []
    for s in statements:
        figures = [i for i, q in enumerate(quantities) if s["start"] <= q["start"] < s["end"]]
        if figures:
            claims.append({**span_dict(text, s["start"], s["end"]), "score": 0.8, "sentence": 0,
                           "statement": s["id"], "source_id": s["source"]["source_id"],
                           "source_kind": s["source"]["kind"], "entities": [],
                           "quantities": figures})
    return [{"rank": r + 1, **c} for r, c in enumerate(claims)]


@pytest.fixture
def web_pipeline(tiny_encoder: Any) -> Pipeline:
    return Pipeline([EncoderAnalyzer(tiny_encoder), LayersAnalyzer()])


ARTICLE = (
    "Port strike enters its third week\n"
    "\n"
    "Dock workers in Rotterdam stayed off the job on Monday as the strike over night-shift pay "
    "entered its third week. Union leader Marta Visser said 4,200 members had voted to continue. "
    "Harbour director Pieter Smit said the stoppage was disastrous for local suppliers.\n"
    "\n"
    "Informed sources said talks would resume on Thursday. Marta Visser said the union would "
    "never accept a pay cut.\n"
)

HOSTILE = (
    "Council meeting <script>window.__pwned = 1</script> ends early\n"
    "\n"
    "Councillor Ada Brook said the <img src=x onerror=\"window.__pwned = 2\"> budget was "
    "heroic. The agenda listed <b>bold</b> items & more.\n"
)


@pytest.fixture
def article_text() -> str:
    return ARTICLE


@pytest.fixture
def hostile_text() -> str:
    return HOSTILE


@pytest.fixture
def client(web_pipeline: Pipeline) -> TestClient:
    app = create_app(Settings(), None, web_pipeline)
    with TestClient(app) as test_client:
        yield test_client


SEED = [
    ("Daily Planet", "2024-03-04", ARTICLE),
    ("Daily Planet", "2024-03-12",
     "Ferry service cut\n\nOfficials said 12 crossings would be cancelled. Informed sources said "
     "the heroic crews were exhausted.\n"),
    ("Harbour Herald", "2024-03-05",
     "Strike talks stall\n\nMarta Visser said 4,200 members had voted to continue. Informed "
     "sources said the port lost 3 ships a day.\n"),
]


@pytest.fixture
def seeded_store_url(tmp_path: Any, web_pipeline: Pipeline) -> str:
    from newssift.corpus import open_store
    from newssift.corpus.rows import record_of

    url = str(tmp_path / "corpus.db")
    store = open_store(url)
    try:
        for i, (outlet, day, text) in enumerate(SEED):
            article = Article(text=text, id=f"seed-{i + 1}", outlet=outlet, published=day,
                              language="en")
            store.add([record_of(web_pipeline(article))])
    finally:
        store.close()
    return url


@pytest.fixture
def store_client(web_pipeline: Pipeline, seeded_store_url: str) -> TestClient:
    app = create_app(Settings(), seeded_store_url, web_pipeline, token="s3cret")
    with TestClient(app) as test_client:
        yield test_client
