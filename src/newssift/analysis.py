"""`Analysis`: one article, its shared segmentation, and the layers analyzers assign to it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newssift.segment import Segmentation, segment
from newssift.text import Article, Paragraph, Sentence, Span, Token, span_dict, to_jsonable

SCHEMA_ID = "newssift.analysis/1"


@dataclass
class Analysis:
    """An article being analysed. Analyzers read the segmentation and write `layers[name]`.

    `layers` maps an analyzer's assigned key (e.g. "quotes") to its findings; `sentence_fields` maps a
    key to one value per sentence (e.g. "checkworthy") and is written into each `sentences` item.
    `encoding` holds the shared encoder's output (see `newssift.encoder.Encoded`), never serialised.
    """

    article: Article
    segmentation: Segmentation
    layers: dict[str, Any] = field(default_factory=dict)
    sentence_fields: dict[str, list[Any]] = field(default_factory=dict)
    encoding: Any = None
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, article: Article) -> Analysis:
        has_title = True if article.title else None
        analysis = cls(article, segment(article.text, has_title=has_title))
        if article.language not in (None, "en"):
            analysis.warnings.append(
                f"language {article.language!r} detected: newssift's models are English-only, "
                "so findings on this article are unreliable"
            )
        return analysis

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def title(self) -> Span | None:
        return self.segmentation.title

    @property
    def paragraphs(self) -> list[Paragraph]:
        return self.segmentation.paragraphs

    @property
    def sentences(self) -> list[Sentence]:
        return self.segmentation.sentences

    @property
    def tokens(self) -> list[Token]:
        return self.segmentation.tokens

    def has(self, key: str) -> bool:
        return key in self.layers or key in self.sentence_fields or key in BASE_KEYS

    def to_dict(self) -> dict[str, Any]:
        """The versioned JSON document (schema `newssift.analysis/1`)."""
        a = self.article
        title = self.title
        doc: dict[str, Any] = {
            "schema": SCHEMA_ID,
            "article": {
                "id": a.id,
                "title": a.title if a.title is not None else (title.slice(a.text) if title else None),
                "title_span": {"start": title.start, "end": title.end} if title else None,
                "outlet": a.outlet,
                "url": a.url,
                "published": a.published,
                "language": a.language,
                "source": a.source,
                "content_hash": a.content_hash,
                "text": a.text,
            },
            "warnings": list(self.warnings),
            "paragraphs": [
                {**span_dict(a.text, p.start, p.end), "index": p.index} for p in self.paragraphs
            ],
            "sentences": [self._sentence_dict(i, s) for i, s in enumerate(self.sentences)],
        }
        for key, value in self.layers.items():
            doc[key] = to_jsonable(value)
        return doc

    def _sentence_dict(self, i: int, s: Sentence) -> dict[str, Any]:
        item = {**span_dict(self.text, s.start, s.end), "index": i, "paragraph": s.paragraph}
        for key, values in self.sentence_fields.items():
            item[key] = to_jsonable(values[i])
        return item


BASE_KEYS = frozenset({"title", "paragraphs", "sentences", "tokens"})
