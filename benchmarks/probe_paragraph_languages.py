"""Probe: do the other languages' SemEval-2023 subtask 3 paragraphs help the English paragraph head?

    python benchmarks/probe_paragraph_languages.py --data /work/shared/data

The techniques paragraph head (`training.persuasion_techniques`: features, options, 5 grouped fold
nets, Platt calibration and micro-F1 thresholds on English out-of-fold probabilities) is fitted twice
in one run: on the English train paragraphs alone, and with every labelled train and dev paragraph of
French, German, Italian, Polish and Russian (read through the English encoder) joining each fold's
training part. Both are scored on English out-of-fold predictions and English dev (official micro /
macro F1), the paragraph head alone (the shipped model also mixes in the word-piece head).
Writes benchmarks/results/paragraph_languages.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from training import persuasion_fit as pf  # noqa: E402
from training import persuasion_techniques as pt  # noqa: E402
from training.genre_languages import LANGUAGES  # noqa: E402
from training.persuasion_data import (  # noqa: E402
    TECHNIQUES,
    Doc,
    encode_docs,
    load_encoded,
    split_lines,
)
from training.persuasion_metrics import multilabel_f1  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "paragraph_languages.json"


def language_docs(data: Path, lang: str) -> list[Doc]:
    """`lang`'s train and dev articles with subtask 3 paragraph labels, encoded (cached)."""
    root = data / "semeval2023_task3" / lang
    docs: dict[str, Doc] = {}
    for split in ("train", "dev"):
        for path in sorted((root / f"{split}-articles-subtask-3").glob("article*.txt")):
            doc = Doc(path.stem.removeprefix("article"), path.read_text(errors="replace"), split)
            split_lines(doc)
            docs[doc.id] = doc
        labels = root / f"{split}-labels-subtask-3.txt"
        for line in labels.read_text(errors="replace").splitlines() if labels.is_file() else []:
            cols = line.rstrip("\r").split("\t")
            if len(cols) > 1 and cols[0] in docs:
                tags = cols[2].split(",") if len(cols) > 2 else []
                docs[cols[0]].line_labels[int(cols[1])] = {t for t in tags if t.strip()}
    out = [d for d in docs.values() if d.sentences and d.line_labels]
    encode_docs(out, name=f"semeval23-{lang}-st3")
    return out


def _sets(matrix: np.ndarray) -> list[set[str]]:
    return [{TECHNIQUES[k] for k in np.flatnonzero(row)} for row in matrix]


def fit_and_score(x: np.ndarray, y: np.ndarray, groups: np.ndarray, dev: tuple[np.ndarray, np.ndarray],
                  extra: tuple[np.ndarray, np.ndarray] | None) -> dict:
    def fitter(xt: np.ndarray, yt: np.ndarray, opts: pf.FitOptions) -> object:
        if extra is not None:
            xt, yt = np.concatenate([xt, extra[0]]), np.concatenate([yt, extra[1]])
        return pf.fit(xt, yt, opts)

    raw, nets = pf.oof_fit(x, y, groups, pt.PARA_OPTS, fitter=fitter)
    a, b = pf.platt(raw, y)
    thr = pf.micro_thresholds(pf.sigmoid(raw * a + b), y)
    probs = pf.bag_probs(nets, dev[0], a, b)
    return {"train_out_of_fold": multilabel_f1(_sets(y), _sets(pf.sigmoid(raw * a + b) >= thr), TECHNIQUES),
            "dev": multilabel_f1(_sets(dev[1]), _sets(probs >= thr), TECHNIQUES)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    data = parser.parse_args(argv).data
    docs = load_encoded(data)
    x, y, groups = pt.paragraph_data([d for d in docs if d.split == "train" and d.line_labels])
    dx, dy, _ = pt.paragraph_data([d for d in docs if d.split == "dev"])
    fx, fy, _ = pt.paragraph_data([d for lang in LANGUAGES for d in language_docs(data, lang)])
    report = {"english_paragraphs": len(x), "language_paragraphs": len(fx),
              "english only": fit_and_score(x, y, groups, (dx, dy), None),
              "with other languages": fit_and_score(x, y, groups, (dx, dy), (fx, fy))}
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    for name in ("english only", "with other languages"):
        r = report[name]
        print(f"{name:22} out-of-fold micro/macro {r['train_out_of_fold']['micro_f1']:.3f} / "
              f"{r['train_out_of_fold']['macro_f1']:.3f}  dev {r['dev']['micro_f1']:.3f} / "
              f"{r['dev']['macro_f1']:.3f}")


if __name__ == "__main__":
    main()
