"""Reading the check-worthiness data: CLEF CheckThat! 2024 task 1 English, plus optional extra sets.

CLEF 2024 files are TSV (`Sentence_id, Text, class_label` with Yes/No; some cells end in CR, quoted
cells use CSV doubling). Extra sets: the ClaimBuster two-class set (JSON, label 1 = check-worthy factual
sentence) and CLEF 2020 debate transcripts (`line, speaker, text, label`). Extra sentences that also
occur in any CLEF 2024 split are dropped, so dev and dev-test stay unseen.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

CLEF = "clef2024_en/CT24_checkworthy_english_{split}.tsv"


@dataclass
class Labelled:
    texts: list[str]
    labels: list[int]

    def __add__(self, other: Labelled) -> Labelled:
        return Labelled(self.texts + other.texts, self.labels + other.labels)


def norm(text: str) -> str:
    return " ".join(text.replace("\r", " ").split()).strip('"').lower()


def read_clef(root: Path, split: str) -> Labelled:
    path = root / CLEF.format(split=split)
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    texts = [" ".join(r["Text"].split()) for r in rows]
    labels = [int(r["class_label"].strip() == "Yes") for r in rows]
    return Labelled(texts, labels)


def read_claimbuster(root: Path) -> Labelled:
    items = []
    for name in ("train.json", "test.json"):
        items += json.loads((root / "claimbuster" / name).read_text(encoding="utf-8"))
    return Labelled([" ".join(i["text"].split()) for i in items], [int(i["label"]) for i in items])


def read_clef2020_debates(root: Path) -> Labelled:
    texts, labels = [], []
    for path in sorted((root / "clef2020_debates_en" / "v2.0" / "training").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) >= 4 and cols[-1].strip() in ("0", "1"):
                texts.append(" ".join(cols[2].split()))
                labels.append(int(cols[-1].strip()))
    return Labelled(texts, labels)


def extra(root: Path, names: list[str], exclude: set[str]) -> Labelled:
    """The named extra sets, deduplicated and without any sentence in `exclude` (normalised)."""
    readers = {"claimbuster": read_claimbuster, "clef2020": read_clef2020_debates}
    out, seen = Labelled([], []), set(exclude)
    for name in names:
        data = readers[name](root)
        for text, label in zip(data.texts, data.labels):
            key = norm(text)
            if key and key not in seen:
                seen.add(key)
                out.texts.append(text)
                out.labels.append(label)
    return out
