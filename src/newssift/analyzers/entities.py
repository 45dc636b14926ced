"""Named entities (PER / ORG / LOC / MISC) from the shared encoder's word pieces, linked within the article.

The `ner` model (see its README.md) tags every word piece with a BIO label; a Viterbi pass keeps the
sequence valid, and each chunk becomes an entity whose span is snapped outward to whole shared tokens
over letters and digits only (never across an apostrophe or hyphen: "Russia's" stays "Russia",
"pro-Russian" stays "Russian").
On top of the four CoNLL types, lexicons add an optional `fine_label`:
- `MEDIA_OUTLET`: an ORG named in `media_outlets.txt` (the statements layer treats it as media);
- `GPE`: a LOC that is a country, state or big city (`entity_gpe.txt`);
- `NORP`: a MISC that is a nationality, religious or political group (`entity_norp.txt`);
- `FAC`: a LOC/ORG followed by a facility noun, which joins the span ("Hmeimim air base").
Fine labels are lexicon look-ups, so they are only as complete as the lists.
`newssift.analyzers.linking` then groups mentions of one referent under one `entity_id`.
Limits: the head is far below fine-tuned NER (see the model card); English only.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers import linking
from newssift.analyzers.ner_features import (
    LABELS,
    bio_chunks,
    piece_features,
    viterbi_batch,
)
from newssift.heads import ModelDir, models_root, softmax
from newssift.pipeline import Analyzer
from newssift.text import Token, span_dict


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str  # PER | ORG | LOC | MISC
    score: float
    entity_id: str | None = None
    fine_label: str | None = None  # GPE | NORP | FAC | MEDIA_OUTLET

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "label": self.label,
                "score": round(float(self.score), 4), "entity_id": self.entity_id,
                "fine_label": self.fine_label}


RawEntity = tuple[int, int, str, float]  # start, end, type, score


class NerModel:
    """The shipped word-piece NER head: `tag(sentences)` gives labels and probabilities per piece."""

    def __init__(self, path: Path | str | None = None):
        self.model = ModelDir.load(path or models_root() / "ner")
        self.head = self.model.head()
        self.window = int(self.model.config.get("window", 2))

    def features(self, text: str, offsets: np.ndarray, vectors: np.ndarray, base: int = 0) -> np.ndarray:
        """Unwindowed input rows for one sentence `text` whose pieces sit at `offsets` (minus `base`)."""
        return np.concatenate([vectors.astype(np.float32), piece_features(text, offsets, base)], 1)

    def logits(self, rows: list[np.ndarray]) -> np.ndarray:
        """The head over each piece's window of ±`window` rows, without building the windows.

        The first layer is linear, so W·[x(i-w); …; x(i+w)] = Σ_k W_k·x(i+k): one product of the padded rows
        with every W_k side by side, then a shifted sum (same result as stacking windows, 2–3× faster).
        """
        size, dim = self.window, rows[0].shape[1]
        pad = np.zeros((size, dim), np.float32)
        padded = np.concatenate([pad] + [x for r in rows for x in (r, pad)]).astype(np.float32)
        starts = np.cumsum([size] + [len(r) + size for r in rows[:-1]])
        index = np.concatenate([s + np.arange(len(r)) for s, r in zip(starts, rows, strict=True)])
        (w, b), rest = self.head.layers[0], self.head.layers[1:]
        width = w.shape[1]
        side_by_side = w.reshape(2 * size + 1, dim, width).transpose(1, 0, 2).reshape(dim, -1)
        projected = padded @ side_by_side
        x = b + sum(projected[index + k - size, k * width : (k + 1) * width] for k in range(2 * size + 1))
        for w_next, b_next in rest:
            np.maximum(x, 0, out=x)
            x = x @ w_next + b_next
        return x

    def tag(self, rows: list[np.ndarray]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per sentence (its `features` rows): the Viterbi label path and the per-piece probabilities."""
        sizes = [len(r) for r in rows]
        if not sum(sizes):
            return [(np.zeros(0, np.int64), np.zeros((0, len(LABELS)))) for _ in rows]
        probs = np.split(softmax(self.logits(rows)), np.cumsum(sizes)[:-1])
        return list(zip(viterbi_batch(probs), probs, strict=True))


