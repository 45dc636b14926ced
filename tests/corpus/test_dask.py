"""Ingest on a real Dask cluster: scheduler and two workers as separate processes on loopback."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cloudpickle
import corpus_fakes
import pytest
from corpus_fakes import corpus_articles, many_articles, snapshot

from newssift.corpus import open_store
from newssift.corpus.ingest import IngestOptions, PipelineFactory, ingest

DASK = Path(sys.executable).with_name("dask")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """`dask scheduler` and two `dask worker` processes; yields the scheduler address."""
    if not DASK.exists():
        pytest.skip(f"the dask command line is not installed ({DASK})")
    address = f"tcp://127.0.0.1:{free_port()}"
    port = address.rsplit(":", 1)[1]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    procs = [subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", port,
                               "--no-dashboard"], **quiet)]
    procs += [subprocess.Popen([str(DASK), "worker", address, "--nthreads", "1", "--no-dashboard",
                                "--no-nanny", "--host", "127.0.0.1", "--name", f"w{i}"], **quiet)
              for i in range(2)]  # no nanny: each worker is the one process we started
    try:
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
        yield address
    finally:
        for proc in reversed(procs):
            proc.kill()  # they hold nothing worth a graceful shutdown
        for proc in procs:
            proc.wait(timeout=30)


@pytest.fixture
def picklable_tests(tiny_encoder: Any) -> Iterator[None]:
    """Workers cannot import the test modules: send their code by value."""
    modules = [corpus_fakes, sys.modules[type(tiny_encoder).__module__]]
    for module in modules:
        cloudpickle.register_pickle_by_value(module)
    yield
    for module in modules:
        cloudpickle.unregister_pickle_by_value(module)


@pytest.mark.usefixtures("picklable_tests")
def test_dask_ingest_stores_exactly_what_a_local_run_stores(
        scheduler: str, tmp_path: Path, factory: PipelineFactory) -> None:
    from newssift.corpus.dask import dask_executor

    articles = corpus_articles() + many_articles(24)
    options = IngestOptions(batch_size=3)
    with open_store(tmp_path / "dask.db") as on_dask, open_store(tmp_path / "local.db") as local:
        with dask_executor(scheduler) as executor:
            assert len(executor.client.scheduler_info()["workers"]) == 2
            report = ingest(articles, on_dask, options, factory, executor=executor)
            pids = set(executor.client.run(lambda: __import__("os").getpid()).values())
        ingest(articles, local, options, factory)
        assert (report.new, report.near_duplicates, report.copies) == (
            local.stats()["articles"], local.stats()["near_duplicates"], 1)
        assert snapshot(on_dask) == snapshot(local)
    assert len(pids) == 2 and __import__("os").getpid() not in pids


def test_an_unreachable_scheduler_is_a_clear_error() -> None:
    from newssift.corpus.dask import dask_executor
    from newssift.errors import StoreError

    with pytest.raises(StoreError, match="cannot reach the Dask scheduler"), \
            dask_executor(f"tcp://127.0.0.1:{free_port()}", timeout=1):
        pass
