"""Reading SemEval-2023 Task 3 (English) and CheckThat! 2024 span gold, and encoding it once.

Layout expected under `--data` (see /work/shared/data/README.md):
  semeval2023_task3/en/{train,dev}-articles-subtask-3/article<ID>.txt, train-labels-subtask-{1,2,3}.txt,
  dev-labels-subtask-3.txt (ids of the dev articles), checkthat2024_task3_spans/en/... (span gold for
  train and dev articles, end exclusive).

SemEval paragraphs are the article file's non-empty lines (the label files number them from 1, the title
being line 1). For training and evaluation each line is one paragraph, split into sentences with the same
sentence splitter newssift uses at inference, so features are computed exactly as in the analyzers.
The PTC (SemEval-2020 Task 11) articles are all SemEval-2023 English train articles, so they add no
new text and are not used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from newssift.encoder import Encoded, Encoder
from newssift.segment import sentence_spans
from newssift.text import Span
from training.common import encode_cached

TECHNIQUES = [
    "Appeal_to_Authority", "Appeal_to_Fear-Prejudice", "Appeal_to_Hypocrisy", "Appeal_to_Popularity",
    "Appeal_to_Time", "Appeal_to_Values", "Causal_Oversimplification",
    "Consequential_Oversimplification", "Conversation_Killer", "Doubt", "Exaggeration-Minimisation",
    "False_Dilemma-No_Choice", "Flag_Waving", "Guilt_by_Association", "Loaded_Language",
    "Name_Calling-Labeling", "Obfuscation-Vagueness-Confusion", "Questioning_the_Reputation",
    "Red_Herring", "Repetition", "Slogans", "Straw_Man", "Whataboutism",
]
FRAMES = [
    "Economic", "Capacity_and_resources", "Morality", "Fairness_and_equality",
    "Legality_Constitutionality_and_jurisprudence", "Policy_prescription_and_evaluation",
    "Crime_and_punishment", "Security_and_defense", "Health_and_safety", "Quality_of_life",
    "Cultural_identity", "Public_opinion", "Political", "External_regulation_and_reputation",
]
GENRES = ["opinion", "reporting", "satire"]


@dataclass
class Doc:
    """One SemEval article: its text, its lines (paragraphs), their sentences and gold labels."""

    id: str
    text: str
    split: str  # "train" or "dev"
    lines: list[tuple[int, Span]] = field(default_factory=list)  # (line number from 1, span)
    sentences: list[Span] = field(default_factory=list)
    sentence_line: list[int] = field(default_factory=list)  # index into `lines` per sentence
    line_labels: dict[int, set[str]] = field(default_factory=dict)  # line number -> labels
    spans: list[tuple[str, int, int]] = field(default_factory=list)  # (label, start, end)
    frames: list[str] | None = None
    genre: str | None = None
    encoding: Encoded | None = None

    def line_groups(self) -> list[list[int]]:
        groups: list[list[int]] = [[] for _ in self.lines]
        for s, line in enumerate(self.sentence_line):
            groups[line].append(s)
        return groups


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def split_lines(doc: Doc) -> None:
    """Fill `doc.lines`, `doc.sentences` and `doc.sentence_line` from `doc.text`."""
    pos = 0
    for number, line in enumerate(doc.text.split("\n"), 1):
        start, end = pos, pos + len(line)
        pos = end + 1
        while start < end and doc.text[start].isspace():
            start += 1
        while end > start and doc.text[end - 1].isspace():
            end -= 1
        if end > start:
            doc.lines.append((number, Span(start, end)))
            for s in sentence_spans(doc.text, Span(start, end)) or [Span(start, end)]:
                doc.sentences.append(s)
                doc.sentence_line.append(len(doc.lines) - 1)


def _tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in _read(path).splitlines():
        cols = line.rstrip("\r").split("\t")
        if cols and cols[0].strip():
            rows.append(cols)
    return rows


def load_docs(data: Path) -> list[Doc]:
    """Every English SemEval-2023 article we have (st3 train and dev, plus st1/st2-only ones)."""
    en = data / "semeval2023_task3" / "en"
    docs: dict[str, Doc] = {}
    for split, folders in (("train", ["train-articles-subtask-3", "train-articles-subtask-1"]),
                           ("dev", ["dev-articles-subtask-3"])):
        for folder in folders:
            for path in sorted((en / folder).glob("article*.txt")):
                doc_id = path.stem.removeprefix("article")
                if doc_id not in docs:
                    docs[doc_id] = Doc(doc_id, _read(path), split)
    dev_ids = {r[0] for r in _tsv(en / "dev-labels-subtask-3.txt")}
    for doc_id, doc in docs.items():
        doc.split = "dev" if doc_id in dev_ids else "train"
        split_lines(doc)
    _attach_labels(data, en, docs)
    return [docs[k] for k in sorted(docs)]


def _attach_labels(data: Path, en: Path, docs: dict[str, Doc]) -> None:
    for name in ("train-labels-subtask-3.txt", "dev-labels-subtask-3.txt"):
        for cols in _tsv(en / name):
            labels = {x for x in (cols[2] if len(cols) > 2 else "").split(",") if x.strip()}
            docs[cols[0]].line_labels[int(cols[1])] = labels
    for cols in _tsv(en / "train-labels-subtask-2.txt"):
        docs[cols[0]].frames = [x for x in (cols[1] if len(cols) > 1 else "").split(",") if x]
    for cols in _tsv(en / "train-labels-subtask-1.txt"):
        docs[cols[0]].genre = cols[1].strip()
    spans = data / "checkthat2024_task3_spans" / "en" / "train-labels-subtask-3-spans.txt"
    for cols in _tsv(spans):
        if cols[0] in docs and cols[1] in TECHNIQUES:
            docs[cols[0]].spans.append((cols[1], int(cols[2]), int(cols[3])))


def encode_docs(docs: list[Doc], encoder: Encoder | None = None,
                name: str = "semeval23-en-lines") -> None:
    """Attach an `Encoded` to each doc (sentence vectors, word pieces, absolute offsets).

    With the shipped encoder (default) each article is encoded on its own, as the analyzers do, and the
    features are cached under `name`; tests pass a tiny `encoder`."""
    texts = [doc.text[s.start : s.end] for doc in docs for s in doc.sentences]
    if not texts:
        return
    sizes = [len(doc.sentences) for doc in docs]
    encoded = (encoder.encode(texts) if encoder is not None
               else encode_cached(texts, name, articles=sizes))
    k = 0
    for doc in docs:
        mine = encoded[k : k + len(doc.sentences)]
        k += len(doc.sentences)
        doc.encoding = Encoded.of(mine, [s.start for s in doc.sentences], mine[0].vector.shape[0])


def load_encoded(data: Path) -> list[Doc]:
    docs = load_docs(data)
    encode_docs(docs)
    return docs


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Encode the SemEval-2023 English data (cached).")
    parser.add_argument("--data", type=Path, required=True)
    args = parser.parse_args()
    loaded = load_docs(args.data)
    print(len(loaded), "docs", sum(len(d.sentences) for d in loaded), "sentences")
    encode_docs(loaded)
