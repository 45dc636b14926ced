"""Evaluate the genre head (opinion / reporting / satire) where it is used: on news it has not seen.

    python benchmarks/eval_genre.py --data /work/shared/data

Three measures, each for the SHIPPED design (SemEval-2023 English labels, PolNeAR hard news as weakly
labelled reporting, `training/genre_news.py`, and our own labelled articles, `training/genre_own.py`)
beside, in the same run, the designs shipped before (with the other languages' SemEval-2023 subtask 1
articles too, `training/genre_languages.py`, shipped in session 14; with the languages but without our
own articles, shipped until session 13; SemEval English labels only) and a TF-IDF +
logistic-regression baseline on the SemEval labels:
- SemEval-2023 subtask 1 macro-F1 by 5-fold cross-validation on the 347 labelled English train
  articles (nested: every fold re-runs the fit; the PolNeAR rows join the training part only);
- the share of the 60 PolNeAR dev hard-news articles (a later month than train) called reporting;
- accuracy and macro-F1 on our own held-out articles (`tests/fixtures/articles/genres.tsv`: opinion
  columns, satire written as wire reports, and reports of many kinds, written blind to the model but
  read while choosing designs since), the shipped model run by the genre analyzer itself;
- the same on the blind set (`tests/fixtures/genre/labels.tsv`, written by a session that never ran
  newssift, and used for no choice).
Writes benchmarks/results/genre.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # for `training` (data readers, cached features, baselines)

import numpy as np  # noqa: E402

from training import genre_news  # noqa: E402
from training import persuasion_articles as pa  # noqa: E402
from training import persuasion_baselines as base  # noqa: E402
from training.persuasion_data import GENRES, load_encoded  # noqa: E402
from training.persuasion_metrics import genre_macro_f1  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "genre.json"
HELD_OUT = {"held_out": ROOT / "tests" / "fixtures" / "articles" / "genres.tsv",
            "blind": ROOT / "tests" / "fixtures" / "genre" / "labels.tsv"}
SYSTEMS = ("shipped design", "with languages", "no own articles", "SemEval only", "TF-IDF+LR")


def held_out(path: Path) -> tuple[list[str], list[str], list[str]]:
    """(names, texts, gold genres) of the articles a `<file>\t<genre>` list names (paths relative to it)."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [(path.parent / name).read_text(encoding="utf-8") for name, _ in rows]
    return [name for name, _ in rows], texts, [genre.strip() for _, genre in rows]


def shipped_labels(texts: list[str]) -> tuple[list[str], np.ndarray]:
    """The shipped genre analyzer's labels for `texts`, and its input rows (not standardised)."""
    from newssift.analysis import Analysis
    from newssift.analyzers.genre import raw_features
    from newssift.registry import create
    from newssift.text import Article

    encoder, genre = create("encoder"), create("genre")
    analyses = [Analysis.of(Article(t, id=str(i))) for i, t in enumerate(texts)]
    genre.pipe(encoder.pipe(analyses))
    return [a.layers["genre"].label for a in analyses], np.concatenate([raw_features(a) for a in analyses])


def scores(gold: list[str], pred: list[str]) -> dict:
    right = sum(g == p for g, p in zip(gold, pred, strict=True))
    return {"accuracy": right / len(gold), "macro_f1": genre_macro_f1(gold, pred, GENRES),
            "right": right, "articles": len(gold)}


def evaluate(data: Path) -> dict:
    docs = load_encoded(data)
    x, y = pa.genre_data(docs)
    texts = [d.text for d in docs if d.genre is not None]
    full = pa.GenreExtra.load(data)
    designs = {SYSTEMS[0]: full.without_languages(), SYSTEMS[1]: full, SYSTEMS[2]: full.without_own(),
               SYSTEMS[3]: None}
    dev = genre_news.hard_news_rows(data, "dev")
    gold = [GENRES[i] for i in y]
    cv = {k: pa.genre_cv(x, y, e) for k, e in designs.items()} | {
        SYSTEMS[4]: base.multiclass_cv(texts, y)}
    fits = {k: pa.fit_genre(x, y, e) for k, e in designs.items()}
    vec, lr = base.multiclass_fit(texts, y)

    def predict(held_texts: list[str]) -> dict[str, list[str]]:
        shipped, held_x = shipped_labels(held_texts)
        held = {SYSTEMS[0]: shipped} | {k: [GENRES[i] for i in fits[k].logits(held_x).argmax(1)]
                                        for k in SYSTEMS[1:4]}
        return held | {SYSTEMS[4]: [GENRES[i] for i in lr.predict(vec.transform(held_texts))]}

    reporting = GENRES.index("reporting")
    report = {
        "semeval_cv5_macro_f1": {k: genre_macro_f1(gold, [GENRES[i] for i in v], GENRES)
                                 for k, v in cv.items()},
        "polnear_dev_hard_news_reporting_share": {
            k: float((m.logits(dev).argmax(1) == reporting).mean()) for k, m in fits.items()
        } | {"articles": len(dev)},
    }
    for key, path in HELD_OUT.items():
        if not path.is_file():
            continue
        names, held_texts, held_gold = held_out(path)
        held = predict(held_texts)
        report[key] = {k: scores(held_gold, v) for k, v in held.items()}
        report[f"{key}_predictions"] = {n: {"gold": g} | {k: v[i] for k, v in held.items()}
                                        for i, (n, g) in enumerate(zip(names, held_gold, strict=True))}
    return report


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder holding semeval2023_task3/ "
                        "and polnear/")
    report = evaluate(parser.parse_args(argv).data)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    cv, share = report["semeval_cv5_macro_f1"], report["polnear_dev_hard_news_reporting_share"]
    sets = [k for k in HELD_OUT if k in report]
    print(f"{'system':16} {'SemEval cv5 macro-F1':>21} {'PolNeAR dev reporting':>22}"
          + "".join(f" {k + ' acc / macro-F1':>26}" for k in sets))
    for k in SYSTEMS:
        dev = f"{share[k]:.3f}" if k in share else "-"
        cells = "".join(f" {report[s][k]['accuracy']:.3f} / {report[s][k]['macro_f1']:.3f}".rjust(27)
                        for s in sets)
        print(f"{k:16} {cv[k]:21.3f} {dev:>22}{cells}")
    for s in sets:
        for name, row in report[f"{s}_predictions"].items():
            marks = " ".join(f"{k}={v}" for k, v in row.items())
            print(f"  {s} {name}: {marks}")


if __name__ == "__main__":
    main()
