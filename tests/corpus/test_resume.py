"""Kill -9 in the middle of an ingest, run it again, and compare the store with a clean run."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from corpus_fakes import snapshot

from newssift.corpus import open_store

CHILD = Path(__file__).with_name("ingest_child.py")
N = 48
BATCH = 4
STALL = "art-020"  # in the sixth batch: the child cannot finish before it is killed


def run_child(db: Path, delay: float = 0.0, stall_on: str | None = None) -> subprocess.Popen[bytes]:
    argv = [sys.executable, str(CHILD), str(db), str(N), str(BATCH), str(delay)]
    return subprocess.Popen([*argv, stall_on] if stall_on else argv, stderr=subprocess.PIPE)


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    with contextlib.closing(sqlite3.connect(db, timeout=30)) as conn:
        try:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:  # not migrated yet
            return 0


def kill_mid_way(db: Path) -> int:
    child = run_child(db, delay=0.01, stall_on=STALL)
    deadline = time.monotonic() + 60
    try:
        while stored(db) < 2 * BATCH:
            assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
            assert time.monotonic() < deadline, "the child stored nothing in 60 s"
            time.sleep(0.02)
    finally:
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    return stored(db)


@pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")
def test_killed_ingest_resumes_to_the_same_store_as_a_clean_run(tmp_path: Path) -> None:
    resumed, clean = tmp_path / "resumed.db", tmp_path / "clean.db"
    at_kill = kill_mid_way(resumed)
    assert 2 * BATCH <= at_kill <= 20, "the kill came before the second batch or after the stall"
    assert at_kill % BATCH == 0, "a batch was half-committed"
    assert run_child(resumed).wait(timeout=120) == 0
    assert run_child(clean).wait(timeout=120) == 0
    with open_store(resumed) as a, open_store(clean) as b:
        first, second = snapshot(a), snapshot(b)
    assert len(first["articles"]) == N
    assert first == second
