"""Our own technique-annotated articles as train Docs: lines, labels, spans, errors; the shipped files."""

from __future__ import annotations

from pathlib import Path

import pytest

from training import techniques_own
from training.persuasion_data import TECHNIQUES

ARTICLE = ("Puppets Cheer As Mill Closes\n\nThe mill closed on Monday, the owners said.\n\n"
           "The council's craven lackeys cheered, and one wonders who paid them.\n")


def _write(root: Path, rows: list[str]) -> None:
    (root / "a-mill.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "gold.tsv").write_text("article\tparagraph\tlabel\tspan\n" + "".join(r + "\n" for r in rows),
                                   encoding="utf-8")


def test_rows_become_character_spans_and_line_labels(tmp_path: Path) -> None:
    _write(tmp_path, ["a-mill\t0\tName_Calling-Labeling\tPuppets",
                      "a-mill.txt\t2\tLoaded_Language\tcraven",
                      "a-mill\t2\tDoubt\tone wonders who paid them"])
    [doc] = techniques_own.load_own(tmp_path)
    assert doc.id == "own-a-mill" and doc.split == "train"
    assert [doc.text[a:b] for _, a, b in doc.spans] == ["Puppets", "craven", "one wonders who paid them"]
    labels = [doc.line_labels[number] for number, _ in doc.lines]
    assert labels == [{"Name_Calling-Labeling"}, set(), {"Loaded_Language", "Doubt"}]
    assert len(doc.sentences) == 3 and doc.sentence_line == [0, 1, 2]


@pytest.mark.parametrize(("row", "message"), [
    ("a-mill\t1\tLoaded_Language\tcraven", "not found"),  # in paragraph 2, not 1
    ("a-mill\t2\tLoaded_language\tcraven", "unknown technique"),
])
def test_a_wrong_row_is_an_error_that_names_it(tmp_path: Path, row: str, message: str) -> None:
    _write(tmp_path, [row])
    with pytest.raises(ValueError, match=message):
        techniques_own.load_own(tmp_path)


def test_no_folder_means_no_articles(tmp_path: Path) -> None:
    assert techniques_own.load_own(tmp_path / "missing") == []


def test_the_shipped_articles_load_with_valid_spans() -> None:
    docs = techniques_own.load_own()
    assert len(docs) >= 30
    assert all(label in TECHNIQUES for d in docs for label, _, _ in d.spans)
    assert sum(len(d.spans) for d in docs) > 500
    assert any(not d.spans for d in docs)  # plain wire reports teach the heads what is not a technique
