"""Score the shipped techniques model on our own held-out articles (tests/fixtures/techniques/).

    python benchmarks/eval_techniques_heldout.py --data /work/shared/data [--set techniques_blind2]

`--set` names another folder of tests/fixtures in the same format: `techniques_blind2` is a second
blind set (12 articles) written in session 16 by a session that saw neither the first set nor our
technique training articles.

The articles were written and annotated by us (gold.tsv: article, paragraph, label, span) before any
model saw them; none is in SemEval. Paragraphs are blank-line-separated blocks, the headline being
paragraph 0; newssift reports techniques per body paragraph, so the headline is scored for spans only.
- Paragraph labels (SemEval subtask 3 definitions): micro- and macro-F1 over the body paragraphs, the
  shipped model (the whole default pipeline, as `newssift analyze` runs it) beside TF-IDF + LR fitted on
  the SemEval English train paragraphs in this run.
- Spans: soft and any-overlap P/R/F1 (CheckThat! 2024 style) beside TF-IDF + LR sentences.
`--data` is only needed for the baseline. Writes benchmarks/results/techniques_heldout.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # for `training` (data readers and baselines)

import numpy as np  # noqa: E402

from newssift.analysis import Analysis  # noqa: E402
from training import persuasion_baselines as base  # noqa: E402
from training.persuasion import _line_texts, _sets  # noqa: E402
from training.persuasion_data import TECHNIQUES, Doc, load_encoded  # noqa: E402
from training.persuasion_metrics import multilabel_f1, per_label_f1, span_prf  # noqa: E402
from training.persuasion_techniques import split_held_out  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "techniques"
RESULTS = ROOT / "benchmarks" / "results" / "techniques_heldout.json"


def use_set(name: str) -> None:
    """Score `tests/fixtures/<name>` and write `techniques_heldout[_<name>].json`."""
    global FIXTURES, RESULTS
    FIXTURES = ROOT / "tests" / "fixtures" / name
    suffix = "" if name == "techniques" else f"_{name.removeprefix('techniques_')}"
    RESULTS = ROOT / "benchmarks" / "results" / f"techniques_heldout{suffix}.json"
BLANK = re.compile(r"\n[ \t]*\n")


def blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each blank-line-separated block, stripped."""
    out, pos = [], 0
    for part in [*BLANK.finditer(text), None]:
        end = part.start() if part else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append((pos + lead, pos + len(chunk.rstrip())))
        pos = part.end() if part else end
    return out


def gold(analyses: dict[str, Analysis]) -> tuple[dict[str, list[set[str]]], dict[str, list]]:
    """Per article, the label set of each block, and the gold spans (label, start, end)."""
    labels = {n: [set() for _ in blocks(a.article.text)] for n, a in analyses.items()}
    spans: dict[str, list] = {n: [] for n in analyses}
    lines = (FIXTURES / "gold.tsv").read_text(encoding="utf-8").splitlines()[1:]
    for row in (line.split("\t") for line in lines if line.strip()):
        name, paragraph, label, span = row[0], int(row[1]), row[2], row[3]
        text = analyses[name].article.text
        a, b = blocks(text)[paragraph]
        at = text.find(span, a, b)
        if at < 0 or label not in TECHNIQUES:
            raise SystemExit(f"gold.tsv: {name} paragraph {paragraph}: {label} {span!r} not found")
        labels[name][paragraph].add(label)
        spans[name].append((label, at, at + len(span)))
    return labels, spans


def analyse_all() -> dict[str, Analysis]:
    from newssift.ingest import read_path
    from newssift.registry import build_pipeline

    pipeline = build_pipeline()
    return {p.name: pipeline(next(read_path(p))) for p in sorted(FIXTURES.glob("*.txt"))}


def model_paragraphs(analyses: dict[str, Analysis]) -> dict[str, list[set[str]]]:
    """Per article, the shipped model's labels for each block (the headline block gets none)."""
    out = {}
    for name, analysis in analyses.items():
        doc = analysis.to_dict()
        spans = blocks(analysis.article.text)
        found: list[set[str]] = [set() for _ in spans]
        for row in doc["paragraph_techniques"]:
            start = doc["paragraphs"][row["paragraph"]]["start"]
            k = next(i for i, (a, b) in enumerate(spans) if a <= start < b + 1)
            found[k] |= set(row["labels"])
        out[name] = found
    return out


def evaluate(data: Path) -> dict:
    analyses = analyse_all()
    gold_labels, gold_spans = gold(analyses)
    found = model_paragraphs(analyses)
    names = sorted(analyses)
    body_gold = [s for n in names for s in gold_labels[n][1:]]
    body_model = [s for n in names for s in found[n][1:]]
    docs = load_encoded(data)
    train = [d for d in docs if d.split == "train" and d.line_labels]
    texts = [analyses[n].article.text[a:b] for n in names for a, b in blocks(analyses[n].article.text)[1:]]
    tr_texts, ytr, gtr = _line_texts(train)
    body_base = _sets(base.multilabel(tr_texts, ytr, gtr, texts), TECHNIQUES)
    model_spans = {n: [(t["label"], t["start"], t["end"]) for t in analyses[n].to_dict()["techniques"]]
                   for n in names}
    test = [Doc(n, analyses[n].article.text, "test", sentences=list(analyses[n].sentences),
                spans=gold_spans[n]) for n in names]
    fit_docs, held = split_held_out(train)
    return {
        "articles": len(names), "body_paragraphs": len(body_gold),
        "gold_labels": int(sum(len(s) for s in body_gold)), "gold_spans": sum(map(len, gold_spans.values())),
        "paragraphs": {"newssift": multilabel_f1(body_gold, body_model, TECHNIQUES),
                       "tfidf_lr": multilabel_f1(body_gold, body_base, TECHNIQUES)},
        "paragraph_per_label": per_label_f1(body_gold, body_model, TECHNIQUES),
        "spans": {"newssift": span_prf(gold_spans, model_spans),
                  "tfidf_lr_sentences": span_prf(gold_spans, base.sentence_spans(fit_docs, held, test))},
        "per_article": {n: {"gold": [sorted(s) for s in gold_labels[n]],
                            "newssift": [sorted(s) for s in found[n]]} for n in names},
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True,
                        help="folder holding semeval2023_task3/ and checkthat2024_task3_spans/ (baseline)")
    parser.add_argument("--set", default="techniques", help="the folder of tests/fixtures to score")
    args = parser.parse_args(argv)
    use_set(args.set)
    report = evaluate(args.data)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    print(f"{report['articles']} articles, {report['body_paragraphs']} body paragraphs, "
          f"{report['gold_labels']} paragraph labels, {report['gold_spans']} gold spans")
    for k, v in report["paragraphs"].items():
        print(f"  paragraphs {k:22} micro-F1 {v['micro_f1']:.3f} macro-F1 {v['macro_f1']:.3f}")
    for k, v in report["spans"].items():
        print(f"  spans      {k:22} soft P/R/F1 {v['soft_p']:.3f} / {v['soft_r']:.3f} / "
              f"{v['soft_f1']:.3f}  overlap F1 {v['overlap_f1']:.3f}")
    print("  per label (support, F1):", {k: (v["support"], round(v["f1"], 2))
                                          for k, v in report["paragraph_per_label"].items() if v["support"]})


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
