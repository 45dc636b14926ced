"""Score the statements analyzer on PolNeAR the way Citron reports PARC 3.0, model beside the rule-only
baseline in the same run, and time it against the encoder.

    python benchmarks/eval_statements.py --data /work/shared/data/polnear [--split dev]

Spans: cue, source and content fragments (brat's discontinuous spans count fragment by fragment).
- exact: identical offsets after trimming spaces; overlap: any shared character, matched one-to-one;
  `content@0.3`: overlap of at least 30% of the longer span (the SFU Gender Gap Tracker's quote match).
- attribution: a statement matches a gold attribution (one-to-one) when its cue, source and content each
  match (overlap, or exact extents for `exact`); no source matches no source.
Only statements with a cue and not nested inside another statement's content are scored: PolNeAR marks
one attribution per token and has no unattributed quotations. Each text first gets what the pipeline
runs before statements (encoder, quotes, entities), since statements read those layers when present.
Writes benchmarks/results/statements.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newssift.analysis import Analysis  # noqa: E402
from newssift.analyzers.entities import EntitiesAnalyzer  # noqa: E402
from newssift.analyzers.quotes import QuotesAnalyzer  # noqa: E402
from newssift.analyzers.statements import StatementsAnalyzer  # noqa: E402
from newssift.encoder import EncoderAnalyzer  # noqa: E402
from newssift.heads import models_root  # noqa: E402
from newssift.text import Span  # noqa: E402
from training.polnear import GoldAttribution, GoldDoc, analysis_of, load_split  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "statements.json"
ROLES = ("cue", "source", "content")


def _trim(text: str, s: Span) -> Span:
    a, b = s.start, s.end
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Span(a, b)


def _prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> dict[str, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def _match_count(pred: list[Span], gold: list[Span], ok) -> int:
    """Greedy one-to-one matching, largest overlap first."""
    pairs = sorted(((min(p.end, g.end) - max(p.start, g.start), i, j) for i, p in enumerate(pred)
                    for j, g in enumerate(gold) if ok(p, g)), reverse=True)
    used_p, used_g = set(), set()
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    return len(used_p)


def _overlap(p: Span, g: Span) -> bool:
    return p.start < g.end and g.start < p.end


def _overlap30(p: Span, g: Span) -> bool:
    return (min(p.end, g.end) - max(p.start, g.start)) >= 0.3 * max(len(p), len(g))


class Tally:
    """Counts for one system over a split."""

    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {}

    def add(self, key: str, tp_p: int, n_p: int, tp_g: int, n_g: int) -> None:
        c = self.counts.setdefault(key, [0, 0, 0, 0])
        for i, v in enumerate((tp_p, n_p, tp_g, n_g)):
            c[i] += v

    def result(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, c in self.counts.items():
            role, _, how = key.partition(":")
            out.setdefault(role, {})[how] = _prf(*c)
        return out


def scored_statements(analysis: Analysis) -> list[dict[str, Any]]:
    stmts = [s for s in analysis.layers["statements"] if s.cue is not None]
    contents = [c for s in stmts for c in s.content]
    return [s for s in stmts
            if not any(c.start <= s.cue.start and s.cue.end <= c.end for c in contents)]


def score_doc(tally: Tally, analysis: Analysis, doc: GoldDoc) -> None:
    score_attributions(tally, doc.text, as_attributions(scored_statements(analysis)), doc.attributions)


def as_attributions(stmts: list) -> list[GoldAttribution]:
    """Statements in the gold's shape: source (none or one span), cue (one span), content spans."""
    return [GoldAttribution([Span(s.source.start, s.source.end)] if s.source else [],
                            [Span(s.cue.start, s.cue.end)], [Span(c.start, c.end) for c in s.content])
            for s in stmts]


def score_attributions(tally: Tally, text: str, pred: list[GoldAttribution],
                       gold: list[GoldAttribution]) -> None:
    """Adds one text's span and whole-attribution counts of `pred` against `gold` to `tally`."""
    for role in ROLES:
        gold_spans = sorted({_trim(text, s) for a in gold for s in getattr(a, role)})
        pred_spans = sorted({_trim(text, s) for a in pred for s in getattr(a, role)})
        exact = len(set(gold_spans) & set(pred_spans))
        tally.add(f"{role}:exact", exact, len(pred_spans), exact, len(gold_spans))
        m = _match_count(pred_spans, gold_spans, _overlap)
        tally.add(f"{role}:overlap", m, len(pred_spans), m, len(gold_spans))
        if role == "content":
            m = _match_count(pred_spans, gold_spans, _overlap30)
            tally.add("content:overlap30", m, len(pred_spans), m, len(gold_spans))
    for how in ("exact", "overlap"):
        m = _attribution_matches(text, pred, gold, how)
        tally.add(f"attribution:{how}", m, len(pred), m, len(gold))


