"""The entities layer as the attribution rules read it: dicts with `start`, `end`, `label`, `entity_id`…,
converted and indexed by start once per layer rather than once per question (the rules ask hundreds of
times an article)."""

from __future__ import annotations

from bisect import bisect_left

from newssift.analysis import Analysis


def entities_within(analysis: Analysis, start: int, end: int) -> list[dict]:
    """The `entities` layer's entities inside [start, end), as dicts (objects or dicts accepted), in
    order of their start."""
    starts, dicts = _indexed(analysis)
    out = []
    for i in range(bisect_left(starts, start), len(starts)):
        if starts[i] >= end:
            break
        if dicts[i].get("end", -1) <= end:
            out.append(dicts[i])
    return out


def owned(text: str, d: dict) -> bool:
    """Is the entity `d` a possession, right after "its" / "their" / "his" / "her" ("its Merrow Deep gas
    field": a thing the company owns, never the company a later "the company" names)?"""
    return text[max(0, d["start"] - 7) : d["start"]].lower().split()[-1:] in (["its"], ["their"], ["his"],
                                                                               ["her"])


def layer_memo(analysis: Analysis) -> dict:
    """A scratch dict that lives as long as the article's entities layer: for answers that depend only
    on the text and that layer (e.g. "does the article name Vantor as an organisation?")."""
    return _index(analysis)[4]


_INDEX: tuple[object, int, list[int], list[dict], dict] | None = None  # layer, length, starts, dicts, memo


def _indexed(analysis: Analysis) -> tuple[list[int], list[dict]]:
    """The layer's entities as dicts sorted by start, and their starts."""
    index = _index(analysis)
    return index[2], index[3]


def _index(analysis: Analysis) -> tuple[object, int, list[int], list[dict], dict]:
    """The last layer's index is kept (the held reference keeps the layer's identity unique)."""
    global _INDEX
    layer = analysis.layers.get("entities") or []
    cached = _INDEX
    if cached is not None and cached[0] is layer and cached[1] == len(layer):
        return cached
    dicts = sorted((ent if isinstance(ent, dict) else ent.to_dict() for ent in layer),
                   key=lambda d: d.get("start", -1))
    _INDEX = (layer, len(layer), [d.get("start", -1) for d in dicts], dicts, {})
    return _INDEX
