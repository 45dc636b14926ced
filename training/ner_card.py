"""The NER model card, written from the training script's metadata."""

from __future__ import annotations

from typing import Any


def _row(name: str, m: dict[str, Any]) -> str:
    return f"| {name} | {m['precision']:.2f} | {m['recall']:.2f} | {m['f1']:.2f} | {m['gold']} |"


def card(config: dict[str, Any]) -> str:
    m = config["metrics"]
    if config["wikiann"]:
        data = ("CoNLL-2003 English train + WikiANN English train. WikiANN has no MISC type, so its `O` "
                "tokens are trained with a partial-label loss (O, B-MISC and I-MISC all count as right).")
    else:
        data = ("CoNLL-2003 English train. Adding WikiANN English train (with a partial-label loss\n"
                "  for its missing MISC type, `--wikiann`) gave lower CoNLL-2003 val F1 in our runs, "
                "so it is off.")
    baseline = m.get("baseline", {})
    layers = ("layer 3 and the last layer side by side: the middle layer keeps more of the word's own form; "
              "a [512, 256] head scored 89.78 val F1 after 8 epochs on the last layer alone, 91.99 on both. "
              "That head reached 92.37 in 12 epochs but made entities + claims add 31.6% to the pipeline "
              "(budget 25%), so this narrower one ships"
              if "mid" in config.get("layers", ["last"]) else "last layer")
    noun = "neighbour" if config["window"] == 1 else "neighbours"
    pieces = "piece" if config["window"] == 1 else "pieces"
    rows = [_row(f"{name} (this model)", m[name]) for name in ("conll2003_val", "uner_en_ewt_dev")]
    rows += [_row(f"{name} (lexicon baseline)", b) for name, b in baseline.items()]
    return f"""# newssift NER head (PER / ORG / LOC / MISC)

An MLP (hidden layers {config['hidden']}) over the shared encoder's frozen word-piece vectors
(all-MiniLM-L6-v2, ONNX; {layers}): each piece sees itself and {config['window']} {noun} on each
side, plus 12 orthographic flags computed from the original text (the encoder is uncased). Output: BIO
tags over word pieces, decoded with a Viterbi pass that only allows valid BIO sequences;
`newssift.analyzers.entities` snaps the spans to whole tokens.
Runs in numpy (`newssift.heads.MLPHead`), no torch at inference.
Trained on the int8 encoder's vectors (CPU with VNNI); on the uint8 encoder shipped since session 12
(`python benchmarks/eval_entities.py --data <ner>`) it scores CoNLL-2003 val F1 91.68 and UNER dev 59.64
(65.03 without MISC). Retrained on the uint8 vectors it scored 91.51 val, so these weights stay.

## Data and terms
- **Trained on**: {data}
- **CoNLL-2003** text is Reuters RCV1: **research use only** (Reuters/NIST agreement). These weights were
  trained on it, so the same research-only terms apply to them.
- **WikiANN** (only with `--wikiann`): ODC-BY, text from Wikipedia (CC BY-SA).
- **UNER English-EWT** dev (evaluation only): CC BY-SA 4.0.
- Copies used: Babelscape/wikineural (CoNLL-2003, WikiANN), UniversalNER/UNER_English-EWT.

## Label scheme
`labels.json`: O, B-/I- × PER (people), ORG (organisations, companies, media, parties, teams),
LOC (countries, cities, regions, geographic features), MISC (nationalities, events, works, other names)
— the CoNLL-2003 guidelines. The analyzer may add a finer `fine_label` (GPE, NORP, FAC, MEDIA_OUTLET)
from lexicons; that layer is not part of this model.

## Scores (conlleval: exact span and type, micro P/R/F1 in %)
| split | precision | recall | F1 | gold entities |
|---|---|---|---|---|
{chr(10).join(rows)}

UNER has no MISC type: every MISC the model predicts there counts as a false positive (the split is
scored as given). The lexicon baseline is the CoNLL-2003 shared-task baseline (tag phrases seen as an
entity in the training data with their most frequent type, longest match first).
Selected on CoNLL-2003 val ({config['epochs']} epochs, val F1 per epoch:
{', '.join(f'{v:.2f}' for v in m['val_f1_per_epoch'])}). No test split was used.

## Limits
- Below fine-tuned large transformers (~93–94 F1 on CoNLL-2003): the encoder is frozen, small and uncased;
  context is {config['window']} word {pieces} each side, so long names and type choices that need the
  whole sentence suffer. Expect clearly lower scores on web text (UNER) than on Reuters news.
- Sentences longer than 256 word pieces are split by the encoder; English only.

## Retrain
    python -m training.ner --data /work/shared/data/ner

Evaluate (with the baseline in the same run):
`python benchmarks/eval_entities.py --data /work/shared/data/ner`
"""
