"""The shared encoder: offsets, windows for long texts, and the one-pass analyzer."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from newssift.analysis import Analysis
from newssift.encoder import EncoderAnalyzer, OnnxEncoder
from newssift.errors import ModelError
from newssift.text import Article


def test_encoder_analyzer_gives_absolute_offsets(tiny_encoder, sample_text: str) -> None:
    analysis = Analysis.of(Article(sample_text))
    EncoderAnalyzer(tiny_encoder)(analysis)
    enc = analysis.encoding
    assert enc.sentence_vectors.shape == (len(analysis.sentences), tiny_encoder.dim)
    for sentence, offsets in zip(analysis.sentences, enc.token_offsets):
        assert offsets.min() >= sentence.start and offsets.max() <= sentence.end
    start, end = enc.token_offsets[1][0]
    assert sample_text[start:end] == "Defense"


def test_encoder_analyzer_batches_articles(tiny_encoder) -> None:
    batch = [Analysis.of(Article("One sentence. Two sentences.")), Analysis.of(Article("Alone."))]
    EncoderAnalyzer(tiny_encoder).pipe(batch)
    assert [len(a.encoding.token_vectors) for a in batch] == [2, 1]


def test_missing_model_directory_is_a_model_error(tmp_path) -> None:
    with pytest.raises(ModelError, match="export_encoder"):
        OnnxEncoder(tmp_path)


@pytest.mark.integration
def test_shipped_onnx_encoder_matches_meaning() -> None:
    enc = OnnxEncoder()
    a, b, c = enc.encode([
        "The minister said the troops were ready.",
        "According to the minister, the soldiers are prepared.",
        "Bananas are rich in potassium.",
    ])
    assert a.vector.shape == (384,)
    assert float(a.vector @ b.vector) > float(a.vector @ c.vector) + 0.2
    assert np.isclose(np.linalg.norm(a.vector), 1.0, atol=1e-4)


@pytest.mark.integration
def test_long_text_is_split_into_windows_with_every_token() -> None:
    text = " ".join(["volunteers"] * 600)
    (out,) = OnnxEncoder().encode([text])
    assert out.tokens.shape[0] == out.offsets.shape[0] == 600
    assert text[out.offsets[-1][0] : out.offsets[-1][1]] == "volunteers"


@pytest.mark.integration
def test_an_articles_encoding_does_not_depend_on_its_batch() -> None:
    article = Article("Officials said 16,000 volunteers were ready. The ministry denied it.", id="a")
    other = Article("A much longer and entirely unrelated sentence about harbour cranes and cargo ships "
                    "waiting at anchor for the strike to end. Short one.", id="b")
    analyzer = EncoderAnalyzer(OnnxEncoder())
    alone = Analysis.of(article)
    analyzer.pipe([alone])
    batch = [Analysis.of(article), Analysis.of(other)]
    analyzer.pipe(batch)
    assert np.array_equal(alone.encoding.sentence_vectors, batch[0].encoding.sentence_vectors)


@pytest.mark.integration
def test_shipped_encoder_gives_the_pinned_vectors_on_this_cpu() -> None:
    """The shipped uint8 encoder's integer products do not saturate on any x86 CPU, so two probe
    sentences of ours give the vectors pinned when it was exported (tests/fixtures/encoder_probe.json,
    written on an AVX-512 VNNI CPU). The int8 export shipped until session 11 moved with the CPU and
    stays below 0.994 cosine to them. A re-exported encoder must re-pin them: the fixture holds the
    sentences, their vectors and their word-piece means, rounded to 6 decimals."""
    pinned = json.loads((Path(__file__).parent / "fixtures" / "encoder_probe.json").read_text())
    out = OnnxEncoder().encode(pinned["sentences"])
    for got, vector, pieces in zip(out, pinned["vectors"], pinned["piece_means"], strict=True):
        mean = got.tokens.mean(0)
        assert float(got.vector @ np.array(vector)) > 0.9995
        assert float(mean @ np.array(pieces)) / (np.linalg.norm(mean) * np.linalg.norm(pieces)) > 0.9995
