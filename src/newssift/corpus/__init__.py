"""The corpus layer: store analysed articles, search and aggregate them, follow claims and sources.

    from newssift.corpus import open_store, Filters
    store = open_store("corpus.db")          # or "postgresql://user@host/db"

See `store` (the API), `ingest` (resumable batch ingestion), `dask` (scale-out), `query`, `clusters`
and `export`. Needs the `corpus` extra (pandas; psycopg for PostgreSQL; dask for scale-out).
"""

from __future__ import annotations

from newssift.corpus.store import Added, FilterError, Filters, Store, open_store

__all__ = ["Added", "FilterError", "Filters", "Store", "open_store"]