def _attribution_matches(text: str, pred: list[GoldAttribution], gold: list[GoldAttribution],
                         how: str) -> int:
    def extent(spans: list[Span]) -> Span | None:
        return _trim(text, Span(min(s.start for s in spans), max(s.end for s in spans))) if spans else None

    def same(p: Span | None, g: Span | None) -> bool:
        if p is None or g is None:
            return p is None and g is None
        return p == g if how == "exact" else _overlap(p, g)

    used: set[int] = set()
    for a in pred:
        for j, g in enumerate(gold):
            if j not in used and all(same(extent(getattr(a, r)), extent(getattr(g, r))) for r in ROLES):
                used.add(j)
                break
    return len(used)


def evaluate(data: str | Path, split: str = "dev", model_dir: str | Path | None = None) -> dict[str, Any]:
    """Scores of the model and of the rule-only baseline on one PolNeAR split, plus timings."""
    docs = load_split(data, split)
    analyses = [analysis_of(d) for d in docs]
    EncoderAnalyzer().pipe(analyses)  # encoded exactly as the pipeline encodes them
    for earlier in (QuotesAnalyzer(), EntitiesAnalyzer()):  # what the pipeline runs before statements
        earlier.pipe(analyses)
    before = [dict(a.layers) for a in analyses]
    model_dir = Path(model_dir) if model_dir else models_root() / "statements"
    systems = {"model": StatementsAnalyzer(model_dir=model_dir), "rules": StatementsAnalyzer(use_model=False)}
    out: dict[str, Any] = {"split": split, "texts": len(docs),
                           "gold": sum(len(d.attributions) for d in docs), "model_dir": str(model_dir)}
    for name, analyzer in systems.items():
        tally = Tally()
        for a, d, layers in zip(analyses, docs, before, strict=True):
            a.layers = dict(layers)
            analyzer(a)
            score_doc(tally, a, d)
        out[name] = tally.result()
    out["speed"] = measure_speed(docs[:20], systems["model"])
    return out


def measure_speed(docs: list[GoldDoc], analyzer: StatementsAnalyzer, repeats: int = 5) -> dict[str, Any]:
    """ms per article: the shared encoder (fresh, uncached) vs the statements analyzer on its output.

    Alternates the two `repeats` times on the same articles and keeps each one's fastest run, so a
    busy shared machine skews both alike."""
    from newssift.encoder import EncoderAnalyzer
    from training.polnear import analysis_of

    encoder = EncoderAnalyzer()
    best_enc = best_stm = float("inf")
    for _ in range(repeats):
        analyses = [analysis_of(d) for d in docs]
        t0 = time.perf_counter()
        encoder.pipe(analyses)
        t1 = time.perf_counter()
        analyzer.pipe(analyses)
        t2 = time.perf_counter()
        best_enc, best_stm = min(best_enc, t1 - t0), min(best_stm, t2 - t1)
    enc, stm = 1000 * best_enc / len(docs), 1000 * best_stm / len(docs)
    return {"articles": len(docs), "encoder_ms_per_article": round(enc, 1),
            "statements_ms_per_article": round(stm, 1), "share_of_encoder": f"{100 * stm / enc:.1f}%"}


def write_results(results: dict[str, Any], path: Path = RESULTS) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")


def table(results: dict[str, Any]) -> str:
    head = f"{'system':7} {'span':12} {'exact P/R/F1':>20} {'overlap P/R/F1':>20}"
    lines = [f"PolNeAR {results['split']}: {results['texts']} texts, {results['gold']} attributions", head]
    for system in ("model", "rules"):
        for key in ("cue", "source", "content", "attribution"):
            m = results[system][key]
            cells = ["/".join(f"{100 * m[h][x]:.1f}" for x in ("p", "r", "f1")) for h in ("exact", "overlap")]
            lines.append(f"{system:7} {key:12} {cells[0]:>20} {cells[1]:>20}")
        c30 = results[system]["content"]["overlap30"]
        lines.append(f"{system:7} {'content@0.3':12} {'':>20} "
                     f"{'/'.join(f'{100 * c30[x]:.1f}' for x in ('p', 'r', 'f1')):>20}")
    sp = results["speed"]
    lines.append(f"speed: encoder {sp['encoder_ms_per_article']} ms/article, statements "
                 f"{sp['statements_ms_per_article']} ms/article ({sp['share_of_encoder']} of the encoder)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", required=True, help="the PolNeAR folder")
    p.add_argument("--split", default="dev")
    p.add_argument("--model", default=None, help="model directory (default: the shipped one)")
    args = p.parse_args(argv)
    results = evaluate(args.data, args.split, args.model)
    write_results(results)
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
