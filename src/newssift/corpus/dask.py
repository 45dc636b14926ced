"""Scale-out on Dask: workers analyse, the client is the one writer.

    with dask_executor("local", workers=2) as executor:          # or "tcp://scheduler:8786"
        report = ingest(articles, store, options, factory, executor=executor)

The client reads the sources, skips stored articles and submits one task per batch
(`newssift.corpus.ingest.analyse`); each worker builds the pipeline once from the `PipelineFactory`
(broadcast to every worker) and returns plain records. The client waits for results in submission order
and writes them, so the store ends exactly as after a local run. At most `max_in_flight` batches are
out at once (default: twice the workers, plus one), which bounds memory on both sides.
Limits: workers need newssift (and its models) installed; a worker lost mid-batch makes Dask retry
the task elsewhere; the scheduler is not secured here — use Dask's TLS settings on untrusted networks.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from newssift.corpus.ingest import Analysed, Batch, PipelineFactory, analyse
from newssift.errors import StoreError


class DaskExecutor:
    """Runs `analyse` for each batch on a Dask cluster and yields results in input order."""

    def __init__(self, client: Any, max_in_flight: int | None = None):
        self.client = client
        workers = max(len(client.scheduler_info().get("workers", {})), 1)
        self.max_in_flight = max_in_flight or 2 * workers + 1

    def run(self, factory: PipelineFactory, batches: Iterator[Batch]
            ) -> Iterator[tuple[Batch, Analysed]]:
        shared = self.client.scatter(factory, broadcast=True, hash=False)
        window: deque[tuple[Batch, Any]] = deque()
        for batch in batches:
            future = (self.client.submit(analyse, shared, batch.articles, pure=False)
                      if batch.articles else None)
            window.append((batch, future))
            if len(window) >= self.max_in_flight:
                yield self._result(*window.popleft())
        while window:
            yield self._result(*window.popleft())

    @staticmethod
    def _result(batch: Batch, future: Any) -> tuple[Batch, Analysed]:
        if future is None:
            return batch, ([], [])
        result = future.result()
        future.release()
        return batch, result


@contextmanager
def dask_executor(address: str, workers: int = 2, max_in_flight: int | None = None,
                  timeout: float = 30.0) -> Iterator[DaskExecutor]:
    """A `DaskExecutor` on a new local cluster (`address="local"`: `workers` processes, one thread
    each) or on the scheduler at `address` (`tcp://host:8786`); closes what it opened."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise StoreError("Dask is not installed; install newssift[corpus] "
                         "(pip install 'newssift[corpus]')") from err
    cluster = None
    try:
        if address == "local":
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster, timeout=timeout)
        else:
            client = Client(address, timeout=timeout)
    except (OSError, TimeoutError) as err:
        if cluster is not None:
            cluster.close()
        raise StoreError(f"cannot reach the Dask scheduler at {address}: {err}; start one with "
                         "`dask scheduler` or use --dask local") from err
    try:
        yield DaskExecutor(client, max_in_flight)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
