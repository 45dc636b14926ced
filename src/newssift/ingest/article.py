"""`article_from_text`: the one place an `Article` is built from input text, whatever the format."""

from __future__ import annotations

import re
from typing import Any

from newssift.errors import LanguageError
from newssift.ingest.decode import check_text
from newssift.language import detect_language
from newssift.settings import Settings
from newssift.text import Article


def article_from_text(
    text: str,
    id: str = "article",
    *,
    settings: Settings | None = None,
    where: str | None = None,
    **meta: Any,
) -> Article:
    """An `Article` from `text` and metadata (`title`, `outlet`, `url`, `published`, `language`,
    `source`, `meta`), checked against `settings` (default `Settings()`).

    With a `title`, the article text is `title + "\\n\\n" + text`, so every offset indexes that
    composed text — unless `text` already starts with the title followed by a blank line, when it is
    kept as is.
    The title's whitespace is collapsed to single spaces. Without a title, `text` is kept exactly.
    `language` is detected (`newssift.language`) unless given; a non-English article raises
    `LanguageError` when `settings.allow_non_english` is off.
    Raises EmptyInputError (blank text), SizeLimitError (over max_chars), LanguageError; `where`
    (default `article '<id>'`) starts their messages.
    """
    settings = settings or Settings()
    where = where or f"article {id!r}"
    check_text(text, where, settings)
    title = " ".join(str(meta.pop("title", None) or "").split()) or None
    if title is not None and not _starts_with_title(text, title):
        text = f"{title}\n\n{text}"
    check_text(text, where, settings)
    if meta.get("language") is None:
        meta["language"] = detect_language(text, settings.language_min_chars)
    check_language(meta["language"], where, settings)
    return Article(text=text, id=str(id), title=title, **meta)


def check_language(language: str | None, where: str, settings: Settings) -> None:
    """LanguageError when `language` is known, not English, and non-English input is not allowed."""
    if settings.allow_non_english or language in (None, "en"):
        return
    raise LanguageError(
        f"{where}: the text looks like {language!r}, not English, and allow_non_english is off; "
        "set allow_non_english = true (NEWSSIFT_ALLOW_NON_ENGLISH=1) to analyse it anyway"
    )


def _starts_with_title(text: str, title: str) -> bool:
    return re.match(re.escape(title) + r"[ \t]*\r?\n[ \t]*\r?\n", text) is not None
