"""Hard-news articles as extra `reporting` examples for the genre head.

SemEval-2023's English subtask 1 labels are 306 opinion, 33 reporting and 8 satire articles, drawn
from outlets rich in persuasion: a head fitted on them alone calls almost every straight news report
"opinion" (58 of 60 PolNeAR dev hard-news articles, 8 of 11 of our own held-out reports). PolNeAR
(`polnear/`, the attribution corpus) was sampled to hold hard news only, by the publishers' section
tags; its README names Huffington Post and Breitbart as the two publishers where news and opinion
could not be told apart reliably, so only the other five publishers' articles are used. Each becomes a
`reporting` row computed exactly as at inference (`newssift.analyzers.genre.raw_features` on the
segmented article with its shared-encoder sentence vectors).

The rows are a weak label (a section tag, not an annotator), so together they weigh `SHARE` times
as much as SemEval's own reporting articles; the classes are then balanced as before. SHARE = 1 is
set a priori (the two sources of reporting examples count equally), not tuned.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

PUBLISHERS = ("nyt", "politico", "usa-today", "wash-post", "west-journal")
SHARE = 1.0


def hard_news_rows(data: Path, split: str) -> np.ndarray:
    """Genre input rows (not standardised) of PolNeAR `split` articles from PUBLISHERS, or an empty
    (0, 0) array when `data/polnear` is absent."""
    from newssift.analyzers.genre import raw_features
    from training.polnear import load_split
    from training.statements import encoded_analyses

    root = Path(data) / "polnear"
    if not (root / split).is_dir():
        return np.zeros((0, 0), np.float32)
    docs = [d for d in load_split(root, split) if d.id.split("_")[0] in PUBLISHERS]
    analyses = encoded_analyses(docs, f"polnear-{split}")
    return np.concatenate([raw_features(a) for a in analyses]).astype(np.float32)


def balance(labels: np.ndarray, weights: np.ndarray, n: int, classes: int) -> np.ndarray:
    """`weights` rescaled so that every class's rows sum to n / classes."""
    w = weights.astype(np.float64).copy()
    for k in range(classes):
        mask = labels == k
        if w[mask].sum() > 0:
            w[mask] *= n / classes / w[mask].sum()
    return w
