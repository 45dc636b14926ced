"""The `newssift` command line: a thin front end over the library.

Each command is a module `newssift.cli.<name>` with `register(subparsers)`, which adds its parser
and sets `func=run` (`run(args) -> int`). `main()` registers the commands that are installed, runs
one and turns every failure into ONE line on stderr, `newssift: <message>`, and an exit code: 0
success, 1 failure (an input or analysis failed), 2 usage error (bad flag, setting or analyzer
name, or an optional package the command needs is not installed), 130 interrupted. Set
NEWSSIFT_DEBUG=1 to get the traceback instead.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from newssift import __version__
from newssift.errors import ConfigError, NewssiftError, PipelineError

COMMANDS = ["analyze", "schema", "corpus", "serve"]
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
USAGE_ERRORS: tuple[type[NewssiftError], ...] = (ConfigError, PipelineError)
# import names of the packages in the `corpus` and `web` extras (pyproject.toml)
OPTIONAL_PACKAGES = frozenset({"pandas", "pyarrow", "dask", "distributed", "psycopg", "fastapi",
                               "uvicorn", "jinja2", "multipart", "python_multipart", "httpx"})
EXTRAS_HINT = "pip install 'newssift[corpus,web]'"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newssift",
        description="Read news articles the way a careful fact-checker does: who says so, "
                    "how it is told, what is claimed.",
        epilog="example:\n  newssift analyze article.txt --format markdown\n\n"
               "Run `newssift COMMAND --help` for a command's options and examples.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newssift {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMANDS:
        module = _command_module(name)
        if module is not None:
            module.register(subparsers)
    return parser


def installed_commands() -> list[str]:
    """The names of COMMANDS whose module is present, in order."""
    return [name for name in COMMANDS if _command_module(name) is not None]


def _command_module(name: str) -> ModuleType | None:
    qualified = f"{__name__}.{name}"
    try:
        return importlib.import_module(qualified)
    except ModuleNotFoundError as err:
        if err.name == qualified:
            return None  # the command is not installed
        raise


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    try:
        parser = build_parser()
        args = _parse(parser, argv)
        if isinstance(args, int):
            return args
        if not hasattr(args, "func"):
            parser.print_help(sys.stderr)
            return EXIT_USAGE
        return args.func(args)
    except Exception as err:  # the one place every failure becomes one line
        return report_exception(err)
    except KeyboardInterrupt:
        if debugging():
            raise
        error("interrupted")
        return EXIT_INTERRUPTED


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace | int:
    try:
        return parser.parse_args(argv)
    except SystemExit as done:  # --help, --version, or argparse's own usage error
        return done.code if isinstance(done.code, int) else EXIT_USAGE


def report_exception(err: Exception) -> int:
    """Print `err` as one stderr line and return its exit code (re-raise with NEWSSIFT_DEBUG=1)."""
    if debugging():
        raise err
    if isinstance(err, BrokenPipeError):
        _silence_stdout()
        return EXIT_FAILED
    if isinstance(err, NewssiftError):
        error(str(err))
        return EXIT_USAGE if isinstance(err, USAGE_ERRORS) else EXIT_FAILED
    if isinstance(err, ModuleNotFoundError) and _missing_package(err) is not None:
        error(f"this command needs the optional package '{_missing_package(err)}': {EXTRAS_HINT}")
        return EXIT_USAGE
    if isinstance(err, OSError):
        where = f"{err.filename}: " if err.filename else ""
        error(f"{where}{err.strerror or err}")
        return EXIT_FAILED
    error(f"internal error ({type(err).__name__}: {err}); please report it with the input "
          "that caused it (NEWSSIFT_DEBUG=1 shows the traceback)")
    return EXIT_FAILED


def _missing_package(err: ModuleNotFoundError) -> str | None:
    """The optional package whose absence `err` reports, or None (a bug, not a missing extra)."""
    package = (err.name or "").split(".")[0]
    return package if package in OPTIONAL_PACKAGES else None


def error(message: str, where: str | None = None) -> None:
    """One line on stderr: `newssift: [<where>: ]<message>` (newlines in the message flattened)."""
    prefix = f"{where}: " if where else ""
    print(f"newssift: {prefix}{' '.join(str(message).split())}", file=sys.stderr, flush=True)


def debugging() -> bool:
    return os.environ.get("NEWSSIFT_DEBUG", "").strip().lower() in {"1", "true", "yes", "on"}


def _silence_stdout() -> None:
    """After a closed pipe (`newssift … | head`), stop Python complaining at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
