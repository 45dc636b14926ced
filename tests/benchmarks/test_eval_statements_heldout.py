"""The held-out statements scorer: resolving gold spans by text and occurrence, and the shipped gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import eval_statements_heldout as ev
from newssift.text import Span

TEXT = "Ana said no. Ben said yes, and Ana said maybe."


def test_the_nth_occurrence_of_a_text_is_located() -> None:
    assert ev.locate(TEXT, {"text": "said", "n": 1}) == Span(4, 8)
    assert ev.locate(TEXT, {"text": "said", "n": 3}) == Span(35, 39)
    assert ev.locate(TEXT, {"text": "Ana said"}) == Span(0, 8)
    assert ev.locate(TEXT, None) is None
    with pytest.raises(ValueError, match="occurrence 4"):
        ev.locate(TEXT, {"text": "said", "n": 4})


def _write(folder: Path, rows: list[dict]) -> None:
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "gold.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")


def test_gold_lines_resolve_to_spans_and_bad_lines_are_reported_by_number(tmp_path: Path) -> None:
    good = {"article": "a.txt", "source": {"text": "Ben", "n": 1}, "kind": "person",
            "cue": {"text": "said", "n": 2}, "content": [{"text": "yes", "n": 1}], "type": "indirect"}
    bad = dict(good, cue={"text": "shouted", "n": 1})
    _write(tmp_path, [good, bad])
    texts, gold, errors = ev.load_gold(tmp_path)
    assert texts == {"a.txt": TEXT}
    [one] = gold["a.txt"]
    assert (one.spans.source, one.spans.cue, one.spans.content) == ([Span(13, 16)], [Span(17, 21)],
                                                                     [Span(22, 25)])
    assert errors == ["gold.jsonl line 2: occurrence 1 of 'shouted' not found"]


def test_the_shipped_held_out_gold_resolves() -> None:
    texts, gold, errors = ev.load_gold()
    assert errors == []
    assert len(texts) >= 6 and sum(len(v) for v in gold.values()) >= 50
    kinds = {g.kind for v in gold.values() for g in v}
    assert {"person", "anonymous", "unattributed"} <= kinds
