"""Evaluate the shipped NER head: conlleval exact span + type P/R/F1 on CoNLL-2003 val and UNER EWT dev.

    python benchmarks/eval_entities.py --data /work/shared/data/ner

Beside it, in the same run, the CoNLL-2003 shared-task lexicon baseline (phrases seen as entities in
CoNLL-2003 train, with their most frequent type, longest match first). UNER EWT has no MISC type: it
is scored as given (a predicted MISC is a false positive) and, as a second line, with MISC predictions
dropped. Writes benchmarks/results/entities.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # for `training` (data readers, cached features)

from newssift.analyzers.entities import NerModel  # noqa: E402
from training.common import encode_cached  # noqa: E402
from training.ner_data import Sentences, piece_labels, read_split  # noqa: E402
from training.nereval import lexicon, lexicon_tags, prf, sentence_tags  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results" / "entities.json"


def model_tags(model: NerModel, split: Sentences, name: str) -> list[list[str]]:
    encoded = encode_cached(split.texts, f"ner-{name}")
    rows = [model.features(t, e) for t, e in zip(split.texts, encoded)]
    out = []
    for toks, tags, enc, (path, _) in zip(split.tokens, split.tags, encoded, model.tag(rows)):
        _, first = piece_labels(toks, tags, enc.offsets)
        out.append(sentence_tags(path, first))
    return out


def without_misc(tags: list[list[str]]) -> list[list[str]]:
    return [[t if not t.endswith("MISC") else "O" for t in s] for s in tags]


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", required=True, help="folder with conll2003_en/ and uner_en_ewt/")
    p.add_argument("--model", default=None, help="model directory (default: the shipped one)")
    args = p.parse_args(argv)
    root = Path(args.data)
    model = NerModel(args.model)
    phrases = lexicon(read_split(root, "conll_train"))
    results = {}
    for split in ("conll_val", "uner_dev"):
        data = read_split(root, split)
        t0 = time.time()
        pred = model_tags(model, data, split)
        seconds = time.time() - t0
        base = [lexicon_tags(t, phrases) for t in data.tokens]
        results[split] = {"model": prf(data.tags, pred), "lexicon_baseline": prf(data.tags, base),
                          "sentences": len(data.tokens), "model_seconds": round(seconds, 1)}
        if split == "uner_dev":
            results[split]["model_no_misc"] = prf(data.tags, without_misc(pred))
            results[split]["lexicon_baseline_no_misc"] = prf(data.tags, without_misc(base))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print_table(results)


def print_table(results: dict) -> None:
    print(f"{'split':<11} {'system':<26} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    for split, r in results.items():
        for system, m in r.items():
            if isinstance(m, dict):
                print(f"{split:<11} {system:<26} {m['precision']:6.2f} {m['recall']:6.2f} "
                      f"{m['f1']:6.2f} {m['gold']:6d}")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
