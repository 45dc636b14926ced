"""Reusable pieces for showing findings inside the article text (the HTML report, the web app).

- `LAYERS`: the layer colour scheme (label, colour, how it is drawn); `layer_css()` built from it;
- `Mark`: one highlighted range with its layer, part, hover text and data attributes;
- `split_pieces(length, marks)`: the text cut at every mark boundary, each piece with the marks that
  cover it, so overlapping and nested spans render correctly;
- `render_marked_text(text, marks, prefix)`: escaped HTML of the whole text, each piece wrapped
  in one `<span>` per covering mark (outermost first, in `LAYERS` order);
- `esc()`: `html.escape` for text and attribute values (None → "").

Limits: a mark with an empty or out-of-range span is dropped (an overlong end is clipped to the
text), never guessed at.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class LayerStyle:
    label: str
    colour: str  # CSS colour
    draw: str  # "fill" (background), "mark" (lower-half highlighter), "underline", "wavy", "box"
    parts: dict[str, str] = field(default_factory=dict)  # part → its own colour


LAYERS: dict[str, LayerStyle] = {
    "claims": LayerStyle("Claims to check", "rgba(244, 114, 182, 0.22)", "fill"),
    "quotes": LayerStyle("Quotations", "rgba(250, 204, 21, 0.45)", "fill"),
    "statements": LayerStyle(
        "Statements (source → cue → content)", "rgba(96, 165, 250, 0.30)", "fill",
        {"source": "rgba(37, 99, 235, 0.35)", "cue": "rgba(147, 51, 234, 0.35)",
         "content": "rgba(96, 165, 250, 0.18)", "via": "rgba(20, 184, 166, 0.35)"}),
    "quantities": LayerStyle("Figures", "rgba(249, 115, 22, 0.55)", "mark"),
    "entities": LayerStyle("Named entities", "#0f766e", "box"),
    "techniques": LayerStyle("Persuasion techniques", "#dc2626", "wavy",
                             {"paragraph": "rgba(220, 38, 38, 0.35)"}),
}


def esc(value: object) -> str:
    """Escape text or an attribute value for HTML (quotes included); None becomes ''."""
    return "" if value is None else html.escape(str(value), quote=True)


def layer_css(scope: str = ".report") -> str:
    """CSS for `.hl-<layer>` spans and the per-layer toggles: a layer is hidden when the
    checkbox `.toggle-<layer>` inside the same `scope` element is unchecked."""
    rules = [".hl { border-radius: 2px; }"]
    for name, style in LAYERS.items():
        rules.append(f".hl-{name} {{ {_draw(style.draw, style.colour)} }}")
        for part, colour in style.parts.items():
            rules.append(f".hl-{name}-{part} {{ {_draw(style.draw, colour)} }}")
        rules.append(f".swatch-{name} {{ {_draw(style.draw, style.colour)} }}")
        rules.append(
            f"{scope}:has(.toggle-{name}:not(:checked)) .hl-{name} {{ background: none; "
            "box-shadow: none; text-decoration: none; border-color: transparent; }"
        )
    return "\n".join(rules)


def _draw(draw: str, colour: str) -> str:
    if draw == "fill":
        return f"background-color: {colour};"
    if draw == "mark":
        return f"box-shadow: inset 0 -0.45em 0 {colour};"
    if draw == "underline":
        return f"text-decoration: underline 2px {colour};"
    if draw == "wavy":
        return f"text-decoration: underline wavy {colour}; text-underline-offset: 3px;"
    return f"border-bottom: 2px solid {colour};"


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted range: `layer` is a key of `LAYERS`, `part` an optional sub-part
    (statements: source, cue, content, via), `tip` the hover text, `data` extra `data-*` attributes,
    `anchor` an element id placed on the mark's first piece."""

    start: int
    end: int
    layer: str
    tip: str = ""
    part: str = ""
    data: tuple[tuple[str, str], ...] = ()
    anchor: str = ""


@dataclass(frozen=True, slots=True)
class Piece:
    start: int
    end: int
    marks: tuple[int, ...]  # indices into the marks, outermost first


def split_pieces(length: int, marks: Sequence[Mark]) -> list[Piece]:
    """Cut `[0, length)` at every mark boundary; each piece lists the marks covering it.

    Marks are nested in `LAYERS` order, then longer first, so a piece's wrapping is stable.
    One sweep over the boundaries: O((pieces + marks) · marks covering a piece).
    """
    valid = [i for i, m in enumerate(marks) if 0 <= m.start < min(m.end, length)]
    rank = {name: r for r, name in enumerate(LAYERS)}
    position = {i: (rank.get(marks[i].layer, len(rank)), marks[i].start - marks[i].end, i)
                for i in valid}
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i in valid:
        starts.setdefault(marks[i].start, []).append(i)
        ends.setdefault(min(marks[i].end, length), []).append(i)
    bounds = sorted({0, length, *starts, *ends})
    active: set[int] = set()
    pieces = []
    for start, end in itertools.pairwise(bounds):
        active.difference_update(ends.get(start, ()))
        active.update(starts.get(start, ()))
        pieces.append(Piece(start, end, tuple(sorted(active, key=position.__getitem__))))
    return pieces


def render_marked_text(text: str, marks: Sequence[Mark], prefix: str = "") -> str:
    """The escaped text with every piece wrapped in its marks' spans; `prefix` makes anchors unique
    when several articles share a page. The hover text of all covering marks goes on the piece's
    outermost span (`title`), one line per mark."""
    out = []
    for piece in split_pieces(len(text), marks):
        inner = esc(text[piece.start : piece.end])
        tips = list(dict.fromkeys(marks[i].tip for i in piece.marks if marks[i].tip))
        for depth, i in reversed(list(enumerate(piece.marks))):
            mark = marks[i]
            tip = "\n".join(tips) if depth == 0 else ""
            anchor = prefix + mark.anchor if mark.anchor and piece.start == mark.start else ""
            inner = _open(mark, tip, anchor) + inner + "</span>"
        out.append(inner)
    return "".join(out)


def _open(mark: Mark, tip: str, anchor: str) -> str:
    classes = f"hl hl-{mark.layer}" + (f" hl-{mark.layer}-{mark.part}" if mark.part else "")
    attrs = [f'class="{esc(classes)}"']
    if anchor:
        attrs.append(f'id="{esc(anchor)}"')
    if tip:
        attrs.append(f'title="{esc(tip)}"')
    attrs.extend(f'data-{esc(k)}="{esc(v)}"' for k, v in mark.data)
    return "<span " + " ".join(attrs) + ">"
