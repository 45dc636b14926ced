"""Score the statements analyzer on our blind held-out articles (`tests/fixtures/statements/`).

    python benchmarks/eval_statements_heldout.py [--check]

The articles and their gold (`gold.jsonl`, one attributed statement per line, spans given as text and
occurrence; format in the folder's README) were written by a session that never ran newssift on them.
Scored for the model and for the rule-only baseline in the same run:
- spans and whole attributions of statements with a cue, as `eval_statements.py` scores PolNeAR (exact
  and overlap P/R/F1, content at 0.3 overlap), counting nested statements too (the gold marks them);
- on gold statements whose cue a predicted statement overlaps (one-to-one): accuracy of the source kind
  (person, organisation, media, anonymous, document; a predicted statement without a source counts as
  unattributed), of the type (direct / indirect / mixed), of coreference (a gold source that only refers to
  someone, e.g. "she", with `refers_to` "Maria Holt": right when the predicted source entry's name holds
  its last word) and of citing chains (the gold `via` overlapped by the predicted `via`);
- quotations with no speaker (gold source and cue null): P/R/F1 of predicted sourceless, cueless
  statements whose content overlaps them.
`--check` only resolves the gold spans against the articles and reports those it cannot find.
Writes benchmarks/results/statements_heldout.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.eval_statements import Tally, _overlap, as_attributions, score_attributions  # noqa: E402
from newssift.text import Span  # noqa: E402
from training.polnear import GoldAttribution  # noqa: E402

FOLDER = ROOT / "tests" / "fixtures" / "statements"
RESULTS = ROOT / "benchmarks" / "results" / "statements_heldout.json"


@dataclass
class GoldStatement:
    """One gold line with its spans resolved to offsets."""

    spans: GoldAttribution
    kind: str
    type: str
    refers_to: str | None
    via: Span | None


def locate(text: str, item: dict[str, Any] | None) -> Span | None:
    """The `n`-th occurrence (from 1) of `item["text"]` in `text`; ValueError if there is none."""
    if item is None:
        return None
    needle, n = item["text"], int(item.get("n", 1))
    at = -1
    for _ in range(n):
        at = text.find(needle, at + 1)
        if at < 0:
            raise ValueError(f"occurrence {n} of {needle!r} not found")
    return Span(at, at + len(needle))


def load_gold(folder: Path = FOLDER) -> tuple[dict[str, str], dict[str, list[GoldStatement]], list[str]]:
    """(texts, gold statements per article, errors) from `folder/gold.jsonl` and its articles."""
    texts: dict[str, str] = {}
    gold: dict[str, list[GoldStatement]] = {}
    errors: list[str] = []
    for number, line in enumerate((folder / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            name = row["article"]
            if name not in texts:
                texts[name] = (folder / name).read_text(encoding="utf-8")
            text = texts[name]
            source, cue = locate(text, row.get("source")), locate(text, row.get("cue"))
            content = [locate(text, c) for c in row.get("content") or []]
            via = locate(text, row.get("via"))
            spans = GoldAttribution([source] if source else [], [cue] if cue else [], content)
            gold.setdefault(name, []).append(GoldStatement(spans, row["kind"], row.get("type", ""),
                                                           row.get("refers_to"), via))
        except (ValueError, KeyError, OSError, TypeError) as exc:
            errors.append(f"gold.jsonl line {number}: {exc}")
    return texts, gold, errors


def analyses_of(texts: dict[str, str]) -> list:
    """The articles through what the pipeline runs before statements (encoder, quotes, entities)."""
    from newssift.analysis import Analysis
    from newssift.analyzers.entities import EntitiesAnalyzer
    from newssift.analyzers.quotes import QuotesAnalyzer
    from newssift.encoder import EncoderAnalyzer
    from newssift.text import Article

    analyses = [Analysis.of(Article(text, id=name)) for name, text in texts.items()]
    for step in (EncoderAnalyzer(), QuotesAnalyzer(), EntitiesAnalyzer()):
        step.pipe(analyses)
    return analyses


def _kind(statement: Any, entries: dict[str, Any]) -> str:
    if statement.source is None:
        return "unattributed"
    entry = entries.get(statement.source.source_id)
    return entry.kind if entry is not None else statement.source.kind


def _pairs(pred: list[Any], gold: list[GoldStatement]) -> list[tuple[Any, GoldStatement]]:
    """Predicted and gold statements with a cue, paired one-to-one by overlapping cues."""
    pairs, used = [], set()
    for g in (g for g in gold if g.spans.cue):
        cue = g.spans.cue[0]
        for i, p in enumerate(pred):
            if i not in used and p.cue is not None and _overlap(Span(p.cue.start, p.cue.end), cue):
                used.add(i)
                pairs.append((p, g))
                break
    return pairs


class Details:
    """Right/total counts per measure on paired statements, and a kind confusion count."""

    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {}
        self.confusion: Counter[str] = Counter()

    def add(self, key: str, right: bool) -> None:
        c = self.counts.setdefault(key, [0, 0])
        c[0] += int(right)
        c[1] += 1

    def result(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: {"accuracy": round(r / n, 4), "right": r, "of": n}
                               for k, (r, n) in self.counts.items()}
        out["kind_confusion"] = dict(self.confusion.most_common())
        return out


def score_pairs(details: Details, analysis: Any, pred: list[Any], gold: list[GoldStatement]) -> None:
    entries = {e.source_id: e for e in analysis.layers.get("sources") or []}
    for p, g in _pairs(pred, gold):
        kind = _kind(p, entries)
        details.add("kind", kind == g.kind)
        if kind != g.kind:
            details.confusion[f"{g.kind} -> {kind}"] += 1
        details.add("type", p.type == g.type)
        if g.refers_to:
            entry = entries.get(p.source.source_id) if p.source is not None else None
            last = g.refers_to.split()[-1].lower()
            details.add("coreference", entry is not None and last in entry.name.lower())
        if g.via is not None:
            details.add("via", p.via is not None and _overlap(Span(p.via.start, p.via.end), g.via))


def score_unattributed(tally: Tally, pred: list[Any], gold: list[GoldStatement]) -> None:
    golds = [c for g in gold if not g.spans.cue and not g.spans.source for c in g.spans.content]
    preds = [Span(c.start, c.end) for p in pred if p.cue is None and p.source is None for c in p.content]
    found_p = sum(any(_overlap(p, g) for g in golds) for p in preds)
    found_g = sum(any(_overlap(p, g) for p in preds) for g in golds)
    tally.add("unattributed:overlap", found_p, len(preds), found_g, len(golds))


def evaluate(folder: Path = FOLDER) -> dict[str, Any]:
    from newssift.analyzers.statements import StatementsAnalyzer

    texts, gold, errors = load_gold(folder)
    if errors:
        raise SystemExit("gold does not resolve: " + "; ".join(errors[:5]))
    analyses = analyses_of(texts)
    before = [dict(a.layers) for a in analyses]
    out: dict[str, Any] = {"articles": len(texts), "gold": sum(len(v) for v in gold.values()),
                           "gold_kinds": dict(Counter(g.kind for v in gold.values() for g in v))}
    for name, analyzer in (("model", StatementsAnalyzer()), ("rules", StatementsAnalyzer(use_model=False))):
        tally, details = Tally(), Details()
        for a, layers in zip(analyses, before, strict=True):
            a.layers = dict(layers)
            analyzer(a)
            stmts, mine = a.layers["statements"], gold[a.article.id]
            cued = [s for s in stmts if s.cue is not None]
            score_attributions(tally, a.text, as_attributions(cued),
                               [g.spans for g in mine if g.spans.cue])
            score_pairs(details, a, cued, mine)
            score_unattributed(tally, stmts, mine)
        out[name] = tally.result() | details.result()
    return out


def table(r: dict[str, Any]) -> str:
    lines = [f"held-out statements: {r['articles']} articles, {r['gold']} gold statements {r['gold_kinds']}",
             f"{'system':7} {'measure':14} {'exact P/R/F1':>20} {'overlap P/R/F1':>20}"]
    for system in ("model", "rules"):
        m = r[system]
        for key in ("cue", "source", "content", "attribution", "unattributed"):
            cells = ["/".join(f"{100 * m[key][h][x]:.1f}" for x in ("p", "r", "f1")) if h in m[key] else ""
                     for h in ("exact", "overlap")]
            lines.append(f"{system:7} {key:14} {cells[0]:>20} {cells[1]:>20}")
        c30 = "/".join(f"{100 * m['content']['overlap30'][x]:.1f}" for x in ("p", "r", "f1"))
        lines.append(f"{system:7} {'content@0.3':14} {'':>20} {c30:>20}")
        acc = ", ".join(f"{k} {100 * m[k]['accuracy']:.1f} ({m[k]['right']}/{m[k]['of']})"
                        for k in ("kind", "type", "coreference", "via") if k in m)
        lines.append(f"{system:7} paired: {acc}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="only resolve the gold spans; no analysis")
    p.add_argument("--folder", type=Path, default=FOLDER)
    args = p.parse_args(argv)
    if args.check:
        texts, gold, errors = load_gold(args.folder)
        for e in errors:
            print(e)
        print(f"{len(texts)} articles, {sum(len(v) for v in gold.values())} gold statements resolved, "
              f"{len(errors)} errors")
        return 1 if errors else 0
    results = evaluate(args.folder)
    RESULTS.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
