"""Articles written for newssift as extra labelled rows for the genre head, above all for satire.

SemEval-2023's English subtask 1 labels hold 8 "satire" articles, and none of them reads as satire
(straight news, a partisan column on the Mueller report, celebrity gossip); the other languages add 61
satire articles seen through an English encoder. With that, the head recognised none of our 7 satire
articles. `training/genre_own/<genre>/*.txt` holds short articles of our own words written as training
data by sessions that never saw the held-out or blind evaluation sets: satire in many forms (deadpan
wire reports of absurd events, mock press releases, ironic columns, fake studies, mock obituaries, …)
and, so that the head learns the genre rather than the topic or the oddity, straight reports (some of
odd but plausible events) and opinion pieces on the same spread of topics.

Each file becomes a row computed exactly as at inference (`newssift.analyzers.genre.raw_features` on
the segmented article with its shared-encoder vectors). Each row weighs `WEIGHT` times a SemEval row
before the classes are balanced (set a priori, not tuned). They join every fit's training part,
never a held-out part, so the SemEval cross-validation still scores SemEval articles only.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from training.persuasion_data import GENRES

ROOT = Path(__file__).resolve().parent / "genre_own"
WEIGHT = 1.0


def own_files(root: Path = ROOT) -> list[tuple[Path, str]]:
    """(path, genre) of every `<root>/<genre>/*.txt`, sorted."""
    return [(p, g) for g in GENRES for p in sorted((root / g).glob("*.txt"))]


def own_rows(root: Path = ROOT) -> tuple[np.ndarray, np.ndarray]:
    """(rows, class ids) of the articles under `root`, or empty arrays when there are none."""
    from newssift.analysis import Analysis
    from newssift.analyzers.genre import raw_features
    from newssift.text import Article
    from training.common import encode_cached
    from training.statements import attach_encoding

    files = own_files(root)
    if not files:
        return np.zeros((0, 0), np.float32), np.zeros(0, np.int64)
    analyses = [Analysis.of(Article(p.read_text(encoding="utf-8"), id=p.stem)) for p, _ in files]
    encoded = encode_cached([s.text for a in analyses for s in a.sentences], "genre-own",
                            articles=[len(a.sentences) for a in analyses])
    k = 0
    for a in analyses:
        attach_encoding(a, encoded[k : k + len(a.sentences)])
        k += len(a.sentences)
    rows = np.concatenate([raw_features(a) for a in analyses]).astype(np.float32)
    return rows, np.asarray([GENRES.index(g) for _, g in files], np.int64)
