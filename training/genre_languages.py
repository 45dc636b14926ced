"""The other languages' SemEval-2023 subtask 1 articles as extra rows for the genre head.

English has 306 opinion, 33 reporting and 8 satire articles with subtask 1 labels; the same task's
French, German, Italian, Polish and Russian train sets add 560 opinion, 180 reporting and 61 satire
articles (`semeval2023_task3/<lang>/train-labels-subtask-1.txt`). Each becomes a genre row computed
as for English (`persuasion_articles.genre_row`: the shared encoder's sentence vectors and the style
features). The encoder is English, so these rows carry what survives of another language through an
English vocabulary (names, numbers, shared words, layout) and the language-neutral style features
(sentence and word length, quotation density, questions, exclamations, numbers, capitals, title
cues). The style features that count English words (`LEXICAL`: attribution verbs, pronouns, hedges,
intensifiers, the dateline pattern) read as zero in another language whatever its genre, so in every
fit they are set to the mean of the English rows of that fit (`impute_lexical`): no evidence either
way, rather than false evidence that reports never attribute.

How much the rows weigh (`persuasion_articles.LANGUAGE_SHARES`, a multiplier per row before the
classes are balanced) is chosen with C and the style weight by inner cross-validation on English.
The labels are the organisers' (same guidelines as English); the texts are never shipped.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from newssift.analyzers.persuasion.style import STYLE_NAMES
from training.persuasion_data import GENRES, Doc, encode_docs, split_lines

LANGUAGES = ("fr", "ge", "it", "po", "ru")
LEXICAL = ("attribution_sentences", "according_to_sentences", "first_singular", "first_plural",
           "second_person", "hedge_words", "intensifier_words", "dateline")


def language_docs(data: Path, lang: str) -> list[Doc]:
    """The `lang` train articles with a subtask 1 label, split and encoded (cached), or [] if absent."""
    root = Path(data) / "semeval2023_task3" / lang
    labels_path = root / "train-labels-subtask-1.txt"
    if not labels_path.is_file():
        return []
    labels = {}
    for line in labels_path.read_text(encoding="utf-8", errors="replace").splitlines():
        cols = line.rstrip("\r").split("\t")
        if len(cols) > 1 and cols[1].strip() in GENRES:
            labels[cols[0].strip()] = cols[1].strip()
    docs = []
    for path in sorted((root / "train-articles-subtask-1").glob("article*.txt")):
        doc_id = path.stem.removeprefix("article")
        if doc_id in labels:
            doc = Doc(doc_id, path.read_text(encoding="utf-8", errors="replace"), "train")
            doc.genre = labels[doc_id]
            split_lines(doc)
            if doc.sentences:
                docs.append(doc)
    encode_docs(docs, name=f"semeval23-{lang}-st1")
    return docs


def language_rows(data: Path) -> tuple[np.ndarray, np.ndarray]:
    """(rows, class ids) of every other language's labelled articles (raw, lexical columns as
    computed); empty arrays when none is under `data`."""
    from training.persuasion_articles import genre_data

    docs = [d for lang in LANGUAGES for d in language_docs(data, lang)]
    if not docs:
        return np.zeros((0, 0), np.float32), np.zeros(0, np.int64)
    return genre_data(docs)


def impute_lexical(rows: np.ndarray, english: np.ndarray) -> np.ndarray:
    """A copy of `rows` whose LEXICAL style columns hold the means of those columns in `english`."""
    out = rows.copy()
    for name in LEXICAL:
        j = STYLE_NAMES.index(name) - len(STYLE_NAMES)
        out[:, j] = english[:, j].mean()
    return out
