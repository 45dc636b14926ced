"""Train the `techniques`, `frames` and `genre` models on SemEval-2023 Task 3 (English) and write them.

    python -m training.persuasion --data /work/shared/data [--only techniques,frames,genre]

Heads on the frozen shared encoder (features cached under cache/). `techniques` is fitted on the 446
train articles only and scored on the 90 dev articles (paragraph labels: subtask 3; spans: CheckThat!
2024 span gold); `frames` and `genre` are scored by 5-fold cross-validation on the 347 labelled train
articles and then fitted on all of them. Each model directory gets its model card with those scores
beside a TF-IDF + logistic-regression baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from newssift.analyzers.persuasion.style import STYLE_NAMES
from newssift.analyzers.persuasion.technique_model import TechniqueModel
from newssift.heads import ModelDir
from training import genre_news
from training import persuasion_articles as pa
from training import persuasion_baselines as base
from training import persuasion_cards as cards
from training import persuasion_context as pc
from training import persuasion_fit as pf
from training import persuasion_repetition as prep
from training import persuasion_techniques as pt
from training import persuasion_tokens as ptok
from training.common import save_model_dir
from training.persuasion_data import FRAMES, GENRES, TECHNIQUES, Doc, load_encoded
from training.persuasion_eval import evaluate
from training.persuasion_metrics import genre_macro_f1, multilabel_f1, span_prf
from training.techniques_own import load_own_encoded

OUT = Path(__file__).resolve().parents[1] / "src" / "newssift" / "models"


def _sets(matrix: np.ndarray, labels: list[str]) -> list[set[str]]:
    return [{labels[k] for k in np.flatnonzero(row)} for row in matrix]


def _line_texts(docs: list[Doc]) -> tuple[list[str], np.ndarray, np.ndarray]:
    texts, ys, groups = [], [], []
    for doc in docs:
        for number, span in doc.lines:
            if number in doc.line_labels:
                texts.append(doc.text[span.start : span.end])
                ys.append([t in doc.line_labels[number] for t in TECHNIQUES])
                groups.append(doc.id)
    return texts, np.asarray(ys, np.float32), np.asarray(groups)


def paragraph_baseline(train: list[Doc], dev: list[Doc]) -> dict:
    tr_texts, ytr, gtr = _line_texts(train)
    dev_texts, ydev, _ = _line_texts(dev)
    pred = base.multilabel(tr_texts, ytr, gtr, dev_texts)
    return multilabel_f1(_sets(ydev, TECHNIQUES), _sets(pred, TECHNIQUES), TECHNIQUES)


def train_techniques(docs: list[Doc], out: Path, own: list[Doc] | None = None) -> dict:
    """Fit on the train articles (and `own`, our annotated articles), write the model, score the
    written model on dev, write the card. Baselines learn from the SemEval train articles only."""
    semeval = [d for d in docs if d.split == "train" and d.line_labels]
    train = semeval + list(own or [])
    dev = [d for d in docs if d.split == "dev"]
    para = pt.fit_paragraphs(train)
    raw, token_nets = ptok.oof_logits(train)
    a, b = ptok.calibrate(raw, train)
    probs = ptok.apply(raw, a, b)
    _, y, _ = pt.paragraph_data(train)
    tokmax = ptok.paragraph_token_max(train, probs)
    mix = ptok.choose_mix(para.oof, tokmax, y)
    mixed = ptok.mixed(para.oof, tokmax, mix)
    n_semeval = sum(1 for d in semeval for number, _ in d.lines if number in d.line_labels)
    para_thr = real_news_thresholds(mixed, y, n_semeval)
    rep_tensors, rep_config, para_thr[prep.K] = prep.fit(train, probs, mixed, para_thr)
    repetition = (rep_tensors, rep_config)
    gold = _sets(y, TECHNIQUES)
    oof = {"paragraph_head": multilabel_f1(gold, _sets(para.oof >= para.thresholds, TECHNIQUES),
                                           TECHNIQUES),
           "mixed": multilabel_f1(gold, _sets(mixed >= para_thr, TECHNIQUES), TECHNIQUES)}
    print("  subtask 3 out-of-fold on train:", oof, flush=True)
    token, oof["spans"] = _token_thresholds(train, probs, pt.paragraph_gate(train, mixed, para_thr))
    token.a, token.b = a, b
    token.net = token_nets if pt.TOKEN_BAG else ptok.fit_net(train)
    fit_docs, held = pt.split_held_out(train)
    sentence, sentence_score = pt.sentence_head(fit_docs, held)
    sentence.net = pf.fit(*pt.sentence_data(train), pt.SENT_OPTS)
    mode = "tokens" if oof["spans"]["soft_f1"] >= sentence_score["soft_f1"] else "sentences"
    oof["sentence_spans_held_out"] = sentence_score
    spans = pt.SpanHeads(token, sentence, mode, {})
    para = pt.Calibrated(para.net, para.a, para.b, para_thr)
    path = out / "techniques"
    write_techniques(path, para, mix, spans, {}, repetition)
    metrics = evaluate(TechniqueModel.load(path), dev, rep_config["replaced_threshold"])
    metrics["train_out_of_fold"] = oof
    metrics["own_articles"] = {"articles": len(own or []),
                               "spans": sum(len(d.spans) for d in own or [])}
    metrics["baseline_dev_paragraphs"] = paragraph_baseline(semeval, dev)
    fit_base, held_base = pt.split_held_out(semeval)
    metrics["baseline_dev_spans"] = span_prf(pt.gold_spans(dev), base.sentence_spans(
        fit_base, held_base, dev))
    print("  dev:", {k: metrics[k] for k in ("dev_paragraphs", "baseline_dev_paragraphs")},
          {k: round(metrics[k]["soft_f1"], 4) for k in ("dev_spans_tokens", "dev_spans_sentences",
                                                          "baseline_dev_spans")}, flush=True)
    write_techniques(path, para, mix, spans, metrics, repetition)
    return metrics


def add_repetition(docs: list[Doc], out: Path) -> dict:
    """Fit the repetition head onto the saved techniques model (its fold nets give the out-of-fold
    inputs), then score it on dev again and rewrite its card; the other heads stay as they are."""
    path = out / "techniques"
    model, saved = TechniqueModel.load(path), ModelDir.load(path)
    train = [d for d in docs if d.split == "train" and d.line_labels]
    thresholds = model.paragraph.thresholds.copy()
    thresholds[prep.K] = saved.config.get("repetition", {}).get("replaced_threshold", thresholds[prep.K])
    tensors, config, saved.config["paragraph"]["thresholds"][prep.K] = prep.fit(
        train, *prep.saved_oof(train, model), thresholds)
    saved.config["repetition"] = config
    save_model_dir(path, saved.tensors | tensors, saved.config, TECHNIQUES, "# being rescored\n")
    return rescore_techniques(docs, out)


def rescore_techniques(docs: list[Doc], out: Path) -> dict:
    """Score the saved techniques model on dev again and rewrite its config metrics and card.

    For changes to inference-only code (e.g. span filtering): the weights and thresholds stay."""
    path = out / "techniques"
    config = json.loads((path / "config.json").read_text())
    dev = [d for d in docs if d.split == "dev"]
    replaced = (config.get("repetition") or {}).get("replaced_threshold")
    config["metrics"] |= evaluate(TechniqueModel.load(path), dev, replaced)
    (path / "config.json").write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")
    (path / "README.md").write_text(cards.techniques(config))
    return config["metrics"]


def real_news_thresholds(probs: np.ndarray, y: np.ndarray, n: int) -> np.ndarray:
    """Paragraph thresholds maximising out-of-fold micro-F1 on the first `n` rows (SemEval's real news:
    our own articles are far denser in techniques, 80% of paragraphs labelled); a label only our own
    articles carry keeps the threshold chosen on all rows."""
    thr = pf.micro_thresholds(probs[:n], y[:n])
    if n < len(y):
        unseen = y[:n].sum(0) == 0
        thr[unseen] = pf.micro_thresholds(probs, y)[unseen]
    return thr


def _token_thresholds(train: list[Doc], probs: ptok.PerDoc,
                      gate: pt.Gate) -> tuple[pt.Calibrated, dict]:
    """Span thresholds on out-of-fold probabilities; gated ones kept when they score higher."""
    thr = pt.label_thresholds(train, lambda t, ks: pt.decode_tokens(train, probs, t, ks))
    score = span_prf(pt.gold_spans(train), pt.decode_tokens(train, probs, thr))
    gated = np.minimum(thr, pt.label_thresholds(
        train, lambda t, ks: pt.decode_tokens(train, probs, thr, ks, gate=gate, gated=t),
        floor=0.05, ceiling=thr))
    gated_score = span_prf(pt.gold_spans(train), pt.decode_tokens(train, probs, thr, gate=gate,
                                                                  gated=gated))
    print(f"  out-of-fold span soft F1 {score['soft_f1']:.3f}, paragraph-gated "
          f"{gated_score['soft_f1']:.3f}", flush=True)
    if gated_score["soft_f1"] > score["soft_f1"]:
        return pt.Calibrated(None, None, None, thr, gated=gated), gated_score
    return pt.Calibrated(None, None, None, thr), score


def write_techniques(path: Path, para: pt.Calibrated, mix: np.ndarray | None, spans: pt.SpanHeads,
                     metrics: dict, repetition: tuple[dict, dict] | None = None) -> None:
    """The techniques model directory: three heads, their calibration, the span mode, the repetition
    head (`prep.fit`'s tensors and config), the card."""
    nets = spans.token.net if isinstance(spans.token.net, list) else [spans.token.net]
    context = isinstance(nets[0], pc.ContextTagger)
    tensors = (pf.tensors(para.net, "para.") | pf.tensors(spans.sentence.net, "sent.")
               | (pc.tensors(nets, "tok.") if context else pf.tensors(spans.token.net, "tok.")))
    paragraph = para.config("para.") | ({"mix": mix.tolist()} if mix is not None else {})
    token = spans.token.config("tok.")
    if context:
        token |= {"prefix": pf.bag_prefixes(nets, "tok.")} | pc.head_config(nets)
    config = {"version": 1, "encoder": "all-MiniLM-L6-v2 (newssift shared, ONNX uint8)",
              "paragraph": paragraph, "tokens": token,
              "sentences": spans.sentence.config("sent."), "span_mode": spans.mode, "max_gap": 1,
              "window": pt.TOKEN_WINDOW, "token_mid": pt.TOKEN_MID,
              "paragraph_mid": pt.PARAGRAPH_MID, "evidence_floor": pt.EVIDENCE_FLOOR,
              "span_extend": pt.SPAN_EXTEND, "metrics": metrics}
    if repetition:
        tensors |= repetition[0]
        config["repetition"] = repetition[1]
    card = cards.techniques(config) if metrics else "# newssift techniques model (being trained)\n"
    save_model_dir(path, tensors, config, TECHNIQUES, card)


def train_frames(docs: list[Doc], out: Path) -> dict:
    x, y = pa.frame_data(docs)
    labelled = [d for d in docs if d.frames is not None]
    gold = _sets(y, FRAMES)
    cv = multilabel_f1(gold, _sets(pa.frames_cv(x, y), FRAMES), FRAMES)
    texts = [d.text for d in labelled]
    baseline = multilabel_f1(gold, _sets(base.multilabel_cv(texts, y), FRAMES), FRAMES)
    metrics = {"cv5_train": cv, "baseline_cv5_train": baseline, "articles": len(labelled)}
    print("  subtask 2 cv:", cv, "baseline", baseline, flush=True)
    model = pa.fit_frames(x, y)
    write_frames(out / "frames", model, metrics)
    return metrics


def write_frames(path: Path, model: pt.Calibrated, metrics: dict) -> None:
    config = {"version": 1, "article": model.config(""), "metrics": metrics}
    save_model_dir(path, pf.tensors(model.net, ""), config, FRAMES, cards.frames(config))


def train_genre(docs: list[Doc], out: Path, data: Path) -> dict:
    x, y = pa.genre_data(docs)
    # the shipped design since session 15: PolNeAR hard news and our own articles, not the other
    # languages (with 74 own articles, leaving them out scored better on every measure of
    # benchmarks/eval_genre.py: SemEval CV, PolNeAR dev, our held-out articles)
    extra = pa.GenreExtra.load(data).without_languages()
    labelled = [d for d in docs if d.genre is not None]
    gold = [GENRES[i] for i in y]

    def cv_of(rows: pa.GenreExtra) -> float:
        return genre_macro_f1(gold, [GENRES[i] for i in pa.genre_cv(x, y, rows)], GENRES)

    cv = cv_of(extra)
    base_pred = base.multiclass_cv([d.text for d in labelled], y)
    baseline = genre_macro_f1(gold, [GENRES[i] for i in base_pred], GENRES)
    counts = {g: int((y == i).sum()) for i, g in enumerate(GENRES)}
    model = pa.fit_genre(x, y, extra)
    metrics = {"cv5_train": {"macro_f1": cv}, "baseline_cv5_train": {"macro_f1": baseline},
               "articles": len(labelled), "counts": counts,
               "languages": {g: int((extra.y == i).sum()) for i, g in enumerate(GENRES)},
               "own": {g: int((extra.own_y == i).sum()) for i, g in enumerate(GENRES)},
               "hard_news": hard_news_metrics(data, model, x, y, extra)}
    if len(extra.y):
        metrics["cv5_train_without_languages"] = {"macro_f1": cv_of(extra.without_languages())}
    if len(extra.own_y):
        metrics["cv5_train_without_own"] = {"macro_f1": cv_of(extra.without_own())}
    print("  subtask 1 cv macro-F1:", round(cv, 4), "baseline", round(baseline, 4), flush=True)
    write_genre(out / "genre", model, metrics)
    return metrics


def hard_news_metrics(data: Path, model: pa.GenreFit, x: np.ndarray, y: np.ndarray,
                      extra: pa.GenreExtra) -> dict:
    """Share of PolNeAR dev hard-news articles (a later month than train) called reporting, by the
    model, by the same fit without our own articles (and without the other languages when it has
    them) and by the SemEval-only fit, all in this run."""
    dev = genre_news.hard_news_rows(data, "dev")
    if not len(extra.news) or not len(dev):
        return {}
    k = GENRES.index("reporting")

    def recall(m: pa.GenreFit) -> float:
        return float((m.logits(dev).argmax(1) == k).mean())

    out = {"train_articles": len(extra.news), "dev_articles": len(dev),
           "dev_reporting_recall": recall(model),
           "dev_reporting_recall_without_own": recall(pa.fit_genre(x, y, extra.without_own())),
           "dev_reporting_recall_semeval_only": recall(pa.fit_genre(x, y))}
    if len(extra.y):
        out["dev_reporting_recall_without_languages"] = recall(pa.fit_genre(x, y, extra.without_languages()))
    return out


def write_genre(path: Path, model: pa.GenreFit, metrics: dict) -> None:
    article = {"prefix": "", "temperature": model.temperature, "style": STYLE_NAMES,
               "offsets": [0.0] * len(GENRES), "c": model.c, "style_weight": model.style_weight,
               "language_share": model.language_share}
    config = {"version": 2, "article": article, "metrics": metrics}
    save_model_dir(path, model.tensors(), config, GENRES, cards.genre(config))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder holding semeval2023_task3/ "
                        "and checkthat2024_task3_spans/")
    parser.add_argument("--out", type=Path, default=OUT, help="where the model folders go")
    parser.add_argument("--only", default="techniques,frames,genre",
                        help="comma-separated steps: techniques, frames, genre, rescore (score "
                        "the saved techniques model on dev again and rewrite its card, no training) "
                        "or repetition (fit the repetition head onto the saved techniques model)")
    parser.add_argument("--token-head", choices=("mlp", "context"), default=pt.TOKEN_HEAD,
                        help="the word-piece head: an MLP over each piece and its neighbours (shipped) "
                        "or the statements tagger's context network")
    parser.add_argument("--own", choices=("yes", "no"), default="yes",
                        help="add our annotated articles (training/techniques_own) to the techniques "
                        "heads' training articles")
    args = parser.parse_args(argv)
    pt.TOKEN_HEAD = args.token_head
    docs = load_encoded(args.data)
    own = load_own_encoded() if args.own == "yes" else []
    steps = {"techniques": lambda d, out: train_techniques(d, out, own), "frames": train_frames,
             "genre": lambda d, out: train_genre(d, out, args.data),
             "rescore": rescore_techniques, "repetition": add_repetition}
    for name in args.only.split(","):
        start = time.time()
        print(f"training {name}", flush=True)
        metrics = steps[name](docs, args.out)
        print(f"  done in {time.time() - start:.0f}s", json.dumps(metrics)[:200], flush=True)


if __name__ == "__main__":
    main()
