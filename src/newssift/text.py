"""The text model: one immutable article text, and spans into it.

Everything any analyzer finds is a `Span` (or a record carrying one) into `Article.text`. For plain-text
input, `text` is exactly the decoded file content, so offsets index the user's own copy of the file.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open character range `[start, end)` into an article's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Article:
    """One article: its text (title, blank line, paragraphs) and metadata.

    `title` is the title's text when the source gave or showed one; segmentation finds its span.
    """

    text: str
    id: str = "article"
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def with_(self, **changes: Any) -> Article:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int | None  # None for the title
    token_start: int = 0  # index of its first token in `Analysis.tokens`
    token_end: int = 0


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    text: str
    index: int
    sentence_start: int = 0
    sentence_end: int = 0


def span_dict(text: str, start: int, end: int) -> dict[str, Any]:
    """The output contract's span fields: start, end and the exact slice."""
    return {"start": start, "end": end, "text": text[start:end]}


def to_jsonable(value: Any) -> Any:
    """Dataclasses, tuples, numpy scalars → plain JSON values (records stay flat and explicit)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        to_dict = getattr(value, "to_dict", None)
        if callable(to_dict):
            return to_dict()
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if hasattr(value, "item") and callable(value.item):  # numpy scalar
        return value.item()
    if isinstance(value, float):
        return round(value, 4)
    return value
