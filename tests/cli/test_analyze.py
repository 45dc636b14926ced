"""`newssift analyze`: formats, streaming, one line per bad input, exit codes, never a traceback."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from newssift import registry
from newssift.analysis import Analysis
from newssift.pipeline import Analyzer
from newssift.schema import check_spans, validate

FERRY = (
    "Ferry fares to rise in March\n\n"
    "The harbour council voted on Tuesday to raise ferry fares by 12 percent from March. "
    "\u201cWe had no other choice,\u201d council leader Maria Lund told reporters.\n"
)
BRIDGE = (
    "Old bridge to close for repairs\n\n"
    "The old river bridge will close for six weeks from Monday while engineers replace its "
    "cables, the city transport office said in a statement.\n"
)
GERMAN = (
    "Die Stadt plant neue Radwege\n\n"
    "Der Stadtrat hat am Dienstag beschlossen, im kommenden Jahr mehr Geld f\u00fcr Radwege "
    "auszugeben. Die Arbeiten sollen im Fr\u00fchjahr beginnen und bis zum Herbst dauern.\n"
)
Cli = Callable[..., Any]


def write(path: Path, text: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def record(**fields: Any) -> str:
    return json.dumps(fields)


def test_json_for_one_article_validates_against_the_schema(cli: Cli, tmp_path: Path) -> None:
    result = cli("analyze", write(tmp_path / "ferry.txt", FERRY), "--analyzers", "encoder")
    assert (result.code, result.err) == (0, "")
    doc = json.loads(result.out)
    validate(doc)
    check_spans(doc)
    assert doc["article"]["id"] == "ferry"
    assert doc["article"]["title"] == "Ferry fares to rise in March"


def test_json_with_several_articles_asks_for_jsonl(cli: Cli, tmp_path: Path) -> None:
    paths = [write(tmp_path / "a.txt", FERRY), write(tmp_path / "b.txt", BRIDGE)]
    result = cli("analyze", *paths, "--analyzers", "encoder")
    assert (result.code, result.out) == (2, "")
    assert result.err_lines == ["newssift: several articles to write, but --format json holds "
                                "one; use --format jsonl (one JSON document per line)"]


def test_jsonl_keeps_going_past_bad_inputs(cli: Cli, tmp_path: Path) -> None:
    feed = write(tmp_path / "feed.jsonl", "\n".join([
        record(id="ferry", text=FERRY),
        "{not json",
        record(id="empty", text="   "),
        record(id="bridge", text=BRIDGE),
    ]) + "\n")
    missing = str(tmp_path / "missing.txt")
    result = cli("analyze", feed, missing, "--format", "jsonl", "--analyzers", "encoder")
    assert result.code == 1
    docs = [json.loads(line) for line in result.out.splitlines()]
    assert [d["article"]["id"] for d in docs] == ["ferry", "bridge"]
    for doc in docs:
        validate(doc)
    assert len(result.err_lines) == 3
    assert result.err_lines[0].startswith(f"newssift: {feed}:2: E104")
    assert result.err_lines[1].startswith(f"newssift: {feed}:3: E101")
    assert result.err_lines[2] == f"newssift: {missing}: E106: no such file or directory"


def test_directory_is_read_in_order_with_relative_ids(cli: Cli, tmp_path: Path) -> None:
    write(tmp_path / "news" / "b" / "bridge.txt", BRIDGE)
    write(tmp_path / "news" / "a" / "ferry.txt", FERRY)
    write(tmp_path / "news" / "notes.docx", "ignored")
    result = cli("analyze", str(tmp_path / "news"), "-f", "jsonl", "--analyzers", "encoder")
    assert result.code == 0
    assert [json.loads(x)["article"]["id"] for x in result.out.splitlines()] == ["a/ferry",
                                                                                   "b/bridge"]


def test_stdin_is_read_for_dash(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BRIDGE.encode()), "utf-8"))
    result = cli("analyze", "-", "--analyzers", "encoder")
    assert result.code == 0
    assert json.loads(result.out)["article"]["text"] == BRIDGE


@pytest.mark.parametrize(("fmt", "marker"), [("markdown", "# Ferry fares to rise in March"),
                                             ("html", "<!DOCTYPE html>"),
                                             ("jsonl", '{"schema":"newssift.analysis/1"')])
def test_output_file_holds_the_rendering(
    cli: Cli, tmp_path: Path, fmt: str, marker: str
) -> None:
    paths = [write(tmp_path / "a.txt", FERRY), write(tmp_path / "b.txt", BRIDGE)]
    target = tmp_path / f"out.{fmt}"
    result = cli("analyze", *paths, "--format", fmt, "-o", str(target), "--analyzers", "encoder")
    assert (result.code, result.out, result.err) == (0, "", "")
    written = target.read_text(encoding="utf-8")
    assert written.startswith(marker)
    assert "Old bridge to close for repairs" in written


def test_no_output_file_when_every_input_failed(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "out.html"
    result = cli("analyze", str(tmp_path / "gone.txt"), "-f", "html", "-o", str(target),
                 "--analyzers", "encoder")
    assert result.code == 1 and not target.exists()
    assert len(result.err_lines) == 1


def test_empty_directory_says_nothing_was_found(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = cli("analyze", str(tmp_path / "empty"), "--analyzers", "encoder")
    assert result.code == 1
    assert result.err_lines[0].startswith("newssift: no article found in ")


def test_non_english_article_gets_a_one_line_warning(cli: Cli, tmp_path: Path) -> None:
    result = cli("analyze", write(tmp_path / "rad.txt", GERMAN), "--analyzers", "encoder")
    assert result.code == 0
    assert len(result.err_lines) == 1
    assert result.err_lines[0].startswith("newssift: rad: warning: language 'de' detected")
    assert json.loads(result.out)["warnings"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--analyzers", "encoder,nonsense"], "newssift: E200: unknown analyzer(s) nonsense"),
        (["--config", "absent.toml"], "newssift: E050: NEWSSIFT_CONFIG=absent.toml"),
        (["--analyzers", ""], "newssift: E050: --analyzers needs at least one analyzer name"),
        (["--analyzers", " , "], "newssift: E050: --analyzers needs at least one analyzer name"),
    ],
)
def test_usage_errors_exit_2_with_one_line(
    cli: Cli, tmp_path: Path, args: list[str], message: str
) -> None:
    result = cli("analyze", write(tmp_path / "a.txt", FERRY), *args)
    assert result.code == 2 and result.out == ""
    assert len(result.err_lines) == 1 and result.err_lines[0].startswith(message)


@pytest.mark.parametrize("args", [["--batch-size", "0"], ["--format", "yaml"], []])
def test_bad_flags_exit_2(cli: Cli, args: list[str]) -> None:
    result = cli("analyze", *args)
    assert result.code == 2 and "usage: newssift analyze" in result.err


def test_config_file_and_flags_layer(cli: Cli, tmp_path: Path) -> None:
    config = write(tmp_path / "conf.toml", 'analyzers = ["encoder"]\nmax_bytes = 20\n')
    small = write(tmp_path / "small.txt", "Tiny\n\nA short note.")
    result = cli("analyze", write(tmp_path / "a.txt", FERRY), small, "-f", "jsonl",
                 "--config", config)
    assert result.code == 1  # ferry is over 20 bytes
    assert [json.loads(x)["article"]["id"] for x in result.out.splitlines()] == ["small"]
    assert "E105" in result.err
    result = cli("analyze", write(tmp_path / "a.txt", FERRY), "--config", config,
                 "--max-bytes", "100000")
    assert result.code == 0


def test_broken_jsonl_on_stdin_reports_the_bad_line_like_a_file(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = "\n".join([record(id="ferry", text=FERRY), "{not json", record(id="bridge", text=BRIDGE)])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode()), "utf-8"))
    result = cli("analyze", "-", "-f", "jsonl", "--analyzers", "encoder")
    assert result.code == 1
    assert [json.loads(x)["article"]["id"] for x in result.out.splitlines()] == ["ferry", "bridge"]
    assert len(result.err_lines) == 1
    assert result.err_lines[0].startswith("newssift: <stdin>:2: E104: invalid JSON")


BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


def test_binary_input_is_named_once_for_a_file_and_for_stdin(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "f.txt").write_bytes(BINARY)
    message = "E102: binary content (NUL bytes), not text; give a .txt, .html or .jsonl file"
    result = cli("analyze", "./f.txt", "--analyzers", "encoder")
    assert (result.code, result.err_lines) == (1, [f"newssift: ./f.txt: {message}"])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BINARY), "utf-8"))
    result = cli("analyze", "-", "--analyzers", "encoder")
    assert (result.code, result.err_lines) == (1, [f"newssift: <stdin>: {message}"])


def test_size_limit_messages_name_the_flag(cli: Cli, tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", FERRY)
    result = cli("analyze", path, "--max-bytes", "20", "--analyzers", "encoder")
    assert result.code == 1 and "raise it with --max-bytes, NEWSSIFT_MAX_BYTES" in result.err
    result = cli("analyze", path, "--max-chars", "20", "--analyzers", "encoder")
    assert result.code == 1 and "raise it with --max-chars, NEWSSIFT_MAX_CHARS" in result.err


def test_max_bytes_flag_raises_max_chars_too(cli: Cli, tmp_path: Path) -> None:
    config = write(tmp_path / "conf.toml", "max_bytes = 20\nmax_chars = 20\n")
    path = write(tmp_path / "a.txt", FERRY)
    result = cli("analyze", path, "--config", config, "--max-bytes", "5000",
                 "--analyzers", "encoder")
    assert (result.code, result.err) == (0, "")
    result = cli("analyze", path, "--config", config, "--max-bytes", "5000", "--max-chars", "20",
                 "--analyzers", "encoder")
    assert result.code == 1 and "E105" in result.err and "max_chars limit of 20" in result.err


class Fragile(Analyzer):
    """Fails on any article that mentions a bridge."""

    name = "fragile"
    assigns = ("fragile",)

    def predict(self, batch: Sequence[Analysis]) -> list[bool]:
        if any("bridge" in a.text for a in batch):
            raise ValueError("bridges are out of scope")
        return [True] * len(batch)

    def set_annotations(self, batch: Sequence[Analysis], predictions: list[bool]) -> None:
        for analysis, value in zip(batch, predictions, strict=True):
            analysis.layers["fragile"] = value


def test_failing_analyzer_skips_only_that_article(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(registry.ANALYZERS, "fragile", f"{__name__}:Fragile")
    paths = [write(tmp_path / "a.txt", FERRY), write(tmp_path / "b.txt", BRIDGE)]
    result = cli("analyze", *paths, "-f", "jsonl", "--analyzers", "encoder,fragile")
    assert result.code == 1
    assert [json.loads(x)["article"]["id"] for x in result.out.splitlines()] == ["a"]
    assert result.err_lines == ["newssift: b: E201: article 'b' failed in analyzer 'fragile': "
                                "ValueError: bridges are out of scope"]


def test_unexpected_error_is_one_line_unless_debugging(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise KeyError("oops")

    monkeypatch.setattr("newssift.cli.analyze.build_pipeline", broken)
    path = write(tmp_path / "a.txt", FERRY)
    result = cli("analyze", path)
    assert result.code == 1
    assert result.err_lines == ["newssift: internal error (KeyError: 'oops'); please report it "
                                "with the input that caused it (NEWSSIFT_DEBUG=1 shows the "
                                "traceback)"]
    monkeypatch.setenv("NEWSSIFT_DEBUG", "1")
    with pytest.raises(KeyError):
        cli("analyze", path)


@pytest.mark.integration
@pytest.mark.parametrize("analyzers", [["--analyzers", "encoder"], []], ids=["encoder", "all"])
def test_real_encoder_output_validates(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, analyzers: list[str]
) -> None:
    from newssift.encoder import OnnxEncoder

    monkeypatch.setattr("newssift.encoder.shared_encoder", lambda *args: OnnxEncoder(threads=1))
    result = cli("analyze", write(tmp_path / "ferry.txt", FERRY), "--format", "jsonl", *analyzers)
    if analyzers == [] and "E300" in result.err:
        pytest.skip(f"a shipped model is not trained yet: {result.err.strip()}")
    assert result.code == 0, result.err
    doc = json.loads(result.out)
    validate(doc)
    check_spans(doc)
