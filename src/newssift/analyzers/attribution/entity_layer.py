"""The entities layer as the attribution rules read it: dicts with `start`, `end`, `label`, `entity_id`…,
converted once per layer rather than once per question (the rules ask hundreds of times an article)."""

from __future__ import annotations

from newssift.analysis import Analysis


def entities_within(analysis: Analysis, start: int, end: int) -> list[dict]:
    """The `entities` layer's entities inside [start, end), as dicts (objects or dicts accepted)."""
    return [d for d in _entity_dicts(analysis) if start <= d.get("start", -1) and d.get("end", -1) <= end]


_DICTS: tuple[object, int, list[dict]] | None = None  # (layer, its length, its entities as dicts)


def _entity_dicts(analysis: Analysis) -> list[dict]:
    """The entities layer as dicts, converted once per layer (the last layer's are kept: a statement
    pass asks hundreds of times; the held reference keeps the layer's identity unique)."""
    global _DICTS
    layer = analysis.layers.get("entities") or []
    cached = _DICTS
    if cached is not None and cached[0] is layer and cached[1] == len(layer):
        return cached[2]
    dicts = [ent if isinstance(ent, dict) else ent.to_dict() for ent in layer]
    _DICTS = (layer, len(layer), dicts)
    return dicts
