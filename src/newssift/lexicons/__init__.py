"""Word lists kept as data, one file per list and language (`en/NAME.txt`)."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load(name: str, language: str = "en") -> frozenset[str]:
    """The entries of `lexicons/<language>/<name>.txt`: one per line, `#` starts a comment."""
    path = resources.files(__package__).joinpath(language, f"{name}.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(s for line in lines if (s := line.split("#", 1)[0].strip()))


@cache
def load_pairs(name: str, language: str = "en") -> dict[str, str]:
    """A `key|value` list (`load`) as a dict: lower-cased keys, stripped values."""
    out = {}
    for entry in load(name, language):
        key, _, value = entry.partition("|")
        out[key.strip().lower()] = value.strip()
    return out
