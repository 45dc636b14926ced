"""A content between two coordinated cues is the first cue's: "urged residents [to …] and said …"."""

from __future__ import annotations

from tests.analyzers.attribution.roles import built


def _by_cue(text: str, statements: list) -> dict:
    return {s.cue.text: (s.source.text if s.source else None, [text[c.start : c.end] for c in s.content])
            for s in statements}


def test_a_piece_between_two_coordinated_cues_goes_back_to_the_first() -> None:
    text = ("The harbour board urged residents to stay indoors where possible and said extra sandbags had been "
            "delivered to the quay.")
    statements = built(text, ("source", "The harbour board"), ("cue", "urged"),
                       ("content", "to stay indoors where possible"), ("cue", "said"),
                       ("content", "extra sandbags had been delivered to the quay"))
    assert _by_cue(text, statements) == {
        "urged": ("The harbour board", ["to stay indoors where possible"]),
        "said": ("The harbour board", ["extra sandbags had been delivered to the quay"])}


def test_a_piece_parted_from_the_next_cue_by_more_than_a_conjunction_stays() -> None:
    text = "The chair urged calm, saying the quay would reopen soon and added that repairs were done."
    statements = built(text, ("source", "The chair"), ("cue", "urged"), ("content", "calm"),
                       ("cue", "saying"), ("content", "the quay would reopen soon"), ("cue", "added"),
                       ("content", "that repairs were done"))
    assert _by_cue(text, statements)["urged"][1] == ["calm"]
