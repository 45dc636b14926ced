"""Hand-written articles and a rule-based stand-in analyzer for the corpus tests.

`FindingsAnalyzer` writes every layer the store reads (statements, sources, techniques, entities,
entity_groups, quantities, claims) in the canonical JSON shapes, by rules simple enough that each
expected row can be read off the text: "<Name> said <content>." is a statement, capitalised word pairs
are entities, numbers are quantities, a few loaded words are techniques, and a statement with a figure
is a claim. Importable by a child process and picklable by value for Dask workers.
"""

from __future__ import annotations

import re
import time
from typing import Any

from newssift.analysis import Analysis
from newssift.encoder import EncoderAnalyzer
from newssift.pipeline import Analyzer, Pipeline
from newssift.text import Article, span_dict

SAYS = re.compile(r"(?P<source>Informed sources|People close to the talks|(?:[A-Z][a-z]+ ){1,2}"
                  r"[A-Z][a-z]+) (?P<cue>said|claimed|told reporters) (?P<content>[^.]+)\.")
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
NAME = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")
LOADED = {"reckless": "Loaded_Language", "catastrophe": "Loaded_Language",
          "everyone knows": "Appeal_to_Popularity", "cowards": "Name_Calling-Labeling"}
ANONYMOUS = {"Informed sources", "People close to the talks"}


class FindingsAnalyzer(Analyzer):
    name = "test_findings"
    requires = ("encoding",)
    assigns = ("statements", "sources", "techniques", "entities", "entity_groups", "quantities",
               "claims")

    def __call__(self, analysis: Analysis) -> Analysis:
        text = analysis.text
        if "BREAK-ME" in text:
            raise ValueError("this article is built to fail")
        statements, sources = _statements(text)
        entities, groups = _entities(text)
        quantities = [_quantity(text, m) for m in NUMBER.finditer(text)]
        analysis.layers.update({
            "statements": statements, "sources": sources, "techniques": _techniques(text, statements),
            "entities": entities, "entity_groups": groups, "quantities": quantities,
            "claims": _claims(analysis, statements, quantities, entities),
        })
        return analysis


