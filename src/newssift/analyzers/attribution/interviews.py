"""Question-and-answer interviews: "Q: Was the town prepared?" / "A: No, not for water at that level."

An article with at least two question and two answer paragraphs (`interview_labels`: "Q:", "A:",
"Question:", "Answer:") is an interview. Each answer paragraph is a statement of the interviewee (a
transcript turn: the speaker's own words, `direct`): the label is its source, the colon its cue, the
rest of the paragraph its content; the source refers to the interviewee, the person the paragraphs
before the first question name most often (a PER entity, counted by surname: "the town's mayor, Clara
Vendt, … Vendt, 47, …"), ties going to the one named first (`answers`). No entities, or no person in
the introduction: no answer is attributed (the letters name no one; refusing beats guessing).
The tagger may read a label's colon as a cue and give it the source of the question's own statement
("Q: The regional minister, Aurel Dask, said last week that …"): a cue that is only the colon of an
interview label opening its paragraph is dropped before linking (`drop_label_cues`).
Inside a turn ("A: …", "MAYOR OKAFOR: …"), the first person "I" / "we" is the turn's speaker, never
the article's author (`turn_speakers`).
Limits: an answer running on over unlabelled paragraphs keeps only its first; a question is the
interviewer's and no statement.
"""

from __future__ import annotations

import re
from collections import Counter

from newssift import lexicons
from newssift.analysis import Analysis
from newssift.analyzers.attribution.coref import entities_within
from newssift.analyzers.attribution.records import Cue, SourceRef, Statement
from newssift.analyzers.attribution.tagger import RoleSpan
from newssift.text import Span

ANSWER_SCORE = 0.8
MIN_TURNS = 2
_LABEL = re.compile(r"(?P<label>[A-Za-z]+)[ \u00a0]*(?P<colon>:)[ \u00a0]+(?=\S)")
FIRST_PERSON = frozenset({"i", "we"})


def _labels() -> dict[str, str]:
    return lexicons.load_pairs("interview_labels")


def answers(analysis: Analysis) -> list[Statement]:
    """The answer turns of a question-and-answer interview (see the module docstring)."""
    text = analysis.text
    turns = []
    for p in analysis.paragraphs:
        m = _LABEL.match(text, p.start, p.end)
        if m is not None and m.group("label").lower() in _labels():
            turns.append((p, m, _labels()[m.group("label").lower()]))
    kinds = Counter(kind for _, _, kind in turns)
    if kinds["question"] < MIN_TURNS or kinds["answer"] < MIN_TURNS:
        return []
    name = _interviewee(analysis, turns[0][0].start)
    if name is None:
        return []
    out = []
    for p, m, kind in turns:
        if kind != "answer":
            continue
        ref = SourceRef(m.start("label"), m.end("label"), m.group("label"), "anonymous", refers_to=name)
        cue = Cue(m.start("colon"), m.end("colon"), ":", "neutral")
        end = len(text[: p.end].rstrip())
        out.append(Statement("", "direct", ANSWER_SCORE, ref, cue, [Span(m.end(), end)], text_of=text,
                             turn=True))
    return out


def _interviewee(analysis: Analysis, first_turn: int) -> Span | None:
    """The longest mention of the person the paragraphs before `first_turn` name most often."""
    start = analysis.paragraphs[0].start if analysis.paragraphs else 0
    people = [d for d in entities_within(analysis, start, first_turn) if d.get("label") == "PER"]
    if not people:
        return None
    text = analysis.text
    surnames = [text[d["start"] : d["end"]].split()[-1].lower() for d in people]
    counts = Counter(surnames)
    best = max(counts.values())
    chosen = next(s for s in surnames if counts[s] == best)
    mentions = [d for d, s in zip(people, surnames) if s == chosen]
    d = max(mentions, key=lambda d: (d["end"] - d["start"], -d["start"]))
    return Span(d["start"], d["end"])


def turn_speakers(statements: list[Statement]) -> None:
    """A first-person "I" / "we" source inside a turn's content refers to the turn's speaker."""
    turns = [s for s in statements if s.turn and s.source is not None]
    for s in statements:
        ref = s.source
        if s.turn or ref is None or ref.refers_to is not None or ref.text.lower() not in FIRST_PERSON:
            continue
        turn = next((t for t in turns if any(c.start <= ref.start < c.end for c in t.content)), None)
        if turn is not None and turn.source is not None:
            speaker = turn.source
            ref.refers_to = speaker.refers_to or Span(speaker.start, speaker.end)


def drop_label_cues(analysis: Analysis, spans: list[RoleSpan]) -> list[RoleSpan]:
    """`spans` without the cues that are only an interview label's colon ("Q:", "A:")."""
    text = analysis.text
    colons = set()
    for p in analysis.paragraphs:
        m = _LABEL.match(text, p.start, p.end)
        if m is not None and m.group("label").lower() in _labels():
            colons.add(m.start("colon"))
    return [r for r in spans if not (r.role == "cue" and r.start in colons and text[r.start : r.end] == ":")]
