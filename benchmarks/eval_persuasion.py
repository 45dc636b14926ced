"""Evaluate the shipped techniques, frames and genre models with the SemEval-2023 Task 3 definitions.

    python benchmarks/eval_persuasion.py --data /work/shared/data [--skip-cv] [--speed-articles 30]

- Subtask 3: micro- and macro-F1 of the SHIPPED techniques model (numpy inference code, as the
  analyzer runs it) on the 3,127 English dev paragraphs (the article files' lines), official definitions.
- Spans: soft and any-overlap P/R/F1 on the 90 dev articles' CheckThat! 2024 span gold, for the
  word-piece and sentence span modes (`span_mode` is the shipped one).
- Subtask 2 micro-F1 and subtask 1 macro-F1 by 5-fold cross-validation on the 347 labelled English
  train articles (the training procedure re-run per fold, nested thresholds; no dev gold exists).
- Each beside a TF-IDF + logistic-regression baseline measured in this run; subtask 3 and spans also
  beside the same model without its repetition head.
- Speed: seconds per article of the whole pipeline with and without the three analyzers.
Writes benchmarks/results/persuasion.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # for `training` (data readers, cached features, baselines)

import numpy as np  # noqa: E402

from newssift.analyzers.persuasion.technique_model import TechniqueModel  # noqa: E402
from newssift.heads import models_root  # noqa: E402
from training import persuasion_articles as pa  # noqa: E402
from training import persuasion_baselines as base  # noqa: E402
from training.persuasion import paragraph_baseline  # noqa: E402
from training.persuasion_data import FRAMES, GENRES, Doc, load_encoded  # noqa: E402
from training.persuasion_eval import evaluate  # noqa: E402
from training.persuasion_metrics import genre_macro_f1, multilabel_f1, span_prf  # noqa: E402
from training.persuasion_techniques import gold_spans, split_held_out  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results" / "persuasion.json"
PUBLISHED = {"subtask3_micro_f1": 0.38, "subtask2_micro_f1": 0.58, "subtask1_macro_f1": 0.78}


def techniques(docs: list[Doc]) -> dict:
    path = models_root() / "techniques"
    model = TechniqueModel.load(path)
    train = [d for d in docs if d.split == "train" and d.line_labels]
    dev = [d for d in docs if d.split == "dev"]
    repetition = json.loads((path / "config.json").read_text()).get("repetition") or {}
    out = evaluate(model, dev, repetition.get("replaced_threshold"))  # also without the repetition head
    out["baseline_dev_paragraphs"] = paragraph_baseline(train, dev)
    fit_docs, held = split_held_out(train)
    out["baseline_dev_spans"] = span_prf(gold_spans(dev), base.sentence_spans(fit_docs, held, dev))
    return out


def frames_cv(docs: list[Doc]) -> dict:
    x, y = pa.frame_data(docs)
    texts = [d.text for d in docs if d.frames is not None]
    gold = [{FRAMES[k] for k in np.flatnonzero(r)} for r in y]

    def score(pred: np.ndarray) -> dict:
        return multilabel_f1(gold, [{FRAMES[k] for k in np.flatnonzero(r)} for r in pred], FRAMES)

    return {"subtask2_cv5": score(pa.frames_cv(x, y)),
            "baseline_subtask2_cv5": score(base.multilabel_cv(texts, y))}


def genre_cv(docs: list[Doc], data: Path) -> dict:
    x, y = pa.genre_data(docs)
    texts = [d.text for d in docs if d.genre is not None]
    gold = [GENRES[i] for i in y]
    extra = pa.GenreExtra.load(data)  # as shipped; see benchmarks/eval_genre.py
    model = genre_macro_f1(gold, [GENRES[i] for i in pa.genre_cv(x, y, extra)], GENRES)
    baseline = genre_macro_f1(gold, [GENRES[i] for i in base.multiclass_cv(texts, y)], GENRES)
    return {"subtask1_cv5": {"macro_f1": model}, "baseline_subtask1_cv5": {"macro_f1": baseline}}


def speed(docs: list[Doc], n: int) -> dict:
    """Seconds per article of each analyzer over `n` dev articles, after a warm-up article."""
    from newssift.analysis import Analysis
    from newssift.text import Article

    articles = [Article(d.text, id=d.id, title=d.text.split("\n")[0]) for d in docs[: n + 1]]
    analyzers, skipped = _analyzers()
    spent = {a.name: 0.0 for a in analyzers}
    for i, article in enumerate(articles):
        analysis = Analysis.of(article)
        for analyzer in analyzers:
            start = time.perf_counter()
            analyzer.pipe([analysis])
            if i:  # the first article warms up
                spent[analyzer.name] += time.perf_counter() - start
    per = {k: v / n for k, v in spent.items()}
    ours = sum(v for k, v in per.items() if k in ("techniques", "frames", "genre"))
    rest = sum(per.values()) - ours
    return {"articles": n, "seconds_per_article": per, "ours": ours, "rest": rest,
            "added_share": ours / rest if rest else None, "analyzers": list(spent),
            "skipped": skipped}


def _analyzers() -> tuple[list, dict[str, str]]:
    """Every installed analyzer that loads and whose requirements an earlier one meets."""
    from newssift.analysis import BASE_KEYS
    from newssift.errors import NewssiftError
    from newssift.registry import available, create

    have, out, skipped = set(BASE_KEYS), [], {}
    for name in available():
        try:
            analyzer = create(name)
        except NewssiftError as err:  # another analyzer's model may be mid-retraining
            skipped[name] = str(err)
            continue
        if not set(analyzer.requires) <= have:
            skipped[name] = f"requires {analyzer.requires}"
            continue
        have.update(analyzer.assigns)
        out.append(analyzer)
    return out, skipped


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--skip-cv", action="store_true", help="skip subtasks 1 and 2 (slow)")
    parser.add_argument("--speed-articles", type=int, default=30)
    args = parser.parse_args(argv)
    docs = load_encoded(args.data)
    report: dict = {"published_best_english": PUBLISHED}
    report |= techniques(docs)
    if not args.skip_cv:
        report |= frames_cv(docs) | genre_cv(docs, args.data)
    if args.speed_articles:
        report["speed"] = speed([d for d in docs if d.split == "dev"], args.speed_articles)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    print_report(report)


def print_report(r: dict) -> None:
    rows = [(f"subtask 3 dev {m}", r["dev_paragraphs"][m], r["baseline_dev_paragraphs"][m])
            for m in ("micro_f1", "macro_f1")]
    mode = r["span_mode"]
    for name in ("soft_p", "soft_r", "soft_f1", "overlap_f1"):
        rows.append((f"spans dev {name} ({mode})", r[f"dev_spans_{mode}"][name],
                     r["baseline_dev_spans"][name]))
    if "subtask2_cv5" in r:
        rows.append(("subtask 2 cv5 micro-F1", r["subtask2_cv5"]["micro_f1"],
                     r["baseline_subtask2_cv5"]["micro_f1"]))
        rows.append(("subtask 1 cv5 macro-F1", r["subtask1_cv5"]["macro_f1"],
                     r["baseline_subtask1_cv5"]["macro_f1"]))
    print(f"{'measure':34} {'model':>7} {'TF-IDF+LR':>10}")
    for name, model, baseline in rows:
        print(f"{name:34} {model:7.3f} {baseline:10.3f}")
    if "dev_without_repetition" in r:
        w = r["dev_without_repetition"]
        print(f"without the repetition head (same run): subtask 3 dev micro / macro "
              f"{w['dev_paragraphs']['micro_f1']:.3f} / {w['dev_paragraphs']['macro_f1']:.3f}, "
              f"spans soft F1 {w['dev_spans_tokens']['soft_f1']:.3f}")
    if "speed" in r:
        s = r["speed"]
        print(f"speed: techniques+frames+genre {s['ours'] * 1000:.1f} ms/article, rest of pipeline "
              f"{s['rest'] * 1000:.1f} ms/article -> +{100 * (s['added_share'] or 0):.1f}%"
              f" (analyzers: {', '.join(s['analyzers'])}; skipped: {', '.join(s['skipped']) or '-'})")


if __name__ == "__main__":
    main()
