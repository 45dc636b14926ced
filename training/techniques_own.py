"""Articles written for newssift, annotated with technique spans, as extra training articles.

The technique heads learn from SemEval-2023's 446 English train articles, where many charged words
occur once or never ("vassal" twice, "Holocaust" mostly as history), so the frozen encoder's word-piece
head gives such words a low probability. `training/techniques_own/` holds articles of our own words,
written as training data by a session that never saw the held-out technique articles
(tests/fixtures/techniques) or the example articles: propaganda and partisan pieces with a wide range of
charged vocabulary, and plain wire reports so the heads also see neutral news.

Format (as tests/fixtures/techniques): `*.txt`, the headline on the first line, paragraphs separated by
blank lines, each paragraph on one line; `gold.tsv` (`article`, `paragraph`, `label`, `span`), paragraph
0 being the headline and `span` the first verbatim occurrence of the text in that paragraph.

Each article becomes a SemEval-style train `Doc` (every line labelled, spans in characters), so it joins
every fit's training part like a SemEval train article; dev is never touched.
"""

from __future__ import annotations

from pathlib import Path

from training.persuasion_data import TECHNIQUES, Doc, encode_docs, split_lines

ROOT = Path(__file__).resolve().parent / "techniques_own"


def _rows(root: Path) -> list[tuple[str, int, str, str]]:
    path = root / "gold.tsv"
    if not path.is_file():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.rstrip("\r").split("\t")
        if len(cols) >= 4 and cols[0].strip():
            rows.append((cols[0], int(cols[1]), cols[2], cols[3]))
    return rows


def load_own(root: Path = ROOT) -> list[Doc]:
    """The annotated articles under `root` as train `Doc`s (no encoding yet); [] when there are none."""
    rows = _rows(root)
    docs = []
    for path in sorted(root.glob("*.txt")):
        doc = Doc(f"own-{path.stem}", path.read_text(encoding="utf-8"), "train")
        split_lines(doc)
        doc.line_labels = {number: set() for number, _ in doc.lines}
        for name, paragraph, label, text in rows:
            if name not in (path.name, path.stem):
                continue
            if label not in TECHNIQUES:
                raise ValueError(f"{name}: unknown technique {label!r}")
            number, span = doc.lines[paragraph]
            start = doc.text.find(text, span.start, span.end)
            if start < 0:
                raise ValueError(f"{name} paragraph {paragraph}: {text!r} not found")
            doc.line_labels[number].add(label)
            doc.spans.append((label, start, start + len(text)))
        docs.append(doc)
    return docs


def load_own_encoded(root: Path = ROOT) -> list[Doc]:
    docs = load_own(root)
    if docs:
        encode_docs(docs, name="techniques-own")
    return docs
