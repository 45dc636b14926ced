"""CLI tests run `newssift.cli.main` in-process, in an empty working directory, with no NEWSSIFT_*
environment and the tiny hash encoder standing in for the shipped model."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import newssift.encoder
from newssift.cli import main


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


@pytest.fixture(autouse=True)
def clean_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tiny_encoder: object
) -> None:
    monkeypatch.chdir(tmp_path)
    for key in [k for k in os.environ if k.startswith("NEWSSIFT_")]:
        monkeypatch.delenv(key)
    monkeypatch.setattr(newssift.encoder, "shared_encoder", lambda *args: tiny_encoder)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    def run(*argv: str) -> Result:
        code = main(list(argv))
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err
        return Result(code, captured.out, captured.err)

    return run