def decode(path: np.ndarray, probs: np.ndarray, offsets: np.ndarray) -> list[RawEntity]:
    """Entity chunks of a piece label path, as (start, end, type, mean label probability)."""
    tags = [LABELS[i] for i in path]
    found = []
    for a, b, typ in bio_chunks(tags):
        score = float(probs[np.arange(a, b), path[a:b]].mean())
        found.append((int(offsets[a][0]), int(offsets[b - 1][1]), typ, score))
    return found


def snap(text: str, tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """Widen `[start, end)` inside the shared tokens it cuts, over letters and digits only."""
    first = bisect.bisect_right([t.start for t in tokens], start) - 1
    for tok in tokens[max(first, 0) :]:
        if tok.start >= end:
            break
        while tok.start < start < tok.end and text[start - 1].isalnum() and text[start].isalnum():
            start -= 1
        while tok.start < end < tok.end and text[end - 1].isalnum() and text[end].isalnum():
            end += 1
    return start, end


class EntitiesAnalyzer(Analyzer):
    """Assigns `entities` and `entity_groups` (see the module docstring)."""

    name = "entities"
    requires = ("encoding",)
    assigns = ("entities", "entity_groups")

    def __init__(self, model_dir: Path | str | None = None):
        self.model = NerModel(model_dir)

    def predict(self, batch: Sequence[Analysis]) -> list[list[RawEntity]]:
        rows, owners = [], []
        for k, a in enumerate(batch):
            enc = a.encoding
            for i, s in enumerate(a.sentences):
                rows.append(self.model.features(s.text, enc.token_offsets[i], enc.token_vectors[i],
                                              s.start))
                owners.append((k, i))
        found: list[list[RawEntity]] = [[] for _ in batch]
        for (k, i), (path, probs) in zip(owners, self.model.tag(rows)):
            found[k].extend(decode(path, probs, batch[k].encoding.token_offsets[i]))
        return found

    def set_annotations(self, batch: Sequence[Analysis], predictions: list[list[RawEntity]]) -> None:
        for analysis, raw in zip(batch, predictions):
            entities = finish(analysis, raw)
            ids, groups = linking.link(analysis.text, entities, analysis.sentences, analysis.tokens)
            analysis.layers["entities"] = [
                Entity(e.start, e.end, e.text, e.label, e.score, i, e.fine_label)
                for e, i in zip(entities, ids)]
            analysis.layers["entity_groups"] = groups


def finish(analysis: Analysis, raw: list[RawEntity]) -> list[Entity]:
    """Snap raw chunks to tokens, add fine labels and facility nouns, drop overlaps."""
    text, tokens = analysis.text, analysis.tokens
    out: list[Entity] = []
    for start, end, typ, score in sorted(raw):
        start, end = snap(text, tokens, start, end)
        if (out and start < out[-1].end) or not _has_name(text[start:end]):
            continue
        end, fine = fine_label(text, start, end, typ)
        out.append(Entity(**span_dict(text, start, end), label=typ, score=score, fine_label=fine))
    return out


def _has_name(name: str) -> bool:
    """A name has a letter or digit and is more than a function word ("The" alone is not)."""
    return any(c.isalnum() for c in name) and name.lower() not in linking.FUNCTION_WORDS


def fine_label(text: str, start: int, end: int, typ: str) -> tuple[int, str | None]:
    """The (possibly extended) end and the lexicon fine label of an entity."""
    name = text[start:end].lower().removeprefix("the ")
    if typ in ("LOC", "ORG"):
        facility = _facility_after(text, end)
        if facility:
            return facility, "FAC"
    if typ == "ORG" and name in lexicons.load("media_outlets"):
        return end, "MEDIA_OUTLET"
    if typ == "LOC" and name in lexicons.load("entity_gpe"):
        return end, "GPE"
    if typ == "MISC" and name in lexicons.load("entity_norp"):
        return end, "NORP"
    return end, None


def _facility_after(text: str, end: int) -> int | None:
    rest = text[end : end + 24].lower()
    for noun in sorted(lexicons.load("entity_facilities"), key=len, reverse=True):
        if rest.startswith(" " + noun) and not rest[len(noun) + 1 : len(noun) + 2].isalnum():
            return end + 1 + len(noun)
    return None
