"""Layered settings: defaults < `newssift.toml` (or $NEWSSIFT_CONFIG) < NEWSSIFT_* env < overrides.

`Settings` is a frozen dataclass: build one with `Settings.load(overrides)` at a program's edge
(the CLI, the web app) and pass it down; nothing reads the environment behind the caller's back,
and nothing is read at import time.

The config file is TOML with the setting names as top-level keys (an optional `[newssift]` table is
also accepted)::

    max_bytes = 4_000_000
    analyzers = ["quotes", "quantities"]
    allow_non_english = false

Environment variables are the upper-cased names with a `NEWSSIFT_` prefix:
`NEWSSIFT_MAX_BYTES=4000000`, `NEWSSIFT_ANALYZERS=quotes,quantities` (comma-separated),
`NEWSSIFT_ALLOW_NON_ENGLISH=0` (1/0, true/false, yes/no, on/off). `NEWSSIFT_CONFIG` names the config
file instead of `./newssift.toml`.
Limits: an unknown key or a badly typed value anywhere raises `ConfigError` rather than being
ignored; overrides whose value is None are skipped (so unset CLI flags fall through to the lower
layers).
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from newssift.errors import ConfigError

CONFIG_FILE = "newssift.toml"
CONFIG_ENV = "NEWSSIFT_CONFIG"
ENV_PREFIX = "NEWSSIFT_"
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def _setting(default: Any, doc: str) -> Any:
    return dataclasses.field(default=default, metadata={"help": doc})


def describe() -> dict[str, tuple[Any, str]]:
    """Every setting's name → (default, help), for docs and `--help` texts."""
    return {f.name: (f.default, f.metadata["help"]) for f in fields(Settings)}


@dataclass(frozen=True, slots=True)
class Settings:
    """Every knob newssift reads, with its default. Field docs are the `help` metadata."""

    max_bytes: int = _setting(2 * 1024 * 1024, "largest input file (bytes) read as one article")
    max_chars: int = _setting(1_000_000, "longest article text (characters) analysed")
    batch_size: int = _setting(16, "articles per pipeline batch")
    analyzers: tuple[str, ...] | None = _setting(
        None, "analyzers to run, in registry order (None: all available)")
    allow_non_english: bool = _setting(
        True, "analyse non-English articles with a warning (false: reject them)")
    language_min_chars: int = _setting(40, "texts with fewer letters get no language guess")
    html_fetch_timeout: float = _setting(20.0, "seconds to wait when fetching a web page")
    output_format: str = _setting("json", "default output format: json, jsonl, markdown or html")
    database: str = _setting("newssift.db", "corpus store: SQLite path or postgresql:// URL")
    host: str = _setting("127.0.0.1", "web app host")
    port: int = _setting(8000, "web app port")

    def __post_init__(self) -> None:
        for name in ("max_bytes", "max_chars", "batch_size", "port"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"setting {name} must be positive, got {getattr(self, name)}")
        if self.html_fetch_timeout <= 0:
            raise ConfigError(f"setting html_fetch_timeout must be positive, "
                              f"got {self.html_fetch_timeout}")

    @classmethod
    def load(
        cls,
        overrides: Mapping[str, Any] | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        cwd: Path | None = None,
    ) -> Settings:
        """Defaults < config file < NEWSSIFT_* environment < `overrides` (None values skipped).

        `environ` and `cwd` default to the process's own; tests pass their own.
        """
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        config = config_path(environ, cwd)
        if config is not None:
            values.update(_coerce_all(read_config(config), f"config file {config}"))
        values.update(_from_env(environ))
        given = {k: v for k, v in (overrides or {}).items() if v is not None}
        values.update(_coerce_all(given, "overrides"))
        return cls(**values)

    def replace(self, **changes: Any) -> Settings:
        """A copy with some settings changed (values checked like overrides)."""
        return dataclasses.replace(self, **_coerce_all(changes, "replace()"))


def config_path(environ: Mapping[str, str], cwd: Path | None = None) -> Path | None:
    """$NEWSSIFT_CONFIG (must exist) or `./newssift.toml` when present, else None."""
    named = environ.get(CONFIG_ENV)
    if named:
        path = Path(named)
        if not path.is_file():
            raise ConfigError(f"{CONFIG_ENV}={named} does not name a readable file; "
                              "fix the path or unset the variable")
        return path
    local = (cwd or Path.cwd()) / CONFIG_FILE
    return local if local.is_file() else None


def read_config(path: Path) -> dict[str, Any]:
    """The settings table of a TOML config file (top level, or its `[newssift]` table)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"cannot read config file {path}: {err}") from err
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"config file {path} is not valid TOML: {err}") from err
    table = data.get("newssift", data)
    if not isinstance(table, dict):
        raise ConfigError(f"config file {path}: [newssift] must be a table")
    return table


def _field_types() -> dict[str, str]:
    return {f.name: str(f.type) for f in fields(Settings)}


def _from_env(environ: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in _field_types():
        key = ENV_PREFIX + name.upper()
        if key in environ:
            values[name] = _coerce(name, environ[key], f"environment variable {key}")
    return values


def _coerce_all(raw: Mapping[str, Any], where: str) -> dict[str, Any]:
    known = _field_types()
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise ConfigError(f"unknown setting(s) {', '.join(unknown)} in {where}; "
                          f"known: {', '.join(known)}")
    return {name: _coerce(name, value, where) for name, value in raw.items()}


def _coerce(name: str, value: Any, where: str) -> Any:
    """`value` converted to the type of setting `name` (strings parsed, other types checked)."""
    kind = _field_types()[name]
    try:
        if kind == "bool":
            return _to_bool(value)
        if kind == "int":
            return _to_number(value, int)
        if kind == "float":
            return float(_to_number(value, float))
        if kind.startswith("tuple"):
            return _to_names(value)
        if not isinstance(value, str):
            raise TypeError(f"expected a string, got {type(value).__name__}")
        return value
    except (TypeError, ValueError) as err:
        raise ConfigError(f"bad value {value!r} for setting {name} in {where}: {err}") from err


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise ValueError("expected true/false (1/0, yes/no, on/off)")


def _to_number(value: Any, kind: type) -> int | float:
    if isinstance(value, bool):
        raise TypeError("expected a number, got a boolean")
    if isinstance(value, str):
        return kind(value.strip().replace("_", ""))
    if isinstance(value, int) or (kind is float and isinstance(value, float)):
        return value
    raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")


def _to_names(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, str):
        names = tuple(s.strip() for s in value.split(",") if s.strip())
    elif isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        names = tuple(value)
    else:
        raise TypeError("expected a list of names or a comma-separated string")
    return names or None
