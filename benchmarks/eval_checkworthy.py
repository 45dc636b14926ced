"""Evaluate the shipped check-worthiness head: positive-class F1 on CLEF CheckThat! 2024 dev and dev-test.

    python benchmarks/eval_checkworthy.py --data /work/shared/data/checkworthy

The model decides at its calibrated 0.5 (the threshold its training run chose: by cross-validation
over train+dev, or on dev for a model trained with `--select dev`; see its card). Beside it, in the
same run, a TF-IDF (word 1–2-grams) + logistic-regression baseline: trained on train at 0.5 and at the
threshold best on dev, and under the model's own procedure (threshold from 5-fold out-of-fold
predictions over train+dev, fitted on train+dev). When dev is in the model's training data its dev row
is not held out. (The official n-gram baseline scored 0.599 F1 on dev-test.)
Writes benchmarks/results/checkworthy.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # for `training` (data readers, cached features)

import numpy as np  # noqa: E402

from newssift.analyzers.checkworthy import CheckworthyModel, sentence_inputs  # noqa: E402
from training.checkworthy import baseline_probs, best_threshold, scores  # noqa: E402
from training.checkworthy_cv import baseline_cv  # noqa: E402
from training.checkworthy_data import read_clef  # noqa: E402
from training.common import encode_cached  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results" / "checkworthy.json"
SPLITS = ("dev", "dev-test")


def model_scores(model: CheckworthyModel, texts: list[str], name: str) -> np.ndarray:
    encoded = encode_cached(texts, name)
    rows = np.stack([sentence_inputs(e.vector, e.tokens, t) for e, t in zip(encoded, texts)])
    return model.scores(rows)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", required=True, help="folder with clef2024_en/")
    p.add_argument("--model", default=None, help="model directory (default: the shipped one)")
    args = p.parse_args(argv)
    root = Path(args.data)
    splits = {s: read_clef(root, s) for s in SPLITS}
    model = CheckworthyModel(args.model)
    train = read_clef(root, "train")
    base = baseline_probs(train, splits)
    tuned, _ = best_threshold(base["dev"], np.asarray(splits["dev"].labels))
    cv_t, _, cv_probs = baseline_cv(train + splits["dev"], splits, 5, 7)
    results = {}
    for s, d in splits.items():
        y = np.asarray(d.labels, np.float32)
        results[s] = {
            "model": scores(model_scores(model, d.texts, f"checkworthy-{s}"), y, 0.5),
            "tfidf_lr_baseline@0.5": scores(base[s], y, 0.5),
            f"tfidf_lr_baseline@{tuned:.2f}(dev)": scores(base[s], y, tuned),
            f"tfidf_lr_train+dev@{cv_t:.2f}(cv)": scores(cv_probs[s], y, cv_t),
        }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(f"{'split':<9} {'system':<32} {'F1':>6} {'P':>6} {'R':>6} {'n':>5}")
    for s, r in results.items():
        for system, m in r.items():
            print(f"{s:<9} {system:<32} {m['f1']:6.3f} {m['precision']:6.3f} {m['recall']:6.3f} "
                  f"{m['n']:5d}")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
