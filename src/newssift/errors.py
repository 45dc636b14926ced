"""The error hierarchy: every failure newssift reports on purpose is one of these.

Each error subclasses `NewssiftError` and the builtin it resembles, so callers can catch either.
Messages say what was wrong and what to do; front ends print `str(err)` on one line.
"""

from __future__ import annotations


class NewssiftError(Exception):
    """Base class of every error newssift raises on purpose."""

    code = "E000"

    def __str__(self) -> str:
        return f"{self.code}: {super().__str__()}"


class InputError(NewssiftError, ValueError):
    """An input could not be read as an article (empty, binary, malformed, too large)."""

    code = "E100"


class EmptyInputError(InputError):
    code = "E101"


class BinaryInputError(InputError):
    code = "E102"


class EncodingError(InputError):
    code = "E103"


class FormatError(InputError):
    """Unknown format, malformed HTML or a bad JSONL line."""

    code = "E104"


class SizeLimitError(InputError):
    code = "E105"


class MissingPathError(NewssiftError, FileNotFoundError):
    code = "E106"


class LanguageError(InputError):
    """The article is not in English and the `allow_non_english` setting is off."""

    code = "E107"


class ConfigError(NewssiftError, ValueError):
    """A setting is unknown or badly typed (config file, NEWSSIFT_* environment, overrides)."""

    code = "E050"


class LanguageWarning(UserWarning):
    """The text does not look like English; the models are English-only."""


class PipelineError(NewssiftError, RuntimeError):
    """The pipeline is misconfigured: an analyzer requires something nothing assigns."""

    code = "E200"


class AnalyzerError(NewssiftError, RuntimeError):
    """An analyzer failed on one article; the batch goes on without it."""

    code = "E201"


class ModelError(NewssiftError, OSError):
    """A model directory is missing, incomplete or of the wrong version."""

    code = "E300"


class FilterError(InputError):
    """A search or aggregate filter has an invalid value (a malformed date, an unknown technique or
    source kind). A `ValueError`; the CLI exits 2 and the web API answers 400."""

    code = "E401"


class StoreError(NewssiftError, RuntimeError):
    """The corpus store cannot be opened, migrated or queried."""

    code = "E400"


class OutputError(NewssiftError, ValueError):
    """An analysis cannot be written in the requested format (unknown format, several articles
    where the format holds one)."""

    code = "E500"


class SchemaError(OutputError):
    """An analysis document does not match the JSON Schema; `path` is the JSON path of the first
    error (e.g. `$.quotes[0].score`)."""

    code = "E501"

    def __init__(self, message: str, path: str = "$"):
        super().__init__(message)
        self.path = path