def _statements(text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    statements: list[dict[str, Any]] = []
    sources: dict[str, dict[str, Any]] = {}
    for i, m in enumerate(SAYS.finditer(text)):
        name = m.group("source")
        kind = "anonymous" if name in ANONYMOUS else "person"
        source = sources.setdefault(name, {"source_id": f"S{len(sources) + 1}", "name": name,
                                           "kind": kind, "role": None, "mentions": [],
                                           "statements": [], "entity_id": None})
        source["mentions"].append(span_dict(text, m.start("source"), m.end("source")))
        source["statements"].append(f"s{i + 1}")
        statements.append({
            "id": f"s{i + 1}", **span_dict(text, m.start(), m.end()), "label": "statement",
            "type": "indirect", "score": 0.9,
            "source": {**span_dict(text, m.start("source"), m.end("source")), "kind": kind,
                       "source_id": source["source_id"]},
            "cue": {**span_dict(text, m.start("cue"), m.end("cue")), "stance": "neutral"},
            "content": [span_dict(text, m.start("content"), m.end("content"))], "via": None})
    return statements, list(sources.values())


def _entities(text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    ids: dict[str, str] = {}
    entities = []
    for m in NAME.finditer(text):
        entity_id = ids.setdefault(m.group(), f"E{len(ids) + 1}")
        entities.append({**span_dict(text, m.start(), m.end()), "label": "PER", "score": 0.8,
                         "entity_id": entity_id})
    groups = [{"entity_id": eid, "name": name, "label": "PER", "roles": [],
               "mentions": [{k: e[k] for k in ("start", "end", "text")}
                            for e in entities if e["entity_id"] == eid]}
              for name, eid in ids.items()]
    return entities, groups


def _quantity(text: str, m: re.Match[str]) -> dict[str, Any]:
    return {**span_dict(text, m.start(), m.end()), "label": "count", "score": 0.9,
            "value": float(m.group().replace(",", "")), "low": None, "high": None, "unit": None,
            "currency": None, "approx": False, "rate": None, "counted": None}


def _techniques(text: str, statements: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for words, label in LOADED.items():
        for m in re.finditer(rf"\b{words}\b", text, re.IGNORECASE):
            inside = next((s["id"] for s in statements if s["start"] <= m.start() < s["end"]), None)
            found.append({**span_dict(text, m.start(), m.end()), "label": label, "score": 0.7,
                          "voice": "quoted" if inside else "author", "statement": inside})
    return sorted(found, key=lambda t: t["start"])


def _claims(analysis: Analysis, statements: list[dict[str, Any]], quantities: list[dict[str, Any]],
            entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    claims = []
    for s in statements:
        figures = [i for i, q in enumerate(quantities) if s["start"] <= q["start"] < s["end"]]
        if not figures:
            continue
        sentence = next(i for i, x in enumerate(analysis.sentences) if x.start <= s["start"] < x.end)
        inside = sorted({e["entity_id"] for e in entities if s["start"] <= e["start"] < s["end"]})
        claims.append({**span_dict(analysis.text, s["start"], s["end"]), "score": 0.8,
                       "sentence": sentence, "statement": s["id"],
                       "source_id": s["source"]["source_id"], "source_kind": s["source"]["kind"],
                       "entities": inside, "quantities": figures})
    return [{"rank": r + 1, **c} for r, c in enumerate(claims)]


class SlowAnalyzer(Analyzer):
    """Sleeps `delay` seconds per article, and a minute on article `stall_on`, so a test can kill
    an ingest half-way however loaded the machine is."""

    name = "test_slow"

    def __init__(self, delay: float, stall_on: str | None = None):
        self.delay, self.stall_on = delay, stall_on

    def __call__(self, analysis: Analysis) -> Analysis:
        time.sleep(60.0 if analysis.article.id == self.stall_on else self.delay)
        return analysis


def make_pipeline(encoder: Any, delay: float = 0.0, stall_on: str | None = None) -> Pipeline:
    """The tiny encoder, then the stand-in analyzer (and `SlowAnalyzer` when asked)."""
    slow = [SlowAnalyzer(delay, stall_on)] if delay or stall_on else []
    return Pipeline([EncoderAnalyzer(encoder), FindingsAnalyzer(), *slow])


# -- hand-written articles -------------------------------------------------------------------------

NURSES = (
    "Government pledges thousands of new nurses\n"
    "\n"
    "Health Minister Lena Ortiz said 3,400 nurses will be hired before winter. Opposition leader "
    "Marco Bellini said the plan was reckless and came far too late.\n"
    "\n"
    "Informed sources said the budget for the hiring drive had already been cut twice.\n"
)
NURSES_WIRE = (
    "Ortiz promises 3,400 nurses by winter\n"
    "\n"
    "Health Minister Lena Ortiz said 3,400 nurses will be hired before the winter. Hospital "
    "managers welcomed the announcement on Tuesday.\n"
)
NURSES_OTHER_FIGURE = (
    "Nurse hiring plan questioned\n"
    "\n"
    "Health Minister Lena Ortiz said 2,000 nurses will be hired before winter. Unions doubted the "
    "timetable.\n"
)
BRIDGE = (
    "Bridge repairs delayed again\n"
    "\n"
    "City engineer Tomas Varga said repairs on the old river bridge would take 18 more months. "
    "People close to the talks said the contractor wanted a bigger fee. Everyone knows the bridge "
    "has been a catastrophe for traffic.\n"
)
FLOODS = (
    "Floods close the coastal road\n"
    "\n"
    "Heavy rain flooded the coastal road overnight and police closed it in both directions. "
    "Informed sources said 40 homes were evacuated near the harbour. Mayor Ines Duarte told "
    "reporters the cowards who ignored the warnings had put rescuers at risk.\n"
)


def wire_copy(text: str) -> str:
    """A republished copy of `text` with a new headline (a near-duplicate, not an exact one)."""
    return "Breaking: " + text


def corpus_articles() -> list[Article]:
    """Seven articles: a near-duplicate (wire copy), an exact copy and a repeated claim."""
    return [
        Article(NURSES, id="courier-nurses", outlet="Northern Courier", published="2024-05-02",
                language="en"),
        Article(BRIDGE, id="courier-bridge", outlet="Northern Courier", published="2024-05-06",
                language="en"),
        Article(NURSES_WIRE, id="valley-nurses", outlet="Valley Times", published="2024-05-03",
                language="en"),
        Article(NURSES_OTHER_FIGURE, id="coast-nurses", outlet="Coast Daily",
                published="2024-05-04", language="en"),
        Article(FLOODS, id="coast-floods", outlet="Coast Daily", published="2024-05-13",
                language="en"),
        Article(wire_copy(FLOODS), id="valley-floods", outlet="Valley Times",
                published="2024-05-14", language="en"),
        Article(BRIDGE, id="valley-bridge", outlet="Valley Times", published="2024-05-07",
                language="en"),
    ]


def many_articles(n: int) -> list[Article]:
    """`n` distinct short articles (for resume and Dask runs) that differ only in a few words."""
    towns = ["Arden", "Brill", "Corvo", "Dunmore", "Elsby", "Farrow", "Gisla", "Hanley"]
    out = []
    for i in range(n):
        town = towns[i % len(towns)]
        text = (f"{town} council meets on budget {i}\n\n"
                f"Council leader Vera Holm said {100 + i} jobs depend on the vote in {town}. "
                f"Residents packed hall {i % 7} and item {i * 13 % 97} was debated until midnight.\n")
        out.append(Article(text, id=f"art-{i:03d}", outlet=f"Outlet {i % 3}",
                           published=f"2024-06-{1 + i % 28:02d}"))
    return out


SNAPSHOT_TABLES = ("statements", "sources", "techniques", "entities", "quantities", "claims")


def snapshot(store: Any) -> dict[str, Any]:
    """Everything a store holds, without storage keys and timestamps (to compare two runs)."""
    out: dict[str, Any] = {"articles": store.check(
        "SELECT a.id, a.content_hash, a.outlet, a.day, a.analysis, a.similarity, d.id AS dup "
        "FROM articles a LEFT JOIN articles d ON d.pk = a.duplicate_of ORDER BY a.id")}
    for table in SNAPSHOT_TABLES:
        rows = store.check(f"SELECT a.id AS article_id, x.* FROM {table} x "
                           f"JOIN articles a ON a.pk = x.article_pk ORDER BY a.id")
        out[table] = [{k: v for k, v in r.items() if k != "article_pk"} for r in rows]
    out["copies"] = store.check("SELECT content_hash, id FROM copies ORDER BY id")
    return out


def add_doubt_findings(store: Any) -> None:
    """Articles a, b, c of outlet Courier, each with one Doubt finding: its basis span, paragraph,
    and none (stored before newssift kept the basis)."""
    for name, basis in (("a", "span"), ("b", "paragraph"), ("c", None)):
        store._exec("INSERT INTO articles (id, content_hash, title, text, analysis, ingested_at, outlet) "
                    "VALUES (?, ?, 't', 'x', '{}', '2026-01-01', 'Courier')", (name, name))
        pk = store._rows("SELECT pk FROM articles WHERE id = ?", (name,))[0]["pk"]
        store._exec("INSERT INTO techniques (article_pk, label, basis) VALUES (?, 'Doubt', ?)", (pk, basis))
