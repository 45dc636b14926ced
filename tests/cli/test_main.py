"""`newssift` itself: commands discovered, help with examples, usage and failure exit codes."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import pytest

from newssift import __version__
from newssift.cli import COMMANDS, installed_commands, report_exception
from newssift.errors import ConfigError, InputError, PipelineError

Cli = Callable[..., Any]


def test_commands_are_registered_in_order(cli: Cli) -> None:
    names = installed_commands()
    assert names[:2] == ["analyze", "schema"]
    assert names == [c for c in COMMANDS if c in names]
    listing = cli("--help").out
    positions = [listing.index(f"    {name} ") for name in names]
    assert positions == sorted(positions)


@pytest.mark.parametrize("command", installed_commands())
def test_every_command_help_shows_an_example(cli: Cli, command: str) -> None:
    result = cli(command, "--help")
    assert result.code == 0
    assert "example" in result.out and f"newssift {command}" in result.out


def test_analyze_help_groups_its_options(cli: Cli) -> None:
    out = cli("analyze", "--help").out
    assert out.index("input:") < out.index("analysis:") < out.index("output:")


@pytest.mark.parametrize(("argv", "code"), [([], 2), (["frobnicate"], 2), (["--version"], 0)])
def test_top_level_exit_codes(cli: Cli, argv: list[str], code: int) -> None:
    result = cli(*argv)
    assert result.code == code
    if argv == ["--version"]:
        assert result.out.strip() == f"newssift {__version__}"


@pytest.mark.parametrize(
    ("error", "code", "line"),
    [
        (ConfigError("bad value"), 2, "newssift: E050: bad value"),
        (PipelineError("needs quotes"), 2, "newssift: E200: needs quotes"),
        (InputError("two\nlines"), 1, "newssift: E100: two lines"),
        (PermissionError(13, "Permission denied", "out.json"), 1,
         "newssift: out.json: Permission denied"),
        (ModuleNotFoundError("No module named 'pandas'", name="pandas"), 2,
         "newssift: this command needs the optional package 'pandas': "
         "pip install 'newssift[corpus,web]'"),
        (ModuleNotFoundError("No module named 'pyarrow.parquet'", name="pyarrow.parquet"), 2,
         "newssift: this command needs the optional package 'pyarrow': "
         "pip install 'newssift[corpus,web]'"),
        (ModuleNotFoundError("No module named 'newssift.gone'", name="newssift.gone"), 1,
         "newssift: internal error (ModuleNotFoundError: No module named 'newssift.gone'); "
         "please report it with the input that caused it (NEWSSIFT_DEBUG=1 shows the "
         "traceback)"),
        (ValueError("surprise"), 1, "newssift: internal error (ValueError: surprise); please "
                                    "report it with the input that caused it (NEWSSIFT_DEBUG=1 "
                                    "shows the traceback)"),
    ],
)
def test_failures_become_one_line_and_an_exit_code(
    capsys: pytest.CaptureFixture[str], error: Exception, code: int, line: str
) -> None:
    assert report_exception(error) == code
    assert capsys.readouterr().err == line + "\n"


def test_command_without_its_optional_package_says_what_to_install(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    if "corpus" not in installed_commands():
        pytest.skip("the corpus command is not installed")
    monkeypatch.setitem(sys.modules, "pandas", None)  # `import pandas` now fails
    result = cli("corpus", "stats", "techniques", "--db", "test.db")
    assert (result.code, result.out) == (2, "")
    assert result.err_lines == ["newssift: this command needs the optional package 'pandas': "
                                "pip install 'newssift[corpus,web]'"]
