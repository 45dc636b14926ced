"""Named, ordered schema migrations, one list per back end.

A migration is a name (`0001_initial`, ...) and the SQL statements that take the schema from the previous
version to this one. The store records applied names in `schema_migrations` and applies the missing ones,
in order, each in its own transaction, when it opens. Never edit a released migration: append a new one.
Limits: there are no down-migrations; a store whose recorded migrations are not a prefix of the known list
(written by a newer newssift) is refused with `StoreError` rather than guessed at.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newssift.errors import StoreError


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    statements: tuple[str, ...]


def pending(known: Sequence[Migration], applied: Sequence[str]) -> list[Migration]:
    """The migrations still to apply, in order; refuses a store migrated by an unknown version."""
    names = [m.name for m in known]
    unknown = [a for a in applied if a not in names]
    if unknown:
        raise StoreError(
            f"the corpus store has migration(s) {', '.join(unknown)} that this newssift does not know; "
            "upgrade newssift or open another store")
    if list(applied) != names[: len(applied)]:
        raise StoreError(f"the corpus store's migrations {list(applied)} are out of order; "
                         "the store was changed by hand — restore it from a backup")
    return list(known[len(applied):])


def split(script: str) -> tuple[str, ...]:
    """Statements of a script separated by lines holding only `--;` (so triggers keep their `;`)."""
    return tuple(s.strip() for s in script.split("\n--;\n") if s.strip())
