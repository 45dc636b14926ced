"""PolNeAR reading (every annotator of a text) and the Citron-style scoring shared by the benchmarks."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.eval_statements import Tally, score_attributions
from benchmarks.polnear_agreement import agreement
from newssift.text import Span
from training.polnear import GoldAttribution, load_annotations, load_split

TEXT = "The mayor said the harbour will reopen on Monday."
#       0   4     10   15                                48
ANN_A = ("T1\tSource 0 9\tThe mayor\nT2\tCue 10 14\tsaid\nT3\tContent 15 48\tthe harbour will reopen on Monday\n"
         "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n")
ANN_B = ("T1\tSource 4 9\tmayor\nT2\tCue 10 14\tsaid\nT3\tContent 15 48\tthe harbour will reopen on Monday\n"
         "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n")


def corpus(root: Path) -> Path:
    (root / "dev" / "text").mkdir(parents=True)
    (root / "dev" / "attributions").mkdir()
    (root / "dev" / "text" / "harbour.txt").write_text(TEXT, encoding="utf-8")
    (root / "dev" / "attributions" / "harbour_ab.ann").write_text(ANN_A, encoding="utf-8")
    (root / "dev" / "attributions" / "harbour_cd.ann").write_text(ANN_B, encoding="utf-8")
    return root


def test_every_annotator_is_read_and_load_split_keeps_one(tmp_path: Path) -> None:
    [(stem, text, by_annotator)] = load_annotations(corpus(tmp_path), "dev")
    assert (stem, text) == ("harbour", TEXT)
    assert sorted(by_annotator) == ["ab", "cd"]
    assert by_annotator["cd"][0].source == [Span(4, 9)]
    [doc] = load_split(tmp_path, "dev")
    assert doc.annotator == "ab"  # equal counts: the annotator code that sorts first


def test_a_missing_split_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="--data"):
        load_annotations(tmp_path, "dev")


def test_scoring_exact_and_overlap() -> None:
    gold = [GoldAttribution([Span(0, 9)], [Span(10, 14)], [Span(15, 48)])]
    pred = [GoldAttribution([Span(4, 9)], [Span(10, 14)], [Span(15, 48)])]
    tally = Tally()
    score_attributions(tally, TEXT, pred, gold)
    r = tally.result()
    assert r["cue"]["exact"]["f1"] == 1.0 and r["content"]["exact"]["f1"] == 1.0
    assert r["source"]["exact"]["f1"] == 0.0 and r["source"]["overlap"]["f1"] == 1.0
    assert r["attribution"]["exact"]["f1"] == 0.0 and r["attribution"]["overlap"]["f1"] == 1.0


def test_agreement_scores_every_ordered_pair(tmp_path: Path) -> None:
    result = agreement(load_annotations(corpus(tmp_path), "dev"))
    assert result["pairs"] == 2 and result["texts"] == 1
    assert result["source"]["exact"] == {"p": 0.0, "r": 0.0, "f1": 0.0}
    assert result["cue"]["exact"]["f1"] == 1.0
