"""How far PolNeAR's own annotators agree, scored exactly like the statements analyzer.

    python benchmarks/polnear_agreement.py --data /work/shared/data/polnear

A few PolNeAR texts were annotated by 5-6 annotators (16 train, 2 dev texts). Every ordered pair of
annotators of a text is scored with `eval_statements`' measures, one annotation as "gold" and the other
as "prediction" (so precision and recall are symmetric over all pairs). This is the human ceiling the
figures of `eval_statements.py` should be read against: a published figure above it on another corpus
(Citron on PARC 3.0) cannot be reached on PolNeAR's annotation. The shipped model is scored against every
annotator of the two dev texts (it never saw them) beside the annotators' agreement on the same texts.
Writes benchmarks/results/polnear_agreement.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import permutations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.eval_statements import (  # noqa: E402
    ROLES,
    Tally,
    as_attributions,
    score_attributions,
    scored_statements,
)
from newssift.analysis import Analysis  # noqa: E402
from newssift.text import Article  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "polnear_agreement.json"
KEYS = [f"{r}:{h}" for r in (*ROLES, "attribution") for h in ("exact", "overlap")] + ["content:overlap30"]


def agreement(texts: list[tuple[str, str, dict]]) -> dict[str, Any]:
    """Pairwise scores over every ordered pair of annotators of each text."""
    tally = Tally()
    pairs = 0
    for _, text, by_annotator in texts:
        for a, b in permutations(sorted(by_annotator), 2):
            score_attributions(tally, text, by_annotator[b], by_annotator[a])
            pairs += 1
    return tally.result() | {"pairs": pairs, "texts": len(texts)}


def model_against_annotators(texts: list[tuple[str, str, dict]]) -> dict[str, Any]:
    """The shipped statements analyzer scored against every annotator of each text (after the encoder,
    quotes and entities, as in the pipeline)."""
    from newssift.analyzers.entities import EntitiesAnalyzer
    from newssift.analyzers.quotes import QuotesAnalyzer
    from newssift.analyzers.statements import StatementsAnalyzer
    from newssift.encoder import EncoderAnalyzer

    steps = [EncoderAnalyzer(), QuotesAnalyzer(), EntitiesAnalyzer(), StatementsAnalyzer()]
    tally = Tally()
    for stem, text, by_annotator in texts:
        analysis = Analysis.of(Article(text=text, id=stem))
        for step in steps:
            step(analysis)
        pred = as_attributions(scored_statements(analysis))
        for annotator in sorted(by_annotator):
            score_attributions(tally, text, pred, by_annotator[annotator])
    return tally.result() | {"texts": len(texts)}


def evaluate(data: str | Path) -> dict[str, Any]:
    from training.polnear import load_annotations

    several = {split: [t for t in load_annotations(data, split) if len(t[2]) > 1]
               for split in ("train", "dev")}
    return {"annotators_all": agreement(several["train"] + several["dev"]),
            "annotators_dev": agreement(several["dev"]),
            "model_dev": model_against_annotators(several["dev"])}


def table(results: dict[str, Any]) -> str:
    lines = [f"{'who':16} {'measure':22} {'P':>6} {'R':>6} {'F1':>6}"]
    for who, r in results.items():
        for key in KEYS:
            role, _, how = key.partition(":")
            m = r[role][how]
            lines.append(f"{who:16} {key:22} {100 * m['p']:6.1f} {100 * m['r']:6.1f} {100 * m['f1']:6.1f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", required=True, help="the PolNeAR folder")
    args = p.parse_args(argv)
    results = evaluate(args.data)
    RESULTS.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
