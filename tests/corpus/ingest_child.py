"""Child process of the resume test: `python ingest_child.py DB N BATCH DELAY [STALL_ID]` ingests
`many_articles(N)` in batches of BATCH, sleeping DELAY seconds per article and a minute on article
STALL_ID, so the parent can kill it mid-way. (Run as a script, never imported by the tests: its `conftest` is tests/conftest.py.)"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]  # tests/ first: its conftest holds HashEncoder

from conftest import HashEncoder  # noqa: E402
from corpus_fakes import make_pipeline, many_articles  # noqa: E402

from newssift.corpus import open_store  # noqa: E402
from newssift.corpus.ingest import IngestOptions, PipelineFactory, ingest  # noqa: E402


def main(db: str, n: int, batch: int, delay: float, stall_on: str | None) -> None:
    factory = PipelineFactory(build=functools.partial(make_pipeline, HashEncoder(), delay, stall_on))
    with open_store(db) as store:
        ingest(many_articles(n), store, IngestOptions(batch_size=batch), factory)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]),
         sys.argv[5] if len(sys.argv) > 5 else None)
