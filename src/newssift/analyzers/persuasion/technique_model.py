"""The techniques model: a paragraph head (SemEval-2023 subtask 3) and span heads, all in numpy.

The model directory's `config.json` holds three calibrated multi-label heads over the 23 labels of
`labels.json`: `paragraph` (paragraph features), `tokens` (one row per word piece) and `sentences`
(a sentence as a one-sentence paragraph), and `span_mode`, the span head the training script chose on
held-out training articles ("tokens": runs of word pieces; "sentences": whole sentences).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newssift.analyzers.persuasion import features as F
from newssift.analyzers.persuasion import repetition as rep
from newssift.analyzers.persuasion.model import ContextLabelHead, MultiLabelHead, check_dim, label_head
from newssift.analyzers.persuasion.spans import decode, evidence_spans, has_content, snap, trim
from newssift.encoder import Encoded
from newssift.heads import ModelDir

RawSpan = tuple[int, int, int, float]  # (label index, start, end, score)
# A finding: a RawSpan with its basis: "span" (its word pieces reach the label's threshold), "paragraph"
# (the paragraph is labelled with the technique and no span of it reached the threshold there: these are
# the words most likely to carry it) or "repetition" (words the article says again).
Found = tuple[int, int, int, float, str]


@dataclass
class TechniqueModel:
    labels: list[str]
    paragraph: MultiLabelHead
    tokens: MultiLabelHead
    sentences: MultiLabelHead
    span_mode: str
    max_gap: int
    window: int = 0
    mid: bool = False  # the token head also reads the middle-layer piece vectors
    paragraph_mid: bool = False  # the paragraph head also reads pooled middle-layer piece vectors
    evidence: bool = True  # a labelled paragraph without a span of its label gets its best run
    evidence_floor: float = 0.0  # ... when the run's score reaches this
    extend: float = 1.0  # a span goes on over neighbours keeping this share of its label's threshold
    repetition: rep.RepetitionHead | None = None  # replaces the other heads' Repetition when present

    @classmethod
    def load(cls, path: Path | str) -> TechniqueModel:
        model = ModelDir.load(path)
        return cls(model.labels, MultiLabelHead(model, "paragraph"), label_head(model, "tokens"),
                   MultiLabelHead(model, "sentences"), str(model.config.get("span_mode", "tokens")),
                   int(model.config.get("max_gap", 1)), int(model.config.get("window", 0)),
                   bool(model.config.get("token_mid", False)),
                   bool(model.config.get("paragraph_mid", False)),
                   evidence_floor=float(model.config.get("evidence_floor", 0.0)),
                   extend=float(model.config.get("span_extend", 1.0)),
                   repetition=rep.RepetitionHead.load(model))

    def check(self, encoding: Encoded) -> None:
        dim = encoding.sentence_vectors.shape[1]
        parts = F.PARAGRAPH_PARTS + (F.PARAGRAPH_MID_PARTS if self.paragraph_mid else 0)
        check_dim(self.paragraph, parts, dim, "the techniques model")

    def analyse(self, text: str, encoding: Encoded, groups: Sequence[Sequence[int]],
                sentence_group: Sequence[int | None], sentence_bounds: Sequence[tuple[int, int]],
                tokens: Sequence[Sequence[tuple[int, int]]]) -> tuple[np.ndarray, list[Found]]:
        """Paragraph probabilities (one row per group of sentence indices) and technique findings.

        `sentence_group[i]` is the group of sentence i (None for a title); `tokens` are the shared
        tokens of each sentence, to which spans are snapped; offsets index `text`."""
        piece_probs = self.token_probs(encoding)
        paragraphs = self.paragraph_probs(encoding, groups, piece_probs)
        repeated: list[RawSpan] = []
        if self.repetition is not None:
            repeated = self._repetition(text, encoding, groups, tokens, piece_probs, paragraphs)
        gate = self.gate(paragraphs, sentence_group)
        if self.repetition is not None:
            gate[:, self._own_label()] = False  # its spans and evidence come from the repetition head
        found = [(k, *trim(text, a, b), score)
                 for k, a, b, score in self.spans(encoding, sentence_bounds, tokens, gate, piece_probs)]
        found = [s for s in found if has_content(text[s[1] : s[2]]) and s[0] != self._own_label()]
        evidence: list[RawSpan] = []
        if self.span_mode == "tokens" and self.evidence:
            evidence = [s for s in evidence_spans(text, encoding.token_offsets, groups, gate, tokens,
                                                  piece_probs, found) if s[3] >= self.evidence_floor]
        return paragraphs, ([(*s, "span") for s in found] + [(*s, "paragraph") for s in evidence]
                            + [(*s, "repetition") for s in repeated])

    def _own_label(self) -> int:
        """The label the repetition head answers for (-1 without one: no label is set aside)."""
        return self.labels.index(rep.LABEL) if self.repetition is not None else -1

    def _repetition(self, text: str, encoding: Encoded, groups: Sequence[Sequence[int]],
                    tokens: Sequence[Sequence[tuple[int, int]]], piece_probs: Sequence[np.ndarray],
                    paragraphs: np.ndarray) -> list[RawSpan]:
        """Overwrite the Repetition column of `paragraphs` with the repetition head's scores; its spans."""
        assert self.repetition is not None
        k = self._own_label()
        table = rep.TokenTable.of(tokens, groups)
        features = table.features(text, [p.mean(0) for p in piece_probs], encoding.token_offsets)
        scores, spans = rep.find(self.repetition, text, table, features, len(groups),
                                 float(self.paragraph.thresholds[k]))
        paragraphs[:, k] = scores
        return [(k, a, b, score) for a, b, score in spans if has_content(text[a:b])]

    def token_probs(self, encoding: Encoded) -> list[np.ndarray]:
        """Per sentence, (k, n_pieces, n_labels) calibrated word-piece probabilities of each of the
        token head's k nets (one matmul per net; a context head reads all sentences in one pass)."""
        if isinstance(self.tokens, ContextLabelHead):
            x, first, sizes = F.context_token_features(encoding)
            return np.split(self.tokens.probs_each(x, first), np.cumsum(sizes)[:-1], axis=1)
        feats = [F.sentence_token_features(encoding, i, self.window, self.mid)
                 for i in range(len(encoding.token_vectors))]
        if not feats:
            return []
        flat = self.tokens.probs_each(np.concatenate(feats))
        return np.split(flat, np.cumsum([len(f) for f in feats])[:-1], axis=1)

    def paragraph_probs(self, encoding: Encoded, groups: Sequence[Sequence[int]],
                        piece_probs: Sequence[np.ndarray] | None = None) -> np.ndarray:
        """(n_groups, n_labels): the paragraph head's probabilities mixed, per label, with the
        highest word-piece probability inside the paragraph (weights `mix` in the config); with a
        bag of token nets, each net's highest probability, averaged over the nets."""
        mid = encoding.piece_vectors(["mid"]) if self.paragraph_mid else None
        probs = self.paragraph.probs(F.paragraph_features(encoding.sentence_vectors, groups, mid))
        mix = self.paragraph.options.get("mix")
        if mix is None or piece_probs is None:
            return probs
        tokmax = np.zeros_like(probs)
        for g, group in enumerate(groups):
            pieces = [piece_probs[i] for i in group if piece_probs[i].shape[1]]
            if pieces:
                tokmax[g] = np.concatenate(pieces, axis=1).max(1).mean(0)
        weights = np.asarray(mix, np.float32)
        return (weights * tokmax + (1 - weights) * probs).astype(np.float32)

    def spans(self, encoding: Encoded, sentence_bounds: Sequence[tuple[int, int]],
              tokens: Sequence[Sequence[tuple[int, int]]], gate: np.ndarray | None = None,
              piece_probs: Sequence[np.ndarray] | None = None) -> list[RawSpan]:
        """Technique spans of the whole article, snapped to `tokens` (one list per sentence).

        `gate` (n_sentences, n_labels) marks the labels predicted for each sentence's paragraph;
        there the token head uses its lower `gated_thresholds` when the model has them. A piece's
        probability is the mean over the token head's nets (`piece_probs`: from `token_probs`)."""
        if self.span_mode == "sentences":
            return self._sentence_spans(encoding, sentence_bounds)
        piece_probs = self.token_probs(encoding) if piece_probs is None else piece_probs
        out: list[RawSpan] = []
        for i, each in enumerate(piece_probs):
            if not each.shape[1]:
                continue
            for k, a, b, score in decode(each.mean(0), encoding.token_offsets[i], self._thresholds(gate, i),
                                         self.max_gap, self.extend):
                start, end = snap(a, b, tokens[i])
                out.append((k, start, end, score))
        return out

    def _thresholds(self, gate: np.ndarray | None, i: int) -> np.ndarray:
        gated = self.tokens.options.get("gated_thresholds")
        if gate is None or gated is None:
            return self.tokens.thresholds
        low = np.minimum(np.asarray(gated, np.float32), self.tokens.thresholds)
        return np.where(gate[i], low, self.tokens.thresholds)

    def gate(self, paragraph_probs: np.ndarray, sentence_paragraph: Sequence[int | None]) -> np.ndarray:
        """Per sentence, the labels predicted for its paragraph (none for a sentence outside one)."""
        predicted = paragraph_probs >= self.paragraph.thresholds
        out = np.zeros((len(sentence_paragraph), len(self.labels)), bool)
        for i, p in enumerate(sentence_paragraph):
            if p is not None and p < len(predicted):
                out[i] = predicted[p]
        return out

    def _sentence_spans(self, encoding: Encoded,
                        bounds: Sequence[tuple[int, int]]) -> list[RawSpan]:
        groups = [[i] for i in range(len(bounds))]
        probs = self.sentences.probs(F.paragraph_features(encoding.sentence_vectors, groups))
        return [(int(k), bounds[i][0], bounds[i][1], float(probs[i, k]))
                for i in range(len(bounds))
                for k in np.flatnonzero(probs[i] >= self.sentences.thresholds)]
