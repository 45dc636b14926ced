"""Reading PolNeAR (brat standoff) into articles with gold attributions, and gold token tags.

PolNeAR (github.com/networkdynamics/PolNeAR) has, per split, `text/<stem>.txt` and one or more
`attributions/<stem>_<annotator>.ann` files. Some texts were annotated by several annotators: we keep ONE
annotation per text, the one with the most attributions (ties → the annotator code that sorts first), so
train and dev both see each text once. Brat spans may be discontinuous (`start end;start end`): each
fragment is kept as its own span. `Discuss` / `Discard` spans are ignored. Offsets are code points into
the text file decoded as UTF-8, which is exactly `Article.text` for plain-text input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from newssift.analysis import Analysis
from newssift.text import Article, Span

ROLES = ("source", "cue", "content")
TAGS = ("O", "B-source", "I-source", "B-cue", "I-cue", "B-content", "I-content")
T_LINE = re.compile(r"^(T\d+)\t(\w[\w-]*) ([\d ;]+)\t", re.M)
E_LINE = re.compile(r"^(E\d+)\t(.*)$", re.M)


@dataclass
class GoldAttribution:
    source: list[Span] = field(default_factory=list)
    cue: list[Span] = field(default_factory=list)
    content: list[Span] = field(default_factory=list)


@dataclass
class GoldDoc:
    id: str
    text: str
    attributions: list[GoldAttribution]
    annotator: str

    def spans(self, role: str) -> list[Span]:
        return [s for a in self.attributions for s in getattr(a, role)]


def load_split(root: Path | str, split: str, limit: int | None = None) -> list[GoldDoc]:
    """All texts of `root/<split>` with one annotation each (see the module docstring)."""
    docs = []
    for stem, text, parsed in load_annotations(root, split, limit):
        annotator = max(parsed, key=lambda a: (len(parsed[a]), [-ord(c) for c in a]))
        docs.append(GoldDoc(stem, text, parsed[annotator], annotator))
    return docs


def load_annotations(root: Path | str, split: str, limit: int | None = None
                     ) -> list[tuple[str, str, dict[str, list[GoldAttribution]]]]:
    """(stem, text, {annotator: attributions}) for every annotated text of `root/<split>`."""
    base = Path(root) / split
    if not (base / "text").is_dir():
        raise FileNotFoundError(f"{base}/text not found: pass --data pointing at the PolNeAR folder")
    anns: dict[str, list[Path]] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        anns.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    out = []
    for path in sorted((base / "text").glob("*.txt"))[:limit]:
        parsed = {a.stem.rsplit("_", 1)[1]: _parse_ann(a.read_text(encoding="utf-8"))
                  for a in anns.get(path.stem, [])}
        if parsed:
            out.append((path.stem, path.read_text(encoding="utf-8"), parsed))
    return out


def _parse_ann(ann: str) -> list[GoldAttribution]:
    spans: dict[str, tuple[str, list[Span]]] = {}
    for m in T_LINE.finditer(ann):
        frags = [tuple(int(x) for x in f.split()) for f in m.group(3).split(";")]
        spans[m.group(1)] = (m.group(2), [Span(a, b) for a, b in frags if b > a])
    out = []
    for m in E_LINE.finditer(ann):
        att = GoldAttribution()
        for arg in m.group(2).split():
            role, _, ref = arg.partition(":")
            role = re.sub(r"\d+$", "", role).lower()
            if role in ROLES and ref in spans:
                getattr(att, role).extend(spans[ref][1])
        if att.cue or att.content:
            out.append(att)
    return out


def analysis_of(doc: GoldDoc) -> Analysis:
    return Analysis.of(Article(text=doc.text, id=doc.id))


def token_tags(analysis: Analysis, doc: GoldDoc) -> np.ndarray:
    """One tag index (into TAGS) per shared token: a token takes the role of the gold fragment that
    covers most of its characters; B- marks the first token of each fragment."""
    tags = np.zeros(len(analysis.tokens), np.int64)
    starts = np.array([t.start for t in analysis.tokens])
    ends = np.array([t.end for t in analysis.tokens])
    for role in ROLES:
        for frag in doc.spans(role):
            inside = (np.minimum(ends, frag.end) - np.maximum(starts, frag.start)) * 2 >= (ends - starts)
            idx = np.flatnonzero(inside & (ends > frag.start) & (starts < frag.end))
            if len(idx):
                tags[idx] = TAGS.index(f"I-{role}")
                tags[idx[0]] = TAGS.index(f"B-{role}")
    return tags
